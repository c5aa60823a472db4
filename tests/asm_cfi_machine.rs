//! `.cfi_*` and `.machine` misuse through the CLI: each is a located error with exit status 2.
//! (Their correct use is compared with gas + ld in tests/asm_corpus.rs.)

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

fn asm_err(name: &str, src: &str) -> String {
    let dir = support::scratch(&format!("asm-cfi-{name}"));
    std::fs::write(dir.join("t.s"), src).unwrap();
    let out = support::tlbvisor().current_dir(&dir).args(["asm", "-o", "t.elf", "t.s"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn cfi_misuse_is_located() {
    for (name, src, want) in [
        ("outside", ".text\n nop\n .cfi_offset 31,-4\n", "t.s:3:2: error: bad `.cfi_offset`: outside"),
        ("unclosed", ".text\n .cfi_startproc\n nop\n", "error: unterminated `.cfi_startproc`"),
        ("nested", ".text\n .cfi_startproc\n .cfi_startproc\n", "t.s:3:2: error: bad `.cfi_startproc`"),
        ("simple", ".text\n .cfi_startproc simple\n .cfi_endproc\n", "`simple` frames are not supported"),
        (
            "personality",
            ".text\n .cfi_startproc\n .cfi_personality 0,x\n",
            "`.cfi_personality` is not supported",
        ),
        ("odd", ".text\n .cfi_startproc\n .cfi_offset 31,-3\n .cfi_endproc\n", "not a multiple of 4"),
        ("state", ".text\n .cfi_startproc\n .cfi_restore_state\n", "no state remembered"),
        ("section", ".text\n .cfi_startproc\n .data\n .cfi_def_cfa_offset 16\n", "not in the section"),
        ("sections", " .cfi_sections .debug_frame\n", "only `.cfi_sections .eh_frame`"),
    ] {
        let err = asm_err(name, src);
        assert!(err.contains(want), "{name}: {err}");
    }
}

#[test]
fn machine_misuse_is_located() {
    let err = asm_err("pop", ".machine pop\n");
    assert!(err.contains("t.s:1:1: error: bad `.machine`: `pop` without `push`"), "{err}");
    let err = asm_err("empty", ".machine\n");
    assert!(err.contains("expected a CPU name"), "{err}");
}

#[test]
fn cpu_option_is_checked() {
    let dir = support::scratch("asm-cpu-opt");
    std::fs::write(dir.join("t.s"), " beq+ 1f\n1: b 1b\n").unwrap();
    let out = support::tlbvisor()
        .current_dir(&dir)
        .args(["asm", "--cpu", "e600", "-o", "t.elf", "t.s"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("e500mc"));
    // Forward `beq+`: y bit on the e500v2 (0x41a2...), at = 11 on the e500mc (0x41e2...).
    for (cpu, word) in [("e500v2", [0x41, 0xa2, 0, 4]), ("e500mc", [0x41, 0xe2, 0, 4])] {
        let out = support::tlbvisor()
            .current_dir(&dir)
            .args(["asm", "--cpu", cpu, "--format", "bin", "-o", "-", "t.s"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert_eq!(out.stdout[..4], word, "{cpu}");
    }
}
