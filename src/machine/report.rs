//! The guest-visible final state, as JSON (`run --json`) and as text.
//!
//! Both are built from a [`GuestView`]: the user registers of the core and the architectural
//! privileged state the guest sees. On the bare machine that is the core itself; under the
//! hypervisor it is the virtual CPU, so the two modes print the same fields the same way.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use crate::addr::PhysAddr;
use crate::cpu::{Cpu, PrivState, state::msr};
use crate::mmu::{SlotId, TlbEntry};

/// The SPRs the reports show, by the names other tools read (`run --json` "spr").
pub const SPR_NAMES: &[(&str, u16)] = &[
    ("SRR0", 26),
    ("SRR1", 27),
    ("CSRR0", 58),
    ("CSRR1", 59),
    ("MCSRR0", 570),
    ("MCSRR1", 571),
    ("DEAR", 61),
    ("ESR", 62),
    ("PID", 48),
    ("PID1", 633),
    ("PID2", 634),
    ("MAS0", 624),
    ("MAS1", 625),
    ("MAS2", 626),
    ("MAS3", 627),
    ("MAS4", 628),
    ("MAS6", 630),
    ("MAS7", 944),
    ("IVPR", 63),
    ("IVOR0", 400),
    ("IVOR1", 401),
    ("IVOR2", 402),
    ("IVOR3", 403),
    ("IVOR4", 404),
    ("IVOR5", 405),
    ("IVOR6", 406),
    ("IVOR7", 407),
    ("IVOR8", 408),
    ("IVOR9", 409),
    ("IVOR10", 410),
    ("IVOR11", 411),
    ("IVOR12", 412),
    ("IVOR13", 413),
    ("IVOR14", 414),
    ("IVOR15", 415),
    ("SPRG0", 272),
    ("SPRG1", 273),
    ("SPRG2", 274),
    ("SPRG3", 275),
    ("SPRG4", 276),
    ("SPRG5", 277),
    ("SPRG6", 278),
    ("SPRG7", 279),
    ("MMUCSR0", 1012),
    ("TLB0CFG", 688),
    ("TLB1CFG", 689),
    ("MMUCFG", 1015),
    ("PVR", 287),
    ("HID0", 1008),
    ("HID1", 1009),
    ("DEC", 22),
    ("TSR", 336),
    ("TCR", 340),
];

/// What a guest can see of a CPU.
#[derive(Clone, Copy, Debug)]
pub struct GuestView<'a, P: PhysAddr> {
    /// GPRs.
    pub gpr: &'a [u32; 32],
    /// CR.
    pub cr: u32,
    /// LR.
    pub lr: u32,
    /// CTR.
    pub ctr: u32,
    /// XER.
    pub xer: u32,
    /// PC.
    pub pc: u32,
    /// MSR, SPRs, MAS registers and the TLB.
    pub arch: &'a PrivState<P>,
}

impl<'a> GuestView<'a, crate::addr::Hpa> {
    /// The bare core's view of itself.
    pub fn of(cpu: &'a Cpu) -> Self {
        GuestView {
            gpr: &cpu.gpr,
            cr: cpu.cr,
            lr: cpu.lr,
            ctr: cpu.ctr,
            xer: cpu.xer,
            pc: cpu.pc.raw(),
            arch: &cpu.arch,
        }
    }
}

/// An SPR's value as supervisor `mfspr` would read it (0 for one this model lacks).
pub fn read_spr<P: PhysAddr>(arch: &PrivState<P>, spr: u16) -> u32 {
    if arch.msr & msr::PR == 0 {
        return arch.mfspr(spr).ok().flatten().unwrap_or(0);
    }
    let mut sup = arch.clone();
    sup.msr &= !msr::PR;
    sup.mfspr(spr).ok().flatten().unwrap_or(0)
}

/// Valid TLB entries in report order (TLB0 by set and way, then TLB1 by index).
pub fn tlb_entries<P: PhysAddr>(arch: &PrivState<P>) -> Vec<(SlotId, TlbEntry<P>)> {
    let mut v: Vec<_> = arch.tlb.entries().map(|(s, e)| (s, *e)).collect();
    v.sort_by_key(|(s, _)| (s.tlb, s.index));
    v
}

/// One TLB entry as JSON (`tlb` array element).
pub fn tlb_json<P: PhysAddr>(arch: &PrivState<P>, slot: SlotId, e: &TlbEntry<P>) -> Value {
    let g = arch.tlb.geometry();
    let (set, way) = if slot.tlb == 0 { (slot.set(g).unwrap_or(0), slot.way(g)) } else { (0, slot.index) };
    json!({"tlb": slot.tlb, "index": slot.index, "set": set, "way": way,
           "mas1": e.mas1, "mas2": e.mas2, "mas3": e.mas3, "mas7": e.mas7})
}

