//! [`PhysMemory`]: sparse RAM over the 36-bit host-physical space.
//!
//! # Model
//! RAM is a list of *regions* (4 KiB-aligned, disjoint); only addresses inside a region are RAM,
//! everything else answers [`NotRam`] (the bus turns it into a machine check). Contents are stored
//! in 4 KiB pages allocated on the first write that stores a non-zero byte: a RAM page never
//! written reads as zeros and costs nothing, so a 4 GiB region costs only the pages written.
//!
//! Pages live in a two-level table indexed by the frame number (`addr >> 12`, 24 bits): a
//! top-level array of 2^15 leaves, each leaf covering 2 MiB (512 pages) and allocated on first
//! write. Reads never allocate.
//!
//! # Decode-cache coherence
//! A cache of decoded instructions keyed by physical page *watches* a page before it decodes from
//! it ([`PhysMemory::watch`], which returns the page's *generation*); from then on every write
//! bumps the generation of each watched page it touches ([`PhysMemory::page_generation`]),
//! including a write of zeros to a page never allocated, and the cache re-decodes when it has
//! moved. A write to a page nobody watches (data: most of them) moves nothing, so the write
//! epoch ([`PhysMemory::write_epoch`]) stands still across a program's data stores and the core
//! need not look its code page up again after each. A page stays watched once watched.
//! [`PhysMemory::page_mut`] counts as a write (the caller is assumed to store through it).
//!
//! # Slots
//! The pages that hold data are kept in one list, each at a fixed *slot* (pages are never freed,
//! so a slot never changes meaning), with a copy of its watched bit. The core's micro-TLB keeps
//! the slot of each RAM page it translates to ([`PhysMemory::slot_for`]) and then reads and writes
//! it by slot ([`PhysMemory::read_slot`], [`PhysMemory::write_slot`]) with no walk of the table; a
//! write by slot to a watched page is refused, so that every write to a watched page still moves
//! its generation (the caller then writes by address). Slot 0 is a page of zeros that is never
//! written ([`PhysMemory::ZERO_SLOT`]): for reading, it stands for a RAM page that holds no data
//! while no page is given data ([`PhysMemory::pages_with_data`] stands still), so asking for a
//! slot allocates nothing. A memory's slots mean nothing to another
//! memory, or to a clone: each memory has its own [`PhysMemory::id`].
//!
//! All multi-byte accesses are big-endian and may cross page (and adjacent-region) boundaries.
//! Nothing here panics on any address or length.

use crate::addr::{Hpa, PHYS_MASK};
use crate::narrow::ToUsize;
use crate::phys::range::{MemRange, PHYS_END};

/// Bytes in a page of the store.
pub const PAGE_SIZE: usize = 4096;
/// `log2(PAGE_SIZE)`.
pub const PAGE_SHIFT: u32 = 12;
const PAGE_MASK: u64 = PAGE_SIZE as u64 - 1;
/// Frame-number bits of a leaf index (512 pages, 2 MiB per leaf).
const LEAF_BITS: u32 = 9;
const LEAF_LEN: usize = 1 << LEAF_BITS;
/// Number of leaves: 36 - 12 - 9 = 15 bits.
const TOP_LEN: usize = 1 << (36 - PAGE_SHIFT - LEAF_BITS);

/// What an untouched RAM page reads as.
static ZERO_PAGE: [u8; PAGE_SIZE] = [0; PAGE_SIZE];

/// A page's contents.
pub type Page = [u8; PAGE_SIZE];

/// An access that does not lie entirely in RAM.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{addr} + {len:#x} is not entirely RAM")]
pub struct NotRam {
    /// First byte of the access.
    pub addr: Hpa,
    /// Its length in bytes.
    pub len: u64,
}

/// Why a RAM region could not be added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AddRamError {
    /// The region is empty.
    #[error("RAM region at {base} is empty")]
    Empty {
        /// The base asked for.
        base: Hpa,
    },
    /// Base or size is not a multiple of 4 KiB.
    #[error("RAM region {base} + {size:#x} is not 4 KiB aligned")]
    Misaligned {
        /// The base asked for.
        base: Hpa,
        /// The size asked for.
        size: u64,
    },
    /// The region runs past the 36-bit physical space.
    #[error("RAM region {base} + {size:#x} runs past the 36-bit physical space")]
    OutOfSpace {
        /// The base asked for.
        base: Hpa,
        /// The size asked for.
        size: u64,
    },
    /// The region overlaps one already present.
    #[error("RAM region {base} + {size:#x} overlaps RAM region {existing}")]
    Overlap {
        /// The base asked for.
        base: Hpa,
        /// The size asked for.
        size: u64,
        /// The region it overlaps.
        existing: MemRange,
    },
}

/// The data cache block `dcbz` zeroes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheLine {
    /// 32 bytes (e500v1/e500v2 L1).
    B32,
    /// 64 bytes (e500mc L1).
    B64,
}

impl CacheLine {
    /// The block size in bytes.
    pub const fn bytes(self) -> u64 {
        match self {
            CacheLine::B32 => 32,
            CacheLine::B64 => 64,
        }
    }

    /// The block of `bytes` bytes, if there is one.
    pub const fn of_bytes(bytes: u64) -> Option<Self> {
        match bytes {
            32 => Some(CacheLine::B32),
            64 => Some(CacheLine::B64),
            _ => None,
        }
    }
}

/// A page that holds data, at its slot.
#[derive(Clone)]
struct Frame {
    data: Box<Page>,
    /// Whether the page is watched: its leaf's bit, copied here for writes by slot.
    watched: bool,
}

/// One 2 MiB slice of the page table.
#[derive(Clone)]
struct Leaf {
    /// Per page: 0 when it holds no data, else 1 + its slot in [`PhysMemory::frames`].
    pages: [u32; LEAF_LEN],
    generations: [u64; LEAF_LEN],
    /// A bit per page: watched (see the module documentation).
    watched: [u64; LEAF_LEN / 64],
}

