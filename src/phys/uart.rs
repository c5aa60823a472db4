//! [`Uart16550`]: an ns16550-compatible UART with byte registers at offsets 0..=7.
//!
//! | offset | read | write | with LCR\[DLAB\] = 1 |
//! |---|---|---|---|
//! | 0 | RBR | THR (transmit) | DLL |
//! | 1 | IER | IER | DLM |
//! | 2 | IIR | FCR | |
//! | 3 | LCR | LCR | |
//! | 4 | MCR | MCR | |
//! | 5 | LSR | (ignored) | |
//! | 6 | MSR | (ignored) | |
//! | 7 | SCR | SCR | |
//!
//! Transmission is instantaneous: a THR write appends the byte to [`Uart16550::output`], so
//! LSR always reads THRE | TEMT (0x60).
//!
//! Reception: bytes queued with [`Uart16550::feed`] (keystrokes, `--console-input`) wait on
//! the "line" and arrive in the receiver one at a time, as the guest reads (docs/console.md): the
//! next byte arrives when the receiver is empty and the guest reads LSR, or when the receiver is
//! empty while IER\[ERBFI\] (received-data interrupt) is set, i.e. at once after the guest
//! reads RBR, enables the interrupt or new input is queued. So a polling driver sees LSR\[DR\]
//! at its first poll and an interrupt-driven one an RDA interrupt (IIR = 0x04) for each byte,
//! and when a byte arrives depends only on what the guest does, never on host timing.
//! [`Uart16550::hold_input_until`] keeps the line quiet until the output ends with a text (a
//! prompt). In loopback (MCR\[LOOP\]) transmitted bytes are received instead of sent.
//!
//! Interrupt state (IIR) is kept as a 16550 does; the interrupt output
//! ([`Uart16550::interrupt_pending`]: IIR reports a condition) drives the MPIC's source 42
//! ([`crate::phys::Bus::refresh_irq`]). MCR\[OUT2\] does not gate it: on a 16550 OUT2 is only an
//! output pin (PC boards gate the IRQ with it; QEMU 7.2's serial does not either). Reset values
//! follow QEMU's `serial_reset` (MCR = OUT2, MSR = DCD | DSR | CTS, divisor 12).
//! Offsets 8 and above read 0 and ignore writes.

use std::collections::VecDeque;

/// Register offsets.
pub mod reg {
    /// RBR (read), THR (write), DLL (DLAB).
    pub const RBR_THR: u64 = 0;
    /// IER, DLM (DLAB).
    pub const IER: u64 = 1;
    /// IIR (read), FCR (write).
    pub const IIR_FCR: u64 = 2;
    /// Line control.
    pub const LCR: u64 = 3;
    /// Modem control.
    pub const MCR: u64 = 4;
    /// Line status.
    pub const LSR: u64 = 5;
    /// Modem status.
    pub const MSR: u64 = 6;
    /// Scratch.
    pub const SCR: u64 = 7;
}

/// LCR: divisor latch access.
pub const LCR_DLAB: u8 = 0x80;
/// LSR: data ready.
pub const LSR_DR: u8 = 0x01;
/// LSR: overrun error.
pub const LSR_OE: u8 = 0x02;
/// LSR: transmit holding register empty.
pub const LSR_THRE: u8 = 0x20;
/// LSR: transmitter empty.
pub const LSR_TEMT: u8 = 0x40;
/// IER: received data available interrupt.
pub const IER_RDI: u8 = 0x01;
/// IER: THR empty interrupt.
pub const IER_THRI: u8 = 0x02;
/// IER: receiver line status interrupt.
pub const IER_RLSI: u8 = 0x04;
/// IIR: no interrupt pending.
pub const IIR_NO_INT: u8 = 0x01;
/// IIR: THR empty.
pub const IIR_THRI: u8 = 0x02;
/// IIR: received data available.
pub const IIR_RDI: u8 = 0x04;
/// IIR: receiver line status.
pub const IIR_RLSI: u8 = 0x06;
/// IIR: FIFOs enabled.
pub const IIR_FIFO: u8 = 0xC0;
/// FCR: enable FIFOs.
pub const FCR_ENABLE: u8 = 0x01;
/// FCR: clear the receive FIFO.
pub const FCR_RX_RESET: u8 = 0x02;
/// MCR: OUT2.
pub const MCR_OUT2: u8 = 0x08;
/// MCR: loopback.
pub const MCR_LOOP: u8 = 0x10;
/// MSR at reset: DCD | DSR | CTS.
pub const MSR_RESET: u8 = 0xB0;

