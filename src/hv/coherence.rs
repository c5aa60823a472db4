//! The coherence rule, applied from the [`TlbObserver`] callbacks the shared privileged-instruction
//! code makes on the guest's virtual TLB (see the rule in the [`super`] module documentation).
//!
//! * `tlbwe` (any slot, valid or not, IPROT or not) drops every shadow of the slot's previous
//!   entry ([`InvalidateCause::Overwritten`]); when the new entry is valid it also drops every
//!   shadow in the same address space whose range overlaps the new page
//!   ([`InvalidateCause::Overlapped`]): the new entry may now win the guest's lookup there
//!   (TLB0 before TLB1, lower TLB1 index first), and working out in which contexts it does is not
//!   worth it — those shadows refill lazily.
//! * `tlbivax`, `tlbilx`, MMUCSR0 flash invalidation drop the shadows of each entry they clear
//!   ([`InvalidateCause::Invalidated`]); entries IPROT spares keep theirs.
//!
//! Nothing here flushes the whole host TLB.

use crate::addr::{Gpa, Hpa};
use crate::cpu::TlbObserver;
use crate::mmu::{SlotId, Tlb, TlbEntry, TlbWrite};

use super::backrefs::Shadows;
use super::events::{InvalidateCause, Recorder};
use crate::events::ArchEvent;

/// Applies guest TLB changes to the shadows as they happen.
pub struct Coherence<'a> {
    /// The shadow bookkeeping.
    pub shadows: &'a mut Shadows,
    /// The host TLB.
    pub host: &'a mut Tlb<Hpa>,
    /// Where invalidations (and the guest's architectural events) are recorded.
    pub rec: &'a mut Recorder,
    /// The guest PC of the exit being handled (the PC of the guest's architectural events).
    pub guest_pc: u32,
    /// Whether the guest's architectural events go into the event log
    /// ([`super::Guest::observe`]); otherwise they are only traced.
    pub record_arch: bool,
}

impl std::fmt::Debug for Coherence<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Coherence")
    }
}

impl TlbObserver<Gpa> for Coherence<'_> {
    fn arch(&mut self, e: ArchEvent) {
        if let Some(e) = crate::events::arch_event(self.guest_pc, e, self.record_arch) {
            self.rec.record(e);
        }
    }
    fn observing(&self) -> bool {
        crate::events::wanted(self.record_arch)
    }

    fn written(&mut self, write: &TlbWrite<Gpa>) {
        self.shadows.invalidate_guest(self.host, write.slot, InvalidateCause::Overwritten, self.rec);
        if write.new.valid() {
            self.shadows.invalidate_overlapping(self.host, &write.new, self.rec);
        }
    }

    fn invalidated(&mut self, slot: SlotId, _old: &TlbEntry<Gpa>) {
        self.shadows.invalidate_guest(self.host, slot, InvalidateCause::Invalidated, self.rec);
    }
}
