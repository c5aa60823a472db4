//! The hypervisor: runs a guest deprivileged on the same core the bare machine uses and
//! virtualizes its software-managed TLB.
//!
//! # How a guest runs
//! The guest's code runs on the host [`Cpu`] at host MSR\[PR\] = 1, IS = DS = 1, translating
//! through the host TLB (`cpu.arch.tlb`, e500v2 geometry, TLB1 optionally shrunk). Its
//! privileged state is a [`PrivState<Gpa>`] (the "vCPU", [`VirtMachine::guest`]) booted like the
//! bare core, whose TLB is the guest's virtual TLB: a `Tlb<Gpa>` of the guest CPU's geometry
//! driven through the same tlbwe/tlbre/tlbsx/tlbivax/tlbilx code as the bare core's.
//!
//! Every host interrupt the guest causes is an exit to Rust code ([`exits`]), which does one of:
//! * emulate the privileged instruction against the vCPU with the bare core's own functions
//!   ([`PrivState::exec_privileged`]) and resume ([`emulate`]);
//! * fill a shadow entry and resume ([`shadow`]);
//! * replay an access to a non-RAM guest page on the device model ([`mmio`]);
//! * reflect the interrupt into the guest with the bare core's own delivery
//!   ([`PrivState::deliver`]: SRR0/1, DEAR, ESR, MAS preload, IVPR/IVOR vector, new-MSR rules;
//!   [`reflect`]);
//! * after an emulated instruction that leaves the guest in the wait state (MSR\[WE\] with a
//!   HID0 power-saving mode), idle the host core until the interrupt that wakes the guest, as the
//!   bare machine does (`machine::idle`, docs/time.md).
//!
//! # Guest-physical memory
//! [`GpaMap`] is the only GPA -> HPA path: guest RAM at GPA 0 backed by one host block (default at
//! 4 GiB, so the rewrite is always visible) or scattered in fragments; the `ppce500` devices
//! (UARTs, LBC, PCI controller, MPIC, GUTS, GPIO; docs/devices.md) at their GPAs, emulated on the host devices and never mapped into
//! the host TLB; anything else raises a machine check in the guest. Host RAM outside the backing
//! (the hypervisor's own, [`HYP_RAM_BASE`]) is never mapped. The MPIC's outputs drive the host
//! core's external and critical inputs while the guest runs, so the core exits on exactly the
//! interrupts the guest's MSR\[EE\]/\[CE\] enable, and the hypervisor reflects them.
//!
//! # The coherence rule
//! **Shadows are filled lazily and invalidated eagerly and exactly.**
//! * *Fill lazily*: a shadow is made only when the host TLB misses an access the guest's TLB
//!   translates in the guest's current context (AS from guest MSR\[IS\]/\[DS\], guest PIDs, guest
//!   privilege), one aligned block at a time; evicted shadows are refilled on the next miss.
//! * *Invalidate eagerly*: the moment the guest entry a shadow came from is overwritten
//!   (`tlbwe`) or invalidated (`tlbivax`, `tlbilx`, MMUCSR0 flash), its shadows go; the
//!   shared privileged-instruction code reports each such change through [`crate::cpu::TlbObserver`]
//!   ([`coherence`]), and back-references both ways (guest entry -> host slots, host slot ->
//!   guest entry, [`backrefs::Shadows`]) find exactly the host entries to drop.
//! * *When the context can no longer use them*: a new valid guest entry may win the guest's
//!   lookup (TLB0 before TLB1, lower index first) where an older entry's shadow hits, so a
//!   `tlbwe` also drops the shadows its page overlaps in the same address space; and a shadow is
//!   never made larger than the block in which its guest entry is the only one that can match in
//!   the contexts the shadow is reachable from. A context switch (PID, MSR\[PR/IS/DS\]) drops
//!   nothing: shadows are tagged with a shadow ID per guest context ([`sid`]) and the host PIDs
//!   select the current context's IDs.
//!
//! So wherever a reachable shadow hits, the guest's own TLB would have chosen the entry it came
//! from and granted at least its rights ([`check`] proves this after every exit in the tests).
//!
//! **Where the whole host TLB is flushed, and why**: only when the 255 shadow IDs run out
//! ([`sid`], counted as `tag_flushes`): the IDs of old contexts may still tag shadows, and
//! reusing one without dropping them would let the new context hit them. Everything else is per
//! entry (KVM flushes everything on every `tlbivax` and MMUCSR0 write).
//!
//! # Limits
//! * A guest running with MSR\[IS\] != MSR\[DS\] that fetches from a 4 KiB page and accesses
//!   the same page as data through an entry of the other address space needs two translations of
//!   one EA in the single host address space (all shadows are TS = 1): no shadow arrangement
//!   serves that instruction, and the run stops after [`HvConfig::stall_limit`] exits with no
//!   progress (KVM merges IS and DS into one AS instead). Different pages are fine.
//! * An e500mc guest runs on an e500mc host core whose TLB has the e500v2 geometry and whose
//!   PID1 carries the global shadow ID (a real e500mc host would tag with LPID and MSR\[GS\]).
//! * Nothing is pre-mapped at `tlbwe` (KVM maps the first page at once): every shadow is filled
//!   on its first host miss.
//!
//! # Files
//! | file | concern |
//! |---|---|
//! | [`config`] | [`HvConfig`]: backing layout, host TLB1 size |
//! | [`vcpu`] | the guest's boot state, world switch (SPRs, MSR, host PIDs) |
//! | [`exits`] | the dispatch: one arm per exit kind |
//! | [`emulate`] | privileged instructions against the vCPU |
//! | [`reflect`] | delivering interrupts into the guest |
//! | [`shadow`] | shadow entries: size, rights, tags (the fill) |
//! | [`backrefs`] | guest entry <-> host slot back-references, victims, dropping shadows |
//! | [`coherence`] | guest TLB changes -> shadow invalidations |
//! | [`sid`] | shadow IDs per guest context |
//! | [`mmio`] | non-RAM guest pages: replay on the device model |
//! | [`stats`], [`events`] | counters, the event log and tracing (one recording call) |
//! | `observe` | access chains for `explain --accesses` (a separate run loop) |
//! | [`check`] | the isolation checker |
//! | [`report`] | `run --mode virt` JSON and text |

