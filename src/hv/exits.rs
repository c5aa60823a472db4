//! The exit dispatch: one arm per kind of host interrupt, each calling a named handler.
//!
//! The host core reports an interrupt with nothing changed (precise; `sc` has completed), so a
//! handler sees the guest exactly as the bare core would at that point.
//!
//! | host interrupt | guest TLB says | disposition |
//! |---|---|---|
//! | data/instruction TLB error | miss | reflect the TLB error (`*tlb_real_miss`) |
//! | | permission refused | reflect DSI/ISI (`dsi`, `isi`) |
//! | | hit, guest RAM | fill a shadow (`*tlb_virt_miss`) |
//! | | hit, not RAM | replay on the device model (`mmio`) |
//! | DSI/ISI | refused | reflect it |
//! | | allows it | drop the shadow that refused, continue as a TLB error |
//! | program | — | emulate a privileged instruction, or reflect |
//! | DSI with ESR\[DLK\]/\[ILK\] | — | emulate the cache-locking instruction (`emulate`) |
//! | system call, alignment, asynchronous | — | reflect |

use crate::addr::{Ea, Gpa};
use crate::cpu::interrupt::esr;
use crate::cpu::{Interrupt, InterruptKind, ProgramCause};
use crate::mmu::{Access, Translation, XlateFault};
use crate::phys::RamTranslation;

use super::events::{Event, InvalidateCause};
use super::shadow::HostContext;
use super::stats::{ExitKind, emulated_index};
use super::{Flow, Hypervisor};

/// The data access kind an ESR describes.
const fn data_access(esr_value: u32) -> Access {
    if esr_value & esr::ST != 0 { Access::Store } else { Access::Load }
}

impl Hypervisor {
    /// Handles one exit: the guest's SPRs come out of the host core, the handler runs against
    /// the vCPU, and they go back (with the host MSR and PIDs of the guest's new context).
    pub(super) fn handle_exit(&mut self, irq: Interrupt) -> Flow {
        self.save_guest();
        let mark = if self.guest.observed { self.shared_mark() } else { None };
        let flow = self.dispatch(irq);
        if let Some(mark) = mark {
            self.note_shared(mark, irq);
        }
        self.load_guest();
        self.after_exit();
        flow
    }

    /// The dispatch.
    pub(super) fn dispatch(&mut self, irq: Interrupt) -> Flow {
        match irq.kind {
            InterruptKind::DataTlbError { dear, esr, .. } => self.tlb_miss(irq, data_access(esr), dear),
            InterruptKind::InstructionTlbError { .. } => self.tlb_miss(irq, Access::Fetch, irq.srr0),
            // The host's user-state cache-locking DSI: the guest's lock instruction, emulated.
            InterruptKind::DataStorage { esr, .. } if esr & (esr::DLK | esr::ILK) != 0 => {
                self.cache_lock(irq)
            }
            InterruptKind::DataStorage { dear, esr } => self.refused(irq, data_access(esr), dear),
            InterruptKind::InstructionStorage { .. } => self.refused(irq, Access::Fetch, irq.srr0),
            InterruptKind::Program(cause) => self.program(irq, cause),
            InterruptKind::SystemCall => self.syscall(irq),
            InterruptKind::Alignment { .. } => self.reflect(irq, ExitKind::Alignment),
            InterruptKind::MachineCheck { .. } => self.host_machine_check(irq),
            InterruptKind::CriticalInput
            | InterruptKind::ExternalInput
            | InterruptKind::Decrementer
            | InterruptKind::FixedIntervalTimer
            | InterruptKind::Watchdog
            | InterruptKind::Debug => self.asynchronous(irq),
        }
    }

    /// A host TLB miss at `ea`: look the access up in the guest's TLB, in the guest's context.
    fn tlb_miss(&mut self, irq: Interrupt, access: Access, ea: Ea) -> Flow {
        if let Some(flow) = self.magic_access(irq, access, ea) {
            return flow;
        }
        let ctx = self.guest.vcpu.xlate_ctx(access);
        match self.guest.vcpu.tlb.translate(ea, access, &ctx) {
            Err(XlateFault::Miss) => self.reflect_miss(irq, access, ea),
            Err(XlateFault::Permission { .. }) => self.reflect_refusal(irq, access, ea),
            Ok(t) => match self.guest.map.translate(t.pa) {
                Some(ram) => {
                    self.virt_miss(access, ea, &t, &ram);
                    Flow::Resume
                }
                None => self.mmio(access, ea, t),
            },
        }
    }

    /// The guest's TLB translates to guest RAM what the host TLB missed: record the virt miss
    /// and fill the shadow.
    pub(super) fn virt_miss(&mut self, access: Access, ea: Ea, t: &Translation<Gpa>, ram: &RamTranslation) {
        let kind = if access == Access::Fetch { ExitKind::ItlbVirtMiss } else { ExitKind::DtlbVirtMiss };
        self.guest.rec.record(Event::Exit { kind, guest_pc: self.host.cpu.pc.raw(), ea: ea.raw() });
        let ctx = self.guest.host_context;
        self.fill_shadow(&ctx, access, ea, t, ram, false);
    }

    /// Fills the shadow of `ea` in `ctx` for `access` from the guest entry `t` found, with the
    /// instruction count as the progress mark, never over the magic page in a supervisor
    /// context: the lazy fill (`prefault` false) and the prefault at `tlbwe`
    /// ([`super::prefault`]) share it.
    pub(super) fn fill_shadow(
        &mut self,
        ctx: &HostContext,
        access: Access,
        ea: Ea,
        t: &Translation<Gpa>,
        ram: &RamTranslation,
        prefault: bool,
    ) {
        let avoid = self.magic_page_in(ctx.pr);
        self.host.shadows.note_progress(self.guest.run.instructions);
        self.host.shadows.fill(
            &mut self.host.cpu.arch.tlb,
            &self.guest.vcpu.tlb,
            ctx,
            access,
            ea,
            t,
            ram,
            avoid,
            prefault,
            &mut self.guest.rec,
        );
    }

