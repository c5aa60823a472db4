//! `tlbvisor bench`: the speed of tlbvisor, bare and virtualized, beside QEMU 7.2's `ppce500` on
//! the same programs and the same kernel, in one run (README "Measuring speed").
//!
//! * The loops of `benches/programs/` (the compute loop and the TLB churn, docs/qemu-ppce500.md
//!   "Speed of QEMU 7.2 on this machine"), each run at two iteration counts: the rate is the
//!   difference in work over the difference in time, so the start-up (building the machine, QEMU's
//!   process) drops out. tlbvisor is timed in this process around `Session::run`, QEMU as a whole
//!   process (the programs power the machine off, so QEMU exits by itself).
//! * The project's Linux guest (tools/guests/build-linux.sh) from power-on to power-off, every
//!   one of the three as a whole process.
//! * The start-up of a small program, as a whole `tlbvisor run` process.
//! * The peak resident memory of a run with `--ram 4G` against one with `--ram 128M`.
//!
//! Each figure is the best of `--repeat` runs (the shortest time), in wall-clock time or, with
//! `--clock cpu`, CPU time.

mod measure;
mod report;

use std::path::PathBuf;

use measure::{Clock, Measurer, Workload};
use report::{Cell, Row};

/// The options of `tlbvisor bench`.
#[derive(clap::Args, Clone, Debug)]
pub struct BenchArgs {
    /// Runs of each measurement; the best (shortest time) is reported [default: 3; 1 with
    /// --quick].
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=100))]
    repeat: Option<u32>,
    /// A short run: smaller iteration counts (noisier figures), one run of each unless --repeat.
    #[arg(long)]
    quick: bool,
    /// Print the results as one JSON object instead of the table.
    #[arg(long)]
    json: bool,
    /// The Linux guest's vmlinux [default: $TLBVISOR_LINUX_GUEST, else the e500v2 build of
    /// tools/guests/build-linux.sh in its cache].
    #[arg(long, value_name = "VMLINUX")]
    kernel: Option<PathBuf>,
    /// The QEMU to compare with [default: qemu-system-ppc from PATH].
    #[arg(long, value_name = "BINARY", conflicts_with = "no_qemu")]
    qemu: Option<PathBuf>,
    /// What a time is: wall-clock time, or CPU time (user + system; steadier on a loaded
    /// machine). Start-up is always wall-clock time.
    #[arg(long, value_enum, default_value = "wall")]
    clock: Clock,
    /// Leave QEMU out (its cells say so).
    #[arg(long)]
    no_qemu: bool,
    /// Internal: run the small program with this much RAM and print this process's peak resident
    /// memory (VmHWM, kB): how `bench` measures the memory of a run in a fresh process.
    #[arg(long, hide = true, value_name = "RAM", value_parser = tlbvisor::session::parse_size)]
    probe_rss: Option<u64>,
    /// Internal: with --probe-rss, run under the hypervisor.
    #[arg(long, hide = true, requires = "probe_rss")]
    probe_virt: bool,
}

/// Iteration counts: (short run, long run) of each loop, for tlbvisor and for QEMU (QEMU's compute
/// loop is fast enough to need many more to be timed well).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Counts {
    pub compute: (u64, u64),
    pub compute_qemu: (u64, u64),
    pub churn: (u64, u64),
    pub churn_qemu: (u64, u64),
}

/// The full run's counts. The churn loop maps EA 0x01000000 + 4 KiB·i, which must stay below
/// CCSR's EA (0xE0000000) and not wrap onto the program: at most 913407 iterations; the first
/// 12288 (EAs inside the boot entry's 64 MiB) are in both counts, so they cancel.
const FULL: Counts = Counts {
    compute: (1_000_000, 25_000_000),
    compute_qemu: (10_000_000, 500_000_000),
    churn: (50_000, 850_000),
    churn_qemu: (50_000, 850_000),
};

/// `--quick`'s counts: the long runs still take a few tenths of a second more than the short ones,
/// well above the noise of a process start (QEMU's varies by tens of milliseconds on a busy host).
const QUICK: Counts = Counts {
    compute: (100_000, 5_000_000),
    compute_qemu: (1_000_000, 300_000_000),
    churn: (20_000, 300_000),
    churn_qemu: (20_000, 600_000),
};

/// Runs `tlbvisor bench`: the text (table or JSON) to print.
///
/// # Errors
/// Bad options (a `--kernel` that is not an ELF file, a `--qemu` that does not run or is not
/// QEMU) or a failure to set up the scratch folder: the message (exit status 2).
pub fn run(args: &BenchArgs) -> Result<String, String> {
    if let Some(ram) = args.probe_rss {
        return measure::probe_rss(ram, args.probe_virt).map(|kb| format!("{kb}\n"));
    }
    if let Some(k) = &args.kernel {
        measure::vmlinux(k).map_err(|why| format!("--kernel {}: {why}", k.display()))?;
    }
    let qemu = if args.no_qemu {
        measure::Qemu::Skipped("left out (--no-qemu)".to_string())
    } else {
        measure::Qemu::find(args.qemu.as_deref())?
    };
    let repeat = args.repeat.unwrap_or(if args.quick { 1 } else { 3 });
    let counts = if args.quick { QUICK } else { FULL };
    let kernel = measure::find_kernel(args.kernel.as_deref());
    let m = Measurer::new(qemu, repeat, counts, args.clock)?;

    let mut rows = Vec::new();
    for w in [Workload::Compute, Workload::Churn] {
        rows.push(Row::new(w.id(), w.title(), w.unit(), m.rates(w)));
    }
    let linux = match &kernel {
        Ok(path) => m.linux(path),
        Err(why) => Cell::all_missing(why),
    };
    rows.push(Row::new("linux", "Linux 6.1 guest, power-on to power-off (process)", "s", linux));
    rows.push(Row::new("startup", "start-up: a small program, whole `run` process", "ms", m.startup()));
    let (small, large) = m.memory();
    rows.push(Row::new("rss_128m", "peak RSS of that run, --ram 128M", "MiB", small));
    rows.push(Row::new("rss_4g", "peak RSS of that run, --ram 4G", "MiB", large));

    let header = report::Header {
        repeat,
        quick: args.quick,
        host: report::host(),
        qemu: m.qemu_version(),
        kernel: kernel.ok().map(|p| p.display().to_string()),
        counts,
        clock: args.clock,
    };
    Ok(if args.json { report::json(&header, &rows) } else { report::table(&header, &rows) })
}
