//! The `tlbvisor` command line.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod bench;

use tlbvisor::program::{self, ProgramOptions};
use tlbvisor::session::{self, CpuModel, Hpa, Profile, Session, SessionBuilder, Status};

#[derive(Parser)]
#[command(
    name = "tlbvisor",
    version,
    about = "Emulate a Freescale e500 core and virtualize its software TLB"
)]
struct Cli {
    /// Trace level for stderr (error, warn, info, debug, trace) or a filter such as
    /// `tlbvisor::hv=trace`; `RUST_LOG` wins when set.
    #[arg(long, global = true, value_name = "LEVEL", value_parser = parse_log_filter)]
    log: Option<String>,
    #[command(subcommand)]
    command: Command,
}

/// Options shared by every command that reads a program.
#[derive(clap::Args, Clone, Debug)]
struct ProgramArgs {
    /// Load address of a flat binary or of assembled source (default 0x10000; a multiple of 4).
    #[arg(long, value_parser = parse_base)]
    base: Option<u32>,
    /// Folder searched by `.include` and `.incbin` (after the current folder, as GNU as searches;
    /// the including file's folder comes last)
    #[arg(short = 'I', value_name = "DIR")]
    include: Vec<PathBuf>,
    /// Defines a symbol for the assembler: NAME=VALUE.
    #[arg(long, value_name = "NAME=VALUE", value_parser = tlbvisor::asm::parse_defsym)]
    defsym: Vec<(String, i64)>,
}

impl ProgramArgs {
    fn options(&self, format: Option<InputFormat>) -> ProgramOptions {
        ProgramOptions {
            base: self.base,
            include_dirs: self.include.clone(),
            defsyms: self.defsym.clone(),
            format: format.map(InputFormat::kind),
        }
    }
}

/// What PROGRAM holds, when it is not to be recognised (`--format`).
#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// An ELF executable.
    Elf,
    /// A flat binary image, loaded at --base.
    Bin,
    /// GNU-as source.
    Asm,
}

impl InputFormat {
    const fn kind(self) -> program::ProgramKind {
        match self {
            InputFormat::Elf => program::ProgramKind::Elf,
            InputFormat::Bin => program::ProgramKind::Flat,
            InputFormat::Asm => program::ProgramKind::Source,
        }
    }
}

/// The exit statuses of `run` and `explain`, for `--help` (README "Exit status").
const EXIT_HELP: &str = "A run ends at `b .` (a branch to itself) unless a timer interrupt is still to come.\n\n\
    Exit status: 0 halted (b .), poweroff, reset, console (--until-console) or quit (Ctrl-A X); \
    2 bad input, or standard output cannot be written; 3 budget exhausted; 4 checkstop; \
    5 idle (MSR[WE] with no interrupt to come); 6 stalled (interrupts again and again, \
    docs/stall.md); 141 standard output closed by its reader (`| head`).";

/// The exit statuses of `compare`, for `--help` (README "Exit status").
const COMPARE_HELP: &str = "Exit status: 0 the runs agree and ended well (halted, poweroff, reset, console); \
    1 the runs differ (each difference is named); 2 bad input; else the runs agree and the first \
    one's status is that of `run` (3 budget exhausted, 4 checkstop, 5 idle, 6 stalled).";

