//! [`Gpio`]: the MPC8xxx GPIO block of QEMU's `ppce500` (CCSR + 0xFF000), whose pin 0 powers
//! the machine off.
//!
//! Six 32-bit big-endian registers; pin `i` is bit `0x8000_0000 >> i`:
//!
//! | offset | register | write |
//! |---|---|---|
//! | 0x00 | GPDIR (1 = output) | stored |
//! | 0x04 | GPODR (open drain) | stored |
//! | 0x08 | GPDAT | stored; output pins that change drive their line |
//! | 0x0C | GPIER (interrupt events) | write 1 to clear |
//! | 0x10 | GPIMR | stored |
//! | 0x14 | GPICR | stored |
//!
//! As in QEMU's `hw/gpio/mpc8xxx.c`: only 4-byte accesses at these offsets do anything; any
//! other access in the block reads 0 and ignores writes. A line changes only when a GPDAT write
//! flips a pin already configured as an output (writing GPDIR drives nothing). QEMU's `ppce500`
//! wires pin 0 to power-off on a rising level, so the sequence is: GPDIR = 0x8000_0000, then
//! GPDAT = 0x8000_0000. The flag stays set once raised.

use crate::phys::bus::AccessSize;

/// Register offsets.
pub mod reg {
    /// Direction.
    pub const GPDIR: u64 = 0x00;
    /// Open drain.
    pub const GPODR: u64 = 0x04;
    /// Data.
    pub const GPDAT: u64 = 0x08;
    /// Interrupt events (write 1 to clear).
    pub const GPIER: u64 = 0x0C;
    /// Interrupt mask.
    pub const GPIMR: u64 = 0x10;
    /// Interrupt control.
    pub const GPICR: u64 = 0x14;
}

/// The mask of pin 0, the power-off line on `ppce500`.
pub const POWER_OFF_PIN: u32 = 0x8000_0000;

/// The GPIO block: see the module documentation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Gpio {
    dir: u32,
    odr: u32,
    dat: u32,
    ier: u32,
    imr: u32,
    icr: u32,
    powered_off: bool,
}

impl Gpio {
    /// Bytes of register space (the window QEMU maps).
    pub const LEN: u64 = 0x1000;

    /// The block at reset: all registers 0, all pins inputs.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether pin 0 has been driven high as an output (the machine asked to power off).
    pub fn powered_off(&self) -> bool {
        self.powered_off
    }

    /// Reads `size` bytes at `offset`.
    pub fn read(&self, offset: u64, size: AccessSize) -> u32 {
        if size != AccessSize::Word {
            return 0;
        }
        match offset {
            reg::GPDIR => self.dir,
            reg::GPODR => self.odr,
            reg::GPDAT => self.dat,
            reg::GPIER => self.ier,
            reg::GPIMR => self.imr,
            reg::GPICR => self.icr,
            _ => 0,
        }
    }

    /// Writes `size` bytes of `value` at `offset`.
    pub fn write(&mut self, offset: u64, size: AccessSize, value: u32) {
        if size != AccessSize::Word {
            return;
        }
        match offset {
            reg::GPDIR => self.dir = value,
            reg::GPODR => self.odr = value,
            reg::GPDAT => self.write_data(value),
            reg::GPIER => self.ier &= !value,
            reg::GPIMR => self.imr = value,
            reg::GPICR => self.icr = value,
            _ => {}
        }
    }

    fn write_data(&mut self, value: u32) {
        let driven = (self.dat ^ value) & self.dir;
        if driven & POWER_OFF_PIN != 0 && value & POWER_OFF_PIN != 0 {
            self.powered_off = true;
        }
        self.dat = value;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccessSize::{Byte, Half, Word};

    #[test]
    fn power_off_sequences() {
        // (writes in order, powered off afterwards)
        type Writes = &'static [(u64, AccessSize, u32)];
        #[rustfmt::skip]
        let table: &[(Writes, bool)] = &[
            // The ppce500 sequence.
            (&[(reg::GPDIR, Word, 0x8000_0000), (reg::GPDAT, Word, 0x8000_0000)], true),
            // Other pins set too: pin 0 still rises.
            (&[(reg::GPDIR, Word, 0xFFFF_FFFF), (reg::GPDAT, Word, 0xC000_0001)], true),
            // Data before direction: no line changes when GPDIR is written.
            (&[(reg::GPDAT, Word, 0x8000_0000), (reg::GPDIR, Word, 0x8000_0000)], false),
            // ... and rewriting the same data is no change either.
            (&[(reg::GPDAT, Word, 0x8000_0000), (reg::GPDIR, Word, 0x8000_0000),
               (reg::GPDAT, Word, 0x8000_0000)], false),
            // ... but dropping and raising it is.
            (&[(reg::GPDAT, Word, 0x8000_0000), (reg::GPDIR, Word, 0x8000_0000),
               (reg::GPDAT, Word, 0), (reg::GPDAT, Word, 0x8000_0000)], true),
            // Pin 0 an input.
            (&[(reg::GPDIR, Word, 0x4000_0000), (reg::GPDAT, Word, 0xC000_0000)], false),
            // Pin 1 driven, not pin 0.
            (&[(reg::GPDIR, Word, 0xC000_0000), (reg::GPDAT, Word, 0x4000_0000)], false),
            // Byte and halfword writes do nothing.
            (&[(reg::GPDIR, Word, 0x8000_0000), (reg::GPDAT, Byte, 0x80)], false),
            (&[(reg::GPDIR, Byte, 0x80), (reg::GPDAT, Word, 0x8000_0000)], false),
            (&[(reg::GPDIR, Word, 0x8000_0000), (reg::GPDAT, Half, 0x8000)], false),
            // Misaligned offset: not a register.
            (&[(reg::GPDIR, Word, 0x8000_0000), (0x09, Word, 0x8000_0000)], false),
        ];
        for (i, &(writes, off)) in table.iter().enumerate() {
            let mut g = Gpio::new();
            for &(o, size, v) in writes {
                g.write(o, size, v);
            }
            assert_eq!(g.powered_off(), off, "case {i}");
        }
    }

    #[test]
    fn registers_read_back() {
        let mut g = Gpio::new();
        #[rustfmt::skip]
        let table: &[(u64, u32, u32)] = &[
            (reg::GPDIR, 0x1234_5678, 0x1234_5678),
            (reg::GPODR, 0x0F0F_0000, 0x0F0F_0000),
            (reg::GPDAT, 0x0000_00FF, 0x0000_00FF),
            (reg::GPIER, 0xFFFF_FFFF, 0),            // write 1 to clear; was 0
            (reg::GPIMR, 0xA5A5_A5A5, 0xA5A5_A5A5),
            (reg::GPICR, 0x0000_0001, 0x0000_0001),
            (0x18, 0xFFFF_FFFF, 0),                  // past the registers
            (0xFFC, 0xFFFF_FFFF, 0),
        ];
        for &(o, w, r) in table {
            g.write(o, Word, w);
            assert_eq!(g.read(o, Word), r, "{o:#x}");
        }
        assert_eq!(g.read(reg::GPDIR, Byte), 0);
        assert_eq!(g.read(reg::GPDIR, Half), 0);
        assert!(!g.powered_off());
    }
}
