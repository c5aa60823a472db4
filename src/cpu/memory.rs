//! The core's view of physical memory: a consumer-side trait (the rust-vmm `DESIGN.md` rule:
//! define what the consumer needs, not how a provider is built). `src/phys` implements it for the
//! machine's bus; the tests implement it over a `Vec<u8>`.

use crate::addr::Hpa;

/// The width of one memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Size {
    /// One byte.
    Byte,
    /// Two bytes.
    Half,
    /// Four bytes.
    Word,
}

impl Size {
    /// The number of bytes.
    #[inline]
    pub const fn bytes(self) -> u32 {
        match self {
            Size::Byte => 1,
            Size::Half => 2,
            Size::Word => 4,
        }
    }

    /// `value`'s low `self.bytes()` bytes in reverse order (a little-endian page, `lhbrx`,
    /// `lwbrx`). Bits above the access width are dropped.
    #[inline]
    pub const fn swap(self, value: u32) -> u32 {
        match self {
            Size::Byte => value & 0xFF,
            Size::Half => (value & 0xFFFF).swap_bytes() >> 16,
            Size::Word => value.swap_bytes(),
        }
    }

    /// `value` cut to the access width.
    #[inline]
    pub const fn truncate(self, value: u32) -> u32 {
        match self {
            Size::Byte => value & 0xFF,
            Size::Half => value & 0xFFFF,
            Size::Word => value,
        }
    }
}

/// Nothing answers at a physical address: the core turns this into a machine check.
///
/// Whether an address is backed is the bus's decision. (QEMU 7.2's `ppce500` raises no machine
/// check for unassigned addresses on the e500: a bus that imitates it answers such reads with 0
/// and drops such writes instead of returning this.)
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("no memory or device answers at this physical address")]
pub struct BusFault;

/// The slot a memory may give for reading a RAM page that holds no data ([`Memory::ram_slot`]).
pub const ZERO_SLOT: u32 = 0;

/// Physical memory as the core sees it.
///
/// Values are big-endian: a `Word` read returns the byte at `pa` in bits 31:24. The core calls
/// `read`/`write` only for naturally aligned `pa` (it splits other accesses into bytes) and
/// byte-swaps for little-endian pages itself.
pub trait Memory {
    /// Reads `size` bytes at `pa`.
    ///
    /// # Errors
    /// [`BusFault`] when nothing backs `pa`.
    fn read(&mut self, pa: Hpa, size: Size) -> Result<u32, BusFault>;

    /// Writes the low `size` bytes of `value` at `pa`.
    ///
    /// # Errors
    /// [`BusFault`] when nothing backs `pa`.
    fn write(&mut self, pa: Hpa, size: Size, value: u32) -> Result<(), BusFault>;

    /// A number that changes whenever anything writes into the 4 KiB physical frame `frame`
    /// (`PA >> 12`), once [`Memory::watch_code`] has been called for it. The decode cache
    /// re-decodes a frame whose number moved, so self-modifying code and code loaded by the host
    /// are seen at the next instruction.
    fn code_generation(&self, frame: u64) -> u64;

    /// Marks `frame` as holding code the core decodes, so that from now on writes into it move
    /// its [`Memory::code_generation`], which this returns. A memory may leave the generations
    /// of frames nobody watches standing (and its [`Memory::write_epoch`] with them), so that
    /// stores to data cost the core nothing. The default suits a memory that moves the
    /// generation of every frame written.
    fn watch_code(&mut self, frame: u64) -> u64 {
        self.code_generation(frame)
    }

    /// A number that moves whenever any frame's [`Memory::code_generation`] moves, if the memory
    /// keeps one: while it stands still the core skips the per-frame lookup on every fetch.
    /// `None` (the default) means "unknown": the core always looks the frame up.
    fn write_epoch(&self) -> Option<u64> {
        None
    }

    /// Reads `size` bytes at `pa` if they are plain RAM (no device, no side effect), else `None`
    /// (the default: nothing is known to be RAM). The core's fast path ([`super::burst`]) reads
    /// through this alone and leaves every other access to a full step.
    #[inline]
    fn read_ram(&mut self, pa: Hpa, size: Size) -> Option<u32> {
        let _ = (pa, size);
        None
    }

