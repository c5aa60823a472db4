//! [`Bus`]: the physical address map of one machine, RAM plus MMIO device windows.
//!
//! An access goes to RAM if all of its bytes are RAM, else to the device window that holds all
//! of its bytes, else it is a [`BusFault`]: the core delivers a machine check. So everything not
//! explicitly backed faults, including every CCSR register of `ppce500` other than the devices
//! below (DDR controller, LAWs, ...), the PCI and platform-bus windows, and
//! accesses that straddle RAM and anything else. (QEMU 7.2 reads unassigned addresses as 0 and
//! drops stores to them: `compat.unassigned_reads_zero`, applied by the core's access path.)
//!
//! # `ppce500` ([`Bus::ppce500`])
//! | HPA | size | what |
//! |---|---|---|
//! | 0x0_0000_0000 | `ram_size` | RAM |
//! | 0xF_E000_4500 | 8 | UART0 (the console, [`Bus::console`]) |
//! | 0xF_E000_4600 | 8 | UART1 (output kept apart, not echoed) |
//! | 0xF_E004_0000 | 0x40000 | MPIC ([`Mpic`]): its outputs drive the core ([`Bus::irq_outputs`]) |
//! | 0xF_E000_5000 | 0x1000 | local bus controller registers ([`Lbc`]) |
//! | 0xF_E000_8000 | 0x1000 | PCI controller and host bridge ([`PciHost`]) |
//! | 0xF_E00E_0000 | 0x1000 | global utilities ([`Guts`]): RSTCR requests a reset ([`Bus::reset_requested`]) |
//! | 0xF_E00F_F000 | 0x1000 | GPIO: pin 0 powers off ([`Bus::powered_off`]) |
//!
//! A device window may leave offsets unanswered (a device's read returns `None`): those are bus
//! faults like unbacked addresses (docs/devices.md).
//!
//! Device register semantics per access size follow QEMU: a UART access of any size reaches the
//! byte register at its address (reads return it zero-extended, writes use the low byte); the
//! GPIO block acts only on word accesses. The hypervisor builds its own guest map with
//! [`GpaMap`](crate::phys::GpaMap), whose MMIO regions name devices here by [`DeviceId`].

use crate::addr::Hpa;
use crate::compat::Compat;
use crate::narrow::Narrow;
use crate::phys::CacheLine;
use crate::phys::gpio::Gpio;
use crate::phys::guts::Guts;
use crate::phys::lbc::Lbc;
use crate::phys::memory::{AddRamError, PhysMemory};
use crate::phys::mpic::{Mpic, Outputs};
use crate::phys::pci::PciHost;
use crate::phys::range::MemRange;
use crate::phys::uart::Uart16550;

/// The width of a bus access.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessSize {
    /// 1 byte.
    Byte,
    /// 2 bytes.
    Half,
    /// 4 bytes.
    Word,
}

impl AccessSize {
    /// The width in bytes.
    pub const fn bytes(self) -> u64 {
        match self {
            AccessSize::Byte => 1,
            AccessSize::Half => 2,
            AccessSize::Word => 4,
        }
    }
}

/// An access to a physical address nothing backs: the core turns it into a machine check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "no RAM or device for the {}-byte {} at {addr}",
    size.bytes(),
    if *write { "write" } else { "read" }
)]
pub struct BusFault {
    /// First byte of the access.
    pub addr: Hpa,
    /// Its width.
    pub size: AccessSize,
    /// Whether it was a store.
    pub write: bool,
}

/// Why the map could not be extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MapError {
    /// RAM could not be added.
    #[error(transparent)]
    Ram(#[from] AddRamError),
    /// A device window is empty or runs past the 36-bit space.
    #[error("device window {base} + {len:#x} is empty or runs past the 36-bit space")]
    BadWindow {
        /// The base asked for.
        base: Hpa,
        /// The length asked for.
        len: u64,
    },
    /// The new range overlaps RAM or a device window.
    #[error("{range} overlaps {existing}")]
    Overlap {
        /// The range asked for.
        range: MemRange,
        /// What it overlaps.
        existing: MemRange,
    },
}

