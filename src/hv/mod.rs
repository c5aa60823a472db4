//! The hypervisor: runs a guest deprivileged on the same core the bare machine uses and
//! virtualizes its software-managed TLB.
//!
//! # How a guest runs
//! The guest's code runs on the host [`Cpu`] at host MSR\[PR\] = 1, IS = DS = 1, translating
//! through the host TLB (`cpu.arch.tlb`, e500v2 geometry, TLB1 optionally shrunk). Its
//! privileged state is a [`PrivState<Gpa>`] (the "vCPU", [`Hypervisor::guest`]) booted like the
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
//! * for a guest offered KVM's paravirtual interface (`--paravirt`), answer a hypercall or map
//!   its magic page, and keep that page and the vCPU coherent at every exit and entry
//!   ([`paravirt`]);
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
//!   One eager fill, for paravirtual guests only (`prefault`): right after an emulated
//!   `tlbwe` writes a valid entry, the shadow a miss at its EPN would get in the context the
//!   guest's SRR1 returns to is made at once, by the same fill, so the access the guest's miss
//!   handler is about to retry does not exit again. It is what a lazy fill would have made
//!   there; everything below applies to it unchanged.
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
//! # Several guests
//! A [`Guest`] is a value: its vCPU (registers and privileged state), its guest-physical map
//! and its own devices and console, its run and its event log. The [`Host`] is a value: the
//! core, host memory with every guest's backing, the shadow bookkeeping of all guests. The
//! hypervisor holds one host and any number of guests, one of them on the core
//! ([`Hypervisor::guest`]), and runs them in turn, [`Host::quantum`] guest steps at a time, in
//! command-line order (deterministic). A switch saves the running guest's registers and SPR file
//! (its time base and decrementer with them: a guest's time advances only while it runs) and
//! loads the next one's; nothing of one guest is visible to another, so each guest ends exactly
//! as it would alone. Shadows carry their guest in their tag (the SID, [`sid`]): a switch only
//! sets the host PIDs, or, in the comparison mode [`SwitchMode::Flush`], flushes every shadow.
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
//! | [`config`] | [`HvConfig`]: backing layout, host TLB1 size; host memory for every guest |
//! | [`guest`] | [`Guest`]: one virtual machine as a value |
//! | [`host`] | [`Host`]: the core, host memory, shadows of all guests; [`SwitchMode`] |
//! | [`vcpu`] | the guest's boot state, world switch (SPRs, MSR, host PIDs; guest to guest) |
//! | [`exits`] | the dispatch: one arm per exit kind |
//! | [`emulate`] | privileged instructions against the vCPU |
//! | [`reflect`] | delivering interrupts into the guest |
//! | [`shadow`] | shadow entries: size, rights, tags (the fill) |
//! | [`backrefs`] | guest entry <-> host slot back-references, victims, dropping shadows |
//! | [`coherence`] | guest TLB changes -> shadow invalidations |
//! | [`sid`] | shadow IDs per guest context |
//! | [`mmio`] | non-RAM guest pages: replay on the device model |
//! | [`paravirt`] | KVM's paravirtual interface: hypercalls, the magic page, its coherence |
//! | `prefault` | a paravirtual guest's `tlbwe` fills the shadow its retried access needs |
//! | [`stats`], [`events`] | counters, the event log and tracing (one recording call) |
//! | `observe` | access chains for `explain --accesses` |
//! | [`check`] | the isolation checker |
//! | [`report`] | `run --mode virt` JSON and text |

pub mod backrefs;
pub mod check;
pub mod coherence;
pub mod config;
pub mod emulate;
pub mod events;
pub mod exits;
pub mod guest;
pub mod host;
pub mod mmio;
mod observe;
pub mod paravirt;
mod prefault;
pub mod reflect;
pub mod report;
pub mod shadow;
pub mod sid;
pub mod stats;
#[cfg(test)]
mod tests;
pub mod vcpu;

pub use config::{BackingLayout, HvConfig, HvError};
pub use events::{Event, InvalidateCause};
pub use guest::{Guest, GuestId};
pub use host::{DEFAULT_QUANTUM, Host, SwitchMode};
pub use observe::would_exit;
pub use stats::{EMULATED, ExitKind, Exits, ShadowStats};

use crate::addr::Hpa;
use crate::boot::BootOptions;
use crate::cpu::{Cpu, Interrupt, StepOutcome};
use crate::image::Image;
use crate::machine::run::{self, Ended, Supervisor};
use crate::machine::{self, Config, RunState, Status};
use crate::mmu::{Mas, Tlb, TlbGeometry};
use crate::phys::Bus;

pub use crate::machine::Flow;

