//! Translation through the core's TLB: TLB instructions as programs use them, 36-bit real
//! addresses, little-endian pages, permission faults, PID/TS matching.

use super::{Bench, CODE, HIGH, asm, d, map, v, word};
use crate::addr::Ea;
use crate::compat::Profile;
use crate::cpu::interrupt::esr;
use crate::cpu::state::msr;
use crate::cpu::{CpuModel, Interrupt, InterruptKind, ProgramCause, StepOutcome};
use crate::isa::Arg;
use crate::mmu::SlotId;

/// `mtspr` of MAS0, MAS1, MAS2, MAS3, MAS7 from r20..r24, then `tlbwe; isync`.
fn tlbwe_prog() -> Vec<(&'static str, Vec<Arg>)> {
    let mut p: Vec<(&str, Vec<Arg>)> =
        [624, 625, 626, 627, 944].iter().zip(20..).map(|(&s, r)| ("mtspr", vec![v(s), v(r)])).collect();
    p.push(("tlbwe", vec![]));
    p.push(("isync", vec![]));
    p
}

fn load_prog(b: &mut Bench, prog: &[(&str, Vec<Arg>)]) {
    let words: Vec<u32> = prog.iter().map(|(m, a)| word(m, a)).collect();
    b.mem.put_words(u64::from(CODE), &words);
}

#[test]
fn tlbwe_then_access_through_the_new_entry() {
    // TLB1[2]: EA 0x10000000 -> PA 0x3000, 4 KiB, SW|SR; then stw/lwz through it.
    let mut prog = tlbwe_prog();
    prog.push(("stw", vec![v(3), d(0x10, 4)]));
    prog.push(("lwz", vec![v(5), d(0x10, 4)]));
    let mut b = Bench::v2();
    load_prog(&mut b, &prog);
    let r = &mut b.cpu.gpr;
    (r[20], r[21], r[22], r[23], r[24]) = (0x1002_0000, 0x8000_0100, 0x1000_0000, 0x3005, 0);
    (r[3], r[4]) = (0xFEED_F00D, 0x1000_0000);
    b.retire(prog.len());
    assert_eq!((b.mem.word(0x3010), b.cpu.gpr[5]), (0xFEED_F00D, 0xFEED_F00D));
}

#[test]
fn rpn_bits_above_4_gib_come_from_mas7() {
    // CCSR-like: EA 0xE0000000 -> PA 0xF_FE00_0000 (MAS7 = 0xF, MAS3 RPN 0xFE000000), 4 KiB, I|G.
    let mut prog = tlbwe_prog();
    prog.push(("stw", vec![v(3), d(0x10, 4)]));
    prog.push(("lbz", vec![v(5), d(0x13, 4)]));
    let mut b = Bench::v2();
    load_prog(&mut b, &prog);
    let r = &mut b.cpu.gpr;
    (r[20], r[21], r[22], r[23], r[24]) = (0x1003_0000, 0x8000_0100, 0xE000_000A, 0xFE00_0005, 0xF);
    (r[3], r[4]) = (0x1234_5678, 0xE000_0000);
    b.retire(prog.len());
    assert_eq!((b.mem.word(HIGH + 0x10), b.cpu.gpr[5]), (0x1234_5678, 0x78));
}

#[test]
fn little_endian_page_byte_swaps_data_and_instructions() {
    // EA 0x20000000 -> PA 0x3000 with E = 1 (WIMGE 0x01), all permissions.
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x2000_0000, 0x3000, 1, 0x3F, 0x01, 0, false);
    b.mem.put_words(
        u64::from(CODE),
        &[
            word("stw", &[v(3), d(0, 4)]),
            word("lwz", &[v(5), d(0, 4)]),
            word("lhz", &[v(6), d(0, 4)]),
            word("lwbrx", &[v(7), v(0), v(4)]),
            word("lwz", &[v(8), d(1, 4)]),
        ],
    );
    (b.cpu.gpr[3], b.cpu.gpr[4]) = (0x1122_3344, 0x2000_0000);
    b.retire(5);
    // Memory holds 44 33 22 11 00; a LE word load gives the value back; a LE half load of
    // 44 33 is 0x3344; lwbrx on a LE page reverses twice; the misaligned LE word at +1
    // (33 22 11 00) is 0x00112233.
    assert_eq!(b.mem.get_bytes(0x3000, 5), [0x44, 0x33, 0x22, 0x11, 0]);
    let g = &b.cpu.gpr;
    assert_eq!((g[5], g[6], g[7], g[8]), (0x1122_3344, 0x3344, 0x4433_2211, 0x0011_2233));

    // Instructions on a LE page are byte-reversed in memory: `li r9,42; b .` stored swapped.
    let prog = asm(0x2000_0000, &[("li", &[v(9), v(42)]), ("b", &[v(0x2000_0004)])]);
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x2000_0000, 0x3000, 1, 0x3F, 0x01, 0, false);
    let swapped: Vec<u32> = prog.iter().map(|w| w.swap_bytes()).collect();
    b.mem.put_words(0x3000, &swapped);
    b.cpu.pc = Ea::new(0x2000_0000);
    b.run_to_halt(10);
    assert_eq!(b.cpu.gpr[9], 42);
}

