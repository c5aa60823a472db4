//! The measurements of `tlbvisor bench`: tlbvisor in this process or as a `tlbvisor run` process,
//! QEMU as a process, each the best of `repeat` runs.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use tlbvisor::asm::Assembler;
use tlbvisor::image::Image;
use tlbvisor::session::{Config, HvConfig, Mode, Session, Stop};

use super::Counts;
use super::report::{Cell, Figures};

/// A guest-instruction budget no measured loop comes near (the long compute run is ~100 M).
const LOOP_BUDGET: u64 = 20_000_000_000;
/// The budget of a Linux boot under `tlbvisor run` (the e500v2 guest powers off after ~65 M
/// instructions; tests/real_guests.rs uses the same).
const LINUX_BUDGET: &str = "2000000000";
/// How long a loop program may run on QEMU before it counts as hung.
const LOOP_TIMEOUT: Duration = Duration::from_secs(120);
/// How long a Linux boot may take.
const LINUX_TIMEOUT: Duration = Duration::from_secs(600);
/// What Linux prints when it powers the machine off (kernel/reboot.c, `kernel_power_off`).
const LINUX_POWER_DOWN: &str = "reboot: Power down";
/// The e500v2 Linux guest's build command (docs/linux-guest.md).
const BUILD_LINUX: &str = "tools/guests/build-linux.sh";

/// What a time is: wall-clock time, or CPU time (steadier on a loaded machine: another program
/// taking the CPU away does not count).
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Clock {
    /// Elapsed real time.
    Wall,
    /// CPU time: this thread's for the runs in this process (`CLOCK_THREAD_CPUTIME_ID`), user +
    /// system time of the process for the runs in another (its threads together, from the
    /// `cutime`/`cstime` of /proc/self/stat once it is reaped, in clock ticks).
    Cpu,
}

/// This thread's CPU time in seconds.
fn thread_cpu_seconds() -> f64 {
    let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

/// The CPU time (user + system, seconds) of this process's children that have been reaped:
/// fields 16 and 17 of /proc/self/stat (proc(5)), counted after the command name, which is in
/// parentheses and may hold blanks.
fn children_cpu_seconds() -> Result<f64, String> {
    let stat = std::fs::read_to_string("/proc/self/stat").map_err(|e| format!("/proc/self/stat: {e}"))?;
    let after = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    // After the name come field 3 (state) onwards: cutime is field 16, cstime 17.
    let fields: Vec<&str> = after.split_whitespace().collect();
    let tick = |i: usize| fields.get(i - 3).and_then(|f| f.parse::<u64>().ok());
    match (tick(16), tick(17)) {
        (Some(u), Some(s)) => Ok((u + s) as f64 / rustix::param::clock_ticks_per_second() as f64),
        _ => Err("/proc/self/stat: no cutime/cstime fields".to_string()),
    }
}

/// The two loops of `benches/programs/`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Workload {
    /// `add; rlwinm; cmpw; bdnz`: guest instructions per second.
    Compute,
    /// A TLB0 rewrite and a load through it: iterations per second.
    Churn,
}

impl Workload {
    pub(crate) const fn id(self) -> &'static str {
        match self {
            Workload::Compute => "compute",
            Workload::Churn => "tlb_churn",
        }
    }

    pub(crate) const fn title(self) -> &'static str {
        match self {
            Workload::Compute => "compute loop (add; rlwinm; cmpw; bdnz)",
            Workload::Churn => "TLB churn (tlbwe + lwz, 8 instructions/iteration)",
        }
    }

    pub(crate) const fn unit(self) -> &'static str {
        match self {
            Workload::Compute => "M instr/s",
            Workload::Churn => "M iter/s",
        }
    }

    /// The program text (the same text is assembled for tlbvisor and for QEMU), built into the
    /// binary: its `.include` of the shared power-off tail is resolved here, so the bench needs
    /// no source tree.
    fn source(self) -> String {
        let text = match self {
            Workload::Compute => include_str!("../../benches/programs/compute.s"),
            Workload::Churn => include_str!("../../benches/programs/tlb_churn.s"),
        };
        text.replace(".include \"poweroff.inc\"", include_str!("../../benches/programs/poweroff.inc"))
    }

    /// Guest instructions per iteration of the loop (the programs' headers).
    const fn per_iteration(self) -> u64 {
        match self {
            Workload::Compute => 4,
            Workload::Churn => 8,
        }
    }

    /// The work `iterations` iterations count for in this workload's unit.
    const fn work(self, iterations: u64) -> u64 {
        match self {
            Workload::Compute => iterations * self.per_iteration(),
            Workload::Churn => iterations,
        }
    }

    /// The (short, long) iteration counts for tlbvisor or for QEMU.
    const fn counts(self, c: &Counts, qemu: bool) -> (u64, u64) {
        match (self, qemu) {
            (Workload::Compute, false) => c.compute,
            (Workload::Compute, true) => c.compute_qemu,
            (Workload::Churn, false) => c.churn,
            (Workload::Churn, true) => c.churn_qemu,
        }
    }
}

