//! The hypervisor's events and its side of the event log: its [`Event`] (the core's events,
//! [`crate::events::Event`], plus exits, shadow fills, evictions and invalidations, reflections,
//! MMIO replays, tag flushes, context switches), how each is traced, the [`Recorder`], the one
//! place a hypervisor event is counted, logged and traced, and why shadows are dropped
//! ([`InvalidateCause`]).
//!
//! [`Recorder::record`] in one place
//! * bumps the statistics ([`super::stats`]),
//! * appends the event to the in-memory [`EventLog`] (what reports and `explain` read), which
//!   emits it as a `tracing` event with structured fields (targets `tlbvisor::hv::exit`,
//!   `tlbvisor::hv::shadow`, `tlbvisor::hv::reflect`, `tlbvisor::hv::mmio`,
//!   `tlbvisor::hv::context` with `guest_pc`, `gpa`, `hpa`, `tlb`, `esel`, `mnemonic`, `kind`,
//!   ...; the core's events under their own, [`crate::events::trace`]), so
//!   `RUST_LOG=tlbvisor::hv=trace tlbvisor run X --mode virt` prints them.
//!
//! The guest's architectural events (its `tlbwe`, the interrupts delivered into it, its `rfi`)
//! come from the shared privileged-instruction and delivery code through the observer the
//! hypervisor passes it, tagged with the guest PC of the exit: recorded here too (as
//! [`Event::Core`]) when the run is observed (`Guest::observe`, what `explain` does), else
//! only traced.
//!
//! Guest TLB coordinates are `tlb`/`esel` (the entry index: `set * 4 + way` for TLB0, as MAS0
//! and the JSON name it); host ones are `host_tlb`/`host_index`.

use super::stats::{ExitKind, Exits, ShadowStats};
use crate::addr::{Gpa, Hpa};
use crate::cpu::InterruptKind;
use crate::events::{Hex, Traced};
use crate::mmu::{Access, SlotId};

/// The hypervisor's event log.
pub type EventLog = crate::events::EventLog<Event>;

/// One thing that happened under the hypervisor: the guest's architectural events and accesses
/// (the same as the bare core's) or the hypervisor's own. Kept small (the hypervisor logs every
/// exit): the core's events are boxed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Event {
    /// An architectural event or access of the guest (its PC the guest PC of the exit being
    /// handled).
    Core(crate::events::Event),
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
        /// Why that size (see [`FillSize`]).
        why: FillSize,
        /// The guest entry's permission bits (MAS3 UX SX UW SW UR SR).
        guest_perms: u8,
        /// The shadow's permission bits.
        shadow_perms: u8,
        /// Whether the guest was in user state (its user rights were used).
        guest_pr: bool,
        /// Whether it was made ahead of the access, at a paravirtual guest's `tlbwe`
        /// (`super::prefault`), rather than on a host miss.
        prefault: bool,
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
    /// A paravirtual guest stored over one of its own instructions that would have exited
    /// (docs/paravirt.md §4: kvm.c rewriting itself). Recorded only in observed runs (`explain`,
    /// or tracing at DEBUG for `tlbvisor::hv::pv`): the run loop then looks at each store before
    /// it is made.
    Patch {
        /// The guest PC of the store.
        guest_pc: u32,
        /// The effective address of the word replaced.
        ea: u32,
        /// Its guest-physical address.
        gpa: Gpa,
        /// The instruction word before the store.
        old: u32,
        /// The word after it.
        new: u32,
        /// The EA of the guest's magic page (0 before it is mapped).
        page: u32,
    },
    /// An exit of a paravirtual guest whose values passed through the shared magic page
    /// (observed runs only): the registers the hypervisor read from the page or wrote into it.
    Shared {
        /// The effective address of the page.
        page: u32,
        /// What passed.
        what: SharedUse,
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

impl From<crate::events::Event> for Event {
    fn from(e: crate::events::Event) -> Self {
        Event::Core(e)
    }
}

/// What an exit of a paravirtual guest took from its magic page or put there
/// ([`Event::Shared`]; the page's layout is docs/paravirt.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SharedUse {
    /// An emulated `tlbwe` wrote the entry its MAS registers describe, as the guest left them in
    /// the page (MAS0, MAS1, MAS2, MAS3, MAS7).
    TlbweMas([u32; 5]),
    /// An emulated `rfi` returned to SRR0 with SRR1, as the guest left them in the page.
    RfiSrr {
        /// SRR0.
        srr0: u32,
        /// SRR1.
        srr1: u32,
    },
    /// A host data TLB miss at the magic page in guest supervisor state: the hypervisor wrote
    /// the page's host entry itself.
    MagicMapped,
    /// A reflected interrupt: SRR0, SRR1, the new MSR (and for a storage or TLB interrupt DEAR,
    /// ESR and the MAS preload) were written into the page as well as the vCPU.
    Reflected,
}