#[test]
fn permission_faults_by_privilege_and_access() {
    // (MAS3 permission bits, user?, store?, allowed). UX SX UW SW UR SR = 0x20..0x01.
    #[rustfmt::skip]
    let table: &[(u32, bool, bool, bool)] = &[
        (0x01, false, false, true),  (0x01, false, true, false),
        (0x04, false, true, true),   (0x04, true, true, false),
        (0x02, true, false, true),   (0x02, false, false, false),
        (0x08, true, true, true),    (0x08, true, false, false),
        (0x3F, true, true, true),    (0x00, false, false, false),
    ];
    for &(perms, user, store, ok) in table {
        let mut b = Bench::v2();
        map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, perms, 0, 0, false);
        let m = if store { "stw" } else { "lwz" };
        b.mem.put_words(u64::from(CODE), &[word(m, &[v(3), d(4, 4)])]);
        b.cpu.gpr[4] = 0x1000_0000;
        b.cpu.arch.msr = if user { msr::PR } else { 0 };
        let out = b.step();
        if ok {
            assert_eq!(out, StepOutcome::Retired, "perms {perms:#x} user {user} store {store}");
        } else {
            let kind = InterruptKind::DataStorage {
                dear: Ea::new(0x1000_0004),
                esr: if store { esr::ST } else { 0 },
            };
            assert_eq!(
                out,
                StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE) }),
                "perms {perms:#x}"
            );
        }
    }
}

#[test]
fn pid_and_address_space_matching() {
    // TLB1[1]: TID 5, TS 0, EA 0x10000000. (PID0, PID1, MSR[DS], hit?)
    #[rustfmt::skip]
    let table: &[(u32, u32, bool, bool)] = &[
        (5, 0, false, true), (6, 0, false, false), (6, 5, false, true), (5, 0, true, false),
    ];
    for &(pid0, pid1, ds, hit) in table {
        let mut b = Bench::v2();
        map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 5, false);
        b.mem.put_words(u64::from(CODE), &[word("lwz", &[v(3), d(0, 4)])]);
        b.cpu.gpr[4] = 0x1000_0000;
        b.cpu.arch.sprs.pid = [pid0, pid1, 0];
        b.cpu.arch.msr = if ds { msr::DS } else { 0 };
        let out = b.step();
        if hit {
            assert_eq!(out, StepOutcome::Retired);
        } else {
            let kind = InterruptKind::DataTlbError { dear: Ea::new(0x1000_0000), esr: 0, space: ds };
            assert_eq!(
                out,
                StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE) }),
                "{pid0} {pid1} {ds}"
            );
        }
    }
}

#[test]
fn a_context_returned_to_sees_the_tlb_changes_made_while_it_was_away() {
    // PID 5's EA 0x10000000 -> PA 0x3000 is loaded through (the micro-TLB keeps it), then the
    // core runs as PID 6 (its own mapping, to 0x4000), and while it does PID 5's entry is
    // rewritten to PA 0x5000. Back as PID 5, the load reads 0x5000: the translation kept for
    // PID 5's context while it was away followed the TLB change.
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 5, false);
    map(&mut b.cpu, 2, 0x1000_0000, 0x4000, 1, 0x3F, 0, 6, false);
    b.mem.put_words(0x3000, &[0x1111_1111]);
    b.mem.put_words(0x4000, &[0x4444_4444]);
    b.mem.put_words(0x5000, &[0x5555_5555]);
    let lwz = word("lwz", &[v(3), d(0, 4)]);
    b.mem.put_words(u64::from(CODE), &[lwz, lwz, lwz, lwz]);
    b.cpu.gpr[4] = 0x1000_0000;
    let load_as = |b: &mut Bench, pid| {
        b.cpu.arch.sprs.pid = [pid, 0, 0];
        b.retire(1);
        b.cpu.gpr[3]
    };
    assert_eq!(load_as(&mut b, 5), 0x1111_1111);
    assert_eq!(load_as(&mut b, 6), 0x4444_4444);
    map(&mut b.cpu, 1, 0x1000_0000, 0x5000, 1, 0x3F, 0, 5, false);
    assert_eq!(load_as(&mut b, 5), 0x5555_5555);
    // And back to PID 6, whose mapping did not change.
    assert_eq!(load_as(&mut b, 6), 0x4444_4444);
}

#[test]
fn tlbwe_tsize_legality_per_profile() {
    // A V = 1 TLB1 write with TSIZE 0xC: illegal on the e500 (MAXSIZE 0xB), accepted by QEMU
    // (item 5). TSIZE 0 is illegal in both.
    for (profile, tsize, ok) in
        [(Profile::Manual, 0xC, false), (Profile::Qemu, 0xC, true), (Profile::Qemu, 0, false)]
    {
        let mut b = Bench::new(CpuModel::E500v2, profile);
        b.mem.put_words(u64::from(CODE), &[word("tlbwe", &[])]);
        b.cpu.arch.mas.mas0 = 0x1005_0000;
        b.cpu.arch.mas.mas1 = crate::mmu::EntryFields { tsize, ..Default::default() }.words()[0];
        let out = b.step();
        if ok {
            assert_eq!(out, StepOutcome::Retired);
            assert!(b.cpu.arch.tlb.entry(SlotId::tlb1(5)).is_some_and(|e| e.valid()));
        } else {
            let kind = InterruptKind::Program(ProgramCause::Illegal);
            assert_eq!(
                out,
                StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE) }),
                "{profile} {tsize}"
            );
        }
    }
}

