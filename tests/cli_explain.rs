//! `tlbvisor explain` end to end: options shared with `run`, --from/--limit/--no-color, no ANSI
//! escapes when piped, a bad symbol, and the tracing of the same events.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use support::fixture_path as fixture;

fn stdout(args: &[&str]) -> (i32, String, String) {
    let (code, out, err) = support::output(args);
    (code.unwrap_or(-1), out, err)
}

#[test]
fn explain_virt_with_run_options() {
    let f = fixture("seed_store");
    let (code, out, err) = stdout(&[
        "explain",
        &f,
        "--mode",
        "virt",
        "--backing-fragments",
        "64K",
        "--cpu",
        "e500v2",
        "-I",
        "fixtures",
    ]);
    assert_eq!(code, 0, "{err}");
    // Piped: no colour.
    assert!(!out.contains('\x1b'), "{out}");
    assert!(out.starts_with("explain: virt mode"), "{out}");
    assert!(out.contains("0x00010060 <_start+0x60>  tlbwe"), "{out}");
    assert!(out.contains("guest TLB1[1] now: EPN 0x00001000 -> GPA 0x000001000 4K"), "{out}");
    // With 64 KiB fragments the HPA is wherever the fragment holding GPA 0x1000 landed, and the
    // store's shadow is still a 4K one in host TLB0.
    assert!(out.contains("-> GPA 0x000001000 -> HPA 0x"), "{out}");
    assert!(out.contains("host TLB0[1:0] <- EA 0x00001000"), "{out}");
}

