//! tlbwe and tlbre: writing and reading the entry MAS0/MAS2 select (booke-mmu.md §2; E500RM
//! 12.3.2.2, 12.4.1, 12.4.2).

use super::TlbError;
use super::entry::TlbEntry;
use super::geometry::SlotId;
use super::mas::Mas;
use super::tlb::{Tlb, TlbWrite};
use crate::addr::PhysAddr;
use crate::compat::Compat;

impl<P: PhysAddr> Tlb<P> {
    /// The slot MAS0[TLBSEL], MAS0[ESEL] and (TLB0) MAS2[EPN] name: TLBSEL is the single bit
    /// 0x10000000; ESEL is masked to the bits the TLB implements (the way for TLB0, the entry for
    /// TLB1, E500RM Table 12-8); the TLB0 set is EPN b32 13:19.
    pub(super) fn slot_of(&self, mas: &Mas) -> Result<SlotId, TlbError> {
        let g = &self.geometry;
        if mas.tlbsel() == 0 {
            let set = g.tlb0_set_of(mas.mas2) as u16; // < 128
            return Ok(SlotId::tlb0_set_way(
                set,
                mas.esel() & g.tlb0_esel_mask(),
                g,
            ));
        }
        let index = mas.esel() & g.tlb1_esel_mask();
        if usize::from(index) < g.tlb1_entries() {
            Ok(SlotId::tlb1(index))
        } else {
            Err(TlbError::Illegal {
                reason: "MAS0[ESEL] names no TLB1 entry",
            })
        }
    }

    /// tlbwe: writes MAS1, MAS2, MAS3 and MAS7 into the slot MAS0/MAS2 name (booke-mmu.md §2),
    /// through [`Tlb::write_slot`] (which keeps only the implemented fields and forces TLB0 to
    /// 4 KiB without IPROT). An IPROT entry can be overwritten.
    ///
    /// A V = 1 write to TLB1 needs MINSIZE <= TSIZE <= MAXSIZE of TLB1CFG (MAXSIZE 0xB, or 0xC
    /// with `compat.tlb1_max_tsize_12`); a V = 0 write skips the check (qemu-ppce500.md item 5).
    ///
    /// A TLB0 write loads the next-victim pointer from MAS0[NV] (E500RM 12.3.2.2.1/2); with
    /// `compat.global_nv_counter` MAS0[NV] is ignored (qemu-ppce500.md item 7).
    ///
    /// # Errors
    /// [`TlbError::Illegal`] for an ESEL naming no TLB1 entry or an unsupported TLB1 TSIZE: the
    /// core raises a program interrupt with ESR[PIL], nothing is written.
    pub fn tlbwe(&mut self, mas: &Mas, compat: &Compat) -> Result<TlbWrite<P>, TlbError> {
        let slot = self.slot_of(mas)?;
        if slot.tlb == 1 && mas.v() {
            let tsize = mas.tsize();
            if tsize < self.geometry.tlb1_min_tsize()
                || tsize > self.geometry.tlb1_max_tsize(compat)
            {
                return Err(TlbError::Illegal {
                    reason: "TLB1 TSIZE outside TLB1CFG MINSIZE..=MAXSIZE",
                });
            }
        }
        let write = self.write_slot(slot, TlbEntry::from_mas(mas))?;
        if slot.tlb == 0 && !compat.global_nv_counter {
            self.nv = (mas.nv() & self.geometry.tlb0_esel_mask()) as u8;
        }
        Ok(write)
    }

    /// tlbre: reads the slot MAS0/MAS2 name into MAS1, MAS2, MAS3, and MAS7 when
    /// `en_mas7_update` (HID0[EN_MAS7_UPDATE]) or `compat.mas7_always_updated`; MAS0[NV] becomes
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
