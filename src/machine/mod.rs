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
pub mod run;
pub mod stall;
pub mod terminal;

pub use config::{Config, ConfigError, Mode, parse_size};
pub use run::{Flow, RunState};

use crate::boot::{BootOptions, BootPlan};
use crate::cpu::{Cpu, Delivery, Interrupt, InterruptKind, IrqLines, StepOutcome};
use crate::events::EventLog;
use crate::image::Image;
use crate::narrow::ToUsize;
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
    /// with no instruction completed (the `stall` module, docs/stall.md).
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
    /// A block the boot writes (a program section, the initrd, the device tree) does not lie in
    /// RAM.
    #[error("{what} at {addr:#x}..{end:#x} {}", outside_ram_hint(*addr, *ram))]
    OutsideRam {
        /// What it is, as the message names it: a section's name in backquotes, `the initrd`,
        /// `the device tree`.
        what: String,
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

/// A bare e500 machine with a program loaded: the core, and the physical map it runs against,
/// with the program's run bookkeeping. Its [`Supervisor`](run::Supervisor) delivers every
/// interrupt on the core as the architecture says.
#[derive(Debug)]
pub struct Machine {
    /// The core.
    pub cpu: Cpu,
    /// The physical address space (RAM and the `ppce500` devices).
    pub bus: Bus,
    /// The configuration it was built with.
    pub config: Config,
    /// The run's counters, console and end.
    pub run: RunState,
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
    #[cfg(test)]
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
        load(&plan, image, config.ram, |addr, bytes| {
            bus.ram_mut().write_bytes(crate::addr::Hpa::new(addr), bytes).is_ok()
        })?;
        let mut cpu = Cpu::new(config.cpu, config.compat());
        cpu.epapr_boot(&plan.entry_state())?;
        Ok(Machine { cpu, bus, config, run: RunState::default(), log: None, accesses: false, boot: plan })
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
        self.run.begin();
        let ended = match (self.log.is_some(), self.accesses) {
            (false, _) => run::run::<_, false, false>(self, u64::MAX),
            (true, false) => run::run::<_, true, false>(self, u64::MAX),
            (true, true) => run::run::<_, true, true>(self, u64::MAX),
        };
        let status = match ended {
            run::Ended::Run(s) => s,
            // No slice was asked for.
            run::Ended::Slice => Status::Budget,
        };
        self.run.console_io.finish(&self.bus);
        self.run.status = Some(status);
        status
    }

    /// The UART0 output so far.
    pub fn console(&self) -> String {
        String::from_utf8_lossy(self.bus.console()).into_owned()
    }
}

impl run::Supervisor for Machine {
    fn core(&self) -> &Cpu {
        &self.cpu
    }

    fn core_mut(&mut self) -> &mut Cpu {
        &mut self.cpu
    }

    fn run_state(&mut self) -> &mut RunState {
        &mut self.run
    }

    fn budget(&self) -> u64 {
        self.config.max_insns
    }

    fn devices(&mut self) -> (&mut Bus, &mut console::ConsoleIo) {
        (&mut self.bus, &mut self.run.console_io)
    }

    #[inline]
    fn step<const OBSERVE: bool, const ACCESSES: bool>(&mut self) -> StepOutcome {
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
        outcome
    }

    #[inline]
    fn burst(&mut self, limit: u64) -> crate::cpu::Burst {
        self.cpu.irq = self.bus.irq_outputs().into();
        self.cpu.burst(&mut memory::BusMemory(&mut self.bus), limit)
    }

