//! The host terminal as the guest's console (docs/console.md): standard input in raw mode, each
//! key read by a thread and sent to the run ([`super::console::ConsoleIo::attach_keys`]).
//!
//! Raw mode as QEMU's stdio console sets it: no line editing, no echo, no signals from Ctrl-C or
//! Ctrl-Z (they go to the guest), but output post-processing kept (a guest's `\n` still starts
//! a line). [`RawTerminal`] restores the saved settings when dropped: on a normal end, on an
//! error returned through `main`, and while unwinding from a panic.

use std::io::Read;
use std::sync::mpsc::{Receiver, channel};

use rustix::termios::{OptionalActions, OutputModes, Termios, isatty, tcgetattr, tcsetattr};

/// Standard input switched to raw mode; the saved settings come back on drop.
#[derive(Debug)]
pub struct RawTerminal {
    saved: Termios,
}

impl RawTerminal {
    /// Switches standard input to raw mode if it is a terminal (`Ok(None)` if it is not).
    ///
    /// # Errors
    /// The terminal's settings could not be read or written.
    pub fn enter() -> std::io::Result<Option<RawTerminal>> {
        let stdin = std::io::stdin();
        if !isatty(&stdin) {
            return Ok(None);
        }
        let saved = tcgetattr(&stdin)?;
        let mut raw = saved.clone();
        raw.make_raw();
        raw.output_modes |= OutputModes::OPOST;
        tcsetattr(&stdin, OptionalActions::Now, &raw)?;
        Ok(Some(RawTerminal { saved }))
    }
}

impl Drop for RawTerminal {
    fn drop(&mut self) {
        // Nothing more can be done if the terminal refuses its own settings back.
        let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &self.saved);
    }
}

/// Reads standard input byte by byte on a thread of its own and sends each byte; the channel
/// closes at the end of input. The thread is left blocked in its read when the run ends (the
/// process exits after it).
pub fn spawn_key_reader() -> Receiver<u8> {
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        let mut stdin = std::io::stdin().lock();
        let mut buf = [0u8; 64];
        loop {
            match stdin.read(&mut buf) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if buf[..n].iter().any(|&b| tx.send(b).is_err()) {
                        break;
                    }
                }
            }
        }
    });
    rx
}
