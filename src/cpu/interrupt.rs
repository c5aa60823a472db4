//! Interrupts as values ([`Interrupt`]) and their Book-E delivery ([`PrivState::deliver`]).
//!
//! The core never delivers an interrupt by itself: `Cpu::step` reports one, and whoever owns the
//! core decides. The bare machine calls `Cpu::deliver` at once; the hypervisor emulates the
//! instruction or reflects the interrupt into its guest's [`PrivState`] with the same
//! [`PrivState::deliver`].
//!
//! Delivery (docs/booke-mmu.md §4.1, §4.2, §3):
//! * save registers by class: SRR0/1 (non-critical), CSRR0/1 (critical input, watchdog, and
//!   debug on the e500v2: E500RM "Debug Interrupt"), DSRR0/1 (debug on the e500mc), MCSRR0/1 (machine check;
//!   with MSR\[ME\] = 0 the core checkstops instead);
//! * DEAR and ESR for data storage, alignment, data TLB error; ESR for instruction storage and
//!   program (instruction TLB error too under `compat.itlb_miss_writes_dear_esr`);
//! * the MAS preload of a TLB error ([`crate::mmu::Tlb::preload_miss`]);
//! * the new MSR keeps CE, ME, DE for non-critical interrupts (only ME under
//!   `compat.interrupt_msr_keeps_only_me`), ME for critical ones (debug included: DE is
//!   cleared), nothing for machine checks;
//! * PC = `(IVPR & 0xFFFF0000) | (IVORn & 0xFFF0)`.

use crate::addr::{Ea, PhysAddr};
use crate::mmu::Access;
use crate::narrow::Narrow;

use super::state::{CpuModel, PrivState, TlbObserver, msr};
use crate::events::ArchEvent;

/// ESR bits (docs/booke-mmu.md §4.3).
pub mod esr {
    /// Illegal instruction (program interrupt).
    pub const PIL: u32 = 0x0800_0000;
    /// Privileged instruction in user state (program interrupt).
    pub const PPR: u32 = 0x0400_0000;
    /// Trap (program interrupt).
    pub const PTR: u32 = 0x0200_0000;
    /// The access was a store (DSI, data TLB error, alignment).
    pub const ST: u32 = 0x0080_0000;
    /// Data cache locking exception (DSI of `dcbtls dcbtstls dcblc` in user state, MSR\[UCLE\] = 0).
    pub const DLK: u32 = 0x0020_0000;
    /// Instruction cache locking exception (DSI of `icbtls icblc` in user state, MSR\[UCLE\] = 0).
    pub const ILK: u32 = 0x0010_0000;
}

/// MCSR bits for a bus error on an address nothing answers (Linux `reg_booke.h`).
pub mod mcsr {
    /// e500v2: instruction fetch address error.
    pub const BUS_IAERR: u32 = 0x0000_0080;
    /// e500v2: read address error.
    pub const BUS_RAERR: u32 = 0x0000_0040;
    /// e500v2: write address error.
    pub const BUS_WAERR: u32 = 0x0000_0020;
    /// e500mc: MCAR holds a valid address.
    pub const MAV: u32 = 0x0008_0000;
    /// e500mc: instruction fetch error.
    pub const IF: u32 = 0x0001_0000;
    /// e500mc: load error.
    pub const LD: u32 = 0x0000_8000;
    /// e500mc: store error.
    pub const ST: u32 = 0x0000_4000;
}

/// Why a program interrupt happens; each cause is one ESR bit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProgramCause {
    /// An illegal or unimplemented instruction or form (ESR\[PIL\]).
    Illegal,
    /// A privileged instruction or SPR in user state (ESR\[PPR\]).
    Privileged,
    /// A `tw`/`twi` whose condition held (ESR\[PTR\]).
    Trap,
}

impl ProgramCause {
    /// The ESR value of the interrupt.
    pub const fn esr(self) -> u32 {
        match self {
            ProgramCause::Illegal => esr::PIL,
            ProgramCause::Privileged => esr::PPR,
            ProgramCause::Trap => esr::PTR,
        }
    }
    /// The Book3S reason bit QEMU ORs into SRR1 (docs/qemu-ppce500.md item 11).
    const fn qemu_srr1_reason(self) -> u32 {
        match self {
            ProgramCause::Illegal => 0x0008_0000,
            ProgramCause::Privileged => 0x0004_0000,
            ProgramCause::Trap => 0x0002_0000,
        }
    }
}