#[test]
fn from_limit_and_no_color() {
    let f = fixture("pagetable_miss_handler");
    let (code, out, err) =
        stdout(&["explain", &f, "--from", "dsi_handler", "--limit", "2", "--no-color", "-I", "fixtures"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("from dsi_handler (0x00010290)"), "{out}");
    let paragraphs: Vec<&str> = out.lines().filter(|l| l.starts_with("0x")).collect();
    assert_eq!(paragraphs.len(), 2, "{out}");
    assert!(paragraphs[0].starts_with("0x00010290 <dsi_handler>"), "{out}");
    assert!(out.contains("more paragraphs omitted (--limit 2)"), "{out}");
    assert!(!out.contains('\x1b'));
}

/// `--limit` does not let the run go past `--max-insns`: it stops where `run` stops, in both
/// modes (it used to run on to the end of a 1024-step piece).
#[test]
fn limit_keeps_to_the_instruction_budget() {
    let src = support::scratch("cli-explain-budget").join("spin.s");
    std::fs::write(&src, "_start: li r3,0\nloop: addi r3,r3,1\n b loop\n").unwrap();
    let src = src.to_str().unwrap();
    for mode in ["bare", "virt"] {
        let (code, out, err) = stdout(&["explain", src, "--limit", "3", "--max-insns", "10", "--mode", mode]);
        assert_eq!(code, 3, "{err}");
        assert!(
            out.contains("stopped: budget exhausted at 0x00010008 <loop+0x4> after 10 instructions"),
            "{out}"
        );
        // `run` says the same (both exit with status 3: the budget is spent).
        let (code, out, err) = stdout(&["run", src, "--max-insns", "10", "--mode", mode]);
        assert_eq!(code, 3, "{err}");
        assert!(out.contains("after 10 instructions"), "{out}");
    }
}

/// The budget counts interrupts delivered as well as instructions (README, `--max-insns`):
/// `explain --limit` stops where `explain` without one and `run` stop on a program that traps
/// in every iteration. (1000 steps there: 6 instructions of set-up, then 142 iterations of
/// `addi`, the trap's delivery, the 4-instruction handler and `b`, 7 steps each, and the stop
/// is at the next trap: 858 instructions.)
#[test]
fn limit_counts_interrupts_in_the_budget_as_run_does() {
    let src = support::scratch("cli-explain-trap-budget").join("trap.s");
    std::fs::write(
        &src,
        ".include \"include/e500.inc\"
_start: SET_IVPR
        SET_IVOR 6, prog
        li r3, 0
loop:   addi r3, r3, 1
        tw 31, r0, r0
        b loop
prog:   mfsrr0 r4
        addi r4, r4, 4
        mtsrr0 r4
        rfi
",
    )
    .unwrap();
    let src = src.to_str().unwrap();
    let stopped = |out: &str| out.lines().find(|l| l.starts_with("stopped:")).unwrap_or_default().to_string();
    for mode in ["bare", "virt"] {
        let args = ["explain", src, "-I", "fixtures", "--max-insns", "1000", "--mode", mode];
        let (_, whole, err) = stdout(&args);
        assert!(
            whole.contains("stopped: budget exhausted at 0x00010018 <loop+0x4> after 858 instructions"),
            "{err}"
        );
        let (_, limited, err) = stdout(&[&args[..], &["--limit", "3"]].concat());
        assert_eq!(stopped(&limited), stopped(&whole), "{mode}: {err}");
        let (_, run, err) = stdout(&["run", src, "-I", "fixtures", "--max-insns", "1000", "--mode", mode]);
        assert!(run.contains("after 858 instructions") && run.contains("pc  00010018"), "{mode}: {run}{err}");
    }
}

#[test]
fn unknown_symbol_is_exit_2() {
    let (code, out, err) = stdout(&["explain", &fixture("seed_store"), "--from", "nosuch"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.contains("seed_store.s: --from: unknown symbol `nosuch`"), "{err}");
}

#[test]
fn rust_log_prints_the_events_with_their_fields() {
    let err = support::traced("tlbvisor::hv=trace", &["run", &fixture("seed_store"), "--mode", "virt"]);
    for needle in [
        "tlbvisor::hv::exit",
        "kind=\"emulated\" mnemonic=\"tlbwe\" guest_pc=0x10030",
        "tlbvisor::hv::shadow",
        // The store's shadow (fixture header): guest TLB1[1], EA 0x1000 -> GPA 0x1000 -> HPA
        // 0x1_0000_1000 (default backing), a 4K page into host TLB0 set 1 (EA bits 13:19) way 0,
        // index 1 * 4 + 0; tagged with the SID of the TID-0 context (host PID1 = 2).
        "kind=\"fill\" tlb=1 esel=1 host_tlb=0 host_index=4 ea=0x1000 gpa=0x1000 hpa=0x100001000 size=0x1000 sid=2",
        "kind=\"invalidate\" cause=\"overwritten\"",
    ] {
        assert!(err.contains(needle), "{needle} missing in:\n{err}");
    }
    // The guest's architectural events are under the MMU and interrupt targets, the same
    // events the bare core emits.
    let virt = support::traced("tlbvisor::mmu=trace", &["run", &fixture("seed_store"), "--mode", "virt"]);
    let (code, _, bare) = support::output(&["--log", "tlbvisor::mmu=trace", "run", &fixture("seed_store")]);
    assert_eq!(code, Some(0), "{bare}");
    for t in [&virt, &bare] {
        assert!(
            t.contains("kind=\"tlbwe\" pc=0x10060 tlb=1 esel=1 mas0=0x10010000 mas1=0x80000100 mas2=0x1000 mas3=0x1005"),
            "{t}"
        );
    }
}

#[test]
fn from_hit_starts_at_the_nth_arrival() {
    let f = fixture("pagetable_miss_handler");
    let args = |hit: &str| {
        let (code, out, err) = stdout(&[
            "explain",
            &f,
            "--mode",
            "virt",
            "--from",
            "dtlb_handler",
            "--from-hit",
            hit,
            "--no-color",
        ]);
        assert_eq!(code, 0, "{err}");
        out
    };
    let body = |out: &str| out.split_once("\n\n").unwrap().1.to_string();
    // The handler's first paragraph, once per data TLB error it takes.
    let entry = "0x000101d0 <dtlb_handler>  mtsprg  0,r10\n";
    let first = body(&args("1"));
    let second = body(&args("2"));
    assert!(
        args("2").starts_with("explain: virt mode") && args("2").lines().next().unwrap().ends_with(", hit 2")
    );
    // From the second arrival: the first narrative from its second handler entry on.
    let at = first[1..].find(entry).map(|k| k + 1).expect("the handler runs twice");
    assert!(first.starts_with(entry) && second.starts_with(entry), "{second}");
    assert_eq!(second, first[at..]);
    // Never reached that often: said so; 0 is not a count.
    let (code, out, _) = stdout(&["explain", &f, "--from", "dtlb_handler", "--from-hit", "99"]);
    assert_eq!(code, 0);
    assert!(out.contains("the PC never reached dtlb_handler"), "{out}");
    let (code, _, err) = stdout(&["explain", &f, "--from", "dtlb_handler", "--from-hit", "0"]);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn until_console_ends_the_narrative() {
    let f = fixture("console_hello");
    let (code, out, err) = stdout(&["explain", &f, "-I", "fixtures", "--until-console", "hel", "--no-color"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("stopped: console text reached at "), "{out}");
    let (code, _, err) = stdout(&["explain", &f, "-I", "fixtures", "--until-console", "\\q"]);
    assert_eq!(code, 2, "a bad escape: {err}");
}
