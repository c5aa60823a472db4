//! Time while the core idles (docs/time.md): the wait state skips to the next timer event, a
//! `b .` waiting for a timer interrupt is counted in one go, and both give exactly the state
//! that stepping tick by tick gives; bare and virtualized alike.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use tlbvisor::session::{ExplainOptions, Mode, Session, Stop};

fn fixture(name: &str) -> std::path::PathBuf {
    support::root().join("fixtures").join(format!("{name}.s"))
}

fn session(name: &str, mode: Mode) -> Session {
    Session::from_file(fixture(name))
        .include_dir(support::root().join("fixtures"))
        .mode(mode)
        .build()
        .expect("the fixture builds")
}

/// fixtures/wait_doze.s: the decrementer is written with 100000 by the instruction before
/// `dec_written`; after its completion (its own tick included) TB = j and DEC = 99999, so DEC
/// reaches 0 at TB = j + 99999. The core completes the mtmsr at instruction m and waits: the
/// idle ticks are (j + 99999) - m, and the handler starts at TB = j + 99999.
#[test]
fn the_wait_state_skips_to_the_decrementer() {
    for mode in [Mode::Bare, Mode::Virt] {
        let mut s = session("wait_doze", mode);
        assert_eq!(s.run_to("dec_written").unwrap(), Stop::Reached(s.symbol("dec_written").unwrap()));
        let j = s.instructions();
        // INSTALL_UNEXPECTED (SET_IVPR 2 + 20 SET_IVOR of 2), SET_IVOR 10 (2), three li,
        // lis + mtspr + isync for HID0, LOAD32 (2) and the mtspr DEC: 42 + 2 + 3 + 3 + 3 = 53.
        assert_eq!(j, 53, "{mode:?}");
        assert_eq!(s.time_base(), j, "{mode:?}: one tick per instruction so far");
        assert_eq!(s.spr("DEC").unwrap(), 99_999);
        assert_eq!(s.run_to("dec_handler").unwrap(), Stop::Reached(s.symbol("dec_handler").unwrap()));
        let m = s.instructions();
        assert_eq!(m, j + 6, "{mode:?}: lis, mtspr TCR, mfmsr, oris, ori, mtmsr after j");
        assert_eq!(s.idle_ticks(), j + 99_999 - m, "{mode:?}");
        assert_eq!(s.time_base(), j + 99_999, "{mode:?}");
        assert_eq!(s.run(), Stop::Halted);
        // The whole run: time base = instructions + idle ticks (TB is never written).
        assert_eq!(s.time_base(), s.instructions() + s.idle_ticks(), "{mode:?}");
        assert_eq!((s.gpr(3).unwrap(), s.gpr(13).unwrap(), s.gpr(7).unwrap()), (1, 0, 0x0004_8000));
    }
}

/// Counting a `b .` that waits for a timer in one go changes nothing: the same fixtures run
/// with every iteration stepped (the `--accesses` loop records each fetch, so it steps them)
/// end in the same state, after the same instructions, with the same time base.
#[test]
fn spin_skipping_is_the_same_as_stepping() {
    for name in ["decrementer", "fixed_interval_timer", "watchdog", "wait_doze"] {
        for mode in [Mode::Bare, Mode::Virt] {
            let mut fast = session(name, mode);
            assert_eq!(fast.run(), Stop::Halted, "{name} {mode:?}");
            let mut slow = session(name, mode);
            let opts =
                ExplainOptions { accesses: true, from: None, from_hit: None, limit: Some(0), color: false };
            slow.explain(&opts).expect("explain runs");
            assert_eq!(slow.status(), Some(tlbvisor::session::Status::Halted), "{name} {mode:?}");
            assert_eq!(fast.registers(), slow.registers(), "{name} {mode:?}");
            assert_eq!(fast.instructions(), slow.instructions(), "{name} {mode:?}");
            assert_eq!(fast.time_base(), slow.time_base(), "{name} {mode:?}");
            assert_eq!(fast.idle_ticks(), slow.idle_ticks(), "{name} {mode:?}");
            for spr in ["DEC", "TSR", "TCR", "SRR0", "SRR1", "CSRR0", "CSRR1"] {
                assert_eq!(fast.spr(spr).unwrap(), slow.spr(spr).unwrap(), "{name} {mode:?} {spr}");
            }
        }
    }
}

