//! Translation on the hot path: a micro-TLB in front of [`crate::mmu::Tlb::translate`], and the
//! data access primitives built on it.
//!
//! The cache holds, per access kind (fetch, load, store), 64 direct-mapped 4 KiB translations of
//! the current context (the physical page, the byte order, and the entry's WIMGE for `dcbz`,
//! [`Cpu::translate_store_wimge`]), and for loads and stores the memory's *slot* for the page
//! ([`Memory::ram_slot`]): a burst's aligned load or store whose line has one reads or writes
//! the page by it, with no lookup of the physical address. A line gets its slot after its first
//! access by address in a burst. It gets none on a little-endian page; a store line gets none
//! for a page whose code the decode cache watches, and a store line that got its slot before
//! the page was watched finds every write by it refused (the memory refuses writes by slot to
//! such a page, so that every write to code still goes by address and moves its generation).
//! A load line may get [`ZERO_SLOT`] for a page that holds no data; a stretch forgets those
//! whenever a page is given data ([`Memory::pages_with_data`]). Slots are the memory's
//! ([`Memory::slots_id`]): a stretch on another memory forgets them all first.
//!
//! The cache never decides anything: every entry is a result `Tlb::translate` gave (miss and
//! permission faults are never cached), so the TLB model stays the one source of truth.
//! When [`crate::mmu::Tlb::generation`] moves (any `tlbwe`, invalidation or direct slot write) it
//! forgets the pages the change may have altered ([`crate::mmu::Tlb::changes_since`]: the pages
//! of the entries written or invalidated, old and new). When the context (MSR\[PR/IS/DS\], PIDs)
//! changes, the core sets the cache aside with the context it belongs to and takes up the one it
//! set aside before if that is the new context's, else an empty one (`Cpu::sync_context`): a
//! kernel going to user mode and back finds its translations again. A cache taken up follows the
//! TLB changes made while it was aside as above before it is used.
//!
//! Accesses (docs/booke-mmu.md §3; E500RM 3.1.2): an access that crosses a page translates both pages
//! before touching memory, so a fault on the second page leaves no partial effect. Misaligned
//! accesses are done byte by byte (the e500 handles misaligned integer accesses in hardware). A
//! little-endian page (the entry's E bit) byte-reverses the value; an access spanning two pages
//! of different byte order follows the first page's (the architecture leaves it undefined). A
//! [`BusFault`] becomes a machine check (a bytewise access may have done its first bytes: machine
//! checks are not precise on the e500 either), or under `compat.unassigned_reads_zero` a load of
//! 0 and a dropped store, as in QEMU 7.2 (instruction fetches still machine-check).

use crate::addr::{Ea, Hpa};
use crate::mmu::{Access, PageSpan, XlateFault};
use crate::narrow::Narrow;

use super::Cpu;
use super::interrupt::{InterruptKind, esr};
use super::memory::{BusFault, Memory, Size, ZERO_SLOT};

const LINES: usize = 64;

#[derive(Clone, Copy, Debug)]
struct Line {
    /// EA >> 12 (a translation only while the line's bit in `XlateCache::valid` is set; an
    /// invalid line has no slot, so an access by slot may compare the tag alone).
    tag: u32,
    /// The physical 4 KiB page's frame number ([`Hpa::frame`]: 24 bits of the 36-bit space),
    /// which keeps a line at 16 bytes (a context switch moves the lines).
    frame: u32,
    little_endian: bool,
    /// The entry's W I M G E bits (`dcbz` refuses a write-through or cache-inhibited page).
    wimge: u8,
    /// The memory's slot for the page ([`Memory::ram_slot`]), or [`NO_SLOT`]: until an access
    /// through the line that goes by address asks for it, when the memory has none (a
    /// little-endian page, a store to a page whose code is watched), and whenever the line is
    /// not valid (every invalidation clears it, so that the access by slot need not look at the
    /// valid bit).
    slot: u32,
}

