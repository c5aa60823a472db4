//! The back-references between guest entries and the host slots holding their shadows, host
//! victim selection, and dropping shadows.
//!
//! Every host slot holding a shadow has a [`ShadowRef`]: the guest slot it came from, a copy of
//! that guest entry, its SID and class. The shadows of one guest slot are chained through their
//! host slots (an intrusive doubly linked list over fixed arrays), so dropping a guest entry's
//! shadows visits exactly them (KVM keeps such maps only for TLB1, `g2h_tlb1_map`) and nothing is
//! allocated after construction.

use crate::addr::{Gpa, Hpa};
use crate::mmu::{SlotId, Tlb, TlbEntry};
use crate::narrow::Narrow;

use super::events::{Event, InvalidateCause, Recorder};
use super::guest::GuestId;
use super::shadow::{Class, PAGE_4K, overlaps};
use super::sid::ShadowIds;

pub(super) const NONE: u16 = u16::MAX;

/// What one host slot holding a shadow came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShadowRef {
    /// The guest it belongs to.
    pub owner: GuestId,
    /// The guest slot.
    pub guest: SlotId,
    /// The guest entry as it was when the shadow was made.
    pub guest_entry: TlbEntry<Gpa>,
    /// The shadow ID (host TID).
    pub sid: u8,
    /// The accesses it serves.
    pub class: Class,
    pub(super) prev: u16,
    pub(super) next: u16,
}

/// The shadow bookkeeping of every guest on the host: back-references both ways, host victim
/// pointers and the SID table. The host TLB is one for all guests: a host slot's shadow belongs
/// to one guest ([`ShadowRef::owner`]), and each guest has its own chains from its guest slots.
/// The guest operations (`invalidate_guest`, `invalidate_overlapping`, fills) act for the guest
/// on the core ([`Shadows::set_current`]) and never touch another guest's shadows, except that a
/// fill may evict one (counted in [`Shadows::foreign_evictions`]) and a tag flush drops all.
#[derive(Clone, Debug)]
pub struct Shadows {
    /// Per host slot (flat: TLB0 then TLB1).
    pub(super) refs: Vec<Option<ShadowRef>>,
    /// Which host slots (flat) hold a shadow, a bit each: the scans over all shadows
    /// (overlap invalidation on every guest `tlbwe`, tag flushes) visit only those.
    live: Vec<u64>,
    /// Per guest, per guest slot (flat): the first host slot of its chain.
    heads: Vec<Vec<u16>>,
    /// Per guest: its TLB0 size (where its TLB1 starts in its flat numbering).
    guest_tlb0: Vec<usize>,
    /// The guest on the core.
    current: GuestId,
    /// Shadows of another guest a fill evicted, host-wide.
    pub foreign_evictions: u64,
    /// Tag flushes (the SIDs ran out and every shadow of every guest was dropped), host-wide.
    pub tag_flushes: u64,
    /// Flushes of the host TLB at a guest switch (the flush-on-switch mode), host-wide.
    pub switch_flushes: u64,
    pub(super) host_tlb0: usize,
    /// Host TLB0 round-robin way.
    pub(super) nv0: usize,
    /// Host TLB1 round-robin slot.
    pub(super) nv1: usize,
    /// Host slots fill must not take (MMIO replay windows), flat.
    pub(super) pinned: [u16; 4],
    /// Host slots filled since the guest last completed an instruction, flat.
    pub(super) recent: [u16; 4],
    /// The guest's completed-instruction count `recent` belongs to.
    pub(super) recent_mark: u64,
    /// The SID table.
    pub sids: ShadowIds,
}

impl Shadows {
    /// Bookkeeping for a host TLB of `host_entries` slots (`host_tlb0` of them TLB0), with no
    /// guest yet.
    pub fn new(host_tlb0: usize, host_entries: usize) -> Self {
        Shadows {
            refs: vec![None; host_entries],
            live: vec![0; host_entries.div_ceil(64)],
            heads: Vec::new(),
            guest_tlb0: Vec::new(),
            current: 0,
            foreign_evictions: 0,
            tag_flushes: 0,
            switch_flushes: 0,
            host_tlb0,
            nv0: 0,
            nv1: 0,
            pinned: [NONE; 4],
            recent: [NONE; 4],
            recent_mark: u64::MAX,
            sids: ShadowIds::default(),
        }
    }

