//! The e500 cache-locking instructions `dcbtls dcbtstls icbtls dcblc icblc` (E500RM chapter 11,
//! "cache locking"; docs/devices.md "Cache locking").
//!
//! The model has no cache, so a lock or unlock changes nothing that software can observe except
//! through the interrupts the instruction can take:
//!
//! 1. In user state with MSR\[UCLE\] = 0 each of them is a cache-locking exception: a data storage
//!    interrupt with DEAR = EA and ESR\[DLK\] (`dcbtls dcbtstls dcblc`) or ESR\[ILK\] (`icbtls
//!    icblc`). This comes before translation.
//! 2. Otherwise the EA is translated as a load through the data TLB (all five, the instruction-cache
//!    ones included): a miss is a data TLB error, a refused read a DSI, both with ESR = 0.
//! 3. Then the operation completes: a lock always succeeds (an ideal cache never runs out of ways),
//!    so L1CSR0\[CUL\] is never set.
//!
//! QEMU 7.2 differs (`compat.dcbtls_noop_sets_cul`, `compat.cache_lock_only_dcbtls`): `dcbtls`
//! neither checks privilege nor translates, and sets L1CSR0\[CUL\] ("unable to lock"); the other
//! four are illegal instructions.
//!
//! The hypervisor runs a guest kernel at host MSR\[PR\] = 1 and UCLE = 0, so the host core takes
//! case 1 for every one of them and the hypervisor emulates the instruction with
//! [`PrivState::cache_lock`] against the guest's state.

use crate::addr::{Ea, PhysAddr};
use crate::isa::{Insn, Op};

use super::Cpu;
use super::interrupt::{InterruptKind, ProgramCause, esr};
use super::memory::Memory;
use super::state::{PrivState, msr};

/// L1CSR0\[CUL\]: (data) cache unable to lock.
pub const L1CSR0_CUL: u32 = 0x0000_0400;

/// What is left of a cache-locking instruction once the state allowed it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheLock {
    /// Translate the EA as a load (step 2); nothing else.
    Translate,
    /// Nothing: the instruction is complete.
    Done,
}

impl<P: PhysAddr> PrivState<P> {
    /// Steps 1 and 3 of a cache-locking instruction `op` at `ea` on this state (see the module
    /// documentation), or QEMU's behaviour under its switches.
    ///
    /// # Errors
    /// The data storage interrupt of a user-state lock with MSR\[UCLE\] = 0, or (QEMU) the illegal
    /// instruction program interrupt.
    pub fn cache_lock(&mut self, op: Op, ea: Ea) -> Result<CacheLock, InterruptKind> {
        let c = *self.compat();
        if op == Op::Dcbtls && c.dcbtls_noop_sets_cul {
            self.sprs.l1csr0 |= L1CSR0_CUL;
            return Ok(CacheLock::Done);
        }
        if c.cache_lock_only_dcbtls && op != Op::Dcbtls {
            return Err(InterruptKind::Program(ProgramCause::Illegal));
        }
        if self.user_mode() && self.msr & msr::UCLE == 0 {
            let esr = if matches!(op, Op::Icbtls | Op::Icblc) { esr::ILK } else { esr::DLK };
            return Err(InterruptKind::DataStorage { dear: ea, esr });
        }
        Ok(CacheLock::Translate)
    }
}

impl Cpu {
    /// A cache-locking instruction on the bare core.
    pub(super) fn cache_lock_op(&mut self, _mem: &mut impl Memory, insn: Insn) -> Result<(), InterruptKind> {
        let ea = super::loadstore::ea_x(insn, &self.gpr);
        match self.arch.cache_lock(insn.op, Ea::new(ea))? {
            CacheLock::Translate => self.translate_data(ea, false).map(|_| ()),
            CacheLock::Done => Ok(()),
        }
    }
}
