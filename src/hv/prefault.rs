//! Prefaulting at `tlbwe`: a paravirtual guest's refill costs no shadow-fill exit.
//!
//! A guest TLB refill under the hypervisor is the reflected miss, the handler's `tlbwe` and its
//! `rfi` (the exits a paravirtual guest keeps, docs/paravirt.md §5), and then, without this, a
//! fourth: the retried access misses in the host TLB and the shadow is filled lazily. KVM saves
//! that one by mapping the page the guest has just written from its `tlbwe` emulation
//! (`kvmppc_e500_emul_tlbwe`, "premap the faulting page"); this does the same, for paravirtual
//! guests only (`--paravirt`), so that trap-and-emulate keeps exactly the fill-lazily rule and
//! its counts (docs/paravirt.md §8, "Prefault at `tlbwe`").
//!
//! After an emulated `tlbwe` that completed with MAS1\[V\] = 1, the shadow of the page at
//! MAS2\[EPN\] is filled with [`super::backrefs::Shadows::fill`], the lazy fill's own code (so
//! the same entry choice, rights, attributes, size and clipping, and the same `Fill` event with
//! `prefault` set), as if the guest had accessed the EPN in **the context its SRR1 names**:
//! MSR\[PR/IS/DS\] from SRR1, the current PIDs. That is where the handler's `rfi` returns and the
//! access that missed is retried. (KVM premaps in the handler's own context; for a refill taken
//! from user state, almost all of Linux's, that shadow carries supervisor rights under a
//! supervisor shadow ID and the retried user access still misses.) Nothing is made when:
//!
//! * SRR1's IS and DS differ (a split context's shadows serve one access class, and which one
//!   the retried access needs is not known);
//! * that context has no shadow IDs yet (assigning them could flush every shadow: the context
//!   gets them when the guest enters it, and fills lazily then);
//! * the guest's TLB, in that context, translates the EPN for no kind of access (no entry
//!   matches there, or it grants nothing at that privilege), or to something that is not RAM
//!   (MMIO is replayed, never shadowed);
//! * the context is supervisor and the EPN is in the guest's magic page (the page answers
//!   supervisor accesses there; a shadow never covers it).
//!
//! A prefault is a prediction, never a promise: if the guest goes elsewhere, the shadow waits in
//! its context's shadow ID like any other and the coherence rule (the [`super`] module
//! documentation) drops it when its guest entry changes; the isolation checker ([`super::check`])
//! holds it to the same conditions as a lazily filled one.

use crate::mmu::mas::mas1;
use crate::mmu::{Access, XlateCtx};

use super::Hypervisor;

impl Hypervisor {
    /// After a paravirtual guest's emulated `tlbwe`: fills the shadow of the page it wrote, in
    /// the context its SRR1 returns to (see the module documentation for when it does not).
    pub(super) fn prefault(&mut self) {
        let v = &self.guest.vcpu;
        if !mas1::V.is_set(v.mas.mas1) {
            return;
        }
        let ea = v.mas.epn();
        let m = v.sprs.srr1;
        let Some(ctx) = self.known_context(m).filter(|c| c.is == c.ds) else { return };
        let xlate = XlateCtx { as_: ctx.is, pids: ctx.pids, pr: ctx.pr };
        // In a context that is not split every kind of access gets the same shadow (class
        // `Both`): any kind the guest entry allows finds it.
        let Some((access, t)) = [Access::Load, Access::Fetch, Access::Store]
            .into_iter()
            .find_map(|a| v.tlb.translate(ea, a, &xlate).ok().map(|t| (a, t)))
        else {
            return;
        };
        let Some(ram) = self.guest.map.translate(t.pa) else { return };
        if self.magic_page_in(ctx.pr) == Some(ea) {
            return;
        }
        self.fill_shadow(&ctx, access, ea, &t, &ram, true);
    }
}
