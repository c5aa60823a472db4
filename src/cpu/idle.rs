//! Idling: the wait state and skipping time to the next timer event (docs/time.md).
//!
//! Time on this core is counted, not measured: the time base advances one tick per completed
//! instruction ([`super::PrivState::retire`]). A core that idles does not change that rule, it
//! only gets to the next tick that matters without stepping through the others:
//!
//! * **The wait state.** MSR\[WE\] enables power management on the e500v1/v2 and HID0\[DOZE\],
//!   \[NAP\] or \[SLEEP\] selects the power-saving mode (E500RM "Power Management"): with both,
//!   the core stops executing instructions until an interrupt it would take arrives, while the
//!   time base and the decrementer keep counting. Linux's e500 idle loop does exactly this. The
//!   e500mc has no HID0 power-saving modes (it idles with `wait` and the SoC's power
//!   management), so MSR\[WE\] does nothing there; QEMU 7.2 agrees for both models
//!   (`check_pow_hid0` on the e500v1/v2, `check_pow_none` on the e500mc). The ticks spent waiting
//!   are not instructions: the owner counts them apart ("idle ticks").
//! * **`b .` with an enabled timer interrupt coming.** Each iteration is an instruction that
//!   completes and ticks; until the next timer event nothing but TB and DEC changes, so the
//!   owner may count those iterations in one go ([`Sprs::ticks_to_event`], [`Sprs::advance`])
//!   and step the one that reaches the event. The result is the same state, instruction count
//!   and budget use as stepping them one by one.

use super::sprs::Sprs;
use super::state::{PrivState, msr};
use crate::addr::PhysAddr;
use crate::narrow::Narrow;

/// HID0 power-management mode bits (E500RM HID0): DOZE, NAP, SLEEP.
pub mod hid0 {
    /// Doze mode.
    pub const DOZE: u32 = 0x0080_0000;
    /// Nap mode.
    pub const NAP: u32 = 0x0040_0000;
    /// Sleep mode.
    pub const SLEEP: u32 = 0x0020_0000;
    /// Any of the three.
    pub const POWER_SAVING: u32 = DOZE | NAP | SLEEP;
}

impl Sprs {
    /// Ticks until the next tick at which a timer has an event: the decrementer's 1 → 0
    /// transition, or the next FIT or watchdog event (`None`: none will ever come). A tick that
    /// is not an event changes only TB and DEC.
    pub fn ticks_to_event(&self) -> Option<u64> {
        let dec = (self.dec != 0).then_some(u64::from(self.dec));
        // A timer whose next event is at the current TB has just fired with a period of 2^64
        // (TB bit 0 selected): its next event is a whole wrap away, not now.
        let timer = self.timers.next().map(|t| match t.wrapping_sub(self.tb) {
            0 => u64::MAX,
            d => d,
        });
        match (dec, timer) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Advances the time base `n` ticks, exactly as `n` calls of [`Sprs::tick`] would. `n` must
    /// not pass the next event ([`Sprs::ticks_to_event`]): the last tick may be the event.
    pub fn advance(&mut self, n: u64) {
        debug_assert!(self.ticks_to_event().is_none_or(|e| n <= e));
        if n == 0 {
            return;
        }
        // The first n - 1 ticks are not events: TB and DEC move, nothing else does.
        let quiet = n - 1;
        self.tb = self.tb.wrapping_add(quiet);
        if self.dec != 0 {
            // dec > quiet: its 1 -> 0 transition would be an event.
            self.dec -= quiet.low_u32();
        }
        self.tick();
    }
}

impl<P: PhysAddr> PrivState<P> {
    /// Whether the core is in the wait state: it executed `wait` (e500mc) and has taken no
    /// interrupt since, or MSR\[WE\] with a HID0 power-saving mode, on a model that has them (see
    /// the module documentation); under `compat.wait_only_on_msr_write` only if they were both
    /// set when the MSR was last written.
    #[inline]
    pub fn waiting(&self) -> bool {
        self.wait_insn
            || (self.msr & msr::WE != 0
                && self.sprs.hid0 & hid0::POWER_SAVING != 0
                && self.model() != super::CpuModel::E500mc
                && (self.wait_armed || !self.compat().wait_only_on_msr_write))
    }

