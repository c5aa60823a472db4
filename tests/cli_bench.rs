//! `tlbvisor bench`: the table's shape and that every figure is a positive number or says why it
//! is missing (never a timing's value: the machine is shared), the JSON form, and bad options;
//! also `tools/bench/callgrind.sh`'s --help and bad arguments.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use serde_json::Value;
use std::process::Command;

use support::{linux_guest, tlbvisor};

/// The rows, in order: (id in the JSON, workload in the table).
const ROWS: [(&str, &str); 6] = [
    ("compute", "compute loop (add; rlwinm; cmpw; bdnz)"),
    ("tlb_churn", "TLB churn (tlbwe + lwz, 8 instructions/iteration)"),
    ("linux", "Linux 6.1 guest, power-on to power-off (process)"),
    ("startup", "start-up: a small program, whole `run` process"),
    ("rss_128m", "peak RSS of that run, --ram 128M"),
    ("rss_4g", "peak RSS of that run, --ram 4G"),
];

const HEADER: &str = "| workload | unit | tlbvisor bare | tlbvisor virt | QEMU | bare/QEMU | virt/QEMU | virt/bare | goals met? |";

/// `tlbvisor bench --quick --json ARGS`, its command set up by `env` (the environment it runs
/// in): exit status 0, and the JSON it prints.
fn bench_json(args: &[&str], env: impl FnOnce(&mut Command) -> &mut Command) -> Value {
    let mut cmd = tlbvisor();
    cmd.args(["bench", "--quick", "--json"]).args(args);
    let out = env(&mut cmd).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The Linux guest's row of `bench --json`.
fn linux_row(j: &Value) -> &Value {
    j["rows"].as_array().unwrap().iter().find(|r| r["id"] == "linux").unwrap()
}

fn positive(cell: &str) -> bool {
    cell.parse::<f64>().is_ok_and(|v| v > 0.0 && v.is_finite())
}

/// A ratio cell: `-` (a figure missing) or a positive number followed by `x`.
fn ratio(cell: &str) -> bool {
    cell == "-" || cell.strip_suffix('x').is_some_and(positive)
}

#[test]
fn quick_run_prints_the_table_with_a_figure_or_a_reason_in_every_cell() {
    let qemu = support::tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU").is_some();
    let kernel = linux_guest::vmlinux("e500v2");
    let mut cmd = tlbvisor();
    cmd.args(["bench", "--quick"]);
    if let Some(k) = &kernel {
        cmd.arg("--kernel").arg(k);
    }
    let out = cmd.output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}\n{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.starts_with("tlbvisor bench --quick: each figure is the best of 1 run"), "{text}");
    let lines: Vec<&str> = text.lines().collect();
    let at = lines.iter().position(|l| *l == HEADER).unwrap_or_else(|| panic!("no table header:\n{text}"));
    assert_eq!(lines[at + 1], "|---|---|---|---|---|---|---|---|---|");
    let rows = &lines[at + 2..];
    assert_eq!(rows.len(), ROWS.len(), "{text}");
    for (line, (id, title)) in rows.iter().zip(ROWS) {
        let cells: Vec<&str> =
            line.strip_prefix("| ").unwrap().strip_suffix(" |").unwrap().split(" | ").collect();
        assert_eq!(cells.len(), 9, "{line}");
        assert_eq!(cells[0], title);
        let (bare, virt, q) = (cells[2], cells[3], cells[4]);
        if id == "linux" && kernel.is_none() {
            for c in [bare, virt, q] {
                assert!(c.starts_with("kernel not built: run tools/guests/build-linux.sh e500v2"), "{line}");
            }
        } else {
            assert!(positive(bare) && positive(virt), "{line}");
        }
        let qemu_measured = !id.starts_with("rss_") && (id != "linux" || kernel.is_some());
        match (qemu, qemu_measured) {
            (true, true) => assert!(positive(q), "{line}"),
            (false, true) => assert_eq!(q, "qemu-system-ppc not installed", "{line}"),
            (_, false) if id.starts_with("rss_") => assert!(q.starts_with("not measured"), "{line}"),
            _ => {}
        }
        assert!(cells[5..8].iter().all(|c| ratio(c)), "{line}");
        // The virt/bare ratio is there whenever both figures are.
        assert_eq!(cells[7] != "-", positive(bare) && positive(virt), "{line}");
        let goals = cells[8];
        if id == "rss_128m" {
            assert_eq!(goals, "", "{line}");
        } else {
            let parts: Vec<&str> = goals.split("; ").collect();
            assert_eq!(parts.len(), 2, "{line}");
            assert!(
                parts.iter().all(|g| g.ends_with(": yes") || g.ends_with(": NO") || g.ends_with(": ?")),
                "{line}"
            );
        }
    }
    // A goal judged without QEMU's figure is unknown, never met or missed.
    let churn = rows[1];
    if !qemu {
        assert!(churn.ends_with("bare >= 3 x QEMU: ?; virt >= 1 x QEMU: ? |"), "{churn}");
    }
}

