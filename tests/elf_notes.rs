//! An ELF as Debian's GCC links it by default with the code moved by `-Ttext`: its
//! `.note.gnu.build-id` keeps a read-only segment of its own at 0x100000f4, above the 128 MiB of
//! RAM. QEMU's loader drops it without a word and runs the program; tlbvisor loads the notes where
//! there is RAM and otherwise leaves them out with a warning. Any other segment outside RAM is
//! still refused.
//!
//! `tests/data/elf/notes-high.elf` is built from `notes-high.c` by [`GCC_ARGS`]; with GCC
//! installed the test builds it again and runs that too, and with QEMU installed QEMU must end
//! at the same PC with the same r3.

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

use serde_json::Value;
use tlbvisor::image::{Image, SectionKind};

/// How `notes-high.elf` was built (from `tests/data/elf/`).
const GCC_ARGS: [&str; 9] = [
    "-mcpu=8548",
    "-O2",
    "-ffreestanding",
    "-nostdlib",
    "-static",
    "-Wl,-Ttext=0x10000",
    "-Wl,-z,max-page-size=0x1000",
    "-o",
    "notes-high.elf",
];

/// fib(20), which the program leaves in r3, and the PC of its final `b .`.
const FIB_20: u64 = 6765;
const DONE: u64 = 0x10050;

fn recorded() -> PathBuf {
    support::root().join("tests/data/elf/notes-high.elf")
}

/// `tlbvisor run ELF --json ARGS`: exit code, the report, stderr.
fn run(elf: &Path, args: &[&str]) -> (Option<i32>, Value, String) {
    let (code, out, err) = support::output(&[&["run", &elf.display().to_string(), "--json"], args].concat());
    (code, serde_json::from_str(&out).unwrap_or(Value::Null), err)
}

const WARNING: &str =
    "ELF notes `.note.gnu.build-id` at 0x100000f4..0x10000118 are outside RAM (0..0x8000000): not loaded";

#[test]
fn the_build_id_note_above_ram_is_left_out_with_a_warning_and_the_program_runs() {
    for mode in ["bare", "virt"] {
        let (code, j, err) = run(&recorded(), &["--mode", mode]);
        assert_eq!((code, j["status"].as_str()), (Some(0), Some("halted")), "{mode}: {err}");
        assert_eq!((j["gpr"][3].as_u64(), j["pc"].as_u64()), (Some(FIB_20), Some(DONE)), "{mode}");
        assert!(err.contains(WARNING), "{mode}: {err}");
    }
    // With RAM up there, the notes are loaded like any segment, and nothing is said.
    let (code, j, err) = run(&recorded(), &["--ram", "512M"]);
    assert_eq!(
        (code, j["status"].as_str(), j["gpr"][3].as_u64()),
        (Some(0), Some("halted"), Some(FIB_20)),
        "{err}"
    );
    assert!(!err.contains("ELF notes"), "{err}");
    let notes = Image::from_elf(&std::fs::read(recorded()).unwrap()).unwrap().sections[2].data.clone();
    let mut s = tlbvisor::session::Session::from_file(recorded()).memory(512 << 20).build().unwrap();
    s.run();
    assert_eq!(s.read_bytes(0x1000_00f4, notes.len()).unwrap(), notes);
    assert_eq!(&notes[12..16], b"GNU\0", "a GNU note");
}

#[test]
fn a_notes_segment_reads_and_writes_as_notes() {
    let img = Image::from_elf(&std::fs::read(recorded()).unwrap()).unwrap();
    let kinds: Vec<(u32, SectionKind)> = img.sections.iter().map(|s| (s.addr, s.kind)).collect();
    assert_eq!(
        kinds,
        [(0xf000, SectionKind::Code), (0x11ffc, SectionKind::Data), (0x1000_00f4, SectionKind::Note)]
    );
    let back = Image::from_elf(&img.to_elf()).unwrap();
    assert_eq!(back.sections, img.sections);
    // Symbols with their sections, as `objdump -t` lists them.
    let of = |name: &str| img.symbols.get(name).map(|s| (s.value, s.section.as_deref()));
    assert_eq!(of("_start"), Some((0x10000, Some(".text"))));
    assert_eq!(of("result"), Some((0x12000, Some(".sbss"))));
    assert_eq!(of("_SDA_BASE_"), Some((0x1a000, Some(".got2"))));
}

