//! [`Guts`]: the MPC8544's global utilities block at CCSR + 0xE0000 (docs/devices.md "GUTS").
//!
//! 32-bit big-endian registers; only word accesses at these offsets do anything:
//!
//! | offset | register | read | write |
//! |---|---|---|---|
//! | 0x00-0x14 | PORPLLSR PORBMSR PORIMPSCR PORDEVSR PORDBGMSR PORDEVSR2 | 0 (power-on strapping is not modelled) | ignored (read-only) |
//! | 0x20 | GPPORCR | 0 | ignored (read-only) |
//! | 0x30 0x40 0x60 0x70 0x80 | GPIOCR GPOUTDR PMUXCR DEVDISR POWMGTCSR | stored (reset 0) | stored |
//! | 0x50 | GPINDR | 0 (no pins driven) | ignored |
//! | 0x90 0x94 | MCPSUMR RSTRSCR | 0 | ignored |
//! | 0xA0 | PVR | the core's PVR | ignored |
//! | 0xA4 | SVR | the core's SVR SPR (0) | ignored |
//! | 0xB0 | RSTCR | 0 | bit 0x2 (HRESET_REQ) requests a machine reset ([`Guts::reset_requested`]) |
//! | 0xC0 | IOVSELSR | 0 | ignored |
//!
//! Any other access in the 0x1000-byte window is not a register: a bus fault (`None`), so the
//! core takes a machine check (and, under `compat.unassigned_reads_zero`, reads 0).
//!
//! QEMU 7.2 (`compat.guts_qemu_reads`): every word in the window reads 0 except PVR and SVR,
//! every write other than the RSTCR reset request is dropped (nothing is stored), and no access
//! faults.

use crate::phys::bus::AccessSize;

/// Register offsets.
pub mod reg {
    /// POR PLL status (the first of the read-only POR registers 0x00-0x14).
    #[cfg(test)]
    pub const PORPLLSR: u64 = 0x00;
    /// General-purpose POR configuration.
    pub const GPPORCR: u64 = 0x20;
    /// GPIO control.
    pub const GPIOCR: u64 = 0x30;
    /// GPIO output data.
    pub const GPOUTDR: u64 = 0x40;
    /// GPIO input data.
    pub const GPINDR: u64 = 0x50;
    /// Pin multiplexing control.
    pub const PMUXCR: u64 = 0x60;
    /// Device disable.
    pub const DEVDISR: u64 = 0x70;
    /// Power management control and status.
    pub const POWMGTCSR: u64 = 0x80;
    /// Machine check summary.
    pub const MCPSUMR: u64 = 0x90;
    /// Reset request status and control.
    pub const RSTRSCR: u64 = 0x94;
    /// Processor version.
    pub const PVR: u64 = 0xA0;
    /// System version.
    pub const SVR: u64 = 0xA4;
    /// Reset control.
    pub const RSTCR: u64 = 0xB0;
    /// I/O voltage select status.
    pub const IOVSELSR: u64 = 0xC0;
    /// RSTCR\[HRESET_REQ\]: request a hard reset.
    pub const RSTCR_HRESET_REQ: u32 = 0x2;
}

/// The global utilities block: see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guts {
    pvr: u32,
    svr: u32,
    /// GPIOCR, GPOUTDR, PMUXCR, DEVDISR, POWMGTCSR.
    stored: [u32; 5],
    reset_requested: bool,
    qemu: bool,
}

impl Guts {
    /// Bytes of register space.
    pub const LEN: u64 = 0x1000;

    /// The block at reset, reporting the core's `pvr` and `svr`; `qemu`: QEMU 7.2's reads and
    /// writes (`compat.guts_qemu_reads`).
    pub const fn new(pvr: u32, svr: u32, qemu: bool) -> Self {
        Guts { pvr, svr, stored: [0; 5], reset_requested: false, qemu }
    }

    /// Whether software wrote RSTCR\[HRESET_REQ\] (stays set once raised).
    pub const fn reset_requested(&self) -> bool {
        self.reset_requested
    }

