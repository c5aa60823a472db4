//! The library API: build a machine from a program, run it, read its state as typed values and
//! its reports as strings, in a few lines of a test.
//!
//! ```
//! use tlbvisor::session::{Mode, Session, Stop};
//!
//! let src = r#"
//!         .section .text.start, "ax"
//!         .globl _start
//! _start: lis     r4, 0x1001          # MAS0: TLB1, entry 1
//!         mtspr   624, r4
//!         lis     r4, 0x8000
//!         ori     r4, r4, 0x0100      # MAS1: V, TSIZE 1 (4 KiB)
//!         mtspr   625, r4
//!         lis     r4, 0x4000          # MAS2: EPN 0x40000000
//!         mtspr   626, r4
//!         li      r4, 0x2005          # MAS3: RPN 0x2000, SW | SR
//!         mtspr   627, r4
//!         tlbwe
//!         isync
//! done:   b       done
//! "#;
//! let mut s = Session::from_source(src).mode(Mode::Virt).build()?;
//! assert_eq!(s.run(), Stop::Halted);
//! let e = s.tlb_entry(1, 1).expect("TLB1[1] is valid");
//! assert_eq!((e.epn, e.rpn, e.size), (0x4000_0000, 0x2000, 4096));
//! assert!(s.tlb_report().contains("TLB1[1]"));
//! # Ok::<(), tlbvisor::session::SessionError>(())
//! ```
//!
//! A complete snapshot test with [insta](https://insta.rs) (a dev-dependency of the test crate).
//! The boot entry TLB1\[0\] is QEMU's ePAPR mapping (EA 0..64 MiB, TSIZE 8: MAS1 0x80000800);
//! TLB1\[1\] is the entry the program writes:
//!
//! ```
//! use tlbvisor::session::{Mode, Session};
//!
//! let src = r#"
//!         .section .text.start, "ax"
//!         .globl _start
//! _start: lis     r4, 0x1001
//!         mtspr   624, r4             # MAS0: TLB1[1]
//!         lis     r4, 0x8000
//!         ori     r4, r4, 0x0100
//!         mtspr   625, r4             # MAS1: V, 4 KiB
//!         lis     r4, 0x4000
//!         mtspr   626, r4             # MAS2: EPN 0x40000000
//!         li      r4, 0x1005
//!         mtspr   627, r4             # MAS3: RPN 0x1000, SW | SR
//!         tlbwe
//!         isync
//! done:   b       done
//! "#;
//! let mut s = Session::from_source(src).mode(Mode::Virt).build().expect("assembles");
//! s.run();
//! insta::assert_snapshot!(s.tlb_report().lines().take(3).collect::<Vec<_>>().join("\n"), @r"
//! guest TLB: 2 valid (TLB0 128 sets x 4 ways, TLB1 16 entries)
//!   TLB1[0]      EPN 0x00000000 RPN 0x000000000  64M TID   0 TS 0 S:rwx U:rwx -----       U0-3 ----  MAS1 80000800 MAS2 00000000 MAS3 0000003f MAS7 00000000
//!   TLB1[1]      EPN 0x40000000 RPN 0x000001000   4K TID   0 TS 0 S:rw- U:--- -----       U0-3 ----  MAS1 80000100 MAS2 40000000 MAS3 00001005 MAS7 00000000
//! ");
//! ```

mod compare;
mod engine;
mod explain;

use engine::Engine;

pub use crate::explain::ExplainOptions;
pub use compare::{Column, CompareRun, Comparison, compare};
pub use explain::EXPLAIN_EVENT_LIMIT;

use std::path::PathBuf;

use crate::addr::PhysAddr;
use crate::asm::AsmErrors;
use crate::cpu::PrivState;
use crate::hv::{GuestSpec, Hypervisor};
use crate::image::Image;
use crate::machine::Machine;
use crate::machine::report::{SPR_NAMES, tlb_entries};
use crate::mmu::TlbEntry;
use crate::program::{ProgramError, ProgramOptions};

// What a user of a session names: the machine's configuration, its boot, the hypervisor's
// set-up and counters, the rows and reports it reads. The modules they live in are the
// crate's own.
pub use crate::addr::{Hpa, PHYS_MASK};
pub use crate::boot::{BootError, BootOptions, BootPlan, Payload};
pub use crate::compat::Profile;
pub use crate::cpu::CpuModel;
pub use crate::hv::config::{DEFAULT_BACKING, DEFAULT_LAYOUT_SEED};
pub use crate::hv::{BackingLayout, DEFAULT_QUANTUM, Exits, HvConfig, HvError, ShadowStats, SwitchMode};
pub use crate::machine::console::unescape;
pub use crate::machine::terminal::{RawTerminal, spawn_key_reader};
pub use crate::machine::{Config, ConfigError, MachineError, Mode, Status, parse_size};
pub use crate::mmu::{Perms, SlotId};
pub use crate::report::{ReportKind, UnknownReport};