impl Leaf {
    fn new() -> Box<Leaf> {
        Box::new(Leaf { pages: [0; LEAF_LEN], generations: [0; LEAF_LEN], watched: [0; LEAF_LEN / 64] })
    }

    /// A write to page `l`: moves its generation, and the epoch `writes`, if it is watched.
    #[inline(always)]
    fn wrote(&mut self, l: usize, writes: &mut u64) {
        if self.watched[l / 64] & (1 << (l % 64)) != 0 {
            self.generations[l] += 1;
            *writes += 1;
        }
    }
}

/// Where a frame number lives in the table.
#[allow(
    clippy::cast_possible_truncation,
    reason = "usize is 64 bits wide on every host tlbvisor builds for (crate::narrow)"
)]
const fn split(frame: u64) -> (usize, usize) {
    ((frame >> LEAF_BITS) as usize % TOP_LEN, frame as usize % LEAF_LEN)
}

/// Sparse RAM: see the module documentation.
pub struct PhysMemory {
    /// Sorted by base, disjoint, 4 KiB aligned.
    regions: Vec<MemRange>,
    /// An array, not a slice: indexing by [`split`]'s top index needs no bounds check.
    top: Box<[Option<Box<Leaf>>; TOP_LEN]>,
    /// The pages that hold data, by slot (see the module documentation).
    frames: Vec<Frame>,
    /// Bumped with every page generation: unchanged means no watched page was written.
    writes: u64,
    /// This memory's own number, for the holders of its slots ([`PhysMemory::id`]).
    id: u64,
}

/// A number no other memory of this process has.
fn fresh_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl Clone for PhysMemory {
    /// A copy with its own contents and its own [`PhysMemory::id`] (slots are the same numbers,
    /// but they are the copy's pages).
    fn clone(&self) -> Self {
        PhysMemory {
            regions: self.regions.clone(),
            top: self.top.clone(),
            frames: self.frames.clone(),
            writes: self.writes,
            id: fresh_id(),
        }
    }
}

impl std::fmt::Debug for PhysMemory {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PhysMemory")
            .field("regions", &self.regions)
            .field("allocated_pages", &self.frames.len())
            .finish()
    }
}

impl Default for PhysMemory {
    fn default() -> Self {
        Self::new()
    }
}

impl PhysMemory {
    /// Memory with no RAM at all.
    pub fn new() -> Self {
        let top: Box<[Option<Box<Leaf>>]> = (0..TOP_LEN).map(|_| None).collect();
        let Ok(top) = top.try_into() else { unreachable!("{TOP_LEN} leaves were collected") };
        // Slot 0 is the page of zeros (see the module documentation): watched, so that nothing
        // writes it by slot.
        let zeros = Frame { data: Box::new([0; PAGE_SIZE]), watched: true };
        PhysMemory { regions: Vec::new(), top, frames: vec![zeros], writes: 0, id: fresh_id() }
    }

    /// Memory with one RAM region.
    #[cfg(test)]
    pub fn with_ram(base: Hpa, size: u64) -> Result<Self, AddRamError> {
        let mut m = Self::new();
        m.add_ram(base, size)?;
        Ok(m)
    }

    /// Makes `base .. base + size` RAM (reading as zeros). Both must be multiples of 4 KiB and
    /// the region must not overlap another; adjacent regions are allowed and accesses may span
    /// them.
    ///
    /// Cost: a binary search, plus moving the regions above the new one (none when regions are
    /// added in increasing address order, as the hypervisor does: its set-up of many fragments
    /// is then linear).
    pub fn add_ram(&mut self, base: Hpa, size: u64) -> Result<(), AddRamError> {
        if size == 0 {
            return Err(AddRamError::Empty { base });
        }
        if !base.is_aligned(PAGE_SIZE as u64) || size & PAGE_MASK != 0 {
            return Err(AddRamError::Misaligned { base, size });
        }
        let range = MemRange::new(base, size).ok_or(AddRamError::OutOfSpace { base, size })?;
        let at = self.regions.partition_point(|r| r.base() < base);
        // The regions are sorted and disjoint, so their ends are sorted too: if any region
        // overlaps the new one, the last one below it or the first one from it does.
        let neighbours = at.checked_sub(1).into_iter().chain([at]);
        if let Some(existing) = neighbours.filter_map(|i| self.regions.get(i)).find(|r| r.overlaps(&range)) {
            return Err(AddRamError::Overlap { base, size, existing: *existing });
        }
        self.regions.insert(at, range);
        Ok(())
    }

    /// The RAM regions, sorted by base.
    pub fn regions(&self) -> &[MemRange] {
        &self.regions
    }

    /// Whether every byte of `addr .. addr + len` is RAM (true for `len` 0).
    pub fn is_ram(&self, addr: Hpa, len: u64) -> bool {
        let Some(end) = addr.raw().checked_add(len) else {
            return false;
        };
        if end > PHYS_END {
            return false;
        }
        // The first region before the search: the main RAM of every machine here.
        if self.regions.first().is_some_and(|r| r.contains_span(addr, len)) {
            return true;
        }
        let mut cur = addr.raw();
        let mut i = self.regions.partition_point(|r| r.end() <= cur);
        while cur < end {
            match self.regions.get(i) {
                Some(r) if r.base().raw() <= cur => cur = r.end(),
                _ => return false,
            }
            i += 1;
        }
        true
    }

    /// How many 4 KiB pages hold data (the memory cost of the contents).
    #[cfg(test)]
    pub fn allocated_pages(&self) -> usize {
        self.pages_with_data().to_usize()
    }

    /// The slot of `frame`'s page, if it holds data.
    #[inline(always)]
    fn slot_of_frame(&self, frame: u64) -> Option<usize> {
        let (t, l) = split(frame);
        let s = self.top[t].as_ref()?.pages[l];
        s.checked_sub(1).map(|s| s.to_usize())
    }

    #[inline(always)]
    fn stored(&self, frame: u64) -> Option<&Page> {
        let s = self.slot_of_frame(frame)?;
        self.frames.get(s).map(|f| &*f.data)
    }

