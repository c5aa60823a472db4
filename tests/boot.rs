//! QEMU's boot contract (docs/boot.md): ELF segments at their physical addresses, the generated
//! device tree compared node by node with the one QEMU 7.2 dumps, the registers at entry
//! compared with QEMU's, and the boot options' errors.
//!
//! QEMU's trees and entry registers are recorded in `tests/data/boot/`, so the comparisons run
//! without QEMU. With `qemu-system-ppc` (and `dtc`) installed, QEMU is run again and a recording
//! that no longer matches fails (`TLBVISOR_RECORD=1` rewrites them); `TLBVISOR_REQUIRE_QEMU=1`
//! makes missing tools a failure.

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
use std::process::{Command, Stdio};

use support::{output, recording, root, tool};
use tlbvisor::asm::Assembler;
use tlbvisor::image::Image;
use tlbvisor::session::{Mode, Payload, Session};

const UBOOT: &str = "/usr/lib/u-boot/qemu-ppce500/uboot.elf";

/// A scratch folder for this test process.
fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("tlbvisor-boot-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn data(name: &str) -> PathBuf {
    root().join("tests/data/boot").join(name)
}

/// A kernel-style program: linked at 0xc0000000 (its symbols and `e_entry`), loaded at
/// physical `load` (`p_paddr`), as a Linux vmlinux is. It sets r4 from the data word it reads
/// through the initial identity mapping at its physical address, then halts.
fn kernel_image(load: u32) -> Image {
    let src = format!(
        "
        .text
        .globl _start
_start: lis r5, {load:#x}@h
        ori r5, r5, {load:#x}@l
        lwz r4, (value - _start)(r5)
done:   b done
        .data
value:  .long 0x5eed1234
        .bss
        .space 0x3000
"
    );
    let mut img = Assembler::new().base(0xc000_0000).assemble_str("k.s", &src).unwrap().image;
    for s in &mut img.sections {
        s.lma = s.addr - 0xc000_0000 + load;
    }
    img
}

/// A file whose bytes do not repeat in short cycles (an initrd stand-in).
fn initrd_bytes() -> Vec<u8> {
    let mut x = 0x1234_5678u32;
    (0..100_013)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x as u8
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The device tree, node by node.

/// A device tree in `dtc -O dts` form: node path -> its properties in order (name, value text).
type Tree = BTreeMap<String, Vec<(String, String)>>;

/// Parses `dtc -I dtb -O dts` output (one property or node bracket per line).
fn parse_dts(text: &str) -> (Tree, Vec<String>) {
    let mut tree = Tree::new();
    let mut order = Vec::new();
    let mut path: Vec<String> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with("/dts-v1/") {
            continue;
        }
        if let Some(name) = line.strip_suffix(" {") {
            path.push(if name == "/" { String::new() } else { name.to_string() });
            let p = if path.len() == 1 { "/".to_string() } else { path.join("/") };
            order.push(p.clone());
            tree.insert(p, Vec::new());
        } else if line == "};" {
            path.pop();
        } else {
            let p = if path.len() == 1 { "/".to_string() } else { path.join("/") };
            let prop = line.trim_end_matches(';');
            let (name, value) = prop.split_once(" = ").unwrap_or((prop, ""));
            tree.get_mut(&p).expect("property inside a node").push((name.to_string(), value.to_string()));
        }
    }
    (tree, order)
}

/// The differences allowed between QEMU's tree and tlbvisor's, each justified in docs/boot.md
/// "Where the tree differs from QEMU's": QEMU adds 32 random bytes as `/chosen/rng-seed` on
/// every run; tlbvisor is deterministic and leaves the property out.
const ALLOWED_ONLY_IN_QEMU: &[(&str, &str)] = &[("/chosen", "rng-seed")];

/// Compares two trees node by node; returns every difference that is not allowed.
fn tree_differences(qemu: &str, ours: &str) -> Vec<String> {
    let (mut q, q_order) = parse_dts(qemu);
    let (o, o_order) = parse_dts(ours);
    for (node, prop) in ALLOWED_ONLY_IN_QEMU {
        if let Some(props) = q.get_mut(*node) {
            props.retain(|(n, _)| n != prop);
        }
    }
    let mut diffs = Vec::new();
    if q_order != o_order {
        diffs.push(format!("node order: QEMU {q_order:?}\n  ours {o_order:?}"));
    }
    for (node, qp) in &q {
        match o.get(node) {
            None => diffs.push(format!("{node}: only in QEMU's tree")),
            Some(op) if op != qp => diffs.push(format!("{node}:\n  QEMU {qp:?}\n  ours {op:?}")),
            Some(_) => {}
        }
    }
    diffs.extend(o.keys().filter(|n| !q.contains_key(*n)).map(|n| format!("{n}: only in ours")));
    diffs
}

/// `dtc -I dtb -O dts FILE`.
fn dts(dtc: &Path, dtb: &Path) -> String {
    let out = Command::new(dtc).args(["-q", "-I", "dtb", "-O", "dts"]).arg(dtb).output().unwrap();
    assert!(out.status.success(), "dtc {}: {}", dtb.display(), String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// The text of `dts` with the one line that changes on every QEMU run masked.
fn mask_seed(dts: &str) -> String {
    dts.lines()
        .map(|l| if l.trim_start().starts_with("rng-seed = ") { "\t\trng-seed = <masked>;" } else { l })
        .collect::<Vec<_>>()
        .join("\n")
}

/// One comparison: the program and options given to both machines.
struct TreeCase {
    name: &'static str,
    program: PathBuf,
    /// tlbvisor's options.
    ours: Vec<String>,
    /// QEMU's options (besides `-M ppce500,dumpdtb=...`).
    qemu: Vec<String>,
}

fn tree_cases(dir: &Path) -> Vec<TreeCase> {
    let kernel = dir.join("kernel.elf");
    std::fs::write(&kernel, kernel_image(0).to_elf()).unwrap();
    let initrd = dir.join("initrd.img");
    std::fs::write(&initrd, initrd_bytes()).unwrap();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    let (k, i) = (kernel.display().to_string(), initrd.display().to_string());
    let bootargs = "console=ttyS0,115200 rdinit=/init";
    vec![
        TreeCase {
            name: "uboot",
            program: UBOOT.into(),
            ours: vec![],
            qemu: s(&["-cpu", "e500v2", "-m", "128", "-bios", UBOOT]),
        },
        TreeCase {
            name: "kernel",
            program: kernel.clone(),
            ours: s(&["--payload", "kernel", "--append", bootargs, "--initrd", &i]),
            qemu: s(&["-cpu", "e500v2", "-m", "128", "-kernel", &k, "-append", bootargs, "-initrd", &i]),
        },
        TreeCase {
            name: "kernel-e500mc-256m",
            program: kernel,
            ours: s(&["--payload", "kernel", "--cpu", "e500mc", "--ram", "256M"]),
            qemu: s(&["-cpu", "e500mc", "-m", "256", "-kernel", &k]),
        },
    ]
}

/// QEMU's tree for a case, dumped live.
fn qemu_dts(qemu: &Path, dtc: &Path, dir: &Path, case: &TreeCase) -> String {
    let out = dir.join(format!("{}.qemu.dtb", case.name));
    let status = Command::new(qemu)
        .arg("-M")
        .arg(format!("ppce500,dumpdtb={}", out.display()))
        .args(["-nographic", "-nic", "none"])
        .args(&case.qemu)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "QEMU dumpdtb for {}", case.name);
    // QEMU's dump is its whole 1 MiB buffer, as ours is.
    assert_eq!(std::fs::metadata(&out).unwrap().len(), 0x10_0000, "{}", case.name);
    dts(dtc, &out)
}

#[test]
fn dumped_tree_matches_qemu_node_by_node() {
    if !Path::new(UBOOT).is_file() {
        assert!(
            std::env::var("TLBVISOR_REQUIRE_QEMU").as_deref() != Ok("1"),
            "{UBOOT} (package u-boot-qemu) is required with TLBVISOR_REQUIRE_QEMU=1"
        );
        eprintln!("note: {UBOOT} not installed (package u-boot-qemu); tree comparison skipped");
        return;
    }
    let Some(dtc) = tool("dtc", "TLBVISOR_REQUIRE_QEMU") else { return };
    let qemu = tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU");
    let dir = scratch("dtb");
    for case in tree_cases(&dir) {
        let recorded_path = data(&format!("{}.qemu.dts", case.name));
        if let Some(qemu) = &qemu {
            let live = qemu_dts(qemu, &dtc, &dir, &case);
            if recording() {
                std::fs::create_dir_all(recorded_path.parent().unwrap()).unwrap();
                std::fs::write(&recorded_path, &live).unwrap();
            }
            let recorded = std::fs::read_to_string(&recorded_path).unwrap_or_default();
            assert_eq!(
                mask_seed(&live),
                mask_seed(&recorded),
                "{} is stale: run with TLBVISOR_RECORD=1",
                recorded_path.display()
            );
        }
        let recorded = std::fs::read_to_string(&recorded_path)
            .unwrap_or_else(|e| panic!("{}: {e}", recorded_path.display()));
        let ours_dtb = dir.join(format!("{}.ours.dtb", case.name));
        let mut args = vec!["run".to_string(), case.program.display().to_string()];
        args.extend(case.ours.iter().cloned());
        args.extend(["--dumpdtb".to_string(), ours_dtb.display().to_string()]);
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, stdout, stderr) = output(&args);
        assert_eq!(code, Some(0), "{}: {stderr}", case.name);
        assert_eq!(stdout, "", "--dumpdtb does not run the program");
        assert_eq!(std::fs::metadata(&ours_dtb).unwrap().len(), 0x10_0000);
        let ours = dts(&dtc, &ours_dtb);
        let diffs = tree_differences(&recorded, &ours);
        assert!(diffs.is_empty(), "{}: the trees differ:\n{}", case.name, diffs.join("\n"));
        // The comparison sees a real difference: a changed command line is one.
        if case.name == "kernel" {
            let changed = ours.replace("rdinit=/init", "rdinit=/sbin/init");
            assert_eq!(tree_differences(&recorded, &changed).len(), 1);
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A Linux `vmlinux` named by `TLBVISOR_VMLINUX` (e.g. the path `tools/guests/build-linux.sh`
/// prints): its tree, as `--payload kernel --append ... --initrd ...` makes it, against the one
/// QEMU dumps for `-kernel vmlinux` with the same options, live (the kernel is built locally, so
/// there is no recording).
#[test]
fn vmlinux_tree_matches_qemu_live() {
    let Some(vmlinux) = std::env::var_os("TLBVISOR_VMLINUX").map(PathBuf::from) else {
        eprintln!("note: TLBVISOR_VMLINUX not set; the vmlinux tree comparison skipped");
        return;
    };
    let (Some(dtc), Some(qemu)) =
        (tool("dtc", "TLBVISOR_REQUIRE_QEMU"), tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU"))
    else {
        return;
    };
    let dir = scratch("vmlinux");
    let initrd = dir.join("initrd.img");
    std::fs::write(&initrd, initrd_bytes()).unwrap();
    let (v, i) = (vmlinux.display().to_string(), initrd.display().to_string());
    let bootargs = "console=ttyS0 rdinit=/init";
    let case = TreeCase {
        name: "vmlinux",
        program: vmlinux.clone(),
        ours: ["--payload", "kernel", "--append", bootargs, "--initrd", &i].map(String::from).to_vec(),
        qemu: ["-cpu", "e500v2", "-m", "128", "-kernel", &v, "-append", bootargs, "-initrd", &i]
            .map(String::from)
            .to_vec(),
    };
    let theirs = qemu_dts(&qemu, &dtc, &dir, &case);
    let ours_dtb = dir.join("vmlinux.ours.dtb");
    let mut args = vec!["run".to_string(), v.clone()];
    args.extend(case.ours.iter().cloned());
    args.extend(["--dumpdtb".to_string(), ours_dtb.display().to_string()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, _, stderr) = output(&args);
    assert_eq!(code, Some(0), "{stderr}");
    let diffs = tree_differences(&theirs, &dts(&dtc, &ours_dtb));
    assert!(diffs.is_empty(), "the trees differ:\n{}", diffs.join("\n"));
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// Registers at entry, against QEMU's `info registers`.

/// QEMU's registers at entry (stopped before the first instruction) and the device tree header
/// at r3, through the monitor.
fn qemu_entry_state(qemu: &Path, args: &[String]) -> String {
    let args: Vec<&std::ffi::OsStr> =
        ["-S"].iter().map(std::ffi::OsStr::new).chain(args.iter().map(std::ffi::OsStr::new)).collect();
    support::qemu_monitor(
        qemu,
        &args,
        std::time::Duration::ZERO,
        "info registers\ninfo tlb\nxp /2wx 0x2700000\nxp /2wx 0x1800000\n",
    )
}

/// The registers of QEMU's `info registers` compared at entry (besides the GPRs). MMUCFG and
/// TLB1CFG are left out: they differ on purpose (src/compat.rs).
const ENTRY_SPRS: &[&str] = &[
    "NIP", "MSR", "LR", "CTR", "XER", "CR", "SRR0", "SRR1", "PVR", "SPRG0", "SPRG1", "SPRG2", "SPRG3",
    "SPRG4", "SPRG5", "SPRG6", "SPRG7", "CSRR0", "CSRR1", "MCSRR0", "MCSRR1", "TCR", "TSR", "ESR", "DEAR",
    "IVPR", "PID1", "PID2", "MAS0", "MAS1", "MAS2", "MAS3", "MAS4", "MAS6", "MAS7", "PID", "TLB0CFG", "HID0",
];

/// The values a recording states: `NAME value` pairs from `info registers` (GPRnn rows give
/// four registers each), `TLB1[0]` from `info tlb`, and `RAM[addr]` from `xp`.
fn parse_entry_state(text: &str) -> BTreeMap<String, u64> {
    let mut v = BTreeMap::new();
    let hex = |s: &str| u64::from_str_radix(s.trim_start_matches("0x"), 16).ok();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let Some(first) = words.first() {
            if let Some(n) = first.strip_prefix("GPR").and_then(|n| n.parse::<usize>().ok()) {
                for (i, w) in words[1..].iter().enumerate() {
                    v.insert(format!("r{}", n + i), hex(w).unwrap());
                }
                continue;
            }
            if first.ends_with(':') && first.len() == 17 {
                // xp: "0000000002700000: 0xd00dfeed 0x00100000"
                let addr = hex(first.trim_end_matches(':')).unwrap();
                for (i, w) in words[1..].iter().enumerate() {
                    v.insert(format!("RAM[{:#x}]", addr + 4 * i as u64), hex(w).unwrap());
                }
                continue;
            }
            if first.starts_with("0x") && words.len() >= 3 {
                // info tlb: "0x0000000000000000 0x0000000000000000  64M ..."
                let size = words[2].trim_end_matches('M').parse::<u64>().unwrap() << 20;
                v.insert("TLB1[0].size".into(), size);
                v.insert("TLB1[0].epn".into(), hex(words[0]).unwrap());
                v.insert("TLB1[0].rpn".into(), hex(words[1]).unwrap());
                continue;
            }
        }
        for pair in words.chunks(2) {
            if let [name, value] = pair
                && ENTRY_SPRS.contains(name)
                && let Some(x) = hex(value)
            {
                v.insert((*name).to_string(), x);
            }
        }
    }
    v
}

/// tlbvisor's state at entry in the same names.
fn our_entry_state(s: &Session, names: &BTreeMap<String, u64>) -> BTreeMap<String, u64> {
    let r = s.registers();
    let tlb = s.tlb_entry(1, 0).expect("TLB1[0] is valid at entry");
    names
        .keys()
        .map(|k| {
            let x = match k.as_str() {
                "NIP" => u64::from(r.pc),
                "MSR" => u64::from(r.msr),
                "LR" => u64::from(r.lr),
                "CTR" => u64::from(r.ctr),
                "XER" => u64::from(r.xer),
                "CR" => u64::from(r.cr),
                "TLB1[0].size" => tlb.size,
                "TLB1[0].epn" => u64::from(tlb.epn),
                "TLB1[0].rpn" => tlb.rpn,
                k if k.starts_with("RAM[") => {
                    let a = u64::from_str_radix(&k[6..k.len() - 1], 16).unwrap();
                    u64::from(s.read_u32(a).unwrap())
                }
                k if k.starts_with('r') => u64::from(r.gpr[k[1..].parse::<usize>().unwrap()]),
                k => u64::from(s.spr(k).unwrap()),
            };
            (k.clone(), x)
        })
        .collect()
}

#[test]
fn entry_registers_match_qemu() {
    let qemu = tool("qemu-system-ppc", "TLBVISOR_REQUIRE_QEMU");
    let dir = scratch("regs");
    let kernel = dir.join("kernel.elf");
    std::fs::write(&kernel, kernel_image(0).to_elf()).unwrap();
    let mut cases: Vec<(&str, PathBuf, Vec<String>)> =
        vec![("kernel", kernel.clone(), vec!["-kernel".into(), kernel.display().to_string()])];
    if Path::new(UBOOT).is_file() {
        cases.push(("uboot", UBOOT.into(), vec!["-bios".into(), UBOOT.into()]));
    } else {
        assert!(std::env::var("TLBVISOR_REQUIRE_QEMU").as_deref() != Ok("1"), "{UBOOT} is required");
        eprintln!("note: {UBOOT} not installed (package u-boot-qemu); its entry state skipped");
    }
    for (name, program, args) in cases {
        let path = data(&format!("{name}-entry.qemu.txt"));
        if let Some(qemu) = &qemu {
            let live = qemu_entry_state(qemu, &args);
            if recording() {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                std::fs::write(&path, &live).unwrap();
            }
            let recorded = std::fs::read_to_string(&path).unwrap_or_default();
            assert_eq!(live, recorded, "{} is stale: run with TLBVISOR_RECORD=1", path.display());
        }
        let want = parse_entry_state(&std::fs::read_to_string(&path).unwrap());
        // The recording states what matters: PC, MSR, the GPRs, the mapping, the tree's header.
        for k in ENTRY_SPRS.iter().copied().chain(["r1", "r3", "r6", "r7", "r31", "TLB1[0].size"]) {
            assert!(want.contains_key(k), "{name}: {k} missing from {}", path.display());
        }
        let dt = want["r3"];
        // Only the header words at the tree's own address are compared (the other address
        // `xp` read is plain RAM on one of the two machines).
        let want: BTreeMap<String, u64> = want
            .into_iter()
            .filter(|(k, _)| {
                !k.starts_with("RAM[") || k == &format!("RAM[{dt:#x}]") || k == &format!("RAM[{:#x}]", dt + 4)
            })
            .collect();
        for mode in [Mode::Bare, Mode::Virt] {
            let payload = if name == "kernel" { Payload::Kernel } else { Payload::Firmware };
            let s = Session::from_file(&program).mode(mode).payload(payload).build().unwrap();
            assert_eq!(our_entry_state(&s, &want), want, "{name} {mode:?}");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// Loading by physical address.

#[test]
fn elf_segments_load_at_their_physical_address() {
    let load = 0x2_0000;
    let img = kernel_image(load);
    let value_va = img.symbol("value").unwrap();
    assert_eq!((img.entry, img.load_entry()), (0xc000_0000, load));
    for mode in [Mode::Bare, Mode::Virt] {
        let mut s = Session::from_image(img.clone()).mode(mode).build().unwrap();
        assert_eq!(s.pc(), load, "{mode:?}: entry translated like QEMU's loader");
        let data_pa = u64::from(value_va - 0xc000_0000 + load);
        assert_eq!(s.read_u32(data_pa).unwrap(), 0x5eed_1234, "{mode:?}: .data at its p_paddr");
        // The payload is 0x10 bytes of code, 4 of data and 0x3000 of .bss from `load`: the tree
        // goes at (0x20000 + 0x3014 + 0x1800000) & !0xfffff.
        assert_eq!(s.gpr(3).unwrap(), 0x0180_0000);
        assert_eq!(s.read_u32(0x0180_0000).unwrap(), 0xd00d_feed, "{mode:?}: the tree at r3");
        assert_eq!(s.read_bytes(0x0180_0000, 0x2000).unwrap(), s.boot().dtb[..0x2000].to_vec());
        s.run();
        assert_eq!((s.pc(), s.gpr(4).unwrap()), (load + 0xc, 0x5eed_1234), "{mode:?}");
    }
    // Through the CLI, from an ELF file whose p_vaddr differs from its p_paddr.
    let dir = scratch("paddr");
    let elf = dir.join("k.elf");
    std::fs::write(&elf, img.to_elf()).unwrap();
    let (code, out, err) = output(&["run", elf.to_str().unwrap(), "--json"]);
    assert_eq!(code, Some(0), "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        (v["pc"].as_u64(), v["gpr"][4].as_u64()),
        (Some(u64::from(load + 0xc)), Some(0x5eed_1234)),
        "{out}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_entry_moves_only_with_an_executable_segment_holding_it() {
    let mut img = kernel_image(0x2_0000);
    // Entry in the (writable, non-executable) .data segment: QEMU leaves it untranslated.
    img.entry = img.symbol("value").unwrap();
    assert_eq!(img.load_entry(), img.entry);
    // Entry in the .bss part past the file contents: untranslated too.
    img.entry = img.section(".bss").unwrap().addr + 0x10;
    assert_eq!(img.load_entry(), img.entry);
    // p_vaddr = p_paddr: nothing moves.
    let flat = Assembler::new().assemble_str("f.s", "_start: b _start\n").unwrap().image;
    assert_eq!(flat.load_entry(), 0x10000);
}

#[test]
fn initrd_and_bootargs_reach_ram_and_chosen() {
    let dir = scratch("initrd");
    let initrd = dir.join("initrd.img");
    let bytes = initrd_bytes();
    std::fs::write(&initrd, &bytes).unwrap();
    for mode in [Mode::Bare, Mode::Virt] {
        let s = Session::from_image(kernel_image(0))
            .mode(mode)
            .initrd(&initrd)
            .append("console=ttyS0")
            .build()
            .unwrap();
        // QEMU: (max(payload end, 32 MiB) + 32 MiB) & !(16 MiB - 1) = 0x4000000.
        let (base, placed) = s.boot().initrd.clone().unwrap();
        assert_eq!(base, 0x400_0000);
        assert_eq!(placed, bytes);
        assert_eq!(s.read_bytes(base, bytes.len()).unwrap(), bytes, "{mode:?}");
        // The tree in RAM carries the command line (its /chosen is compared with QEMU's in
        // `dumped_tree_matches_qemu_node_by_node`).
        let r3 = u64::from(s.gpr(3).unwrap());
        let tree = s.read_bytes(r3, 0x2000).unwrap();
        assert!(tree.windows(14).any(|w| w == b"console=ttyS0\0"), "{mode:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

// ---------------------------------------------------------------------------------------------
// Bad input: exit 2, the file named.

#[test]
fn boot_option_errors_exit_2() {
    let dir = scratch("errors");
    let prog = support::fixture_path("alu_add_carry");
    let junk = dir.join("junk.dtb");
    std::fs::write(&junk, b"definitely not a device tree blob").unwrap();
    let big = dir.join("big.img");
    std::fs::write(&big, vec![0u8; 1 << 20]).unwrap();
    let rel = dir.join("rel.o");
    let mut bytes = kernel_image(0).to_elf();
    bytes[16..18].copy_from_slice(&1u16.to_be_bytes()); // e_type = ET_REL
    std::fs::write(&rel, bytes).unwrap();
    let empty = dir.join("empty.elf");
    std::fs::write(&empty, Image::default().to_elf()).unwrap();
    let missing = dir.join("missing.bin");
    let (j, b, r, e, m) = (
        junk.to_str().unwrap(),
        big.to_str().unwrap(),
        rel.to_str().unwrap(),
        empty.to_str().unwrap(),
        missing.to_str().unwrap(),
    );
    let cases: Vec<(Vec<&str>, String)> = vec![
        (vec!["run", &prog, "--dtb", m], format!("--dtb {m}: cannot read")),
        (vec!["run", &prog, "--dtb", j], format!("--dtb {j}: not a device tree blob: magic 0x64656669")),
        (vec!["run", &prog, "--initrd", m], format!("--initrd {m}: cannot read")),
        (vec!["explain", &prog, "--initrd", m], format!("--initrd {m}: cannot read")),
        // 64 MiB of RAM: the initrd would start at 64 MiB.
        (
            vec!["run", &prog, "--ram", "64M", "--initrd", b],
            "the initrd at 0x4000000..0x4100000 does not fit in RAM".into(),
        ),
        // 16 MiB: the tree asked for (bootargs) cannot be placed at 0x1800000.
        (
            vec!["run", &prog, "--ram", "16M", "--append", "x"],
            "the device tree at 0x1800000..0x2000000 does not fit".into(),
        ),
        (vec!["run", r], "ELF type is 1 (a relocatable object)".into()),
        (vec!["run", e], "no PT_LOAD segment".into()),
        (
            vec!["run", &prog, "--dumpdtb", "/nonexistent/dir/x.dtb"],
            "--dumpdtb /nonexistent/dir/x.dtb: cannot write".into(),
        ),
    ];
    for (args, want) in cases {
        let (code, _, err) = output(&args);
        assert_eq!(code, Some(2), "{args:?}: {err}");
        assert!(err.contains(&want), "{args:?}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // A valid blob of one's own is passed as given (grown as QEMU grows it), at r3.
    let own = dir.join("own.dtb");
    let (code, _, err) = output(&["run", &prog, "--dumpdtb", own.to_str().unwrap(), "--append", "mine"]);
    assert_eq!(code, Some(0), "{err}");
    let raw = std::fs::read(&own).unwrap();
    let small = dir.join("small.dtb");
    let total = u32::from_be_bytes(raw[4..8].try_into().unwrap()) as usize;
    assert_eq!(total, 0x10_0000);
    // Trim the free space, as a tree compiled by dtc would come.
    let used = 0x2000.min(total);
    let mut trimmed = raw[..used].to_vec();
    trimmed[4..8].copy_from_slice(&(used as u32).to_be_bytes());
    std::fs::write(&small, &trimmed).unwrap();
    let s = Session::from_file(&prog).dtb(&small).build().unwrap();
    let r3 = u64::from(s.gpr(3).unwrap());
    assert_eq!(s.read_u32(r3 + 4).unwrap() as usize, (used + 10_000) * 2);
    assert_eq!(s.read_bytes(r3 + 8, used - 8).unwrap(), trimmed[8..].to_vec());
    let _ = std::fs::remove_dir_all(&dir);
}

/// Less RAM than QEMU's entry state assumes (the manual profile takes it): the run goes on with
/// QEMU's registers (r1 just below 16 MiB, r3 the tree's address), and the warnings say which of
/// them point past RAM.
#[test]
fn small_ram_warns_of_the_stack_and_the_tree_it_cannot_hold() {
    let prog = support::fixture_path("alu_add_carry");
    let (code, out, err) = support::output(&["run", &prog, "--ram", "1M"]);
    assert_eq!(code, Some(0), "{out}{err}");
    assert!(
        err.contains("RAM ends below the entry stack pointer") && err.contains("r1=0xfffff8 ram=0x100000"),
        "{err}"
    );
    assert!(
        err.contains("none passed (r3 still holds its address") && err.contains("dt_base=0x1800000"),
        "{err}"
    );
    assert!(out.contains("r1  00fffff8"), "{out}");
    // 16 MiB holds the stack: no word of it.
    let (_, _, err) = support::output(&["run", &prog, "--ram", "16M"]);
    assert!(!err.contains("stack pointer"), "{err}");
}
