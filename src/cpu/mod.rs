//! The e500 core: user registers, the architectural privileged state, and an interpreter that
//! reports interrupts as values.
//!
//! The core is independent of who owns it. It translates every fetch and data access through the
//! TLB it owns (`cpu.arch.tlb`, a `Tlb<Hpa>`: "the TLB the core translates with") and, when an
//! instruction cannot complete, [`Cpu::step`] returns [`StepOutcome::Interrupt`] with nothing
//! changed (precise interrupts). The bare machine delivers it at once ([`Cpu::deliver`], or
//! [`Cpu::run`]); the hypervisor, running its guest deprivileged on this same core, emulates the
//! trapped instruction against its guest's [`PrivState`] with the same functions
//! ([`PrivState::exec_privileged`], [`PrivState::deliver`]).
//!
//! Guest behaviour, however wrong, is an [`Interrupt`]; only host-side impossibilities are
//! [`CpuError`]s. Nothing panics on any instruction word or register value.
//!
//! # Which rule lives where
//! | file | rules |
//! |---|---|
//! | [`state`] | [`PrivState`], MSR bits, [`CpuModel`] facts (PVR, geometry, writable MSR bits), async interrupt priority |
//! | [`sprs`] | the SPR file, `mfspr`/`mtspr` rules, time base and decrementer |
//! | [`timers`] | the fixed-interval timer and the watchdog, driven by the time base |
//! | [`idle`] | the wait state (MSR\[WE\]), skipping time to the next timer event |
//! | [`system`] | `mtmsr`, `wrtee(i)`, the `rfi` family, TLB instructions, privilege checks |
//! | [`interrupt`] | [`Interrupt`] values and Book-E delivery |
//! | [`alu`] | arithmetic, logical, rotate, compare, trap; CA/OV/SO/CR0; `divw` undefined cases |
//! | [`branch`] | branches (every BO), CR instructions |
//! | [`loadstore`] | loads/stores, multiple, reservations, cache blocks, alignment |
//! | `xlate` | the translation cache, page-crossing and little-endian accesses |
//! | `decode_cache` | the per-frame decode cache and its invalidation |
//! | `exec` | `step`: async interrupts, fetch, dispatch, retirement, time |
//! | `burst` | the fast path: runs of instructions that change only registers and RAM, checked once |
//! | `record` | observing: the architectural events of the shared code, buffered for the owner or traced; the accesses an instruction makes (off the instruction path) |
//! | [`boot`] | reset and the ePAPR entry state |
//!
//! # Time
//! The time base advances one tick per completed instruction (those that retire, and `sc`), so
//! runs are deterministic. HID0\[TBEN\] is not consulted (QEMU runs the time base regardless).
//! A core in the wait state executes nothing while its time base keeps counting: its owner moves
//! time to the next timer event ([`idle`], docs/time.md).

pub mod alu;
pub mod boot;
pub mod branch;
mod burst;
pub mod cachelock;
mod decode_cache;
mod exec;
pub mod idle;
pub mod interrupt;
pub mod loadstore;
pub mod memory;
mod record;
pub mod sprs;
pub mod state;
pub mod system;
pub mod timers;
mod xlate;

#[cfg(test)]
mod tests;

pub use boot::{EpaprBoot, EpaprLayout, epapr_layout};
pub use burst::Burst;
#[cfg(test)]
pub use exec::RunExit;
pub use interrupt::{Delivery, Interrupt, InterruptClass, InterruptKind, IrqLines, ProgramCause};
pub use memory::{BusFault, Memory, Size, ZERO_SLOT};
pub(crate) use record::AccessProbe;
pub use sprs::Sprs;
pub use state::{CpuModel, PrivState, TlbObserver};
pub use system::PrivFlow;

use crate::addr::{Ea, Hpa};
use crate::compat::Compat;
use crate::isa::Insn;
use crate::mmu::{TlbError, XlateCtx};

/// Host-side failures: impossible configurations, never anything a guest program does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum CpuError {
    /// The ePAPR initial mapping would have to cover more than the largest TLB1 page (4 GiB).
    #[error("the initial mapping up to the device tree end {dt_end:#x} needs a page above 4 GiB")]
    InitialMapTooLarge {
        /// Where the device tree would end.
        dt_end: u64,
    },
    /// A TLB operation the host asked for was impossible.
    #[error(transparent)]
    Tlb(#[from] TlbError),
}

/// What one [`Cpu::step`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepOutcome {
    /// An instruction completed.
    Retired,
    /// The instruction was a branch to itself (`b .`): it completed, and the program is spinning;
    /// or it completed and left the core in the wait state ([`PrivState::waiting`]).
    Halted,
    /// No instruction completed: this interrupt is to be taken (nothing else changed; for `sc` the
    /// instruction itself completed and SRR0 names the next one).
    Interrupt(Interrupt),
}

/// The registers a program owns outside the privileged state, and its reservation: what a world
/// switch takes off the core and puts back (the privileged state travels separately).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UserRegs {
    /// General-purpose registers.
    pub gpr: [u32; 32],
    /// Condition register.
    pub cr: u32,
    /// Fixed-point exception register.
    pub xer: u32,
    /// Link register.
    pub lr: u32,
    /// Count register.
    pub ctr: u32,
    /// The address of the next instruction.
    pub pc: Ea,
    /// The word `lwarx` reserved (physical address), if any.
    reservation: Option<Hpa>,
}

