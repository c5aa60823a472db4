//! [`Session::explain`]: run the program observed and narrate it ([`crate::explain`]).

use crate::events::{EventLog, Traced};
use crate::explain::{Collector, ExplainOptions, ProgramView};
use crate::hv::ShadowStats;
use crate::hv::events::Event;
use crate::machine::report::cpu_name;

use super::{Mode, Session, SessionError, Status, Stop};

/// The most events an explained bare run keeps (the hypervisor keeps `HvConfig::event_limit`).
pub const EXPLAIN_EVENT_LIMIT: usize = 1 << 16;

/// The steps `explain --limit` runs between two looks at the log: far fewer than the log
/// holds ([`EXPLAIN_EVENT_LIMIT`], `HvConfig::event_limit`) divided by the events one step can
/// record in the usual case (an exit, a fill, a few invalidations).
const COLLECT_STEPS: u64 = 1024;

impl Session {
    /// Runs the program from where it is to its end (as [`Session::run`]) with its events
    /// observed, and returns the narrative (as `tlbvisor explain` prints it): from the start, or
    /// from when the PC first reaches `opts.from` (a symbol, `symbol+offset` or an address; with
    /// `opts.from_hit` N, the Nth time it does); at most `opts.limit` paragraphs (the first
    /// ones, however long the run).
    ///
    /// ```
    /// use tlbvisor::session::{ExplainOptions, Mode, Session};
    ///
    /// let mut s = Session::from_source(
    ///     "_start: lis r4,0x1001\n mtspr 624,r4\n lis r4,0x8000\n ori r4,r4,0x100\n mtspr 625,r4\n\
    ///      li r4,0x1000\n mtspr 626,r4\n ori r4,r4,5\n mtspr 627,r4\n tlbwe\n done: b done\n",
    /// )
    /// .mode(Mode::Virt)
    /// .build()
    /// .unwrap();
    /// let text = s.explain(&ExplainOptions::default()).unwrap();
    /// assert!(text.contains("tlbwe is privileged, and the guest runs at host MSR[PR]=1"));
    /// assert!(text.contains("guest TLB1[1] now: EPN 0x00001000 -> GPA 0x000001000 4K TID 0 TS 0 S:rw- U:---"));
    /// ```
    ///
    /// # Errors
    /// [`SessionError::UnknownSymbol`] when `opts.from` names no symbol of the program.
    pub fn explain(&mut self, opts: &ExplainOptions) -> Result<String, SessionError> {
        let from = match &opts.from {
            Some(name) => Some((name.as_str(), self.code_place(name)?)),
            None => None,
        };
        self.engine.observe(self.selected, EXPLAIN_EVENT_LIMIT, opts.accesses);
        let mut mark = self.events_seen();
        let mut reached = true;
        if let Some((_, addr)) = from {
            // The PC being there already is the first time.
            let mut hits = u64::from(self.pc() == addr);
            while reached && hits < opts.from_hit.unwrap_or(1) {
                reached = matches!(self.run_to_addr(addr)?, Stop::Reached(_));
                hits += 1;
            }
            mark = self.events_seen();
        }
        let (events, unseen, lost) = match opts.limit {
            // A limit: the first paragraphs from the start are kept, however long the run.
            Some(limit) if reached => self.run_collecting(mark, limit),
            _ => {
                if reached {
                    self.run_inner();
                }
                let (events, lost) = self.events_since(mark);
                (events, 0, lost)
            }
        };
        let c = self.config();
        let mode = match c.mode {
            Mode::Bare => "bare mode (the program runs in supervisor state on the core)",
            Mode::Virt => "virt mode (the program runs deprivileged under the hypervisor)",
        };
        let mut title = format!("explain: {mode}, {}, {:?} profile", cpu_name(c.cpu), c.profile);
        let programs = self.programs();
        if programs > 1 {
            title += &format!(", guest {} of {programs} on one host core", self.selected);
        }
        if let Some((name, addr)) = from {
            title += &format!(", from {name} ({addr:#010x})");
            if let Some(n) = opts.from_hit.filter(|&n| n > 1) {
                title += &format!(", hit {n}");
            }
        }
        if opts.accesses && c.mode == Mode::Virt {
            title += "\naccesses: EA -> guest TLB entry -> GPA -> GPA map -> HPA -> host TLB entry \
                      (x86: guest virtual -> guest physical -> host physical)";
        } else if opts.accesses {
            title += "\naccesses: EA -> TLB entry -> PA";
        }
        let mut footer = String::new();
        if lost > 0 && opts.limit.is_some() {
            footer += &format!("({lost} events were dropped: more came in one step than the log holds)\n");
        } else if lost > 0 {
            footer += &format!("({lost} earlier events were dropped: the log keeps the most recent)\n");
        }
        match (reached, from) {
            (false, Some((name, _))) => footer += &format!("the PC never reached {name}\n"),
            _ => {
                let pc = self.pc();
                let at = ProgramView { image: self.image() }.place(pc);
                let how = match self.status() {
                    Some(Status::Halted) => "halted (b .)",
                    Some(Status::Budget) => "stopped: budget exhausted",
                    Some(Status::Checkstop) => "stopped: checkstop",
                    Some(Status::Idle) => "stopped: waiting with no interrupt to come",
                    Some(Status::Poweroff) => "powered off",
                    Some(Status::Reset) => "stopped: reset requested",
                    Some(Status::Console) => "stopped: console text reached",
                    Some(Status::Quit) => "quit (Ctrl-A X)",
                    Some(Status::Stalled) => "stopped: stalled (interrupts again and again)",
                    None => "not run",
                };
                footer += &format!("{how} at {at} after {} instructions\n", self.instructions());
            }
        }
        if let Some(x) = self.exits() {
            footer += &format!(
                "hypervisor: {} exits ({} emulated, {} virtual and {} real TLB misses), {} shadow fills\n",
                x.total(),
                x.emulated_total(),
                x.dtlb_virt_miss + x.itlb_virt_miss,
                x.dtlb_real_miss + x.itlb_real_miss,
                self.shadow_stats().map_or(0, ShadowStats::fills_total)
            );
        }
        let program = ProgramView { image: self.image() };
        Ok(crate::explain::render(&events, unseen, program, c.mode, &title, &footer, opts))
    }

