//! tlbivax, tlbilx and MMUCSR0 flash invalidation (docs/booke-mmu.md §2; E500RM 12.3.2.1).
//!
//! All three clear V only (the other words stay, as tlbre shows them), never touch IPROT
//! entries, and report every entry they drop to `on_invalidate` with its contents before the
//! change, so the hypervisor can drop the shadows eagerly.

use super::TlbError;
use super::entry::TlbEntry;
use super::geometry::SlotId;
use super::mas::Mas;
use super::tlb::Tlb;
use crate::addr::{Ea, PhysAddr};

/// tlbivax EA bit b64 60: 0 = TLB0, 1 = TLB1.
pub const TLBIVAX_TLB1: u32 = 0x8;
/// tlbivax EA bit b64 61: invalidate the whole selected TLB.
pub const TLBIVAX_ALL: u32 = 0x4;

impl<P: PhysAddr> Tlb<P> {
    /// tlbivax: EA & 0x8 selects TLB1, EA & 0x4 invalidates all of it; otherwise every entry of
    /// the selected TLB (for TLB0, every way of the set EA indexes) whose EPN matches EA under
    /// that entry's page size. TID and TS are not compared (docs/booke-mmu.md §2; docs/qemu-ppce500.md
    /// item 9). IPROT entries survive both forms.
    pub fn tlbivax(&mut self, ea: Ea, mut on_invalidate: impl FnMut(SlotId, &TlbEntry<P>)) {
        let all = ea.raw() & TLBIVAX_ALL != 0;
        let range = match (ea.raw() & TLBIVAX_TLB1 != 0, all) {
            (true, _) => self.tlb1_range(),
            (false, true) => self.tlb0_range(),
            (false, false) => self.tlb0_set_range(ea.raw()),
        };
        self.invalidate_where(range, |e| all || e.covers(ea), &mut on_invalidate);
    }

    /// tlbilx (e500mc; T = the low 2 bits of the instruction's RT field), local to this TLB:
    ///
    /// * T = 0: every entry of both TLBs.
    /// * T = 1: every entry whose TID equals MAS6\[SPID\] (a TID 0 entry only when SPID = 0).
    /// * T = 3: every entry that translates `ea` for SPID: TID ∈ {SPID, 0} and EPN matching under
    ///   the entry's size, in the set `ea` indexes and all of TLB1. TS is not compared with
    ///   MAS6\[SAS\]: docs/booke-mmu.md §2 (from QEMU's tlbilx3) says the e500mc does not compare SAS,
    ///   and invalidating more than asked is always safe. The TID-0 wildcard is the §2 match
    ///   rule QEMU's tlbilx3 shares with tlbsx.
    ///
    /// IPROT entries are never invalidated. There is no LPID in this model (MAS5 is not kept).
    ///
    /// # Errors
    /// [`TlbError::Illegal`] for T = 2 and 4..: QEMU raises an illegal-instruction program
    /// interrupt for them, and the class-based T = 4..7 forms are not implemented.
    pub fn tlbilx(
        &mut self,
        t: u8,
        ea: Ea,
        mas: &Mas,
        mut on_invalidate: impl FnMut(SlotId, &TlbEntry<P>),
    ) -> Result<(), TlbError> {
        let spid = mas.spid();
        match t {
            0 => {
                let range = self.tlb0_range().start..self.tlb1_range().end;
                self.invalidate_where(range, |_| true, &mut on_invalidate);
            }
            1 => {
                let range = self.tlb0_range().start..self.tlb1_range().end;
                self.invalidate_where(range, |e| e.tid() == spid, &mut on_invalidate);
            }
            3 => {
                let hit = |e: &TlbEntry<P>| (e.tid() == 0 || e.tid() == spid) && e.covers(ea);
                let set = self.tlb0_set_range(ea.raw());
                self.invalidate_where(set, hit, &mut on_invalidate);
                let tlb1 = self.tlb1_range();
                self.invalidate_where(tlb1, hit, &mut on_invalidate);
            }
            _ => {
                return Err(TlbError::Illegal { reason: "tlbilx with T other than 0, 1 or 3" });
            }
        }
        Ok(())
    }

