//! [`compare`]: one program run bare, under trap-and-emulate and under paravirt, side by side
//! (`tlbvisor compare`, docs/paravirt.md §8).
//!
//! Each run is a fresh session from the same builder, differing only in its mode and whether the
//! paravirtual interface is offered. The runs must agree on what the guest shows the world:
//!
//! * how the run ended and the console, in every run; a paravirtual run may *add* console lines
//!   (a guest told about the hypervisor may say so: Linux prints `KVM: Live patching ...`), but
//!   not change or lose any;
//! * the guest-visible state ([`Session::state`](super::Session::state): registers, SPRs, guest TLB) between the bare
//!   and the trap-and-emulate run, the hypervisor's promise. A paravirtual guest may run other
//!   code (its patched instructions, its replacement sequences), so its final registers are
//!   compared too but a difference is only noted.
//!
//! Beside them, the costs: instructions, exits in all and by kind, guest TLB refills
//! ([`Exits::guest_refills`]: a reflected TLB miss answered by a `tlbwe` before the handler's
//! `rfi`), exits per refill (those from the miss to the `rfi`, [`Exits::refill_exits`]) and all
//! exits divided by the refills, shadow fills, hypercalls, and the wall time of each run.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use serde_json::{Map, Value, json};

use super::{Exits, Mode, SessionBuilder, SessionError, ShadowStats, Status};
use crate::hv::EMULATED;

/// One way to run the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Column {
    /// On the core in supervisor state.
    Bare,
    /// Under the hypervisor, every privileged instruction trapped and emulated.
    Virt,
    /// Under the hypervisor with KVM's paravirtual interface offered (docs/paravirt.md).
    Paravirt,
}

impl Column {
    /// All three, in the table's order.
    pub const ALL: [Column; 3] = [Column::Bare, Column::Virt, Column::Paravirt];

    /// The name `--modes` takes and the JSON uses.
    pub const fn name(self) -> &'static str {
        match self {
            Column::Bare => "bare",
            Column::Virt => "virt",
            Column::Paravirt => "paravirt",
        }
    }

    /// The column's heading.
    pub const fn title(self) -> &'static str {
        match self {
            Column::Bare => "bare",
            Column::Virt => "trap-and-emulate",
            Column::Paravirt => "paravirt",
        }
    }
}

impl std::str::FromStr for Column {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "bare" => Ok(Column::Bare),
            "virt" => Ok(Column::Virt),
            "paravirt" => Ok(Column::Paravirt),
            _ => Err(format!("`{s}`: expected bare, virt or paravirt")),
        }
    }
}

/// One run of the comparison.
#[derive(Clone, Debug)]
pub struct CompareRun {
    /// How it ran.
    pub column: Column,
    /// How it ended.
    pub status: Status,
    /// Instructions completed.
    pub instructions: u64,
    /// Its console.
    pub console: String,
    /// The guest-visible state at the end ([`Session::state`](super::Session::state)).
    pub state: Value,
    /// The hypervisor's exit counters (`None` bare).
    pub exits: Option<Exits>,
    /// The shadow counters (`None` bare).
    pub shadow: Option<ShadowStats>,
    /// How long the run took on this host.
    pub wall: Duration,
}

impl CompareRun {
    /// Exits per guest TLB refill, on the refill's own path: from the reflected miss to the
    /// handler's `rfi` ([`Exits::refill_exits`]); `None` bare, or with no refill.
    pub fn exits_per_refill(&self) -> Option<f64> {
        self.ratio(|x| x.refill_exits)
    }

    /// All the run's exits divided by its refills: what a refill costs if everything else the
    /// guest does is counted against it; `None` bare, or with no refill.
    pub fn all_exits_per_refill(&self) -> Option<f64> {
        self.ratio(Exits::total)
    }

    fn ratio(&self, num: impl Fn(&Exits) -> u64) -> Option<f64> {
        let x = self.exits.as_ref()?;
        #[allow(clippy::cast_precision_loss, reason = "a ratio for people to read")]
        (x.guest_refills > 0).then(|| num(x) as f64 / x.guest_refills as f64)
    }
}

