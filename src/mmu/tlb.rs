//! The TLB array: storage, the single write path ([`Tlb::write_slot`]), and the invalidation
//! primitive every invalidating operation shares.

use crate::narrow::{Narrow, ToUsize};
use std::ops::Range;

use super::TlbError;
use super::entry::TlbEntry;
use super::geometry::{SlotId, TlbGeometry};
use super::mas::{mas1, mas2, mas3, mas7};
use crate::addr::{Ea, PhysAddr};

/// The result of a write into a slot: what was there and what is there now (so the hypervisor can
/// drop the shadows of `old`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbWrite<P: PhysAddr> {
    /// The slot written.
    pub slot: SlotId,
    /// The previous contents.
    pub old: TlbEntry<P>,
    /// The contents as stored (masked to the implemented fields).
    pub new: TlbEntry<P>,
}

/// One core's TLB0 + TLB1 whose real pages are addresses of space `P`.
///
/// The same type, with the same instruction code, is the bare core's TLB (`Tlb<Hpa>`), the
/// hypervisor's virtual TLB of the guest (`Tlb<Gpa>`) and the host TLB the core translates with.
#[derive(Clone, Debug)]
pub struct Tlb<P: PhysAddr> {
    pub(super) geometry: TlbGeometry,
    /// TLB0 as `set * ways + way`, then TLB1.
    pub(super) slots: Vec<TlbEntry<P>>,
    /// Bit i set iff TLB1\[i\] is valid (TLB1 has at most 64 entries), so lookups skip empty slots.
    pub(super) tlb1_valid: u64,
    /// The TLB0 next-victim pointer (manual profile, E500RM 12.3.2.2.2) or QEMU's global
    /// round-robin counter (`compat.global_nv_counter`). Always below the number of ways.
    pub(super) nv: u8,
    generation: u64,
    /// The EA pages each of the last [`CHANGES`] changes touched (the old entry's and the new
    /// one's), the newest at `generation % CHANGES` ([`Tlb::changes_since`]).
    changes: [[PageSpan; 2]; CHANGES],
}

/// How many changes [`Tlb::changes_since`] remembers.
const CHANGES: usize = 4;

/// EA pages (4 KiB units, inclusive) whose translation a change may have altered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageSpan {
    /// The first page (EA >> 12).
    pub first: u32,
    /// The last page.
    pub last: u32,
}

impl PageSpan {
    /// Every page.
    pub const ALL: PageSpan = PageSpan { first: 0, last: u32::MAX >> 12 };
    /// No page (`first > last`).
    pub const NONE: PageSpan = PageSpan { first: 1, last: 0 };

    /// The pages a valid entry covers; none for an invalid one (it translates nothing).
    fn of<P: PhysAddr>(e: &TlbEntry<P>) -> PageSpan {
        if !e.valid() {
            return PageSpan::NONE;
        }
        let (base, end) = e.ea_range();
        let last = (end - 1).min(u64::from(u32::MAX));
        PageSpan { first: (base >> 12).low_u32(), last: (last >> 12).low_u32() }
    }
    /// The smallest span holding both.
    fn hull(self, other: PageSpan) -> PageSpan {
        if self.first > self.last {
            return other;
        }
        if other.first > other.last {
            return self;
        }
        PageSpan { first: self.first.min(other.first), last: self.last.max(other.last) }
    }
    /// Whether page `vpn` is in it.
    pub const fn contains(self, vpn: u32) -> bool {
        self.first <= vpn && vpn <= self.last
    }
}

/// The candidate slots of a page-sized question ([`Tlb::near`]): flat indices.
#[derive(Clone, Debug)]
pub(crate) struct Near {
    set: Range<usize>,
    t0: usize,
    /// The TLB1 valid bits not yet visited.
    tlb1: u64,
}

