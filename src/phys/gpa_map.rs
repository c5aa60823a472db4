//! [`GpaMap`]: the hypervisor's guest-physical memory map, and **the only place a [`Gpa`] becomes
//! an [`Hpa`]** ([`GpaMap::translate`]).
//!
//! A map is an ordered list of disjoint guest-physical regions, each backed either by host RAM at
//! some HPA (a linear piece: `hpa = backing + (gpa - base)`) or by a device of the host
//! [`Bus`](crate::phys::Bus), named by [`DeviceId`], that the hypervisor emulates on a trap. RAM
//! regions are 4 KiB aligned in both spaces, never alias each other's host memory, and are merged
//! with a neighbour that continues them in both spaces, so every answer is exact.
//!
//! [`GpaMap::translate`] also reports how large a shadow page may be: the largest power-of-two
//! `s` (4 KiB ..= 4 GiB) whose `s`-aligned guest block around the address is backed, all of it,
//! by one `s`-aligned host block. For a region at `gpa_base` backed at `hpa_base` that is the
//! largest `s` with `gpa_base ≡ hpa_base (mod s)` whose block lies inside the region.
//!
//! # Layouts
//! * [`GpaMap::contiguous`]: guest RAM `0 .. ram_size` backed by one host range.
//! * [`GpaMap::fragmented`]: guest RAM cut into `n = ram_size / f` fragments of `f` bytes and
//!   scattered above 4 GiB. The host window is `3n` slots of `f` bytes from HPA 4 GiB; guest
//!   fragment `i` (GPA `i·f`) lives in slot `3·π(i) + 1`, with `π` a permutation of `0..n` drawn
//!   by a Fisher–Yates shuffle driven by splitmix64 seeded with `host_layout_seed`. So the layout
//!   is the same on every run for a seed, every fragment is aligned to `f`, and used slots are at
//!   least 3 apart: no two fragments touch in host memory, no block larger than `f` is ever
//!   contiguous, and `translate` answers exactly `f` (and a contiguous length ending at the
//!   fragment's end) for every guest RAM address.

use crate::narrow::ToUsize;
use std::collections::BTreeMap;
use std::fmt;

use crate::addr::{Gpa, Hpa};
use crate::phys::bus::DeviceId;
use crate::phys::range::{MemRange, PHYS_END};

/// Smallest block [`GpaMap::translate`] reports (the smallest e500 page).
pub const MIN_BLOCK: u64 = 4 << 10;
/// Largest block [`GpaMap::translate`] reports (the largest e500v2 page).
pub const MAX_BLOCK: u64 = 4 << 30;
/// Where [`GpaMap::fragmented`] puts its host window.
pub const FRAGMENT_WINDOW: Hpa = Hpa::new(4 << 30);
/// Most fragments [`GpaMap::fragmented`] builds (4 GiB of 4 KiB fragments).
pub const MAX_FRAGMENTS: u64 = 1 << 20;

/// What backs a guest-physical region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backing {
    /// Host RAM starting at `hpa`.
    Ram {
        /// The host address of the region's first byte.
        hpa: Hpa,
    },
    /// A device the hypervisor emulates.
    Mmio(DeviceId),
}

/// One region of the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GpaRegion {
    /// The guest-physical addresses.
    pub range: MemRange<Gpa>,
    /// What backs them (the HPA is for reports; use [`GpaMap::translate`] to translate).
    pub backing: Backing,
}

impl fmt::Display for GpaRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.backing {
            Backing::Ram { hpa } => write!(f, "{} -> {hpa}", self.range),
            Backing::Mmio(id) => write!(f, "{} -> device {}", self.range, id.0),
        }
    }
}

/// Where a guest RAM address lives in host memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RamTranslation {
    /// The host address.
    pub hpa: Hpa,
    /// Bytes from here to the end of the linearly backed region.
    pub contiguous: u64,
    /// The largest power-of-two `s` (4 KiB ..= 4 GiB) whose `s`-aligned guest block around the
    /// address is backed by one `s`-aligned host block.
    pub block: u64,
}

