//! Real guests sharing one core with fixtures: Debian's U-Boot (to its `=> ` prompt), the
//! project's Linux e500v2 guest (to its power-off) and fixtures, as 3 and 8 guests of one
//! hypervisor with a 4-entry host TLB1, under two time slices. Each real guest prints QEMU's
//! recorded console (printk timestamps masked) and exactly its solo console (timestamps
//! included: a guest's time advances only while it runs), with its solo instruction count and
//! idle time; each fixture ends in its solo state; the isolation checker finds nothing.
//!
//! The guests are found as `real_guests` finds them (tests/support/linux_guest.rs): absent, the
//! tests skip with a note, unless `TLBVISOR_REQUIRE_GUESTS=1`.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::sync::OnceLock;

use serde_json::Value;
use support::fixture::Fixture;
use support::hv::{assemble, first_difference, guest_json, guest_state, run_virt};
use support::linux_guest::{console_difference, mask_timestamps, recording, uboot, vmlinux};
use tlbvisor::boot::BootOptions;
use tlbvisor::compat::Profile;
use tlbvisor::cpu::CpuModel;
use tlbvisor::hv::{Guest, GuestSpec, HvConfig, Hypervisor, SwitchMode};
use tlbvisor::image::Image;
use tlbvisor::machine::{Config, Status};
use tlbvisor::program::{self, ProgramOptions};

/// A budget neither boot comes near (U-Boot's prompt is about 410 M instructions).
const BUDGET: u64 = 2_000_000_000;
/// U-Boot runs until this prompt.
const PROMPT: &[u8] = b"=> ";

/// A real guest's image and what its solo run under the hypervisor (host TLB1 of 4) ended with.
struct Real {
    name: &'static str,
    image: Image,
    recording: String,
    want_status: Status,
    /// Solo: console, instructions, idle ticks.
    solo: (String, u64, u64),
}

fn config() -> Config {
    Config { max_insns: BUDGET, ..Config::default() }
}

fn hv4() -> HvConfig {
    HvConfig { host_tlb1: 4, ..HvConfig::default() }
}

/// U-Boot stops at its first prompt; everything else runs to its end.
fn set_console(g: &mut Guest) -> Result<(), std::convert::Infallible> {
    if g.name == "uboot" {
        g.run.console_io.set_until(PROMPT, 1);
    }
    Ok(())
}

/// U-Boot and the Linux guest, each run alone once (shared by the tests), or `None` when either
/// is absent.
fn reals() -> Option<&'static [Real; 2]> {
    static REALS: OnceLock<Option<[Real; 2]>> = OnceLock::new();
    REALS
        .get_or_init(|| {
            let uboot = uboot()?;
            let linux = vmlinux("e500v2")?;
            let load = |p: &std::path::Path| program::load(p, &ProgramOptions::default()).unwrap();
            let solo = |name: &'static str, image: Image, recording: String, want_status: Status| {
                let spec = GuestSpec {
                    name: name.into(),
                    config: config(),
                    image: &image,
                    boot: BootOptions::default(),
                };
                let mut vm = Hypervisor::with_guests(hv4(), SwitchMode::Tags, 1, &[spec]).unwrap();
                vm.for_each_guest(set_console).unwrap();
                assert_eq!(vm.run(), want_status, "{name} alone");
                let g = &vm.guest;
                let solo = (g.console(), g.run.instructions, g.run.idle_ticks);
                Real { name, image, recording, want_status, solo }
            };
            Some([
                solo("uboot", load(&uboot), recording("uboot"), Status::Console),
                solo("linux", load(&linux), recording("linux-e500v2"), Status::Poweroff),
            ])
        })
        .as_ref()
}

