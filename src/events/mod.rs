//! What happened on the core during a run, as data: the [`Event`] vocabulary both modes share.
//!
//! * **Architectural events** ([`ArchEvent`]) are emitted by the code both modes share: the
//!   privileged instructions ([`crate::cpu::PrivState::exec_privileged`]: a `tlbwe` with the MAS
//!   words it read and the entry it replaced, `tlbre`, `tlbsx`, each entry `tlbivax`, `tlbilx` or
//!   an MMUCSR0 flash clears, the `rfi` family, a translation-context change by `mtmsr` or a PID
//!   write) and interrupt delivery ([`crate::cpu::PrivState::deliver_with`]: SRR0/SRR1, vector,
//!   ESR, DEAR, MAS preload). They reach the owner of the state through
//!   [`crate::cpu::TlbObserver::arch`]: the bare core's observer tags them with the PC; the
//!   hypervisor's with the guest PC of the exit it is handling. So a `tlbwe` the bare core
//!   executes and one the hypervisor emulates against the guest's virtual TLB give the same
//!   event.
//! * **Accesses** ([`Event::Access`], only when asked for: they are per instruction) are the
//!   translation chain of each fetch, load and store.
//!
//! The hypervisor has events of its own (exits, shadow fills, reflections, ...): it wraps these
//! in its own event type, which it logs in an [`EventLog`] of that type ([`Traced`] says how an
//! event is traced). Nothing here knows about it.
//!
//! Every event is traced by [`trace`] (targets `tlbvisor::cpu::interrupt`, `tlbvisor::mmu::tlb`,
//! `tlbvisor::cpu::context`, `tlbvisor::cpu::access`, `tlbvisor::cpu::spr`,
//! `tlbvisor::cpu::msr`), either when it is kept ([`EventLog::record`]) or, when no log is kept,
//! by the observer that saw it. The reports and `explain` read the log.

mod trace;

use crate::cpu::InterruptKind;
use crate::isa::Op;
use crate::mmu::{Access, Mas, SlotId, TlbEntry};

pub(crate) use trace::Hex;
pub use trace::trace;

/// Whether architectural events are wanted: kept by their owner (`keep`), or traced (TRACE
/// may be on: one atomic load).
#[inline]
pub fn wanted(keep: bool) -> bool {
    keep || tracing::level_enabled!(tracing::Level::TRACE)
}

/// An architectural event at `pc`: the [`Event`] to keep when `keep`, else traced at once
/// (without building the event) and `None`. The one policy of the core's and the hypervisor's
/// observers.
pub fn arch_event(pc: u32, e: ArchEvent, keep: bool) -> Option<Event> {
    if keep {
        Some(Event::Arch { pc, e: Box::new(e) })
    } else {
        trace::arch(pc, &e);
        None
    }
}

/// A TLB entry as raw words (MAS1, MAS2, MAS3, MAS7), whatever its physical address space.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntryWords(pub [u32; 4]);

impl EntryWords {
    /// The words of `e`.
    pub const fn of<P: crate::addr::PhysAddr>(e: &TlbEntry<P>) -> Self {
        EntryWords([e.mas1, e.mas2, e.mas3, e.mas7])
    }
    /// As an entry of the physical space `P` (for its decoders).
    pub const fn entry<P: crate::addr::PhysAddr>(&self) -> TlbEntry<P> {
        let w = self.0;
        TlbEntry::from_words(w[0], w[1], w[2], w[3])
    }
}

/// What cleared a TLB entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClearedBy {
    /// `tlbivax` of this EA.
    Tlbivax(u32),
    /// `tlbilx` of this type T and EA.
    Tlbilx(u8, u32),
    /// An MMUCSR0 flash invalidation.
    Mmucsr0,
}