/// How PROGRAM is recognised, for `--help`.
const PROGRAM_HELP: &str = "The program (PROGRAM is recognised, unless --format says: ELF by its magic; GNU-as \
    source by a .s, .S or .asm name, or by contents that are UTF-8 text with no NUL byte; else a flat \
    binary loaded at --base).";

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum CpuArg {
    E500v2,
    E500mc,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum CompatArg {
    /// The e500 manuals.
    Manual,
    /// QEMU 7.2's ppce500, difference for difference.
    Qemu,
}

/// Options that shape the machine.
#[derive(clap::Args, Clone, Debug)]
struct MachineArgs {
    /// The core model.
    #[arg(long, value_enum, default_value = "e500v2")]
    cpu: CpuArg,
    /// Fidelity profile.
    #[arg(long, value_enum, default_value = "manual")]
    compat: CompatArg,
    /// Guest RAM size (e.g. 128M, 1G): a multiple of 4 KiB, of 64 MiB with --compat qemu.
    #[arg(long, default_value = "128M", value_parser = session::parse_size)]
    ram: u64,
    /// Instruction budget [default: 100000000; none when the console is an interactive
    /// terminal, so a firmware or kernel prompt waits for you].
    #[arg(long, value_name = "N")]
    max_insns: Option<u64>,
    /// Bare (supervisor on the core) or virt (deprivileged under the hypervisor).
    #[arg(long, value_enum, default_value = "bare")]
    mode: ModeArg,
    /// virt: host-physical address of guest RAM, one contiguous block (default 0x1_0000_0000;
    /// within the 36-bit host-physical space).
    #[arg(long, value_parser = parse_hpa, value_name = "HPA", conflicts_with = "backing_fragments")]
    backing: Option<u64>,
    /// virt: scatter guest RAM in host memory in fragments of SIZE (e.g. 4M, 64K).
    #[arg(long, value_parser = session::parse_size, value_name = "SIZE")]
    backing_fragments: Option<u64>,
    /// virt: host TLB1 entries (1..=64; default 16, as the e500v2 has).
    #[arg(long, value_name = "N")]
    host_tlb1: Option<usize>,
    /// virt with several programs: guest steps (instructions and interrupts) each guest runs
    /// before the next one gets the core [default: 100000].
    #[arg(long, value_name = "N")]
    quantum: Option<u64>,
    /// virt with several programs: what a switch between guests does to the host TLB: nothing,
    /// the guest being in every shadow's tag (`tags`), or flush every shadow (`flush`).
    #[arg(long, value_enum, value_name = "HOW")]
    switch: Option<session::SwitchMode>,
    /// virt: offer the guests KVM's paravirtual interface (a `/hypervisor` node in the generated
    /// device tree, hypercalls, the shared magic page; docs/paravirt.md).
    #[arg(long)]
    paravirt: bool,
    /// Pass this device tree blob to the guest instead of the generated one (checked: magic,
    /// sizes).
    #[arg(long, value_name = "FILE")]
    dtb: Option<PathBuf>,
    /// Write the device tree the guest would get (as QEMU's `dumpdtb`: the blob at its declared
    /// size) to FILE, then exit with status 0 without running, as QEMU does.
    #[arg(long, value_name = "FILE")]
    dumpdtb: Option<PathBuf>,
    /// The kernel command line: `/chosen/bootargs` of the generated tree.
    #[arg(long, value_name = "TEXT")]
    append: Option<String>,
    /// Load FILE as the initial RAM disk where QEMU puts it (32 MiB past the program or past
    /// 32 MiB, on a 16 MiB boundary) and name it in `/chosen`.
    #[arg(long, value_name = "FILE")]
    initrd: Option<PathBuf>,
    /// How QEMU would be handed the program: as firmware (`-bios`) or as a kernel (`-kernel`
    /// without `-bios`: the tree's `/chosen` then names its load range in `qemu,boot-kernel`).
    #[arg(long, value_enum, default_value = "firmware")]
    payload: PayloadArg,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum PayloadArg {
    /// As QEMU's `-bios FILE` (U-Boot).
    Firmware,
    /// As QEMU's `-kernel FILE` (a Linux vmlinux, a bare-metal test program).
    Kernel,
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum ModeArg {
    /// The program runs on the core in supervisor state.
    Bare,
    /// The program runs deprivileged under the hypervisor.
    Virt,
}

impl MachineArgs {
    /// The machine's configuration, checked here so that its errors read the same in every
    /// profile; under `--compat qemu`, one QEMU 7.2 would start
    /// ([`session::Config::validate_as_qemu`]).
    fn config(&self) -> Result<session::Config, String> {
        let config = session::Config {
            cpu: match self.cpu {
                CpuArg::E500v2 => CpuModel::E500v2,
                CpuArg::E500mc => CpuModel::E500mc,
            },
            profile: match self.compat {
                CompatArg::Manual => Profile::Manual,
                CompatArg::Qemu => Profile::Qemu,
            },
            ram: self.ram,
            max_insns: self.max_insns.unwrap_or(session::Config::default().max_insns),
            mode: match self.mode {
                ModeArg::Bare => session::Mode::Bare,
                ModeArg::Virt => session::Mode::Virt,
            },
        };
        let checked =
            if config.profile == Profile::Qemu { config.validate_as_qemu() } else { config.validate() };
        checked.map_err(|e| e.to_string())?;
        Ok(config)
    }

    fn boot(&self) -> session::BootOptions {
        session::BootOptions {
            dtb: self.dtb.clone(),
            initrd: self.initrd.clone(),
            append: self.append.clone(),
            payload: match self.payload {
                PayloadArg::Firmware => session::Payload::Firmware,
                PayloadArg::Kernel => session::Payload::Kernel,
            },
            hypervisor_node: self.paravirt,
        }
    }

    /// `--dumpdtb`: writes the tree the machine would pass; `true` when it did (the command
    /// then ends).
    fn dump_dtb(&self, image: &tlbvisor::image::Image, program: &std::path::Path) -> Result<bool, String> {
        let Some(out) = &self.dumpdtb else { return Ok(false) };
        let plan = session::BootPlan::new(image, self.ram, self.config()?.cpu, &self.boot())
            .map_err(|e| format!("{}: {e}", program.display()))?;
        std::fs::write(out, &plan.dtb)
            .map_err(|e| format!("--dumpdtb {}: cannot write: {e}", out.display()))?;
        Ok(true)
    }

    fn hv_config(&self) -> session::HvConfig {
        let backing = match (self.backing, self.backing_fragments) {
            (_, Some(fragment)) => {
                session::BackingLayout::Fragmented { fragment, seed: session::DEFAULT_LAYOUT_SEED }
            }
            (Some(hpa), None) => session::BackingLayout::Contiguous(Hpa::new(hpa)),
            (None, None) => session::BackingLayout::Contiguous(session::DEFAULT_BACKING),
        };
        let default = session::HvConfig::default();
        session::HvConfig { backing, host_tlb1: self.host_tlb1.unwrap_or(default.host_tlb1), ..default }
    }

    /// The options that shape only the hypervisor are an error in bare mode (they would be
    /// ignored).
    fn check_mode(&self) -> Result<(), String> {
        if self.mode == ModeArg::Virt {
            return Ok(());
        }
        let given = [
            ("--backing", self.backing.is_some()),
            ("--backing-fragments", self.backing_fragments.is_some()),
            ("--host-tlb1", self.host_tlb1.is_some()),
            ("--quantum", self.quantum.is_some()),
            ("--switch", self.switch.is_some()),
            ("--paravirt", self.paravirt),
        ];
        match given.iter().find(|(_, g)| *g) {
            Some((opt, _)) => Err(format!("{opt}: only with --mode virt (it shapes the hypervisor's host)")),
            None => Ok(()),
        }
    }
}

/// The console options of `run` (docs/console.md).
#[derive(clap::Args, Clone, Debug)]
struct ConsoleArgs {
    /// Feed TEXT to the console UART's receiver, a byte at a time as the guest reads it
    /// (escapes: \n \r \t \\ \e \xNN; U-Boot runs a command on \r). Without it, and with a
    /// terminal on standard input, keystrokes are fed instead (Ctrl-A X quits, Ctrl-A Ctrl-A
    /// sends Ctrl-A).
    #[arg(long, value_name = "TEXT")]
    console_input: Option<String>,
    /// Hold --console-input back until the console output ends with TEXT (a prompt, e.g. "=> ").
    #[arg(long, value_name = "TEXT", requires = "console_input")]
    console_input_after: Option<String>,
    /// End the run (status `console`, exit 0) once the console output ends with TEXT (same
    /// escapes).
    #[arg(long, value_name = "TEXT")]
    until_console: Option<String>,
    /// With --until-console: end at the Nth time the output ends with TEXT.
    #[arg(long, value_name = "N", default_value_t = 1, requires = "until_console",
          value_parser = clap::value_parser!(u32).range(1..))]
    until_console_count: u32,
}

impl ConsoleArgs {
    /// Sets up the console of a run: scripted input and the `until` text.
    fn apply(&self, b: SessionBuilder) -> Result<SessionBuilder, String> {
        Ok(self.parsed()?.apply(b))
    }

    /// The options with their escapes read, checked.
    fn parsed(&self) -> Result<ConsoleSetup, String> {
        let esc = |opt: &str, t: &str| session::unescape(t).map_err(|e| format!("{opt}: {e}"));
        // A text to wait for must be something the output can end with.
        let nonempty = |opt: &str, t: &str| {
            let bytes = esc(opt, t)?;
            if bytes.is_empty() { Err(format!("{opt}: expected a non-empty text")) } else { Ok(bytes) }
        };
        Ok(ConsoleSetup {
            input: self.console_input.as_deref().map(|t| esc("--console-input", t)).transpose()?,
            input_after: self
                .console_input_after
                .as_deref()
                .map(|t| nonempty("--console-input-after", t))
                .transpose()?,
            until: self
                .until_console
                .as_deref()
                .map(|t| nonempty("--until-console", t))
                .transpose()?
                .map(|t| (t, self.until_console_count)),
        })
    }
}

/// [`ConsoleArgs`] read: what a builder gets (as often as needed).
#[derive(Clone, Debug)]
struct ConsoleSetup {
    input: Option<Vec<u8>>,
    input_after: Option<Vec<u8>>,
    until: Option<(Vec<u8>, u32)>,
}

impl ConsoleSetup {
    fn apply(&self, mut b: SessionBuilder) -> SessionBuilder {
        if let Some(bytes) = &self.input {
            b = b.console_input(bytes);
        }
        if let Some(bytes) = &self.input_after {
            b = b.console_input_after(bytes);
        }
        if let Some((bytes, count)) = &self.until {
            b = b.until_console(bytes, *count);
        }
        b
    }
}

#[derive(Copy, Clone, Debug, PartialEq, Eq, ValueEnum)]
enum OutFormat {
    /// A flat image from the lowest address.
    Bin,
    /// A 32-bit big-endian PowerPC ELF executable.
    Elf,
}

#[derive(Subcommand)]
enum Command {
    /// Assemble GNU-as source into a flat binary or an ELF executable.
    Asm {
        /// The source file.
        program: PathBuf,
        /// Where to write the output; `-` is standard output (the listing then goes to standard
        /// error).
        #[arg(short = 'o', value_name = "OUT")]
        output: PathBuf,
        #[arg(long, value_enum, default_value = "elf")]
        format: OutFormat,
        /// Print a listing (address, bytes, source line) to standard output.
        #[arg(long)]
        listing: bool,
        /// The instruction set, as gas's -me500 / -me500mc: e500mc encodes `+`/`-` branch hints
        /// in the Power ISA 2.x "at" bits. `.machine` in the source overrides it.
        #[arg(long, value_enum, default_value = "e500v2")]
        cpu: CpuArg,
        #[command(flatten)]
        program_args: ProgramArgs,
    },
    /// Run a program (GNU-as source, ELF or flat binary) on the e500 and print its final state.
    ///
    /// The run ends when the program branches to itself (`b .`, with no timer interrupt to
    /// come), at a checkstop, when the budget is spent, when the guest makes no progress, or
    /// when the machine or the console ends it.
    #[command(after_help = EXIT_HELP)]
    Run {
        #[arg(help = PROGRAM_HELP)]
        program: PathBuf,
        /// With --mode virt: more programs, each run as a guest of its own beside the first, on
        /// one core (time slices of --quantum steps, in this order). Each gets the same machine,
        /// boot and console options; the report has one part per guest and one for the host.
        #[arg(value_name = "MORE")]
        more: Vec<PathBuf>,
        /// What PROGRAM holds, instead of recognising it.
        #[arg(long, value_enum, value_name = "KIND")]
        format: Option<InputFormat>,
        #[command(flatten)]
        machine: MachineArgs,
        /// Print the final state as one JSON object.
        #[arg(long)]
        json: bool,
        /// Print a diffable report instead: tlb, regs, events or all (as the library's
        /// `Session::report`).
        #[arg(long, value_name = "KIND", value_parser = parse_report, conflicts_with = "json")]
        report: Option<session::ReportKind>,
        #[command(flatten)]
        console: ConsoleArgs,
        #[command(flatten)]
        program_args: ProgramArgs,
    },
    /// Narrate a run: one short paragraph per trap, TLB write, shadow fill, invalidation,
    /// interrupt and return, with the actual values (bare or virt, to compare the two).
    #[command(after_help = EXIT_HELP)]
    Explain {
        #[arg(help = PROGRAM_HELP)]
        program: PathBuf,
        /// With --mode virt: more programs, each a guest of its own beside the first on one core
        /// (as `run` takes them); --guest picks the one narrated.
        #[arg(value_name = "MORE")]
        more: Vec<PathBuf>,
        /// With several programs: narrate this guest (its position, 0 for the first).
        #[arg(long, value_name = "N", default_value_t = 0)]
        guest: usize,
        /// What PROGRAM holds, instead of recognising it.
        #[arg(long, value_enum, value_name = "KIND")]
        format: Option<InputFormat>,
        #[command(flatten)]
        machine: MachineArgs,
        /// Also narrate every fetch, load and store as its translation chain.
        #[arg(long)]
        accesses: bool,
        /// Start the narrative when the PC first reaches this place: a symbol, SYMBOL+OFFSET (as
        /// the disassembly prints `<_start+0x180>`) or an address.
        #[arg(long, value_name = "SYMBOL[+OFFSET]|ADDR")]
        from: Option<String>,
        /// With --from: start the Nth time the PC reaches that place (default 1, the first).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
        from_hit: Option<u64>,
        /// At most N paragraphs (then a line saying how many more there were).
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// End the run (status `console`, exit 0) once the console output ends with TEXT, as
        /// `run --until-console` does: a long run (a kernel's boot) narrated in part.
        #[arg(long, value_name = "TEXT")]
        until_console: Option<String>,
        /// No ANSI colours (also without a terminal, or with NO_COLOR set).
        #[arg(long)]
        no_color: bool,
        #[command(flatten)]
        program_args: ProgramArgs,
    },
    /// Run one program bare, under trap-and-emulate (--mode virt) and under paravirt (--mode
    /// virt --paravirt), check that they agree, and print them side by side: status,
    /// instructions, exits in all and by kind, guest TLB refills and exits per refill, shadow
    /// fills, wall time.
    ///
    /// The runs agree when each ends the same way with the same console (a paravirt run may add
    /// console lines, never change or lose one) and the bare and trap-and-emulate runs end in
    /// the same guest-visible state (registers, SPRs, guest TLB). A guest TLB refill is a
    /// reflected TLB miss that the guest's handler answers with a `tlbwe` before its `rfi`.
    #[command(after_help = COMPARE_HELP)]
    Compare {
        #[arg(help = PROGRAM_HELP)]
        program: PathBuf,
        /// What PROGRAM holds, instead of recognising it.
        #[arg(long, value_enum, value_name = "KIND")]
        format: Option<InputFormat>,
        /// The runs, in the table's order: two or three of bare, virt, paravirt.
        #[arg(long, value_name = "MODE,MODE[,MODE]", value_delimiter = ',', default_value = "bare,virt,paravirt",
              value_parser = parse_column)]
        modes: Vec<session::Column>,
        #[command(flatten)]
        machine: MachineArgs,
        /// Print the comparison as one JSON object.
        #[arg(long)]
        json: bool,
        /// Leave out the wall-time row (the rest is the same on every run: for diffs and docs).
        #[arg(long)]
        no_time: bool,
        #[command(flatten)]
        console: ConsoleArgs,
        #[command(flatten)]
        program_args: ProgramArgs,
    },
    /// Measure speed: the compute and TLB-churn loops, the Linux guest's boot, start-up and the
    /// memory of a 4 GiB guest, bare and virtualized, beside QEMU 7.2 when it is installed.
    ///
    /// Prints a Markdown table (workload, tlbvisor bare, tlbvisor virt, QEMU, the ratios, the
    /// goals of issue 16); a figure that could not be measured says why.
    Bench(bench::BenchArgs),
    /// Disassemble an ELF executable or a flat binary, as `objdump -d -M e500` prints it.
    Disasm {
        /// The file (an ELF executable by its magic, else a flat binary; not source).
        file: PathBuf,
        /// Load address of a flat binary (default 0x10000; a multiple of 4).
        #[arg(long, value_parser = parse_base)]
        base: Option<u32>,
        /// What FILE holds (elf or bin), instead of recognising it.
        #[arg(long, value_enum, value_name = "KIND")]
        format: Option<InputFormat>,
    },
}