const WAIT_FOREVER: &str = r#"
        .section .text.start, "ax"
        .globl _start
_start: lis     r4, 0x0080          # HID0[DOZE]
        mtspr   1008, r4
        mfmsr   r5
        oris    r5, r5, 0x0004      # MSR[WE]
        ori     r5, r5, 0x8000      # MSR[EE], but no timer is armed
        mtmsr   r5
        li      r9, 1
done:   b       done
"#;

/// A core that waits with no interrupt to come stops at once with `Idle`, not after the budget,
/// and has not executed the instruction after the mtmsr.
#[test]
fn waiting_with_nothing_to_come_is_idle() {
    for mode in [Mode::Bare, Mode::Virt] {
        let mut s = Session::from_source(WAIT_FOREVER).mode(mode).budget(1_000_000).build().unwrap();
        assert_eq!(s.run(), Stop::Idle, "{mode:?}");
        assert_eq!((s.instructions(), s.idle_ticks(), s.gpr(9).unwrap()), (6, 0, 0), "{mode:?}");
        // It stays idle when run again.
        assert_eq!(s.run(), Stop::Idle, "{mode:?}");
        assert_eq!(s.instructions(), 6);
    }
    // Without a power-saving mode in HID0, MSR[WE] does nothing: the program runs to `b .`.
    let src = WAIT_FOREVER.replace("lis     r4, 0x0080", "lis     r4, 0");
    let mut s = Session::from_source(src).build().unwrap();
    assert_eq!(s.run(), Stop::Halted);
    assert_eq!(s.gpr(9).unwrap(), 1);
}

const IDLE_LOOP: &str = r#"
        .section .text.start, "ax"
        .globl _start
_start: li      r3, 0
        lis     r10, 0x0001
        mtspr   63, r10             # IVPR = 0x10000
        li      r10, handler - 0x10000
        mtspr   410, r10            # IVOR10
        lis     r4, 0x0080
        mtspr   1008, r4            # HID0[DOZE]
        li      r4, 1000
        mtspr   54, r4              # DECAR
        mtspr   22, r4              # DEC
        lis     r4, 0x0440          # TCR[DIE | ARE]
        mtspr   340, r4
idle:   mfmsr   r5
        oris    r5, r5, 0x0004
        ori     r5, r5, 0x8000
        mtmsr   r5                  # wait for the next tick, forever
        b       idle
        .balign 16
handler:
        addi    r3, r3, 1
        lis     r4, 0x0800
        mtspr   336, r4             # clear TSR[DIS]
        rfi                         # back into the wait state
"#;

/// A guest that idles forever on a periodic decrementer is bounded by the budget (every wake
/// is a delivered interrupt and a few instructions), and its time base is instructions plus
/// idle ticks.
#[test]
fn an_idle_loop_ends_on_the_budget() {
    let mut results = Vec::new();
    for mode in [Mode::Bare, Mode::Virt] {
        let mut s = Session::from_source(IDLE_LOOP).mode(mode).budget(5_000).build().unwrap();
        assert_eq!(s.run(), Stop::Budget, "{mode:?}");
        let wakes = u64::from(s.gpr(3).unwrap());
        assert!(wakes > 500, "{mode:?}: {wakes} wakes");
        assert_eq!(s.time_base(), s.instructions() + s.idle_ticks(), "{mode:?}");
        // One decrementer period (1000 ticks) per wake once it runs.
        assert!(s.time_base() >= wakes * 1000, "{mode:?}");
        results.push((s.registers(), s.instructions(), s.idle_ticks(), s.time_base()));
    }
    assert_eq!(results[0], results[1], "bare and virtualized idle the same");
}

