//! Keeps `docs/tutorial.md` true: every shell example in it is run and its output compared with
//! what the tutorial shows.
//!
//! # The convention
//! An example is a ```` ```console ```` block. Each line starting with `$ ` is a command; the lines
//! after it, up to the next `$ ` line or the closing fence, are exactly what it prints (stdout and
//! stderr together, as a terminal shows them). A command line ending in ` \` continues on the
//! next line. A command is `[NAME=VALUE ...] tlbvisor ARGS... [REDIRECTIONS]`: words split on
//! blanks, `'...'` and `"..."` quote, `\` escapes one character; the redirections are
//! `>/dev/null`, `2>/dev/null` and `2>&1` (applied left to right, as a shell does); nothing else
//! of the shell is understood, and anything else is an error in the tutorial. Commands run the
//! built binary from the repository root, with `RUST_LOG` removed unless the command sets it and
//! `NO_COLOR=1` (output is not a terminal either, so no colour codes and no trace timestamps).
//! A command must exit with status 0.
//!
//! The word `$TLBVISOR_LINUX_GUEST` stands for the project's Linux guest (docs/linux-guest.md;
//! `tests/support/linux_guest.rs` finds it): the test puts its path there, and without a guest
//! skips those commands with a note (a failure with `TLBVISOR_REQUIRE_GUESTS=1`).
//!
//! `TLBVISOR_RECORD=1 cargo test --test tutorial` rewrites each block's output from the tool
//! (blocks whose command fails are left as they are). Read the diff before committing: the prose
//! around a block quotes its values.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use support::linux_guest;

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const DOC: &str = "docs/tutorial.md";

/// The word in a command that stands for the Linux guest's vmlinux.
const GUEST: &str = "$TLBVISOR_LINUX_GUEST";

/// `command` with [`GUEST`] replaced by the guest's path (quoted), `None` when it needs the
/// guest and there is none; commands without it are returned as they are.
fn with_guest(command: &str, guest: Option<&Path>) -> Option<String> {
    if !command.contains(GUEST) {
        return Some(command.to_string());
    }
    guest.map(|p| command.replace(GUEST, &format!("'{}'", p.display())))
}

/// Where a command's stdout or stderr goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sink {
    /// Shown in the block.
    Shown,
    /// `/dev/null`.
    Null,
}

/// One command of an example, parsed.
#[derive(Debug, PartialEq, Eq)]
struct Invocation {
    env: Vec<(String, String)>,
    args: Vec<String>,
    stdout: Sink,
    stderr: Sink,
}

/// One command of an example and where it sits in the document.
#[derive(Debug)]
struct Example {
    /// The 1-based line of the `$ ` line.
    line: usize,
    /// The command as written (continuations joined).
    command: String,
    /// The expected output lines' range in the document's lines.
    output: std::ops::Range<usize>,
}

/// Splits a command line into words (quotes and backslash escapes, no expansion).
fn words(line: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => cur.push(c),
                        None => return Err("unterminated '".into()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => cur.push(chars.next().ok_or("dangling \\")?),
                        Some(c) => cur.push(c),
                        None => return Err("unterminated \"".into()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                cur.push(chars.next().ok_or("dangling \\")?);
            }
            '|' | ';' | '&' | '<' | '$' | '`' | '*' | '?' => {
                // `2>&1` is handled as a whole word below; a lone `&` or any of these is shell we
                // do not run.
                if c == '&' && cur.ends_with('>') {
                    cur.push(c);
                    in_word = true;
                } else {
                    return Err(format!("`{c}` needs a shell; the tutorial's commands must not use one"));
                }
            }
            c => {
                in_word = true;
                cur.push(c);
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    Ok(out)
}

/// Parses a command: env prefix, `tlbvisor`, arguments, redirections.
fn parse(command: &str) -> Result<Invocation, String> {
    let mut w = words(command)?.into_iter().peekable();
    let mut env = Vec::new();
    while let Some((k, v)) = w.peek().and_then(|s| s.split_once('=')) {
        if k.is_empty() || !k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            break;
        }
        env.push((k.to_string(), v.to_string()));
        w.next();
    }
    match w.next() {
        Some(p) if p == "tlbvisor" => {}
        other => return Err(format!("expected `tlbvisor` after the environment, found {other:?}")),
    }
    let mut inv = Invocation { env, args: Vec::new(), stdout: Sink::Shown, stderr: Sink::Shown };
    let mut redirected = false;
    for word in w {
        match word.as_str() {
            ">/dev/null" | "1>/dev/null" => inv.stdout = Sink::Null,
            "2>/dev/null" => inv.stderr = Sink::Null,
            "2>&1" => inv.stderr = inv.stdout,
            _ if word.contains('>') => return Err(format!("unsupported redirection `{word}`")),
            _ if redirected => return Err(format!("`{word}` after a redirection")),
            _ => {
                inv.args.push(word);
                continue;
            }
        }
        redirected = true;
    }
    Ok(inv)
}

/// Finds every command of every ```` ```console ```` block.
fn examples(lines: &[&str]) -> Result<Vec<Example>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim_end() != "```console" {
            i += 1;
            continue;
        }
        let open = i + 1;
        let close = (open..lines.len())
            .find(|&j| lines[j].starts_with("```"))
            .ok_or_else(|| format!("{DOC}:{open}: console block never closed"))?;
        let mut j = open;
        if j == close || !lines[j].starts_with("$ ") {
            return Err(format!("{DOC}:{}: a console block must start with `$ tlbvisor ...`", open + 1));
        }
        while j < close {
            let line = j + 1;
            let mut command = lines[j][2..].to_string();
            while command.ends_with('\\') && j + 1 < close {
                command.pop();
                j += 1;
                command = format!("{} {}", command.trim_end(), lines[j].trim());
            }
            j += 1;
            let start = j;
            while j < close && !lines[j].starts_with("$ ") {
                j += 1;
            }
            out.push(Example { line, command, output: start..j });
        }
        i = close + 1;
    }
    Ok(out)
}

