//! Running fixtures under the hypervisor and comparing with the bare machine.
#![allow(dead_code)]

use serde_json::Value;
use tlbvisor::asm::Assembler;
use tlbvisor::image::Image;
use tlbvisor::session::{
    BackingLayout, DEFAULT_BACKING, DEFAULT_LAYOUT_SEED, HvConfig, Mode, Profile, Session, Status,
};

use super::fixture::Fixture;

/// The hypervisor set-ups every fixture runs under.
pub fn setups() -> Vec<(&'static str, HvConfig)> {
    let frag = |fragment| BackingLayout::Fragmented { fragment, seed: DEFAULT_LAYOUT_SEED };
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
pub fn run_virt(f: &Fixture, profile: Profile, hv: HvConfig) -> Session {
    let config = tlbvisor::session::Config { mode: Mode::Virt, ..f.config(profile) };
    let mut vm =
        Session::from_image(assemble(f)).machine_config(config, hv).check_isolation().build().unwrap();
    vm.run();
    let status = vm.status();
    assert_eq!(status, Some(Status::Halted), "{} (virt): did not reach `done` ({status:?})", f.name);
    vm
}

/// The guest-visible final state: the session's guest-visible state, console, checked memory
/// (physical on the bare machine, guest-physical under the hypervisor) and the instruction count.
pub fn state(s: &Session, f: &Fixture) -> Value {
    let Value::Object(mut o) = s.state() else { unreachable!("the state is an object") };
    o.insert("console".into(), s.console().into());
    o.insert("instructions".into(), s.instructions().into());
    let mem: Vec<Value> = f
        .check_mem
        .iter()
        .map(|&(base, len)| {
            Value::from(s.read_bytes(base, len as usize).expect("check-mem range is (guest) RAM"))
        })
        .collect();
    o.insert("check_mem".into(), mem.into());
    Value::Object(o)
}

/// The guest-visible final state of a bare run.
pub fn bare_state(m: &Session, f: &Fixture) -> Value {
    state(m, f)
}

/// The guest-visible final state of a virtualized run.
pub fn virt_state(vm: &Session, f: &Fixture) -> Value {
    state(vm, f)
}

/// A guest's `run --mode virt --json` object without the parts that depend on the host
/// (`host`: its shadows and exits; `gpa_map`: where its RAM is backed): what the guest can see,
/// plus how its run ended and its idle time. `j` is a solo run's JSON or one element of a
/// several-guest run's `guests`.
pub fn guest_json(j: &Value) -> Value {
    let mut j = j.clone();
    if let Value::Object(o) = &mut j {
        o.remove("host");
        o.remove("gpa_map");
    }
    j
}

/// The selected guest's `guest_json` in a session of one or several guests.
pub fn selected_json(s: &Session, p: usize) -> Value {
    let all = s.json();
    guest_json(if s.programs() > 1 { &all["guests"][p] } else { &all })
}

/// The first guest-physical page (4 KiB) where the RAM of the programs selected in `a` and `b`
/// differs, as `gpa: first differing byte`; `None` when every byte of RAM is the same.
pub fn ram_difference(a: &Session, b: &Session) -> Option<String> {
    let size = a.config().ram;
    if size != b.config().ram {
        return Some(format!("RAM sizes {size:#x} vs {:#x}", b.config().ram));
    }
    (0..size).step_by(4096).find_map(|gpa| {
        let (x, y) =
            (a.read_bytes(gpa, 4096).expect("guest RAM"), b.read_bytes(gpa, 4096).expect("guest RAM"));
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
