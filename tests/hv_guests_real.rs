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
use support::hv::{assemble, first_difference, run_virt, selected_json, state};
use support::linux_guest::{console_difference, mask_timestamps, recording, uboot, vmlinux};
use tlbvisor::image::Image;
use tlbvisor::program::{self, ProgramOptions};
use tlbvisor::session::{Config, CpuModel, HvConfig, Mode, Profile, Session, SessionBuilder, Status};

/// A budget neither boot comes near (U-Boot's prompt is about 410 M instructions).
const BUDGET: u64 = 2_000_000_000;
/// U-Boot runs until this prompt (the other guests' consoles never end with it).
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

/// Every guest's machine: virtualized, a budget no guest reaches (the fixtures halt long before).
fn config() -> Config {
    Config { mode: Mode::Virt, max_insns: BUDGET, ..Config::default() }
}

fn hv4() -> HvConfig {
    HvConfig { host_tlb1: 4, ..HvConfig::default() }
}

/// A session of `first` (and the guests added to it), host TLB1 of 4, U-Boot stopping at its
/// first prompt.
fn builder(first: &Image) -> SessionBuilder {
    Session::from_image(first.clone()).machine_config(config(), hv4()).until_console(PROMPT, 1)
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
                let mut s = builder(&image).build().unwrap();
                s.run();
                assert_eq!(s.status(), Some(want_status), "{name} alone");
                let solo = (s.console(), s.instructions(), s.idle_ticks());
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
            let s = run_virt(f, Profile::Manual, hv4());
            (assemble(f), state(&s, f), selected_json(&s, 0))
        })
        .collect();
    // The real guests first and last, the fixtures between them.
    let mut b = builder(&reals[0].image).quantum(quantum).check_isolation();
    for (image, _, _) in &fixture_runs {
        b = b.guest_image(image.clone());
    }
    let mut s = b.guest_image(reals[1].image.clone()).build().unwrap();
    s.run();
    let what = format!("{n} guests, quantum {quantum}");
    assert_eq!(s.programs(), n);
    for (p, r) in [(0, &reals[0]), (n - 1, &reals[1])] {
        s.select(p);
        assert_eq!(s.status(), Some(r.want_status), "{} ({what})", r.name);
        let console = s.console();
        let (want, got) = (mask_timestamps(&r.recording), mask_timestamps(&console));
        assert!(got == want, "{} ({what}) vs QEMU: {}", r.name, console_difference(&want, &got));
        assert!(
            console == r.solo.0,
            "{} ({what}) vs solo: {}",
            r.name,
            console_difference(&r.solo.0, &console)
        );
        assert_eq!(
            (s.instructions(), s.idle_ticks()),
            (r.solo.1, r.solo.2),
            "{} ({what}): (instructions, idle ticks) shared vs solo",
            r.name
        );
    }
    for (i, (f, (_, want_state, want_json))) in chosen.iter().zip(&fixture_runs).enumerate() {
        s.select(i + 1);
        let json = selected_json(&s, i + 1);
        let d = first_difference(want_state, &state(&s, f), "")
            .or_else(|| first_difference(want_json, &json, ""));
        assert!(d.is_none(), "{} ({what}): first difference (solo vs shared) {}", f.name, d.unwrap());
        assert_eq!(s.status(), Some(Status::Halted), "{} ({what})", f.name);
    }
    assert!(s.violations().is_empty(), "{what}: isolation: {:?}", &s.violations()[..1]);
    let switches = s.json()["host"]["switches"].as_u64().unwrap();
    assert!(switches > 100, "{what}: {switches} switches");
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
