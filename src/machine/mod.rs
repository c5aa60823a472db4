//! The bare machine: an e500 core on QEMU's `ppce500` physical map, running a guest program in
//! supervisor state from the ePAPR boot state. This is the reference machine the hypervisor's
//! virtualized runs are compared with.
//!
//! A run ends on `b .`, a checkstop or the budget, or when the machine or its console ends it
//! ([`Status`], [`console`], docs/console.md); an idle core moves time to its next timer event
//! instead of stepping through it (`idle`, docs/time.md).

mod config;
pub mod console;
pub(crate) mod memory;
mod observe;
pub mod report;
pub mod stall;
pub mod terminal;

pub use config::{Config, ConfigError, Mode, parse_size};

use crate::addr::Ea;
use crate::boot::{BootOptions, BootPlan};
use crate::cpu::{Cpu, Delivery, EpaprBoot, InterruptKind, IrqLines, StepOutcome};
use crate::events::EventLog;
use crate::image::Image;
use crate::phys::Bus;

/// The size of the generated device tree blob: QEMU's 1 MiB buffer, declared whole as the tree's
/// `totalsize` and written at the tree's address; it sets where the initial TLB1\[0\] mapping
/// ends (`cpu::epapr_layout`, docs/boot.md).
pub const DT_SIZE: u64 = 0x10_0000;

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// The program executed a branch to itself (`b .`).
    Halted,
    /// The instruction budget ran out.
    Budget,
    /// A machine check with MSR\[ME\] = 0 stopped the core (checkstop).
    Checkstop,
    /// The core waits (MSR\[WE\], docs/time.md) and no interrupt can come to wake it.
    Idle,
    /// The guest powered the machine off (the GPIO power-off pin).
    Poweroff,
    /// A device asked for a machine reset.
    Reset,
    /// The console output reached the text the run was to stop at (`--until-console`).
    Console,
    /// The user quit from the terminal (Ctrl-A X).
    Quit,
    /// The guest makes no progress: the same interrupt taken at the same place again and again
    /// with no instruction completed ([`stall`], docs/stall.md).
    Stalled,
}

impl Status {
    /// The exit status of `tlbvisor run` for a run that ended so (README "Exit status").
    pub const fn exit_code(self) -> u8 {
        match self {
            Status::Halted | Status::Poweroff | Status::Reset | Status::Console | Status::Quit => 0,
            Status::Budget => 3,
            Status::Checkstop => 4,
            Status::Idle => 5,
            Status::Stalled => 6,
        }
    }
}

