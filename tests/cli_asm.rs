//! The `asm` and `disasm` commands end to end.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use support::tlbvisor;

const PROGRAM: &str = "\
    .text
_start:
    li r3, 5
loop:
    addic. r3, r3, -1
    bne loop
    lis r4, target@ha
    addi r4, r4, target@l
    mtctr r4
    bctrl
done: b done
target:
    blr
";

#[test]
fn asm_then_disasm_matches_objdump() {
    let dir = support::scratch("cli-asm");
    std::fs::write(dir.join("p.s"), PROGRAM).unwrap();
    let elf = dir.join("p.elf");
    let st = tlbvisor().arg("asm").arg(dir.join("p.s")).arg("-o").arg(&elf).status().unwrap();
    assert!(st.success());
    let out = tlbvisor().arg("disasm").arg(&elf).output().unwrap();
    assert!(out.status.success());
    let ours = String::from_utf8(out.stdout).unwrap();
    // Checked against objdump -d -M e500 of the same file (binutils 2.40).
    for line in [
        "00010000 <_start>:",
        "   10000:\t38 60 00 05 \tli      r3,5",
        "   10004:\t34 63 ff ff \taddic.  r3,r3,-1",
        "   10008:\t40 82 ff fc \tbne+    10004 <loop>",
        "   10018:\t4e 80 04 21 \tbctrl",
        "   1001c:\t48 00 00 00 \tb       1001c <done>",
    ] {
        assert!(ours.lines().any(|l| l == line), "missing {line:?} in:\n{ours}");
    }
    if support::tool("powerpc-linux-gnu-objdump", "TLBVISOR_REQUIRE_BINUTILS").is_some() {
        let theirs = support::objdump(&elf);
        for (addr, word, text) in theirs {
            let needle = format!("{addr:8x}:\t");
            let line = ours.lines().find(|l| l.starts_with(&needle)).unwrap_or_else(|| panic!("{needle}"));
            assert!(line.contains(&format!("\t{text}")), "{word:08x}: objdump `{text}`, tlbvisor `{line}`");
        }
    }
}

#[test]
fn flat_binary_and_listing() {
    let dir = support::scratch("cli-bin");
    std::fs::write(dir.join("p.s"), PROGRAM).unwrap();
    let bin = dir.join("p.bin");
    let out = tlbvisor()
        .args(["asm", "--format", "bin", "--listing", "--base", "0x2000"])
        .arg(dir.join("p.s"))
        .arg("-o")
        .arg(&bin)
        .output()
        .unwrap();
    assert!(out.status.success());
    let bytes = std::fs::read(&bin).unwrap();
    assert_eq!(&bytes[..4], &[0x38, 0x60, 0x00, 0x05]);
    assert_eq!(bytes.len(), 0x24);
    let listing = String::from_utf8(out.stdout).unwrap();
    assert!(listing.contains("38600005") || listing.contains("38 60 00 05"), "{listing}");
    let dis = tlbvisor().args(["disasm", "--base", "0x2000"]).arg(&bin).output().unwrap();
    let text = String::from_utf8(dis.stdout).unwrap();
    assert!(text.contains("    2008:\t40 82 ff fc \tbne+    0x2004"), "{text}");
}

#[test]
fn bad_input_exits_2_with_a_located_message() {
    let dir = support::scratch("cli-bad");
    std::fs::write(dir.join("bad.s"), "_start:\n    addi r3, r4, 70000\n").unwrap();
    let out = tlbvisor().arg("asm").arg(dir.join("bad.s")).arg("-o").arg(dir.join("x")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("bad.s:2:18: error: operand 3 of `addi` out of range: 70000 is not in -32768..=32767"),
        "{err}"
    );

    let out = tlbvisor().args(["disasm", "/nonexistent/file"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("/nonexistent/file: cannot read"));

    let out = tlbvisor().args(["asm", "--frobnicate"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));

    std::fs::write(dir.join("junk.elf"), b"\x7fELF\x01\x02\x01junk").unwrap();
    let out = tlbvisor().arg("disasm").arg(dir.join("junk.elf")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("junk.elf"));
}
