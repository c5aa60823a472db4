//! Reflection: delivering an interrupt into the guest exactly as the bare core delivers it, with
//! the same function ([`crate::cpu::PrivState::deliver`]) on the vCPU: guest SRR0/1 (or
//! CSRR/MCSRR), DEAR, ESR, the MAS preload of a TLB error (from the guest's MAS4, PIDs and next
//! victim), the guest's new-MSR rules and its IVPR/IVOR vector.

use crate::cpu::{Delivery, Interrupt, InterruptKind};

use super::events::Event;
use super::stats::ExitKind;
use super::{Flow, Hypervisor};

impl Hypervisor {
    /// Records the exit as `exit` and delivers `irq` to the guest; the guest continues at its
    /// vector, or checkstops (a machine check with its MSR\[ME\] = 0).
    pub(super) fn reflect(&mut self, irq: Interrupt, exit: ExitKind) -> Flow {
        let guest_pc = self.host.cpu.pc.raw();
        let ea = match irq.kind {
            crate::cpu::InterruptKind::DataTlbError { dear, .. }
            | crate::cpu::InterruptKind::DataStorage { dear, .. }
            | crate::cpu::InterruptKind::Alignment { dear, .. } => dear.raw(),
            _ => irq.srr0.raw(),
        };
        self.guest.rec.record(Event::Exit { kind: exit, guest_pc, ea });
        self.deliver_to_guest(irq)
    }

    /// Delivers `irq` to the guest (no exit recorded: the caller has).
    pub(super) fn deliver_to_guest(&mut self, irq: Interrupt) -> Flow {
        let mut obs = super::coherence::Coherence {
            shadows: &mut self.host.shadows,
            host: &mut self.host.cpu.arch.tlb,
            rec: &mut self.guest.rec,
            guest_pc: irq.srr0.raw(),
            record_arch: self.guest.observed,
        };
        let from = self.host.cpu.pc.raw();
        match self.guest.vcpu.deliver_with(&irq, &mut obs) {
            Delivery::Delivered { pc } => {
                self.host.cpu.pc = pc;
                // A storm of interrupts the guest cannot get past ends the run (`stalled`).
                let guest = &self.guest.vcpu;
                let fault = || crate::machine::stall::Fault {
                    kind: irq.kind.name(),
                    pc: from,
                    srr0: irq.srr0.raw(),
                    esr: guest.sprs.esr,
                    dear: guest.sprs.dear,
                    vector: pc.raw(),
                };
                if let Some(s) = self.guest.run.watch.delivered(
                    self.guest.run.instructions,
                    irq.kind,
                    from,
                    irq.srr0.raw(),
                    fault,
                ) {
                    tracing::debug!(target: "tlbvisor::hv", guest_pc = from, count = s.count, "the guest takes interrupts again and again: run stopped");
                    self.guest.run.stall = Some(s);
                }
                // `sc` is already a step: its instruction completed (`instructions`).
                if irq.kind != InterruptKind::SystemCall {
                    self.guest.run.deliveries += 1;
                }
                self.guest.rec.record(Event::Reflect {
                    kind: irq.kind,
                    guest_pc: irq.srr0.raw(),
                    vector: pc.raw(),
                });
                Flow::Resume
            }
            Delivery::Checkstop => {
                self.guest.rec.record(Event::Reflect { kind: irq.kind, guest_pc: irq.srr0.raw(), vector: 0 });
                Flow::Checkstop
            }
        }
    }
}
