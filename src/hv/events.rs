//! What the hypervisor did, as data: an [`Event`] per trap, emulation, shadow fill, eviction,
//! invalidation, reflection and context switch.
//!
//! Every event goes through [`Recorder::record`], which in one place
//! * bumps the statistics ([`super::stats`]),
//! * appends it to the in-memory [`EventLog`] (what reports and an `explain` command read), and
//! * emits it as a `tracing` event under target `tlbvisor::hv::*` with structured fields
//!   (`guest_pc`, `gpa`, `hpa`, `tlb`, `esel`, `mnemonic`, `kind`, ...), so
//!   `RUST_LOG=tlbvisor::hv=trace tlbvisor run X --mode virt` prints them.
//!
//! Guest TLB coordinates are `tlb`/`esel` (the entry index: `set * 4 + way` for TLB0, as MAS0
//! and the JSON name it); host ones are `host_tlb`/`host_index`.

use std::collections::VecDeque;

use crate::addr::{Gpa, Hpa};
use crate::cpu::InterruptKind;
use crate::mmu::{Access, SlotId};

use super::stats::{ExitKind, Exits, ShadowStats};

/// Why shadows were dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InvalidateCause {
    /// The guest overwrote their entry (`tlbwe`).
    Overwritten,
    /// The guest invalidated their entry (`tlbivax`, `tlbilx`, MMUCSR0).
    Invalidated,
    /// A new guest entry overlaps them and may now win the lookup in their context.
    Overlapped,
    /// A host permission fault showed the shadow cannot serve the access the guest allows (the
    /// other access class of a split-AS context).
    Refused,
    /// The shadow IDs ran out.
    TagFlush,
}

impl InvalidateCause {
    /// A short name.
    pub const fn name(self) -> &'static str {
        match self {
            InvalidateCause::Overwritten => "overwritten",
            InvalidateCause::Invalidated => "invalidated",
            InvalidateCause::Overlapped => "overlapped",
            InvalidateCause::Refused => "refused",
            InvalidateCause::TagFlush => "tag-flush",
        }
    }
}

/// One thing the hypervisor did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Event {
    /// A host interrupt the guest caused, and how it was disposed of.
    Exit {
        /// The disposition.
        kind: ExitKind,
        /// The guest PC of the instruction (or fetch) that trapped.
        guest_pc: u32,
        /// The effective address involved (data or fetch), 0 if none.
        ea: u32,
    },
    /// A shadow entry written into the host TLB.
    Fill {
        /// The guest entry it shadows.
        guest: SlotId,
        /// Where it went.
        host: SlotId,
        /// Its effective page.
        ea: u32,
        /// The guest-physical page.
        gpa: Gpa,
        /// The host-physical page.
        hpa: Hpa,
        /// Its size in bytes.
        size: u64,
        /// Its shadow ID (host TID).
        sid: u8,
    },
    /// A valid shadow replaced to make room.
    Evict {
        /// The host slot.
        host: SlotId,
        /// The guest entry it shadowed.
        guest: SlotId,
    },
    /// A shadow dropped for coherence.
    Invalidate {
        /// The host slot.
        host: SlotId,
        /// The guest entry it shadowed.
        guest: SlotId,
        /// Why.
        cause: InvalidateCause,
    },
    /// An interrupt delivered into the guest.
    Reflect {
        /// What.
        kind: InterruptKind,
        /// The guest's SRR0 (or CSRR0/MCSRR0).
        guest_pc: u32,
        /// The guest vector it now runs at (0 for a checkstop).
        vector: u32,
    },
    /// An access to a non-RAM guest-physical page, replayed on the device model.
    Mmio {
        /// The guest PC of the instruction.
        guest_pc: u32,
        /// The guest-physical page.
        gpa: Gpa,
        /// The kind of access that trapped.
        access: Access,
    },
    /// Every shadow dropped because the shadow IDs ran out.
    TagFlush {
        /// How many valid shadows went.
        dropped: u32,
    },
    /// The guest's translation context changed and the host PIDs were switched.
    Context {
        /// Guest MSR.
        guest_msr: u32,
        /// Guest PID0, PID1, PID2.
        guest_pids: [u32; 3],
        /// Host PID0, PID1, PID2 (shadow IDs).
        host_pids: [u32; 3],
    },
}

/// The in-memory log: the most recent [`EventLog::limit`] events, oldest first.
#[derive(Clone, Debug)]
pub struct EventLog {
    events: VecDeque<Event>,
    limit: usize,
    dropped: u64,
}