pub mod backrefs;
pub mod check;
pub mod coherence;
pub mod config;
pub mod emulate;
pub mod events;
pub mod exits;
pub mod mmio;
mod observe;
pub mod reflect;
pub mod report;
pub mod shadow;
pub mod sid;
pub mod stats;
pub mod vcpu;

pub use config::{BackingLayout, HvConfig, HvError};
pub use events::{Event, EventLog, InvalidateCause, Recorder};
pub use stats::{EMULATED, ExitKind, Exits, ShadowStats};

use crate::addr::{Ea, Gpa, Hpa};
use crate::boot::{BootOptions, BootPlan};
use crate::cpu::{Cpu, EpaprBoot, PrivState, StepOutcome};
use crate::image::Image;
use crate::machine::{self, Config, Status};
use crate::mmu::{Mas, Tlb, TlbGeometry};
use crate::phys::{Bus, GpaMap};

/// Where the hypervisor's own RAM starts in host-physical space (never mapped for the guest).
pub const HYP_RAM_BASE: Hpa = Hpa::new(0);
/// The size of the hypervisor's own RAM.
pub const HYP_RAM_SIZE: u64 = 16 << 20;
/// The default number of exits in a row without the guest completing an instruction after which
/// a run stops `stalled` ([`VirtMachine::stalled`]): an instruction no shadow arrangement can
/// serve (see `shadow` on split address spaces). An interrupt whose vector faults again before
/// its first instruction is found sooner, as on the bare machine ([`machine::stall`]).
pub const STALL_LIMIT: u32 = 10_000;

