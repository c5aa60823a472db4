//! Lookup and translation: the hot path (docs/booke-mmu.md §2 "Lookup and match rule", §3).
//!
//! Nothing here allocates, formats or traces.

use super::entry::{Access, TlbEntry};
use super::geometry::SlotId;
use super::tlb::Tlb;
use crate::addr::{Ea, PhysAddr};

/// The PID registers an access matches TIDs against.
///
/// An entry's TID matches when it is 0 (global), equals PID0, or equals PID1 or PID2 when those
/// are nonzero (docs/booke-mmu.md §2: the PID set is {PID0, PID1 if ≠ 0, PID2 if ≠ 0}). The values are
/// compared whole: the core keeps only the implemented 8 bits when it writes the registers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Pids {
    /// PID0 (SPR 48).
    pub pid0: u32,
    /// PID1 (SPR 633); 0 takes no part.
    pub pid1: u32,
    /// PID2 (SPR 634); 0 takes no part.
    pub pid2: u32,
}

impl Pids {
    /// PID0, PID1, PID2.
    pub const fn new(pid0: u32, pid1: u32, pid2: u32) -> Pids {
        Pids { pid0, pid1, pid2 }
    }
    /// A single search PID (tlbsx's and tlbilx's MAS6\[SPID\]; a core with only PID0).
    pub const fn only(pid: u32) -> Pids {
        Pids { pid0: pid, pid1: 0, pid2: 0 }
    }
    /// Whether a nonzero `tid` is one of the PIDs (TID 0 is handled by the caller as global).
    #[inline]
    pub const fn matches(&self, tid: u32) -> bool {
        tid == self.pid0 || (self.pid1 != 0 && tid == self.pid1) || (self.pid2 != 0 && tid == self.pid2)
    }
}

/// The context of one access.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct XlateCtx {
    /// The address space to match against TS: MSR\[IS\] for fetches, MSR\[DS\] for data.
    pub as_: bool,
    /// The PIDs.
    pub pids: Pids,
    /// MSR\[PR\]: user (U permission bits) or supervisor (S bits).
    pub pr: bool,
}

/// A successful translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Translation<P: PhysAddr> {
    /// The real address: `(RPN & ~(size-1)) | (EA & (size-1))` (docs/booke-mmu.md §3).
    pub pa: P,
    /// The entry that translated.
    pub slot: SlotId,
    /// Its page size in bytes.
    pub size: u64,
    /// The E bit: the page is little-endian.
    pub little_endian: bool,
    /// W I M G E.
    pub wimge: u8,
}

/// Why an access does not translate. The core turns these into interrupts (§3 table).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum XlateFault {
    /// No entry matches: Data or Instruction TLB Error (IVOR13/14); see [`Tlb::preload_miss`].
    Miss,
    /// An entry matches but its permission bits refuse the access: DSI or ISI (IVOR2/3).
    Permission {
        /// The entry that matched.
        slot: SlotId,
    },
}

impl<P: PhysAddr> Tlb<P> {
    /// The first entry that translates `ea` in address space `ts` for `pids`: the indexed TLB0
    /// set (way order) before TLB1 (index order), as QEMU and KVM take it. Architecturally a
    /// multiple hit is undefined (the e500mc raises a machine check); this model never reports
    /// one.
    #[inline]
    pub fn lookup(&self, ea: Ea, ts: bool, pids: &Pids) -> Option<(SlotId, &TlbEntry<P>)> {
        self.near(ea).find_map(|i| match self.slots.get(i) {
            Some(e) if e.hits(ea, ts, pids) => Some((self.slot_at(i), e)),
            _ => None,
        })
    }

