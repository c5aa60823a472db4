//! Standard output that cannot be written (README "Exit status"): a reader that went away
//! (`| head`) ends the command quietly with status 141, as a shell reports a program ended by
//! SIGPIPE; any other write error (a full disk) is a message and status 2. Never a panic.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::process::{Command, Stdio};

use support::{fixture_path, root, tlbvisor};

/// Runs `cmd` with its standard output a pipe whose reading end is closed before the command
/// writes anything: its exit code and stderr.
fn with_stdout_closed(cmd: &mut Command) -> (Option<i32>, String) {
    // The reading end is closed before the command starts, so no write can race ahead of it.
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let out = cmd.stdout(writer).stderr(Stdio::piped()).output().expect("run tlbvisor");
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn include() -> String {
    root().join("fixtures").display().to_string()
}

#[test]
fn explain_into_a_closed_pipe_ends_quietly() {
    let (code, err) =
        with_stdout_closed(tlbvisor().args(["explain", &fixture_path("seed_store"), "-I", &include()]));
    assert_eq!(code, Some(141), "{err}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn disasm_and_run_reports_into_a_closed_pipe_end_quietly() {
    let dir = support::scratch("closed-pipe");
    let elf = dir.join("seed.elf");
    support::run(tlbvisor().args(["asm", &fixture_path("seed_store"), "-I", &include(), "-o"]).arg(&elf));
    for args in [
        vec!["disasm".to_string(), elf.display().to_string()],
        vec!["run".into(), "--json".into(), fixture_path("seed_store"), "-I".into(), include()],
        vec![
            "run".into(),
            "--report".into(),
            "all".into(),
            fixture_path("seed_store"),
            "-I".into(),
            include(),
        ],
        vec![
            "run".into(),
            "--mode".into(),
            "virt".into(),
            fixture_path("seed_store"),
            "-I".into(),
            include(),
        ],
    ] {
        let (code, err) = with_stdout_closed(tlbvisor().args(&args));
        assert_eq!(code, Some(141), "{args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
    }
}

/// The console shown live while the guest runs (bare and virt) meets the closed pipe first.
#[test]
fn live_console_into_a_closed_pipe_ends_quietly() {
    for mode in ["bare", "virt"] {
        let (code, err) = with_stdout_closed(tlbvisor().args([
            "run",
            "--mode",
            mode,
            &fixture_path("console_hello"),
            "-I",
            &include(),
        ]));
        assert_eq!(code, Some(141), "{mode}: {err}");
        assert!(err.is_empty(), "{mode}: {err}");
    }
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_with_status_2() {
    for args in
        [vec!["explain", "--no-color"], vec!["run"], vec!["run", "--mode", "virt"], vec!["run", "--json"]]
    {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
        let out = tlbvisor()
            .args(&args)
            .args([&fixture_path("console_hello"), "-I", &include()])
            .stdout(full)
            .output()
            .expect("run tlbvisor");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.contains("standard output: cannot write") && !err.contains("panicked"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn an_error_message_into_a_full_standard_error_does_not_panic() {
    // Bad input (a missing file) reported on a standard error that cannot take it: the status
    // is still 2 (101 would be a panic).
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let out = tlbvisor().args(["run", "/nonexistent/program.s"]).stderr(full).output().expect("run tlbvisor");
    assert_eq!(out.status.code(), Some(2));
}
