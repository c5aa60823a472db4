//! `run --mode virt` output: the guest-visible state, built from the guest's registers and
//! `PrivState<Gpa>` by the bare machine's own report code, plus the host side (`"host"`: the host
//! TLB with the guest entry behind each shadow, exit and shadow counters) and the guest-physical
//! map. The text form lists every guest TLB entry with the host entries made from it, so the
//! rewrite of each real page can be read off.

use std::fmt::Write as _;

use serde_json::{Map, Value, json};

use crate::addr::Gpa;
use crate::machine::report::{
    GuestView, console_section, cpu_name, idle_line, run_header, state_json, state_text, tlb_entries,
    tlb_json, tlb_line,
};
use crate::machine::{Config, Mode};
use crate::phys::Backing;

use crate::addr::Hpa;
use crate::mmu::{SlotId, TlbEntry};

use super::{Guest, Host, Hypervisor};

/// What the guest sees of its CPU: its user registers and the vCPU (as of its last switch off
/// the core: every run ends with its guests' registers saved).
pub fn guest_view(g: &Guest) -> GuestView<'_, Gpa> {
    let r = &g.regs;
    GuestView { gpr: &r.gpr, cr: r.cr, lr: r.lr, ctr: r.ctr, xer: r.xer, pc: r.pc.raw(), arch: &g.vcpu }
}

/// The host entries holding `g`'s shadows, in slot order.
pub fn shadows_of_guest(host: &Host, g: &Guest) -> Vec<(SlotId, TlbEntry<Hpa>)> {
    tlb_entries(&host.cpu.arch)
        .into_iter()
        .filter(|(slot, _)| host.shadows.shadow_of(*slot).is_some_and(|r| r.owner == g.id))
        .collect()
}

/// `g`'s part of the host TLB as JSON: each valid entry holding one of its shadows, in the bare
/// report's shape, with the guest entry it shadows.
pub fn host_tlb_json(host: &Host, g: &Guest) -> Value {
    let arch = &host.cpu.arch;
    let v: Vec<Value> = shadows_of_guest(host, g)
        .iter()
        .map(|(slot, e)| {
            let mut j = tlb_json(arch, *slot, e);
            if let (Some(r), Value::Object(o)) = (host.shadows.shadow_of(*slot), &mut j) {
                o.insert("shadows".into(), json!({"tlb": r.guest.tlb, "index": r.guest.index}));
                o.insert("sid".into(), json!(r.sid));
            }
            j
        })
        .collect();
    Value::Array(v)
}

/// The guest-physical map as JSON.
pub fn gpa_map_json(g: &Guest) -> Value {
    let v: Vec<Value> = g
        .map
        .regions()
        .iter()
        .map(|r| match r.backing {
            Backing::Ram { hpa } => {
                json!({"gpa": r.range.base().raw(), "size": r.range.size(), "hpa": hpa.raw()})
            }
            Backing::Mmio(id) => json!({"gpa": r.range.base().raw(), "size": r.range.size(), "device": id.0}),
        })
        .collect();
    Value::Array(v)
}

/// `run --mode virt --json` for one guest: the guest-visible state, and its part of the host.
pub fn run_json(host: &Host, g: &Guest) -> Value {
    let mut o = Map::new();
    o.insert("status".into(), json!(g.run.status));
    o.insert("mode".into(), json!(Mode::Virt));
    o.insert("cpu".into(), json!(cpu_name(g.config.cpu)));
    o.insert("profile".into(), json!(g.config.profile));
    o.insert("instructions".into(), json!(g.run.instructions));
    o.insert("idle_ticks".into(), json!(g.run.idle_ticks));
    crate::machine::report::stall_json(&mut o, g.run.stall.as_ref());
    o.extend(state_json(&guest_view(g)));
    o.insert("console".into(), json!(g.console()));
    let mut shadow = g.rec.shadow.to_json();
    if let Value::Object(s) = &mut shadow {
        s.insert("host_tlb1_entries".into(), json!(host.cpu.arch.tlb.geometry().tlb1_entries()));
        s.insert("valid".into(), json!(shadows_of_guest(host, g).len()));
    }
    o.insert(
        "host".into(),
        json!({
            "tlb": host_tlb_json(host, g),
            "pid": g.host_context.host_pids(),
            "exits": g.rec.exits.to_json(),
            "shadow": shadow,
            "events": {"kept": g.rec.log.len(), "dropped": g.rec.log.dropped()},
        }),
    );
    o.insert("gpa_map".into(), gpa_map_json(g));
    Value::Object(o)
}