    /// Translates `ea` for `access` in `ctx`: the §2 lookup, then the §3 permission check
    /// (PR picks the U or S bits; a load needs R, a store W, a fetch X).
    ///
    /// # Errors
    /// [`XlateFault::Miss`] when no entry matches, [`XlateFault::Permission`] when the matching
    /// entry refuses the access.
    #[inline]
    pub fn translate(&self, ea: Ea, access: Access, ctx: &XlateCtx) -> Result<Translation<P>, XlateFault> {
        let (slot, e) = self.lookup(ea, ctx.as_, &ctx.pids).ok_or(XlateFault::Miss)?;
        if !e.perms().allows(access, ctx.pr) {
            return Err(XlateFault::Permission { slot });
        }
        let size = e.page_size();
        let pa = P::from_raw(e.page_rpn() | ea.page_offset(size));
        Ok(Translation { pa, slot, size, little_endian: e.little_endian(), wimge: e.wimge() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{Gpa, Hpa};
    use crate::mmu::geometry::TlbGeometry;

    type E = TlbEntry<Hpa>;

    fn tlb_with(entries: &[(SlotId, E)]) -> Tlb<Hpa> {
        let mut t = Tlb::new(TlbGeometry::e500v2());
        for &(s, e) in entries {
            t.write_slot(s, e).unwrap();
        }
        t
    }

    /// TLB0 entry for the 4 KiB page `epn` in way `way` of its set, with MAS1 context `ctx`.
    fn t0(epn: u32, way: u16, ctx: u32) -> (SlotId, E) {
        let g = TlbGeometry::e500v2();
        let set = g.tlb0_set_of(epn) as u16;
        (SlotId::tlb0_set_way(set, way, &g), E::from_words(0x8000_0100 | ctx, epn, 0x3F, 0))
    }

    #[test]
    fn match_rule_table() {
        // One TLB0 entry, 4 KiB page at 0x00045000. Context bits: TID in 0x00FF0000, TS 0x1000.
        // (entry MAS1 context, EA, TS, PIDs, hit?) — docs/booke-mmu.md §2 rules 1..4.
        let ea = 0x0004_5ABC;
        #[rustfmt::skip]
        let table: &[(u32, u32, bool, Pids, bool)] = &[
            (0x0000_0000, ea, false, Pids::new(5, 0, 0), true),       // TID 0 is global
            (0x0000_0000, ea, true,  Pids::new(5, 0, 0), false),      // TS must equal AS
            (0x0000_1000, ea, true,  Pids::new(5, 0, 0), true),
            (0x0005_0000, ea, false, Pids::new(5, 0, 0), true),       // TID = PID0
            (0x0006_0000, ea, false, Pids::new(5, 6, 0), true),       // TID = PID1
            (0x0007_0000, ea, false, Pids::new(5, 6, 7), true),       // TID = PID2
            (0x0008_0000, ea, false, Pids::new(5, 6, 7), false),      // no PID matches
            (0x0005_0000, 0x0004_6ABC, false, Pids::new(5, 0, 0), false), // next page
            (0x0005_0000, 0x0004_5000, false, Pids::new(5, 0, 0), true),  // first byte
            (0x0005_0000, 0x0004_5FFF, false, Pids::new(5, 0, 0), true),  // last byte
        ];
        for &(ctx, ea, ts, pids, hit) in table {
            let (slot, e) = t0(0x0004_5000, 1, ctx);
            let t = tlb_with(&[(slot, e)]);
            let got = t.lookup(Ea::new(ea), ts, &pids).map(|(s, _)| s);
            assert_eq!(got, hit.then_some(slot), "ctx {ctx:#x} ea {ea:#x} ts {ts} {pids:?}");
        }
        // V = 0 never hits.
        let (slot, e) = t0(0x0004_5000, 1, 0);
        let mut t = tlb_with(&[(slot, e)]);
        t.write_slot(slot, E::from_words(e.mas1 & 0x7FFF_FFFF, e.mas2, e.mas3, 0)).unwrap();
        assert_eq!(t.lookup(Ea::new(ea), false, &Pids::default()).map(|(s, _)| s), None);
    }

    #[test]
    fn tlb0_before_tlb1_and_ways_in_order() {
        let (s0, e0) = t0(0x0004_5000, 3, 0);
        let (s1, e1) = t0(0x0004_5000, 2, 0);
        let big = E::from_words(0x8000_0500, 0x0000_0000, 0x3F, 0); // 1 MiB at 0
        let t = tlb_with(&[(SlotId::tlb1(0), big), (s0, e0), (s1, e1)]);
        assert_eq!(t.lookup(Ea::new(0x0004_5000), false, &Pids::default()).map(|(s, _)| s), Some(s1));
        assert_eq!(
            t.lookup(Ea::new(0x0004_6000), false, &Pids::default()).map(|(s, _)| s),
            Some(SlotId::tlb1(0))
        );
        // TLB1 in index order.
        let t = tlb_with(&[(SlotId::tlb1(9), big), (SlotId::tlb1(4), big)]);
        assert_eq!(t.lookup(Ea::new(0x10), false, &Pids::default()).map(|(s, _)| s), Some(SlotId::tlb1(4)));
    }

    #[test]
    fn tlb1_sizes_4k_to_4g() {
        // For each TSIZE, a page at the largest aligned base below 0xC0000000 (or 0 for 4 GiB):
        // its first and last byte hit, the byte past it misses.
        for tsize in 1u32..=0xB {
            let size = 1024u64 << (2 * tsize);
            let base = 0xC000_0000u64.saturating_sub(size);
            let e = E::from_words(0x8000_0000 | tsize << 8, base as u32, 0x3F, 0);
            let t = tlb_with(&[(SlotId::tlb1(2), e)]);
            let hit = |ea: u64| t.lookup(Ea::new(ea as u32), false, &Pids::default()).is_some();
            assert!(hit(base) && hit(base + size - 1), "TSIZE {tsize}");
            if base + size <= 0xFFFF_FFFF {
                assert!(!hit(base + size), "TSIZE {tsize} past the end");
            }
        }
    }

    #[test]
    fn translate_36_bit_rpn_through_mas7() {
        // CCSR at PA 0xF_FE00_0000 through a 1 MiB TLB1 page at EA 0xE0000000 (docs/qemu-ppce500.md
        // memory map): RPN = MAS7 0xF ‖ MAS3 0xFE000000; EA 0xE0004500 -> 0xF_FE00_4500.
        let e = E::from_words(0x8000_0500, 0xE000_000A, 0xFE00_0015, 0xF);
        let t = tlb_with(&[(SlotId::tlb1(1), e)]);
        let ctx = XlateCtx::default();
        let tr = t.translate(Ea::new(0xE000_4500), Access::Store, &ctx).unwrap();
        assert_eq!(
            tr,
            Translation {
                pa: Hpa::new(0xF_FE00_4500),
                slot: SlotId::tlb1(1),
                size: 1 << 20,
                little_endian: false,
                wimge: 0x0A
            }
        );
        // RPN bits below the page size are ignored: RPN 0x12345000 in a 64 KiB page -> 0x12340000.
        let e = TlbEntry::<Gpa>::from_words(0x8000_0300, 0x0001_0000, 0x1234_503F, 0);
        let mut g = Tlb::<Gpa>::new(TlbGeometry::e500mc());
        g.write_slot(SlotId::tlb1(63), e).unwrap();
        assert_eq!(
            g.translate(Ea::new(0x0001_0ABC), Access::Fetch, &ctx).map(|t| t.pa),
            Ok(Gpa::new(0x1234_0ABC))
        );
    }

    #[test]
    fn translate_permissions_by_access_and_pr() {
        // (MAS3 permission bits, access, PR, allowed?) — §3: PR picks U or S; load R, store W,
        // fetch X.
        #[rustfmt::skip]
        let table: &[(u32, Access, bool, bool)] = &[
            (0x01, Access::Load, false, true),   (0x01, Access::Load, true, false),
            (0x02, Access::Load, true, true),    (0x02, Access::Load, false, false),
            (0x04, Access::Store, false, true),  (0x04, Access::Store, true, false),
            (0x08, Access::Store, true, true),   (0x08, Access::Load, true, false),
            (0x10, Access::Fetch, false, true),  (0x10, Access::Fetch, true, false),
            (0x20, Access::Fetch, true, true),   (0x35, Access::Fetch, false, true),
            (0x15, Access::Store, true, false),  (0x00, Access::Load, false, false),
        ];
        for &(perms, access, pr, ok) in table {
            let e = E::from_words(0x8000_0100, 0x7000_0000, 0x7000_0000 | perms, 0);
            let t = tlb_with(&[(SlotId::tlb1(0), e)]);
            let ctx = XlateCtx { pr, ..XlateCtx::default() };
            let got = t.translate(Ea::new(0x7000_0010), access, &ctx);
            let want = if ok {
                Ok(Hpa::new(0x7000_0010))
            } else {
                Err(XlateFault::Permission { slot: SlotId::tlb1(0) })
            };
            assert_eq!(got.map(|t| t.pa), want, "perms {perms:#x} {access:?} pr {pr}");
        }
    }

    #[test]
    fn translate_miss_and_endianness() {
        let e = E::from_words(0x8001_0100, 0x5000_0001, 0x0000_003F, 0); // TID 1, E = 1
        let t = tlb_with(&[(SlotId::tlb1(0), e)]);
        let ctx = XlateCtx { pids: Pids::only(1), ..XlateCtx::default() };
        assert_eq!(
            t.translate(Ea::new(0x5000_0004), Access::Load, &ctx).map(|t| (t.little_endian, t.wimge)),
            Ok((true, 1))
        );
        let other = XlateCtx { pids: Pids::only(2), ..ctx };
        assert_eq!(t.translate(Ea::new(0x5000_0004), Access::Load, &other), Err(XlateFault::Miss));
        let as1 = XlateCtx { as_: true, ..ctx };
        assert_eq!(t.translate(Ea::new(0x5000_0004), Access::Load, &as1), Err(XlateFault::Miss));
    }

    #[test]
    fn zero_pid1_pid2_take_no_part() {
        assert!(Pids::new(0, 0, 0).matches(0));
        assert!(!Pids::new(3, 0, 0).matches(0));
        assert!(Pids::new(3, 0, 9).matches(9));
    }
}