/// What happened, with everything delivery needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterruptKind {
    /// Critical input (IVOR0), asynchronous.
    CriticalInput,
    /// Machine check (IVOR1): nothing answered at physical address `addr`.
    MachineCheck {
        /// The physical address on the bus the interrupted processor saw, reported in
        /// MCAR/MCARU: host-physical for the core's own access, guest-physical for one the
        /// hypervisor reflects into a guest (36 bits).
        addr: u64,
        /// The kind of access.
        access: Access,
    },
    /// Data storage (IVOR2): a data access the matching TLB entry does not permit.
    DataStorage {
        /// The effective address of the access.
        dear: Ea,
        /// ESR (ST for stores).
        esr: u32,
    },
    /// Instruction storage (IVOR3): the page is not executable; SRR0 is the fetch address.
    InstructionStorage {
        /// ESR (0).
        esr: u32,
    },
    /// External input (IVOR4), asynchronous.
    ExternalInput,
    /// Alignment (IVOR5).
    Alignment {
        /// The effective address of the access.
        dear: Ea,
        /// ESR (ST for stores).
        esr: u32,
    },
    /// Program (IVOR6).
    Program(ProgramCause),
    /// System call (IVOR8); SRR0 is the instruction after the `sc`.
    SystemCall,
    /// Decrementer (IVOR10), asynchronous.
    Decrementer,
    /// Fixed-interval timer (IVOR11), asynchronous.
    FixedIntervalTimer,
    /// Watchdog (IVOR12), critical, asynchronous.
    Watchdog,
    /// Data TLB error (IVOR13): no TLB entry translates the access.
    DataTlbError {
        /// The effective address of the access.
        dear: Ea,
        /// ESR (ST for stores).
        esr: u32,
        /// The address space of the access (MSR\[DS\]).
        space: bool,
    },
    /// Instruction TLB error (IVOR14): no TLB entry translates the fetch at SRR0.
    InstructionTlbError {
        /// The address space of the fetch (MSR\[IS\]).
        space: bool,
    },
    /// Debug (IVOR15): a debug event recorded in DBSR with MSR\[DE\] and DBCR0\[IDM\] set: an
    /// instruction-complete event is taken before the next instruction (asynchronously, from
    /// DBSR), a branch-taken event before the branch executes (xSRR0 = the branch).
    Debug,
}

/// Which save/restore pair an interrupt uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InterruptClass {
    /// SRR0/SRR1, returned from with `rfi`.
    NonCritical,
    /// CSRR0/CSRR1, `rfci`.
    Critical,
    /// MCSRR0/MCSRR1, `rfmci`.
    MachineCheck,
    /// DSRR0/DSRR1 (`rfdi`): the e500mc's debug interrupt; the new MSR is a critical one's.
    Debug,
}

/// DBCR0 bits (Book-E "Debug Control Register 0"; E500RM debug registers).
pub mod dbcr0 {
    /// Internal debug mode: debug events set DBSR and cause debug interrupts.
    pub const IDM: u32 = 0x4000_0000;
    /// Instruction complete debug event enable.
    pub const ICMP: u32 = 0x0800_0000;
    /// Branch taken debug event enable.
    pub const BRT: u32 = 0x0400_0000;
}

/// DBSR bits (Book-E "Debug Status Register"; write one to clear).
pub mod dbsr {
    /// Instruction complete debug event.
    pub const ICMP: u32 = 0x0800_0000;
    /// Branch taken debug event.
    pub const BRT: u32 = 0x0400_0000;
    /// Every debug event bit (UDE, ICMP, BRT, IRPT, TRAP, IAC1-4, DAC1R/W, DAC2R/W, RET): any of
    /// them with MSR\[DE\] and DBCR0\[IDM\] makes a debug interrupt; IDE and MRR are not events.
    pub const EVENTS: u32 = 0x4FFF_8000;
}