/// Why a session could not be built or a value could not be read. Bad input never panics.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The program file could not be read or loaded.
    #[error(transparent)]
    Program(#[from] ProgramError),
    /// The source text did not assemble.
    #[error("{0}")]
    Asm(AsmErrors),
    /// The bare machine could not be built (RAM size, program outside RAM).
    #[error(transparent)]
    Machine(#[from] MachineError),
    /// The virtual machine could not be built (backing, host TLB size, ...).
    #[error(transparent)]
    Hv(#[from] HvError),
    /// The program defines no such symbol.
    #[error("unknown symbol `{0}`")]
    UnknownSymbol(String),
    /// GPRs are r0..r31.
    #[error("no register r{0} (r0..r31)")]
    NoSuchGpr(usize),
    /// Not an SPR name the reports know (`SRR0`, `MAS1`, `PID`, ...).
    #[error("unknown SPR `{0}`")]
    UnknownSpr(String),
    /// Several programs need the hypervisor.
    #[error("several programs run only as guests of the hypervisor (virt mode)")]
    SeveralBare,
    /// The paravirtual interface is the hypervisor's.
    #[error("--paravirt: only with --mode virt (the paravirtual interface is the hypervisor's)")]
    ParavirtBare,
    /// A comparison that cannot be made ([`compare`]).
    #[error("compare: {0}")]
    Compare(String),
    /// A memory range that is not (guest) RAM.
    #[error("{addr:#x} + {len:#x} is not RAM")]
    NotRam {
        /// Start (physical on the bare machine, guest-physical under the hypervisor).
        addr: u64,
        /// Length.
        len: usize,
    },
}

enum Source {
    Text { name: String, text: String },
    File(PathBuf),
    Image(Image),
}

impl Source {
    /// Its name in the reports: the source's name, the file's path or `<image>`.
    fn name(&self) -> String {
        match self {
            Source::Text { name, .. } => name.clone(),
            Source::File(path) => path.display().to_string(),
            Source::Image(_) => "<image>".to_string(),
        }
    }

    /// Its name and its image (assembled or loaded).
    fn load(self, program: &ProgramOptions) -> Result<(String, Image), SessionError> {
        let name = self.name();
        let image = match self {
            Source::Text { name, text } => {
                crate::program::assembler(program)
                    .assemble_str(&name, &text)
                    .map_err(SessionError::Asm)?
                    .image
            }
            Source::File(path) => crate::program::load(&path, program)?,
            Source::Image(image) => image,
        };
        Ok((name, image))
    }
}

/// Builds a [`Session`]: the program, then machine options (all optional), then
/// [`SessionBuilder::build`].
pub struct SessionBuilder {
    source: Source,
    /// The first program's name, if given.
    name: Option<String>,
    /// More programs: each a guest of its own beside the first (virt mode).
    more: Vec<Source>,
    switch: SwitchMode,
    quantum: u64,
    live: Option<Box<dyn std::io::Write + Send>>,
    keys: Option<std::sync::mpsc::Receiver<u8>>,
    config: Config,
    hv: HvConfig,
    program: ProgramOptions,
    boot: BootOptions,
    console_input: Vec<u8>,
    console_input_after: Option<Vec<u8>>,
    until_console: Option<(Vec<u8>, u32)>,
    check_isolation: bool,
    paravirt: bool,
}

impl SessionBuilder {
    fn new(source: Source) -> Self {
        let config = Config { max_insns: 10_000_000, ..Config::default() };
        SessionBuilder {
            source,
            name: None,
            more: Vec::new(),
            switch: SwitchMode::default(),
            quantum: DEFAULT_QUANTUM,
            live: None,
            keys: None,
            config,
            hv: HvConfig::default(),
            program: ProgramOptions::default(),
            boot: BootOptions::default(),
            console_input: Vec::new(),
            console_input_after: None,
            until_console: None,
            check_isolation: false,
            paravirt: false,
        }
    }
    /// The first program's name as the reports give it: [`SessionBuilder::name`], else its
    /// file name, `<source>` or `<image>`.
    fn program_name(&self) -> String {
        self.name.clone().unwrap_or_else(|| self.source.name())
    }
    /// Another program, run as a guest of its own beside the first (and any others) on one
    /// host (virt mode only): `.s` source, an ELF or a flat binary, as [`Session::from_file`].
    pub fn guest_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.more.push(Source::File(path.into()));
        self
    }
    /// Another guest from GNU-as source text ([`SessionBuilder::guest_file`]).
    pub fn guest_source(mut self, text: impl Into<String>) -> Self {
        let n = self.more.len() + 1;
        self.more.push(Source::Text { name: format!("<source {n}>"), text: text.into() });
        self
    }
    /// Another guest from an image in memory ([`SessionBuilder::guest_file`]).
    pub fn guest_image(mut self, image: Image) -> Self {
        self.more.push(Source::Image(image));
        self
    }
    /// With several guests: guest steps per time slice (default [`DEFAULT_QUANTUM`]).
    pub fn quantum(mut self, steps: u64) -> Self {
        self.quantum = steps;
        self
    }
    /// With several guests: what a switch does to the host TLB (default: nothing, tags).
    pub fn switch(mut self, switch: SwitchMode) -> Self {
        self.switch = switch;
        self
    }
    /// Writes the (first) program's console output to `out` as it is written.
    pub fn live_console(mut self, out: Box<dyn std::io::Write + Send>) -> Self {
        self.live = Some(out);
        self
    }
    /// Feeds the (first) program's console keystrokes from `keys` (a terminal's key reader).
    pub fn keys(mut self, keys: std::sync::mpsc::Receiver<u8>) -> Self {
        self.keys = Some(keys);
        self
    }
    /// The whole machine and hypervisor configuration at once (what the CLI's options make).
    pub fn machine_config(mut self, config: Config, hv: HvConfig) -> Self {
        self.config = config;
        self.hv = hv;
        self
    }
    /// The core model (default e500v2).
    pub fn cpu(mut self, cpu: CpuModel) -> Self {
        self.config.cpu = cpu;
        self
    }
    /// Bare or virtualized (default bare).
    pub fn mode(mut self, mode: Mode) -> Self {
        self.config.mode = mode;
        self
    }
    /// The fidelity profile (default: the manuals).
    pub fn profile(mut self, profile: Profile) -> Self {
        self.config.profile = profile;
        self
    }
    /// Guest RAM in bytes (default 128 MiB).
    pub fn memory(mut self, bytes: u64) -> Self {
        self.config.ram = bytes;
        self
    }
    /// Where guest RAM lives in host memory (virtualized mode; default one block at 4 GiB).
    pub fn backing(mut self, backing: BackingLayout) -> Self {
        self.hv.backing = backing;
        self
    }
    /// Host TLB1 entries (virtualized mode; default 16, the e500v2's).
    pub fn host_tlb1(mut self, entries: usize) -> Self {
        self.hv.host_tlb1 = entries;
        self
    }
    /// The instruction budget of [`Session::run`] (default 10 million).
    pub fn budget(mut self, steps: u64) -> Self {
        self.config.max_insns = steps;
        self
    }
    /// The first program's name in the reports (default: its file name, `<source>` or `<image>`).
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
    /// How every program is read (`--base`, `-I`, `--defsym`, `--format`), all at once.
    pub fn program_options(mut self, options: ProgramOptions) -> Self {
        self.program = options;
        self
    }
    /// A folder `.include` searches (after the current folder, before the including file's folder).
    pub fn include_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.program.include_dirs.push(dir.into());
        self
    }
    /// Defines an assembler symbol (`--defsym NAME=VALUE`).
    pub fn defsym(mut self, name: &str, value: i64) -> Self {
        self.program.defsyms.push((name.to_string(), value));
        self
    }
    /// Load address of source text or a flat binary (default 0x10000).
    pub fn base(mut self, base: u32) -> Self {
        self.program.base = Some(base);
        self
    }

    /// All boot options at once (what the CLI's `--dtb`, `--initrd`, `--append`, `--payload`
    /// make).
    pub fn boot_options(mut self, boot: BootOptions) -> Self {
        self.boot = boot;
        self
    }
    /// Pass this device tree blob instead of the generated one (`--dtb`).
    pub fn dtb(mut self, path: impl Into<PathBuf>) -> Self {
        self.boot.dtb = Some(path.into());
        self
    }
    /// Load this file as the initial RAM disk (`--initrd`).
    pub fn initrd(mut self, path: impl Into<PathBuf>) -> Self {
        self.boot.initrd = Some(path.into());
        self
    }
    /// The kernel command line, `/chosen/bootargs` (`--append`).
    pub fn append(mut self, bootargs: impl Into<String>) -> Self {
        self.boot.append = Some(bootargs.into());
        self
    }
    /// Load the program as QEMU's `-bios` firmware (default) or `-kernel` (`--payload`).
    pub fn payload(mut self, payload: Payload) -> Self {
        self.boot.payload = payload;
        self
    }
    /// Input for the console UART's receiver (`--console-input`): it arrives a byte at a time as
    /// the guest reads (docs/console.md).
    pub fn console_input(mut self, bytes: impl AsRef<[u8]>) -> Self {
        self.console_input.extend_from_slice(bytes.as_ref());
        self
    }
    /// Holds the console input back until the output ends with `text` (`--console-input-after`).
    pub fn console_input_after(mut self, text: impl AsRef<[u8]>) -> Self {
        self.console_input_after = Some(text.as_ref().to_vec());
        self
    }
    /// Ends a run ([`Stop::Console`]) once the console output ends with `text` for the
    /// `count`-th time (`--until-console`, `--until-console-count`).
    pub fn until_console(mut self, text: impl AsRef<[u8]>, count: u32) -> Self {
        self.until_console = Some((text.as_ref().to_vec(), count));
        self
    }

    /// Turns on the hypervisor's isolation checker (virt mode; nothing on the bare machine):
    /// after every hypervisor action it proves that no host TLB entry of a guest reaches memory
    /// outside that guest's backing; its findings are [`Session::violations`]. It costs a walk
    /// of the host TLB per exit, so it is off unless asked for.
    pub fn check_isolation(mut self) -> Self {
        self.check_isolation = true;
        self
    }

    /// Offers every guest KVM's paravirtual interface (virt mode only; an error on the bare
    /// machine): the `/hypervisor` device-tree node, hypercalls and the shared magic page
    /// (docs/paravirt.md).
    pub fn paravirt(mut self, on: bool) -> Self {
        self.paravirt = on;
        self
    }

    /// Assembles or loads the program and builds the machine in its boot state.
    ///
    /// # Errors
    /// [`SessionError`] for a program that does not assemble or load, or an impossible
    /// configuration.
    pub fn build(self) -> Result<Session, SessionError> {
        let (loaded_name, image) = self.source.load(&self.program)?;
        let name = self.name.unwrap_or(loaded_name);
        let mut more = Vec::with_capacity(self.more.len());
        for source in self.more {
            more.push(source.load(&self.program)?);
        }
        // The one place the mode matters: which machine runs the programs.
        let mut engine: Box<dyn Engine> = match self.config.mode {
            Mode::Bare if !more.is_empty() => return Err(SessionError::SeveralBare),
            Mode::Bare if self.paravirt || self.boot.hypervisor_node => {
                return Err(SessionError::ParavirtBare);
            }
            Mode::Bare => Box::new(Machine::with_boot(self.config, &image, &self.boot)?),
            Mode::Virt => {
                let spec = |name: String, image| GuestSpec {
                    name,
                    config: self.config.clone(),
                    image,
                    boot: self.boot.clone(),
                    paravirt: self.paravirt || self.boot.hypervisor_node,
                };
                let mut specs = vec![spec(name, &image)];
                specs.extend(more.iter().map(|(name, image)| spec(name.clone(), image)));
                Box::new(Hypervisor::with_guests(self.hv, self.switch, self.quantum, &specs)?)
            }
        };
        for p in 0..engine.programs() {
            let (bus, io) = engine.devices(p);
            if !self.console_input.is_empty() {
                bus.console_feed(&self.console_input);
            }
            if let Some(text) = &self.console_input_after {
                bus.console_hold_input_until(text);
            }
            if let Some((text, count)) = &self.until_console {
                io.set_until(text, *count);
            }
        }
        if let Some(out) = self.live {
            engine.devices(0).1.set_live(out);
        }
        if let Some(keys) = self.keys {
            engine.devices(0).1.attach_keys(keys);
        }
        if self.check_isolation {
            engine.check_isolation();
        }
        let mut images = vec![image];
        images.extend(more.into_iter().map(|(_, image)| image));
        Ok(Session { engine, images, selected: 0 })
    }
}