/// Parses a column of `compare --modes`.
fn parse_column(s: &str) -> Result<session::Column, String> {
    s.parse()
}

/// Parses a report kind.
fn parse_report(s: &str) -> Result<session::ReportKind, String> {
    s.parse().map_err(|e: session::UnknownReport| e.to_string())
}

/// Parses a load address: a number (as [`parse_u32`]) that is a multiple of 4, since the
/// program's first instruction is there and instructions are words on word boundaries.
fn parse_base(s: &str) -> Result<u32, String> {
    let v = parse_u32(s)?;
    if v % 4 == 0 {
        Ok(v)
    } else {
        Err(format!("`{s}` is not a multiple of 4 (instructions are word-aligned)"))
    }
}

/// Parses a host-physical address: a number within the 36-bit physical space of the e500.
fn parse_hpa(s: &str) -> Result<u64, String> {
    let v = parse_u64(s)?;
    if v <= session::PHYS_MASK {
        Ok(v)
    } else {
        Err(format!("`{s}` is beyond the 36-bit host-physical space (0..={:#x})", session::PHYS_MASK))
    }
}

/// Parses `0x1234`, `0o17`, `0b101` or decimal.
fn parse_u32(s: &str) -> Result<u32, String> {
    let v = parse_u64(s)?;
    u32::try_from(v).map_err(|_| format!("`{s}` does not fit in 32 bits"))
}