/// A guest running under the hypervisor.
#[derive(Debug)]
pub struct VirtMachine {
    /// The host core: the guest's user registers and PC, the host TLB (`cpu.arch.tlb`).
    pub cpu: Cpu,
    /// The vCPU's privileged state: guest MSR, SPRs, MAS registers, the virtual TLB.
    pub guest: PrivState<Gpa>,
    /// Host-physical memory and devices.
    pub bus: Bus,
    /// The guest-physical map.
    pub map: GpaMap,
    /// Shadow bookkeeping.
    pub shadows: backrefs::Shadows,
    /// Statistics and the event log.
    pub rec: Recorder,
    /// The machine configuration.
    pub config: Config,
    /// The hypervisor configuration.
    pub hv: HvConfig,
    /// Guest instructions completed.
    pub instructions: u64,
    /// Time-base ticks the guest spent in the wait state (not instructions; docs/time.md).
    pub idle_ticks: u64,
    /// What the run does with the console besides recording it.
    pub console_io: machine::console::ConsoleIo,
    /// Interrupts other than `sc` delivered into the guest so far. With `instructions`, what the
    /// budget counts, as on the bare machine: an `sc` is one step (its instruction completes),
    /// any other interrupt delivered is a step of its own.
    pub deliveries: u64,
    /// How the last run ended.
    pub status: Option<Status>,
    host_context: shadow::HostContext,
    context_key: Option<vcpu::ContextKey>,
    /// Isolation-checker findings, when checking is on ([`VirtMachine::enable_checker`]).
    violations: Option<Vec<String>>,
    /// Changes on every MMIO replay (the decode cache's generation for the replay window).
    replay_nonce: u64,
    /// The completed-instruction count at the last exit, and exits in a row since it moved.
    no_progress: (u64, u32),
    /// Whether the last run stopped `stalled`: on [`STALL_LIMIT`] or an interrupt storm.
    pub stalled: bool,
    /// Why the last run stalled (docs/stall.md).
    pub stall: Option<machine::stall::Stall>,
    /// Watches the interrupts delivered to the guest for a storm (as the bare machine does).
    watch: machine::stall::StallWatch,
    /// Whether runs record every access's translation chain ([`VirtMachine::observe`]).
    accesses: bool,
    /// Whether the guest's architectural events are recorded in the log ([`VirtMachine::observe`]).
    observed: bool,
    /// What was placed in guest RAM at boot (the device tree, the initrd) and where.
    pub boot: BootPlan,
}

/// Where a guest continues after an exit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// It resumes.
    Resume,
    /// The replayed instruction was `b .`.
    Halted,
    /// A machine check with the guest's MSR\[ME\] = 0.
    Checkstop,
    /// The emulated instruction left the guest in the wait state (MSR\[WE\] with a HID0
    /// power-saving mode, [`PrivState::waiting`]).
    Wait,
}

impl VirtMachine {
    /// Builds the host machine and the guest's memory map, loads `image` into guest RAM and
    /// boots the vCPU in the ePAPR state the bare machine gives it.
    ///
    /// # Errors
    /// [`HvError`] for an impossible configuration or a program outside guest RAM.
    pub fn new(config: Config, hv: HvConfig, image: &Image) -> Result<VirtMachine, HvError> {
        VirtMachine::with_boot(config, hv, image, &BootOptions::default())
    }

