//! [`Mpic`]: a minimal model of the e500's interrupt controller, the Freescale MPIC (OpenPIC)
//! at CCSR + 0x40000 (PA 0xF_E004_0000) of QEMU's `ppce500`, for one processor.
//!
//! What it models (MPC8544E RM chapter "Programmable Interrupt Controller"; OpenPIC 1.2), all
//! 32-bit big-endian registers at these offsets in the 0x40000-byte window:
//!
//! | offset | register | |
//! |---|---|---|
//! | 0x1020 | GCR | global configuration (read/write; bit 31, reset, clears the controller) |
//! | 0x10A0 + 0x10·n | IPIVPR0-3 | IPI n vector/priority: MSK, A (read-only), PRIORITY, VECTOR |
//! | 0x10E0 | SVR | spurious vector (0xFFFF at reset) |
//! | 0x1600 + 0x10·n | MSIR0-7 | message-signalled interrupt bits of bank n; reading clears them |
//! | 0x1720 | MSISR | bit n set while MSIR n is not zero (read-only) |
//! | 0x1740 | MSIIR | write: sets bit IBS (bits 28:24) of MSIR SRS (bits 31:29) |
//! | 0x11C00 + 0x20·n | MSIVPR0-7 | MSI bank n vector/priority: MSK, A, P, S, PRIORITY, VECTOR |
//! | 0x11C10 + 0x20·n | MSIDR0-7 | destination: P0 (0x1, the int output), CI0 (0x40000000, cint) |
//! | 0x20040 + 0x10·n | IPIDR0-3 | write bit 0: dispatch IPI n to processor 0 (edge) |
//! | 0x20080 | CTPR | current task priority (0xF at reset) |
//! | 0x20090 | WHOAMI | 0 |
//! | 0x200A0 | IACK | read: acknowledge the highest pending interrupt (its vector, else SVR) |
//! | 0x200B0 | EOI | write: end the highest-priority interrupt in service |
//!
//! The processor-0 registers 0x20040-0x200B0 are also at 0x40-0xB0 (the "this processor"
//! view). Everything else in the window reads 0 and ignores writes, as do accesses that are not
//! 32-bit.
//!
//! Sources: IPI n (edge: dispatching makes it pending, IACK takes the request) and MSI bank n
//! (level: requesting while MSIR n is not zero). A source with MSK = 0, PRIORITY > 0 and routed to
//! the int output (every IPI; an MSI with MSIDR\[P0\] and not CI0) asserts **int** (the core's
//! external input) while its priority is above CTPR and above every interrupt in service; IACK
//! puts it in service, EOI takes the highest one out. An MSI with MSIDR\[CI0\] goes to **cint**
//! (the core's critical input) instead, bypassing priorities, CTPR and IACK (MPC8544E RM, "Critical
//! interrupts"), for as long as it requests and is not masked. IVPR\[A\] reads 1 while the
//! source requests. QEMU 7.2 does not route MSIDR\[CI0\] to cint
//! ([`Mpic::without_critical_routing`], `compat.mpic_no_critical_routing`, item 20).

use crate::phys::bus::AccessSize;

/// Register offsets and bits.
pub mod reg {
    /// Global configuration.
    pub const GCR: u64 = 0x1020;
    /// GCR reset bit.
    pub const GCR_RST: u32 = 0x8000_0000;
    /// IPI 0 vector/priority (n at + 0x10·n).
    pub const IPIVPR0: u64 = 0x10A0;
    /// Spurious vector.
    pub const SVR: u64 = 0x10E0;
    /// MSI bank 0 bits (n at + 0x10·n).
    pub const MSIR0: u64 = 0x1600;
    /// MSI summary.
    pub const MSISR: u64 = 0x1720;
    /// MSI index register.
    pub const MSIIR: u64 = 0x1740;
    /// MSI bank 0 vector/priority (n at + 0x20·n; the destination at + 0x10).
    pub const MSIVPR0: u64 = 0x11C00;
    /// Processor 0's registers.
    pub const CPU0: u64 = 0x20000;
    /// IPI 0 dispatch (in a processor block; n at + 0x10·n).
    pub const IPIDR0: u64 = 0x40;
    /// Current task priority.
    pub const CTPR: u64 = 0x80;
    /// Processor number.
    pub const WHOAMI: u64 = 0x90;
    /// Interrupt acknowledge.
    pub const IACK: u64 = 0xA0;
    /// End of interrupt.
    pub const EOI: u64 = 0xB0;
    /// VPR mask bit.
    pub const MSK: u32 = 0x8000_0000;
    /// VPR activity bit (read-only).
    pub const A: u32 = 0x4000_0000;
    /// VPR polarity and sense (MSI banks).
    pub const PS: u32 = 0x00C0_0000;
    /// VPR priority field.
    pub const PRIORITY: u32 = 0x000F_0000;
    /// VPR vector field.
    pub const VECTOR: u32 = 0x0000_FFFF;
    /// Destination: processor 0 on the int output.
    pub const IDR_P0: u32 = 0x0000_0001;
    /// Destination: processor 0 on the cint output.
    pub const IDR_CI0: u32 = 0x4000_0000;
    /// Destination: external pin.
    pub const IDR_EP: u32 = 0x8000_0000;
}

