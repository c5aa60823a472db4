//! KVM's paravirtual interface for Book-E guests (docs/paravirt.md), offered per guest with
//! `--paravirt`: hypercalls, and the shared "magic page" through which a guest kernel reads and
//! writes part of its supervisor state with plain loads and stores.
//!
//! * **Hypercalls** (docs/paravirt.md §1, §2): the device tree's `hcall-instructions` is
//!   PR KVM's e500v2 sequence, `lis r0,0x4B56; ori r0,r0,0x4D21; sc; nop`. An `sc` from guest
//!   supervisor state with r0 = 0x4B56_4D21 is a hypercall; any other `sc` (user state, another
//!   r0) is the guest's own system call, reflected as without paravirt. r11 holds the token
//!   (vendor << 16 | number); r3 gets the `EV_*` code and r4 the one result (0 when none).
//! * **The magic page**: 4 KiB of host memory of the guest's own (in the hypervisor's RAM,
//!   [`page_hpa`], never guest RAM), mapped at the EA the guest chose only while the guest is in
//!   supervisor state and only for data: a host data TLB miss there fills the one entry
//!   [`magic_entry`] describes, whatever the guest TLB says; a fetch there is refused (the page
//!   is no-execute, as KVM maps it). Supervisor shadows never cover the page.
//! * **Coherence** (docs/paravirt.md §3 "Who owns what"): once mapped, the page is the guest's
//!   copy of MSR\[EE\], SPRG0-7, SRR0/1, DEAR, ESR and the MAS registers. [`Hypervisor::pv_sync_in`]
//!   reads them into the vCPU whenever the guest leaves the core, [`Hypervisor::pv_sync_out`]
//!   writes the vCPU back (with `int_pending`) whenever it goes back on.
//! * **The critical section**: while the guest is in supervisor state and the page's `critical`
//!   word equals its r1, no asynchronous interrupt is delivered; the host MSR\[EE\] is cleared so
//!   the level interrupt does not exit again, and `int_pending` tells the guest.
//!
//! * **Idle**: `EV_IDLE` returns `EV_SUCCESS` and leaves the vCPU waiting as a `wait`
//!   instruction does: time moves to the next interrupt the guest's MSR enables, which is then
//!   delivered after the hypercall (the run ends `idle` if none can come).
//!
//! Not implemented: the Book3S segment registers (`KVM_MAGIC_FEAT_SR`).

use crate::addr::{Ea, Hpa};
use crate::cpu::state::msr;
use crate::cpu::{Interrupt, InterruptKind};
use crate::mmu::mas::{mas2, mas3};
use crate::mmu::{Access, EntryFields, SlotId, TlbEntry};
use crate::narrow::Narrow;

use super::events::{Event, InvalidateCause};
use super::shadow::PAGE_4K;
use super::stats::ExitKind;
use super::{Flow, Hypervisor};

/// The four words of `hcall-instructions`: `lis r0,0x4B56`, `ori r0,r0,0x4D21`, `sc`, `nop`.
pub const HCALL_INSTRUCTIONS: [u32; 4] = [0x3C00_4B56, 0x6000_4D21, 0x4400_0002, 0x6000_0000];
/// r0 at an `sc` that is a hypercall ("KVM!").
pub const HCALL_MAGIC_R0: u32 = 0x4B56_4D21;

/// ePAPR's vendor number (the token's high half).
pub const VENDOR_EPAPR: u32 = 1;
/// KVM's vendor number.
pub const VENDOR_KVM: u32 = 42;
/// `EV_IDLE` (ePAPR): halt until an interrupt (the tree says `has-idle`).
pub const EV_IDLE: u32 = 16;
/// `KVM_HC_FEATURES`.
pub const HC_FEATURES: u32 = 3;
/// `KVM_HC_PPC_MAP_MAGIC_PAGE`.
pub const HC_MAP_MAGIC_PAGE: u32 = 4;