/// How a run call ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stop {
    /// The program executed `b .`.
    Halted,
    /// The budget (or the step count) ran out.
    Budget,
    /// A machine check with MSR\[ME\] = 0.
    Checkstop,
    /// The core waits (MSR\[WE\]) with no interrupt to come.
    Idle,
    /// The guest powered the machine off.
    Poweroff,
    /// A device asked for a reset.
    Reset,
    /// The console output reached the text asked for ([`SessionBuilder::until_console`]).
    Console,
    /// The user quit from the terminal.
    Quit,
    /// The guest makes no progress (interrupts again and again, docs/stall.md).
    Stalled,
    /// The PC reached the address asked for ([`Session::run_to`]).
    Reached(u32),
}

impl From<Status> for Stop {
    fn from(s: Status) -> Stop {
        match s {
            Status::Halted => Stop::Halted,
            Status::Budget => Stop::Budget,
            Status::Checkstop => Stop::Checkstop,
            Status::Idle => Stop::Idle,
            Status::Poweroff => Stop::Poweroff,
            Status::Reset => Stop::Reset,
            Status::Console => Stop::Console,
            Status::Quit => Stop::Quit,
            Status::Stalled => Stop::Stalled,
        }
    }
}

/// The guest's user registers and MSR.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Registers {
    /// PC.
    pub pc: u32,
    /// r0..r31.
    pub gpr: [u32; 32],
    /// CR.
    pub cr: u32,
    /// LR.
    pub lr: u32,
    /// CTR.
    pub ctr: u32,
    /// XER.
    pub xer: u32,
    /// MSR (the guest's).
    pub msr: u32,
}

