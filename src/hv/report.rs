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

use super::VirtMachine;

/// What the guest sees of its CPU: its user registers (held by the host core) and the vCPU.
pub fn guest_view(vm: &VirtMachine) -> GuestView<'_, Gpa> {
    let c = &vm.cpu;
    GuestView { gpr: &c.gpr, cr: c.cr, lr: c.lr, ctr: c.ctr, xer: c.xer, pc: c.pc.raw(), arch: &vm.guest }
}

/// The host TLB as JSON: each valid entry in the bare report's shape, with the guest entry it
/// shadows.
pub fn host_tlb_json(vm: &VirtMachine) -> Value {
    let host = &vm.cpu.arch;
    let v: Vec<Value> = tlb_entries(host)
        .iter()
        .map(|(slot, e)| {
            let mut j = tlb_json(host, *slot, e);
            if let (Some(r), Value::Object(o)) = (vm.shadows.shadow_of(*slot), &mut j) {
                o.insert("shadows".into(), json!({"tlb": r.guest.tlb, "index": r.guest.index}));
                o.insert("sid".into(), json!(r.sid));
            }
            j
        })
        .collect();
    Value::Array(v)
}

/// The guest-physical map as JSON.
pub fn gpa_map_json(vm: &VirtMachine) -> Value {
    let v: Vec<Value> = vm
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

/// `run --mode virt --json`.
pub fn run_json(vm: &VirtMachine) -> Value {
    let mut o = Map::new();
    o.insert("status".into(), json!(vm.status));
    o.insert("mode".into(), json!(Mode::Virt));
    o.insert("cpu".into(), json!(cpu_name(vm.config.cpu)));
    o.insert("profile".into(), json!(vm.config.profile));
    o.insert("instructions".into(), json!(vm.instructions));
    o.insert("idle_ticks".into(), json!(vm.idle_ticks));
    crate::machine::report::stall_json(&mut o, vm.stall.as_ref());
    o.extend(state_json(&guest_view(vm)));
    o.insert("console".into(), json!(vm.console()));
    let mut shadow = vm.rec.shadow.to_json();
    if let Value::Object(s) = &mut shadow {
        s.insert("host_tlb1_entries".into(), json!(vm.cpu.arch.tlb.geometry().tlb1_entries()));
        s.insert("valid".into(), json!(vm.cpu.arch.tlb.entries().count()));
    }
    o.insert(
        "host".into(),
        json!({
            "tlb": host_tlb_json(vm),
            "pid": vm.cpu.arch.sprs.pid,
            "exits": vm.rec.exits.to_json(),
            "shadow": shadow,
            "events": {"kept": vm.rec.log.len(), "dropped": vm.rec.log.dropped()},
        }),
    );
    o.insert("gpa_map".into(), gpa_map_json(vm));
    Value::Object(o)
}

/// `run --mode virt` as text: the guest state, each guest TLB entry with its shadows, the host
/// TLB with the origin of each entry, the counters and the map.
pub fn run_text(vm: &VirtMachine) -> String {
    let mut out = run_header(vm.status, vm.instructions, &Config { mode: Mode::Virt, ..vm.config });
    crate::machine::report::stall_lines(&mut out, vm.stall.as_ref());
    idle_line(&mut out, vm.idle_ticks);
    out.push_str(&state_text(&guest_view(vm)));
    let _ = writeln!(out, "guest TLB -> host TLB (the rewrite):");
    for (slot, e) in tlb_entries(&vm.guest) {
        let _ = writeln!(out, "  guest {}", tlb_line(slot, &e));
        for h in vm.shadows.shadows_of(slot) {
            if let Some(he) = vm.cpu.arch.tlb.entry(h) {
                let _ = writeln!(out, "    -> host {}", tlb_line(h, he));
            }
        }
    }
    let host = tlb_entries(&vm.cpu.arch);
    let _ = writeln!(
        out,
        "host TLB ({} valid entries, TLB1 of {}; host PIDs {:?}):",
        host.len(),
        vm.cpu.arch.tlb.geometry().tlb1_entries(),
        vm.cpu.arch.sprs.pid
    );
    for (slot, e) in &host {
        let origin = vm.shadows.shadow_of(*slot).map_or(String::new(), |r| format!("  <- guest {}", r.guest));
        let _ = writeln!(out, "  {}{origin}", tlb_line(*slot, e));
    }
    out.push_str(&crate::report::stats(vm));
    let _ = writeln!(out, "guest-physical map:");
    for r in vm.map.regions().iter().take(16) {
        let _ = writeln!(out, "  {r}");
    }
    if vm.map.regions().len() > 16 {
        let _ = writeln!(out, "  ... {} regions in all", vm.map.regions().len());
    }
    console_section(&mut out, &vm.console(), &vm.console_io);
    out
}