    /// A host DSI/ISI: a shadow refused the access. If the guest refuses it too, reflect;
    /// otherwise the shadow cannot serve this access (the other class of a split-AS context, or
    /// stale): drop it and treat the access as a host miss.
    fn refused(&mut self, irq: Interrupt, access: Access, ea: Ea) -> Flow {
        if let Some(flow) = self.magic_access(irq, access, ea) {
            return flow;
        }
        let ctx = self.guest.vcpu.xlate_ctx(access);
        if let Err(XlateFault::Permission { .. }) = self.guest.vcpu.tlb.translate(ea, access, &ctx) {
            return self.reflect_refusal(irq, access, ea);
        }
        let host_ctx = self.host.cpu.arch.xlate_ctx(access);
        if let Err(XlateFault::Permission { slot }) = self.host.cpu.arch.tlb.translate(ea, access, &host_ctx)
        {
            self.host.shadows.invalidate_host(
                &mut self.host.cpu.arch.tlb,
                slot,
                InvalidateCause::Refused,
                &mut self.guest.rec,
            );
        }
        self.tlb_miss(irq, access, ea)
    }

    /// Reflects the TLB error the bare core would raise, in the guest's address space.
    fn reflect_miss(&mut self, irq: Interrupt, access: Access, ea: Ea) -> Flow {
        let space = self.guest.vcpu.xlate_ctx(access).as_;
        let (kind, exit) = match irq.kind {
            InterruptKind::DataTlbError { esr, .. } | InterruptKind::DataStorage { esr, .. } => {
                (InterruptKind::DataTlbError { dear: ea, esr, space }, ExitKind::DtlbRealMiss)
            }
            _ => (InterruptKind::InstructionTlbError { space }, ExitKind::ItlbRealMiss),
        };
        self.reflect(Interrupt { kind, srr0: irq.srr0 }, exit)
    }

    /// Reflects the DSI/ISI the bare core would raise (ESR\[ST\] for a store, 0 for a fetch).
    fn reflect_refusal(&mut self, irq: Interrupt, access: Access, ea: Ea) -> Flow {
        let (kind, exit) = match access {
            Access::Fetch => (InterruptKind::InstructionStorage { esr: 0 }, ExitKind::Isi),
            Access::Load => (InterruptKind::DataStorage { dear: ea, esr: 0 }, ExitKind::Dsi),
            Access::Store => (InterruptKind::DataStorage { dear: ea, esr: esr::ST }, ExitKind::Dsi),
        };
        self.reflect(Interrupt { kind, srr0: irq.srr0 }, exit)
    }

    /// A program interrupt: a privileged instruction (or SPR access) is emulated against the
    /// vCPU, which decides whether it completes or raises the bare core's program interrupt;
    /// anything else (illegal word, trap) is reflected.
    fn program(&mut self, irq: Interrupt, cause: ProgramCause) -> Flow {
        match self.host.cpu.last_insn() {
            // A cache-locking instruction's program interrupt is QEMU's illegal one: reflected.
            Some(insn)
                if cause != ProgramCause::Trap
                    && !insn.op.is_cache_lock()
                    && emulated_index(insn.op).is_some() =>
            {
                self.emulate(irq, insn)
            }
            _ => self.reflect(irq, ExitKind::Program),
        }
    }

    /// `sc` completed on the core (it counts as an instruction) and lands here: a paravirtual
    /// guest's hypercall is answered, anything else reflected.
    fn syscall(&mut self, irq: Interrupt) -> Flow {
        if let Some(flow) = self.hypercall(irq) {
            return flow;
        }
        self.guest.run.instructions += 1;
        self.reflect(irq, ExitKind::Syscall)
    }

    /// An asynchronous interrupt the guest's MSR enables: reflected, unless a paravirtual guest
    /// is in its critical section (docs/paravirt.md §3), or cleared MSR\[EE\] in its page since
    /// the host MSR was set: then it stays pending, and the entry masks it on the host core and
    /// sets `int_pending`.
    fn asynchronous(&mut self, irq: Interrupt) -> Flow {
        let ee_class = matches!(
            irq.kind,
            InterruptKind::ExternalInput | InterruptKind::FixedIntervalTimer | InterruptKind::Decrementer
        );
        let masked_in_page = ee_class
            && self.supervisor_magic_page().is_some()
            && self.guest.vcpu.msr & crate::cpu::state::msr::EE == 0;
        if masked_in_page || (ee_class && self.in_critical_section()) {
            let guest_pc = self.host.cpu.pc.raw();
            self.guest.rec.record(Event::Exit { kind: ExitKind::Async, guest_pc, ea: irq.srr0.raw() });
            return Flow::Resume;
        }
        self.reflect(irq, ExitKind::Async)
    }

    /// Nothing answered a host address the guest reached: a shadow mapped something that is not
    /// RAM, which the fill rules never do. Reflect a machine check at the guest's PC without
    /// revealing the host address.
    fn host_machine_check(&mut self, irq: Interrupt) -> Flow {
        tracing::error!(target: "tlbvisor::hv", guest_pc = irq.srr0.raw(), "host machine check under a guest");
        let access = match irq.kind {
            InterruptKind::MachineCheck { access, .. } => access,
            _ => Access::Load,
        };
        let kind = InterruptKind::MachineCheck { addr: 0, access };
        self.reflect(Interrupt { kind, srr0: irq.srr0 }, ExitKind::HostMachineCheck)
    }
}