/// A line with no slot. No memory has that many pages (2^24 frames in the 36-bit space), so
/// [`Memory::read_slot`] and [`Memory::write_slot`] refuse it.
const NO_SLOT: u32 = u32::MAX;

/// How a store reached memory. A write by the line's slot cannot have moved a frame's code
/// generation (the memory refuses writes by slot to a frame the decode cache watches), so a
/// stretch holding a code page looks at the write epoch only after a write by address
/// (`Cpu::run_page`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Wrote {
    /// By the line's slot: no code generation moved.
    BySlot,
    /// By address (or not known to be by slot): a code generation may have moved.
    ByAddress,
}

const EMPTY: Line = Line { tag: 0, frame: 0, little_endian: false, wimge: 0, slot: NO_SLOT };

/// The micro-TLB (see the module documentation).
#[derive(Clone, Debug)]
pub(super) struct XlateCache {
    generation: u64,
    /// The memory the lines' slots belong to ([`Memory::slots_id`]; 0: none yet).
    slots_of: u64,
    /// The memory's [`Memory::pages_with_data`] while its lines with [`ZERO_SLOT`] were given.
    zeros_of: u64,
    /// Whether a line may have [`ZERO_SLOT`].
    has_zeros: bool,
    /// Per access kind, a bit per line: which lines hold a translation. A flush clears these
    /// three words, and the lines' slots.
    valid: [u64; 3],
    lines: [[Line; LINES]; 3],
}

/// The line of the 4 KiB page `vpn` (EA >> 12), in every access kind's array.
#[inline(always)]
const fn line_index(vpn: u32) -> usize {
    vpn as usize % LINES
}

const fn kind_index(access: Access) -> usize {
    match access {
        Access::Fetch => 0,
        Access::Load => 1,
        Access::Store => 2,
    }
}

impl XlateCache {
    pub(super) fn new() -> Self {
        XlateCache {
            generation: 0,
            slots_of: 0,
            zeros_of: 0,
            has_zeros: false,
            valid: [0; 3],
            lines: [[EMPTY; LINES]; 3],
        }
    }
    pub(super) fn flush(&mut self) {
        self.valid = [0; 3];
        // An invalid line has no slot (`Cpu::line_slot` looks at the tag and the slot alone).
        self.clear_slots();
    }
    /// Forgets every line's slot.
    fn clear_slots(&mut self) {
        for line in self.lines.iter_mut().flatten() {
            line.slot = NO_SLOT;
        }
    }
    /// Forgets every line's slot: they are not the memory `id`'s ([`Memory::slots_id`]).
    fn forget_slots(&mut self, id: u64) {
        self.clear_slots();
        self.slots_of = id;
    }
    /// Forgets the slots of zeros: a page they stood for may hold data now.
    fn forget_zero_slots(&mut self) {
        if self.has_zeros {
            for line in self.lines.iter_mut().flatten() {
                if line.slot == ZERO_SLOT {
                    line.slot = NO_SLOT;
                }
            }
            self.has_zeros = false;
        }
    }
    /// Forgets the translations of the pages in `span` (those a TLB change may have altered),
    /// keeping the others.
    fn forget(&mut self, span: PageSpan) {
        if span.first > span.last {
            return;
        }
        if span.last - span.first >= 64 {
            // A span of LINES (64) pages or more may hit every line.
            for (k, valid) in self.valid.iter_mut().enumerate() {
                let mut bits = *valid;
                while bits != 0 {
                    let i = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let line = &mut self.lines[k][i];
                    if span.contains(line.tag) {
                        *valid &= !(1 << i);
                        line.slot = NO_SLOT;
                    }
                }
            }
            return;
        }
        let mut vpn = span.first;
        loop {
            let i = line_index(vpn);
            for (k, valid) in self.valid.iter_mut().enumerate() {
                let line = &mut self.lines[k][i];
                if line.tag == vpn {
                    *valid &= !(1 << i);
                    line.slot = NO_SLOT;
                }
            }
            if vpn == span.last {
                break;
            }
            vpn += 1;
        }
    }
}