const IPIS: usize = 4;
const MSIS: usize = 8;

/// One interrupt source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Source {
    vpr: u32,
    idr: u32,
    /// An IPI's pending request (MSIs request while their MSIR is not zero).
    pending: bool,
}

/// What the controller drives into processor 0.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Outputs {
    /// The int output (the core's external input).
    pub int: bool,
    /// The cint output (the core's critical input).
    pub cint: bool,
}

/// The MPIC: see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mpic {
    gcr: u32,
    svr: u32,
    ctpr: u32,
    /// IPIs 0-3, then MSI banks 0-7.
    sources: [Source; IPIS + MSIS],
    msir: [u32; MSIS],
    /// Sources in service, in the order IACK took them.
    in_service: Vec<usize>,
    outputs: Outputs,
    /// Whether MSIDR\[CI0\] routes to cint (QEMU 7.2: no, the bit routes nowhere).
    critical_routing: bool,
}

impl Default for Mpic {
    fn default() -> Self {
        Mpic::new()
    }
}

impl Mpic {
    /// Bytes of register space (QEMU's window).
    pub const LEN: u64 = 0x4_0000;

    /// The controller at reset: every source masked, CTPR = 15, SVR = 0xFFFF.
    pub fn new() -> Self {
        let ipi = Source { vpr: reg::MSK, idr: reg::IDR_P0, pending: false };
        Mpic {
            gcr: 0,
            svr: 0xFFFF,
            ctpr: 0xF,
            sources: [ipi; IPIS + MSIS],
            msir: [0; MSIS],
            in_service: Vec::new(),
            outputs: Outputs::default(),
            critical_routing: true,
        }
    }

    /// The controller as QEMU 7.2 builds it (`compat.mpic_no_critical_routing`): MSIDR\[CI0\]
    /// routes nowhere, so a source goes to int exactly when MSIDR\[P0\] is set, and cint never
    /// rises.
    #[must_use]
    pub fn without_critical_routing(mut self) -> Self {
        self.critical_routing = false;
        self
    }

    /// The controller a profile's machine has: without critical routing where
    /// `compat.mpic_no_critical_routing` says so.
    pub fn for_profile(compat: crate::compat::Compat) -> Self {
        let m = Mpic::new();
        if compat.mpic_no_critical_routing { m.without_critical_routing() } else { m }
    }

    /// The output levels now.
    pub const fn outputs(&self) -> Outputs {
        self.outputs
    }

    /// Whether source `i` requests an interrupt.
    fn requesting(&self, i: usize) -> bool {
        if i < IPIS { self.sources[i].pending } else { self.msir[i - IPIS] != 0 }
    }

    const fn priority(vpr: u32) -> u32 {
        (vpr & reg::PRIORITY) >> 16
    }

    /// Whether source `i` is routed to the cint output.
    fn critical(&self, i: usize) -> bool {
        self.critical_routing && i >= IPIS && self.sources[i].idr & reg::IDR_CI0 != 0
    }

    /// The highest-priority source that may interrupt on int now (lowest number on a tie).
    fn best(&self) -> Option<usize> {
        let served = self.in_service.iter().map(|&i| Self::priority(self.sources[i].vpr)).max().unwrap_or(0);
        let mut best: Option<(u32, usize)> = None;
        for (i, s) in self.sources.iter().enumerate() {
            let routed = i < IPIS || s.idr & reg::IDR_P0 != 0;
            let p = Self::priority(s.vpr);
            if self.requesting(i)
                && routed
                && !self.critical(i)
                && s.vpr & reg::MSK == 0
                && p > self.ctpr
                && p > served
                && best.is_none_or(|(bp, _)| p > bp)
            {
                best = Some((p, i));
            }
        }
        best.map(|(_, i)| i)
    }