impl Registers {
    fn of(r: &crate::cpu::UserRegs, msr: u32) -> Registers {
        Registers { pc: r.pc.raw(), gpr: r.gpr, cr: r.cr, lr: r.lr, ctr: r.ctr, xer: r.xer, msr }
    }
}

/// One valid TLB entry, decoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TlbRow {
    /// Where it is (`TLB0[set:way]` or `TLB1[index]` when printed).
    pub slot: SlotId,
    /// The TLB0 set, `None` in TLB1.
    pub set: Option<u16>,
    /// The TLB0 way, or the TLB1 index.
    pub way: u16,
    /// Effective page number (page base).
    pub epn: u32,
    /// Real page (36 bits; guest-physical for the guest TLB under the hypervisor), page aligned.
    pub rpn: u64,
    /// Page size in bytes.
    pub size: u64,
    /// TID (0 = global).
    pub tid: u8,
    /// Translation space.
    pub ts: bool,
    /// Invalidation protection.
    pub iprot: bool,
    /// Access rights.
    pub perms: Perms,
    /// WIMGE bits.
    pub wimge: u8,
    /// U0..U3.
    pub user_bits: u8,
    /// Raw MAS1.
    pub mas1: u32,
    /// Raw MAS2.
    pub mas2: u32,
    /// Raw MAS3.
    pub mas3: u32,
    /// Raw MAS7.
    pub mas7: u32,
}

