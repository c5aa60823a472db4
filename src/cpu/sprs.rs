//! The SPR file and the rules of `mfspr`/`mtspr` (docs/booke-mmu.md §1.2, §4.3, §4.4; E500RM 2.2),
//! plus the time base and decrementer (Book-E 9.x; E500RM 2.6).
//!
//! XER, LR and CTR are user registers the core keeps next to the GPRs; the MAS registers live in
//! [`crate::mmu::Mas`]. Everything else an e500 `mfspr`/`mtspr` can name is a field of [`Sprs`],
//! and [`PrivState::mfspr`]/[`PrivState::mtspr`] hold the rules:
//!
//! * in user state an SPR number with bit 0x10 set is privileged: Program, ESR\[PPR\];
//! * SPRG3-7 are readable in user state through 259-263, USPRG0 (256) is a user register, TBL/TBU
//!   are read at 268/269 and written (supervisor) at 284/285;
//! * read-only SPRs (PVR, PIR, SVR, TLBnCFG, MMUCFG, L1CFG0/1, the user aliases, MCAR) refuse
//!   writes with ESR\[PIL\] (ESR\[PPR\] under `compat.readonly_spr_write_privileged`);
//! * L1CFG0/L1CFG1 (515/516) describe the L1 caches ([`CpuModel::l1cfg`], docs/devices.md);
//! * an SPR the model does not implement is ESR\[PIL\], or a no-op in supervisor state with
//!   `compat.unimplemented_spr_is_noop` (except SPRs 0, 4, 5, 6; docs/qemu-ppce500.md item 4);
//! * TSR, DBSR and MCSR are write-one-to-clear; MMUCSR0 writes flash-invalidate and read 0;
//!   L1CSR0/1 and BUCSR flash-invalidate bits clear themselves; PIDs keep 8 bits; IVPR keeps
//!   bits 0:15 and IVORs bits 16:27.

use crate::addr::PhysAddr;
use crate::mmu::{MMUCSR0_TLB0_FI, MMUCSR0_TLB1_FI};
use crate::narrow::Narrow;

use super::interrupt::ProgramCause;
use super::state::{CpuModel, PrivState, TlbObserver};
use super::timers::Timers;

/// SPR numbers (docs/booke-mmu.md §1.2, §4.3; E500RM Table 2-2).
#[allow(missing_docs)]
pub mod spr {
    pub const XER: u16 = 1;
    pub const LR: u16 = 8;
    pub const CTR: u16 = 9;
    pub const DEC: u16 = 22;
    pub const SRR0: u16 = 26;
    pub const SRR1: u16 = 27;
    pub const PID: u16 = 48;
    pub const DECAR: u16 = 54;
    pub const CSRR0: u16 = 58;
    pub const CSRR1: u16 = 59;
    pub const DEAR: u16 = 61;
    pub const ESR: u16 = 62;
    pub const IVPR: u16 = 63;
    pub const USPRG0: u16 = 256;
    /// SPRG3 read alias (user); 260-263 are SPRG4-7.
    pub const SPRG3R: u16 = 259;
    pub const SPRG7R: u16 = 263;
    /// Time base lower, read (user).
    pub const TBL_R: u16 = 268;
    pub const TBU_R: u16 = 269;
    /// SPRG0; 272-279 are SPRG0-7.
    pub const SPRG0: u16 = 272;
    pub const SPRG7: u16 = 279;
    /// Time base lower, write.
    pub const TBL_W: u16 = 284;
    pub const TBU_W: u16 = 285;
    pub const PIR: u16 = 286;
    pub const PVR: u16 = 287;
    pub const DBSR: u16 = 304;
    pub const DBCR0: u16 = 308;
    pub const DBCR2: u16 = 310;
    pub const IAC1: u16 = 312;
    pub const IAC2: u16 = 313;
    pub const DAC1: u16 = 316;
    pub const DAC2: u16 = 317;
    pub const TSR: u16 = 336;
    pub const TCR: u16 = 340;
    pub const IVOR0: u16 = 400;
    pub const IVOR15: u16 = 415;
    pub const SPEFSCR: u16 = 512;
    /// L1 cache configuration (data; user-readable: bit 0x10 is clear).
    pub const L1CFG0: u16 = 515;
    /// L1 cache configuration (instruction).
    pub const L1CFG1: u16 = 516;
    pub const IVOR32: u16 = 528;
    pub const IVOR35: u16 = 531;
    pub const IVOR37: u16 = 533;
    /// IVOR38-41 (e500mc embedded hypervisor: guest doorbell, guest critical doorbell,
    /// hypervisor system call, hypervisor privilege) are SPRs 432-435.
    pub const IVOR38: u16 = 432;
    pub const IVOR41: u16 = 435;
    pub const MCARU: u16 = 569;
    pub const MCSRR0: u16 = 570;
    pub const MCSRR1: u16 = 571;
    pub const MCSR: u16 = 572;
    pub const MCAR: u16 = 573;
    pub const DSRR0: u16 = 574;
    pub const DSRR1: u16 = 575;
    pub const SPRG8: u16 = 604;
    pub const SPRG9: u16 = 605;
    pub const PID1: u16 = 633;
    pub const PID2: u16 = 634;
    pub const TLB0CFG: u16 = 688;
    pub const TLB1CFG: u16 = 689;
    pub const HID0: u16 = 1008;
    pub const HID1: u16 = 1009;
    pub const L1CSR0: u16 = 1010;
    pub const L1CSR1: u16 = 1011;
    pub const MMUCSR0: u16 = 1012;
    pub const BUCSR: u16 = 1013;
    pub const MMUCFG: u16 = 1015;
    pub const SVR: u16 = 1023;
}