fn parse_u64(s: &str) -> Result<u64, String> {
    let t = s.replace('_', "");
    let r = if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        u64::from_str_radix(h, 16)
    } else if let Some(o) = t.strip_prefix("0o") {
        u64::from_str_radix(o, 8)
    } else if let Some(b) = t.strip_prefix("0b") {
        u64::from_str_radix(b, 2)
    } else {
        t.parse()
    };
    r.map_err(|_| format!("`{s}` is not a number (expected decimal or 0x hex)"))
}

/// `--log`'s value when it is a filter `tracing-subscriber` reads whole ([`log_filter`]).
fn parse_log_filter(s: &str) -> Result<String, String> {
    log_filter(s).map(|_| s.to_owned())
}

/// The filter `s` says, or why it is not one. `EnvFilter` skips a directive it cannot read with
/// only a warning (the run would trace something else than asked), so it is read strictly first;
/// a space is refused before that, as `tracing-subscriber` misreads a directive with one around
/// it (`warn, tlbvisor=debug` filters the target " tlbvisor") and can panic on one followed by a
/// non-ASCII name.
fn log_filter(s: &str) -> Result<tracing_subscriber::EnvFilter, String> {
    const EXPECTED: &str = "expected a level such as debug, or a filter such as tlbvisor::hv=trace,warn";
    if s.contains(char::is_whitespace) {
        return Err(format!("a space in the filter (directives are separated by commas alone; {EXPECTED})"));
    }
    tracing_subscriber::EnvFilter::try_new(s).map_err(|e| format!("{e} ({EXPECTED})"))?;
    // Read again leniently, which is the same filter for a string read strictly, except that an
    // empty one keeps the default level (errors), as `RUST_LOG=,` did.
    Ok(tracing_subscriber::EnvFilter::new(s))
}

