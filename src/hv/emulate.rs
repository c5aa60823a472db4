//! Emulation of the privileged instructions the guest executes in supervisor state (they trap
//! with a program interrupt, ESR\[PPR\], at host MSR\[PR\] = 1; docs/booke-mmu.md §4.4).
//!
//! Every one runs through [`crate::cpu::PrivState::exec_privileged`] on the vCPU, the function
//! the bare core executes them with: mtmsr mfmsr wrtee wrteei rfi rfci rfmci, mtspr/mfspr of every
//! SPR (MMUCSR0 flash invalidation included), tlbwe tlbre tlbsx tlbivax tlbilx tlbsync dcbi. So
//! the guest gets whatever the bare core would give, including the program interrupt of a guest
//! in user state or of an illegal form; TLB changes reach the shadows through the
//! [`super::coherence::Coherence`] observer. A completed instruction advances the PC (or jumps,
//! for the `rfi` family) and retires on the guest's state as on the core (time base tick, the
//! instruction-complete debug event).
//!
//! The cache-locking instructions trap differently: the host core, in user state with
//! MSR\[UCLE\] = 0, raises a data storage interrupt with ESR\[DLK\]/\[ILK\] for every one of
//! them. [`Hypervisor::cache_lock`] runs them with [`crate::cpu::PrivState::cache_lock`] on the
//! vCPU and translates the EA as a load in the guest's TLB, as the bare core does.

use crate::cpu::cachelock::CacheLock;
use crate::cpu::{Interrupt, InterruptKind, PrivFlow};
use crate::isa::{Insn, Op};
use crate::mmu::{Access, XlateFault};

use super::coherence::Coherence;
use super::events::Event;
use super::stats::ExitKind;
use super::{Flow, Hypervisor};

impl Hypervisor {
    /// Emulates `insn` (one of [`super::EMULATED`]), which trapped as `irq`.
    pub(super) fn emulate(&mut self, irq: Interrupt, insn: Insn) -> Flow {
        let guest_pc = self.host.cpu.pc.raw();
        self.guest.rec.record(Event::Exit { kind: ExitKind::Emulated(insn.op), guest_pc, ea: 0 });
        let mut obs = Coherence {
            shadows: &mut self.host.shadows,
            host: &mut self.host.cpu.arch.tlb,
            rec: &mut self.guest.rec,
            guest_pc,
            record_arch: self.guest.observed,
        };
        let msr_before = self.guest.vcpu.msr;
        let result = self.guest.vcpu.exec_privileged(insn, &mut self.host.cpu.gpr, &mut obs);
        let next = match result {
            Ok(PrivFlow::Next) => self.host.cpu.pc.wrapping_add(4),
            Ok(PrivFlow::Jump(target)) => target,
            Err(cause) => {
                return self
                    .deliver_to_guest(Interrupt { kind: InterruptKind::Program(cause), srr0: irq.srr0 });
            }
        };
        if insn.op == Op::Dcbi
            && let Some(fault) = self.dcbi_fault(insn)
        {
            return self.deliver_to_guest(Interrupt { kind: fault, srr0: irq.srr0 });
        }
        if insn.op == Op::Tlbwe && self.guest.pv.is_some() {
            self.prefault();
        }
        self.host.cpu.pc = next;
        self.guest.vcpu.retire(msr_before);
        self.guest.run.instructions += 1;
        if self.guest.vcpu.waiting() { Flow::Wait } else { Flow::Resume }
    }

    /// A guest cache-locking instruction (the host took its user-state cache-locking DSI): the
    /// guest's state decides (its own cache-locking DSI, QEMU's behaviour), then the EA is
    /// translated as a load in the guest's TLB; a completed one advances the guest.
    pub(super) fn cache_lock(&mut self, irq: Interrupt) -> Flow {
        let Some(insn) = self.host.cpu.last_insn().filter(|i| i.op.is_cache_lock()) else {
            return self.reflect(irq, super::stats::ExitKind::Dsi);
        };
        let guest_pc = self.host.cpu.pc.raw();
        let ea = self.guest_ea_x(insn);
        self.guest.rec.record(Event::Exit { kind: ExitKind::Emulated(insn.op), guest_pc, ea: ea.raw() });
        let msr_before = self.guest.vcpu.msr;
        let fault = match self.guest.vcpu.cache_lock(insn.op, ea) {
            Err(kind) => Some(kind),
            Ok(CacheLock::Done) => None,
            Ok(CacheLock::Translate) => self.guest_data_fault(ea, Access::Load),
        };
        if let Some(kind) = fault {
            return self.deliver_to_guest(Interrupt { kind, srr0: irq.srr0 });
        }
        self.host.cpu.pc = self.host.cpu.pc.wrapping_add(4);
        self.guest.vcpu.retire(msr_before);
        self.guest.run.instructions += 1;
        Flow::Resume
    }

    /// `dcbi` translates its EA as a store (it has no other effect on this model): the data TLB
    /// error or DSI the bare core raises when the guest's TLB refuses it.
    fn dcbi_fault(&self, insn: Insn) -> Option<InterruptKind> {
        self.guest_data_fault(self.guest_ea_x(insn), Access::Store)
    }

    /// The EA of an X-form instruction of the guest ((RA|0) + RB, the core's own rule).
    fn guest_ea_x(&self, insn: Insn) -> crate::addr::Ea {
        crate::addr::Ea::new(crate::cpu::loadstore::ea_x(insn, &self.host.cpu.gpr))
    }

    /// The data TLB error or DSI the guest's TLB gives an `access` at `ea` (ESR[ST] for a
    /// store), as the bare core raises them; `None` when it translates.
    fn guest_data_fault(&self, ea: crate::addr::Ea, access: Access) -> Option<InterruptKind> {
        let ctx = self.guest.vcpu.xlate_ctx(access);
        let esr = if access == Access::Store { crate::cpu::interrupt::esr::ST } else { 0 };
        match self.guest.vcpu.tlb.translate(ea, access, &ctx) {
            Ok(_) => None,
            Err(XlateFault::Miss) => Some(InterruptKind::DataTlbError { dear: ea, esr, space: ctx.as_ }),
            Err(XlateFault::Permission { .. }) => Some(InterruptKind::DataStorage { dear: ea, esr }),
        }
    }
}
