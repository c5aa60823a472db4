//! Shadow entries: host TLB entries made from guest TLB entries, and the back-references that
//! tie the two together.
//!
//! # What a shadow is
//! A host entry written by [`Shadows::fill`] when the host TLB misses an access the guest's TLB
//! translates to guest RAM:
//! * EPN: the effective block around the access; RPN: the host page backing its guest-physical
//!   page ([`GpaMap::translate`], the only GPA -> HPA path);
//! * size: the largest power of 4 (e500 page sizes, booke-mmu.md §1.1) no larger than the guest
//!   page and than the aligned, contiguous backing block (`RamTranslation::block`), and small
//!   enough that no other guest entry that could match in the shadow's contexts overlaps it (so
//!   wherever the shadow hits, the guest's own lookup would pick the same entry); 4 KiB shadows go
//!   to host TLB0, larger ones to host TLB1, filled lazily block by block;
//! * rights: the guest's supervisor rights moved to the user bits while the guest is in
//!   supervisor state, its user rights while in user state (the guest runs at host MSR\[PR\] = 1,
//!   booke-mmu.md §4.4 "Translation permissions"), restricted to one access class in a split-AS
//!   context ([`Class`]); no host supervisor right;
//! * TS = 1 (the guest always runs with host MSR\[IS\] = MSR\[DS\] = 1), TID = the shadow ID of
//!   the guest context ([`super::sid`]), IPROT = 0, WIMGE/X0/X1/U0-U3 as the guest's.
//!
//! # Back-references
//! Every host slot holding a shadow has a [`ShadowRef`]: the guest slot it came from, a copy of
//! that guest entry, its SID and class. The shadows of one guest slot are chained through their
//! host slots (an intrusive doubly linked list over fixed arrays), so dropping a guest entry's
//! shadows visits exactly them and nothing is allocated after construction.

use crate::addr::{Ea, Gpa, Hpa};
use crate::mmu::mas::{mas1, mas2, mas3, mas7};
use crate::mmu::{Access, Pids, SlotId, Tlb, TlbEntry, Translation};
use crate::phys::RamTranslation;

use super::events::{Event, InvalidateCause, Recorder};
use super::sid::ShadowIds;

const NONE: u16 = u16::MAX;
const PAGE_4K: u64 = 4 << 10;
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

/// What one host slot holding a shadow came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShadowRef {
    /// The guest slot.
    pub guest: SlotId,
    /// The guest entry as it was when the shadow was made.
    pub guest_entry: TlbEntry<Gpa>,
    /// The shadow ID (host TID).
    pub sid: u8,
    /// The accesses it serves.
    pub class: Class,
    prev: u16,
    next: u16,
}