/// Why a machine could not be built.
#[derive(Debug, thiserror::Error)]
pub enum MachineError {
    /// A configuration value is impossible.
    #[error(transparent)]
    Config(#[from] ConfigError),
    /// A program section lies outside RAM.
    #[error("section `{section}` at {addr:#x}..{end:#x} is outside RAM (0..{ram:#x}): use --ram or --base")]
    OutsideRam {
        /// The section.
        section: String,
        /// Its start (physical).
        addr: u64,
        /// Its end.
        end: u64,
        /// The RAM size.
        ram: u64,
    },
    /// The core could not be put in its boot state.
    #[error(transparent)]
    Cpu(#[from] crate::cpu::CpuError),
    /// The boot's files or placement (`--dtb`, `--initrd`, `--append`).
    #[error(transparent)]
    Boot(#[from] crate::boot::BootError),
}

/// A bare e500 machine with a program loaded.
#[derive(Debug)]
pub struct Machine {
    /// The core.
    pub cpu: Cpu,
    /// The physical address space (RAM, UART, GPIO).
    pub bus: Bus,
    /// The configuration it was built with.
    pub config: Config,
    /// Instructions completed so far.
    pub instructions: u64,
    /// Time-base ticks the core spent in the wait state (not instructions; docs/time.md).
    pub idle_ticks: u64,
    /// What the run does with the console besides recording it.
    pub console_io: console::ConsoleIo,
    /// How the last run ended.
    pub status: Option<Status>,
    /// Why the last run stalled (status `stalled`).
    pub stall: Option<stall::Stall>,
    /// Watches interrupt deliveries for a storm.
    watch: stall::StallWatch,
    /// The event log, when the run is observed ([`Machine::observe`]).
    pub log: Option<EventLog>,
    /// Whether an observed run records every access's translation chain.
    accesses: bool,
    /// What was placed in RAM at boot (the device tree, the initrd) and where.
    pub boot: BootPlan,
}

impl Machine {
    /// Builds the machine, loads `image` into RAM and puts the core in the ePAPR boot state
    /// QEMU's `ppce500` gives a `-kernel` ELF, with the generated device tree.
    ///
    /// # Errors
    /// [`MachineError`] for an impossible configuration or a program outside RAM.
    pub fn new(config: Config, image: &Image) -> Result<Machine, MachineError> {
        Machine::with_boot(config, image, &BootOptions::default())
    }

    /// [`Machine::new`] with the boot options `boot` (`--dtb`, `--initrd`, `--append`): loads
    /// every block of the [`BootPlan`] into RAM (sections at their load addresses).
    ///
    /// # Errors
    /// [`MachineError`] for an impossible configuration, a program outside RAM or a boot that
    /// cannot be set up.
    pub fn with_boot(config: Config, image: &Image, boot: &BootOptions) -> Result<Machine, MachineError> {
        config.validate()?;
        let mut bus = Bus::ppce500(config.ram, &config.soc())
            .map_err(|e| ConfigError::Ram { ram: config.ram, reason: e.to_string() })?;
        let plan = BootPlan::new(image, config.ram, config.cpu, boot)?;
        for block in plan.blocks(image) {
            let outside = || outside_ram(&block, config.ram);
            if block.addr + block.size > config.ram {
                return Err(outside());
            }
            for (addr, bytes) in block.pieces() {
                bus.ram_mut().write_bytes(crate::addr::Hpa::new(addr), bytes).map_err(|_| outside())?;
            }
        }
        let mut cpu = Cpu::new(config.cpu, config.compat());
        let boot_state = EpaprBoot {
            entry: Ea::new(plan.entry),
            image_end: plan.payload_end,
            dt_size: plan.dtb.len() as u64,
        };
        cpu.epapr_boot(&boot_state)?;
        Ok(Machine {
            cpu,
            bus,
            config,
            instructions: 0,
            idle_ticks: 0,
            console_io: console::ConsoleIo::default(),
            status: None,
            stall: None,
            watch: stall::StallWatch::default(),
            log: None,
            accesses: false,
            boot: plan,
        })
    }

    /// Observes the next runs: the core's architectural events (TLB instructions, interrupts,
    /// returns, context changes) are kept in [`Machine::log`] (the most recent `limit`), and with
    /// `accesses` every fetch, load and store's translation chain too. Runs that are not
    /// observed take a loop without any of this. Observing again keeps the log and its limit.
    pub fn observe(&mut self, limit: usize, accesses: bool) {
        if self.log.is_none() {
            self.log = Some(EventLog::new(limit));
        }
        self.accesses = accesses;
        self.cpu.record_events(true);
    }

    /// Runs until `b .`, a checkstop, the instruction budget (`Config::max_insns`) is spent, or
    /// a device or the console ends the run (power-off, reset, `until` text, Ctrl-A X),
    /// delivering every interrupt as the architecture says. A core that idles (the wait state,
    /// or `b .` waiting for a timer interrupt) gets to the next timer event without stepping
    /// through the ticks before it (docs/time.md).
    pub fn run(&mut self) -> Status {
        self.stall = None;
        let status = match (self.log.is_some(), self.accesses) {
            (false, _) => self.run_loop::<false, false>(),
            (true, false) => self.run_loop::<true, false>(),
            (true, true) => self.run_loop::<true, true>(),
        };
        self.console_io.finish(&self.bus);
        self.status = Some(status);
        status
    }

    /// The run loop; `OBSERVE`: drain the core's events into the log after each step;
    /// `ACCESSES`: record each completed instruction's accesses before its events (every
    /// iteration of a `b .` is then stepped, so each fetch is recorded).
    fn run_loop<const OBSERVE: bool, const ACCESSES: bool>(&mut self) -> Status {
        let max = self.config.max_insns;
        // The budget counts interrupts too: a guest stuck taking interrupts (an illegal
        // instruction at its own vector) retires nothing but must still stop.
        let mut steps = self.instructions;
        // The next step count at which to look at the keyboard (or the budget ends).
        let mut look_at = self.next_look(steps);
        // A machine that was powered off or reset stays so.
        if let Some(s) = console::machine_ended(&self.bus) {
            return s;
        }
        // A run that starts (or resumes) in the wait state.
        if self.cpu.arch.waiting()
            && let Some(s) = self.idle()
        {
            return s;
        }
        loop {
            if steps >= look_at {
                if steps >= max {
                    return Status::Budget;
                }
                if let Some(s) = self.console_io.poll_keys(&mut self.bus, false) {
                    return s;
                }
                look_at = self.next_look(steps);
            }
            steps += 1;
            self.cpu.irq = self.bus.irq_outputs().into();
            let before = if ACCESSES {
                Some(crate::cpu::AccessProbe::before(&self.cpu, |a, ea, size| {
                    observe::chain(&self.cpu, a, ea, size)
                }))
            } else {
                None
            };
            let outcome = self.cpu.step(&mut memory::BusMemory(&mut self.bus));
            if OBSERVE {
                observe::after_step(&mut self.cpu, self.log.as_mut(), before, outcome);
            }
            match outcome {
                StepOutcome::Retired => self.instructions += 1,
                StepOutcome::Halted => {
                    self.instructions += 1;
                    if self.cpu.arch.waiting() {
                        if let Some(s) = self.idle() {
                            return s;
                        }
                    } else if !self.cpu.arch.timer_interrupt_coming() {
                        return Status::Halted;
                    } else if !ACCESSES {
                        let n = spin_skip(&self.cpu, max - steps);
                        self.cpu.arch.sprs.advance(n);
                        (self.instructions, steps) = (self.instructions + n, steps + n);
                    }
                }
                StepOutcome::Interrupt(irq) => {
                    // `sc` completes before its interrupt is taken.
                    if irq.kind == InterruptKind::SystemCall {
                        self.instructions += 1;
                    }
                    let pc = self.cpu.pc.raw();
                    let d = self.cpu.deliver(&irq);
                    if OBSERVE && let Some(log) = self.log.as_mut() {
                        self.cpu.drain_events().for_each(|e| log.record(e));
                    }
                    if d == Delivery::Checkstop {
                        return Status::Checkstop;
                    }
                    let cpu = &self.cpu;
                    let fault = || stall::Fault {
                        kind: irq.kind.name(),
                        pc,
                        srr0: irq.srr0.raw(),
                        esr: cpu.arch.sprs.esr,
                        dear: cpu.arch.sprs.dear,
                        vector: cpu.pc.raw(),
                    };
                    if let Some(s) =
                        self.watch.delivered(self.instructions, irq.kind, pc, irq.srr0.raw(), fault)
                    {
                        self.stall = Some(s);
                        return Status::Stalled;
                    }
                }
            }
            if self.bus.take_touched()
                && let Some(s) = self.console_io.after_device_access(&self.bus)
            {
                return s;
            }
        }
    }

    /// The step count at which the loop next looks at the keyboard: the budget's end without one.
    fn next_look(&self, steps: u64) -> u64 {
        let max = self.config.max_insns;
        if self.console_io.interactive() { max.min(steps + console::KEY_POLL_STEPS) } else { max }
    }

    /// The core is in the wait state ([`idle`]).
    #[cold]
    fn idle(&mut self) -> Option<Status> {
        idle(&mut self.cpu, &mut self.bus, &mut self.console_io, &mut self.idle_ticks)
    }

    /// The UART0 output so far.
    pub fn console(&self) -> String {
        String::from_utf8_lossy(self.bus.console()).into_owned()
    }
}

/// The error for a boot block that does not lie in RAM.
pub(crate) fn outside_ram(block: &crate::boot::Block<'_>, ram: u64) -> MachineError {
    let section = match block.what {
        crate::boot::BlockKind::Section(name) => name.to_string(),
        crate::boot::BlockKind::Initrd => "the initrd".into(),
        crate::boot::BlockKind::DeviceTree => "the device tree".into(),
    };
    MachineError::OutsideRam { section, addr: block.addr, end: block.addr + block.size, ram }
}

/// A core in the wait state (docs/time.md): time moves from timer event to timer event until an
/// interrupt is to be taken (`None`: stepping resumes and takes it), or the run ends when none can
/// come (`Idle`). With a keyboard attached, keys can wake the guest (its UART interrupt), so time
/// is paced by the wall clock instead (the time base at [`console::TIMEBASE_HZ`]) and a key
/// that comes first ends the wait early; with no timer event ahead the run waits for a key. The
/// bare machine and the hypervisor (on the host core, which holds the guest's timers while it
/// runs) share it.
pub(crate) fn idle(
    cpu: &mut Cpu,
    bus: &mut Bus,
    io: &mut console::ConsoleIo,
    idle_ticks: &mut u64,
) -> Option<Status> {
    loop {
        cpu.irq = bus.irq_outputs().into();
        if cpu.arch.pending_async(cpu.irq).is_some() {
            return None;
        }
        let ahead = cpu.arch.sprs.ticks_to_event().filter(|_| cpu.arch.timer_interrupt_coming());
        let n = match ahead {
            Some(n) if io.interactive() => match io.wait_keys(bus, Some(n)) {
                Ok(ticks) => ticks,
                Err(s) => return Some(s),
            },
            Some(n) => n,
            None if io.interactive() => match io.wait_keys(bus, None) {
                Ok(_) => 0,
                Err(s) => return Some(s),
            },
            None => return Some(Status::Idle),
        };
        tracing::debug!(target: "tlbvisor::cpu", pc = cpu.pc.raw(), ticks = n, tb = cpu.arch.sprs.tb, "idle: time moves to the next timer event");
        cpu.arch.sprs.advance(n);
        *idle_ticks += n;
    }
}

/// How many more iterations of a `b .` that waits for a timer interrupt can be counted at once
/// (at most `limit`): those before the next timer event, when nothing else can happen in them
/// (no interrupt to take now, no debug event; docs/time.md). The iteration that reaches the
/// event is stepped.
pub(crate) fn spin_skip(cpu: &Cpu, limit: u64) -> u64 {
    if !cpu.arch.spin_can_skip() || cpu.arch.pending_async(cpu.irq).is_some() {
        return 0;
    }
    cpu.arch.sprs.ticks_to_event().map_or(0, |n| (n - 1).min(limit))
}

/// The wiring of the ppce500: the MPIC's `int` output is the core's external input, `cint` its
/// critical input.
impl From<crate::phys::mpic::Outputs> for IrqLines {
    #[inline]
    fn from(o: crate::phys::mpic::Outputs) -> Self {
        IrqLines { external: o.int, critical: o.cint }
    }
}
