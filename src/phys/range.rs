//! [`MemRange`]: a non-empty range of one physical address space.
//!
//! A range is `base .. base + size` with `base + size <= 2^36`, so its exclusive end may be the
//! first address past the space and is therefore kept as a raw `u64` ([`MemRange::end`]), never as
//! an address value.

use std::fmt;

use crate::addr::{Hpa, PHYS_MASK, PhysAddr};

/// One past the last physical address (2^36).
pub const PHYS_END: u64 = PHYS_MASK + 1;

/// A non-empty range of a physical address space (`Hpa` unless named otherwise).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MemRange<A: PhysAddr = Hpa> {
    base: A,
    size: u64,
}

impl<A: PhysAddr> MemRange<A> {
    /// `base .. base + size`, or `None` if `size` is 0 or the range runs past 2^36.
    pub fn new(base: A, size: u64) -> Option<Self> {
        let end = base.raw().checked_add(size)?;
        (size > 0 && end <= PHYS_END).then_some(Self { base, size })
    }

    /// The first address.
    pub fn base(&self) -> A {
        self.base
    }

    /// The length in bytes (never 0).
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The raw exclusive end, `base + size` (at most 2^36).
    pub fn end(&self) -> u64 {
        self.base.raw() + self.size
    }

    /// Whether `addr` lies inside.
    pub fn contains(&self, addr: A) -> bool {
        addr.raw() >= self.base.raw() && addr.raw() < self.end()
    }

    /// Whether all of `addr .. addr + len` lies inside (`len` 0: whether `addr` does).
    pub fn contains_span(&self, addr: A, len: u64) -> bool {
        match addr.raw().checked_add(len) {
            Some(end) => self.contains(addr) && end <= self.end(),
            None => false,
        }
    }

    /// The offset of `addr` from `base`, if `addr` lies inside.
    pub fn offset_of(&self, addr: A) -> Option<u64> {
        self.contains(addr).then(|| addr.raw() - self.base.raw())
    }

    /// Whether the two ranges share at least one address.
    pub fn overlaps(&self, other: &Self) -> bool {
        self.base.raw() < other.end() && other.base.raw() < self.end()
    }
}

impl<A: PhysAddr + fmt::Display> fmt::Display for MemRange<A> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} + {:#x}", self.base, self.size)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::Gpa;

    #[test]
    fn new_rejects_empty_and_past_the_space() {
        #[rustfmt::skip]
        let table: &[(u64, u64, bool)] = &[
            (0, 0x1000, true),
            (0, 0, false),                          // empty
            (0, PHYS_END, true),                    // the whole 64 GiB space
            (0, PHYS_END + 1, false),               // one byte too many
            (0xF_FFFF_F000, 0x1000, true),          // ends exactly at 2^36
            (0xF_FFFF_F000, 0x1001, false),
            (0xF_FFFF_FFFF, u64::MAX, false),       // u64 overflow
        ];
        for &(base, size, ok) in table {
            assert_eq!(MemRange::new(Hpa::new(base), size).is_some(), ok, "{base:#x} + {size:#x}");
        }
    }

    #[test]
    fn containment_and_overlap() {
        let r = MemRange::new(Gpa::new(0x1000), 0x2000).expect("valid range");
        assert_eq!(r.end(), 0x3000);
        assert!(r.contains(Gpa::new(0x1000)) && r.contains(Gpa::new(0x2FFF)));
        assert!(!r.contains(Gpa::new(0xFFF)) && !r.contains(Gpa::new(0x3000)));
        assert!(r.contains_span(Gpa::new(0x2FFC), 4));
        assert!(!r.contains_span(Gpa::new(0x2FFD), 4));
        assert_eq!(r.offset_of(Gpa::new(0x1234)), Some(0x234));
        assert_eq!(r.offset_of(Gpa::new(0x3000)), None);
        #[rustfmt::skip]
        let table: &[(u64, u64, bool)] = &[
            (0x0000, 0x1000, false), // ends where r starts
            (0x0000, 0x1001, true),
            (0x2FFF, 0x1, true),
            (0x3000, 0x1000, false), // starts where r ends
            (0x0000, 0x10000, true), // covers r
        ];
        for &(base, size, overlap) in table {
            let o = MemRange::new(Gpa::new(base), size).expect("valid range");
            assert_eq!((r.overlaps(&o), o.overlaps(&r)), (overlap, overlap), "{o}");
        }
        assert_eq!(r.to_string(), "GPA:0x000001000 + 0x2000");
    }
}
