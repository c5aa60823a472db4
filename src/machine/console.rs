//! The console of a run (docs/console.md): UART0's output passed on as the guest writes it, the
//! run ended when the output shows a text, keystrokes from a terminal fed to UART0's receiver,
//! and the machine-level ends a device asks for (GPIO power-off, a reset request).
//!
//! The run loops call [`ConsoleIo::after_device_access`] only after a step that touched a device
//! ([`Bus::take_touched`]), and [`ConsoleIo::poll_keys`] every [`KEY_POLL_STEPS`] steps when a
//! terminal is attached: a run without a terminal pays one flag test per step.
//!
//! The live output is flushed line by line, not byte by byte (a kernel writes its console one
//! byte per UART access: one `write` each cost the Linux guest's boot 4,266 system calls): a
//! line is flushed when its newline is written, and a partial one (a prompt) at most
//! [`FLUSH_STEPS`] steps later ([`ConsoleIo::flush_live`], at the run loop's next look), before
//! the run waits for a key, and when the run ends.

use std::io::Write;
use std::sync::mpsc::{Receiver, RecvTimeoutError, TryRecvError};

use super::Status;
use crate::phys::Bus;

/// How many steps a run with a terminal attached executes between two looks at the keyboard.
pub const KEY_POLL_STEPS: u64 = 1 << 16;

/// How many steps live output with no newline yet may wait before it is flushed (a few
/// milliseconds: a prompt shows while the program goes on).
pub const FLUSH_STEPS: u64 = 1 << 20;

/// The time-base frequency a guest is told (the device tree's `timebase-frequency`, as QEMU's
/// `ppce500` gives it): only an interactive run's idle time is paced by it (docs/time.md).
pub const TIMEBASE_HZ: u64 = crate::board::PLATFORM_CLOCK_HZ as u64;

/// QEMU's console escape character, Ctrl-A: Ctrl-A X quits, Ctrl-A Ctrl-A sends a Ctrl-A.
pub const ESCAPE: u8 = 0x01;

/// How long [`ConsoleIo::take_keys`] waits for the first key.
#[derive(Clone, Copy, Debug)]
enum Wait {
    No,
    For(std::time::Duration),
    Forever,
}

/// The end of a run once the console output ends with `text` for the `count`-th time.
#[derive(Clone, Debug)]
struct Until {
    text: Vec<u8>,
    count: u32,
    seen: u32,
}

/// Keystrokes from a terminal (a reader thread sends each byte).
#[derive(Debug)]
struct Keys {
    rx: Receiver<u8>,
    /// The last byte was the escape character.
    escape: bool,
}

/// What a run does with its console besides recording it (all of it off by default: a library
/// run only records, in [`Bus::console`]).
#[derive(Default)]
pub struct ConsoleIo {
    live: Option<Box<dyn Write + Send>>,
    /// Why the live output stopped: the first write to it that failed.
    live_error: Option<std::io::Error>,
    /// Live output was written after its last flush (a line with no newline yet).
    unflushed: bool,
    /// How much of the console output has been passed on and looked at.
    seen: usize,
    until: Option<Until>,
    keys: Option<Keys>,
}

impl std::fmt::Debug for ConsoleIo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ConsoleIo")
            .field("live", &self.live.is_some())
            .field("unflushed", &self.unflushed)
            .field("seen", &self.seen)
            .field("until", &self.until)
            .field("keys", &self.keys.is_some())
            .finish()
    }
}

impl ConsoleIo {
    /// Passes the console output to `out` as the guest writes it (flushed line by line, and a
    /// partial line within [`FLUSH_STEPS`] steps).
    pub fn set_live(&mut self, out: Box<dyn Write + Send>) {
        self.live = Some(out);
    }

    /// Ends the run (status `console`) when the output ends with `text` for the `count`-th
    /// time (`count` 0 is taken as 1; an empty `text` never matches).
    pub fn set_until(&mut self, text: &[u8], count: u32) {
        self.until = (!text.is_empty()).then(|| Until { text: text.to_vec(), count: count.max(1), seen: 0 });
    }

