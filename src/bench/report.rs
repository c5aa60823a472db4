//! The results of `tlbvisor bench`: a Markdown table (README "Measuring speed") or JSON, with the
//! ratios to QEMU and the goals of issue 16.

use serde_json::{Value, json};

use super::Counts;
use super::measure::Clock;

/// One figure, or why there is none.
#[derive(Clone, Debug)]
pub(crate) enum Cell {
    Value(f64),
    Missing(String),
}

impl Cell {
    pub(crate) fn missing(why: &str) -> Cell {
        Cell::Missing(why.to_string())
    }

    /// The three figures of a row that could not be measured at all.
    pub(crate) fn all_missing(why: &str) -> Figures {
        (Cell::missing(why), Cell::missing(why), Cell::missing(why))
    }

    const fn value(&self) -> Option<f64> {
        match self {
            Cell::Value(v) => Some(*v),
            Cell::Missing(_) => None,
        }
    }

    fn text(&self) -> String {
        match self {
            Cell::Value(v) => number(*v),
            Cell::Missing(why) => why.replace('|', "/"),
        }
    }

    fn json(&self) -> Value {
        match self {
            Cell::Value(v) => json!({ "value": v }),
            Cell::Missing(why) => json!({ "missing": why }),
        }
    }
}

impl From<Result<f64, String>> for Cell {
    fn from(r: Result<f64, String>) -> Cell {
        match r {
            Ok(v) => Cell::Value(v),
            Err(why) => Cell::Missing(why),
        }
    }
}

/// A figure to about three significant digits.
fn number(v: f64) -> String {
    match v.abs() {
        a if a >= 100.0 => format!("{v:.0}"),
        a if a >= 10.0 => format!("{v:.1}"),
        a if a >= 1.0 => format!("{v:.2}"),
        _ => format!("{v:.3}"),
    }
}

/// One workload's figures: tlbvisor bare, tlbvisor virt, QEMU.
pub(crate) type Figures = (Cell, Cell, Cell);

/// One workload: its figures for tlbvisor bare, tlbvisor virt and QEMU.
pub(crate) struct Row {
    id: &'static str,
    title: &'static str,
    unit: &'static str,
    bare: Cell,
    virt: Cell,
    qemu: Cell,
}

impl Row {
    pub(crate) fn new(id: &'static str, title: &'static str, unit: &'static str, figures: Figures) -> Row {
        let (bare, virt, qemu) = figures;
        Row { id, title, unit, bare, virt, qemu }
    }

    /// bare/QEMU, virt/QEMU, virt/bare (in the row's unit: for a rate, above 1 is faster than
    /// the other; for a time or a size, below 1 is).
    fn ratios(&self) -> [(&'static str, Option<f64>); 3] {
        let div = |a: &Cell, b: &Cell| Some(a.value()? / b.value()?).filter(|r| r.is_finite());
        [
            ("bare/QEMU", div(&self.bare, &self.qemu)),
            ("virt/QEMU", div(&self.virt, &self.qemu)),
            ("virt/bare", div(&self.virt, &self.bare)),
        ]
    }
}

/// A goal of issue 16 and whether the figures meet it (`None`: a figure is missing).
type Goal = (String, Option<bool>);

/// The goals of row `i` (the 4 GiB row is judged against the 128 MiB one).
fn goals(rows: &[Row], i: usize) -> Vec<Goal> {
    let r = &rows[i];
    let (b, v, q) = (r.bare.value(), r.virt.value(), r.qemu.value());
    let both = |x: Option<f64>, y: Option<f64>, f: fn(f64, f64) -> bool| Some(f(x?, y?));
    match r.id {
        "compute" => vec![
            ("bare >= 300 M instr/s".to_string(), b.map(|b| b >= 300.0)),
            ("virt >= 0.9 x bare".to_string(), both(v, b, |v, b| v >= 0.9 * b)),
        ],
        "tlb_churn" => vec![
            ("bare >= 3 x QEMU".to_string(), both(b, q, |b, q| b >= 3.0 * q)),
            ("virt >= 1 x QEMU".to_string(), both(v, q, |v, q| v >= q)),
        ],
        "linux" => vec![
            ("bare <= QEMU".to_string(), both(b, q, |b, q| b <= q)),
            ("virt <= 2 x QEMU".to_string(), both(v, q, |v, q| v <= 2.0 * q)),
        ],
        "startup" => vec![
            ("bare < 10 ms".to_string(), b.map(|b| b < 10.0)),
            ("virt < 10 ms".to_string(), v.map(|v| v < 10.0)),
        ],
        "rss_4g" => {
            let small = rows.iter().find(|r| r.id == "rss_128m");
            let (sb, sv) = (small.and_then(|s| s.bare.value()), small.and_then(|s| s.virt.value()));
            vec![
                (format!("bare <= 128M's + {RSS_SLACK_MIB} MiB"), both(b, sb, |l, s| l <= s + RSS_SLACK_MIB)),
                (format!("virt <= 128M's + {RSS_SLACK_MIB} MiB"), both(v, sv, |l, s| l <= s + RSS_SLACK_MIB)),
            ]
        }
        _ => Vec::new(),
    }
}

/// How much more a 4 GiB guest may cost than a 128 MiB one running the same program: the pages
/// touched are the same, so only bookkeeping that grows with the RAM size would show.
const RSS_SLACK_MIB: f64 = 4.0;

/// What the run was.
pub(crate) struct Header {
    pub repeat: u32,
    pub quick: bool,
    pub host: String,
    pub qemu: Option<String>,
    pub kernel: Option<String>,
    pub counts: Counts,
    pub clock: Clock,
}

/// The host: the CPU model (/proc/cpuinfo) and the number of CPUs this process may use.
pub(crate) fn host() -> String {
    let model = std::fs::read_to_string("/proc/cpuinfo").ok().and_then(|t| {
        t.lines().find_map(|l| {
            l.strip_prefix("model name").and_then(|r| r.split_once(':')).map(|(_, m)| m.trim().to_string())
        })
    });
    let cpus = std::thread::available_parallelism().map_or(0, std::num::NonZero::get);
    format!("{}, {cpus} CPUs", model.unwrap_or_else(|| "unknown CPU".to_string()))
}

fn verdict(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "yes",
        Some(false) => "NO",
        None => "?",
    }
}

