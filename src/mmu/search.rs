//! tlbsx and the MAS preload of a TLB-miss interrupt, with the TLB0 next-victim logic they
//! share (docs/booke-mmu.md §2 and §3; E500RM 12.3.2.2, 12.5.1).

use super::mas::{Mas, TidSel, mas0, mas1, mas2, mas6};
use super::tlb::Tlb;
use super::translate::Pids;
use crate::addr::{Ea, PhysAddr};
use crate::compat::Compat;
use crate::narrow::Narrow;

impl<P: PhysAddr> Tlb<P> {
    /// tlbsx: searches TLB0 (the set `ea` indexes) then TLB1 for V = 1, TS = MAS6\[SAS\],
    /// TID ∈ {MAS6\[SPID\], 0} and an EPN match (docs/booke-mmu.md §2). Returns whether it hit.
    ///
    /// * Hit: MAS0 = {TLBSEL of the hit, ESEL = way or index, NV = next victim}; MAS1..MAS3 (and
    ///   MAS7, gated as for tlbre) = the entry.
    /// * Miss: MAS0 as for a TLB-miss interrupt ([`Self::preload_miss`]); MAS1 = {V = 0, TID =
    ///   SPID, TS = SAS, TSIZE = TSIZED}; MAS2 = MAS4 X0D..ED defaults with EPN unchanged; MAS3 =
    ///   0; MAS7 = 0 (gated as for tlbre); MAS6 unchanged.
    ///
    /// MAS2\[EPN\] on a miss: the E500RM update table (12.7.2) is not in our sources; the ISA 2.06
    /// tlbsx summary (IBM A2 manual, "MAS2\[EPN\] ← unchanged") and KVM's e500 model both leave it
    /// unchanged, so the manual profile does. MAS3\[U0..U3\] are cleared with the rest of MAS3, as
    /// the A2 summary and QEMU do (KVM keeps them). With `compat.global_nv_counter` the miss is
    /// QEMU's (docs/qemu-ppce500.md item 7): EPN = 0 and only W I M G E are taken from MAS4 (QEMU's
    /// MAS4_WIMGED_MASK is 0x1F, so X0D/X1D are dropped).
    pub fn tlbsx(&mut self, ea: Ea, mas: &mut Mas, en_mas7_update: bool, compat: &Compat) -> bool {
        let update_mas7 = en_mas7_update || compat.mas7_always_updated;
        let pids = Pids::only(u32::from(mas.spid()));
        if let Some((slot, &e)) = self.lookup(ea, mas.sas(), &pids) {
            let mut m0 = mas0::TLBSEL.insert(0, u32::from(slot.tlb));
            m0 = mas0::ESEL.insert(m0, u32::from(slot.way(&self.geometry)));
            mas.mas0 = mas0::NV.insert(m0, u32::from(self.nv));
            (mas.mas1, mas.mas2, mas.mas3) = (e.mas1, e.mas2, e.mas3);
            if update_mas7 {
                mas.mas7 = e.mas7;
            }
            return true;
        }
        self.miss_victim(mas, compat);
        let mut m1 = mas1::TSIZE.insert(0, u32::from(mas.tsized()));
        m1 = mas1::TID.insert(m1, u32::from(mas.spid()));
        mas.mas1 = mas1::TS.with(m1, mas.sas());
        mas.mas2 = if compat.global_nv_counter {
            u32::from(mas.wimged())
        } else {
            (mas.mas2 & mas2::EPN.mask()) | u32::from(mas.attrsd())
        };
        mas.mas3 = 0;
        if update_mas7 {
            mas.mas7 = 0;
        }
        false
    }