    /// Feeds the bytes `keys` delivers to UART0's receiver (see [`ConsoleIo::poll_keys`]).
    pub fn attach_keys(&mut self, keys: Receiver<u8>) {
        self.keys = Some(Keys { rx: keys, escape: false });
    }

    /// `Err` with the first error writing the live output, if one failed (the output then
    /// stopped being passed on).
    ///
    /// # Errors
    /// The write error, once: a second call returns `Ok`.
    pub fn live_result(&mut self) -> std::io::Result<()> {
        self.live_error.take().map_or(Ok(()), Err)
    }

    /// Whether the output is passed on live.
    pub const fn is_live(&self) -> bool {
        self.live.is_some()
    }

    /// Whether live output waits for a flush ([`ConsoleIo::flush_live`]).
    pub const fn unflushed(&self) -> bool {
        self.unflushed
    }

    /// Flushes the live output written since the last flush, if any; `Some(Status::Quit)` when
    /// that fails (as a failed write does).
    #[cold]
    pub fn flush_live(&mut self) -> Option<Status> {
        if !std::mem::take(&mut self.unflushed) {
            return None;
        }
        let e = self.live.as_mut()?.flush().err()?;
        Some(self.live_failed(e))
    }

    /// The live output could not be written: nobody can see the run any more, so it ends (as
    /// at Ctrl-A X), the output stays in the record, and the error is kept for the caller
    /// ([`ConsoleIo::live_result`]), which reports it (exit 141 for a closed pipe, 2 otherwise).
    fn live_failed(&mut self, e: std::io::Error) -> Status {
        self.live = None;
        self.unflushed = false;
        self.live_error = Some(e);
        Status::Quit
    }

    /// Whether a keyboard is attached.
    pub const fn interactive(&self) -> bool {
        self.keys.is_some()
    }

    /// After a step that touched a device: the power-off and reset requests, the new console
    /// output passed on, and the `until` text looked for in it.
    #[cold]
    pub fn after_device_access(&mut self, bus: &Bus) -> Option<Status> {
        let status = self.look_at_output(bus);
        machine_ended(bus).or(status)
    }

    /// Passes on the output not seen yet and looks for the `until` text in it, byte by byte (a
    /// step may transmit several).
    fn look_at_output(&mut self, bus: &Bus) -> Option<Status> {
        let out = bus.console();
        if out.len() <= self.seen {
            return None;
        }
        let new = self.seen..out.len();
        self.seen = out.len();
        if let Some(w) = self.live.as_mut() {
            // A line is flushed at its newline; a partial one waits (`FLUSH_STEPS`).
            let bytes = &out[new.clone()];
            let line_ended = bytes.contains(&b'\n');
            let written = w.write_all(bytes).and_then(|()| if line_ended { w.flush() } else { Ok(()) });
            if let Err(e) = written {
                // A console that can no longer be written to (its reader went away, a full disk).
                return Some(self.live_failed(e));
            }
            self.unflushed = !line_ended;
        }
        let u = self.until.as_mut()?;
        for end in new.map(|i| i + 1) {
            if out[..end].ends_with(&u.text) {
                u.seen += 1;
                if u.seen >= u.count {
                    return Some(Status::Console);
                }
            }
        }
        None
    }

    /// At the end of a run: passes on what is left (a run that ends on the budget may have
    /// transmitted in its last step), and flushes it.
    pub fn finish(&mut self, bus: &Bus) {
        let _ = self.look_at_output(bus);
        let _ = self.flush_live();
    }

    /// Takes the keys typed so far and feeds them to UART0; `Some(Status::Quit)` after Ctrl-A X.
    /// A keyboard that went away (end of input) is detached.
    #[cold]
    pub fn poll_keys(&mut self, bus: &mut Bus, block: bool) -> Option<Status> {
        self.take_keys(bus, if block { Wait::Forever } else { Wait::No })
    }

