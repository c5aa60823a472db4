//! tlbwe and tlbre: writing and reading the entry MAS0/MAS2 select (docs/booke-mmu.md §2; E500RM
//! 12.3.2.2, 12.4.1, 12.4.2).

use super::TlbError;
use super::entry::TlbEntry;
use super::geometry::SlotId;
use super::mas::Mas;
use super::tlb::{Tlb, TlbWrite};
use crate::addr::PhysAddr;
use crate::compat::Compat;
use crate::narrow::Narrow;

impl<P: PhysAddr> Tlb<P> {
    /// The slot MAS0\[TLBSEL\], MAS0\[ESEL\] and (TLB0) MAS2\[EPN\] name: TLBSEL is the single bit
    /// 0x10000000; ESEL is masked to the bits the TLB implements (the way for TLB0, the entry for
    /// TLB1, E500RM Table 12-8); the TLB0 set is EPN b32 13:19.
    pub(super) fn slot_of(&self, mas: &Mas) -> Result<SlotId, TlbError> {
        let g = &self.geometry;
        if mas.tlbsel() == 0 {
            let set = g.tlb0_set_of(mas.mas2).low_u16(); // < 128
            return Ok(SlotId::tlb0_set_way(set, mas.esel() & g.tlb0_esel_mask(), g));
        }
        let index = mas.esel() & g.tlb1_esel_mask();
        if usize::from(index) < g.tlb1_entries() {
            Ok(SlotId::tlb1(index))
        } else {
            Err(TlbError::Illegal { reason: "MAS0[ESEL] names no TLB1 entry" })
        }
    }

    /// tlbwe: writes MAS1, MAS2, MAS3 and MAS7 into the slot MAS0/MAS2 name (docs/booke-mmu.md §2),
    /// through [`Tlb::write_slot`] (which keeps only the implemented fields and forces TLB0 to
    /// 4 KiB without IPROT). An IPROT entry can be overwritten.
    ///
    /// A V = 1 write to TLB1 needs MINSIZE <= TSIZE <= MAXSIZE of TLB1CFG (MAXSIZE 0xB, or 0xC
    /// with `compat.tlb1_max_tsize_12`); a V = 0 write skips the check (docs/qemu-ppce500.md item 5).
    ///
    /// A TLB0 write loads the next-victim pointer from MAS0\[NV\] (E500RM 12.3.2.2.1/2); with
    /// `compat.global_nv_counter` MAS0\[NV\] is ignored (docs/qemu-ppce500.md item 7).
    ///
    /// # Errors
    /// [`TlbError::Illegal`] for an ESEL naming no TLB1 entry or an unsupported TLB1 TSIZE: the
    /// core raises a program interrupt with ESR\[PIL\], nothing is written.
    pub fn tlbwe(&mut self, mas: &Mas, compat: &Compat) -> Result<TlbWrite<P>, TlbError> {
        let slot = self.slot_of(mas)?;
        if slot.tlb == 1 && mas.v() {
            let tsize = mas.tsize();
            if tsize < self.geometry.tlb1_min_tsize() || tsize > self.geometry.tlb1_max_tsize(compat) {
                return Err(TlbError::Illegal { reason: "TLB1 TSIZE outside TLB1CFG MINSIZE..=MAXSIZE" });
            }
        }
        let write = self.write_slot(slot, TlbEntry::from_mas(mas))?;
        if slot.tlb == 0 && !compat.global_nv_counter {
            self.nv = (mas.nv() & self.geometry.tlb0_esel_mask()).low_u8();
        }
        Ok(write)
    }