/// Why the map could not be built or extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GpaMapError {
    /// An empty region.
    #[error("guest region at {gpa} is empty")]
    Empty {
        /// Its base.
        gpa: Gpa,
    },
    /// A RAM region whose GPA, HPA or size is not a multiple of 4 KiB.
    #[error("guest RAM {gpa} + {size:#x} at {hpa} is not 4 KiB aligned")]
    Misaligned {
        /// Its guest base.
        gpa: Gpa,
        /// Its size.
        size: u64,
        /// Its host base.
        hpa: Hpa,
    },
    /// A region past the 36-bit space.
    #[error("guest region {gpa} + {size:#x} runs past the 36-bit space")]
    OutOfSpace {
        /// Its base.
        gpa: Gpa,
        /// Its size.
        size: u64,
    },
    /// A region's host backing past the 36-bit space.
    #[error("host backing {hpa} + {size:#x} runs past the 36-bit space")]
    HostOutOfSpace {
        /// The host base.
        hpa: Hpa,
        /// The size.
        size: u64,
    },
    /// A region overlapping another in guest-physical space.
    #[error("guest region {range} overlaps {existing}")]
    Overlap {
        /// The region asked for.
        range: MemRange<Gpa>,
        /// The region it overlaps.
        existing: MemRange<Gpa>,
    },
    /// RAM whose host backing overlaps another region's.
    #[error("host backing {range} overlaps {existing}")]
    HostOverlap {
        /// The backing asked for.
        range: MemRange<Hpa>,
        /// The backing it overlaps.
        existing: MemRange<Hpa>,
    },
    /// A fragment size that is not a power of two in 4 KiB ..= 4 GiB, or a RAM size that is not
    /// a non-zero multiple of it.
    #[error("cannot cut {ram_size:#x} bytes of guest RAM into fragments of {fragment_size:#x}")]
    BadFragment {
        /// The RAM size asked for.
        ram_size: u64,
        /// The fragment size asked for.
        fragment_size: u64,
    },
    /// More than [`MAX_FRAGMENTS`] fragments.
    #[error("{count} fragments is more than the {MAX_FRAGMENTS} supported")]
    TooManyFragments {
        /// How many were asked for.
        count: u64,
    },
}

/// The guest-physical memory map: see the module documentation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GpaMap {
    /// Sorted by guest base, disjoint.
    regions: Vec<GpaRegion>,
    /// Host ranges backing RAM regions: base -> size.
    host: BTreeMap<u64, u64>,
}

