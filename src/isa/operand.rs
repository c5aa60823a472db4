//! Operands: how an assembly-language operand maps onto instruction fields, and how it prints.

use super::field::Field;

/// How a value is transformed on its way into a field (and back out for disassembly).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Xf {
    /// The field holds the value.
    Id,
    /// The field holds `-value` (subi and friends).
    Neg,
    /// The field holds `(32 - value) & 31` (srwi, rotrwi).
    Sub32,
    /// The field holds `31 - value` (slwi, clrrwi ME).
    Comp31,
    /// The field holds `value - 1` (extlwi n).
    Minus1,
    /// The field holds `base + step * value`: a CR field turned into one of its bits
    /// (`beq cr1`: `2 + 4 * 1`), or a numbered SPR (`mtsprg 2` = SPR `272 + 2`).
    Lin(i16, i16),
    /// The field holds MB, or ME, of a 32-bit mask written as one operand (`rlwinm ra,rs,sh,mask`,
    /// the 4-operand M-form gas accepts): the first 1 bit, and the last, of a run of ones that may
    /// wrap around (0xff0000ff is MB 24, ME 7).
    MaskMb,
    /// See [`Xf::MaskMb`].
    MaskMe,
}

/// MB and ME of a mask of one run of ones (possibly wrapping from bit 31 to bit 0), or `None`
/// when the mask is zero or has more than one run.
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    reason = "a mask operand is a 32-bit word; the assembler keeps its low 32 bits as gas does"
)]
pub const fn mask_bounds(v: i64) -> Option<(i64, i64)> {
    let m = v as u32;
    if m == 0 {
        return None;
    }
    if m == u32::MAX {
        return Some((0, 31));
    }
    // Bit numbers are big-endian (bit 0 is the MSB). A run starts where a 0 is followed by a 1
    // (cyclically), and ends where a 1 is followed by a 0.
    let starts = m & !m.rotate_right(1);
    let ends = m & !m.rotate_left(1);
    if starts.count_ones() != 1 || ends.count_ones() != 1 {
        return None;
    }
    Some((starts.leading_zeros() as i64, ends.leading_zeros() as i64))
}

impl Xf {
    /// The field value for an operand value.
    pub const fn apply(self, v: i64) -> i64 {
        match self {
            Xf::Id => v,
            Xf::Neg => -v,
            Xf::Sub32 => (32 - v) & 31,
            Xf::Comp31 => 31 - v,
            Xf::Minus1 => v - 1,
            Xf::Lin(base, step) => base as i64 + step as i64 * v,
            Xf::MaskMb => match mask_bounds(v) {
                Some((mb, _)) => mb,
                None => 0,
            },
            Xf::MaskMe => match mask_bounds(v) {
                Some((_, me)) => me,
                None => 0,
            },
        }
    }

    /// The operand value a field value came from, if this transform can produce it.
    pub const fn invert(self, f: i64) -> Option<i64> {
        match self {
            Xf::Id => Some(f),
            Xf::Neg => Some(-f),
            Xf::Sub32 => Some((32 - f) & 31),
            Xf::Comp31 => Some(31 - f),
            Xf::Minus1 => Some(f + 1),
            Xf::Lin(base, step) => {
                let d = f - base as i64;
                if d % step as i64 == 0 { Some(d / step as i64) } else { None }
            }
            // Assembler-only: the disassembler prints MB and ME.
            Xf::MaskMb | Xf::MaskMe => None,
        }
    }
}

/// How an operand is written and printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A general register, printed `rN`.
    Gpr,
    /// A general register where 0 means the value 0 (`(RA|0)`), printed `0` or `rN`.
    Gpr0,
    /// A CR field, printed `crN`.
    Crf,
    /// A CR bit, printed `lt`/`gt`/`eq`/`so` or `4*crN+xx`.
    Crb,
    /// A signed decimal immediate.
    Simm,
    /// An unsigned decimal immediate.
    Uimm,
    /// A relative branch target (the value is an absolute address).
    RelTarget,
    /// An absolute branch target.
    AbsTarget,
    /// `d(rA)`: a signed 16-bit displacement and a `(RA|0)` base.
    Disp,
}

/// One operand of a mnemonic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Operand {
    /// How it is written and printed.
    pub kind: Kind,
    /// The fields it fills, each with its transform. All get the same operand value; when
    /// decoding, the first gives the value and the others must agree with it.
    pub places: Vec<(Field, Xf)>,
    /// May be left out when assembling (value 0); omitted when disassembling if 0.
    pub optional: bool,
    /// Inclusive range of the operand value.
    pub min: i64,
    /// Inclusive range of the operand value.
    pub max: i64,
}

impl Operand {
    /// The operand's primary field.
    pub fn field(&self) -> Field {
        self.places[0].0
    }

    /// Mask of every field bit the operand fills.
    pub fn mask(&self) -> u32 {
        let mut m = self.places.iter().fold(0, |m, (f, _)| m | f.mask());
        if self.kind == Kind::Disp {
            m |= Field::Ra.mask();
        }
        m
    }
}