/// A device on the bus.
#[derive(Clone, Debug)]
pub enum Device {
    /// An ns16550 UART.
    Uart(Uart16550),
    /// The MPC8xxx GPIO block.
    Gpio(Gpio),
    /// The MPIC interrupt controller.
    Mpic(Mpic),
    /// The local bus controller's registers.
    Lbc(Lbc),
    /// The PCI controller and its host bridge.
    Pci(PciHost),
    /// The global utilities block.
    Guts(Guts),
}

impl Device {
    /// Reads `size` bytes at `offset` into the device's window; `None` where no register
    /// answers (a bus fault).
    pub fn read(&mut self, offset: u64, size: AccessSize) -> Option<u32> {
        match self {
            Device::Uart(u) => Some(u.read(offset).into()),
            Device::Gpio(g) => Some(g.read(offset, size)),
            Device::Mpic(m) => Some(m.read(offset, size)),
            Device::Lbc(l) => l.read(offset, size),
            Device::Pci(p) => p.read(offset, size),
            Device::Guts(g) => g.read(offset, size),
        }
    }

    /// Writes `size` bytes of `value` at `offset` into the device's window; `false` where no
    /// register answers (a bus fault).
    pub fn write(&mut self, offset: u64, size: AccessSize, value: u32) -> bool {
        match self {
            Device::Uart(u) => u.write(offset, value.low_u8()),
            Device::Gpio(g) => g.write(offset, size, value),
            Device::Mpic(m) => m.write(offset, size, value),
            Device::Lbc(l) => return l.write(offset, size, value),
            Device::Pci(p) => return p.write(offset, size, value),
            Device::Guts(g) => return g.write(offset, size, value),
        }
        true
    }
}

/// Names a device window of one [`Bus`]: its index in the order the windows were added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DeviceId(pub usize);

/// A device and the window of host-physical addresses it answers.
#[derive(Clone, Debug)]
pub struct MmioWindow {
    /// The addresses it answers.
    pub range: MemRange,
    /// The device.
    pub device: Device,
}

pub mod ppce500 {
    //! `ppce500` addresses (`docs/qemu-ppce500.md`, "Physical memory map").
    //!
    //! Where the device models sit: the addresses of [`crate::board`], the one description of
    //! the board (the device tree is generated from it too).
    use crate::addr::Hpa;
    use crate::board::{self, ccsr, in_ccsr};

    /// QEMU's default `-m`.
    #[cfg(test)]
    pub const DEFAULT_RAM_SIZE: u64 = 128 << 20;
    /// The CCSR block (1 MiB).
    pub const CCSR_BASE: Hpa = Hpa::new(board::CCSR_BASE);
    /// UART0, the console.
    pub const UART0_BASE: Hpa = Hpa::new(in_ccsr(ccsr::UART0));
    /// UART1.
    pub const UART1_BASE: Hpa = Hpa::new(in_ccsr(ccsr::UART1));
    /// The GPIO block.
    pub const GPIO_BASE: Hpa = Hpa::new(in_ccsr(ccsr::GPIO));
    /// The MPIC.
    pub const MPIC_BASE: Hpa = Hpa::new(in_ccsr(ccsr::MPIC));
    /// The local bus controller's registers.
    pub const LBC_BASE: Hpa = Hpa::new(in_ccsr(ccsr::LBC));
    /// The PCI controller.
    pub const PCI_BASE: Hpa = Hpa::new(in_ccsr(ccsr::PCI));
    /// The global utilities block.
    pub const GUTS_BASE: Hpa = Hpa::new(in_ccsr(ccsr::GUTS));
    /// The MPIC interrupt source the UARTs drive (the device tree's `interrupts = <42 2>`:
    /// internal source 26, the DUART).
    pub const UART_IRQ: usize = board::irq::UART as usize;
    /// How many device windows [`super::Bus::add_ppce500_devices`] adds.
    pub const DEVICES: usize = 7;
}

