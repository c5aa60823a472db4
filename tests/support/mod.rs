//! Shared test support: finding the real peers (binutils, QEMU) and recording their outputs.
#![allow(dead_code)]

pub mod fixture;
pub mod hv;
pub mod linux_guest;
pub mod random_guest;
pub mod rng;

use std::path::{Path, PathBuf};
use std::process::Command;

/// The path of an installed tool, or `None` (with a note on stderr) when it is absent. When the
/// environment variable `require_env` is `1` (CI sets it), an absent tool is a test failure.
pub fn tool(name: &str, require_env: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(name)).find(|p| p.is_file()));
    if found.is_none() {
        assert!(
            std::env::var(require_env).as_deref() != Ok("1"),
            "{name} is required ({require_env}=1) but not installed"
        );
        eprintln!("note: {name} not installed; live comparison skipped (recorded results still checked)");
    }
    found
}

/// Whether recorded files should be rewritten from the live tool (`TLBVISOR_RECORD=1`).
pub fn recording() -> bool {
    std::env::var("TLBVISOR_RECORD").as_deref() == Ok("1")
}

/// The repository root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The CLI under test, with the caller's `RUST_LOG` and `NO_COLOR` removed so its output does
/// not depend on the shell the tests run from.
pub fn tlbvisor() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tlbvisor"));
    c.env_remove("RUST_LOG").env_remove("NO_COLOR");
    c
}

/// The path of `fixtures/NAME.s`.
pub fn fixture_path(name: &str) -> String {
    root().join("fixtures").join(format!("{name}.s")).display().to_string()
}

/// `tlbvisor ARGS`: its exit code, stdout and stderr.
pub fn output(args: &[&str]) -> (Option<i32>, String, String) {
    let out = tlbvisor().args(args).output().expect("run tlbvisor");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// What `tlbvisor ARGS` prints on stderr with `RUST_LOG=filter`, after checking it succeeded.
pub fn traced(filter: &str, args: &[&str]) -> String {
    let out = tlbvisor().env("RUST_LOG", filter).args(args).output().expect("run tlbvisor");
    assert!(out.status.success(), "tlbvisor {args:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A fresh scratch directory for one test: its own for every call, even when two tests of one
/// binary, running in parallel, give the same name (the directory is emptied first, and a shared
/// one lost one test's files to the other's start).
pub fn scratch(name: &str) -> PathBuf {
    static CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let call = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("tlbvisor-{name}-{}-{call}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch dir");
    dir
}

/// Runs a command, panicking with its stderr when it fails.
pub fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Assembles `source` with `powerpc-linux-gnu-as` for the given `-m` CPU and returns the object.
pub fn gas(dir: &Path, name: &str, source: &str, cpu: &str) -> PathBuf {
    let src = dir.join(format!("{name}.s"));
    let obj = dir.join(format!("{name}.o"));
    std::fs::write(&src, source).expect("write source");
    run(Command::new("powerpc-linux-gnu-as")
        .args(["-a32", "-mbig", &format!("-m{cpu}"), "-mregnames", "-o"])
        .arg(&obj)
        .arg(&src));
    obj
}

/// The contents of `section` of the object `obj`, as `objcopy -O binary -j SECTION` writes them
/// (into `obj` with the extension `.bin`).
pub fn section_bytes(obj: &Path, section: &str) -> Vec<u8> {
    let bin = obj.with_extension("bin");
    run(Command::new("powerpc-linux-gnu-objcopy").args(["-O", "binary", "-j", section]).arg(obj).arg(&bin));
    std::fs::read(&bin).expect("read objcopy's output")
}

/// `objdump -d -M e500` of an object: `(address, word, text)` per instruction line.
pub fn objdump(obj: &Path) -> Vec<(u32, u32, String)> {
    let out = run(Command::new("powerpc-linux-gnu-objdump").args(["-d", "-M", "e500"]).arg(obj));
    out.lines()
        .filter_map(|line| {
            let mut parts = line.splitn(3, '\t');
            let addr = u32::from_str_radix(parts.next()?.trim().trim_end_matches(':'), 16).ok()?;
            let bytes: String = parts.next()?.split_whitespace().collect();
            let word = u32::from_str_radix(&bytes, 16).ok()?;
            let text = parts.next()?.trim_end();
            let text = text.split(" <").next().unwrap_or(text).to_string();
            Some((addr, word, text))
        })
        .collect()
}

/// QEMU's `ppce500` (e500v2, 128 MiB, no display, no serial) run with `args` and its monitor on
/// standard input: after `settle` (the guest runs meanwhile; no time for a machine started
/// stopped with `-S`), `commands` are typed, then `quit`. The monitor's answers, without its
/// prompts' echo (which carries terminal escapes).
pub fn qemu_monitor(
    qemu: &Path,
    args: &[&std::ffi::OsStr],
    settle: std::time::Duration,
    commands: &str,
) -> String {
    use std::io::Write;
    let mut child = Command::new(qemu)
        .args(["-M", "ppce500", "-cpu", "e500v2", "-m", "128", "-nodefaults", "-display", "none"])
        .args(["-serial", "null", "-monitor", "stdio"])
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("qemu-system-ppc starts");
    let mut stdin = child.stdin.take().expect("piped");
    std::thread::sleep(settle);
    stdin.write_all(format!("{commands}quit\n").as_bytes()).expect("monitor commands typed");
    drop(stdin);
    let out = child.wait_with_output().expect("qemu-system-ppc ends");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.contains("(qemu)") && !l.starts_with("QEMU "))
        .map(|l| format!("{}\n", l.trim_end()))
        .collect()
}