    fn update(&mut self) {
        let cint = (IPIS..IPIS + MSIS)
            .any(|i| self.critical(i) && self.requesting(i) && self.sources[i].vpr & reg::MSK == 0);
        self.outputs = Outputs { int: self.best().is_some(), cint };
    }

    /// Reads `size` bytes at `offset`.
    pub fn read(&mut self, offset: u64, size: AccessSize) -> u32 {
        if size != AccessSize::Word || offset & 3 != 0 {
            return 0;
        }
        let v = match offset {
            reg::GCR => self.gcr,
            reg::SVR => self.svr,
            o if (reg::IPIVPR0..reg::IPIVPR0 + 0x40).contains(&o) && o & 0xF == 0 => {
                self.vpr_read(((o - reg::IPIVPR0) >> 4) as usize)
            }
            o if (reg::MSIR0..reg::MSIR0 + 0x80).contains(&o) && o & 0xF == 0 => {
                let n = ((o - reg::MSIR0) >> 4) as usize;
                let v = std::mem::take(&mut self.msir[n]);
                self.update();
                v
            }
            reg::MSISR => (0..MSIS).filter(|&n| self.msir[n] != 0).fold(0, |a, n| a | 1 << n),
            o if (reg::MSIVPR0..reg::MSIVPR0 + 0x100).contains(&o) => {
                let n = IPIS + ((o - reg::MSIVPR0) >> 5) as usize;
                match o & 0x1F {
                    0x00 => self.vpr_read(n),
                    0x10 => self.sources[n].idr,
                    _ => 0,
                }
            }
            o if o < 0x100 => self.cpu_read(o),
            o if (reg::CPU0..reg::CPU0 + 0x100).contains(&o) => self.cpu_read(o - reg::CPU0),
            _ => 0,
        };
        tracing::trace!(target: "tlbvisor::mpic", offset, value = v, "read");
        v
    }

    fn vpr_read(&self, i: usize) -> u32 {
        let a = if self.requesting(i) { reg::A } else { 0 };
        self.sources[i].vpr | a
    }

    fn cpu_read(&mut self, o: u64) -> u32 {
        match o {
            reg::CTPR => self.ctpr,
            reg::WHOAMI => 0,
            reg::IACK => self.iack(),
            _ => 0,
        }
    }

    /// IACK: the vector of the interrupt int signals, now in service; SVR's if there is none.
    fn iack(&mut self) -> u32 {
        let Some(i) = self.best() else { return self.svr };
        if i < IPIS {
            self.sources[i].pending = false;
        }
        self.in_service.push(i);
        self.update();
        self.sources[i].vpr & reg::VECTOR
    }

    /// Writes `size` bytes of `value` at `offset`.
    pub fn write(&mut self, offset: u64, size: AccessSize, value: u32) {
        if size != AccessSize::Word || offset & 3 != 0 {
            return;
        }
        tracing::trace!(target: "tlbvisor::mpic", offset, value, "write");
        match offset {
            reg::GCR if value & reg::GCR_RST != 0 => {
                *self = Mpic { critical_routing: self.critical_routing, ..Mpic::new() };
            }
            reg::GCR => self.gcr = value,
            reg::SVR => self.svr = value & reg::VECTOR,
            o if (reg::IPIVPR0..reg::IPIVPR0 + 0x40).contains(&o) && o & 0xF == 0 => {
                let s = &mut self.sources[((o - reg::IPIVPR0) >> 4) as usize];
                s.vpr = value & (reg::MSK | reg::PRIORITY | reg::VECTOR);
            }
            reg::MSIIR => {
                let (srs, ibs) = ((value >> 29) as usize, (value >> 24) & 0x1F);
                self.msir[srs] |= 1 << ibs;
            }
            o if (reg::MSIVPR0..reg::MSIVPR0 + 0x100).contains(&o) => {
                let s = &mut self.sources[IPIS + ((o - reg::MSIVPR0) >> 5) as usize];
                match o & 0x1F {
                    0x00 => s.vpr = value & (reg::MSK | reg::PS | reg::PRIORITY | reg::VECTOR),
                    0x10 => s.idr = value & (reg::IDR_EP | reg::IDR_CI0 | reg::IDR_P0),
                    _ => {}
                }
            }
            o if o < 0x100 => self.cpu_write(o, value),
            o if (reg::CPU0..reg::CPU0 + 0x100).contains(&o) => self.cpu_write(o - reg::CPU0, value),
            _ => {}
        }
        self.update();
    }