    /// The page of `frame` for writing, allocated if needed; a write to it (see [`Leaf::wrote`]).
    fn page_for_write(&mut self, frame: u64) -> &mut Page {
        let (t, l) = split(frame);
        self.top[t].get_or_insert_with(Leaf::new).wrote(l, &mut self.writes);
        let s = match self.slot_of_frame(frame) {
            Some(s) => s,
            None => self.allocate(frame),
        };
        &mut self.frames[s].data
    }

    /// Makes `frame`'s page, which holds no data, hold zeros: its slot.
    fn allocate(&mut self, frame: u64) -> usize {
        let (t, l) = split(frame);
        let leaf = self.top[t].get_or_insert_with(Leaf::new);
        let watched = leaf.watched[l / 64] & (1 << (l % 64)) != 0;
        self.frames.push(Frame { data: Box::new([0; PAGE_SIZE]), watched });
        // At most 2^24 frames in the 36-bit space: the count fits.
        leaf.pages[l] = u32::try_from(self.frames.len()).unwrap_or(u32::MAX);
        self.frames.len() - 1
    }

    /// This memory's number: no other memory of the process (a clone included) has it, so a
    /// holder of slots ([`PhysMemory::slot_for`]) can tell whether they are this memory's.
    pub const fn id(&self) -> u64 {
        self.id
    }

    /// The slot of the page containing `addr` (see the module documentation), if it holds data
    /// (and, `for_write`, is not watched: [`PhysMemory::write_slot`] would refuse it). For
    /// reading, a RAM page that holds no data gets [`PhysMemory::ZERO_SLOT`], the page of zeros,
    /// which stands for it while [`PhysMemory::pages_with_data`] stands still. Asking allocates
    /// nothing.
    pub fn slot_for(&self, addr: Hpa, for_write: bool) -> Option<u32> {
        let Some(s) = self.slot_of_frame(addr.raw() >> PAGE_SHIFT) else {
            let ram = self.is_ram(addr.align_down(PAGE_SIZE as u64), PAGE_SIZE as u64);
            return (ram && !for_write).then_some(Self::ZERO_SLOT);
        };
        if for_write && self.frames.get(s).is_none_or(|f| f.watched) {
            return None;
        }
        u32::try_from(s).ok()
    }

    /// The slot of the page of zeros: it stands for every RAM page that holds no data, for
    /// reading, while no page is given data ([`PhysMemory::pages_with_data`] stands still).
    pub const ZERO_SLOT: u32 = 0;

    /// How many pages hold data: it moves whenever a page is given data.
    pub fn pages_with_data(&self) -> u64 {
        self.frames.len() as u64 - 1
    }

    /// The `N` bytes at offset `off` of the page at `slot`, if there is such a slot and they lie
    /// inside the page.
    #[inline(always)]
    pub fn read_slot<const N: usize>(&self, slot: u32, off: usize) -> Option<[u8; N]> {
        let page = &self.frames.get(slot.to_usize())?.data;
        page.get(off..off.checked_add(N)?)?.try_into().ok()
    }

    /// Zeroes the `len` bytes at offset `off` of the page at `slot`, as [`PhysMemory::write_slot`]
    /// would write zeros.
    pub fn zero_slot(&mut self, slot: u32, off: usize, len: usize) -> bool {
        self.slot_bytes_mut(slot, off, len).map(|dst| dst.fill(0)).is_some()
    }

    /// Writes `data` at offset `off` of the page at `slot` unless the page is watched (its
    /// generation must move: the caller writes by address instead), there is no such slot or
    /// the bytes do not lie inside the page; `false` when it wrote nothing.
    #[inline(always)]
    pub fn write_slot<const N: usize>(&mut self, slot: u32, off: usize, data: [u8; N]) -> bool {
        self.slot_bytes_mut(slot, off, N).map(|dst| dst.copy_from_slice(&data)).is_some()
    }

    /// The `len` bytes at offset `off` of the page at `slot`, for writing by slot: `None` when
    /// the page is watched (the page of zeros is), there is no such slot or they do not lie
    /// inside the page.
    #[inline(always)]
    fn slot_bytes_mut(&mut self, slot: u32, off: usize, len: usize) -> Option<&mut [u8]> {
        let frame = self.frames.get_mut(slot.to_usize()).filter(|f| !f.watched)?;
        frame.data.get_mut(off..off.checked_add(len)?)
    }

    /// The page containing `addr` (any offset), or `None` if it is not RAM. An untouched page is
    /// a shared zero page. The interpreter's fast path: no allocation.
    #[cfg(test)]
    pub fn page(&self, addr: Hpa) -> Option<&Page> {
        let frame = addr.raw() >> PAGE_SHIFT;
        if !self.is_ram(addr.align_down(PAGE_SIZE as u64), PAGE_SIZE as u64) {
            return None;
        }
        Some(self.stored(frame).unwrap_or(&ZERO_PAGE))
    }

    /// The page containing `addr` for writing, allocated if needed, or `None` if it is not RAM.
    /// Counts as a write: the page's generation moves.
    #[cfg(test)]
    pub fn page_mut(&mut self, addr: Hpa) -> Option<&mut Page> {
        if !self.is_ram(addr.align_down(PAGE_SIZE as u64), PAGE_SIZE as u64) {
            return None;
        }
        Some(self.page_for_write(addr.raw() >> PAGE_SHIFT))
    }

    /// A number that moves whenever any page's generation moves: while it stands still, no
    /// [`Self::page_generation`] can have changed (a cheap check before the per-page lookup).
    pub const fn write_epoch(&self) -> u64 {
        self.writes
    }

    /// Watches the page containing `addr` (see the module documentation): from now on every
    /// write to it moves its generation, which this returns.
    pub fn watch(&mut self, addr: Hpa) -> u64 {
        let (t, l) = split(addr.raw() >> PAGE_SHIFT);
        let leaf = self.top[t].get_or_insert_with(Leaf::new);
        leaf.watched[l / 64] |= 1 << (l % 64);
        if let Some(frame) = leaf.pages[l].checked_sub(1).and_then(|s| self.frames.get_mut(s.to_usize())) {
            frame.watched = true;
        }
        leaf.generations[l]
    }