impl TlbRow {
    pub(crate) fn of<P: PhysAddr>(arch: &PrivState<P>, slot: SlotId, e: &TlbEntry<P>) -> TlbRow {
        let g = arch.tlb.geometry();
        TlbRow {
            slot,
            set: slot.set(g),
            way: slot.way(g),
            epn: e.epn().raw(),
            rpn: e.page_rpn(),
            size: e.page_size(),
            tid: e.tid(),
            ts: e.ts(),
            iprot: e.iprot(),
            perms: e.perms(),
            wimge: e.wimge(),
            user_bits: e.user_bits(),
            mas1: e.mas1,
            mas2: e.mas2,
            mas3: e.mas3,
            mas7: e.mas7,
        }
    }
}

/// A valid host TLB entry of a virtualized run and the guest entry it shadows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HostTlbRow {
    /// The host entry.
    pub entry: TlbRow,
    /// The guest slot it was made from (`None`: the hypervisor's own).
    pub shadows: Option<SlotId>,
    /// Its shadow ID (host TID).
    pub sid: Option<u8>,
}

fn rows<P: PhysAddr>(arch: &PrivState<P>) -> Vec<TlbRow> {
    tlb_entries(arch).iter().map(|(s, e)| TlbRow::of(arch, *s, e)).collect()
}

/// A machine, bare or virtualized, with its program loaded.
pub struct Session {
    engine: Box<dyn Engine>,
    /// The program the queries read (0; a guest's position with several).
    selected: usize,
    /// The programs as loaded (for `explain`'s disassembly and symbols), in order.
    images: Vec<Image>,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").field("mode", &self.config().mode).field("pc", &self.pc()).finish()
    }
}