/// Sends `tracing` events to stderr: `RUST_LOG` if set, else `--log`, else warnings only; with
/// colours and timestamps on a terminal, plain and without timestamps otherwise. A `RUST_LOG`
/// that is not a filter is bad input, as a bad `--log` is.
fn init_tracing(level: Option<&str>) -> Result<(), Failure> {
    let filter = match std::env::var("RUST_LOG") {
        Ok(v) if !v.is_empty() => {
            log_filter(&v).map_err(|e| Failure::Message(format!("RUST_LOG `{v}`: {e}")))?
        }
        _ => tracing_subscriber::EnvFilter::new(level.unwrap_or("warn")),
    };
    let tty = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder =
        tracing_subscriber::fmt().with_env_filter(filter).with_ansi(tty).with_writer(std::io::stderr);
    // Timestamps only on a terminal: redirected or piped traces are the same text on every run,
    // so they can be diffed (and the tutorial's traces checked by tests/tutorial.rs).
    let _ = if tty { builder.try_init() } else { builder.without_time().try_init() };
    Ok(())
}

/// How a command failed.
#[derive(Debug)]
enum Failure {
    /// Bad input, or output that cannot be written (a full disk): the message, exit status 2.
    Message(String),
    /// Standard output was closed by its reader (`| head`): exit status 141, as a shell reports
    /// a program ended by SIGPIPE, and no message (README "Exit status").
    Closed,
}

