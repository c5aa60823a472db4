//! Running a program one step at a time (`Session::step`) ends in the same state, after the same
//! number of instructions, as running it in one go, for every fixture in both modes; so does an
//! observed run (`explain` recording accesses, which steps every instruction in both modes) where
//! a plain run goes in bursts
//! (src/cpu/burst.rs), also for random programs and at every budget of loops that store into
//! their own code page; and a budget stops a virtualized run at the same guest state as a bare
//! one.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use proptest::prelude::*;
use support::fixture::Fixture;
use support::random_guest::{op, render};
use tlbvisor::session::{ExplainOptions, Mode, Session, Stop};

fn session(f: &Fixture, mode: Mode, budget: u64) -> Session {
    Session::from_file(&f.path)
        .include_dir(support::root().join("fixtures"))
        .cpu(f.cpu)
        .mode(mode)
        .budget(budget)
        .build()
        .unwrap()
}

#[test]
fn stepping_equals_running() {
    let mut bad = Vec::new();
    for f in Fixture::all() {
        for mode in [Mode::Bare, Mode::Virt] {
            let mut whole = session(&f, mode, 2_000_000);
            assert_eq!(whole.run(), Stop::Halted, "{} {mode:?}", f.name);
            let mut stepped = session(&f, mode, 2_000_000);
            let mut steps = 0;
            while stepped.step() == Stop::Budget && steps < 2_000_000 {
                steps += 1;
            }
            assert_eq!(stepped.status().map(Stop::from), Some(Stop::Halted), "{} {mode:?}", f.name);
            if (whole.instructions(), whole.regs_report()) != (stepped.instructions(), stepped.regs_report())
            {
                bad.push(format!(
                    "{} {mode:?}: run {} instructions, stepped {}",
                    f.name,
                    whole.instructions(),
                    stepped.instructions()
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The budget counts what the bare core steps through: each instruction completed (`sc`
/// included, once) and each interrupt delivered. A virtualized run with the same budget stops
/// at the same guest PC, registers and instruction count, wherever the budget falls.
#[test]
fn a_budget_stops_both_modes_at_the_same_place() {
    let mut bad = Vec::new();
    for f in Fixture::all() {
        for budget in [1, 10, 33, 50, 55, 100, 137, 250] {
            let mut bare = session(&f, Mode::Bare, budget);
            let mut virt = session(&f, Mode::Virt, budget);
            let (b, v) = (bare.run(), virt.run());
            let state = |s: &Session| (s.pc(), s.instructions(), s.regs_report());
            if b != v || state(&bare) != state(&virt) {
                bad.push(format!(
                    "{} budget {budget}: bare {b:?} at {:#x} after {}, virt {v:?} at {:#x} after {}",
                    f.name,
                    bare.pc(),
                    bare.instructions(),
                    virt.pc(),
                    virt.instructions()
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The reference for the core's bursts: an observed run ([`step_through`]) steps every instruction
/// (`Cpu::step`, with every check before each), a plain run goes in bursts. Both end in the same
/// state after the same number of instructions, for every fixture, bare and virtualized.
#[test]
fn bursts_equal_steps() {
    let mut bad = Vec::new();
    for f in Fixture::all() {
        for mode in [Mode::Bare, Mode::Virt] {
            let mut whole = session(&f, mode, 2_000_000);
            let stop = whole.run();
            let mut observed = session(&f, mode, 2_000_000);
            step_through(&mut observed);
            let state = |s: &Session| (s.status(), s.instructions(), s.regs_report());
            if state(&whole) != state(&observed) {
                bad.push(format!(
                    "{} {mode:?}: run {stop:?} after {}, observed {:?} after {}",
                    f.name,
                    whole.instructions(),
                    observed.status(),
                    observed.instructions()
                ));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// A store into the page the interpreter runs from (its data word shares the code's page) ends
/// the burst's loop as the budget runs out; the instruction after it is privileged (`mfmsr`),
/// which the burst completes without its loop. At every budget, the plain run (bursts) stops
/// where the observed run (steps) does: it once ran two instructions past the budget.
#[test]
fn a_store_into_the_code_page_at_the_budget_stops_there() {
    const SRC: &str = "
_start: bl 1f
1:      mflr r4
        li r3, 0
        li r5, 0
loop:   stw r3, 0x100(r4)       # a data word in the code's 4 KiB page
        mfmsr r6
        addi r5, r5, 1
        cmpwi r5, 50
        blt loop
done:   b done
";
    let bad = budget_sweep(SRC, 1..120);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The same loop with the decrementer firing every 37 ticks (auto-reload; the handler counts in
/// r3 and acknowledges): at every budget the plain run and the observed one agree, so each
/// interrupt is taken before the same instruction whether or not the tick before it closed a
/// burst after a store into the code page.
#[test]
fn timer_interrupts_land_on_the_same_instruction_in_bursts_and_steps() {
    const SRC: &str = "
.include \"include/e500.inc\"
_start: SET_IVPR
        SET_IVOR 10, dec_handler
        li r9, 37
        mtspr 22, r9            # DEC
        mtspr 54, r9            # DECAR
        LOAD32 r9, 0x04400000   # TCR: DIE | ARE
        mtspr 340, r9
        LOAD32 r9, 0x8000       # MSR[EE]
        mtmsr r9
        bl 1f
1:      mflr r4
        li r3, 0
        li r5, 0
loop:   stw r5, 0x200(r4)       # a data word in the code's 4 KiB page
        mfmsr r6
        addi r5, r5, 1
        cmpwi r5, 200
        blt loop
done:   b done
        .balign 16
dec_handler:
        addi r3, r3, 1
        LOAD32 r20, 0x08000000  # TSR[DIS]
        mtspr 336, r20
        rfi
";
    let bad = budget_sweep(SRC, (1..400).chain([1200]));
    assert!(bad.is_empty(), "{}", bad.join("\n"));
    // The decrementer did fire, many times, in the long run.
    let mut s =
        Session::from_source(SRC).include_dir(support::root().join("fixtures")).budget(1200).build().unwrap();
    s.run();
    assert!(s.gpr(3).unwrap() > 10, "{}", s.regs_report());
}

/// The page hop (`Cpu::hop`), watched code frames and the page loop's word indices, against
/// steps: programs that store into the next code page from the last word of a page and fall
/// through into it (with and without the decrementer firing), patch a routine and its copy
/// 4 MiB above (the same decode-cache slot) in turn, run one frame mapped big- and
/// little-endian and patch it through a third mapping, wrap from 0xFFFFFFFC to address 0
/// with a store into that code on the way, branch below a page and across 2^32 both ways, and
/// move the SPRs a stretch moves itself, with program interrupts among them ([`sweep_and_end`]).
#[test]
fn page_hops_and_code_stores_equal_steps() {
    // (the program, what goes before its text: the timer variant defines TIMER)
    for (name, defs) in [
        ("store_into_the_next_page", ""),
        ("store_into_the_next_page", ".set TIMER, 1\n"),
        ("slot_collision", ""),
        ("frame_mapped_le_and_be", ""),
        ("wrap_to_address_zero", ""),
        ("branch_across_2_32", ""),
        ("spr_moves", ""),
    ] {
        let path = support::root().join(format!("tests/data/stepping/{name}.s"));
        let src = defs.to_string() + &std::fs::read_to_string(path).unwrap();
        let bad = sweep_and_end(&src);
        assert!(bad.is_empty(), "{name} {defs:?}: {}", bad.join("\n"));
    }
}

/// The supervisor SPR moves, `mfmsr` and `wrtee`/`wrteei` that do not turn MSR[EE] on, which a
/// burst runs in its page loop (`sprs::moves_in_a_stretch`, `system::ee_written`): the
/// program interrupts of a read-only write in supervisor state and of a privileged read in user
/// state are taken there (22, as in QEMU 7.2 by `tools/qemu/run_fixture.py`), and every move's
/// trace event names the same instruction and value as when `explain` steps each one.
#[test]
fn spr_moves_in_bursts_trace_as_steps() {
    let path = support::root().join("tests/data/stepping/spr_moves.s");
    let src = std::fs::read_to_string(&path).unwrap();
    for mode in [Mode::Bare, Mode::Virt] {
        let mut s = source_session(&src, mode, 1_000_000);
        s.run();
        assert_eq!(s.gpr(30).unwrap(), 22, "{mode:?}: {}", s.regs_report());
        // The decrementer interrupt, pending while `mfmsr`, `wrteei 0` and `wrtee` of 0 run,
        // taken at the `wrteei 1`.
        assert_eq!(s.gpr(29).unwrap(), 1, "{mode:?}: {}", s.regs_report());
    }
    let inc = support::root().join("fixtures").display().to_string();
    let args = |cmd| [cmd, path.to_str().unwrap(), "-I", inc.as_str()];
    let run = support::traced("tlbvisor::cpu::spr=trace", &args("run"));
    let stepped = support::traced("tlbvisor::cpu::spr=trace", &args("explain"));
    assert!(run.lines().count() > 1000, "{run}");
    assert_eq!(run, stepped);
}

/// Taken relative branches whose target is below the page's first word and across 2^32, both
/// ways (a `bc` from 0xFFFFFFFC to 0xC, a `bdnz` from 0 to 0xFFFFFFF8): the page loop's word
/// index wraps, and the loop still runs 1000 rounds, as QEMU 7.2 does (r3 = 1000 there, by
/// `tools/qemu/run_fixture.py`); steps against bursts in `page_hops_and_code_stores_equal_steps`.
#[test]
fn branches_across_2_32_run_every_round() {
    let src =
        std::fs::read_to_string(support::root().join("tests/data/stepping/branch_across_2_32.s")).unwrap();
    for mode in [Mode::Bare, Mode::Virt] {
        let mut s = source_session(&src, mode, 1_000_000);
        s.run();
        assert_eq!(s.gpr(3).unwrap(), 1000, "{mode:?}: {}", s.regs_report());
        assert_eq!(format!("{:?}", s.status()), "Some(Halted)", "{mode:?}");
    }
}

/// The conditional branches the page loop runs from a form worked out at decode
/// (`decode_cache::Form`: `bne`, `beq`, `bdnz`, branch always) and those it leaves to the full
/// rule: every BO gas accepts in `bc` and `bcl`, with the CR bit clear and set and CTR 1 and 2,
/// against steps ([`sweep_and_end`]).
#[test]
fn every_bo_form_equals_steps() {
    let src = std::fs::read_to_string(support::root().join("tests/data/stepping/every_bo.s")).unwrap();
    let bad = sweep_and_end(&src);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The program `src` run plainly (bursts) and stepped, at every third budget up to 700 and to
/// its end, bare and virtualized: the differences in PC, instruction count or registers
/// ([`budget_sweep`]), and at the end in status or the first 4 MiB of memory, described.
fn sweep_and_end(src: &str) -> Vec<String> {
    let mut bad = budget_sweep(src, (1..700).step_by(3).chain([1_000_000]));
    for mode in [Mode::Bare, Mode::Virt] {
        let mut plain = source_session(src, mode, 1_000_000);
        plain.run();
        let mut observed = source_session(src, mode, 1_000_000);
        step_through(&mut observed);
        let end = |s: &Session| (s.status(), s.read_bytes(0, 0x40_0000).unwrap());
        if end(&plain) != end(&observed) {
            bad.push(format!(
                "{mode:?}: status or memory differs ({:?}, {:?})",
                plain.status(),
                observed.status()
            ));
        }
    }
    bad
}

/// For each budget, bare and virtualized: the program `src` (fixtures/include on its include
/// path) run plainly (bursts) and stepped ([`step_through`]); the budgets where they stop at a
/// different PC, instruction count or registers, described.
fn budget_sweep(src: &str, budgets: impl Iterator<Item = u64> + Clone) -> Vec<String> {
    let mut bad = Vec::new();
    for mode in [Mode::Bare, Mode::Virt] {
        for budget in budgets.clone() {
            let build = || source_session(src, mode, budget);
            let mut plain = build();
            plain.run();
            let mut observed = build();
            step_through(&mut observed);
            let state = |s: &Session| (s.pc(), s.instructions(), s.regs_report());
            if state(&plain) != state(&observed) {
                bad.push(format!(
                    "{mode:?} budget {budget}: run at {:#x} after {}, observed at {:#x} after {}",
                    plain.pc(),
                    plain.instructions(),
                    observed.pc(),
                    observed.instructions()
                ));
            }
        }
    }
    bad
}

/// A session for the source `src` (fixtures/include on its include path).
fn source_session(src: &str, mode: Mode, budget: u64) -> Session {
    Session::from_source(src)
        .include_dir(support::root().join("fixtures"))
        .mode(mode)
        .budget(budget)
        .build()
        .unwrap()
}

/// Status, instruction count, registers and the first 2 MiB of guest memory.
fn outcome(s: &Session) -> (String, u64, String, Vec<u8>) {
    (format!("{:?}", s.status()), s.instructions(), s.regs_report(), s.read_bytes(0, 0x20_0000).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Bursts equal steps on programs nobody wrote by hand: `support::random_guest`'s (TLB
    /// writes, loads, stores, `dcbz`, `lwarx`/`stwcx.`, `lmw`/`stmw` at random addresses, some
    /// into the program's own code, privilege and PID switches, system calls, random words), run
    /// plainly and observed, bare and virtualized, to the end or to a random budget: the same
    /// status, instruction count, registers and first 2 MiB of memory (where the program, its
    /// handlers and most of its stores live).
    #[test]
    fn bursts_equal_steps_on_random_programs(
        ops in prop::collection::vec(op(), 1..40),
        budget in prop_oneof![1u64..400, Just(20_000u64)],
    ) {
        let src = render(&ops);
        for mode in [Mode::Bare, Mode::Virt] {
            let mut plain = source_session(&src, mode, budget);
            plain.run();
            let mut observed = source_session(&src, mode, budget);
            step_through(&mut observed);
            let (a, b) = (outcome(&plain), outcome(&observed));
            prop_assert_eq!(&a.0, &b.0, "{:?}: status\n{}", mode, src);
            prop_assert_eq!(a.1, b.1, "{:?}: instructions\n{}", mode, src);
            prop_assert_eq!(&a.2, &b.2, "{:?}: registers\n{}", mode, src);
            prop_assert!(a.3 == b.3, "{:?}: memory differs\n{}", mode, src);
        }
    }
}

/// Runs `s` to its end one step at a time, as `explain` does when it records every access: the
/// reference for the bursts. (Without accesses a virtualized `explain` records the hypervisor's
/// events, which come per exit, and runs the guest in bursts; the bare one steps either way.)
fn step_through(s: &mut Session) {
    s.explain(&ExplainOptions { accesses: true, ..ExplainOptions::default() }).unwrap();
}
