//! The exit and shadow counts a guest produces are the ones the design predicts, worked out by
//! hand from each program below; and the rewrite GPA -> HPA is visible in the virt output.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use crate::addr::Hpa;
use crate::asm::Assembler;
use crate::compat::Profile;
use crate::hv::{BackingLayout, HvConfig, Hypervisor, report};
use crate::isa::Op;
use crate::machine::{Config, Status};
use serde_json::Value;

use super::fixture::Fixture;

fn fixture(name: &str) -> Fixture {
    Fixture::load(&super::root().join("fixtures").join(format!("{name}.s")))
}

fn run_source(text: &str, ram: u64, hv: HvConfig) -> Hypervisor {
    let out = Assembler::new()
        .include_dir(super::root().join("fixtures"))
        .assemble_str("test.s", text)
        .unwrap_or_else(|e| panic!("{e}"));
    let config = Config { ram, max_insns: 1_000_000, ..Config::default() };
    let mut vm = Hypervisor::new(config, hv, &out.image).unwrap();
    vm.enable_checker();
    assert_eq!(vm.run(), Status::Halted);
    assert_eq!(vm.violations(), &[] as &[String]);
    vm
}

/// `fixtures/seed_store.s` maps EA 0x1000 -> GPA 0x1000 and stores 0x5EED0001 at EA 0x1234. Under
/// the hypervisor (guest RAM backed at HPA 0x1_0000_0000) the guest's TLB1[1] keeps RPN GPA
/// 0x1000, the host entry made from it has RPN HPA 0x1_0000_1000, and the word lands at HPA
/// 0x1_0000_1234 (the hypervisor's own HPA 0x1234 stays 0).
#[test]
fn seed_store_shows_the_rewrite() {
    let f = fixture("seed_store");
    let vm = super::run_virt(&f, Profile::Manual, HvConfig::default());
    let j = report::run_json(&vm.host, &vm.guest);
    let guest = j["tlb"].as_array().unwrap().iter().find(|e| e["tlb"] == 1 && e["index"] == 1).unwrap();
    assert_eq!((guest["mas3"].as_u64(), guest["mas7"].as_u64()), (Some(0x1005), Some(0)));
    let host = j["host"]["tlb"].as_array().unwrap();
    let shadow: Vec<&Value> =
        host.iter().filter(|e| e["shadows"] == serde_json::json!({"tlb": 1, "index": 1})).collect();
    assert_eq!(shadow.len(), 1, "one host entry shadows guest TLB1[1]: {host:?}");
    let (mas3, mas7) = (shadow[0]["mas3"].as_u64().unwrap(), shadow[0]["mas7"].as_u64().unwrap());
    assert_eq!((mas7 << 32) | (mas3 & 0xFFFF_F000), 0x1_0000_1000);
    // Supervisor RW in the guest becomes user RW on the host (the guest runs at PR = 1).
    assert_eq!(mas3 & 0x3F, 0x0A);
    // 4 KiB shadows live in host TLB0.
    assert_eq!(shadow[0]["tlb"], 0);
    assert_eq!(vm.host.mem.ram().read_u32(Hpa::new(0x1_0000_1234)), Ok(0x5EED_0001));
    assert_eq!(vm.host.mem.ram().read_u32(Hpa::new(0x1234)), Ok(0));
    assert_eq!(j["gpa_map"][0], serde_json::json!({"gpa": 0, "size": 128 << 20, "hpa": 0x1_0000_0000u64}));
    let text = report::run_text(&vm.host, &vm.guest);
    assert!(text.contains("guest TLB1[1]      EPN 0x00001000 RPN 0x000001000"), "{text}");
    assert!(
        text.contains("EPN 0x00001000 RPN 0x100001000   4K TID   2 TS 1 S:--- U:rw- -----  <- guest TLB1[1]"),
        "{text}"
    );
}

