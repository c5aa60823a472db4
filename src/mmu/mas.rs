//! The MAS register file and the bit layout of every MAS field (docs/booke-mmu.md §1.3, E500RM 12.7.1).
//!
//! Every MAS field in tlbvisor is extracted through the [`Field`] constants declared here; the TLB
//! entry words ([`super::TlbEntry`]) share the MAS1, MAS2, MAS3 and MAS7 layouts. Only the fields
//! the e500 implements are declared: TLBSEL is the single bit 0x10000000, TID and SPID are 8 bits,
//! TSIZE/TSIZED are the 4-bit e500 encoding (not Linux/QEMU's 5-bit one).
//!
//! The [`Mas`] words are stored raw, as `mtspr` wrote them; the TLB operations mask what they read.

use crate::addr::Ea;
use crate::narrow::Narrow;

/// A bit field of a 32-bit register, given by its in-place mask (contiguous bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    mask: u32,
}

impl Field {
    /// The field whose bits are `mask`.
    pub(crate) const fn new(mask: u32) -> Field {
        Field { mask }
    }
    /// The in-place mask.
    pub const fn mask(self) -> u32 {
        self.mask
    }
    /// The bit position of the field's least significant bit.
    pub const fn shift(self) -> u32 {
        self.mask.trailing_zeros()
    }
    /// The field's value in `word`, shifted down.
    pub const fn get(self, word: u32) -> u32 {
        (word & self.mask).wrapping_shr(self.shift())
    }
    /// [`Field::get`] of a field at most 8 bits wide, as a byte.
    #[allow(clippy::cast_possible_truncation, reason = "the field is at most 8 bits wide (asserted)")]
    pub const fn get_u8(self, word: u32) -> u8 {
        debug_assert!(self.mask >> self.shift() <= 0xFF);
        self.get(word) as u8
    }
    /// [`Field::get`] of a field at most 16 bits wide, as a halfword.
    #[allow(clippy::cast_possible_truncation, reason = "the field is at most 16 bits wide (asserted)")]
    pub const fn get_u16(self, word: u32) -> u16 {
        debug_assert!(self.mask >> self.shift() <= 0xFFFF);
        self.get(word) as u16
    }
    /// Whether any bit of the field is set in `word` (the value of a 1-bit field).
    pub const fn is_set(self, word: u32) -> bool {
        word & self.mask != 0
    }
    /// `word` with the field replaced by `value` (bits of `value` that do not fit are dropped).
    #[must_use]
    pub const fn insert(self, word: u32, value: u32) -> u32 {
        (word & !self.mask) | (value.wrapping_shl(self.shift()) & self.mask)
    }
    /// `word` with a 1-bit field set or cleared.
    #[must_use]
    pub const fn with(self, word: u32, on: bool) -> u32 {
        if on { word | self.mask } else { word & !self.mask }
    }
}

/// MAS0: entry select for tlbwe/tlbre, written by tlbsx and TLB-miss interrupts.
pub mod mas0 {
    use super::Field;
    /// TLB select; the e500 implements only b64 35 (0 = TLB0, 1 = TLB1).
    pub const TLBSEL: Field = Field::new(0x1000_0000);
    /// Entry select, the full architected field (TLB0: way, TLB1: entry). The TLB masks it to the
    /// bits its geometry implements (e500v2: 2 bits for TLB0, 4 for a 16-entry TLB1).
    pub const ESEL: Field = Field::new(0x0FFF_0000);
    /// Next victim, the full architected field; the e500v2 implements 2 bits (E500RM 12.7.1).
    pub const NV: Field = Field::new(0x0000_0FFF);
}

/// MAS1 (and a TLB entry's first word): descriptor context.
pub mod mas1 {
    use super::Field;
    /// Valid.
    pub const V: Field = Field::new(0x8000_0000);
    /// Invalidation protect (TLB1 only).
    pub const IPROT: Field = Field::new(0x4000_0000);
    /// Translation ID; the e500 implements 8 bits, b64 40:47 (E500RM 12.7.1). 0 = global.
    pub const TID: Field = Field::new(0x00FF_0000);
    /// Translation space, compared with MSR\[IS\] or MSR\[DS\].
    pub const TS: Field = Field::new(0x0000_1000);
    /// Page size, 4-bit e500 encoding: size = 4^TSIZE KiB (1 = 4 KiB .. 0xB = 4 GiB).
    pub const TSIZE: Field = Field::new(0x0000_0F00);
    /// Every MAS1 bit the e500 TLB stores.
    pub const IMPLEMENTED: u32 = V.mask() | IPROT.mask() | TID.mask() | TS.mask() | TSIZE.mask();
}

