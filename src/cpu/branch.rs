//! Branches and condition-register instructions (Book-E 3.3.13-3.3.14; E500RM 3.3.1.2).
//!
//! `bc`/`bclr`/`bcctr` follow the BO bits as written: BO\[2\] (0x04) = 0 decrements CTR and
//! BO\[3\] (0x02) picks "branch if CTR = 0" or "≠ 0"; BO\[0\] (0x10) = 0 tests CR bit BI against
//! BO\[1\] (0x08). LK = 1 writes LR = the next instruction whether or not the branch is taken
//! (after `bclr` has read the old LR). AA = 1 makes the displacement absolute.
//!
//! `bcctr` with a decrementing BO is an invalid form (Book-E 3.3.13: "if BO\[2\] = 0 the
//! instruction form is invalid"). tlbvisor raises an illegal-instruction program interrupt for
//! it, as QEMU 7.2 does for every non-Book3S core (`gen_bcond`), in both profiles; CTR and LR are
//! left unchanged.

use crate::isa::{Field, Insn, Op};

use super::Cpu;
use super::interrupt::{InterruptKind, ProgramCause, dbcr0, dbsr};
use super::state::msr;

/// BO: don't test CR.
const BO_NO_CR: u32 = 0x10;
/// BO: the CR bit value to branch on.
const BO_CR_TRUE: u32 = 0x08;
/// BO: don't decrement or test CTR.
const BO_NO_CTR: u32 = 0x04;
/// BO: branch when CTR = 0 (else when CTR ≠ 0).
const BO_CTR_ZERO: u32 = 0x02;

/// The BO bits [`Cpu::condition_bo`] looks at in `bo`, the others cleared: BO\[1\] only when the
/// CR is tested, BO\[3\] only when CTR is, and never BO\[4\] (the "y" static prediction hint).
/// Two BO values with the same canonical value make the same branch.
pub(super) const fn bo_canonical(bo: u32) -> u32 {
    let mut b = bo & (BO_NO_CR | BO_CR_TRUE | BO_NO_CTR | BO_CTR_ZERO);
    if b & BO_NO_CR != 0 {
        b &= !BO_CR_TRUE;
    }
    if b & BO_NO_CTR != 0 {
        b &= !BO_CTR_ZERO;
    }
    b
}

/// Canonical BO ([`bo_canonical`]): branch always (BO = 1z1zz).
pub(super) const BO_ALWAYS: u32 = BO_NO_CR | BO_NO_CTR;
/// Canonical BO: branch if the CR bit is 0 (BO = 001zy: `bne`, `bge`, ...).
pub(super) const BO_IF_FALSE: u32 = BO_NO_CTR;
/// Canonical BO: branch if the CR bit is 1 (BO = 011zy: `beq`, `blt`, ...).
pub(super) const BO_IF_TRUE: u32 = BO_NO_CTR | BO_CR_TRUE;
/// Canonical BO: decrement CTR, branch if it is not 0 (BO = 1z00y: `bdnz`).
pub(super) const BO_CTR_NONZERO: u32 = BO_NO_CR;

type Exec = Result<(), InterruptKind>;

/// The target of `b`/`bl`/`ba`/`bla` (`insn`) at `pc`: LI ‖ 0b00 sign-extended, absolute with AA.
#[inline]
pub(super) fn b_target(insn: Insn, pc: u32) -> u32 {
    let li = (Field::Li.get_signed(insn.word) << 2).cast_unsigned();
    if insn.aa() { li } else { pc.wrapping_add(li) }
}

impl Cpu {
    /// `b`, `bc`, `bclr`, `bcctr`. `pc` is the branch's address.
    #[inline(always)]
    pub(super) fn branch(&mut self, insn: Insn, pc: u32) -> Result<(), InterruptKind> {
        if let Some(t) = self.branch_to(insn, pc)? {
            self.npc = t;
        }
        Ok(())
    }

    /// [`Cpu::branch`], which returns the target when the branch is taken instead of writing it
    /// to `npc` (the fast path keeps the next address in a register).
    #[inline(always)]
    pub(super) fn branch_to(&mut self, insn: Insn, pc: u32) -> Result<Option<u32>, InterruptKind> {
        let next = pc.wrapping_add(4);
        let ctr_before = self.ctr;
        let target = match insn.op {
            Op::B => {
                let t = b_target(insn, pc);
                // `b .` (or `bl .`): the program has finished spinning.
                self.halted = t == pc;
                Some(t)
            }
            Op::Bc => {
                let bd = (Field::Bd.get_signed(insn.word) << 2).cast_unsigned();
                let t = if insn.aa() { bd } else { pc.wrapping_add(bd) };
                self.condition(insn).then_some(t)
            }
            Op::Bclr => {
                let t = self.lr & !3;
                self.condition(insn).then_some(t)
            }
            Op::Bcctr => {
                if insn.get(Field::Rt) & BO_NO_CTR == 0 {
                    return Err(InterruptKind::Program(ProgramCause::Illegal));
                }
                let t = self.ctr & !3;
                self.condition(insn).then_some(t)
            }
            _ => None,
        };
        if self.arch.msr & msr::DE != 0 {
            self.branch_taken_event(target.is_some(), ctr_before)?;
        }
        if insn.lk() {
            self.lr = next;
        }
        Ok(target)
    }

