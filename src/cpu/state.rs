//! The architectural privileged state of one e500 core ([`PrivState`]): MSR, SPR file, MAS
//! registers and TLB, with the CPU model and fidelity profile that decide their rules.
//!
//! The bare core owns one (`PrivState<Hpa>`, "the TLB the core translates with"). The hypervisor
//! holds another for its guest (`PrivState<Gpa>`) and runs the same privileged-instruction code
//! against it ([`PrivState::exec_privileged`], [`PrivState::deliver`]), so the semantics exist
//! once.

use crate::addr::PhysAddr;
use crate::compat::Compat;
use crate::events::ArchEvent;
use crate::mmu::{Access, Mas, Pids, SlotId, Tlb, TlbEntry, TlbGeometry, TlbWrite, XlateCtx};

use super::interrupt::{InterruptKind, IrqLines, dbcr0, dbsr};
use super::sprs::{Sprs, tcr, tsr};

/// MSR bits (docs/booke-mmu.md §4.3, 32-bit masks).
pub mod msr {
    /// User cache-lock enable.
    pub const UCLE: u32 = 0x0400_0000;
    /// SPE available (e500v2).
    pub const SPE: u32 = 0x0200_0000;
    /// Wait state enable (POW).
    pub const WE: u32 = 0x0004_0000;
    /// Critical interrupt enable.
    pub const CE: u32 = 0x0002_0000;
    /// External (and decrementer) interrupt enable.
    pub const EE: u32 = 0x0000_8000;
    /// Problem (user) state.
    pub const PR: u32 = 0x0000_4000;
    /// Floating-point available.
    pub const FP: u32 = 0x0000_2000;
    /// Machine check enable.
    pub const ME: u32 = 0x0000_1000;
    /// Floating-point exception mode 0.
    pub const FE0: u32 = 0x0000_0800;
    /// Debug wait enable.
    pub const DWE: u32 = 0x0000_0400;
    /// Debug interrupt enable.
    pub const DE: u32 = 0x0000_0200;
    /// Floating-point exception mode 1.
    pub const FE1: u32 = 0x0000_0100;
    /// Instruction address space.
    pub const IS: u32 = 0x0000_0020;
    /// Data address space.
    pub const DS: u32 = 0x0000_0010;
}

/// The e500 cores tlbvisor models.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CpuModel {
    /// e500v2 (QEMU `e500v2_v22`): SPE, 16-entry TLB1, PID0/1/2.
    E500v2,
    /// e500mc: no SPE, 64-entry TLB1, PID only, `tlbilx`.
    E500mc,
}

impl CpuModel {
    /// PVR (docs/qemu-ppce500.md "State at entry").
    pub const fn pvr(self) -> u32 {
        match self {
            CpuModel::E500v2 => 0x8021_0022,
            CpuModel::E500mc => 0x8023_0020,
        }
    }
    /// L1CFG0 and L1CFG1 (the e500 cores have the same value for both caches; docs/devices.md
    /// "L1 cache configuration"): 32 KiB, 8 ways, pseudo-LRU replacement, line locking and
    /// parity available; 32-byte lines on the e500v2, 64-byte lines on the e500mc. With
    /// `qemu`, QEMU 7.2's values (only the way count and the size, plus a block-size bit on the
    /// e500mc).
    pub const fn l1cfg(self, qemu: bool) -> u32 {
        match (self, qemu) {
            (CpuModel::E500v2, false) => 0x0038_3820,
            (CpuModel::E500mc, false) => 0x00B8_3820,
            (CpuModel::E500v2, true) => 0x0000_3820,
            (CpuModel::E500mc, true) => 0x0100_3820,
        }
    }
    /// The L1 cache block in bytes, what `dcbz` zeroes: 32 on the e500v2, 64 on the e500mc
    /// (docs/devices.md "L1 cache configuration"; the block size L1CFG0\[CBSIZE\] reports).
    pub const fn cache_block(self) -> u32 {
        match self {
            CpuModel::E500v2 => 32,
            CpuModel::E500mc => 64,
        }
    }
    /// The TLB shape.
    pub const fn geometry(self) -> TlbGeometry {
        match self {
            CpuModel::E500v2 => TlbGeometry::e500v2(),
            CpuModel::E500mc => TlbGeometry::e500mc(),
        }
    }
    /// The MSR bits `mtmsr` and the `rfi` family can set (docs/qemu-ppce500.md "CPU models"): UCLE,
    /// SPE, WE, CE, EE, PR, FP, ME, FE0, DWE, DE, FE1, IS, DS; the e500mc has no SPE.
    pub const fn msr_mask(self) -> u32 {
        let common = msr::UCLE
            | msr::WE
            | msr::CE
            | msr::EE
            | msr::PR
            | msr::FP
            | msr::ME
            | msr::FE0
            | msr::DWE
            | msr::DE
            | msr::FE1
            | msr::IS
            | msr::DS;
        match self {
            CpuModel::E500v2 => common | msr::SPE,
            CpuModel::E500mc => common,
        }
    }
    /// The encodings the core decodes: the e500mc follows Power ISA 2.06 (its BO field's "at"
    /// hint bits), the e500v2 Book-E.
    pub const fn dialect(self) -> crate::isa::Dialect {
        match self {
            CpuModel::E500v2 => crate::isa::Dialect::E500,
            CpuModel::E500mc => crate::isa::Dialect::E500mc,
        }
    }
    /// Whether the core implements `wait` (ISA 2.06; the e500v2 idles with MSR\[WE\] instead).
    pub const fn has_wait(self) -> bool {
        matches!(self, CpuModel::E500mc)
    }
    /// Whether the core implements `tlbilx` (ISA 2.06; the e500v2 predates it).
    pub const fn has_tlbilx(self) -> bool {
        matches!(self, CpuModel::E500mc)
    }
}

