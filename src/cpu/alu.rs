//! Integer arithmetic, logical, rotate/shift and compare instructions (Book-E 3.3.8-3.3.12;
//! E500RM 3.3.1).
//!
//! * Rc = 1 sets CR0: LT/GT/EQ from the signed 32-bit result, SO copied from XER\[SO\]. The D-form
//!   `addic.`, `andi.`, `andis.` always set CR0 (their bit 31 is part of the immediate, so
//!   `Insn::rc` is never read for D-forms).
//! * OE = 1 sets XER\[OV\] to the signed overflow and ORs it into XER\[SO\].
//! * CA is the carry out of bit 0 of the 33-bit sum for the add/subtract-from-carrying forms
//!   (subtraction is `!a + b + 1`); for `sraw`/`srawi` it is set iff the source is negative and
//!   any 1-bits were shifted out.
//! * `divw`/`divwu` with a zero divisor or `0x80000000 / -1`: Book-E leaves RT undefined. tlbvisor
//!   does what QEMU 7.2 does (`gen_op_arith_divw`: the divisor is replaced by 1), so RT = RA;
//!   OV = 1 with OE; CR0 from that RT with Rc.
//! * Compares ignore the L bit (a 64-bit compare on a 32-bit core; QEMU also compares 32 bits).

use crate::isa::{Field, Insn, Op};
use crate::narrow::Narrow;

use super::Cpu;
use super::interrupt::{InterruptKind, ProgramCause};

/// XER bits.
pub mod xer {
    /// Summary overflow.
    pub const SO: u32 = 0x8000_0000;
    /// Overflow.
    pub const OV: u32 = 0x4000_0000;
    /// Carry.
    pub const CA: u32 = 0x2000_0000;
    /// Every bit the e500 implements: SO, OV, CA and the string byte count.
    pub const IMPLEMENTED: u32 = SO | OV | CA | 0x7F;
}

/// A 4-bit CR field value: LT, GT, EQ, SO.
pub mod crf {
    /// Less than (negative).
    pub const LT: u32 = 8;
    /// Greater than (positive).
    pub const GT: u32 = 4;
    /// Equal (zero).
    pub const EQ: u32 = 2;
    /// Summary overflow copy.
    pub const SO: u32 = 1;
}

/// The mask of `rlw*` with MB..=ME in MSB-0 numbering; MB > ME wraps around.
pub const fn rotate_mask(mb: u32, me: u32) -> u32 {
    let from_mb = u32::MAX >> (mb & 31);
    let to_me = u32::MAX << (31 - (me & 31));
    if mb <= me { from_mb & to_me } else { from_mb | to_me }
}

/// MB ‖ ME read as one number: in the ISA description ([`Field`]) ME's bits follow MB's in the
/// word (checked below, at compile time), so one shift and mask give `MB << 5 | ME`.
const MB_ME_SHIFT: u32 = 32 - Field::Me.bits().0 - Field::Me.width();
/// The bits of MB ‖ ME.
const MB_ME_BITS: u32 = Field::Mb.width() + Field::Me.width();
const _: () = assert!(Field::Mb.bits().0 + Field::Mb.width() == Field::Me.bits().0);

/// [`rotate_mask`] of every (MB, ME), at MB ‖ ME, so that the interpreter looks the mask up
/// instead of computing it.
static ROTATE_MASKS: [u32; 1 << MB_ME_BITS] = {
    let mut t = [0; 1 << MB_ME_BITS];
    let mut i: u32 = 0;
    while i < 1 << MB_ME_BITS {
        t[i as usize] = rotate_mask(i >> Field::Me.width(), i & ((1 << Field::Me.width()) - 1));
        i += 1;
    }
    t
};

/// The mask of the `rlw*` instruction `insn` (its MB and ME fields).
#[inline(always)]
pub(super) fn insn_rotate_mask(insn: Insn) -> u32 {
    ROTATE_MASKS[((insn.word >> MB_ME_SHIFT) & ((1 << MB_ME_BITS) - 1)) as usize]
}

