//! The coherence rule (`src/hv/mod.rs`), scenario by scenario: shadows are dropped exactly when
//! their guest entry is overwritten or invalidated, or a new entry may win where they hit, and
//! never on a context switch; the full flush happens only when shadow IDs run out. Every program
//! also ends in the bare machine's state.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use crate::asm::Assembler;
use crate::hv::{Event, HvConfig, Hypervisor, InvalidateCause, report};
use crate::machine::report::{GuestView, state_json};
use crate::machine::{Config, Machine, Status};
use crate::mmu::SlotId;
use serde_json::Value;

const HEAD: &str = ".include \"include/e500.inc\"\n.section .text.start, \"ax\"\n.globl _start\n_start:\n\
    LOAD32 r4, 0xAAAAAAAA\nLOAD32 r9, 0x30000\nstw r4, 0(r9)\n\
    LOAD32 r4, 0xBBBBBBBB\nLOAD32 r9, 0x31000\nstw r4, 0(r9)\n";

/// Runs `body` (after [`HEAD`], which puts 0xAAAAAAAA at GPA 0x30000 and 0xBBBBBBBB at 0x31000)
/// bare and virtualized; asserts equal guest-visible state and a clean checker.
fn run(body: &str) -> Hypervisor {
    let src = format!("{HEAD}{body}\ndone: b done\n");
    let out = Assembler::new()
        .include_dir(super::root().join("fixtures"))
        .assemble_str("t.s", &src)
        .unwrap_or_else(|e| panic!("{e}"));
    let config = Config { ram: 16 << 20, max_insns: 1_000_000, ..Config::default() };
    let mut bare = Machine::new(config.clone(), &out.image).unwrap();
    assert_eq!(bare.run(), Status::Halted);
    let mut vm = Hypervisor::new(config, HvConfig::default(), &out.image).unwrap();
    vm.enable_checker();
    assert_eq!(vm.run(), Status::Halted);
    assert_eq!(vm.violations(), &[] as &[String]);
    let b = Value::Object(state_json(&GuestView::of(&bare.cpu)));
    let v = Value::Object(state_json(&report::guest_view(&vm.guest)));
    assert_eq!(super::hv::first_difference(&b, &v, ""), None);
    assert_eq!(bare.run.instructions, vm.guest.run.instructions);
    vm
}

fn invalidations(vm: &Hypervisor, cause: InvalidateCause) -> usize {
    vm.guest.rec.log.iter().filter(|e| matches!(e, Event::Invalidate { cause: c, .. } if *c == cause)).count()
}

/// Two entries at the same EA with TIDs 1 and 2 (different pages). Switching PID 1 -> 2 -> 1 -> 2
/// costs one fill per context; coming back finds the shadow still there (its own shadow ID):
/// no exit but the mtspr, nothing invalidated.
#[test]
fn pid_switches_keep_shadows() {
    let vm = run("TLB_WRITE 0x10010000, 0x80010100, 0x50000000, 0x00030015\n\
        TLB_WRITE 0x10020000, 0x80020100, 0x50000000, 0x00031015\n\
        lis r9, 0x5000\n\
        li r8, 1\nmtspr 48, r8\nisync\nlwz r3, 0(r9)\n\
        li r8, 2\nmtspr 48, r8\nisync\nlwz r4, 0(r9)\n\
        li r8, 1\nmtspr 48, r8\nisync\nlwz r5, 0(r9)\n\
        li r8, 2\nmtspr 48, r8\nisync\nlwz r6, 0(r9)\n");
    assert_eq!(&vm.host.cpu.gpr[3..7], &[0xAAAA_AAAA, 0xBBBB_BBBB, 0xAAAA_AAAA, 0xBBBB_BBBB]);
    assert_eq!(vm.guest.rec.exits.dtlb_virt_miss, 2);
    assert_eq!(vm.guest.rec.shadow.invalidations, 0);
    assert_eq!(vm.host.shadows.shadows_of(0, SlotId::tlb1(1)).count(), 1);
    assert_eq!(vm.host.shadows.shadows_of(0, SlotId::tlb1(2)).count(), 1);
}

/// Overwriting an entry drops its shadow; the next access refills from the new entry.
#[test]
fn tlbwe_over_an_entry_drops_its_shadows() {
    let vm = run("TLB_WRITE 0x10010000, 0x80000100, 0x50000000, 0x00030015\n\
        lis r9, 0x5000\nlwz r3, 0(r9)\n\
        TLB_WRITE 0x10010000, 0x80000100, 0x50000000, 0x00031015\n\
        lwz r4, 0(r9)\n");
    assert_eq!(&vm.host.cpu.gpr[3..5], &[0xAAAA_AAAA, 0xBBBB_BBBB]);
    assert_eq!(invalidations(&vm, InvalidateCause::Overwritten), 1);
    assert_eq!(vm.guest.rec.exits.dtlb_virt_miss, 2);
}

