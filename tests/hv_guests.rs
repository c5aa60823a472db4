//! Several guests on one core, through the command line: `run --mode virt A B C --json` prints,
//! per guest, exactly the object its solo run prints (apart from its host side), under several
//! time slices. The fixture-by-fixture comparison of every guest with its solo run (state, JSON,
//! every byte of RAM) is in `src/hv/tests/guests.rs`.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use serde_json::Value;
use support::hv::first_difference;

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

/// `explain --mode virt A B --guest 1` narrates the second guest, with its own symbols, and says
/// which guest it is; a guest that is not there is bad input.
#[test]
fn explain_narrates_the_guest_asked_for() {
    let (a, b) = (support::fixture_path("console_hello"), support::fixture_path("dtlb_miss"));
    let include = support::root().join("fixtures").display().to_string();
    let args = ["explain", "--mode", "virt", &a, &b, "-I", &include, "--no-color"];
    let (code, out, err) = support::output(&[&args[..], &["--guest", "1"]].concat());
    assert_eq!(code, Some(0), "{err}");
    let title = out.lines().next().unwrap();
    assert!(title.ends_with(", guest 1 of 2 on one host core"), "{title}");
    // The data TLB miss handler is the second program's, not the first's.
    assert!(out.contains("<dtlb_handler>"), "{out}");
    let (solo_code, solo, _) =
        support::output(&["explain", "--mode", "virt", &b, "-I", &include, "--no-color"]);
    assert_eq!(solo_code, Some(0));
    assert!(!solo.lines().next().unwrap().contains("guest 1 of 2"));
    let (code, _, err) = support::output(&[&args[..], &["--guest", "2"]].concat());
    assert_eq!(code, Some(2));
    assert!(err.contains("--guest 2: there are 2 programs"), "{err}");
}
