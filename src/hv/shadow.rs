//! Shadow entries: host TLB entries made from guest TLB entries, and the back-references that
//! tie the two together.
//!
//! # What a shadow is
//! A host entry written by [`Shadows::fill`] when the host TLB misses an access the guest's TLB
//! translates to guest RAM:
//! * EPN: the effective block around the access; RPN: the host page backing its guest-physical
//!   page ([`crate::phys::GpaMap::translate`], the only GPA -> HPA path);
//! * size: the largest power of 4 (e500 page sizes, docs/booke-mmu.md §1.1) no larger than the guest
//!   page and than the aligned, contiguous backing block (`RamTranslation::block`), and small
//!   enough that no other guest entry that could match in the shadow's contexts overlaps it (so
//!   wherever the shadow hits, the guest's own lookup would pick the same entry); 4 KiB shadows go
//!   to host TLB0, larger ones to host TLB1, filled lazily block by block;
//! * rights: the guest's supervisor rights moved to the user bits while the guest is in
//!   supervisor state, its user rights while in user state (the guest runs at host MSR\[PR\] = 1,
//!   docs/booke-mmu.md §4.4 "Translation permissions"), restricted to one access class in a split-AS
//!   context ([`Class`]); no host supervisor right;
//! * TS = 1 (the guest always runs with host MSR\[IS\] = MSR\[DS\] = 1), TID = the shadow ID of
//!   the guest context ([`super::sid`]), IPROT = 0, WIMGE/X0/X1/U0-U3 as the guest's.
//!
//! The back-references and host victim selection are in [`super::backrefs`].

use crate::addr::{Ea, Gpa, Hpa};
use crate::mmu::mas::mas3;
use crate::mmu::{Access, EntryFields, Pids, SlotId, Tlb, TlbEntry, Translation};
use crate::narrow::Narrow;
use crate::phys::RamTranslation;

use super::backrefs::{NONE, ShadowRef, Shadows};
use super::events::{Event, FillSize, Recorder};

/// The smallest page, and the only TLB0 size.
pub(super) const PAGE_4K: u64 = 4 << 10;
/// The largest host page (TSIZE 0xB, E500RM Table 12-2).
const PAGE_MAX: u64 = 4 << 30;

/// Which accesses a shadow may serve.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// Fetches and data: the guest fetches and loads in the same address space.
    Both,
    /// Fetches only (split-AS context, made for a fetch).
    Fetch,
    /// Loads and stores only (split-AS context, made for a data access).
    Data,
}

impl Class {
    /// The class of shadow an access needs in a context that is (or is not) split.
    pub const fn for_access(access: Access, split: bool) -> Class {
        match (split, access) {
            (false, _) => Class::Both,
            (true, Access::Fetch) => Class::Fetch,
            (true, _) => Class::Data,
        }
    }
}

/// The host PIDs of the current guest context and how shadows are tagged in it
/// (`super::vcpu` computes it on every guest context change).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostContext {
    /// Guest MSR\[PR\].
    pub pr: bool,
    /// Guest MSR\[IS\].
    pub is: bool,
    /// Guest MSR\[DS\].
    pub ds: bool,
    /// The guest PIDs.
    pub pids: Pids,
    /// The shadow IDs in use.
    pub sids: ContextSids,
}

/// The shadow IDs a guest context uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContextSids {
    /// IS = DS and guest PID1 = PID2 = 0: `own` tags shadows usable with exactly this PID
    /// (host PID0), `global` shadows of TID 0 entries shared by every PID (host PID1).
    Tids {
        /// SID of (AS, PR, PID set {PID0}).
        own: u8,
        /// SID of (AS, PR, TID 0).
        global: u8,
    },
    /// IS = DS, guest PID1 or PID2 nonzero: one SID for the whole PID set (host PID0).
    Pids {
        /// SID of (AS, PR, PID0/1/2).
        sid: u8,
    },
    /// IS != DS: one SID, shadows restricted to their access class.
    Split {
        /// SID of (IS, PR, PID0/1/2, split).
        sid: u8,
    },
}

impl HostContext {
    /// Host PID0, PID1, PID2.
    pub const fn host_pids(&self) -> [u32; 3] {
        match self.sids {
            ContextSids::Tids { own, global } => [own as u32, global as u32, 0],
            ContextSids::Pids { sid } | ContextSids::Split { sid } => [sid as u32, 0, 0],
        }
    }
    /// The guest address space of an access.
    pub const fn space(&self, access: Access) -> bool {
        match access {
            Access::Fetch => self.is,
            Access::Load | Access::Store => self.ds,
        }
    }
    const fn split(&self) -> bool {
        matches!(self.sids, ContextSids::Split { .. })
    }
}

/// `s` rounded down to an e500 page size (a power of 4 times 1 KiB), within 4 KiB ..= 4 GiB.
fn page_floor(s: u64) -> u64 {
    let mut p = PAGE_4K;
    while p * 4 <= s && p < PAGE_MAX {
        p *= 4;
    }
    p
}