impl EventLog {
    /// A log keeping at most `limit` events (older ones are dropped and counted).
    pub fn new(limit: usize) -> Self {
        EventLog { events: VecDeque::new(), limit, dropped: 0 }
    }
    /// The events kept, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = &Event> + '_ {
        self.events.iter()
    }
    /// How many are kept.
    pub fn len(&self) -> usize {
        self.events.len()
    }
    /// Whether none is kept.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
    /// How many older events were dropped to respect the limit.
    pub const fn dropped(&self) -> u64 {
        self.dropped
    }
    /// The most events kept.
    pub const fn limit(&self) -> usize {
        self.limit
    }
    fn push(&mut self, e: Event) {
        if self.limit == 0 {
            self.dropped += 1;
            return;
        }
        if self.events.len() == self.limit {
            self.events.pop_front();
            self.dropped += 1;
        }
        self.events.push_back(e);
    }
}

/// Statistics and event log together: the one place an event is recorded.
#[derive(Clone, Debug)]
pub struct Recorder {
    /// Exit counters.
    pub exits: Exits,
    /// Shadow counters.
    pub shadow: ShadowStats,
    /// The event log.
    pub log: EventLog,
}

impl Recorder {
    /// Empty counters and a log of at most `limit` events.
    pub fn new(limit: usize) -> Self {
        Recorder { exits: Exits::default(), shadow: ShadowStats::default(), log: EventLog::new(limit) }
    }

    /// Counts, logs and traces `e`.
    pub fn record(&mut self, e: Event) {
        match e {
            Event::Exit { kind, .. } => self.exits.count(kind),
            Event::Fill { host, .. } => self.shadow.fills[usize::from(host.tlb.min(1))] += 1,
            Event::Evict { .. } => self.shadow.evictions += 1,
            Event::Invalidate { .. } => self.shadow.invalidations += 1,
            Event::TagFlush { .. } => self.shadow.tag_flushes += 1,
            Event::Reflect { .. } | Event::Mmio { .. } | Event::Context { .. } => {}
        }
        trace(&e);
        self.log.push(e);
    }
}

/// Emits `e` as a `tracing` event.
fn trace(e: &Event) {
    match *e {
        Event::Exit { kind, guest_pc, ea } => {
            let mnemonic = match kind {
                super::stats::ExitKind::Emulated(m) => m.name(),
                _ => "",
            };
            tracing::trace!(target: "tlbvisor::hv::exit", kind = kind.name(), mnemonic, guest_pc, ea, "exit");
        }
        Event::Fill { guest, host, ea, gpa, hpa, size, sid } => tracing::trace!(
            target: "tlbvisor::hv::shadow",
            kind = "fill",
            tlb = guest.tlb,
            esel = guest.index,
            host_tlb = host.tlb,
            host_index = host.index,
            ea,
            gpa = gpa.raw(),
            hpa = hpa.raw(),
            size,
            sid,
            "shadow fill"
        ),
        Event::Evict { host, guest } => tracing::trace!(
            target: "tlbvisor::hv::shadow",
            kind = "evict",
            tlb = guest.tlb,
            esel = guest.index,
            host_tlb = host.tlb,
            host_index = host.index,
            "shadow evicted"
        ),
        Event::Invalidate { host, guest, cause } => tracing::trace!(
            target: "tlbvisor::hv::shadow",
            kind = "invalidate",
            cause = cause.name(),
            tlb = guest.tlb,
            esel = guest.index,
            host_tlb = host.tlb,
            host_index = host.index,
            "shadow invalidated"
        ),
        Event::Reflect { kind, guest_pc, vector } => tracing::trace!(
            target: "tlbvisor::hv::reflect",
            kind = ?kind,
            guest_pc,
            vector,
            "reflected into the guest"
        ),
        Event::Mmio { guest_pc, gpa, access } => tracing::trace!(
            target: "tlbvisor::hv::mmio",
            kind = ?access,
            guest_pc,
            gpa = gpa.raw(),
            "mmio replay"
        ),
        Event::TagFlush { dropped } => {
            tracing::trace!(target: "tlbvisor::hv::shadow", kind = "tag-flush", dropped, "shadow IDs exhausted");
        }
        Event::Context { guest_msr, guest_pids, host_pids } => tracing::trace!(
            target: "tlbvisor::hv::context",
            kind = "context",
            guest_msr,
            guest_pid0 = guest_pids[0],
            guest_pid1 = guest_pids[1],
            guest_pid2 = guest_pids[2],
            host_pid0 = host_pids[0],
            host_pid1 = host_pids[1],
            "guest context switched"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_keeps_the_most_recent() {
        let mut r = Recorder::new(2);
        for i in 0..3 {
            r.record(Event::Exit { kind: ExitKind::Syscall, guest_pc: i, ea: 0 });
        }
        assert_eq!((r.log.len(), r.log.dropped(), r.exits.syscall), (2, 1, 3));
        let pcs: Vec<u32> = r
            .log
            .iter()
            .map(|e| match e {
                Event::Exit { guest_pc, .. } => *guest_pc,
                _ => u32::MAX,
            })
            .collect();
        assert_eq!(pcs, [1, 2]);
    }
}