/// A translated data address: the physical address and the page's byte order.
#[derive(Clone, Copy, Debug)]
pub(super) struct Phys {
    pub(super) pa: Hpa,
    pub(super) little_endian: bool,
}

impl Line {
    /// The translation of `ea` this line holds.
    #[inline(always)]
    fn phys(&self, ea: u32) -> Phys {
        Phys { pa: Hpa::new(u64::from(self.frame) << 12).in_page(ea), little_endian: self.little_endian }
    }
}

impl Cpu {
    /// Translates `ea` for `access` through the micro-TLB, filling it on a miss.
    #[inline(always)]
    pub(super) fn translate(&mut self, ea: u32, access: Access) -> Result<Phys, XlateFault> {
        self.translate_in(ea, access, false)
    }

    /// [`Cpu::translate`]; `synced` says the micro-TLB is known to follow the TLB's generation
    /// ([`Cpu::follow_tlb`] ran since the TLB last changed), so the hit skips comparing them.
    #[inline(always)]
    fn translate_in(&mut self, ea: u32, access: Access, synced: bool) -> Result<Phys, XlateFault> {
        // The hit, inline; everything else out of line.
        let cache = &self.xcache;
        debug_assert!(!synced || cache.generation == self.arch.tlb.generation());
        if synced || cache.generation == self.arch.tlb.generation() {
            let (k, vpn) = (kind_index(access), ea >> 12);
            let index = line_index(vpn);
            let line = &cache.lines[k][index];
            if line.tag == vpn && cache.valid[k] & (1 << index) != 0 {
                return Ok(line.phys(ea));
            }
        }
        self.translate_miss(ea, access)
    }

    /// Brings the micro-TLB up to the TLB's generation: forgets the pages the TLB changes since
    /// may have altered (all of them when the TLB no longer knows). A burst's stretch calls it
    /// first, so that its loads and stores can skip the comparison ([`Memory::TLB_SYNCED`]).
    pub(super) fn follow_tlb(&mut self) {
        let tlb_generation = self.arch.tlb.generation();
        let cache = &mut self.xcache;
        if cache.generation != tlb_generation {
            if !self.arch.tlb.changes_since(cache.generation, |span| cache.forget(span)) {
                cache.flush();
            }
            cache.generation = tlb_generation;
        }
    }

    /// [`Cpu::translate`] past its hit: follow a TLB change, look the TLB up, fill the line.
    #[inline(never)]
    fn translate_miss(&mut self, ea: u32, access: Access) -> Result<Phys, XlateFault> {
        self.follow_tlb();
        let cache = &mut self.xcache;
        let k = kind_index(access);
        let vpn = ea >> 12;
        let index = line_index(vpn);
        let line = &mut cache.lines[k][index];
        if line.tag == vpn && cache.valid[k] & (1 << index) != 0 {
            return Ok(line.phys(ea));
        }
        let ctx = if access == Access::Fetch { &self.fetch_ctx } else { &self.data_ctx };
        let t = self.arch.tlb.translate(Ea::new(ea), access, ctx)?;
        *line = Line {
            tag: vpn,
            frame: t.pa.frame().low_u32(),
            little_endian: t.little_endian,
            wimge: t.wimge,
            slot: NO_SLOT,
        };
        cache.valid[k] |= 1 << index;
        Ok(line.phys(ea))
    }

    /// The interrupt for a data translation fault at `ea`.
    pub(super) fn data_fault(&self, fault: XlateFault, ea: u32, store: bool) -> InterruptKind {
        let esr = if store { esr::ST } else { 0 };
        match fault {
            XlateFault::Miss => {
                InterruptKind::DataTlbError { dear: Ea::new(ea), esr, space: self.data_ctx.as_ }
            }
            XlateFault::Permission { .. } => InterruptKind::DataStorage { dear: Ea::new(ea), esr },
        }
    }

    /// Translates a data access, turning faults into interrupts.
    #[inline(always)]
    pub(super) fn translate_data(&mut self, ea: u32, store: bool) -> Result<Phys, InterruptKind> {
        self.translate_data_in(ea, store, false)
    }

