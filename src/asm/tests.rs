//! Operand handling with a small stand-in encoder (a few real encodings), so instruction lines
//! are tested before the ISA module is complete.

use super::{Assembler, ErrorKind, IsaHooks};
use crate::isa::{Arg, EncodeError};

fn range(m: &str, index: usize, value: i64, min: i64, max: i64) -> Result<i64, EncodeError> {
    if (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(EncodeError::OutOfRange { mnemonic: m.into(), index, value, min, max })
    }
}

fn fake_assemble(m: &str, args: &[Arg], pc: u32, _: crate::isa::Dialect) -> Result<u32, EncodeError> {
    let count = |n: usize| {
        if args.len() == n {
            Ok(())
        } else {
            Err(EncodeError::OperandCount { mnemonic: m.into(), expected: n.to_string(), found: args.len() })
        }
    };
    let val = |i: usize| match args[i] {
        Arg::Value(v) => Ok(v),
        Arg::Indexed { .. } => {
            Err(EncodeError::Syntax { mnemonic: m.into(), index: i + 1, what: "must be a plain value" })
        }
    };
    let reg = |i: usize| val(i).and_then(|v| range(m, i + 1, v, 0, 31)).map(|v| v as u32);
    match m {
        "nop" => count(0).map(|_| 0x6000_0000),
        "addi" | "ori" => {
            count(3)?;
            let imm = if m == "addi" {
                range(m, 3, val(2)?, -0x8000, 0x7fff)?
            } else {
                range(m, 3, val(2)?, 0, 0xffff)?
            };
            let op = if m == "addi" { 14 } else { 24 };
            Ok(op << 26 | reg(0)? << 21 | reg(1)? << 16 | (imm as u32 & 0xffff))
        }
        "lwz" => {
            count(2)?;
            let Arg::Indexed { disp, base } = args[1] else {
                return Err(EncodeError::Syntax {
                    mnemonic: m.into(),
                    index: 2,
                    what: "must be written d(rA)",
                });
            };
            let d = range(m, 2, disp, -0x8000, 0x7fff)?;
            let b = range(m, 2, base, 0, 31)?;
            Ok(32 << 26 | reg(0)? << 21 | (b as u32) << 16 | (d as u32 & 0xffff))
        }
        "b" | "bl" => {
            count(1)?;
            let rel = val(0)? - i64::from(pc);
            if rel % 4 != 0 {
                return Err(EncodeError::Misaligned { mnemonic: m.into(), index: 1, value: rel, align: 4 });
            }
            let rel = range(m, 1, rel, -(1 << 25), (1 << 25) - 4)?;
            Ok(18 << 26 | (rel as u32 & 0x03ff_fffc) | u32::from(m == "bl"))
        }
        _ => Err(EncodeError::UnknownMnemonic(m.into())),
    }
}

fn fake_is_mnemonic(m: &str) -> bool {
    ["nop", "addi", "ori", "lwz", "b", "bl"].contains(&m)
}

fn asm() -> Assembler {
    Assembler::new().with_isa(IsaHooks { assemble: fake_assemble, is_mnemonic: fake_is_mnemonic })
}

fn words(src: &str) -> Vec<u32> {
    let out = asm().assemble_str("t.s", src).unwrap_or_else(|e| panic!("{e}"));
    out.image.to_flat_binary().chunks(4).map(|c| u32::from_be_bytes([c[0], c[1], c[2], c[3]])).collect()
}

fn errors(src: &str) -> Vec<String> {
    asm()
        .assemble_str("t.s", src)
        .map(|_| vec![])
        .unwrap_or_else(|e| e.errors.iter().map(ToString::to_string).collect())
}

#[test]
fn halves_signed_and_unsigned() {
    let w = words(
        "v = 0x12348000\n addi r3, r3, v@l\n ori r3, r3, v@l\n lwz r3, v@l(r4)\n addi r3, 0, v@ha\n addi r3, 0, lo(v)\n",
    );
    assert_eq!(w, vec![0x3863_8000, 0x6063_8000, 0x8064_8000, 0x3860_1235, 0x3863_8000 & 0xffe0_ffff]);
}

