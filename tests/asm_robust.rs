//! No input makes the assembler panic: random bytes, random token soup, and every truncation
//! of the test programs. (Deterministic pseudo-random inputs, so failures reproduce.)

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::path::Path;
use support::rng::Rng;

use tlbvisor::asm::Assembler;

const TOKENS: &[&str] = &[
    ".macro",
    ".endm",
    ".rept",
    ".endr",
    ".if",
    ".else",
    ".elseif",
    ".endif",
    ".ifdef",
    ".irp",
    ".irpc",
    ".exitm",
    ".include",
    ".long",
    ".byte",
    ".short",
    ".word",
    ".quad",
    ".ascii",
    ".asciz",
    ".space",
    ".fill",
    ".org",
    ".align",
    ".p2align",
    ".balign",
    ".set",
    ".equ",
    ".equiv",
    ".section",
    ".text",
    ".data",
    ".bss",
    ".globl",
    ".type",
    ".size",
    ".lcomm",
    ".previous",
    ".pushsection",
    ".popsection",
    ".end",
    ".error",
    "x",
    "y",
    "_start",
    "1",
    "0",
    "-1",
    "3",
    "0x7fffffff",
    "0xffffffffffffffff",
    "99999",
    "1b",
    "1f",
    "1:",
    "2:",
    "x:",
    "=",
    "==",
    ",",
    "(",
    ")",
    "+",
    "-",
    "*",
    "/",
    "%",
    "<<",
    ">>",
    "&",
    "|",
    "^",
    "!",
    "~",
    "<",
    ">",
    "&&",
    "||",
    "@l",
    "@ha",
    "@h",
    "@got",
    "lo(",
    "hi(",
    "\"str\"",
    "\"",
    "'a",
    "'",
    "\\",
    "\\x",
    "\\()",
    "\\@",
    ";",
    "#",
    "/*",
    "*/",
    "\n",
    "\n",
    "\n",
    "r3",
    "%r3",
    "cr1",
    "eq",
    "sp",
    "addi",
    "lwz",
    "b",
    "nop",
    ".",
    "$",
    "\t",
    "m",
    "m x",
    "a=1",
    ":req",
    ":vararg",
    "\u{e9}",
];

fn run(src: &[u8]) {
    // Ok or Err are both fine; a panic fails the test.
    let _ = Assembler::new().defsym("D", 1).assemble_bytes("fuzz.s", src);
}

#[test]
fn random_bytes() {
    let mut rng = Rng(0x1234_5678_9abc_def1);
    for _ in 0..300 {
        let len = rng.below(300) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
        run(&bytes);
        // Printable soup is likelier to get past the lexer.
        const ALPHABET: &[u8] = b" \n\t.,:;#()+-*/<>=!&|^~'\"\\@%0123456789abcrxf_";
        let text: Vec<u8> = (0..len).map(|_| ALPHABET[rng.below(ALPHABET.len() as u64) as usize]).collect();
        run(&text);
    }
}

#[test]
fn token_soup() {
    let mut rng = Rng(0xdead_beef_cafe_f00d);
    for _ in 0..1500 {
        let n = rng.below(60) as usize;
        let mut s = String::new();
        for _ in 0..n {
            s.push_str(TOKENS[rng.below(TOKENS.len() as u64) as usize]);
            s.push(if rng.below(4) as usize == 0 { '\n' } else { ' ' });
        }
        run(s.as_bytes());
    }
}

#[test]
fn truncated_programs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/asm");
    for name in ["expr", "data", "layout", "macros", "include"] {
        let src = std::fs::read(dir.join(format!("{name}.s"))).unwrap();
        for cut in 0..src.len() {
            run(&src[..cut]);
        }
    }
}

#[test]
fn pathological_inputs() {
    for src in [
        "(".repeat(10_000),
        "-".repeat(10_000),
        format!(".long {}1", "~".repeat(5000)),
        ".macro m\nm\nm\n.endm\nm\n".to_string(),
        "x = y\ny = x\n.long x\n".to_string(),
        ".align 63\n.byte 1\n.align 31\n".to_string(),
        ".fill 0x7fffffff, 8, 1\n".to_string(),
        ".org 0xffffffffffff\n".to_string(),
        ".long 1 << 200, 1 >> -1, -9223372036854775808 / -1, -9223372036854775808 % -1\n".to_string(),
        ".irpc c, 0123456789\n.irpc d, 0123456789\n.byte \\c\\d\n.endr\n.endr\n".to_string(),
    ] {
        run(src.as_bytes());
    }
}
