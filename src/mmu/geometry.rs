//! TLB geometry, the read-only configuration registers it implies, and slot addressing.
//!
//! Sources: docs/booke-mmu.md §1.1 and §1.4, docs/qemu-ppce500.md ("State at entry"), E500RM 12.1.1.

use std::fmt;

use super::TlbError;
use crate::compat::Compat;

/// TLB0 sets on every e500 this model covers (e500v2, e500mc): 512 entries, 4-way.
pub const TLB0_SETS: u16 = 128;
/// TLB0 ways on every e500 this model covers.
pub const TLB0_WAYS: u16 = 4;
/// The largest TLB1 (e500mc).
pub const TLB1_MAX_ENTRIES: u16 = 64;

/// MMUCSR0\[TLB0_FI\] (b64 61): write 1 to flash-invalidate TLB0.
pub const MMUCSR0_TLB0_FI: u32 = 0x0000_0004;
/// MMUCSR0\[TLB1_FI\] (b64 62): write 1 to flash-invalidate TLB1.
pub const MMUCSR0_TLB1_FI: u32 = 0x0000_0002;

/// TLB1 MINSIZE: 4 KiB (TSIZE 1) on the e500v2 and e500mc.
const TLB1_MIN_TSIZE: u8 = 1;
/// TLB1 MAXSIZE per E500RM Table 12-2: 4 GiB (TSIZE 0xB).
const TLB1_MAX_TSIZE_MANUAL: u8 = 0xB;
/// TLB1 MAXSIZE QEMU 7.2 accepts and reports (docs/qemu-ppce500.md item 5): 16 GiB.
const TLB1_MAX_TSIZE_QEMU: u8 = 0xC;

/// The shape of one core's TLBs plus the MMU facts MMUCFG reports.
///
/// The fields are private so every value is one of the constructors': TLB0 is always 128 sets x
/// 4 ways and TLB1 has 1..=64 entries, which is what lets the TLB index without checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbGeometry {
    tlb0_sets: u16,
    tlb0_ways: u16,
    tlb1_entries: u16,
    /// MMUCFG\[NPIDS\]: PID registers implemented.
    npids: u8,
    /// PID width in bits (MMUCFG\[PIDSIZE\] = width - 1).
    pid_bits: u8,
    /// LPID width in bits (MMUCFG\[LPIDSIZE\]); 0 without an LPID.
    lpid_bits: u8,
    /// Real-address width (MMUCFG\[RASIZE\]).
    ra_bits: u8,
}

impl TlbGeometry {
    /// The e500v2: TLB0 512 entries (128 x 4), TLB1 16; three 8-bit PIDs (E500RM 12.1.1), 36-bit
    /// real addresses.
    pub const fn e500v2() -> TlbGeometry {
        TlbGeometry {
            tlb0_sets: TLB0_SETS,
            tlb0_ways: TLB0_WAYS,
            tlb1_entries: 16,
            npids: 3,
            pid_bits: 8,
            lpid_bits: 0,
            ra_bits: 36,
        }
    }
    /// The e500mc: TLB0 as the e500v2, TLB1 64; one 8-bit PID and a 6-bit LPID (docs/booke-mmu.md
    /// §1.1, §1.3 MAS5). QEMU's extra PID1/PID2 (docs/qemu-ppce500.md item 12) are the core's business:
    /// the TLB matches whatever [`super::Pids`] it is given.
    pub const fn e500mc() -> TlbGeometry {
        TlbGeometry { tlb1_entries: 64, npids: 1, lpid_bits: 6, ..Self::e500v2() }
    }
    /// The same geometry with a TLB1 of `n` entries (1..=64), e.g. a host TLB1 shrunk to stress
    /// the hypervisor.
    ///
    /// # Errors
    /// [`TlbError::Geometry`] when `n` is 0 or above 64.
    pub fn with_tlb1_entries(self, n: usize) -> Result<TlbGeometry, TlbError> {
        match u16::try_from(n) {
            Ok(n) if (1..=TLB1_MAX_ENTRIES).contains(&n) => Ok(TlbGeometry { tlb1_entries: n, ..self }),
            _ => Err(TlbError::Geometry { reason: "TLB1 must have 1..=64 entries" }),
        }
    }