/// Where the hypervisor's own RAM starts in host-physical space (never mapped for the guest).
pub const HYP_RAM_BASE: Hpa = Hpa::new(0);
/// The size of the hypervisor's own RAM.
pub const HYP_RAM_SIZE: u64 = 16 << 20;
/// The default number of exits in a row without the guest completing an instruction after which
/// a run stops `stalled`: an instruction no shadow arrangement can serve (see `shadow` on split
/// address spaces). An interrupt whose vector faults again before its first instruction is
/// found sooner, as on the bare machine ([`machine::stall`]).
pub const STALL_LIMIT: u32 = 10_000;

/// What one guest is built from.
#[derive(Clone, Debug)]
pub struct GuestSpec<'a> {
    /// Its name (the program's file name).
    pub name: String,
    /// Its machine configuration (RAM, CPU, profile, budget).
    pub config: Config,
    /// The program.
    pub image: &'a Image,
    /// Its boot options (`--dtb`, `--initrd`, `--append`).
    pub boot: BootOptions,
    /// Whether it is offered KVM's paravirtual interface (`--paravirt`, [`paravirt`]): the
    /// `/hypervisor` node in its generated device tree, hypercalls and the magic page.
    pub paravirt: bool,
}

/// The hypervisor: one host, its guests, and the one run loop's supervisor for them.
#[derive(Debug)]
pub struct Hypervisor {
    /// The host.
    pub host: Host,
    /// The guest on the core (with a single guest, the guest).
    pub guest: Guest,
    /// The other guests, off the core.
    parked: Vec<Guest>,
}

impl Hypervisor {
    /// A hypervisor running `image` as its one guest, booted in the ePAPR state the bare machine
    /// gives it.
    ///
    /// # Errors
    /// [`HvError`] for an impossible configuration or a program outside guest RAM.
    #[cfg(test)]
    pub fn new(config: Config, hv: HvConfig, image: &Image) -> Result<Hypervisor, HvError> {
        Hypervisor::with_boot(config, hv, image, &BootOptions::default())
    }

    /// [`Hypervisor::new`] with boot options (`--dtb`, `--initrd`, `--append`): the guest's
    /// RAM gets the same boot plan the bare machine's does.
    ///
    /// # Errors
    /// As [`Hypervisor::new`], and a boot that cannot be set up.
    #[cfg(test)]
    pub fn with_boot(
        config: Config,
        hv: HvConfig,
        image: &Image,
        boot: &BootOptions,
    ) -> Result<Hypervisor, HvError> {
        let spec = GuestSpec { name: String::new(), config, image, boot: boot.clone(), paravirt: false };
        Hypervisor::with_guests(hv, SwitchMode::default(), DEFAULT_QUANTUM, &[spec])
    }

