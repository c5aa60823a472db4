//! The core's view of the physical bus.

use crate::addr::Hpa;
use crate::cpu::{BusFault, Memory, Size};
use crate::narrow::{Narrow, ToUsize};
use crate::phys::{AccessSize, Bus, CacheLine};

// The memory's page of zeros is the slot the core knows as such.
const _: () = assert!(crate::phys::PhysMemory::ZERO_SLOT == crate::cpu::ZERO_SLOT);

/// Adapts [`Bus`] to the core's [`Memory`].
pub(crate) struct BusMemory<'a>(pub &'a mut Bus);

fn size(s: Size) -> AccessSize {
    match s {
        Size::Byte => AccessSize::Byte,
        Size::Half => AccessSize::Half,
        Size::Word => AccessSize::Word,
    }
}

impl Memory for BusMemory<'_> {
    #[inline]
    fn read(&mut self, pa: Hpa, s: Size) -> Result<u32, BusFault> {
        self.0.read(pa, size(s)).map_err(|_| BusFault)
    }
    #[inline]
    fn write(&mut self, pa: Hpa, s: Size, value: u32) -> Result<(), BusFault> {
        self.0.write(pa, size(s), value).map_err(|_| BusFault)
    }
    #[inline]
    fn code_generation(&self, frame: u64) -> u64 {
        self.0.ram().page_generation(Hpa::new(frame << 12))
    }
    #[inline]
    fn watch_code(&mut self, frame: u64) -> u64 {
        self.0.ram_mut().watch(Hpa::new(frame << 12))
    }
    #[inline]
    fn write_epoch(&self) -> Option<u64> {
        Some(self.0.ram().write_epoch())
    }
    #[inline(always)]
    fn read_ram(&mut self, pa: Hpa, s: Size) -> Option<u32> {
        self.0.read_ram(pa, size(s))
    }
    #[inline(always)]
    fn write_ram(&mut self, pa: Hpa, s: Size, value: u32) -> bool {
        self.0.write_ram(pa, size(s), value)
    }
    #[inline]
    fn slots_id(&self) -> Option<u64> {
        Some(self.0.ram().id())
    }
    #[inline]
    fn pages_with_data(&self) -> u64 {
        self.0.ram().pages_with_data()
    }
    #[inline]
    fn ram_slot(&self, pa: Hpa, for_store: bool) -> Option<u32> {
        self.0.ram().slot_for(pa, for_store)
    }
    #[inline(always)]
    fn read_slot(&self, slot: u32, off: usize, s: Size) -> Option<u32> {
        let ram = self.0.ram();
        match s {
            Size::Byte => ram.read_slot::<1>(slot, off).map(|b| u32::from(b[0])),
            Size::Half => ram.read_slot(slot, off).map(|b| u32::from(u16::from_be_bytes(b))),
            Size::Word => ram.read_slot(slot, off).map(u32::from_be_bytes),
        }
    }
    #[inline(always)]
    fn write_slot(&mut self, slot: u32, off: usize, s: Size, value: u32) -> bool {
        let ram = self.0.ram_mut();
        match s {
            Size::Byte => ram.write_slot(slot, off, [value.low_u8()]),
            Size::Half => ram.write_slot(slot, off, value.low_u16().to_be_bytes()),
            Size::Word => ram.write_slot(slot, off, value.to_be_bytes()),
        }
    }
    #[inline]
    fn zero_slot(&mut self, slot: u32, off: usize, len: u32) -> bool {
        self.0.ram_mut().zero_slot(slot, off, len.to_usize())
    }
    #[inline]
    fn zero_ram(&mut self, pa: Hpa, len: u32) -> bool {
        CacheLine::of_bytes(u64::from(len)).is_some_and(|line| self.0.zero_ram(pa, line))
    }
}