/// `EV_SUCCESS`.
pub const EV_SUCCESS: u32 = 0;
/// `EV_UNIMPLEMENTED`: any token the hypervisor does not know.
pub const EV_UNIMPLEMENTED: u32 = 12;

/// `KVM_HC_FEATURES`' mask: bit `KVM_FEATURE_MAGIC_PAGE` (1).
pub const FEATURES: u32 = 1 << 1;
/// The map hypercall's result: `KVM_MAGIC_FEAT_MAS0_TO_SPRG7` (0x2). `KVM_MAGIC_FEAT_SR` (0x1,
/// Book3S segment registers) is not offered: a Book-E guest has none.
pub const MAGIC_FEATURES: u32 = 0x2;

/// Byte offsets in the shared page of the words this hypervisor keeps (docs/paravirt.md §3,
/// "Layout"; a 64-bit field's register is its low word, at offset + 4).
pub mod off {
    /// `critical` (low word).
    pub const CRITICAL: usize = 0x1C;
    /// `sprg0`..`sprg3` (low words, 8 apart).
    pub const SPRG0: usize = 0x24;
    /// `srr0`.
    pub const SRR0: usize = 0x44;
    /// `srr1`.
    pub const SRR1: usize = 0x4C;
    /// `dar` (DEAR).
    pub const DEAR: usize = 0x54;
    /// `msr`.
    pub const MSR: usize = 0x5C;
    /// `int_pending`.
    pub const INT_PENDING: usize = 0x64;
    /// `mas0`.
    pub const MAS0: usize = 0xA8;
    /// `mas1`.
    pub const MAS1: usize = 0xAC;
    /// `mas7_3` high word: MAS7.
    pub const MAS7: usize = 0xB0;
    /// `mas7_3` low word: MAS3.
    pub const MAS3: usize = 0xB4;
    /// `mas2` (low word).
    pub const MAS2: usize = 0xBC;
    /// `mas4`.
    pub const MAS4: usize = 0xC0;
    /// `mas6`.
    pub const MAS6: usize = 0xC4;
    /// `esr`.
    pub const ESR: usize = 0xC8;
    /// `pir`.
    pub const PIR: usize = 0xCC;
    /// `sprg4`..`sprg7` (low words, 8 apart).
    pub const SPRG4: usize = 0xD4;
    /// The size of the structure.
    pub const SIZE: usize = 0xF0;

    /// The 64-bit fields whose low word the hypervisor writes: their high words (offset - 4)
    /// it keeps 0.
    pub const WIDE: [usize; 13] = [
        SPRG0,
        SPRG0 + 8,
        SPRG0 + 16,
        SPRG0 + 24,
        SRR0,
        SRR1,
        DEAR,
        MSR,
        MAS2,
        SPRG4,
        SPRG4 + 8,
        SPRG4 + 16,
        SPRG4 + 24,
    ];

    /// The register a word of the page holds (docs/paravirt.md §3), for `explain`: the named
    /// fields (the first scratch word, at 0x00, is named too); `None` for padding and the other
    /// scratch words.
    pub fn register_at(offset: u32) -> Option<&'static str> {
        const NAMES: [(usize, &str); 24] = [
            (CRITICAL, "critical"),
            (SPRG0, "SPRG0"),
            (SPRG0 + 8, "SPRG1"),
            (SPRG0 + 16, "SPRG2"),
            (SPRG0 + 24, "SPRG3"),
            (SRR0, "SRR0"),
            (SRR1, "SRR1"),
            (DEAR, "DEAR"),
            (MSR, "MSR"),
            (INT_PENDING, "int_pending"),
            (MAS0, "MAS0"),
            (MAS1, "MAS1"),
            (MAS7, "MAS7"),
            (MAS3, "MAS3"),
            (MAS2, "MAS2"),
            (MAS4, "MAS4"),
            (MAS6, "MAS6"),
            (ESR, "ESR"),
            (PIR, "PIR"),
            (SPRG4, "SPRG4"),
            (SPRG4 + 8, "SPRG5"),
            (SPRG4 + 16, "SPRG6"),
            (SPRG4 + 24, "SPRG7"),
            (0x00, "scratch1"),
        ];
        let offset = usize::try_from(offset).ok()?;
        NAMES.iter().find(|(o, _)| *o == offset).map(|(_, n)| *n)
    }
}

