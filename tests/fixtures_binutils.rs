//! Every fixture program assembled by tlbvisor equals GNU binutils' build of it byte for byte
//! (`powerpc-linux-gnu-as` + `ld -N -T tools/qemu/fixture.ld`), with the same entry point and
//! symbol values; and tlbvisor's disassembly of it equals `objdump -d -M e500`.
//!
//! binutils' results are recorded in `tests/data/fixtures-gas/` (NAME.bin, NAME.syms,
//! NAME.objdump) so the comparison runs anywhere; with binutils installed they are rebuilt and
//! must be current (`TLBVISOR_RECORD=1` rewrites them).

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

use tlbvisor::asm::Assembler;
use tlbvisor::image::{Image, SectionKind};
use tlbvisor::isa;

const DATA: &str = "tests/data/fixtures-gas";

fn fixtures() -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(support::root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "s"))
        .collect();
    v.sort();
    v
}

/// The fixture's core as gas's `-m` option names it.
fn cpu_of(src: &Path) -> &'static str {
    match support::fixture::Fixture::load(src).cpu {
        tlbvisor::session::CpuModel::E500mc => "e500mc",
        tlbvisor::session::CpuModel::E500v2 => "e500",
    }
}

fn stem(p: &Path) -> String {
    p.file_stem().unwrap().to_string_lossy().into_owned()
}

fn syms_text(image: &Image) -> String {
    let mut s = format!("entry {:x}\n", image.entry);
    for (n, sym) in &image.symbols {
        s.push_str(&format!("sym {n} {:x}\n", sym.value));
    }
    s
}

/// tlbvisor's disassembly of the code sections, as `addr\tword\ttext` lines.
fn our_objdump(image: &Image) -> String {
    let mut s = String::new();
    for sec in image.sections.iter().filter(|s| s.kind == SectionKind::Code) {
        for (i, c) in sec.data.chunks(4).enumerate().filter(|(_, c)| c.len() == 4) {
            let pc = sec.addr + 4 * i as u32;
            let w = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
            let insn = isa::decode(w);
            let mut text = insn.disasm(pc).to_string();
            // objdump names a target by a symbol when one lies at or below it, without `0x`
            // (the `<symbol>` part is cut from the recording).
            if let Some(t) = insn.target(pc).filter(|t| image.symbols.values().any(|s| s.value <= *t)) {
                text = text.replace(&format!("0x{t:x}"), &format!("{t:x}"));
            }
            s.push_str(&format!("{pc:x}\t{w:08x}\t{text}\n"));
        }
    }
    s
}

/// Builds one fixture with binutils into `out`.
fn gas_build(src: &Path, out: &Path) {
    let name = stem(src);
    let obj = out.join(format!("{name}.o"));
    let elf = out.join(format!("{name}.elf"));
    support::run(
        Command::new("powerpc-linux-gnu-as")
            .args(["-a32", "-mbig", &format!("-m{}", cpu_of(src)), "-mregnames", "-I"])
            .arg(support::root().join("fixtures"))
            .arg("-o")
            .arg(&obj)
            .arg(src),
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
    std::fs::write(out.join(format!("{name}.bin")), image.to_flat_binary()).unwrap();
    std::fs::write(out.join(format!("{name}.syms")), syms_text(&image)).unwrap();
    if cpu_of(src) == "e500" {
        let text: String =
            support::objdump(&elf).iter().map(|(a, w, t)| format!("{a:x}\t{w:08x}\t{t}\n")).collect();
        std::fs::write(out.join(format!("{name}.objdump")), text).unwrap();
    }
}

#[test]
fn recordings_are_current() {
    if support::tool("powerpc-linux-gnu-ld", "TLBVISOR_REQUIRE_BINUTILS").is_none() {
        return;
    }
    let tmp = support::scratch("fixtures-gas");
    let mut stale = Vec::new();
    for src in fixtures() {
        gas_build(&src, &tmp);
        for ext in ["bin", "syms", "objdump"] {
            let name = format!("{}.{ext}", stem(&src));
            let Ok(fresh) = std::fs::read(tmp.join(&name)) else { continue };
            let recorded = support::root().join(DATA).join(&name);
            if support::recording() {
                std::fs::create_dir_all(support::root().join(DATA)).unwrap();
                std::fs::write(&recorded, &fresh).unwrap();
            }
            if std::fs::read(&recorded).ok().as_ref() != Some(&fresh) {
                stale.push(name);
            }
        }
    }
    assert!(stale.is_empty(), "stale recordings (TLBVISOR_RECORD=1 to rewrite, then review): {stale:?}");
}

#[test]
fn fixtures_assemble_like_binutils() {
    let srcs = fixtures();
    assert!(srcs.len() >= 30, "{} fixtures", srcs.len());
    for src in srcs {
        let name = stem(&src);
        let out = Assembler::new()
            .include_dir(support::root().join("fixtures"))
            .assemble_file(&src)
            .unwrap_or_else(|e| panic!("{name}:\n{e}"));
        let dir = support::root().join(DATA);
        let want = std::fs::read(dir.join(format!("{name}.bin"))).unwrap();
        let got = out.image.to_flat_binary();
        if got != want {
            let at = got.iter().zip(&want).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
            panic!(
                "{name}: differs from binutils at offset {at:#x} (lengths {} / {})",
                got.len(),
                want.len()
            );
        }
        assert_eq!(
            syms_text(&out.image),
            std::fs::read_to_string(dir.join(format!("{name}.syms"))).unwrap(),
            "{name}"
        );
        if let Ok(want) = std::fs::read_to_string(dir.join(format!("{name}.objdump"))) {
            // objdump folds runs of zero words into `...`: compare at every address it prints.
            let ours = our_objdump(&out.image);
            let ours: std::collections::HashMap<&str, &str> =
                ours.lines().map(|l| (l.split('\t').next().unwrap(), l)).collect();
            for line in want.lines() {
                let addr = line.split('\t').next().unwrap();
                assert_eq!(
                    ours.get(addr).copied(),
                    Some(line),
                    "{name}: disassembly differs from objdump -d -M e500"
                );
            }
        }
    }
}