/// TSIZE of a page size (4^TSIZE KiB).
fn tsize_of(size: u64) -> u32 {
    (size.trailing_zeros() - 10) / 2
}

/// The `size` block around `ea` as a byte range.
fn block(ea: u32, size: u64) -> (u64, u64) {
    let base = u64::from(ea) & !(size - 1);
    (base, base + size)
}

/// Whether two byte ranges `[start, end)` share a byte.
pub(super) const fn overlaps(a: (u64, u64), b: (u64, u64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The MAS3 permission and user bits of a shadow of `guest_mas3`: the guest's supervisor rights
/// in the user bits while the guest is in supervisor state (`pr` = false), its user rights
/// otherwise; no supervisor right; only execute for a [`Class::Fetch`] shadow and only read/write
/// for a [`Class::Data`] one (docs/booke-mmu.md §4.4; KVM `e500_shadow_mas3_attrib`).
pub fn shadow_perms(guest_mas3: u32, pr: bool, class: Class) -> u32 {
    let user = if pr {
        guest_mas3 & (mas3::UX.mask() | mas3::UW.mask() | mas3::UR.mask())
    } else {
        // SX 0x10 -> UX 0x20, SW 0x04 -> UW 0x08, SR 0x01 -> UR 0x02.
        (guest_mas3 & (mas3::SX.mask() | mas3::SW.mask() | mas3::SR.mask())) << 1
    };
    let allowed = match class {
        Class::Both => mas3::UX.mask() | mas3::UW.mask() | mas3::UR.mask(),
        Class::Fetch => mas3::UX.mask(),
        Class::Data => mas3::UW.mask() | mas3::UR.mask(),
    };
    (guest_mas3 & mas3::U0_3.mask()) | (user & allowed)
}

/// Which other guest entries could match where a shadow with this tag is reachable.
#[derive(Clone, Copy, Debug)]
enum Reach {
    /// Every PID (a TID 0 shadow shared by all of them): entries of any TID.
    AnyPid,
    /// Exactly this PID set: TID 0 or one of the PIDs.
    Pids(Pids),
}

impl Reach {
    const fn may_match(self, e: &TlbEntry<Gpa>) -> bool {
        match self {
            Reach::AnyPid => true,
            Reach::Pids(p) => e.tid_matches(&p),
        }
    }
}

impl Shadows {
    /// Fills the shadow for an access of kind `access` at `ea`, which the guest's TLB translated
    /// (`t`, in context `ctx`) to guest RAM (`ram`), never covering the 4 KiB page at `avoid` (a
    /// paravirtual guest's magic page, in supervisor state). `prefault`: made at a paravirtual
    /// guest's `tlbwe` ahead of the access (`super::prefault`), not on a host miss; the shadow is
    /// the same either way, only the event says which. Returns the host slot written.
    #[allow(clippy::too_many_arguments)]
    pub fn fill(
        &mut self,
        host: &mut Tlb<Hpa>,
        guest: &Tlb<Gpa>,
        ctx: &HostContext,
        access: Access,
        ea: Ea,
        t: &Translation<Gpa>,
        ram: &RamTranslation,
        avoid: Option<Ea>,
        prefault: bool,
        rec: &mut Recorder,
    ) -> SlotId {
        let entry = guest.entry(t.slot).copied().unwrap_or_default();
        let class = Class::for_access(access, ctx.split());
        let ts = ctx.space(access);
        let narrow = Reach::Pids(ctx.pids);
        let (mut sid, mut reach) = match ctx.sids {
            ContextSids::Tids { global, .. } if entry.tid() == 0 => (global, Reach::AnyPid),
            ContextSids::Tids { own, .. } => (own, narrow),
            ContextSids::Pids { sid } | ContextSids::Split { sid } => (sid, narrow),
        };
        let max = page_floor(entry.page_size().min(ram.block));
        let (mut size, page_conflict) = clip(guest, t.slot, ts, ea.raw(), max, reach);
        if matches!(reach, Reach::AnyPid) && page_conflict {
            // A TID != 0 entry also covers this page: where it matches, it may win the lookup,
            // so this shadow must not be shared with every PID. Tag it for this PID set only.
            if let ContextSids::Tids { own, .. } = ctx.sids {
                sid = own;
                reach = narrow;
                size = clip(guest, t.slot, ts, ea.raw(), max, reach).0;
            }
        }
        if let Some(a) = avoid {
            let page = (u64::from(a.raw()), u64::from(a.raw()) + PAGE_4K);
            while size > PAGE_4K && overlaps(block(ea.raw(), size), page) {
                size /= 4;
            }
        }
        if size < max {
            rec.shadow.clipped += 1;
        }
        let (mut base, _) = block(ea.raw(), size);
        let mut gpa_base = t.pa.align_down(size);
        let mut into = t.pa.offset_from(gpa_base).unwrap_or(0);
        let mut hpa_base = Hpa::new(ram.hpa.raw().saturating_sub(into));
        let mut fields = EntryFields {
            iprot: false,
            tid: u32::from(sid),
            ts: true,
            tsize: tsize_of(size),
            epn: Ea::new(base.low_u32()),
            attrs: entry.mas2,
            rpn: hpa_base.raw(),
            user_perms: shadow_perms(entry.mas3, ctx.pr, class),
        };
        let mut tlb0_fallback = false;
        let slot = match self.victim(host, base.low_u32(), size) {
            Some(slot) => slot,
            None => {
                tlb0_fallback = true;
                // Host TLB1 is full of this instruction's shadows: use a 4 KiB piece in TLB0.
                size = PAGE_4K;
                base = u64::from(ea.raw()) & !(PAGE_4K - 1);
                gpa_base = t.pa.align_down(size);
                into = t.pa.offset_from(gpa_base).unwrap_or(0);
                hpa_base = Hpa::new(ram.hpa.raw().saturating_sub(into));
                (fields.tsize, fields.epn, fields.rpn) =
                    (tsize_of(size), Ea::new(base.low_u32()), hpa_base.raw());
                self.victim(host, base.low_u32(), size).unwrap_or(SlotId::tlb0(0))
            }
        };
        let flat = self.host_flat(slot);
        if let Some(r) = self.recent.iter_mut().find(|r| **r == NONE) {
            *r = flat.low_u16();
        }
        if self.refs.get(flat).is_some_and(Option::is_some) {
            self.drop_host(host, flat, None, rec);
        }
        // The slot comes from the host geometry, so the write cannot fail.
        let shadow = TlbEntry::from_fields(&fields);
        let _ = host.write_slot(slot, shadow);
        self.link(
            flat,
            ShadowRef {
                owner: self.current(),
                guest: t.slot,
                guest_entry: entry,
                sid,
                class,
                prev: NONE,
                next: NONE,
            },
        );
        rec.record(Event::Fill {
            guest: t.slot,
            host: slot,
            ea: base.low_u32(),
            gpa: gpa_base,
            hpa: hpa_base,
            size,
            sid,
            why: FillSize {
                guest_page_log2: entry.page_size().trailing_zeros().low_u8(),
                backing_block_log2: ram.block.trailing_zeros().low_u8(),
                clipped: size < max && !tlb0_fallback,
                tlb0_fallback,
            },
            guest_perms: (entry.mas3 & mas3::PERMS.mask()).low_u8(),
            shadow_perms: (shadow.mas3 & mas3::PERMS.mask()).low_u8(),
            guest_pr: ctx.pr,
            prefault,
        });
        slot
    }
}

/// The largest size `<= max` whose block around `ea` overlaps no other valid guest entry of
/// space `ts` that may match where the shadow is reachable (`reach`), and whether such an entry
/// with a nonzero TID covers `ea`'s 4 KiB page itself.
fn clip(guest: &Tlb<Gpa>, winner: SlotId, ts: bool, ea: u32, max: u64, reach: Reach) -> (u64, bool) {
    let mut size = max;
    let mut page_conflict = false;
    let mut visit = |slot: SlotId, o: &TlbEntry<Gpa>| {
        if slot == winner || o.ts() != ts || !reach.may_match(o) {
            return;
        }
        let r = o.ea_range();
        while size > PAGE_4K && overlaps(block(ea, size), r) {
            size /= 4;
        }
        if o.tid() != 0 && overlaps(block(ea, PAGE_4K), r) {
            page_conflict = true;
        }
    };
    // A 4 KiB shadow can only meet the entries that can cover its page (the hot case: every
    // guest TLB0 entry); a larger one is checked against every entry.
    if max <= PAGE_4K {
        guest.entries_near(Ea::new(ea)).for_each(|(s, o)| visit(s, o));
    } else {
        guest.entries().for_each(|(s, o)| visit(s, o));
    }
    (size, page_conflict)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perms_move_supervisor_rights_to_user_bits() {
        // (guest MAS3 low bits, guest PR, class, shadow bits)
        #[rustfmt::skip]
        let table: &[(u32, bool, Class, u32)] = &[
            (0x15, false, Class::Both, 0x2A),   // SX SW SR -> UX UW UR
            (0x15, true, Class::Both, 0x00),    // no user rights
            (0x2A, true, Class::Both, 0x2A),
            (0x2A, false, Class::Both, 0x00),   // user rights do not help the kernel
            (0x3F, false, Class::Fetch, 0x20),
            (0x3F, false, Class::Data, 0x0A),
            (0x3C5, false, Class::Both, 0x3CA), // U0..U3 kept; SW SR -> UW UR
        ];
        for &(g, pr, class, want) in table {
            assert_eq!(shadow_perms(g, pr, class), want, "{g:#x} pr {pr} {class:?}");
        }
    }

    #[test]
    fn page_sizes() {
        assert_eq!(page_floor(4 << 10), 4 << 10);
        assert_eq!(page_floor(8 << 10), 4 << 10);
        assert_eq!(page_floor(64 << 20), 64 << 20);
        assert_eq!(page_floor(128 << 20), 64 << 20);
        assert_eq!(page_floor(16 << 30), 4 << 30);
        assert_eq!(tsize_of(4 << 10), 1);
        assert_eq!(tsize_of(1 << 20), 5);
    }
}
