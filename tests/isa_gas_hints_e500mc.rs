//! Branch hints on the e500mc equal GNU as `-me500mc`: every conditional-branch definition of the
//! ISA table, plain and with `+`/`-`, assembled by `tlbvisor asm --cpu e500mc` and by gas. gas
//! rejects some (the CTR+CR forms take no hint under Power ISA 2.x); tlbvisor must reject the same.
//! gas's words (or `-` for a rejected line) are recorded in `tests/data/gas-hints-e500mc.txt`.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::process::Command;

use tlbvisor::isa::table::{self, Role};

const RECORDING: &str = "tests/data/gas-hints-e500mc.txt";

/// One line per hinted definition and suffix, with the operands tests/isa_gas_table.rs uses.
fn lines() -> Vec<String> {
    let mut out = Vec::new();
    for d in table::build().into_iter().filter(|d| d.has_hint() && d.role != Role::DisasmOnly) {
        let ops: Vec<String> = d
            .operands
            .iter()
            .map(|o| match o.kind {
                tlbvisor::isa::operand::Kind::Crf => "cr3".into(),
                tlbvisor::isa::operand::Kind::Crb => "4*cr2+gt".into(),
                tlbvisor::isa::operand::Kind::RelTarget => "t".into(),
                tlbvisor::isa::operand::Kind::AbsTarget => "0x100".into(),
                // A raw BO: 12 (branch if true) and 16 (decrement CTR) both take hints.
                _ if d.hint == table::Hint::Raw => "12".into(),
                _ => "5".into(),
            })
            .collect();
        for sfx in ["", "+", "-"] {
            out.push(format!("{}{sfx} {}", d.name, ops.join(",")).trim_end().to_string());
        }
    }
    out.sort();
    out.dedup();
    out
}

fn source(lines: &[&String]) -> String {
    let mut s = String::from(".text\n_start:\nt:\n");
    for l in lines {
        s.push_str(&format!(" {l}\n"));
    }
    s
}

#[test]
fn gas_recording_is_current() {
    if support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let lines = lines();
    let dir = support::scratch("gas-hints-e500mc");
    // gas names the lines it rejects; assemble the rest.
    std::fs::write(dir.join("all.s"), source(&lines.iter().collect::<Vec<_>>())).unwrap();
    let out = Command::new("powerpc-linux-gnu-as")
        .args(["-a32", "-mbig", "-me500mc", "-o"])
        .arg(dir.join("all.o"))
        .arg(dir.join("all.s"))
        .output()
        .unwrap();
    let rejected: std::collections::HashSet<usize> = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains("Error"))
        .filter_map(|l| l.split(':').nth(1)?.parse::<usize>().ok())
        .map(|n| n - 4) // three header lines, 1-based
        .collect();
    let kept: Vec<&String> =
        lines.iter().enumerate().filter(|(i, _)| !rejected.contains(i)).map(|(_, l)| l).collect();
    let obj = support::gas(&dir, "kept", &source(&kept), "e500mc");
    let mut words = support::objdump(&obj).into_iter().map(|(_, w, _)| w);
    let text: String = lines
        .iter()
        .enumerate()
        .map(|(i, l)| match rejected.contains(&i) {
            true => format!("-\t{l}\n"),
            false => format!("{:08x}\t{l}\n", words.next().expect("a word per kept line")),
        })
        .collect();
    if support::recording() {
        std::fs::write(support::root().join(RECORDING), &text).unwrap();
    }
    let old = std::fs::read_to_string(support::root().join(RECORDING)).unwrap_or_default();
    assert!(old == text, "{RECORDING} is stale: rerun with TLBVISOR_RECORD=1 and review the diff");
}

#[test]
fn hints_equal_gas_e500mc() {
    let text = std::fs::read_to_string(support::root().join(RECORDING)).expect("recording");
    let recorded: Vec<(&str, &str)> = text.lines().map(|l| l.split_once('\t').unwrap()).collect();
    assert!(recorded.len() > 400, "{} lines", recorded.len());
    let dir = support::scratch("hints-e500mc-ours");
    let asm = |name: &str, lines: &[&String]| {
        std::fs::write(dir.join(format!("{name}.s")), source(lines)).unwrap();
        support::tlbvisor()
            .current_dir(&dir)
            .args(["asm", "--cpu", "e500mc", "--base", "0", "--format", "bin", "-o", "-"])
            .arg(format!("{name}.s"))
            .output()
            .unwrap()
    };
    let owned: Vec<(String, &str)> = recorded.iter().map(|(w, l)| (l.to_string(), *w)).collect();
    let kept: Vec<&String> = owned.iter().filter(|(_, w)| *w != "-").map(|(l, _)| l).collect();
    let out = asm("kept", &kept);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let got: Vec<u32> = out.stdout.chunks(4).map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]])).collect();
    let want = owned.iter().filter(|(_, w)| *w != "-").map(|(_, w)| u32::from_str_radix(w, 16).unwrap());
    let bad: Vec<String> = kept
        .iter()
        .zip(want.zip(&got))
        .filter(|(_, (a, b))| a != *b)
        .map(|(l, (a, b))| format!("`{l}`: gas {a:08x}, tlbvisor {b:08x}"))
        .collect();
    assert!(bad.is_empty(), "{} differ:\n{}", bad.len(), bad.join("\n"));
    for (l, _) in owned.iter().filter(|(_, w)| *w == "-") {
        let out = asm("one", &[l]);
        assert_eq!(out.status.code(), Some(2), "`{l}`: gas -me500mc rejects it, tlbvisor accepted it");
    }
}