impl Session {
    /// A builder for GNU-as source text (assembled in process, as `tlbvisor asm` does).
    pub fn from_source(text: impl Into<String>) -> SessionBuilder {
        SessionBuilder::new(Source::Text { name: "<source>".into(), text: text.into() })
    }
    /// A builder for a program file: `.s` source, an ELF executable or a flat binary.
    pub fn from_file(path: impl Into<PathBuf>) -> SessionBuilder {
        SessionBuilder::new(Source::File(path.into()))
    }
    /// A builder for a program image already in memory.
    pub fn from_image(image: Image) -> SessionBuilder {
        SessionBuilder::new(Source::Image(image))
    }

    /// The selected program's image.
    fn image(&self) -> &Image {
        // One image per program, `selected` below their number (`Session::select`).
        &self.images[self.selected]
    }

    /// How many programs the session runs (guests, with several).
    pub fn programs(&self) -> usize {
        self.engine.programs()
    }

    /// Makes program `p` (a guest's position, 0 for the first) the one the queries read
    /// (registers, TLB, memory, console, reports); `false` if there is no such program.
    pub fn select(&mut self, p: usize) -> bool {
        let ok = p < self.engine.programs();
        if ok {
            self.selected = p;
        }
        ok
    }

    /// The whole run as `tlbvisor run --json` prints it (with several guests:
    /// `{"guests": [...], "host": {...}}`).
    pub fn json(&self) -> serde_json::Value {
        self.engine.json()
    }

    /// Whether the live console ([`SessionBuilder::live_console`]) could be written: the first
    /// write error, once.
    ///
    /// # Errors
    /// The write error.
    pub fn live_console_result(&mut self) -> std::io::Result<()> {
        self.engine.devices(0).1.live_result()
    }

    /// The whole run as `tlbvisor run` prints it after the console.
    pub fn text(&self) -> String {
        self.engine.text()
    }

    /// With several guests, the host-wide figures (switches, tag flushes, shadows evicted by
    /// another guest) as the end of [`Session::text`] prints them; `None` otherwise.
    pub fn host_report(&self) -> Option<String> {
        self.engine.host_text()
    }

    /// The machine configuration.
    pub fn config(&self) -> &Config {
        self.engine.config(self.selected)
    }
    /// What the boot placed in RAM: the device tree passed in r3 (its blob and address), the
    /// initrd, the entry point.
    pub fn boot(&self) -> &BootPlan {
        self.engine.boot(self.selected)
    }
    fn run_inner(&mut self) -> Status {
        self.engine.run()
    }

    /// Runs until `b .`, a checkstop, or the budget ([`SessionBuilder::budget`], counted from
    /// the start of the program).
    pub fn run(&mut self) -> Stop {
        self.run_inner().into()
    }

    /// Runs at most `n` more steps (an instruction; on the bare machine an interrupt delivery
    /// is a step too), whatever the budget.
    pub fn run_for(&mut self, n: u64) -> Stop {
        // With several guests, each runs at most `n` more steps.
        let programs = self.engine.programs();
        let budgets: Vec<u64> = (0..programs).map(|p| self.engine.config(p).max_insns).collect();
        for p in 0..programs {
            let start = self.engine.run_state(p).instructions;
            self.engine.config_mut(p).max_insns = start.saturating_add(n);
        }
        self.engine.run();
        for (p, b) in budgets.into_iter().enumerate() {
            self.engine.config_mut(p).max_insns = b;
        }
        self.engine.run_state(self.selected).status.unwrap_or(Status::Budget).into()
    }

    /// One step.
    pub fn step(&mut self) -> Stop {
        self.run_for(1)
    }

    /// Runs until the PC is at `place` (after at least one step), `b .`, a checkstop or the
    /// budget. `place` is a symbol, `symbol+offset` or an address (as
    /// [`Session::resolve`] reads them).
    ///
    /// # Errors
    /// [`SessionError::UnknownSymbol`].
    pub fn run_to(&mut self, place: &str) -> Result<Stop, SessionError> {
        let addr = self.resolve(place)?;
        self.run_to_addr(addr)
    }

    /// The address `place` names: a symbol (`dtlb_handler`), a symbol and a byte offset
    /// (`_start+0x180`, as the disassembly prints `<_start+0x180>`) or a number (`0x10180`).
    ///
    /// # Errors
    /// [`SessionError::UnknownSymbol`] when the symbol is not defined or the offset is not a
    /// number.
    pub fn resolve(&self, place: &str) -> Result<u32, SessionError> {
        let unknown = || SessionError::UnknownSymbol(place.to_string());
        let number = |t: &str| match t.trim().strip_prefix("0x").or_else(|| t.trim().strip_prefix("0X")) {
            Some(h) => u32::from_str_radix(h, 16).ok(),
            None => t.trim().parse::<u32>().ok(),
        };
        if place.starts_with(|c: char| c.is_ascii_digit()) {
            return number(place).ok_or_else(unknown);
        }
        let (name, offset) = match place.split_once('+') {
            Some((n, o)) => (n.trim(), number(o).ok_or_else(unknown)?),
            None => (place, 0),
        };
        let base = self.symbol(name).ok_or_else(unknown)?;
        base.checked_add(offset).ok_or_else(unknown)
    }

