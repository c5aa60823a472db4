//! [`Mpic`]: a minimal model of the e500's interrupt controller, the Freescale MPIC (OpenPIC)
//! at CCSR + 0x40000 (PA 0xF_E004_0000) of QEMU's `ppce500`, for one processor.
//!
//! What it models (MPC8544E RM chapter "Programmable Interrupt Controller"; OpenPIC 1.2), all
//! 32-bit big-endian registers at these offsets in the 0x40000-byte window:
//!
//! | offset | register | |
//! |---|---|---|
//! | 0x0000 | BRR1 | block revision 1 (read-only, [`BRR1_VALUE`]) |
//! | 0x1000 | FRR | feature reporting (read-only, [`FRR_VALUE`]) |
//! | 0x1020 | GCR | global configuration (read/write; bit 31, reset, clears the controller) |
//! | 0x10A0 + 0x10·n | IPIVPR0-3 | IPI n vector/priority: MSK, A (read-only), PRIORITY, VECTOR |
//! | 0x10E0 | SVR | spurious vector (0xFFFF at reset) |
//! | 0x1600 + 0x10·n | MSIR0-7 | message-signalled interrupt bits of bank n; reading clears them |
//! | 0x1720 | MSISR | bit n set while MSIR n is not zero (read-only) |
//! | 0x1740 | MSIIR | write: sets bit IBS (bits 28:24) of MSIR SRS (bits 31:29) |
//! | 0x10000 + 0x20·n | IVPR n | interrupt source n vector/priority: MSK, A, P, S, PRIORITY, VECTOR (n = 0-11 external, 16-79 internal) |
//! | 0x10010 + 0x20·n | IDR n | source n destination: P0, CI0, EP (P0 at reset) |
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
//! Sources: IPI n (edge: dispatching makes it pending, IACK takes the request), MSI bank n
//! (level: requesting while MSIR n is not zero) and the interrupt sources numbered as the device
//! tree numbers them (docs/devices.md "MPIC"): external sources 0-11 (the IRQ pins; level while
//! the line is high when IVPR\[S\] is set, else edge: a rising line makes them pending, IACK takes
//! the request) and internal sources 16-79 (always level: requesting while their line is high;
//! IVPR\[S\] reads 0). Devices drive the lines ([`Mpic::set_line`]): UART0 and UART1 drive source
//! 42 (internal source 26, the DUART). Polarity (IVPR\[P\]) is stored and not applied: every
//! line is taken as active-high, as QEMU 7.2 does; internal sources are active-high on the
//! MPC8544, and nothing drives the external pins. A source with MSK = 0, PRIORITY > 0 and routed to
//! the int output (every IPI; an MSI with MSIDR\[P0\] and not CI0) asserts **int** (the core's
//! external input) while its priority is above CTPR and above every interrupt in service; IACK
//! puts it in service, EOI takes the highest one out. An MSI with MSIDR\[CI0\] goes to **cint**
//! (the core's critical input) instead, bypassing priorities, CTPR and IACK (MPC8544E RM, "Critical
//! interrupts"), for as long as it requests and is not masked. IVPR\[A\] reads 1 while the
//! source requests and is not masked (a masked source generates no request; QEMU 7.2 agrees,
//! `fixtures/uart_interrupt.s`), and 0 once IACK took an edge request or the line fell. QEMU 7.2 does not route MSIDR\[CI0\] to cint
//! ([`Mpic::without_critical_routing`], `compat.mpic_no_critical_routing`, item 20).

use crate::phys::bus::AccessSize;

/// FRR as QEMU 7.2's `ppce500` reads it: NIRQ (bits 26:16) 0xC3, NCPU (12:8) 0 (one processor),
/// VID (7:0) 2 (OpenPIC 1.2).
pub const FRR_VALUE: u32 = 0x00C3_0002;
/// BRR1 of the MPC8544's interrupt controller: IP block 0x0040, version 2.0 (the value QEMU's own
/// model of that controller, its FSL MPIC 2.0, gives; docs/devices.md "MPIC").
pub const BRR1_VALUE: u32 = 0x0040_0200;

