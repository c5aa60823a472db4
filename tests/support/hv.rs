//! Running fixtures under the hypervisor and comparing with the bare machine.
#![allow(dead_code)]

use serde_json::Value;
use tlbvisor::addr::{Gpa, Hpa};
use tlbvisor::asm::Assembler;
use tlbvisor::compat::Profile;
use tlbvisor::hv::{BackingLayout, Guest, Host, HvConfig, Hypervisor, config::DEFAULT_BACKING, report};
use tlbvisor::image::Image;
use tlbvisor::machine::{self, Machine, report::GuestView, report::state_json};
use tlbvisor::phys::Bus;

use super::fixture::Fixture;

/// The hypervisor set-ups every fixture runs under.
pub fn setups() -> Vec<(&'static str, HvConfig)> {
    let frag =
        |fragment| BackingLayout::Fragmented { fragment, seed: tlbvisor::hv::config::DEFAULT_LAYOUT_SEED };
    let mut v = Vec::new();
    for (name, backing) in [
        ("contiguous", BackingLayout::Contiguous(DEFAULT_BACKING)),
        ("fragments 4M", frag(4 << 20)),
        ("fragments 64K", frag(64 << 10)),
    ] {
        v.push((name, HvConfig { backing, ..HvConfig::default() }));
    }
    for (name, backing) in [
        ("contiguous, host TLB1 4", BackingLayout::Contiguous(DEFAULT_BACKING)),
        ("fragments 64K, host TLB1 4", frag(64 << 10)),
    ] {
        v.push((name, HvConfig { backing, host_tlb1: 4, ..HvConfig::default() }));
    }
    v
}

pub fn assemble(f: &Fixture) -> Image {
    Assembler::new()
        .include_dir(super::root().join("fixtures"))
        .assemble_file(&f.path)
        .unwrap_or_else(|e| panic!("{}:\n{e}", f.name))
        .image
}

/// Runs the fixture under the hypervisor (with the isolation checker on).
pub fn run_virt(f: &Fixture, profile: Profile, hv: HvConfig) -> Hypervisor {
    let mut vm = Hypervisor::new(f.config(profile), hv, &assemble(f)).unwrap();
    vm.enable_checker();
    let status = vm.run();
    assert_eq!(status, machine::Status::Halted, "{} (virt): did not reach `done` ({status:?})", f.name);
    vm
}

/// The guest-visible final state: `state_json` of the guest view, console, checked memory and
/// the instruction count.
pub fn bare_state(m: &Machine, f: &Fixture) -> Value {
    let mut o = state_json(&GuestView::of(&m.cpu));
    o.insert("console".into(), m.console().into());
    o.insert("instructions".into(), m.run.instructions.into());
    let mem: Vec<Value> = f
        .check_mem
        .iter()
        .map(|&(base, len)| {
            let mut buf = vec![0u8; len as usize];
            m.bus.ram().read_bytes(Hpa::new(base), &mut buf).unwrap();
            Value::from(buf)
        })
        .collect();
    o.insert("check_mem".into(), mem.into());
    Value::Object(o)
}

pub fn virt_state(vm: &Hypervisor, f: &Fixture) -> Value {
    guest_state(&vm.guest, &vm.host.mem, f)
}

/// The guest-visible final state of guest `g` (one of several, or the only one) whose RAM is
/// backed in host memory `mem`: as [`bare_state`].
pub fn guest_state(g: &Guest, mem: &Bus, f: &Fixture) -> Value {
    let mut o = state_json(&report::guest_view(g));
    o.insert("console".into(), g.console().into());
    o.insert("instructions".into(), g.run.instructions.into());
    let ram: Vec<Value> = f
        .check_mem
        .iter()
        .map(|&(base, len)| {
            let mut buf = vec![0u8; len as usize];
            assert!(g.read(mem, Gpa::new(base), &mut buf), "check-mem range is guest RAM");
            Value::from(buf)
        })
        .collect();
    o.insert("check_mem".into(), ram.into());
    Value::Object(o)
}

/// A guest's `run --mode virt --json` object without the parts that depend on the host
/// (`host`: its shadows and exits; `gpa_map`: where its RAM is backed): what the guest can see,
/// plus how its run ended and its idle time.
pub fn guest_json(host: &Host, g: &Guest) -> Value {
    let mut j = report::run_json(host, g);
    if let Value::Object(o) = &mut j {
        o.remove("host");
        o.remove("gpa_map");
    }
    j
}

/// The first guest-physical page (4 KiB) where the RAM of guests `a` (backed in `mem_a`) and
/// `b` (in `mem_b`) differ, as `gpa: first differing byte offset`; `None` when every byte of
/// guest RAM is the same.
pub fn ram_difference(a: &Guest, mem_a: &Bus, b: &Guest, mem_b: &Bus) -> Option<String> {
    let size = a.map.ram_size();
    if size != b.map.ram_size() {
        return Some(format!("RAM sizes {size:#x} vs {:#x}", b.map.ram_size()));
    }
    fn page<'a>(g: &Guest, mem: &'a Bus, gpa: u64) -> &'a tlbvisor::phys::Page {
        let t = g.map.translate(Gpa::new(gpa)).expect("guest RAM is mapped");
        mem.ram().page(t.hpa).expect("guest RAM is host RAM")
    }
    (0..size).step_by(4096).find_map(|gpa| {
        let (x, y) = (page(a, mem_a, gpa), page(b, mem_b, gpa));
        (x != y).then(|| {
            let off = x.iter().zip(y.iter()).position(|(p, q)| p != q).unwrap_or(0);
            format!("RAM at GPA {:#x}: {:#04x} vs {:#04x}", gpa + off as u64, x[off], y[off])
        })
    })
}

/// The first field where `a` and `b` differ, as `path: a vs b`.
pub fn first_difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                let p = format!("{path}.{k}");
                match y.get(k) {
                    Some(w) => {
                        if let Some(d) = first_difference(v, w, &p) {
                            return Some(d);
                        }
                    }
                    None => return Some(format!("{p}: {v} vs (missing)")),
                }
            }
            y.keys().find(|k| !x.contains_key(*k)).map(|k| format!("{path}.{k}: (missing) vs {}", y[k]))
        }
        (Value::Array(x), Value::Array(y)) => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                if let Some(d) = first_difference(v, w, &format!("{path}[{i}]")) {
                    return Some(d);
                }
            }
            (x.len() != y.len()).then(|| format!("{path}: {} entries vs {}", x.len(), y.len()))
        }
        _ => (a != b).then(|| format!("{path}: {a} vs {b}")),
    }
}