    /// The events recorded since `mark` ([`Session::events_seen`]) still in the log, and how
    /// many of them the log dropped.
    fn events_since(&self, mark: u64) -> (Vec<Event>, u64) {
        self.engine.events_since(self.selected, mark)
    }

    /// Runs to the end in pieces of [`COLLECT_STEPS`] steps, taking the events of each piece
    /// out of the log before it can drop them: the events of the first `limit` paragraphs
    /// after `mark`, the number of paragraphs after those, and the events lost anyway (a
    /// piece that produced more than the log holds).
    fn run_collecting(&mut self, mut mark: u64, limit: usize) -> (Vec<Event>, usize, u64) {
        let mut collector = Collector::new(limit);
        let mut lost = 0;
        let max = self.config().max_insns;
        // The budget counts steps as the one run without a limit would: the instructions
        // completed plus the interrupts delivered since it began (each `run_for` piece is a run
        // of its own, and counts only its own deliveries).
        let delivered_at = self.delivered();
        let steps = |s: &Self| s.instructions() + (s.delivered() - delivered_at);
        loop {
            let before = steps(self);
            let stop = self.run_for(COLLECT_STEPS.min(max.saturating_sub(before)));
            let (events, dropped) = self.events_since(mark);
            lost += dropped;
            mark = self.events_seen();
            collector.push(events);
            // `run_for` ends with `Budget` when its piece is spent; the run's own budget, or
            // any other ending, stops the collection.
            let after = steps(self);
            if stop != Stop::Budget || after >= max || after == before {
                break;
            }
        }
        let (events, unseen) = collector.finish();
        (events, unseen, lost)
    }

    /// A place in the program ([`Session::resolve`]) whose symbol, if it names one, is defined in
    /// a section (a code or data label, not an `.equ` constant).
    fn code_place(&self, place: &str) -> Result<u32, SessionError> {
        let name = place.split_once('+').map_or(place, |(n, _)| n).trim();
        match self.image().symbols.get(name) {
            Some(s) if s.section.is_none() => Err(SessionError::UnknownSymbol(place.to_string())),
            _ => self.resolve(place),
        }
    }

    /// Interrupts delivered to the selected program so far (other than `sc`).
    fn delivered(&self) -> u64 {
        self.engine.run_state(self.selected).deliveries
    }

    /// Events recorded so far, dropped ones included.
    /// (A bare machine not observed has no log, which `explain` never reads.)
    fn events_seen(&self) -> u64 {
        self.engine.events_seen(self.selected)
    }
}

/// The events of `log` recorded since `mark` still in it (as the hypervisor's events: the bare
/// core's are its [`Event::Core`]), and how many of them it dropped.
pub(super) fn since<E: Traced>(
    log: &EventLog<E>,
    mark: u64,
    to_event: impl Fn(&E) -> Event,
) -> (Vec<Event>, u64) {
    let skip = usize::try_from(mark.saturating_sub(log.dropped())).unwrap_or(usize::MAX);
    let events: Vec<Event> = log.iter().skip(skip).map(to_event).collect();
    (events, log.dropped().saturating_sub(mark))
}

/// Events recorded in `log` so far, dropped ones included.
pub(super) fn seen<E: Traced>(log: &EventLog<E>) -> u64 {
    log.len() as u64 + log.dropped()
}