/// How an add-family instruction forms its operands: RT = a + b + carry-in.
#[derive(Clone, Copy)]
enum Carry {
    /// No carry in; CA unchanged.
    None,
    /// Carry in 0; CA set.
    Out,
    /// Carry in 1 (subtraction); CA set.
    OneOut,
    /// Carry in 1; CA unchanged (`subf`, `neg`).
    One,
    /// Carry in XER\[CA\]; CA set.
    InOut,
}

type Exec = Result<(), InterruptKind>;

/// (RA|0): GPR RA, or the value 0 when the RA field is 0 (`addi`, `addis` and every EA).
#[inline]
pub(super) fn ra0(insn: Insn, gpr: &[u32; 32]) -> u32 {
    if insn.ra() == 0 { 0 } else { gpr[insn.ra()] }
}

impl Cpu {
    #[inline]
    fn so_bit(&self) -> u32 {
        if self.xer & xer::SO != 0 { crf::SO } else { 0 }
    }

    /// The CR field value of a signed comparison of `a` with `b`, SO from XER.
    fn compare_signed(&self, a: i32, b: i32) -> u32 {
        let c = match a.cmp(&b) {
            std::cmp::Ordering::Less => crf::LT,
            std::cmp::Ordering::Greater => crf::GT,
            std::cmp::Ordering::Equal => crf::EQ,
        };
        c | self.so_bit()
    }

    /// Sets CR field `field` (0 = most significant) to the 4-bit `value`.
    #[inline]
    pub(super) fn set_cr_field(&mut self, field: u32, value: u32) {
        let shift = 28 - 4 * (field & 7);
        self.cr = (self.cr & !(0xF << shift)) | ((value & 0xF) << shift);
    }

    /// CR field `field`.
    #[inline]
    pub(super) fn cr_field(&self, field: u32) -> u32 {
        (self.cr >> (28 - 4 * (field & 7))) & 0xF
    }

    /// Rc = 1: CR0 from the signed result and XER\[SO\].
    #[inline]
    pub(super) fn record(&mut self, result: u32) {
        let v = self.compare_signed(result.cast_signed(), 0);
        self.set_cr_field(0, v);
    }

    #[inline]
    fn set_flag(&mut self, bit: u32, on: bool) {
        if on { self.xer |= bit } else { self.xer &= !bit }
    }

    /// OE = 1: OV = `ov`, SO |= `ov`.
    #[inline]
    fn overflow(&mut self, ov: bool) {
        self.set_flag(xer::OV, ov);
        if ov {
            self.xer |= xer::SO;
        }
    }

    #[inline]
    fn ra0(&self, insn: Insn) -> u32 {
        ra0(insn, &self.gpr)
    }

    /// RT = a + b + carry-in, with CA, and (XO-forms) OV and CR0.
    #[inline(always)]
    fn add_into(&mut self, insn: Insn, a: u32, b: u32, carry: Carry, xo_form: bool) {
        let ca_in = match carry {
            Carry::None | Carry::Out => 0,
            Carry::One | Carry::OneOut => 1,
            Carry::InOut => u64::from(self.xer & xer::CA != 0),
        };
        let sum = u64::from(a) + u64::from(b) + ca_in;
        let r = sum.low_u32();
        if matches!(carry, Carry::Out | Carry::OneOut | Carry::InOut) {
            self.set_flag(xer::CA, sum >> 32 != 0);
        }
        if xo_form && insn.oe() {
            self.overflow(((a ^ r) & (b ^ r)) >> 31 != 0);
        }
        self.gpr[insn.rt()] = r;
        if xo_form && insn.rc() {
            self.record(r);
        }
    }

