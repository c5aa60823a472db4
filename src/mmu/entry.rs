//! One TLB entry, as the raw words tlbre returns, with typed accessors (docs/booke-mmu.md §1.3, §2, §3).

#[cfg(test)]
use crate::narrow::Narrow;
use std::marker::PhantomData;

use super::mas::{EntryFields, Mas, mas1, mas2, mas3, mas7};
use super::translate::Pids;
use crate::addr::{Ea, PhysAddr};

/// The kind of a memory access, for the permission check (docs/booke-mmu.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// A data load (needs R).
    Load,
    /// A data store, dcbz-type stores included (needs W).
    Store,
    /// An instruction fetch (needs X).
    Fetch,
}

/// The six permission bits of an entry (MAS3 b32 26:31).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[allow(clippy::struct_excessive_bools)]
pub struct Perms {
    /// Supervisor read.
    pub sr: bool,
    /// Supervisor write.
    pub sw: bool,
    /// Supervisor execute.
    pub sx: bool,
    /// User read.
    pub ur: bool,
    /// User write.
    pub uw: bool,
    /// User execute.
    pub ux: bool,
}

impl Perms {
    /// All six bits set.
    pub const ALL: Perms = Perms { sr: true, sw: true, sx: true, ur: true, uw: true, ux: true };

    /// Decodes the permission bits of a MAS3 word.
    pub const fn from_mas3(word: u32) -> Perms {
        Perms {
            sr: mas3::SR.is_set(word),
            sw: mas3::SW.is_set(word),
            sx: mas3::SX.is_set(word),
            ur: mas3::UR.is_set(word),
            uw: mas3::UW.is_set(word),
            ux: mas3::UX.is_set(word),
        }
    }
    /// The permission bits in MAS3 position.
    pub const fn mas3_bits(self) -> u32 {
        let mut w = 0;
        w = mas3::SR.with(w, self.sr);
        w = mas3::SW.with(w, self.sw);
        w = mas3::SX.with(w, self.sx);
        w = mas3::UR.with(w, self.ur);
        w = mas3::UW.with(w, self.uw);
        mas3::UX.with(w, self.ux)
    }
    /// Whether `access` is allowed: MSR\[PR\] = 1 checks the U bits, PR = 0 the S bits; a load
    /// needs R, a store W and a fetch X (docs/booke-mmu.md §3).
    pub const fn allows(self, access: Access, pr: bool) -> bool {
        match (access, pr) {
            (Access::Load, false) => self.sr,
            (Access::Store, false) => self.sw,
            (Access::Fetch, false) => self.sx,
            (Access::Load, true) => self.ur,
            (Access::Store, true) => self.uw,
            (Access::Fetch, true) => self.ux,
        }
    }
}

/// One TLB entry: the MAS1, MAS2, MAS3 and MAS7 words exactly as tlbre returns them.
///
/// `P` is the real-address space the RPN names: [`crate::addr::Hpa`] for the core's TLB,
/// [`crate::addr::Gpa`] for the hypervisor's virtual TLB of the guest. The words are public; the
/// TLB masks them to the implemented fields when it stores an entry ([`super::Tlb::write_slot`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbEntry<P: PhysAddr> {
    /// V, IPROT, TID, TS, TSIZE.
    pub mas1: u32,
    /// EPN, X0, X1, WIMGE.
    pub mas2: u32,
    /// Low RPN, U0..U3, permissions.
    pub mas3: u32,
    /// High RPN (PA bits 0:3).
    pub mas7: u32,
    space: PhantomData<P>,
}

impl<P: PhysAddr> Default for TlbEntry<P> {
    fn default() -> Self {
        Self::INVALID
    }
}

impl<P: PhysAddr> TlbEntry<P> {
    /// An all-zero (invalid) entry, the reset state of every slot.
    pub const INVALID: Self = Self::from_words(0, 0, 0, 0);

    /// An entry from raw words.
    pub const fn from_words(mas1: u32, mas2: u32, mas3: u32, mas7: u32) -> Self {
        TlbEntry { mas1, mas2, mas3, mas7, space: PhantomData }
    }
    /// The valid entry with the fields `f` ([`EntryFields::words`]).
    pub fn from_fields(f: &EntryFields) -> Self {
        let [m1, m2, m3, m7] = f.words();
        Self::from_words(m1, m2, m3, m7)
    }
    /// The entry tlbwe would write from `mas` (before the TLB masks it).
    pub const fn from_mas(mas: &Mas) -> Self {
        Self::from_words(mas.mas1, mas.mas2, mas.mas3, mas.mas7)
    }
    /// The same entry with its real page replaced by `rpn`'s page (what a shadow entry needs).
    #[must_use]
    #[cfg(test)]
    pub fn with_rpn(self, rpn: P) -> Self {
        let raw = rpn.raw();
        let mas3 = (self.mas3 & !mas3::RPN.mask()) | (raw.low_u32() & mas3::RPN.mask());
        let mas7 = mas7::RPN_HI.insert(self.mas7, (raw >> 32) as u32);
        Self::from_words(self.mas1, self.mas2, mas3, mas7)
    }