/// An ns16550 UART: see the module documentation.
#[derive(Clone, Debug)]
pub struct Uart16550 {
    ier: u8,
    lcr: u8,
    mcr: u8,
    scr: u8,
    divisor: u16,
    fifo: bool,
    overrun: bool,
    thr_ipending: bool,
    rx: VecDeque<u8>,
    output: Vec<u8>,
    /// Input queued on the line, not yet in the receiver.
    line: VecDeque<u8>,
    /// The line stays quiet until the output ends with this.
    hold_until: Option<Vec<u8>>,
}

impl Default for Uart16550 {
    fn default() -> Self {
        Self::new()
    }
}

impl Uart16550 {
    /// Bytes of register space.
    pub const LEN: u64 = 8;

    /// A UART in its reset state.
    pub fn new() -> Self {
        Uart16550 {
            ier: 0,
            lcr: 0,
            mcr: MCR_OUT2,
            scr: 0,
            divisor: 12,
            fifo: false,
            overrun: false,
            thr_ipending: false,
            rx: VecDeque::new(),
            output: Vec::new(),
            line: VecDeque::new(),
            hold_until: None,
        }
    }

    /// Queues `bytes` on the input line: they arrive in the receiver one at a time (see the
    /// module documentation).
    pub fn feed(&mut self, bytes: &[u8]) {
        self.line.extend(bytes);
        if self.ier & IER_RDI != 0 {
            self.arrive();
        }
    }

    /// Keeps the input line quiet until the output ends with `text` (from then on it stays
    /// open). An empty `text` opens it.
    pub fn hold_input_until(&mut self, text: &[u8]) {
        self.hold_until = (!text.is_empty() && !self.output.ends_with(text)).then(|| text.to_vec());
    }

    /// Input bytes queued on the line, not yet received.
    #[cfg(test)]
    pub fn pending_input(&self) -> usize {
        self.line.len()
    }

    /// The next byte on the line enters an empty receiver (unless the line is held).
    fn arrive(&mut self) {
        if self.rx.is_empty()
            && self.hold_until.is_none()
            && self.mcr & MCR_LOOP == 0
            && let Some(b) = self.line.pop_front()
        {
            self.rx.push_back(b);
        }
    }

    /// Everything transmitted so far.
    pub fn output(&self) -> &[u8] {
        &self.output
    }