/// How a shadow's size was chosen: the largest e500 page no larger than the guest page and the
/// contiguous backing block (`limit`), then smaller if another guest entry overlaps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FillSize {
    /// log2 of the guest entry's page size.
    pub guest_page_log2: u8,
    /// log2 of the aligned, contiguous host block backing the guest page around the access.
    pub backing_block_log2: u8,
    /// Whether another guest entry overlapping the larger block made it smaller.
    pub clipped: bool,
    /// Whether host TLB1 was full of this instruction's shadows, so a 4 KiB piece went to TLB0.
    pub tlb0_fallback: bool,
}

impl FillSize {
    /// The guest entry's page size in bytes.
    pub const fn guest_page(&self) -> u64 {
        1 << self.guest_page_log2
    }
    /// The backing block in bytes.
    pub const fn backing_block(&self) -> u64 {
        1 << self.backing_block_log2
    }
}

impl Traced for Event {
    /// Emits the event as a `tracing` event (at TRACE level).
    fn trace(&self) {
        match *self {
            Event::Core(ref e) => crate::events::trace(e),
            Event::Exit { kind, guest_pc, ea } => {
                // Field values are computed only when the event is enabled (`Op::name` searches).
                let mnemonic = || match kind {
                    ExitKind::Emulated(op) => op.name(),
                    _ => "",
                };
                tracing::trace!(target: "tlbvisor::hv::exit", kind = kind.name(), mnemonic = mnemonic(), guest_pc = %Hex(guest_pc), ea = %Hex(ea), "exit");
            }
            Event::Fill { guest, host, ea, gpa, hpa, size, sid, why, shadow_perms, prefault, .. } => {
                tracing::trace!(
                    target: "tlbvisor::hv::shadow",
                    // A prefault is the same event under its own kind, so a lazy fill's line
                    // reads as it always has.
                    kind = if prefault { "prefault" } else { "fill" },
                    tlb = guest.tlb,
                    esel = guest.index,
                    host_tlb = host.tlb,
                    host_index = host.index,
                    ea = %Hex(ea),
                    gpa = %Hex(gpa.raw()),
                    hpa = %Hex(hpa.raw()),
                    size = %Hex(size),
                    sid,
                    guest_page = %Hex(why.guest_page()),
                    backing_block = %Hex(why.backing_block()),
                    clipped = why.clipped,
                    shadow_perms = %Hex(shadow_perms),
                    "shadow fill"
                )
            }
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
                kind = kind.name(),
                guest_pc = %Hex(guest_pc),
                vector = %Hex(vector),
                "reflected into the guest"
            ),
            Event::Mmio { guest_pc, gpa, access } => tracing::trace!(
                target: "tlbvisor::hv::mmio",
                kind = ?access,
                guest_pc = %Hex(guest_pc),
                gpa = %Hex(gpa.raw()),
                "mmio replay"
            ),
            Event::Patch { guest_pc, ea, gpa, old, new, .. } => tracing::debug!(
                target: "tlbvisor::hv::pv",
                kind = "patch",
                guest_pc = %Hex(guest_pc),
                ea = %Hex(ea),
                gpa = %Hex(gpa.raw()),
                old = %crate::isa::decode(old).disasm(ea),
                new = %crate::isa::decode(new).disasm(ea),
                "the guest patched its own instruction"
            ),
            Event::Shared { page, what } => tracing::trace!(
                target: "tlbvisor::hv::pv",
                kind = "shared",
                page = %Hex(page),
                what = ?what,
                "values through the magic page"
            ),
            Event::TagFlush { dropped } => {
                tracing::trace!(target: "tlbvisor::hv::shadow", kind = "tag-flush", dropped, "shadow IDs exhausted");
            }
            Event::Context { guest_msr, guest_pids, host_pids } => tracing::trace!(
                target: "tlbvisor::hv::context",
                kind = "context",
                guest_msr = %Hex(guest_msr),
                guest_pid0 = guest_pids[0],
                guest_pid1 = guest_pids[1],
                guest_pid2 = guest_pids[2],
                host_pid0 = host_pids[0],
                host_pid1 = host_pids[1],
                "guest context switched"
            ),
        }
    }
}

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

    /// Counts, logs and traces `e` (a hypervisor event or a core one). Inline: each caller
    /// knows its event's kind, so the count's match folds away there (an exit records several).
    #[inline(always)]
    pub fn record(&mut self, e: impl Into<Event>) {
        let e = e.into();
        match e {
            Event::Exit { kind, .. } => self.exits.count(kind),
            Event::Fill { host, prefault, .. } => {
                self.shadow.fills[usize::from(host.tlb.min(1))] += 1;
                self.shadow.prefaults += u64::from(prefault);
            }
            Event::Evict { .. } => self.shadow.evictions += 1,
            Event::Invalidate { .. } => self.shadow.invalidations += 1,
            Event::TagFlush { .. } => self.shadow.tag_flushes += 1,
            Event::Reflect { .. }
            | Event::Mmio { .. }
            | Event::Context { .. }
            | Event::Patch { .. }
            | Event::Shared { .. }
            | Event::Core(_) => {}
        }
        self.log.record(e);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hypervisor keeps up to 65536 events and records several per exit: keep them compact
    /// (48 bytes, as before the architectural events joined).
    #[test]
    fn events_stay_small() {
        assert!(std::mem::size_of::<Event>() <= 48, "{}", std::mem::size_of::<Event>());
    }

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