/// The same segment, said to be plain read-only data: outside RAM it is bad input, as before.
#[test]
fn any_other_segment_outside_ram_is_still_refused() {
    let mut img = Image::from_elf(&std::fs::read(recorded()).unwrap()).unwrap();
    img.sections[2].kind = SectionKind::ReadOnly;
    let path = support::scratch("elf-notes").join("readonly-high.elf");
    std::fs::write(&path, img.to_elf()).unwrap();
    let (code, _, err) = run(&path, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("is outside RAM (0..0x8000000): give more --ram, or load it lower"), "{err}");
    assert!(err.contains("the link, for an ELF file"), "{err}");
}

/// The recorded build's first segment starts with the ELF headers at 0xf000 (readelf -l), before
/// `.text`: it is named as the program header it is. It starts in 64 KiB of RAM and runs past its
/// end, which only more RAM mends; the notes segment at 0x100000f4, said to be data, lies beyond
/// RAM, which loading lower mends too (the hint names what moves an ELF file: its link).
#[test]
fn a_segment_outside_ram_is_named_by_its_program_header() {
    let (code, _, err) = run(&recorded(), &["--ram", "64K"]);
    assert_eq!(code, Some(2), "{err}");
    assert!(
        err.contains(
            "`PT_LOAD segment 0` at 0xf000..0x100a4 runs past the end of RAM (0..0x10000): give more --ram\n"
        ),
        "{err}"
    );
}

/// An ELF file cut short is said to be one, truncated or damaged, not "not an ELF file".
#[test]
fn a_truncated_elf_file_is_said_to_be_one() {
    let bytes = std::fs::read(recorded()).unwrap();
    let path = support::scratch("elf-notes").join("truncated.elf");
    std::fs::write(&path, &bytes[..1000]).unwrap();
    let (code, _, err) = run(&path, &[]);
    assert_eq!(code, Some(2), "{err}");
    assert!(err.contains("truncated.elf: a 32-bit big-endian ELF file, but truncated or damaged"), "{err}");
}

/// GCC builds the program again as recorded, and QEMU 7.2 ends it at the same PC with the same r3.
#[test]
fn gcc_builds_it_and_qemu_agrees() {
    let mut elfs = vec![recorded()];
    if support::tool("powerpc-linux-gnu-gcc", "TLBVISOR_REQUIRE_BINUTILS").is_some() {
        let dir = support::scratch("elf-notes-gcc");
        std::fs::copy(support::root().join("tests/data/elf/notes-high.c"), dir.join("notes-high.c")).unwrap();
        support::run(
            Command::new("powerpc-linux-gnu-gcc").current_dir(&dir).args(GCC_ARGS).arg("notes-high.c"),
        );
        let fresh = dir.join("notes-high.elf");
        let kinds = |p: &Path| -> Vec<(u32, SectionKind)> {
            Image::from_elf(&std::fs::read(p).unwrap())
                .unwrap()
                .sections
                .iter()
                .map(|s| (s.addr, s.kind))
                .collect()
        };
        assert_eq!(kinds(&fresh), kinds(&recorded()), "GCC lays the program out as recorded");
        elfs.push(fresh);
    }
    let qemu = support::tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU");
    for elf in &elfs {
        let (code, j, err) = run(elf, &[]);
        assert_eq!(
            (code, j["gpr"][3].as_u64(), j["pc"].as_u64()),
            (Some(0), Some(FIB_20), Some(DONE)),
            "{err}"
        );
        if let Some(qemu) = &qemu {
            assert_eq!(qemu_pc_r3(qemu, elf), (DONE, FIB_20), "QEMU on {}", elf.display());
        }
    }
}

/// QEMU's PC and r3 a second after it started `elf` (`info registers` on its monitor).
fn qemu_pc_r3(qemu: &Path, elf: &Path) -> (u64, u64) {
    let args = [std::ffi::OsStr::new("-kernel"), elf.as_os_str()];
    let out = support::qemu_monitor(qemu, &args, std::time::Duration::from_secs(1), "info registers\n");
    let word = |prefix: &str, index: usize| -> u64 {
        let line =
            out.lines().find(|l| l.starts_with(prefix)).unwrap_or_else(|| panic!("no {prefix} in {out}"));
        u64::from_str_radix(line.split_whitespace().nth(index).unwrap(), 16).unwrap()
    };
    (word("NIP", 1), word("GPR00", 4))
}
