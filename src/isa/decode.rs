//! Decoding: a word to an [`Insn`]. Never fails: a word that is not a supported instruction is
//! [`Op::Illegal`].

use super::Dialect;
use super::field::Field;
use super::operand::{Kind, Operand};
use super::table::{Check, Def};
use super::{Op, isa};

/// A decoded instruction: the word and what it does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insn {
    /// The instruction word.
    pub word: u32,
    /// The operation ([`Op::Illegal`] for unsupported words).
    pub op: Op,
}

impl Insn {
    /// Whether the word is a supported instruction.
    pub fn is_legal(self) -> bool {
        self.op != Op::Illegal
    }
    /// A field of the word.
    #[inline]
    pub fn get(self, f: Field) -> u32 {
        f.get(self.word)
    }
    /// RT/RS (bits 6:10) as a register index.
    #[inline]
    pub fn rt(self) -> usize {
        Field::Rt.get(self.word) as usize
    }
    /// RA as a register index.
    #[inline]
    pub fn ra(self) -> usize {
        Field::Ra.get(self.word) as usize
    }
    /// RB as a register index.
    #[inline]
    pub fn rb(self) -> usize {
        Field::Rb.get(self.word) as usize
    }
    /// The sign-extended 16-bit immediate (D/SI).
    #[inline]
    pub fn simm(self) -> i32 {
        Field::D.get_signed(self.word)
    }
    /// The zero-extended 16-bit immediate (UI).
    #[inline]
    pub fn uimm(self) -> u32 {
        Field::D.get(self.word)
    }
    /// The record bit (Rc): the instruction updates CR0.
    #[inline]
    pub fn rc(self) -> bool {
        Field::Rc.get(self.word) != 0
    }
    /// The overflow-enable bit (OE) of an XO-form.
    #[inline]
    pub fn oe(self) -> bool {
        Field::Oe.get(self.word) != 0
    }
    /// The link bit (LK).
    #[inline]
    pub fn lk(self) -> bool {
        Field::Lk.get(self.word) != 0
    }
    /// The absolute-address bit (AA).
    #[inline]
    pub fn aa(self) -> bool {
        Field::Aa.get(self.word) != 0
    }
}

/// The Book-E BO encodings that are not reserved (Book-E 2.4.1, BO field table; binutils
/// applies the same rule): `0000y 0001y 001zy 0100y 0101y 011zy 1z00y 1z01y 10100`, z = 0.
pub const fn valid_bo(bo: u32) -> bool {
    match bo & 0x14 {
        0 => true,
        0x04 => bo & 0x2 == 0,
        0x10 => bo & 0x8 == 0,
        _ => bo == 0x14,
    }
}

/// The invalid forms objdump (and QEMU, for the update forms) reject: a load with update whose
/// RA is 0 or RT, a store with update whose RA is 0, an `lmw` whose RA is among the registers
/// it loads (Book-E 3.3.2, "invalid form"), a reserved BO, a `bcctr` that would decrement CTR
/// (Book-E 2.4.1; gas refuses it and QEMU raises an illegal-instruction interrupt, though
/// objdump prints it). They decode as illegal.
pub(crate) const fn valid_form(check: Check, word: u32) -> bool {
    let (rt, ra) = (Field::Rt.get(word), Field::Ra.get(word));
    match check {
        Check::LoadUpdate => ra != 0 && ra != rt,
        Check::StoreUpdate => ra != 0,
        Check::Lmw => ra < rt,
        Check::Bo => valid_bo(rt),
        Check::BoCtr => valid_bo(rt) && rt & 0x4 != 0,
        Check::None => true,
    }
}

/// Decodes a word (for the e500v2: [`decode_for`] with [`Dialect::E500`]).
pub fn decode(word: u32) -> Insn {
    decode_for(word, Dialect::E500)
}

