//! Software nobody here wrote, run through the CLI: Debian's U-Boot (`u-boot-qemu`) and the
//! project's Linux 6.1 guests (`tools/guests/build-linux.sh`, docs/linux-guest.md) boot on
//! tlbvisor with QEMU 7.2's console, byte for byte, bare and under the hypervisor (contiguous
//! backing, 64 KiB fragments, a 4-entry host TLB1).
//!
//! The expected consoles are QEMU's, recorded in `tests/data/guests/` by
//! `tools/guests/record_qemu.py`; with QEMU installed, `qemu_still_prints_the_recorded_consoles`
//! boots every guest on QEMU again and fails on a stale recording. Where a guest is absent (no
//! `u-boot-qemu`, a kernel not built) its tests skip with a note, unless
//! `TLBVISOR_REQUIRE_GUESTS=1` (CI) makes that a failure. The guests are found through
//! `TLBVISOR_UBOOT`, `TLBVISOR_LINUX_GUEST`, `TLBVISOR_LINUX_GUEST2` and
//! `TLBVISOR_LINUX_GUEST_E500MC` (`.ci/run` sets them), else at Debian's path and in the build
//! cache (`build-linux.sh --if-built`).

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::path::PathBuf;
use std::process::Command;

use serde_json::Value;

/// The hypervisor set-ups every guest also runs under, beside the bare machine.
const SETUPS: [&[&str]; 4] = [
    &[],
    &["--mode", "virt"],
    &["--mode", "virt", "--backing-fragments", "64K"],
    &["--mode", "virt", "--host-tlb1", "4"],
];

/// A budget no boot here comes near (U-Boot's prompt is about 410 M instructions, a Linux boot
/// to power-off under 100 M): reaching it is a failure, not a long wait.
const BUDGET: &str = "2000000000";

use support::linux_guest::{
    command_line, console_difference as first_difference, mask_timestamps, recording, uboot, vmlinux as linux,
};

/// Runs `tlbvisor run IMAGE --json ARGS...` and returns its exit code and JSON.
fn run(image: &PathBuf, args: &[&str]) -> (i32, Value) {
    let out = support::tlbvisor()
        .arg("run")
        .arg(image)
        .args(["--json", "--max-insns", BUDGET])
        .args(args)
        .output()
        .expect("tlbvisor runs");
    let json: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!("{args:?}: no JSON ({e}); stderr:\n{}", String::from_utf8_lossy(&out.stderr))
    });
    (out.status.code().unwrap_or(-1), json)
}

fn console(json: &Value) -> &str {
    json["console"].as_str().expect("a console")
}

#[test]
fn uboot_reaches_its_prompt_with_qemus_console_bare_and_virtualized() {
    let Some(uboot) = uboot() else { return };
    let want = recording("uboot");
    let mut counts = Vec::new();
    for setup in SETUPS {
        let mut args = vec!["--until-console", "=> "];
        args.extend_from_slice(setup);
        let (code, json) = run(&uboot, &args);
        assert_eq!((code, json["status"].as_str()), (0, Some("console")), "{setup:?}");
        assert!(console(&json) == want, "{setup:?}: {}", first_difference(&want, console(&json)));
        counts.push(json["instructions"].as_u64().expect("a count"));
    }
    // The guest cannot tell it is virtualized: the same instructions in every set-up.
    assert!(counts.iter().all(|&n| n == counts[0]), "instruction counts {counts:?}");
}

#[test]
fn uboot_answers_a_typed_command() {
    let Some(uboot) = uboot() else { return };
    let want = recording("uboot-version");
    // `version` is typed once the first prompt is out (QEMU's recording typed it then too) and
    // the run ends at the next prompt.
    let typed = ["--console-input", "version\\r", "--console-input-after", "=> "];
    let until = ["--until-console", "=> ", "--until-console-count", "2"];
    for setup in [SETUPS[0], SETUPS[1]] {
        let args: Vec<&str> = typed.iter().chain(&until).chain(setup.iter()).copied().collect();
        let (code, json) = run(&uboot, &args);
        assert_eq!((code, json["status"].as_str()), (0, Some("console")), "{setup:?}");
        assert!(console(&json) == want, "{setup:?}: {}", first_difference(&want, console(&json)));
        assert!(
            console(&json).contains("=> version\r\nU-Boot 2023.01"),
            "the command was echoed and answered"
        );
    }
}

/// Boots a Linux guest in every set-up: it powers off with QEMU's console (printk timestamps
/// masked), the same instruction count and the same idle time everywhere.
fn linux_boots_like_qemu(variant: &str, cpu: &str, recording_name: &str) {
    // With the command line QEMU's recording was made with (the `pv` guest's `nospectre_v2`).
    let append = command_line(recording_name);
    let mut machine = vec!["--cpu", cpu];
    if let Some(a) = &append {
        machine.extend(["--append", a]);
    }
    linux_boots_like(variant, &machine, &recording(recording_name));
}

/// [`linux_boots_like_qemu`] with these machine options and this expected console.
fn linux_boots_like(variant: &str, machine: &[&str], console_want: &str) {
    let Some(kernel) = linux(variant) else { return };
    let want = mask_timestamps(console_want);
    let mut seen = Vec::new();
    for setup in SETUPS {
        let mut args = machine.to_vec();
        args.extend_from_slice(setup);
        let (code, json) = run(&kernel, &args);
        assert_eq!((code, json["status"].as_str()), (0, Some("poweroff")), "{variant} {setup:?}");
        let got = mask_timestamps(console(&json));
        assert!(got == want, "{variant} {setup:?}: {}", first_difference(&want, &got));
        seen.push((json["instructions"].as_u64(), json["idle_ticks"].as_u64()));
    }
    assert!(seen.iter().all(|s| *s == seen[0]), "{variant}: (instructions, idle ticks) {seen:?}");
}