impl Iterator for Near {
    type Item = usize;
    #[inline]
    fn next(&mut self) -> Option<usize> {
        if let Some(i) = self.set.next() {
            return Some(i);
        }
        if self.tlb1 == 0 {
            return None;
        }
        let i = self.tlb1.trailing_zeros() as usize;
        self.tlb1 &= self.tlb1 - 1;
        Some(self.t0 + i)
    }
}

impl<P: PhysAddr> Tlb<P> {
    /// An empty TLB (every slot invalid, next victim 0, as at reset).
    pub fn new(geometry: TlbGeometry) -> Tlb<P> {
        Tlb {
            geometry,
            slots: vec![TlbEntry::INVALID; geometry.total_entries()],
            tlb1_valid: 0,
            nv: 0,
            generation: 0,
            changes: [[PageSpan::ALL; 2]; CHANGES],
        }
    }

    /// The geometry.
    pub const fn geometry(&self) -> &TlbGeometry {
        &self.geometry
    }
    /// A counter bumped by every change to any entry (not by next-victim changes, which no
    /// lookup sees), so translation and decode caches can validate themselves cheaply.
    pub const fn generation(&self) -> u64 {
        self.generation
    }
    /// Calls `f` with the EA pages whose translation may differ from what it was at `generation`
    /// (an earlier [`Tlb::generation`]): the pages of every valid entry changed since, before
    /// and after the change, whatever their TID and TS. Returns `false`, calling nothing, when
    /// that is more changes ago than the TLB remembers (anything may have changed). A cache of
    /// translations made at `generation` keeps the pages outside.
    pub fn changes_since(&self, generation: u64, mut f: impl FnMut(PageSpan)) -> bool {
        let n = self.generation.wrapping_sub(generation);
        if n > CHANGES as u64 {
            return false;
        }
        for k in 0..n {
            let i = self.generation.wrapping_sub(k) % CHANGES as u64;
            let [a, b] = self.changes[i.to_usize()];
            f(a);
            f(b);
        }
        true
    }
    /// Whether page `vpn`'s translation may differ from what it was at `generation`
    /// ([`Tlb::changes_since`]).
    pub fn changed_since(&self, generation: u64, vpn: u32) -> bool {
        let mut hit = false;
        !self.changes_since(generation, |s| hit |= s.contains(vpn)) || hit
    }
    /// The TLB0 next-victim value MAS0\[NV\] reports.
    #[cfg(test)]
    pub const fn next_victim(&self) -> u8 {
        self.nv
    }
    /// The entry in `slot`, or `None` if the slot does not exist.
    pub fn entry(&self, slot: SlotId) -> Option<&TlbEntry<P>> {
        self.slots.get(self.flat(slot)?)
    }
    /// Every valid entry, TLB0 (by set, then way) before TLB1.
    pub fn entries(&self) -> impl Iterator<Item = (SlotId, &TlbEntry<P>)> + '_ {
        self.slots.iter().enumerate().filter(|(_, e)| e.valid()).map(|(i, e)| (self.slot_at(i), e))
    }

    /// The flat indices of the slots that can hold an entry covering `ea`'s 4 KiB page, in
    /// lookup order: the ways of the TLB0 set `ea` indexes (a TLB0 entry is one 4 KiB page, kept
    /// in the set its EPN selects: E500RM 12.3.2.2), then the valid TLB1 entries. The one
    /// candidate walk: [`Tlb::lookup`], [`Tlb::entries_near`] and the hypervisor's page-sized
    /// scans use it. It borrows nothing, so a caller may write the slots it yields.
    pub(crate) fn near(&self, ea: Ea) -> Near {
        Near { set: self.tlb0_set_range(ea.raw()), t0: self.geometry.tlb0_entries(), tlb1: self.tlb1_valid }
    }

    /// The valid entries that can cover `ea`'s 4 KiB page (the walk `Tlb::near` gives).
    pub fn entries_near(&self, ea: Ea) -> impl Iterator<Item = (SlotId, &TlbEntry<P>)> + '_ {
        // Validity first: most candidates (the set's other ways) are empty.
        self.near(ea).filter_map(|i| {
            let e = self.slots.get(i).filter(|e| e.valid())?;
            Some((self.slot_at(i), e))
        })
    }

    /// The entry at flat index `flat` (TLB0 as `set * ways + way`, then TLB1: the indices
    /// [`Tlb::near`] yields), if it exists.
    pub(crate) fn entry_at(&self, flat: usize) -> Option<&TlbEntry<P>> {
        self.slots.get(flat)
    }

    /// Stores `entry` in `slot`: the one write path, used by tlbwe and by the hypervisor to
    /// install shadows. It keeps what the array can hold:
    ///
    /// * MAS1: V, IPROT, TID (8 bits), TS, TSIZE (4 bits); MAS2: EPN, X0, X1, WIMGE; MAS3: RPN,
    ///   U0..U3, permissions; MAS7: RPN bits 0:3 (docs/booke-mmu.md §1.3, E500RM 12.7.1).
    /// * TLB0 holds 4 KiB pages only and has no IPROT (TLB0CFG MINSIZE = MAXSIZE = 1, IPROT = 0;
    ///   docs/booke-mmu.md §2 tlbwe), so TSIZE is forced to 1 and IPROT cleared.
    /// * EPN is stored masked to the page size; the RPN is stored as given and masked when used
    ///   (docs/qemu-ppce500.md item 5; E500RM Table 2-27 says the low RPN bits "are ignored").
    ///
    /// It does not check TSIZE against TLB1CFG: that is an instruction rule ([`Tlb::tlbwe`]).
    ///
    /// # Errors
    /// [`TlbError::NoSuchSlot`] when `slot` is outside the geometry.
    pub fn write_slot(&mut self, slot: SlotId, entry: TlbEntry<P>) -> Result<TlbWrite<P>, TlbError> {
        let i = self.flat(slot).ok_or(TlbError::NoSuchSlot { slot })?;
        let new = stored_form(slot.tlb, entry);
        let cell = self.slots.get_mut(i).ok_or(TlbError::NoSuchSlot { slot })?;
        let old = std::mem::replace(cell, new);
        self.note_valid(i, new.valid());
        self.bump([PageSpan::of(&old), PageSpan::of(&new)]);
        Ok(TlbWrite { slot, old, new })
    }

    /// The flat index of `slot`, if it exists.
    pub(super) fn flat(&self, slot: SlotId) -> Option<usize> {
        let i = usize::from(slot.index);
        match slot.tlb {
            0 if i < self.geometry.tlb0_entries() => Some(i),
            1 if i < self.geometry.tlb1_entries() => Some(self.geometry.tlb0_entries() + i),
            _ => None,
        }
    }
    /// The slot at flat index `flat` (which must be below the total entries).
    pub(crate) fn slot_at(&self, flat: usize) -> SlotId {
        let t0 = self.geometry.tlb0_entries();
        // Indices are below 512 + 64, so the casts cannot truncate.
        if flat < t0 { SlotId::tlb0(flat.low_u16()) } else { SlotId::tlb1((flat - t0).low_u16()) }
    }
    /// Flat indices of the TLB0 set `ea` indexes.
    pub(super) fn tlb0_set_range(&self, ea: u32) -> Range<usize> {
        let ways = self.geometry.tlb0_ways();
        let base = self.geometry.tlb0_set_of(ea) * ways;
        base..base + ways
    }
    /// Flat indices of TLB0.
    pub(super) fn tlb0_range(&self) -> Range<usize> {
        0..self.geometry.tlb0_entries()
    }
    /// Flat indices of TLB1.
    pub(super) fn tlb1_range(&self) -> Range<usize> {
        self.geometry.tlb0_entries()..self.geometry.total_entries()
    }

    /// Invalidates (clears V of) every valid, non-IPROT entry in `range` for which `pred` holds,
    /// reporting each to `on_invalidate` with its contents before the change. IPROT entries are
    /// never invalidated here: this is tlbivax, tlbilx and MMUCSR0 flash invalidation
    /// (docs/booke-mmu.md §2 "IPROT"); only tlbwe/`write_slot` can replace them.
    pub(super) fn invalidate_where(
        &mut self,
        range: Range<usize>,
        mut pred: impl FnMut(&TlbEntry<P>) -> bool,
        on_invalidate: &mut impl FnMut(SlotId, &TlbEntry<P>),
    ) {
        // The pages of the entries invalidated (none: nothing changed).
        let mut changed = PageSpan::NONE;
        for i in range {
            let Some(&e) = self.slots.get(i) else { break };
            if !e.valid() || e.iprot() || !pred(&e) {
                continue;
            }
            on_invalidate(self.slot_at(i), &e);
            changed = changed.hull(PageSpan::of(&e));
            if let Some(cell) = self.slots.get_mut(i) {
                cell.mas1 = mas1::V.with(cell.mas1, false);
            }
            self.note_valid(i, false);
        }
        // A valid entry covers at least one page, so an invalidation leaves `changed` non-empty.
        if changed != PageSpan::NONE {
            self.bump([changed, PageSpan::NONE]);
        }
    }

    /// Keeps the TLB1 valid bitmap in step with slot `flat`.
    fn note_valid(&mut self, flat: usize, valid: bool) {
        let t0 = self.geometry.tlb0_entries();
        if flat >= t0 && flat - t0 < 64 {
            let bit = 1u64 << (flat - t0);
            if valid { self.tlb1_valid |= bit } else { self.tlb1_valid &= !bit }
        }
    }
    fn bump(&mut self, spans: [PageSpan; 2]) {
        self.generation = self.generation.wrapping_add(1);
        self.changes[(self.generation % CHANGES as u64).to_usize()] = spans;
    }
}

