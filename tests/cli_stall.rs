//! A guest that makes no progress (docs/stall.md): the same interrupt taken at the same PC
//! again and again with no instruction completed stops the run with status `stalled` (exit 6),
//! reporting the first fault and the one that repeats, the same in bare and virt mode.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use serde_json::Value;

use support::tlbvisor;

/// Runs `source` in `mode` with `--json`: exit code and the JSON.
fn run_json(name: &str, source: &str, mode: &str) -> (Option<i32>, Value) {
    let dir = support::scratch(&format!("stall-{name}-{mode}"));
    let path = dir.join(format!("{name}.s"));
    std::fs::write(&path, source).unwrap();
    let out = tlbvisor().args(["run", "--json", "--mode", mode]).arg(&path).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let j: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {err}"));
    (out.status.code(), j)
}

/// `(kind, pc, srr0, esr, dear, vector)` of a reported fault.
fn fault(f: &Value) -> (&str, u64, u64, u64, u64, u64) {
    let n = |k: &str| f[k].as_u64().unwrap_or_else(|| panic!("{k} in {f}"));
    (f["kind"].as_str().unwrap(), n("pc"), n("srr0"), n("esr"), n("dear"), n("vector"))
}

/// ESR\[PIL\]: the program interrupt of an illegal instruction (E500CORERM, "ESR").
const ESR_PIL: u64 = 0x0800_0000;

/// Checks both modes stall, with the same report.
fn stalls(
    name: &str,
    source: &str,
    first: (&str, u64, u64, u64, u64, u64),
    repeated: (&str, u64, u64, u64, u64, u64),
) {
    let mut reports = Vec::new();
    for mode in ["bare", "virt"] {
        let (code, j) = run_json(name, source, mode);
        assert_eq!(code, Some(6), "{name} {mode}: {j}");
        assert_eq!(j["status"], "stalled", "{name} {mode}");
        let s = &j["stall"];
        assert_eq!(fault(&s["first"]), first, "{name} {mode}: {s}");
        assert_eq!(fault(&s["repeated"]), repeated, "{name} {mode}: {s}");
        assert_eq!(s["count"], 64, "{name} {mode}");
        // Far from the budget: the storm is caught as it starts.
        assert!(j["instructions"].as_u64().unwrap() < 10, "{name} {mode}: {j}");
        reports.push((s.clone(), j["instructions"].clone(), j["pc"].clone(), j["spr"].clone()));
    }
    assert_eq!(reports[0], reports[1], "{name}: bare and virt differ");
}

#[test]
fn a_jump_to_an_unmapped_address() {
    // The boot mapping (TLB1[0]) covers the first 64 MiB; 0x40000000 is mapped by nothing: an
    // instruction TLB error there, whose vector (IVPR | IVOR14 = 0 at boot) holds zeros: an
    // illegal instruction, whose vector is 0 again.
    let src = "_start: lis r4, 0x4000\n mtctr r4\n bctr\n";
    stalls(
        "jump",
        src,
        ("instruction TLB error", 0x4000_0000, 0x4000_0000, 0, 0, 0),
        ("program interrupt", 0, 0, ESR_PIL, 0, 0),
    );
}

#[test]
fn an_empty_program() {
    stalls(
        "empty",
        "",
        ("program interrupt", 0x1_0000, 0x1_0000, ESR_PIL, 0, 0),
        ("program interrupt", 0, 0, ESR_PIL, 0, 0),
    );
}

#[test]
fn a_tlbwe_that_unmaps_the_running_code() {
    // TLB1[0] (the boot mapping of the code and of the vectors) written invalid: the next fetch
    // misses, and so does the fetch at the vector, forever.
    let src = "_start: lis r3, 0x1000\n mtspr 624, r3\n li r3, 0\n mtspr 625, r3\n tlbwe\n isync\n nop\n";
    stalls(
        "tlbwe",
        src,
        ("instruction TLB error", 0x1_0014, 0x1_0014, 0, 0, 0),
        ("instruction TLB error", 0, 0, 0, 0, 0),
    );
}

