//! The hypervisor's work for a real kernel: the project's Linux 6.1 guest (docs/linux-guest.md)
//! under `--mode virt`.
//!
//! * `explain` narrates one real TLB refill by Linux's data TLB error handler; the instructions
//!   that must trap are derived from the handler's own code (`powerpc-linux-gnu-objdump -d -M e500`
//!   of the vmlinux), the MAS words from the architecture's preload and what the handler writes.
//! * The guest and host TLB at `start_kernel` and at init's first instruction, as snapshots
//!   (tests/snapshots/linux_mission__*.snap), with the values checked here against Linux's MMU
//!   set-up; then the rest of the boot and its exit and shadow statistics.
//!
//! The guest comes from `TLBVISOR_LINUX_GUEST` (or the guest cache); without it the tests skip
//! with a note, unless `TLBVISOR_REQUIRE_GUESTS=1`.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use support::linux_guest;

use std::collections::BTreeSet;

use tlbvisor::isa::Op;
use tlbvisor::session::{Mode, Session, Status, Stop};

/// Linux's kernel base (PAGE_OFFSET, `CONFIG_KERNEL_START`): the handler's user/kernel split.
const PAGE_OFFSET: u32 = 0xc000_0000;
/// Guest RAM, as the machine's default `--ram` gives it (README, docs/boot.md).
const RAM: u64 = 128 << 20;
/// Where contiguous backing puts guest RAM in host-physical space (README).
const BACKING: u64 = 0x1_0000_0000;

/// Whether the instruction word is privileged in Book E (E500RM's instruction tables): `mfspr`
/// and `mtspr` of an SPR whose number has the 0x10 bit set (the architecture's privileged
/// SPR range), the MSR moves, the TLB instructions and `rfi`.
fn privileged(w: u32) -> bool {
    let xo = (w >> 1) & 0x3ff;
    match w >> 26 {
        31 => match xo {
            339 | 467 => (((w >> 16) & 0x1f) | (((w >> 11) & 0x1f) << 5)) & 0x10 != 0,
            83 | 146 | 131 | 163 | 978 | 946 | 914 | 786 => true,
            _ => false,
        },
        19 => xo == 50,
        _ => false,
    }
}

/// One disassembled instruction: address, word, text (mnemonic and operands, blanks collapsed).
type Insn = (u32, u32, String);

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `objdump -d -M e500` of `[start, stop)` of the vmlinux.
fn objdump(objdump: &std::path::Path, vmlinux: &std::path::Path, start: u32, stop: u32) -> Vec<Insn> {
    let text = support::run(std::process::Command::new(objdump).args([
        "-d",
        "-M",
        "e500",
        &format!("--start-address={start:#x}"),
        &format!("--stop-address={stop:#x}"),
        &vmlinux.display().to_string(),
    ]));
    text.lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            let addr = u32::from_str_radix(f.next()?.trim().strip_suffix(':')?, 16).ok()?;
            let bytes: Vec<u8> = f
                .next()?
                .split_whitespace()
                .map(|b| u8::from_str_radix(b, 16))
                .collect::<Result<_, _>>()
                .ok()?;
            let word = u32::from_be_bytes(bytes.try_into().ok()?);
            Some((addr, word, squash(f.next()?)))
        })
        .collect()
}