#[test]
fn without_qemu_and_kernel_the_json_says_why() {
    // No qemu-system-ppc on PATH, no guest named and an empty guest cache; CPU time.
    let empty = support::scratch("cli-bench-empty");
    let j = bench_json(&["--clock", "cpu"], |c| {
        c.env("PATH", &empty).env("TLBVISOR_GUEST_CACHE", &empty).env_remove("TLBVISOR_LINUX_GUEST")
    });
    assert_eq!((j["best_of"].as_u64(), j["quick"].as_bool()), (Some(1), Some(true)));
    assert_eq!(j["clock"], "cpu");
    assert!(j["qemu"].is_null() && j["kernel"].is_null(), "{j}");
    let rows = j["rows"].as_array().unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ROWS.map(|r| r.0));
    for r in rows {
        let id = r["id"].as_str().unwrap();
        let qemu = r["qemu"]["missing"].as_str().unwrap();
        if id == "linux" {
            for mode in ["bare", "virt", "qemu"] {
                let why = r[mode]["missing"].as_str().unwrap();
                assert!(why.starts_with("kernel not built: run tools/guests/build-linux.sh e500v2"), "{r}");
            }
            assert!(r["goals"].as_array().unwrap().iter().all(|g| g["met"].is_null()), "{r}");
            continue;
        }
        let want = if id.starts_with("rss_") { "not measured" } else { "qemu-system-ppc not installed" };
        assert!(qemu.starts_with(want), "{r}");
        for mode in ["bare", "virt"] {
            assert!(r[mode]["value"].as_f64().is_some_and(|v| v > 0.0), "{r}");
        }
        assert!(r["ratios"]["bare/QEMU"].is_null() && r["ratios"]["virt/QEMU"].is_null(), "{r}");
        assert!(r["ratios"]["virt/bare"].as_f64().is_some_and(|v| v > 0.0), "{r}");
        for g in r["goals"].as_array().unwrap() {
            let needs_qemu = g["goal"].as_str().unwrap().contains("QEMU");
            assert_eq!(g["met"].is_null(), needs_qemu, "{r}");
        }
    }
}