/// MSR bits a guest may change through the page (docs/paravirt.md §3: EE and RI; the e500 has
/// no RI).
const PAGE_MSR_BITS: u32 = msr::EE;

/// Where the magic pages live: the upper half of the hypervisor's own RAM, one page per guest.
const PAGES_BASE: u64 = super::HYP_RAM_BASE.raw() + super::HYP_RAM_SIZE / 2;
/// How many guests can have a page.
pub const MAX_GUESTS: u64 = super::HYP_RAM_SIZE / 2 / PAGE_4K;

/// The host page holding guest `id`'s magic page, or `None` past [`MAX_GUESTS`].
pub fn page_hpa(id: super::GuestId) -> Option<Hpa> {
    (u64::from(id) < MAX_GUESTS).then(|| Hpa::new(PAGES_BASE + u64::from(id) * PAGE_4K))
}

/// MAS3 user bits of the magic page's host entry: user read and write (the guest runs at host
/// MSR\[PR\] = 1), no execute, nothing else.
pub const MAGIC_PERMS: u32 = mas3::UR.mask() | mas3::UW.mask();
/// MAS2 attributes of the host entry: M (memory coherence), as KVM maps it.
const MAGIC_ATTRS: u32 = mas2::M.mask();

/// A guest's paravirtual state.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PvState {
    /// Its page in host memory.
    pub page: Hpa,
    /// The EA the guest mapped the page at (4 KiB aligned), once it has.
    pub magic_ea: Option<Ea>,
}

/// The host entry that maps the magic page at `ea` (host memory `page`) for the guest context
/// whose shadow ID is `sid`: 4 KiB, TS = 1, user read/write only, no IPROT.
pub fn magic_entry(ea: Ea, page: Hpa, sid: u8) -> TlbEntry<Hpa> {
    TlbEntry::from_fields(&EntryFields {
        iprot: false,
        tid: u32::from(sid),
        ts: true,
        tsize: 1,
        epn: ea,
        attrs: MAGIC_ATTRS,
        rpn: page.raw(),
        user_perms: MAGIC_PERMS,
    })
}

/// The word at `o` of a page image.
fn word(p: &[u8; off::SIZE], o: usize) -> u32 {
    u32::from_be_bytes([p[o], p[o + 1], p[o + 2], p[o + 3]])
}
fn put(p: &mut [u8; off::SIZE], o: usize, v: u32) {
    p[o..o + 4].copy_from_slice(&v.to_be_bytes());
}

impl Hypervisor {
    /// The guest's magic page EA, if it has the interface and mapped the page.
    fn magic(&self) -> Option<(Ea, Hpa)> {
        let pv = self.guest.pv.as_ref()?;
        Some((pv.magic_ea?, pv.page))
    }

    /// The magic page's EA while the guest is in supervisor state (where shadows must not reach).
    pub(super) fn supervisor_magic_page(&self) -> Option<Ea> {
        self.magic_page_in(self.guest.vcpu.msr & msr::PR != 0)
    }

    /// The magic page's EA in a guest context of privilege `pr`: only supervisor contexts see it.
    pub(super) fn magic_page_in(&self, pr: bool) -> Option<Ea> {
        let (ea, _) = self.magic()?;
        (!pr).then_some(ea)
    }

    /// Reads the guest's shared page (zeros if it is not there: it always is).
    fn read_page(&self, page: Hpa) -> [u8; off::SIZE] {
        let mut p = [0u8; off::SIZE];
        let _ = self.host.mem.ram().read_bytes(page, &mut p);
        p
    }

