//! Live conformance: re-runs every fixture on QEMU 7.2's `ppce500` (`tools/qemu/run_fixture.py`)
//! and fails when a recording (`fixtures/NAME.qemu.json`) is stale or missing. The recorded
//! states are what `tests/fixtures_run.rs` compares tlbvisor with on every machine.
//! Skipped (with a note) without qemu-system-ppc and binutils, unless `TLBVISOR_REQUIRE_QEMU=1`.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::process::Command;

use serde_json::Value;
use support::fixture::Fixture;

#[test]
fn qemu_recordings_are_current() {
    let have = support::tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU").is_some()
        && support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_QEMU").is_some()
        && support::tool("python3", "TLBVISOR_REQUIRE_QEMU").is_some();
    if !have {
        return;
    }
    let dir = support::scratch("qemu-live");
    let mut stale = Vec::new();
    let fixtures = Fixture::all();
    for f in &fixtures {
        let out = dir.join(format!("{}.json", f.name));
        let cpu = match f.cpu {
            tlbvisor::session::CpuModel::E500mc => "e500mc",
            tlbvisor::session::CpuModel::E500v2 => "e500v2",
        };
        let qemu = || {
            Command::new("python3")
                .arg(support::root().join("tools/qemu/run_fixture.py"))
                .arg(&f.path)
                .args(["--cpu", cpu, "--out"])
                .arg(&out)
                .output()
                .unwrap()
        };
        // QEMU's timers run on host time: on a loaded host a timer fixture has once been seen
        // to miss its interrupt (`decrementer`: TSR[DIS], TCR[DIE] and MSR[EE] set, still
        // spinning after 10 s). A run that times out is tried once more; a wrong state is not.
        let mut res = qemu();
        if !res.status.success() && String::from_utf8_lossy(&res.stderr).contains("timeout:") {
            eprintln!("{}: QEMU timed out, trying once more", f.name);
            res = qemu();
        }
        assert!(
            res.status.success(),
            "{}: QEMU run failed:\n{}",
            f.name,
            String::from_utf8_lossy(&res.stderr)
        );
        let strip = |mut v: Value| {
            if let Some(m) = v.get_mut("meta").and_then(Value::as_object_mut) {
                m.remove("qemu");
            }
            v
        };
        let live: Value = strip(serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap());
        let recorded = std::fs::read_to_string(f.path.with_extension("qemu.json")).ok();
        if recorded.map(|r| strip(serde_json::from_str(&r).unwrap())) != Some(live) {
            stale.push(f.name.clone());
        }
    }
    eprintln!("ran {} fixtures on QEMU ppce500", fixtures.len());
    assert!(stale.is_empty(), "stale or missing QEMU recordings (run tools/qemu/record_all.sh): {stale:?}");
}