    /// Adds a guest whose TLB has `guest_entries` slots (`guest_tlb0` of them TLB0): its id.
    pub fn add_guest(&mut self, guest_tlb0: usize, guest_entries: usize) -> GuestId {
        self.heads.push(vec![NONE; guest_entries]);
        self.guest_tlb0.push(guest_tlb0);
        (self.heads.len() - 1).low_u16()
    }

    /// The guest on the core from now on: guest operations act for it. Its fills start a fresh
    /// set of protected shadows.
    pub fn set_current(&mut self, guest: GuestId) {
        self.current = guest;
        self.recent = [NONE; 4];
        self.recent_mark = u64::MAX;
    }

    /// The guest on the core.
    pub const fn current(&self) -> GuestId {
        self.current
    }

    pub(super) fn host_flat(&self, s: SlotId) -> usize {
        if s.tlb == 0 { usize::from(s.index) } else { self.host_tlb0 + usize::from(s.index) }
    }
    fn host_slot(&self, flat: usize) -> SlotId {
        // Flat indices are below 512 + 64.
        if flat < self.host_tlb0 {
            SlotId::tlb0(flat.low_u16())
        } else {
            SlotId::tlb1((flat - self.host_tlb0).low_u16())
        }
    }
    fn guest_flat(&self, owner: GuestId, s: SlotId) -> usize {
        let tlb0 = self.guest_tlb0.get(usize::from(owner)).copied().unwrap_or(0);
        if s.tlb == 0 { usize::from(s.index) } else { tlb0 + usize::from(s.index) }
    }

    /// The chain head of `owner`'s guest slot `guest`, if both exist.
    fn head(&self, owner: GuestId, guest: SlotId) -> Option<&u16> {
        self.heads.get(usize::from(owner))?.get(self.guest_flat(owner, guest))
    }

    fn head_mut(&mut self, owner: GuestId, guest: SlotId) -> Option<&mut u16> {
        let g = self.guest_flat(owner, guest);
        self.heads.get_mut(usize::from(owner))?.get_mut(g)
    }

    /// The back-reference of a host slot, if it holds a shadow.
    pub fn shadow_of(&self, host: SlotId) -> Option<&ShadowRef> {
        self.refs.get(self.host_flat(host)).and_then(Option::as_ref)
    }