    /// An `sc` from guest supervisor state with the marker in r0 and the interface on: a
    /// hypercall. Returns `None` for an ordinary `sc`.
    pub(super) fn hypercall(&mut self, irq: Interrupt) -> Option<Flow> {
        self.guest.pv.as_ref()?;
        if self.guest.vcpu.msr & msr::PR != 0 || self.host.cpu.gpr[0] != HCALL_MAGIC_R0 {
            return None;
        }
        let token = self.host.cpu.gpr[11];
        let guest_pc = self.host.cpu.pc.raw();
        self.guest.rec.record(Event::Exit { kind: ExitKind::Hypercall, guest_pc, ea: token });
        let (vendor, number) = (token >> 16, token & 0xFFFF);
        let mut idle = false;
        let (code, out) = match (vendor, number) {
            (VENDOR_KVM, HC_FEATURES) => (EV_SUCCESS, FEATURES),
            (VENDOR_EPAPR, EV_IDLE) => {
                idle = true;
                (EV_SUCCESS, 0)
            }
            (VENDOR_KVM, HC_MAP_MAGIC_PAGE) => {
                // KVM reads r4 as the effective address (docs/paravirt.md §3); the low 12 bits
                // are flags from the guest (NOT_MAPPED_NX: this page is never executable).
                let ea = Ea::new(self.host.cpu.gpr[4]).align_down(PAGE_4K);
                self.map_magic(ea);
                (EV_SUCCESS, MAGIC_FEATURES)
            }
            _ => (EV_UNIMPLEMENTED, 0),
        };
        tracing::debug!(target: "tlbvisor::hv::pv", guest_pc, token, code, out, "hypercall");
        self.host.cpu.gpr[3] = code;
        self.host.cpu.gpr[4] = out;
        // The `sc` completed; execution goes on after it, no interrupt taken (SRR0 untouched).
        self.guest.run.instructions += 1;
        self.host.cpu.pc = irq.srr0;
        if idle {
            // The interrupt that ends the wait is delivered after the `sc` (and clears it).
            self.guest.vcpu.wait_insn = true;
            return Some(Flow::Wait);
        }
        Some(Flow::Resume)
    }

    /// Records the magic page at `ea`: the old mapping's entries go, and so does every
    /// supervisor shadow of this guest that covers the new page (from now on supervisor data
    /// accesses there are the page's).
    fn map_magic(&mut self, ea: Ea) {
        self.drop_magic_entries();
        let page = (u64::from(ea.raw()), u64::from(ea.raw()) + PAGE_4K);
        let host = &mut self.host.cpu.arch.tlb;
        let covering: Vec<SlotId> = host
            .entries()
            .filter(|(_, e)| super::shadow::overlaps(e.ea_range(), page))
            .map(|(s, _)| s)
            .collect();
        for slot in covering {
            let owned = self.host.shadows.shadow_of(slot).is_some_and(|r| r.owner == self.guest.id);
            if owned {
                self.host.shadows.invalidate_host(
                    host,
                    slot,
                    InvalidateCause::Overlapped,
                    &mut self.guest.rec,
                );
            }
        }
        if let Some(pv) = self.guest.pv.as_mut() {
            pv.magic_ea = Some(ea);
        }
    }

    /// Drops every host entry mapping this guest's magic page (entries with no back-reference
    /// whose shadow ID belongs to this guest).
    fn drop_magic_entries(&mut self) {
        let id = self.guest.id;
        let stale: Vec<SlotId> = self
            .host
            .cpu
            .arch
            .tlb
            .entries()
            .filter(|(s, e)| {
                self.host.shadows.shadow_of(*s).is_none()
                    && self.host.shadows.sids.context(e.tid()).is_some_and(|c| c.owner == id)
            })
            .map(|(s, _)| s)
            .collect();
        for s in stale {
            let _ = self.host.cpu.arch.tlb.write_slot(s, TlbEntry::INVALID);
        }
    }