/// What the ppce500's devices need to know of the machine: the fidelity profile and the core's
/// identification registers (GUTS reports them).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Soc {
    /// The profile's switches.
    pub compat: Compat,
    /// The core's PVR.
    pub pvr: u32,
    /// The core's SVR SPR.
    pub svr: u32,
}

/// The physical address map of one machine: see the module documentation.
#[derive(Clone, Debug, Default)]
pub struct Bus {
    ram: PhysMemory,
    windows: Vec<MmioWindow>,
    console: Option<DeviceId>,
    /// The interrupt controller whose outputs drive the core, and their levels.
    mpic: Option<DeviceId>,
    irq: Outputs,
    /// A device was read or written since [`Bus::take_touched`] last looked.
    touched: bool,
}

impl Bus {
    /// A bus with this RAM and no devices.
    pub fn new(ram: PhysMemory) -> Self {
        Bus { ram, windows: Vec::new(), console: None, mpic: None, irq: Outputs::default(), touched: false }
    }

    /// QEMU `ppce500`'s map with `ram_size` bytes of RAM at 0 (a non-zero multiple of 4 KiB)
    /// and its devices ([`Bus::add_ppce500_devices`]).
    pub fn ppce500(ram_size: u64, soc: &Soc) -> Result<Self, MapError> {
        let mut bus = Bus::new(PhysMemory::new());
        bus.add_ram(Hpa::new(0), ram_size)?;
        bus.add_ppce500_devices(soc)?;
        Ok(bus)
    }

    /// Adds the ppce500's device windows (the table above) as `soc`'s profile builds them (the
    /// MPIC from [`Mpic::for_profile`] drives the core); UART0 is the console. Returns each window's base, length and device.
    pub fn add_ppce500_devices(
        &mut self,
        soc: &Soc,
    ) -> Result<[(Hpa, u64, DeviceId); ppce500::DEVICES], MapError> {
        let c = soc.compat;
        let windows = [
            (ppce500::UART0_BASE, Uart16550::LEN, Device::Uart(Uart16550::new())),
            (ppce500::UART1_BASE, Uart16550::LEN, Device::Uart(Uart16550::new())),
            (ppce500::GPIO_BASE, Gpio::LEN, Device::Gpio(Gpio::new())),
            (ppce500::MPIC_BASE, Mpic::LEN, Device::Mpic(Mpic::for_profile(c))),
            (ppce500::LBC_BASE, Lbc::LEN, Device::Lbc(Lbc::new(c.lbc_unassigned))),
            (ppce500::PCI_BASE, PciHost::LEN, Device::Pci(PciHost::new())),
            (ppce500::GUTS_BASE, Guts::LEN, Device::Guts(Guts::new(soc.pvr, soc.svr, c.guts_qemu_reads))),
        ];
        let mut ids = [(Hpa::new(0), 0, DeviceId(0)); ppce500::DEVICES];
        for (slot, (base, len, device)) in ids.iter_mut().zip(windows) {
            *slot = (base, len, self.add_device(base, len, device)?);
        }
        self.console = Some(ids[0].2);
        self.mpic = Some(ids[3].2);
        self.refresh_irq();
        Ok(ids)
    }

    /// The interrupt controller's output levels (int: external input, cint: critical input), as
    /// of the last access through [`Bus::read`]/[`Bus::write`] or [`Bus::refresh_irq`].
    #[inline]
    pub const fn irq_outputs(&self) -> Outputs {
        self.irq
    }

    /// Drives the interrupt controller's inputs from the devices (the UARTs' interrupt outputs,
    /// ORed, to source [`ppce500::UART_IRQ`]) and re-reads its outputs: after accessing a device
    /// through [`Bus::device_mut`] (or feeding a UART input).
    pub fn refresh_irq(&mut self) {
        let Some(id) = self.mpic else {
            self.irq = Outputs::default();
            return;
        };
        let uart = self.windows.iter().any(|w| matches!(&w.device, Device::Uart(u) if u.interrupt_pending()));
        self.irq = match self.device_mut(id) {
            Some(Device::Mpic(m)) => {
                m.set_line(ppce500::UART_IRQ, uart);
                m.outputs()
            }
            _ => Outputs::default(),
        };
    }