    /// V: the entry takes part in lookups.
    pub const fn valid(&self) -> bool {
        mas1::V.is_set(self.mas1)
    }
    /// IPROT: protected from tlbivax, tlbilx and flash invalidation (not from tlbwe).
    pub const fn iprot(&self) -> bool {
        mas1::IPROT.is_set(self.mas1)
    }
    /// TID (8 bits on the e500); 0 matches every PID.
    pub const fn tid(&self) -> u8 {
        mas1::TID.get_u8(self.mas1)
    }
    /// TS: the address space (MSR\[IS\]/MSR\[DS\]) the entry belongs to.
    pub const fn ts(&self) -> bool {
        mas1::TS.is_set(self.mas1)
    }
    /// TSIZE, 4-bit e500 encoding.
    pub const fn tsize(&self) -> u8 {
        mas1::TSIZE.get_u8(self.mas1)
    }
    /// The page size in bytes: 4^TSIZE KiB (TSIZE 1 = 4 KiB, 0xB = 4 GiB, 0xC = 16 GiB). Reserved
    /// encodings an entry may still hold (0 and 0xD..0xF, only reachable with V = 0 or through
    /// `write_slot`) follow the same formula, so 0 is 1 KiB and 0xF is 1 TiB.
    pub const fn page_size(&self) -> u64 {
        1024u64 << (2 * self.tsize() as u32)
    }
    /// The page's base address (MAS2\[EPN\]).
    pub const fn epn(&self) -> Ea {
        Ea::new(self.mas2 & mas2::EPN.mask())
    }
    /// The raw 36-bit real page MAS7\[RPN\] ‖ MAS3\[RPN\], unmasked by the page size.
    pub const fn rpn_raw(&self) -> u64 {
        ((mas7::RPN_HI.get(self.mas7) as u64) << 32) | (self.mas3 & mas3::RPN.mask()) as u64
    }
    /// The real page's base: the RPN with the bits below the page size cleared (what
    /// translation uses; the stored RPN may hold more, E500RM 12.7.1).
    pub const fn page_rpn(&self) -> u64 {
        self.rpn_raw() & !(self.page_size() - 1)
    }
    /// The real page as an address of the entry's space (unmasked by the page size, as stored).
    pub fn rpn(&self) -> P {
        P::from_raw(self.rpn_raw())
    }
    /// W I M G E (MAS2 b32 27:31).
    pub const fn wimge(&self) -> u8 {
        mas2::WIMGE.get_u8(self.mas2)
    }
    /// X0 X1 W I M G E (MAS2 b32 25:31).
    #[cfg(test)]
    pub const fn attrs(&self) -> u8 {
        mas2::ATTRS.get_u8(self.mas2)
    }
    /// The E bit: the page is little-endian.
    pub const fn little_endian(&self) -> bool {
        mas2::E.is_set(self.mas2)
    }
    /// U0..U3.
    pub const fn user_bits(&self) -> u8 {
        mas3::U0_3.get_u8(self.mas3)
    }
    /// The permission bits.
    pub const fn perms(&self) -> Perms {
        Perms::from_mas3(self.mas3)
    }