    /// A host TLB miss or refusal at `ea` that the magic page answers: a data access in guest
    /// supervisor state within the page fills its entry; a fetch there gets the guest an ISI.
    /// Inline, its body out of line: every host TLB miss asks, and only a paravirtual guest's
    /// supervisor accesses to its page get past the first test.
    #[inline]
    pub(super) fn magic_access(&mut self, irq: Interrupt, access: Access, ea: Ea) -> Option<Flow> {
        let (base, page) = self.magic()?;
        if self.guest.vcpu.msr & msr::PR != 0 || ea.align_down(PAGE_4K) != base {
            return None;
        }
        Some(self.magic_access_in_page(irq, access, ea, base, page))
    }

    /// [`Hypervisor::magic_access`] for an access within the page `base` (host page `page`) in
    /// guest supervisor state.
    #[inline(never)]
    fn magic_access_in_page(&mut self, irq: Interrupt, access: Access, ea: Ea, base: Ea, page: Hpa) -> Flow {
        if access == Access::Fetch {
            let kind = InterruptKind::InstructionStorage { esr: 0 };
            return self.reflect(Interrupt { kind, srr0: irq.srr0 }, ExitKind::Isi);
        }
        let kind = ExitKind::DtlbVirtMiss;
        self.guest.rec.record(Event::Exit { kind, guest_pc: self.host.cpu.pc.raw(), ea: ea.raw() });
        // The supervisor context's own shadow ID (host PID0): an entry only it reaches.
        let sid = self.guest.host_context.host_pids()[0].low_u8();
        // Any entry already reachable at this page in this context goes first (never two
        // matches): a shadow of this context (there is none: supervisor shadows avoid the page)
        // or a stale magic entry.
        let pids = self.host.cpu.arch.pids();
        let page_range = (u64::from(base.raw()), u64::from(base.raw()) + PAGE_4K);
        let reachable: Vec<SlotId> = self
            .host
            .cpu
            .arch
            .tlb
            .entries_near(base)
            .filter(|(_, e)| e.tid_matches(&pids) && super::shadow::overlaps(e.ea_range(), page_range))
            .map(|(s, _)| s)
            .collect();
        let host = &mut self.host.cpu.arch.tlb;
        for s in reachable {
            if self.host.shadows.shadow_of(s).is_some() {
                self.host.shadows.invalidate_host(host, s, InvalidateCause::Refused, &mut self.guest.rec);
            } else {
                let _ = host.write_slot(s, TlbEntry::INVALID);
            }
        }
        self.host.shadows.note_progress(self.guest.run.instructions);
        let slot = self.host.shadows.victim(host, base.raw(), PAGE_4K).unwrap_or(SlotId::tlb0(0));
        let flat = self.host.shadows.host_flat(slot);
        if self.host.shadows.shadow_of(slot).is_some() {
            self.host.shadows.drop_host(host, flat, None, &mut self.guest.rec);
        }
        let _ = host.write_slot(slot, magic_entry(base, page, sid));
        tracing::trace!(target: "tlbvisor::hv::pv", ea = base.raw(), host_slot = %slot, sid, "magic page mapped");
        Flow::Resume
    }

    /// Whether an asynchronous interrupt must wait: the guest is in supervisor state inside a
    /// replacement sequence (the page's `critical` word equals its r1).
    pub(super) fn in_critical_section(&self) -> bool {
        let Some((_, page)) = self.magic() else { return false };
        if self.guest.vcpu.msr & msr::PR != 0 {
            return false;
        }
        let mut w = [0u8; 4];
        let _ = self.host.mem.ram().read_bytes(page.wrapping_add(off::CRITICAL as u64), &mut w);
        u32::from_be_bytes(w) == self.host.cpu.gpr[1]
    }

    /// Takes what the guest may have stored in its page into the vCPU (when it leaves the core).
    /// Inline, its body out of line: every exit calls it, and only a paravirtual guest's does
    /// anything.
    #[inline]
    pub(super) fn pv_sync_in(&mut self) {
        if let Some((_, page)) = self.magic() {
            self.pv_sync_in_page(page);
        }
    }

