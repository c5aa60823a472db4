//! A guest that makes no progress (status `stalled`, docs/stall.md).
//!
//! When an interrupt's vector cannot run its first instruction (the vector is not mapped, holds
//! zeros, or faults with the same interrupt), the core takes that interrupt at the vector, again
//! and again, forever (or two vectors fault into each other, and so on): each delivery
//! overwrites SRR0/SRR1, ESR and DEAR, so the fault that started it is lost. The rule, the same
//! in bare and virt mode: a run stops `stalled` after [`STORM_LIMIT`] interrupt deliveries in a
//! row with no instruction completed since the first of them. It reports the first interrupt
//! taken since the last completed instruction (the fault that led there) and the last one.
//!
//! A guest that makes progress never trips it: between two interrupts that a handler serves, at
//! least one of the handler's instructions completes (`rfi` included), which starts the count
//! again. The cost is one comparison per interrupt, none per instruction.

use serde::Serialize;

use crate::cpu::InterruptKind;

/// How many deliveries in a row, with no instruction completed, stop a run. A guest that works
/// takes at most a few interrupts before a handler instruction completes (one per interrupt
/// class that can nest: base, critical, machine check, debug).
pub const STORM_LIMIT: u32 = 64;

/// One interrupt as delivered: what, where, and the registers it set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Fault {
    /// The interrupt's name as the manuals write it ("instruction TLB error").
    pub kind: &'static str,
    /// The PC when it was taken.
    pub pc: u32,
    /// The address saved in SRR0 (CSRR0, MCSRR0 for those classes).
    pub srr0: u32,
    /// ESR after the delivery.
    pub esr: u32,
    /// DEAR after the delivery.
    pub dear: u32,
    /// The vector the core went to.
    pub vector: u32,
}

/// Why a run stopped `stalled`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Stall {
    /// The first interrupt taken since the last instruction completed: the fault that started
    /// the storm (`None` when the hypervisor stalled on its limit of exits without delivering one).
    pub first: Option<Fault>,
    /// The interrupt taken again and again (the last delivery).
    pub repeated: Option<Fault>,
    /// Deliveries (or, for the hypervisor's limit, exits) in a row without progress.
    pub count: u32,
}

/// Watches deliveries for a storm.
#[derive(Clone, Debug, Default)]
pub(crate) struct StallWatch {
    /// The instruction count at the first delivery of the current run of deliveries.
    at: Option<u64>,
    /// That first delivery.
    first: Option<Fault>,
    /// How many deliveries there have been since that instruction count.
    repeats: u32,
}

impl StallWatch {
    /// An interrupt `kind` was delivered at `pc` (saving `srr0`) when `instructions` had
    /// completed; `fault` describes it (called only when it is needed). `Some` when this is
    /// the [`STORM_LIMIT`]th delivery in a row with no instruction completed. (`kind`, `pc` and
    /// `srr0` are not compared: time stands still while nothing completes, so any run of
    /// deliveries without progress is a cycle, whether of one interrupt or of several.)
    pub(crate) fn delivered(
        &mut self,
        instructions: u64,
        kind: InterruptKind,
        pc: u32,
        srr0: u32,
        fault: impl Fn() -> Fault,
    ) -> Option<Stall> {
        let _ = (kind, pc, srr0);
        if self.at != Some(instructions) {
            *self = StallWatch { at: Some(instructions), first: Some(fault()), repeats: 1 };
            return None;
        }
        self.repeats += 1;
        (self.repeats >= STORM_LIMIT).then(|| Stall {
            first: self.first,
            repeated: Some(fault()),
            count: self.repeats,
        })
    }

    /// The first delivery since the last completed instruction, if that is still
    /// `instructions` (for a stall found another way).
    pub(crate) fn first_since(&self, instructions: u64) -> Option<Fault> {
        self.first.filter(|_| self.at == Some(instructions))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(kind: InterruptKind, pc: u32) -> Fault {
        Fault { kind: kind.name(), pc, srr0: pc, esr: 0, dear: 0, vector: 0x700 }
    }

    #[test]
    fn a_storm_is_the_same_delivery_again_with_nothing_completed() {
        let mut w = StallWatch::default();
        let prog = InterruptKind::SystemCall;
        let dec = InterruptKind::Decrementer;
        // The first fault (elsewhere), then the storm at the vector: 64 deliveries in all.
        assert_eq!(w.delivered(7, dec, 0x100, 0x100, || fault(dec, 0x100)), None);
        for _ in 2..STORM_LIMIT {
            assert_eq!(w.delivered(7, prog, 0x700, 0x700, || fault(prog, 0x700)), None);
        }
        let s = w.delivered(7, prog, 0x700, 0x700, || fault(prog, 0x700)).expect("a storm");
        assert_eq!(s.first, Some(fault(dec, 0x100)));
        assert_eq!(s.repeated, Some(fault(prog, 0x700)));
        assert_eq!(s.count, STORM_LIMIT);
    }

    #[test]
    fn a_completed_instruction_starts_the_count_again() {
        let mut w = StallWatch::default();
        let k = InterruptKind::Decrementer;
        for i in 0..10 * u64::from(STORM_LIMIT) {
            // A handler that completes an instruction between deliveries.
            assert_eq!(w.delivered(i, k, 0x900, 0x900, || fault(k, 0x900)), None);
        }
    }

    #[test]
    fn two_interrupts_that_fault_into_each_other_are_a_storm_too() {
        // An instruction TLB error whose vector is mapped without execute permission: the fetch
        // there takes an instruction storage interrupt, whose vector is in the same page, and so
        // on, with nothing completing.
        let mut w = StallWatch::default();
        let (tlb, isi) = (
            InterruptKind::InstructionTlbError { space: false },
            InterruptKind::InstructionStorage { esr: 0 },
        );
        let mut stall = None;
        for i in 0..STORM_LIMIT {
            let (k, pc) = if i % 2 == 0 { (tlb, 0x4000_2000) } else { (isi, 0x4000_0100) };
            stall = w.delivered(9, k, pc, pc, || fault(k, pc));
        }
        let s = stall.expect("a storm of two interrupts");
        assert_eq!(s.first, Some(fault(tlb, 0x4000_2000)));
        assert_eq!(s.count, STORM_LIMIT);
    }
}