/// U-Boot, Linux and `n - 2` fixtures as `n` guests, switching every `quantum` steps.
fn real_guests_with_fixtures(n: usize, quantum: u64) {
    let Some(reals) = reals() else { return };
    let fixtures: Vec<Fixture> = Fixture::all().into_iter().filter(|f| f.cpu == CpuModel::E500v2).collect();
    // Fixtures that use timers, the console, page tables and other guests' favourite addresses.
    let picks = [
        "decrementer",
        "console_hello",
        "pagetable_miss_handler",
        "kernel_remap",
        "ccsr_devices",
        "pid_match",
    ];
    let chosen: Vec<&Fixture> = picks
        .iter()
        .take(n - 2)
        .map(|p| fixtures.iter().find(|f| f.name == *p).unwrap_or_else(|| panic!("no fixture {p}")))
        .collect();
    let fixture_runs: Vec<(Image, Value, Value)> = chosen
        .iter()
        .map(|f| {
            let vm = run_virt(f, Profile::Manual, hv4());
            (assemble(f), guest_state(&vm.guest, &vm.host.mem, f), guest_json(&vm.host, &vm.guest))
        })
        .collect();
    // The real guests first and last, the fixtures between them.
    let mut specs = vec![GuestSpec {
        name: reals[0].name.into(),
        config: config(),
        image: &reals[0].image,
        boot: BootOptions::default(),
    }];
    for (f, (image, _, _)) in chosen.iter().zip(&fixture_runs) {
        specs.push(GuestSpec {
            name: f.name.clone(),
            config: f.config(Profile::Manual),
            image,
            boot: BootOptions::default(),
        });
    }
    specs.push(GuestSpec {
        name: reals[1].name.into(),
        config: config(),
        image: &reals[1].image,
        boot: BootOptions::default(),
    });
    let mut vm = Hypervisor::with_guests(hv4(), SwitchMode::Tags, quantum, &specs).unwrap();
    vm.enable_checker();
    vm.for_each_guest(set_console).unwrap();
    vm.run();
    let what = format!("{n} guests, quantum {quantum}");
    let guests = vm.guests();
    assert_eq!(guests.len(), n);
    for (g, r) in [(guests[0], &reals[0]), (guests[n - 1], &reals[1])] {
        assert_eq!(g.run.status, Some(r.want_status), "{} ({what})", r.name);
        let console = g.console();
        let (want, got) = (mask_timestamps(&r.recording), mask_timestamps(&console));
        assert!(got == want, "{} ({what}) vs QEMU: {}", r.name, console_difference(&want, &got));
        assert!(
            console == r.solo.0,
            "{} ({what}) vs solo: {}",
            r.name,
            console_difference(&r.solo.0, &console)
        );
        assert_eq!(
            (g.run.instructions, g.run.idle_ticks),
            (r.solo.1, r.solo.2),
            "{} ({what}): (instructions, idle ticks) shared vs solo",
            r.name
        );
    }
    for ((g, f), (_, state, json)) in guests[1..n - 1].iter().zip(&chosen).zip(&fixture_runs) {
        let d = first_difference(state, &guest_state(g, &vm.host.mem, f), "")
            .or_else(|| first_difference(json, &guest_json(&vm.host, g), ""));
        assert!(d.is_none(), "{} ({what}): first difference (solo vs shared) {}", f.name, d.unwrap());
    }
    assert!(vm.violations().is_empty(), "{what}: isolation: {:?}", &vm.violations()[..1]);
    assert!(vm.host.switches > 100, "{what}: {} switches", vm.host.switches);
}

#[test]
fn uboot_linux_and_a_fixture_share_a_core_as_if_alone() {
    real_guests_with_fixtures(3, 10_000);
}

#[test]
fn uboot_linux_and_a_fixture_share_a_core_as_if_alone_long_slices() {
    real_guests_with_fixtures(3, 1_000_000);
}

#[test]
fn uboot_linux_and_six_fixtures_share_a_core_as_if_alone() {
    real_guests_with_fixtures(8, 10_000);
}

#[test]
fn uboot_linux_and_six_fixtures_share_a_core_as_if_alone_long_slices() {
    real_guests_with_fixtures(8, 1_000_000);
}
