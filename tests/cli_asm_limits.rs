//! What a new user hit with `tlbvisor asm` on unusual input (issue 15, section 2), through the CLI:
//! a source of more than a million lines, an error on a 10 MB line, binary input, and `-o -`.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::process::Command;

fn asm(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut c: Command = support::tlbvisor();
    c.current_dir(dir).arg("asm").args(args).output().expect("run tlbvisor")
}

#[test]
fn a_source_longer_than_a_million_lines_assembles() {
    // The expansion limit is for macros and `.rept`; a file's own lines do not count.
    let dir = support::scratch("asm-lines");
    let mut src = String::from(".text\n_start:\n");
    for i in 0..1_000_100 {
        src.push_str(if i % 1000 == 0 { " nop\n" } else { "\n" });
    }
    src.push_str(" b .\n");
    std::fs::write(dir.join("long.s"), &src).unwrap();
    let out = asm(&dir, &["--format", "bin", "-o", "long.bin", "long.s"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let bin = std::fs::read(dir.join("long.bin")).unwrap();
    assert_eq!(bin.len(), 4 * 1001 + 4);
    assert_eq!(&bin[bin.len() - 4..], &[0x48, 0, 0, 0]);
}

#[test]
fn an_error_on_a_huge_line_shows_a_bounded_excerpt() {
    let dir = support::scratch("asm-huge-line");
    let line = format!(" .ascii \"{}\", $", "x".repeat(10 << 20));
    std::fs::write(dir.join("huge.s"), format!(".text\n{line}\n")).unwrap();
    let out = asm(&dir, &["-o", "huge.elf", "huge.s"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("huge.s:2:"), "{err}");
    assert!(err.len() < 2000, "{} bytes of stderr", err.len());
    // The excerpt ends at the offending `$`, with the caret under it.
    let lines: Vec<&str> = err.lines().collect();
    let caret = lines.iter().position(|l| l.trim() == "^").expect("caret line");
    let excerpt = lines[caret - 1];
    assert!(excerpt.trim_start().starts_with("..."), "{excerpt}");
    assert_eq!(excerpt.chars().nth(lines[caret].chars().count() - 1), Some('$'), "{err}");
}

#[test]
fn binary_input_is_not_echoed_raw() {
    let dir = support::scratch("asm-binary");
    // Valid UTF-8 with control characters, and invalid UTF-8.
    let mut utf8: Vec<u8> = (0u8..0x20).filter(|b| *b != b'\n').collect();
    utf8.extend_from_slice(b"\x1b[2J\x7f");
    std::fs::write(dir.join("ctl.s"), &utf8).unwrap();
    let mut junk: Vec<u8> = (0u8..=255).cycle().take(100_000).collect();
    junk.retain(|b| *b != b'\n');
    std::fs::write(dir.join("junk.s"), &junk).unwrap();
    for name in ["ctl.s", "junk.s"] {
        let out = asm(&dir, &["-o", "x.elf", name]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = std::str::from_utf8(&out.stderr).expect("stderr is UTF-8");
        assert!(err.starts_with(&format!("{name}:1:")), "{err}");
        assert!(
            err.chars().all(|c| c == '\n' || c == '\t' || !c.is_control()),
            "{name}: control characters on stderr: {err:?}"
        );
        assert!(err.len() < 2000, "{name}: {} bytes of stderr", err.len());
    }
}

#[test]
fn dash_output_is_standard_output() {
    let dir = support::scratch("asm-stdout");
    std::fs::write(dir.join("p.s"), ".text\n_start: li 3,1\n b .\n").unwrap();
    let out = asm(&dir, &["--format", "bin", "-o", "-", "p.s"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(out.stdout, [0x38, 0x60, 0x00, 0x01, 0x48, 0x00, 0x00, 0x00]);
    assert!(!dir.join("-").exists(), "wrote a file named `-`");
    // With --listing, the listing goes to standard error and stdout stays the image.
    let out = asm(&dir, &["--format", "bin", "--listing", "-o", "-", "p.s"]);
    assert_eq!(out.stdout.len(), 8);
    assert!(String::from_utf8_lossy(&out.stderr).contains("li 3,1"));
}

#[test]
fn a_million_term_expression_is_an_error_not_a_crash() {
    // It used to overflow the stack (exit by signal) when the expression tree was dropped.
    let dir = support::scratch("asm-deep-expr");
    std::fs::write(dir.join("deep.s"), format!(" .long 1{}\n", " + 1".repeat(1_000_000))).unwrap();
    let out = asm(&dir, &["-o", "deep.elf", "deep.s"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("error: expression nested too deeply"), "{err}");
    assert!(err.len() < 2000, "{} bytes of stderr", err.len());
}