    /// TLB0 sets.
    pub const fn tlb0_sets(&self) -> usize {
        self.tlb0_sets as usize
    }
    /// TLB0 ways.
    pub const fn tlb0_ways(&self) -> usize {
        self.tlb0_ways as usize
    }
    /// TLB0 entries (sets x ways).
    pub const fn tlb0_entries(&self) -> usize {
        self.tlb0_sets() * self.tlb0_ways()
    }
    /// TLB1 entries.
    pub const fn tlb1_entries(&self) -> usize {
        self.tlb1_entries as usize
    }
    /// Both TLBs' entries.
    pub const fn total_entries(&self) -> usize {
        self.tlb0_entries() + self.tlb1_entries()
    }
    /// The TLB0 set an effective (page) address indexes: EA b32 13:19 (docs/booke-mmu.md §1.1).
    pub const fn tlb0_set_of(&self, ea: u32) -> usize {
        (ea >> 12) as usize & (self.tlb0_sets() - 1)
    }
    /// The MAS0\[ESEL\] bits TLB0 implements: the way (b64 46:47 on the e500v2, E500RM 12.7.1).
    pub const fn tlb0_esel_mask(&self) -> u16 {
        self.tlb0_ways - 1
    }
    /// The MAS0\[ESEL\] bits TLB1 implements: enough bits to number its entries (4 for 16 entries,
    /// b64 44:47, E500RM Table 12-8; 6 for 64). With a size that is not a power of two some
    /// values name no entry; tlbwe rejects those.
    pub const fn tlb1_esel_mask(&self) -> u16 {
        self.tlb1_entries.next_power_of_two() - 1
    }
    /// TLB1 MINSIZE (TSIZE encoding).
    pub const fn tlb1_min_tsize(&self) -> u8 {
        TLB1_MIN_TSIZE
    }
    /// TLB1 MAXSIZE: 0xB (4 GiB, E500RM Table 12-2), or 0xC with `compat.tlb1_max_tsize_12`.
    pub const fn tlb1_max_tsize(&self, compat: &Compat) -> u8 {
        if compat.tlb1_max_tsize_12 { TLB1_MAX_TSIZE_QEMU } else { TLB1_MAX_TSIZE_MANUAL }
    }

    /// TLB0CFG: ASSOC = ways, MINSIZE = MAXSIZE = 1 (4 KiB), no IPROT, no AVAIL, NENTRY
    /// (docs/booke-mmu.md §1.4). 0x04110200 for both cores, as QEMU builds it.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "sets and ways are u16, so their product fits in 32 bits"
    )]
    pub const fn tlb0cfg(&self) -> u32 {
        cfg_word(self.tlb0_ways as u32, 1, 1, false, self.tlb0_entries() as u32)
    }
    /// TLB1CFG: fully associative (ASSOC = NENTRY = entries), MINSIZE 1, MAXSIZE per
    /// [`Self::tlb1_max_tsize`], IPROT and AVAIL (variable size). QEMU's values are 0x101CC010
    /// (e500v2) and 0x401CC040 (e500mc); the manual profile has MAXSIZE 0xB (0x101BC010).
    pub const fn tlb1cfg(&self, compat: &Compat) -> u32 {
        let n = self.tlb1_entries as u32;
        cfg_word(n, TLB1_MIN_TSIZE as u32, self.tlb1_max_tsize(compat) as u32, true, n)
    }
    /// MMUCFG as the manuals define it (docs/booke-mmu.md §1.4 field table): LPIDSIZE = LPID bits,
    /// RASIZE = real-address bits (36), NPIDS = PID registers, PIDSIZE = PID bits - 1, NTLBS =
    /// TLBs - 1 = 1, MAVN = 0 (MMU v1). The e500v2 gives 0x004819C4, the e500mc 0x064809C4.
    /// QEMU leaves MMUCFG at 0; the core decides which value it shows.
    pub const fn mmucfg(&self) -> u32 {
        ((self.lpid_bits as u32 & 0xF) << 24)
            | ((self.ra_bits as u32 & 0x7F) << 17)
            | ((self.npids as u32 & 0xF) << 11)
            | (((self.pid_bits as u32).saturating_sub(1) & 0x1F) << 6)
            | (1 << 2)
    }
}

/// One TLBnCFG word (docs/booke-mmu.md §1.4): ASSOC 0xFF000000, MINSIZE 0x00F00000, MAXSIZE
/// 0x000F0000, IPROT 0x8000 and AVAIL 0x4000 (both set for a variable-size TLB), NENTRY 0xFFF.
const fn cfg_word(assoc: u32, min: u32, max: u32, variable: bool, nentry: u32) -> u32 {
    let flags = if variable { 0x8000 | 0x4000 } else { 0 };
    ((assoc & 0xFF) << 24) | ((min & 0xF) << 20) | ((max & 0xF) << 16) | flags | (nentry & 0xFFF)
}

/// A slot of one TLB: TLB0 entries are numbered `set * ways + way` (QEMU's flattening,
/// docs/booke-mmu.md §1.1), TLB1 entries by their index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SlotId {
    /// 0 or 1.
    pub tlb: u8,
    /// The entry within that TLB.
    pub index: u16,
}

impl SlotId {
    /// TLB0 slot `index` (= set * ways + way).
    pub const fn tlb0(index: u16) -> SlotId {
        SlotId { tlb: 0, index }
    }
    /// TLB0 slot of `set` and `way`.
    pub const fn tlb0_set_way(set: u16, way: u16, geometry: &TlbGeometry) -> SlotId {
        SlotId::tlb0(set.wrapping_mul(geometry.tlb0_ways).wrapping_add(way))
    }
    /// TLB1 slot `index`.
    pub const fn tlb1(index: u16) -> SlotId {
        SlotId { tlb: 1, index }
    }
    /// The TLB0 set, or `None` for a TLB1 slot.
    pub const fn set(&self, geometry: &TlbGeometry) -> Option<u16> {
        if self.tlb == 0 { Some(self.index / geometry.tlb0_ways) } else { None }
    }
    /// What MAS0\[ESEL\] holds for this slot: the way for TLB0, the entry for TLB1.
    pub const fn way(&self, geometry: &TlbGeometry) -> u16 {
        if self.tlb == 0 { self.index % geometry.tlb0_ways } else { self.index }
    }
}