    const fn stored_index(offset: u64) -> Option<usize> {
        match offset {
            reg::GPIOCR => Some(0),
            reg::GPOUTDR => Some(1),
            reg::PMUXCR => Some(2),
            reg::DEVDISR => Some(3),
            reg::POWMGTCSR => Some(4),
            _ => None,
        }
    }

    /// Reads `size` bytes at `offset`; `None` where no register answers (a bus fault).
    pub fn read(&self, offset: u64, size: AccessSize) -> Option<u32> {
        let word = size == AccessSize::Word && offset & 3 == 0;
        match offset {
            reg::PVR if word => Some(self.pvr),
            reg::SVR if word => Some(self.svr),
            _ if self.qemu => Some(0),
            _ if !word => None,
            0x00..=0x14
            | reg::GPPORCR
            | reg::GPINDR
            | reg::MCPSUMR
            | reg::RSTRSCR
            | reg::RSTCR
            | reg::IOVSELSR => Some(0),
            o => Self::stored_index(o).map(|i| self.stored[i]),
        }
    }

    /// Writes `size` bytes of `value` at `offset`; `false` where no register answers.
    pub fn write(&mut self, offset: u64, size: AccessSize, value: u32) -> bool {
        let word = size == AccessSize::Word && offset & 3 == 0;
        if word && offset == reg::RSTCR && value & reg::RSTCR_HRESET_REQ != 0 {
            tracing::debug!(target: "tlbvisor::guts", "reset requested (RSTCR)");
            self.reset_requested = true;
        }
        if self.qemu {
            return true;
        }
        if !word {
            return false;
        }
        match offset {
            0x00..=0x14
            | reg::GPPORCR
            | reg::GPINDR
            | reg::MCPSUMR
            | reg::RSTRSCR
            | reg::PVR
            | reg::SVR
            | reg::RSTCR
            | reg::IOVSELSR => true,
            o => match Self::stored_index(o) {
                Some(i) => {
                    self.stored[i] = value;
                    true
                }
                None => false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccessSize::{Byte, Word};

    #[test]
    fn registers_and_reset_request() {
        let mut g = Guts::new(0x8021_0022, 0, false);
        assert_eq!(g.read(reg::PVR, Word), Some(0x8021_0022));
        assert_eq!(g.read(reg::SVR, Word), Some(0));
        assert_eq!(g.read(reg::PORPLLSR, Word), Some(0));
        assert!(g.write(reg::DEVDISR, Word, 0x1234));
        assert_eq!(g.read(reg::DEVDISR, Word), Some(0x1234));
        assert!(g.write(reg::PVR, Word, 1), "read-only: the write is accepted and dropped");
        assert_eq!(g.read(reg::PVR, Word), Some(0x8021_0022));
        // Not registers: bus faults.
        assert_eq!(g.read(0x18, Word), None);
        assert_eq!(g.read(reg::PVR + 1, Byte), None);
        assert!(!g.write(0xFFC, Word, 0));
        // RSTCR: only HRESET_REQ requests a reset.
        assert!(g.write(reg::RSTCR, Word, 0x1));
        assert!(!g.reset_requested());
        assert!(g.write(reg::RSTCR, Word, reg::RSTCR_HRESET_REQ));
        assert!(g.reset_requested());
    }

    #[test]
    fn qemu_reads_zero_and_stores_nothing() {
        let mut q = Guts::new(0x8023_0020, 0, true);
        assert_eq!(q.read(reg::PVR, Word), Some(0x8023_0020));
        assert!(q.write(reg::DEVDISR, Word, 0x1234));
        assert_eq!(q.read(reg::DEVDISR, Word), Some(0));
        assert_eq!(q.read(0x18, Word), Some(0));
        assert_eq!(q.read(0x3, Byte), Some(0));
        assert!(q.write(reg::RSTCR, Word, reg::RSTCR_HRESET_REQ));
        assert!(q.reset_requested());
    }
}