    /// Whether an access to window `id` can change the interrupt lines.
    fn drives_irq(&self, id: DeviceId) -> bool {
        Some(id) == self.mpic || matches!(self.windows[id.0].device, Device::Uart(_))
    }

    /// The first RAM region or device window that `range` overlaps.
    fn overlap(&self, range: &MemRange) -> Option<MemRange> {
        let ram = self.ram.regions().iter();
        ram.chain(self.windows.iter().map(|w| &w.range)).find(|r| r.overlaps(range)).copied()
    }

    /// Adds RAM at `base .. base + size`, which must not overlap RAM or a device window.
    pub fn add_ram(&mut self, base: Hpa, size: u64) -> Result<(), MapError> {
        if let Some(range) = MemRange::new(base, size)
            && let Some(existing) = self.windows.iter().find(|w| w.range.overlaps(&range))
        {
            return Err(MapError::Overlap { range, existing: existing.range });
        }
        Ok(self.ram.add_ram(base, size)?)
    }

    /// Maps `device` at `base .. base + len`, which must not overlap RAM or another window.
    pub fn add_device(&mut self, base: Hpa, len: u64, device: Device) -> Result<DeviceId, MapError> {
        let range = MemRange::new(base, len).ok_or(MapError::BadWindow { base, len })?;
        if let Some(existing) = self.overlap(&range) {
            return Err(MapError::Overlap { range, existing });
        }
        self.windows.push(MmioWindow { range, device });
        Ok(DeviceId(self.windows.len() - 1))
    }

    /// The RAM.
    pub fn ram(&self) -> &PhysMemory {
        &self.ram
    }

    /// The RAM, mutably. RAM added through it is not checked against device windows, and RAM
    /// wins where they overlap; prefer [`Bus::add_ram`].
    pub fn ram_mut(&mut self) -> &mut PhysMemory {
        &mut self.ram
    }

    /// The device windows, in [`DeviceId`] order.
    #[cfg(test)]
    pub fn windows(&self) -> &[MmioWindow] {
        &self.windows
    }

    /// A device by id.
    pub fn device(&self, id: DeviceId) -> Option<&Device> {
        self.windows.get(id.0).map(|w| &w.device)
    }

    /// A device by id, mutably.
    pub fn device_mut(&mut self, id: DeviceId) -> Option<&mut Device> {
        self.windows.get_mut(id.0).map(|w| &mut w.device)
    }

    /// The device window holding all of `addr .. addr + len`, and the offset of `addr` in it.
    pub fn device_at(&self, addr: Hpa, len: u64) -> Option<(DeviceId, u64)> {
        let i = self.windows.iter().position(|w| w.range.contains_span(addr, len))?;
        Some((DeviceId(i), self.windows[i].range.offset_of(addr)?))
    }

    /// Everything the console UART has transmitted (empty without a console).
    pub fn console(&self) -> &[u8] {
        match self.console.and_then(|id| self.device(id)) {
            Some(Device::Uart(u)) => u.output(),
            _ => &[],
        }
    }

    /// Whether a GPIO block has powered the machine off.
    pub fn powered_off(&self) -> bool {
        self.windows.iter().any(|w| matches!(&w.device, Device::Gpio(g) if g.powered_off()))
    }

    /// Whether the global utilities block has been asked for a machine reset (RSTCR).
    pub fn reset_requested(&self) -> bool {
        self.windows.iter().any(|w| matches!(&w.device, Device::Guts(g) if g.reset_requested()))
    }

    /// Whether a device was read or written since the last call (the run loops look at the
    /// console and the power-off and reset requests only then).
    #[inline]
    pub fn take_touched(&mut self) -> bool {
        // A load on the common path; the store only after a device access.
        if self.touched {
            self.touched = false;
            true
        } else {
            false
        }
    }