    /// An idle core with a keyboard attached: waits for a key, at most the wall time of `ticks`
    /// time-base ticks (`None`: no timer event ahead, wait for a key), and feeds what came.
    /// `Ok(ticks passed)`, never more than `ticks`; `Err(Status::Quit)` after Ctrl-A X.
    ///
    /// # Errors
    /// The status that ends the run.
    pub fn wait_keys(&mut self, bus: &mut Bus, ticks: Option<u64>) -> Result<u64, Status> {
        let Some(ticks) = ticks else {
            return self.take_keys(bus, Wait::Forever).map_or(Ok(0), Err);
        };
        let nanos = u128::from(ticks) * 1_000_000_000 / u128::from(TIMEBASE_HZ);
        let limit = std::time::Duration::from_nanos(u64::try_from(nanos).unwrap_or(u64::MAX));
        let start = std::time::Instant::now();
        if let Some(s) = self.take_keys(bus, Wait::For(limit)) {
            return Err(s);
        }
        let passed = start.elapsed().as_nanos() * u128::from(TIMEBASE_HZ) / 1_000_000_000;
        Ok(u64::try_from(passed).unwrap_or(u64::MAX).min(ticks))
    }

    /// Takes the keys typed so far, waiting for the first as `wait` says.
    fn take_keys(&mut self, bus: &mut Bus, wait: Wait) -> Option<Status> {
        self.keys.as_ref()?;
        // What the program wrote shows before it waits for an answer (a prompt).
        if let Some(s) = self.flush_live() {
            return Some(s);
        }
        let keys = self.keys.as_mut()?;
        let mut typed = Vec::new();
        let mut first = Some(wait);
        loop {
            let byte = match first.take() {
                Some(Wait::Forever) => keys.rx.recv().map_err(|_| TryRecvError::Disconnected),
                Some(Wait::For(d)) => keys.rx.recv_timeout(d).map_err(|e| match e {
                    RecvTimeoutError::Timeout => TryRecvError::Empty,
                    RecvTimeoutError::Disconnected => TryRecvError::Disconnected,
                }),
                Some(Wait::No) | None => keys.rx.try_recv(),
            };
            let b = match byte {
                Ok(b) => b,
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => {
                    self.keys = None;
                    break;
                }
            };
            match (keys.escape, b) {
                (false, ESCAPE) => keys.escape = true,
                (false, b) => typed.push(b),
                (true, b'x' | b'X') => return Some(Status::Quit),
                (true, b) => {
                    keys.escape = false;
                    if b == ESCAPE {
                        typed.push(ESCAPE);
                    }
                }
            }
        }
        if !typed.is_empty() {
            bus.console_feed(&typed);
        }
        None
    }
}

/// Whether the machine has ended: powered off or reset (a run of such a machine ends at once).
pub fn machine_ended(bus: &Bus) -> Option<Status> {
    if bus.powered_off() {
        Some(Status::Poweroff)
    } else if bus.reset_requested() {
        Some(Status::Reset)
    } else {
        None
    }
}