/// Decodes a word for a core: the dialects differ only in which BO values are reserved
/// (`valid_bo` on the e500v2, none on the e500mc; a CTR-decrementing `bcctr` is invalid on
/// both). Instructions only the e500mc has ([`Op::e500mc_only`])
/// decode in both; the e500v2 core refuses them when it executes them.
pub fn decode_for(word: u32, dialect: Dialect) -> Insn {
    let t = isa();
    for &i in t.candidates(word) {
        let d = &t.defs[i as usize];
        if word & d.mask == d.opcode {
            let ok = match (d.check, dialect) {
                (Check::Bo | Check::BoCtr, Dialect::E500) => {
                    valid_form(d.check, word) || printable_alias(d.op, word).is_some()
                }
                (Check::Bo, Dialect::E500mc) => true,
                (Check::BoCtr, Dialect::E500mc) => Field::Rt.get(word) & 0x4 != 0,
                (check, _) => valid_form(check, word),
            };
            return Insn { word, op: if ok { d.op } else { Op::Illegal } };
        }
    }
    Insn { word, op: Op::Illegal }
}

/// The first definition (alias or base, in table order) that prints `word` of operation `op`.
pub(crate) fn printable_alias(op: Op, word: u32) -> Option<&'static Def> {
    let t = isa();
    t.by_op.get(&op)?.iter().map(|&i| &t.defs[i as usize]).find(|d| {
        word & d.mask == d.opcode
            && d.operands.iter().all(|o| operand_value(o, word, 0).is_some())
            && valid_form(d.check, word)
    })
}

/// The assembly-language value of operand `o` in `word` at address `pc`, or `None` when the
/// word's fields are not something this operand could have produced (a simplified mnemonic
/// whose fields disagree, or a value out of the operand's range).
pub(crate) fn operand_value(o: &Operand, word: u32, pc: u32) -> Option<i64> {
    let f = o.field();
    match o.kind {
        Kind::Disp => Some(i64::from(Field::D.get_signed(word))),
        Kind::RelTarget => Some(i64::from(pc.wrapping_add((f.get_signed(word) << 2).cast_unsigned()))),
        Kind::AbsTarget => Some(i64::from((f.get_signed(word) << 2).cast_unsigned())),
        _ => {
            let raw =
                if o.kind == Kind::Simm { i64::from(f.get_signed(word)) } else { i64::from(f.get(word)) };
            let v = o.places[0].1.invert(raw)?;
            let agree = o.places.iter().all(|&(pf, xf)| {
                let width_mask = (1u64 << pf.width()) - 1;
                xf.apply(v).cast_unsigned() & width_mask == u64::from(pf.get(word))
            });
            (agree && (o.min..=o.max).contains(&v)).then_some(v)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_manual_examples() {
        // docs/booke-mmu.md section 6 worked encodings.
        for (w, op) in [
            (0x7C00_07A4, Op::Tlbwe),
            (0x7C00_0764, Op::Tlbre),
            (0x7C00_1F24, Op::Tlbsx),
            (0x7C00_1E24, Op::Tlbivax),
            (0x7C60_0024, Op::Tlbilx),
            (0x7C00_046C, Op::Tlbsync),
            (0x4C00_0064, Op::Rfi),
            (0x4C00_0066, Op::Rfci),
            (0x4C00_004C, Op::Rfmci),
            (0x7C70_9BA6, Op::Mtspr),
            (0x7C7D_0AA6, Op::Mfspr),
            (0x558C_0402, Op::Rlwinm),
            (0x516C_D6FE, Op::Rlwimi),
            (0x7E8A_5840, Op::Cmpl),
            (0x816C_0000, Op::Lwz),
            (0x7C00_8146, Op::Wrteei),
            (0x7D6F_F120, Op::Mtcrf),
            (0x4E80_0020, Op::Bclr),
            (0x4200_0000, Op::Bc),
            (0x4400_0002, Op::Sc),
        ] {
            assert_eq!(decode(w).op, op, "{w:#010x}");
        }
    }

    #[test]
    fn illegal_words() {
        for w in [0, 0xFFFF_FFFF, 0x4400_0000, 0x7C00_0001, 0x42A0_0000, 0x4380_0000, 0x7C6C_42E6] {
            assert_eq!(decode(w).op, Op::Illegal, "{w:#010x}");
        }
    }

    #[test]
    fn bo_table() {
        let valid: Vec<u32> = (0..32).filter(|&b| valid_bo(b)).collect();
        assert_eq!(valid, [0, 1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 16, 17, 18, 19, 20]);
    }
}
