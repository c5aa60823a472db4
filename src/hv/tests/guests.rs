//! Several guests on one core: every fixture runs as one of 2, 3 and 8 concurrent guests of one
//! hypervisor (guests of one CPU model and profile share a core), under several time slices
//! (1, 7, 1000 and 100000 guest steps), host TLB1 sizes (16 and 4), backings (contiguous, 64 KiB
//! fragments) and both switch modes (tags, flush), with the isolation checker on. Each guest
//! ends exactly as its solo run under the hypervisor does (which `hv_equivalence` proves equal
//! to the bare machine): registers, SPRs, its TLB, console, instruction count, idle time, how
//! the run ended, and every byte of its RAM. The checker finds nothing after any exit or switch.
//!
//! (`tests/hv_guests.rs` checks the CLI's `run --mode virt A B C --json` the same way.)
//!
//! `TLBVISOR_GUESTS_ALL=1` runs every group under every quantum (1, 2, 3, 7, 64, 1000, 100000),
//! host TLB1 size (16, 4, 2) and switch mode instead of one set-up per group (about 40 times as
//! long).

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use serde_json::Value;

use super::fixture::Fixture;
use super::hv::{assemble, first_difference};
use super::run_virt;
use crate::addr::Gpa;
use crate::boot::BootOptions;
use crate::compat::Profile;
use crate::cpu::CpuModel;
use crate::hv::{
    BackingLayout, Guest, GuestSpec, Host, HvConfig, Hypervisor, SwitchMode, config::DEFAULT_LAYOUT_SEED,
    report,
};
use crate::image::Image;
use crate::machine::report::state_json;
use crate::machine::{Config, Status};
use crate::phys::Bus;