/// Whether an `mfspr`/`mtspr` of `n` can run inside a burst's stretch
/// ([`super::burst`]): a move of an SPR that is only a value to the core (interrupt save and
/// syndrome registers, the SPRGs, the MAS registers, BUCSR, whose flash invalidate only clears
/// itself) changes none of what a stretch checked once at its start: the translation context,
/// the TLB, pending interrupts, the next timer event, debug events, the wait state. A move of a
/// time-base or decrementer register is not one (a stretch adds its ticks only at its end), nor
/// of a PID, TCR/TSR, a debug register, HID0, an L1CSR or MMUCSR0. The rules of the move itself
/// are [`PrivState::mfspr`]/[`PrivState::mtspr`]'s, in a stretch as in a step (in user state,
/// the privilege rule refuses most of them).
pub(super) const fn moves_in_a_stretch(n: u16) -> bool {
    use crate::mmu::mas::spr as mas;
    matches!(
        n,
        spr::SRR0
            | spr::SRR1
            | spr::CSRR0
            | spr::CSRR1
            | spr::DEAR
            | spr::ESR
            | spr::USPRG0
            | spr::SPRG3R..=spr::SPRG7R
            | spr::SPRG0..=spr::SPRG7
            | spr::BUCSR
            | mas::MAS0
            | mas::MAS1
            | mas::MAS2
            | mas::MAS3
            | mas::MAS4
            | mas::MAS6
            | mas::MAS7
    )
}

/// TCR bits (Book-E; Linux `reg_booke.h`; E500RM TCR for the e500 period extensions).
pub mod tcr {
    /// Watchdog timer period (with WPEXT above it: the 6-bit index of the TB bit).
    pub const WP: u32 = 0xC000_0000;
    /// Watchdog timer reset control.
    pub const WRC: u32 = 0x3000_0000;
    /// Watchdog interrupt enable.
    pub const WIE: u32 = 0x0800_0000;
    /// Decrementer interrupt enable.
    pub const DIE: u32 = 0x0400_0000;
    /// Fixed-interval timer interrupt enable.
    pub const FIE: u32 = 0x0080_0000;
    /// Decrementer auto-reload enable.
    pub const ARE: u32 = 0x0040_0000;
    /// Fixed-interval timer period (with FPEXT above it: the 6-bit index of the TB bit).
    pub const FP: u32 = 0x0300_0000;
    /// e500 watchdog period extension (4 bits, the high part of the index).
    pub const WPEXT: u32 = 0x001E_0000;
    /// e500 fixed-interval timer period extension (4 bits, the high part of the index).
    pub const FPEXT: u32 = 0x0001_E000;
}

