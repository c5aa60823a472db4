//! `tlbvisor run --report KIND` prints exactly what the library's `Session::report` returns.

mod support;

use std::process::Command;

use tlbvisor::report::ReportKind;
use tlbvisor::session::{Mode, Session};

fn cli(args: &[&str]) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tlbvisor")).args(args).output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn cli_and_library_print_the_same_reports() {
    let root = support::root();
    let fixture = root.join("fixtures/tlbivax.s");
    let include = root.join("fixtures");
    for (mode, mode_arg) in [(Mode::Bare, "bare"), (Mode::Virt, "virt")] {
        let mut s = Session::from_file(&fixture).include_dir(&include).mode(mode).build().unwrap();
        s.run();
        for (kind, name) in [
            (ReportKind::Tlb, "tlb"),
            (ReportKind::Regs, "regs"),
            (ReportKind::Events, "events"),
            (ReportKind::All, "all"),
        ] {
            let (code, out, err) = cli(&[
                "run",
                fixture.to_str().unwrap(),
                "-I",
                include.to_str().unwrap(),
                "--mode",
                mode_arg,
                "--report",
                name,
            ]);
            assert_eq!(code, Some(0), "{err}");
            assert_eq!(out, s.report(kind), "--mode {mode_arg} --report {name}");
        }
    }
}

#[test]
fn unknown_report_is_bad_input() {
    let seed = support::root().join("fixtures/seed_store.s");
    let (code, _, err) = cli(&["run", seed.to_str().unwrap(), "--report", "tlbs"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("expected tlb, regs, events or all"), "{err}");
}