/// The guest-visible state as a JSON object (without run metadata).
pub fn state_json<P: PhysAddr>(v: &GuestView<'_, P>) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("pc".into(), json!(v.pc));
    m.insert("gpr".into(), json!(v.gpr.to_vec()));
    m.insert("cr".into(), json!(v.cr));
    m.insert("lr".into(), json!(v.lr));
    m.insert("ctr".into(), json!(v.ctr));
    m.insert("xer".into(), json!(v.xer));
    m.insert("msr".into(), json!(v.arch.msr));
    let spr: Map<String, Value> =
        SPR_NAMES.iter().map(|(n, s)| ((*n).to_string(), json!(read_spr(v.arch, *s)))).collect();
    m.insert("spr".into(), Value::Object(spr));
    let tlb: Vec<Value> = tlb_entries(v.arch).iter().map(|(s, e)| tlb_json(v.arch, *s, e)).collect();
    m.insert("tlb".into(), Value::Array(tlb));
    m
}

/// A page size in words: `4K`, `64M`, `4G`.
pub fn size_name(bytes: u64) -> String {
    match bytes {
        b if b >= 1 << 30 => format!("{}G", b >> 30),
        b if b >= 1 << 20 => format!("{}M", b >> 20),
        b => format!("{}K", b >> 10),
    }
}

/// Permissions as `S:rwx U:rwx` (a `-` for each right not granted).
pub fn perms_text(mas3: u32) -> String {
    let p = crate::mmu::Perms::from_mas3(mas3);
    let f = |r: bool, w: bool, x: bool| {
        format!("{}{}{}", if r { 'r' } else { '-' }, if w { 'w' } else { '-' }, if x { 'x' } else { '-' })
    };
    format!("S:{} U:{}", f(p.sr, p.sw, p.sx), f(p.ur, p.uw, p.ux))
}

/// WIMGE as letters (`-` when clear).
pub fn wimge_text(wimge: u8) -> String {
    "WIMGE".chars().enumerate().map(|(i, c)| if wimge & (0x10 >> i) != 0 { c } else { '-' }).collect()
}

/// One decoded TLB entry line (fixed width).
pub fn tlb_line<P: PhysAddr>(slot: SlotId, e: &TlbEntry<P>) -> String {
    format!(
        "{:<12} EPN {:#010x} RPN {:#011x} {:>4} TID {:>3} TS {} {} {} {}",
        slot.to_string(),
        e.epn().raw(),
        e.rpn().raw() & !(e.page_size() - 1),
        size_name(e.page_size()),
        e.tid(),
        u8::from(e.ts()),
        perms_text(e.mas3),
        wimge_text(e.wimge()),
        if e.iprot() { "IPROT" } else { "" }
    )
    .trim_end()
    .to_string()
}

/// The user registers as text: one line of PC/MSR/CR/XER/LR/CTR, then the GPRs four per line.
pub fn gpr_text<P: PhysAddr>(v: &GuestView<'_, P>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "pc  {:08x}  msr {:08x}  cr  {:08x}  xer {:08x}  lr  {:08x}  ctr {:08x}",
        v.pc, v.arch.msr, v.cr, v.xer, v.lr, v.ctr
    );
    for row in 0..8 {
        let regs: Vec<String> =
            (0..4).map(|c| row * 4 + c).map(|r| format!("r{r:<2} {:08x}", v.gpr[r])).collect();
        let _ = writeln!(out, "{}", regs.join("  "));
    }
    out
}

/// The guest-visible state as text: registers, SPRs that are not zero, the valid TLB entries.
pub fn state_text<P: PhysAddr>(v: &GuestView<'_, P>) -> String {
    let mut out = gpr_text(v);
    let sprs: Vec<String> = SPR_NAMES
        .iter()
        .map(|(n, s)| (n, read_spr(v.arch, *s)))
        .filter(|(_, val)| *val != 0)
        .map(|(n, val)| format!("{n}={val:08x}"))
        .collect();
    for chunk in sprs.chunks(5) {
        let _ = writeln!(out, "{}", chunk.join("  "));
    }
    let entries = tlb_entries(v.arch);
    let _ = writeln!(out, "TLB ({} valid entries):", entries.len());
    for (slot, e) in &entries {
        let _ = writeln!(out, "  {}", tlb_line(*slot, e));
    }
    out
}

