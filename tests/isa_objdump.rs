//! The disassembler against `powerpc-linux-gnu-objdump -d -M e500` (binutils 2.40), word for word.
//!
//! A deterministic corpus of words (every table definition with random operand fields, plus
//! uniformly random words) was disassembled by objdump; the results are recorded in
//! `tests/data/objdump-e500.txt` so the comparison runs on any machine. Where binutils is
//! installed, `objdump_recording_is_current` re-runs it and fails when the recording is stale;
//! `TLBVISOR_RECORD=1 cargo test --test isa_objdump` rewrites it.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::collections::HashSet;
use support::rng::Rng;

use tlbvisor::isa::{self, Op, table};

const RECORDING: &str = "tests/data/objdump-e500.txt";

fn corpus() -> Vec<u32> {
    let mut rng = Rng(0x7_1b_71_50);
    let mut words = Vec::new();
    for d in table::build() {
        for _ in 0..6 {
            words.push(d.opcode | (rng.word() & !d.mask));
        }
    }
    for _ in 0..6000 {
        words.push(rng.word());
    }
    // Primary opcodes 19 and 31 are dense: random extended opcodes with clean operand fields.
    for _ in 0..3000 {
        let p = if rng.word() & 1 == 0 { 31 } else { 19 };
        words.push((p << 26) | (rng.word() & 0x03FF_FFFF));
    }
    words
}

fn recorded() -> Vec<(u32, u32, String)> {
    let text = std::fs::read_to_string(support::root().join(RECORDING)).expect("recorded objdump output");
    text.lines()
        .map(|l| {
            let mut p = l.splitn(3, '\t');
            let addr = u32::from_str_radix(p.next().unwrap(), 16).unwrap();
            let word = u32::from_str_radix(p.next().unwrap(), 16).unwrap();
            (addr, word, p.next().unwrap_or("").to_string())
        })
        .collect()
}

