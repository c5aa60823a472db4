//! Access chains under the hypervisor (for `explain --accesses`): each completed guest
//! instruction's fetch and data access as EA -> guest TLB entry -> GPA -> guest-physical map ->
//! HPA -> the host TLB entry (shadow) that served it. The x86 analogy: guest virtual -> guest
//! physical -> host physical, with the shadow playing the part of the combined translation.
//!
//! Only [`Guest::observe`](super::Guest::observe) turns this on; the ordinary run loop never probes.
//!
//! Also here: a paravirtual guest patching itself ([`Event::Patch`]). In an observed run of a
//! guest offered the interface (`explain`, or tracing at DEBUG for `tlbvisor::hv::pv`), each
//! word store is looked at before it is made: when the word it replaces is an instruction that
//! would exit (a privileged one, or `mfspr`/`mtspr` of a privileged SPR), the old and new
//! words are recorded once the store has completed. The store itself runs on the host core as
//! ever (it never exits), so this is the only way to see it; an ordinary run never looks.

use crate::addr::{Ea, Gpa};
use crate::cpu::loadstore::{ea_d, ea_x};
use crate::cpu::sprs::privileged_spr;
use crate::cpu::system::spr_of;
use crate::cpu::{AccessProbe, Interrupt, InterruptKind, StepOutcome};
use crate::events::AccessChain;
use crate::isa::{Insn, Op, decode};
use crate::mmu::Access;

use super::Hypervisor;
use super::events::{Event, SharedUse};
use super::shadow::PAGE_4K;

/// A word store about to replace an instruction that would exit (see the module's text).
#[derive(Clone, Copy, Debug)]
pub(super) struct PatchProbe {
    pc: u32,
    ea: u32,
    gpa: Gpa,
    old: u32,
}

/// Whether `insn`, run by the guest, would exit to the hypervisor: a privileged instruction, or
/// `mfspr`/`mtspr` of an SPR whose number has bit 0x10 (the privileged ones, docs/booke-mmu.md).
pub fn would_exit(insn: Insn) -> bool {
    match insn.op {
        Op::Mfspr | Op::Mtspr => privileged_spr(spr_of(insn)),
        op => op.is_privileged(),
    }
}

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

    /// The word at `gpa` in guest RAM.
    fn guest_word(&self, gpa: Gpa) -> Option<u32> {
        let mut w = [0u8; 4];
        self.guest.read(&self.host.mem, gpa, &mut w).then(|| u32::from_be_bytes(w))
    }

    /// Before a step of an observed paravirtual guest: if the instruction at the PC is a word
    /// store (`stw`, `stwu`, `stwx`, `stwux`) over an instruction that would exit, what it is
    /// about to replace.
    pub(super) fn before_patch(&self) -> Option<PatchProbe> {
        self.guest.pv.as_ref()?;
        let pc = self.host.cpu.pc.raw();
        let fetch = self.guest.vcpu.translate_probe(Ea::new(pc), Access::Fetch)?;
        let insn = decode(self.guest_word(fetch.pa)?);
        let ea = match insn.op {
            Op::Stw | Op::Stwu => ea_d(insn, &self.host.cpu.gpr),
            Op::Stwx | Op::Stwux => ea_x(insn, &self.host.cpu.gpr),
            _ => return None,
        };
        // The magic page is not guest memory (and holds no instructions).
        if ea & 3 != 0 || self.supervisor_magic_page().is_some_and(|p| Ea::new(ea).align_down(PAGE_4K) == p) {
            return None;
        }
        let gpa = self.guest.vcpu.translate_probe(Ea::new(ea), Access::Store)?.pa;
        let old = self.guest_word(gpa)?;
        would_exit(decode(old)).then_some(PatchProbe { pc, ea, gpa, old })
    }

    /// After the step: the patch, if the store completed and changed the word.
    pub(super) fn after_patch(&mut self, probe: PatchProbe, outcome: StepOutcome) {
        if !matches!(outcome, StepOutcome::Retired | StepOutcome::Halted) {
            return;
        }
        let PatchProbe { pc, ea, gpa, old } = probe;
        if let Some(new) = self.guest_word(gpa).filter(|&w| w != old) {
            let page = self.guest.pv.and_then(|p| p.magic_ea).map_or(0, Ea::raw);
            self.guest.rec.record(Event::Patch { guest_pc: pc, ea, gpa, old, new, page });
        }
    }

    /// Whether the run loop looks at stores for patches ([`Hypervisor::before_patch`]): a
    /// paravirtual guest, observed or traced.
    pub(super) fn watches_patches(&self) -> bool {
        self.guest.pv.is_some()
            && (self.guest.observed || tracing::enabled!(target: "tlbvisor::hv::pv", tracing::Level::DEBUG))
    }

    /// In an observed run of a guest whose magic page is mapped, before an exit is handled:
    /// the counters that tell afterwards what passed through the page ([`Event::Shared`]).
    pub(super) fn shared_mark(&self) -> Option<[u64; 4]> {
        self.guest.pv.and_then(|p| p.magic_ea)?;
        let x = &self.guest.rec.exits;
        Some([
            x.emulated(Op::Tlbwe),
            x.emulated(Op::Rfi),
            x.dtlb_real_miss + x.itlb_real_miss,
            x.dtlb_virt_miss,
        ])
    }

    /// After the exit: records what passed through the page, if it was a `tlbwe`, an `rfi`, a
    /// reflected TLB miss or the page's own host entry written.
    pub(super) fn note_shared(&mut self, mark: [u64; 4], irq: Interrupt) {
        let Some(page) = self.guest.pv.and_then(|p| p.magic_ea) else { return };
        let Some(now) = self.shared_mark() else { return };
        let v = &self.guest.vcpu;
        let at_page = match irq.kind {
            InterruptKind::DataTlbError { dear, .. } | InterruptKind::DataStorage { dear, .. } => {
                dear.align_down(PAGE_4K) == page
            }
            _ => false,
        };
        let what = if at_page && now[3] > mark[3] {
            SharedUse::MagicMapped
        } else if now[0] > mark[0] {
            SharedUse::TlbweMas([v.mas.mas0, v.mas.mas1, v.mas.mas2, v.mas.mas3, v.mas.mas7])
        } else if now[1] > mark[1] {
            SharedUse::RfiSrr { srr0: v.sprs.srr0, srr1: v.sprs.srr1 }
        } else if now[2] > mark[2] {
            SharedUse::Reflected
        } else {
            return;
        };
        self.guest.rec.record(Event::Shared { page: page.raw(), what });
    }
}
