//! The bare machine's observed run: after each step the core's architectural events go into the
//! machine's [`EventLog`], preceded (with accesses on) by the completed instruction's fetch and
//! data access as translation chains (EA -> TLB entry -> physical address).

use crate::cpu::{Cpu, StepOutcome};
use crate::events::{AccessChain, Event, EventLog};
use crate::mmu::Access;

/// What an access chain needs from before the step: the PC, its fetch translation and the GPRs
/// (an update form changes its base register).
pub(super) struct Before {
    pc: u32,
    fetch: AccessChain,
    gpr: [u32; 32],
}

impl Before {
    pub(super) fn of(cpu: &Cpu) -> Before {
        let pc = cpu.pc.raw() & !3;
        Before { pc, fetch: chain(cpu, Access::Fetch, pc, 4), gpr: cpu.gpr }
    }
}

/// The bare chain of an access: the entry of the core's TLB that translates it and the
/// physical address.
fn chain(cpu: &Cpu, access: Access, ea: u32, size: u8) -> AccessChain {
    let t = cpu.translate_probe(crate::addr::Ea(ea), access);
    AccessChain {
        access,
        ea,
        size,
        slot: t.map(|(s, _)| s),
        pa: t.map(|(_, pa)| pa.raw()),
        hpa: None,
        host_slot: None,
    }
}

/// Records the step's accesses (if it completed an instruction and `before` was taken) and the
/// core's events.
pub(super) fn after_step(
    cpu: &mut Cpu,
    log: Option<&mut EventLog>,
    before: Option<Before>,
    outcome: StepOutcome,
) {
    let Some(log) = log else { return };
    if let Some(b) = before
        && matches!(outcome, StepOutcome::Retired | StepOutcome::Halted)
    {
        log.record(Event::Access { pc: b.pc, chain: Box::new(b.fetch) });
        if let Some(d) = cpu.last_insn().and_then(|insn| crate::cpu::data_access_of(insn, &b.gpr)) {
            let c = chain(cpu, d.access, d.ea.raw(), d.size);
            log.record(Event::Access { pc: b.pc, chain: Box::new(c) });
        }
    }
    cpu.drain_events().for_each(|e| log.record(e));
}