/// TSR bits (write one to clear).
pub mod tsr {
    /// Enable next watchdog time-out (the first time-out sets it).
    pub const ENW: u32 = 0x8000_0000;
    /// Watchdog interrupt status.
    pub const WIS: u32 = 0x4000_0000;
    /// Decrementer interrupt status.
    pub const DIS: u32 = 0x0800_0000;
    /// Watchdog timer reset status (the TCR\[WRC\] of a reset the watchdog asked for).
    pub const WRS: u32 = 0x3000_0000;
    /// Fixed-interval timer interrupt status.
    pub const FIS: u32 = 0x0400_0000;
}

/// L1CSR0/L1CSR1 flash invalidate (CFI/ICFI) and lock flash clear (CLFC/ICLFR): they read back 0
/// once the (instant) operation is done, which is what Linux spins on.
const L1CSR_SELF_CLEARING: u32 = 0x0000_0102;
/// BUCSR\[BBFI\]: branch buffer flash invalidate, self-clearing.
const BUCSR_BBFI: u32 = 0x0000_0200;
/// IVPR keeps b32 0:15 (docs/booke-mmu.md §4.1 vector rule).
const IVPR_MASK: u32 = 0xFFFF_0000;
/// IVORs keep b32 16:27 (QEMU 7.2: `compat.ivor_mask_fff7`).
const IVOR_MASK: u32 = 0x0000_FFF0;
/// What QEMU 7.2's IVORs keep.
const IVOR_MASK_QEMU: u32 = 0x0000_FFF7;
/// PIDs are 8 bits on the e500 (docs/booke-mmu.md §1.3 TID).
const PID_MASK: u32 = 0xFF;

/// The interrupt vector offset registers, indexed by interrupt number (0..=41).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ivors(pub [u32; 42]);

impl Default for Ivors {
    fn default() -> Self {
        Ivors([0; 42])
    }
}

impl std::ops::Index<usize> for Ivors {
    type Output = u32;
    fn index(&self, n: usize) -> &u32 {
        &self.0[n]
    }
}

impl std::ops::IndexMut<usize> for Ivors {
    fn index_mut(&mut self, n: usize) -> &mut u32 {
        &mut self.0[n]
    }
}

/// Every SPR of the e500 the core keeps, by name (the MAS registers excepted).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct Sprs {
    pub srr0: u32,
    pub srr1: u32,
    pub csrr0: u32,
    pub csrr1: u32,
    pub mcsrr0: u32,
    pub mcsrr1: u32,
    /// Debug save/restore (e500mc).
    pub dsrr0: u32,
    pub dsrr1: u32,
    pub dear: u32,
    pub esr: u32,
    pub ivpr: u32,
    /// IVOR0..IVOR41 by interrupt number (only 0-15 and 32-41 have SPRs).
    pub ivor: Ivors,
    /// SPRG0..SPRG9 (SPRG8/9 on the e500mc).
    pub sprg: [u32; 10],
    pub usprg0: u32,
    /// PID0, PID1, PID2 (8 bits each; PID1/2 stay 0 where they do not exist).
    pub pid: [u32; 3],
    /// The 64-bit time base TBU ‖ TBL.
    pub tb: u64,
    pub dec: u32,
    pub decar: u32,
    /// When the FIT and watchdog next have an event ([`Timers`]): follows TB and TCR when they
    /// are written with `mtspr` ([`PrivState::reschedule_timers`] after a direct write).
    pub timers: Timers,
    pub tcr: u32,
    pub tsr: u32,
    pub hid0: u32,
    pub hid1: u32,
    pub l1csr0: u32,
    pub l1csr1: u32,
    pub bucsr: u32,
    /// DBCR0..DBCR2.
    pub dbcr: [u32; 3],
    pub dbsr: u32,
    pub iac: [u32; 2],
    pub dac: [u32; 2],
    pub mcsr: u32,
    /// Machine check address, PA bits 32:63 (MCARU holds bits 28:31 of the 36-bit address).
    pub mcar: u32,
    pub mcaru: u32,
    pub spefscr: u32,
    pub pir: u32,
    /// System version (0 for QEMU's bare `e500v2_v22`/`e500mc` models).
    pub svr: u32,
}

