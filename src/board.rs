//! The `ppce500` board as data: where each block sits in the physical map, which MPIC source
//! each device interrupts on, and the clock frequencies. The device tree the machine passes to
//! its guest is generated from this table (`boot::fdt`), and the device models can take their
//! addresses from it too. Values: QEMU 7.2's `ppce500` machine, docs/boot.md "The board".

/// A block of registers: offset from its parent's base and size in bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// Offset (from [`CCSR_BASE`] for the blocks in [`ccsr`]).
    pub offset: u64,
    /// Size in bytes.
    pub size: u64,
}

/// The core clock, the timebase and the UART's input clock: 400 MHz.
pub const PLATFORM_CLOCK_HZ: u32 = 400_000_000;
/// The PCI bus clock the PCI host node states (66.67 MHz).
pub const PCI_CLOCK_HZ: u32 = 66_666_666;

/// Base of the 1 MiB configuration, control and status register space (CCSR).
pub const CCSR_BASE: u64 = 0xF_E000_0000;
/// Its size.
pub const CCSR_SIZE: u64 = 0x10_0000;

/// The physical address of a block inside CCSR.
pub const fn in_ccsr(block: Block) -> u64 {
    CCSR_BASE + block.offset
}

/// The blocks inside CCSR.
pub mod ccsr {
    use super::Block;
    /// The I2C controller.
    pub const I2C: Block = Block { offset: 0x3000, size: 0x14 };
    /// UART0 (ns16550, the console).
    pub const UART0: Block = Block { offset: 0x4500, size: 0x100 };
    /// UART1.
    pub const UART1: Block = Block { offset: 0x4600, size: 0x100 };
    /// The local bus controller's registers (no device-tree node: QEMU's tree has none).
    pub const LBC: Block = Block { offset: 0x5000, size: 0x1000 };
    /// The PCI host controller's registers.
    pub const PCI: Block = Block { offset: 0x8000, size: 0x1000 };
    /// The MPIC interrupt controller.
    pub const MPIC: Block = Block { offset: 0x4_0000, size: 0x4_0000 };
    /// The MPIC's message-signalled interrupt registers (inside the MPIC block).
    pub const MSI: Block = Block { offset: 0x4_1600, size: 0x200 };
    /// The global utilities (GUTS, with the reset control register RSTCR).
    pub const GUTS: Block = Block { offset: 0xE_0000, size: 0x1000 };
    /// The GPIO controller (pin 0 powers the machine off).
    pub const GPIO: Block = Block { offset: 0xF_F000, size: 0x1000 };
}

/// MPIC interrupt source numbers.
pub mod irq {
    /// Both UARTs.
    pub const UART: u32 = 42;
    /// The I2C controller.
    pub const I2C: u32 = 43;
    /// The GPIO controller.
    pub const GPIO: u32 = 47;
    /// The PCI host controller itself.
    pub const PCI_HOST: u32 = 24;
    /// PCI INTA..INTD are sources `PCI_INTA .. PCI_INTA + 3`.
    pub const PCI_INTA: u32 = 1;
    /// The first of the eight MSI sources.
    pub const MSI_FIRST: u32 = 0xE0;
    /// How many MSI sources there are.
    pub const MSI_COUNT: u32 = 8;
    /// Device-tree interrupt sense: level, active high (`interrupts = <n 2>`).
    pub const LEVEL_HIGH: u32 = 2;
}

/// The I2C bus address of the real-time clock (a DS1338-compatible part).
pub const RTC_I2C_ADDRESS: u32 = 0x68;

/// The PCI host: its memory window in the physical map and on the PCI bus.
pub mod pci {
    /// Physical base of the 512 MiB PCI memory window.
    pub const MMIO_BASE: u64 = 0xC_0000_0000;
    /// The PCI bus address the memory window starts at.
    pub const MMIO_BUS_BASE: u32 = 0xE000_0000;
    /// Size of the memory window.
    pub const MMIO_SIZE: u32 = 0x2000_0000;
    /// Physical base of the 64 KiB PCI I/O window.
    pub const PIO_BASE: u64 = 0xF_E100_0000;
    /// Size of the I/O window.
    pub const PIO_SIZE: u32 = 0x1_0000;
    /// The first device slot whose interrupts are routed.
    pub const FIRST_SLOT: u32 = 1;
    /// How many slots are routed (1..=31).
    pub const SLOTS: u32 = 31;

    /// The MPIC source of `pin` (0 = INTA) of the device in `slot`: the pins rotate with the
    /// slot number, so neighbouring devices spread over the four lines.
    pub const fn source(slot: u32, pin: u32) -> u32 {
        super::irq::PCI_INTA + (slot + pin) % 4
    }
}

/// The platform bus for dynamically created devices: physical base and size.
pub const PLATFORM_BUS_BASE: u64 = 0xF_0000_0000;
/// Its size (128 MiB).
pub const PLATFORM_BUS_SIZE: u32 = 0x800_0000;

/// The L1 instruction and data cache size stated for every core model (32 KiB).
pub const L1_CACHE_SIZE: u32 = 0x8000;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pci_pins_rotate_with_the_slot() {
        // The table QEMU 7.2 prints in its tree's interrupt-map (docs/boot.md): slot 1 INTA..D
        // -> 2, 3, 4, 1; slot 2 -> 3, 4, 1, 2; slot 4 -> 1, 2, 3, 4.
        assert_eq!([0, 1, 2, 3].map(|p| pci::source(1, p)), [2, 3, 4, 1]);
        assert_eq!([0, 1, 2, 3].map(|p| pci::source(2, p)), [3, 4, 1, 2]);
        assert_eq!([0, 1, 2, 3].map(|p| pci::source(4, p)), [1, 2, 3, 4]);
    }
}
