//! Reports designed to be read and diffed (snapshot tests, `tlbvisor run --report`).
//!
//! Every report is plain text with fixed-width columns, one line per item and a stable order, so
//! that a changed behaviour shows up as a small, readable diff:
//!
//! * [`tlb`]: the guest's TLB (one line per valid entry, sorted TLB0 by set and way, then TLB1
//!   by index; decoded fields and the raw MAS words). Under the hypervisor it is followed by the
//!   host TLB with the guest entry each shadow came from (`<- guest TLB1[3]`), the
//!   guest-physical map (GPA -> HPA) and the exit and shadow statistics. The guest section is the
//!   same text in both modes, so a bare and a virtualized run of one program can be compared
//!   line by line.
//! * [`regs`]: the guest-visible registers: PC, MSR, CR, XER, LR, CTR, the GPRs and every SPR
//!   the JSON output names, zeros included (so lines never come and go).
//! * [`events`]: the hypervisor's event log, one line per trap, shadow fill, eviction,
//!   invalidation, reflection, MMIO replay and context switch, in order, each with the guest PC
//!   of the exit it belongs to.
//!
//! A TLB entry is formatted in one place, [`crate::machine::report::tlb_line`]; [`tlb_entry_line`]
//! extends that line with U0-U3 and the raw words.

use std::fmt::Write as _;
use std::str::FromStr;

use crate::addr::PhysAddr;
use crate::cpu::PrivState;
use crate::events::Event as CoreEvent;
use crate::hv::events::EventLog;
use crate::hv::{EMULATED, Event, ExitKind, Guest, Host};
use crate::machine::report::{GuestView, SPR_NAMES, read_spr, run_header, size_name, tlb_entries, tlb_line};
use crate::machine::{Config, Machine, RunState};
use crate::mmu::{SlotId, TlbEntry};
use crate::phys::{Backing, GpaRegion};

/// What a report is made of: one program's run, on the bare machine or as a guest of the
/// hypervisor (with the host it runs on). The reports are the same code for both; what only a
/// hypervisor has (the host TLB, the map, its counters and events) comes from here.
pub trait Subject {
    /// The run's counters and end.
    fn run_state(&self) -> &RunState;
    /// The machine configuration.
    fn config(&self) -> &Config;
    /// The UART0 output.
    fn console(&self) -> String;
    /// The register report: what the guest sees.
    fn regs_text(&self) -> String;
    /// The guest TLB section (the same text in both modes).
    fn guest_tlb_text(&self) -> String;
    /// The hypervisor's sections of the TLB report: host TLB, guest-physical map, counters.
    fn host_sections(&self) -> Vec<String>;
    /// The hypervisor's event log.
    fn hv_log(&self) -> Option<&EventLog>;
}

impl Subject for Machine {
    fn run_state(&self) -> &RunState {
        &self.run
    }
    fn config(&self) -> &Config {
        &self.config
    }
    fn console(&self) -> String {
        Machine::console(self)
    }
    fn regs_text(&self) -> String {
        regs_of(&GuestView::of(&self.cpu))
    }
    fn guest_tlb_text(&self) -> String {
        guest_tlb(&self.cpu.arch)
    }
    fn host_sections(&self) -> Vec<String> {
        Vec::new()
    }
    fn hv_log(&self) -> Option<&EventLog> {
        None
    }
}

impl<T: Subject + ?Sized> Subject for &T {
    fn run_state(&self) -> &RunState {
        (**self).run_state()
    }
    fn config(&self) -> &Config {
        (**self).config()
    }
    fn console(&self) -> String {
        (**self).console()
    }
    fn regs_text(&self) -> String {
        (**self).regs_text()
    }
    fn guest_tlb_text(&self) -> String {
        (**self).guest_tlb_text()
    }
    fn host_sections(&self) -> Vec<String> {
        (**self).host_sections()
    }
    fn hv_log(&self) -> Option<&EventLog> {
        (**self).hv_log()
    }
}

/// A guest of the hypervisor and the host it runs on, as a report's [`Subject`].
#[derive(Clone, Copy, Debug)]
pub struct GuestOnHost<'a>(pub &'a Host, pub &'a Guest);

impl Subject for GuestOnHost<'_> {
    fn run_state(&self) -> &RunState {
        &self.1.run
    }
    fn config(&self) -> &Config {
        &self.1.config
    }
    fn console(&self) -> String {
        self.1.console()
    }
    fn regs_text(&self) -> String {
        regs_of(&crate::hv::report::guest_view(self.1))
    }
    fn guest_tlb_text(&self) -> String {
        guest_tlb(&self.1.vcpu)
    }
    fn host_sections(&self) -> Vec<String> {
        let GuestOnHost(h, g) = *self;
        vec![host_tlb(h, g), gpa_map(h, g), stats(g)]
    }
    fn hv_log(&self) -> Option<&EventLog> {
        Some(&self.1.rec.log)
    }
}

