//! The console of `tlbvisor run` (docs/console.md): scripted input fed as the guest reads,
//! `--until-console`, the power-off status, and output shown live before the run ends.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::io::Read;
use std::process::Stdio;

use serde_json::Value;

fn program(name: &str) -> String {
    support::root().join("tests/data/console").join(format!("{name}.s")).display().to_string()
}

/// Runs `tlbvisor run PROGRAM -I fixtures ARGS... --json`: (exit status, JSON).
fn run_json(name: &str, args: &[&str]) -> (i32, Value) {
    let fixtures = support::root().join("fixtures");
    let out = support::tlbvisor()
        .args(["run", &program(name), "-I", &fixtures.display().to_string(), "--json"])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("tlbvisor runs");
    let j = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().expect("an exit status"), j)
}

#[test]
fn scripted_input_is_fed_as_the_guest_reads() {
    for mode in ["bare", "virt"] {
        // Typed ahead: the countdown's first poll takes the first byte ("h") and aborts.
        let (code, j) = run_json("echo", &["--mode", mode, "--console-input", r"hi\r!"]);
        assert_eq!((code, j["status"].as_str()), (0, Some("halted")), "{mode}");
        assert_eq!(j["console"], "abort\r\n=> i\r!", "{mode}");
        assert_eq!(j["gpr"][20], 3, "{mode}: i, \\r, !");
        // Held until the prompt: the countdown sees nothing, every byte is echoed.
        let (code, j) =
            run_json("echo", &["--mode", mode, "--console-input", r"hi\r!", "--console-input-after", "=> "]);
        assert_eq!((code, j["status"].as_str()), (0, Some("halted")), "{mode}");
        assert_eq!(j["console"], "=> hi\r!", "{mode}");
        assert_eq!(j["gpr"][20], 4, "{mode}");
    }
}

#[test]
fn bad_escapes_are_bad_input() {
    let out = support::tlbvisor()
        .args(["run", &program("echo"), "-I", &support::root().join("fixtures").display().to_string()])
        .args(["--console-input", r"\q"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--console-input: bad escape at byte 0"));
}

#[test]
fn an_empty_text_to_wait_for_is_bad_input() {
    // The output always "ends with" nothing: an empty --until-console or --console-input-after
    // could only be ignored, so it is refused.
    for opt in ["--until-console", "--console-input-after"] {
        let out = support::tlbvisor()
            .args(["run", &program("echo"), "-I", &support::root().join("fixtures").display().to_string()])
            .args(["--console-input", "x", opt, ""])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{opt}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(&format!("{opt}: expected a non-empty text")),
            "{opt}"
        );
    }
}

#[test]
fn until_console_ends_the_run_at_the_nth_prompt() {
    for mode in ["bare", "virt"] {
        let (code, j) =
            run_json("prompts", &["--mode", mode, "--until-console", "=> ", "--until-console-count", "3"]);
        assert_eq!((code, j["status"].as_str()), (0, Some("console")), "{mode}");
        assert_eq!(j["console"], "=> => => ", "{mode}");
        // The run ends right after the store of the third prompt's last byte, before the
        // counter is bumped again: r20 = 3.
        assert_eq!(j["gpr"][20], 3, "{mode}");
    }
}

#[test]
fn poweroff_ends_the_run_at_once() {
    for mode in ["bare", "virt"] {
        let (code, j) = run_json("poweroff", &["--mode", mode]);
        assert_eq!((code, j["status"].as_str()), (0, Some("poweroff")), "{mode}");
        assert_eq!(j["console"], "bye\n", "{mode}");
        assert_eq!(j["gpr"][20], 0, "{mode}: nothing ran after the GPDAT store");
    }
}

/// The console appears on stdout while the guest still runs: "ready\n" is read from the pipe
/// before the process exits (it spins for a budget that takes far longer than the read), and
/// the final report does not repeat it.
#[test]
fn text_mode_shows_the_console_live() {
    let fixtures = support::root().join("fixtures");
    let mut child = support::tlbvisor()
        .args(["run", &program("live"), "-I", &fixtures.display().to_string(), "--max-insns", "4000000000"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("tlbvisor starts");
    let mut stdout = child.stdout.take().expect("piped");
    let mut got = Vec::new();
    let mut buf = [0u8; 64];
    while !got.ends_with(b"ready\n") {
        let n = stdout.read(&mut buf).expect("reads");
        assert!(n > 0, "stdout closed before the console showed: {:?}", String::from_utf8_lossy(&got));
        got.extend_from_slice(&buf[..n]);
    }
    assert_eq!(got, b"ready\n");
    assert!(child.try_wait().expect("status").is_none(), "the run is still going");
    child.kill().expect("kill");
    let _ = child.wait();

    // A run that ends: the console first, then the report, without a `console:` section.
    let out = support::tlbvisor()
        .args(["run", &program("poweroff"), "-I", &fixtures.display().to_string()])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("bye\npowered off (GPIO) after "), "{text}");
    assert!(!text.contains("console:"), "{text}");
}

/// Runs `shell` under `script` (a pseudo-terminal on standard input), typing `keys` a moment
/// after it starts; its output with the terminal's CRs removed. `None` without `script`.
fn on_a_terminal(shell: &str, keys: &[u8]) -> Option<String> {
    use std::io::Write;
    let script = support::tool("script", "TLBVISOR_REQUIRE_SCRIPT")?;
    let mut child = std::process::Command::new(script)
        .args(["-q", "-e", "-c", shell, "/dev/null"])
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("script starts");
    let mut stdin = child.stdin.take().expect("piped");
    std::thread::sleep(std::time::Duration::from_millis(1000));
    stdin.write_all(keys).expect("keys typed");
    let out = child.wait_with_output().expect("script ends");
    drop(stdin);
    Some(String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

/// On a terminal, keys reach the guest (the echo program echoes them after its prompt), Ctrl-A X
/// ends the run with status `quit` and exit 0, and the terminal's settings are the same after
/// the run as before it.
#[test]
fn a_terminal_types_into_the_uart_and_is_restored() {
    let bin = env!("CARGO_BIN_EXE_tlbvisor");
    let prog = program("echo");
    let inc = support::root().join("fixtures");
    let shell = format!("stty -g; {bin} run {prog} -I {}; echo rc=$?; stty -g", inc.display());
    let Some(out) = on_a_terminal(&shell, b"hi!") else { return };
    let lines: Vec<&str> = out.lines().collect();
    assert!(out.contains("=> hi!\nhalted (branch to self) after "), "{out}");
    assert!(out.contains("rc=0"), "{out}");
    assert_eq!(lines.first(), lines.last(), "terminal settings before and after:\n{out}");

    let shell = format!("{bin} run {prog} -I {}; echo rc=$?", inc.display());
    let Some(out) = on_a_terminal(&shell, b"\x01x") else { return };
    assert!(out.contains("quit (Ctrl-A X) after "), "{out}");
    assert!(out.contains("rc=0"), "{out}");
}