    /// Notes a device access made through [`Bus::device_mut`] (the hypervisor's MMIO replay),
    /// as [`Bus::read`] and [`Bus::write`] note theirs.
    pub fn note_device_access(&mut self) {
        self.touched = true;
    }

    /// Queues `bytes` for the console UART's receiver (keystrokes, `--console-input`): they
    /// arrive one at a time as the guest reads ([`Uart16550::feed`]).
    pub fn console_feed(&mut self, bytes: &[u8]) {
        if let Some(Device::Uart(u)) = self.console.and_then(|id| self.device_mut(id)) {
            u.feed(bytes);
        }
        self.touched = true;
        self.refresh_irq();
    }

    /// Holds the console UART's queued input until its output ends with `text`
    /// ([`Uart16550::hold_input_until`]).
    pub fn console_hold_input_until(&mut self, text: &[u8]) {
        if let Some(Device::Uart(u)) = self.console.and_then(|id| self.device_mut(id)) {
            u.hold_input_until(text);
        }
    }

    /// Bytes queued for the console UART that have not reached its receiver yet.
    #[cfg(test)]
    pub fn console_pending_input(&self) -> usize {
        match self.console.and_then(|id| self.device(id)) {
            Some(Device::Uart(u)) => u.pending_input(),
            _ => 0,
        }
    }

    /// Reads `size` bytes at `addr` if they all are RAM (big-endian), else `None`: never a
    /// device.
    #[inline(always)]
    pub fn read_ram(&self, addr: Hpa, size: AccessSize) -> Option<u32> {
        match size {
            AccessSize::Byte => self.ram.read_u8(addr).map(u32::from),
            AccessSize::Half => self.ram.read_u16(addr).map(u32::from),
            AccessSize::Word => self.ram.read_u32(addr),
        }
        .ok()
    }

    /// Writes the low `size` bytes of `value` at `addr` if they all are RAM; `false` (nothing
    /// written) else: never a device.
    #[inline(always)]
    pub fn write_ram(&mut self, addr: Hpa, size: AccessSize, value: u32) -> bool {
        match size {
            AccessSize::Byte => self.ram.write_u8(addr, value.low_u8()),
            AccessSize::Half => self.ram.write_u16(addr, value.low_u16()),
            AccessSize::Word => self.ram.write_u32(addr, value),
        }
        .is_ok()
    }

    /// Zeroes the `line`-aligned block containing `addr` (`dcbz`) if it is RAM; `false`
    /// (nothing written) else: never a device.
    #[inline]
    pub fn zero_ram(&mut self, addr: Hpa, line: CacheLine) -> bool {
        self.ram.zero_block(addr, line).is_ok()
    }

    /// Reads `size` bytes at `addr`, big-endian, zero-extended.
    pub fn read(&mut self, addr: Hpa, size: AccessSize) -> Result<u32, BusFault> {
        if let Some(v) = self.read_ram(addr, size) {
            return Ok(v);
        }
        let fault = BusFault { addr, size, write: false };
        let (id, offset) = self.device_at(addr, size.bytes()).ok_or(fault)?;
        self.touched = true;
        let v = self.windows[id.0].device.read(offset, size).ok_or(fault)?;
        if self.drives_irq(id) {
            self.refresh_irq();
        }
        Ok(v)
    }