/// The privileged instructions Linux's data TLB error handler executes for a refill of a user
/// page taken in user state, read off its code (Linux 6.1 head_85xx.S, as compiled in the
/// vmlinux):
/// * the prologue runs from `DataTLBError` to its `blt cr5,...`: it saves registers through
///   SPRG0/SPRG3, reads SRR1 and, the interrupt having come from user state (SRR1[PR] = 1: its
///   `beq` is not taken), writes BUCSR (SPR 1013) to flush the branch predictor; then it reads
///   DEAR and compares it with PAGE_OFFSET;
/// * a user address takes that `blt` to the user path (the kernel path between the two, which
///   clears MAS1[TID] for a kernel page, is skipped), which reads the page directory from the
///   thread (SPRG3) and ESR, walks the page table and, the PTE being present with the rights
///   asked for, branches to `finish_tlb_load`;
/// * `finish_tlb_load` runs straight through: MAS3 and MAS7 from the PTE, MAS2's WIMGE, `tlbwe`,
///   the registers restored, `rfi`.
fn refill_path(objdump_path: &std::path::Path, vmlinux: &std::path::Path, s: &Session) -> Vec<Insn> {
    let sym = |n: &str| s.symbol(n).unwrap_or_else(|| panic!("the vmlinux has no `{n}`"));
    let (handler, finish) = (sym("DataTLBError"), sym("finish_tlb_load"));
    let code = objdump(objdump_path, vmlinux, handler, sym("InstructionTLBError"));
    // `blt- cr5,TARGET <DataTLBError+0x..>` (objdump shows the static prediction hint).
    let blt = code
        .iter()
        .position(|i| i.2.starts_with("blt") && i.2.contains(" cr5,"))
        .expect("the handler's PAGE_OFFSET test");
    let operand = code[blt].2.split_once(" cr5,").unwrap().1;
    let target = u32::from_str_radix(operand.split(' ').next().unwrap(), 16).unwrap();
    let user = code.iter().position(|i| i.0 == target).expect("the user path");
    let to_finish = code[user..]
        .iter()
        .position(|i| i.2.starts_with("b ") && i.2.ends_with("<finish_tlb_load>"))
        .map(|k| user + k)
        .expect("the branch to finish_tlb_load");
    let tail = objdump(objdump_path, vmlinux, finish, finish + 0x100);
    let rfi = tail.iter().position(|i| i.2 == "rfi").expect("finish_tlb_load's rfi");
    code[..=blt]
        .iter()
        .chain(&code[user..=to_finish])
        .chain(&tail[..=rfi])
        .filter(|i| privileged(i.1))
        .cloned()
        .collect()
}

/// The hex number after `key` in `text`.
fn hex_after(text: &str, key: &str) -> u32 {
    let at = text.find(key).unwrap_or_else(|| panic!("no `{key}` in:\n{text}")) + key.len();
    let digits: String =
        text[at..].trim_start_matches("0x").chars().take_while(char::is_ascii_hexdigit).collect();
    u32::from_str_radix(&digits, 16)
        .unwrap_or_else(|_| panic!("`{key}` not followed by a number in:\n{text}"))
}

