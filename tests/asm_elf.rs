//! ELF output and input: our executables load back, real `ld` output loads, and binutils'
//! `objdump`/`readelf` accept what we write and QEMU runs it (skipped with a note when the tools
//! are absent, unless `TLBVISOR_REQUIRE_BINUTILS`/`TLBVISOR_REQUIRE_QEMU` is 1).

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

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/asm")
}

const PROGRAM: &str = "
        .text
        .globl _start
        .type _start, @function
_start: .long 0x38600001        # li r3,1
        .long 0x48000000        # b .
        .size _start, . - _start
        .section .rodata
msg:    .asciz \"hi\"
        .data
        .p2align 3
counter: .long 7
        .bss
buf:    .space 32
";

#[test]
fn elf_round_trip() {
    let img = Assembler::new().assemble_str("p.s", PROGRAM).unwrap().image;
    let back = Image::from_elf(&img.to_elf()).unwrap();
    assert_eq!(back.entry, 0x10000);
    assert_eq!(back.to_flat_binary(), img.to_flat_binary());
    assert_eq!(back.symbols, img.symbols);
    let kinds: Vec<(&str, u32, u32, SectionKind)> =
        back.sections.iter().map(|s| (s.name.as_str(), s.addr, s.size, s.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            (".text", 0x10000, 8, SectionKind::Code),
            (".rodata", 0x10008, 3, SectionKind::ReadOnly),
            (".data", 0x10010, 4, SectionKind::Data),
            (".bss", 0x10014, 32, SectionKind::Bss),
        ]
    );
    assert_eq!(back.symbols["_start"].size, 8);
}

#[test]
fn loads_real_ld_output() {
    let bytes = std::fs::read(data_dir().join("layout.elf")).unwrap();
    let img = Image::from_elf(&bytes).unwrap();
    assert_eq!(img.entry, 0x10004);
    assert_eq!(img.to_flat_binary(), std::fs::read(data_dir().join("layout.bin")).unwrap());
    assert_eq!(img.symbol("bss_buf"), Some(0x10060));
    assert_eq!(img.symbol("table"), Some(0x10048));
    // Our own assembly of the same source gives the same bytes and symbols.
    let ours = Assembler::new().assemble_file(data_dir().join("layout.s")).unwrap().image;
    assert_eq!(ours.to_flat_binary(), img.to_flat_binary());
    for (name, s) in &img.symbols {
        assert_eq!(ours.symbol(name), Some(s.value), "{name}");
    }
}

fn write_temp(name: &str, bytes: &[u8]) -> PathBuf {
    let p = std::env::temp_dir().join(format!("tlbvisor-{}-{name}", std::process::id()));
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn objdump_disassembles_our_elf() {
    let Some(objdump) = support::tool("powerpc-linux-gnu-objdump", "TLBVISOR_REQUIRE_BINUTILS") else {
        return;
    };
    let img = Assembler::new().assemble_str("p.s", PROGRAM).unwrap().image;
    let path = write_temp("objdump.elf", &img.to_elf());
    let out = Command::new(objdump).arg("-d").arg(&path).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(text.contains("file format elf32-powerpc"), "{text}");
    assert!(text.contains("00010000 <_start>:"), "{text}");
    assert!(text.contains("10000:\t38 60 00 01 \tli      r3,1"), "{text}");
    assert!(text.contains("10004:\t48 00 00 00 \tb       10004 <_start+0x4>"), "{text}");

    let readelf =
        support::tool("powerpc-linux-gnu-readelf", "TLBVISOR_REQUIRE_BINUTILS").expect("comes with objdump");
    let out = Command::new(readelf).args(["-h", "-l", "-s", "-W"]).arg(&path).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success() && out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        text.contains("EXEC (Executable file)") && text.contains("PowerPC") && text.contains("big endian"),
        "{text}"
    );
    assert!(text.contains("Entry point address:               0x10000"), "{text}");
    // p_paddr = p_vaddr, .bss as memsz > filesz.
    assert!(text.contains("0x00010000 0x00010000 0x00008 0x00008 R E 0x4"), "{text}");
    assert!(text.contains("0x00010014 0x00010014 0x00000 0x00020 RW  0x4"), "{text}");
    assert!(text.contains("FUNC    GLOBAL DEFAULT    1 _start"), "{text}");
    let _ = std::fs::remove_file(path);
}

#[test]
fn qemu_runs_our_elf() {
    let Some(qemu) = support::tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU") else { return };
    let img = Assembler::new().assemble_str("p.s", PROGRAM).unwrap().image;
    let elf = write_temp("qemu.elf", &img.to_elf());
    let log = std::env::temp_dir().join(format!("tlbvisor-{}-qemu.log", std::process::id()));
    let _ = std::fs::remove_file(&log);
    let mut child = Command::new(&qemu)
        .args([
            "-M",
            "ppce500",
            "-cpu",
            "e500v2",
            "-nographic",
            "-display",
            "none",
            "-serial",
            "null",
            "-monitor",
            "none",
            // The default NIC (virtio-net-pci) needs a boot ROM that not every QEMU install has.
            "-nic",
            "none",
        ])
        .args(["-d", "in_asm", "-D"])
        .arg(&log)
        .arg("-kernel")
        .arg(&elf)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut seen = String::new();
    for _ in 0..100 {
        std::thread::sleep(std::time::Duration::from_millis(100));
        seen = std::fs::read_to_string(&log).unwrap_or_default();
        if seen.contains("0x00010004:") {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_file(&elf);
    let _ = std::fs::remove_file(&log);
    // QEMU loaded the PT_LOAD segments and started at the entry point.
    assert!(seen.contains("0x00010000:  38600001"), "{seen}");
    assert!(seen.contains("0x00010004:  48000000"), "{seen}");
}