impl From<String> for Failure {
    fn from(msg: String) -> Self {
        Failure::Message(msg)
    }
}

/// The exit status when standard output was closed by its reader (128 + SIGPIPE).
const EXIT_CLOSED: u8 = 141;

/// The failure for a write to standard output that did not succeed.
fn output_error(e: &std::io::Error) -> Failure {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Failure::Closed
    } else {
        Failure::Message(format!("standard output: cannot write: {e}"))
    }
}

/// Writes `bytes` to standard output (flushed): never a panic when it cannot be written.
fn out(bytes: impl AsRef<[u8]>) -> Result<(), Failure> {
    use std::io::Write;
    let mut o = std::io::stdout().lock();
    o.write_all(bytes.as_ref()).and_then(|()| o.flush()).map_err(|e| output_error(&e))
}

/// The options of `run` that `compare` refuses (it sets the mode itself and runs one program):
/// each argument's id (its long name) and why. They stay out of `compare --help`.
const COMPARE_REFUSES: [(&str, &str); 5] = [
    ("mode", "compare runs each mode itself; choose them with --modes (bare,virt,paravirt)"),
    ("paravirt", "compare runs each mode itself; choose them with --modes (bare,virt,paravirt)"),
    ("quantum", "not with compare (it runs one program, and runs it)"),
    ("switch", "not with compare (it runs one program, and runs it)"),
    ("dumpdtb", "not with compare (it runs one program, and runs it)"),
];