    /// The branch-taken debug event (Book-E "Branch Taken Debug Event"), with MSR\[DE\] = 1: with
    /// DBCR0\[IDM\] and \[BRT\] a branch that is taken records DBSR\[BRT\] and the debug interrupt
    /// is taken *before* it executes (xSRR0 = the branch; CTR and LR unchanged). Under
    /// `compat.brt_after_any_branch` (QEMU 7.2) every branch, taken or not, completes and records
    /// DBSR\[BRT\], and the interrupt comes before the next instruction.
    #[cold]
    fn branch_taken_event(&mut self, taken: bool, ctr_before: u32) -> Result<(), InterruptKind> {
        let want = dbcr0::IDM | dbcr0::BRT;
        if self.arch.sprs.dbcr[0] & want != want {
            return Ok(());
        }
        if self.arch.compat().brt_after_any_branch {
            self.arch.sprs.dbsr |= dbsr::BRT;
        } else if taken {
            self.ctr = ctr_before;
            self.arch.sprs.dbsr |= dbsr::BRT;
            return Err(InterruptKind::Debug);
        }
        Ok(())
    }

    /// The BO/BI condition of a conditional branch, decrementing CTR if BO says so.
    #[inline(always)]
    fn condition(&mut self, insn: Insn) -> bool {
        self.condition_bo(insn.get(Field::Rt), insn.get(Field::Ra))
    }

    /// The condition of BO `bo` and CR bit `bi`, decrementing CTR if BO says so: the rule of
    /// every conditional branch (the burst's loop gives a constant BO for the forms it knows,
    /// `decode_cache::Form`, and the tests of BO fold away).
    #[inline(always)]
    pub(super) fn condition_bo(&mut self, bo: u32, bi: u32) -> bool {
        if bo & BO_NO_CTR == 0 {
            self.ctr = self.ctr.wrapping_sub(1);
        }
        let ctr_ok = bo & BO_NO_CTR != 0 || ((self.ctr == 0) == (bo & BO_CTR_ZERO != 0));
        let bit = self.cr & (0x8000_0000 >> bi) != 0;
        let cr_ok = bo & BO_NO_CR != 0 || bit == (bo & BO_CR_TRUE != 0);
        ctr_ok && cr_ok
    }

    /// CR logical instructions, `mcrf`, `mcrxr`, `mfcr`, `mtcrf`.
    pub(super) fn cr_op(&mut self, insn: Insn) -> Exec {
        let (bt, ba, bb) = (insn.get(Field::Rt), insn.get(Field::Ra), insn.get(Field::Rb));
        let bit = |n: u32| self.cr & (0x8000_0000 >> n) != 0;
        let (a, b) = (bit(ba), bit(bb));
        let r = match insn.op {
            Op::Crand => a & b,
            Op::Cror => a | b,
            Op::Crxor => a ^ b,
            Op::Crnand => !(a & b),
            Op::Crnor => !(a | b),
            Op::Creqv => a == b,
            Op::Crandc => a & !b,
            Op::Crorc => a | !b,
            Op::Mcrf => {
                let v = self.cr_field(insn.get(Field::Bfa));
                self.set_cr_field(insn.get(Field::Bf), v);
                return Ok(());
            }
            Op::Mcrxr => {
                self.set_cr_field(insn.get(Field::Bf), self.xer >> 28);
                self.xer &= 0x0FFF_FFFF;
                return Ok(());
            }
            Op::Mfcr => {
                self.gpr[insn.rt()] = self.cr;
                return Ok(());
            }
            Op::Mtcrf => {
                let fxm = insn.get(Field::Fxm);
                let mut mask = 0u32;
                for i in 0..8 {
                    if fxm & (0x80 >> i) != 0 {
                        mask |= 0xF000_0000 >> (4 * i);
                    }
                }
                self.cr = (self.cr & !mask) | (self.gpr[insn.rt()] & mask);
                return Ok(());
            }
            _ => return Ok(()),
        };
        let m = 0x8000_0000 >> bt;
        self.cr = if r { self.cr | m } else { self.cr & !m };
        Ok(())
    }
}
