//! The one run loop. The bare machine and the hypervisor both run a program on an e500 core the
//! same way: step the core, count what completed, idle when it waits, watch the budget, the
//! keyboard and the devices, and hand every interrupt the core reports to whoever owns the core.
//! That owner is a [`Supervisor`]: the bare machine's delivers the interrupt (Book-E delivery on
//! the core itself), the hypervisor's runs its exit dispatch (emulate, fill a shadow, replay on a
//! device, reflect into the guest). Nothing here knows which one it is serving.
//!
//! # What counts as a step
//! The budget (`Config::max_insns`) counts completed instructions plus the interrupts delivered
//! to the program other than `sc` (whose instruction completes): a program stuck taking
//! interrupts retires nothing but must still stop, and stepping stops at a handler's vector.
//! Steps are counted from the start of a run ([`RunState::begin`]), so a run that resumes gets
//! the whole budget again, and a run cut into time slices (several guests on one core) counts
//! across its slices exactly as one unbroken run does.

use crate::cpu::{Burst, Cpu, Interrupt, StepOutcome};
use crate::phys::Bus;

use super::Status;
use super::console::{self, ConsoleIo};
use super::stall::{Stall, StallWatch};

/// What a run of one program keeps: its counters, its console and how it ended.
#[derive(Debug, Default)]
pub struct RunState {
    /// Instructions completed.
    pub instructions: u64,
    /// Interrupts other than `sc` delivered to the program so far.
    pub deliveries: u64,
    /// Time-base ticks spent in the wait state (not instructions; docs/time.md).
    pub idle_ticks: u64,
    /// What the run does with the console besides recording it.
    pub console_io: ConsoleIo,
    /// How the last run ended (`None` while it has not).
    pub status: Option<Status>,
    /// Why the last run stalled (status `stalled`).
    pub stall: Option<Stall>,
    /// Watches interrupt deliveries for a storm.
    pub(crate) watch: StallWatch,
    /// `deliveries` when the current run began.
    deliveries_at_start: u64,
}

impl RunState {
    /// A run begins: its steps count from here.
    pub(crate) fn begin(&mut self) {
        self.deliveries_at_start = self.deliveries;
        self.stall = None;
        self.status = None;
    }

    /// Steps taken: completed instructions plus the interrupts delivered in this run.
    pub(crate) const fn steps(&self) -> u64 {
        self.instructions + (self.deliveries - self.deliveries_at_start)
    }
}

/// Where the program continues after its supervisor handled an interrupt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flow {
    /// It resumes.
    Resume,
    /// The instruction completed was `b .` (an instruction the supervisor completed itself).
    Halted,
    /// A machine check with MSR\[ME\] = 0.
    Checkstop,
    /// The instruction left the program in the wait state (MSR\[WE\] with a HID0 power-saving
    /// mode).
    Wait,
    /// The program makes no progress (docs/stall.md).
    Stalled,
}

/// The owner of a core: what the run loop needs to run a program on it.
pub(crate) trait Supervisor {
    /// The core.
    fn core(&self) -> &Cpu;
    /// The core, to change.
    fn core_mut(&mut self) -> &mut Cpu;
    /// The run's bookkeeping.
    fn run_state(&mut self) -> &mut RunState;
    /// The budget: the step count at which the run ends `budget`.
    fn budget(&self) -> u64;
    /// The program's devices (its console, its interrupt controller) with its console I/O.
    fn devices(&mut self) -> (&mut Bus, &mut ConsoleIo);
    /// One step of the core against the memory it sees, its interrupt lines driven by the
    /// program's interrupt controller. `OBSERVE`: record the core's events; `ACCESSES`: and the
    /// completed instruction's translation chains.
    fn step<const OBSERVE: bool, const ACCESSES: bool>(&mut self) -> StepOutcome;
    /// At most `limit` steps' worth of instructions in a burst ([`Cpu::burst`]) against the
    /// same memory and lines as [`Supervisor::step`].
    fn burst(&mut self, limit: u64) -> Burst;
    /// The core reported `irq`: deliver it, or handle it for the program.
    fn interrupt<const OBSERVE: bool>(&mut self, irq: Interrupt) -> Flow;
    /// Whether the program is in the wait state (a run that starts so idles first).
    fn waiting(&self) -> bool;
    /// The program waits: move its time to the wake-up ([`idle`]).
    fn idle(&mut self) -> Option<Status>;
}

/// How a call of [`run`] ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ended {
    /// The run ended.
    Run(Status),
    /// The time slice ran out (the run goes on at the next call).
    Slice,
}