#[test]
fn bad_options_exit_2_with_a_message() {
    let empty = support::scratch("cli-bench-bad");
    let missing = empty.join("vmlinux").display().to_string();
    let not_qemu = empty.join("qemu-system-ppc").display().to_string();
    let readme = format!("{}/README.md", env!("CARGO_MANIFEST_DIR"));
    // A binary that runs and answers --version, but is not QEMU: this project's own.
    let other_bin = env!("CARGO_BIN_EXE_tlbvisor");
    let other_bin_refused = format!(
        "--qemu {other_bin}: `{other_bin} --version` printed `tlbvisor {}`, not a QEMU version (expected a qemu-system-ppc)",
        env!("CARGO_PKG_VERSION")
    );
    for (args, want) in [
        (vec!["--repeat", "0"], "--repeat"),
        (vec!["--repeat", "many"], "--repeat"),
        (vec!["--kernel", missing.as_str()], "not a file (expected a vmlinux)"),
        (vec!["--kernel", readme.as_str()], "README.md: not an ELF file (expected a vmlinux)"),
        (vec!["--qemu", not_qemu.as_str()], "--qemu"),
        (
            vec!["--qemu", "/bin/false"],
            "--qemu /bin/false: `/bin/false --version` failed (exit status: 1) (expected a qemu-system-ppc)",
        ),
        (vec!["--qemu", other_bin], other_bin_refused.as_str()),
        (vec!["--qemu", "qemu-system-ppc", "--no-qemu"], "--no-qemu"),
        (vec!["--clock", "sundial"], "--clock"),
        (vec!["--fast"], "--fast"),
    ] {
        let out = tlbvisor().arg("bench").args(&args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(want), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}

/// `tools/bench/callgrind.sh`: `--help` prints the header comment (exit 0); an unknown option or
/// a second argument is refused with the usage (exit 2) before the script looks for the binary
/// or valgrind, instead of being taken for the binary.
#[test]
fn callgrind_script_prints_its_help_and_refuses_bad_arguments() {
    let script = support::root().join("tools/bench/callgrind.sh");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(&script).args(args).output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    for help in ["--help", "-h"] {
        let (code, out, err) = run(&[help]);
        assert_eq!(code, Some(0), "{help}: {err}");
        assert!(err.is_empty(), "{help}: {err}");
        assert!(out.starts_with("Host instructions per guest instruction"), "{help}:\n{out}");
        assert!(
            out.contains("\n  tools/bench/callgrind.sh [TLBVISOR]     default: target/x86_64-unknown-linux-gnu/release/tlbvisor"),
            "{out}"
        );
        assert!(out.ends_with("Needs valgrind. Takes a few minutes.\n"), "{help}:\n{out}");
        assert!(!out.lines().any(|l| l.starts_with('#')), "{help}:\n{out}");
    }
    let usage = "(usage: tools/bench/callgrind.sh [--help | TLBVISOR])";
    for (args, want) in [
        (vec!["--fast"], format!("callgrind.sh: error: unknown option --fast {usage}\n")),
        (vec!["-x"], format!("callgrind.sh: error: unknown option -x {usage}\n")),
        (
            vec!["target/x86_64-unknown-linux-gnu/release/tlbvisor", "extra"],
            format!("callgrind.sh: error: 2 arguments given, expected at most the tlbvisor binary {usage}\n"),
        ),
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert_eq!(err, want, "{args:?}");
        assert!(out.is_empty(), "{args:?}: {out}");
    }
}

/// `tools/bench/paired.py`, the README's paired runs: one unmeasured run of each command, then
/// A B A B ... (each command writes its letter to a log), and the ratio's median taken pair by
/// pair, not the ratio of the medians. The commands sleep by the log's length: A 0.05, 0.2, 0.2 s
/// and B 0.1, 0.4, 0.05 s in the three pairs, so the pairs' ratios are 0.5, 0.5 and 4 (median
/// 0.5) while the medians' ratio is 2. A missing command, a bad count and a failing command are
/// refused (status 2 for arguments, 1 for a command that fails).
#[test]
fn paired_script_times_two_commands_pair_by_pair() {
    if support::tool("python3", "TLBVISOR_REQUIRE_PYTHON").is_none() {
        return;
    }
    let script = support::root().join("tools/bench/paired.py");
    let run = |args: &[&str]| {
        let out = std::process::Command::new("python3").arg(&script).args(args).output().unwrap();
        (out.status.code(), String::from_utf8(out.stdout).unwrap(), String::from_utf8(out.stderr).unwrap())
    };
    let log = support::scratch("paired").join("order");
    std::fs::write(&log, "").unwrap();
    let command = |letter: &str, sleeps: &str| {
        format!(
            "sh -c 'n=$(wc -l < {}); echo {letter} >> {}; case $n in {sleeps} esac'",
            log.display(),
            log.display()
        )
    };
    let a = command("A", "2) sleep 0.05;; 4|6) sleep 0.2;;");
    let b = command("B", "3) sleep 0.1;; 5) sleep 0.4;; 7) sleep 0.05;;");
    let (code, out, err) = run(&["-n", "3", "--a", &a, "--b", &b]);
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(std::fs::read_to_string(&log).unwrap(), "A\nB\nA\nB\nA\nB\nA\nB\n", "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 4, "{out}");
    assert_eq!(lines[0], "3 pairs, wall-clock: median (shortest .. longest)");
    let median = |line: &str, label: &str, unit: &str| -> f64 {
        let rest = line.strip_prefix(label).unwrap_or_else(|| panic!("{line}")).trim_start();
        rest.split(unit).next().unwrap().parse().unwrap_or_else(|_| panic!("{line}"))
    };
    let (a, b, ratio) =
        (median(lines[1], "A ", " s"), median(lines[2], "B ", " s"), median(lines[3], "A/B ", "x"));
    // Wide bounds: a loaded machine adds its start-up time to every run.
    assert!((0.2..0.6).contains(&a) && (0.1..0.5).contains(&b), "{out}");
    assert!((0.3..0.95).contains(&ratio), "{out}");
    for (args, want) in [
        (vec!["--a", "true"], "paired.py: error: --b is missing: give both commands\n"),
        (
            vec!["-n", "0", "--a", "true", "--b", "true"],
            "paired.py: error: -n 0: expected a number of pairs from 1 to 1000\n",
        ),
        (vec!["--a", "", "--b", "true"], "paired.py: error: --a is empty: expected a command\n"),
    ] {
        let (code, out, err) = run(&args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.ends_with(want), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
    }
    let (code, out, err) = run(&["-n", "1", "--a", "true", "--b", "false"]);
    assert_eq!((code, out.as_str()), (Some(1), ""), "{err}");
    assert_eq!(err, "paired.py: error: false exited with status 1\n");
}

/// With no guest named, the guest comes from build-linux.sh's cache; an empty cache empties the
/// Linux row, saying how to build it. (`without_qemu_and_kernel_the_json_says_why` empties PATH
/// for QEMU's sake, so there the script cannot even start: this is the cache's own test.)
#[test]
fn an_empty_guest_cache_says_how_to_build_the_guest() {
    let empty = support::scratch("cli-bench-empty-cache");
    let j = bench_json(&["--no-qemu"], |c| {
        c.env("TLBVISOR_GUEST_CACHE", &empty).env_remove("TLBVISOR_LINUX_GUEST")
    });
    assert!(j["kernel"].is_null(), "{j}");
    let linux = linux_row(&j);
    for mode in ["bare", "virt", "qemu"] {
        let why = linux[mode]["missing"].as_str().unwrap();
        assert_eq!(
            why, "kernel not built: run tools/guests/build-linux.sh e500v2 (or give --kernel)",
            "{linux}"
        );
    }
}

/// `TLBVISOR_LINUX_GUEST` is checked as `--kernel` is, but a guest it names that cannot be one
/// only empties the Linux row (saying why), as a missing one does.
#[test]
fn a_linux_guest_from_the_environment_must_be_an_elf_file() {
    let readme = support::root().join("README.md");
    let missing = support::scratch("cli-bench-env").join("vmlinux");
    for (path, why) in
        [(&readme, "not an ELF file (expected a vmlinux)"), (&missing, "not a file (expected a vmlinux)")]
    {
        let j = bench_json(&["--no-qemu"], |c| c.env("TLBVISOR_LINUX_GUEST", path));
        assert!(j["kernel"].is_null(), "{j}");
        let linux = linux_row(&j);
        let want = format!("TLBVISOR_LINUX_GUEST={}: {why}", path.display());
        for mode in ["bare", "virt", "qemu"] {
            assert_eq!(linux[mode]["missing"], want.as_str(), "{linux}");
        }
    }
}