impl Sprs {
    /// Gives to the core `self` (the host core's SPR file) what it consults or changes while it
    /// runs a deprivileged program whose SPR file is `vcpu`: the time base, the decrementer and
    /// its reload value, TCR, TSR and the timers' schedule (time and timer interrupts), DBCR0-2
    /// and DBSR (debug events), SPRG0-7 and USPRG0 (what user state reads without trapping),
    /// SPEFSCR, L1CSR0/1 (the cache-lock instructions) and HID0. The rest of the file is never
    /// looked at by a core in user state (every other SPR a user-state `mfspr`/`mtspr` names
    /// traps, and the core delivers no interrupt itself for such a program): the world switch's
    /// restore ([`crate::hv`]). [`Sprs::take_running`] is its counterpart.
    pub fn give_running(&mut self, vcpu: &Sprs) {
        self.tb = vcpu.tb;
        self.dec = vcpu.dec;
        self.decar = vcpu.decar;
        self.tcr = vcpu.tcr;
        self.tsr = vcpu.tsr;
        self.timers = vcpu.timers;
        self.dbcr = vcpu.dbcr;
        self.dbsr = vcpu.dbsr;
        self.sprg = vcpu.sprg;
        self.usprg0 = vcpu.usprg0;
        self.spefscr = vcpu.spefscr;
        self.l1csr0 = vcpu.l1csr0;
        self.l1csr1 = vcpu.l1csr1;
        self.hid0 = vcpu.hid0;
    }

    /// Takes from `core` what a core running a deprivileged program (MSR\[PR\] = 1) can change in
    /// the SPR file it holds: the time base, the decrementer, TSR and the timers' schedule (time
    /// passing), DBSR (debug events it records), L1CSR0\[CUL\] (a cache-lock instruction that
    /// cannot lock, `cachelock`), and the two SPRs user state may write, USPRG0 and SPEFSCR
    /// (every other SPR a user-state `mtspr` names is privileged or read-only, and the core
    /// delivers no interrupt of its own for such a program). The rest of `core` is
    /// what was last put there, so it is not copied back: the world switch's save
    /// ([`crate::hv`]).
    pub fn take_running(&mut self, core: &Sprs) {
        self.tb = core.tb;
        self.dec = core.dec;
        self.tsr = core.tsr;
        self.timers = core.timers;
        self.dbsr = core.dbsr;
        self.l1csr0 = core.l1csr0;
        self.usprg0 = core.usprg0;
        self.spefscr = core.spefscr;
    }

    /// The save/restore pair of an interrupt class: (xSRR0, xSRR1).
    pub const fn save_pair(&self, class: super::InterruptClass) -> (u32, u32) {
        use super::InterruptClass::{Critical, Debug, MachineCheck, NonCritical};
        match class {
            NonCritical => (self.srr0, self.srr1),
            Critical => (self.csrr0, self.csrr1),
            MachineCheck => (self.mcsrr0, self.mcsrr1),
            Debug => (self.dsrr0, self.dsrr1),
        }
    }
    /// The save/restore pair of an interrupt class, to write.
    pub const fn save_pair_mut(&mut self, class: super::InterruptClass) -> (&mut u32, &mut u32) {
        use super::InterruptClass::{Critical, Debug, MachineCheck, NonCritical};
        match class {
            NonCritical => (&mut self.srr0, &mut self.srr1),
            Critical => (&mut self.csrr0, &mut self.csrr1),
            MachineCheck => (&mut self.mcsrr0, &mut self.mcsrr1),
            Debug => (&mut self.dsrr0, &mut self.dsrr1),
        }
    }