    /// The MAS auto-fill of a Data/Instruction TLB Error interrupt for an access to `ea` in
    /// address space `ts` (docs/booke-mmu.md §3 table; E500RM 12.5.1; docs/qemu-ppce500.md item 10):
    ///
    /// * MAS0 = {TLBSEL = TLBSELD; ESEL = next victim and NV = next victim + 1 when TLBSELD = 0}.
    /// * MAS1 = {V = 1, IPROT = 0, TID = the PID MAS4\[TIDSELD\] picks (0 for TIDSELD = 3),
    ///   TS = `ts`, TSIZE = TSIZED}.
    /// * MAS2 = {EPN = EA b32 0:19, X0..E = MAS4 X0D..ED}; MAS3 = MAS7 = 0.
    /// * MAS6 = {SPID = PID0, SAS = `ts`}.
    ///
    /// With `compat.global_nv_counter` this is QEMU's fill: the global counter supplies ESEL
    /// whatever TLBSELD is and advances, and only WD..ED are copied to MAS2 (as for tlbsx).
    pub fn preload_miss(&mut self, mas: &mut Mas, ea: Ea, ts: bool, pids: &Pids, compat: &Compat) {
        self.miss_victim(mas, compat);
        let tid = match mas.tidseld() {
            TidSel::Pid0 => pids.pid0,
            TidSel::Pid1 => pids.pid1,
            TidSel::Pid2 => pids.pid2,
            TidSel::Zero => 0,
        };
        let mut m1 = mas1::TSIZE.insert(mas1::V.mask(), u32::from(mas.tsized()));
        m1 = mas1::TID.insert(m1, tid);
        mas.mas1 = mas1::TS.with(m1, ts);
        let attrs = if compat.global_nv_counter { mas.wimged() } else { mas.attrsd() };
        mas.mas2 = (ea.raw() & mas2::EPN.mask()) | u32::from(attrs);
        mas.mas3 = 0;
        mas.mas7 = 0;
        mas.mas6 = mas6::SAS.with(mas6::SPID.insert(0, pids.pid0), ts);
    }