    /// Writes the low `size` bytes of `value` at `pa` if they are plain RAM (as [`Memory::write`]
    /// would, generations included), else does nothing and returns `false` (the default).
    #[inline]
    fn write_ram(&mut self, pa: Hpa, size: Size, value: u32) -> bool {
        let _ = (pa, size, value);
        false
    }

    /// Zeroes the `len` bytes at `pa` (a `dcbz` block: aligned to `len`, 32 or 64) if they are
    /// plain RAM, as `len / 4` word writes of 0 would, in one go; `false` (nothing written, the
    /// default) else, and the core writes the words one by one.
    #[inline]
    fn zero_ram(&mut self, pa: Hpa, len: u32) -> bool {
        let _ = (pa, len);
        false
    }

    /// Whether a [`BusFault`] from this memory is final: nothing answers at the address (a
    /// machine check, or QEMU's load of 0). The core's fast path sees memory through an adapter
    /// whose faults mean "not plain RAM: leave it to a full step" instead.
    const FINAL_FAULTS: bool = true;

    /// Which memory the slots of [`Memory::ram_slot`] belong to, if it gives any: a number no
    /// other memory has, so that the core can tell that the slots it keeps are this memory's.
    /// `None` (the default): no slots.
    fn slots_id(&self) -> Option<u64> {
        None
    }

    /// A *slot* for the plain RAM page holding `pa`, if the memory can give one (`for_store`:
    /// one that stores may use, given that a store into a page the core watches must move its
    /// code generation), through which [`Memory::read_slot`] and [`Memory::write_slot`] reach
    /// the page with no lookup. The core's micro-TLB keeps it beside the translation. A slot
    /// given for reading may be [`ZERO_SLOT`], a page of zeros standing for a page that holds no
    /// data: the core keeps it only while [`Memory::pages_with_data`] stands still. `None` (the
    /// default): no slot.
    fn ram_slot(&self, pa: Hpa, for_store: bool) -> Option<u32> {
        let _ = (pa, for_store);
        None
    }

    /// A number that moves whenever a page that held no data is given data (a write by
    /// address): [`ZERO_SLOT`] may then no longer stand for it.
    fn pages_with_data(&self) -> u64 {
        0
    }

    /// Reads `size` bytes at byte `off` of the page at `slot` (aligned to `size`), as
    /// [`Memory::read_ram`] would; `None` if the memory cannot (the core then reads by address).
    #[inline]
    fn read_slot(&self, slot: u32, off: usize, size: Size) -> Option<u32> {
        let _ = (slot, off, size);
        None
    }

    /// Writes the low `size` bytes of `value` at byte `off` of the page at `slot` (aligned to
    /// `size`), as [`Memory::write_ram`] would; `false` (nothing written) if the memory cannot,
    /// or if the write must move a code generation: the core then writes by address.
    #[inline]
    fn write_slot(&mut self, slot: u32, off: usize, size: Size, value: u32) -> bool {
        let _ = (slot, off, size, value);
        false
    }

    /// Zeroes the `len` bytes at byte `off` of the page at `slot` (a `dcbz` block, aligned to
    /// `len`), as [`Memory::zero_ram`] would; `false` (nothing written) as for
    /// [`Memory::write_slot`].
    #[inline]
    fn zero_slot(&mut self, slot: u32, off: usize, len: u32) -> bool {
        let _ = (slot, off, len);
        false
    }

    /// Whether the core's micro-TLB is known to follow the TLB whenever it loads or stores
    /// through this memory, so that the hit need not compare their generations: true only of
    /// the fast path's adapter, whose stretch syncs the micro-TLB first and runs nothing that
    /// changes the TLB.
    const TLB_SYNCED: bool = false;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swap_and_truncate() {
        assert_eq!(Size::Word.swap(0x1122_3344), 0x4433_2211);
        assert_eq!(Size::Half.swap(0xAAAA_1122), 0x2211);
        assert_eq!(Size::Byte.swap(0x1234), 0x34);
        assert_eq!(Size::Half.truncate(0x1234_5678), 0x5678);
        assert_eq!([Size::Byte, Size::Half, Size::Word].map(Size::bytes), [1, 2, 4]);
    }
}