    fn interrupt<const OBSERVE: bool>(&mut self, irq: Interrupt) -> Flow {
        // `sc` completes before its interrupt is taken.
        if irq.kind == InterruptKind::SystemCall {
            self.run.instructions += 1;
        } else {
            self.run.deliveries += 1;
        }
        let pc = self.cpu.pc.raw();
        let d = self.cpu.deliver(&irq);
        if OBSERVE && let Some(log) = self.log.as_mut() {
            self.cpu.drain_events().for_each(|e| log.record(e));
        }
        if d == Delivery::Checkstop {
            return Flow::Checkstop;
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
        match self.run.watch.delivered(self.run.instructions, irq.kind, pc, irq.srr0.raw(), fault) {
            Some(s) => {
                self.run.stall = Some(s);
                Flow::Stalled
            }
            None => Flow::Resume,
        }
    }

    fn waiting(&self) -> bool {
        self.cpu.arch.waiting()
    }

    #[cold]
    fn idle(&mut self) -> Option<Status> {
        run::idle(&mut self.cpu, &mut self.bus, &mut self.run.console_io, &mut self.run.idle_ticks)
    }
}

/// Writes every block of the boot plan (the image's sections at their load addresses, the
/// initrd, the device tree) through `write(physical address, bytes)`, which answers `false`
/// where the bytes cannot go: the one loader of both machines (the hypervisor's `write` goes
/// through the guest-physical map).
///
/// # Errors
/// [`MachineError::OutsideRam`] for a block not entirely in `0..ram`.
pub(crate) fn load(
    plan: &BootPlan,
    image: &Image,
    ram: u64,
    mut write: impl FnMut(u64, &[u8]) -> bool,
) -> Result<(), MachineError> {
    for mut block in plan.blocks(image) {
        if block.addr + block.size > ram {
            let crate::boot::BlockKind::Notes(name) = block.what else {
                return Err(outside_ram(&block, ram));
            };
            // Notes are not needed to run: as QEMU's loader does, the bytes that fall where
            // there is no RAM are dropped (with a warning here), those in RAM are loaded.
            let (start, end) = (block.addr.max(ram), block.addr + block.size);
            tracing::warn!(target: "tlbvisor::boot", "ELF notes `{name}` at {start:#x}..{end:#x} are outside RAM (0..{ram:#x}): not loaded");
            let inside = ram.saturating_sub(block.addr);
            block.size = inside;
            block.data = &block.data[..block.data.len().min(inside.to_usize())];
            if inside == 0 {
                continue;
            }
        }
        for (addr, bytes) in block.pieces() {
            if !write(addr, bytes) {
                return Err(outside_ram(&block, ram));
            }
        }
    }
    Ok(())
}

/// What is wrong with a block at `addr` that does not lie in RAM of `ram` bytes, and what moves
/// it: one that starts in RAM only needs more of it; one that starts past its end could also be
/// loaded lower.
fn outside_ram_hint(addr: u64, ram: u64) -> String {
    if addr < ram {
        format!("runs past the end of RAM (0..{ram:#x}): give more --ram")
    } else {
        format!(
            "is outside RAM (0..{ram:#x}): give more --ram, or load it lower (--base, for a flat binary or \
             assembly source; the link, for an ELF file)"
        )
    }
}

/// The error for a boot block that does not lie in RAM.
pub(crate) fn outside_ram(block: &crate::boot::Block<'_>, ram: u64) -> MachineError {
    let what = match block.what {
        crate::boot::BlockKind::Section(name) | crate::boot::BlockKind::Notes(name) => format!("`{name}`"),
        crate::boot::BlockKind::Initrd => "the initrd".into(),
        crate::boot::BlockKind::DeviceTree => "the device tree".into(),
    };
    MachineError::OutsideRam { what, addr: block.addr, end: block.addr + block.size, ram }
}

/// The wiring of the ppce500: the MPIC's `int` output is the core's external input, `cint` its
/// critical input.
impl From<crate::phys::mpic::Outputs> for IrqLines {
    #[inline]
    fn from(o: crate::phys::mpic::Outputs) -> Self {
        IrqLines { external: o.int, critical: o.cint }
    }
}

#[cfg(test)]
mod load_tests {
    use super::*;
    use crate::image::{Section, SectionKind};

    fn section(kind: SectionKind, lma: u32, data: Vec<u8>) -> Section {
        let size = u32::try_from(data.len()).unwrap();
        Section { name: format!("{kind:?}"), addr: lma, lma, size, align: 4, kind, data }
    }

    /// What `load` writes for `image` into `ram` bytes of RAM: (address, bytes) per write.
    fn loaded(image: &Image, ram: u64) -> Result<Vec<(u64, Vec<u8>)>, MachineError> {
        let plan = BootPlan::new(image, ram, crate::cpu::CpuModel::E500v2, &BootOptions::default()).unwrap();
        let mut writes = Vec::new();
        load(&plan, image, ram, |addr, bytes| {
            writes.push((addr, bytes.to_vec()));
            addr + bytes.len() as u64 <= ram
        })?;
        Ok(writes)
    }

    /// Notes across the end of RAM: the bytes in RAM are loaded, the rest left out (as QEMU
    /// does); any other section there is refused.
    #[test]
    fn notes_across_the_end_of_ram_load_up_to_it() {
        let ram = 0x0800_0000;
        let code = section(SectionKind::Code, 0x1_0000, vec![0x48, 0, 0, 0]);
        let notes = section(SectionKind::Note, 0x07ff_fff8, (1..=16).collect());
        let image = Image { sections: vec![code.clone(), notes], entry: 0x1_0000, ..Image::default() };
        let writes = loaded(&image, ram).unwrap();
        assert!(writes.contains(&(0x07ff_fff8, (1..=8).collect())), "{writes:?}");
        assert!(writes.iter().all(|(a, b)| a + b.len() as u64 <= ram), "{writes:?}");

        let data = section(SectionKind::ReadOnly, 0x07ff_fff8, (1..=16).collect());
        let image = Image { sections: vec![code, data], entry: 0x1_0000, ..Image::default() };
        assert!(matches!(loaded(&image, ram), Err(MachineError::OutsideRam { .. })));
    }
}