    /// The host slots holding shadows of guest `owner`'s slot `guest`.
    pub fn shadows_of(&self, owner: GuestId, guest: SlotId) -> impl Iterator<Item = SlotId> + '_ {
        let mut cur = self.head(owner, guest).copied().unwrap_or(NONE);
        std::iter::from_fn(move || {
            if cur == NONE {
                return None;
            }
            let flat = usize::from(cur);
            cur = self.refs.get(flat).and_then(|r| r.map(|r| r.next)).unwrap_or(NONE);
            Some(self.host_slot(flat))
        })
    }

    pub(super) fn link(&mut self, host_flat: usize, mut r: ShadowRef) {
        let Some(&head) = self.head(r.owner, r.guest) else { return };
        r.prev = NONE;
        r.next = head;
        if let Some(Some(h)) = self.refs.get_mut(usize::from(head)) {
            h.prev = host_flat.low_u16();
        }
        if let Some(h) = self.head_mut(r.owner, r.guest) {
            *h = host_flat.low_u16();
        }
        self.refs[host_flat] = Some(r);
        self.live[host_flat / 64] |= 1 << (host_flat % 64);
    }

    /// Calls `f` with each host slot (flat) holding a shadow, in order; `f` may drop it (each
    /// word of the occupancy bitmap is read before its slots are visited).
    fn for_each_live(&mut self, mut f: impl FnMut(&mut Self, usize)) {
        for w in 0..self.live.len() {
            let mut bits = self.live[w];
            while bits != 0 {
                f(self, w * 64 + bits.trailing_zeros() as usize);
                bits &= bits - 1;
            }
        }
    }

    fn unlink(&mut self, host_flat: usize) -> Option<ShadowRef> {
        let r = self.refs.get_mut(host_flat)?.take()?;
        self.live[host_flat / 64] &= !(1 << (host_flat % 64));
        if r.prev == NONE {
            if let Some(h) = self.head_mut(r.owner, r.guest) {
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
    /// without a cause, an eviction, in the current guest's log when the shadow was its own (an
    /// eviction of another guest's shadow is counted host-wide).
    pub(super) fn drop_host(
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
        if r.owner != self.current {
            if cause.is_none() {
                self.foreign_evictions += 1;
            }
            tracing::trace!(target: "tlbvisor::hv::shadow", kind = "foreign", owner = r.owner, by = self.current, host_slot = %slot, "another guest's shadow dropped");
            return;
        }
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
        let mut cur = self.head(self.current, guest).copied().unwrap_or(NONE);
        while cur != NONE {
            let flat = usize::from(cur);
            cur = self.refs.get(flat).and_then(|r| r.map(|r| r.next)).unwrap_or(NONE);
            self.drop_host(host, flat, Some(cause), rec);
        }
    }

    /// Drops every shadow whose guest entry is in address space `ts` and whose range overlaps
    /// `entry`'s page: a new guest entry there may win the guest's lookup where they hit.
    pub fn invalidate_overlapping(&mut self, host: &mut Tlb<Hpa>, entry: &TlbEntry<Gpa>, rec: &mut Recorder) {
        let r = entry.ea_range();
        // `flat` indexes the host TLB as it indexes `refs` (both TLB0 then TLB1).
        let mut visit = |this: &mut Self, host: &mut Tlb<Hpa>, flat: usize| {
            let hit = this
                .refs
                .get(flat)
                .copied()
                .flatten()
                .is_some_and(|s| s.owner == this.current && s.guest_entry.ts() == entry.ts())
                && host.entry_at(flat).is_some_and(|h| overlaps(h.ea_range(), r));
            if hit {
                this.drop_host(host, flat, Some(InvalidateCause::Overlapped), rec);
            }
        };
        // A shadow sits at its guest EA, so one meeting a 4 KiB page is in the host TLB0 set
        // of that page or in the host TLB1 (the hot case: every guest TLB0 write). A larger
        // entry is checked against every shadow.
        if entry.page_size() <= PAGE_4K {
            for flat in host.near(entry.epn()) {
                visit(self, host, flat);
            }
        } else {
            self.for_each_live(|this, flat| visit(this, host, flat));
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

    /// Drops every shadow of every guest (the shadow IDs ran out: a "tag flush"; or a guest
    /// switch in the flush-on-switch mode).
    pub fn flush_all(&mut self, host: &mut Tlb<Hpa>, rec: &mut Recorder) {
        let mut dropped = 0u32;
        self.for_each_live(|this, flat| {
            this.drop_host(host, flat, Some(InvalidateCause::TagFlush), rec);
            dropped += 1;
        });
        dropped += self.drop_unreferenced(host);
        rec.record(Event::TagFlush { dropped });
    }

    /// Drops every shadow of every guest at a switch between guests (the flush-on-switch mode):
    /// host-wide, so nothing goes in a guest's log; counted in [`Shadows::switch_flushes`].
    pub fn flush_at_switch(&mut self, host: &mut Tlb<Hpa>) {
        self.switch_flushes += 1;
        let mut dropped = 0u32;
        self.for_each_live(|this, flat| {
            let slot = this.host_slot(flat);
            if this.unlink(flat).is_some() {
                // The slot exists: it came from the host geometry.
                let _ = host.write_slot(slot, TlbEntry::INVALID);
                dropped += 1;
            }
        });
        dropped += self.drop_unreferenced(host);
        tracing::trace!(target: "tlbvisor::hv::shadow", kind = "switch-flush", dropped, "host TLB flushed at a guest switch");
    }

    /// Drops every valid host entry that is neither a shadow nor a pinned MMIO window: the
    /// magic-page entries of paravirtual guests (`super::paravirt`), tagged with shadow IDs a
    /// flush frees for reuse. Returns how many.
    fn drop_unreferenced(&mut self, host: &mut Tlb<Hpa>) -> u32 {
        let stale: Vec<SlotId> = host
            .entries()
            .map(|(s, _)| s)
            .filter(|s| {
                let flat = self.host_flat(*s);
                self.refs.get(flat).is_some_and(Option::is_none) && !self.is_pinned(flat)
            })
            .collect();
        for s in &stale {
            let _ = host.write_slot(*s, TlbEntry::INVALID);
        }
        stale.len().low_u32()
    }

    /// Pins host slots (flat) so fills leave them alone; `NONE`s unpin.
    pub(super) fn set_pinned(&mut self, pinned: [Option<SlotId>; 4]) {
        for (p, s) in self.pinned.iter_mut().zip(pinned) {
            *p = s.map_or(NONE, |s| {
                let flat =
                    if s.tlb == 0 { usize::from(s.index) } else { self.host_tlb0 + usize::from(s.index) };
                flat.low_u16()
            });
        }
    }
    fn is_pinned(&self, flat: usize) -> bool {
        self.pinned.contains(&flat.low_u16())
    }

    /// Starts a new instruction's set of protected shadows if the guest completed an
    /// instruction (`progress` = instructions completed) since the last fill.
    pub(super) fn note_progress(&mut self, progress: u64) {
        if progress != self.recent_mark {
            self.recent_mark = progress;
            self.recent = [NONE; 4];
        }
    }

    /// Whether fills must leave host slot `flat` alone: an MMIO replay window, or a shadow
    /// filled for the instruction the guest has not yet completed (evicting it could livelock an
    /// instruction whose fetch and data pages need more entries than the host TLB1 holds).
    fn protected(&self, flat: usize) -> bool {
        self.is_pinned(flat) || self.recent.contains(&flat.low_u16())
    }

    /// The host slot a new shadow of `size` at `ea` goes to: an invalid, unprotected way of the
    /// TLB0 set / slot of TLB1, else the next unprotected round-robin victim; `None` when every
    /// TLB1 slot is protected (the caller falls back to a 4 KiB shadow in TLB0).
    pub(super) fn victim(&mut self, host: &Tlb<Hpa>, ea: u32, size: u64) -> Option<SlotId> {
        let g = *host.geometry();
        let free = |s: &SlotId, me: &Self| {
            !me.protected(me.host_flat(*s)) && host.entry(*s).is_some_and(|e| !e.valid())
        };
        if size == PAGE_4K {
            let set = g.tlb0_set_of(ea).low_u16();
            let ways = g.tlb0_ways().low_u16();
            let slots = (0..ways).map(|w| SlotId::tlb0_set_way(set, w, &g));
            if let Some(s) = slots.clone().find(|s| free(s, self)) {
                return Some(s);
            }
            // A paravirtual guest's magic-page entry (the one valid host entry that is not a
            // shadow) goes last: its guest's every interrupt handler reads the page.
            let magic = |s: SlotId, me: &Self| me.refs.get(me.host_flat(s)).is_some_and(Option::is_none);
            for spare_magic in [true, false] {
                for _ in 0..ways {
                    self.nv0 = (self.nv0 + 1) % usize::from(ways);
                    let s = SlotId::tlb0_set_way(set, self.nv0.low_u16(), &g);
                    let keep = self.protected(self.host_flat(s)) || (spare_magic && magic(s, self));
                    if !keep {
                        return Some(s);
                    }
                }
            }
            // At most three recent shadows and three windows: never reached with four ways
            // unless all six share a set; take the next way then.
            Some(SlotId::tlb0_set_way(set, self.nv0.low_u16(), &g))
        } else {
            let n = g.tlb1_entries();
            if let Some(s) = (0..n.low_u16()).map(SlotId::tlb1).find(|s| free(s, self)) {
                return Some(s);
            }
            for _ in 0..n {
                self.nv1 = (self.nv1 + 1) % n;
                let s = SlotId::tlb1(self.nv1.low_u16());
                if !self.protected(self.host_flat(s)) {
                    return Some(s);
                }
            }
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_link_and_unlink() {
        let mut s = Shadows::new(512, 528);
        s.add_guest(512, 528);
        let r = |guest| ShadowRef {
            owner: 0,
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
        let chain: Vec<SlotId> = s.shadows_of(0, SlotId::tlb1(2)).collect();
        assert_eq!(chain, [SlotId::tlb0(7), SlotId::tlb1(3), SlotId::tlb0(3)]);
        s.unlink(515);
        let chain: Vec<SlotId> = s.shadows_of(0, SlotId::tlb1(2)).collect();
        assert_eq!(chain, [SlotId::tlb0(7), SlotId::tlb0(3)]);
        s.unlink(7);
        s.unlink(3);
        assert_eq!(s.shadows_of(0, SlotId::tlb1(2)).count(), 0);
        assert_eq!(s.shadows_of(0, SlotId::tlb1(1)).count(), 1);
    }

    /// A full TLB0 set holding a magic-page entry (valid, no back-reference) and three shadows:
    /// round robin takes the shadows' ways, over and over, and the magic entry's only when every
    /// other way is protected (here: the three shadows filled for the current instruction).
    #[test]
    fn a_magic_page_entry_goes_last() {
        use crate::mmu::{EntryFields, TlbGeometry};
        let g = TlbGeometry::e500v2();
        let mut host: Tlb<Hpa> = Tlb::new(g);
        let mut s = Shadows::new(g.tlb0_entries(), g.total_entries());
        s.add_guest(512, 528);
        let ea = 0xFFFF_F000u32;
        let set = g.tlb0_set_of(ea) as u16;
        let valid = TlbEntry::from_fields(&EntryFields {
            ts: true,
            tsize: 1,
            epn: crate::addr::Ea::new(ea),
            ..EntryFields::default()
        });
        let ways: Vec<SlotId> = (0..4).map(|w| SlotId::tlb0_set_way(set, w, &g)).collect();
        for &slot in &ways {
            host.write_slot(slot, valid).unwrap();
        }
        // Way 1 is the magic entry; ways 0, 2 and 3 are shadows.
        for w in [0, 2, 3] {
            let r = ShadowRef {
                owner: 0,
                guest: SlotId::tlb0(0),
                guest_entry: TlbEntry::INVALID,
                sid: 1,
                class: Class::Both,
                prev: NONE,
                next: NONE,
            };
            s.link(s.host_flat(ways[w]), r);
        }
        s.note_progress(0);
        let picks: Vec<SlotId> = (0..6).map(|_| s.victim(&host, ea, PAGE_4K).unwrap()).collect();
        assert!(picks.iter().all(|p| *p != ways[1]), "{picks:?}");
        assert_eq!(picks.iter().collect::<std::collections::HashSet<_>>().len(), 3, "{picks:?}");
        // The three shadows now belong to the instruction being filled for: only the magic
        // entry's way is left.
        let flats = [0, 2, 3].map(|w| s.host_flat(ways[w]).low_u16());
        s.recent = [flats[0], flats[1], flats[2], NONE];
        assert_eq!(s.victim(&host, ea, PAGE_4K), Some(ways[1]));
    }

    /// The set-targeted overlap scan (4 KiB guest entries) and the full scan (larger ones) drop
    /// exactly the shadows a brute-force check over every host slot says overlap.
    #[test]
    fn overlap_invalidation_matches_a_full_scan() {
        use crate::mmu::EntryFields;
        use crate::mmu::TlbGeometry;
        let g = TlbGeometry::e500v2();
        let entry = |ea: u32, tsize: u32, ts: bool| -> TlbEntry<Gpa> {
            TlbEntry::from_fields(&EntryFields {
                ts,
                tsize,
                epn: crate::addr::Ea::new(ea),
                ..EntryFields::default()
            })
        };
        // Shadows: 4 KiB ones in TLB0 at EAs that share set 0x10 with 0x0001_0000 (or not),
        // and larger ones in TLB1; both address spaces.
        let mut shadows = Vec::new();
        let mut used = std::collections::HashMap::<u16, u16>::new();
        for ea in [0x0001_0000u32, 0x0081_0000, 0x0001_1000, 0x0002_0000] {
            for ts in [false, true] {
                let set = g.tlb0_set_of(ea) as u16;
                let way = used.entry(set).or_default();
                shadows.push((SlotId::tlb0_set_way(set, *way, &g), entry(ea, 1, ts)));
                *way += 1;
            }
        }
        shadows.push((SlotId::tlb1(0), entry(0x0000_0000, 5, false))); // 1 MiB over 0x1_0000
        shadows.push((SlotId::tlb1(1), entry(0x0001_4000, 2, false))); // 16 KiB next to it
        shadows.push((SlotId::tlb1(2), entry(0x0001_0000, 2, true))); // other space
        // The shadows each case drops, worked out by hand (EA, TS = 0 only):
        // 4K at 0x1_0000: the 4K shadow there and the 1 MiB one over 0..0x10_0000;
        // 64K at 0x1_0000 (to 0x2_0000): also 0x1_1000 and the 16K one at 0x1_4000;
        // 4K at 0x81_0000 (same TLB0 set as 0x1_0000): only the 4K shadow there.
        let cases: [(u32, u32, &[u32]); 3] = [
            (0x0001_0000, 1, &[0x0001_0000, 0x0000_0000]),
            (0x0001_0000, 3, &[0x0001_0000, 0x0001_1000, 0x0000_0000, 0x0001_4000]),
            (0x0081_0000, 1, &[0x0081_0000]),
        ];
        for (new, new_size, by_hand) in cases {
            let mut host: Tlb<Hpa> = Tlb::new(g);
            let mut s = Shadows::new(g.tlb0_entries(), g.total_entries());
            s.add_guest(512, 528);
            for (i, &(slot, e)) in shadows.iter().enumerate() {
                host.write_slot(slot, TlbEntry::from_words(e.mas1, e.mas2, 0, 0)).unwrap();
                let r = ShadowRef {
                    owner: 0,
                    guest: SlotId::tlb1(i as u16 % 16),
                    guest_entry: e,
                    sid: 1,
                    class: Class::Both,
                    prev: NONE,
                    next: NONE,
                };
                s.link(s.host_flat(slot), r);
            }
            let guest = entry(new, new_size, false);
            let expect: Vec<SlotId> = shadows
                .iter()
                .filter(|(_, e)| e.ts() || !overlaps(e.ea_range(), guest.ea_range()))
                .map(|&(slot, _)| slot)
                .collect();
            s.invalidate_overlapping(&mut host, &guest, &mut Recorder::new(64));
            let mut kept: Vec<SlotId> =
                shadows.iter().map(|&(slot, _)| slot).filter(|&slot| s.shadow_of(slot).is_some()).collect();
            kept.sort_by_key(|&slot| s.host_flat(slot));
            let mut expect = expect;
            expect.sort_by_key(|&slot| s.host_flat(slot));
            assert_eq!(kept, expect, "guest entry {new:#x} tsize {new_size}");
            let mut dropped: Vec<u32> = shadows
                .iter()
                .filter(|&&(slot, _)| s.shadow_of(slot).is_none())
                .map(|(_, e)| {
                    assert!(!e.ts(), "a TS = 1 shadow dropped");
                    e.epn().raw()
                })
                .collect();
            let mut by_hand = by_hand.to_vec();
            dropped.sort_unstable();
            by_hand.sort_unstable();
            assert_eq!(dropped, by_hand, "guest entry {new:#x} tsize {new_size}");
            for slot in &kept {
                assert!(host.entry(*slot).unwrap().valid());
            }
        }
    }
}
