//! [`PciHost`]: the PCI controller at CCSR + 0x8000 with its host bridge, the only device on its
//! bus, in configuration space (docs/devices.md "PCI controller"). No other PCI device is
//! modelled: every other bus/device/function reads all ones, as an absent function does.
//!
//! | offset | register | |
//! |---|---|---|
//! | 0x000 | CFG_ADDR | enable (bit 31), bus (23:16), device (15:11), function (10:8), register (7:2); big-endian, word only |
//! | 0x004-0x007 | CFG_DATA | the configuration bytes at CFG_ADDR's register + (offset & 3), in PCI (little-endian) byte order; any size |
//! | 0xC20 + 0x20·n, n = 0..3 | outbound window n+1: POTAR (+0x0), POTEAR (+0x4), POWBAR (+0x8), POWAR (+0x10) | stored |
//! | 0xDA0 / 0xDC0 / 0xDE0 | inbound windows 3, 2, 1: PITAR (+0x0), PIWBAR (+0x8), PIWBEAR (+0xC), PIWAR (+0x10) | stored |
//! | 0xE20 | GASKET_TIMR | stored |
//! | elsewhere in 0xC00-0xFFF | | reads 0, writes ignored |
//!
//! The window registers are stored only: nothing is mapped through them (no PCI memory exists).
//! CFG_DATA with CFG_ADDR\[enable\] clear reads all ones and ignores writes. Offsets 0x008-0xBFF
//! are not registers here (bus faults).
//!
//! The host bridge (bus 0, device 0, function 0), as QEMU 7.2's `e500-host-bridge`: vendor 0x1957
//! (Freescale), device 0x0030, class 0x0B20 (PowerPC processor), header type 0, BAR0 a 1 MiB
//! 32-bit memory BAR (the CCSR block; its low 20 bits read 0), subsystem 0x1AF4/0x1100.
//! Writable: the command register's bits 0x0547, the cache line size, the latency timer, BAR0's
//! bits 31:20 and the interrupt line; every other byte is read-only.

use crate::narrow::{Narrow, ToUsize};
use crate::phys::bus::AccessSize;

/// Register offsets.
pub mod reg {
    /// Configuration address.
    pub const CFG_ADDR: u64 = 0x000;
    /// Configuration data (4 bytes).
    pub const CFG_DATA: u64 = 0x004;
    /// First outbound window register block (window 1).
    pub const POTAR1: u64 = 0xC20;
    /// First inbound window register block (window 3).
    pub const PITAR3: u64 = 0xDA0;
    /// Gasket timer.
    pub const GASKET_TIMR: u64 = 0xE20;
    /// CFG_ADDR enable bit.
    pub const CFG_ENABLE: u32 = 0x8000_0000;
}

/// The host bridge's configuration header at reset.
fn bridge_config() -> [u8; 256] {
    let mut c = [0u8; 256];
    let put16 = |c: &mut [u8; 256], at: usize, v: u16| c[at..at + 2].copy_from_slice(&v.to_le_bytes());
    put16(&mut c, 0x00, 0x1957);
    put16(&mut c, 0x02, 0x0030);
    put16(&mut c, 0x0A, 0x0B20);
    put16(&mut c, 0x2C, 0x1AF4);
    put16(&mut c, 0x2E, 0x1100);
    c
}

/// Which bits of each configuration byte software may write (the rest keep their value).
fn bridge_write_mask(at: usize) -> u8 {
    match at {
        0x04 => 0x47,
        0x05 => 0x05,
        0x0C | 0x0D | 0x3C => 0xFF,
        0x12 => 0xF0,
        0x13 => 0xFF,
        _ => 0,
    }
}

/// The PCI controller and host bridge: see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PciHost {
    cfg_addr: u32,
    config: Box<[u8; 256]>,
    /// Outbound windows 1-4: POTAR, POTEAR, POWBAR, POWAR.
    outbound: [[u32; 4]; 4],
    /// Inbound windows 3, 2, 1 (in address order): PITAR, PIWBAR, PIWBEAR, PIWAR.
    inbound: [[u32; 4]; 3],
    gasket_timr: u32,
}

impl Default for PciHost {
    fn default() -> Self {
        PciHost::new()
    }
}

impl PciHost {
    /// Bytes of register space.
    pub const LEN: u64 = 0x1000;

    /// The controller at reset.
    pub fn new() -> Self {
        PciHost {
            cfg_addr: 0,
            config: Box::new(bridge_config()),
            outbound: [[0; 4]; 4],
            inbound: [[0; 4]; 3],
            gasket_timr: 0,
        }
    }

    /// The configuration byte offset CFG_ADDR selects for `k`, if it names the host bridge.
    fn bridge_offset(&self, k: u64) -> Option<usize> {
        let a = self.cfg_addr;
        (a & 0x00FF_FF00 == 0).then(|| usize::from(a.low_u8() & 0xFC) + k.to_usize())
    }

    /// The window register at `offset` (0xC00-0xFFF), if there is one.
    fn window(&mut self, offset: u64) -> Option<&mut u32> {
        let (block, sub) = (offset & 0xFE0, offset & 0x1F);
        match block {
            0xC20..=0xC80 => {
                let i = ((block - reg::POTAR1) >> 5) as usize;
                let j = [0x0, 0x4, 0x8, 0x10].iter().position(|&s| s == sub)?;
                Some(&mut self.outbound[i][j])
            }
            0xDA0..=0xDE0 => {
                let i = ((block - reg::PITAR3) >> 5) as usize;
                let j = [0x0, 0x8, 0xC, 0x10].iter().position(|&s| s == sub)?;
                Some(&mut self.inbound[i][j])
            }
            reg::GASKET_TIMR => (sub == 0).then_some(&mut self.gasket_timr),
            _ => None,
        }
    }

