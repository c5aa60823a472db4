//! Round trips through the one ISA table: decode never panics; every legal word re-encodes from
//! its disassembled parts; every operand's range is enforced at its edges.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use support::rng::Rng;
use tlbvisor::isa::{self, Arg, EncodeError, Op, table};

/// `assemble(disasm(w)) == w` (up to the bits objdump's text does not carry).
fn round_trip(w: u32, pc: u32) -> Result<(), String> {
    let insn = isa::decode(w);
    if insn.op == Op::Illegal {
        return Ok(());
    }
    let (m, args) = insn.parts(pc).ok_or("legal word without a printable form")?;
    let keep = !insn.unprinted_bits();
    if keep == 0 {
        return Ok(());
    }
    match isa::assemble(&m, &args, pc) {
        Ok(back) if back & keep == w & keep => Ok(()),
        Ok(back) => Err(format!("{w:08x} `{}` reassembles to {back:08x}", insn.disasm(pc))),
        Err(e) => Err(format!("{w:08x} `{}`: {e}", insn.disasm(pc))),
    }
}

#[test]
fn every_definition_round_trips() {
    let mut rng = Rng(0x5eed);
    let mut bad = Vec::new();
    for d in table::build() {
        for _ in 0..64 {
            let w = d.opcode | (rng.word() & !d.mask);
            let pc = rng.word() & !3;
            if let Err(e) = round_trip(w, pc) {
                bad.push(e);
            }
        }
    }
    assert!(bad.is_empty(), "{} failures:\n{}", bad.len(), bad[..bad.len().min(40)].join("\n"));
}

#[test]
fn random_words_decode_and_round_trip() {
    let mut rng = Rng(0xdec0de);
    let mut legal = 0;
    for _ in 0..400_000 {
        let w = rng.word();
        let insn = isa::decode(w);
        let _ = insn.disasm(0x1000).to_string();
        if insn.op != Op::Illegal {
            legal += 1;
            round_trip(w, 0x1000).unwrap();
            // encode(decode(w)) == w: the decoded operation's table entry re-encodes the word.
            assert_eq!(isa::decode(w & !insn.unprinted_bits() | (w & insn.unprinted_bits())).op, insn.op);
        }
    }
    assert!(legal > 10_000, "only {legal} legal words: the corpus is not exercising the table");
}

/// All 2^32 words: run with `cargo test --release --test isa_roundtrip -- --ignored`.
#[test]
#[ignore = "takes minutes; run in release mode"]
fn all_words() {
    for w in 0..=u32::MAX {
        round_trip(w, 0x0001_0000).unwrap();
    }
}

/// Every numeric operand of every definition at min, max, min-1 and max+1.
#[test]
fn operand_range_edges() {
    use isa::operand::Kind;
    let mut checked = 0;
    let defs = table::build();
    // Names spelled by several definitions (`mfsprg r3,0..3` and `r3,4..7`) accept the union.
    let shared =
        |name: &str| defs.iter().filter(|d| d.name == name && d.role != table::Role::DisasmOnly).count() > 1;
    for d in defs.iter().filter(|d| !shared(&d.name)) {
        if d.role == table::Role::DisasmOnly {
            continue;
        }
        for (i, o) in d.operands.iter().enumerate() {
            if matches!(o.kind, Kind::RelTarget | Kind::AbsTarget | Kind::Disp) {
                continue;
            }
            let base: Vec<Arg> = d
                .operands
                .iter()
                .map(|p| match p.kind {
                    Kind::Disp => Arg::Indexed { disp: 0, base: 1 },
                    Kind::RelTarget | Kind::AbsTarget => Arg::Value(0x100),
                    _ => Arg::Value(if p.min <= 1 && 1 <= p.max { 1 } else { p.min }),
                })
                .collect();
            let with = |v: i64| {
                let mut a = base.clone();
                a[i] = Arg::Value(v);
                isa::assemble(&d.name, &a, 0)
            };
            for v in [o.min, o.max] {
                // A valid operand may still make an invalid form (lwzu r1,0(r1)); only range
                // errors are wrong here.
                if let Err(e @ EncodeError::OutOfRange { .. }) = with(v) {
                    panic!("{} operand {} value {v} rejected: {e}", d.name, i + 1);
                }
            }
            for v in [o.min - 1, o.max + 1] {
                match with(v) {
                    Err(EncodeError::OutOfRange { index, min, max, .. }) => {
                        assert_eq!((index, min, max), (i + 1, o.min, o.max), "{} operand {}", d.name, i + 1)
                    }
                    other => {
                        panic!("{} operand {} value {v}: expected out of range, got {other:?}", d.name, i + 1)
                    }
                }
            }
            checked += 1;
        }
    }
    assert!(checked > 500, "{checked}");
}

#[test]
fn branch_displacement_edges() {
    // bc: 16-bit signed byte displacement; b: 26-bit (Book-E 2.4).
    assert!(isa::assemble("beq", &[Arg::Value(0x1000 + 0x7FFC)], 0x1000).is_ok());
    assert!(isa::assemble("beq", &[Arg::Value(0x1000 - 0x8000)], 0x1000).is_ok());
    assert!(matches!(
        isa::assemble("beq", &[Arg::Value(0x1000 + 0x8000)], 0x1000),
        Err(EncodeError::OutOfRange { min: -0x8000, max: 0x7FFC, .. })
    ));
    assert!(matches!(
        isa::assemble("beq", &[Arg::Value(0x1000 - 0x8004)], 0x1000),
        Err(EncodeError::OutOfRange { .. })
    ));
    assert_eq!(isa::assemble("b", &[Arg::Value(0x1FF_FFFC)], 0), Ok(0x49FF_FFFC));
    assert!(matches!(isa::assemble("b", &[Arg::Value(0x200_0000)], 0), Err(EncodeError::OutOfRange { .. })));
    assert_eq!(isa::assemble("b", &[Arg::Value(0xFE00_0000)], 0), Ok(0x4A00_0000));
    assert!(matches!(isa::assemble("b", &[Arg::Value(0x102)], 0), Err(EncodeError::Misaligned { .. })));
    assert_eq!(isa::assemble("ba", &[Arg::Value(0xFFFF_FFF0)], 0x1000), Ok(0x4BFF_FFF2));
}
