//! Typed address spaces.
//!
//! Three address spaces meet in tlbvisor and mixing them up is the classic shadow-TLB bug, so each
//! has its own newtype and none of them has arithmetic operators (the rust-vmm `GuestAddress`
//! discipline): offsets are added with explicit, named methods.
//!
//! * [`Ea`]: an effective address, what a program computes (32 bits on the e500).
//! * [`Gpa`]: a guest-physical address, what the guest's (virtual) TLB translates to.
//! * [`Hpa`]: a host-physical address, what the core's TLB translates to and what memory is
//!   indexed by. On the bare machine the core's physical space *is* the machine's.
//!
//! The only way from a [`Gpa`] to an [`Hpa`] is the hypervisor's guest memory map.

use std::fmt;

/// Mask of a 36-bit physical address (e500v2/e500mc real addresses, E500RM 12.1).
pub const PHYS_MASK: u64 = 0xF_FFFF_FFFF;

/// An effective address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Ea(u32);

impl Ea {
    /// The effective address `v`.
    pub const fn new(v: u32) -> Self {
        Ea(v)
    }
    /// The raw value.
    pub const fn raw(self) -> u32 {
        self.0
    }
    /// `self + off`, wrapping at 2^32 as the 32-bit EA computation does.
    #[must_use]
    pub const fn wrapping_add(self, off: u32) -> Ea {
        Ea(self.0.wrapping_add(off))
    }
    /// The page-aligned part for a power-of-two `size`.
    #[must_use]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "ANDing a zero-extended u32 leaves a value that fits in 32 bits"
    )]
    pub const fn align_down(self, size: u64) -> Ea {
        Ea((self.0 as u64 & !(size - 1)) as u32)
    }
    /// The offset within a power-of-two `size` page.
    pub const fn page_offset(self, size: u64) -> u64 {
        self.0 as u64 & (size - 1)
    }
}

/// Behaviour shared by the two physical address types.
pub trait PhysAddr: Copy + Eq + Ord + fmt::Debug + fmt::LowerHex + Send + Sync + 'static {
    /// Builds the address from a raw value (masked to 36 bits).
    fn from_raw(v: u64) -> Self;
    /// The raw value.
    fn raw(self) -> u64;
    /// A short name of the space for reports (`"GPA"`, `"HPA"`).
    const SPACE: &'static str;
}

macro_rules! phys_addr {
    ($(#[$m:meta])* $name:ident, $space:literal) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
        pub struct $name(u64);

        impl $name {
            /// Builds the address from a raw value (masked to 36 bits).
            pub const fn new(v: u64) -> Self {
                Self(v & PHYS_MASK)
            }
            /// The raw value.
            pub const fn raw(self) -> u64 {
                self.0
            }
            /// `self + off`, or `None` past the 36-bit space.
            pub const fn checked_add(self, off: u64) -> Option<Self> {
                match self.0.checked_add(off) {
                    Some(v) if v <= PHYS_MASK => Some(Self(v)),
                    _ => None,
                }
            }
            /// `self - base`, or `None` if `base` is above `self`.
            pub const fn offset_from(self, base: Self) -> Option<u64> {
                self.0.checked_sub(base.0)
            }
            /// The `size`-aligned address at or below `self` (`size` a power of two).
            #[must_use]
            pub const fn align_down(self, size: u64) -> Self {
                Self(self.0 & !(size - 1))
            }
            /// The address `off` bytes into the 4 KiB page `self` starts (`self` page aligned,
            /// `off` below 4096).
            #[must_use]
            pub const fn in_page(self, off: u32) -> Self {
                Self(self.0 | (off & 0xFFF) as u64)
            }
            /// `self + off`, wrapping at the end of the 36-bit space (as the bus sees addresses).
            #[must_use]
            pub const fn wrapping_add(self, off: u64) -> Self {
                Self::new(self.0.wrapping_add(off))
            }
            /// The number of the 4 KiB frame that holds `self`.
            pub const fn frame(self) -> u64 {
                self.0 >> 12
            }
            /// Whether `self` is a multiple of `size` (a power of two).
            pub const fn is_aligned(self, size: u64) -> bool {
                self.0 & (size - 1) == 0
            }
        }

        impl PhysAddr for $name {
            fn from_raw(v: u64) -> Self {
                Self::new(v)
            }
            fn raw(self) -> u64 {
                self.0
            }
            const SPACE: &'static str = $space;
        }

        impl fmt::LowerHex for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::LowerHex::fmt(&self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}:{:#011x}", $space, self.0)
            }
        }
    };
}

phys_addr!(
    /// A guest-physical address: what the guest's TLB entries name as their real page.
    Gpa,
    "GPA"
);
phys_addr!(
    /// A host-physical address: what the core's TLB yields and memory is indexed by.
    Hpa,
    "HPA"
);

impl fmt::LowerHex for Ea {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::LowerHex::fmt(&self.0, f)
    }
}

impl fmt::Display for Ea {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "EA:{:#010x}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phys_is_36_bits() {
        assert_eq!(Hpa::new(0xFF_FFFF_FFFF).raw(), 0xF_FFFF_FFFF);
        assert_eq!(Gpa::new(0xF_FFFF_F000).checked_add(0x1000), None);
        assert_eq!(Gpa::new(0x1000).checked_add(0x234), Some(Gpa::new(0x1234)));
    }

    #[test]
    fn ea_helpers() {
        assert_eq!(Ea::new(0x1234).align_down(0x1000), Ea::new(0x1000));
        assert_eq!(Ea::new(0x1234).page_offset(0x1000), 0x234);
        assert_eq!(Ea::new(0xFFFF_FFFF).wrapping_add(1), Ea::new(0));
    }
}
