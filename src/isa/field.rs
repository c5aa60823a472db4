//! Instruction fields: the one place where a bit range of an instruction word is named,
//! extracted and placed. Bit ranges use the manuals' MSB-0 numbering (bit 0 is 0x8000_0000).

/// A named field of a 32-bit instruction word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Primary opcode, bits 0:5.
    Opcd,
    /// RT / RS / BO / BF+L / TO / T, bits 6:10.
    Rt,
    /// RA / BI / BFA, bits 11:15.
    Ra,
    /// RB / SH (X-form), bits 16:20.
    Rb,
    /// The register-or-crbit field at bits 21:25 (isel BC, rlw* MB).
    Mb,
    /// Bits 26:30 (rlw* ME).
    Me,
    /// The record bit, bit 31.
    Rc,
    /// The overflow-enable bit of XO-forms, bit 21.
    Oe,
    /// 16-bit D / SI / UI, bits 16:31.
    D,
    /// Condition register field, bits 6:8 (BF).
    Bf,
    /// The L bit of compares, bit 10.
    L,
    /// Source CR field, bits 11:13 (BFA).
    Bfa,
    /// Branch displacement, bits 16:29 (BD, in words).
    Bd,
    /// Branch displacement, bits 6:29 (LI, in words).
    Li,
    /// Absolute-address bit, bit 30.
    Aa,
    /// Link bit, bit 31.
    Lk,
    /// The split SPR/TBR number, bits 11:20 with the halves swapped.
    Spr,
    /// mtcrf field mask, bits 12:19.
    Fxm,
    /// wrteei E bit, bit 16.
    E,
    /// sc LEV, bits 20:26.
    Lev,
    /// Extended opcode of X/XL/XFX-forms, bits 21:30.
    Xo,
    /// Extended opcode of XO-forms, bits 22:30.
    Xo9,
    /// Extended opcode of A-forms (isel), bits 26:30.
    Xo5,
    /// tlbilx T, bits 9:10.
    T,
}

impl Field {
    /// `(first bit, length)` in MSB-0 numbering.
    pub const fn bits(self) -> (u32, u32) {
        match self {
            Field::Opcd => (0, 6),
            Field::Rt => (6, 5),
            Field::Ra => (11, 5),
            Field::Rb => (16, 5),
            Field::Mb => (21, 5),
            Field::Me => (26, 5),
            Field::Rc | Field::Lk => (31, 1),
            Field::Oe => (21, 1),
            Field::D => (16, 16),
            Field::Bf => (6, 3),
            Field::L => (10, 1),
            Field::Bfa => (11, 3),
            Field::Bd => (16, 14),
            Field::Li => (6, 24),
            Field::Aa => (30, 1),
            Field::Spr => (11, 10),
            Field::Fxm => (12, 8),
            Field::E => (16, 1),
            Field::Lev => (20, 7),
            Field::Xo => (21, 10),
            Field::Xo9 => (22, 9),
            Field::Xo5 => (26, 5),
            Field::T => (9, 2),
        }
    }

    /// The field's value range as an unsigned number of bits.
    pub const fn width(self) -> u32 {
        self.bits().1
    }

    const fn shift(self) -> u32 {
        let (start, len) = self.bits();
        32 - start - len
    }

    /// The mask of the field's bits in the word.
    #[allow(
        clippy::cast_possible_truncation,
        reason = "a field is at most 32 bits long, so its mask fits in a word"
    )]
    pub const fn mask(self) -> u32 {
        let (_, len) = self.bits();
        (((1u64 << len) - 1) as u32) << self.shift()
    }

    /// Extracts the field (unsigned; the SPR halves swapped back into the number).
    #[inline]
    pub const fn get(self, word: u32) -> u32 {
        let raw = (word & self.mask()) >> self.shift();
        match self {
            Field::Spr => ((raw & 0x1F) << 5) | (raw >> 5),
            _ => raw,
        }
    }

    /// Extracts the field as a sign-extended number.
    #[inline]
    pub const fn get_signed(self, word: u32) -> i32 {
        let len = self.width();
        (self.get(word) << (32 - len)).cast_signed() >> (32 - len)
    }

    /// Places `value` (already in range; extra high bits are dropped) into the field.
    #[inline]
    pub const fn put(self, value: u32) -> u32 {
        let raw = match self {
            Field::Spr => ((value & 0x1F) << 5) | ((value >> 5) & 0x1F),
            _ => value,
        };
        (raw << self.shift()) & self.mask()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spr_split_matches_manual_examples() {
        // docs/booke-mmu.md 6: `mtspr MAS0,r3` = 0x7C709BA6, `mfspr r3,DEAR` = 0x7C7D0AA6.
        assert_eq!(Field::Spr.get(0x7C70_9BA6), 624);
        assert_eq!(Field::Spr.get(0x7C7D_0AA6), 61);
        assert_eq!(0x7C00_03A6 | Field::Rt.put(3) | Field::Spr.put(624), 0x7C70_9BA6);
    }

    #[test]
    fn signed_fields() {
        assert_eq!(Field::D.get_signed(0x3860_FFFF), -1);
        assert_eq!(Field::Li.get_signed(0x4BFF_FF98) << 2, -0x68);
        assert_eq!(Field::Bd.get_signed(0x4182_FF8C) << 2, -0x74);
    }

    #[test]
    fn masks() {
        assert_eq!(Field::Opcd.mask(), 0xFC00_0000);
        assert_eq!(Field::Xo.mask(), 0x0000_07FE);
        assert_eq!(Field::Xo9.mask(), 0x0000_07FE & !0x400);
        assert_eq!(Field::Bd.mask(), 0x0000_FFFC);
        assert_eq!(Field::Li.mask(), 0x03FF_FFFC);
        assert_eq!(Field::T.mask(), 0x0060_0000);
    }
}
