//! Access chains under the hypervisor (for `explain --accesses`): each completed guest
//! instruction's fetch and data access as EA -> guest TLB entry -> GPA -> guest-physical map ->
//! HPA -> the host TLB entry (shadow) that served it. The x86 analogy: guest virtual -> guest
//! physical -> host physical, with the shadow playing the part of the combined translation.
//!
//! Only [`Guest::observe`](super::Guest::observe) turns this on; the ordinary run loop never probes.

use crate::addr::Ea;
use crate::cpu::{AccessProbe, StepOutcome};
use crate::events::AccessChain;
use crate::mmu::Access;

use super::Hypervisor;

impl Hypervisor {
    /// The chain of an access in the guest's current context.
    pub(super) fn chain(&self, access: Access, ea: u32, size: u8) -> AccessChain {
        let guest = self.guest.vcpu.translate_probe(Ea::new(ea), access);
        let ram = guest.and_then(|t| self.guest.map.translate(t.pa));
        let host = self.host.cpu.arch.translate_probe(Ea::new(ea), access);
        AccessChain {
            access,
            ea,
            size,
            slot: guest.map(|t| t.slot),
            pa: guest.map(|t| t.pa.raw()),
            hpa: ram.map(|r| r.hpa.raw()),
            host_slot: host.map(|t| t.slot),
        }
    }

    pub(super) fn before_step(&self) -> AccessProbe {
        AccessProbe::before(&self.host.cpu, |a, ea, size| self.chain(a, ea, size))
    }

    /// Records the accesses of the instruction the step completed (if it did).
    pub(super) fn after_step(&mut self, probe: AccessProbe, outcome: StepOutcome) {
        let events = probe.after(&self.host.cpu, outcome, |a, ea, size| self.chain(a, ea, size));
        events.into_iter().flatten().for_each(|e| self.guest.rec.record(e));
    }
}
