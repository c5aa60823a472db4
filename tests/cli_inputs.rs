//! Inputs that must not be misread without a word (README "Programs"): how PROGRAM is
//! recognised and `--format`; options that do not fit the machine or the mode are exit-2 errors.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::io::Write;
use std::process::Stdio;

use serde_json::Value;

use support::{output, tlbvisor};

/// `li r3, 5` then `b .` (E500CORERM encodings: addi 14 | rD 3 | 5; b 18 with LI 0).
const LI_B: [u8; 8] = [0x38, 0x60, 0x00, 0x05, 0x48, 0x00, 0x00, 0x00];
const LI_B_SOURCE: &str = "_start: li r3, 5\n b .\n";

fn json(args: &[&str]) -> (Option<i32>, Value, String) {
    let (code, out, err) = output(args);
    (code, serde_json::from_str(&out).unwrap_or(Value::Null), err)
}

#[test]
fn source_is_recognised_by_its_text_whatever_its_name() {
    let dir = support::scratch("inputs-text");
    let txt = dir.join("prog.txt");
    std::fs::write(&txt, LI_B_SOURCE).unwrap();
    let (code, j, err) = json(&["run", "--json", txt.to_str().unwrap()]);
    assert_eq!(
        (code, j["status"].as_str(), j["gpr"][3].as_u64()),
        (Some(0), Some("halted"), Some(5)),
        "{err}"
    );
    // From standard input, as /dev/stdin.
    let mut child = tlbvisor()
        .args(["run", "--json", "/dev/stdin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(LI_B_SOURCE.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((out.status.code(), j["gpr"][3].as_u64()), (Some(0), Some(5)));
}

#[test]
fn a_binary_stays_a_binary_and_format_overrides() {
    let dir = support::scratch("inputs-bin");
    let bin = dir.join("prog.s.bin");
    std::fs::write(&bin, LI_B).unwrap();
    let (code, j, err) = json(&["run", "--json", bin.to_str().unwrap()]);
    assert_eq!((code, j["gpr"][3].as_u64(), j["pc"].as_u64()), (Some(0), Some(5), Some(0x10004)), "{err}");
    // Text named .bin, said to be source; text said to be a binary (its ASCII bytes are no e500
    // program: it stalls at once, so it did not assemble).
    let named_bin = dir.join("source.bin");
    std::fs::write(&named_bin, LI_B_SOURCE).unwrap();
    let (_, j, _) = json(&["run", "--json", "--format", "asm", named_bin.to_str().unwrap()]);
    assert_eq!(j["gpr"][3].as_u64(), Some(5));
    let (_, j, _) = json(&["run", "--json", "--format", "bin", named_bin.to_str().unwrap()]);
    assert_eq!(j["status"], "stalled");
    // disasm: text is source (an error pointing at `asm`); --format bin disassembles it.
    let (code, _, err) = output(&["disasm", named_bin.to_str().unwrap()]);
    assert_eq!(code, Some(2));
    assert!(err.contains("is assembly source"), "{err}");
    let (code, out, _) = output(&["disasm", "--format", "bin", bin.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    assert!(out.contains("38 60 00 05 \tli      r3,5"), "{out}");
}

#[test]
fn elf_files_with_nothing_to_load_are_errors_for_disasm_too() {
    let dir = support::scratch("inputs-elf");
    // An ELF32 big-endian PowerPC executable header with no program header (no PT_LOAD).
    let mut h = b"\x7fELF\x01\x02\x01\x00".to_vec();
    h.extend([0u8; 8]);
    h.extend(2u16.to_be_bytes()); // ET_EXEC
    h.extend(20u16.to_be_bytes()); // EM_PPC
    h.extend(1u32.to_be_bytes());
    h.extend(0x10000u32.to_be_bytes()); // e_entry
    h.extend([0u8; 12]); // e_phoff, e_shoff, e_flags
    for v in [52u16, 32, 0, 40, 0, 0] {
        h.extend(v.to_be_bytes());
    }
    let noload = dir.join("noload.elf");
    std::fs::write(&noload, h).unwrap();
    for cmd in ["disasm", "run"] {
        let (code, out, err) = output(&[cmd, noload.to_str().unwrap()]);
        assert_eq!(code, Some(2), "{cmd}: {out}");
        assert!(err.contains("no PT_LOAD"), "{cmd}: {err}");
    }
    if let Some(gas) = support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_BINUTILS") {
        let obj = dir.join("prog.o");
        let src = dir.join("prog.s");
        std::fs::write(&src, "_start: li 3, 5\n b .\n").unwrap();
        support::run(std::process::Command::new(gas).arg("-o").arg(&obj).arg(&src));
        let (code, _, err) = output(&["disasm", obj.to_str().unwrap()]);
        assert_eq!(code, Some(2));
        assert!(err.contains("relocatable"), "{err}");
    }
}

#[test]
fn impossible_addresses_are_errors() {
    let dir = support::scratch("inputs-addr");
    let src = dir.join("prog.s");
    std::fs::write(&src, LI_B_SOURCE).unwrap();
    let src = src.to_str().unwrap();
    // 0x11_0000_0000 does not fit the e500's 36-bit physical space (it was taken modulo 2^36).
    let (code, _, err) = output(&["run", "--mode", "virt", "--backing", "0x1100000000", src]);
    assert_eq!(code, Some(2));
    assert!(err.contains("36-bit host-physical space"), "{err}");
    // The first instruction is at the base: a word boundary.
    for args in [
        vec!["run", "--base", "0x10002", src],
        vec!["asm", "--base", "0x10001", "-o", "-", src],
        vec!["disasm", "--base", "2", src],
    ] {
        let (code, _, err) = output(&args);
        assert_eq!(code, Some(2), "{args:?}");
        assert!(err.contains("is not a multiple of 4"), "{args:?}: {err}");
    }
}

#[test]
fn hypervisor_options_in_bare_mode_are_errors() {
    let src = support::fixture_path("seed_store");
    let inc = support::root().join("fixtures").display().to_string();
    // --host-tlb1 16 is the default value: given is what counts.
    for (opt, value) in [("--host-tlb1", "16"), ("--backing", "0x100000000"), ("--backing-fragments", "4K")] {
        for cmd in ["run", "explain"] {
            let (code, _, err) = output(&[cmd, opt, value, &src, "-I", &inc]);
            assert_eq!(code, Some(2), "{cmd} {opt}");
            assert!(err.contains(&format!("{opt}: only with --mode virt")), "{cmd} {opt}: {err}");
        }
        let (code, _, err) = output(&["run", "--mode", "virt", opt, value, &src, "-I", &inc]);
        assert_eq!(code, Some(0), "virt {opt}: {err}");
    }
}

#[test]
fn trace_filters_that_cannot_be_read_are_errors() {
    let src = support::fixture_path("alu_subf_neg");
    // `EnvFilter` would skip the directive with a warning and trace nothing asked for.
    let (code, out, err) = output(&["run", "--log", "tlbvisor=[[[", &src]);
    assert_eq!(code, Some(2), "{err}");
    assert!(out.is_empty(), "{out}");
    assert!(err.contains("'--log <LEVEL>'") && err.contains("expected a level"), "{err}");
    let o = tlbvisor().env("RUST_LOG", "tlbvisor=[[[").args(["run", &src]).output().unwrap();
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{err}");
    assert!(o.stdout.is_empty());
    assert!(err.starts_with("RUST_LOG `tlbvisor=[[[`:") && err.contains("expected a level"), "{err}");
    // A space: tracing-subscriber misreads the directive after it (here it panicked).
    for filter in ["warn, tlbvisor::hv=trace", "debug, a\u{e9}=trace"] {
        let (code, _, err) = output(&["run", "--log", filter, &src]);
        assert_eq!(code, Some(2), "{filter}: {err}");
        assert!(err.contains("a space in the filter"), "{filter}: {err}");
    }
    // A filter it reads runs as ever.
    let (code, _, err) = output(&["run", "--log", "tlbvisor::hv=trace,warn", &src]);
    assert_eq!(code, Some(0), "{err}");
}

#[test]
fn an_elf_whose_segments_load_over_each_other_is_refused() {
    use tlbvisor::image::{Image, Section, SectionKind};
    let section = |name: &str, lma: u32, data: &[u8], kind| Section {
        name: name.into(),
        addr: lma,
        lma,
        size: data.len() as u32,
        align: 4,
        kind,
        data: data.to_vec(),
    };
    // `li r3, 5; b .`, and a word loaded over the `b .` (QEMU 7.2: "Some ROM regions are
    // overlapping", and it does not start).
    let image = Image {
        sections: vec![
            section(".text", 0x1000, &LI_B, SectionKind::Code),
            section(".data", 0x1004, &[0, 0, 0, 1], SectionKind::Data),
        ],
        entry: 0x1000,
        ..Image::default()
    };
    let dir = support::scratch("inputs-overlap");
    let elf = dir.join("overlap.elf");
    std::fs::write(&elf, image.to_elf()).unwrap();
    for cmd in ["run", "explain", "compare"] {
        let (code, out, err) = output(&[cmd, elf.to_str().unwrap()]);
        assert_eq!(code, Some(2), "{cmd}: {out}{err}");
        assert!(
            err.contains(
                "section `.data` loads at physical 0x1004..0x1008, over section `.text` (0x1000..0x1008)"
            ),
            "{cmd}: {err}"
        );
    }
    // Nothing is placed by `disasm`: it reads the file as objdump does.
    let (code, out, err) = output(&["disasm", elf.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("li      r3,5"), "{out}");
}

#[test]
fn under_compat_qemu_ram_is_what_qemu_would_start_with() {
    let src = support::fixture_path("alu_subf_neg");
    // `qemu-system-ppc -M ppce500 -m 65` stops: "RAM size must be multiple of 67108864".
    for cmd in ["run", "explain", "compare"] {
        let (code, out, err) = output(&[cmd, "--compat", "qemu", "--ram", "65M", &src]);
        assert_eq!(code, Some(2), "{cmd}: {out}{err}");
        assert!(
            err.contains("--ram 0x4100000 (65 MiB): must be a multiple of 64 MiB under --compat qemu"),
            "{cmd}: {err}"
        );
    }
    // A size no profile takes reads the same in both (it named the program in one).
    for compat in ["manual", "qemu"] {
        let (code, _, err) = output(&["run", "--compat", compat, "--ram", "3K", &src]);
        assert_eq!(code, Some(2), "{compat}: {err}");
        assert_eq!(err.trim_end(), "--ram 0xc00 (3 KiB): must be a nonzero multiple of 4 KiB", "{compat}");
    }
    // The manual profile takes it; QEMU's takes 192M.
    for args in [["--compat", "manual", "--ram", "65M"], ["--compat", "qemu", "--ram", "192M"]] {
        let (code, _, err) = output(&[&["run"], &args[..], &[src.as_str()]].concat());
        assert_eq!(code, Some(0), "{args:?}: {err}");
    }
}