    /// The write generation of the page containing `addr`: 0 until the first write after it is
    /// watched ([`Self::watch`]), then moved by every write to the page. 0 for addresses that
    /// are not RAM.
    pub fn page_generation(&self, addr: Hpa) -> u64 {
        let (t, l) = split(addr.raw() >> PAGE_SHIFT);
        self.top[t].as_ref().map_or(0, |leaf| leaf.generations[l])
    }

    /// Fills `buf` from `addr ..`; an error (and `buf` untouched) unless all of it is RAM.
    pub fn read_bytes(&self, addr: Hpa, buf: &mut [u8]) -> Result<(), NotRam> {
        let len = buf.len() as u64;
        if !self.is_ram(addr, len) {
            return Err(NotRam { addr, len });
        }
        let mut cur = addr.raw();
        for chunk in chunks(cur, buf.len()) {
            let src = self.stored(cur >> PAGE_SHIFT).unwrap_or(&ZERO_PAGE);
            let off = (cur & PAGE_MASK) as usize;
            buf[chunk.clone()].copy_from_slice(&src[off..off + chunk.len()]);
            cur += chunk.len() as u64;
        }
        Ok(())
    }

    /// Stores `data` at `addr ..`; an error (and nothing stored) unless all of it is RAM.
    pub fn write_bytes(&mut self, addr: Hpa, data: &[u8]) -> Result<(), NotRam> {
        let len = data.len() as u64;
        if !self.is_ram(addr, len) {
            return Err(NotRam { addr, len });
        }
        let mut cur = addr.raw();
        for chunk in chunks(cur, data.len()) {
            let src = &data[chunk.clone()];
            self.store(cur, src.len(), |dst| dst.copy_from_slice(src), src.iter().all(|&b| b == 0));
            cur += chunk.len() as u64;
        }
        Ok(())
    }

    /// Stores into one page: `len` bytes at `addr` (not crossing the page) via `put`. A store of
    /// only zeros into a page never allocated allocates nothing (it is a write all the same).
    fn store(&mut self, addr: u64, len: usize, put: impl FnOnce(&mut [u8]), zeros: bool) {
        let frame = addr >> PAGE_SHIFT;
        let off = (addr & PAGE_MASK) as usize;
        if zeros {
            // Zeros into a page never allocated: it reads as zeros already (and a page with no
            // leaf is watched by nobody).
            let (t, l) = split(frame);
            match self.top[t].as_deref_mut() {
                None => return,
                Some(leaf) if leaf.pages[l] == 0 => {
                    leaf.wrote(l, &mut self.writes);
                    return;
                }
                Some(_) => {}
            }
        }
        put(&mut self.page_for_write(frame)[off..off + len]);
    }

    /// Zeroes the `line`-aligned block containing `addr` (`dcbz`).
    pub fn zero_block(&mut self, addr: Hpa, line: CacheLine) -> Result<(), NotRam> {
        let base = addr.align_down(line.bytes());
        let len = line.bytes();
        if !self.is_ram(base, len) {
            return Err(NotRam { addr: base, len });
        }
        // A line never crosses a page: 4096 is a multiple of the line size.
        self.store(base.raw(), len.to_usize(), |dst| dst.fill(0), true);
        Ok(())
    }

    /// The core's loads come here: the common case inline (the caller is the interpreter's
    /// loop), the rest out of line.
    #[inline(always)]
    fn read_array<const N: usize>(&self, addr: Hpa) -> Result<[u8; N], NotRam> {
        let off = (addr.raw() & PAGE_MASK) as usize;
        // Fastest path: inside one page that holds data, so RAM (pages are allocated only in
        // RAM, regions are page-aligned and never removed): no region lookup. (An `Hpa` is
        // inside the 36-bit space, so its frame indexes the table.)
        if off + N <= PAGE_SIZE
            && let Some(src) = self.stored(addr.raw() >> PAGE_SHIFT)
        {
            let mut out = [0; N];
            out.copy_from_slice(&src[off..off + N]);
            return Ok(out);
        }
        self.read_array_slow(addr)
    }

    /// [`Self::read_array`] past its fastest path.
    #[inline(never)]
    fn read_array_slow<const N: usize>(&self, addr: Hpa) -> Result<[u8; N], NotRam> {
        let off = (addr.raw() & PAGE_MASK) as usize;
        // Inside one page (a page with no data, mostly: RAM never written reads as zeros).
        if off + N <= PAGE_SIZE && self.is_ram(addr, N as u64) {
            let src = self.stored(addr.raw() >> PAGE_SHIFT).unwrap_or(&ZERO_PAGE);
            let mut out = [0; N];
            out.copy_from_slice(&src[off..off + N]);
            return Ok(out);
        }
        let mut out = [0; N];
        self.read_bytes(addr, &mut out)?;
        Ok(out)
    }