    /// tlbre: reads the slot MAS0/MAS2 name into MAS1, MAS2, MAS3, and MAS7 when
    /// `en_mas7_update` (HID0\[EN_MAS7_UPDATE\]) or `compat.mas7_always_updated`; MAS0\[NV\] becomes
    /// the current next victim; TLBSEL and ESEL are left as they are (E500RM 12.4.1).
    ///
    /// The e500 always indexes an existing entry; only a TLB1 whose size is not a power of two
    /// has ESEL values naming none. Those read MAS1 = 0 (V = 0), as QEMU does for a missing slot.
    pub fn tlbre(&self, mas: &mut Mas, en_mas7_update: bool, compat: &Compat) {
        mas.set_nv(u16::from(self.nv));
        match self.slot_of(mas).ok().and_then(|s| self.entry(s)) {
            Some(e) => {
                (mas.mas1, mas.mas2, mas.mas3) = (e.mas1, e.mas2, e.mas3);
                if en_mas7_update || compat.mas7_always_updated {
                    mas.mas7 = e.mas7;
                }
            }
            None => mas.mas1 = 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::Hpa;
    use crate::compat::Profile;
    use crate::mmu::geometry::TlbGeometry;

    type E = TlbEntry<Hpa>;

    const MANUAL: Compat = Compat::of(Profile::Manual);
    const QEMU: Compat = Compat::of(Profile::Qemu);

    fn mas(mas0: u32, mas1: u32, mas2: u32, mas3: u32, mas7: u32) -> Mas {
        Mas { mas0, mas1, mas2, mas3, mas7, ..Mas::default() }
    }

    #[test]
    fn tlbwe_slot_selection_and_stored_words() {
        // (geometry, MAS0, MAS1, MAS2, slot, stored MAS1, stored MAS2); MAS3 = 0x15, MAS7 = 0.
        // docs/booke-mmu.md §1.1/§1.3/§2: TLB0 set = EPN b32 13:19, way = ESEL & 3; TLB1 index = ESEL
        // masked to 4 bits (16 entries) or 6 bits (64); TLB0 forces TSIZE 1 and drops IPROT.
        let v2 = TlbGeometry::e500v2();
        let mc = TlbGeometry::e500mc();
        #[rustfmt::skip]
        let table: &[(TlbGeometry, u32, u32, u32, SlotId, u32, u32)] = &[
            // ESEL 0xF -> way 3; set 0x45 (EPN 0x12345) -> index 0x45*4+3 = 279 = TLB0[69:3].
            (v2, 0x000F_0000, 0xC007_1A00, 0x1234_5FFF, SlotId::tlb0(279), 0x8007_1100, 0x1234_507F),
            // b64 34 (0x20000000) is not part of TLBSEL on the e500: still TLB0, way 1.
            (v2, 0x2001_0000, 0x8000_0100, 0x0000_0000, SlotId::tlb0(1), 0x8000_0100, 0x0000_0000),
            // TLB1: raw ESEL 0x13 -> 0x13 & 0xF = 3; IPROT and TSIZE 5 kept; EPN masked to 1 MiB.
            (v2, 0x1013_0000, 0xC000_0500, 0x123F_F01F, SlotId::tlb1(3), 0xC000_0500, 0x1230_001F),
            // e500mc: ESEL 0x7F -> 0x3F = 63.
            (mc, 0x107F_0000, 0x8000_0100, 0x0000_1000, SlotId::tlb1(63), 0x8000_0100, 0x0000_1000),
            // A 5-entry TLB1: ESEL 12 -> 12 & 7 = 4.
            (v2.with_tlb1_entries(5).unwrap(), 0x100C_0000, 0x8000_0100, 0, SlotId::tlb1(4), 0x8000_0100, 0),
        ];
        for &(g, m0, m1, m2, slot, s1, s2) in table {
            let mut t = Tlb::<Hpa>::new(g);
            let w = t.tlbwe(&mas(m0, m1, m2, 0x15, 0), &MANUAL).unwrap();
            let want = E::from_words(s1, s2, 0x15, 0);
            assert_eq!((w.slot, w.old, w.new), (slot, E::INVALID, want), "MAS0 {m0:#x}");
            assert_eq!(t.entry(slot), Some(&want));
        }
    }

    #[test]
    fn tlbwe_esel_naming_no_tlb1_entry_is_illegal() {
        // 5 entries: the ESEL mask is 7, so 5, 6, 7 and 13 (13 & 7 = 5) name no entry.
        let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2().with_tlb1_entries(5).unwrap());
        for esel in [5u32, 6, 7, 13] {
            let r = t.tlbwe(&mas(0x1000_0000 | esel << 16, 0x8000_0100, 0, 0, 0), &MANUAL);
            assert!(matches!(r, Err(TlbError::Illegal { .. })), "ESEL {esel}");
        }
        assert_eq!((t.generation(), t.entries().count()), (0, 0));
    }

    #[test]
    fn tlbwe_tsize_legality() {
        // (QEMU profile?, MAS1, legal?) for a TLB1 write. Manual TLB1CFG: MINSIZE 1, MAXSIZE 0xB;
        // QEMU: MAXSIZE 0xC (docs/qemu-ppce500.md item 5). V = 0 skips the check.
        #[rustfmt::skip]
        let table: &[(bool, u32, bool)] = &[
            (false, 0x8000_0000, false), (false, 0x8000_0100, true), (false, 0x8000_0B00, true),
            (false, 0x8000_0C00, false), (false, 0x8000_0F00, false),
            (true, 0x8000_0000, false),  (true, 0x8000_0B00, true),  (true, 0x8000_0C00, true),
            (true, 0x8000_0D00, false),
            (false, 0x0000_0F00, true),  (false, 0x0000_0000, true), (true, 0x4000_0C00, true),
        ];
        for &(q, m1, legal) in table {
            let compat = if q { QEMU } else { MANUAL };
            let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
            let r = t.tlbwe(&mas(0x1002_0000, m1, 0, 0, 0), &compat);
            assert_eq!(r.is_ok(), legal, "qemu {q} MAS1 {m1:#x}");
            let stored = t.entry(SlotId::tlb1(2)).map(|e| e.mas1);
            assert_eq!(stored, Some(if legal { m1 } else { 0 }), "qemu {q} MAS1 {m1:#x}");
        }
        // TLB0 is never checked: TSIZE is forced to 1 (TLB0CFG has no AVAIL).
        let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
        let w = t.tlbwe(&mas(0, 0x8000_0F00, 0, 0, 0), &MANUAL).unwrap();
        assert_eq!(w.new.mas1, 0x8000_0100);
    }

    #[test]
    fn tlbwe_overwrites_iprot_entries() {
        // Linux clears V and IPROT with `rlwinm rX,rX,0,2,31` and rewrites (docs/booke-mmu.md §2).
        let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
        let cam = mas(0x1002_0000, 0xC000_0900, 0xC000_0000, 0x0000_0015, 0);
        let first = t.tlbwe(&cam, &MANUAL).unwrap();
        let cleared = Mas { mas1: cam.mas1 & 0x3FFF_FFFF, ..cam };
        let w = t.tlbwe(&cleared, &MANUAL).unwrap();
        assert_eq!((w.old, w.new.mas1), (first.new, 0x0000_0900));
        assert_eq!(t.entries().count(), 0);
    }

    #[test]
    fn tlbwe_loads_nv_only_for_tlb0_in_the_manual_profile() {
        // (QEMU?, MAS0, next victim after). E500RM 12.3.2.2: a TLB0 tlbwe loads TLB0[NV] from
        // MAS0[NV] (2 bits on the e500v2); TLB1 writes leave it; QEMU ignores MAS0[NV].
        #[rustfmt::skip]
        let table: &[(bool, u32, u8)] = &[
            (false, 0x0000_0002, 2), (false, 0x0000_0FFF, 3), (false, 0x1000_0002, 0),
            (true, 0x0000_0002, 0),  (true, 0x0000_0FFF, 0),
        ];
        for &(q, m0, nv) in table {
            let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
            t.tlbwe(&mas(m0, 0x8000_0100, 0, 0, 0), if q { &QEMU } else { &MANUAL }).unwrap();
            assert_eq!(t.next_victim(), nv, "qemu {q} MAS0 {m0:#x}");
        }
    }

    #[test]
    fn tlbre_reads_words_nv_and_gates_mas7() {
        let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
        t.tlbwe(&mas(0x1005_0000, 0xC007_0900, 0xC000_000A, 0x1000_003F, 0x1), &MANUAL).unwrap();
        t.tlbwe(&mas(0x0001_0002, 0x8000_1100, 0x0004_5004, 0x0012_3015, 0), &MANUAL).unwrap(); // NV := 2
        // (QEMU?, EN_MAS7_UPDATE, MAS0 in, MAS2 in, MAS0 out, MAS1..3 out, MAS7 out).
        // MAS7 preset to 0xDEAD: left alone unless EN_MAS7_UPDATE or QEMU (item 6).
        type Row = (bool, bool, u32, u32, u32, [u32; 3], u32);
        #[rustfmt::skip]
        let table: &[Row] = &[
            (false, false, 0x1005_0000, 0, 0x1005_0002, [0xC007_0900, 0xC000_000A, 0x1000_003F], 0xDEAD),
            (false, true,  0x1005_0003, 0, 0x1005_0002, [0xC007_0900, 0xC000_000A, 0x1000_003F], 0x1),
            (true, false,  0x1005_0000, 0, 0x1005_0002, [0xC007_0900, 0xC000_000A, 0x1000_003F], 0x1),
            // TLB0: the set comes from MAS2[EPN]; way 1 of set 0x45.
            (false, true,  0x0001_0000, 0x0004_5000, 0x0001_0002, [0x8000_1100, 0x0004_5004, 0x0012_3015], 0),
            // Same way of set 0x46: an empty slot reads back V = 0.
            (false, true,  0x0001_0000, 0x0004_6000, 0x0001_0002, [0, 0, 0], 0),
        ];
        for &(q, en, m0, m2, out0, out, out7) in table {
            let mut m = mas(m0, 0x1111, m2, 0x2222, 0xDEAD);
            t.tlbre(&mut m, en, if q { &QEMU } else { &MANUAL });
            assert_eq!((m.mas0, [m.mas1, m.mas2, m.mas3], m.mas7), (out0, out, out7), "MAS0 {m0:#x}");
        }
    }

    #[test]
    fn tlbre_of_a_missing_tlb1_entry_reads_v0() {
        let t = Tlb::<Hpa>::new(TlbGeometry::e500v2().with_tlb1_entries(5).unwrap());
        let mut m = mas(0x1006_0000, 0x8000_0100, 0x1234_5000, 0x15, 0x1);
        t.tlbre(&mut m, true, &MANUAL);
        assert_eq!((m.mas0, m.mas1, m.mas2, m.mas3, m.mas7), (0x1006_0000, 0, 0x1234_5000, 0x15, 0x1));
    }
}