#[test]
fn objdump_recording_is_current() {
    if support::tool("powerpc-linux-gnu-objdump", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let dir = support::scratch("objdump-corpus");
    let source: String = corpus().iter().map(|w| format!(" .long 0x{w:08x}\n")).collect();
    let obj = support::gas(&dir, "corpus", &source, "e500");
    let live = support::objdump(&obj);
    let text: String = live.iter().map(|(a, w, t)| format!("{a:x}\t{w:08x}\t{t}\n")).collect();
    if support::recording() {
        std::fs::write(support::root().join(RECORDING), &text).unwrap();
    }
    let old = std::fs::read_to_string(support::root().join(RECORDING)).unwrap_or_default();
    assert!(old == text, "{RECORDING} is stale: rerun with TLBVISOR_RECORD=1 and review the diff");
}

/// Mnemonics objdump prints for words tlbvisor deliberately treats as illegal on the e500:
/// PowerPC 440 operand forms of the TLB instructions, cache-touch CT/TH fields, `lwarx` EH,
/// the BH field of `bclr`/`bcctr`, and instructions outside the e500 core's set.
fn objdump_only(text: &str, word: u32) -> bool {
    let m = text.split_whitespace().next().unwrap_or("");
    let known: HashSet<String> = table::build().into_iter().map(|d| d.name).collect();
    let base = m.trim_end_matches(['+', '-']);
    if !known.contains(base) {
        return true;
    }
    let xo = (word >> 1) & 0x3FF;
    let p = word >> 26;
    match (p, base) {
        // 440 forms: operands in the RT/RA/RB fields of tlbwe/tlbre, tlbsx with RT.
        (31, "tlbwe" | "tlbre" | "tlbsx" | "tlbsx.") => true,
        // dcbt/dcbtst CT field, lwarx EH, BH of bclr/bcctr (`bctr 1`).
        (31, "dcbt" | "dcbtst" | "lwarx") => true,
        // tlbilx and wait are e500mc-only; the e500 dialect prints them as .long (checked with
        // `objdump -M e500mc` below).
        // bcctr with a CTR-decrementing BO: an invalid form (Book-E 2.4.1) gas refuses.
        (19, "bcctr" | "bcctrl") if (word >> 21) & 4 == 0 => true,
        (19, _) if xo == 16 || xo == 528 => (word >> 11) & 3 != 0,
        _ => false,
    }
}

#[test]
fn disassembly_matches_objdump() {
    let mut bad = Vec::new();
    for (addr, word, text) in recorded() {
        let insn = isa::decode(word);
        let ours = insn.disasm(addr).to_string();
        let e500mc_only = insn.op.e500mc_only() && text.starts_with(".long");
        let agree = if e500mc_only {
            true
        } else if insn.op == Op::Illegal {
            text.starts_with(".long") || objdump_only(&text, word)
        } else {
            ours == text
        };
        if !agree {
            bad.push(format!("{word:08x} @{addr:x}: objdump `{text}`, tlbvisor `{ours}`"));
        }
    }
    assert!(bad.is_empty(), "{} disagreements:\n{}", bad.len(), bad[..bad.len().min(60)].join("\n"));
}

/// `tlbilx` exists on the e500mc only; its spellings come from `objdump -M e500mc`.
#[test]
fn tlbilx_matches_objdump_e500mc() {
    let cases = [
        (0x7C00_0024, "tlbilxlpid", " tlbilx 0,0,0"),
        (0x7C20_0024, "tlbilxpid", " tlbilx 1,0,0"),
        (0x7C60_1824, "tlbilxva 0,r3", " tlbilx 3,0,r3"),
        (0x7C64_1824, "tlbilxva r4,r3", " tlbilx 3,r4,r3"),
    ];
    for (w, text, _) in cases {
        assert_eq!(isa::decode(w).disasm(0).to_string(), text);
    }
    if support::tool("powerpc-linux-gnu-objdump", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let dir = support::scratch("tlbilx");
    let source: String = cases.iter().map(|c| format!("{}\n", c.2)).collect();
    let obj = support::gas(&dir, "mc", &source, "e500mc");
    let out = support::run(
        std::process::Command::new("powerpc-linux-gnu-objdump").args(["-d", "-M", "e500mc"]).arg(&obj),
    );
    for (w, text, _) in cases {
        let needle = format!(
            "{:02x} {:02x} {:02x} {:02x} \t{text}",
            w >> 24,
            (w >> 16) & 0xFF,
            (w >> 8) & 0xFF,
            w & 0xFF
        );
        assert!(out.contains(&needle), "objdump -M e500mc does not print {needle:?}:\n{out}");
    }
}

/// The e500mc decodes Power ISA 2.06 encodings the e500 dialect refuses: `wait`, and the BO
/// values whose "at" hint bits set the e500's z bit (`beqlr-`, `beqlr+`, `bdnz-` with a = 1), as
/// `objdump -M e500mc` prints them. (Its reserved hint `at` = 0b01, e.g. an old-style `bne+`
/// (BO = 0b00101), is a branch without hint; objdump prints it as `.long`.)
#[test]
fn e500mc_dialect_matches_objdump_e500mc() {
    let cases = [
        (0x7C00_007C, Op::Wait, "wait"),
        (0x4DC2_0020, Op::Bclr, "beqlr-"),
        (0x4DE2_0020, Op::Bclr, "beqlr+"),
        (0x4C82_0020, Op::Bclr, "bnelr"),
        (0x4E00_0020, Op::Bclr, "bdnzlr"),
        (0x4300_FFF0, Op::Bc, "bdnz-"),
    ];
    for (w, op, _) in cases {
        assert_eq!(isa::decode_for(w, isa::Dialect::E500mc).op, op, "{w:#010x}");
    }
    // The e500 dialect refuses the at-hint branches; `wait` decodes (the e500v2 core refuses it
    // when it executes it, as for tlbilx).
    assert_eq!(isa::decode(0x4DC2_0020).op, Op::Illegal);
    assert_eq!(isa::decode(0x4DE2_0020).op, Op::Illegal);
    assert_eq!(isa::decode(0x7C00_007C).op, Op::Wait);
    // Reserved hint and CTR-decrementing bcctr on the e500mc.
    assert_eq!(isa::decode_for(0x40A2_0030, isa::Dialect::E500mc).op, Op::Bc);
    assert_eq!(isa::decode_for(0x4C02_0420, isa::Dialect::E500mc).op, Op::Illegal);
    if support::tool("powerpc-linux-gnu-objdump", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let dir = support::scratch("e500mc-dialect");
    let source: String = cases.iter().map(|c| format!(" .long {:#010x}\n", c.0)).collect();
    let obj = support::gas(&dir, "mc", &source, "e500mc");
    let out = support::run(
        std::process::Command::new("powerpc-linux-gnu-objdump").args(["-d", "-M", "e500mc"]).arg(&obj),
    );
    for (w, _, text) in cases {
        let needle = format!(
            "{:02x} {:02x} {:02x} {:02x} \t{text}",
            w >> 24,
            (w >> 16) & 0xFF,
            (w >> 8) & 0xFF,
            w & 0xFF
        );
        assert!(out.contains(&needle), "objdump -M e500mc does not print {needle:?}:\n{out}");
    }
}