    fn cpu_write(&mut self, o: u64, value: u32) {
        match o {
            o if (reg::IPIDR0..reg::IPIDR0 + 0x40).contains(&o) && o & 0xF == 0 && value & 1 != 0 => {
                self.sources[((o - reg::IPIDR0) >> 4) as usize].pending = true;
            }
            reg::CTPR => self.ctpr = value & 0xF,
            reg::EOI => {
                let top = (0..self.in_service.len())
                    .max_by_key(|&k| (Self::priority(self.sources[self.in_service[k]].vpr), k));
                if let Some(k) = top {
                    self.in_service.remove(k);
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use AccessSize::Word;

    fn w(m: &mut Mpic, o: u64, v: u32) {
        m.write(o, Word, v);
    }

    #[test]
    fn an_ipi_through_ctpr_iack_and_eoi() {
        let mut m = Mpic::new();
        w(&mut m, reg::IPIVPR0, 0x0005_0042);
        w(&mut m, reg::CPU0 + reg::CTPR, 5);
        w(&mut m, reg::CPU0 + reg::IPIDR0, 1);
        // Pending (A) but priority 5 is not above CTPR 5.
        assert_eq!(m.read(reg::IPIVPR0, Word), 0x4005_0042);
        assert_eq!(m.outputs(), Outputs { int: false, cint: false });
        assert_eq!(m.read(reg::IACK, Word), 0xFFFF);
        w(&mut m, reg::CTPR, 4);
        assert!(m.outputs().int);
        assert_eq!(m.read(reg::CPU0 + reg::IACK, Word), 0x42);
        assert!(!m.outputs().int);
        assert_eq!(m.read(reg::IPIVPR0, Word), 0x0005_0042);
        // A second IPI of the same priority waits for the EOI.
        w(&mut m, reg::IPIDR0, 1);
        assert!(!m.outputs().int);
        w(&mut m, reg::EOI, 0);
        assert!(m.outputs().int);
        // Masked: no int.
        w(&mut m, reg::IPIVPR0, 0x8005_0042);
        assert!(!m.outputs().int);
    }

    #[test]
    fn an_msi_to_int_or_cint() {
        let mut m = Mpic::new();
        w(&mut m, reg::CTPR, 0);
        w(&mut m, reg::MSIVPR0 + 0x20, 0x0007_0077);
        w(&mut m, reg::MSIIR, 0x2300_0000); // bank 1, bit 3
        assert_eq!(m.read(reg::MSISR, Word), 0b10);
        assert_eq!(m.outputs(), Outputs { int: true, cint: false });
        w(&mut m, reg::MSIVPR0 + 0x30, reg::IDR_CI0);
        assert_eq!(m.outputs(), Outputs { int: false, cint: true });
        assert_eq!(m.read(reg::IACK, Word), 0xFFFF);
        assert_eq!(m.read(reg::MSIR0 + 0x10, Word), 0x8);
        assert_eq!(m.outputs(), Outputs::default());
        assert_eq!(m.read(reg::MSISR, Word), 0);
        // QEMU's routing: CI0 alone goes nowhere, CI0 | P0 to int.
        let mut q = Mpic::new().without_critical_routing();
        w(&mut q, reg::CTPR, 0);
        w(&mut q, reg::MSIVPR0, 0x0007_0077);
        w(&mut q, reg::MSIVPR0 + 0x10, reg::IDR_CI0);
        w(&mut q, reg::MSIIR, 0x0100_0000);
        assert_eq!(q.outputs(), Outputs::default());
        w(&mut q, reg::MSIVPR0 + 0x10, reg::IDR_CI0 | reg::IDR_P0);
        assert_eq!(q.outputs(), Outputs { int: true, cint: false });
        // Not 32-bit: nothing.
        m.write(reg::MSIIR, AccessSize::Byte, 0xFF);
        assert_eq!(m.read(reg::MSISR, AccessSize::Half), 0);
        assert_eq!(m.read(reg::MSISR, Word), 0);
    }
}
