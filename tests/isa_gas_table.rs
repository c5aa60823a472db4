//! Encoding equals GNU as: one source line per mnemonic and operand shape of the ISA table
//! (every definition the assembler accepts, with `+`/`-` hint forms), assembled by tlbvisor and by
//! `powerpc-linux-gnu-as -me500`. gas's bytes are recorded in `tests/data/gas-mnemonics.txt`
//! so the comparison runs without binutils; with binutils installed the recording is re-checked.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use tlbvisor::asm::Assembler;
use tlbvisor::isa::operand::Kind;
use tlbvisor::isa::table::{self, Role};

const RECORDING: &str = "tests/data/gas-mnemonics.txt";

/// One line per definition: registers r7, r6, r5.. in order, CR fields cr3, CR bits 4*cr2+gt,
/// immediates 5 (or the nearest in-range value), displacements -8(r6), targets the label `t`.
fn lines() -> Vec<String> {
    let mut out = Vec::new();
    for d in table::build() {
        if d.role == Role::DisasmOnly || d.op.e500mc_only() {
            continue; // tlbilx and wait are e500mc-only (tests/isa_objdump.rs checks them).
        }
        let mut gpr = 8;
        let ops: Vec<String> = d
            .operands
            .iter()
            .map(|o| match o.kind {
                Kind::Gpr | Kind::Gpr0 => {
                    gpr -= 1;
                    format!("r{gpr}")
                }
                Kind::Crf => "cr3".into(),
                Kind::Crb => "4*cr2+gt".into(),
                // A raw BO of 12 (branch if true) takes a hint; 5 would already hold one.
                Kind::Uimm if d.hint == table::Hint::Raw && o.field() == tlbvisor::isa::Field::Rt => {
                    "12".into()
                }
                // gas's one-operand MB/ME mask (`rlwinm r7,r6,5,0xff0`).
                Kind::Uimm if o.places.iter().any(|p| p.1 == tlbvisor::isa::operand::Xf::MaskMb) => {
                    "0xff0".into()
                }
                Kind::Simm | Kind::Uimm => (if (o.min..=o.max).contains(&5) { 5 } else { o.min }).to_string(),
                Kind::Disp => "-8(r4)".into(),
                Kind::RelTarget => "t".into(),
                Kind::AbsTarget => "0x100".into(),
            })
            .collect();
        let names: Vec<String> = if d.hint == table::Hint::Raw {
            vec![d.name.clone(), format!("{}+", d.name)]
        } else if d.has_hint() {
            vec![d.name.clone(), format!("{}+", d.name), format!("{}-", d.name)]
        } else {
            vec![d.name.clone()]
        };
        for n in names {
            out.push(format!("{n} {}", ops.join(",")).trim_end().to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn source(lines: &[String]) -> String {
    let mut s = String::from(".text\n_start:\nt:\n");
    for l in lines {
        s.push_str(&format!(" {l}\n"));
    }
    s
}

fn ours(lines: &[String]) -> Vec<u32> {
    let out =
        Assembler::new().base(0).assemble_str("table.s", &source(lines)).unwrap_or_else(|e| panic!("{e}"));
    let bin = out.image.to_flat_binary();
    bin.chunks(4).map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]])).collect()
}

#[test]
fn gas_recording_is_current() {
    if support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let lines = lines();
    let dir = support::scratch("gas-table");
    let obj = support::gas(&dir, "table", &source(&lines), "e500");
    let words: Vec<u32> = support::objdump(&obj).into_iter().map(|(_, w, _)| w).collect();
    assert_eq!(words.len(), lines.len());
    let text: String = lines.iter().zip(&words).map(|(l, w)| format!("{w:08x}\t{l}\n")).collect();
    if support::recording() {
        std::fs::write(support::root().join(RECORDING), &text).unwrap();
    }
    let old = std::fs::read_to_string(support::root().join(RECORDING)).unwrap_or_default();
    assert!(old == text, "{RECORDING} is stale: rerun with TLBVISOR_RECORD=1 and review the diff");
}

#[test]
fn encoding_equals_gas() {
    let text = std::fs::read_to_string(support::root().join(RECORDING)).expect("recording");
    let (words, lines): (Vec<u32>, Vec<String>) = text
        .lines()
        .map(|l| {
            let (w, src) = l.split_once('\t').unwrap();
            (u32::from_str_radix(w, 16).unwrap(), src.to_string())
        })
        .unzip();
    assert!(lines.len() > 600, "{} lines", lines.len());
    let got = ours(&lines);
    let bad: Vec<String> = lines
        .iter()
        .zip(words.iter().zip(&got))
        .filter(|(_, (a, b))| a != b)
        .map(|(l, (a, b))| format!("`{l}`: gas {a:08x}, tlbvisor {b:08x}"))
        .collect();
    assert!(bad.is_empty(), "{} differ:\n{}", bad.len(), bad.join("\n"));
}