impl GpaMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Guest RAM `0 .. ram_size` backed by host RAM `backing_hpa ..`.
    pub fn contiguous(ram_size: u64, backing_hpa: Hpa) -> Result<Self, GpaMapError> {
        let mut map = Self::new();
        map.add_ram(Gpa::new(0), ram_size, backing_hpa)?;
        Ok(map)
    }

    /// Guest RAM `0 .. ram_size` in fragments of `fragment_size` scattered above 4 GiB by
    /// `host_layout_seed` (the scheme is in the module documentation). `fragment_size` is a power
    /// of two in 4 KiB ..= 4 GiB dividing `ram_size`; at most [`MAX_FRAGMENTS`] fragments, and the
    /// `3 · ram_size` host window must fit between 4 and 64 GiB (so `ram_size <= 20 GiB`).
    #[cfg(test)]
    pub fn fragmented(ram_size: u64, fragment_size: u64, host_layout_seed: u64) -> Result<Self, GpaMapError> {
        Self::fragmented_at(ram_size, fragment_size, host_layout_seed, FRAGMENT_WINDOW)
    }

    /// [`GpaMap::fragmented`] with the `3 · ram_size` host window starting at `window` instead
    /// of 4 GiB (a further guest's RAM, after the windows of the guests before it).
    pub fn fragmented_at(
        ram_size: u64,
        fragment_size: u64,
        host_layout_seed: u64,
        window_base: Hpa,
    ) -> Result<Self, GpaMapError> {
        let f = fragment_size;
        let bad = GpaMapError::BadFragment { ram_size, fragment_size };
        if !f.is_power_of_two() || !(MIN_BLOCK..=MAX_BLOCK).contains(&f) {
            return Err(bad);
        }
        if ram_size == 0 || !ram_size.is_multiple_of(f) {
            return Err(bad);
        }
        let n = ram_size / f;
        if n > MAX_FRAGMENTS {
            return Err(GpaMapError::TooManyFragments { count: n });
        }
        // n <= 2^20 and f <= 2^32, so 3n·f fits in u64.
        let window = 3 * n * f;
        if window_base.raw() + window > PHYS_END {
            return Err(GpaMapError::HostOutOfSpace { hpa: window_base, size: window });
        }
        let mut map = Self::new();
        for (i, slot) in permutation(n, host_layout_seed).into_iter().enumerate() {
            let hpa = Hpa::new(window_base.raw() + (3 * slot + 1) * f);
            map.add_ram(Gpa::new(i as u64 * f), f, hpa)?;
        }
        Ok(map)
    }

    /// Backs guest `gpa .. gpa + size` with host RAM `hpa ..` (all 4 KiB aligned).
    pub fn add_ram(&mut self, gpa: Gpa, size: u64, hpa: Hpa) -> Result<(), GpaMapError> {
        if size == 0 {
            return Err(GpaMapError::Empty { gpa });
        }
        if !gpa.is_aligned(MIN_BLOCK) || !hpa.is_aligned(MIN_BLOCK) || !size.is_multiple_of(MIN_BLOCK) {
            return Err(GpaMapError::Misaligned { gpa, size, hpa });
        }
        let range = MemRange::new(gpa, size).ok_or(GpaMapError::OutOfSpace { gpa, size })?;
        let host = MemRange::new(hpa, size).ok_or(GpaMapError::HostOutOfSpace { hpa, size })?;
        let at = self.free_slot(&range)?;
        if let Some((&base, &len)) = self.host.range(..host.end()).next_back()
            && base + len > hpa.raw()
        {
            let existing = MemRange::new(Hpa::new(base), len).unwrap_or(host);
            return Err(GpaMapError::HostOverlap { range: host, existing });
        }
        self.host.insert(hpa.raw(), size);
        self.regions.insert(at, GpaRegion { range, backing: Backing::Ram { hpa } });
        self.merge(at);
        if at > 0 {
            self.merge(at - 1);
        }
        Ok(())
    }

    /// Hands guest `gpa .. gpa + size` to the device `device` (no alignment needed).
    pub fn add_mmio(&mut self, gpa: Gpa, size: u64, device: DeviceId) -> Result<(), GpaMapError> {
        if size == 0 {
            return Err(GpaMapError::Empty { gpa });
        }
        let range = MemRange::new(gpa, size).ok_or(GpaMapError::OutOfSpace { gpa, size })?;
        let at = self.free_slot(&range)?;
        self.regions.insert(at, GpaRegion { range, backing: Backing::Mmio(device) });
        Ok(())
    }

    /// Where `range` would go, if it overlaps no region.
    fn free_slot(&self, range: &MemRange<Gpa>) -> Result<usize, GpaMapError> {
        let at = self.regions.partition_point(|r| r.range.base() < range.base());
        let neighbours = at.checked_sub(1).into_iter().chain([at]);
        for r in neighbours.filter_map(|i| self.regions.get(i)) {
            if r.range.overlaps(range) {
                return Err(GpaMapError::Overlap { range: *range, existing: r.range });
            }
        }
        Ok(at)
    }

    /// Merges regions `i` and `i + 1` if the second continues the first in both spaces.
    fn merge(&mut self, i: usize) -> bool {
        let (Some(a), Some(b)) = (self.regions.get(i), self.regions.get(i + 1)) else {
            return false;
        };
        let (Backing::Ram { hpa: ha }, Backing::Ram { hpa: hb }) = (a.backing, b.backing) else {
            return false;
        };
        let size = a.range.size() + b.range.size();
        if a.range.end() != b.range.base().raw() || ha.raw() + a.range.size() != hb.raw() {
            return false;
        }
        let Some(range) = MemRange::new(a.range.base(), size) else {
            return false;
        };
        self.host.remove(&hb.raw());
        self.host.insert(ha.raw(), size);
        self.regions[i].range = range;
        self.regions.remove(i + 1);
        true
    }

    /// The regions, sorted by guest base.
    pub fn regions(&self) -> &[GpaRegion] {
        &self.regions
    }

    /// Bytes of guest RAM.
    #[cfg(test)]
    pub fn ram_size(&self) -> u64 {
        self.host.values().sum()
    }

    fn region_at(&self, gpa: Gpa) -> Option<(&GpaRegion, u64)> {
        let i = self.regions.partition_point(|r| r.range.base() <= gpa).checked_sub(1)?;
        let r = &self.regions[i];
        Some((r, r.range.offset_of(gpa)?))
    }

    /// **The** guest-physical to host-physical translation: the host RAM backing `gpa`, how far
    /// it stays linear, and the largest aligned block around it backed by one aligned host block
    /// (for choosing a shadow page size). `None` if `gpa` is not guest RAM (MMIO: see
    /// [`GpaMap::mmio`]; unmapped: the guest gets a machine check).
    #[inline]
    pub fn translate(&self, gpa: Gpa) -> Option<RamTranslation> {
        let (r, off) = self.region_at(gpa)?;
        let Backing::Ram { hpa: base } = r.backing else {
            return None;
        };
        let (gb, hb) = (r.range.base().raw(), base.raw());
        let diff = gb ^ hb;
        let mut block = if diff == 0 { MAX_BLOCK } else { MAX_BLOCK.min(1 << diff.trailing_zeros()) };
        // No block larger than the region fits in it: start at the largest power of two that
        // does not exceed its size (a region is at least MIN_BLOCK long).
        block = block.min(1 << r.range.size().ilog2());
        while block > MIN_BLOCK {
            let start = gpa.raw() & !(block - 1);
            if start >= gb && start + block <= r.range.end() {
                break;
            }
            block >>= 1;
        }
        Some(RamTranslation { hpa: Hpa::new(hb + off), contiguous: r.range.size() - off, block })
    }

    /// The device handling `gpa` and the offset into its region, if `gpa` is MMIO.
    pub fn mmio(&self, gpa: Gpa) -> Option<(DeviceId, u64)> {
        match self.region_at(gpa)? {
            (GpaRegion { backing: Backing::Mmio(id), .. }, off) => Some((*id, off)),
            _ => None,
        }
    }
}

