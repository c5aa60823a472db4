//! The assembler on code the project did not write by hand: GCC 12's output for the C files in
//! `tests/corpus/c/` (each at -O0 -O1 -O2 -Os -O3 and -O2 -g, for `-mcpu=8540` and
//! `-mcpu=e500mc`), and the hand-written programs in `tests/corpus/gas/` that use every directive
//! and simplified-mnemonic family of gas's PowerPC manual. `tlbvisor asm --cpu ...` must give the same image, entry point
//! and symbols as `powerpc-linux-gnu-as -a32 -mbig -me500|-me500mc -many` (as GCC runs it) +
//! `ld -N -T tools/qemu/fixture.ld`.
//!
//! Recordings in `tests/data/corpus/`: GCC's `.s` for each C file and level (`NAME-OLEVEL-CPU.s`),
//! and binutils' flat image and symbols (`.bin`, `.syms`) for every source. With GCC or binutils
//! installed they are rebuilt and must be current (`TLBVISOR_RECORD=1` rewrites them;
//! `TLBVISOR_REQUIRE_BINUTILS=1` makes missing tools a failure).

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::path::{Path, PathBuf};
use std::process::Command;

use tlbvisor::image::Image;

const DATA: &str = "tests/data/corpus";
/// Optimisation levels (file-name tag, GCC options); `O2g` adds debug information, whose
/// sections the fixture script discards but which must still assemble.
const LEVELS: [(&str, &[&str]); 6] = [
    ("O0", &["-O0"]),
    ("O1", &["-O1"]),
    ("O2", &["-O2"]),
    ("Os", &["-Os"]),
    ("O3", &["-O3"]),
    ("O2g", &["-O2", "-g"]),
];
/// GCC's `-mcpu`, the matching gas `-m` option and `tlbvisor asm --cpu`.
const CPUS: [(&str, &str, &str); 2] = [("8540", "e500", "e500v2"), ("e500mc", "e500mc", "e500mc")];

