//! Every fixture runs bare and under the hypervisor, in both fidelity profiles, with contiguous
//! and fragmented (4 MiB, 64 KiB) guest RAM backing and with a 4-entry host TLB1: the guest-visible
//! final state (registers, SPRs, the guest's TLB, console, `# check-mem` ranges and the number of
//! instructions) is identical, and the isolation checker finds nothing after any exit.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use support::fixture::Fixture;
use support::hv::{bare_state, first_difference, run_virt, setups, virt_state};
use tlbvisor::session::Profile;

fn equivalence(profile: Profile) {
    let mut failures = Vec::new();
    let fixtures = Fixture::all();
    assert!(fixtures.len() >= 40);
    for f in &fixtures {
        let bare = bare_state(&f.run_bare(profile), f);
        for (setup, hv) in setups() {
            let vm = run_virt(f, profile, hv);
            let virt = virt_state(&vm, f);
            if let Some(d) = first_difference(&bare, &virt, "") {
                failures
                    .push(format!("{} ({profile}, {setup}): first difference (bare vs virt) {d}", f.name));
            }
            if let Some(v) = vm.violations().first() {
                failures.push(format!("{} ({profile}, {setup}): isolation: {v}", f.name));
            }
        }
    }
    assert!(failures.is_empty(), "{} runs differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn fixtures_virtualized_equal_bare_manual() {
    equivalence(Profile::Manual);
}

#[test]
fn fixtures_virtualized_equal_bare_qemu() {
    equivalence(Profile::Qemu);
}