    /// Takes the transmitted bytes, leaving the buffer empty.
    #[cfg(test)]
    pub fn take_output(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.output)
    }

    /// The baud-rate divisor (DLM:DLL).
    #[cfg(test)]
    pub fn divisor(&self) -> u16 {
        self.divisor
    }

    /// Whether an enabled interrupt condition is pending (IIR bit 0 clear).
    pub fn interrupt_pending(&self) -> bool {
        self.iir() & IIR_NO_INT == 0
    }

    fn dlab(&self) -> bool {
        self.lcr & LCR_DLAB != 0
    }

    fn lsr(&self) -> u8 {
        let dr = if self.rx.is_empty() { 0 } else { LSR_DR };
        let oe = if self.overrun { LSR_OE } else { 0 };
        LSR_THRE | LSR_TEMT | dr | oe
    }

    /// IIR by 16550 priority: line status, received data, THR empty.
    fn iir(&self) -> u8 {
        let id = if self.ier & IER_RLSI != 0 && self.overrun {
            IIR_RLSI
        } else if self.ier & IER_RDI != 0 && !self.rx.is_empty() {
            IIR_RDI
        } else if self.ier & IER_THRI != 0 && self.thr_ipending {
            IIR_THRI
        } else {
            IIR_NO_INT
        };
        id | if self.fifo { IIR_FIFO } else { 0 }
    }

    fn msr(&self) -> u8 {
        if self.mcr & MCR_LOOP != 0 {
            // Loopback: OUT2 -> DCD, OUT1 -> RI, DTR -> DSR, RTS -> CTS.
            ((self.mcr & 0x0C) << 4) | ((self.mcr & 0x02) << 3) | ((self.mcr & 0x01) << 5)
        } else {
            MSR_RESET
        }
    }

    /// Reads the register at `offset` (reads of RBR, IIR and LSR have side effects).
    pub fn read(&mut self, offset: u64) -> u8 {
        match offset {
            reg::RBR_THR if self.dlab() => self.divisor.to_be_bytes()[1],
            reg::RBR_THR => {
                let b = self.rx.pop_front().unwrap_or(0);
                if self.ier & IER_RDI != 0 {
                    self.arrive();
                }
                b
            }
            reg::IER if self.dlab() => self.divisor.to_be_bytes()[0],
            reg::IER => self.ier,
            reg::IIR_FCR => {
                let iir = self.iir();
                if iir & 0x0F == IIR_THRI {
                    // Reading IIR clears a THR-empty interrupt it reports.
                    self.thr_ipending = false;
                }
                iir
            }
            reg::LCR => self.lcr,
            reg::MCR => self.mcr,
            reg::LSR => {
                self.arrive();
                let lsr = self.lsr();
                self.overrun = false;
                lsr
            }
            reg::MSR => self.msr(),
            reg::SCR => self.scr,
            _ => 0,
        }
    }

    /// Writes the register at `offset`.
    pub fn write(&mut self, offset: u64, value: u8) {
        match offset {
            reg::RBR_THR if self.dlab() => self.divisor = (self.divisor & 0xFF00) | value as u16,
            reg::RBR_THR => self.transmit(value),
            reg::IER if self.dlab() => {
                self.divisor = (self.divisor & 0x00FF) | (value as u16) << 8;
            }
            reg::IER => {
                let enabling = value & IER_THRI != 0 && self.ier & IER_THRI == 0;
                self.ier = value & 0x0F;
                if enabling {
                    // THR is always empty: enabling its interrupt raises it at once.
                    self.thr_ipending = true;
                }
                if self.ier & IER_RDI != 0 {
                    self.arrive();
                }
            }
            reg::IIR_FCR => {
                let fifo = value & FCR_ENABLE != 0;
                if fifo != self.fifo || value & FCR_RX_RESET != 0 {
                    self.rx.clear();
                }
                self.fifo = fifo;
                if self.ier & IER_RDI != 0 {
                    self.arrive();
                }
            }
            reg::LCR => self.lcr = value,
            reg::MCR => {
                self.mcr = value & 0x1F;
                if self.ier & IER_RDI != 0 {
                    self.arrive();
                }
            }
            reg::SCR => self.scr = value,
            _ => {}
        }
    }

    fn transmit(&mut self, byte: u8) {
        if self.mcr & MCR_LOOP != 0 {
            let depth = if self.fifo { 16 } else { 1 };
            if self.rx.len() < depth {
                self.rx.push_back(byte);
            } else {
                self.overrun = true;
            }
        } else {
            self.output.push(byte);
            if self.hold_until.as_ref().is_some_and(|t| self.output.ends_with(t)) {
                self.hold_until = None;
                if self.ier & IER_RDI != 0 {
                    self.arrive();
                }
            }
        }
        // Sent at once: THR is empty again.
        self.thr_ipending = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transmit_appends_and_lsr_reads_0x60() {
        let mut u = Uart16550::new();
        assert_eq!(u.read(reg::LSR), 0x60);
        for &b in b"Hi!\n" {
            u.write(reg::RBR_THR, b);
            assert_eq!(u.read(reg::LSR), 0x60, "after {b:#x}");
        }
        assert_eq!(u.output(), b"Hi!\n");
        assert_eq!(u.take_output(), b"Hi!\n".to_vec());
        assert_eq!(u.output(), b"");
        // No input: RBR reads 0 and LSR never shows data ready.
        assert_eq!(u.read(reg::RBR_THR), 0);
    }

    #[test]
    fn reset_values_and_plain_registers() {
        let mut u = Uart16550::default();
        // (offset, value at reset) as QEMU's serial_reset leaves them.
        #[rustfmt::skip]
        let reset: &[(u64, u8)] = &[
            (reg::RBR_THR, 0), (reg::IER, 0), (reg::IIR_FCR, 0x01), (reg::LCR, 0),
            (reg::MCR, 0x08), (reg::LSR, 0x60), (reg::MSR, 0xB0), (reg::SCR, 0),
            (8, 0), (0xFF, 0), (u64::MAX, 0),
        ];
        for &(off, v) in reset {
            assert_eq!(u.read(off), v, "offset {off}");
        }
        // (offset, written, read back)
        #[rustfmt::skip]
        let rw: &[(u64, u8, u8)] = &[
            (reg::SCR, 0xA5, 0xA5),
            (reg::LCR, 0x03, 0x03),  // 8N1
            (reg::MCR, 0xEF, 0x0F),  // only 5 bits exist (LOOP left clear)
            (reg::IER, 0xF5, 0x05),  // only 4 bits exist
            (reg::LSR, 0x00, 0x60),  // read-only
            (reg::MSR, 0x00, 0xB0),  // read-only
            (9, 0x55, 0),            // past the registers
        ];
        for &(off, w, r) in rw {
            u.write(off, w);
            assert_eq!(u.read(off), r, "offset {off}");
        }
        assert!(u.output().is_empty());
    }

    #[test]
    fn dlab_switches_offsets_0_and_1_to_the_divisor() {
        let mut u = Uart16550::new();
        u.write(reg::IER, 0x01);
        u.write(reg::LCR, 0x83); // DLAB | 8N1
        u.write(reg::RBR_THR, 0x36); // DLL, not transmitted
        u.write(reg::IER, 0x01); // DLM
        assert_eq!((u.read(reg::RBR_THR), u.read(reg::IER)), (0x36, 0x01));
        assert_eq!(u.divisor(), 0x0136);
        assert!(u.output().is_empty());
        u.write(reg::LCR, 0x03); // DLAB off
        assert_eq!(u.read(reg::IER), 0x01); // IER kept its value
        u.write(reg::RBR_THR, b'A');
        assert_eq!(u.output(), b"A");
        assert_eq!(u.divisor(), 0x0136);
    }

    #[test]
    fn thr_empty_interrupt_is_raised_and_cleared_by_iir_read() {
        let mut u = Uart16550::new();
        // (action, IIR read right after). The first IIR read clears a THRI it reports.
        assert_eq!(u.read(reg::IIR_FCR), 0x01);
        u.write(reg::IER, IER_THRI);
        assert!(u.interrupt_pending());
        assert_eq!(u.read(reg::IIR_FCR), 0x02);
        assert_eq!(u.read(reg::IIR_FCR), 0x01);
        u.write(reg::RBR_THR, b'x');
        assert_eq!(u.read(reg::IIR_FCR), 0x02);
        u.write(reg::IIR_FCR, FCR_ENABLE);
        assert_eq!(u.read(reg::IIR_FCR), 0xC1);
    }

    #[test]
    fn polled_input_arrives_one_byte_per_empty_receiver() {
        let mut u = Uart16550::new();
        u.feed(b"ab");
        assert_eq!(u.pending_input(), 2, "nothing arrives before the guest looks");
        // (read, value): LSR shows DR at the first poll, RBR takes the byte, the next LSR
        // brings the next one; RBR without a byte reads 0.
        #[rustfmt::skip]
        let reads: &[(u64, u8)] = &[
            (reg::LSR, 0x61), (reg::LSR, 0x61), (reg::RBR_THR, b'a'),
            (reg::RBR_THR, 0), (reg::LSR, 0x61), (reg::RBR_THR, b'b'), (reg::LSR, 0x60),
        ];
        for (i, &(off, v)) in reads.iter().enumerate() {
            assert_eq!(u.read(off), v, "read {i} at offset {off}");
        }
        assert_eq!(u.pending_input(), 0);
    }

    #[test]
    fn interrupt_driven_input_raises_rda_for_each_byte() {
        let mut u = Uart16550::new();
        u.feed(b"xy");
        assert!(!u.interrupt_pending());
        u.write(reg::IER, IER_RDI);
        assert_eq!(u.read(reg::IIR_FCR), IIR_RDI);
        assert_eq!(u.read(reg::RBR_THR), b'x');
        // Reading RBR with the interrupt enabled brings the next byte at once.
        assert_eq!(u.read(reg::IIR_FCR), IIR_RDI);
        assert_eq!(u.read(reg::RBR_THR), b'y');
        assert_eq!(u.read(reg::IIR_FCR), IIR_NO_INT);
        u.feed(b"z");
        assert_eq!(u.read(reg::IIR_FCR), IIR_RDI, "queued input arrives while ERBFI is set");
    }

    #[test]
    fn held_input_waits_for_the_prompt() {
        let mut u = Uart16550::new();
        u.feed(b"v\r");
        u.hold_input_until(b"=> ");
        assert_eq!(u.read(reg::LSR), 0x60);
        for &b in b"=>" {
            u.write(reg::RBR_THR, b);
        }
        assert_eq!(u.read(reg::LSR), 0x60, "the output does not end with the prompt yet");
        u.write(reg::RBR_THR, b' ');
        assert_eq!((u.read(reg::LSR), u.read(reg::RBR_THR)), (0x61, b'v'));
        // Once open, it stays open.
        u.write(reg::RBR_THR, b'!');
        assert_eq!((u.read(reg::LSR), u.read(reg::RBR_THR)), (0x61, b'\r'));
    }

    #[test]
    fn loopback_receives_instead_of_sending() {
        let mut u = Uart16550::new();
        u.write(reg::MCR, MCR_LOOP | 0x0B); // LOOP | OUT2 | RTS | DTR
        // OUT2 -> DCD 0x80, RTS -> CTS 0x10, DTR -> DSR 0x20.
        assert_eq!(u.read(reg::MSR), 0xB0);
        u.write(reg::IER, IER_RDI);
        u.write(reg::RBR_THR, b'q');
        assert_eq!(u.read(reg::LSR), 0x61);
        assert_eq!(u.read(reg::IIR_FCR), 0x04);
        u.write(reg::RBR_THR, b'r'); // no FIFO: overruns the holding register
        assert_eq!(u.read(reg::LSR), 0x63);
        assert_eq!(u.read(reg::LSR), 0x61); // reading LSR cleared OE
        assert_eq!(u.read(reg::RBR_THR), b'q');
        assert_eq!(u.read(reg::LSR), 0x60);
        assert!(u.output().is_empty());
    }
}