/// The guest-visible final state of guest `g` whose RAM is backed in host memory `mem`: its
/// registers, SPRs and TLB, console, instruction count and the fixture's checked memory.
fn guest_state(g: &Guest, mem: &Bus, f: &Fixture) -> Value {
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
/// (`host`: its shadows and exits; `gpa_map`: where its RAM is backed).
fn guest_json(host: &Host, g: &Guest) -> Value {
    let mut j = report::run_json(host, g);
    if let Value::Object(o) = &mut j {
        o.remove("host");
        o.remove("gpa_map");
    }
    j
}

/// The first guest-physical page (4 KiB) where the RAM of guests `a` (backed in `mem_a`) and
/// `b` (in `mem_b`) differ; `None` when every byte of guest RAM is the same.
fn ram_difference(a: &Guest, mem_a: &Bus, b: &Guest, mem_b: &Bus) -> Option<String> {
    let size = a.map.ram_size();
    if size != b.map.ram_size() {
        return Some(format!("RAM sizes {size:#x} vs {:#x}", b.map.ram_size()));
    }
    fn page<'a>(g: &Guest, mem: &'a Bus, gpa: u64) -> &'a crate::phys::memory::Page {
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

/// A fixture, its image and its solo run under the hypervisor (default set-up).
struct Solo {
    f: Fixture,
    image: Image,
    vm: Hypervisor,
    state: Value,
    json: Value,
}

fn solos(profile: Profile, cpu: CpuModel) -> Vec<Solo> {
    Fixture::all()
        .into_iter()
        .filter(|f| f.cpu == cpu)
        .map(|f| {
            let vm = run_virt(&f, profile, HvConfig::default());
            let state = guest_state(&vm.guest, &vm.host.mem, &f);
            let json = guest_json(&vm.host, &vm.guest);
            Solo { image: assemble(&f), f, vm, state, json }
        })
        .collect()
}

/// One hypervisor set-up for a group of guests.
#[derive(Clone, Copy, Debug)]
struct Setup {
    quantum: u64,
    host_tlb1: usize,
    switch: SwitchMode,
    fragmented: bool,
}

/// The set-up of the `k`th group: every quantum meets both TLB1 sizes within eight groups, and
/// the flush mode and the fragmented backing come round every third and fifth group.
fn setup(k: usize) -> Setup {
    const QUANTA: [u64; 4] = [1, 7, 1000, 100_000];
    Setup {
        quantum: QUANTA[k % 4],
        host_tlb1: [[16, 4], [4, 16]][(k / 4) % 2][k % 2],
        switch: if k % 3 == 2 { SwitchMode::Flush } else { SwitchMode::Tags },
        fragmented: k % 5 == 4,
    }
}

/// The set-ups the `k`th group runs under: [`setup`]`(k)`, or with `TLBVISOR_GUESTS_ALL=1`
/// every quantum, TLB1 size and switch mode (the backing as `setup(k)` has it).
fn setups(k: usize) -> Vec<Setup> {
    let one = setup(k);
    if std::env::var("TLBVISOR_GUESTS_ALL").as_deref() != Ok("1") {
        return vec![one];
    }
    let mut all = Vec::new();
    for quantum in [1, 2, 3, 7, 64, 1000, 100_000] {
        for host_tlb1 in [16, 4, 2] {
            for switch in [SwitchMode::Tags, SwitchMode::Flush] {
                all.push(Setup { quantum, host_tlb1, switch, ..one });
            }
        }
    }
    all
}

/// Runs `members` as concurrent guests and returns every way a guest differs from its solo run.
fn run_group(members: &[&Solo], profile: Profile, s: Setup) -> Vec<String> {
    let backing = if s.fragmented {
        BackingLayout::Fragmented { fragment: 64 << 10, seed: DEFAULT_LAYOUT_SEED }
    } else {
        HvConfig::default().backing
    };
    let hv = HvConfig { backing, host_tlb1: s.host_tlb1, ..HvConfig::default() };
    let specs: Vec<GuestSpec<'_>> = members
        .iter()
        .map(|m| GuestSpec {
            name: m.f.name.clone(),
            config: m.f.config(profile),
            image: &m.image,
            boot: BootOptions::default(),
            paravirt: false,
        })
        .collect();
    let mut vm = Hypervisor::with_guests(hv, s.switch, s.quantum, &specs).unwrap();
    vm.enable_checker();
    vm.run();
    let names: Vec<&str> = members.iter().map(|m| m.f.name.as_str()).collect();
    let what = format!("{profile}, {s:?}, guests {names:?}");
    let mut failures = Vec::new();
    let guests = vm.guests();
    assert_eq!(guests.len(), members.len());
    for (g, m) in guests.iter().zip(members) {
        let name = &m.f.name;
        if g.run.status != Some(Status::Halted) {
            failures.push(format!("{name} (guest {}; {what}): ended {:?}", g.id, g.run.status));
        }
        let diff = first_difference(&m.state, &guest_state(g, &vm.host.mem, &m.f), "")
            .or_else(|| first_difference(&m.json, &guest_json(&vm.host, g), ""))
            .or_else(|| ram_difference(&m.vm.guest, &m.vm.host.mem, g, &vm.host.mem));
        if let Some(d) = diff {
            failures.push(format!("{name} (guest {}; {what}): first difference (solo vs shared) {d}", g.id));
        }
    }
    if let Some(v) = vm.violations().first() {
        failures.push(format!("{what}: isolation: {v} ({} findings)", vm.violations().len()));
    }
    if members.len() > 1 && s.quantum < 1000 && vm.host.switches == 0 {
        failures.push(format!("{what}: no switch between guests"));
    }
    failures
}

/// Every fixture of `profile` in groups of 2, 3 and 8 (the last group of each size filled up
/// from the start of the list, so every group has its full size).
fn fixtures_as_concurrent_guests(profile: Profile) {
    let mut failures = Vec::new();
    let mut k = 0;
    let mut runs = 0;
    for cpu in [CpuModel::E500v2, CpuModel::E500mc] {
        let solos = solos(profile, cpu);
        assert!(!solos.is_empty());
        for n in [2, 3, 8] {
            for start in (0..solos.len()).step_by(n) {
                let members: Vec<&Solo> = (start..start + n).map(|i| &solos[i % solos.len()]).collect();
                for s in setups(k) {
                    failures.extend(run_group(&members, profile, s));
                }
                k += 1;
                runs += 1;
            }
        }
    }
    assert!(runs >= 40, "{runs} groups");
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn fixtures_as_concurrent_guests_equal_their_solo_runs_manual() {
    fixtures_as_concurrent_guests(Profile::Manual);
}

#[test]
fn fixtures_as_concurrent_guests_equal_their_solo_runs_qemu() {
    fixtures_as_concurrent_guests(Profile::Qemu);
}

/// Eight copies of one program: the same guest-physical addresses, PIDs and TLB entries in
/// every guest, told apart only by their tags (or the flush).
#[test]
fn eight_copies_of_one_fixture_stay_apart() {
    let solos = solos(Profile::Manual, CpuModel::E500v2);
    let mut failures = Vec::new();
    for (k, name) in
        ["pagetable_miss_handler", "kernel_remap", "nv_round_robin", "pid_match"].iter().enumerate()
    {
        let m = solos.iter().find(|s| s.f.name == *name).unwrap_or_else(|| panic!("no fixture {name}"));
        let members = vec![m; 8];
        for (quantum, host_tlb1, switch) in
            [(1, 4, SwitchMode::Tags), (3, 16, SwitchMode::Flush), (50, 4, SwitchMode::Tags)]
        {
            let s = Setup { quantum, host_tlb1, switch, fragmented: k % 2 == 1 };
            failures.extend(run_group(&members, Profile::Manual, s));
        }
    }
    assert!(failures.is_empty(), "{} differences:\n{}", failures.len(), failures.join("\n"));
}

/// An e500mc guest that executed `wait` and is switched out before the interrupt that ends it
/// (or whose run ends waiting) leaves no wait state on the core: the next guest's `b .` is
/// still a halt, and the waiting guest still waits when it is back. Every slice length from 1
/// to past the programs' ends, against each program's solo run.
#[test]
fn a_waiting_guest_leaves_no_wait_state_behind() {
    // Waits with nothing to wake it (its run ends `idle`); halts at once; counts down the
    // decrementer while it spins and halts after its interrupt.
    let forever = ".globl _start\n_start: li r3, 1\n wait\n b .\n";
    let halt = ".globl _start\n_start: li r3, 7\n li r4, 8\n b .\n";
    let fixtures = Fixture::all();
    let dec = fixtures.iter().find(|f| f.name == "e500mc_wait").expect("fixture e500mc_wait");
    let config = Config { cpu: CpuModel::E500mc, max_insns: 2_000_000, ..Config::default() };
    let images = [
        crate::asm::Assembler::new().assemble_str("forever.s", forever).unwrap().image,
        crate::asm::Assembler::new().assemble_str("halt.s", halt).unwrap().image,
        assemble(dec),
    ];
    let spec = |image| GuestSpec {
        name: String::new(),
        config: config.clone(),
        image,
        boot: BootOptions::default(),
        paravirt: false,
    };
    let end = |g: &Guest| (g.run.status, g.run.instructions, g.run.idle_ticks, g.regs.gpr, g.regs.pc);
    let solo: Vec<_> = images
        .iter()
        .map(|image| {
            let mut vm =
                Hypervisor::with_guests(HvConfig::default(), SwitchMode::Tags, 1, &[spec(image)]).unwrap();
            vm.run();
            end(&vm.guest)
        })
        .collect();
    for quantum in 1..=80 {
        for order in [[0, 1, 2], [2, 1, 0], [0, 2, 1]] {
            let specs: Vec<_> = order.iter().map(|&i| spec(&images[i])).collect();
            let mut vm =
                Hypervisor::with_guests(HvConfig::default(), SwitchMode::Tags, quantum, &specs).unwrap();
            vm.run();
            for (g, &i) in vm.guests().iter().zip(&order) {
                assert_eq!(end(g), solo[i], "program {i} (order {order:?}, quantum {quantum})");
            }
        }
    }
}