fn main() -> ExitCode {
    let matches = <Cli as clap::CommandFactory>::command()
        .mut_subcommand("compare", |c| {
            COMPARE_REFUSES.into_iter().fold(c, |c, (id, _)| c.mut_arg(id, |a| a.hide(true)))
        })
        .get_matches();
    let cli = match <Cli as clap::FromArgMatches>::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    let traced = init_tracing(cli.log.as_deref());
    // A refused option given to `compare` on the command line (`--mode` is never absent: it
    // has a default).
    let refused = matches.subcommand_matches("compare").and_then(|m| {
        COMPARE_REFUSES
            .into_iter()
            .find(|(id, _)| m.value_source(id) == Some(clap::parser::ValueSource::CommandLine))
    });
    let result = match (traced, refused) {
        (Err(e), _) => Err(e),
        (Ok(()), Some((id, why))) => Err(Failure::Message(format!("--{id}: {why}"))),
        (Ok(()), None) => run(cli),
    };
    match result {
        Ok(code) => code,
        Err(Failure::Message(msg)) => {
            // Standard error that cannot be written (closed, full) has nowhere to be reported.
            let _ = writeln!(std::io::stderr(), "{}", msg.trim_end());
            ExitCode::from(2)
        }
        Err(Failure::Closed) => ExitCode::from(EXIT_CLOSED),
    }
}

/// The exit status of `run` (README "Exit status"): 0 halted, powered off, reset, console text
/// reached or quit; 3 budget exhausted, 4 checkstop, 5 idle with no interrupt to come.
fn exit_code(status: Status) -> ExitCode {
    ExitCode::from(status.exit_code())
}

/// A line break when the console shown live did not end with one, so the report that follows
/// starts on a line of its own.
fn line_break(console: &[u8]) -> &'static str {
    if console.is_empty() || console.ends_with(b"\n") { "" } else { "\n" }
}