/// The loop program assembled by the project's assembler, run `iterations` times.
fn assemble(w: Workload, iterations: u64) -> Result<Image, String> {
    let iter = i64::try_from(iterations).map_err(|_| format!("{iterations} iterations: too many"))?;
    Assembler::new()
        .defsym("ITER", iter)
        .assemble_str(&format!("benches/programs/{}.s", w.id()), &w.source())
        .map(|a| a.image)
        .map_err(|e| e.to_string())
}

/// The QEMU to compare with, or why there is none.
pub(crate) enum Qemu {
    Found { bin: PathBuf, version: String },
    Skipped(String),
}

impl Qemu {
    /// `given` (`--qemu`), else `qemu-system-ppc` from PATH. A named binary that does not run or
    /// is not QEMU (its `--version` does not start with QEMU's `QEMU emulator version`) is an
    /// error; a missing or unusable default only empties QEMU's cells, saying why.
    pub(crate) fn find(given: Option<&Path>) -> Result<Qemu, String> {
        let bin = given.map_or_else(|| PathBuf::from("qemu-system-ppc"), Path::to_path_buf);
        let out = Command::new(&bin).arg("--version").stdin(Stdio::null()).output();
        let problem = match out {
            Ok(o) if o.status.success() => {
                let text = String::from_utf8_lossy(&o.stdout);
                let version = text.lines().next().unwrap_or("").trim().to_string();
                if version.starts_with("QEMU emulator version") {
                    return Ok(Qemu::Found { bin, version });
                }
                match version.as_str() {
                    "" => format!("`{} --version` printed no version", bin.display()),
                    v => format!("`{} --version` printed `{v}`, not a QEMU version", bin.display()),
                }
            }
            Ok(o) => format!("`{} --version` failed ({})", bin.display(), o.status),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && given.is_none() => {
                return Ok(Qemu::Skipped("qemu-system-ppc not installed".to_string()));
            }
            Err(e) => format!("cannot run {}: {e}", bin.display()),
        };
        match given {
            Some(b) => Err(format!("--qemu {}: {problem} (expected a qemu-system-ppc)", b.display())),
            None => Ok(Qemu::Skipped(problem)),
        }
    }
}

/// Whether the file at `path` can be the Linux guest: a file, and an ELF one (recognised by its
/// magic, as `run` recognises a program); `Err` says what it is not.
pub(crate) fn vmlinux(path: &Path) -> Result<(), &'static str> {
    if !path.is_file() {
        return Err("not a file (expected a vmlinux)");
    }
    let mut magic = [0u8; 4];
    let elf =
        std::fs::File::open(path).and_then(|mut f| std::io::Read::read_exact(&mut f, &mut magic)).is_ok()
            && tlbvisor::program::kind_of(path, &magic) == tlbvisor::program::ProgramKind::Elf;
    if elf { Ok(()) } else { Err("not an ELF file (expected a vmlinux)") }
}