/// Watches the TLB changes privileged instructions make, so a hypervisor can drop shadow entries
/// eagerly (style-anchors.md item 6), and receives the architectural events of the shared code
/// ([`TlbObserver::arch`]). The bare core's caches need no TLB callbacks: they check
/// [`Tlb::generation`].
pub trait TlbObserver<P: PhysAddr> {
    /// An architectural event happened (a TLB instruction's effect, an interrupt delivered, a
    /// return, a context change; [`crate::events`]). The default traces it without a PC; the
    /// core's and the hypervisor's observers tag it with the PC and record it.
    fn arch(&mut self, e: ArchEvent) {
        let _ = crate::events::arch_event(0, e, false);
    }
    /// Whether [`TlbObserver::arch`] wants events at all: the shared code builds none when it
    /// does not (the default: only when TRACE-level tracing may be on, one atomic load), so an
    /// unobserved run pays nothing for them.
    #[inline]
    fn observing(&self) -> bool {
        crate::events::wanted(false)
    }
    /// A `tlbwe` wrote `write.slot` (its previous contents are `write.old`).
    fn written(&mut self, write: &TlbWrite<P>) {
        let _ = write;
    }
    /// `tlbivax`, `tlbilx` or an MMUCSR0 flash invalidation cleared `slot`, which held `old`.
    fn invalidated(&mut self, slot: SlotId, old: &TlbEntry<P>) {
        let _ = (slot, old);
    }
}

/// A [`TlbObserver`] that ignores TLB changes (and only traces architectural events).
#[cfg(test)]
#[derive(Clone, Copy, Debug, Default)]
pub struct NoObserver;

#[cfg(test)]
impl<P: PhysAddr> TlbObserver<P> for NoObserver {}

/// The architectural privileged state of one core: everything the privileged instructions and
/// interrupt delivery read or write, except the GPRs they are given explicitly.
#[derive(Clone, Debug)]
pub struct PrivState<P: PhysAddr> {
    /// The machine state register.
    pub msr: u32,
    /// The SPR file (everything but the MAS registers, XER, LR and CTR).
    pub sprs: Sprs,
    /// MAS0-4, MAS6, MAS7.
    pub mas: Mas,
    /// The TLB.
    pub tlb: Tlb<P>,
    /// Under `compat.wait_only_on_msr_write`: whether the last MSR write (mtmsr, rfi family)
    /// found MSR\[WE\] and a HID0 power-saving mode set ([`PrivState::waiting`]).
    pub wait_armed: bool,
    /// The core executed `wait` (e500mc) and has taken no interrupt since ([`PrivState::waiting`]).
    pub wait_insn: bool,
    model: CpuModel,
    compat: Compat,
}

