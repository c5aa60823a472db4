//! The hypervisor's internals under test: shadow back-references, invalidation causes, host
//! memory at host-physical addresses and the isolation checker's view of it, none of which is
//! the public API (a [`Session`](crate::session::Session) user sees the guest's side). These ran
//! as integration tests before the library had a boundary; they use the fixtures' support code
//! from `tests/support/` as those do.

mod coherence;
mod counts;
mod guests;
mod guests_isolation;
mod isolation;
mod paravirt;
mod secrets;

// The integration tests' support files these use (they name the crate `tlbvisor`, which
// `lib.rs` makes resolve inside it for tests).
#[path = "../../../tests/support/fixture.rs"]
mod fixture;
#[path = "../../../tests/support/hv.rs"]
mod hv;
#[path = "../../../tests/support/random_guest.rs"]
mod random_guest;

use crate::hv::{HvConfig, Hypervisor};
use crate::machine::Status;
use crate::session::Profile;

/// The repository root.
fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The isolation checker found nothing; else its first three findings, then `context` (the
/// guests' sources).
fn no_violations(vm: &Hypervisor, context: &str) -> Result<(), proptest::test_runner::TestCaseError> {
    let v = vm.violations();
    proptest::prop_assert!(v.is_empty(), "{:?}\n{}", &v[..v.len().min(3)], context);
    Ok(())
}

/// Runs the fixture under the hypervisor (with the isolation checker on), as [`hv::run_virt`]
/// does, keeping the hypervisor to look inside.
fn run_virt(f: &fixture::Fixture, profile: Profile, hv: HvConfig) -> Hypervisor {
    let mut vm = Hypervisor::new(f.config(profile), hv, &hv::assemble(f)).unwrap();
    vm.enable_checker();
    let status = vm.run();
    assert_eq!(status, Status::Halted, "{} (virt): did not reach `done` ({status:?})", f.name);
    vm
}