    /// MMUCSR0 flash invalidation (TLB0_FI = 0x4, TLB1_FI = 0x2): every non-IPROT entry of the
    /// chosen TLBs (docs/booke-mmu.md §1.4, §2).
    pub fn flash_invalidate(
        &mut self,
        tlb0: bool,
        tlb1: bool,
        mut on_invalidate: impl FnMut(SlotId, &TlbEntry<P>),
    ) {
        if tlb0 {
            let range = self.tlb0_range();
            self.invalidate_where(range, |_| true, &mut on_invalidate);
        }
        if tlb1 {
            let range = self.tlb1_range();
            self.invalidate_where(range, |_| true, &mut on_invalidate);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::Hpa;
    use crate::mmu::geometry::TlbGeometry;

    type E = TlbEntry<Hpa>;

    /// A TLB with a fixed population (slot, MAS1, MAS2), every entry valid:
    const POP: &[(SlotId, u32, u32)] = &[
        // TLB0 set 0x45 (EA 0x00045000), ways 0..3: TIDs 0, 5, 6 and TS 1.
        (SlotId::tlb0(0x45 * 4), 0x8000_0100, 0x0004_5000),
        (SlotId::tlb0(0x45 * 4 + 1), 0x8005_0100, 0x0004_5000),
        (SlotId::tlb0(0x45 * 4 + 2), 0x8006_0100, 0x0004_5000),
        (SlotId::tlb0(0x45 * 4 + 3), 0x8006_1100, 0x0004_5000),
        // TLB0 set 0x46, way 0: the next page, TID 5.
        (SlotId::tlb0(0x46 * 4), 0x8005_0100, 0x0004_6000),
        // TLB1[0]: IPROT, 16 MiB at 0 (covers both pages above).
        (SlotId::tlb1(0), 0xC000_0700, 0x0000_0000),
        // TLB1[1]: 1 MiB at 0, TID 5.
        (SlotId::tlb1(1), 0x8005_0500, 0x0000_0000),
        // TLB1[2]: 4 KiB at 0x00045000, TID 7, TS 1.
        (SlotId::tlb1(2), 0x8007_1100, 0x0004_5000),
        // TLB1[3]: 64 KiB at 0x00040000, TID 6.
        (SlotId::tlb1(3), 0x8006_0300, 0x0004_0000),
    ];

    fn populated() -> Tlb<Hpa> {
        let mut t = Tlb::new(TlbGeometry::e500v2());
        for &(s, m1, m2) in POP {
            t.write_slot(s, E::from_words(m1, m2, 0x3F, 0)).unwrap();
        }
        t
    }

    fn slots(list: &[u16]) -> Vec<SlotId> {
        // TLB0 indices are given as set*4+way, TLB1 ones as 1000 + index.
        list.iter().map(|&i| if i >= 1000 { SlotId::tlb1(i - 1000) } else { SlotId::tlb0(i) }).collect()
    }

    fn run(op: impl FnOnce(&mut Tlb<Hpa>, &mut Vec<SlotId>)) -> (Vec<SlotId>, Tlb<Hpa>) {
        let mut t = populated();
        let mut seen = Vec::new();
        op(&mut t, &mut seen);
        for &s in &seen {
            assert!(!t.entry(s).is_some_and(|e| e.valid()), "{s} still valid");
        }
        (seen, t)
    }

    #[test]
    fn tlbivax_table() {
        const S45: u16 = 0x45 * 4;
        const S46: u16 = 0x46 * 4;
        // (EA, slots invalidated) — docs/booke-mmu.md §2: 0x8 = TLB1, 0x4 = all; TID and TS ignored;
        // match under each entry's size; IPROT (TLB1[0]) survives.
        #[rustfmt::skip]
        let table: &[(u32, &[u16])] = &[
            (0x0004_5000, &[S45, S45 + 1, S45 + 2, S45 + 3]), // all four ways of the set
            (0x0004_5A30, &[S45, S45 + 1, S45 + 2, S45 + 3]), // offset bits are ignored...
            (0x0004_5ABC, &[1001, 1002, 1003]),  // ...except 0x8|0x4: TLB1 invalidate-all
            (0x0004_6000, &[S46]),
            (0x0004_7000, &[]),
            (0x0000_0004, &[S45, S45 + 1, S45 + 2, S45 + 3, S46]),  // TLB0 invalidate-all
            (0x0004_5008, &[1001, 1002, 1003]),   // TLB1 single: 1M at 0, 4K, 64K all contain it
            (0x0004_F008, &[1001, 1003]),         // outside the 4K page
            (0x0005_0008, &[1001]),               // outside the 64K page too
            (0x0080_0008, &[]),                   // only the IPROT 16M page contains it
            (0x0000_000C, &[1001, 1002, 1003]),   // TLB1 invalidate-all, IPROT survives
        ];
        for &(ea, want) in table {
            let (seen, t) = run(|t, seen| t.tlbivax(Ea::new(ea), |s, _| seen.push(s)));
            assert_eq!(seen, slots(want), "EA {ea:#x}");
            assert!(t.entry(SlotId::tlb1(0)).is_some_and(|e| e.valid()));
        }
    }

    #[test]
    fn tlbilx_table() {
        const S45: u16 = 0x45 * 4;
        const S46: u16 = 0x46 * 4;
        // (T, EA, MAS6, slots invalidated).
        #[rustfmt::skip]
        let table: &[(u8, u32, u32, &[u16])] = &[
            (0, 0, 0, &[S45, S45 + 1, S45 + 2, S45 + 3, S46, 1001, 1002, 1003]),
            (1, 0, 0x0005_0000, &[S45 + 1, S46, 1001]),          // TID == 5 exactly
            (1, 0, 0x0006_0001, &[S45 + 2, S45 + 3, 1003]),      // SAS is not looked at
            (1, 0, 0x0000_0000, &[S45]),                         // SPID 0: only TID 0 entries
            (3, 0x0004_5123, 0x0005_0000, &[S45, S45 + 1, 1001]), // TID 5 or 0, any TS
            (3, 0x0004_5123, 0x0006_0001, &[S45, S45 + 2, S45 + 3, 1003]),
            (3, 0x0004_5123, 0x0007_0000, &[S45, 1002]),
            (3, 0x0004_6000, 0x0005_0000, &[S46, 1001]),
        ];
        for &(t_field, ea, mas6, want) in table {
            let mas = Mas { mas6, ..Mas::default() };
            let (seen, _) = run(|t, seen| t.tlbilx(t_field, Ea::new(ea), &mas, |s, _| seen.push(s)).unwrap());
            assert_eq!(seen, slots(want), "T={t_field} EA {ea:#x} MAS6 {mas6:#x}");
        }
        for t_field in [2u8, 4, 5, 6, 7, 255] {
            let mut t = populated();
            let before = t.generation();
            assert!(matches!(
                t.tlbilx(t_field, Ea::new(0), &Mas::default(), |_, _| {}),
                Err(TlbError::Illegal { .. })
            ));
            assert_eq!((t.generation(), t.entries().count()), (before, POP.len()));
        }
    }

    #[test]
    fn flash_invalidate_table() {
        const S45: u16 = 0x45 * 4;
        const S46: u16 = 0x46 * 4;
        #[rustfmt::skip]
        let table: &[(bool, bool, &[u16])] = &[
            (false, false, &[]),
            (true, false, &[S45, S45 + 1, S45 + 2, S45 + 3, S46]),
            (false, true, &[1001, 1002, 1003]),
            (true, true, &[S45, S45 + 1, S45 + 2, S45 + 3, S46, 1001, 1002, 1003]),
        ];
        for &(t0, t1, want) in table {
            let (seen, t) = run(|t, seen| t.flash_invalidate(t0, t1, |s, _| seen.push(s)));
            assert_eq!(seen, slots(want), "TLB0_FI {t0} TLB1_FI {t1}");
            assert!(t.entry(SlotId::tlb1(0)).is_some_and(|e| e.valid()));
        }
    }

    #[test]
    fn callback_sees_old_contents_and_generation_moves_only_on_change() {
        let mut t = populated();
        let g0 = t.generation();
        t.tlbivax(Ea::new(0x0004_7000), |_, _| panic!("nothing to invalidate"));
        assert_eq!(t.generation(), g0);
        let mut got = None;
        t.tlbivax(Ea::new(0x0004_6000), |s, e| got = Some((s, *e)));
        assert_eq!(got, Some((SlotId::tlb0(0x46 * 4), E::from_words(0x8005_0100, 0x0004_6000, 0x3F, 0))));
        assert_eq!(t.generation(), g0 + 1);
        // Only V is cleared.
        assert_eq!(t.entry(SlotId::tlb0(0x46 * 4)).map(|e| e.mas1), Some(0x0005_0100));
    }
}