impl<P: PhysAddr> PrivState<P> {
    /// All registers 0 and every TLB entry invalid.
    pub fn new(model: CpuModel, compat: Compat) -> Self {
        let mut s = PrivState {
            msr: 0,
            sprs: Sprs::default(),
            mas: Mas::default(),
            tlb: Tlb::new(model.geometry()),
            wait_armed: false,
            wait_insn: false,
            model,
            compat,
        };
        s.reschedule_timers();
        s
    }
    /// The CPU model.
    pub const fn model(&self) -> CpuModel {
        self.model
    }
    /// The fidelity switches.
    pub const fn compat(&self) -> &Compat {
        &self.compat
    }
    /// Whether PID1 and PID2 exist: the e500v2 has them; the e500mc only under
    /// `compat.e500mc_has_pid1_pid2` (docs/qemu-ppce500.md item 12).
    pub const fn has_pid1_pid2(&self) -> bool {
        matches!(self.model, CpuModel::E500v2) || self.compat.e500mc_has_pid1_pid2
    }
    /// The PIDs TLB entries match against (PID1/PID2 read 0 where they do not exist).
    #[inline]
    pub const fn pids(&self) -> Pids {
        Pids::new(self.sprs.pid[0], self.sprs.pid[1], self.sprs.pid[2])
    }
    /// The context of an access of kind `access`: AS = MSR\[IS\] for fetches, MSR\[DS\] for data;
    /// the PIDs; PR (docs/booke-mmu.md §2, §3).
    #[inline]
    pub const fn xlate_ctx(&self, access: Access) -> XlateCtx {
        let space = match access {
            Access::Fetch => msr::IS,
            Access::Load | Access::Store => msr::DS,
        };
        XlateCtx { as_: self.msr & space != 0, pids: self.pids(), pr: self.msr & msr::PR != 0 }
    }
    /// What the TLB makes of an access of kind `access` at `ea` in the current context (for
    /// `explain --accesses`: a probe, the micro-TLB and the statistics untouched).
    pub fn translate_probe(&self, ea: crate::addr::Ea, access: Access) -> Option<crate::mmu::Translation<P>> {
        self.tlb.translate(ea, access, &self.xlate_ctx(access)).ok()
    }
    /// Whether the core is in user (problem) state.
    #[inline]
    pub const fn user_mode(&self) -> bool {
        self.msr & msr::PR != 0
    }
    /// `value` with the MSR bits this model does not implement cleared.
    pub const fn msr_masked(&self, value: u32) -> u32 {
        value & self.model.msr_mask()
    }

    /// The asynchronous interrupt to take before the next instruction, if any, in the E500RM
    /// priority order of those modelled: debug (a DBSR event with MSR\[DE\] and DBCR0\[IDM\]),
    /// critical input (MSR\[CE\]), watchdog (TSR\[WIS\] and TCR\[WIE\], MSR\[CE\]), external
    /// input (MSR\[EE\]), fixed-interval timer (TSR\[FIS\] and TCR\[FIE\], MSR\[EE\]),
    /// decrementer (TSR\[DIS\] and TCR\[DIE\], MSR\[EE\]).
    #[inline]
    pub const fn pending_async(&self, lines: IrqLines) -> Option<InterruptKind> {
        // Every asynchronous interrupt needs one of these enables (the common case: none).
        if self.msr & (msr::CE | msr::EE | msr::DE) == 0 {
            return None;
        }
        let (ce, ee) = (self.msr & msr::CE != 0, self.msr & msr::EE != 0);
        let tsr = self.sprs.tsr;
        let (dec, fit, wdt) = self.timers_enabled();
        if self.msr & msr::DE != 0
            && self.sprs.dbcr[0] & dbcr0::IDM != 0
            && self.sprs.dbsr & dbsr::EVENTS != 0
        {
            Some(InterruptKind::Debug)
        } else if ce && lines.critical {
            Some(InterruptKind::CriticalInput)
        } else if wdt && tsr & tsr::WIS != 0 {
            Some(InterruptKind::Watchdog)
        } else if ee && lines.external {
            Some(InterruptKind::ExternalInput)
        } else if fit && tsr & tsr::FIS != 0 {
            Some(InterruptKind::FixedIntervalTimer)
        } else if dec && tsr & tsr::DIS != 0 {
            Some(InterruptKind::Decrementer)
        } else {
            None
        }
    }