/// The runs side by side, and how they differ.
#[derive(Clone, Debug)]
pub struct Comparison {
    /// The program's name.
    pub name: String,
    /// The runs, in the order asked for.
    pub runs: Vec<CompareRun>,
    /// Where the runs disagree on what the guest shows (empty when they agree).
    pub differences: Vec<String>,
    /// Differences that are allowed (a paravirtual run's added console lines and other final
    /// registers).
    pub notes: Vec<String>,
}

/// Runs the program `make` builds once per column (in that order; at least two, each once),
/// each a fresh session with its mode and paravirtual interface set by the column, and compares
/// them.
///
/// ```
/// use tlbvisor::session::{Column, Session, compare};
///
/// let src = "_start: li r3, 7\n mfspr r4, 272\n done: b done\n";
/// let c = compare(|| Session::from_source(src), &Column::ALL).unwrap();
/// assert!(c.agree());
/// // Under trap-and-emulate: the first fetch's shadow fill, and the mfspr of SPRG0 (SPR 272,
/// // privileged): 2 exits.
/// let x = c.runs[1].exits.as_ref().unwrap();
/// assert_eq!((x.total(), x.itlb_virt_miss, x.emulated_total()), (2, 1, 1));
/// ```
///
/// # Errors
/// [`SessionError::Compare`] for fewer than two columns, a column twice, or a builder with
/// several programs; any error building a session.
pub fn compare(make: impl Fn() -> SessionBuilder, columns: &[Column]) -> Result<Comparison, SessionError> {
    if columns.len() < 2 {
        return Err(SessionError::Compare("give at least two of bare, virt, paravirt to compare".into()));
    }
    if let Some(c) = columns.iter().enumerate().find_map(|(i, c)| columns[..i].contains(c).then_some(c)) {
        return Err(SessionError::Compare(format!("{} given twice", c.name())));
    }
    let mut runs = Vec::with_capacity(columns.len());
    let mut name = String::new();
    for &column in columns {
        let mode = if column == Column::Bare { Mode::Bare } else { Mode::Virt };
        let builder = make().mode(mode).paravirt(column == Column::Paravirt);
        name = builder.program_name();
        let mut s = builder.build()?;
        if s.programs() > 1 {
            return Err(SessionError::Compare(
                "one program at a time (several guests share one host)".into(),
            ));
        }
        let start = Instant::now();
        let status = s.run_inner();
        let wall = start.elapsed();
        runs.push(CompareRun {
            column,
            status,
            instructions: s.instructions(),
            console: s.console(),
            state: s.state(),
            exits: s.exits().cloned(),
            shadow: s.shadow_stats().cloned(),
            wall,
        });
    }
    let mut c = Comparison { name, runs, differences: Vec::new(), notes: Vec::new() };
    c.judge();
    Ok(c)
}

/// The first line where `a` and `b` differ (1-based), with both lines.
fn first_difference<'a>(a: &'a str, b: &'a str) -> (usize, &'a str, &'a str) {
    let (mut la, mut lb) = (a.lines(), b.lines());
    let mut n = 1;
    loop {
        match (la.next(), lb.next()) {
            (Some(x), Some(y)) if x == y => n += 1,
            (x, y) => return (n, x.unwrap_or("(end)"), y.unwrap_or("(end)")),
        }
    }
}

/// The lines `b` adds to `a`, if `b` is `a` with lines inserted (and nothing changed or lost):
/// (line number in `b`, line).
fn added_lines<'a>(a: &str, b: &'a str) -> Option<Vec<(usize, &'a str)>> {
    let mut want = a.split_inclusive('\n').peekable();
    let mut added = Vec::new();
    for (i, line) in b.split_inclusive('\n').enumerate() {
        if want.peek() == Some(&line) {
            want.next();
        } else {
            added.push((i + 1, line.trim_end()));
        }
    }
    want.peek().is_none().then_some(added)
}