/// tlbivax drops the shadows of exactly the entry it clears (KVM flushes everything).
#[test]
fn tlbivax_drops_only_that_entrys_shadows() {
    let vm = run("TLB_WRITE 0x00000000, 0x80000100, 0x50000000, 0x00030015\n\
        TLB_WRITE 0x00000000, 0x80000100, 0x50001000, 0x00031015\n\
        lis r9, 0x5000\nlwz r3, 0(r9)\nlwz r4, 0x1000(r9)\n\
        tlbivax 0, r9\n\
        lwz r5, 0x1000(r9)\n");
    assert_eq!(invalidations(&vm, InvalidateCause::Invalidated), 1);
    assert_eq!(vm.guest.rec.shadow.invalidations, 1);
    // The second page kept its shadow: its load after the tlbivax did not exit.
    assert_eq!(vm.guest.rec.exits.dtlb_virt_miss, 2);
    let g = *vm.guest.vcpu.tlb.geometry();
    let second = SlotId::tlb0_set_way(1, 0, &g);
    assert_eq!(vm.host.shadows.shadows_of(0, second).count(), 1);
}

/// MMUCSR0 flash invalidation drops the shadows of the entries it clears; an IPROT entry keeps
/// its entry and its shadow.
#[test]
fn mmucsr0_flash_spares_iprot_shadows() {
    // The boot entry (code) gets IPROT first: the flash would clear it too.
    let vm = run("TLB_WRITE 0x10000000, 0xC0000800, 0x00000000, 0x0000003F\n\
        TLB_WRITE 0x10010000, 0xC0000100, 0x50000000, 0x00030015\n\
        TLB_WRITE 0x10020000, 0x80000100, 0x50001000, 0x00031015\n\
        lis r9, 0x5000\nlwz r3, 0(r9)\nlwz r4, 0x1000(r9)\n\
        li r8, 2\nmtspr 1012, r8\n\
        lwz r5, 0(r9)\n");
    assert_eq!(invalidations(&vm, InvalidateCause::Invalidated), 1);
    assert_eq!(vm.host.shadows.shadows_of(0, SlotId::tlb1(0)).count(), 1);
    assert_eq!(vm.host.shadows.shadows_of(0, SlotId::tlb1(1)).count(), 1);
    assert_eq!(vm.host.shadows.shadows_of(0, SlotId::tlb1(2)).count(), 0);
    assert_eq!(vm.guest.rec.exits.dtlb_virt_miss, 2);
}

/// A big TLB1 entry is shadowed in one 1 MiB piece; a TLB0 entry then written inside it wins the
/// guest's lookup there (TLB0 first), so the big shadow goes (overlap) and the next shadows of the
/// big entry stop short of the TLB0 page.
#[test]
fn a_new_entry_drops_the_shadows_it_overlaps() {
    let vm = run("TLB_WRITE 0x10010000, 0x80000500, 0x50000000, 0x00100015\n\
        lis r9, 0x5000\nlwz r3, 0x2000(r9)\n\
        TLB_WRITE 0x00000000, 0x80000100, 0x50001000, 0x00031015\n\
        lwz r4, 0x1000(r9)\nlwz r5, 0x2000(r9)\n");
    assert_eq!(vm.host.cpu.gpr[4], 0xBBBB_BBBB);
    assert_eq!(invalidations(&vm, InvalidateCause::Overlapped), 1);
    // Clipped once: the refill at 0x50002000 (1 MiB cut to 4K around the TLB0 page); the
    // first fill came before the TLB0 entry and the TLB0 page's own shadow is 4K anyway.
    assert_eq!(vm.guest.rec.shadow.clipped, 1);
    let sizes: Vec<u64> = vm
        .host
        .shadows
        .shadows_of(0, SlotId::tlb1(1))
        .filter_map(|h| vm.host.cpu.arch.tlb.entry(h).map(|e| e.page_size()))
        .collect();
    assert_eq!(sizes, [4 << 10], "the big entry's refill avoids the TLB0 page");
}