/// Which report (`run --report KIND`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportKind {
    /// `tlb`: the guest's TLB (and under the hypervisor its shadows).
    Tlb,
    /// `regs`: the registers.
    Regs,
    /// `events`: the event log.
    Events,
    /// `all`: a header line, then the register, TLB and event reports and the console.
    All,
}

/// A report name that is not one of `tlb`, `regs`, `events`, `all`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown report `{0}` (expected tlb, regs, events or all)")]
pub struct UnknownReport(pub String);

impl FromStr for ReportKind {
    type Err = UnknownReport;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "tlb" => Ok(ReportKind::Tlb),
            "regs" => Ok(ReportKind::Regs),
            "events" => Ok(ReportKind::Events),
            "all" => Ok(ReportKind::All),
            _ => Err(UnknownReport(s.to_string())),
        }
    }
}

/// The report of kind `kind`.
pub fn render(t: &dyn Subject, kind: ReportKind) -> String {
    match kind {
        ReportKind::Tlb => tlb(t),
        ReportKind::Regs => regs(t),
        ReportKind::Events => events(t),
        ReportKind::All => all(t),
    }
}

/// The width of [`tlb_line`] with every column present (an IPROT entry), computed from the line
/// itself so that the raw words always start in the same column.
fn decoded_width() -> usize {
    let e = TlbEntry::<crate::addr::Hpa>::from_words(0xC000_0100, 0, 0, 0);
    tlb_line(SlotId::tlb1(0), &e).len()
}

/// U0..U3 as digits (`-` when clear): `0--3`.
pub fn user_bits_text(bits: u8) -> String {
    (0..4u8).map(|i| if bits & (8 >> i) != 0 { char::from(b'0' + i) } else { '-' }).collect()
}

/// One TLB entry, fixed width: [`tlb_line`]'s decoded fields (slot, EPN, RPN, size, TID, TS,
/// permissions, WIMGE, IPROT), U0-U3, and the raw MAS1, MAS2, MAS3 and MAS7 words.
pub fn tlb_entry_line<P: PhysAddr>(slot: SlotId, e: &TlbEntry<P>) -> String {
    format!(
        "{:<w$} U0-3 {}  MAS1 {:08x} MAS2 {:08x} MAS3 {:08x} MAS7 {:08x}",
        tlb_line(slot, e),
        user_bits_text(e.user_bits()),
        e.mas1,
        e.mas2,
        e.mas3,
        e.mas7,
        w = decoded_width()
    )
}

/// The guest TLB section: identical text for a bare and a virtualized run of the same program.
pub fn guest_tlb<P: PhysAddr>(arch: &PrivState<P>) -> String {
    let entries = tlb_entries(arch);
    let g = arch.tlb.geometry();
    let mut out = format!(
        "guest TLB: {} valid (TLB0 {} sets x {} ways, TLB1 {} entries)\n",
        entries.len(),
        g.tlb0_sets(),
        g.tlb0_ways(),
        g.tlb1_entries()
    );
    for (slot, e) in &entries {
        let _ = writeln!(out, "  {}", tlb_entry_line(*slot, e));
    }
    out
}

/// The host TLB section of a virtualized run: every valid host entry of the guest (and any that
/// belongs to no guest) with its origin.
pub fn host_tlb(h: &Host, guest: &Guest) -> String {
    let host = &h.cpu.arch;
    let mut entries = tlb_entries(host);
    entries.retain(|(slot, _)| h.shadows.shadow_of(*slot).is_none_or(|r| r.owner == guest.id));
    let g = host.tlb.geometry();
    // The host PIDs of this guest's context (the core's while it runs).
    let p = guest.host_context.host_pids();
    let mut out = format!(
        "host TLB: {} valid (TLB0 {} sets x {} ways, TLB1 {} entries), host PIDs {} {} {}\n",
        entries.len(),
        g.tlb0_sets(),
        g.tlb0_ways(),
        g.tlb1_entries(),
        p[0],
        p[1],
        p[2]
    );
    for (slot, e) in &entries {
        let origin = h
            .shadows
            .shadow_of(*slot)
            .map_or_else(|| "<- hypervisor".to_string(), |r| format!("<- guest {} sid {}", r.guest, r.sid));
        let _ = writeln!(out, "  {}  {origin}", tlb_entry_line(*slot, e));
    }
    out
}