/// `fixtures/pagetable_miss_handler.s`, derived from its header:
/// * the boot TLB1\[0\] (64 MiB at 0) gets one 64 MiB shadow on the first fetch (1 itlb virt miss),
///   and it covers the code, the page tables and every POKE: no other exit before the accesses;
/// * accesses 1, 2, 6, 7 miss in the guest (real miss, reflected), the handler refills
///   (tlbwe), the retry misses in the host only (virt miss): 4 + 4;
/// * access 3 hits the read-only shadow of access 2's page: a host DSI the guest refuses too (dsi);
/// * accesses 4, 5 miss in the guest and the walk fails: 2 more real misses, no refill;
/// * access 8 hits the shadow filled for access 1: no exit.
///
/// Emulated instructions: the set-up writes IVPR, 20 IVORs, IVOR2, IVOR13, MAS4, PID0 (25
/// mtspr); a refill runs 7 mtspr (SPRG0-4, MAS3, MAS7), 7 mfspr (DEAR, ESR, SPRG4, SPRG0-3),
/// tlbwe and rfi; a failed walk 7 mtspr (SPRG0-4, SPRG0, SRR0) and 10 mfspr (DEAR, SPRG4,
/// SPRG0-3, DEAR, ESR, SRR0, SPRG0) and rfi; the DSI 2 mtspr, 4 mfspr and rfi. So mtspr = 25 +
/// 4·7 + 2·7 + 2 = 69, mfspr = 4·7 + 2·10 + 4 = 52, rfi = 4 + 2 + 1 = 7, tlbwe = 4, and one guest
/// refill costs 18 exits: the real miss, 16 emulations and the virt miss.
#[test]
fn pagetable_miss_handler_counts() {
    let f = fixture("pagetable_miss_handler");
    let vm = super::run_virt(&f, Profile::Manual, HvConfig::default());
    let e = &vm.guest.rec.exits;
    assert_eq!(
        (e.dtlb_real_miss, e.dtlb_virt_miss, e.dsi, e.itlb_real_miss, e.itlb_virt_miss, e.mmio, e.program),
        (6, 4, 1, 0, 1, 0, 0)
    );
    let m = |x| e.emulated(x);
    assert_eq!((m(Op::Mtspr), m(Op::Mfspr), m(Op::Rfi), m(Op::Tlbwe)), (69, 52, 7, 4));
    assert_eq!(e.total(), 69 + 52 + 7 + 4 + 6 + 4 + 1 + 1);
    // Five shadows: the 64 MiB code/data one in TLB1 and the four refilled pages in TLB0.
    assert_eq!(
        (vm.guest.rec.shadow.fills, vm.guest.rec.shadow.invalidations, vm.guest.rec.shadow.evictions),
        ([4, 1], 0, 0)
    );
}

/// A guest writes N TLB0 entries (EA 0x40000000 + i·4 KiB -> GPA 0x30000 + i·4 KiB, supervisor
/// R/W, MAS0..MAS3 and MAS7 each) and touches each page twice: N tlbwe and 5N mtspr emulated, N
/// data virt misses (first touch; the second hits the shadow), one instruction virt miss for the
/// code (boot TLB1\[0\]), no real miss, N + 1 fills.
#[test]
fn n_tlb_writes_give_n_tlbwe_and_n_virt_misses() {
    const N: u32 = 8;
    let mut src =
        String::from(".include \"include/e500.inc\"\n.section .text.start, \"ax\"\n.globl _start\n_start:\n");
    for i in 0..N {
        let ea = 0x4000_0000 + i * 0x1000;
        let pa = 0x0003_0000 + i * 0x1000;
        src += &format!("TLB_WRITE {:#x}, 0x80000100, {ea:#x}, {:#x}\n", (i % 4) << 16, pa | 0x5);
    }
    for _ in 0..2 {
        for i in 0..N {
            src += &format!("LOAD32 r9, {:#x}\nlwz r5, 0(r9)\nstw r5, 4(r9)\n", 0x4000_0000 + i * 0x1000);
        }
    }
    src += "done: b done\n";
    for hv in [HvConfig::default(), HvConfig { host_tlb1: 1, ..HvConfig::default() }] {
        let vm = run_source(&src, 128 << 20, hv);
        let e = &vm.guest.rec.exits;
        assert_eq!(e.emulated(Op::Tlbwe), u64::from(N));
        assert_eq!(e.emulated(Op::Mtspr), 5 * u64::from(N));
        assert_eq!(
            (e.dtlb_virt_miss, e.dtlb_real_miss, e.itlb_virt_miss, e.itlb_real_miss),
            (u64::from(N), 0, 1, 0)
        );
        assert_eq!(e.total(), 7 * u64::from(N) + 1);
        assert_eq!(vm.guest.rec.shadow.fills, [u64::from(N), 1]);
    }
}