/// MAS2 (and a TLB entry's second word): EPN and page attributes.
#[allow(dead_code, reason = "the register's every field, as the manual lays it out")]
pub mod mas2 {
    use super::Field;
    /// Effective page number, EA b32 0:19 in place.
    pub const EPN: Field = Field::new(0xFFFF_F000);
    /// Implementation-defined attribute X0.
    pub const X0: Field = Field::new(0x40);
    /// Implementation-defined attribute X1.
    pub const X1: Field = Field::new(0x20);
    /// Write-through.
    pub const W: Field = Field::new(0x10);
    /// Caching-inhibited.
    pub const I: Field = Field::new(0x08);
    /// Memory coherence required.
    pub const M: Field = Field::new(0x04);
    /// Guarded.
    pub const G: Field = Field::new(0x02);
    /// Little-endian page.
    pub const E: Field = Field::new(0x01);
    /// W I M G E together.
    pub const WIMGE: Field = Field::new(0x1F);
    /// X0 X1 W I M G E together (the bits MAS4's defaults cover).
    pub const ATTRS: Field = Field::new(0x7F);
    /// Every MAS2 bit the e500 TLB stores (b32 20:24 are reserved).
    #[cfg(test)]
    pub const IMPLEMENTED: u32 = EPN.mask() | ATTRS.mask();
}

/// MAS3 (and the low part of a TLB entry's real page): RPN, user bits, permissions.
pub mod mas3 {
    use super::Field;
    /// Real page number, PA b32 0:19 of the low 32 bits, in place.
    pub const RPN: Field = Field::new(0xFFFF_F000);
    /// U0..U3 user bits (software only).
    pub const U0_3: Field = Field::new(0x0000_03C0);
    /// User execute.
    pub const UX: Field = Field::new(0x20);
    /// Supervisor execute.
    pub const SX: Field = Field::new(0x10);
    /// User write.
    pub const UW: Field = Field::new(0x08);
    /// Supervisor write.
    pub const SW: Field = Field::new(0x04);
    /// User read.
    pub const UR: Field = Field::new(0x02);
    /// Supervisor read.
    pub const SR: Field = Field::new(0x01);
    /// The six permission bits UX SX UW SW UR SR.
    pub const PERMS: Field = Field::new(0x3F);
    /// Every MAS3 bit the e500 TLB stores (b32 20:21 are reserved).
    pub const IMPLEMENTED: u32 = RPN.mask() | U0_3.mask() | PERMS.mask();
}

/// MAS4: defaults loaded on a TLB miss or a tlbsx miss.
pub mod mas4 {
    use super::Field;
    /// Default TLBSEL; the e500 uses b64 35 only.
    pub const TLBSELD: Field = Field::new(0x1000_0000);
    /// Which PID a TLB-miss interrupt puts in MAS1\[TID\] ([`super::TidSel`]).
    pub const TIDSELD: Field = Field::new(0x0003_0000);
    /// Default TSIZE (4-bit e500 encoding).
    pub const TSIZED: Field = Field::new(0x0000_0F00);
    /// Defaults for MAS2 X0 X1 W I M G E (X0D..ED, b32 25:31).
    pub const ATTRSD: Field = Field::new(0x7F);
    /// Defaults for MAS2 W I M G E only (WD..ED).
    pub const WIMGED: Field = Field::new(0x1F);
}

/// MAS6: search context for tlbsx (and tlbilx on the e500mc).
pub mod mas6 {
    use super::Field;
    /// Search PID; SPID0 is 8 bits on the e500 (E500RM Table 12-13).
    pub const SPID: Field = Field::new(0x00FF_0000);
    /// Search address space.
    pub const SAS: Field = Field::new(0x0000_0001);
}

/// MAS7 (e500v2+): the high bits of the 36-bit real page.
pub mod mas7 {
    use super::Field;
    /// RPN bits PA 0:3 of the 36-bit real address (E500RM Table 12-14).
    pub const RPN_HI: Field = Field::new(0x0000_000F);
    /// Every MAS7 bit the e500 TLB stores.
    pub const IMPLEMENTED: u32 = RPN_HI.mask();
}