/// A kernel-only page: the supervisor's shadow (user bits = its S bits) lives under the
/// supervisor context's shadow ID, so after rfi to user state the same EA misses in the host and
/// the guest's DSI is reflected (the handler skips the load and returns to supervisor via sc).
#[test]
fn privilege_switch_does_not_reuse_kernel_shadows() {
    let vm = run("SET_IVPR\nSET_IVOR 2, dsi\nSET_IVOR 8, sc\n\
        TLB_WRITE 0x10010000, 0x80000100, 0x50000000, 0x00030005\n\
        lis r9, 0x5000\nlwz r3, 0(r9)\n\
        LOAD32 r8, user\nmtspr 26, r8\nLOAD32 r8, 0x4000\nmtspr 27, r8\nrfi\n\
        user: lwz r4, 0(r9)\nsc\nb done\n\
        .balign 16\ndsi: mfspr r20, 26\naddi r20, r20, 4\nmtspr 26, r20\nli r4, 0x44\nrfi\n\
        .balign 16\nsc: b done\n");
    assert_eq!(&vm.host.cpu.gpr[3..5], &[0xAAAA_AAAA, 0x44]);
    assert_eq!(vm.guest.rec.exits.dsi, 1);
    assert_eq!(vm.guest.rec.shadow.invalidations, 0);
}

/// 255 PIDs in a row need more than the 255 shadow IDs (each PID's own context plus the global
/// one): exactly one full flush, after which the guest continues unaffected.
#[test]
fn running_out_of_shadow_ids_flushes_once() {
    let vm = run("TLB_WRITE 0x10010000, 0x80000100, 0x50000000, 0x00030015\n\
        lis r9, 0x5000\nli r10, 1\n\
        1: mtspr 48, r10\nisync\nlwz r3, 0(r9)\naddi r10, r10, 1\ncmpwi r10, 256\nblt 1b\n");
    assert_eq!(vm.guest.rec.shadow.tag_flushes, 1);
    assert_eq!(vm.host.cpu.gpr[3], 0xAAAA_AAAA);
    assert!(vm.guest.rec.log.iter().any(|e| matches!(e, Event::TagFlush { dropped } if *dropped >= 1)));
}

/// A guest-physical address nothing backs (past the 16 MiB of RAM, through the boot mapping)
/// gives the guest the bare machine's machine check: MCSR, MCAR = the guest-physical address,
/// MCSRR0/1; a store and a load, each skipped by the handler.
#[test]
fn unbacked_guest_physical_address_gives_the_bare_machine_check() {
    let vm = run("SET_IVPR\nSET_IVOR 1, mc\n\
        LOAD32 r8, 0x1000\nmtmsr r8\nisync\n\
        LOAD32 r9, 0x02000010\nstw r9, 0(r9)\nlwz r5, 4(r9)\nb done\n\
        .balign 16\nmc: mfspr r20, 570\naddi r20, r20, 4\nmtspr 570, r20\n\
        mfspr r21, 572\nmfspr r22, 573\naddi r23, r23, 1\nLOAD32 r24, 0x1000\nmtspr 571, r24\nrfmci\n");
    assert_eq!(vm.host.cpu.gpr[23], 2);
    // MCSR bits are sticky (write 1 to clear) and the handler clears none: the store's
    // BUS_WAERR (0x20) and the load's BUS_RAERR (0x40), E500RM "Machine Check Syndrome Register".
    assert_eq!(vm.host.cpu.gpr[21], 0x60);
    assert_eq!(vm.host.cpu.gpr[22], 0x0200_0014);
    assert_eq!(vm.guest.rec.exits.mmio, 2);
}

/// The UART through a guest TLB1 entry (EA 0xE0004000 -> GPA 0xF_E000_4000, MAS7 = 0xF): byte
/// and halfword accesses are replayed on the device (no host mapping of it ever exists); a
/// misaligned word that runs past the 8-byte device window is done bytewise and machine-checks at
/// the first byte past it (MCAR = 0x..4508), as on the bare machine.
#[test]
fn uart_accesses_are_replayed_on_the_device() {
    let vm = run("SET_IVPR\nSET_IVOR 1, mc\nLOAD32 r8, 0x1000\nmtmsr r8\nisync\n\
        TLB_WRITE 0x10010000, 0x80000100, 0xE0004000, 0xE000400F, 0xF\n\
        LOAD32 r9, 0xE0004500\nli r4, 0x4F\nstb r4, 0(r9)\nli r4, 0x4B\nstb r4, 0(r9)\n\
        lbz r5, 5(r9)\nlhz r6, 4(r9)\nlwz r7, 6(r9)\nb done\n\
        .balign 16\nmc: mfspr r20, 570\naddi r20, r20, 4\nmtspr 570, r20\nmfspr r22, 573\n\
        LOAD32 r24, 0x1000\nmtspr 571, r24\nrfmci\n");
    assert_eq!(vm.console(), "OK");
    assert_eq!(vm.host.cpu.gpr[22], 0xE000_4508);
    assert_eq!(vm.guest.rec.exits.mmio, 5);
    assert!(
        vm.host.cpu.arch.tlb.entries().all(|(_, e)| e.rpn_raw() >> 32 != 0xF),
        "no host entry maps a device"
    );
}