    /// The XO-form and D-form add/subtract family.
    #[inline(always)]
    pub(super) fn arith(&mut self, insn: Insn) -> Exec {
        let a = self.gpr[insn.ra()];
        let b = self.gpr[insn.rb()];
        let imm = insn.simm().cast_unsigned();
        match insn.op {
            Op::Add => self.add_into(insn, a, b, Carry::None, true),
            Op::Addc => self.add_into(insn, a, b, Carry::Out, true),
            Op::Adde => self.add_into(insn, a, b, Carry::InOut, true),
            Op::Addme => self.add_into(insn, a, u32::MAX, Carry::InOut, true),
            Op::Addze => self.add_into(insn, a, 0, Carry::InOut, true),
            Op::Subf => self.add_into(insn, !a, b, Carry::One, true),
            Op::Subfc => self.add_into(insn, !a, b, Carry::OneOut, true),
            Op::Subfe => self.add_into(insn, !a, b, Carry::InOut, true),
            Op::Subfme => self.add_into(insn, !a, u32::MAX, Carry::InOut, true),
            Op::Subfze => self.add_into(insn, !a, 0, Carry::InOut, true),
            Op::Neg => self.add_into(insn, !a, 0, Carry::One, true),
            Op::Addi => self.gpr[insn.rt()] = self.ra0(insn).wrapping_add(imm),
            Op::Addis => self.gpr[insn.rt()] = self.ra0(insn).wrapping_add(imm << 16),
            Op::Addic => self.add_into(insn, a, imm, Carry::Out, false),
            Op::AddicRc => {
                self.add_into(insn, a, imm, Carry::Out, false);
                self.record(self.gpr[insn.rt()]);
            }
            Op::Subfic => self.add_into(insn, !a, imm, Carry::OneOut, false),
            _ => {}
        }
        Ok(())
    }

    /// Multiply and divide.
    pub(super) fn muldiv(&mut self, insn: Insn) -> Exec {
        let (a, b) = (self.gpr[insn.ra()], self.gpr[insn.rb()]);
        let (r, ov) = match insn.op {
            Op::Mullw => {
                let p = i64::from(a.cast_signed()) * i64::from(b.cast_signed());
                (p.low_u32(), p != i64::from(p.low_i32()))
            }
            Op::Mulhw => (((i64::from(a.cast_signed()) * i64::from(b.cast_signed())) >> 32).low_u32(), false),
            Op::Mulhwu => (((u64::from(a) * u64::from(b)) >> 32) as u32, false),
            Op::Mulli => {
                self.gpr[insn.rt()] = a.cast_signed().wrapping_mul(insn.simm()).cast_unsigned();
                return Ok(());
            }
            // Undefined cases: QEMU 7.2 divides by 1 instead (module documentation).
            Op::Divw if b == 0 || (a == 0x8000_0000 && b == u32::MAX) => (a, true),
            Op::Divw => ((a.cast_signed() / b.cast_signed()).cast_unsigned(), false),
            Op::Divwu if b == 0 => (a, true),
            Op::Divwu => (a / b, false),
            _ => return Ok(()),
        };
        // mulhw/mulhwu have no OE form (the bit is reserved and decodes as illegal if set).
        if insn.oe() {
            self.overflow(ov);
        }
        self.gpr[insn.rt()] = r;
        if insn.rc() {
            self.record(r);
        }
        Ok(())
    }

    /// Logical instructions: RA = f(RS, RB or an immediate).
    #[inline(always)]
    pub(super) fn logical(&mut self, insn: Insn) -> Exec {
        let s = self.gpr[insn.rt()];
        let b = self.gpr[insn.rb()];
        let ui = insn.uimm();
        let (r, rc) = match insn.op {
            Op::And => (s & b, insn.rc()),
            Op::Andc => (s & !b, insn.rc()),
            Op::Or => (s | b, insn.rc()),
            Op::Orc => (s | !b, insn.rc()),
            Op::Xor => (s ^ b, insn.rc()),
            Op::Nand => (!(s & b), insn.rc()),
            Op::Nor => (!(s | b), insn.rc()),
            Op::Eqv => (!(s ^ b), insn.rc()),
            Op::AndiRc => (s & ui, true),
            Op::AndisRc => (s & (ui << 16), true),
            Op::Ori => (s | ui, false),
            Op::Oris => (s | (ui << 16), false),
            Op::Xori => (s ^ ui, false),
            Op::Xoris => (s ^ (ui << 16), false),
            Op::Extsb => (i32::from(s.low_i8()).cast_unsigned(), insn.rc()),
            Op::Extsh => (i32::from(s.low_i16()).cast_unsigned(), insn.rc()),
            Op::Cntlzw => (s.leading_zeros(), insn.rc()),
            _ => return Ok(()),
        };
        self.gpr[insn.ra()] = r;
        if rc {
            self.record(r);
        }
        Ok(())
    }