/// The keys of two state objects whose values differ (`gpr[3]`, `spr.SRR0`, `tlb`).
fn state_differences(a: &Value, b: &Value) -> Vec<String> {
    let (Value::Object(a), Value::Object(b)) = (a, b) else { return vec!["state".into()] };
    let mut out = Vec::new();
    for (k, va) in a {
        let vb = b.get(k).unwrap_or(&Value::Null);
        match (va, vb) {
            _ if va == vb => {}
            (Value::Array(x), Value::Array(y)) if k == "gpr" && x.len() == y.len() => {
                out.extend(
                    x.iter().zip(y).enumerate().filter(|(_, (p, q))| p != q).map(|(i, _)| format!("r{i}")),
                );
            }
            (Value::Object(x), Value::Object(y)) => {
                out.extend(x.iter().filter(|(n, v)| y.get(*n) != Some(*v)).map(|(n, _)| format!("{k}.{n}")));
            }
            _ => out.push(k.clone()),
        }
    }
    out
}

impl Comparison {
    /// Whether the runs agree (no [`Comparison::differences`]).
    pub fn agree(&self) -> bool {
        self.differences.is_empty()
    }

    /// The run of a column, if it was asked for.
    pub fn run(&self, column: Column) -> Option<&CompareRun> {
        self.runs.iter().find(|r| r.column == column)
    }