#[test]
fn forward_references_and_branches() {
    let src = "
        .text
        .globl _start
_start: b 1f
        nop
1:      bl _start
        lwz r3, var@l(r4)
        addi r3, r3, . - _start
        .data
        .long 0
var:    .long 1b
";
    let out = asm().assemble_str("t.s", src).unwrap();
    let img = &out.image;
    assert_eq!(img.entry, 0x10000);
    assert_eq!(img.read_u32(0x10000), Some(0x4800_0008));
    assert_eq!(img.read_u32(0x10004), Some(0x6000_0000));
    assert_eq!(img.read_u32(0x10008), Some(0x4bff_fff9));
    // .data starts after 5 instructions (0x14), var at 0x10018.
    assert_eq!(img.symbol("var"), Some(0x10018));
    assert_eq!(img.read_u32(0x1000c), Some(0x8064_0018));
    assert_eq!(img.read_u32(0x10010), Some(0x3863_0010));
    assert_eq!(img.read_u32(0x10018), Some(0x10008));
    // The listing shows the instruction words at their addresses.
    let listing = out.listing.to_string();
    assert!(listing.contains("00010008 4bfffff9"), "{listing}");
}

#[test]
fn entry_is_first_instruction_without_start() {
    let out = asm().assemble_str("t.s", ".data\n.long 5\n.text\n.long 0\nnop\n").unwrap();
    assert_eq!(out.image.entry, 0x10004);
}

#[test]
fn operand_errors_point_at_the_operand() {
    assert_eq!(
        errors("  addi r3, r3, 40000\n"),
        vec![
            "t.s:1:16: error: operand 3 of `addi` out of range: 40000 is not in -32768..=32767\n      addi r3, r3, 40000\n                   ^"
        ]
    );
    assert_eq!(
        errors("lwz r3, 8\n"),
        vec![
            "t.s:1:9: error: operand 2 of `lwz` must be written d(rA)\nlwz r3, 8\n        ^"
                .replace("\nlwz", "\n    lwz")
                .replace("\n        ^", "\n            ^")
        ]
    );
    assert_eq!(
        errors("nop 1\n"),
        vec!["t.s:1:1: error: `nop` takes 0 operand(s), found 1\n    nop 1\n    ^"]
    );
    let e = errors("b 2\n");
    assert!(e[0].starts_with("t.s:1:3: error: operand 1 of `b` must be a multiple of 4"), "{e:?}");
    assert_eq!(
        errors("b nowhere\n"),
        vec!["t.s:1:3: error: undefined symbol `nowhere`\n    b nowhere\n      ^"]
    );
}

#[test]
fn several_errors_in_one_run() {
    let e = errors("lwzz r3, 0(r4)\n addi r3, r3, 1 2\n .long nosuch\n b 3f\n nop\n .byte 1\n nop\n");
    assert_eq!(e.len(), 5, "{e:#?}");
    assert!(e[0].starts_with("t.s:1:1: error: unknown mnemonic `lwzz`"));
    assert!(e[1].starts_with("t.s:2:17: error: expected `,` or end of operands, found `2`"));
    assert!(e[2].starts_with("t.s:7:2: error: instruction address is not a multiple of 4"));
    assert!(e[3].starts_with("t.s:3:8: error: undefined symbol `nosuch`"));
    assert!(e[4].starts_with("t.s:4:4: error: undefined symbol `3 (local label)`"));
}

#[test]
fn error_kinds_are_structured() {
    let err = asm().assemble_str("t.s", "\n\taddi r3, r3, 0x10000\n").unwrap_err();
    let e = &err.errors[0];
    assert_eq!((e.file.as_str(), e.line, e.col), ("t.s", 2, 15));
    assert!(matches!(
        &e.kind,
        ErrorKind::Operand(EncodeError::OutOfRange { index: 3, min: -32768, max: 32767, .. })
    ));
    // The caret line keeps the tab so it lines up.
    assert!(e.to_string().ends_with("\n    \taddi r3, r3, 0x10000\n    \t             ^"), "{e}");
}

#[test]
fn macro_with_instructions() {
    let src = "
        .macro load_imm reg, val
        addi \\reg, 0, (\\val)@l
        .endm
        load_imm r5, 0x1234
        LOAD_IMM reg=r6, val=-1
";
    assert_eq!(words(src), vec![0x38a0_1234, 0x38c0_ffff]);
}

#[test]
fn runaway_repetition_is_an_error() {
    let src = ".rept 100000\n.rept 100000\n.byte 0\n.endr\n.endr\n";
    let err = Assembler::new().max_lines(10_000).assemble_str("r.s", src).unwrap_err();
    assert_eq!(err.errors.len(), 1);
    assert_eq!(
        err.to_string(),
        "r.s:3:1: error: more than 10000 lines made by macro, `.rept` and `.irp` expansion (a runaway repetition or recursive macro?)\n    .byte 0\n    ^"
    );
}