/// `TLB0[set:way]` or `TLB1[index]`. TLB0 is split with `TLB0_WAYS`, the only TLB0 shape a
/// `TlbGeometry` can have.
impl fmt::Display for SlotId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.tlb {
            0 => write!(f, "TLB0[{}:{}]", self.index / TLB0_WAYS, self.index % TLB0_WAYS),
            t => write!(f, "TLB{}[{}]", t, self.index),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compat::Profile;

    #[test]
    fn cfg_registers() {
        let (man, qemu) = (Compat::of(Profile::Manual), Compat::of(Profile::Qemu));
        let v2 = TlbGeometry::e500v2();
        let mc = TlbGeometry::e500mc();
        // (geometry, compat, TLB0CFG, TLB1CFG). QEMU values from docs/qemu-ppce500.md; the manual
        // ones differ only in MAXSIZE (0xB << 16 instead of 0xC << 16). A 4-entry TLB1: ASSOC 4
        // (0x04000000), MIN 1, MAX 0xB, IPROT|AVAIL 0xC000, NENTRY 4.
        #[rustfmt::skip]
        let table = [
            (v2, qemu, 0x0411_0200, 0x101C_C010),
            (mc, qemu, 0x0411_0200, 0x401C_C040),
            (v2, man, 0x0411_0200, 0x101B_C010),
            (mc, man, 0x0411_0200, 0x401B_C040),
            (v2.with_tlb1_entries(4).unwrap(), man, 0x0411_0200, 0x041B_C004),
            (mc.with_tlb1_entries(1).unwrap(), qemu, 0x0411_0200, 0x011C_C001),
        ];
        for (g, c, t0, t1) in table {
            assert_eq!((g.tlb0cfg(), g.tlb1cfg(&c)), (t0, t1), "{g:?}");
        }
    }

    #[test]
    fn mmucfg_by_hand() {
        // e500v2: RASIZE 36 << 17 = 0x00480000, NPIDS 3 << 11 = 0x1800, PIDSIZE 7 << 6 = 0x1C0,
        // NTLBS 1 << 2 = 0x4.
        assert_eq!(TlbGeometry::e500v2().mmucfg(), 0x0048_19C4);
        // e500mc: LPIDSIZE 6 << 24 = 0x06000000, NPIDS 1 << 11 = 0x800, the rest as above.
        assert_eq!(TlbGeometry::e500mc().mmucfg(), 0x0648_09C4);
    }

    #[test]
    fn tlb1_sizes() {
        let g = TlbGeometry::e500v2();
        for n in [0usize, 65, 1000, usize::MAX] {
            assert!(g.with_tlb1_entries(n).is_err(), "{n}");
        }
        // (entries, ESEL mask)
        for (n, mask) in [(1usize, 0u16), (4, 3), (5, 7), (16, 15), (33, 63), (64, 63)] {
            let g = g.with_tlb1_entries(n).unwrap();
            assert_eq!((g.tlb1_entries(), g.tlb1_esel_mask()), (n, mask));
        }
        assert_eq!(TlbGeometry::e500mc().tlb1_esel_mask(), 0x3F);
        assert_eq!(g.tlb0_esel_mask(), 3);
    }

    #[test]
    fn tlb1_tsize_range() {
        let g = TlbGeometry::e500v2();
        assert_eq!(g.tlb1_min_tsize(), 1);
        assert_eq!(g.tlb1_max_tsize(&Compat::of(Profile::Manual)), 0xB);
        assert_eq!(g.tlb1_max_tsize(&Compat::of(Profile::Qemu)), 0xC);
    }

    #[test]
    fn tlb0_set_index_is_ea_bits_13_to_19() {
        let g = TlbGeometry::e500v2();
        for (ea, set) in
            [(0x0000_0000u32, 0usize), (0x0004_5FFF, 0x45), (0xFFFF_F000, 0x7F), (0x0008_0000, 0)]
        {
            assert_eq!(g.tlb0_set_of(ea), set, "{ea:#x}");
        }
    }

    #[test]
    fn slot_ids() {
        let g = TlbGeometry::e500v2();
        let s = SlotId::tlb0_set_way(37, 2, &g);
        assert_eq!((s, s.set(&g), s.way(&g)), (SlotId::tlb0(150), Some(37), 2));
        assert_eq!(s.to_string(), "TLB0[37:2]");
        let t = SlotId::tlb1(3);
        assert_eq!((t.set(&g), t.way(&g), t.to_string()), (None, 3, "TLB1[3]".to_string()));
        assert_eq!(SlotId { tlb: 9, index: 1 }.to_string(), "TLB9[1]");
    }
}
