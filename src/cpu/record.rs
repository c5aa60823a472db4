//! Observing the core: its architectural events ([`crate::events`]) kept in a buffer the owner
//! drains after each step, and the accesses an instruction is about to make (for `explain
//! --accesses`).
//!
//! Nothing here is on the path of an ordinary instruction: the buffer is consulted only by the
//! privileged instructions and interrupt delivery (not per instruction), and the access probe is
//! called only by an owner's observing run loop.

use crate::addr::{Ea, Hpa};
use crate::events::{ArchEvent, Event};
use crate::isa::Insn;
use crate::mmu::{Access, SlotId};

use super::Cpu;
use super::state::TlbObserver;

/// The bare core's observer: tags each architectural event with the PC and keeps it in the
/// core's buffer when recording is on, or traces it at once.
pub(super) struct CoreObserver<'a> {
    pub(super) pc: u32,
    pub(super) buf: Option<&'a mut Vec<Event>>,
}

impl TlbObserver<Hpa> for CoreObserver<'_> {
    #[inline]
    fn observing(&self) -> bool {
        self.buf.is_some() || tracing::level_enabled!(tracing::Level::TRACE)
    }

    fn arch(&mut self, e: ArchEvent) {
        let e = Event::Arch { pc: self.pc, e: Box::new(e) };
        match self.buf.as_mut() {
            Some(buf) => buf.push(e),
            None => crate::events::trace(&e),
        }
    }
}

/// The data access a load or store makes: kind, EA and size (the first word of `lmw`/`stmw`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DataAccess {
    /// Load or store.
    pub access: Access,
    /// The effective address.
    pub ea: Ea,
    /// Bytes.
    pub size: u8,
}

impl Cpu {
    /// Turns the event buffer on (events are kept until [`Cpu::drain_events`]) or off (they are
    /// traced at once).
    pub fn record_events(&mut self, on: bool) {
        self.events = if on { Some(Vec::new()) } else { None };
    }

    /// Whether the event buffer is on.
    pub const fn records_events(&self) -> bool {
        self.events.is_some()
    }

    /// The architectural events since the last call, oldest first.
    pub fn drain_events(&mut self) -> impl Iterator<Item = Event> + '_ {
        self.events.iter_mut().flat_map(|b| b.drain(..))
    }

    /// The TLB slot of the core's TLB that translates an access of kind `access` at `ea` in the
    /// current context, and the physical address, if one does.
    pub fn translate_probe(&self, ea: Ea, access: Access) -> Option<(SlotId, Hpa)> {
        let ctx = self.arch.xlate_ctx(access);
        self.arch.tlb.translate(ea, access, &ctx).ok().map(|t| (t.slot, t.pa))
    }
}

/// The data access `insn` makes with the registers `gpr` (loads, stores, `lmw`/`stmw`,
/// `lwarx`/`stwcx.`), or `None` for an instruction that makes none.
pub fn data_access_of(insn: Insn, gpr: &[u32; 32]) -> Option<DataAccess> {
    let (access, ea, size) = super::loadstore::data_access(insn, gpr)?;
    Some(DataAccess { access, ea: Ea(ea), size: size.bytes() as u8 })
}