    /// Translates a store to `ea` through `mem`'s view of the micro-TLB ([`Memory::TLB_SYNCED`]),
    /// with the W I M G E bits of the entry that translates it.
    pub(super) fn translate_store_wimge<M: Memory>(&mut self, ea: u32) -> Result<(Phys, u8), InterruptKind> {
        let p = self.translate_data_in(ea, true, M::TLB_SYNCED)?;
        // The translation just made is in its line, hit or filled.
        Ok((p, self.line(ea, Access::Store).wimge))
    }

    /// [`Cpu::translate_data`], `synced` as for [`Cpu::translate_in`].
    #[inline(always)]
    fn translate_data_in(&mut self, ea: u32, store: bool, synced: bool) -> Result<Phys, InterruptKind> {
        let access = if store { Access::Store } else { Access::Load };
        self.translate_in(ea, access, synced).map_err(|f| self.data_fault(f, ea, store))
    }

    /// Translates every page of an `n`-byte data access at `ea`: the physical address of its
    /// first byte and, when it crosses into the next page, that page's first byte.
    fn translate_span(&mut self, ea: u32, n: u32, store: bool) -> Result<(Phys, Option<Hpa>), InterruptKind> {
        let first = self.translate_data(ea, store)?;
        let room = 0x1000 - (ea & 0xFFF);
        let second =
            if n > room { Some(self.translate_data(ea.wrapping_add(room), store)?.pa) } else { None };
        Ok((first, second))
    }

    /// Makes the slots the micro-TLB keeps those of `mem` ([`Memory::slots_id`]) as it stands
    /// ([`Memory::pages_with_data`]): forgets them where they are another memory's, and the
    /// slots of zeros where a page was given data since they were given. A stretch calls it
    /// first (the fast path reads and writes by slot), and a store by address in a stretch after
    /// it wrote (it may have given a page data).
    pub(super) fn follow_slots<M: Memory>(&mut self, mem: &M) {
        let (id, with_data) = (mem.slots_id().unwrap_or(0), mem.pages_with_data());
        if self.xcache.slots_of != id {
            // Another memory: its write epochs say nothing about the decoded pages either.
            self.dcache.forget_checks();
        }
        for cache in [&mut self.xcache, &mut self.prev_xcache.1] {
            if cache.slots_of != id {
                cache.forget_slots(id);
            } else if cache.zeros_of != with_data {
                cache.forget_zero_slots();
            }
            cache.zeros_of = with_data;
        }
    }

    /// The line of `ea` for `access` (whatever it holds).
    #[inline(always)]
    fn line(&self, ea: u32, access: Access) -> &Line {
        &self.xcache.lines[kind_index(access)][line_index(ea >> 12)]
    }

    /// The slot the line of `ea` for `access` keeps, if its tag is `ea`'s ([`NO_SLOT`] when it
    /// has none: an invalid line has none).
    #[inline(always)]
    fn line_slot(&self, ea: u32, access: Access) -> Option<u32> {
        let line = self.line(ea, access);
        (line.tag == ea >> 12).then_some(line.slot)
    }

    /// The slot and the WIMGE bits of the store line of `ea`, if its tag is `ea`'s and it has a
    /// slot (`dcbz`).
    #[inline]
    pub(super) fn store_line_slot(&self, ea: u32) -> Option<(u32, u8)> {
        let line = self.line(ea, Access::Store);
        (line.tag == ea >> 12 && line.slot != NO_SLOT).then_some((line.slot, line.wimge))
    }