    /// [`VirtMachine::new`] with boot options (`--dtb`, `--initrd`, `--append`): the guest's
    /// RAM gets the same [`BootPlan`] the bare machine's does.
    ///
    /// # Errors
    /// As [`VirtMachine::new`], and a boot that cannot be set up.
    pub fn with_boot(
        config: Config,
        hv: HvConfig,
        image: &Image,
        boot: &BootOptions,
    ) -> Result<VirtMachine, HvError> {
        config.validate().map_err(machine::MachineError::from)?;
        let (map, bus) = config::build_memory(&config, &hv)?;
        let mut vm_bus = bus;
        let plan = BootPlan::new(image, config.ram, config.cpu, boot).map_err(machine::MachineError::from)?;
        config::load_image(&mut vm_bus, &map, &config, image, &plan)?;
        let mut cpu = Cpu::new(config.cpu, config.compat());
        let boot_state = EpaprBoot {
            entry: Ea::new(plan.entry),
            image_end: plan.payload_end,
            dt_size: plan.dtb.len() as u64,
        };
        cpu.epapr_boot(&boot_state).map_err(machine::MachineError::from)?;
        let guest = vcpu::guest_state_from(&cpu.arch);
        let geometry = TlbGeometry::e500v2().with_tlb1_entries(hv.host_tlb1).map_err(HvError::HostTlb)?;
        cpu.arch.tlb = Tlb::new(geometry);
        cpu.arch.msr = 0;
        cpu.arch.sprs = crate::cpu::Sprs::default();
        cpu.arch.mas = Mas::default();
        cpu.flush_caches();
        let gg = *guest.tlb.geometry();
        let shadows = backrefs::Shadows::new(
            geometry.tlb0_entries(),
            geometry.total_entries(),
            gg.tlb0_entries(),
            gg.total_entries(),
        );
        let mut vm = VirtMachine {
            cpu,
            guest,
            bus: vm_bus,
            map,
            shadows,
            rec: Recorder::new(hv.event_limit),
            config,
            hv,
            instructions: 0,
            idle_ticks: 0,
            console_io: machine::console::ConsoleIo::default(),
            deliveries: 0,
            status: None,
            host_context: shadow::HostContext {
                pr: false,
                is: false,
                ds: false,
                pids: crate::mmu::Pids::default(),
                sids: shadow::ContextSids::Pids { sid: 0 },
            },
            context_key: None,
            violations: None,
            replay_nonce: 0,
            no_progress: (u64::MAX, 0),
            stalled: false,
            stall: None,
            watch: machine::stall::StallWatch::default(),
            accesses: false,
            observed: false,
            boot: plan,
        };
        vm.load_guest();
        Ok(vm)
    }

    /// Runs the guest until `b .`, a checkstop, the instruction budget, or a device or the
    /// console ends the run, idling as the bare machine does (docs/time.md).
    pub fn run(&mut self) -> Status {
        let status = if self.accesses { self.run_loop::<true>() } else { self.run_loop::<false>() };
        self.save_guest();
        self.console_io.finish(&self.bus);
        self.status = Some(status);
        status
    }