/// Above this many regions the map lists only the device regions and the RAM regions a host TLB
/// entry maps, and counts the rest (`--backing-fragments 64K` makes thousands).
const GPA_MAP_FULL: usize = 16;

/// The guest-physical map of a virtualized run, region by region (summarised past
/// `GPA_MAP_FULL` regions).
pub fn gpa_map(h: &Host, guest: &Guest) -> String {
    let regions = guest.map.regions();
    let mut out = format!("GPA -> HPA: {} regions\n", regions.len());
    if regions.len() <= GPA_MAP_FULL {
        for r in regions {
            let _ = writeln!(out, "  {r}");
        }
        return out;
    }
    let mapped: Vec<(u64, u64)> =
        tlb_entries(&h.cpu.arch).iter().map(|(_, e)| (e.rpn_raw(), e.rpn_raw() + e.page_size())).collect();
    let shown = |r: &GpaRegion| match r.backing {
        Backing::Ram { hpa } => {
            let end = hpa.raw() + r.range.size();
            mapped.iter().any(|&(b, e)| b < end && hpa.raw() < e)
        }
        Backing::Mmio(_) => true,
    };
    let mut hidden = 0;
    for r in regions {
        if shown(r) {
            let _ = writeln!(out, "  {r}");
        } else {
            hidden += 1;
        }
    }
    let _ = writeln!(out, "  ... and {hidden} RAM regions no host TLB entry maps");
    out
}

/// The exit and shadow counters of a virtualized run, one per line, every counter in a fixed
/// order (zeros included); emulated instructions by mnemonic, those seen only.
pub fn stats(guest: &Guest) -> String {
    let x = &guest.rec.exits;
    let s = &guest.rec.shadow;
    let mut out = String::from("exits:\n");
    let line = |out: &mut String, name: &str, v: u64| {
        let _ = writeln!(out, "  {name:<20} {v:>8}");
    };
    line(&mut out, "total", x.total());
    line(&mut out, "emulated", x.emulated_total());
    for op in EMULATED.iter().filter(|op| x.emulated(**op) > 0) {
        line(&mut out, &format!("  {}", op.name()), x.emulated(*op));
    }
    for (name, v) in x.by_kind() {
        line(&mut out, name, v);
    }
    if x.hypercall > 0 {
        line(&mut out, "hypercall", x.hypercall);
    }
    out.push_str("shadows:\n");
    for (name, v) in s.counters() {
        line(&mut out, name, v);
    }
    out
}

/// The TLB report: the guest TLB; under the hypervisor also the host TLB with each shadow's
/// origin, the GPA -> HPA map and the statistics.
pub fn tlb(t: &dyn Subject) -> String {
    let mut out = t.guest_tlb_text();
    for part in t.host_sections() {
        out.push('\n');
        out.push_str(&part);
    }
    out
}

fn regs_of<P: PhysAddr>(v: &GuestView<'_, P>) -> String {
    let mut out = crate::machine::report::gpr_text(v);
    for chunk in SPR_NAMES.chunks(4) {
        let cells: Vec<String> =
            chunk.iter().map(|(n, s)| format!("{n:<7} {:08x}", read_spr(v.arch, *s))).collect();
        let _ = writeln!(out, "{}", cells.join("  "));
    }
    out
}

/// The register report: what the guest sees, the same text in both modes.
pub fn regs(t: &dyn Subject) -> String {
    t.regs_text()
}

/// A short name of an interrupt kind (`DataTlbError`).
fn irq_name(kind: &crate::cpu::InterruptKind) -> String {
    let d = format!("{kind:?}");
    d.split([' ', '(', '{']).next().unwrap_or("").to_string()
}

fn exit_name(kind: ExitKind) -> String {
    match kind {
        ExitKind::Emulated(m) => format!("emulated {}", m.name()),
        k => k.name().to_string(),
    }
}