    /// After an access by address through the line translating `ea` for `access` (to `pa`):
    /// asks the memory for the page's slot if the line has none. A little-endian page gets
    /// none (the accesses by slot do not reverse bytes).
    #[inline(always)]
    pub(super) fn keep_slot<M: Memory>(&mut self, mem: &M, ea: u32, access: Access, pa: Hpa) {
        let (k, vpn) = (kind_index(access), ea >> 12);
        let index = line_index(vpn);
        let valid = self.xcache.valid[k] & (1 << index) != 0;
        let line = &mut self.xcache.lines[k][index];
        if valid && line.tag == vpn && line.slot == NO_SLOT {
            let slot = if line.little_endian { None } else { mem.ram_slot(pa, access == Access::Store) };
            line.slot = slot.unwrap_or(NO_SLOT);
            self.xcache.has_zeros |= line.slot == ZERO_SLOT;
        }
    }

    /// Loads `size` bytes at `ea` as a register value (big-endian, or byte-reversed on a
    /// little-endian page).
    #[inline(always)]
    pub(super) fn load<M: Memory>(&mut self, mem: &mut M, ea: u32, size: Size) -> Result<u32, InterruptKind> {
        let n = size.bytes();
        if ea & (n - 1) == 0 {
            // By the line's slot, in a stretch (whose micro-TLB follows the TLB, and whose
            // slots are its memory's: `Cpu::burst`). The offset is masked to the alignment.
            let off = (ea & (0x1000 - n)) as usize;
            if M::TLB_SYNCED
                && let Some(slot) = self.line_slot(ea, Access::Load)
                && let Some(v) = mem.read_slot(slot, off, size)
            {
                return Ok(v);
            }
            if M::TLB_SYNCED {
                return self.load_by_address(mem, ea, size);
            }
            return self.load_at_address(mem, ea, size).map(|(v, _)| v);
        }
        self.load_misaligned(mem, ea, size)
    }

    /// An aligned load by address: the value, and the physical address it came from.
    #[inline(always)]
    fn load_at_address<M: Memory>(
        &mut self,
        mem: &mut M,
        ea: u32,
        size: Size,
    ) -> Result<(u32, Hpa), InterruptKind> {
        let p = self.translate_data_in(ea, false, M::TLB_SYNCED)?;
        let v = mem.read(p.pa, size).or_else(|BusFault| self.unbacked::<M>(p.pa, Access::Load))?;
        Ok((if p.little_endian { size.swap(v) } else { v }, p.pa))
    }

    /// A stretch's aligned load with no slot at hand: by address, then the slot is asked for.
    #[inline(never)]
    fn load_by_address<M: Memory>(&mut self, mem: &mut M, ea: u32, size: Size) -> Result<u32, InterruptKind> {
        let (v, pa) = self.load_at_address(mem, ea, size)?;
        self.keep_slot(mem, ea, Access::Load, pa);
        Ok(v)
    }

    /// A load whose EA is not a multiple of its size: byte by byte, across pages.
    #[inline(never)]
    fn load_misaligned<M: Memory>(&mut self, mem: &mut M, ea: u32, size: Size) -> Result<u32, InterruptKind> {
        let n = size.bytes();
        let (p, second) = self.translate_span(ea, n, false)?;
        let mut v = 0u32;
        for i in 0..n {
            let pa = byte_pa(p.pa, second, ea, i);
            let b = mem.read(pa, Size::Byte).or_else(|BusFault| self.unbacked::<M>(pa, Access::Load))?;
            v = (v << 8) | (b & 0xFF);
        }
        Ok(if p.little_endian { size.swap(v) } else { v })
    }

    /// Stores the low `size` bytes of `value` at `ea` (byte-reversed on a little-endian page), and
    /// says how it reached memory.
    #[inline(always)]
    pub(super) fn store<M: Memory>(
        &mut self,
        mem: &mut M,
        ea: u32,
        size: Size,
        value: u32,
    ) -> Result<Wrote, InterruptKind> {
        let n = size.bytes();
        if ea & (n - 1) == 0 {
            // By the line's slot, as for loads (the memory refuses it for a page whose code
            // generation the write must move).
            let off = (ea & (0x1000 - n)) as usize;
            if M::TLB_SYNCED
                && let Some(slot) = self.line_slot(ea, Access::Store)
                && mem.write_slot(slot, off, size, value)
            {
                return Ok(Wrote::BySlot);
            }
            if M::TLB_SYNCED {
                return self.store_by_address(mem, ea, size, value).map(|()| Wrote::ByAddress);
            }
            return self.store_at_address(mem, ea, size, value).map(|_| Wrote::ByAddress);
        }
        self.store_misaligned(mem, ea, size, value).map(|()| Wrote::ByAddress)
    }

