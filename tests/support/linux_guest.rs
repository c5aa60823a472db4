//! Finding the real guests (docs/linux-guest.md) for the tests that boot them.
//!
//! The Linux kernels of `tools/guests/build-linux.sh`: `TLBVISOR_LINUX_GUEST` (e500v2),
//! `TLBVISOR_LINUX_GUEST2` (alt), `TLBVISOR_LINUX_GUEST_E500MC` and `TLBVISOR_LINUX_GUEST_PV` (the
//! e500v2 kernel with `CONFIG_KVM_GUEST`, docs/paravirt.md) name their `vmlinux` (`.ci/run`
//! sets them to what the script prints); unset, the script is asked for an up-to-date build
//! (`--if-built`, which builds nothing). Debian's U-Boot: `TLBVISOR_UBOOT`, else Debian's path.
//! A guest that is not there makes the tests that need it skip with a note, unless
//! `TLBVISOR_REQUIRE_GUESTS=1` (CI), which makes it a failure.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;

/// `path` when it is a file; else `None` with a note (the caller skips), or a failure when the
/// guests are required.
fn found(what: &str, path: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(p) = path.filter(|p| p.is_file()) {
        return Some(p);
    }
    let required = std::env::var("TLBVISOR_REQUIRE_GUESTS").as_deref() == Ok("1");
    assert!(!required, "{what} is required (TLBVISOR_REQUIRE_GUESTS=1) but was not found");
    eprintln!("note: {what} not found (docs/linux-guest.md); test skipped");
    None
}

/// Debian's U-Boot for QEMU's ppce500 (package `u-boot-qemu`).
pub fn uboot() -> Option<PathBuf> {
    let path = std::env::var_os("TLBVISOR_UBOOT")
        .map_or_else(|| PathBuf::from("/usr/lib/u-boot/qemu-ppce500/uboot.elf"), PathBuf::from);
    found("Debian's U-Boot (package u-boot-qemu)", Some(path))
}

/// The `vmlinux` of a `build-linux.sh` variant (`e500v2`, `alt`, `e500mc`, `pv`).
pub fn vmlinux(variant: &str) -> Option<PathBuf> {
    let env = match variant {
        "e500v2" => "TLBVISOR_LINUX_GUEST",
        "alt" => "TLBVISOR_LINUX_GUEST2",
        "e500mc" => "TLBVISOR_LINUX_GUEST_E500MC",
        "pv" => "TLBVISOR_LINUX_GUEST_PV",
        other => panic!("no Linux guest variant '{other}' (tools/guests/build-linux.sh --list)"),
    };
    let path = std::env::var_os(env).map(PathBuf::from).or_else(|| {
        let out = Command::new(super::root().join("tools/guests/build-linux.sh"))
            .args(["--if-built", variant])
            .output()
            .ok()?;
        let text = String::from_utf8(out.stdout).ok()?;
        out.status.success().then(|| PathBuf::from(text.trim()))
    });
    found(&format!("the Linux guest '{variant}' (tools/guests/build-linux.sh {variant}, or {env})"), path)
}

/// The e500v2 guest's `vmlinux` and the `init` built beside it, or `None` (with a note on
/// stderr saying why the caller skips) when there is none.
pub fn linux_guest() -> Option<(PathBuf, PathBuf)> {
    let vmlinux = vmlinux("e500v2")?;
    let init = vmlinux.with_file_name("init");
    assert!(init.is_file(), "{}: no `init` beside the guest's vmlinux", init.display());
    Some((vmlinux, init))
}

/// The ELF entry point of a 32-bit big-endian executable (e_entry, bytes 24..28).
pub fn elf_entry(path: &std::path::Path) -> u32 {
    let b = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(
        b.len() >= 28 && b[..4] == *b"\x7fELF" && b[4] == 1 && b[5] == 2,
        "{}: not an ELF32 MSB file",
        path.display()
    );
    u32::from_be_bytes([b[24], b[25], b[26], b[27]])
}

/// The console QEMU printed for guest `name`, recorded in `tests/data/guests/`.
pub fn recording(name: &str) -> String {
    let path = super::root().join(format!("tests/data/guests/{name}.qemu.console"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    String::from_utf8(bytes).expect("the recorded consoles are UTF-8")
}

/// Printk timestamps (`[    0.123456] `) masked: the only text that depends on how fast time
/// passes, which differs between QEMU (host time) and tlbvisor (instruction count).
pub fn mask_timestamps(console: &str) -> String {
    let mut out = String::with_capacity(console.len());
    let mut rest = console;
    while let Some(i) = rest.find('[') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let end = tail.find(']').unwrap_or(0);
        let inner = &tail[1..end.max(1)];
        let stamp = end > 0
            && inner.trim_start().split_once('.').is_some_and(|(s, us)| {
                !s.is_empty()
                    && s.bytes().all(|b| b.is_ascii_digit())
                    && us.len() == 6
                    && us.bytes().all(|b| b.is_ascii_digit())
            });
        if stamp {
            out.push_str("[T]");
            rest = &tail[end + 1..];
        } else {
            out.push('[');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The first line where console `got` differs from the expected `want`, for a readable failure.
pub fn console_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<_>, Vec<_>) = (want.lines().collect(), got.lines().collect());
    match w.iter().zip(&g).position(|(a, b)| a != b) {
        Some(i) => format!("line {}: expected {:?}, got {:?}", i + 1, w[i], g[i]),
        None => format!("expected {} lines, got {}", w.len(), g.len()),
    }
}

/// The kernel command line QEMU booted guest `name` with for its recording (`-append` in
/// `tests/data/guests/NAME.qemu.meta`, written by `tools/guests/record_qemu.py`), so that a test
/// boots it the same way (`--append`): `nospectre_v2` for `linux-pv` (docs/paravirt.md §5), none
/// for the others.
pub fn command_line(name: &str) -> Option<String> {
    let path = super::root().join(format!("tests/data/guests/{name}.qemu.meta"));
    let meta = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let command = meta.lines().find_map(|l| l.strip_prefix("command: ")).expect("a command line");
    let mut words = command.split(' ');
    words.find(|w| *w == "-append")?;
    Some(words.next().expect("a word after -append").to_string())
}
