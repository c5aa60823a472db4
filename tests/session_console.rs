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

/// What a live console's writer saw: each write's bytes and each flush, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Seen {
    Write(String),
    Flush,
}

/// A writer that records what it is asked to do.
#[derive(Clone, Default)]
struct Recorder(std::sync::Arc<std::sync::Mutex<Vec<Seen>>>);

impl std::io::Write for Recorder {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().push(Seen::Write(String::from_utf8_lossy(buf).into_owned()));
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.0.lock().unwrap().push(Seen::Flush);
        Ok(())
    }
}

/// The live console is flushed line by line, not byte by byte: at each newline, and a prompt
/// with no newline while the program goes on (within `FLUSH_STEPS` steps of the count that
/// follows it), not only when the next line ends.
#[test]
fn the_live_console_is_flushed_at_newlines_and_a_prompt_soon_after() {
    use Seen::{Flush, Write};
    for mode in [Mode::Bare, Mode::Virt] {
        let rec = Recorder::default();
        let mut s = build("lines", mode).live_console(Box::new(rec.clone())).build().unwrap();
        assert_eq!(s.run(), Stop::Poweroff, "{mode:?}");
        assert!(s.instructions() > 3_000_000, "{mode:?}: the count ran");
        let seen = rec.0.lock().unwrap().clone();
        // One write per UART store, a flush after each newline and one after the prompt.
        let mut expected: Vec<Seen> = Vec::new();
        for c in "one\ntwo\n=> !\n".chars() {
            expected.push(Write(c.to_string()));
            if c == '\n' || c == ' ' {
                expected.push(Flush);
            }
        }
        assert_eq!(seen, expected, "{mode:?}");
    }
}
