//! tlbsx and the MAS preload of a TLB-miss interrupt, with the TLB0 next-victim logic they
//! share (booke-mmu.md §2 and §3; E500RM 12.3.2.2, 12.5.1).

use super::mas::{Mas, TidSel, mas0, mas1, mas2, mas6};
use super::tlb::Tlb;
use super::translate::Pids;
use crate::addr::{Ea, PhysAddr};
use crate::compat::Compat;

impl<P: PhysAddr> Tlb<P> {
    /// tlbsx: searches TLB0 (the set `ea` indexes) then TLB1 for V = 1, TS = MAS6[SAS],
    /// TID ∈ {MAS6[SPID], 0} and an EPN match (booke-mmu.md §2). Returns whether it hit.
    ///
    /// * Hit: MAS0 = {TLBSEL of the hit, ESEL = way or index, NV = next victim}; MAS1..MAS3 (and
    ///   MAS7, gated as for tlbre) = the entry.
    /// * Miss: MAS0 as for a TLB-miss interrupt ([`Self::preload_miss`]); MAS1 = {V = 0, TID =
    ///   SPID, TS = SAS, TSIZE = TSIZED}; MAS2 = MAS4 X0D..ED defaults with EPN unchanged; MAS3 =
    ///   0; MAS7 = 0 (gated as for tlbre); MAS6 unchanged.
    ///
    /// MAS2[EPN] on a miss: the E500RM update table (12.7.2) is not in our sources; the ISA 2.06
    /// tlbsx summary (IBM A2 manual, "MAS2[EPN] ← unchanged") and KVM's e500 model both leave it
    /// unchanged, so the manual profile does. MAS3[U0..U3] are cleared with the rest of MAS3, as
    /// the A2 summary and QEMU do (KVM keeps them). With `compat.global_nv_counter` the miss is
    /// QEMU's (qemu-ppce500.md item 7): EPN = 0 and only W I M G E are taken from MAS4 (QEMU's
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
    /// address space `ts` (booke-mmu.md §3 table; E500RM 12.5.1; qemu-ppce500.md item 10):
    ///
    /// * MAS0 = {TLBSEL = TLBSELD; ESEL = next victim and NV = next victim + 1 when TLBSELD = 0}.
    /// * MAS1 = {V = 1, IPROT = 0, TID = the PID MAS4[TIDSELD] picks (0 for TIDSELD = 3),
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
        let attrs = if compat.global_nv_counter {
            mas.wimged()
        } else {
            mas.attrsd()
        };
        mas.mas2 = (ea.raw() & mas2::EPN.mask()) | u32::from(attrs);
        mas.mas3 = 0;
        mas.mas7 = 0;
        mas.mas6 = mas6::SAS.with(mas6::SPID.insert(0, pids.pid0), ts);
    }

    /// MAS0 for a miss (tlbsx or interrupt): TLBSEL = MAS4[TLBSELD] and the next-victim hint.
    ///
    /// Manual profile (E500RM 12.3.2.2.2, 12.5.1): only when TLBSELD = 0 does the hardware load
    /// ESEL = TLB0[NV] and MAS0[NV] = TLB0[NV] + 1 (mod ways); the pointer itself changes only
    /// when a TLB0 tlbwe loads it from MAS0[NV]. For TLBSELD = 1 ESEL and NV keep their values
    /// (the manual names no update; TLB1 victims are software's choice, 12.3.2.2).
    ///
    /// QEMU (`compat.global_nv_counter`, item 7): ESEL = counter, NV = counter + 1, and the
    /// counter advances on every miss, whatever TLBSELD says.
    fn miss_victim(&mut self, mas: &mut Mas, compat: &Compat) {
        let ways_mask = self.geometry.tlb0_esel_mask() as u8;
        let tlbsel = mas.tlbseld();
        let (esel, nv) = if compat.global_nv_counter {
            let esel = self.nv;
            self.nv = esel.wrapping_add(1) & ways_mask;
            (u32::from(esel), u32::from(self.nv))
        } else if tlbsel == 0 {
            (
                u32::from(self.nv),
                u32::from(self.nv.wrapping_add(1) & ways_mask),
            )
        } else {
            (u32::from(mas.esel()), u32::from(mas.nv()))
        };
        let m0 = mas0::TLBSEL.insert(0, u32::from(tlbsel));
        mas.mas0 = mas0::NV.insert(mas0::ESEL.insert(m0, esel), nv);
    }
}
