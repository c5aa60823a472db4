//! The hypervisor's side of the event log: the [`Recorder`], the one place a hypervisor event is
//! counted, logged and traced, and why shadows are dropped ([`InvalidateCause`]).
//!
//! [`Recorder::record`] in one place
//! * bumps the statistics ([`super::stats`]),
//! * appends the event to the in-memory [`EventLog`] (what reports and `explain` read), which
//!   emits it as a `tracing` event with structured fields ([`crate::events::trace`]: targets
//!   `tlbvisor::hv::*` with `guest_pc`, `gpa`, `hpa`, `tlb`, `esel`, `mnemonic`, `kind`, ...), so
//!   `RUST_LOG=tlbvisor::hv=trace tlbvisor run X --mode virt` prints them.
//!
//! The guest's architectural events (its `tlbwe`, the interrupts delivered into it, its `rfi`)
//! come from the shared privileged-instruction and delivery code through the observer the
//! hypervisor passes it, tagged with the guest PC of the exit: recorded here too when the run is
//! observed (`Hypervisor::observe`, what `explain` does), else only traced.
//!
//! Guest TLB coordinates are `tlb`/`esel` (the entry index: `set * 4 + way` for TLB0, as MAS0
//! and the JSON name it); host ones are `host_tlb`/`host_index`.

use super::stats::{Exits, ShadowStats};

pub use crate::events::{Event, EventLog};

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
            Event::Reflect { .. }
            | Event::Mmio { .. }
            | Event::Context { .. }
            | Event::Arch { .. }
            | Event::Access { .. } => {}
        }
        self.log.record(e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hv::ExitKind;

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