/// `run --json`: run metadata, the guest-visible state and the console.
pub fn run_json(m: &super::Machine) -> Value {
    let mut o = Map::new();
    o.insert("status".into(), json!(m.run.status));
    o.insert("mode".into(), json!(m.config.mode));
    o.insert("cpu".into(), json!(cpu_name(m.config.cpu)));
    o.insert("profile".into(), json!(m.config.profile));
    o.insert("instructions".into(), json!(m.run.instructions));
    o.insert("idle_ticks".into(), json!(m.run.idle_ticks));
    stall_json(&mut o, m.run.stall.as_ref());
    o.extend(state_json(&GuestView::of(&m.cpu)));
    o.insert("console".into(), json!(m.console()));
    Value::Object(o)
}

/// `run` without `--json`: how the run ended, the state, the console (unless it was shown
/// live as the guest wrote it: then it is not repeated).
pub fn run_text(m: &super::Machine) -> String {
    let mut out = run_header(m.run.status, m.run.instructions, &m.config);
    stall_lines(&mut out, m.run.stall.as_ref());
    idle_line(&mut out, m.run.idle_ticks);
    out.push_str(&state_text(&GuestView::of(&m.cpu)));
    console_section(&mut out, &m.console(), &m.run.console_io);
    out
}

/// `"stall"` of a run that stalled: the first fault and the one that repeats (docs/stall.md).
pub fn stall_json(o: &mut Map<String, Value>, stall: Option<&super::stall::Stall>) {
    if let Some(s) = stall {
        o.insert("stall".into(), json!(s));
    }
}

/// The lines of a run that stalled: what repeated, and the fault that started it.
pub fn stall_lines(out: &mut String, stall: Option<&super::stall::Stall>) {
    let Some(s) = stall else { return };
    let fault = |f: &super::stall::Fault| {
        format!(
            "{} at pc {:#010x} (SRR0 {:#010x}, ESR {:#010x}, DEAR {:#010x}) -> vector {:#010x}",
            f.kind, f.pc, f.srr0, f.esr, f.dear, f.vector
        )
    };
    match &s.repeated {
        Some(r) => {
            let _ = writeln!(
                out,
                "stall: {} interrupts in a row with no instruction completed: {}",
                s.count,
                fault(r)
            );
        }
        None => {
            let _ = writeln!(
                out,
                "stall: {} hypervisor exits in a row with no guest instruction completed",
                s.count
            );
        }
    }
    if let Some(f) = &s.first {
        let _ = writeln!(out, "  first fault: {}", fault(f));
    }
}

/// The idle ticks line of a run's text, when the core waited at all.
pub fn idle_line(out: &mut String, idle_ticks: u64) {
    if idle_ticks > 0 {
        let _ = writeln!(out, "idle: {idle_ticks} time-base ticks waiting (MSR[WE])");
    }
}

/// The console at the end of a run's text, unless it was shown live.
pub fn console_section(out: &mut String, console: &str, io: &super::console::ConsoleIo) {
    if !console.is_empty() && !io.is_live() {
        let _ = writeln!(out, "console:\n{console}");
    }
}

/// The first line of every run's text: how it ended, after how many instructions, in which mode,
/// on which core and profile.
pub fn run_header(status: Option<super::Status>, instructions: u64, config: &super::Config) -> String {
    let status = match status {
        Some(super::Status::Halted) => "halted (branch to self)",
        Some(super::Status::Budget) => "instruction budget exhausted",
        Some(super::Status::Checkstop) => "checkstop (machine check with MSR[ME] = 0)",
        Some(super::Status::Idle) => "idle (waiting with MSR[WE], no interrupt to come)",
        Some(super::Status::Poweroff) => "powered off (GPIO)",
        Some(super::Status::Reset) => "reset requested",
        Some(super::Status::Console) => "console text reached",
        Some(super::Status::Quit) => "quit (Ctrl-A X)",
        Some(super::Status::Stalled) => "stalled (no progress: interrupts again and again)",
        None => "not run",
    };
    let mode = match config.mode {
        super::Mode::Bare => "bare",
        super::Mode::Virt => "virt",
    };
    format!(
        "{status} after {instructions} instructions ({mode} mode, {}, {} profile)\n",
        cpu_name(config.cpu),
        config.profile
    )
}

/// The model's name as the command line spells it.
pub const fn cpu_name(cpu: crate::cpu::CpuModel) -> &'static str {
    match cpu {
        crate::cpu::CpuModel::E500v2 => "e500v2",
        crate::cpu::CpuModel::E500mc => "e500mc",
    }
}