    /// A hypervisor running each of `specs` as a guest of its own (in that order), switching
    /// between them every `quantum` guest steps as `switch` says.
    ///
    /// # Errors
    /// [`HvError`] for an impossible configuration (including guests of different CPU models or
    /// profiles: they share one core) or a program outside its guest's RAM.
    pub fn with_guests(
        hv: HvConfig,
        switch: SwitchMode,
        quantum: u64,
        specs: &[GuestSpec<'_>],
    ) -> Result<Hypervisor, HvError> {
        let first = specs.first().ok_or(HvError::NoGuest)?;
        if quantum == 0 {
            return Err(HvError::Quantum);
        }
        if let Some(s) = specs
            .iter()
            .find(|s| s.config.cpu != first.config.cpu || s.config.profile != first.config.profile)
        {
            return Err(HvError::MixedCores { guest: s.name.clone() });
        }
        let rams: Vec<u64> = specs.iter().map(|s| s.config.ram).collect();
        let (maps, mut mem) = config::build_host_memory(&rams, &hv)?;
        let geometry = TlbGeometry::e500v2().with_tlb1_entries(hv.host_tlb1).map_err(HvError::HostTlb)?;
        let mut shadows = backrefs::Shadows::new(geometry.tlb0_entries(), geometry.total_entries());
        let mut guests = Vec::with_capacity(specs.len());
        for (spec, map) in specs.iter().zip(maps) {
            let g = spec.config.cpu.geometry();
            let id = shadows.add_guest(g.tlb0_entries(), g.total_entries());
            guests.push(Guest::new(id, spec, &hv, map, &mut mem)?);
        }
        // The host core: the e500v2 geometry (TLB1 as configured), nothing privileged of its own
        // that a guest could see.
        let mut cpu = Cpu::new(first.config.cpu, first.config.compat());
        cpu.arch.tlb = Tlb::new(geometry);
        cpu.arch.msr = 0;
        cpu.arch.sprs = crate::cpu::Sprs::default();
        cpu.arch.mas = Mas::default();
        cpu.flush_caches();
        let mut guests = guests.into_iter();
        let guest = guests.next().ok_or(HvError::NoGuest)?;
        cpu.set_user_regs(&guest.regs);
        shadows.set_current(guest.id);
        let host =
            Host { cpu, mem, shadows, hv, switch, quantum, switches: 0, violations: None, replay_nonce: 0 };
        let mut vm = Hypervisor { host, guest, parked: guests.collect() };
        vm.load_guest();
        Ok(vm)
    }

    /// Every guest, in command-line order.
    pub fn guests(&self) -> Vec<&Guest> {
        let mut all: Vec<&Guest> = self.parked.iter().chain(std::iter::once(&self.guest)).collect();
        all.sort_by_key(|g| g.id);
        all
    }

    /// How many guests there are.
    pub fn guest_count(&self) -> usize {
        self.parked.len() + 1
    }

    /// Guest `p` (its position on the command line, which is its id; the last for a number past
    /// the end), without collecting them all.
    pub fn guest_at(&self, p: usize) -> &Guest {
        let id = p.min(self.guest_count() - 1);
        if usize::from(self.guest.id) == id {
            return &self.guest;
        }
        self.parked.iter().find(|g| usize::from(g.id) == id).unwrap_or(&self.guest)
    }

    /// [`Hypervisor::guest_at`], to change.
    pub fn guest_mut(&mut self, p: usize) -> &mut Guest {
        let id = p.min(self.guest_count() - 1);
        if usize::from(self.guest.id) == id {
            return &mut self.guest;
        }
        match self.parked.iter().position(|g| usize::from(g.id) == id) {
            Some(i) => &mut self.parked[i],
            None => &mut self.guest,
        }
    }

    /// Runs every guest until each has ended (`b .`, a checkstop, its budget, or its devices or
    /// console end it), a time slice at a time, idling each as the bare machine does
    /// (docs/time.md). Returns how the first guest's run ended.
    pub fn run(&mut self) -> Status {
        self.guest.run.begin();
        self.parked.iter_mut().for_each(|g| g.run.begin());
        let several = !self.parked.is_empty();
        // The guest on the core gets its state back (a caller may have changed it between runs).
        self.load_guest();
        let mut next = self.next_guest(true);
        while let Some(id) = next {
            self.switch_to(id);
            let slice_end =
                if several { self.guest.run.steps().saturating_add(self.host.quantum) } else { u64::MAX };
            self.guest.no_progress = (u64::MAX, 0);
            // `OBSERVE` for the hypervisor: look at stores for a paravirtual guest's patches.
            let ended = match (self.watches_patches(), self.guest.accesses) {
                (false, false) => run::run::<_, false, false>(self, slice_end),
                (false, true) => run::run::<_, false, true>(self, slice_end),
                (true, false) => run::run::<_, true, false>(self, slice_end),
                (true, true) => run::run::<_, true, true>(self, slice_end),
            };
            if let Ended::Run(status) = ended {
                self.save_guest();
                self.guest.run.console_io.finish(&self.guest.devices);
                self.guest.run.status = Some(status);
            }
            next = self.next_guest(false);
        }
        self.save_guest();
        self.guest.regs = self.host.cpu.user_regs();
        self.guest_at(0).run.status.unwrap_or(Status::Budget)
    }

    /// The next guest to run (the first in command-line order at the `start` of a run, else the
    /// next after the one on the core, round robin), or `None` when every guest's run has ended.
    fn next_guest(&self, start: bool) -> Option<GuestId> {
        let n = self.guest_count();
        let first = if start { 0 } else { usize::from(self.guest.id) + 1 };
        (first..first + n).map(|i| self.guest_at(i % n)).find(|g| !g.ended()).map(|g| g.id)
    }

    /// Puts guest `id` on the core (the world switch between guests: see [`vcpu`]).
    fn switch_to(&mut self, id: GuestId) {
        if id == self.guest.id {
            // Its next slice: it is on the core already.
            return;
        }
        self.save_guest();
        self.guest.regs = self.host.cpu.user_regs();
        // An e500mc `wait` the guest executed on the core and no interrupt has ended yet.
        self.guest.core_wait = std::mem::take(&mut self.host.cpu.arch.wait_insn);
        let Some(pos) = self.parked.iter().position(|g| g.id == id) else { return };
        std::mem::swap(&mut self.guest, &mut self.parked[pos]);
        let from = self.parked[pos].id;
        self.host.cpu.set_user_regs(&self.guest.regs);
        self.host.cpu.arch.wait_insn = self.guest.core_wait;
        self.host.shadows.set_current(id);
        self.host.switches += 1;
        if self.host.switch == SwitchMode::Flush {
            self.host.shadows.flush_at_switch(&mut self.host.cpu.arch.tlb);
        }
        tracing::debug!(target: "tlbvisor::hv::switch", from, to = id, switches = self.host.switches, "guest switch");
        // The host PIDs: the SIDs of this guest's context, chosen afresh only if a tag flush
        // has renumbered them since it last ran.
        self.host.cpu.arch.sprs.pid = self.guest.host_context.host_pids();
        if self.guest.sid_epoch != self.host.shadows.tag_flushes {
            self.guest.context_key = None;
        }
        self.load_guest();
        self.after_exit();
    }

    /// Counts an exit towards the stall limit; `true` when the guest has made no progress for
    /// that many exits, or the exit delivered the last interrupt of a storm
    /// ([`machine::stall`]).
    fn stalled_again(&mut self) -> bool {
        let g = &mut self.guest;
        if g.no_progress.0 != g.run.instructions {
            g.no_progress = (g.run.instructions, 0);
        }
        g.no_progress.1 += 1;
        if g.run.stall.is_none() && g.no_progress.1 >= self.host.hv.stall_limit {
            tracing::warn!(target: "tlbvisor::hv", guest_pc = self.host.cpu.pc.raw(), exits = g.no_progress.1, "the guest makes no progress: run stopped");
            g.run.stall = Some(machine::stall::Stall {
                first: g.run.watch.first_since(g.run.instructions),
                repeated: None,
                count: g.no_progress.1,
            });
        }
        g.run.stall.is_some()
    }

    /// Turns on the isolation checker: after every exit and every switch, [`check::check`] runs
    /// and its findings are kept ([`Hypervisor::violations`]).
    pub fn enable_checker(&mut self) {
        self.host.violations.get_or_insert_with(Vec::new);
    }

    /// The checker's findings so far (empty when it is off or found nothing).
    pub fn violations(&self) -> &[String] {
        self.host.violations.as_deref().unwrap_or(&[])
    }

    /// The running guest's UART0 output so far.
    #[cfg(test)]
    pub fn console(&self) -> String {
        self.guest.console()
    }

    /// Reads the running guest's guest-physical memory (guest RAM only) into `buf`; `false` if
    /// any byte is not RAM.
    #[cfg(test)]
    pub fn read_guest(&self, gpa: crate::addr::Gpa, buf: &mut [u8]) -> bool {
        self.guest.read(&self.host.mem, gpa, buf)
    }

    /// The running guest's translation context as the host sees it.
    pub const fn host_context(&self) -> &shadow::HostContext {
        &self.guest.host_context
    }

    /// Runs the checker if it is on.
    fn after_exit(&mut self) {
        if self.host.violations.is_some() {
            let found = check::check(self);
            if let Some(v) = self.host.violations.as_mut() {
                v.extend(found);
            }
        }
    }
}

impl Supervisor for Hypervisor {
    fn core(&self) -> &Cpu {
        &self.host.cpu
    }

