//! The fixed-interval timer (FIT) and the watchdog, driven by the time base (E500RM timer
//! registers TCR and TSR; Book-E "Fixed-Interval Timer", "Watchdog Timer").
//!
//! Each watches one bit of the 64-bit time base, chosen by a 6-bit index in IBM numbering (bit 0
//! is the most significant): `TCR[FPEXT] || TCR[FP]` for the FIT, `TCR[WPEXT] || TCR[WP]` for
//! the watchdog (the e500 extensions are the high four bits). Index `n` is the bit of weight
//! `2^(63-n)`; an *event* happens when it goes from 0 to 1, once every `2^(64-n)` ticks:
//!
//! * FIT: TSR\[FIS\] is set; the interrupt (IVOR11) follows while TCR\[FIE\] and MSR\[EE\] are set.
//! * Watchdog, a state machine in TSR\[ENW, WIS\]: ENW = 0 → ENW := 1 (the first time-out only
//!   arms it); ENW = 1, WIS = 0 → WIS := 1 (the interrupt, IVOR12, follows while TCR\[WIE\] and
//!   MSR\[CE\] are set); ENW = 1, WIS = 1 → the reset TCR\[WRC\] selects: WRC = 0 does nothing,
//!   otherwise TSR\[WRS\] := WRC (the core reset itself is not modelled: execution continues).
//!
//! Events happen whatever the enable bits say (they only gate the interrupts). Writing the time
//! base or TCR moves the next events; writing TB is not itself a transition.
//!
//! The per-instruction cost is one comparison ([`super::Sprs::tick`]): the next TB value at
//! which either timer has an event is computed when TB or TCR is written and after each event.
//! QEMU 7.2 never raises either event (`compat.fit_never_fires`, `compat.watchdog_never_fires`:
//! its FIT is only re-armed while TSR\[FIS\] is already set, and its watchdog callback changes no
//! TSR bit); under those switches the timer is simply never scheduled.

use super::sprs::{tcr, tsr};

/// The TB values of the next FIT and watchdog events (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timers {
    /// The next FIT event, if the FIT runs.
    fit: Option<u64>,
    /// The next watchdog event, if the watchdog runs.
    wdt: Option<u64>,
    /// The earlier of the two (what [`super::Sprs::tick`] compares with).
    next: Option<u64>,
}

impl Default for Timers {
    /// The reset state: TB = 0 and TCR = 0 select TB bit 0 for both, whose first rise is at
    /// TB = 2^63.
    fn default() -> Self {
        Timers::schedule(0, 0, true, true)
    }
}

/// The 6-bit TB bit index of the FIT (`FPEXT || FP`).
const fn fit_index(tcr_value: u32) -> u32 {
    ((tcr_value & tcr::FPEXT) >> 13) << 2 | (tcr_value & tcr::FP) >> 24
}

/// The 6-bit TB bit index of the watchdog (`WPEXT || WP`).
const fn wdt_index(tcr_value: u32) -> u32 {
    ((tcr_value & tcr::WPEXT) >> 17) << 2 | (tcr_value & tcr::WP) >> 30
}

/// The first TB value after `tb` at which TB bit `index` (IBM numbering) rises from 0 to 1: the
/// values `t` with `t mod 2^(64-index) = 2^(63-index)`, wrapping like the time base.
#[allow(clippy::cast_possible_truncation, reason = "the time base wraps at 64 bits")]
const fn next_rise(tb: u64, index: u32) -> u64 {
    let weight = 1u128 << (63 - index);
    let period = weight << 1;
    let tb = tb as u128;
    let mut t = tb - tb % period + weight;
    if t <= tb {
        t += period;
    }
    t as u64
}

impl Timers {
    /// The events after `tb` under `tcr_value`; `fit`/`wdt` false: that timer never fires.
    pub const fn schedule(tb: u64, tcr_value: u32, fit: bool, wdt: bool) -> Timers {
        let fit = if fit { Some(next_rise(tb, fit_index(tcr_value))) } else { None };
        let wdt = if wdt { Some(next_rise(tb, wdt_index(tcr_value))) } else { None };
        let next = match (fit, wdt) {
            (Some(f), Some(w)) => Some(nearest(tb, f, w)),
            (Some(t), None) | (None, Some(t)) => Some(t),
            (None, None) => None,
        };
        Timers { fit, wdt, next }
    }

    /// Whether the FIT has a next event (it runs unless `compat.fit_never_fires`).
    pub const fn fit_scheduled(&self) -> bool {
        self.fit.is_some()
    }

    /// Whether the watchdog has a next event (unless `compat.watchdog_never_fires`).
    pub const fn watchdog_scheduled(&self) -> bool {
        self.wdt.is_some()
    }