    /// Which timer interrupts MSR and TCR enable: (decrementer: MSR\[EE\] and TCR\[DIE\],
    /// fixed-interval timer: MSR\[EE\] and TCR\[FIE\], watchdog: MSR\[CE\] and TCR\[WIE\]).
    #[inline]
    const fn timers_enabled(&self) -> (bool, bool, bool) {
        let (ce, ee) = (self.msr & msr::CE != 0, self.msr & msr::EE != 0);
        let tcr = self.sprs.tcr;
        (ee && tcr & tcr::DIE != 0, ee && tcr & tcr::FIE != 0, ce && tcr & tcr::WIE != 0)
    }

    /// Whether an enabled timer interrupt will come without any instruction's help (Book-E
    /// "Timer Facilities"): its status bit is set or its event is still ahead (the decrementer
    /// still counting, a FIT or watchdog event scheduled). A `b .` waiting for one is not the
    /// end of a run.
    pub fn timer_interrupt_coming(&self) -> bool {
        let (s, (dec, fit, wdt)) = (&self.sprs, self.timers_enabled());
        (dec && (s.dec != 0 || s.tsr & tsr::DIS != 0))
            || (fit && (s.tsr & tsr::FIS != 0 || s.timers.fit_scheduled()))
            || (wdt && (s.tsr & tsr::WIS != 0 || s.timers.watchdog_scheduled()))
    }

    /// An instruction completed that started with MSR = `msr_before`: one time-base tick, and the
    /// instruction-complete debug event (DBSR\[ICMP\]) when it ran with MSR\[DE\] and DBCR0\[IDM\]
    /// and \[ICMP\] set (Book-E "Instruction Complete Debug Event": not recognized with
    /// MSR\[DE\] = 0). The debug interrupt then comes before the next instruction
    /// ([`PrivState::pending_async`]), with xSRR0 = that instruction.
    #[inline]
    pub fn retire(&mut self, msr_before: u32) {
        self.sprs.tick();
        if msr_before & msr::DE != 0 {
            self.instruction_complete_event();
        }
    }

    #[cold]
    fn instruction_complete_event(&mut self) {
        let want = dbcr0::IDM | dbcr0::ICMP;
        if self.sprs.dbcr[0] & want == want {
            self.sprs.dbsr |= dbsr::ICMP;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::Hpa;
    use crate::compat::Profile;

    #[test]
    fn model_facts() {
        // docs/qemu-ppce500.md "CPU models": e500v2 UCLE|SPE|POW|CE|EE|PR|FP|ME|FE0|DWE|DE|FE1|IS|DS
        // = 0x04000000|0x02000000|0x00040000|0x00020000|0xFF00|0x30 = 0x0606FF30.
        assert_eq!(CpuModel::E500v2.msr_mask(), 0x0606_FF30);
        assert_eq!(CpuModel::E500mc.msr_mask(), 0x0406_FF30);
        assert_eq!((CpuModel::E500v2.pvr(), CpuModel::E500mc.pvr()), (0x8021_0022, 0x8023_0020));
        assert_eq!(CpuModel::E500mc.geometry().tlb1_entries(), 64);
    }

    #[test]
    fn pid1_pid2_presence() {
        let man = Compat::of(Profile::Manual);
        let qemu = Compat::of(Profile::Qemu);
        assert!(PrivState::<Hpa>::new(CpuModel::E500v2, man).has_pid1_pid2());
        assert!(!PrivState::<Hpa>::new(CpuModel::E500mc, man).has_pid1_pid2());
        assert!(PrivState::<Hpa>::new(CpuModel::E500mc, qemu).has_pid1_pid2());
    }

    #[test]
    fn xlate_ctx_picks_is_or_ds() {
        let mut s = PrivState::<Hpa>::new(CpuModel::E500v2, Compat::default());
        s.msr = msr::IS | msr::PR;
        s.sprs.pid = [3, 4, 5];
        let f = s.xlate_ctx(Access::Fetch);
        let d = s.xlate_ctx(Access::Store);
        assert_eq!((f.as_, f.pr, f.pids), (true, true, Pids::new(3, 4, 5)));
        assert!(!d.as_);
    }
}