    /// Reads a byte.
    #[inline(always)]
    pub fn read_u8(&self, addr: Hpa) -> Result<u8, NotRam> {
        self.read_array::<1>(addr).map(|b| b[0])
    }
    /// Reads a big-endian halfword (any alignment).
    #[inline(always)]
    pub fn read_u16(&self, addr: Hpa) -> Result<u16, NotRam> {
        self.read_array(addr).map(u16::from_be_bytes)
    }
    /// Reads a big-endian word (any alignment).
    #[inline(always)]
    pub fn read_u32(&self, addr: Hpa) -> Result<u32, NotRam> {
        self.read_array(addr).map(u32::from_be_bytes)
    }
    /// Reads a big-endian doubleword (any alignment).
    #[cfg(test)]
    pub fn read_u64(&self, addr: Hpa) -> Result<u64, NotRam> {
        self.read_array(addr).map(u64::from_be_bytes)
    }
    /// The core's stores come here: the common case inline, the rest out of line.
    #[inline(always)]
    fn write_array<const N: usize>(&mut self, addr: Hpa, data: [u8; N]) -> Result<(), NotRam> {
        let off = (addr.raw() & PAGE_MASK) as usize;
        // Fast path: inside one page that already holds data, so RAM (as for reads).
        if off + N <= PAGE_SIZE {
            let (t, l) = split(addr.raw() >> PAGE_SHIFT);
            if let Some(leaf) = self.top[t].as_deref_mut()
                && let Some(s) = leaf.pages[l].checked_sub(1)
                && let Some(frame) = self.frames.get_mut(s.to_usize())
            {
                frame.data[off..off + N].copy_from_slice(&data);
                leaf.wrote(l, &mut self.writes);
                return Ok(());
            }
        }
        self.write_bytes(addr, &data)
    }

    /// Writes a byte.
    #[inline(always)]
    pub fn write_u8(&mut self, addr: Hpa, v: u8) -> Result<(), NotRam> {
        self.write_array(addr, [v])
    }
    /// Writes a big-endian halfword (any alignment).
    #[inline(always)]
    pub fn write_u16(&mut self, addr: Hpa, v: u16) -> Result<(), NotRam> {
        self.write_array(addr, v.to_be_bytes())
    }
    /// Writes a big-endian word (any alignment).
    #[inline(always)]
    pub fn write_u32(&mut self, addr: Hpa, v: u32) -> Result<(), NotRam> {
        self.write_array(addr, v.to_be_bytes())
    }
    /// Writes a big-endian doubleword (any alignment).
    #[cfg(test)]
    pub fn write_u64(&mut self, addr: Hpa, v: u64) -> Result<(), NotRam> {
        self.write_array(addr, v.to_be_bytes())
    }
}