/// Runs the program on `sup`'s core until its run ends or, with a `slice_end`, until it has
/// taken that many steps ([`RunState::steps`]).
pub(crate) fn run<S: Supervisor, const OBSERVE: bool, const ACCESSES: bool>(
    sup: &mut S,
    slice_end: u64,
) -> Ended {
    let max = sup.budget();
    let start = sup.run_state().steps();
    let mut look_at = next_look(sup, start, slice_end);
    // A machine that was powered off or reset stays so.
    if let Some(s) = console::machine_ended(sup.devices().0) {
        return Ended::Run(s);
    }
    // A run that starts (or resumes) in the wait state.
    if sup.waiting()
        && let Some(s) = sup.idle()
    {
        return Ended::Run(s);
    }
    loop {
        let steps = sup.run_state().steps();
        if steps >= look_at {
            if steps >= max {
                return Ended::Run(Status::Budget);
            }
            if steps >= slice_end {
                return Ended::Slice;
            }
            let (bus, io) = sup.devices();
            if let Some(s) = io.flush_live().or_else(|| io.poll_keys(bus, false)) {
                return Ended::Run(s);
            }
            look_at = next_look(sup, steps, slice_end);
        }
        // A run that does not observe goes in bursts (what the core can do alone, without
        // anyone looking between instructions); an observing one steps every instruction (its
        // events and accesses are per step).
        let outcome = if !OBSERVE && !ACCESSES {
            let limit = look_at - steps;
            let b = sup.burst(limit);
            sup.run_state().instructions += b.retired;
            match b.then {
                Some(outcome) => outcome,
                None if b.retired == limit => continue,
                None => sup.step::<OBSERVE, ACCESSES>(),
            }
        } else {
            sup.step::<OBSERVE, ACCESSES>()
        };
        match outcome {
            StepOutcome::Retired => sup.run_state().instructions += 1,
            StepOutcome::Halted => {
                sup.run_state().instructions += 1;
                if sup.core().arch.waiting() {
                    if let Some(s) = sup.idle() {
                        return Ended::Run(s);
                    }
                } else if !sup.core().arch.timer_interrupt_coming() {
                    return Ended::Run(Status::Halted);
                } else if !ACCESSES {
                    // Count the spinning up to the timer event at once (the slice may end
                    // anywhere in it: the spin is the same either way).
                    let left = max.min(slice_end).saturating_sub(sup.run_state().steps());
                    let n = spin_skip(sup.core(), left);
                    sup.core_mut().arch.sprs.advance(n);
                    sup.run_state().instructions += n;
                }
            }
            StepOutcome::Interrupt(irq) => match sup.interrupt::<OBSERVE>(irq) {
                Flow::Resume => {}
                Flow::Halted => {
                    if !sup.core().arch.timer_interrupt_coming() {
                        return Ended::Run(Status::Halted);
                    }
                }
                Flow::Wait => {
                    if let Some(s) = sup.idle() {
                        return Ended::Run(s);
                    }
                }
                Flow::Checkstop => return Ended::Run(Status::Checkstop),
                Flow::Stalled => return Ended::Run(Status::Stalled),
            },
        }
        let (bus, io) = sup.devices();
        if bus.take_touched() {
            if let Some(s) = io.after_device_access(bus) {
                return Ended::Run(s);
            }
            if io.unflushed() {
                // A partial line: its flush is at the next look at the latest (`next_look`).
                let steps = sup.run_state().steps();
                look_at = look_at.min(next_look(sup, steps, slice_end));
            }
        }
    }
}

/// The step count at which the loop next looks up from stepping: the budget's end, the slice's
/// end, (with a keyboard) the next look at the keys, or (with a partial line of live output)
/// its flush.
fn next_look<S: Supervisor>(sup: &mut S, steps: u64, slice_end: u64) -> u64 {
    let end = sup.budget().min(slice_end);
    let io = sup.devices().1;
    let end = if io.interactive() { end.min(steps + console::KEY_POLL_STEPS) } else { end };
    if io.unflushed() { end.min(steps + console::FLUSH_STEPS) } else { end }
}

/// A core in the wait state (docs/time.md): time moves from timer event to timer event until an
/// interrupt is to be taken (`None`: stepping resumes and takes it), or the run ends when none can
/// come (`Idle`). With a keyboard attached, keys can wake the program (its UART interrupt), so
/// time is paced by the wall clock instead (the time base at [`console::TIMEBASE_HZ`]) and a key
/// that comes first ends the wait early; with no timer event ahead the run waits for a key. The
/// bare machine and the hypervisor (on the host core, which holds the guest's timers while it
/// runs) share it.
pub(crate) fn idle(cpu: &mut Cpu, bus: &mut Bus, io: &mut ConsoleIo, idle_ticks: &mut u64) -> Option<Status> {
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