    /// Rotates and shifts: RA = f(RS, ...).
    #[inline(always)]
    pub(super) fn rotate(&mut self, insn: Insn) -> Exec {
        let s = self.gpr[insn.rt()];
        let n = self.gpr[insn.rb()] & 0x3F;
        let sh = insn.get(Field::Rb);
        let mask = insn_rotate_mask(insn);
        let r = match insn.op {
            Op::Rlwinm => s.rotate_left(sh) & mask,
            Op::Rlwnm => s.rotate_left(n & 31) & mask,
            Op::Rlwimi => (s.rotate_left(sh) & mask) | (self.gpr[insn.ra()] & !mask),
            // Shift amounts 32..63 (RB & 0x3F) shift everything out.
            Op::Slw => s.checked_shl(n).unwrap_or(0),
            Op::Srw => s.checked_shr(n).unwrap_or(0),
            Op::Sraw => self.shift_right_algebraic(s, n),
            Op::Srawi => self.shift_right_algebraic(s, sh),
            _ => return Ok(()),
        };
        self.gpr[insn.ra()] = r;
        if insn.rc() {
            self.record(r);
        }
        Ok(())
    }

    /// `sraw`/`srawi`: arithmetic shift right by `n` (0..=63); CA iff negative and a 1-bit was
    /// shifted out.
    fn shift_right_algebraic(&mut self, s: u32, n: u32) -> u32 {
        let negative = s.cast_signed() < 0;
        let (r, lost) = if n > 31 {
            (if negative { u32::MAX } else { 0 }, s != 0)
        } else {
            ((s.cast_signed() >> n).cast_unsigned(), n != 0 && s & ((1u32 << n) - 1) != 0)
        };
        self.set_flag(xer::CA, negative && lost);
        r
    }

    /// Compares into CR field BF, and `isel`.
    #[inline(always)]
    pub(super) fn compare(&mut self, insn: Insn) -> Exec {
        let a = self.gpr[insn.ra()];
        let b = self.gpr[insn.rb()];
        let v = match insn.op {
            Op::Cmp => self.compare_signed(a.cast_signed(), b.cast_signed()),
            Op::Cmpi => self.compare_signed(a.cast_signed(), insn.simm()),
            Op::Cmpl => self.compare_unsigned(a, b),
            Op::Cmpli => self.compare_unsigned(a, insn.uimm()),
            Op::Isel => {
                let bc = insn.get(Field::Mb);
                let take_a = self.cr & (0x8000_0000 >> bc) != 0;
                self.gpr[insn.rt()] = if take_a { self.ra0(insn) } else { b };
                return Ok(());
            }
            _ => return Ok(()),
        };
        self.set_cr_field(insn.get(Field::Bf), v);
        Ok(())
    }

    fn compare_unsigned(&self, a: u32, b: u32) -> u32 {
        let c = match a.cmp(&b) {
            std::cmp::Ordering::Less => crf::LT,
            std::cmp::Ordering::Greater => crf::GT,
            std::cmp::Ordering::Equal => crf::EQ,
        };
        c | self.so_bit()
    }

    /// `tw`/`twi`: a program interrupt (ESR\[PTR\]) when any TO condition holds (TO 0x10 signed
    /// <, 0x08 signed >, 0x04 =, 0x02 unsigned <, 0x01 unsigned >).
    pub(super) fn trap(&mut self, insn: Insn) -> Result<(), InterruptKind> {
        let to = insn.get(Field::Rt);
        let a = self.gpr[insn.ra()];
        let b = if insn.op == Op::Twi { insn.simm().cast_unsigned() } else { self.gpr[insn.rb()] };
        let hit = (to & 0x10 != 0 && a.cast_signed() < b.cast_signed())
            || (to & 0x08 != 0 && a.cast_signed() > b.cast_signed())
            || (to & 0x04 != 0 && a == b)
            || (to & 0x02 != 0 && a < b)
            || (to & 0x01 != 0 && a > b);
        if hit { Err(InterruptKind::Program(ProgramCause::Trap)) } else { Ok(()) }
    }
}