    /// One time-base tick: TB advances; a nonzero DEC decrements, and on its 1 → 0 transition
    /// sets TSR\[DIS\] and, with TCR\[ARE\], reloads from DECAR (Book-E "Decrementer"; a DEC of
    /// 0 with ARE = 0 stays 0); the FIT and the watchdog have their events ([`super::timers`]).
    #[inline]
    pub fn tick(&mut self) {
        self.tb = self.tb.wrapping_add(1);
        if self.timers.next() == Some(self.tb) {
            self.timers = self.timers.fire(self.tb, self.tcr, &mut self.tsr);
        }
        if self.dec != 0 {
            self.dec -= 1;
            if self.dec == 0 {
                self.tsr |= tsr::DIS;
                if self.tcr & tcr::ARE != 0 {
                    self.dec = self.decar;
                }
            }
        }
    }
}

/// What the privilege rule says about an SPR number in the current state.
pub(crate) const fn privileged_spr(spr: u16) -> bool {
    spr & 0x10 != 0
}

impl<P: PhysAddr> PrivState<P> {
    /// `mfspr` of `spr` (other than XER/LR/CTR, which the core holds): `Ok(Some(value))`,
    /// `Ok(None)` for a no-op (an unimplemented SPR under `compat.unimplemented_spr_is_noop`:
    /// RT is left unchanged, as QEMU does), or the program interrupt cause.
    ///
    /// # Errors
    /// [`ProgramCause::Privileged`] for an SPR with bit 0x10 in user state,
    /// [`ProgramCause::Illegal`] for an SPR this model does not implement.
    pub fn mfspr(&self, spr: u16) -> Result<Option<u32>, ProgramCause> {
        use spr::*;
        if privileged_spr(spr) && self.user_mode() {
            return Err(ProgramCause::Privileged);
        }
        let s = &self.sprs;
        let g = self.tlb.geometry();
        let v = match spr {
            DEC => s.dec,
            SRR0 => s.srr0,
            SRR1 => s.srr1,
            PID => s.pid[0],
            PID1 if self.has_pid1_pid2() => s.pid[1],
            PID2 if self.has_pid1_pid2() => s.pid[2],
            DECAR => s.decar,
            CSRR0 => s.csrr0,
            CSRR1 => s.csrr1,
            DEAR => s.dear,
            ESR => s.esr,
            IVPR => s.ivpr,
            USPRG0 => s.usprg0,
            SPRG3R..=SPRG7R => s.sprg[usize::from(spr - 256)],
            // 284/285 are write-only in Book-E; reading them gives the time base here.
            TBL_R | TBL_W => s.tb.low_u32(),
            TBU_R | TBU_W => (s.tb >> 32) as u32,
            SPRG0..=SPRG7 => s.sprg[usize::from(spr - SPRG0)],
            SPRG8 | SPRG9 if self.model() == CpuModel::E500mc => s.sprg[usize::from(spr - SPRG8) + 8],
            PIR => s.pir,
            PVR => self.model().pvr(),
            DBSR => s.dbsr,
            DBCR0..=DBCR2 => s.dbcr[usize::from(spr - DBCR0)],
            IAC1 | IAC2 => s.iac[usize::from(spr - IAC1)],
            DAC1 | DAC2 => s.dac[usize::from(spr - DAC1)],
            TSR => s.tsr,
            TCR => s.tcr,
            IVOR0..=IVOR15 => s.ivor[usize::from(spr - IVOR0)],
            IVOR32..=IVOR37 if self.has_ivor_spr(spr) => s.ivor[usize::from(spr - IVOR32) + 32],
            IVOR38..=IVOR41 if self.has_ivor_spr(spr) => s.ivor[usize::from(spr - IVOR38) + 38],
            SPEFSCR if self.model() == CpuModel::E500v2 => s.spefscr,
            L1CFG0 | L1CFG1 => self.model().l1cfg(self.compat().l1cfg_qemu_values),
            MCARU => s.mcaru,
            MCSRR0 => s.mcsrr0,
            MCSRR1 => s.mcsrr1,
            MCSR => s.mcsr,
            MCAR => s.mcar,
            DSRR0 if self.model() == CpuModel::E500mc => s.dsrr0,
            DSRR1 if self.model() == CpuModel::E500mc => s.dsrr1,
            TLB0CFG => g.tlb0cfg(),
            TLB1CFG => g.tlb1cfg(self.compat()),
            HID0 => s.hid0,
            HID1 => s.hid1,
            L1CSR0 => s.l1csr0,
            L1CSR1 => s.l1csr1,
            MMUCSR0 => 0,
            BUCSR => s.bucsr,
            MMUCFG if self.compat().mmucfg_reads_zero => 0,
            MMUCFG => g.mmucfg(),
            SVR => s.svr,
            _ => match self.mas.spr(spr) {
                Some(v) => v,
                None => return self.unimplemented_spr(spr).map(|()| None),
            },
        };
        Ok(Some(v))
    }