/// Reads the escapes of `--console-input` and `--until-console` (the fixtures'
/// `# expect-console:` escapes): `\n`, `\r`, `\t`, `\\`, `\e` (ESC) and `\xNN`; any other
/// character is itself.
///
/// # Errors
/// A message naming the bad escape and its byte offset.
pub fn unescape(text: &str) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            let mut buf = [0; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            continue;
        }
        let bad = || format!("bad escape at byte {i} of `{text}`: expected \\n \\r \\t \\\\ \\e or \\xNN");
        match chars.next().map(|(_, c)| c) {
            Some('n') => out.push(b'\n'),
            Some('r') => out.push(b'\r'),
            Some('t') => out.push(b'\t'),
            Some('e') => out.push(0x1B),
            Some('\\') => out.push(b'\\'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).map(|(_, c)| c).collect();
                let v = (hex.len() == 2).then(|| u8::from_str_radix(&hex, 16).ok()).flatten();
                out.push(v.ok_or_else(bad)?);
            }
            _ => return Err(bad()),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::phys::AccessSize;

    fn bus() -> Bus {
        let config = crate::machine::Config { ram: 1 << 20, ..crate::machine::Config::default() };
        Bus::ppce500(config.ram, &config.soc()).expect("a small ppce500 bus")
    }

    /// A live output whose writes fail as a closed pipe does.
    struct Closed;
    impl Write for Closed {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::ErrorKind::BrokenPipe.into())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_live_output_that_fails_ends_the_run_and_its_error_is_kept() {
        let mut b = bus();
        let mut c = ConsoleIo::default();
        c.set_live(Box::new(Closed));
        send(&mut b, b"hi");
        assert_eq!(c.after_device_access(&b), Some(Status::Quit));
        assert!(!c.is_live());
        assert_eq!(c.live_result().map_err(|e| e.kind()), Err(std::io::ErrorKind::BrokenPipe));
        assert!(c.live_result().is_ok());
        assert_eq!(b.console(), b"hi");
    }

    fn send(bus: &mut Bus, text: &[u8]) {
        for &b in text {
            bus.write(crate::phys::bus::ppce500::UART0_BASE, AccessSize::Byte, u32::from(b)).expect("UART0");
        }
    }

    #[test]
    fn escapes() {
        assert_eq!(unescape(r"version\r").unwrap(), b"version\r");
        assert_eq!(unescape(r"a\\b\x01\n\t\e").unwrap(), b"a\\b\x01\n\t\x1b");
        assert_eq!(unescape("é").unwrap(), "é".as_bytes());
        for bad in [r"\q", r"\x1", r"\xZZ", "\\"] {
            assert!(unescape(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn until_counts_occurrences_byte_by_byte() {
        let mut b = bus();
        let mut c = ConsoleIo::default();
        c.set_until(b"=> ", 2);
        send(&mut b, b"=> x\r\n");
        assert_eq!(c.after_device_access(&b), None);
        // Two bytes in one look: the match inside the run counts.
        send(&mut b, b"=> ab");
        assert_eq!(c.after_device_access(&b), Some(Status::Console));
    }

    #[test]
    fn an_idle_wait_is_paced_by_the_wall_clock_and_ended_by_a_key() {
        let mut b = bus();
        let mut c = ConsoleIo::default();
        let (tx, rx) = std::sync::mpsc::channel();
        c.attach_keys(rx);
        // 2 ms of time base with no key: all of it passes (never more).
        let start = std::time::Instant::now();
        assert_eq!(c.wait_keys(&mut b, Some(TIMEBASE_HZ / 500)), Ok(TIMEBASE_HZ / 500));
        assert!(start.elapsed() >= std::time::Duration::from_millis(2));
        // A key already typed ends a wait of an hour at once, and is fed.
        tx.send(b'k').unwrap();
        let passed = c.wait_keys(&mut b, Some(TIMEBASE_HZ * 3600)).unwrap();
        assert!(passed < TIMEBASE_HZ, "{passed}");
        assert_eq!(b.console_pending_input(), 1);
        tx.send(ESCAPE).unwrap();
        tx.send(b'x').unwrap();
        assert_eq!(c.wait_keys(&mut b, None), Err(Status::Quit));
    }

    #[test]
    fn keys_escape_quit_and_literal_ctrl_a() {
        let mut b = bus();
        let mut c = ConsoleIo::default();
        let (tx, rx) = std::sync::mpsc::channel();
        c.attach_keys(rx);
        for k in [b'a', ESCAPE, ESCAPE, ESCAPE, b'h', b'b'] {
            tx.send(k).unwrap();
        }
        assert_eq!(c.poll_keys(&mut b, false), None);
        assert_eq!(b.console_pending_input(), 3, "a, Ctrl-A, b: Ctrl-A h is dropped");
        tx.send(ESCAPE).unwrap();
        tx.send(b'x').unwrap();
        assert_eq!(c.poll_keys(&mut b, true), Some(Status::Quit));
        drop(tx);
        assert_eq!(c.poll_keys(&mut b, false), None);
        assert!(!c.interactive(), "end of input detaches the keyboard");
    }
}