fn run(cli: Cli) -> Result<ExitCode, Failure> {
    match cli.command {
        Command::Asm { program, output, format, listing, cpu, program_args } => {
            let dialect = match cpu {
                CpuArg::E500v2 => tlbvisor::isa::Dialect::E500,
                CpuArg::E500mc => tlbvisor::isa::Dialect::E500mc,
            };
            let asm_out = program::assembler(&program_args.options(None))
                .dialect(dialect)
                .listing(listing)
                .assemble_file(&program)
                .map_err(|e| e.to_string())?;
            for w in &asm_out.warnings {
                let _ = writeln!(std::io::stderr(), "{w}");
            }
            let bytes = match format {
                OutFormat::Bin => asm_out.image.to_flat_binary(),
                OutFormat::Elf => asm_out.image.to_elf(),
            };
            // `-o -` is standard output (with --listing, the listing goes to standard error).
            if output.as_os_str() == "-" {
                out(&bytes)?;
                if listing {
                    let _ = write!(std::io::stderr(), "{}", asm_out.listing);
                }
                return Ok(ExitCode::SUCCESS);
            }
            std::fs::write(&output, bytes).map_err(|e| format!("{}: cannot write: {e}", output.display()))?;
            if listing {
                out(asm_out.listing.to_string())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Run { program, more, format, machine, json, report: kind, console, program_args } => {
            machine.check_mode()?;
            let options = program_args.options(format);
            let image = program::load(&program, &options).map_err(|e| e.to_string())?;
            if !more.is_empty() && machine.dumpdtb.is_some() {
                return Err("--dumpdtb: give one program (each guest gets the same tree)".to_string().into());
            }
            if machine.dump_dtb(&image, &program)? {
                return Ok(ExitCode::SUCCESS);
            }
            // Text mode shows the console live (one program's: several guests' consoles would
            // interleave, so each is in its guest's report); keystrokes go to the guest when
            // standard input is a terminal and no input is scripted (raw mode until `raw` is
            // dropped, on every path out of here).
            let several = !more.is_empty();
            let live = !json && kind.is_none() && !several;
            let raw = if live && console.console_input.is_none() {
                session::RawTerminal::enter().map_err(|e| format!("standard input: {e}"))?
            } else {
                None
            };
            let mut config = machine.config()?;
            if raw.is_some() && machine.max_insns.is_none() {
                // Someone is at the keyboard: the run ends when they end it (Ctrl-A X).
                config.max_insns = u64::MAX;
            }
            let mut builder = Session::from_image(image)
                .name(program.display().to_string())
                .program_options(options)
                .machine_config(config, machine.hv_config())
                .boot_options(machine.boot())
                .quantum(machine.quantum.unwrap_or(session::DEFAULT_QUANTUM))
                .switch(machine.switch.unwrap_or_default());
            for p in &more {
                builder = builder.guest_file(p);
            }
            builder = console.apply(builder)?;
            if live {
                builder = builder.live_console(Box::new(std::io::stdout()));
            }
            if raw.is_some() {
                builder = builder.keys(session::spawn_key_reader());
            }
            let mut session = builder.build().map_err(|e| format!("{}: {e}", program.display()))?;
            session.run();
            drop(raw);
            session.live_console_result().map_err(|e| output_error(&e))?;
            if let Some(kind) = kind {
                for p in 0..session.programs() {
                    session.select(p);
                    if several {
                        let name = if p == 0 { &program } else { &more[p - 1] };
                        out(format!("=== guest {p}: {} ===\n", name.display()))?;
                    }
                    out(session.report(kind))?;
                }
                if let Some(host) = session.host_report() {
                    out(host)?;
                }
            } else if json {
                out(format!("{}\n", session.json()))?;
            } else if several {
                out(session.text())?;
            } else {
                out(format!("{}{}", line_break(session.console().as_bytes()), session.text()))?;
            }
            // The first program whose run did not end well decides the exit status.
            let statuses: Vec<Status> = (0..session.programs())
                .filter_map(|p| {
                    session.select(p);
                    session.status()
                })
                .collect();
            let status = statuses.iter().copied().find(|s| s.exit_code() != 0).or(statuses.first().copied());
            // The process ends here: its memory goes back to the system whole, not freed piece
            // by piece (a kernel's RAM pages, decoded code and symbols took some 4.5 M host
            // instructions to drop). Everything it printed is flushed.
            std::mem::forget(session);
            Ok(status.map_or(ExitCode::SUCCESS, exit_code))
        }
        Command::Explain {
            program,
            more,
            guest,
            format,
            machine,
            accesses,
            from,
            from_hit,
            limit,
            until_console,
            no_color,
            program_args,
        } => {
            machine.check_mode()?;
            let image = program::load(&program, &program_args.options(format)).map_err(|e| e.to_string())?;
            if machine.dump_dtb(&image, &program)? {
                return Ok(ExitCode::SUCCESS);
            }
            let mut builder = Session::from_image(image)
                .program_options(program_args.options(format))
                .machine_config(machine.config()?, machine.hv_config())
                .boot_options(machine.boot())
                .quantum(machine.quantum.unwrap_or(session::DEFAULT_QUANTUM))
                .switch(machine.switch.unwrap_or_default());
            for p in &more {
                builder = builder.guest_file(p);
            }
            if let Some(text) = &until_console {
                let text = session::unescape(text).map_err(|e| format!("--until-console: {e}"))?;
                builder = builder.until_console(text, 1);
            }
            let mut session = builder.build().map_err(|e| format!("{}: {e}", program.display()))?;
            if !session.select(guest) {
                return Err(format!(
                    "--guest {guest}: there are {} programs (0..{})",
                    session.programs(),
                    session.programs() - 1
                )
                .into());
            }
            let color = !no_color
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::IsTerminal::is_terminal(&std::io::stdout());
            let opts = session::ExplainOptions { accesses, from, from_hit, limit, color };
            let text = session.explain(&opts).map_err(|e| format!("{}: --from: {e}", program.display()))?;
            out(text)?;
            Ok(exit_code(session.status().unwrap_or(Status::Budget)))
        }
        Command::Compare { program, format, modes, machine, json, no_time, console, program_args } => {
            let options = program_args.options(format);
            let image = program::load(&program, &options).map_err(|e| e.to_string())?;
            let console = console.parsed()?;
            let config = machine.config()?;
            let make = || {
                console.apply(
                    Session::from_image(image.clone())
                        .name(program.display().to_string())
                        .program_options(options.clone())
                        .machine_config(config.clone(), machine.hv_config())
                        .boot_options(machine.boot()),
                )
            };
            let c = session::compare(make, &modes).map_err(|e| match e {
                // What is wrong is the list of modes, not the program.
                session::SessionError::Compare(why) => {
                    let names: Vec<&str> = modes.iter().map(|m| m.name()).collect();
                    format!("--modes {}: {why}", names.join(","))
                }
                e => format!("{}: {e}", program.display()),
            })?;
            if json {
                out(format!("{}\n", c.json()))?;
            } else {
                out(c.text(!no_time))?;
            }
            Ok(ExitCode::from(c.exit_code()))
        }
        Command::Bench(args) => {
            out(bench::run(&args)?)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Disasm { file, base, format } => {
            let opts =
                ProgramOptions { base, format: format.map(InputFormat::kind), ..ProgramOptions::default() };
            let bytes = std::fs::read(&file).map_err(|e| format!("{}: cannot read: {e}", file.display()))?;
            if opts.format.unwrap_or_else(|| program::kind_of(&file, &bytes)) == program::ProgramKind::Source
            {
                return Err(
                    format!("{}: is assembly source; run `tlbvisor asm` first", file.display()).into()
                );
            }
            let image = program::load(&file, &opts).map_err(|e| e.to_string())?;
            out(tlbvisor::objdump::disassemble(&image))?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
