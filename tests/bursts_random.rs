//! Bursts equal steps on programs nobody wrote by hand: random guest programs
//! (`support::random_guest`: TLB writes, loads, stores, `dcbz`, `lwarx`/`stwcx.`, `lmw`/`stmw` at
//! random addresses, some of them into the program's own code, privilege and PID switches, system
//! calls, random words) run plainly (the core goes in bursts, src/cpu/burst.rs) and observed
//! (`explain`, which steps every instruction with every check before it). Both must end in the
//! same status after the same number of instructions, with the same registers and the same first
//! 2 MiB of memory (where the program, its handlers and most of its stores live), bare and
//! virtualized, whether the program ends or the budget (random, often mid-program) stops it.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use proptest::prelude::*;
use support::random_guest::{op, render};
use tlbvisor::session::{ExplainOptions, Mode, Session};

fn session(src: &str, mode: Mode, budget: u64) -> Session {
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

    #[test]
    fn bursts_equal_steps_on_random_programs(
        ops in prop::collection::vec(op(), 1..40),
        budget in prop_oneof![1u64..400, Just(20_000u64)],
    ) {
        let src = render(&ops);
        for mode in [Mode::Bare, Mode::Virt] {
            let mut plain = session(&src, mode, budget);
            plain.run();
            let mut observed = session(&src, mode, budget);
            observed.explain(&ExplainOptions::default()).unwrap();
            let (a, b) = (outcome(&plain), outcome(&observed));
            prop_assert_eq!(&a.0, &b.0, "{:?}: status\n{}", mode, src);
            prop_assert_eq!(a.1, b.1, "{:?}: instructions\n{}", mode, src);
            prop_assert_eq!(&a.2, &b.2, "{:?}: registers\n{}", mode, src);
            prop_assert!(a.3 == b.3, "{:?}: memory differs\n{}", mode, src);
        }
    }
}