/// A permutation of `0..n` by Fisher–Yates over splitmix64 (deterministic for a seed).
fn permutation(n: u64, seed: u64) -> Vec<u64> {
    let mut state = seed;
    let mut next = move || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    let mut p: Vec<u64> = (0..n).collect();
    for i in (1..p.len()).rev() {
        let j = (next() % (i as u64 + 1)).to_usize();
        p.swap(i, j);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    const KIB: u64 = 1 << 10;
    const MIB: u64 = 1 << 20;
    const GIB: u64 = 1 << 30;

    fn g(v: u64) -> Gpa {
        Gpa::new(v)
    }
    fn h(v: u64) -> Hpa {
        Hpa::new(v)
    }
    fn t(hpa: u64, contiguous: u64, block: u64) -> Option<RamTranslation> {
        Some(RamTranslation { hpa: h(hpa), contiguous, block })
    }

    #[test]
    fn contiguous_translation() {
        // (RAM size, backing HPA, GPA, expected)
        #[rustfmt::skip]
        let table: &[(u64, u64, u64, Option<RamTranslation>)] = &[
            // Identity: the whole 128 MiB is one aligned block.
            (128 * MIB, 0, 0x1000, t(0x1000, 128 * MIB - 0x1000, 128 * MIB)),
            (128 * MIB, 0, 0x7FF_F000, t(0x7FF_F000, 0x1000, 128 * MIB)),
            (128 * MIB, 0, 0x7FF_FFFF, t(0x7FF_FFFF, 1, 128 * MIB)),
            (128 * MIB, 0, 0x800_0000, None),
            // 96 MiB: at 64 MiB + 4K the 64 MiB block [64M, 128M) leaves RAM, [64M, 96M) is in.
            (96 * MIB, 0, 0x1000, t(0x1000, 96 * MIB - 0x1000, 64 * MIB)),
            (96 * MIB, 0, 0x400_1000, t(0x400_1000, 32 * MIB - 0x1000, 32 * MIB)),
            // Backing at 4 GiB + X: GPA and HPA agree modulo X only, so blocks stop at X.
            (128 * MIB, 4 * GIB + 4 * KIB, 0x1000, t(0x1_0000_2000, 128 * MIB - 0x1000, 4 * KIB)),
            (128 * MIB, 4 * GIB + 64 * KIB, 0x12345, t(0x1_0002_2345, 0x7FE_DCBB, 64 * KIB)),
            (128 * MIB, 4 * GIB + MIB, 0x1000, t(0x1_0010_1000, 128 * MIB - 0x1000, MIB)),
            (128 * MIB, 4 * GIB + 4 * MIB, 0x50_0000, t(0x1_0090_0000, 0x7B0_0000, 4 * MIB)),
            (128 * MIB, 4 * GIB + 16 * MIB, 0x0, t(0x1_0100_0000, 128 * MIB, 16 * MIB)),
            // 256 MiB alignment is more than the RAM: the answer is the 128 MiB it holds.
            (128 * MIB, 4 * GIB + 256 * MIB, 0x0, t(0x1_1000_0000, 128 * MIB, 128 * MIB)),
            // Aligned to 8 GiB: capped at 4 GiB, and only 128 MiB of RAM.
            (128 * MIB, 8 * GIB, 0x0, t(0x2_0000_0000, 128 * MIB, 128 * MIB)),
            (8 * GIB, 8 * GIB, 5 * GIB, t(0x3_4000_0000, 3 * GIB, 4 * GIB)),
        ];
        for &(size, hpa, gpa, want) in table {
            let map = GpaMap::contiguous(size, h(hpa)).expect("valid map");
            assert_eq!(map.translate(g(gpa)), want, "{size:#x} at {hpa:#x}, GPA {gpa:#x}");
            assert_eq!(map.ram_size(), size);
        }
    }

    #[test]
    fn fragmented_translation() {
        // 128 MiB of RAM. (fragment size, GPA, (contiguous bytes left, block))
        type Want = Option<(u64, u64)>;
        #[rustfmt::skip]
        let table: &[(u64, u64, Want)] = &[
            (4 * MIB, 4 * KIB, Some((4 * MIB - 4 * KIB, 4 * MIB))),
            (4 * MIB, 64 * KIB, Some((4 * MIB - 64 * KIB, 4 * MIB))),
            (4 * MIB, MIB, Some((3 * MIB, 4 * MIB))),
            (4 * MIB, 4 * MIB, Some((4 * MIB, 4 * MIB))),
            (4 * MIB, 16 * MIB, Some((4 * MIB, 4 * MIB))),
            (4 * MIB, 256 * MIB, None),
            (64 * KIB, 4 * KIB, Some((60 * KIB, 64 * KIB))),
            (64 * KIB, 64 * KIB, Some((64 * KIB, 64 * KIB))),
            (64 * KIB, MIB, Some((64 * KIB, 64 * KIB))),
            (64 * KIB, 4 * MIB, Some((64 * KIB, 64 * KIB))),
            (64 * KIB, 16 * MIB + 0x123, Some((64 * KIB - 0x123, 64 * KIB))),
            (64 * KIB, 256 * MIB, None),
        ];
        for &(f, gpa, want) in table {
            let map = GpaMap::fragmented(128 * MIB, f, 42).expect("valid map");
            let got = map.translate(g(gpa));
            assert_eq!(got.map(|t| (t.contiguous, t.block)), want, "f {f:#x}, GPA {gpa:#x}");
            if let Some(t) = got {
                // Same offset inside the fragment, inside the host window.
                assert_eq!(t.hpa.raw() % f, gpa % f);
                assert!(t.hpa.raw() >= 4 * GIB && t.hpa.raw() < 4 * GIB + 3 * 128 * MIB);
            }
        }
    }

    #[test]
    fn fragments_are_aligned_disjoint_apart_and_above_4gib() {
        for &(f, n) in &[(4 * MIB, 32u64), (64 * KIB, 2048), (4 * KIB, 32768)] {
            let map = GpaMap::fragmented(128 * MIB, f, 7).expect("valid map");
            assert_eq!(map.regions().len() as u64, n, "f {f:#x}");
            assert_eq!(map.ram_size(), 128 * MIB);
            let mut slots = Vec::new();
            for (i, r) in map.regions().iter().enumerate() {
                assert_eq!((r.range.base().raw(), r.range.size()), (i as u64 * f, f));
                let Backing::Ram { hpa } = r.backing else { panic!("RAM expected: {r}") };
                let rel = hpa.raw() - 4 * GIB; // panics (test failure) if below 4 GiB
                assert_eq!(rel % f, 0, "aligned");
                assert_eq!((rel / f) % 3, 1, "slot 3k + 1");
                slots.push((rel / f) / 3);
            }
            // The slots are a permutation of 0..n: disjoint, and at least 3 fragments apart.
            slots.sort_unstable();
            assert_eq!(slots, (0..n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn fragmented_layout_is_deterministic() {
        let a = GpaMap::fragmented(128 * MIB, 64 * KIB, 0x1234).unwrap();
        let b = GpaMap::fragmented(128 * MIB, 64 * KIB, 0x1234).unwrap();
        let c = GpaMap::fragmented(128 * MIB, 64 * KIB, 0x1235).unwrap();
        assert_eq!(a, b);
        assert_ne!(a, c);
        // Not the identity either: some fragment moved from slot i.
        let moved = a
            .regions()
            .iter()
            .enumerate()
            .any(|(i, r)| r.backing != Backing::Ram { hpa: h(4 * GIB + (3 * i as u64 + 1) * 64 * KIB) });
        assert!(moved);
    }

    #[test]
    fn fragmented_rejects_bad_sizes() {
        use GpaMapError::*;
        let bad = |ram_size, fragment_size| BadFragment { ram_size, fragment_size };
        #[rustfmt::skip]
        let table: &[(u64, u64, GpaMapError)] = &[
            (128 * MIB, 0, bad(128 * MIB, 0)),
            (128 * MIB, 2 * KIB, bad(128 * MIB, 2 * KIB)),           // below 4 KiB
            (128 * MIB, 12 * KIB, bad(128 * MIB, 12 * KIB)),         // not a power of two
            (16 * GIB, 8 * GIB, bad(16 * GIB, 8 * GIB)),             // above 4 GiB
            (0, 64 * KIB, bad(0, 64 * KIB)),                         // no RAM
            (100 * KIB, 64 * KIB, bad(100 * KIB, 64 * KIB)),         // not a multiple
            (8 * GIB, 4 * KIB, TooManyFragments { count: 2 * MIB }),
            // 24 GiB in 4 GiB fragments: a 72 GiB window does not fit above 4 GiB.
            (24 * GIB, 4 * GIB, HostOutOfSpace { hpa: h(4 * GIB), size: 72 * GIB }),
        ];
        for &(ram, f, want) in table {
            assert_eq!(GpaMap::fragmented(ram, f, 1), Err(want), "{ram:#x} / {f:#x}");
        }
        // The largest that fits: 20 GiB in 4 GiB fragments fills 4 .. 64 GiB.
        let map = GpaMap::fragmented(20 * GIB, 4 * GIB, 1).unwrap();
        assert_eq!(map.translate(g(0x1000)).map(|t| t.block), Some(4 * GIB));
    }

    #[test]
    fn add_ram_checks_and_merges() {
        use GpaMapError::*;
        let mut map = GpaMap::new();
        map.add_ram(g(0), 64 * KIB, h(MIB)).unwrap();
        map.add_ram(g(128 * KIB), 64 * KIB, h(MIB + 128 * KIB)).unwrap();
        assert_eq!(map.regions().len(), 2);
        // The middle piece continues both neighbours in both spaces: one region.
        map.add_ram(g(64 * KIB), 64 * KIB, h(MIB + 64 * KIB)).unwrap();
        assert_eq!(map.regions().len(), 1);
        // 0 and 1 MiB agree modulo 1 MiB; the region is 192 KiB, so the best block is 128 KiB.
        assert_eq!(map.translate(g(0x1000)), t(MIB + 0x1000, 192 * KIB - 0x1000, 128 * KIB));
        assert_eq!(map.translate(g(128 * KIB)), t(MIB + 128 * KIB, 64 * KIB, 64 * KIB));
        // Continuing in GPA but not in HPA: a separate region.
        map.add_ram(g(192 * KIB), 64 * KIB, h(8 * MIB)).unwrap();
        assert_eq!(map.regions().len(), 2);
        assert_eq!(map.translate(g(191 * KIB)).map(|t| t.contiguous), Some(KIB));
        let gr = |b, s| MemRange::new(g(b), s).unwrap();
        let hr = |b, s| MemRange::new(h(b), s).unwrap();
        #[rustfmt::skip]
        let table: &[(u64, u64, u64, GpaMapError)] = &[
            (MIB, 0, 0, Empty { gpa: g(MIB) }),
            (MIB + 1, 4 * KIB, 0, Misaligned { gpa: g(MIB + 1), size: 4 * KIB, hpa: h(0) }),
            (MIB, 4 * KIB, 0x800, Misaligned { gpa: g(MIB), size: 4 * KIB, hpa: h(0x800) }),
            (MIB, 6 * KIB, 0, Misaligned { gpa: g(MIB), size: 6 * KIB, hpa: h(0) }),
            (0xF_FFFF_F000, 8 * KIB, 0, OutOfSpace { gpa: g(0xF_FFFF_F000), size: 8 * KIB }),
            (MIB, 8 * KIB, 0xF_FFFF_F000,
                HostOutOfSpace { hpa: h(0xF_FFFF_F000), size: 8 * KIB }),
            (252 * KIB, 8 * KIB, 0, Overlap { range: gr(252 * KIB, 8 * KIB),
                                              existing: gr(192 * KIB, 64 * KIB) }),
            (MIB, 4 * KIB, MIB + 188 * KIB, HostOverlap { range: hr(MIB + 188 * KIB, 4 * KIB),
                                                          existing: hr(MIB, 192 * KIB) }),
            (MIB, 2 * MIB, 7 * MIB, HostOverlap { range: hr(7 * MIB, 2 * MIB),
                                                  existing: hr(8 * MIB, 64 * KIB) }),
        ];
        for &(gpa, size, hpa, want) in table {
            assert_eq!(map.add_ram(g(gpa), size, h(hpa)), Err(want), "{gpa:#x}");
        }
        assert_eq!(map.regions().len(), 2);
    }

    #[test]
    fn mmio_regions() {
        let mut map = GpaMap::contiguous(128 * MIB, h(0)).unwrap();
        map.add_mmio(g(0xF_E000_4500), 8, DeviceId(0)).unwrap();
        map.add_mmio(g(0xF_E00F_F000), 0x1000, DeviceId(2)).unwrap();
        #[rustfmt::skip]
        let table: &[(u64, Option<(DeviceId, u64)>)] = &[
            (0xF_E000_4500, Some((DeviceId(0), 0))),
            (0xF_E000_4507, Some((DeviceId(0), 7))),
            (0xF_E000_4508, None),
            (0xF_E00F_F008, Some((DeviceId(2), 8))),
            (0x1000, None), // RAM
        ];
        for &(gpa, want) in table {
            assert_eq!(map.mmio(g(gpa)), want, "{gpa:#x}");
            if want.is_some() {
                assert_eq!(map.translate(g(gpa)), None, "MMIO is not RAM");
            }
        }
        assert_eq!(
            map.add_mmio(g(0x7FF_FFFC), 8, DeviceId(1)),
            Err(GpaMapError::Overlap {
                range: MemRange::new(g(0x7FF_FFFC), 8).unwrap(),
                existing: MemRange::new(g(0), 128 * MIB).unwrap(),
            })
        );
        let report: Vec<String> = map.regions().iter().map(|r| r.to_string()).collect();
        assert_eq!(
            report,
            [
                "GPA:0x000000000 + 0x8000000 -> HPA:0x000000000",
                "GPA:0xfe0004500 + 0x8 -> device 0",
                "GPA:0xfe00ff000 + 0x1000 -> device 2",
            ]
        );
    }

    #[test]
    fn no_panic_on_any_gpa() {
        let maps = [
            GpaMap::contiguous(128 * MIB, h(0)).unwrap(),
            GpaMap::fragmented(128 * MIB, 64 * KIB, 3).unwrap(),
            GpaMap::new(),
        ];
        let mut x: u64 = 0xD1B5_4A32_D192_ED03;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            for m in &maps {
                let gpa = g(if x & 1 == 0 { x >> 37 } else { x >> 28 });
                if let Some(t) = m.translate(gpa) {
                    assert!(t.block.is_power_of_two() && (MIN_BLOCK..=MAX_BLOCK).contains(&t.block));
                    assert!(t.contiguous > 0);
                }
                let _ = m.mmio(gpa);
            }
        }
    }
}