impl InterruptKind {
    /// The IVOR number (docs/booke-mmu.md §4.2).
    pub const fn ivor(&self) -> usize {
        match self {
            InterruptKind::CriticalInput => 0,
            InterruptKind::MachineCheck { .. } => 1,
            InterruptKind::DataStorage { .. } => 2,
            InterruptKind::InstructionStorage { .. } => 3,
            InterruptKind::ExternalInput => 4,
            InterruptKind::Alignment { .. } => 5,
            InterruptKind::Program(_) => 6,
            InterruptKind::SystemCall => 8,
            InterruptKind::Decrementer => 10,
            InterruptKind::FixedIntervalTimer => 11,
            InterruptKind::Watchdog => 12,
            InterruptKind::DataTlbError { .. } => 13,
            InterruptKind::InstructionTlbError { .. } => 14,
            InterruptKind::Debug => 15,
        }
    }
    /// The interrupt's name as the manuals write it ("data TLB error").
    pub const fn name(&self) -> &'static str {
        match self {
            InterruptKind::CriticalInput => "critical input",
            InterruptKind::MachineCheck { .. } => "machine check",
            InterruptKind::DataStorage { .. } => "data storage interrupt",
            InterruptKind::InstructionStorage { .. } => "instruction storage interrupt",
            InterruptKind::ExternalInput => "external input",
            InterruptKind::Alignment { .. } => "alignment interrupt",
            InterruptKind::Program(_) => "program interrupt",
            InterruptKind::SystemCall => "system call",
            InterruptKind::Decrementer => "decrementer interrupt",
            InterruptKind::FixedIntervalTimer => "fixed-interval timer interrupt",
            InterruptKind::Watchdog => "watchdog interrupt",
            InterruptKind::DataTlbError { .. } => "data TLB error",
            InterruptKind::InstructionTlbError { .. } => "instruction TLB error",
            InterruptKind::Debug => "debug interrupt",
        }
    }

    /// Whether an input line or a timer raises it, rather than an instruction.
    pub const fn is_async(&self) -> bool {
        matches!(
            self,
            InterruptKind::CriticalInput
                | InterruptKind::ExternalInput
                | InterruptKind::Decrementer
                | InterruptKind::FixedIntervalTimer
                | InterruptKind::Watchdog
        )
    }

    /// The save/restore class on the e500v2 (the e500mc saves a debug interrupt in DSRR0/1:
    /// `PrivState::delivery_class`).
    pub const fn class(&self) -> InterruptClass {
        match self {
            InterruptKind::CriticalInput | InterruptKind::Watchdog | InterruptKind::Debug => {
                InterruptClass::Critical
            }
            InterruptKind::MachineCheck { .. } => InterruptClass::MachineCheck,
            _ => InterruptClass::NonCritical,
        }
    }
}

/// An interrupt the core reports: what happened and the address to save in xSRR0 (the faulting
/// instruction, or the next one for `sc` and asynchronous interrupts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Interrupt {
    /// What happened.
    pub kind: InterruptKind,
    /// The address saved in SRR0/CSRR0/MCSRR0.
    pub srr0: Ea,
}

/// The interrupt request lines of the core (an interrupt controller drives them).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct IrqLines {
    /// External input (`int`), taken when MSR\[EE\] = 1.
    pub external: bool,
    /// Critical input (`cint`), taken when MSR\[CE\] = 1.
    pub critical: bool,
}

/// The result of delivering an interrupt.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[must_use]
pub enum Delivery {
    /// The core now executes the handler at `pc`.
    Delivered {
        /// The vector.
        pc: Ea,
    },
    /// A machine check with MSR\[ME\] = 0: the core stops (checkstop); nothing was changed.
    Checkstop,
}

impl<P: PhysAddr> PrivState<P> {
    /// Delivers `irq` to this state as Book-E does (see the module documentation) and returns the
    /// handler address ([`PrivState::deliver_with`] without an observer).
    #[cfg(test)]
    pub fn deliver(&mut self, irq: &Interrupt) -> Delivery {
        self.deliver_with(irq, &mut super::state::NoObserver)
    }

    /// Delivers `irq` and reports it to `obs` as an [`ArchEvent::Interrupt`] (the registers
    /// after delivery: SRR0/1, vector, new MSR, ESR, DEAR, MAS preload) or
    /// [`ArchEvent::Checkstop`]. The bare core and the hypervisor (reflecting into its guest's
    /// state) both deliver through this.
    pub fn deliver_with(&mut self, irq: &Interrupt, obs: &mut impl TlbObserver<P>) -> Delivery {
        let d = self.deliver_raw(irq);
        if !obs.observing() {
            return d;
        }
        let e = match d {
            Delivery::Delivered { pc } => {
                let s = &self.sprs;
                let (srr0, srr1) = s.save_pair(self.delivery_class(irq.kind));
                ArchEvent::Interrupt {
                    kind: irq.kind,
                    srr0,
                    srr1,
                    vector: pc.raw(),
                    msr: self.msr,
                    esr: s.esr,
                    dear: s.dear,
                    mas: self.mas,
                }
            }
            Delivery::Checkstop => ArchEvent::Checkstop { kind: irq.kind },
        };
        obs.arch(e);
        d
    }