    /// An aligned store by address: the physical address it went to.
    #[inline(always)]
    fn store_at_address<M: Memory>(
        &mut self,
        mem: &mut M,
        ea: u32,
        size: Size,
        value: u32,
    ) -> Result<Hpa, InterruptKind> {
        let p = self.translate_data_in(ea, true, M::TLB_SYNCED)?;
        let v = if p.little_endian { size.swap(value) } else { size.truncate(value) };
        mem.write(p.pa, size, v).or_else(|BusFault| self.unbacked::<M>(p.pa, Access::Store).map(|_| ()))?;
        Ok(p.pa)
    }

    /// A stretch's aligned store with no slot at hand (or one the memory refused): by address,
    /// then the slot is asked for.
    #[inline(never)]
    fn store_by_address<M: Memory>(
        &mut self,
        mem: &mut M,
        ea: u32,
        size: Size,
        value: u32,
    ) -> Result<(), InterruptKind> {
        let pa = self.store_at_address(mem, ea, size, value)?;
        // The store may have given the page data: a slot of zeros no longer stands for it.
        self.follow_slots(mem);
        self.keep_slot(mem, ea, Access::Store, pa);
        Ok(())
    }

    /// A store whose EA is not a multiple of its size: both pages translated first, then byte
    /// by byte.
    #[inline(never)]
    fn store_misaligned<M: Memory>(
        &mut self,
        mem: &mut M,
        ea: u32,
        size: Size,
        value: u32,
    ) -> Result<(), InterruptKind> {
        let n = size.bytes();
        let (p, second) = self.translate_span(ea, n, true)?;
        let v = if p.little_endian { size.swap(value) } else { size.truncate(value) };
        for i in 0..n {
            let pa = byte_pa(p.pa, second, ea, i);
            let b = (v >> (8 * (n - 1 - i))) & 0xFF;
            mem.write(pa, Size::Byte, b)
                .or_else(|BusFault| self.unbacked::<M>(pa, Access::Store).map(|_| ()))?;
        }
        if M::TLB_SYNCED {
            // As after an aligned store by address (`Cpu::store_by_address`).
            self.follow_slots(mem);
        }
        Ok(())
    }
}

/// The physical address of byte `i` of an access at `ea` whose first byte is at `pa` and whose
/// bytes past the page end continue at `second`.
fn byte_pa(pa: Hpa, second: Option<Hpa>, ea: u32, i: u32) -> Hpa {
    let room = 0x1000 - (ea & 0xFFF);
    match second {
        Some(next) if i >= room => next.wrapping_add(u64::from(i - room)),
        _ => pa.wrapping_add(u64::from(i)),
    }
}

impl Cpu {
    /// A data access at `pa` nothing answered: a machine check, or (QEMU 7.2 under
    /// `compat.unassigned_reads_zero`) a load of 0 and a dropped store. Through the fast path's
    /// memory (`M::FINAL_FAULTS` false) it is a machine check that the fast path never delivers:
    /// it leaves the instruction, unchanged, to a full step.
    #[cold]
    fn unbacked<M: Memory>(&self, pa: Hpa, access: Access) -> Result<u32, InterruptKind> {
        if M::FINAL_FAULTS && self.arch.compat().unassigned_reads_zero {
            Ok(0)
        } else {
            Err(machine_check(pa, access))
        }
    }
}

/// The machine check for an access nothing answered.
pub(super) fn machine_check(pa: Hpa, access: Access) -> InterruptKind {
    InterruptKind::MachineCheck { addr: pa.raw(), access }
}

// A line is 16 bytes: a context switch moves all 192 of them (see [`Line::frame`]).
const _: () = assert!(size_of::<Line>() == 16);
