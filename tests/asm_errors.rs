//! Every diagnostic: exact text, location and caret; several errors per run; the cap.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use std::path::PathBuf;

use tlbvisor::asm::{Assembler, ErrorKind};

fn errors(src: &str) -> Vec<String> {
    match Assembler::new().assemble_str("prog.s", src) {
        Ok(_) => panic!("expected errors for {src:?}"),
        Err(e) => e.errors.iter().map(ToString::to_string).collect(),
    }
}

fn one(src: &str) -> String {
    let e = errors(src);
    assert_eq!(e.len(), 1, "{e:#?}");
    e.into_iter().next().unwrap()
}

/// A fresh folder under the system temp dir.
fn tempdir(tag: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tlbvisor-asm-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

#[test]
fn unknown_mnemonic() {
    assert_eq!(
        one("\n\n    lwzz r3, 0(r4)\n"),
        "prog.s:3:5: error: unknown mnemonic `lwzz`\n        lwzz r3, 0(r4)\n        ^"
    );
}

#[test]
fn undefined_symbol() {
    assert_eq!(
        one(".long 1, 2 + nosuch\n"),
        "prog.s:1:14: error: undefined symbol `nosuch`\n    .long 1, 2 + nosuch\n                 ^"
    );
    assert_eq!(
        one(".long 1f\n"),
        "prog.s:1:7: error: undefined symbol `1 (local label)`\n    .long 1f\n          ^"
    );
    assert_eq!(
        one(".long 1b\n"),
        "prog.s:1:7: error: undefined symbol `1b (no earlier `1:` label)`\n    .long 1b\n          ^"
    );
}

#[test]
fn duplicate_symbol() {
    assert_eq!(
        one("a: .byte 1\n  a: .byte 2\n"),
        "prog.s:2:3: error: symbol `a` is already defined (at prog.s:1)\n      a: .byte 2\n      ^"
    );
    assert_eq!(
        one("x = 1\nx:\n"),
        "prog.s:2:1: error: symbol `x` is already defined (at prog.s:1)\nx:\n^"
            .replace("\nx:\n^", "\n    x:\n    ^")
    );
    assert!(one(".equiv y, 1\n.equiv y, 2\n").contains("symbol `y` is already defined"));
    // `.set` may redefine.
    assert!(Assembler::new().assemble_str("p.s", "z = 1\nz = 2\n.set z, 3\n").is_ok());
}

#[test]
fn directives() {
    assert_eq!(one(" .foo 1\n"), "prog.s:1:2: error: unknown directive `.foo`\n     .foo 1\n     ^");
    assert_eq!(
        one(".byte 1 2\n"),
        "prog.s:1:9: error: expected `,` or end of line, found `2`\n    .byte 1 2\n            ^"
    );
    assert_eq!(
        one(".byte 1,\n"),
        "prog.s:1:9: error: expected an expression, found end of line\n    .byte 1,\n            ^"
    );
    assert_eq!(
        one(".ascii 5\n"),
        "prog.s:1:8: error: bad `.ascii`: expected a string, found `5`\n    .ascii 5\n           ^"
    );
    assert_eq!(
        one(".align\n"),
        "prog.s:1:1: error: bad `.align`: expected `alignment[, fill[, max]]`\n    .align\n    ^"
    );
    assert_eq!(
        one(".balign 3\n"),
        "prog.s:1:9: error: bad `.balign`: alignment must be a power of 2, found 3\n    .balign 3\n            ^"
    );
    assert_eq!(
        one(".space 1, 2, 3\n"),
        "prog.s:1:1: error: bad `.space`: expected 1 to 2 operand(s), found 3\n    .space 1, 2, 3\n    ^"
    );
    assert_eq!(
        one(".text 1\n"),
        "prog.s:1:7: error: bad `.text`: subsections are not supported\n    .text 1\n          ^"
    );
    assert_eq!(
        one(".type f, @thing\n"),
        "prog.s:1:10: error: bad `.type`: expected `@function` or `@object`, found `thing`\n    .type f, @thing\n             ^"
    );
    assert_eq!(
        one("3x\n"),
        "prog.s:1:1: error: expected a label, directive or instruction, found `3`\n    3x\n    ^"
    );
    assert_eq!(
        one(".long 0x\n"),
        "prog.s:1:7: error: expected a number, found bad number `0x`\n    .long 0x\n          ^"
    );
    assert_eq!(
        one(".long \"abc\n"),
        "prog.s:1:7: error: expected a closing `\"`, found end of line\n    .long \"abc\n          ^"
    );
    assert_eq!(
        one(".error \"stop here\"\n"),
        "prog.s:1:1: error: stop here\n    .error \"stop here\"\n    ^"
    );
    assert_eq!(
        one(".byte 1\n.balignw 4, 0x1234\n"),
        "prog.s:2:10: error: bad `.balignw`: alignment padding (3 bytes) not a multiple of 2\n    .balignw 4, 0x1234\n             ^"
    );
    assert!(one(".incbin \"nonexistent.bin\"\n").contains("cannot find include file `nonexistent.bin`"));
    // `prog.s` is in the current folder, which the list names (it showed an empty ``).
    assert!(
        one(".include \"nothere.s\"\n")
            .starts_with("prog.s:1:10: error: cannot find include file `nothere.s` (searched: `.`)\n"),
        "{}",
        one(".include \"nothere.s\"\n")
    );
    assert!(one(".include \"/nothere/x.s\"\n").contains("`/nothere/x.s` (searched: only that path)"));
    assert!(one(".incbin 5\n").contains("bad `.incbin`: expected a file name in double quotes"));
}

#[test]
fn counts_must_be_known() {
    assert_eq!(
        one(".space n\nn = 4\n"),
        "prog.s:1:8: error: `.space` operand (`n` is not defined yet) must be an absolute expression known at this point\n    .space n\n           ^"
    );
    assert!(
        one(".data\nd: .text\n.fill d, 1\n")
            .contains("`.fill` operand must be an absolute expression known at this point")
    );
    assert_eq!(
        one(".byte 1, 2\n.org 1\n"),
        "prog.s:2:6: error: attempt to move `.org` backwards (from offset 0x2 to 0x1)\n    .org 1\n         ^"
    );
    assert_eq!(
        one(".long 1 / (2 - 2)\n"),
        "prog.s:1:9: error: division by zero\n    .long 1 / (2 - 2)\n            ^"
    );
    assert!(one(".space -1\n").contains("count must not be negative, found -1"));
    assert!(one(".space 0x7fffffff\n").contains("would exceed the size limit"));
}

#[test]
fn unterminated_blocks() {
    assert_eq!(
        one("  .macro m\n .byte 1\n"),
        "prog.s:1:1: error: unterminated `.macro` (missing `.endm`)\n      .macro m\n    ^"
    );
    assert_eq!(
        one(".rept 2\n.byte 1\n"),
        "prog.s:1:1: error: unterminated `.rept` (missing `.endr`)\n    .rept 2\n    ^"
    );
    assert_eq!(
        one("\n  .if 1\n.byte 1\n"),
        "prog.s:2:3: error: unterminated `.if` (missing `.endif`)\n      .if 1\n      ^"
    );
    assert_eq!(
        one(".byte 1 /* open\n\n"),
        "prog.s:1:9: error: unterminated `/*` (missing `*/`)\n    .byte 1 /* open\n            ^"
    );
    assert_eq!(
        one(".endif\n"),
        "prog.s:1:1: error: `.endif` without a matching opening directive\n    .endif\n    ^"
    );
    assert!(one(".else\n").contains("`.else` without a matching opening directive"));
    assert!(one(".endm\n").contains("`.endm` without a matching opening directive"));
    assert!(one(".if 1\n.else\n.else\n.endif\n").contains("bad `.else`: after `.else`"));
    assert!(one(".exitm\n").contains("not inside a macro"));
}

#[test]
fn macro_errors() {
    let e = one(".macro m a:req\n.byte \\a\n.endm\nm\n");
    assert_eq!(e, "prog.s:4:1: error: macro `m`: missing value for required parameter `a`\n    m\n    ^");
    assert!(one(".macro m a\n.endm\nm 1, 2\n").contains("too many arguments"));
    // Errors inside an expansion name the body line and the invocation.
    assert_eq!(
        one(".macro m x\n  .long \\x + nosuch\n.endm\n\n  m 5\n"),
        "prog.s:2:13: error: undefined symbol `nosuch`\n      .long 5 + nosuch\n                ^\n    note: in expansion of macro `m` invoked at prog.s:5"
    );
    assert!(one(".macro r\nr\n.endm\nr\n").contains("macro expansion nested more than 100 levels"));
}

#[test]
fn non_utf8() {
    let err = Assembler::new().assemble_bytes("bin.s", b".byte 1\n.ascii \"\xff\"\n").unwrap_err();
    assert_eq!(err.errors.len(), 1);
    let e = &err.errors[0];
    assert_eq!((e.line, e.col, &e.kind), (2, 9, &ErrorKind::NonUtf8));
    assert_eq!(
        e.to_string(),
        "bin.s:2:9: error: source is not valid UTF-8\n    .ascii \"\u{fffd}\"\n            ^"
    );
}

#[test]
fn includes() {
    let d = tempdir("inc");
    std::fs::create_dir_all(d.join("sub")).unwrap();
    std::fs::create_dir_all(d.join("extra")).unwrap();
    std::fs::write(d.join("main.s"), ".include \"sub/a.inc\"\n.include \"c.inc\"\n.long A, B, C\n").unwrap();
    // b.inc is found next to a.inc (the including file's folder), c.inc through -I.
    std::fs::write(d.join("sub/a.inc"), "A = 1\n.include \"b.inc\"\n").unwrap();
    std::fs::write(d.join("sub/b.inc"), "B = 2\n").unwrap();
    std::fs::write(d.join("extra/c.inc"), "C = 3\n").unwrap();
    let out = Assembler::new().include_dir(d.join("extra")).assemble_file(d.join("main.s")).unwrap();
    assert_eq!(out.image.to_flat_binary(), [0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3]);
    // The listing names the included files.
    assert!(out.listing.to_string().contains("sub/b.inc"));

    // Without -I: not found, with the folders searched.
    let err = Assembler::new().assemble_file(d.join("main.s")).unwrap_err();
    assert_eq!(err.errors.len(), 2, "{err}");
    let e = &err.errors[0];
    assert_eq!((e.line, e.col), (2, 10));
    assert!(matches!(&e.kind, ErrorKind::IncludeNotFound { name, .. } if name == "c.inc"));

    // Recursion is an error, not a stack overflow.
    std::fs::write(d.join("r1.s"), ".byte 1\n.include \"r2.s\"\n").unwrap();
    std::fs::write(d.join("r2.s"), "  .include \"r1.s\"\n").unwrap();
    let err = Assembler::new().assemble_file(d.join("r1.s")).unwrap_err();
    assert_eq!(err.errors.len(), 1, "{err}");
    let e = &err.errors[0];
    assert!(e.file.ends_with("r2.s"));
    assert_eq!((e.line, e.col), (1, 3));
    assert_eq!(e.kind, ErrorKind::RecursiveInclude("r1.s".into()));

    // A non-UTF-8 included file is reported in that file.
    std::fs::write(d.join("bad.inc"), b"\n\n .byte 0 # \xc3\x28\n").unwrap();
    let err =
        Assembler::new().assemble_str(d.join("t.s").to_str().unwrap(), ".include \"bad.inc\"\n").unwrap_err();
    let e = &err.errors[0];
    assert!(e.file.ends_with("bad.inc") && e.line == 3 && e.kind == ErrorKind::NonUtf8, "{e}");

    // A missing top-level file.
    let err = Assembler::new().assemble_file(d.join("nope.s")).unwrap_err();
    assert!(matches!(err.errors[0].kind, ErrorKind::Io { .. }));
    assert!(err.to_string().contains("nope.s: error: cannot read"));
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn error_cap() {
    let src = ".foo\n".repeat(200);
    let e = errors(&src);
    assert_eq!(e.len(), 51);
    assert!(e[50].starts_with("prog.s:51:1: error: too many errors (50), stopping"));
}

#[test]
fn warnings_do_not_fail() {
    let out = Assembler::new()
        .assemble_str("w.s", ".byte 256, -129\n.short 0x10000\n.warning \"careful\"\n")
        .unwrap();
    let w: Vec<String> = out.warnings.iter().map(ToString::to_string).collect();
    assert_eq!(w.len(), 3, "{w:#?}");
    assert!(w[0].starts_with("w.s:1:7: warning: value 0x100 truncated to 0x0"));
    assert!(w[1].starts_with("w.s:2:8: warning: value 0x10000 truncated to 0x0"));
    assert!(w[2].starts_with("w.s:3:1: warning: careful"));
    assert_eq!(out.image.to_flat_binary(), [0, 0x7f, 0, 0]);
}

#[test]
fn bss_holds_no_data() {
    assert!(one(".bss\n.byte 1\n").contains("non-zero data in no-bits section `.bss`"));
    assert!(Assembler::new().assemble_str("b.s", ".bss\n.byte 0\n.space 4\n.long 0\n").is_ok());
}