    /// The run loop; `ACCESSES`: record each completed instruction's accesses (every iteration
    /// of a `b .` is then stepped).
    fn run_loop<const ACCESSES: bool>(&mut self) -> Status {
        self.stalled = false;
        self.stall = None;
        self.no_progress = (u64::MAX, 0);
        self.load_guest();
        let max = self.config.max_insns;
        // The budget counts the interrupts delivered into the guest too, as the bare machine's
        // does: a guest stuck taking interrupts stops, and stepping stops at a handler's vector.
        let delivered_before = self.deliveries;
        let mut look_at = self.next_look(self.instructions);
        if let Some(s) = machine::console::machine_ended(&self.bus) {
            return s;
        }
        if self.guest.waiting()
            && let Some(s) = self.idle()
        {
            return s;
        }
        loop {
            let steps = self.instructions + (self.deliveries - delivered_before);
            if steps >= look_at {
                if steps >= max {
                    return Status::Budget;
                }
                if let Some(s) = self.console_io.poll_keys(&mut self.bus, false) {
                    return s;
                }
                look_at = self.next_look(steps);
            }
            // The guest's interrupt controller drives the lines the host core raises exits on.
            self.cpu.irq = self.bus.irq_outputs().into();
            let before = if ACCESSES { Some(self.before_step()) } else { None };
            let mut mem = machine::memory::BusMemory(&mut self.bus);
            let outcome = self.cpu.step(&mut mem);
            if let Some(b) = before {
                self.after_step(b, outcome);
            }
            match outcome {
                StepOutcome::Retired => self.instructions += 1,
                StepOutcome::Halted => {
                    self.instructions += 1;
                    // The guest's `wait` ran on the host core (it is not privileged), whose
                    // MSR mirrors the guest's interrupt enables: it waits there.
                    if self.cpu.arch.waiting() {
                        if let Some(s) = self.idle() {
                            return s;
                        }
                    } else if !self.cpu.arch.timer_interrupt_coming() {
                        return Status::Halted;
                    } else if !ACCESSES {
                        // The guest's timers tick on the host core while it runs.
                        let n = machine::spin_skip(&self.cpu, max - steps - 1);
                        self.cpu.arch.sprs.advance(n);
                        self.instructions += n;
                    }
                }
                StepOutcome::Interrupt(irq) => match self.handle_exit(irq) {
                    _ if self.stalled_again() => return Status::Stalled,
                    Flow::Resume => {}
                    Flow::Halted => {
                        if !self.cpu.arch.timer_interrupt_coming() {
                            return Status::Halted;
                        }
                    }
                    Flow::Wait => {
                        if let Some(s) = self.idle() {
                            return s;
                        }
                    }
                    Flow::Checkstop => return Status::Checkstop,
                },
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
        if self.console_io.interactive() { max.min(steps + machine::console::KEY_POLL_STEPS) } else { max }
    }

    /// The guest waits: the bare machine's idle ([`machine::idle`]) on the host core, which
    /// holds the guest's timers and mirrors its MSR\[EE/CE/DE\] while it runs (so the interrupt
    /// that wakes the guest is the host interrupt that exits to be reflected).
    #[cold]
    fn idle(&mut self) -> Option<Status> {
        machine::idle(&mut self.cpu, &mut self.bus, &mut self.console_io, &mut self.idle_ticks)
    }

    /// Counts an exit towards [`STALL_LIMIT`]; `true` when the guest has made no progress for
    /// that many exits, or the exit delivered the last interrupt of a storm
    /// ([`machine::stall`]).
    fn stalled_again(&mut self) -> bool {
        if self.no_progress.0 != self.instructions {
            self.no_progress = (self.instructions, 0);
        }
        self.no_progress.1 += 1;
        if self.stall.is_none() && self.no_progress.1 >= self.hv.stall_limit {
            tracing::warn!(target: "tlbvisor::hv", guest_pc = self.cpu.pc.raw(), exits = self.no_progress.1, "the guest makes no progress: run stopped");
            self.stall = Some(machine::stall::Stall {
                first: self.watch.first_since(self.instructions),
                repeated: None,
                count: self.no_progress.1,
            });
        }
        self.stalled = self.stall.is_some();
        self.stalled
    }

    /// Turns on the isolation checker: after every exit, [`check::check`] runs and its findings
    /// are kept ([`VirtMachine::violations`]).
    pub fn enable_checker(&mut self) {
        self.violations.get_or_insert_with(Vec::new);
    }

    /// The checker's findings so far (empty when it is off or found nothing).
    pub fn violations(&self) -> &[String] {
        self.violations.as_deref().unwrap_or(&[])
    }

    /// The UART0 output so far.
    pub fn console(&self) -> String {
        String::from_utf8_lossy(self.bus.console()).into_owned()
    }

    /// Reads guest-physical memory (guest RAM only) into `buf`; `false` if any byte is not RAM.
    pub fn read_guest(&self, gpa: Gpa, buf: &mut [u8]) -> bool {
        let mut done = 0usize;
        while done < buf.len() {
            let Some(t) = gpa.checked_add(done as u64).and_then(|g| self.map.translate(g)) else {
                return false;
            };
            let n = (buf.len() - done).min(usize::try_from(t.contiguous).unwrap_or(usize::MAX));
            if self.bus.ram().read_bytes(t.hpa, &mut buf[done..done + n]).is_err() {
                return false;
            }
            done += n;
        }
        true
    }

    /// The guest's translation context as the host sees it.
    pub const fn host_context(&self) -> &shadow::HostContext {
        &self.host_context
    }

    /// Runs the checker if it is on.
    fn after_exit(&mut self) {
        if self.violations.is_some() {
            let found = check::check(self);
            if let Some(v) = self.violations.as_mut() {
                v.extend(found);
            }
        }
    }
}