/// One 256 MiB guest TLB1 entry (EA 0x40000000 -> GPA 0) over fragmented backing becomes several
/// host entries, filled lazily as pages are touched: with 16 MiB of guest RAM, touching GPA
/// 0x100000, 0x500000, 0x510000 and 0xC00000 makes blocks of the fragment size (4 MiB: 3 blocks, 0x500000 and 0x510000 share
/// one; 64 KiB: 4 blocks in host TLB1; 4 KiB: 4 pages in host TLB0). Contiguous backing at 4 GiB
/// gives one host entry for all of the RAM the guest page covers (16 MiB).
#[test]
fn large_guest_page_over_fragments_fills_lazily() {
    let src = ".include \"include/e500.inc\"\n.section .text.start, \"ax\"\n.globl _start\n_start:\n\
        TLB_WRITE 0x10010000, 0x80000900, 0x40000000, 0x00000015\n\
        LOAD32 r9, 0x40100000\nstw r9, 0(r9)\n\
        LOAD32 r9, 0x40500000\nstw r9, 0(r9)\n\
        LOAD32 r9, 0x40510000\nstw r9, 0(r9)\n\
        LOAD32 r9, 0x40C00000\nstw r9, 0(r9)\n\
        done: b done\n";
    let frag = |f| BackingLayout::Fragmented { fragment: f, seed: 1 };
    // (backing, data fills, (host TLB0 fills, host TLB1 fills) incl. the code's 64 MiB shadow)
    let cases = [
        (frag(4 << 20), 3, [0, 4]),
        (frag(64 << 10), 4, [0, 5]),
        (frag(4 << 10), 4, [5, 0]),
        (BackingLayout::Contiguous(Hpa::new(0x1_0000_0000)), 1, [0, 2]),
    ];
    for (backing, data_fills, fills) in cases {
        let vm = run_source(src, 16 << 20, HvConfig { backing, ..HvConfig::default() });
        assert_eq!(vm.guest.rec.exits.dtlb_virt_miss, data_fills, "{backing:?}");
        assert_eq!(vm.guest.rec.shadow.fills, fills, "{backing:?}");
        let shadows = vm.host.shadows.shadows_of(0, crate::mmu::SlotId::tlb1(1)).count();
        assert_eq!(shadows as u64, data_fills, "{backing:?}");
        // The stores landed where the map says.
        for gpa in [0x10_0000u64, 0x50_0000, 0x51_0000, 0xC0_0000] {
            let mut b = [0u8; 4];
            assert!(vm.read_guest(crate::addr::Gpa::new(gpa), &mut b));
            assert_eq!(u32::from_be_bytes(b), 0x4000_0000 + gpa as u32, "{backing:?} {gpa:#x}");
        }
    }
}

/// One instruction can need more host TLB1 entries than there are: with a 1-entry host TLB1, an
/// `lmw` spanning two 16 KiB guest TLB1 pages needs the code's shadow and two data shadows at
/// once. Shadows filled for an instruction that has not completed are not evicted for it; with
/// TLB1 full of them the next shadow is a 4 KiB piece in TLB0. The guest completes with the bare
/// machine's state.
#[test]
fn one_entry_host_tlb1_still_makes_progress() {
    let src = ".include \"include/e500.inc\"\n.section .text.start, \"ax\"\n.globl _start\n_start:\n\
        TLB_WRITE 0x10010000, 0x80000200, 0x50000000, 0x00030015\n\
        TLB_WRITE 0x10020000, 0x80000200, 0x50004000, 0x00040015\n\
        LOAD32 r4, 0x11111111\nLOAD32 r9, 0x33FF8\nstw r4, 0(r9)\nstw r4, 4(r9)\n\
        LOAD32 r4, 0x22222222\nLOAD32 r9, 0x40000\nstw r4, 0(r9)\nstw r4, 4(r9)\n\
        LOAD32 r9, 0x50000000\nlmw r28, 0x3FF8(r9)\n\
        done: b done\n";
    let vm = run_source(src, 16 << 20, HvConfig { host_tlb1: 1, ..HvConfig::default() });
    assert_eq!(&vm.host.cpu.gpr[28..], &[0x1111_1111, 0x1111_1111, 0x2222_2222, 0x2222_2222]);
    assert_ne!(vm.guest.run.status, Some(crate::machine::Status::Stalled));
    assert!(vm.guest.rec.shadow.fills[0] > 0, "a 4 KiB fallback shadow in TLB0: {:?}", vm.guest.rec.shadow);
    let out = Assembler::new().include_dir(super::root().join("fixtures")).assemble_str("t.s", src).unwrap();
    let mut bare =
        crate::machine::Machine::new(Config { ram: 16 << 20, ..Config::default() }, &out.image).unwrap();
    assert_eq!(bare.run(), Status::Halted);
    assert_eq!((bare.cpu.gpr, bare.run.instructions), (vm.host.cpu.gpr, vm.guest.run.instructions));
}
