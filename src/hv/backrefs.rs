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

use super::events::{Event, InvalidateCause, Recorder};
use super::shadow::{Class, PAGE_4K, overlaps, range_of};
use super::sid::ShadowIds;

pub(super) const NONE: u16 = u16::MAX;

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
    pub(super) prev: u16,
    pub(super) next: u16,
}

/// The shadow bookkeeping: back-references both ways, host victim pointers and the SID table.
#[derive(Clone, Debug)]
pub struct Shadows {
    /// Per host slot (flat: TLB0 then TLB1).
    pub(super) refs: Vec<Option<ShadowRef>>,
    /// Per guest slot (flat): the first host slot of its chain.
    pub(super) heads: Vec<u16>,
    pub(super) host_tlb0: usize,
    pub(super) guest_tlb0: usize,
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
            recent: [NONE; 4],
            recent_mark: u64::MAX,
            sids: ShadowIds::default(),
        }
    }

    pub(super) fn host_flat(&self, s: SlotId) -> usize {
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

    pub(super) fn link(&mut self, host_flat: usize, mut r: ShadowRef) {
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
        self.is_pinned(flat) || self.recent.contains(&(flat as u16))
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
            let set = g.tlb0_set_of(ea) as u16;
            let ways = g.tlb0_ways() as u16;
            let slots = (0..ways).map(|w| SlotId::tlb0_set_way(set, w, &g));
            if let Some(s) = slots.clone().find(|s| free(s, self)) {
                return Some(s);
            }
            for _ in 0..ways {
                self.nv0 = (self.nv0 + 1) % usize::from(ways);
                let s = SlotId::tlb0_set_way(set, self.nv0 as u16, &g);
                if !self.protected(self.host_flat(s)) {
                    return Some(s);
                }
            }
            // At most three recent shadows and three windows: never reached with four ways
            // unless all six share a set; take the next way then.
            Some(SlotId::tlb0_set_way(set, self.nv0 as u16, &g))
        } else {
            let n = g.tlb1_entries();
            if let Some(s) = (0..n as u16).map(SlotId::tlb1).find(|s| free(s, self)) {
                return Some(s);
            }
            for _ in 0..n {
                self.nv1 = (self.nv1 + 1) % n;
                let s = SlotId::tlb1(self.nv1 as u16);
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
    }
}
