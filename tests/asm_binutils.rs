//! Byte-exact comparison with GNU binutils (`powerpc-linux-gnu-as` + `ld -N`) for data-only
//! programs. The expected outputs are recorded in `tests/data/asm/` (made by its `regen.sh`), so
//! the comparison runs without binutils; when binutils is installed the recordings are also
//! checked to be current (`TLBVISOR_RECORD=1` rewrites them from the live tools).

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use tlbvisor::asm::Assembler;

const TESTS: [&str; 7] = ["expr", "data", "layout", "macros", "include", "code", "insns"];

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/asm")
}

fn assembler(name: &str) -> Assembler {
    let a = Assembler::new().base(0x10000);
    if name == "include" { a.defsym("FROM_DEFSYM", 7).include_dir(data_dir().join("incdir")) } else { a }
}

/// Parses NAME.expect: entry and symbols.
fn expected(dir: &Path, name: &str) -> (u32, BTreeMap<String, u32>) {
    let text = std::fs::read_to_string(dir.join(format!("{name}.expect"))).unwrap();
    let mut entry = 0;
    let mut syms = BTreeMap::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        match f.as_slice() {
            ["entry", v] => entry = u32::from_str_radix(v, 16).unwrap(),
            ["sym", n, v] => {
                syms.insert(n.to_string(), u32::from_str_radix(v, 16).unwrap());
            }
            _ => panic!("bad line {line:?}"),
        }
    }
    (entry, syms)
}

#[test]
fn matches_recorded_binutils_output() {
    let dir = data_dir();
    for name in TESTS {
        let path = dir.join(format!("{name}.s"));
        let out = assembler(name).assemble_file(&path).unwrap_or_else(|e| panic!("{name}:\n{e}"));
        let want = std::fs::read(dir.join(format!("{name}.bin"))).unwrap();
        let got = out.image.to_flat_binary();
        assert_eq!(out.image.lowest_address(), Some(0x10000), "{name}");
        if got != want {
            let first = got.iter().zip(&want).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
            panic!(
                "{name}: flat binary differs at offset {first:#x} (len {} vs {}):\n ours {:02x?}\n gas  {:02x?}\n{}",
                got.len(),
                want.len(),
                &got[first..(first + 16).min(got.len())],
                &want[first..(first + 16).min(want.len())],
                out.listing
            );
        }
        let (entry, syms) = expected(&dir, name);
        assert_eq!(out.image.entry, entry, "{name}: entry");
        let ours: BTreeMap<String, u32> =
            out.image.symbols.iter().map(|(n, s)| (n.clone(), s.value)).collect();
        assert_eq!(ours, syms, "{name}: symbols");
    }
}

#[test]
fn recordings_are_current() {
    if support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let tmp = support::scratch("asm-regen");
    let status = Command::new("sh").arg(data_dir().join("regen.sh")).arg(&tmp).status().unwrap();
    assert!(status.success(), "regen.sh failed");
    for name in TESTS {
        for ext in ["bin", "expect"] {
            let fresh = std::fs::read(tmp.join(format!("{name}.{ext}"))).unwrap();
            let path = data_dir().join(format!("{name}.{ext}"));
            if support::recording() {
                std::fs::write(&path, &fresh).unwrap();
                continue;
            }
            let recorded = std::fs::read(&path).unwrap();
            assert_eq!(fresh, recorded, "{name}.{ext} is out of date: run with TLBVISOR_RECORD=1");
        }
    }
    let _ = std::fs::remove_dir_all(&tmp);
}

/// `.include` and `.incbin` find a file where GNU as 2.40 does, in its order: the current folder,
/// then the `-I` folders; only where gas finds none, the including file's folder. The expected
/// words are gas's (Debian's binutils 2.40, run from `cwd/` on `src/main.s` with `x.inc` holding
/// `.long 1` in `cwd/`, `.long 2` in `src/` and `.long 3` in `idir/`); when gas is installed it
/// is asked again.
#[test]
fn include_files_are_found_where_gas_finds_them() {
    let d = support::scratch("asm-include-order");
    for (dir, n) in [("cwd", 1), ("src", 2), ("idir", 3)] {
        std::fs::create_dir_all(d.join(dir)).unwrap();
        std::fs::write(d.join(dir).join("x.inc"), format!(".long {n}\n")).unwrap();
    }
    std::fs::write(d.join("src/main.s"), ".include \"x.inc\"\n").unwrap();
    std::fs::write(d.join("cwd/b.bin"), "CD").unwrap();
    std::fs::write(d.join("src/b.bin"), "AB").unwrap();
    std::fs::write(d.join("src/bin.s"), ".incbin \"b.bin\"\n").unwrap();
    // Nested: a file found through -I includes another, found through the current folder.
    std::fs::create_dir_all(d.join("idir/sub")).unwrap();
    std::fs::write(d.join("idir/sub/n.inc"), ".long 4\n.include \"leaf.inc\"\n").unwrap();
    std::fs::write(d.join("cwd/leaf.inc"), ".long 5\n").unwrap();
    std::fs::write(d.join("idir/sub/leaf.inc"), ".long 6\n").unwrap();
    std::fs::write(d.join("src/nested.s"), ".include \"sub/n.inc\"\n").unwrap();
    let ours = |src: &str, args: &[&str]| {
        let out = d.join("out.bin");
        support::run(
            support::tlbvisor()
                .current_dir(d.join("cwd"))
                .args(["asm", src, "--format", "bin", "-o"])
                .arg(&out)
                .args(args),
        );
        std::fs::read(&out).unwrap()
    };
    let gas = support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_BINUTILS").map(|_| {
        |src: &str, args: &[&str]| {
            let obj = d.join("gas.o");
            support::run(
                Command::new("powerpc-linux-gnu-as")
                    .current_dir(d.join("cwd"))
                    .args(args)
                    .arg(src)
                    .arg("-o")
                    .arg(&obj),
            );
            support::section_bytes(&obj, ".text")
        }
    });
    let check = |label: &str, src: &str, args: &[&str], want: &[u8]| {
        assert_eq!(ours(src, args), want, "{label}");
        if let Some(gas) = &gas {
            assert_eq!(gas(src, args), want, "{label}: gas");
        }
    };
    // In all three: the current folder's, with or without -I; the .incbin too.
    check("all", "../src/main.s", &[], &[0, 0, 0, 1]);
    check("all, -I", "../src/main.s", &["-I", "../idir"], &[0, 0, 0, 1]);
    check("incbin", "../src/bin.s", &[], b"CD");
    check("nested", "../src/nested.s", &["-I", "../idir"], &[0, 0, 0, 4, 0, 0, 0, 5]);
    // Not in the current folder: the -I folder's, not the one beside the source.
    std::fs::remove_file(d.join("cwd/x.inc")).unwrap();
    check("-I before the source's folder", "../src/main.s", &["-I", "../idir"], &[0, 0, 0, 3]);
    // Where gas finds none, the source's folder.
    assert_eq!(ours("../src/main.s", &[]), [0, 0, 0, 2]);
}