/// HID0\[EN_MAS7_UPDATE\] (b64 56): tlbre and tlbsx update MAS7 only when set (E500RM 12.7.1.1).
pub const HID0_EN_MAS7_UPDATE: u32 = 0x0000_0080;

/// SPR numbers of the MAS registers (docs/booke-mmu.md §1.2).
pub mod spr {
    /// MAS0.
    pub const MAS0: u16 = 624;
    /// MAS1.
    pub const MAS1: u16 = 625;
    /// MAS2.
    pub const MAS2: u16 = 626;
    /// MAS3.
    pub const MAS3: u16 = 627;
    /// MAS4.
    pub const MAS4: u16 = 628;
    /// MAS6.
    pub const MAS6: u16 = 630;
    /// MAS7 (e500v2+).
    pub const MAS7: u16 = 944;
}

/// MAS4\[TIDSELD\]: which PID a TLB-miss interrupt loads into MAS1\[TID\].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TidSel {
    /// PID0.
    Pid0,
    /// PID1.
    Pid1,
    /// PID2.
    Pid2,
    /// TID 0 (a global entry).
    Zero,
}

impl TidSel {
    /// Decodes the 2-bit field value.
    pub const fn from_bits(bits: u32) -> TidSel {
        match bits & 3 {
            0 => TidSel::Pid0,
            1 => TidSel::Pid1,
            2 => TidSel::Pid2,
            _ => TidSel::Zero,
        }
    }
    /// The 2-bit field value.
    #[cfg(test)]
    pub const fn bits(self) -> u32 {
        match self {
            TidSel::Pid0 => 0,
            TidSel::Pid1 => 1,
            TidSel::Pid2 => 2,
            TidSel::Zero => 3,
        }
    }
}

/// The MAS register file of one core (the e500 has no MAS5).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Mas {
    /// MAS0 (SPR 624).
    pub mas0: u32,
    /// MAS1 (SPR 625).
    pub mas1: u32,
    /// MAS2 (SPR 626).
    pub mas2: u32,
    /// MAS3 (SPR 627).
    pub mas3: u32,
    /// MAS4 (SPR 628).
    pub mas4: u32,
    /// MAS6 (SPR 630).
    pub mas6: u32,
    /// MAS7 (SPR 944).
    pub mas7: u32,
}

macro_rules! flag {
    ($get:ident, $set:ident, $reg:ident, $field:expr, $doc:literal) => {
        #[doc = concat!($doc, ".")]
        pub const fn $get(&self) -> bool {
            $field.is_set(self.$reg)
        }
        #[doc = concat!("Sets ", $doc, ".")]
        pub fn $set(&mut self, on: bool) {
            self.$reg = $field.with(self.$reg, on);
        }
    };
}

macro_rules! value {
    (@get u8, $field:expr, $word:expr) => { $field.get_u8($word) };
    (@get u16, $field:expr, $word:expr) => { $field.get_u16($word) };
    ($get:ident, $set:ident, $ty:ident, $reg:ident, $field:expr, $doc:literal) => {
        #[doc = concat!($doc, " (shifted down).")]
        pub const fn $get(&self) -> $ty {
            value!(@get $ty, $field, self.$reg)
        }
        #[doc = concat!("Sets ", $doc, " (excess bits dropped).")]
        pub fn $set(&mut self, value: $ty) {
            self.$reg = $field.insert(self.$reg, value as u32);
        }
    };
}