    /// Fills in the differences and notes (see the module's text).
    fn judge(&mut self) {
        // Every run is held against one: the first that is not paravirtual, so that bare and
        // trap-and-emulate are held against each other whatever the order (`--modes
        // paravirt,bare,virt`); the first run when all are paravirtual.
        if self.runs.is_empty() {
            return;
        }
        let i = self.runs.iter().position(|r| r.column != Column::Paravirt).unwrap_or(0);
        let (mut diffs, mut notes) = (Vec::new(), Vec::new());
        let (a, an) = (&self.runs[i], self.runs[i].column.title());
        for b in self.runs.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, b)| b) {
            let bn = b.column.title();
            if a.status != b.status {
                diffs.push(format!("status: {an} {}, {bn} {}", status_name(a.status), status_name(b.status)));
            }
            if a.console != b.console {
                // The paravirtual run (either side) may add lines to the other's console.
                let (plain, pv) = if a.column == Column::Paravirt { (b, a) } else { (a, b) };
                let added = (pv.column == Column::Paravirt)
                    .then(|| added_lines(&plain.console, &pv.console))
                    .flatten();
                match added {
                    Some(added) => {
                        let lines: Vec<String> =
                            added.iter().map(|(n, l)| format!("line {n}: `{l}`")).collect();
                        notes.push(format!(
                            "console: {} adds {} line{} to {}'s (a guest told about the hypervisor may say so): {}",
                            pv.column.title(),
                            added.len(),
                            crate::explain::plural(added.len()),
                            plain.column.title(),
                            lines.join("; ")
                        ));
                    }
                    None => {
                        let (n, x, y) = first_difference(&a.console, &b.console);
                        diffs.push(format!(
                            "console: {bn} differs from {an} at line {n}: `{y}` where {an} has `{x}`"
                        ));
                    }
                }
            }
            let keys = state_differences(&a.state, &b.state);
            if !keys.is_empty() {
                let text = format!("final state: {bn} differs from {an} in {}", keys.join(", "));
                if a.column == Column::Paravirt || b.column == Column::Paravirt {
                    notes.push(format!(
                        "{text} (the paravirtual guest may run other code: its patched instructions)"
                    ));
                } else {
                    diffs.push(text);
                }
            }
        }
        self.differences = diffs;
        self.notes = notes;
    }

    /// The table as `tlbvisor compare` prints it; `wall` includes the wall-time row (which is
    /// not the same from one run to the next).
    pub fn text(&self, wall: bool) -> String {
        let mut rows: Vec<(String, Vec<String>)> = Vec::new();
        let dash = || "-".to_string();
        let per = |f: &dyn Fn(&CompareRun) -> String| self.runs.iter().map(f).collect::<Vec<_>>();
        let counter =
            |f: &dyn Fn(&Exits) -> u64| per(&|r| r.exits.as_ref().map_or_else(dash, |x| f(x).to_string()));
        rows.push(("status".into(), per(&|r| status_name(r.status))));
        rows.push(("instructions".into(), per(&|r| r.instructions.to_string())));
        rows.push(("exits".into(), counter(&|x| x.total())));
        let any =
            |f: &dyn Fn(&Exits) -> u64| self.runs.iter().filter_map(|r| r.exits.as_ref()).any(|x| f(x) > 0);
        for op in EMULATED {
            if any(&|x| x.emulated(op)) {
                rows.push((format!("  {}", op.name()), counter(&|x| x.emulated(op))));
            }
        }
        for (i, (name, _)) in Exits::default().by_kind().iter().enumerate() {
            if any(&|x| x.by_kind()[i].1) {
                rows.push((format!("  {name}"), counter(&|x| x.by_kind()[i].1)));
            }
        }
        if any(&|x| x.hypercall) {
            rows.push(("  hypercall".into(), counter(&|x| x.hypercall)));
        }
        rows.push(("guest TLB refills".into(), counter(&|x| x.guest_refills)));
        rows.push((
            "exits per refill".into(),
            per(&|r| r.exits_per_refill().map_or_else(dash, |v| format!("{v:.1}"))),
        ));
        rows.push((
            "all exits / refills".into(),
            per(&|r| r.all_exits_per_refill().map_or_else(dash, |v| format!("{v:.1}"))),
        ));
        rows.push((
            "shadow fills".into(),
            per(&|r| r.shadow.as_ref().map_or_else(dash, |s| s.fills_total().to_string())),
        ));
        if wall {
            rows.push(("wall time".into(), per(&|r| format!("{:.2} s", r.wall.as_secs_f64()))));
        }
        let label_w = rows.iter().map(|(l, _)| l.len()).max().unwrap_or(0);
        let widths: Vec<usize> = self
            .runs
            .iter()
            .enumerate()
            .map(|(i, r)| {
                rows.iter().map(|(_, v)| v[i].len()).chain([r.column.title().len()]).max().unwrap_or(0)
            })
            .collect();
        let mut out = format!("compare: {}\n\n", self.name);
        let _ = write!(out, "{:label_w$}", "");
        for (r, w) in self.runs.iter().zip(&widths) {
            let _ = write!(out, "  {:>w$}", r.column.title());
        }
        out.push('\n');
        for (label, values) in &rows {
            let _ = write!(out, "{label:label_w$}");
            for (v, w) in values.iter().zip(&widths) {
                let _ = write!(out, "  {v:>w$}");
            }
            out.push('\n');
        }
        out.push('\n');
        let first = &self.runs[0];
        let same_console = self.runs.iter().all(|r| r.console == first.console);
        if same_console {
            let _ = writeln!(out, "console: the same in every run ({} bytes)", first.console.len());
        }
        if self.differences.is_empty() {
            let _ = writeln!(out, "agree: yes (status, console, and the guest-visible state where it must)");
        } else {
            let _ = writeln!(out, "agree: no");
            for d in &self.differences {
                let _ = writeln!(out, "  differs: {d}");
            }
        }
        for n in &self.notes {
            let _ = writeln!(out, "  note: {n}");
        }
        out
    }

    /// The comparison as JSON (`tlbvisor compare --json`).
    pub fn json(&self) -> Value {
        let runs: Vec<Value> = self
            .runs
            .iter()
            .map(|r| {
                let mut o = Map::new();
                o.insert("mode".into(), json!(r.column.name()));
                o.insert("status".into(), json!(r.status));
                o.insert("instructions".into(), json!(r.instructions));
                o.insert("wall_seconds".into(), json!(r.wall.as_secs_f64()));
                if let (Some(x), Some(s)) = (&r.exits, &r.shadow) {
                    o.insert("exits".into(), x.to_json());
                    o.insert("hypercalls".into(), json!(x.hypercall));
                    o.insert("guest_refills".into(), json!(x.guest_refills));
                    o.insert("refill_exits".into(), json!(x.refill_exits));
                    o.insert("exits_per_refill".into(), json!(r.exits_per_refill()));
                    o.insert("all_exits_per_refill".into(), json!(r.all_exits_per_refill()));
                    o.insert("shadow_fills".into(), json!(s.fills_total()));
                }
                o.insert("console".into(), json!(r.console));
                Value::Object(o)
            })
            .collect();
        json!({
            "program": self.name,
            "runs": runs,
            "agree": self.agree(),
            "differences": self.differences,
            "notes": self.notes,
        })
    }

    /// `tlbvisor compare`'s exit status: 1 when the runs differ, else the first run's
    /// ([`Status::exit_code`]).
    pub fn exit_code(&self) -> u8 {
        if !self.agree() {
            return 1;
        }
        self.runs.first().map_or(0, |r| r.status.exit_code())
    }
}

