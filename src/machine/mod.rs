//! The bare machine: an e500 core on QEMU's `ppce500` physical map, running a guest program in
//! supervisor state from the ePAPR boot state. This is the reference machine the hypervisor's
//! virtualized runs are compared with.

mod config;
pub(crate) mod memory;
mod observe;
pub mod report;

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
    /// How the last run ended.
    pub status: Option<Status>,
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
        let boot_state =
            EpaprBoot { entry: Ea(plan.entry), image_end: plan.payload_end, dt_size: plan.dtb.len() as u64 };
        cpu.epapr_boot(&boot_state)?;
        Ok(Machine {
            cpu,
            bus,
            config,
            instructions: 0,
            status: None,
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

    /// Runs until `b .`, a checkstop, or the instruction budget (`Config::max_insns`) is spent,
    /// delivering every interrupt as the architecture says.
    pub fn run(&mut self) -> Status {
        match (self.log.is_some(), self.accesses) {
            (false, _) => self.run_loop::<false, false>(),
            (true, false) => self.run_loop::<true, false>(),
            (true, true) => self.run_loop::<true, true>(),
        }
    }

    /// The run loop; `OBSERVE`: drain the core's events into the log after each step;
    /// `ACCESSES`: record each completed instruction's accesses before its events.
    fn run_loop<const OBSERVE: bool, const ACCESSES: bool>(&mut self) -> Status {
        let mut mem = memory::BusMemory(&mut self.bus);
        // The budget counts interrupts too: a guest stuck taking interrupts (an illegal
        // instruction at its own vector) retires nothing but must still stop.
        let mut steps = self.instructions;
        let status = loop {
            if steps >= self.config.max_insns {
                break Status::Budget;
            }
            steps += 1;
            self.cpu.irq = mem.0.irq_outputs().into();
            let before = if ACCESSES {
                Some(crate::cpu::AccessProbe::before(&self.cpu, |a, ea, size| {
                    observe::chain(&self.cpu, a, ea, size)
                }))
            } else {
                None
            };
            let outcome = self.cpu.step(&mut mem);
            if OBSERVE {
                observe::after_step(&mut self.cpu, self.log.as_mut(), before, outcome);
            }
            match outcome {
                StepOutcome::Retired => self.instructions += 1,
                StepOutcome::Halted => {
                    self.instructions += 1;
                    // A `b .` that waits for an enabled timer interrupt is not the end.
                    if !self.cpu.arch.timer_interrupt_coming() {
                        break Status::Halted;
                    }
                }
                StepOutcome::Interrupt(irq) => {
                    // `sc` completes before its interrupt is taken.
                    if irq.kind == InterruptKind::SystemCall {
                        self.instructions += 1;
                    }
                    let d = self.cpu.deliver(&irq);
                    if OBSERVE && let Some(log) = self.log.as_mut() {
                        self.cpu.drain_events().for_each(|e| log.record(e));
                    }
                    if d == Delivery::Checkstop {
                        break Status::Checkstop;
                    }
                }
            }
        };
        self.status = Some(status);
        status
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

/// The wiring of the ppce500: the MPIC's `int` output is the core's external input, `cint` its
/// critical input.
impl From<crate::phys::mpic::Outputs> for IrqLines {
    #[inline]
    fn from(o: crate::phys::mpic::Outputs) -> Self {
        IrqLines { external: o.int, critical: o.cint }
    }
}
