//! Access chains under the hypervisor (for `explain --accesses`): each completed guest
//! instruction's fetch and data access as EA -> guest TLB entry -> GPA -> guest-physical map ->
//! HPA -> the host TLB entry (shadow) that served it. The x86 analogy: guest virtual -> guest
//! physical -> host physical, with the shadow playing the part of the combined translation.
//!
//! Only [`VirtMachine::observe`] turns this on; the ordinary run loop never probes.

use crate::addr::Ea;
use crate::events::{AccessChain, Event};
use crate::mmu::Access;

use super::VirtMachine;

/// What a chain needs from before the step.
pub(super) struct Before {
    pc: u32,
    fetch: AccessChain,
    gpr: [u32; 32],
}

impl VirtMachine {
    /// Observes the next runs: the guest's architectural events (its TLB instructions, the
    /// interrupts delivered into it, its returns and context changes) are kept in the event log
    /// with the hypervisor's own (which it always keeps), and with `accesses` every completed
    /// instruction's accesses too (a slower run loop). Unobserved runs build none of them.
    pub fn observe(&mut self, accesses: bool) {
        self.observed = true;
        self.accesses = accesses;
    }

    /// The chain of an access in the guest's current context.
    fn chain(&self, access: Access, ea: u32, size: u8) -> AccessChain {
        let ctx = self.guest.xlate_ctx(access);
        let guest = self.guest.tlb.translate(Ea(ea), access, &ctx).ok();
        let ram = guest.and_then(|t| self.map.translate(t.pa));
        let host = self.cpu.translate_probe(Ea(ea), access);
        AccessChain {
            access,
            ea,
            size,
            slot: guest.map(|t| t.slot),
            pa: guest.map(|t| t.pa.raw()),
            hpa: ram.map(|r| r.hpa.raw()),
            host_slot: host.map(|(s, _)| s),
        }
    }

    pub(super) fn before_step(&self) -> Before {
        let pc = self.cpu.pc.raw() & !3;
        Before { pc, fetch: self.chain(Access::Fetch, pc, 4), gpr: self.cpu.gpr }
    }

    /// Records the accesses of the instruction the last step completed.
    pub(super) fn after_step(&mut self, b: Before) {
        self.rec.record(Event::Access { pc: b.pc, chain: Box::new(b.fetch) });
        let data = self.cpu.last_insn().and_then(|insn| crate::cpu::data_access_of(insn, &b.gpr));
        if let Some(d) = data {
            let c = self.chain(d.access, d.ea.raw(), d.size);
            self.rec.record(Event::Access { pc: b.pc, chain: Box::new(c) });
        }
    }
}
