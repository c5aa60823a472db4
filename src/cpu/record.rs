//! Observing the core: its architectural events ([`crate::events`]) kept in a buffer the owner
//! drains after each step, and the accesses an instruction is about to make (for `explain
//! --accesses`).
//!
//! Nothing here is on the path of an ordinary instruction: the buffer is consulted only by the
//! privileged instructions and interrupt delivery (not per instruction), and the access probe is
//! called only by an owner's observing run loop.

use crate::addr::Hpa;
use crate::events::{AccessChain, ArchEvent, Event};
use crate::mmu::Access;
use crate::narrow::Narrow;

use super::state::TlbObserver;
use super::{Cpu, StepOutcome};

/// The bare core's observer: tags each architectural event with the PC and keeps it in the
/// core's buffer when recording is on, or traces it at once.
pub(super) struct CoreObserver<'a> {
    pub(super) pc: u32,
    pub(super) buf: Option<&'a mut Vec<Event>>,
}

impl TlbObserver<Hpa> for CoreObserver<'_> {
    #[inline]
    fn observing(&self) -> bool {
        crate::events::wanted(self.buf.is_some())
    }

    fn arch(&mut self, e: ArchEvent) {
        if let Some(e) = crate::events::arch_event(self.pc, e, self.buf.is_some())
            && let Some(buf) = self.buf.as_mut()
        {
            buf.push(e);
        }
    }
}

/// What the access chains of the instruction a step completes need from before the step: its
/// PC, its fetch's chain and the GPRs (an update form changes its base register). Each mode
/// supplies `chain`: the translation chain of one access, in its own terms.
pub(crate) struct AccessProbe {
    pc: u32,
    fetch: AccessChain,
    gpr: [u32; 32],
}

impl AccessProbe {
    pub(crate) fn before(cpu: &Cpu, chain: impl Fn(Access, u32, u8) -> AccessChain) -> Self {
        let pc = cpu.pc.raw() & !3;
        AccessProbe { pc, fetch: chain(Access::Fetch, pc, 4), gpr: cpu.gpr }
    }

    /// The step's access events: none unless it completed an instruction; else its fetch, then
    /// its data access if it made one.
    pub(crate) fn after(
        self,
        cpu: &Cpu,
        outcome: StepOutcome,
        chain: impl Fn(Access, u32, u8) -> AccessChain,
    ) -> [Option<Event>; 2] {
        if !matches!(outcome, StepOutcome::Retired | StepOutcome::Halted) {
            return [None, None];
        }
        let data = cpu.last_insn().and_then(|insn| super::loadstore::data_access(insn, &self.gpr));
        let event = |c| Event::Access { pc: self.pc, chain: Box::new(c) };
        [
            Some(event(self.fetch)),
            data.map(|(access, ea, size)| event(chain(access, ea, size.bytes().low_u8()))),
        ]
    }
}

impl Cpu {
    /// Turns the event buffer on (events are kept until [`Cpu::drain_events`]) or off (they are
    /// traced at once).
    pub fn record_events(&mut self, on: bool) {
        self.events = if on { Some(Vec::new()) } else { None };
    }

    /// The architectural events since the last call, oldest first.
    pub fn drain_events(&mut self) -> impl Iterator<Item = Event> + '_ {
        self.events.iter_mut().flat_map(|b| b.drain(..))
    }
}