#[test]
fn the_project_linux_guest_runs_its_workload_and_powers_off_like_qemu() {
    linux_boots_like_qemu("e500v2", "e500v2", "linux-e500v2");
    // The workload's results, derived by hand in tools/guests/init/init.c (docs/linux-guest.md):
    // the recording holds them, so they are checked through it; here they are spelt out once.
    let want = recording("linux-e500v2");
    for line in [
        "mmap   1024 pages, word k = k, sum 0x0000007ffff80000 ok", // sum of k for k < 1024*1024
        "fork   child 4 sum 1..400 = 80200, exit status 40 ok",     // 400*401/2
        "exec   7! = 5040 ok",
        "all ok, powering off",
    ] {
        assert!(want.contains(line), "recording lacks {line:?}");
    }
}

#[test]
fn a_kernel_built_differently_boots_like_qemu() {
    // Another config (PREEMPT, HZ 1000, tickless idle, printk timestamps) and another init
    // (static glibc): the machine is not tuned to one kernel.
    linux_boots_like_qemu("alt", "e500v2", "linux-alt");
}

#[test]
fn an_e500mc_kernel_boots_like_qemu() {
    let qemu = recording("linux-e500mc");
    // In QEMU's profile the console is QEMU's, byte for byte.
    linux_boots_like("e500mc", &["--cpu", "e500mc", "--compat", "qemu"], &qemu);
    // On the manual's e500mc one line differs, for a reason the manual gives: its MMUCFG has
    // LPIDSIZE = 6 (QEMU reads MMUCFG as 0, `compat.mmucfg_reads_zero`), so Linux keeps
    // CPU_FTR_EMB_HV (0x200) in its feature word (docs/linux-guest.md).
    let (qemu_line, manual_line) =
        ("cpu_features      = 0x0000000000000194\r\n", "cpu_features      = 0x0000000000000394\r\n");
    assert_eq!(qemu.matches(qemu_line).count(), 1, "the recording prints the feature word once");
    linux_boots_like("e500mc", &["--cpu", "e500mc"], &qemu.replace(qemu_line, manual_line));
}

#[test]
fn a_kvm_guest_kernel_with_no_hypervisor_node_boots_like_qemu() {
    // Built with CONFIG_KVM_GUEST (docs/paravirt.md): it looks for a /hypervisor node, finds none
    // (QEMU adds one only under KVM; tlbvisor adds none), and runs unpatched.
    linux_boots_like_qemu("pv", "e500v2", "linux-pv");
}

#[test]
fn the_kvm_guest_kernel_offered_the_paravirtual_interface_patches_itself() {
    // With --paravirt the tree has /hypervisor: the guest asks for the features and maps the
    // magic page (2 hypercalls), rewrites its privileged instructions and says so (with the
    // project's self-test patch, docs/paravirt.md §7), then runs as before: QEMU's console plus
    // that line, the same end.
    let Some(kernel) = linux("pv") else { return };
    let append = command_line("linux-pv").expect("the pv guest's command line");
    let (code, json) =
        run(&kernel, &["--cpu", "e500v2", "--mode", "virt", "--paravirt", "--append", &append]);
    assert_eq!((code, json["status"].as_str()), (0, Some("poweroff")));
    let mut want = String::new();
    for line in recording("linux-pv").split_inclusive('\n') {
        want.push_str(line);
        if line.starts_with("futex hash table entries") {
            // In the futex line's own line ending (the serial console's \r\n).
            want.push_str("KVM: Live patching for a fast VM worked");
            want.push_str(&line[line.trim_end().len()..]);
        }
    }
    let (want, got) = (mask_timestamps(&want), mask_timestamps(console(&json)));
    assert!(got == want, "{}", first_difference(&want, &got));
    assert_eq!(json["host"]["exits"]["hypercall"], 2);
}

#[test]
fn qemu_still_prints_the_recorded_consoles() {
    if support::tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU").is_none() {
        return;
    }
    let mut names = Vec::new();
    if uboot().is_some() {
        names.extend(["uboot", "uboot-version"]);
    }
    for (variant, name) in
        [("e500v2", "linux-e500v2"), ("alt", "linux-alt"), ("e500mc", "linux-e500mc"), ("pv", "linux-pv")]
    {
        if linux(variant).is_some() {
            names.push(name);
        }
    }
    if names.is_empty() {
        return;
    }
    let dir = support::scratch("real-guests-qemu");
    let out = Command::new(support::root().join("tools/guests/record_qemu.py"))
        .arg("--out")
        .arg(&dir)
        .args(&names)
        .output()
        .expect("record_qemu.py runs");
    assert!(out.status.success(), "record_qemu.py failed:\n{}", String::from_utf8_lossy(&out.stderr));
    for name in names {
        let live = std::fs::read_to_string(dir.join(format!("{name}.qemu.console"))).expect("a live console");
        let (live, recorded) = (mask_timestamps(&live), mask_timestamps(&recording(name)));
        assert!(
            live == recorded,
            "tests/data/guests/{name}.qemu.console is stale (tools/guests/record_qemu.py {name}): {}",
            first_difference(&recorded, &live)
        );
    }
}

#[test]
fn timestamps_are_masked_and_nothing_else() {
    assert_eq!(mask_timestamps("[    0.000000] Linux\r\n[   12.345678] x"), "[T] Linux\r\n[T] x");
    assert_eq!(
        mask_timestamps("[mem 0x0-0x7ffffff] [1.5] [ 1.1234567]"),
        "[mem 0x0-0x7ffffff] [1.5] [ 1.1234567]"
    );
}