/// Runs an invocation; returns what a terminal would show and the exit status.
fn execute(inv: &Invocation, scratch: &Path) -> (String, Option<i32>) {
    let capture = scratch.join("out");
    let file = File::create(&capture).expect("create capture file");
    let sink = |s: Sink| match s {
        Sink::Shown => Stdio::from(file.try_clone().expect("clone capture file")),
        Sink::Null => Stdio::null(),
    };
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tlbvisor"));
    cmd.current_dir(support::root())
        .args(&inv.args)
        .env_remove("RUST_LOG")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(sink(inv.stdout))
        .stderr(sink(inv.stderr));
    for (k, v) in &inv.env {
        cmd.env(k, v);
    }
    let status = cmd.status().expect("run tlbvisor");
    drop(file);
    let text = std::fs::read(&capture).expect("read capture");
    (String::from_utf8_lossy(&text).into_owned(), status.code())
}

/// A line diff (longest common subsequence) of `want` and `got`: `-` lines only in the
/// tutorial, `+` lines only in the tool's output, two unchanged lines around each change and
/// `  ...` for the unchanged lines left out.
fn diff(want: &[&str], got: &[&str]) -> String {
    let (n, m) = (want.len(), got.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] =
                if want[i] == got[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut ops) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && want[i] == got[j] {
            ops.push((' ', want[i]));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push(('-', want[i]));
            i += 1;
        } else {
            ops.push(('+', got[j]));
            j += 1;
        }
    }
    const CONTEXT: usize = 2;
    let near_change = |k: usize| {
        ops[k.saturating_sub(CONTEXT)..(k + CONTEXT + 1).min(ops.len())].iter().any(|o| o.0 != ' ')
    };
    let mut out = String::new();
    let mut skipped = false;
    for (k, (tag, line)) in ops.iter().enumerate() {
        if *tag == ' ' && !near_change(k) {
            if !skipped {
                out += "  ...\n";
                skipped = true;
            }
            continue;
        }
        skipped = false;
        out += &format!("{tag} {line}\n");
    }
    out
}

/// What an example's expected lines must equal: the output split in lines.
fn output_lines(text: &str) -> Vec<&str> {
    text.lines().collect()
}