    /// [`Session::run_to`] an address.
    pub(crate) fn run_to_addr(&mut self, addr: u32) -> Result<Stop, SessionError> {
        loop {
            if self.instructions() >= self.config().max_insns {
                return Ok(Stop::Budget);
            }
            match self.run_for(1) {
                Stop::Budget if self.pc() == addr => return Ok(Stop::Reached(addr)),
                Stop::Budget => {}
                other => return Ok(other),
            }
        }
    }

    /// A symbol's address.
    pub fn symbol(&self, name: &str) -> Option<u32> {
        self.image().symbol(name)
    }

    /// Instructions completed.
    pub fn instructions(&self) -> u64 {
        self.engine.run_state(self.selected).instructions
    }

    /// Time-base ticks the core spent in the wait state (docs/time.md): with
    /// [`Session::instructions`], how far the time base has moved on its own.
    pub fn idle_ticks(&self) -> u64 {
        self.engine.run_state(self.selected).idle_ticks
    }

    /// The time base (TBU:TBL) as the guest reads it.
    pub fn time_base(&self) -> u64 {
        self.engine.time_base(self.selected)
    }

    /// How the last run ended (`None` before any).
    pub fn status(&self) -> Option<Status> {
        self.engine.run_state(self.selected).status
    }

    /// The PC.
    pub fn pc(&self) -> u32 {
        self.registers().pc
    }

    /// The user registers and MSR the guest sees.
    pub fn registers(&self) -> Registers {
        self.engine.registers(self.selected)
    }

    /// GPR `n`.
    ///
    /// # Errors
    /// [`SessionError::NoSuchGpr`] for `n` > 31.
    pub fn gpr(&self, n: usize) -> Result<u32, SessionError> {
        self.registers().gpr.get(n).copied().ok_or(SessionError::NoSuchGpr(n))
    }

    /// An SPR by the name the reports use (`SRR0`, `DEAR`, `MAS1`, `PID`, `TLB1CFG`, ...), as
    /// supervisor `mfspr` in the guest would read it.
    ///
    /// # Errors
    /// [`SessionError::UnknownSpr`].
    pub fn spr(&self, name: &str) -> Result<u32, SessionError> {
        let (_, n) = SPR_NAMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .ok_or_else(|| SessionError::UnknownSpr(name.to_string()))?;
        Ok(self.engine.spr(self.selected, *n))
    }

    /// Reads `len` bytes of RAM at a physical address (guest-physical under the hypervisor).
    ///
    /// # Errors
    /// [`SessionError::NotRam`] if any byte is not RAM.
    pub fn read_bytes(&self, addr: u64, len: usize) -> Result<Vec<u8>, SessionError> {
        // Physical addresses have 36 bits; the address types would wrap a larger one.
        if len as u64 > self.config().ram || addr.checked_add(len as u64).is_none_or(|end| end > 1 << 36) {
            return Err(SessionError::NotRam { addr, len });
        }
        let mut buf = vec![0; len];
        let ok = self.engine.read_ram(self.selected, addr, &mut buf);
        if ok { Ok(buf) } else { Err(SessionError::NotRam { addr, len }) }
    }