/// An architectural event: the effect of a TLB instruction, an interrupt, a return, a context
/// change. The same in both modes (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchEvent {
    /// `tlbwe` wrote `slot`.
    TlbWrite {
        /// The slot MAS0 (and MAS2 for TLB0) named.
        slot: SlotId,
        /// The MAS registers it read.
        mas: Mas,
        /// The entry it replaced.
        old: EntryWords,
        /// The entry now there (only the implemented fields).
        new: EntryWords,
    },
    /// `tlbre` read an entry into the MAS registers (their values after it).
    TlbRead {
        /// MAS0..MAS7 after the read.
        mas: Mas,
    },
    /// `tlbsx` searched for `ea`.
    TlbSearch {
        /// The effective address searched.
        ea: u32,
        /// Whether an entry matched.
        hit: bool,
        /// MAS0..MAS7 after the search.
        mas: Mas,
    },
    /// `tlbivax`, `tlbilx` or MMUCSR0 cleared `slot`.
    TlbClear {
        /// The slot.
        slot: SlotId,
        /// The entry it held.
        old: EntryWords,
        /// What cleared it.
        by: ClearedBy,
    },
    /// An interrupt was delivered (the state after delivery).
    Interrupt {
        /// What.
        kind: InterruptKind,
        /// SRR0 (CSRR0, MCSRR0 for those classes).
        srr0: u32,
        /// SRR1 (CSRR1, MCSRR1).
        srr1: u32,
        /// The handler address.
        vector: u32,
        /// The MSR the handler runs with.
        msr: u32,
        /// ESR after delivery.
        esr: u32,
        /// DEAR after delivery.
        dear: u32,
        /// MAS0..MAS7 after delivery (the preload of a TLB error).
        mas: Mas,
    },
    /// A machine check with MSR\[ME\] = 0: the core stopped.
    Checkstop {
        /// The machine check.
        kind: InterruptKind,
    },
    /// `rfi`, `rfci` or `rfmci` returned.
    Return {
        /// Which.
        op: Op,
        /// Where execution continues.
        pc: u32,
        /// The MSR restored.
        msr: u32,
    },
    /// `mfspr` or `mtspr` of a privileged-state SPR (not XER, LR, CTR).
    Spr {
        /// `mtspr` (true) or `mfspr`.
        write: bool,
        /// The SPR number.
        spr: u16,
        /// The value written, or read.
        value: u32,
    },
    /// `mtmsr`, `wrtee` or `wrteei` wrote the MSR (`mfmsr` reads it).
    Msr {
        /// Which instruction.
        op: Op,
        /// MSR before.
        old: u32,
        /// MSR after.
        new: u32,
    },
    /// `mtmsr` or a PID write changed the translation context (MSR\[PR/IS/DS\], PIDs).
    Context {
        /// MSR before.
        old_msr: u32,
        /// MSR after.
        msr: u32,
        /// PID0, PID1, PID2 after.
        pids: [u32; 3],
    },
}

/// One access's translation chain: EA -> TLB entry -> physical address, and under the
/// hypervisor EA -> guest TLB entry -> GPA -> guest-physical map -> HPA -> host TLB entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccessChain {
    /// Fetch, load or store.
    pub access: Access,
    /// The effective address.
    pub ea: u32,
    /// The bytes accessed (4 for a fetch).
    pub size: u8,
    /// The (guest) TLB entry that translated it, if one did.
    pub slot: Option<SlotId>,
    /// The physical address it gave (the guest-physical one under the hypervisor).
    pub pa: Option<u64>,
    /// Under the hypervisor: the host-physical address the guest-physical map gives (None on
    /// the bare machine or for a non-RAM page).
    pub hpa: Option<u64>,
    /// Under the hypervisor: the host TLB entry (shadow) that served it.
    pub host_slot: Option<SlotId>,
}