    /// Reads `size` bytes at `offset`; `None` where no register answers (a bus fault).
    pub fn read(&mut self, offset: u64, size: AccessSize) -> Option<u32> {
        let n = size.bytes();
        match offset {
            reg::CFG_ADDR if size == AccessSize::Word => Some(self.cfg_addr),
            o if (reg::CFG_DATA..reg::CFG_DATA + 4).contains(&o) && o - reg::CFG_DATA + n <= 4 => {
                let k = o - reg::CFG_DATA;
                let ones = if n == 4 { u32::MAX } else { (1 << (8 * n)) - 1 };
                if self.cfg_addr & reg::CFG_ENABLE == 0 {
                    return Some(ones);
                }
                Some(match self.bridge_offset(k) {
                    Some(at) => {
                        self.config[at..at + n.to_usize()].iter().fold(0, |v, b| (v << 8) | u32::from(*b))
                    }
                    None => ones,
                })
            }
            0xC00..=0xFFF if size == AccessSize::Word && offset & 3 == 0 => {
                Some(self.window(offset).map_or(0, |r| *r))
            }
            0xC00..=0xFFF => Some(0),
            _ => None,
        }
    }

    /// Writes `size` bytes of `value` at `offset`; `false` where no register answers.
    pub fn write(&mut self, offset: u64, size: AccessSize, value: u32) -> bool {
        let n = size.bytes();
        match offset {
            reg::CFG_ADDR if size == AccessSize::Word => self.cfg_addr = value,
            o if (reg::CFG_DATA..reg::CFG_DATA + 4).contains(&o) && o - reg::CFG_DATA + n <= 4 => {
                if self.cfg_addr & reg::CFG_ENABLE != 0
                    && let Some(at) = self.bridge_offset(o - reg::CFG_DATA)
                {
                    // `value`'s low n bytes, most significant first, are the bytes at at..at+n.
                    for i in 0..n.to_usize() {
                        let b = (value >> (8 * (n.to_usize() - 1 - i))).low_u8();
                        let m = bridge_write_mask(at + i);
                        self.config[at + i] = (self.config[at + i] & !m) | (b & m);
                    }
                }
            }
            0xC00..=0xFFF if size == AccessSize::Word && offset & 3 == 0 => {
                if let Some(r) = self.window(offset) {
                    *r = value;
                }
            }
            0xC00..=0xFFF => {}
            _ => return false,
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccessSize::{Byte, Half, Word};

    fn cfg(p: &mut PciHost, bus: u32, dev: u32, func: u32, r: u32) {
        assert!(p.write(reg::CFG_ADDR, Word, reg::CFG_ENABLE | bus << 16 | dev << 11 | func << 8 | r));
    }

    #[test]
    fn host_bridge_config_space() {
        let mut p = PciHost::new();
        cfg(&mut p, 0, 0, 0, 0);
        // Little-endian data port read big-endian: the bytes 57 19 30 00.
        assert_eq!(p.read(reg::CFG_DATA, Word), Some(0x5719_3000));
        assert_eq!(p.read(reg::CFG_DATA + 2, Half), Some(0x3000));
        assert_eq!(p.read(reg::CFG_DATA + 1, Byte), Some(0x19));
        cfg(&mut p, 0, 0, 0, 0x08);
        assert_eq!(p.read(reg::CFG_DATA, Word), Some(0x0000_200B), "class 0x0B20, revision 0");
        // BAR0 sizing: all ones written, the 1 MiB mask read back.
        cfg(&mut p, 0, 0, 0, 0x10);
        assert!(p.write(reg::CFG_DATA, Word, 0xFFFF_FFFF));
        assert_eq!(p.read(reg::CFG_DATA, Word), Some(0x0000_F0FF));
        // Vendor ID is read-only.
        cfg(&mut p, 0, 0, 0, 0);
        assert!(p.write(reg::CFG_DATA, Word, 0));
        assert_eq!(p.read(reg::CFG_DATA, Word), Some(0x5719_3000));
        // Absent functions and a disabled address read all ones.
        for (bus, dev, func) in [(0, 1, 0), (0, 0, 1), (1, 0, 0), (0, 0x11, 0)] {
            cfg(&mut p, bus, dev, func, 0);
            assert_eq!(p.read(reg::CFG_DATA, Word), Some(0xFFFF_FFFF), "{bus}:{dev}.{func}");
            assert_eq!(p.read(reg::CFG_DATA, Half), Some(0xFFFF));
        }
        assert!(p.write(reg::CFG_ADDR, Word, 0));
        assert_eq!(p.read(reg::CFG_DATA, Word), Some(0xFFFF_FFFF));
    }

    #[test]
    fn window_registers_are_stored() {
        let mut p = PciHost::new();
        for o in [0xC20, 0xC24, 0xC28, 0xC30, 0xC80, 0xC90, 0xDA0, 0xDA8, 0xDAC, 0xDB0, 0xDF0, 0xE20] {
            assert!(p.write(o, Word, 0x8000_0000 | o as u32));
            assert_eq!(p.read(o, Word), Some(0x8000_0000 | o as u32), "{o:#x}");
        }
        // Holes in the register block read 0; outside it nothing answers.
        for o in [0xC00, 0xC2C, 0xDA4, 0xE24, 0xFFC] {
            assert!(p.write(o, Word, 1));
            assert_eq!(p.read(o, Word), Some(0), "{o:#x}");
        }
        assert_eq!(p.read(0x8, Word), None);
        assert!(!p.write(0xBFC, Word, 1));
    }
}