    /// [`Hypervisor::pv_sync_in`] from the page at `page`.
    #[inline(never)]
    fn pv_sync_in_page(&mut self, page: Hpa) {
        let p = self.read_page(page);
        let v = &mut self.guest.vcpu;
        v.msr = (v.msr & !PAGE_MSR_BITS) | (word(&p, off::MSR) & PAGE_MSR_BITS);
        for i in 0..4 {
            v.sprs.sprg[i] = word(&p, off::SPRG0 + 8 * i);
            v.sprs.sprg[4 + i] = word(&p, off::SPRG4 + 8 * i);
        }
        v.sprs.srr0 = word(&p, off::SRR0);
        v.sprs.srr1 = word(&p, off::SRR1);
        v.sprs.dear = word(&p, off::DEAR);
        v.sprs.esr = word(&p, off::ESR);
        v.mas.mas0 = word(&p, off::MAS0);
        v.mas.mas1 = word(&p, off::MAS1);
        v.mas.mas2 = word(&p, off::MAS2);
        v.mas.mas3 = word(&p, off::MAS3);
        v.mas.mas4 = word(&p, off::MAS4);
        v.mas.mas6 = word(&p, off::MAS6);
        v.mas.mas7 = word(&p, off::MAS7);
    }

    /// Writes the vCPU's registers into the guest's page (when it goes back on the core), with
    /// `int_pending`; returns whether asynchronous interrupts must stay masked on the host core
    /// (the critical section).
    ///
    /// Inline, its body out of line, as [`Hypervisor::pv_sync_in`].
    #[inline]
    pub(super) fn pv_sync_out(&mut self) -> bool {
        match self.magic() {
            Some((_, page)) => self.pv_sync_out_page(page),
            None => false,
        }
    }

    /// [`Hypervisor::pv_sync_out`] into the page at `page`.
    #[inline(never)]
    fn pv_sync_out_page(&mut self, page: Hpa) -> bool {
        let held = self.in_critical_section();
        let mut p = self.read_page(page);
        let v = &self.guest.vcpu;
        // High words of the 64-bit fields the hypervisor owns are 0.
        for o in off::WIDE {
            put(&mut p, o - 4, 0);
        }
        put(&mut p, off::MSR, v.msr);
        for i in 0..4 {
            put(&mut p, off::SPRG0 + 8 * i, v.sprs.sprg[i]);
            put(&mut p, off::SPRG4 + 8 * i, v.sprs.sprg[4 + i]);
        }
        put(&mut p, off::SRR0, v.sprs.srr0);
        put(&mut p, off::SRR1, v.sprs.srr1);
        put(&mut p, off::DEAR, v.sprs.dear);
        put(&mut p, off::ESR, v.sprs.esr);
        put(&mut p, off::PIR, v.sprs.pir);
        put(&mut p, off::MAS0, v.mas.mas0);
        put(&mut p, off::MAS1, v.mas.mas1);
        put(&mut p, off::MAS2, v.mas.mas2);
        put(&mut p, off::MAS3, v.mas.mas3);
        put(&mut p, off::MAS4, v.mas.mas4);
        put(&mut p, off::MAS6, v.mas.mas6);
        put(&mut p, off::MAS7, v.mas.mas7);
        // An interrupt the guest's EE (or the critical section) holds back: the guest's own
        // EE-setting sequences then take the trapping path (docs/paravirt.md §3 `int_pending`).
        let guest_ee = v.msr & msr::EE != 0;
        let lines = self.guest.devices.irq_outputs().into();
        let v = &mut self.guest.vcpu;
        let saved = v.msr;
        v.msr |= msr::EE;
        let ee_class = matches!(
            v.pending_async(lines),
            Some(
                InterruptKind::ExternalInput | InterruptKind::FixedIntervalTimer | InterruptKind::Decrementer
            )
        );
        v.msr = saved;
        let pending = ee_class && (!guest_ee || held);
        put(&mut p, off::INT_PENDING, u32::from(pending));
        let _ = self.host.mem.ram_mut().write_bytes(page, &p);
        held
    }
}