    /// The save/restore pair `kind` uses on this core: the e500mc saves a debug interrupt in
    /// DSRR0/1, the e500v2 in CSRR0/1 (E500RM "Debug Interrupt"; HID0\[DAPUEN] not modelled).
    fn delivery_class(&self, kind: InterruptKind) -> InterruptClass {
        match (kind, self.model()) {
            (InterruptKind::Debug, CpuModel::E500mc) => InterruptClass::Debug,
            _ => kind.class(),
        }
    }

    fn deliver_raw(&mut self, irq: &Interrupt) -> Delivery {
        let kind = irq.kind;
        let class = self.delivery_class(kind);
        let old = self.msr;
        if class == InterruptClass::MachineCheck && old & msr::ME == 0 {
            return Delivery::Checkstop;
        }
        let compat = *self.compat();
        let model = self.model();
        let mut srr1 = old;
        let s = &mut self.sprs;
        match kind {
            InterruptKind::Alignment { dear, .. } if compat.alignment_keeps_esr => s.dear = dear.raw(),
            InterruptKind::DataStorage { dear, esr } | InterruptKind::Alignment { dear, esr } => {
                (s.dear, s.esr) = (dear.raw(), esr);
            }
            InterruptKind::InstructionStorage { esr } => s.esr = esr,
            InterruptKind::Program(cause) => {
                s.esr = cause.esr();
                if compat.program_srr1_reason_bits {
                    srr1 |= cause.qemu_srr1_reason();
                }
            }
            InterruptKind::DataTlbError { dear, esr, space } => {
                (s.dear, s.esr) = (dear.raw(), esr);
                let pids = self.pids();
                self.tlb.preload_miss(&mut self.mas, dear, space, &pids, &compat);
            }
            InterruptKind::InstructionTlbError { space } => {
                if compat.itlb_miss_writes_dear_esr {
                    (s.dear, s.esr) = (irq.srr0.raw(), 0);
                }
                let pids = self.pids();
                self.tlb.preload_miss(&mut self.mas, irq.srr0, space, &pids, &compat);
            }
            InterruptKind::MachineCheck { addr, access } => {
                s.mcsr |= match (model, access) {
                    (CpuModel::E500v2, Access::Fetch) => mcsr::BUS_IAERR,
                    (CpuModel::E500v2, Access::Load) => mcsr::BUS_RAERR,
                    (CpuModel::E500v2, Access::Store) => mcsr::BUS_WAERR,
                    (CpuModel::E500mc, Access::Fetch) => mcsr::MAV | mcsr::IF,
                    (CpuModel::E500mc, Access::Load) => mcsr::MAV | mcsr::LD,
                    (CpuModel::E500mc, Access::Store) => mcsr::MAV | mcsr::ST,
                };
                (s.mcar, s.mcaru) = (addr.low_u32(), (addr >> 32) as u32);
            }
            InterruptKind::CriticalInput
            | InterruptKind::ExternalInput
            | InterruptKind::SystemCall
            | InterruptKind::Decrementer
            | InterruptKind::FixedIntervalTimer
            | InterruptKind::Watchdog
            | InterruptKind::Debug => {}
        }
        let s = &mut self.sprs;
        let keep = match class {
            InterruptClass::NonCritical if compat.interrupt_msr_keeps_only_me => msr::ME,
            InterruptClass::NonCritical => msr::CE | msr::ME | msr::DE,
            InterruptClass::Critical | InterruptClass::Debug => msr::ME,
            InterruptClass::MachineCheck => 0,
        };
        let (x0, x1) = s.save_pair_mut(class);
        (*x0, *x1) = (irq.srr0.raw(), srr1);
        self.msr = old & keep;
        self.wait_armed = false;
        self.wait_insn = false;
        let pc = Ea::new((s.ivpr & 0xFFFF_0000) | (s.ivor[kind.ivor()] & 0x0000_FFF0));
        Delivery::Delivered { pc }
    }
}