    /// A big-endian word of RAM (see [`Session::read_bytes`]).
    ///
    /// # Errors
    /// [`SessionError::NotRam`].
    pub fn read_u32(&self, addr: u64) -> Result<u32, SessionError> {
        let b = self.read_bytes(addr, 4)?;
        Ok(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// The guest's valid TLB entries (the core's TLB on the bare machine, the virtual TLB under
    /// the hypervisor), TLB0 by set and way, then TLB1 by index.
    pub fn tlb(&self) -> Vec<TlbRow> {
        self.engine.tlb(self.selected)
    }

    /// The valid guest entry in `tlb` (0 or 1) at `index` (TLB0: set * 4 + way).
    pub fn tlb_entry(&self, tlb: u8, index: u16) -> Option<TlbRow> {
        self.tlb().into_iter().find(|r| r.slot == SlotId { tlb, index })
    }

    /// The host TLB's valid entries with their origin (empty on the bare machine).
    pub fn host_tlb(&self) -> Vec<HostTlbRow> {
        self.engine.host_tlb(self.selected)
    }

    /// The hypervisor's exit counters (`None` on the bare machine).
    pub fn exits(&self) -> Option<&Exits> {
        self.engine.counters(self.selected).map(|(x, _)| x)
    }

    /// The hypervisor's shadow counters (`None` on the bare machine).
    pub fn shadow_stats(&self) -> Option<&ShadowStats> {
        self.engine.counters(self.selected).map(|(_, s)| s)
    }

    /// UART0 output so far.
    pub fn console(&self) -> String {
        self.engine.console(self.selected)
    }

    fn subject(&self) -> Box<dyn crate::report::Subject + '_> {
        self.engine.subject(self.selected)
    }

    /// A report as `tlbvisor run --report KIND` prints it.
    pub fn report(&self, kind: ReportKind) -> String {
        crate::report::render(self.subject().as_ref(), kind)
    }
    /// The TLB report (`run --report tlb`).
    pub fn tlb_report(&self) -> String {
        self.report(ReportKind::Tlb)
    }
    /// The register report (`run --report regs`).
    pub fn regs_report(&self) -> String {
        self.report(ReportKind::Regs)
    }
    /// The event log report (`run --report events`).
    pub fn events_report(&self) -> String {
        self.report(ReportKind::Events)
    }
    /// The guest TLB section alone: the same text for a bare and a virtualized run.
    pub fn guest_tlb_report(&self) -> String {
        self.subject().guest_tlb_text()
    }

    /// The guest-visible architectural state as a JSON object: `pc`, `gpr`, `cr`, `lr`, `ctr`,
    /// `xer`, `msr`, `spr` (by name) and `tlb` (the guest's valid entries), the keys of
    /// `run --json` that a program can observe. The promise of the hypervisor is that this is
    /// the same for a bare and a virtualized run of one program.
    pub fn state(&self) -> serde_json::Value {
        self.engine.state(self.selected)
    }

    /// Whether the program asked the board for a reset (a write of RSTCR's HRESET_REQ).
    pub fn reset_requested(&self) -> bool {
        self.engine.reset_requested(self.selected)
    }

    /// What the isolation checker found ([`SessionBuilder::check_isolation`]): one line per
    /// host TLB entry that reached memory its guest does not own. Empty when it found nothing,
    /// when it is off, and on the bare machine.
    pub fn violations(&self) -> &[String] {
        self.engine.violations()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TINY: &str =
        ".section .text.start, \"ax\"\n.globl _start\n_start: li r3, 7\nmid: li r4, 8\ndone: b done\n";

    #[test]
    fn runs_steps_and_symbols() {
        for mode in [Mode::Bare, Mode::Virt] {
            let mut s = Session::from_source(TINY).mode(mode).build().unwrap();
            assert_eq!(s.run_to("mid").unwrap(), Stop::Reached(0x10004));
            assert_eq!((s.gpr(3).unwrap(), s.gpr(4).unwrap()), (7, 0));
            assert_eq!(s.run(), Stop::Halted);
            assert_eq!(s.gpr(4).unwrap(), 8);
            assert!(matches!(s.gpr(32), Err(SessionError::NoSuchGpr(32))));
            assert!(matches!(s.run_to("nowhere"), Err(SessionError::UnknownSymbol(_))));
            assert!(matches!(s.spr("XYZ"), Err(SessionError::UnknownSpr(_))));
            assert_eq!(s.spr("pvr").unwrap(), 0x8021_0022);
            assert_eq!(s.read_u32(0x10000).unwrap() >> 26, 14);
            assert!(matches!(s.read_u32(1 << 40), Err(SessionError::NotRam { .. })));
        }
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(matches!(Session::from_source("bogus r1").build(), Err(SessionError::Asm(_))));
        assert!(matches!(Session::from_source(TINY).memory(1000).build(), Err(SessionError::Machine(_))));
        assert!(matches!(
            Session::from_source(TINY).mode(Mode::Virt).host_tlb1(0).build(),
            Err(SessionError::Hv(_))
        ));
        assert!(matches!(Session::from_file("/nonexistent.s").build(), Err(SessionError::Program(_))));
    }

    #[test]
    fn budget_and_steps() {
        let mut s = Session::from_source(TINY).budget(1).build().unwrap();
        assert_eq!(s.run(), Stop::Budget);
        assert_eq!(s.step(), Stop::Budget);
        assert_eq!(s.instructions(), 2);
    }
}
