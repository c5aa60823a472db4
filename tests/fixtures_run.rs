//! Every fixture runs on the bare machine to `done`, and:
//! * in the manual profile its final state has every `# expect:` value (derived by hand from the
//!   manuals) and the console text of `# expect-console:`;
//! * with `--compat qemu` it has every `# expect-qemu:` value (else the `# expect:` one), and its
//!   whole guest-visible state equals QEMU 7.2's recording (`fixtures/NAME.qemu.json`, made by
//!   `tools/qemu/record_all.sh`) field by field: PC, GPRs, CR, LR, CTR, XER, MSR, every SPR both
//!   report, every valid TLB slot with its index, the console and the `# check-mem` ranges;
//! * virtualized under the hypervisor with `--compat qemu` (contiguous and 64 KiB-fragment
//!   backing), the guest-visible state equals the same QEMU recording.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use serde_json::Value;
use support::fixture::{Fixture, Observed};
use tlbvisor::session::Profile;

fn check_expectations(f: &Fixture, o: &Observed, qemu: bool) -> Vec<String> {
    let mut bad = Vec::new();
    let mut want: Vec<(String, u64)> = f.expect.clone();
    if qemu {
        for (k, v) in &f.expect_qemu {
            want.retain(|(k2, _)| k2 != k);
            want.push((k.clone(), *v));
        }
    }
    for (k, v) in want {
        match o.field(&k) {
            Some(got) if got == v => {}
            got => bad.push(format!(
                "{k}: expected {v:#x}, got {}",
                got.map_or("nothing".into(), |g| format!("{g:#x}"))
            )),
        }
    }
    if let Some(c) = &f.console {
        let got = o.json["console"].as_str().unwrap_or("");
        if got != c {
            bad.push(format!("console: expected {c:?}, got {got:?}"));
        }
    }
    bad
}

/// Whole-state comparison with QEMU's recording.
fn compare_with_qemu(f: &Fixture, o: &Observed) -> Vec<String> {
    let path = f.path.with_extension("qemu.json");
    let q: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let ours = &o.json;
    let mut bad = Vec::new();
    let mut cmp = |name: &str, a: &Value, b: &Value| {
        if !f.ignore.contains(name) && a != b {
            bad.push(format!("{name}: qemu {b}, tlbvisor {a}"));
        }
    };
    for k in ["pc", "cr", "lr", "ctr", "xer", "msr", "console"] {
        cmp(k, &ours[k], &q[k]);
    }
    for r in 0..32 {
        cmp(&format!("r{r}"), &ours["gpr"][r], &q["gpr"][r]);
    }
    for (name, v) in ours["spr"].as_object().unwrap() {
        if let Some(qv) = q["spr"].get(name) {
            cmp(name, v, qv);
        }
    }
    let slots = |j: &Value| -> Vec<Value> {
        j["tlb"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| serde_json::json!([e["tlb"], e["index"], e["mas1"], e["mas2"], e["mas3"], e["mas7"]]))
            .collect()
    };
    let (ot, qt) = (slots(ours), slots(&q));
    for e in &qt {
        if !ot.contains(e) {
            bad.push(format!("TLB entry [tlb, index, mas1, mas2, mas3, mas7] {e} in qemu only"));
        }
    }
    for e in &ot {
        if !qt.contains(e) {
            bad.push(format!("TLB entry [tlb, index, mas1, mas2, mas3, mas7] {e} in tlbvisor only"));
        }
    }
    if let Some(mem) = q["mem"].as_object() {
        for (addr, words) in mem {
            let base = u64::from_str_radix(addr.trim_start_matches("0x"), 16).unwrap();
            for (i, w) in words.as_array().unwrap().iter().enumerate() {
                let a = base + 4 * i as u64;
                let ours = o.field(&format!("mem32[{a:#x}]"));
                if ours != w.as_u64() {
                    bad.push(format!("mem32[{a:#x}]: qemu {w}, tlbvisor {ours:?}"));
                }
            }
        }
    }
    bad
}

#[test]
fn fixtures_meet_their_hand_derived_expectations() {
    let mut failures = Vec::new();
    let fixtures = Fixture::all();
    assert!(fixtures.len() >= 30);
    for f in &fixtures {
        let m = f.run_bare(Profile::Manual);
        let bad = check_expectations(f, &Observed::of(&m, f), false);
        if !bad.is_empty() {
            failures.push(format!("{} (manual):\n  {}", f.name, bad.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} fixtures fail:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn fixtures_match_qemu_recordings() {
    let mut failures = Vec::new();
    for f in &Fixture::all() {
        let m = f.run_bare(Profile::Qemu);
        let o = Observed::of(&m, f);
        let mut bad = check_expectations(f, &o, true);
        bad.extend(compare_with_qemu(f, &o));
        if !bad.is_empty() {
            failures.push(format!("{} (qemu):\n  {}", f.name, bad.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} fixtures differ from QEMU:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn virtualized_fixtures_match_qemu_recordings() {
    use support::hv::{run_virt, setups};
    let chosen: Vec<_> =
        setups().into_iter().filter(|(n, _)| matches!(*n, "contiguous" | "fragments 64K")).collect();
    assert_eq!(chosen.len(), 2, "the two set-ups by name");
    let mut failures = Vec::new();
    for f in &Fixture::all() {
        for &(setup, hv) in &chosen {
            let vm = run_virt(f, Profile::Qemu, hv);
            let o = Observed::of(&vm, f);
            let mut bad = check_expectations(f, &o, true);
            bad.extend(compare_with_qemu(f, &o));
            if !bad.is_empty() {
                failures.push(format!("{} (virt, {setup}, qemu):\n  {}", f.name, bad.join("\n  ")));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} virtualized runs differ from QEMU:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