#[test]
fn tlbre_tlbsx_and_mas7_update() {
    // TLB1[3] holds MAS7 = 0x3. tlbre with HID0[EN_MAS7_UPDATE] = 0 leaves MAS7 in the manual
    // profile; QEMU always updates it (item 6). tlbsx of its EA hits (MAS1[V] = 1); tlbsx of an
    // unmapped EA misses (MAS1[V] = 0).
    for (profile, mas7) in [(Profile::Manual, 0x9), (Profile::Qemu, 0x3)] {
        let mut b = Bench::new(CpuModel::E500v2, profile);
        map(&mut b.cpu, 3, 0x1000_0000, 0x3_0000_3000, 1, 0x3F, 0, 0, false);
        b.mem.put_words(
            u64::from(CODE),
            &[word("tlbre", &[]), word("tlbsx", &[v(0), v(4)]), word("tlbsx", &[v(0), v(5)])],
        );
        (b.cpu.arch.mas.mas0, b.cpu.arch.mas.mas7) = (0x1003_0000, 0x9);
        (b.cpu.gpr[4], b.cpu.gpr[5]) = (0x1000_0123, 0x7000_0000);
        b.retire(1);
        let m = b.cpu.arch.mas;
        assert_eq!((m.mas1, m.mas2, m.mas3, m.mas7), (0x8000_0100, 0x1000_0000, 0x303F, mas7), "{profile}");
        b.retire(1);
        assert_eq!((b.cpu.arch.mas.mas0 & 0xFFFF_0000, b.cpu.arch.mas.v()), (0x1003_0000, true));
        b.retire(1);
        assert!(!b.cpu.arch.mas.v());
    }
}

#[test]
fn tlbilx_on_the_e500mc() {
    // tlbilx T=3 (by EA): the entry for 0x10000000 goes; the next load misses.
    let mut b = Bench::new(CpuModel::E500mc, Profile::Manual);
    map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    b.mem.put_words(u64::from(CODE), &[word("tlbilx", &[v(3), v(0), v(4)]), word("lwz", &[v(3), d(0, 4)])]);
    b.cpu.gpr[4] = 0x1000_0000;
    b.retire(1);
    let kind = InterruptKind::DataTlbError { dear: Ea::new(0x1000_0000), esr: 0, space: false };
    assert_eq!(b.step(), StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE + 4) }));
}

#[test]
fn tlbivax_and_flash_invalidate_spare_iprot() {
    // TLB1[1] at 0x10000000 without IPROT; tlbivax with EA | 0x8 (TLB1) drops it. An MMUCSR0
    // TLB1 flash would drop the boot mapping too (IPROT 0), so mark it IPROT first.
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    map(&mut b.cpu, 2, 0x2000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    let boot = b.cpu.arch.tlb.entry(SlotId::tlb1(0)).copied().unwrap_or_default();
    let protected =
        crate::mmu::TlbEntry::from_words(boot.mas1 | 0x4000_0000, boot.mas2, boot.mas3, boot.mas7);
    b.cpu.arch.tlb.write_slot(SlotId::tlb1(0), protected).expect("slot 0");
    b.mem.put_words(u64::from(CODE), &[word("tlbivax", &[v(0), v(4)]), word("mtspr", &[v(1012), v(5)])]);
    (b.cpu.gpr[4], b.cpu.gpr[5]) = (0x1000_0008, 0x2);
    b.retire(1);
    let valid = |b: &Bench, i| b.cpu.arch.tlb.entry(SlotId::tlb1(i)).is_some_and(|e| e.valid());
    assert_eq!((valid(&b, 0), valid(&b, 1), valid(&b, 2)), (true, false, true));
    b.retire(1);
    assert_eq!((valid(&b, 0), valid(&b, 2)), (true, false));
}

#[test]
fn tlbsx_with_nonzero_ra_in_qemu_searches_r0_plus_rb() {
    // docs/qemu-ppce500.md item 1: `tlbsx r3,r4` searches GPR[0] + GPR[4] (r3 is ignored).
    let mut b = Bench::new(CpuModel::E500v2, Profile::Qemu);
    map(&mut b.cpu, 3, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    b.mem.put_words(u64::from(CODE), &[word("tlbsx", &[v(3), v(4)])]);
    (b.cpu.gpr[0], b.cpu.gpr[3], b.cpu.gpr[4]) = (0x1000_0000, 0x7000_0000, 0x123);
    b.retire(1);
    assert_eq!((b.cpu.arch.mas.v(), b.cpu.arch.mas.mas0 & 0xFFFF_0000), (true, 0x1003_0000));
}