#[test]
fn explain_narrates_a_real_refill_by_linuxs_handler() {
    let Some((vmlinux, init)) = linux_guest::linux_guest() else { return };
    let Some(objdump_path) = support::tool("powerpc-linux-gnu-objdump", "TLBVISOR_REQUIRE_BINUTILS") else {
        return;
    };
    let s = Session::from_file(&vmlinux).mode(Mode::Virt).build().expect("the vmlinux loads");
    let path = refill_path(&objdump_path, &vmlinux, &s);
    let entry = linux_guest::elf_entry(&init);
    // From init's first instruction to its first line of output: the first refills of its pages.
    let (code, out, err) = support::output(&[
        "explain",
        &vmlinux.display().to_string(),
        "--mode",
        "virt",
        "--from",
        &format!("{entry:#x}"),
        "--limit",
        "400",
        "--until-console",
        "pid 1",
        "--no-color",
    ]);
    assert_eq!(code, Some(0), "explain failed:\n{err}\n{out}");
    let paragraphs: Vec<&str> = out.split("\n\n").collect();
    // The first data TLB error from user state that the handler answers with a refill (an
    // earlier one may find no PTE yet and go on to the page fault path instead).
    let refill = paragraphs
        .iter()
        .enumerate()
        .filter(|(_, p)| p.contains("data TLB error (IVOR13) delivered into the guest"))
        .map(|(k, _)| k)
        .find(|&k| {
            paragraphs[k + 1..]
                .iter()
                .take_while(|p| !p.contains("delivered into the guest"))
                .any(|p| p.lines().next().is_some_and(|h| h.ends_with(" tlbwe")))
        })
        .expect("a refill of a user page in the narrative");
    let miss = paragraphs[refill];
    let (dear, srr0, srr1) = (hex_after(miss, "DEAR "), hex_after(miss, "SRR0 "), hex_after(miss, "SRR1 "));
    assert!(dear < PAGE_OFFSET && srr1 & 0x4000 != 0, "a user page, from user state:\n{miss}");
    assert!(miss.contains(&format!("host TLB miss: data access at EA {dear:#010x}: real")), "{miss}");
    let (pre0, pre1, pre2) = (hex_after(miss, "MAS0 "), hex_after(miss, "MAS1 "), hex_after(miss, "MAS2 "));
    assert_eq!(pre2 & !0xfff, dear & !0xfff, "the preload's EPN is the faulting page (E500RM 12.3.2.3)");

    // Each privileged instruction of the handler's path traps, in order, and nothing else does.
    let handler = &paragraphs[refill + 1..=refill + path.len()];
    let got: Vec<(u32, String)> = handler
        .iter()
        .map(|p| {
            let head = p.lines().next().unwrap();
            let addr = u32::from_str_radix(head[2..10].trim(), 16).unwrap();
            (addr, squash(head.split_once(">  ").map_or(head, |(_, t)| t)))
        })
        .collect();
    let want: Vec<(u32, String)> = path.iter().map(|i| (i.0, i.2.clone())).collect();
    assert_eq!(got, want, "the handler's trapped instructions");
    for p in handler {
        assert!(p.contains("  trapped: ") && p.contains("emulated on the vCPU"), "{p}");
    }

    // The tlbwe: MAS0 and MAS1 as the preload left them (the user path writes neither), MAS2
    // the faulting page with the PTE's WIMGE, MAS3/MAS7 the PTE's page and rights.
    let tlbwe = handler.iter().find(|p| p.lines().next().unwrap().ends_with(" tlbwe")).unwrap();
    let read = &tlbwe[tlbwe.find("tlbwe read:").unwrap()..];
    let (mas0, mas1, mas2) = (hex_after(read, "MAS0 "), hex_after(read, "MAS1 "), hex_after(read, "MAS2 "));
    let (mas3, mas7) = (hex_after(read, "MAS3 "), hex_after(read, "MAS7 "));
    assert_eq!((mas0, mas1), (pre0, pre1), "{tlbwe}");
    assert_eq!(mas0 >> 28 & 1, 0, "TLB0");
    assert_eq!((mas1 >> 31, mas1 >> 12 & 1, mas1 >> 8 & 0xf), (1, 0, 1), "valid, TS 0, 4 KiB: {tlbwe}");
    assert_eq!(mas2 & !0xfff, dear & !0xfff, "{tlbwe}");
    let gpa = u64::from(mas7 & 0xf) << 32 | u64::from(mas3 & !0xfff);
    assert!(gpa < RAM, "a RAM page: {tlbwe}");
    let rfi = handler.last().unwrap();
    assert!(rfi.contains(&format!("rfi: back to {srr0:#010x} with MSR {srr1:#010x}")), "{rfi}");

    // The retried access misses in the host TLB only, and gets the shadow of the new entry.
    let fill = paragraphs[refill + path.len() + 1];
    assert!(fill.starts_with(&format!("{srr0:#010x}")), "{fill}");
    assert!(fill.contains(&format!("host TLB miss: data access at EA {dear:#010x}: virtual")), "{fill}");
    let want_fill =
        format!("<- EA {:#010x} -> GPA {gpa:#011x} -> HPA {:#011x}, 4K", dear & !0xfff, BACKING + gpa);
    assert!(fill.contains("shadow filled: host TLB0[") && fill.contains(&want_fill), "{want_fill}:\n{fill}");
    assert!(out.contains("stopped: console text reached"), "{out}");
}

/// The guest TLB's valid entries as (TLB, MAS1, MAS2, MAS3, MAS7), TLB1 only.
fn tlb1(s: &Session) -> BTreeSet<(u16, u32, u32, u32, u32)> {
    s.tlb()
        .iter()
        .filter(|r| r.slot.tlb == 1)
        .map(|r| (r.slot.index, r.mas1, r.mas2, r.mas3, r.mas7))
        .collect()
}