/// One thing that happened on the core, the same in both modes. Kept small (the hypervisor logs
/// these among its own events, one for every exit): both kinds, recorded only when a run is
/// observed, are boxed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// An architectural event at `pc` (the instruction's address; under the hypervisor the
    /// guest PC of the exit being handled).
    Arch {
        /// The (guest) PC.
        pc: u32,
        /// What happened.
        e: Box<ArchEvent>,
    },
    /// An instruction's fetch or data access, recorded only when asked for.
    Access {
        /// The (guest) PC.
        pc: u32,
        /// The translation chain.
        chain: Box<AccessChain>,
    },
}

/// An event that can be emitted as a `tracing` event: what an [`EventLog`] holds.
pub trait Traced {
    /// Emits it (at TRACE level).
    fn trace(&self);
}

impl Traced for Event {
    fn trace(&self) {
        trace(self);
    }
}

/// The in-memory log: the most recent [`EventLog::limit`] events, oldest first. The bare
/// machine's holds the core's [`Event`]s; the hypervisor's, its own event type.
#[derive(Clone, Debug)]
pub struct EventLog<E = Event> {
    /// A ring once full: the oldest event is at `next`.
    events: Vec<E>,
    /// Where the next event goes once the ring is full.
    next: usize,
    limit: usize,
    dropped: u64,
}

impl<E: Traced> EventLog<E> {
    /// A log keeping at most `limit` events (older ones are dropped and counted).
    pub fn new(limit: usize) -> Self {
        EventLog { events: Vec::new(), next: 0, limit, dropped: 0 }
    }
    /// The events kept, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &E> + '_ {
        let (newer, older) = self.events.split_at(self.next.min(self.events.len()));
        older.iter().chain(newer)
    }
    /// How many are kept.
    pub fn len(&self) -> usize {
        self.events.len()
    }
    /// How many older events were dropped to respect the limit.
    pub const fn dropped(&self) -> u64 {
        self.dropped
    }
    /// Traces `e` and keeps it. Always inline: the hypervisor records several events at every
    /// exit, and a call would pass each (48 bytes) through memory once more.
    #[inline(always)]
    pub fn record(&mut self, e: E) {
        // One global check first: with DEBUG (the most verbose level an event is traced at
        // but TRACE) off everywhere, the common case, no event's own callsite is looked at.
        if tracing::level_enabled!(tracing::Level::DEBUG) {
            e.trace();
        }
        if self.limit == 0 {
            self.dropped += 1;
            return;
        }
        if self.events.len() < self.limit {
            self.events.push(e);
            return;
        }
        // Full: the new event takes the oldest one's place.
        if let Some(slot) = self.events.get_mut(self.next) {
            *slot = e;
        }
        self.next += 1;
        if self.next == self.limit {
            self.next = 0;
        }
        self.dropped += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spr(value: u32) -> Event {
        Event::Arch { pc: 0, e: Box::new(ArchEvent::Spr { write: true, spr: 48, value }) }
    }

    /// The hypervisor keeps up to 65536 events, these among its own: keep them compact.
    #[test]
    fn events_stay_small() {
        assert!(std::mem::size_of::<Event>() <= 16, "{}", std::mem::size_of::<Event>());
    }

    #[test]
    fn log_counts_what_it_drops() {
        let mut log = EventLog::new(1);
        log.record(spr(1));
        log.record(spr(2));
        assert_eq!((log.len(), log.dropped()), (1, 1));
        assert_eq!(log.iter().next(), Some(&spr(2)));
    }

    #[test]
    fn log_keeps_the_newest_oldest_first_as_it_wraps() {
        let mut log = EventLog::new(3);
        for n in 1..=8 {
            log.record(spr(n));
            let want: Vec<Event> = (n.saturating_sub(2).max(1)..=n).map(spr).collect();
            assert_eq!(log.iter().cloned().collect::<Vec<_>>(), want, "after {n}");
            assert_eq!(log.dropped(), u64::from(n.saturating_sub(3)));
        }
        let mut none = EventLog::new(0);
        none.record(spr(1));
        assert_eq!((none.len(), none.dropped()), (0, 1));
    }
}
