//! The console through the library: scripted input, the `until` text and the power-off stop on
//! `Session`, the same in both modes.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use tlbvisor::session::{Mode, Session, Stop};

fn build(name: &str, mode: Mode) -> tlbvisor::session::SessionBuilder {
    Session::from_file(support::root().join("tests/data/console").join(format!("{name}.s")))
        .include_dir(support::root().join("fixtures"))
        .mode(mode)
}

#[test]
fn input_until_and_poweroff_through_session() {
    let mut seen = Vec::new();
    for mode in [Mode::Bare, Mode::Virt] {
        let mut s = build("echo", mode).console_input("ok\r!").console_input_after("=> ").build().unwrap();
        assert_eq!(s.run(), Stop::Halted, "{mode:?}");
        assert_eq!(s.console(), "=> ok\r!", "{mode:?}");

        // Stop at the echoed "\r", then run on: the rest of the input is still queued.
        let mut s = build("echo", mode)
            .console_input("ok\r!")
            .console_input_after("=> ")
            .until_console("\r", 1)
            .build()
            .unwrap();
        assert_eq!(s.run(), Stop::Console, "{mode:?}");
        assert_eq!(s.console(), "=> ok\r", "{mode:?}");
        let at = s.instructions();
        assert_eq!(s.run(), Stop::Halted, "{mode:?}");
        assert!(s.instructions() > at);
        assert_eq!(s.console(), "=> ok\r!", "{mode:?}");

        let mut s = build("poweroff", mode).build().unwrap();
        assert_eq!(s.run(), Stop::Poweroff, "{mode:?}");
        let at = s.instructions();
        assert_eq!(s.run(), Stop::Poweroff, "{mode:?}: a powered-off machine stays off");
        assert_eq!(s.instructions(), at);
        seen.push((s.registers(), s.instructions()));
    }
    assert_eq!(seen[0], seen[1], "power-off at the same instruction in both modes");
}
