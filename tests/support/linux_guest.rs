//! Finding the project's Linux guest (docs/linux-guest.md) for the tests that boot it.
//!
//! `TLBVISOR_LINUX_GUEST` names the e500v2 `vmlinux` (`.ci/run` sets it to what
//! `tools/guests/build-linux.sh e500v2` prints). Unset, the newest `e500v2-*/vmlinux` in the
//! guest cache (`$TLBVISOR_GUEST_CACHE`, default `~/.cache/tlbvisor/guests`) is used. With
//! neither, the tests that need it skip with a note, unless `TLBVISOR_REQUIRE_GUESTS=1`, which
//! makes a missing guest a failure.
#![allow(dead_code)]

use std::path::PathBuf;

/// The e500v2 guest's `vmlinux` and the `init` built beside it, or `None` (with a note on
/// stderr saying why the caller skips) when there is none.
pub fn linux_guest() -> Option<(PathBuf, PathBuf)> {
    let found = match std::env::var_os("TLBVISOR_LINUX_GUEST") {
        Some(p) => Some(PathBuf::from(p)).filter(|p| p.is_file()),
        None => from_cache(),
    };
    let required = std::env::var("TLBVISOR_REQUIRE_GUESTS").as_deref() == Ok("1");
    match found {
        Some(vmlinux) => {
            let init = vmlinux.with_file_name("init");
            assert!(init.is_file(), "{}: no `init` beside the guest's vmlinux", init.display());
            Some((vmlinux, init))
        }
        None => {
            let why = match std::env::var("TLBVISOR_LINUX_GUEST") {
                Ok(p) => format!("TLBVISOR_LINUX_GUEST={p} is not a file"),
                Err(_) => "TLBVISOR_LINUX_GUEST is unset and the guest cache has no e500v2 vmlinux".into(),
            };
            assert!(!required, "the Linux guest is required (TLBVISOR_REQUIRE_GUESTS=1): {why}");
            eprintln!("note: {why} (build it with tools/guests/build-linux.sh e500v2); test skipped");
            None
        }
    }
}

fn from_cache() -> Option<PathBuf> {
    let cache = std::env::var_os("TLBVISOR_GUEST_CACHE")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/tlbvisor/guests")))?;
    let mut found: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(cache)
        .ok()?
        .flatten()
        .filter(|d| d.file_name().to_string_lossy().starts_with("e500v2-"))
        .map(|d| d.path().join("vmlinux"))
        .filter_map(|p| Some((p.metadata().ok()?.modified().ok()?, p)))
        .collect();
    found.sort();
    found.pop().map(|(_, p)| p)
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