/// Field accessors, one per line: getter, setter, (value type,) register, field, doc name.
#[rustfmt::skip]
#[allow(dead_code, reason = "every MAS field gets its getter and setter, used or not")]
impl Mas {
    value!(tlbsel, set_tlbsel, u8, mas0, mas0::TLBSEL, "MAS0\\[TLBSEL\\]");
    value!(esel, set_esel, u16, mas0, mas0::ESEL, "MAS0\\[ESEL\\], all 12 architected bits");
    value!(nv, set_nv, u16, mas0, mas0::NV, "MAS0\\[NV\\], all 12 architected bits");
    flag!(v, set_v, mas1, mas1::V, "MAS1\\[V\\]");
    flag!(iprot, set_iprot, mas1, mas1::IPROT, "MAS1\\[IPROT\\]");
    value!(tid, set_tid, u8, mas1, mas1::TID, "MAS1\\[TID\\]");
    flag!(ts, set_ts, mas1, mas1::TS, "MAS1\\[TS\\]");
    value!(tsize, set_tsize, u8, mas1, mas1::TSIZE, "MAS1\\[TSIZE\\]");
    value!(mas2_attrs, set_mas2_attrs, u8, mas2, mas2::ATTRS, "MAS2 X0 X1 W I M G E");
    value!(wimge, set_wimge, u8, mas2, mas2::WIMGE, "MAS2 W I M G E");
    value!(user_bits, set_user_bits, u8, mas3, mas3::U0_3, "MAS3 U0..U3");
    value!(perm_bits, set_perm_bits, u8, mas3, mas3::PERMS, "MAS3 UX SX UW SW UR SR");
    value!(tlbseld, set_tlbseld, u8, mas4, mas4::TLBSELD, "MAS4\\[TLBSELD\\]");
    value!(tsized, set_tsized, u8, mas4, mas4::TSIZED, "MAS4\\[TSIZED\\]");
    value!(attrsd, set_attrsd, u8, mas4, mas4::ATTRSD, "MAS4 X0D X1D WD ID MD GD ED");
    value!(wimged, set_wimged, u8, mas4, mas4::WIMGED, "MAS4 WD ID MD GD ED");
    value!(spid, set_spid, u8, mas6, mas6::SPID, "MAS6\\[SPID\\]");
    flag!(sas, set_sas, mas6, mas6::SAS, "MAS6\\[SAS\\]");
    value!(rpn_hi, set_rpn_hi, u8, mas7, mas7::RPN_HI, "MAS7\\[RPN\\], PA bits 0:3");
}

impl Mas {
    /// MAS2\[EPN\] as an effective page address (low 12 bits zero).
    pub const fn epn(&self) -> Ea {
        Ea::new(self.mas2 & mas2::EPN.mask())
    }
    /// Sets MAS2\[EPN\] from the page part of `ea`.
    #[cfg(test)]
    pub fn set_epn(&mut self, ea: Ea) {
        self.mas2 = (self.mas2 & !mas2::EPN.mask()) | (ea.raw() & mas2::EPN.mask());
    }
    /// MAS4\[TIDSELD\].
    pub const fn tidseld(&self) -> TidSel {
        TidSel::from_bits(mas4::TIDSELD.get(self.mas4))
    }
    /// Sets MAS4\[TIDSELD\].
    #[cfg(test)]
    pub fn set_tidseld(&mut self, sel: TidSel) {
        self.mas4 = mas4::TIDSELD.insert(self.mas4, sel.bits());
    }
    /// The raw 36-bit real page MAS7\[RPN\] ‖ MAS3\[RPN\] (low 12 bits zero).
    pub const fn rpn(&self) -> u64 {
        ((mas7::RPN_HI.get(self.mas7) as u64) << 32) | (self.mas3 & mas3::RPN.mask()) as u64
    }
    /// Sets MAS7\[RPN\] and MAS3\[RPN\] from a raw real address (bits past 36 and below 4 KiB dropped).
    #[cfg(test)]
    pub fn set_rpn(&mut self, rpn: u64) {
        self.mas3 = (self.mas3 & !mas3::RPN.mask()) | (rpn.low_u32() & mas3::RPN.mask());
        self.mas7 = mas7::RPN_HI.insert(self.mas7, (rpn >> 32) as u32);
    }

    /// The register an `mfspr` of `spr` reads, or `None` if `spr` is not a MAS register.
    pub const fn spr(&self, spr: u16) -> Option<u32> {
        match spr {
            spr::MAS0 => Some(self.mas0),
            spr::MAS1 => Some(self.mas1),
            spr::MAS2 => Some(self.mas2),
            spr::MAS3 => Some(self.mas3),
            spr::MAS4 => Some(self.mas4),
            spr::MAS6 => Some(self.mas6),
            spr::MAS7 => Some(self.mas7),
            _ => None,
        }
    }
    /// Stores an `mtspr` to `spr`; returns whether `spr` is a MAS register.
    pub fn set_spr(&mut self, spr: u16, value: u32) -> bool {
        let reg = match spr {
            spr::MAS0 => &mut self.mas0,
            spr::MAS1 => &mut self.mas1,
            spr::MAS2 => &mut self.mas2,
            spr::MAS3 => &mut self.mas3,
            spr::MAS4 => &mut self.mas4,
            spr::MAS6 => &mut self.mas6,
            spr::MAS7 => &mut self.mas7,
            _ => return false,
        };
        *reg = value;
        true
    }
}

