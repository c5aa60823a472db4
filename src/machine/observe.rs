//! The bare machine's observed run: after each step the core's architectural events go into the
//! machine's [`EventLog`], preceded (with accesses on) by the completed instruction's fetch and
//! data access as translation chains (EA -> TLB entry -> physical address).

use crate::cpu::{AccessProbe, Cpu, StepOutcome};
use crate::events::{AccessChain, EventLog};
use crate::mmu::Access;

/// The bare chain of an access: the entry of the core's TLB that translates it and the
/// physical address.
pub(super) fn chain(cpu: &Cpu, access: Access, ea: u32, size: u8) -> AccessChain {
    let t = cpu.arch.translate_probe(crate::addr::Ea::new(ea), access);
    AccessChain {
        access,
        ea,
        size,
        slot: t.map(|t| t.slot),
        pa: t.map(|t| t.pa.raw()),
        hpa: None,
        host_slot: None,
    }
}

/// Records the step's accesses (if `probe` was taken) and the core's events.
pub(super) fn after_step(
    cpu: &mut Cpu,
    log: Option<&mut EventLog>,
    probe: Option<AccessProbe>,
    outcome: StepOutcome,
) {
    let Some(log) = log else { return };
    if let Some(p) = probe {
        p.after(cpu, outcome, |a, ea, size| chain(cpu, a, ea, size))
            .into_iter()
            .flatten()
            .for_each(|e| log.record(e));
    }
    cpu.drain_events().for_each(|e| log.record(e));
}