/// Register offsets and bits.
pub mod reg {
    /// Block revision register 1 (read-only).
    pub const BRR1: u64 = 0x0000;
    /// Feature reporting register (read-only).
    pub const FRR: u64 = 0x1000;
    /// Global configuration.
    pub const GCR: u64 = 0x1020;
    /// GCR reset bit.
    pub const GCR_RST: u32 = 0x8000_0000;
    /// IPI 0 vector/priority (n at + 0x10·n).
    pub const IPIVPR0: u64 = 0x10A0;
    /// Spurious vector.
    pub const SVR: u64 = 0x10E0;
    /// Interrupt source 0 vector/priority (n at + 0x20·n; the destination at + 0x10).
    pub const IVPR0: u64 = 0x10000;
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
    /// VPR polarity.
    pub const P: u32 = 0x0080_0000;
    /// VPR sense (1: level).
    pub const S: u32 = 0x0040_0000;
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
/// Interrupt sources 0-79 (12-15 do not exist: their registers read 0).
const SRCS: usize = 80;
/// The index of interrupt source 0 in [`Mpic`]'s source table.
const SRC0: usize = IPIS + MSIS;
/// The external sources (IRQ pins).
const EXTERNAL: usize = 12;
/// The first internal source.
const INTERNAL0: usize = 16;

/// One interrupt source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Source {
    vpr: u32,
    idr: u32,
    /// An edge request waiting for IACK (IPIs, edge-sensitive external sources).
    pending: bool,
    /// The input line's level (interrupt sources 0-79).
    line: bool,
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
    /// IPIs 0-3, then MSI banks 0-7, then interrupt sources 0-79.
    sources: Box<[Source; SRC0 + SRCS]>,
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
        let ipi = Source { vpr: reg::MSK, idr: reg::IDR_P0, pending: false, line: false };
        Mpic {
            gcr: 0,
            svr: 0xFFFF,
            ctpr: 0xF,
            sources: Box::new([ipi; SRC0 + SRCS]),
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

    /// Drives interrupt source `n`'s input line (0-79; others are ignored). An edge-sensitive
    /// external source becomes pending on a rising line.
    pub fn set_line(&mut self, n: usize, high: bool) {
        if n >= SRCS || (EXTERNAL..INTERNAL0).contains(&n) {
            return;
        }
        let level = self.level_sensitive(SRC0 + n);
        let s = &mut self.sources[SRC0 + n];
        if s.line == high {
            return;
        }
        s.line = high;
        if high && !level {
            s.pending = true;
        }
        self.update();
    }

    /// Whether table entry `i` is a level-sensitive interrupt source (internal ones always,
    /// external ones with IVPR\[S\]).
    fn level_sensitive(&self, i: usize) -> bool {
        i >= SRC0 + INTERNAL0 || (i >= SRC0 && self.sources[i].vpr & reg::S != 0)
    }

    /// Whether source `i` requests an interrupt.
    fn requesting(&self, i: usize) -> bool {
        match i {
            _ if i < IPIS => self.sources[i].pending,
            _ if i < SRC0 => self.msir[i - IPIS] != 0,
            _ if self.level_sensitive(i) => self.sources[i].line,
            _ => self.sources[i].pending,
        }
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
        let cint = (IPIS..SRC0 + SRCS)
            .any(|i| self.critical(i) && self.requesting(i) && self.sources[i].vpr & reg::MSK == 0);
        self.outputs = Outputs { int: self.best().is_some(), cint };
    }

    /// Reads `size` bytes at `offset`.
    pub fn read(&mut self, offset: u64, size: AccessSize) -> u32 {
        if size != AccessSize::Word || offset & 3 != 0 {
            return 0;
        }
        let v = match offset {
            reg::FRR => FRR_VALUE,
            reg::BRR1 => BRR1_VALUE,
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
            o if (reg::IVPR0..reg::IVPR0 + 0x20 * SRCS as u64).contains(&o) => match Self::source_at(o) {
                Some((i, false)) => self.vpr_read(i),
                Some((i, true)) => self.sources[i].idr,
                None => 0,
            },
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

    /// The table entry of the interrupt-source register at `o` (in the IVPR block) and whether
    /// it is the IDR; `None` for holes and sources 12-15.
    fn source_at(o: u64) -> Option<(usize, bool)> {
        let n = ((o - reg::IVPR0) >> 5) as usize;
        if (EXTERNAL..INTERNAL0).contains(&n) {
            return None;
        }
        match o & 0x1F {
            0x00 => Some((SRC0 + n, false)),
            0x10 => Some((SRC0 + n, true)),
            _ => None,
        }
    }

    fn vpr_read(&self, i: usize) -> u32 {
        // A masked source generates no request (MPC8544E RM, IVPR[MSK]): A stays 0.
        let a = if self.requesting(i) && self.sources[i].vpr & reg::MSK == 0 { reg::A } else { 0 };
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
        // An edge request is taken; a level source keeps requesting while its line is high.
        self.sources[i].pending = false;
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
                // The input lines are the devices', not the controller's: they survive the reset.
                let lines: Vec<bool> = self.sources.iter().map(|s| s.line).collect();
                *self = Mpic { critical_routing: self.critical_routing, ..Mpic::new() };
                for (s, line) in self.sources.iter_mut().zip(lines) {
                    s.line = line;
                }
            }
            reg::GCR => self.gcr = value,
            reg::SVR => self.svr = value & reg::VECTOR,
            o if (reg::IPIVPR0..reg::IPIVPR0 + 0x40).contains(&o) && o & 0xF == 0 => {
                let s = &mut self.sources[((o - reg::IPIVPR0) >> 4) as usize];
                s.vpr = value & (reg::MSK | reg::PRIORITY | reg::VECTOR);
            }
            o if (reg::IVPR0..reg::IVPR0 + 0x20 * SRCS as u64).contains(&o) => {
                if let Some((i, idr)) = Self::source_at(o) {
                    let internal = i >= SRC0 + INTERNAL0;
                    let s = &mut self.sources[i];
                    if idr {
                        s.idr = value & (reg::IDR_EP | reg::IDR_CI0 | reg::IDR_P0);
                    } else {
                        // Internal sources are level-only: S reads 0 (as QEMU 7.2 keeps it).
                        let sense = if internal { 0 } else { reg::S };
                        s.vpr = value & (reg::MSK | reg::P | sense | reg::PRIORITY | reg::VECTOR);
                        if self.level_sensitive(i) {
                            self.sources[i].pending = false;
                        }
                    }
                }
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
    fn the_feature_register_reads_qemus_value_and_brr1_the_mpc8544s() {
        // FRR measured on QEMU 7.2's ppce500 (monitor `xp /1wx 0xfe0041000`); BRR1 is the
        // MPC8544's version 2.0, not QEMU's ppce500 4.2 (docs/devices.md).
        let mut m = Mpic::new();
        assert_eq!(m.read(reg::FRR, Word), 0x00C3_0002);
        w(&mut m, reg::FRR, 0);
        assert_eq!(m.read(reg::FRR, Word), 0x00C3_0002);
        assert_eq!(m.read(reg::BRR1, Word), 0x0040_0200);
        w(&mut m, reg::BRR1, 0);
        assert_eq!(m.read(reg::BRR1, Word), 0x0040_0200);
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

    /// IVPR n / IDR n of interrupt source n.
    fn ivpr(n: u64) -> u64 {
        reg::IVPR0 + 0x20 * n
    }

    #[test]
    fn an_internal_level_source_through_iack_and_eoi() {
        let mut m = Mpic::new();
        // Reset: masked, priority 0, routed to P0.
        assert_eq!(m.read(ivpr(42), Word), reg::MSK);
        assert_eq!(m.read(ivpr(42) + 0x10, Word), reg::IDR_P0);
        // P, S, priority 5, vector 0x42: S reads 0 on an internal source.
        w(&mut m, ivpr(42), 0x00C5_0042);
        assert_eq!(m.read(ivpr(42), Word), 0x0085_0042);
        w(&mut m, reg::CTPR, 5);
        m.set_line(42, true);
        assert_eq!(m.read(ivpr(42), Word), 0x4085_0042, "A while the line is high");
        assert!(!m.outputs().int, "priority 5 is not above CTPR 5");
        w(&mut m, reg::CTPR, 4);
        assert!(m.outputs().int);
        assert_eq!(m.read(reg::IACK, Word), 0x42);
        assert!(!m.outputs().int, "in service");
        // Level: still requesting after IACK; EOI lets it interrupt again.
        assert_eq!(m.read(ivpr(42), Word), 0x4085_0042);
        w(&mut m, reg::EOI, 0);
        assert!(m.outputs().int);
        // The line drops before IACK: spurious.
        m.set_line(42, false);
        assert!(!m.outputs().int);
        assert_eq!(m.read(reg::IACK, Word), 0xFFFF);
        // Masked, or not routed to P0: no int.
        m.set_line(42, true);
        w(&mut m, ivpr(42), 0x8085_0042);
        assert!(!m.outputs().int);
        w(&mut m, ivpr(42), 0x0085_0042);
        w(&mut m, ivpr(42) + 0x10, 0);
        assert!(!m.outputs().int);
        w(&mut m, ivpr(42) + 0x10, reg::IDR_P0);
        assert!(m.outputs().int);
        // A reset masks it but keeps the line.
        w(&mut m, reg::GCR, reg::GCR_RST);
        assert!(!m.outputs().int);
        w(&mut m, reg::CTPR, 0);
        w(&mut m, ivpr(42), 0x0085_0042);
        assert!(m.outputs().int);
    }

    #[test]
    fn nesting_by_priority_and_eoi_of_the_highest() {
        let mut m = Mpic::new();
        w(&mut m, reg::CTPR, 0);
        w(&mut m, ivpr(42), 0x0083_0042);
        w(&mut m, ivpr(20), 0x0086_0020);
        m.set_line(42, true);
        assert_eq!(m.read(reg::IACK, Word), 0x42);
        // A higher priority source interrupts the one in service; a lower one waits.
        m.set_line(20, true);
        assert!(m.outputs().int);
        assert_eq!(m.read(reg::IACK, Word), 0x20);
        assert!(!m.outputs().int);
        m.set_line(20, false);
        w(&mut m, reg::EOI, 0); // ends 20 (priority 6)
        assert!(!m.outputs().int, "42 is still in service");
        w(&mut m, reg::EOI, 0); // ends 42
        assert!(m.outputs().int, "42's line is still high");
    }

    #[test]
    fn external_sources_edge_or_level() {
        let mut m = Mpic::new();
        w(&mut m, reg::CTPR, 0);
        // Edge (S = 0): a rising line is one request, taken by IACK.
        w(&mut m, ivpr(3), 0x0004_0003);
        assert_eq!(m.read(ivpr(3), Word), 0x0004_0003);
        m.set_line(3, true);
        assert!(m.outputs().int);
        assert_eq!(m.read(reg::IACK, Word), 3);
        w(&mut m, reg::EOI, 0);
        assert!(!m.outputs().int, "the line is still high but the edge was taken");
        m.set_line(3, false);
        m.set_line(3, true);
        assert!(m.outputs().int);
        // Level (S = 1): requests while high.
        let mut l = Mpic::new();
        w(&mut l, reg::CTPR, 0);
        w(&mut l, ivpr(5), 0x0044_0005);
        assert_eq!(l.read(ivpr(5), Word), 0x0044_0005);
        l.set_line(5, true);
        assert_eq!(l.read(reg::IACK, Word), 5);
        w(&mut l, reg::EOI, 0);
        assert!(l.outputs().int);
        // Sources 12-15 do not exist; 80 and above are not sources.
        w(&mut l, ivpr(12), 0x0044_0005);
        assert_eq!(l.read(ivpr(12), Word), 0);
        l.set_line(13, true);
        l.set_line(80, true);
    }
}