/// The fields of a valid TLB entry, for building one ([`EntryFields::words`]); what `tlbwe`
/// takes from MAS1, MAS2, MAS3 and MAS7 (docs/booke-mmu.md §1.3).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EntryFields {
    /// MAS1\[IPROT\].
    pub iprot: bool,
    /// MAS1\[TID\] (the 8 bits the e500 implements are kept).
    pub tid: u32,
    /// MAS1\[TS\].
    pub ts: bool,
    /// MAS1\[TSIZE\] (4-bit e500 encoding).
    pub tsize: u32,
    /// The effective page (MAS2\[EPN\]: the bits below 4 KiB are dropped).
    pub epn: Ea,
    /// X0 X1 W I M G E (MAS2's low bits; the rest is dropped).
    pub attrs: u32,
    /// The real page as a raw physical address (MAS3\[RPN\], MAS7\[RPN_HI\]; the bits below
    /// 4 KiB are dropped).
    pub rpn: u64,
    /// U0..U3 and UX SX UW SW UR SR (MAS3's low bits; the rest is dropped).
    pub user_perms: u32,
}

impl EntryFields {
    /// The entry's MAS1, MAS2, MAS3 and MAS7 words, with V set: the one place an entry is
    /// assembled from its fields.
    pub fn words(&self) -> [u32; 4] {
        let m1 = mas1::IPROT.with(mas1::V.mask(), self.iprot);
        let m1 = mas1::TSIZE.insert(mas1::TS.with(mas1::TID.insert(m1, self.tid), self.ts), self.tsize);
        let m2 = (self.epn.raw() & mas2::EPN.mask()) | (self.attrs & mas2::ATTRS.mask());
        let m3 = (self.rpn.low_u32() & mas3::RPN.mask())
            | (self.user_perms & (mas3::U0_3.mask() | mas3::PERMS.mask()));
        let m7 = mas7::RPN_HI.insert(0, (self.rpn >> 32).low_u32());
        [m1, m2, m3, m7]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (register word, field, expected value): decoded by hand from docs/booke-mmu.md §1.3's masks.
    #[rustfmt::skip]
    const GET: &[(u32, Field, u32)] = &[
        (0x1003_0002, mas0::TLBSEL, 1),
        (0x1003_0002, mas0::ESEL, 3),
        (0x1003_0002, mas0::NV, 2),
        (0x2000_0000, mas0::TLBSEL, 0),     // b64 34 is not implemented on the e500
        (0xC007_1A00, mas1::V, 1),
        (0xC007_1A00, mas1::IPROT, 1),
        (0xC007_1A00, mas1::TID, 7),
        (0xC007_1A00, mas1::TS, 1),
        (0xC007_1A00, mas1::TSIZE, 0xA),
        (0x3F00_0000, mas1::TID, 0),        // TID b64 34:39 are not implemented
        (0x1234_5FFF, mas2::EPN, 0x12345),
        (0x1234_5FFF, mas2::ATTRS, 0x7F),
        (0x1234_5FFF, mas2::WIMGE, 0x1F),
        (0xFE00_03FF, mas3::RPN, 0xFE000),
        (0xFE00_03FF, mas3::U0_3, 0xF),
        (0xFE00_03FF, mas3::PERMS, 0x3F),
        (0x1003_0B7F, mas4::TLBSELD, 1),
        (0x1003_0B7F, mas4::TIDSELD, 3),
        (0x1003_0B7F, mas4::TSIZED, 0xB),
        (0x1003_0B7F, mas4::ATTRSD, 0x7F),
        (0x1003_0B7F, mas4::WIMGED, 0x1F),
        (0x00FF_0001, mas6::SPID, 0xFF),
        (0x00FF_0001, mas6::SAS, 1),
        (0xFFFF_FFFF, mas7::RPN_HI, 0xF),
    ];

    #[test]
    fn field_get() {
        for &(word, field, want) in GET {
            assert_eq!(field.get(word), want, "{field:?} of {word:#010x}");
        }
    }

    #[test]
    fn field_insert_keeps_other_bits_and_drops_excess() {
        assert_eq!(mas0::ESEL.insert(0xFFFF_FFFF, 0), 0xF000_FFFF);
        assert_eq!(mas0::ESEL.insert(0, 0xFFFF), 0x0FFF_0000);
        assert_eq!(mas1::TSIZE.insert(0x8000_0000, 5), 0x8000_0500);
        assert_eq!(mas1::V.with(0x0000_0100, true), 0x8000_0100);
        assert_eq!(mas1::V.with(0xFFFF_FFFF, false), 0x7FFF_FFFF);
    }

    #[test]
    fn implemented_masks() {
        // V|IPROT = 0xC0000000, TID 0x00FF0000, TS 0x1000, TSIZE 0x0F00.
        assert_eq!(mas1::IMPLEMENTED, 0xC0FF_1F00);
        assert_eq!(mas2::IMPLEMENTED, 0xFFFF_F07F);
        assert_eq!(mas3::IMPLEMENTED, 0xFFFF_F3FF);
        assert_eq!(mas7::IMPLEMENTED, 0xF);
    }

    #[test]
    fn accessors_and_setters() {
        let mut m = Mas::default();
        m.set_tlbsel(1);
        m.set_esel(5);
        m.set_nv(3);
        assert_eq!(m.mas0, 0x1005_0003);
        m.set_v(true);
        m.set_tid(0x42);
        m.set_ts(true);
        m.set_tsize(9);
        assert_eq!(m.mas1, 0x8042_1900);
        assert_eq!((m.v(), m.iprot(), m.tid(), m.ts(), m.tsize()), (true, false, 0x42, true, 9));
        m.set_epn(Ea::new(0xC000_1234));
        m.set_mas2_attrs(0x0A);
        assert_eq!(m.mas2, 0xC000_100A);
        assert_eq!(m.epn(), Ea::new(0xC000_1000));
        m.set_rpn(0xF_FE00_0123);
        m.set_perm_bits(0x15);
        assert_eq!((m.mas3, m.mas7, m.rpn()), (0xFE00_0015, 0xF, 0xF_FE00_0000));
        m.mas4 = 0x0000_0104;
        assert_eq!((m.tlbseld(), m.tidseld(), m.tsized(), m.attrsd()), (0, TidSel::Pid0, 1, 4));
        m.set_tidseld(TidSel::Zero);
        assert_eq!(m.mas4, 0x0003_0104);
        m.set_spid(7);
        m.set_sas(true);
        assert_eq!((m.mas6, m.spid(), m.sas()), (0x0007_0001, 7, true));
    }

    #[test]
    fn tidsel_round_trip() {
        for sel in [TidSel::Pid0, TidSel::Pid1, TidSel::Pid2, TidSel::Zero] {
            assert_eq!(TidSel::from_bits(sel.bits()), sel);
        }
    }

    #[test]
    fn spr_access() {
        let mut m = Mas::default();
        for (n, spr) in [624u16, 625, 626, 627, 628, 630, 944].into_iter().enumerate() {
            assert!(m.set_spr(spr, n as u32 + 1));
        }
        assert_eq!((m.mas0, m.mas1, m.mas2, m.mas3, m.mas4, m.mas6, m.mas7), (1, 2, 3, 4, 5, 6, 7));
        assert_eq!(m.spr(944), Some(7));
        assert_eq!(m.spr(629), None); // no MAS5 on the e500
        assert!(!m.set_spr(629, 1));
    }

    #[test]
    fn entry_fields_place_each_field() {
        // docs/booke-mmu.md §1.3: V b32 0, IPROT 1, TID 8:15, TS 19, TSIZE 20:23; EPN, attrs
        // b32 25:31; RPN, U0-U3 b32 22:25, perms 26:31; MAS7 the RPN's bits above 32.
        let f = EntryFields {
            iprot: true,
            tid: 0x1AB,
            ts: true,
            tsize: 0x1B,
            epn: Ea::new(0xC000_1234),
            attrs: 0xFF,
            rpn: 0xF_E000_3456,
            user_perms: 0xFFFF,
        };
        assert_eq!(f.words(), [0xC0AB_1B00, 0xC000_107F, 0xE000_33FF, 0xF]);
        let plain = EntryFields { epn: Ea::new(0x1000), rpn: 0x2000, user_perms: 0x15, ..Default::default() };
        assert_eq!(plain.words(), [0x8000_0000, 0x1000, 0x2015, 0]);
    }
}