    /// After an MSR write: QEMU's halt request (`compat.wait_only_on_msr_write`) is made now or
    /// never for this MSR value.
    pub(super) fn arm_wait(&mut self) {
        self.wait_armed = self.msr & msr::WE != 0 && self.sprs.hid0 & hid0::POWER_SAVING != 0;
    }

    /// Whether an owner may count `b .` iterations in one go ([`Sprs::advance`]), and the core
    /// run instructions in a burst (`Cpu::burst`): no debug event can be recorded by an
    /// instruction that completes (the two the core models, instruction complete and branch
    /// taken, need DBCR0\[IDM\] with \[ICMP\] or \[BRT\]), so an iteration changes only the
    /// time base and the decrementer until the next timer event. (Linux runs with IDM set and
    /// no event enabled.)
    #[inline]
    pub fn spin_can_skip(&self) -> bool {
        use super::interrupt::dbcr0;
        let d = self.sprs.dbcr[0];
        d & dbcr0::IDM == 0 || d & (dbcr0::ICMP | dbcr0::BRT) == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::Hpa;
    use crate::compat::Compat;
    use crate::cpu::CpuModel;

    #[test]
    fn advance_is_the_same_as_ticking() {
        // DEC 1000 with auto-reload 700, a FIT every 2^10 ticks (index 53), a watchdog every
        // 2^12 (index 51): skip event to event and compare with ticking one by one.
        let tcr = crate::cpu::sprs::tcr::ARE | 0x0100_0000 | (13 << 13) | 0x4000_0000 | (12 << 17);
        let mut a = Sprs { dec: 1000, decar: 700, tcr, ..Sprs::default() };
        a.timers = crate::cpu::timers::Timers::schedule(0, tcr, true, true);
        let mut b = a.clone();
        for _ in 0..40 {
            let n = a.ticks_to_event().expect("timers run");
            a.advance(n);
            for _ in 0..n {
                b.tick();
            }
            assert_eq!((a.tb, a.dec, a.tsr, a.timers), (b.tb, b.dec, b.tsr, b.timers));
        }
        assert!(a.tb > 10_000);
    }

    #[test]
    fn no_event_without_timers() {
        let mut s =
            Sprs { timers: crate::cpu::timers::Timers::schedule(0, 0, false, false), ..Sprs::default() };
        assert_eq!(s.ticks_to_event(), None);
        s.dec = 5;
        assert_eq!(s.ticks_to_event(), Some(5));
        s.advance(5);
        assert_eq!((s.tb, s.dec, s.tsr), (5, 0, crate::cpu::sprs::tsr::DIS));
    }

    #[test]
    fn the_wait_state_needs_we_and_a_power_saving_mode() {
        let mut p = PrivState::<Hpa>::new(CpuModel::E500v2, Compat::default());
        p.msr = msr::WE;
        assert!(!p.waiting());
        p.sprs.hid0 = hid0::DOZE;
        assert!(p.waiting());
        p.msr = msr::EE;
        assert!(!p.waiting());
        // QEMU's profile: HID0 written after WE does not enter it; an MSR write does.
        let mut q = PrivState::<Hpa>::new(CpuModel::E500v2, Compat::of(crate::compat::Profile::Qemu));
        (q.msr, q.sprs.hid0) = (msr::WE, hid0::DOZE);
        assert!(!q.waiting());
        q.arm_wait();
        assert!(q.waiting());
        let mut mc = PrivState::<Hpa>::new(CpuModel::E500mc, Compat::default());
        (mc.msr, mc.sprs.hid0) = (msr::WE, hid0::DOZE);
        assert!(!mc.waiting());
    }
}