    /// `mtspr` of `value` to `spr` (other than XER/LR/CTR). MMUCSR0 flash invalidation reports
    /// each dropped entry to `obs`.
    ///
    /// # Errors
    /// [`ProgramCause::Privileged`] for an SPR with bit 0x10 in user state,
    /// [`ProgramCause::Illegal`] for a read-only or unimplemented SPR.
    pub fn mtspr(&mut self, spr: u16, value: u32, obs: &mut impl TlbObserver<P>) -> Result<(), ProgramCause> {
        use spr::*;
        if privileged_spr(spr) && self.user_mode() {
            return Err(ProgramCause::Privileged);
        }
        let pid12 = self.has_pid1_pid2();
        let model = self.model();
        let ivor_ok = self.has_ivor_spr(spr);
        let ivor_mask = if self.compat().ivor_mask_fff7 { IVOR_MASK_QEMU } else { IVOR_MASK };
        let s = &mut self.sprs;
        match spr {
            DEC => s.dec = value,
            SRR0 => s.srr0 = value,
            SRR1 => s.srr1 = value,
            PID => s.pid[0] = value & PID_MASK,
            PID1 if pid12 => s.pid[1] = value & PID_MASK,
            PID2 if pid12 => s.pid[2] = value & PID_MASK,
            DECAR => s.decar = value,
            CSRR0 => s.csrr0 = value,
            CSRR1 => s.csrr1 = value,
            DEAR => s.dear = value,
            ESR => s.esr = value,
            IVPR => s.ivpr = value & IVPR_MASK,
            USPRG0 => s.usprg0 = value,
            SPRG0..=SPRG7 => s.sprg[usize::from(spr - SPRG0)] = value,
            SPRG8 | SPRG9 if model == CpuModel::E500mc => s.sprg[usize::from(spr - SPRG8) + 8] = value,
            TBL_W => {
                s.tb = (s.tb & !0xFFFF_FFFF) | u64::from(value);
                self.reschedule_timers();
            }
            TBU_W => {
                s.tb = (u64::from(value) << 32) | (s.tb & 0xFFFF_FFFF);
                self.reschedule_timers();
            }
            DBSR => s.dbsr &= !value,
            DBCR0..=DBCR2 => s.dbcr[usize::from(spr - DBCR0)] = value,
            IAC1 | IAC2 => s.iac[usize::from(spr - IAC1)] = value,
            DAC1 | DAC2 => s.dac[usize::from(spr - DAC1)] = value,
            TSR => s.tsr &= !value,
            TCR => {
                s.tcr = value;
                self.reschedule_timers();
            }
            IVOR0..=IVOR15 => s.ivor[usize::from(spr - IVOR0)] = value & ivor_mask,
            IVOR32..=IVOR37 if ivor_ok => s.ivor[usize::from(spr - IVOR32) + 32] = value & ivor_mask,
            IVOR38..=IVOR41 if ivor_ok => s.ivor[usize::from(spr - IVOR38) + 38] = value & ivor_mask,
            SPEFSCR if model == CpuModel::E500v2 => s.spefscr = value,
            MCSRR0 => s.mcsrr0 = value,
            MCSRR1 => s.mcsrr1 = value,
            MCSR => s.mcsr &= !value,
            DSRR0 if model == CpuModel::E500mc => s.dsrr0 = value,
            DSRR1 if model == CpuModel::E500mc => s.dsrr1 = value,
            HID0 => s.hid0 = value,
            HID1 => s.hid1 = value,
            L1CSR0 => s.l1csr0 = value & !L1CSR_SELF_CLEARING,
            L1CSR1 => s.l1csr1 = value & !L1CSR_SELF_CLEARING,
            BUCSR => s.bucsr = value & !BUCSR_BBFI,
            MMUCSR0 => {
                let (t0, t1) = (value & MMUCSR0_TLB0_FI != 0, value & MMUCSR0_TLB1_FI != 0);
                let by = crate::events::ClearedBy::Mmucsr0;
                self.tlb.flash_invalidate(t0, t1, |slot, old| super::system::cleared(obs, slot, old, by));
            }
            SPRG3R..=SPRG7R
            | TBL_R
            | TBU_R
            | PIR
            | PVR
            | MCAR
            | MCARU
            | TLB0CFG
            | TLB1CFG
            | MMUCFG
            | SVR
            | L1CFG0
            | L1CFG1 => {
                return Err(if self.compat().readonly_spr_write_privileged {
                    ProgramCause::Privileged
                } else {
                    ProgramCause::Illegal
                });
            }
            _ => {
                if !self.mas.set_spr(spr, value) {
                    return self.unimplemented_spr(spr);
                }
            }
        }
        Ok(())
    }