/// Through the CLI: `idle` is exit status 5, and the JSON reports idle ticks apart from
/// instructions. fixtures/wait_doze.s: j = 53 and m = 59 (see
/// `the_wait_state_skips_to_the_decrementer`), so 53 + 99999 - 59 = 99993 idle ticks; then the
/// handler's 15 instructions (LOAD32 is 2), the 6 after `after_mtmsr` and the final `b .`:
/// 59 + 15 + 6 + 1 = 81 instructions.
#[test]
fn cli_status_and_idle_ticks() {
    let dir = std::env::temp_dir().join(format!("tlbvisor-idle-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("wait_forever.s");
    std::fs::write(&prog, WAIT_FOREVER).unwrap();
    for mode in ["bare", "virt"] {
        let out = support::tlbvisor().args(["run", "--json", "--mode", mode]).arg(&prog).output().unwrap();
        assert_eq!(out.status.code(), Some(5), "{mode}");
        let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!((j["status"].as_str(), j["instructions"].as_u64()), (Some("idle"), Some(6)), "{mode}");

        let out = support::tlbvisor()
            .args(["run", "--json", "--mode", mode, "-I"])
            .arg(support::root().join("fixtures"))
            .arg(fixture("wait_doze"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{mode}");
        let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            (j["instructions"].as_u64(), j["idle_ticks"].as_u64()),
            (Some(81), Some(99_993)),
            "{mode}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A time base that crosses 2^63 with TCR as at reset (FP = FPEXT = WP = WPEXT = 0): the
/// fixed-interval timer and the watchdog both watch TB bit 0, which rises at 2^63 and next
/// rises 2^64 ticks later, a whole wrap away (Book-E "Fixed-Interval Timer", "Watchdog Timer";
/// docs/time.md). The rise sets TSR[FIS] (0x04000000) and the watchdog's first time-out
/// TSR[ENW] (0x80000000), with no interrupt (TCR[FIE] = TCR[WIE] = 0) and no reset (TCR[WRC]
/// = 0). The program: 10 set-up instructions (TBL = 0, TBU = 0x7FFFFFFF, TBL = 0xFFFFFFF0: the
/// rise comes within the loop), 100 iterations of `addi; bdnz`, three `mfspr` and `b .`: 214
/// instructions. Running it once hung: the timer's next event at the current TB read as "now",
/// and a burst waited for it forever. Bare and virtualized.
#[test]
fn a_timer_period_of_two_to_the_64_does_not_stop_time() {
    const PROGRAM: &str = "_start: li r3, 0\n mtspr 284, r3\n lis r3, 0x7fff\n ori r3, r3, 0xffff\n
        mtspr 285, r3\n li r3, -16\n mtspr 284, r3\n li r4, 0\n li r5, 100\n mtctr r5\n
        1: addi r4, r4, 1\n bdnz 1b\n mfspr r6, 268\n mfspr r7, 269\n mfspr r8, 336\n b .\n";
    let (done, wait) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut seen = Vec::new();
        for mode in [Mode::Bare, Mode::Virt] {
            let mut s = Session::from_source(PROGRAM).mode(mode).budget(1000).build().unwrap();
            let stop = s.run();
            seen.push((mode, stop, s.instructions(), s.spr("TSR").unwrap(), s.gpr(8).unwrap()));
        }
        done.send(seen).unwrap();
    });
    let seen = wait.recv_timeout(std::time::Duration::from_secs(60)).expect("the runs end");
    for (mode, stop, instructions, tsr, r8) in seen {
        assert_eq!((stop, instructions, tsr, r8), (Stop::Halted, 214, 0x8400_0000, 0x8400_0000), "{mode:?}");
    }
}