/// The Markdown table, with what was measured and how above it.
pub(crate) fn table(h: &Header, rows: &[Row]) -> String {
    let c = &h.counts;
    let mut s = format!(
        "tlbvisor bench{}: each figure is the best of {} run{} (the shortest time), in {}\n\
         host: {}; QEMU: {}; kernel: {}\n\
         loops: rate = (work of the long run - work of the short run) / (time difference), so start-up \
         drops out; tlbvisor timed around Session::run, QEMU as a process; iterations: compute {}/{} \
         (QEMU {}/{}), TLB churn {}/{} (QEMU {}/{})\n\
         Linux, start-up: whole processes (`tlbvisor run`, qemu-system-ppc; start-up in wall-clock time); peak RSS: VmHWM \
         of a fresh process running the small program\n\n",
        if h.quick { " --quick" } else { "" },
        h.repeat,
        if h.repeat == 1 { "" } else { "s" },
        clock_text(h.clock),
        h.host,
        h.qemu.as_deref().unwrap_or("none"),
        h.kernel.as_deref().unwrap_or("none"),
        c.compute.0,
        c.compute.1,
        c.compute_qemu.0,
        c.compute_qemu.1,
        c.churn.0,
        c.churn.1,
        c.churn_qemu.0,
        c.churn_qemu.1,
    );
    s.push_str("| workload | unit | tlbvisor bare | tlbvisor virt | QEMU | bare/QEMU | virt/QEMU | virt/bare | goals met? |\n");
    s.push_str("|---|---|---|---|---|---|---|---|---|\n");
    for (i, r) in rows.iter().enumerate() {
        let ratios: Vec<String> = r
            .ratios()
            .iter()
            .map(|(_, x)| x.map_or_else(|| "-".to_string(), |x| format!("{}x", number(x))))
            .collect();
        let goals: Vec<String> =
            goals(rows, i).iter().map(|(g, met)| format!("{g}: {}", verdict(*met))).collect();
        s.push_str(&format!(
            "| {} | {} | {} | {} | {} | {} | {} | {} | {} |\n",
            r.title,
            r.unit,
            r.bare.text(),
            r.virt.text(),
            r.qemu.text(),
            ratios[0],
            ratios[1],
            ratios[2],
            goals.join("; ")
        ));
    }
    s
}

fn clock_text(clock: Clock) -> &'static str {
    match clock {
        Clock::Wall => "wall-clock time",
        Clock::Cpu => {
            "CPU time (tlbvisor's loops: this thread's; processes: user + system of all their threads, \
             in clock ticks)"
        }
    }
}

/// The same as one JSON object.
pub(crate) fn json(h: &Header, rows: &[Row]) -> String {
    let c = &h.counts;
    let rows: Vec<Value> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let ratios: serde_json::Map<String, Value> =
                r.ratios().iter().map(|(k, v)| ((*k).to_string(), json!(v))).collect();
            let goals: Vec<Value> =
                goals(rows, i).into_iter().map(|(g, met)| json!({ "goal": g, "met": met })).collect();
            json!({
                "id": r.id, "workload": r.title, "unit": r.unit,
                "bare": r.bare.json(), "virt": r.virt.json(), "qemu": r.qemu.json(),
                "ratios": ratios, "goals": goals,
            })
        })
        .collect();
    let v = json!({
        "best_of": h.repeat,
        "clock": match h.clock { Clock::Wall => "wall", Clock::Cpu => "cpu" },
        "quick": h.quick,
        "host": h.host,
        "qemu": h.qemu,
        "kernel": h.kernel,
        "iterations": {
            "compute": [c.compute.0, c.compute.1], "compute_qemu": [c.compute_qemu.0, c.compute_qemu.1],
            "tlb_churn": [c.churn.0, c.churn.1], "tlb_churn_qemu": [c.churn_qemu.0, c.churn_qemu.1],
        },
        "rows": rows,
    });
    format!("{v}\n")
}