    /// Recomputes the next FIT and watchdog events from TB and TCR (after writing either
    /// directly; `mtspr` does it).
    pub fn reschedule_timers(&mut self) {
        let c = self.compat();
        let (fit, wdt) = (!c.fit_never_fires, !c.watchdog_never_fires);
        self.sprs.timers = Timers::schedule(self.sprs.tb, self.sprs.tcr, fit, wdt);
    }

    /// Whether an IVOR SPR in 528..=533 or 432..=435 exists: IVOR32-35 on the e500v2 (SPE, EFP,
    /// perfmon), IVOR32-41 on the e500mc (perfmon and doorbells at 35-37, the embedded
    /// hypervisor's guest doorbells, hypervisor system call and hypervisor privilege at 38-41,
    /// SPRs 432-435; docs/booke-mmu.md §4.2). The e500mc has no SPE, so nothing vectors through its
    /// IVOR32-34, but they are kept as registers: the fixtures' common prologue
    /// (`fixtures/include/e500.inc`) writes IVOR32-35 on both cores and expects no interrupt.
    /// (QEMU 7.2's e500mc has IVOR33-41 but not IVOR32, whose write its unimplemented-SPR rule
    /// turns into a no-op.)
    const fn has_ivor_spr(&self, spr: u16) -> bool {
        match self.model() {
            CpuModel::E500v2 => spr >= spr::IVOR32 && spr <= spr::IVOR35,
            CpuModel::E500mc => {
                (spr >= spr::IVOR32 && spr <= spr::IVOR37) || (spr >= spr::IVOR38 && spr <= spr::IVOR41)
            }
        }
    }

    /// An SPR the model does not implement: illegal, or a supervisor no-op in QEMU's profile
    /// (docs/qemu-ppce500.md item 4; SPRs 0, 4, 5 and 6 stay illegal there).
    fn unimplemented_spr(&self, spr: u16) -> Result<(), ProgramCause> {
        if self.compat().unimplemented_spr_is_noop && !self.user_mode() && !matches!(spr, 0 | 4 | 5 | 6) {
            Ok(())
        } else {
            Err(ProgramCause::Illegal)
        }
    }
}