/// The shadow bookkeeping: back-references both ways, host victim pointers and the SID table.
#[derive(Clone, Debug)]
pub struct Shadows {
    /// Per host slot (flat: TLB0 then TLB1).
    refs: Vec<Option<ShadowRef>>,
    /// Per guest slot (flat): the first host slot of its chain.
    heads: Vec<u16>,
    host_tlb0: usize,
    guest_tlb0: usize,
    /// Host TLB0 round-robin way.
    nv0: usize,
    /// Host TLB1 round-robin slot.
    nv1: usize,
    /// Host slots fill must not take (MMIO replay windows), flat.
    pinned: [u16; 4],
    /// The SID table.
    pub sids: ShadowIds,
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

/// The byte range an entry covers.
fn range_of<P: crate::addr::PhysAddr>(e: &TlbEntry<P>) -> (u64, u64) {
    let size = e.page_size();
    let base = u64::from(e.epn().raw()) & !(size - 1);
    (base, base + size)
}

const fn overlaps(a: (u64, u64), b: (u64, u64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// The MAS3 permission and user bits of a shadow of `guest_mas3`: the guest's supervisor rights
/// in the user bits while the guest is in supervisor state (`pr` = false), its user rights
/// otherwise; no supervisor right; only execute for a [`Class::Fetch`] shadow and only read/write
/// for a [`Class::Data`] one (booke-mmu.md §4.4; KVM `e500_shadow_mas3_attrib`).
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
    const fn may_match(self, tid: u8) -> bool {
        match self {
            Reach::AnyPid => true,
            Reach::Pids(p) => tid == 0 || p.matches(tid as u32),
        }
    }
}

impl Shadows {
    /// Bookkeeping for a host TLB of `host_entries` slots (`host_tlb0` of them TLB0) and a guest
    /// TLB of `guest_entries` (`guest_tlb0` TLB0).
    pub fn new(host_tlb0: usize, host_entries: usize, guest_tlb0: usize, guest_entries: usize) -> Self {
        Shadows {
            refs: vec![None; host_entries],
            heads: vec![NONE; guest_entries],
            host_tlb0,
            guest_tlb0,
            nv0: 0,
            nv1: 0,
            pinned: [NONE; 4],
            sids: ShadowIds::default(),
        }
    }

    fn host_flat(&self, s: SlotId) -> usize {
        if s.tlb == 0 { usize::from(s.index) } else { self.host_tlb0 + usize::from(s.index) }
    }
    fn host_slot(&self, flat: usize) -> SlotId {
        // Flat indices are below 512 + 64.
        if flat < self.host_tlb0 {
            SlotId::tlb0(flat as u16)
        } else {
            SlotId::tlb1((flat - self.host_tlb0) as u16)
        }
    }
    fn guest_flat(&self, s: SlotId) -> usize {
        if s.tlb == 0 { usize::from(s.index) } else { self.guest_tlb0 + usize::from(s.index) }
    }

    /// The back-reference of a host slot, if it holds a shadow.
    pub fn shadow_of(&self, host: SlotId) -> Option<&ShadowRef> {
        self.refs.get(self.host_flat(host)).and_then(Option::as_ref)
    }

    /// The host slots holding shadows of guest slot `guest`.
    pub fn shadows_of(&self, guest: SlotId) -> impl Iterator<Item = SlotId> + '_ {
        let mut cur = self.heads.get(self.guest_flat(guest)).copied().unwrap_or(NONE);
        std::iter::from_fn(move || {
            if cur == NONE {
                return None;
            }
            let flat = usize::from(cur);
            cur = self.refs.get(flat).and_then(|r| r.map(|r| r.next)).unwrap_or(NONE);
            Some(self.host_slot(flat))
        })
    }

    fn link(&mut self, host_flat: usize, mut r: ShadowRef) {
        let g = self.guest_flat(r.guest);
        let Some(&head) = self.heads.get(g) else { return };
        r.prev = NONE;
        r.next = head;
        if let Some(Some(h)) = self.refs.get_mut(usize::from(head)) {
            h.prev = host_flat as u16;
        }
        self.heads[g] = host_flat as u16;
        self.refs[host_flat] = Some(r);
    }

    fn unlink(&mut self, host_flat: usize) -> Option<ShadowRef> {
        let r = self.refs.get_mut(host_flat)?.take()?;
        if r.prev == NONE {
            let g = self.guest_flat(r.guest);
            if let Some(h) = self.heads.get_mut(g) {
                *h = r.next;
            }
        } else if let Some(Some(p)) = self.refs.get_mut(usize::from(r.prev)) {
            p.next = r.next;
        }
        if let Some(Some(n)) = self.refs.get_mut(usize::from(r.next)) {
            n.prev = r.prev;
        }
        Some(r)
    }

    /// Clears host slot `flat` and its back-reference, recording an invalidation (`cause`) or,
    /// without a cause, an eviction.
    fn drop_host(
        &mut self,
        host: &mut Tlb<Hpa>,
        flat: usize,
        cause: Option<InvalidateCause>,
        rec: &mut Recorder,
    ) {
        let slot = self.host_slot(flat);
        let Some(r) = self.unlink(flat) else { return };
        // The slot exists: it came from the host geometry.
        let _ = host.write_slot(slot, TlbEntry::INVALID);
        rec.record(match cause {
            Some(cause) => Event::Invalidate { host: slot, guest: r.guest, cause },
            None => Event::Evict { host: slot, guest: r.guest },
        });
    }

    /// Drops every shadow of guest slot `guest`.
    pub fn invalidate_guest(
        &mut self,
        host: &mut Tlb<Hpa>,
        guest: SlotId,
        cause: InvalidateCause,
        rec: &mut Recorder,
    ) {
        let mut cur = self.heads.get(self.guest_flat(guest)).copied().unwrap_or(NONE);
        while cur != NONE {
            let flat = usize::from(cur);
            cur = self.refs.get(flat).and_then(|r| r.map(|r| r.next)).unwrap_or(NONE);
            self.drop_host(host, flat, Some(cause), rec);
        }
    }

    /// Drops every shadow whose guest entry is in address space `ts` and whose range overlaps
    /// `entry`'s page: a new guest entry there may win the guest's lookup where they hit.
    pub fn invalidate_overlapping(&mut self, host: &mut Tlb<Hpa>, entry: &TlbEntry<Gpa>, rec: &mut Recorder) {
        let r = range_of(entry);
        for flat in 0..self.refs.len() {
            let Some(s) = self.refs[flat] else { continue };
            if s.guest_entry.ts() != entry.ts() {
                continue;
            }
            let hit = host.entry(self.host_slot(flat)).is_some_and(|h| overlaps(range_of(h), r));
            if hit {
                self.drop_host(host, flat, Some(InvalidateCause::Overlapped), rec);
            }
        }
    }

    /// Drops the shadow in host slot `slot` (whatever it is).
    pub fn invalidate_host(
        &mut self,
        host: &mut Tlb<Hpa>,
        slot: SlotId,
        cause: InvalidateCause,
        rec: &mut Recorder,
    ) {
        let flat = self.host_flat(slot);
        self.drop_host(host, flat, Some(cause), rec);
    }

    /// Drops every shadow (the shadow IDs ran out: a "tag flush").
    pub fn flush_all(&mut self, host: &mut Tlb<Hpa>, rec: &mut Recorder) {
        let mut dropped = 0u32;
        for flat in 0..self.refs.len() {
            if self.refs[flat].is_some() {
                self.drop_host(host, flat, Some(InvalidateCause::TagFlush), rec);
                dropped += 1;
            }
        }
        rec.record(Event::TagFlush { dropped });
    }

    /// Pins host slots (flat) so fills leave them alone; `NONE`s unpin.
    pub(super) fn set_pinned(&mut self, pinned: [Option<SlotId>; 4]) {
        for (p, s) in self.pinned.iter_mut().zip(pinned) {
            *p = s.map_or(NONE, |s| {
                let flat =
                    if s.tlb == 0 { usize::from(s.index) } else { self.host_tlb0 + usize::from(s.index) };
                flat as u16
            });
        }
    }
    fn is_pinned(&self, flat: usize) -> bool {
        self.pinned.contains(&(flat as u16))
    }

    /// The host slot a new shadow of `size` at `ea` goes to: an invalid (and unpinned) way of the
    /// TLB0 set / slot of TLB1, else the next round-robin victim.
    pub(super) fn victim(&mut self, host: &Tlb<Hpa>, ea: u32, size: u64) -> SlotId {
        let g = *host.geometry();
        let free = |s: &SlotId, me: &Self| {
            !me.is_pinned(me.host_flat(*s)) && host.entry(*s).is_some_and(|e| !e.valid())
        };
        if size == PAGE_4K {
            let set = g.tlb0_set_of(ea) as u16;
            let ways = g.tlb0_ways() as u16;
            let slots = (0..ways).map(|w| SlotId::tlb0_set_way(set, w, &g));
            if let Some(s) = slots.clone().find(|s| free(s, self)) {
                return s;
            }
            for _ in 0..ways {
                self.nv0 = (self.nv0 + 1) % usize::from(ways);
                let s = SlotId::tlb0_set_way(set, self.nv0 as u16, &g);
                if !self.is_pinned(self.host_flat(s)) {
                    return s;
                }
            }
            SlotId::tlb0_set_way(set, self.nv0 as u16, &g)
        } else {
            let n = g.tlb1_entries();
            if let Some(s) = (0..n as u16).map(SlotId::tlb1).find(|s| free(s, self)) {
                return s;
            }
            for _ in 0..n {
                self.nv1 = (self.nv1 + 1) % n;
                let s = SlotId::tlb1(self.nv1 as u16);
                if !self.is_pinned(self.host_flat(s)) {
                    return s;
                }
            }
            SlotId::tlb1(self.nv1 as u16)
        }
    }

    /// Fills the shadow for an access of kind `access` at `ea`, which the guest's TLB translated
    /// (`t`, in context `ctx`) to guest RAM (`ram`). Returns the host slot written.
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
        if size < max {
            rec.shadow.clipped += 1;
        }
        let (base, _) = block(ea.raw(), size);
        let gpa_base = t.pa.align_down(size);
        let into = t.pa.offset_from(gpa_base).unwrap_or(0);
        let hpa_base = Hpa::new(ram.hpa.raw().saturating_sub(into));
        let mut m1 = mas1::V.mask() | mas1::TS.mask();
        m1 = mas1::TID.insert(m1, u32::from(sid));
        m1 = mas1::TSIZE.insert(m1, tsize_of(size));
        let m2 = (base as u32 & mas2::EPN.mask()) | (entry.mas2 & mas2::ATTRS.mask());
        let m3 = (hpa_base.raw() as u32 & mas3::RPN.mask()) | shadow_perms(entry.mas3, ctx.pr, class);
        let m7 = mas7::RPN_HI.insert(0, (hpa_base.raw() >> 32) as u32);
        let slot = self.victim(host, base as u32, size);
        let flat = self.host_flat(slot);
        if self.refs.get(flat).is_some_and(Option::is_some) {
            self.drop_host(host, flat, None, rec);
        }
        // The slot comes from the host geometry, so the write cannot fail.
        let _ = host.write_slot(slot, TlbEntry::from_words(m1, m2, m3, m7));
        self.link(flat, ShadowRef { guest: t.slot, guest_entry: entry, sid, class, prev: NONE, next: NONE });
        rec.record(Event::Fill {
            guest: t.slot,
            host: slot,
            ea: base as u32,
            gpa: gpa_base,
            hpa: hpa_base,
            size,
            sid,
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
    for (slot, o) in guest.entries() {
        if slot == winner || o.ts() != ts || !reach.may_match(o.tid()) {
            continue;
        }
        let r = range_of(o);
        while size > PAGE_4K && overlaps(block(ea, size), r) {
            size /= 4;
        }
        if o.tid() != 0 && overlaps(block(ea, PAGE_4K), r) {
            page_conflict = true;
        }
    }
    (size, page_conflict)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mmu::TlbGeometry;

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
            (0x3C5, false, Class::Both, 0x3CA), // U0..U3 kept, SW SR -> UW UR
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

    #[test]
    fn chains_link_and_unlink() {
        let g = TlbGeometry::e500v2();
        let mut s = Shadows::new(512, 528, 512, 528);
        let r = |guest| ShadowRef {
            guest,
            guest_entry: TlbEntry::INVALID,
            sid: 1,
            class: Class::Both,
            prev: NONE,
            next: NONE,
        };
        s.link(3, r(SlotId::tlb1(2)));
        s.link(515, r(SlotId::tlb1(2)));
        s.link(7, r(SlotId::tlb1(2)));
        s.link(9, r(SlotId::tlb1(1)));
        let chain: Vec<SlotId> = s.shadows_of(SlotId::tlb1(2)).collect();
        assert_eq!(chain, [SlotId::tlb0(7), SlotId::tlb1(3), SlotId::tlb0(3)]);
        s.unlink(515);
        let chain: Vec<SlotId> = s.shadows_of(SlotId::tlb1(2)).collect();
        assert_eq!(chain, [SlotId::tlb0(7), SlotId::tlb0(3)]);
        s.unlink(7);
        s.unlink(3);
        assert_eq!(s.shadows_of(SlotId::tlb1(2)).count(), 0);
        assert_eq!(s.shadows_of(SlotId::tlb1(1)).count(), 1);
        let _ = g;
    }
}