#[test]
fn the_text_report_names_the_first_fault() {
    let dir = support::scratch("stall-text");
    let path = dir.join("jump.s");
    std::fs::write(&path, "_start: lis r4, 0x4000\n mtctr r4\n bctr\n").unwrap();
    for args in [["--mode", "bare"], ["--mode", "virt"], ["--report", "all"]] {
        let mode = args.join(" ");
        let out = tlbvisor().arg("run").args(args).arg(&path).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(6), "{mode}: {text}");
        assert!(text.starts_with("stalled (no progress"), "{mode}: {text}");
        assert!(
            text.contains(
                "  first fault: instruction TLB error at pc 0x40000000 (SRR0 0x40000000, ESR 0x00000000, \
                 DEAR 0x00000000) -> vector 0x00000000\n"
            ),
            "{mode}: {text}"
        );
    }
}

#[test]
fn explain_stops_at_the_storm_too() {
    let dir = support::scratch("stall-explain");
    let path = dir.join("jump.s");
    std::fs::write(&path, "_start: lis r4, 0x4000\n mtctr r4\n bctr\n").unwrap();
    for mode in ["bare", "virt"] {
        let out = tlbvisor().args(["explain", "--no-color", "--mode", mode]).arg(&path).output().unwrap();
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(6), "{mode}: {text}");
        // The whole storm is kept: the first fault is narrated, nothing was dropped.
        assert!(text.contains("instruction TLB error"), "{mode}: {text}");
        assert!(!text.contains("earlier events were dropped"), "{mode}: {text}");
        assert!(
            text.contains(
                "stopped: stalled (interrupts again and again) at 0x00000000 after 3 instructions\n"
            ),
            "{mode}: {text}"
        );
    }
}

#[test]
fn two_interrupts_that_fault_into_each_other() {
    // EA 0x40000000 is mapped for 4 KiB with read/write but no execute; IVPR = 0x40000000,
    // IVOR14 (instruction TLB error) = 0x100, IVOR3 (instruction storage) = 0x2000. The jump to
    // 0x40002000 (outside the page) misses; the miss vector 0x40000100 is in the page but not
    // executable: an instruction storage interrupt, whose vector 0x40002000 misses again, and
    // so on. 64 deliveries alternate, so the 64th is an instruction storage interrupt.
    let src = "        .include \"include/e500.inc\"
_start: TLB_WRITE 0x10010000, 0x80000100, 0x40000000, 0x00100005
        lis r3, 0x4000
        mtspr 63, r3
        li r3, 0x100
        mtspr 414, r3
        li r3, 0x2000
        mtspr 403, r3
        lis r4, 0x4000
        ori r4, r4, 0x2000
        mtctr r4
        bctr
";
    let mut reports = Vec::new();
    for mode in ["bare", "virt"] {
        let dir = support::scratch(&format!("stall-cycle-{mode}"));
        let path = dir.join("cycle.s");
        std::fs::write(&path, src).unwrap();
        let fixtures = support::root().join("fixtures");
        let out = tlbvisor()
            .args(["run", "--json", "--mode", mode, "-I"])
            .arg(&fixtures)
            .arg(&path)
            .output()
            .unwrap();
        let j: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
        assert_eq!(out.status.code(), Some(6), "{mode}: {j}");
        let s = &j["stall"];
        assert_eq!(
            fault(&s["first"]),
            ("instruction TLB error", 0x4000_2000, 0x4000_2000, 0, 0, 0x4000_0100),
            "{mode}"
        );
        assert_eq!(
            fault(&s["repeated"]),
            ("instruction storage interrupt", 0x4000_0100, 0x4000_0100, 0, 0, 0x4000_2000),
            "{mode}"
        );
        assert_eq!(s["count"], 64, "{mode}");
        reports.push((s.clone(), j["instructions"].clone(), j["spr"].clone()));
    }
    assert_eq!(reports[0], reports[1], "bare and virt differ");
}