/// Splits `len` bytes starting at physical `addr` into per-page index ranges of the buffer.
fn chunks(addr: u64, len: usize) -> impl Iterator<Item = std::ops::Range<usize>> {
    let mut done = 0usize;
    let mut cur = addr & PHYS_MASK;
    std::iter::from_fn(move || {
        if done >= len {
            return None;
        }
        let n = (PAGE_SIZE - (cur & PAGE_MASK) as usize).min(len - done);
        let r = done..done + n;
        done += n;
        cur += n as u64;
        Some(r)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIB: u64 = 1 << 20;
    const GIB: u64 = 1 << 30;

    fn h(v: u64) -> Hpa {
        Hpa::new(v)
    }

    fn ram(size: u64) -> PhysMemory {
        PhysMemory::with_ram(h(0), size).expect("valid RAM")
    }

    #[test]
    fn big_endian_byte_order() {
        let mut m = ram(MIB);
        m.write_u32(h(0x100), 0x1234_5678).unwrap();
        // Most significant byte at the lowest address.
        #[rustfmt::skip]
        let bytes: &[(u64, u8)] = &[(0x100, 0x12), (0x101, 0x34), (0x102, 0x56), (0x103, 0x78)];
        for &(a, b) in bytes {
            assert_eq!(m.read_u8(h(a)), Ok(b), "{a:#x}");
        }
        assert_eq!(m.read_u16(h(0x100)), Ok(0x1234));
        assert_eq!(m.read_u16(h(0x101)), Ok(0x3456)); // unaligned
        assert_eq!(m.read_u16(h(0x102)), Ok(0x5678));
        m.write_u16(h(0x200), 0xABCD).unwrap();
        assert_eq!(m.read_u32(h(0x1FF)), Ok(0x00AB_CD00));
        m.write_u64(h(0x300), 0x0102_0304_0506_0708).unwrap();
        assert_eq!(m.read_u32(h(0x304)), Ok(0x0506_0708));
        assert_eq!(m.read_u64(h(0x300)), Ok(0x0102_0304_0506_0708));
    }

    #[test]
    fn accesses_crossing_a_page_boundary() {
        // (address, width): every access straddles 0x1000 or 0x2000.
        #[rustfmt::skip]
        let table: &[(u64, u64, u32)] = &[
            (0x0FFF, 2, 0x0000_A1B2), // 0xA1 at 0xFFF, 0xB2 at 0x1000
            (0x0FFE, 4, 0xC1D2_E3F4),
            (0x0FFF, 4, 0x1122_3344),
            (0x1FFD, 4, 0x5566_7788),
        ];
        for &(a, width, v) in table {
            let mut m = ram(MIB);
            if width == 2 {
                m.write_u16(h(a), v as u16).unwrap();
                assert_eq!(m.read_u16(h(a)), Ok(v as u16));
            } else {
                m.write_u32(h(a), v).unwrap();
                assert_eq!(m.read_u32(h(a)), Ok(v));
            }
            // The last byte landed on the next page, the first on this one.
            let last = a + width - 1;
            assert_eq!(m.read_u8(h(last)), Ok(v as u8), "{a:#x}");
            assert_eq!(m.read_u8(h(a)), Ok((v >> (8 * (width - 1))) as u8), "{a:#x}");
            assert_eq!(m.allocated_pages(), 2, "{a:#x}");
        }
        // read_bytes/write_bytes across three pages.
        let mut m = ram(MIB);
        let data: Vec<u8> = (0..=255u8).cycle().take(0x2010).collect();
        m.write_bytes(h(0xFF8), &data).unwrap();
        let mut back = vec![0; data.len()];
        m.read_bytes(h(0xFF8), &mut back).unwrap();
        assert_eq!(back, data);
        // 0xFF8 .. 0x3008 touches pages 0, 1, 2 and 3.
        assert_eq!(m.allocated_pages(), 4);
    }

    #[test]
    fn sparse_cost_of_a_4gib_region() {
        let mut m = PhysMemory::with_ram(h(4 * GIB), 4 * GIB).unwrap();
        // Reading all over the region allocates nothing.
        let mut a = 4 * GIB;
        while a < 8 * GIB {
            assert_eq!(m.read_u32(h(a + 0xFFE)), Ok(0));
            a += 16 * MIB;
        }
        assert_eq!(m.allocated_pages(), 0);
        // One word every 16 MiB across 4 GiB: 256 pages, not 1 Mi.
        let mut a = 4 * GIB;
        while a < 8 * GIB {
            m.write_u32(h(a + 0x10), 0xDEAD_BEEF).unwrap();
            a += 16 * MIB;
        }
        assert_eq!(m.allocated_pages(), 256);
        assert_eq!(m.read_u32(h(4 * GIB + 16 * MIB + 0x10)), Ok(0xDEAD_BEEF));
        assert_eq!(m.read_u32(h(4 * GIB + 16 * MIB + 0x1010)), Ok(0));
        // Zeros into untouched pages cost nothing either.
        m.write_bytes(h(5 * GIB + 0x1000), &[0; 3 * PAGE_SIZE]).unwrap();
        m.zero_block(h(6 * GIB + 0x8000), CacheLine::B32).unwrap();
        assert_eq!(m.allocated_pages(), 256);
    }

    #[test]
    fn accesses_outside_ram_are_errors() {
        let mut m = PhysMemory::with_ram(h(0x10_0000), MIB).unwrap(); // 1 MiB .. 2 MiB
        #[rustfmt::skip]
        let table: &[(u64, u64)] = &[
            (0x0, 1),              // below
            (0xF_FFFF, 1),         // last byte below
            (0xF_FFFF, 2),         // straddles the start
            (0x1F_FFFE, 4),        // straddles the end
            (0x20_0000, 1),        // first byte past
            (0xF_FFFF_FFFF, 1),    // top of the space
            (0xF_FFFF_FFFE, 4),    // would run past 2^36
        ];
        for &(a, len) in table {
            let e = Err(NotRam { addr: h(a), len });
            assert!(!m.is_ram(h(a), len), "{a:#x}");
            let mut buf = vec![0; len as usize];
            assert_eq!(m.read_bytes(h(a), &mut buf), e, "{a:#x}");
            assert_eq!(m.write_bytes(h(a), &buf), e, "{a:#x}");
            if len == 4 {
                assert_eq!(m.read_u32(h(a)), Err(NotRam { addr: h(a), len: 4 }));
                assert_eq!(m.write_u32(h(a), 1), Err(NotRam { addr: h(a), len: 4 }));
            }
        }
        assert_eq!(m.read_u32(h(0x1F_FFFC)), Ok(0)); // the last word is RAM
        assert!(m.page(h(0xF_F000)).is_none() && m.page_mut(h(0x20_0000)).is_none());
        assert_eq!(m.zero_block(h(0x20_0010), CacheLine::B32), Err(NotRam { addr: h(0x20_0000), len: 32 }));
        assert_eq!(m.allocated_pages(), 0);
    }

    #[test]
    fn adjacent_regions_join() {
        let mut m = ram(0x2000);
        m.add_ram(h(0x2000), 0x1000).unwrap();
        assert!(m.is_ram(h(0), 0x3000));
        m.write_u32(h(0x1FFE), 0x0102_0304).unwrap();
        assert_eq!(m.read_u32(h(0x1FFE)), Ok(0x0102_0304));
        assert!(!m.is_ram(h(0x2FFE), 4));
    }

    #[test]
    fn many_regions_add_in_log_time_and_overlaps_are_still_found() {
        // 2^18 regions of 4 KiB (1 GiB in 4 KiB fragments), one page apart, in increasing
        // order: each add is a binary search and a push (this took minutes when every add
        // scanned the list).
        let mut m = PhysMemory::new();
        let n = 1u64 << 18;
        for i in 0..n {
            m.add_ram(h(0x1_0000_0000 + i * 0x2000), 0x1000).unwrap();
        }
        assert_eq!(m.regions().len(), 1 << 18);
        // The holes stay holes; an overlap far from either end is found from the neighbours.
        assert!(!m.is_ram(h(0x1_0000_1000), 1));
        let mid = 0x1_0000_0000 + (n / 2) * 0x2000;
        let existing = MemRange::new(h(mid), 0x1000).unwrap();
        assert_eq!(
            m.add_ram(h(mid - 0x1000), 0x2000),
            Err(AddRamError::Overlap { base: h(mid - 0x1000), size: 0x2000, existing })
        );
        m.add_ram(h(mid - 0x1000), 0x1000).unwrap();
        assert!(m.is_ram(h(mid - 0x1000), 0x2000));
        // A region that covers several others is caught by the first one above it.
        let below = MemRange::new(h(mid - 0x2000), 0x1000).unwrap();
        assert_eq!(
            m.add_ram(h(mid - 0x3000), 0x10000),
            Err(AddRamError::Overlap { base: h(mid - 0x3000), size: 0x10000, existing: below })
        );
    }

    #[test]
    fn add_ram_rejects_bad_regions() {
        let mut m = PhysMemory::with_ram(h(0x10_0000), MIB).unwrap();
        let existing = MemRange::new(h(0x10_0000), MIB).unwrap();
        #[rustfmt::skip]
        let table: &[(u64, u64, AddRamError)] = &[
            (0x30_0000, 0, AddRamError::Empty { base: h(0x30_0000) }),
            (0x30_0800, 0x1000, AddRamError::Misaligned { base: h(0x30_0800), size: 0x1000 }),
            (0x30_0000, 0x800, AddRamError::Misaligned { base: h(0x30_0000), size: 0x800 }),
            (0xF_FFFF_F000, 0x2000,
                AddRamError::OutOfSpace { base: h(0xF_FFFF_F000), size: 0x2000 }),
            (0x0, 0x10_1000, AddRamError::Overlap { base: h(0), size: 0x10_1000, existing }),
            (0x1F_F000, 0x2000,
                AddRamError::Overlap { base: h(0x1F_F000), size: 0x2000, existing }),
            (0x0, 0x100_0000, AddRamError::Overlap { base: h(0), size: 0x100_0000, existing }),
        ];
        for &(base, size, want) in table {
            assert_eq!(m.add_ram(h(base), size), Err(want), "{base:#x} + {size:#x}");
        }
        assert_eq!(
            AddRamError::Overlap { base: h(0), size: 0x10_1000, existing }.to_string(),
            "RAM region HPA:0x000000000 + 0x101000 overlaps RAM region HPA:0x000100000 + 0x100000"
        );
        // Touching regions on both sides are fine; the list stays sorted.
        m.add_ram(h(0x20_0000), 0x1000).unwrap();
        m.add_ram(h(0), 0x10_0000).unwrap();
        let bases: Vec<u64> = m.regions().iter().map(|r| r.base().raw()).collect();
        assert_eq!(bases, [0, 0x10_0000, 0x20_0000]);
    }

    #[test]
    fn slots_reach_the_pages_and_refuse_writes_to_watched_ones() {
        let mut m = ram(MIB);
        // Not RAM: no slot. A RAM page that holds no data: the page of zeros for reading (never
        // written by slot), none for writing, and asking allocates nothing.
        assert_eq!(m.slot_for(h(0x20_0000), false), None);
        let z = PhysMemory::ZERO_SLOT;
        assert_eq!((m.slot_for(h(0x3123), false), m.slot_for(h(0x3123), true)), (Some(z), None));
        assert_eq!((m.allocated_pages(), m.write_epoch()), (0, 0));
        assert_eq!(m.read_slot::<4>(z, 0x120), Some([0; 4]));
        assert!(!m.write_slot(z, 0x120, [1]) && !m.zero_slot(z, 0, 32));
        // A write gives the page data, and a slot of its own; the count of pages with data
        // moves, so a holder of the slot of zeros knows it may no longer stand for the page.
        m.write_u8(h(0x3000), 1).unwrap();
        assert_eq!((m.write_epoch(), m.pages_with_data()), (0, 1));
        let s = m.slot_for(h(0x3123), false).unwrap();
        assert_eq!((m.slot_for(h(0x3FFF), true), m.allocated_pages()), (Some(s), 1));
        assert_eq!(m.read_slot::<4>(s, 0x120), Some([0; 4]));
        // Reads and writes by slot are the page's bytes, big-endian as by address.
        assert!(m.write_slot(s, 0x124, 0x1122_3344u32.to_be_bytes()));
        assert_eq!(m.read_u32(h(0x3124)), Ok(0x1122_3344));
        m.write_u16(h(0x3128), 0xBEEF).unwrap();
        assert_eq!(m.read_slot::<2>(s, 0x128), Some([0xBE, 0xEF]));
        // A block zeroed by slot.
        assert!(m.zero_slot(s, 0x120, 32));
        assert_eq!(m.read_u32(h(0x3124)), Ok(0));
        assert!(m.write_slot(s, 0x124, 0x1122_3344u32.to_be_bytes()));
        // Nothing past the page, and no slot the memory never gave.
        assert_eq!(m.read_slot::<4>(s, 0xFFE), None);
        assert_eq!(m.read_slot::<4>(u32::MAX, 0), None);
        assert_eq!(m.read_slot::<4>(s, usize::MAX), None);
        assert!(!m.write_slot(s, usize::MAX - 1, [1, 2]) && !m.zero_slot(s, usize::MAX - 31, 32));
        assert!(!m.write_slot(u32::MAX, 0, [1]));
        // Once the page is watched, a write by slot is refused (its generation must move, and
        // only a write by address moves it), and no slot is given for writing; reads go on.
        let g = m.watch(h(0x3000));
        assert!(!m.write_slot(s, 0x124, [9]));
        assert!(!m.zero_slot(s, 0x120, 32));
        assert_eq!((m.read_u32(h(0x3124)), m.page_generation(h(0x3000))), (Ok(0x1122_3344), g));
        assert_eq!(m.slot_for(h(0x3000), true), None);
        assert_eq!(m.slot_for(h(0x3000), false), Some(s));
        // A page watched before it held data is watched when it gets its slot.
        m.watch(h(0x5000));
        m.write_u8(h(0x5001), 1).unwrap();
        let w = m.slot_for(h(0x5000), false).unwrap();
        assert!(!m.write_slot(w, 0, [1]));
        assert_eq!(m.slot_for(h(0x5000), true), None);
        // A page written by address keeps the slot it had, and holds what was written.
        m.write_u8(h(0x6000), 5).unwrap();
        let t = m.slot_for(h(0x6000), true).unwrap();
        assert_eq!(m.read_slot::<1>(t, 0), Some([5]));
        // A clone is another memory: its own id, its own pages behind the same slots.
        let mut c = m.clone();
        assert_ne!(c.id(), m.id());
        assert!(c.write_slot(t, 0, [6]));
        assert_eq!((m.read_u8(h(0x6000)), c.read_u8(h(0x6000))), (Ok(5), Ok(6)));
    }

    #[test]
    fn page_generation_moves_only_on_writes() {
        let mut m = ram(MIB);
        let p = h(0x5000);
        assert_eq!((m.watch(p), m.watch(h(0x6000))), (0, 0));
        // (operation, generation of page 0x5000 afterwards, of page 0x6000 afterwards)
        type Op = fn(&mut PhysMemory);
        #[rustfmt::skip]
        let table: &[(&str, Op, u64, u64)] = &[
            ("read",             |m| { m.read_u32(h(0x5000)).unwrap(); }, 0, 0),
            ("page()",           |m| { m.page(h(0x5000)).unwrap(); }, 0, 0),
            ("write zero",       |m| m.write_u8(h(0x5001), 0).unwrap(), 1, 0),
            ("write",            |m| m.write_u32(h(0x5004), 7).unwrap(), 2, 0),
            ("write, allocated", |m| m.write_u16(h(0x5008), 0xBEEF).unwrap(), 3, 0),
            ("write zero again", |m| m.write_u8(h(0x5009), 0).unwrap(), 4, 0),
            ("read again",       |m| { m.read_bytes(h(0x5000), &mut [0; 64]).unwrap(); }, 4, 0),
            ("write across",     |m| m.write_u32(h(0x5FFE), 1).unwrap(), 5, 1),
            ("dcbz",             |m| m.zero_block(h(0x5020), CacheLine::B64).unwrap(), 6, 1),
            ("page_mut()",       |m| { m.page_mut(h(0x5000)).unwrap(); }, 7, 1),
            ("failed write",     |m| { m.write_u32(h(0x20_0000), 1).unwrap_err(); }, 7, 1),
            ("other page",       |m| m.write_u8(h(0x6100), 9).unwrap(), 7, 2),
        ];
        for &(what, op, g5, g6) in table {
            op(&mut m);
            assert_eq!((m.page_generation(p), m.page_generation(h(0x6FFF))), (g5, g6), "{what}");
        }
        assert_eq!(m.page_generation(h(0x7000)), 0);
        // The in-page fast path stores the data too (0x5006..0x5008 were zeroed by the dcbz).
        m.write_u16(h(0x5008), 0xBEEF).unwrap();
        assert_eq!(m.read_u32(h(0x5006)), Ok(0x0000_BEEF));
        assert_eq!(m.page_generation(p), 8);
        assert_eq!(m.write_epoch(), 10);
    }

    #[test]
    fn writes_to_pages_nobody_watches_move_nothing() {
        let mut m = ram(MIB);
        type Op = fn(&mut PhysMemory);
        #[rustfmt::skip]
        let writes: &[(&str, Op)] = &[
            ("write zero, no page", |m| m.write_u8(h(0x7001), 0).unwrap()),
            ("write",               |m| m.write_u32(h(0x7004), 7).unwrap()),
            ("write, allocated",    |m| m.write_u16(h(0x7008), 0xBEEF).unwrap()),
            ("write across",        |m| m.write_u32(h(0x7FFE), 1).unwrap()),
            ("dcbz",                |m| m.zero_block(h(0x7020), CacheLine::B64).unwrap()),
            ("bytes",               |m| m.write_bytes(h(0x9000), &[0; 8]).unwrap()),
        ];
        for &(what, op) in writes {
            op(&mut m);
            assert_eq!(
                (m.page_generation(h(0x7000)), m.page_generation(h(0x8000)), m.write_epoch()),
                (0, 0, 0),
                "{what}"
            );
        }
        // Zeros into pages never allocated, with no leaf, allocate nothing.
        assert_eq!(m.allocated_pages(), 2);
        // Watching starts from the generation as it stands; the next write moves it.
        assert_eq!(m.watch(h(0x7123)), 0);
        m.write_u8(h(0x7FFF), 2).unwrap();
        assert_eq!((m.page_generation(h(0x7000)), m.write_epoch()), (1, 1));
        assert_eq!(m.watch(h(0x7000)), 1);
        assert_eq!((m.read_u8(h(0x7FFF)), m.read_u16(h(0x8000))), (Ok(2), Ok(1)));
    }

    #[test]
    fn page_fast_path() {
        let mut m = ram(MIB);
        assert_eq!(m.page(h(0x3123)).map(|p| p[0x123]), Some(0));
        assert_eq!(m.allocated_pages(), 0);
        m.page_mut(h(0x3000)).unwrap()[0x123] = 0x5A;
        assert_eq!(m.read_u8(h(0x3123)), Ok(0x5A));
        assert_eq!(m.page(h(0x3FFF)).map(|p| p[0x123]), Some(0x5A));
        assert_eq!(m.allocated_pages(), 1);
    }

    #[test]
    fn zero_block_clears_the_aligned_line() {
        // (line, address given, first zeroed byte, bytes zeroed)
        #[rustfmt::skip]
        let table: &[(CacheLine, u64, u64, u64)] = &[
            (CacheLine::B32, 0x1234, 0x1220, 32),
            (CacheLine::B64, 0x1234, 0x1200, 64),
            (CacheLine::B32, 0x1FFF, 0x1FE0, 32),
        ];
        for &(line, a, first, n) in table {
            let mut m = ram(MIB);
            m.write_bytes(h(0x1000), &[0xFF; PAGE_SIZE]).unwrap();
            m.zero_block(h(a), line).unwrap();
            for b in 0x1000..0x2000 {
                let zeroed = (first..first + n).contains(&b);
                assert_eq!(m.read_u8(h(b)), Ok(if zeroed { 0 } else { 0xFF }), "{a:#x} {b:#x}");
            }
        }
    }

    #[test]
    fn no_panic_on_any_address() {
        let mut m = PhysMemory::with_ram(h(0), 16 * MIB).unwrap();
        m.add_ram(h(0xF_FFFF_0000), 0x1_0000).unwrap(); // the very top of the space
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Mostly near the RAM edges, sometimes anywhere.
            let a = match x % 4 {
                0 => (x >> 8) & 0x1FF_FFFF,
                1 => 0xF_FFFF_0000 | ((x >> 8) & 0xFFFF),
                _ => x >> 28,
            };
            let a = h(a);
            let v = (x >> 32) as u32;
            let _ = m.read_u8(a);
            let _ = m.read_u16(a);
            let _ = m.read_u32(a);
            let _ = m.read_u64(a);
            let _ = m.write_u32(a, v);
            let _ = m.write_u16(a, v as u16);
            let _ = m.zero_block(a, CacheLine::B64);
            let _ = m.page(a);
            let _ = m.page_generation(a);
            let _ = m.is_ram(a, x);
            let mut buf = [0u8; 9];
            let _ = m.read_bytes(a, &mut buf);
            let _ = m.write_bytes(a, &buf);
            if let Some(p) = m.page_mut(a) {
                p[0] = 1;
            }
        }
        assert!(m.read_u32(h(0xF_FFFF_FFFC)).is_ok());
        assert!(m.read_u32(h(0xF_FFFF_FFFE)).is_err());
    }
}