/// One event as a line (without its number and PC column).
pub fn event_text(e: &Event) -> String {
    match e {
        Event::Exit { kind: kind @ ExitKind::Emulated(_), .. } => format!("exit       {}", exit_name(*kind)),
        Event::Exit { kind, ea, .. } => format!("exit       {:<24} ea {ea:08x}", exit_name(*kind)),
        Event::Fill { guest, host, ea, gpa, hpa, size, sid, .. } => format!(
            "fill       guest {:<10} -> host {:<10} EA:{ea:#010x} -> {gpa} -> {hpa} {:>4} sid {sid}",
            guest.to_string(),
            host.to_string(),
            size_name(*size)
        ),
        Event::Evict { host, guest } => {
            format!("evict      host {:<10} (guest {})", host.to_string(), guest)
        }
        Event::Invalidate { host, guest, cause } => {
            format!("invalidate host {:<10} (guest {}) {}", host.to_string(), guest, cause.name())
        }
        Event::Reflect { kind, guest_pc, vector } => {
            format!("reflect    {:<24} srr0 {guest_pc:08x} -> vector {vector:08x}", irq_name(kind))
        }
        Event::Mmio { gpa, access, .. } => format!("mmio       {:<24} {gpa}", format!("{access:?}")),
        Event::TagFlush { dropped } => format!("tag-flush  {dropped} shadows dropped"),
        Event::Context { guest_msr, guest_pids, host_pids } => format!(
            "context    guest MSR {guest_msr:08x} PIDs {} {} {} -> host PIDs {} {} {}",
            guest_pids[0], guest_pids[1], guest_pids[2], host_pids[0], host_pids[1], host_pids[2]
        ),
        Event::Patch { ea, gpa, old, new, .. } => format!(
            "patch      EA:{ea:#010x} {gpa} {} -> {}",
            crate::isa::decode(*old).disasm(*ea),
            crate::isa::decode(*new).disasm(*ea)
        ),
        Event::Shared { page, what } => format!("shared     page {page:08x} {what:?}"),
        Event::Core(CoreEvent::Arch { e, .. }) => format!("arch       {e:?}"),
        Event::Core(CoreEvent::Access { chain, .. }) => format!("access     {chain:?}"),
    }
}

/// The event log report: one line per event, in order, numbered, with the guest PC of the exit
/// it belongs to (`--------` before the first exit). The hypervisor records each exit before
/// what it does about it (a shadow fill, the eviction that makes room, an invalidation), so an
/// event belongs to the latest exit before it. Bare runs have no hypervisor and no events.
///
/// Only the hypervisor's events are listed: the guest's architectural events (its `tlbwe`,
/// interrupts, `rfi`) are in the same log and are what `explain` narrates.
pub fn events(t: &dyn Subject) -> String {
    let Some(log) = t.hv_log() else {
        return "events: none (bare mode runs without the hypervisor)\n".to_string();
    };
    let hv_events: Vec<&Event> = log
        .iter()
        .filter(|e| !matches!(e, Event::Core(CoreEvent::Arch { .. }) | Event::Core(CoreEvent::Access { .. })))
        .collect();
    let mut out = format!("events: {} kept, {} dropped (oldest first)\n", hv_events.len(), log.dropped());
    let mut pc = None;
    for (i, e) in hv_events.into_iter().enumerate() {
        if let Event::Exit { guest_pc, .. } | Event::Mmio { guest_pc, .. } = e {
            pc = Some(*guest_pc);
        }
        let pc_text = pc.map_or_else(|| "--------".to_string(), |p: u32| format!("{p:08x}"));
        let n = i as u64 + log.dropped();
        let _ = writeln!(out, "{n:>5}  pc {pc_text}  {}", event_text(e));
    }
    out
}

/// Everything: how the run ended, the register, TLB and event reports, and the console.
pub fn all(t: &dyn Subject) -> String {
    let (run, console) = (t.run_state(), t.console());
    let mut out = run_header(run.status, run.instructions, t.config());
    crate::machine::report::stall_lines(&mut out, run.stall.as_ref());
    out.push('\n');
    out.push_str(&regs(t));
    out.push('\n');
    out.push_str(&tlb(t));
    out.push('\n');
    out.push_str(&events(t));
    if !console.is_empty() {
        let _ = write!(out, "\nconsole:\n{console}");
        if !console.ends_with('\n') {
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_user_bits() {
        assert_eq!("events".parse::<ReportKind>(), Ok(ReportKind::Events));
        assert!("tlbs".parse::<ReportKind>().is_err());
        assert_eq!(user_bits_text(0b1001), "0--3");
        assert_eq!(user_bits_text(0), "----");
    }

    #[test]
    fn entry_lines_are_fixed_width() {
        let a = TlbEntry::<crate::addr::Hpa>::from_words(0x8000_0100, 0x1000, 0x1005, 0);
        let b = TlbEntry::<crate::addr::Hpa>::from_words(0xC000_0A00, 0x4000_0000, 0x3FF, 0xF);
        let (la, lb) = (tlb_entry_line(SlotId::tlb1(1), &a), tlb_entry_line(SlotId::tlb0(5), &b));
        assert_eq!(la.len(), lb.len());
        assert_eq!(la.find("MAS1"), lb.find("MAS1"));
        assert!(lb.contains("IPROT U0-3 0123"), "{lb}");
    }
}