    /// MAS0 for a miss (tlbsx or interrupt): TLBSEL = MAS4\[TLBSELD\] and the next-victim hint.
    ///
    /// Manual profile (E500RM 12.3.2.2.2, 12.5.1): only when TLBSELD = 0 does the hardware load
    /// ESEL = TLB0\[NV\] and MAS0\[NV\] = TLB0\[NV\] + 1 (mod ways); the pointer itself changes only
    /// when a TLB0 tlbwe loads it from MAS0\[NV\]. For TLBSELD = 1 ESEL and NV keep their values
    /// (the manual names no update; TLB1 victims are software's choice, 12.3.2.2).
    ///
    /// QEMU (`compat.global_nv_counter`, item 7): ESEL = counter, NV = counter + 1, and the
    /// counter advances on every miss, whatever TLBSELD says.
    fn miss_victim(&mut self, mas: &mut Mas, compat: &Compat) {
        let ways_mask = self.geometry.tlb0_esel_mask().low_u8();
        let tlbsel = mas.tlbseld();
        let (esel, nv) = if compat.global_nv_counter {
            let esel = self.nv;
            self.nv = esel.wrapping_add(1) & ways_mask;
            (u32::from(esel), u32::from(self.nv))
        } else if tlbsel == 0 {
            (u32::from(self.nv), u32::from(self.nv.wrapping_add(1) & ways_mask))
        } else {
            (u32::from(mas.esel()), u32::from(mas.nv()))
        };
        let m0 = mas0::TLBSEL.insert(0, u32::from(tlbsel));
        mas.mas0 = mas0::NV.insert(mas0::ESEL.insert(m0, esel), nv);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::Hpa;
    use crate::compat::Profile;
    use crate::mmu::entry::TlbEntry;
    use crate::mmu::geometry::{SlotId, TlbGeometry};

    const MANUAL: Compat = Compat::of(Profile::Manual);
    const QEMU: Compat = Compat::of(Profile::Qemu);

    /// TLB1\[5\]: V IPROT TID 7 TS 0, 256 MiB at 0xC0000000, I|G, RPN 0x1_1000_0000, all perms.
    /// TLB0 set 0x45 way 2: V TID 0 TS 1, 4 KiB at 0x00045000, M, RPN 0x00123000, SX SW SR.
    fn populated() -> Tlb<Hpa> {
        let mut t = Tlb::new(TlbGeometry::e500v2());
        let g = *t.geometry();
        let e1 = TlbEntry::from_words(0xC007_0900, 0xC000_000A, 0x1000_003F, 0x1);
        let e0 = TlbEntry::from_words(0x8000_1100, 0x0004_5004, 0x0012_3015, 0);
        t.write_slot(SlotId::tlb1(5), e1).unwrap();
        t.write_slot(SlotId::tlb0_set_way(0x45, 2, &g), e0).unwrap();
        t
    }

    /// MAS0, MAS1, MAS2, MAS3, MAS4, MAS6, MAS7.
    type Words = [u32; 7];
    fn words(m: &Mas) -> Words {
        [m.mas0, m.mas1, m.mas2, m.mas3, m.mas4, m.mas6, m.mas7]
    }
    fn from_words(w: Words) -> Mas {
        Mas { mas0: w[0], mas1: w[1], mas2: w[2], mas3: w[3], mas4: w[4], mas6: w[5], mas7: w[6] }
    }

    #[test]
    fn tlbsx_exact_mas_words() {
        struct Case {
            qemu: bool,
            en_mas7: bool,
            ea: u32,
            before: Words,
            hit: bool,
            after: Words,
            nv_after: u8,
        }
        // Inputs keep MAS7 = 0xDEAD to show the EN_MAS7_UPDATE gate (item 6 for QEMU). Worked
        // from docs/booke-mmu.md §2 tlbsx and docs/qemu-ppce500.md item 7; next victim starts at 0.
        #[rustfmt::skip]
        let cases = [
            // Hit TLB1[5] with SPID 7, SAS 0: MAS0 = TLBSEL 1 | ESEL 5 | NV 0.
            Case { qemu: false, en_mas7: false, ea: 0xC123_4567, hit: true, nv_after: 0,
                   before: [0, 0, 0, 0, 0x104, 0x0007_0000, 0xDEAD],
                   after: [0x1005_0000, 0xC007_0900, 0xC000_000A, 0x1000_003F, 0x104, 0x0007_0000, 0xDEAD] },
            Case { qemu: false, en_mas7: true, ea: 0xC123_4567, hit: true, nv_after: 0,
                   before: [0, 0, 0, 0, 0x104, 0x0007_0000, 0xDEAD],
                   after: [0x1005_0000, 0xC007_0900, 0xC000_000A, 0x1000_003F, 0x104, 0x0007_0000, 0x1] },
            Case { qemu: true, en_mas7: false, ea: 0xC123_4567, hit: true, nv_after: 0,
                   before: [0, 0, 0, 0, 0x104, 0x0007_0000, 0xDEAD],
                   after: [0x1005_0000, 0xC007_0900, 0xC000_000A, 0x1000_003F, 0x104, 0x0007_0000, 0x1] },
            // Hit the TID 0 TLB0 entry from SPID 9, SAS 1: MAS0 = TLBSEL 0 | ESEL (way) 2 | NV 0.
            Case { qemu: false, en_mas7: true, ea: 0x0004_5FFF, hit: true, nv_after: 0,
                   before: [0, 0, 0, 0, 0, 0x0009_0001, 0xDEAD],
                   after: [0x0002_0000, 0x8000_1100, 0x0004_5004, 0x0012_3015, 0, 0x0009_0001, 0] },
            // Miss (TID 7 entry, SPID 8). MAS4 0x57F: TLBSELD 0, TSIZED 5, X0D..ED = 0x7F.
            // Manual: MAS0 = ESEL NV(0) | NV 1 = 0x00000001; MAS1 = TID 8 | TS | TSIZE 5 =
            // 0x00081500; MAS2 = old EPN 0xDEADB000 | 0x7F; MAS3 = 0; MAS7 kept (gate off).
            Case { qemu: false, en_mas7: false, ea: 0xC123_4567, hit: false, nv_after: 0,
                   before: [0x1234_5678, 0xFFFF_FFFF, 0xDEAD_BEEF, 0xFFFF_FFFF, 0x57F, 0x0008_0001, 0xDEAD],
                   after: [0x0000_0001, 0x0008_1500, 0xDEAD_B07F, 0, 0x57F, 0x0008_0001, 0xDEAD] },
            Case { qemu: false, en_mas7: true, ea: 0xC123_4567, hit: false, nv_after: 0,
                   before: [0x1234_5678, 0xFFFF_FFFF, 0xDEAD_BEEF, 0xFFFF_FFFF, 0x57F, 0x0008_0001, 0xDEAD],
                   after: [0x0000_0001, 0x0008_1500, 0xDEAD_B07F, 0, 0x57F, 0x0008_0001, 0] },
            // QEMU: MAS2 = WIMGE defaults only (0x1F), EPN 0; MAS7 = 0; the counter moves to 1.
            Case { qemu: true, en_mas7: false, ea: 0xC123_4567, hit: false, nv_after: 1,
                   before: [0x1234_5678, 0xFFFF_FFFF, 0xDEAD_BEEF, 0xFFFF_FFFF, 0x57F, 0x0008_0001, 0xDEAD],
                   after: [0x0000_0001, 0x0008_1500, 0x0000_001F, 0, 0x57F, 0x0008_0001, 0] },
            // SAS 1 does not find the TS 0 TLB1 entry. TLBSELD 1 (MAS4 0x10000100):
            // manual keeps ESEL 5 and NV 3 of the old MAS0; QEMU takes ESEL 0, NV 1 from its counter.
            Case { qemu: false, en_mas7: true, ea: 0xC123_4567, hit: false, nv_after: 0,
                   before: [0x0005_0003, 0, 0xC123_4000, 0, 0x1000_0100, 0x0007_0001, 0xDEAD],
                   after: [0x1005_0003, 0x0007_1100, 0xC123_4000, 0, 0x1000_0100, 0x0007_0001, 0] },
            Case { qemu: true, en_mas7: true, ea: 0xC123_4567, hit: false, nv_after: 1,
                   before: [0x0005_0003, 0, 0xC123_4000, 0, 0x1000_0100, 0x0007_0001, 0xDEAD],
                   after: [0x1000_0001, 0x0007_1100, 0x0000_0000, 0, 0x1000_0100, 0x0007_0001, 0] },
        ];
        for (n, c) in cases.iter().enumerate() {
            let mut t = populated();
            let g = t.generation();
            let mut m = from_words(c.before);
            let hit = t.tlbsx(Ea::new(c.ea), &mut m, c.en_mas7, if c.qemu { &QEMU } else { &MANUAL });
            assert_eq!((hit, words(&m), t.next_victim()), (c.hit, c.after, c.nv_after), "case {n}");
            assert_eq!(t.generation(), g, "tlbsx changes no entry");
        }
    }

    #[test]
    fn preload_matches_the_qemu_example_in_both_profiles() {
        // docs/qemu-ppce500.md item 10: PID 7, MAS4 0x104, load miss at 0x50000010 (AS 0):
        // MAS0 = ESEL 0 | NV 1; MAS1 = V | TID 7 | TSIZE 1; MAS2 = 0x50000000 | M;
        // MAS6 = SPID 7; MAS3 = MAS7 = 0.
        for (compat, nv_after) in [(MANUAL, 0), (QEMU, 1)] {
            let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
            let mut m =
                Mas { mas3: 0xFFFF_FFFF, mas6: 0xFFFF_FFFF, mas7: 0xF, mas4: 0x104, ..Mas::default() };
            t.preload_miss(&mut m, Ea::new(0x5000_0010), false, &Pids::only(7), &compat);
            let want = [0x0000_0001, 0x8007_0100, 0x5000_0004, 0, 0x104, 0x0007_0000, 0];
            assert_eq!(words(&m), want, "{compat:?}");
            assert_eq!(t.next_victim(), nv_after);
        }
    }

    #[test]
    fn preload_tidseld_ts_and_defaults() {
        // PIDs 0x107 (only 8 bits are TID bits), 8, 9. (QEMU?, MAS4, old MAS0, TS, MAS0, MAS1,
        // MAS2, MAS6) for a miss at 0x12345678.
        type Row = (bool, u32, u32, bool, u32, u32, u32, u32);
        #[rustfmt::skip]
        let table: &[Row] = &[
            (false, 0x0000_0100, 0, false, 0x0000_0001, 0x8007_0100, 0x1234_5000, 0x0007_0000), // PID0
            (false, 0x0001_0100, 0, false, 0x0000_0001, 0x8008_0100, 0x1234_5000, 0x0007_0000), // PID1
            (false, 0x0002_0100, 0, true,  0x0000_0001, 0x8009_1100, 0x1234_5000, 0x0007_0001), // PID2, AS 1
            (false, 0x0003_0B00, 0, false, 0x0000_0001, 0x8000_0B00, 0x1234_5000, 0x0007_0000), // TID 0, 4G
            // X0D X1D: the manual copies all of 0x7F, QEMU only WIMGE (0x1F).
            (false, 0x0000_017F, 0, false, 0x0000_0001, 0x8007_0100, 0x1234_507F, 0x0007_0000),
            (true,  0x0000_017F, 0, false, 0x0000_0001, 0x8007_0100, 0x1234_501F, 0x0007_0000),
            // TLBSELD 1: manual keeps old ESEL/NV; QEMU uses and advances its counter.
            (false, 0x1000_0100, 0x0003_0002, false, 0x1003_0002, 0x8007_0100, 0x1234_5000, 0x0007_0000),
            (true,  0x1000_0100, 0x0003_0002, false, 0x1000_0001, 0x8007_0100, 0x1234_5000, 0x0007_0000),
        ];
        for &(q, mas4, m0, ts, w0, w1, w2, w6) in table {
            let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
            let mut m = Mas { mas0: m0, mas4, mas6: 0x00AA_0001, ..Mas::default() };
            t.preload_miss(
                &mut m,
                Ea::new(0x1234_5678),
                ts,
                &Pids::new(0x107, 8, 9),
                if q { &QEMU } else { &MANUAL },
            );
            assert_eq!([m.mas0, m.mas1, m.mas2, m.mas6], [w0, w1, w2, w6], "qemu {q} MAS4 {mas4:#x}");
        }
    }

    #[derive(Clone, Copy, Debug)]
    enum Step {
        /// A TLB-miss interrupt (TLBSELD 0); expect this MAS0.
        Miss(u32),
        /// A tlbsx miss with MAS4 TLBSELD = 1; expect this MAS0.
        SxMissTlb1(u32),
        /// tlbwe to TLB0 with the MAS0 the last miss left (NV from the hardware).
        WeTlb0,
        /// tlbwe to TLB0 with MAS0\[NV\] forced to this value.
        WeTlb0Nv(u32),
        /// tlbwe to TLB1 with MAS0\[NV\] = this value.
        WeTlb1Nv(u32),
        /// tlbre; expect this MAS0\[NV\].
        Re(u16),
    }

    fn run(compat: &Compat, steps: &[(Step, u8)]) {
        let mut t = Tlb::<Hpa>::new(TlbGeometry::e500v2());
        let mut m = Mas { mas1: 0x8000_0100, mas4: 0x100, ..Mas::default() };
        for (n, &(step, nv)) in steps.iter().enumerate() {
            match step {
                Step::Miss(w) => {
                    t.preload_miss(&mut m, Ea::new(0x1000), false, &Pids::default(), compat);
                    assert_eq!(m.mas0, w, "step {n}");
                }
                Step::SxMissTlb1(w) => {
                    let mut s = Mas { mas4: 0x1000_0100, mas6: 0x00FF_0001, ..m };
                    assert!(!t.tlbsx(Ea::new(0x1000), &mut s, false, compat));
                    assert_eq!(s.mas0, w, "step {n}");
                }
                Step::WeTlb0 => drop(t.tlbwe(&m, compat).unwrap()),
                Step::WeTlb0Nv(v) => drop(t.tlbwe(&Mas { mas0: v, ..m }, compat).unwrap()),
                Step::WeTlb1Nv(v) => drop(t.tlbwe(&Mas { mas0: 0x1000_0000 | v, ..m }, compat).unwrap()),
                Step::Re(v) => {
                    let mut r = Mas { mas0: 0x1000_0000, ..m };
                    t.tlbre(&mut r, false, compat);
                    assert_eq!(r.nv(), v, "step {n}");
                }
            }
            assert_eq!(t.next_victim(), nv, "step {n} {step:?}: next victim");
        }
    }

    #[test]
    fn next_victim_sequence_manual() {
        // E500RM 12.3.2.2.2: a miss shows ESEL = TLB0[NV] and NV + 1; TLB0[NV] itself is loaded
        // only by a TLB0 tlbwe, from MAS0[NV]. (step, next victim after it)
        use Step::*;
        run(
            &MANUAL,
            &[
                (Miss(0x0000_0001), 0),
                (Miss(0x0000_0001), 0), // no tlbwe in between: same victim again
                (WeTlb0, 1),
                (SxMissTlb1(0x1000_0001), 1), // TLBSELD 1: ESEL/NV of the old MAS0 stay
                (Miss(0x0001_0002), 1),
                (WeTlb0, 2),
                (Miss(0x0002_0003), 2),
                (WeTlb0, 3),
                (Miss(0x0003_0000), 3), // wraps at 4 ways
                (WeTlb0, 0),
                (WeTlb1Nv(3), 0), // a TLB1 write does not load NV
                (WeTlb0Nv(2), 2), // software may set any next victim
                (Re(2), 2),
            ],
        );
    }

    #[test]
    fn next_victim_sequence_qemu() {
        // docs/qemu-ppce500.md item 7: one counter, bumped by every miss (tlbsx or interrupt,
        // whatever TLBSELD), ignored by tlbwe.
        use Step::*;
        run(
            &QEMU,
            &[
                (Miss(0x0000_0001), 1),
                (Miss(0x0001_0002), 2),
                (WeTlb0Nv(0), 2),
                (SxMissTlb1(0x1002_0003), 3),
                (Miss(0x0003_0000), 0),
                (WeTlb0, 0),
                (Miss(0x0000_0001), 1),
                (Re(1), 1),
            ],
        );
    }
}