fn sorted(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    v.sort();
    v
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

/// The CPU pair (gas `-m`, tlbvisor `--cpu`) of a source: `...-e500mc.s` is e500mc.
fn cpu_of(name: &str) -> (&'static str, &'static str) {
    if name.ends_with("-e500mc") { ("e500mc", "e500mc") } else { ("e500", "e500v2") }
}

fn syms_text(image: &Image) -> String {
    let mut s = format!("entry {:x}\n", image.entry);
    for (n, sym) in &image.symbols {
        s.push_str(&format!("sym {n} {:x}\n", sym.value));
    }
    s
}

/// Every source the comparison runs on: the recorded GCC output and the hand-written programs.
fn sources() -> Vec<PathBuf> {
    let mut v = sorted(&support::root().join(DATA), "s");
    v.extend(sorted(&support::root().join("tests/corpus/gas"), "s"));
    v
}

/// Rewrites `recorded` when recording; returns whether it holds `fresh`.
fn current(recorded: &Path, fresh: &[u8]) -> bool {
    if support::recording() {
        std::fs::create_dir_all(recorded.parent().unwrap()).unwrap();
        std::fs::write(recorded, fresh).unwrap();
    }
    std::fs::read(recorded).ok().as_deref() == Some(fresh)
}

#[test]
fn gcc_output_is_current() {
    if support::tool("powerpc-linux-gnu-gcc", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let tmp = support::scratch("corpus-gcc");
    let mut stale = Vec::new();
    let mut count = 0;
    for c in sorted(&support::root().join("tests/corpus/c"), "c") {
        for (level, flags) in LEVELS {
            for (mcpu, _, _) in CPUS {
                let suffix = if mcpu == "8540" { "e500" } else { "e500mc" };
                let name = format!("{}-{level}-{suffix}.s", stem(&c));
                let out = tmp.join(&name);
                support::run(
                    Command::new("powerpc-linux-gnu-gcc")
                        // Debug information names the source and the folder: make both relative
                        // to the checkout, wherever it is.
                        .current_dir(support::root())
                        .arg(format!("-ffile-prefix-map={}=.", support::root().display()))
                        .args(["-S", "-ffreestanding", "-fno-pic", "-nostdlib"])
                        .args(flags)
                        .arg(format!("-mcpu={mcpu}"))
                        .arg("-o")
                        .arg(&out)
                        .arg(c.strip_prefix(support::root()).unwrap_or(&c)),
                );
                let fresh = std::fs::read_to_string(&out).unwrap();
                let recorded = support::root().join(DATA).join(&name);
                if support::recording() {
                    std::fs::write(&recorded, &fresh).unwrap();
                }
                // The `.ident` line names the compiler's package build; only the code matters.
                let code = |s: &str| -> Vec<String> {
                    s.lines().filter(|l| !l.trim_start().starts_with(".ident")).map(str::to_string).collect()
                };
                if std::fs::read_to_string(&recorded).map(|r| code(&r)).ok() != Some(code(&fresh)) {
                    stale.push(name);
                }
                count += 1;
            }
        }
    }
    assert!(count >= 60, "{count} compilations");
    assert!(stale.is_empty(), "stale GCC output (TLBVISOR_RECORD=1 to rewrite, then review): {stale:?}");
}

#[test]
fn binutils_output_is_current() {
    if support::tool("powerpc-linux-gnu-ld", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let tmp = support::scratch("corpus-gas");
    let mut stale = Vec::new();
    for src in sources() {
        let name = stem(&src);
        let (m, _) = cpu_of(&name);
        let obj = tmp.join(format!("{name}.o"));
        let elf = tmp.join(format!("{name}.elf"));
        support::run(
            Command::new("powerpc-linux-gnu-as")
                .args(["-a32", &format!("-m{m}"), "-many", "-mbig", "-o"])
                .arg(&obj)
                .arg(&src),
        );
        support::run(
            Command::new("powerpc-linux-gnu-ld")
                .args(["-N", "--no-warn-rwx-segments", "-T"])
                .arg(support::root().join("tools/qemu/fixture.ld"))
                .arg("-o")
                .arg(&elf)
                .arg(&obj),
        );
        let image = Image::from_elf(&std::fs::read(&elf).unwrap()).unwrap();
        let dir = support::root().join(DATA);
        if !current(&dir.join(format!("{name}.bin")), &image.to_flat_binary()) {
            stale.push(format!("{name}.bin"));
        }
        if !current(&dir.join(format!("{name}.syms")), syms_text(&image).as_bytes()) {
            stale.push(format!("{name}.syms"));
        }
    }
    assert!(stale.is_empty(), "stale binutils output (TLBVISOR_RECORD=1 to rewrite, then review): {stale:?}");
}

#[test]
fn corpus_assembles_like_gas() {
    let srcs = sources();
    let gcc = srcs.iter().filter(|p| p.starts_with(support::root().join(DATA))).count();
    assert!(gcc >= 60, "{gcc} recorded GCC outputs");
    let tmp = support::scratch("corpus-ours");
    let mut bad = Vec::new();
    for src in &srcs {
        let name = stem(src);
        let (_, cpu) = cpu_of(&name);
        let elf = tmp.join(format!("{name}.elf"));
        let out = support::tlbvisor()
            .args(["asm", "--cpu", cpu, "--format", "elf", "-o"])
            .arg(&elf)
            .arg(src)
            .output()
            .unwrap();
        if !out.status.success() {
            bad.push(format!("{name}: {}", String::from_utf8_lossy(&out.stderr)));
            continue;
        }
        let image = Image::from_elf(&std::fs::read(&elf).unwrap()).unwrap();
        let dir = support::root().join(DATA);
        let want = std::fs::read(dir.join(format!("{name}.bin"))).unwrap();
        let got = image.to_flat_binary();
        if got != want {
            let at = got.iter().zip(&want).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
            bad.push(format!(
                "{name}: image differs at offset {at:#x} (lengths {} / {})",
                got.len(),
                want.len()
            ));
        }
        let want = std::fs::read_to_string(dir.join(format!("{name}.syms"))).unwrap();
        if syms_text(&image) != want {
            bad.push(format!("{name}: entry or symbols differ:\n{}\n---\n{want}", syms_text(&image)));
        }
    }
    assert!(bad.is_empty(), "{} of {} differ from gas + ld:\n{}", bad.len(), srcs.len(), bad.join("\n"));
}