/// One e500 core.
#[derive(Clone, Debug)]
pub struct Cpu {
    /// General-purpose registers.
    pub gpr: [u32; 32],
    /// Condition register.
    pub cr: u32,
    /// Fixed-point exception register (SO, OV, CA, byte count).
    pub xer: u32,
    /// Link register.
    pub lr: u32,
    /// Count register.
    pub ctr: u32,
    /// The address of the next instruction.
    pub pc: Ea,
    /// MSR, SPRs, MAS registers and the TLB the core translates with. Change it freely between
    /// steps: the core's caches follow MSR, PID and TLB changes made through it. Only replacing
    /// the TLB (or all of `arch`) wholesale needs [`Cpu::flush_caches`], since a new TLB restarts
    /// its generation count.
    pub arch: PrivState<Hpa>,
    /// The interrupt request lines.
    pub irq: IrqLines,
    /// The word `lwarx` reserved (physical address).
    reservation: Option<Hpa>,
    /// The address of the instruction after the executing one (branches change it).
    npc: u32,
    /// The executing instruction is `b .`.
    halted: bool,
    /// The instruction the last step executed (see [`Cpu::last_insn`]).
    last_insn: Option<Insn>,
    ctx_key: Option<exec::CtxKey>,
    fetch_ctx: XlateCtx,
    data_ctx: XlateCtx,
    xcache: xlate::XlateCache,
    /// The micro-TLB of the context before the last change, and that context: a return to it
    /// (a kernel entering and leaving user mode, at every system call and interrupt) finds its
    /// translations still there, brought up to the TLB as any micro-TLB is.
    prev_xcache: (Option<exec::CtxKey>, xlate::XlateCache),
    dcache: decode_cache::DecodeCache,
    fetch_page: Option<exec::FetchPage>,
    /// Architectural events kept for the owner, when it observes ([`Cpu::record_events`]).
    events: Option<Vec<crate::events::Event>>,
}

impl Cpu {
    /// A core in its reset state: every register 0 (MSR too), PC = 0xFFFFFFFC and the TLB empty
    /// but for the boot page in TLB1\[0\] (see [`boot`]).
    pub fn new(model: CpuModel, compat: Compat) -> Cpu {
        let mut cpu = Cpu::blank(model, compat);
        cpu.reset_tlb();
        cpu
    }

    /// Every register 0, the TLB empty, PC 0.
    fn blank(model: CpuModel, compat: Compat) -> Cpu {
        Cpu {
            gpr: [0; 32],
            cr: 0,
            xer: 0,
            lr: 0,
            ctr: 0,
            pc: Ea::new(0),
            arch: PrivState::new(model, compat),
            irq: IrqLines::default(),
            reservation: None,
            npc: 0,
            halted: false,
            last_insn: None,
            ctx_key: None,
            fetch_ctx: XlateCtx::default(),
            data_ctx: XlateCtx::default(),
            xcache: xlate::XlateCache::new(),
            prev_xcache: (None, xlate::XlateCache::new()),
            dcache: decode_cache::DecodeCache::new(model.dialect()),
            fetch_page: None,
            events: None,
        }
    }

    /// The CPU model.
    pub const fn model(&self) -> CpuModel {
        self.arch.model()
    }

    /// Delivers `irq` on this core (Book-E; see [`interrupt`]): on success the core continues
    /// at the handler.
    pub fn deliver(&mut self, irq: &Interrupt) -> Delivery {
        let mut obs = record::CoreObserver { pc: irq.srr0.raw(), buf: self.events.as_mut() };
        let d = self.arch.deliver_with(irq, &mut obs);
        if let Delivery::Delivered { pc } = d {
            self.pc = pc;
        }
        d
    }

    /// Forgets every cached translation and decoded instruction. Needed only after replacing
    /// `arch.tlb` (or `arch`) by a new value, or stepping with a different [`Memory`]: changes
    /// made through their methods are tracked.
    pub fn flush_caches(&mut self) {
        self.ctx_key = None;
        self.fetch_page = None;
        self.xcache = xlate::XlateCache::new();
        self.prev_xcache = (None, xlate::XlateCache::new());
        self.dcache = decode_cache::DecodeCache::new(self.model().dialect());
    }

    /// The instruction the last [`Cpu::step`] executed or tried to: for a reported synchronous
    /// interrupt, the faulting instruction (or `sc`), which a hypervisor emulates without fetching
    /// it again; `None` after an asynchronous interrupt or a fetch fault.
    pub const fn last_insn(&self) -> Option<Insn> {
        self.last_insn
    }

    /// The program's registers (a world switch's save).
    pub fn user_regs(&self) -> UserRegs {
        UserRegs {
            gpr: self.gpr,
            cr: self.cr,
            xer: self.xer,
            lr: self.lr,
            ctr: self.ctr,
            pc: self.pc,
            reservation: self.reservation,
        }
    }

    /// Puts a program's registers on the core (a world switch's restore).
    pub fn set_user_regs(&mut self, r: &UserRegs) {
        self.gpr = r.gpr;
        self.cr = r.cr;
        self.xer = r.xer;
        self.lr = r.lr;
        self.ctr = r.ctr;
        self.pc = r.pc;
        self.reservation = r.reservation;
    }

    /// The physical word `lwarx` reserved, if the reservation still exists.
    #[cfg(test)]
    pub const fn reservation(&self) -> Option<Hpa> {
        self.reservation
    }
}
