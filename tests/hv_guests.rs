//! Several guests on one core: every fixture runs as one of 2, 3 and 8 concurrent guests of one
//! hypervisor (guests of one CPU model and profile share a core), under several time slices
//! (1, 7, 1000 and 100000 guest steps), host TLB1 sizes (16 and 4), backings (contiguous, 64 KiB
//! fragments) and both switch modes (tags, flush), with the isolation checker on. Each guest
//! ends exactly as its solo run under the hypervisor does (which `hv_equivalence` proves equal
//! to the bare machine): registers, SPRs, its TLB, console, instruction count, idle time, how
//! the run ended, and every byte of its RAM. The checker finds nothing after any exit or switch.
//!
//! The CLI does the same: `run --mode virt A B C --json` prints, per guest, its solo object.
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

mod support;

use serde_json::Value;
use support::fixture::Fixture;
use support::hv::{assemble, first_difference, guest_json, guest_state, ram_difference, run_virt};
use tlbvisor::boot::BootOptions;
use tlbvisor::compat::Profile;
use tlbvisor::cpu::CpuModel;
use tlbvisor::hv::{BackingLayout, GuestSpec, HvConfig, Hypervisor, SwitchMode, config::DEFAULT_LAYOUT_SEED};
use tlbvisor::image::Image;
use tlbvisor::machine::Status;

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

/// `run --mode virt A B C --json`: each element of `guests` is what `run --mode virt X --json`
/// prints for that program alone, apart from its host side.
#[test]
fn the_cli_prints_each_guests_solo_state() {
    let names = ["console_hello", "pagetable_miss_handler", "decrementer"];
    let paths: Vec<String> = names.iter().map(|n| support::fixture_path(n)).collect();
    let strip = |mut j: Value| {
        let o = j.as_object_mut().unwrap();
        o.remove("host");
        o.remove("gpa_map");
        j
    };
    let json = |args: &[&str]| -> Value {
        let (code, stdout, stderr) = support::output(args);
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}\n{stdout}"))
    };
    let include = support::root().join("fixtures").display().to_string();
    let solo: Vec<Value> =
        paths.iter().map(|p| strip(json(&["run", p, "--mode", "virt", "--json", "-I", &include]))).collect();
    for quantum in ["1", "7", "1000"] {
        let mut args = vec!["run", "--mode", "virt", "--json", "--quantum", quantum, "--host-tlb1", "4"];
        args.extend(paths.iter().map(String::as_str));
        args.extend(["-I", &include]);
        let all = json(&args);
        let guests = all["guests"].as_array().unwrap();
        assert_eq!(guests.len(), names.len());
        for ((g, want), name) in guests.iter().zip(&solo).zip(names) {
            let got = strip(g.clone());
            assert!(got == *want, "{name}, quantum {quantum}: {:?}", first_difference(want, &got, ""));
        }
        assert_eq!(all["host"]["guests"], 3);
        assert!(all["host"]["switches"].as_u64().unwrap() > 0, "{}", all["host"]);
    }
}