    /// Writes the low `size` bytes of `value` at `addr`, big-endian.
    pub fn write(&mut self, addr: Hpa, size: AccessSize, value: u32) -> Result<(), BusFault> {
        if self.write_ram(addr, size, value) {
            return Ok(());
        }
        let fault = BusFault { addr, size, write: true };
        let (id, offset) = self.device_at(addr, size.bytes()).ok_or(fault)?;
        self.touched = true;
        if !self.windows[id.0].device.write(offset, size, value) {
            return Err(fault);
        }
        if self.drives_irq(id) {
            self.refresh_irq();
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phys::NotRam;
    use AccessSize::{Byte, Half, Word};

    const MIB: u64 = 1 << 20;

    fn h(v: u64) -> Hpa {
        Hpa::new(v)
    }

    fn soc() -> Soc {
        Soc { compat: Compat::default(), pvr: 0x8021_0022, svr: 0 }
    }

    fn machine() -> Bus {
        Bus::ppce500(ppce500::DEFAULT_RAM_SIZE, &soc()).expect("the ppce500 map is valid")
    }

    #[test]
    fn uart_interrupt_reaches_the_mpic_source_42() {
        let mut bus = machine();
        let (ivpr42, ctpr, iack) = (h(0xF_E005_0540), h(0xF_E006_0080), h(0xF_E006_00A0));
        let (ier, iir) = (h(0xF_E000_4501), h(0xF_E000_4502));
        bus.write(ivpr42, Word, 0x0085_0042).unwrap();
        bus.write(ctpr, Word, 0).unwrap();
        assert!(!bus.irq_outputs().int);
        // THR empty interrupt enabled: IIR reports it, the line rises.
        bus.write(ier, Byte, 0x02).unwrap();
        assert!(bus.irq_outputs().int);
        assert_eq!(bus.read(ivpr42, Word), Ok(0x4085_0042));
        assert_eq!(bus.read(iack, Word), Ok(0x42));
        assert!(!bus.irq_outputs().int, "in service");
        // Reading IIR clears the THR-empty condition: the line falls.
        assert_eq!(bus.read(iir, Byte), Ok(0x02));
        assert_eq!(bus.read(ivpr42, Word), Ok(0x0085_0042));
        // A transmitted byte empties THR again: requesting, but 42 is still in service.
        bus.write(h(0xF_E000_4500), Byte, u32::from(b'x')).unwrap();
        assert!(!bus.irq_outputs().int);
        bus.write(h(0xF_E006_00B0), Word, 0).unwrap();
        assert!(bus.irq_outputs().int, "after EOI");
    }

    #[test]
    fn ccsr_registers_answer_or_fault() {
        let mut bus = machine();
        // GUTS PVR; an LBC hole and the PCI gap fault; RSTCR requests a reset.
        assert_eq!(bus.read(h(0xF_E00E_00A0), Word), Ok(0x8021_0022));
        let hole = h(0xF_E000_5040);
        assert_eq!(bus.read(hole, Word), Err(BusFault { addr: hole, size: Word, write: false }));
        let gap = h(0xF_E000_8100);
        assert_eq!(bus.write(gap, Word, 1), Err(BusFault { addr: gap, size: Word, write: true }));
        assert!(!bus.reset_requested());
        assert_eq!(bus.write(h(0xF_E00E_00B0), Word, 2), Ok(()));
        assert!(bus.reset_requested());
    }

    #[test]
    fn ppce500_map() {
        let bus = machine();
        let r = |b, s| MemRange::new(h(b), s).unwrap();
        assert_eq!(bus.ram().regions(), &[r(0, 128 * MIB)]);
        let windows: Vec<MemRange> = bus.windows().iter().map(|w| w.range).collect();
        #[rustfmt::skip]
        assert_eq!(windows, [r(0xF_E000_4500, 8), r(0xF_E000_4600, 8), r(0xF_E00F_F000, 0x1000), r(0xF_E004_0000, 0x4_0000),
                             r(0xF_E000_5000, 0x1000), r(0xF_E000_8000, 0x1000), r(0xF_E00E_0000, 0x1000)]);
        assert!(matches!(bus.device(DeviceId(2)), Some(Device::Gpio(_))));
        assert!(matches!(bus.device(DeviceId(3)), Some(Device::Mpic(_))));
        assert!(matches!(bus.device(DeviceId(4)), Some(Device::Lbc(_))));
        assert!(matches!(bus.device(DeviceId(5)), Some(Device::Pci(_))));
        assert!(matches!(bus.device(DeviceId(6)), Some(Device::Guts(_))));
        assert!(bus.device(DeviceId(7)).is_none());
        assert_eq!(bus.device_at(h(0xF_E000_4505), 1), Some((DeviceId(0), 5)));
        assert_eq!(bus.device_at(h(0xF_E000_4607), 1), Some((DeviceId(1), 7)));
        assert_eq!(bus.device_at(h(0xF_E000_4607), 2), None);
    }

    #[test]
    fn ram_through_the_bus_is_big_endian() {
        let mut bus = machine();
        bus.write(h(0x1000), Word, 0xCAFE_F00D).unwrap();
        #[rustfmt::skip]
        let table: &[(u64, AccessSize, u32)] = &[
            (0x1000, Byte, 0xCA), (0x1003, Byte, 0x0D), (0x1000, Half, 0xCAFE),
            (0x1001, Half, 0xFEF0), (0x1000, Word, 0xCAFE_F00D), (0x0FFE, Word, 0x0000_CAFE),
        ];
        for &(a, size, v) in table {
            assert_eq!(bus.read(h(a), size), Ok(v), "{a:#x} {size:?}");
        }
        bus.write(h(0x1002), Half, 0xFFFF_1234).unwrap(); // only the low half is stored
        assert_eq!(bus.read(h(0x1000), Word), Ok(0xCAFE_1234));
        bus.write(h(0x7FF_FFFF), Byte, 0x1AB).unwrap(); // the last RAM byte
        assert_eq!(bus.ram().read_u8(h(0x7FF_FFFF)), Ok(0xAB));
    }

    #[test]
    fn unbacked_addresses_fault() {
        let mut bus = machine();
        #[rustfmt::skip]
        let table: &[(u64, AccessSize)] = &[
            (0x800_0000, Byte),       // just past 128 MiB of RAM
            (0x7FF_FFFE, Word),       // straddles the end of RAM
            (0xC_0000_0000, Word),    // PCI window: not modelled
            (0xF_0000_0000, Word),    // platform bus: not modelled
            (0xF_E000_0000, Word),    // CCSR base: no device
            (0xF_E008_0000, Word),    // just past the MPIC
            (0xF_E000_44FF, Byte),    // just below UART0
            (0xF_E000_4508, Byte),    // just past UART0
            (0xF_E000_4506, Word),    // starts in UART0, runs past it
            (0xF_E00F_EFFE, Word),    // straddles into the GPIO block
            (0xF_FFFF_FFFF, Byte),    // top of the space
            (0xF_FFFF_FFFE, Word),    // would run past 2^36
        ];
        for &(a, size) in table {
            assert_eq!(bus.read(h(a), size), Err(BusFault { addr: h(a), size, write: false }));
            assert_eq!(bus.write(h(a), size, 1), Err(BusFault { addr: h(a), size, write: true }));
        }
        assert_eq!(
            BusFault { addr: h(0xF_E000_0000), size: Word, write: true }.to_string(),
            "no RAM or device for the 4-byte write at HPA:0xfe0000000"
        );
    }

    #[test]
    fn console_output_through_uart0() {
        let mut bus = machine();
        let thr = ppce500::UART0_BASE;
        let lsr = h(0xF_E000_4505);
        assert_eq!(bus.read(lsr, Byte), Ok(0x60));
        for &b in b"ok\n" {
            bus.write(thr, Byte, b.into()).unwrap();
        }
        // A word store reaches the byte register at its address; its low byte is sent (QEMU).
        bus.write(thr, Word, 0x1234_5621).unwrap();
        assert_eq!(bus.read(lsr, Half), Ok(0x0060)); // 5..7 fits in the window
        assert!(bus.read(lsr, Word).is_err()); // 5..9 does not
        assert_eq!(bus.console(), b"ok\n!");
        // UART1 keeps its own output.
        bus.write(ppce500::UART1_BASE, Byte, b'x'.into()).unwrap();
        assert_eq!(bus.console(), b"ok\n!");
        match bus.device(DeviceId(1)) {
            Some(Device::Uart(u)) => assert_eq!(u.output(), b"x"),
            other => panic!("UART1 expected, found {other:?}"),
        }
        // DLAB through the bus: LCR = 0x80, then offset 0 is DLL.
        bus.write(h(0xF_E000_4503), Byte, 0x80).unwrap();
        bus.write(thr, Byte, 0x07).unwrap();
        assert_eq!(bus.read(thr, Byte), Ok(0x07));
        assert_eq!(bus.console(), b"ok\n!");
        assert!(!bus.powered_off());
    }

    #[test]
    fn gpio_power_off_through_the_bus() {
        let mut bus = machine();
        let (gpdir, gpdat) = (ppce500::GPIO_BASE, h(0xF_E00F_F008));
        bus.write(gpdir, Word, 0x8000_0000).unwrap();
        assert!(!bus.powered_off());
        assert_eq!(bus.read(gpdir, Word), Ok(0x8000_0000));
        bus.write(gpdat, Byte, 0x80).unwrap(); // byte writes do nothing
        assert!(!bus.powered_off());
        bus.write(gpdat, Word, 0x8000_0000).unwrap();
        assert!(bus.powered_off());
    }

    #[test]
    fn map_building_errors() {
        #[rustfmt::skip]
        let table: &[(u64, MapError)] = &[
            (0, MapError::Ram(AddRamError::Empty { base: h(0) })),
            (0x1800, MapError::Ram(AddRamError::Misaligned { base: h(0), size: 0x1800 })),
            // 63.5 GiB + 20 KiB of RAM from 0 runs into CCSR (UART0 is the first window added).
            (0xF_E000_5000, MapError::Overlap {
                range: MemRange::new(h(0xF_E000_4500), 8).unwrap(),
                existing: MemRange::new(h(0), 0xF_E000_5000).unwrap(),
            }),
        ];
        for (size, want) in table {
            assert_eq!(Bus::ppce500(*size, &soc()).err(), Some(*want), "{size:#x}");
        }
        let mut bus = machine();
        let uart0 = MemRange::new(ppce500::UART0_BASE, 8).unwrap();
        assert_eq!(
            bus.add_ram(h(0xF_E000_4000), 0x1000),
            Err(MapError::Overlap {
                range: MemRange::new(h(0xF_E000_4000), 0x1000).unwrap(),
                existing: uart0
            })
        );
        let gpio = Device::Gpio(Gpio::new());
        assert_eq!(
            bus.add_device(h(0xF_E000_4504), 8, gpio.clone()).err(),
            Some(MapError::Overlap { range: MemRange::new(h(0xF_E000_4504), 8).unwrap(), existing: uart0 })
        );
        assert_eq!(
            bus.add_device(h(0x10), 0, gpio.clone()).err(),
            Some(MapError::BadWindow { base: h(0x10), len: 0 })
        );
        assert_eq!(bus.add_device(h(0xF_E000_0000), 0x100, gpio).ok(), Some(DeviceId(7)));
        // A bare bus: no console, no RAM.
        let mut bare = Bus::new(PhysMemory::new());
        assert_eq!(bare.console(), b"");
        assert_eq!(bare.read(h(0), Byte), Err(BusFault { addr: h(0), size: Byte, write: false }));
        assert_eq!(bare.ram().read_u8(h(0)), Err(NotRam { addr: h(0), len: 1 }));
    }

    #[test]
    fn no_panic_on_any_address_or_size() {
        let mut bus = machine();
        let mut x: u64 = 0x2545_F491_4F6C_DD1D;
        for i in 0..20_000u32 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let a = match i % 3 {
                0 => 0xF_E000_0000 | ((x >> 12) & 0xF_FFFF), // CCSR
                1 => (x >> 20) & 0xFFF_FFFF,                 // around RAM
                _ => x >> 28,                                // anywhere
            };
            let size = [Byte, Half, Word][(x % 3) as usize];
            let _ = bus.read(h(a), size);
            let _ = bus.write(h(a), size, x as u32);
        }
    }
}