/// `entry` as the array stores it in TLB `tlb` (see [`Tlb::write_slot`]).
fn stored_form<P: PhysAddr>(tlb: u8, entry: TlbEntry<P>) -> TlbEntry<P> {
    let mut m1 = entry.mas1 & mas1::IMPLEMENTED;
    if tlb == 0 {
        m1 = mas1::TSIZE.insert(m1, 1) & !mas1::IPROT.mask();
    }
    let size = TlbEntry::<P>::from_words(m1, 0, 0, 0).page_size();
    // Sizes of 4 GiB and up leave no EPN bits.
    let epn = (u64::from(mas2::EPN.mask()) & !(size - 1)).low_u32();
    TlbEntry::from_words(
        m1,
        entry.mas2 & (epn | mas2::ATTRS.mask()),
        entry.mas3 & mas3::IMPLEMENTED,
        entry.mas7 & mas7::IMPLEMENTED,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::Hpa;

    type E = TlbEntry<Hpa>;

    #[test]
    fn new_tlb_is_empty() {
        let t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
        assert_eq!(t.slots.len(), 512 + 16);
        assert_eq!((t.entries().count(), t.next_victim(), t.generation()), (0, 0, 0));
        assert_eq!(t.entry(SlotId::tlb0(511)), Some(&E::INVALID));
        assert_eq!(t.entry(SlotId::tlb0(512)), None);
        assert_eq!(t.entry(SlotId::tlb1(15)), Some(&E::INVALID));
        assert_eq!(t.entry(SlotId::tlb1(16)), None);
        assert_eq!(t.entry(SlotId { tlb: 2, index: 0 }), None);
    }

    #[test]
    fn write_slot_stores_the_implemented_form() {
        // (slot, written words, stored words), worked from docs/booke-mmu.md §1.3 masks and §2 tlbwe.
        #[rustfmt::skip]
        let table: &[(SlotId, [u32; 4], [u32; 4])] = &[
            // TLB0: TSIZE 0xA -> 1, IPROT dropped, TID bits above 8 dropped, MAS2 b32 20:24 dropped,
            // MAS3 b32 20:21 dropped, MAS7 above 4 bits dropped.
            (SlotId::tlb0(278), [0xFF07_1A00, 0x1234_5FFF, 0xFFFF_FFFF, 0xFFFF_FFFF],
                                [0x8007_1100, 0x1234_507F, 0xFFFF_F3FF, 0xF]),
            // TLB1 keeps IPROT and TSIZE; EPN masked to 1 MiB (TSIZE 5): 0x123FF000 -> 0x12300000.
            (SlotId::tlb1(3), [0xC000_0500, 0x123F_F01F, 0x1230_0015, 0],
                              [0xC000_0500, 0x1230_001F, 0x1230_0015, 0]),
            // 4 GiB page: no EPN bits remain. The RPN is kept unmasked.
            (SlotId::tlb1(0), [0x8000_0B00, 0xFFFF_F000, 0xFFFF_F000, 0x3],
                              [0x8000_0B00, 0x0000_0000, 0xFFFF_F000, 0x3]),
            // Reserved TSIZE 0 (a V = 0 write can store it): 1 KiB, EPN kept whole.
            (SlotId::tlb1(1), [0x0000_0000, 0xABCD_E000, 0, 0], [0, 0xABCD_E000, 0, 0]),
        ];
        for &(slot, w, s) in table {
            let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
            let wr = t.write_slot(slot, E::from_words(w[0], w[1], w[2], w[3])).unwrap();
            let want = E::from_words(s[0], s[1], s[2], s[3]);
            assert_eq!((wr.slot, wr.old, wr.new), (slot, E::INVALID, want), "{slot}");
            assert_eq!(t.entry(slot), Some(&want));
        }
    }

    #[test]
    fn write_slot_tracks_validity_and_generation() {
        let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2().with_tlb1_entries(4).unwrap());
        let e = E::from_words(0x8000_0100, 0x1000, 0, 0);
        t.write_slot(SlotId::tlb1(3), e).unwrap();
        t.write_slot(SlotId::tlb0(7), e).unwrap();
        assert_eq!(t.tlb1_valid, 0b1000);
        assert_eq!(t.generation(), 2);
        let slots: Vec<_> = t.entries().map(|(s, _)| s).collect();
        assert_eq!(slots, [SlotId::tlb0(7), SlotId::tlb1(3)]);
        let wr = t.write_slot(SlotId::tlb1(3), E::INVALID).unwrap();
        assert_eq!((wr.old, t.tlb1_valid, t.generation()), (e, 0, 3));
        assert_eq!(t.write_slot(SlotId::tlb1(4), e), Err(TlbError::NoSuchSlot { slot: SlotId::tlb1(4) }));
        assert_eq!(t.generation(), 3);
    }

    #[test]
    fn invalidate_where_skips_iprot_and_invalid() {
        let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
        t.write_slot(SlotId::tlb1(0), E::from_words(0xC000_0100, 0, 0, 0)).unwrap(); // IPROT
        t.write_slot(SlotId::tlb1(1), E::from_words(0x8000_0100, 0, 0, 0)).unwrap();
        t.write_slot(SlotId::tlb1(2), E::from_words(0x0000_0100, 0, 0, 0)).unwrap(); // V = 0
        let mut seen = Vec::new();
        let range = t.tlb1_range();
        t.invalidate_where(range, |_| true, &mut |s, e: &E| seen.push((s, e.mas1)));
        assert_eq!(seen, [(SlotId::tlb1(1), 0x8000_0100)]);
        assert_eq!(t.entry(SlotId::tlb1(1)).map(|e| e.mas1), Some(0x0000_0100)); // only V cleared
        assert_eq!(t.tlb1_valid, 0b1);
        assert_eq!(t.generation(), 4);
    }
}