    fn core_mut(&mut self) -> &mut Cpu {
        &mut self.host.cpu
    }

    fn run_state(&mut self) -> &mut RunState {
        &mut self.guest.run
    }

    fn budget(&self) -> u64 {
        self.guest.config.max_insns
    }

    fn devices(&mut self) -> (&mut Bus, &mut machine::console::ConsoleIo) {
        (&mut self.guest.devices, &mut self.guest.run.console_io)
    }

    #[inline]
    fn step<const OBSERVE: bool, const ACCESSES: bool>(&mut self) -> StepOutcome {
        // The guest's interrupt controller drives the lines the host core raises exits on.
        self.host.cpu.irq = self.guest.devices.irq_outputs().into();
        let before = if ACCESSES { Some(self.before_step()) } else { None };
        let patch = if OBSERVE { self.before_patch() } else { None };
        let outcome = self.host.cpu.step(&mut machine::memory::BusMemory(&mut self.host.mem));
        if let Some(b) = before {
            self.after_step(b, outcome);
        }
        if let Some(p) = patch {
            self.after_patch(p, outcome);
        }
        outcome
    }

    #[inline]
    fn burst(&mut self, limit: u64) -> crate::cpu::Burst {
        self.host.cpu.irq = self.guest.devices.irq_outputs().into();
        self.host.cpu.burst(&mut machine::memory::BusMemory(&mut self.host.mem), limit)
    }

    fn interrupt<const OBSERVE: bool>(&mut self, irq: Interrupt) -> Flow {
        let flow = self.handle_exit(irq);
        if self.stalled_again() { Flow::Stalled } else { flow }
    }

    fn waiting(&self) -> bool {
        // The wait state of its MSR (emulated), or an e500mc `wait` it executed on the core.
        self.guest.vcpu.waiting() || self.host.cpu.arch.waiting()
    }

    #[cold]
    fn idle(&mut self) -> Option<Status> {
        // The host core holds the guest's timers and mirrors its MSR[EE/CE/DE] while it runs, so
        // the interrupt that wakes the guest is the host interrupt that exits to be reflected.
        let g = &mut self.guest;
        run::idle(&mut self.host.cpu, &mut g.devices, &mut g.run.console_io, &mut g.run.idle_ticks)
    }
}