/// `s` as the JSON names it (`Status`'s serde names, so the text and the JSON cannot differ).
fn status_name(s: Status) -> String {
    match serde_json::to_value(s) {
        Ok(serde_json::Value::String(name)) => name,
        _ => format!("{s:?}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn console_lines_added_and_changed() {
        assert_eq!(added_lines("a\nb\n", "a\nx\nb\n"), Some(vec![(2, "x")]));
        assert_eq!(added_lines("a\nb\n", "a\nb\n"), Some(vec![]));
        assert_eq!(added_lines("a\nb\n", "a\nc\n"), None);
        assert_eq!(first_difference("a\nb\n", "a\nc\n"), (2, "b", "c"));
        assert_eq!(first_difference("a\n", "a\nc\n"), (2, "(end)", "c"));
    }

    fn run(column: Column, console: &str, r3: u32) -> CompareRun {
        CompareRun {
            column,
            status: Status::Halted,
            instructions: 1,
            console: console.into(),
            state: json!({"gpr": [0, 0, 0, r3]}),
            exits: None,
            shadow: None,
            wall: Duration::ZERO,
        }
    }

    fn judged(runs: Vec<CompareRun>) -> Comparison {
        let mut c = Comparison { name: String::new(), runs, differences: Vec::new(), notes: Vec::new() };
        c.judge();
        c
    }

    #[test]
    fn what_must_agree_and_what_may_differ() {
        // A paravirt run, first or not, may add console lines and end with other registers.
        for pv_first in [false, true] {
            let (pv, bare) = (run(Column::Paravirt, "a\nKVM\nb\n", 1), run(Column::Bare, "a\nb\n", 0));
            let c = judged(if pv_first { vec![pv, bare] } else { vec![bare, pv] });
            assert!(c.agree(), "{:?}", c.differences);
            assert_eq!(c.notes.len(), 2, "{:?}", c.notes);
            assert!(
                c.notes[0].contains("paravirt adds 1 line to bare's") && c.notes[0].contains("line 2: `KVM`")
            );
            assert!(c.notes[1].contains("in r3"), "{:?}", c.notes);
        }
        // It may not change or lose one.
        let c = judged(vec![run(Column::Bare, "a\nb\n", 0), run(Column::Paravirt, "a\n", 0)]);
        assert_eq!(
            c.differences,
            ["console: paravirt differs from bare at line 2: `(end)` where bare has `b`"]
        );
        assert_eq!(c.exit_code(), 1);
        // Bare and trap-and-emulate must agree on everything.
        let c = judged(vec![run(Column::Bare, "a\n", 0), run(Column::Virt, "a\n", 2)]);
        assert_eq!(c.differences, ["final state: trap-and-emulate differs from bare in r3"]);
        let mut budget = run(Column::Virt, "a\n", 0);
        budget.status = Status::Budget;
        let c = judged(vec![run(Column::Bare, "a\n", 0), budget]);
        assert_eq!(c.differences, ["status: bare halted, trap-and-emulate budget"]);
        assert_eq!(judged(vec![run(Column::Bare, "", 0), run(Column::Virt, "", 0)]).exit_code(), 0);
        // Whatever the order: with the paravirt run first, bare and trap-and-emulate are still
        // held against each other, not each only against paravirt (where a difference is a note).
        let c = judged(vec![
            run(Column::Paravirt, "a\n", 0),
            run(Column::Bare, "a\n", 0),
            run(Column::Virt, "a\n", 2),
        ]);
        assert_eq!(c.differences, ["final state: trap-and-emulate differs from bare in r3"], "{:?}", c.notes);
        assert!(c.notes.is_empty(), "{:?}", c.notes);
    }

    #[test]
    fn state_keys() {
        let a = json!({"pc": 4, "gpr": [0, 1, 2], "spr": {"SRR0": 1, "DEC": 2}});
        let b = json!({"pc": 4, "gpr": [0, 9, 2], "spr": {"SRR0": 1, "DEC": 3}});
        assert_eq!(state_differences(&a, &b), ["r1", "spr.DEC"]);
    }
}