#[test]
fn linux_tlbs_at_start_kernel_and_at_init_then_the_whole_boot() {
    let Some((vmlinux, init)) = linux_guest::linux_guest() else { return };
    let mut s = Session::from_file(&vmlinux).mode(Mode::Virt).budget(2_000_000_000).build().expect("loads");

    // Linux's linear mapping of RAM (arch/powerpc/mm/nohash/e500.c, map_mem_in_cams and
    // calc_cam_sz): TLB1 entries ("CAMs") of power-of-4 sizes on an MMU v1 core, each aligned to
    // its size, covering RAM from PA 0 at PAGE_OFFSET; settlbcam writes MAS1 V | IPROT |
    // TSIZE, TID 0, MAS2 the EPN (no WIMGE: memory coherence is only asked for on SMP and
    // e500mc kernels), MAS3 the RPN | SR | SW | SX (kernel text and data). 128 MiB is not a
    // power of 4: two 64 MiB entries (TSIZE 8), MAS1 0xc0000800, MAS3 RPN | 0x15.
    let cams: BTreeSet<_> = [
        (0, 0xc000_0800, PAGE_OFFSET, 0x15, 0),
        (1, 0xc000_0800, PAGE_OFFSET + (64 << 20), (64 << 20) | 0x15, 0),
    ]
    .into();

    let start_kernel = s.symbol("start_kernel").expect("start_kernel");
    assert_eq!(s.run_to("start_kernel").unwrap(), Stop::Reached(start_kernel));
    // head_85xx.S calls MMU_init before it jumps to start_kernel: the CAMs are in place, and
    // nothing else (TLB0 fills only on misses, and the kernel has not missed yet).
    assert_eq!(tlb1(&s), cams, "{}", s.tlb_report());
    assert!(s.tlb().iter().all(|r| r.slot.tlb == 1), "{}", s.tlb_report());
    // So far the kernel has run in its first 64 MiB only: one shadow, of TLB1[0] (fill lazily).
    let host: Vec<_> = s.host_tlb().into_iter().filter_map(|h| h.shadows).collect();
    assert_eq!(host.len(), 1, "{}", s.tlb_report());
    assert_eq!((host[0].tlb, host[0].index), (1, 0), "{}", s.tlb_report());
    insta::assert_snapshot!("start_kernel", s.tlb_report());

    // Init's first instruction: its ELF entry, in user state.
    let entry = linux_guest::elf_entry(&init);
    assert_eq!(s.run_to(&format!("{entry:#x}")).unwrap(), Stop::Reached(entry));
    assert_ne!(s.registers().msr & 0x4000, 0, "MSR[PR]: init runs in user state");
    assert_eq!(tlb1(&s), cams, "{}", s.tlb_report());
    // Both CAMs have shadows now: same EPN and size, HPA = backing + GPA, the guest's
    // supervisor rights as user rights (SX SW SR -> UX UW UR = 0x2a), TS 1, a shadow ID.
    for (i, epn) in [(0u16, PAGE_OFFSET), (1, PAGE_OFFSET + (64 << 20))] {
        let h = s
            .host_tlb()
            .into_iter()
            .find(|h| h.shadows.is_some_and(|g| g.tlb == 1 && g.index == i))
            .unwrap_or_else(|| panic!("no shadow of guest TLB1[{i}]:\n{}", s.tlb_report()));
        let rpn = BACKING + u64::from(epn - PAGE_OFFSET);
        assert_eq!(
            (h.entry.mas2, h.entry.mas3, h.entry.mas7),
            (epn, (rpn as u32) | 0x2a, (rpn >> 32) as u32)
        );
        assert_eq!((h.entry.mas1 >> 12 & 1, h.entry.mas1 >> 8 & 0xf), (1, 8), "TS 1, 64 MiB");
    }
    insta::assert_snapshot!("init_entry", s.tlb_report());

    // The rest of the boot: init's workload, power-off, and the counters of the whole run.
    assert_eq!(s.run(), Stop::Poweroff);
    assert_eq!(s.status(), Some(Status::Poweroff));
    assert!(s.console().contains("all ok, powering off"), "{}", s.console());
    let x = s.exits().unwrap().clone();
    let sh = s.shadow_stats().unwrap().clone();
    let report = s.tlb_report();
    // Each virtual miss is answered by one shadow fill (contiguous backing: never clipped to a
    // fragment, so one fill serves the access).
    assert_eq!(sh.fills_total(), x.dtlb_virt_miss + x.itlb_virt_miss, "{report}");
    // Linux writes TLB entries with tlbwe in its TLB miss handlers (one per refill, each
    // answering a real miss reflected to it) and in its TLB1 set-up (a few dozen at boot), so
    // the guest's tlbwe count is bounded by its real misses plus those.
    let (real, tlbwe) = (x.dtlb_real_miss + x.itlb_real_miss, x.emulated(Op::Tlbwe));
    assert!(real > 0 && tlbwe > 0 && tlbwe <= real + 64, "{report}");
    // init's system calls, and the console's UART (a device page) were used.
    assert!(x.syscall > 0 && x.mmio > 0, "{report}");
    // The report prints these counters.
    for (name, n) in [("total", x.total()), ("tlbwe", tlbwe), ("dtlb_real_miss", x.dtlb_real_miss)] {
        let line = [name.to_string(), n.to_string()];
        assert!(report.lines().any(|l| l.split_whitespace().eq(line.iter().map(String::as_str))), "{report}");
    }
}