#[test]
fn every_command_in_the_tutorial_prints_what_it_shows() {
    let path: PathBuf = support::root().join(DOC);
    let doc = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{DOC}: {e}"));
    let lines: Vec<&str> = doc.lines().collect();
    let examples = examples(&lines).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        examples.len() >= 10,
        "{DOC}: only {} examples found; is the convention followed?",
        examples.len()
    );
    let scratch = support::scratch("tutorial");
    let record = support::recording();
    let mut failures = Vec::new();
    let mut blessed: Vec<(std::ops::Range<usize>, String)> = Vec::new();
    let guest = examples
        .iter()
        .any(|ex| ex.command.contains(GUEST))
        .then(linux_guest::linux_guest)
        .flatten()
        .map(|(vmlinux, _)| vmlinux);
    let mut skipped = 0;
    for ex in &examples {
        let Some(command) = with_guest(&ex.command, guest.as_deref()) else {
            skipped += 1;
            continue;
        };
        let inv = match parse(&command) {
            Ok(inv) => inv,
            Err(e) => {
                failures.push(format!("{DOC}:{}: `{}`: {e}", ex.line, ex.command));
                continue;
            }
        };
        let (got, status) = execute(&inv, &scratch);
        let want = &lines[ex.output.clone()];
        let got_lines = output_lines(&got);
        if status != Some(0) {
            failures.push(format!(
                "{DOC}:{}: `{}` exited with {status:?}:\n{}",
                ex.line,
                ex.command,
                diff(want, &got_lines)
            ));
            continue;
        }
        if got.contains('\u{1b}') {
            failures.push(format!("{DOC}:{}: `{}` printed colour codes", ex.line, ex.command));
        }
        if got_lines.iter().any(|l| l.starts_with("```") || l.starts_with("$ ")) {
            failures
                .push(format!("{DOC}:{}: `{}` prints a line this format cannot hold", ex.line, ex.command));
            continue;
        }
        if want != got_lines.as_slice() {
            if record {
                blessed.push((ex.output.clone(), got.clone()));
            } else {
                failures.push(format!(
                    "{DOC}:{}: `{}` prints something else now (- tutorial, + tool):\n{}",
                    ex.line,
                    ex.command,
                    diff(want, &got_lines)
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if skipped > 0 {
        eprintln!("note: {skipped} tutorial command(s) that boot the Linux guest skipped");
    }
    if record && !blessed.is_empty() {
        let mut new_lines: Vec<String> = Vec::new();
        let mut at = 0;
        for (range, got) in &blessed {
            new_lines.extend(lines[at..range.start].iter().map(|s| s.to_string()));
            new_lines.extend(got.lines().map(str::to_string));
            at = range.end;
        }
        new_lines.extend(lines[at..].iter().map(|s| s.to_string()));
        std::fs::write(&path, new_lines.join("\n") + "\n").expect("rewrite the tutorial");
        eprintln!("{DOC}: rewrote {} output block(s); review `git diff {DOC}`", blessed.len());
    }
    assert!(
        failures.is_empty(),
        "{} of {} tutorial commands fail (TLBVISOR_RECORD=1 re-records outputs):\n\n{}",
        failures.len(),
        examples.len(),
        failures.join("\n\n")
    );
}

#[test]
fn commands_parse_like_a_shell() {
    let inv = parse("RUST_LOG=tlbvisor::hv=trace tlbvisor run 'a b.s' --mode virt >/dev/null").unwrap();
    assert_eq!(inv.env, vec![("RUST_LOG".to_string(), "tlbvisor::hv=trace".to_string())]);
    assert_eq!(inv.args, ["run", "a b.s", "--mode", "virt"]);
    assert_eq!((inv.stdout, inv.stderr), (Sink::Null, Sink::Shown));
    let inv = parse("tlbvisor run x.s 2>&1").unwrap();
    assert_eq!((inv.stdout, inv.stderr), (Sink::Shown, Sink::Shown));
    let inv = parse("tlbvisor run x.s >/dev/null 2>&1").unwrap();
    assert_eq!((inv.stdout, inv.stderr), (Sink::Null, Sink::Null));
    let inv = parse("tlbvisor run x.s 2>/dev/null").unwrap();
    assert_eq!((inv.stdout, inv.stderr), (Sink::Shown, Sink::Null));
    assert!(parse("tlbvisor run x.s | head").is_err());
    assert!(parse("cargo run -- run x.s").is_err());
    assert!(parse("tlbvisor run x.s > out.txt").is_err());
    assert!(parse("tlbvisor run x.s 2>&1 --mode virt").is_err());
}

#[test]
fn the_guest_word_is_the_guests_path_or_skips() {
    let p = Path::new("/cache/e500v2-x/vmlinux");
    assert_eq!(with_guest("tlbvisor run x.s", None).as_deref(), Some("tlbvisor run x.s"));
    assert_eq!(with_guest("tlbvisor run $TLBVISOR_LINUX_GUEST --mode virt", None), None);
    let cmd = with_guest("tlbvisor run $TLBVISOR_LINUX_GUEST --mode virt", Some(p)).unwrap();
    assert_eq!(parse(&cmd).unwrap().args, ["run", "/cache/e500v2-x/vmlinux", "--mode", "virt"]);
}

#[test]
fn blocks_split_into_commands_and_outputs() {
    let doc = [
        "text",
        "```console",
        "$ tlbvisor a \\",
        "  --b",
        "one",
        "two",
        "$ tlbvisor c",
        "```",
        "```sh",
        "$ x",
        "```",
    ];
    let ex = examples(&doc).unwrap();
    assert_eq!(ex.len(), 2);
    assert_eq!((ex[0].line, ex[0].command.as_str(), ex[0].output.clone()), (3, "tlbvisor a --b", 4..6));
    assert_eq!((ex[1].command.as_str(), ex[1].output.clone()), ("tlbvisor c", 7..7));
    assert!(examples(&["```console", "no dollar", "```"]).is_err());
}

#[test]
fn diff_marks_both_sides() {
    assert_eq!(diff(&["a", "b", "c"], &["a", "x", "c"]), "  a\n- b\n+ x\n  c\n");
    let long: Vec<String> = (0..10).map(|k| k.to_string()).collect();
    let want: Vec<&str> = long.iter().map(String::as_str).collect();
    let mut got = want.clone();
    got[7] = "seven";
    assert_eq!(diff(&want, &got), "  ...\n  5\n  6\n- 7\n+ seven\n  8\n  9\n");
}