    /// The TB value of the next event of either timer.
    #[inline]
    pub const fn next(&self) -> Option<u64> {
        self.next
    }

    /// The time base reached an event (`tb == self.next()`): applies it to `tsr` and returns
    /// the timers rescheduled after `tb`.
    #[cold]
    pub(super) fn fire(self, tb: u64, tcr_value: u32, tsr_value: &mut u32) -> Timers {
        if self.fit == Some(tb) {
            *tsr_value |= tsr::FIS;
        }
        if self.wdt == Some(tb) {
            *tsr_value = watchdog_timeout(*tsr_value, tcr_value);
        }
        tracing::trace!(target: "tlbvisor::cpu", tb, tsr = *tsr_value, "timer event");
        Timers::schedule(tb, tcr_value, self.fit.is_some(), self.wdt.is_some())
    }
}

/// Of two TB values after `tb`, the one reached first (the time base wraps).
const fn nearest(tb: u64, a: u64, b: u64) -> u64 {
    if a.wrapping_sub(tb) <= b.wrapping_sub(tb) { a } else { b }
}

/// One watchdog time-out applied to TSR (see the module documentation).
const fn watchdog_timeout(tsr_value: u32, tcr_value: u32) -> u32 {
    if tsr_value & tsr::ENW == 0 {
        tsr_value | tsr::ENW
    } else if tsr_value & tsr::WIS == 0 {
        tsr_value | tsr::WIS
    } else if tcr_value & tcr::WRC != 0 {
        (tsr_value & !tsr::WRS) | (tcr_value & tcr::WRC)
    } else {
        tsr_value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_period_index_selects_a_time_base_bit() {
        // FP = 1, FPEXT = 13: index 53, weight 2^10: rises at 1024, 3072, 5120, ...
        let t = 0x0001_A000 | 0x0100_0000;
        assert_eq!(fit_index(t), 53);
        assert_eq!(next_rise(0, 53), 1024);
        assert_eq!(next_rise(1023, 53), 1024);
        assert_eq!(next_rise(1024, 53), 3072);
        assert_eq!(next_rise(2047, 53), 3072);
        // Index 63: the least significant bit rises at every odd value.
        assert_eq!(next_rise(4, 63), 5);
        assert_eq!(next_rise(5, 63), 7);
        // Index 0: the most significant bit rises at 2^63, then after the wrap.
        assert_eq!(next_rise(0, 0), 1 << 63);
        assert_eq!(next_rise(1 << 63, 0), 1 << 63);
        // WP = 3, WPEXT = 15: index 63.
        assert_eq!(wdt_index(0xC000_0000 | 0x001E_0000), 63);
    }

    #[test]
    fn the_watchdog_state_machine() {
        #[rustfmt::skip]
        let table: &[(u32, u32, u32)] = &[
            // (TSR before, TCR, TSR after one time-out)
            (0, 0, tsr::ENW),
            (tsr::WIS, 0, tsr::WIS | tsr::ENW),
            (tsr::ENW, 0, tsr::ENW | tsr::WIS),
            (tsr::ENW | tsr::WIS, 0, tsr::ENW | tsr::WIS),
            (tsr::ENW | tsr::WIS, 0x2000_0000, tsr::ENW | tsr::WIS | 0x2000_0000),
            (tsr::ENW | tsr::WIS | tsr::FIS, 0x3000_0000, tsr::ENW | tsr::WIS | tsr::FIS | 0x3000_0000),
        ];
        for &(before, tcr_value, after) in table {
            assert_eq!(watchdog_timeout(before, tcr_value), after, "{before:#x} {tcr_value:#x}");
        }
    }

    #[test]
    fn both_timers_fire_and_reschedule() {
        // FIT index 62 (every 4 ticks, at 2, 6, 10...), watchdog index 61 (every 8, at 4, 12...).
        let tcr_value = 0x0200_0000 | (15 << 13) | 0x4000_0000 | (15 << 17);
        let mut t = Timers::schedule(0, tcr_value, true, true);
        let mut tsr_value = 0;
        let mut seen = Vec::new();
        for tb in 1..=12u64 {
            if t.next() == Some(tb) {
                t = t.fire(tb, tcr_value, &mut tsr_value);
                seen.push((tb, tsr_value));
            }
        }
        let (fis, enw, wis) = (tsr::FIS, tsr::ENW, tsr::WIS);
        assert_eq!(seen, [(2, fis), (4, fis | enw), (6, fis | enw), (10, fis | enw), (12, fis | enw | wis)]);
        // Disabled timers never fire.
        assert_eq!(Timers::schedule(0, tcr_value, false, false).next(), None);
        assert_eq!(Timers::schedule(0, tcr_value, false, true).next(), Some(4));
    }
}