/// `run --mode virt --json` of several guests: each guest's object exactly as its solo run
/// prints it, in command-line order, and the host-wide figures.
pub fn guests_json(vm: &Hypervisor) -> Value {
    let guests = vm.guests();
    let each: Vec<Value> = guests.iter().map(|g| run_json(&vm.host, g)).collect();
    json!({"guests": each, "host": vm.host.stats_json(guests.len())})
}

/// `run --mode virt` as text for one guest: its state, each guest TLB entry with its shadows,
/// its part of the host TLB with the origin of each entry, the counters and the map.
pub fn run_text(host: &Host, g: &Guest) -> String {
    let mut out = run_header(g.run.status, g.run.instructions, &Config { mode: Mode::Virt, ..g.config });
    crate::machine::report::stall_lines(&mut out, g.run.stall.as_ref());
    idle_line(&mut out, g.run.idle_ticks);
    out.push_str(&state_text(&guest_view(g)));
    let _ = writeln!(out, "guest TLB -> host TLB (the rewrite):");
    for (slot, e) in tlb_entries(&g.vcpu) {
        let _ = writeln!(out, "  guest {}", tlb_line(slot, &e));
        for h in host.shadows.shadows_of(g.id, slot) {
            if let Some(he) = host.cpu.arch.tlb.entry(h) {
                let _ = writeln!(out, "    -> host {}", tlb_line(h, he));
            }
        }
    }
    let mine = shadows_of_guest(host, g);
    let _ = writeln!(
        out,
        "host TLB ({} valid entries, TLB1 of {}; host PIDs {:?}):",
        mine.len(),
        host.cpu.arch.tlb.geometry().tlb1_entries(),
        g.host_context.host_pids()
    );
    for (slot, e) in &mine {
        let origin =
            host.shadows.shadow_of(*slot).map_or(String::new(), |r| format!("  <- guest {}", r.guest));
        let _ = writeln!(out, "  {}{origin}", tlb_line(*slot, e));
    }
    out.push_str(&crate::report::stats(g));
    let _ = writeln!(out, "guest-physical map:");
    for r in g.map.regions().iter().take(16) {
        let _ = writeln!(out, "  {r}");
    }
    if g.map.regions().len() > 16 {
        let _ = writeln!(out, "  ... {} regions in all", g.map.regions().len());
    }
    console_section(&mut out, &g.console(), &g.run.console_io);
    out
}

/// `run --mode virt` of several guests as text: each guest's report under its name, then the
/// host-wide figures.
pub fn guests_text(vm: &Hypervisor) -> String {
    let guests = vm.guests();
    let mut out = String::new();
    for g in &guests {
        let _ = writeln!(out, "=== guest {}: {} ===", g.id, g.name);
        out.push_str(&run_text(&vm.host, g));
        out.push('\n');
    }
    out.push_str(&host_text(vm));
    out
}

/// The host-wide figures of a run of several guests, as text (the end of [`guests_text`]).
pub fn host_text(vm: &Hypervisor) -> String {
    let h = &vm.host;
    let mut out = String::from("=== host ===\n");
    let _ = writeln!(
        out,
        "{} guests, switch {}, quantum {} steps: {} switches",
        vm.guest_count(),
        h.switch.name(),
        h.quantum,
        h.switches
    );
    let _ = writeln!(
        out,
        "host TLB: {} valid entries, TLB1 of {}; tag flushes {}, flushes at switches {}, shadows evicted by another guest {}",
        h.cpu.arch.tlb.entries().count(),
        h.cpu.arch.tlb.geometry().tlb1_entries(),
        h.shadows.tag_flushes,
        h.shadows.switch_flushes,
        h.shadows.foreign_evictions
    );
    out
}
