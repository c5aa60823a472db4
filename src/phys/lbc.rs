//! [`Lbc`]: the enhanced local bus controller's registers at CCSR + 0x5000 (docs/devices.md
//! "LBC"). No memory sits behind the local bus on this machine, so only the register file is
//! modelled: U-Boot and Linux read it (LCRR for the local bus clock, the BR/OR pairs for the chip
//! selects) and find every chip select disabled.
//!
//! 32-bit big-endian registers; only word accesses at these offsets answer:
//!
//! | offset | register | reset | write |
//! |---|---|---|---|
//! | 0x00 + 8·n | BR0-BR7 (base, V = bit 0x1) | 0 | stored |
//! | 0x04 + 8·n | OR0-OR7 | 0 | stored |
//! | 0x68 0x70 0x74 0x78 0x84 0x88 0x90 0x94 0xA0 0xA4 | MAR MAMR MBMR MCMR MRTPR MDR LSOR LSDMR LURT LSRT | 0 | stored |
//! | 0xB0 | LTESR (transfer error status) | 0 | write 1 to clear |
//! | 0xB4 0xB8 0xBC 0xC0 | LTEDR LTEIR LTEATR LTEAR | 0 | stored |
//! | 0xD0 | LBCR | 0 | stored |
//! | 0xD4 | LCRR (clock ratio) | 0 | stored |
//!
//! Reset values: the MPC8544's BR0/OR0 and LCRR reset values depend on the power-on
//! configuration of the board, which this machine does not have; every register resets to 0,
//! so BR0\[V\] = 0 (no boot chip select) and LCRR reads what QEMU 7.2 reads. Any other access in
//! the window is not a register: a bus fault (`None`), a machine check on the core.
//!
//! QEMU 7.2 (`compat.lbc_unassigned`): nothing answers at CCSR + 0x5000: every access is an
//! unassigned one (reads 0 under `compat.unassigned_reads_zero`, writes dropped).

use crate::phys::bus::AccessSize;

/// Register offsets.
pub mod reg {
    /// BR0 (BRn at 8·n).
    #[cfg(test)]
    pub const BR0: u64 = 0x00;
    /// OR0 (ORn at 4 + 8·n).
    #[cfg(test)]
    pub const OR0: u64 = 0x04;
    /// Transfer error status (write 1 to clear).
    pub const LTESR: u64 = 0xB0;
    /// Configuration.
    #[cfg(test)]
    pub const LBCR: u64 = 0xD0;
    /// Clock ratio.
    #[cfg(test)]
    pub const LCRR: u64 = 0xD4;
}

/// The registers beyond the BR/OR pairs (offsets), in storage order.
const OTHERS: [u64; 17] =
    [0x68, 0x70, 0x74, 0x78, 0x84, 0x88, 0x90, 0x94, 0xA0, 0xA4, 0xB0, 0xB4, 0xB8, 0xBC, 0xC0, 0xD0, 0xD4];

/// The local bus controller: see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lbc {
    /// BR0, OR0, ..., BR7, OR7.
    banks: [u32; 16],
    others: [u32; OTHERS.len()],
    qemu: bool,
}

impl Lbc {
    /// Bytes of register space.
    pub const LEN: u64 = 0x1000;

    /// The controller at reset; `qemu`: nothing answers (`compat.lbc_unassigned`).
    pub const fn new(qemu: bool) -> Self {
        Lbc { banks: [0; 16], others: [0; OTHERS.len()], qemu }
    }

    /// The register a word access at `offset` names.
    fn slot(&mut self, offset: u64, size: AccessSize) -> Option<&mut u32> {
        if self.qemu || size != AccessSize::Word || offset & 3 != 0 {
            return None;
        }
        if offset < 0x40 {
            return self.banks.get_mut((offset >> 2) as usize);
        }
        let i = OTHERS.iter().position(|&o| o == offset)?;
        Some(&mut self.others[i])
    }

    /// Reads `size` bytes at `offset`; `None` where no register answers (a bus fault).
    pub fn read(&mut self, offset: u64, size: AccessSize) -> Option<u32> {
        self.slot(offset, size).map(|r| *r)
    }

    /// Writes `size` bytes of `value` at `offset`; `false` where no register answers.
    pub fn write(&mut self, offset: u64, size: AccessSize, value: u32) -> bool {
        let w1c = offset == reg::LTESR;
        match self.slot(offset, size) {
            Some(r) if w1c => *r &= !value,
            Some(r) => *r = value,
            None => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccessSize::{Half, Word};

    #[test]
    fn register_file() {
        let mut l = Lbc::new(false);
        for o in [reg::BR0, reg::OR0, 0x38, 0x3C, reg::LBCR, reg::LCRR, 0x68] {
            assert_eq!(l.read(o, Word), Some(0), "{o:#x} resets to 0");
            assert!(l.write(o, Word, 0x8000_0008));
            assert_eq!(l.read(o, Word), Some(0x8000_0008), "{o:#x}");
        }
        assert!(l.write(reg::LTESR, Word, 0xFFFF_FFFF));
        assert_eq!(l.read(reg::LTESR, Word), Some(0), "write one to clear");
        for o in [0x40, 0x6C, 0xD8, 0xFFC] {
            assert_eq!(l.read(o, Word), None, "{o:#x} is not a register");
            assert!(!l.write(o, Word, 1));
        }
        assert_eq!(l.read(reg::LCRR, Half), None);
        assert_eq!(l.read(reg::LCRR + 2, Word), None);
        let mut q = Lbc::new(true);
        assert_eq!(q.read(reg::LCRR, Word), None);
        assert!(!q.write(reg::BR0, Word, 1));
    }
}