    /// The EA bytes the page covers, `[base, end)`: the EPN with the bits below the page size
    /// cleared, and one page size on (above 4 GiB for a page that reaches the top of the EA space).
    pub const fn ea_range(&self) -> (u64, u64) {
        let size = self.page_size();
        let base = (self.mas2 & mas2::EPN.mask()) as u64 & !(size - 1);
        (base, base + size)
    }
    /// Whether `ea` lies in the page: `(EA & ~(size-1)) == (EPN & ~(size-1))` (docs/booke-mmu.md §2,
    /// match rule 4). V, TS and TID are not looked at.
    #[inline]
    pub const fn covers(&self, ea: Ea) -> bool {
        let mask = !(self.page_size() - 1);
        ((ea.raw() ^ (self.mas2 & mas2::EPN.mask())) as u64) & mask == 0
    }
    /// The §2 match rule's TID part: TID = 0 (global) or one of `pids`.
    #[inline]
    pub const fn tid_matches(&self, pids: &Pids) -> bool {
        self.tid() == 0 || pids.matches(self.tid() as u32)
    }
    /// The §2 match rule: V = 1, TS = `ts`, TID = 0 or one of `pids`, and `ea` in the page.
    #[inline]
    pub const fn hits(&self, ea: Ea, ts: bool, pids: &Pids) -> bool {
        self.valid() && self.ts() == ts && self.tid_matches(pids) && self.covers(ea)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{Gpa, Hpa};

    type E = TlbEntry<Hpa>;

    #[test]
    fn page_sizes_follow_4_to_the_tsize_kib() {
        // docs/booke-mmu.md §1.1 table: 1 = 4K ... 0xB = 4G; 0xC = 16G is QEMU's extra size.
        #[rustfmt::skip]
        let table: &[(u32, u64)] = &[
            (1, 4 << 10), (2, 16 << 10), (3, 64 << 10), (4, 256 << 10), (5, 1 << 20),
            (6, 4 << 20), (7, 16 << 20), (8, 64 << 20), (9, 256 << 20), (0xA, 1 << 30),
            (0xB, 4 << 30), (0xC, 16 << 30), (0, 1 << 10), (0xF, 1 << 40),
        ];
        for &(tsize, size) in table {
            assert_eq!(E::from_words(tsize << 8, 0, 0, 0).page_size(), size, "TSIZE {tsize:#x}");
        }
    }

    #[test]
    fn field_accessors() {
        // MAS1 0xC0071A00: V, IPROT, TID 7, TS, TSIZE 0xA. MAS2 0xC000007F: EPN 0xC0000000, all
        // attributes. MAS3 0xFE0003C5: RPN 0xFE000, U0..U3 = 0xF, SX|SW|SR = 0x15. MAS7 = 0xF.
        let e = E::from_words(0xC007_1A00, 0xC000_007F, 0xFE00_03D5, 0xF);
        assert!(e.valid() && e.iprot() && e.ts());
        assert_eq!((e.tid(), e.tsize(), e.epn()), (7, 0xA, Ea::new(0xC000_0000)));
        assert_eq!((e.wimge(), e.attrs(), e.user_bits()), (0x1F, 0x7F, 0xF));
        assert!(e.little_endian());
        assert_eq!(e.rpn(), Hpa::new(0xF_FE00_0000));
        assert_eq!(e.perms(), Perms { sr: true, sw: true, sx: true, ..Perms::default() });
        assert_eq!(TlbEntry::<Gpa>::from_words(0, 0, 0x1000_0000, 0x2).rpn(), Gpa::new(0x2_1000_0000));
    }

    #[test]
    fn with_rpn_replaces_only_the_page() {
        let e = E::from_words(0x8000_0100, 0x1000_0000, 0x0000_03FF, 0).with_rpn(Hpa::new(0xF_E000_0ABC));
        assert_eq!((e.mas3, e.mas7), (0xE000_03FF, 0xF));
    }

    #[test]
    fn perms_allow_table() {
        // One bit at a time: only the matching (access, PR) pair is allowed (docs/booke-mmu.md §3).
        #[rustfmt::skip]
        let table: &[(u32, Access, bool)] = &[
            (0x01, Access::Load, false),  // SR
            (0x04, Access::Store, false), // SW
            (0x10, Access::Fetch, false), // SX
            (0x02, Access::Load, true),   // UR
            (0x08, Access::Store, true),  // UW
            (0x20, Access::Fetch, true),  // UX
        ];
        for &(bit, access, pr) in table {
            let p = Perms::from_mas3(bit);
            assert_eq!(p.mas3_bits(), bit);
            for a in [Access::Load, Access::Store, Access::Fetch] {
                for q in [false, true] {
                    assert_eq!(p.allows(a, q), a == access && q == pr, "bit {bit:#x} {a:?} pr={q}");
                }
            }
        }
        assert_eq!(Perms::ALL.mas3_bits(), 0x3F);
    }

    #[test]
    fn covers_masks_by_size() {
        // 1 MiB page at 0x12300000 (TSIZE 5): 0x12300000..=0x123FFFFF.
        let e = E::from_words(0x8000_0500, 0x1230_0000, 0, 0);
        for (ea, want) in
            [(0x1230_0000, true), (0x123F_FFFF, true), (0x1240_0000, false), (0x122F_FFFF, false)]
        {
            assert_eq!(e.covers(Ea::new(ea)), want, "{ea:#x}");
        }
        // 4 GiB covers everything.
        assert!(E::from_words(0x8000_0B00, 0, 0, 0).covers(Ea::new(0xFFFF_FFFF)));
    }
}