/// The e500v2 Linux guest: `given` (`--kernel`, already checked by [`vmlinux`]), else
/// `$TLBVISOR_LINUX_GUEST` (checked the same way), else the up-to-date build in
/// build-linux.sh's cache (the script is asked with `--if-built`, which builds nothing). `Err`
/// says why there is none.
pub(crate) fn find_kernel(given: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    if let Some(p) = std::env::var_os("TLBVISOR_LINUX_GUEST").filter(|v| !v.is_empty()) {
        let p = PathBuf::from(p);
        return match vmlinux(&p) {
            Ok(()) => Ok(p),
            Err(why) => Err(format!("TLBVISOR_LINUX_GUEST={}: {why}", p.display())),
        };
    }
    let not_built = format!("kernel not built: run {BUILD_LINUX} e500v2 (or give --kernel)");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join(BUILD_LINUX);
    if !script.is_file() {
        return Err(not_built);
    }
    let out = Command::new(&script)
        .args(["--if-built", "e500v2"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .output()
        .map_err(|e| format!("{}: cannot run: {e}", script.display()))?;
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if out.status.success() && path.is_file() { Ok(path) } else { Err(not_built) }
}

/// A scratch folder for the assembled ELF files and the processes' output, removed at the end.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the measurements.
pub(crate) struct Measurer {
    qemu: Qemu,
    repeat: u32,
    counts: Counts,
    clock: Clock,
    scratch: Scratch,
    /// This program, run as `tlbvisor run` for the whole-process figures.
    exe: Result<PathBuf, String>,
}

/// The smallest of `repeat` results of `f` (the first error ends it).
fn best(repeat: u32, mut f: impl FnMut() -> Result<f64, String>) -> Result<f64, String> {
    let mut min = f64::INFINITY;
    for _ in 0..repeat {
        min = min.min(f()?);
    }
    Ok(min)
}

/// Millions of units per second from the work and time differences of two runs.
fn rate(work: u64, t_short: f64, t_long: f64) -> Result<f64, String> {
    let dt = t_long - t_short;
    if dt > 0.0 {
        Ok(work as f64 / dt / 1e6)
    } else {
        Err(format!(
            "no time difference between the short run ({t_short:.4} s) and the long one \
             ({t_long:.4} s): too noisy, try --repeat"
        ))
    }
}

/// Runs `cmd` to its end and returns its time in seconds (as `clock` counts it) and its exit
/// status; a run longer than `timeout` (wall clock) is killed and is an error.
fn timed(cmd: &mut Command, clock: Clock, timeout: Duration) -> Result<(f64, ExitStatus), String> {
    let cpu_before = if clock == Clock::Cpu { children_cpu_seconds()? } else { 0.0 };
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    loop {
        if let Some(status) = child.try_wait().map_err(|e| format!("waiting for a process: {e}"))? {
            let secs = match clock {
                Clock::Wall => start.elapsed().as_secs_f64(),
                Clock::Cpu => children_cpu_seconds()? - cpu_before,
            };
            return Ok((secs, status));
        }
        if start.elapsed() > timeout {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("no end after {} s (killed)", timeout.as_secs()));
        }
        std::thread::sleep(Duration::from_micros(200));
    }
}

/// A file for a process's output.
fn create(path: &Path) -> Result<std::fs::File, String> {
    std::fs::File::create(path).map_err(|e| format!("{}: cannot create: {e}", path.display()))
}

/// The first line of a file a process wrote its errors to, for a cell that says why it failed.
fn first_line(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim().to_string()
}

impl Measurer {
    pub(crate) fn new(qemu: Qemu, repeat: u32, counts: Counts, clock: Clock) -> Result<Measurer, String> {
        let dir = std::env::temp_dir().join(format!("tlbvisor-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: cannot create: {e}", dir.display()))?;
        let exe = std::env::current_exe().map_err(|e| format!("cannot find the tlbvisor binary: {e}"));
        Ok(Measurer { qemu, repeat, counts, clock, scratch: Scratch(dir), exe })
    }

    pub(crate) fn qemu_version(&self) -> Option<String> {
        match &self.qemu {
            Qemu::Found { version, .. } => Some(version.clone()),
            Qemu::Skipped(_) => None,
        }
    }

    /// The QEMU binary, or why there is none (the reason fills QEMU's cells).
    fn qemu_bin(&self) -> Result<&Path, String> {
        match &self.qemu {
            Qemu::Found { bin, .. } => Ok(bin),
            Qemu::Skipped(why) => Err(why.clone()),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.scratch.0.join(name)
    }

    /// Writes the loop program as an ELF file (for QEMU's `-kernel` and `tlbvisor run`).
    fn elf(&self, w: Workload, iterations: u64) -> Result<PathBuf, String> {
        let path = self.path(&format!("{}-{iterations}.elf", w.id()));
        let bytes = assemble(w, iterations)?.to_elf();
        std::fs::write(&path, bytes).map_err(|e| format!("{}: cannot write: {e}", path.display()))?;
        Ok(path)
    }

    /// The rates of a loop: tlbvisor bare, tlbvisor virt, QEMU.
    pub(crate) fn rates(&self, w: Workload) -> Figures {
        (
            self.tlbvisor_rate(w, Mode::Bare).into(),
            self.tlbvisor_rate(w, Mode::Virt).into(),
            self.qemu_rate(w).into(),
        )
    }

    /// The loop at its two counts in this process, timed around `Session::run` only.
    fn tlbvisor_rate(&self, w: Workload, mode: Mode) -> Result<f64, String> {
        let (short, long) = w.counts(&self.counts, false);
        // One count: the best time, and the guest instructions the run counted.
        let run = |n: u64| -> Result<(f64, u64), String> {
            let image = assemble(w, n)?;
            let mut instructions = 0;
            let t = best(self.repeat, || {
                let config = Config { mode, max_insns: LOOP_BUDGET, ..Config::default() };
                let mut s = Session::from_image(image.clone())
                    .machine_config(config, HvConfig::default())
                    .build()
                    .map_err(|e| e.to_string())?;
                let (start, cpu_start) = (Instant::now(), thread_cpu_seconds());
                let stop = s.run();
                let secs = match self.clock {
                    Clock::Wall => start.elapsed().as_secs_f64(),
                    Clock::Cpu => thread_cpu_seconds() - cpu_start,
                };
                if stop != Stop::Poweroff {
                    return Err(format!("the loop ended with {stop:?} instead of powering off"));
                }
                instructions = s.instructions();
                Ok(secs)
            })?;
            Ok((t, instructions))
        };
        let ((t_short, i_short), (t_long, i_long)) = (run(short)?, run(long)?);
        // The instruction count the rate relies on, checked against the program's own.
        let want = w.per_iteration() * (long - short);
        if i_long.checked_sub(i_short) != Some(want) {
            return Err(format!("counted {i_short} then {i_long} instructions, expected {want} more"));
        }
        rate(w.work(long - short), t_short, t_long)
    }

    /// The QEMU command that runs a small program from `-kernel` until it powers off.
    fn qemu_program(bin: &Path, elf: &Path, out: &Path) -> Result<Command, String> {
        let stderr = create(out)?;
        let mut cmd = Command::new(bin);
        cmd.args(["-M", "ppce500", "-cpu", "e500v2", "-m", "128M", "-smp", "1", "-accel", "tcg"])
            .args(["-nodefaults", "-no-user-config", "-display", "none", "-serial", "null", "-kernel"])
            .arg(elf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr);
        Ok(cmd)
    }

    /// One QEMU run of a program that powers off: its time.
    fn qemu_seconds(&self, bin: &Path, elf: &Path, clock: Clock) -> Result<f64, String> {
        let err = self.path("qemu.stderr");
        let (secs, status) = timed(&mut Self::qemu_program(bin, elf, &err)?, clock, LOOP_TIMEOUT)?;
        if status.success() { Ok(secs) } else { Err(format!("QEMU failed ({status}): {}", first_line(&err))) }
    }

    /// The loop at its two counts on QEMU, each a whole process.
    fn qemu_rate(&self, w: Workload) -> Result<f64, String> {
        let bin = self.qemu_bin()?;
        let (short, long) = w.counts(&self.counts, true);
        let (e_short, e_long) = (self.elf(w, short)?, self.elf(w, long)?);
        let t_short = best(self.repeat, || self.qemu_seconds(bin, &e_short, self.clock))?;
        let t_long = best(self.repeat, || self.qemu_seconds(bin, &e_long, self.clock))?;
        rate(w.work(long - short), t_short, t_long)
    }

    /// `tlbvisor run ARGS` as a process: its time; `check` judges its standard output.
    fn tlbvisor_seconds(
        &self,
        args: &[&str],
        clock: Clock,
        check: impl Fn(&[u8]) -> Result<(), String>,
    ) -> Result<f64, String> {
        let exe = self.exe.as_ref().map_err(Clone::clone)?;
        let (out, err) = (self.path("run.stdout"), self.path("run.stderr"));
        let mut cmd = Command::new(exe);
        cmd.arg("run").args(args).stdin(Stdio::null()).stdout(create(&out)?).stderr(create(&err)?);
        let (secs, status) = timed(&mut cmd, clock, LINUX_TIMEOUT)?;
        if !status.success() {
            return Err(format!("tlbvisor run failed ({status}): {}", first_line(&err)));
        }
        check(&std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))?)?;
        Ok(secs)
    }

    /// The Linux guest from power-on to power-off: bare, virt, QEMU, each a whole process.
    pub(crate) fn linux(&self, kernel: &Path) -> Figures {
        let k = kernel.display().to_string();
        let powered_off = |out: &[u8]| {
            let json: serde_json::Value =
                serde_json::from_slice(out).map_err(|e| format!("tlbvisor run --json: {e}"))?;
            match json["status"].as_str() {
                Some("poweroff") => Ok(()),
                other => Err(format!("the guest ended with {other:?}, not a power-off")),
            }
        };
        let run = |mode: &str| {
            let args = ["--max-insns", LINUX_BUDGET, "--json", "--mode", mode, k.as_str()];
            Cell::from(best(self.repeat, || self.tlbvisor_seconds(&args, self.clock, powered_off)))
        };
        let (bare, virt) = (run("bare"), run("virt"));
        let qemu = self.qemu_bin().and_then(|bin| best(self.repeat, || self.qemu_linux(bin, kernel)));
        (bare, virt, qemu.into())
    }

    /// One boot of the kernel on QEMU (as tools/guests/record_qemu.py runs it), to its power-off.
    fn qemu_linux(&self, bin: &Path, kernel: &Path) -> Result<f64, String> {
        let (out, err) = (self.path("qemu-linux.stdout"), self.path("qemu-linux.stderr"));
        let mut cmd = Command::new(bin);
        cmd.args(["-M", "ppce500", "-cpu", "e500v2", "-m", "128", "-nographic", "-monitor", "none"])
            .args(["-serial", "stdio", "-nic", "none", "-kernel"])
            .arg(kernel)
            .stdin(Stdio::null())
            .stdout(create(&out)?)
            .stderr(create(&err)?);
        let (secs, status) = timed(&mut cmd, self.clock, LINUX_TIMEOUT)?;
        if !status.success() {
            return Err(format!("QEMU failed ({status}): {}", first_line(&err)));
        }
        let console = std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        if String::from_utf8_lossy(&console).contains(LINUX_POWER_DOWN) {
            Ok(secs)
        } else {
            Err(format!("QEMU exited without the guest's {LINUX_POWER_DOWN:?}"))
        }
    }

    /// A small program (the compute loop once) as a whole process, in milliseconds of wall-clock
    /// time whatever the clock (CPU time comes in 10 ms ticks): `tlbvisor run` bare and virt, and
    /// QEMU.
    pub(crate) fn startup(&self) -> Figures {
        let elf = match self.elf(Workload::Compute, 1) {
            Ok(e) => e,
            Err(why) => return Cell::all_missing(&why),
        };
        let e = elf.display().to_string();
        let ms = |r: Result<f64, String>| Cell::from(r.map(|s| s * 1e3));
        let run = |mode: &str| {
            ms(best(self.repeat, || {
                self.tlbvisor_seconds(&["--mode", mode, e.as_str()], Clock::Wall, |_| Ok(()))
            }))
        };
        let (bare, virt) = (run("bare"), run("virt"));
        let qemu =
            self.qemu_bin().and_then(|bin| best(self.repeat, || self.qemu_seconds(bin, &elf, Clock::Wall)));
        (bare, virt, ms(qemu))
    }

    /// The peak resident memory (MiB) of the small program's run with 128 MiB and with 4 GiB of
    /// guest RAM, bare and virt, each in a fresh process (`bench --probe-rss`).
    pub(crate) fn memory(&self) -> (Figures, Figures) {
        let probe = |ram: &str, virt: bool| -> Result<f64, String> {
            let exe = self.exe.as_ref().map_err(Clone::clone)?;
            let mut cmd = Command::new(exe);
            cmd.args(["bench", "--probe-rss", ram]).stdin(Stdio::null());
            if virt {
                cmd.arg("--probe-virt");
            }
            let out = cmd.output().map_err(|e| format!("cannot run {}: {e}", exe.display()))?;
            let text = String::from_utf8_lossy(&out.stdout);
            match text.trim().parse::<u64>() {
                Ok(kb) if out.status.success() => Ok(kb as f64 / 1024.0),
                _ => Err(format!(
                    "the probe failed ({}): {}",
                    out.status,
                    String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("")
                )),
            }
        };
        let qemu = || Cell::missing("not measured (QEMU cannot report its own peak RSS as the probe does)");
        let row = |ram: &str| -> Figures {
            let smallest = |virt| best(self.repeat, || probe(ram, virt));
            (smallest(false).into(), smallest(true).into(), qemu())
        };
        (row("128M"), row("4G"))
    }
}

/// `bench --probe-rss RAM`: runs the small program with that much guest RAM and returns this
/// process's peak resident memory in kB (`VmHWM` of /proc/self/status).
pub(crate) fn probe_rss(ram: u64, virt: bool) -> Result<u64, String> {
    let image = assemble(Workload::Compute, 1)?;
    let mode = if virt { Mode::Virt } else { Mode::Bare };
    let config = Config { mode, ram, ..Config::default() };
    let mut s = Session::from_image(image)
        .machine_config(config, HvConfig::default())
        .build()
        .map_err(|e| format!("--probe-rss: {e}"))?;
    let stop = s.run();
    if stop != Stop::Poweroff {
        return Err(format!("--probe-rss: the program ended with {stop:?} instead of powering off"));
    }
    let status = std::fs::read_to_string("/proc/self/status")
        .map_err(|e| format!("/proc/self/status: cannot read: {e}"))?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .ok_or_else(|| "/proc/self/status: no VmHWM line".to_string())
}
