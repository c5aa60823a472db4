//! Loads and stores: big-endian layout, every width, update and indexed forms, byte-reversed,
//! misaligned and page-crossing accesses, lmw/stmw, lwarx/stwcx., dcbz.

use super::{Bench, CODE, d, v, word};
use crate::addr::Ea;
use crate::cpu::interrupt::esr;
use crate::cpu::{Interrupt, InterruptKind, StepOutcome};
use crate::isa::Arg;
use crate::mmu::mas::mas2;

const DATA: u32 = 0x2000;

fn bench_with(words: &[u32]) -> Bench {
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), words);
    b
}

#[test]
fn stores_are_big_endian() {
    // r3 = 0x11223344 stored as word, half, byte at DATA, DATA+8, DATA+12 (r6 = DATA).
    let mut b = bench_with(&[
        word("stw", &[v(3), d(0, 6)]),
        word("sth", &[v(3), d(8, 6)]),
        word("stb", &[v(3), d(12, 6)]),
        word("stwbrx", &[v(3), v(0), v(7)]),
        word("sthbrx", &[v(3), v(6), v(8)]),
    ]);
    (b.cpu.gpr[3], b.cpu.gpr[6], b.cpu.gpr[7], b.cpu.gpr[8]) = (0x1122_3344, DATA, DATA + 16, 20);
    b.retire(5);
    assert_eq!(
        b.mem.get_bytes(u64::from(DATA), 24),
        [
            0x11, 0x22, 0x33, 0x44, 0, 0, 0, 0, 0x33, 0x44, 0, 0, 0x44, 0, 0, 0, // stw, sth, stb
            0x44, 0x33, 0x22, 0x11, 0x44, 0x33, 0, 0 // stwbrx, sthbrx
        ]
    );
}

#[test]
fn loads_every_width_and_form() {
    // Memory at DATA: 80 01 FE 02 11 22 33 44 (r6 = DATA, r7 = 4).
    // (mnemonic, operands, RT expected, r6 after)
    #[rustfmt::skip]
    let table: &[(&str, &[Arg], u32, u32)] = &[
        ("lbz", &[v(5), d(2, 6)], 0xFE, DATA),
        ("lbzu", &[v(5), d(1, 6)], 0x01, DATA + 1),
        ("lbzx", &[v(5), v(6), v(7)], 0x11, DATA),
        ("lbzux", &[v(5), v(6), v(7)], 0x11, DATA + 4),
        ("lhz", &[v(5), d(0, 6)], 0x8001, DATA),
        ("lha", &[v(5), d(0, 6)], 0xFFFF_8001, DATA),
        ("lhau", &[v(5), d(2, 6)], 0xFFFF_FE02, DATA + 2),
        ("lhax", &[v(5), v(6), v(7)], 0x1122, DATA),
        ("lhaux", &[v(5), v(6), v(7)], 0x1122, DATA + 4),
        ("lhzu", &[v(5), d(6, 6)], 0x3344, DATA + 6),
        ("lhzx", &[v(5), v(6), v(7)], 0x1122, DATA),
        ("lhzux", &[v(5), v(6), v(7)], 0x1122, DATA + 4),
        ("lwz", &[v(5), d(4, 6)], 0x1122_3344, DATA),
        ("lwzu", &[v(5), d(4, 6)], 0x1122_3344, DATA + 4),
        ("lwzx", &[v(5), v(6), v(7)], 0x1122_3344, DATA),
        ("lwzux", &[v(5), v(6), v(7)], 0x1122_3344, DATA + 4),
        // Byte-reversed: the bytes 11 22 33 44 read as 0x44332211.
        ("lwbrx", &[v(5), v(6), v(7)], 0x4433_2211, DATA),
        ("lhbrx", &[v(5), v(0), v(6)], 0x0180, DATA),
        // Negative displacement from DATA + 8.
        ("lwz", &[v(5), d(-4, 8)], 0x1122_3344, DATA),
    ];
    for &(m, args, rt, r6) in table {
        let mut b = bench_with(&[word(m, args)]);
        b.mem.put_words(u64::from(DATA), &[0x8001_FE02, 0x1122_3344]);
        (b.cpu.gpr[6], b.cpu.gpr[7], b.cpu.gpr[8]) = (DATA, 4, DATA + 8);
        b.retire(1);
        assert_eq!((b.cpu.gpr[5], b.cpu.gpr[6]), (rt, r6), "{m} {args:?}");
    }
}

#[test]
fn store_update_forms() {
    // stwu r1,-16(r1): the stack push; stbux/sthux/stwux update RA = EA after storing the old RS.
    let mut b = bench_with(&[
        word("stwu", &[v(1), d(-16, 1)]),
        word("stbux", &[v(3), v(6), v(7)]),
        word("sthu", &[v(3), d(2, 6)]),
        word("stwux", &[v(6), v(6), v(7)]),
        word("stwx", &[v(3), v(0), v(8)]),
    ]);
    (b.cpu.gpr[1], b.cpu.gpr[3], b.cpu.gpr[6], b.cpu.gpr[7], b.cpu.gpr[8]) =
        (DATA + 0x100, 0xAABB_CCDD, DATA, 4, DATA + 0x40);
    b.retire(5);
    assert_eq!(b.cpu.gpr[1], DATA + 0xF0);
    assert_eq!(b.mem.word(u64::from(DATA + 0xF0)), DATA + 0x100);
    // stbux: byte 0xDD at DATA+4, r6 = DATA+4; sthu: 0xCCDD at DATA+6, r6 = DATA+6;
    // stwux r6,r6,r7: the old r6 (DATA+6) stored at DATA+10, then r6 = DATA+10.
    assert_eq!(b.cpu.gpr[6], DATA + 10);
    assert_eq!(b.mem.get_bytes(u64::from(DATA + 4), 10), [0xDD, 0, 0xCC, 0xDD, 0, 0, 0, 0, 0x20, 0x06]);
    assert_eq!(b.mem.word(u64::from(DATA + 0x40)), 0xAABB_CCDD);
}

#[test]
fn misaligned_and_page_crossing() {
    // A word at 0x2FFE crosses into 0x3000; a half at 0x2001 is misaligned; both work on the e500.
    let mut b = bench_with(&[
        word("stw", &[v(3), d(0x0FFE, 6)]),
        word("lwz", &[v(5), d(0x0FFE, 6)]),
        word("sth", &[v(3), d(1, 6)]),
        word("lha", &[v(9), d(1, 6)]),
    ]);
    (b.cpu.gpr[3], b.cpu.gpr[6]) = (0x1122_B344, DATA);
    b.retire(4);
    assert_eq!(b.mem.get_bytes(0x2FFE, 4), [0x11, 0x22, 0xB3, 0x44]);
    assert_eq!(b.mem.get_bytes(u64::from(DATA), 3), [0, 0xB3, 0x44]);
    assert_eq!((b.cpu.gpr[5], b.cpu.gpr[9]), (0x1122_B344, 0xFFFF_B344));
}

#[test]
fn load_store_multiple() {
    let mut b = bench_with(&[word("stmw", &[v(28), d(0, 6)]), word("lmw", &[v(29), d(4, 6)])]);
    b.cpu.gpr[6] = DATA;
    for (i, r) in (28..32).enumerate() {
        b.cpu.gpr[r] = 0x1000_0000 * (i as u32 + 1);
    }
    b.retire(1);
    assert_eq!(
        b.mem.get_bytes(u64::from(DATA), 16),
        [0x10, 0, 0, 0, 0x20, 0, 0, 0, 0x30, 0, 0, 0, 0x40, 0, 0, 0]
    );
    b.mem.put_words(u64::from(DATA + 4), &[7, 8, 9]);
    b.retire(1);
    assert_eq!(&b.cpu.gpr[28..], [0x1000_0000, 7, 8, 9]);
}

#[test]
fn multiple_and_reservation_forms_need_word_alignment() {
    // (mnemonic, operands, ESR): DEAR = EA = DATA + 2, nothing written.
    #[rustfmt::skip]
    let table: &[(&str, &[Arg], u32)] = &[
        ("lmw", &[v(30), d(2, 6)], 0),
        ("stmw", &[v(30), d(2, 6)], esr::ST),
        ("lwarx", &[v(5), v(6), v(7)], 0),
        ("stwcx.", &[v(5), v(6), v(7)], esr::ST),
    ];
    for &(m, args, e) in table {
        let mut b = bench_with(&[word(m, args)]);
        (b.cpu.gpr[6], b.cpu.gpr[7], b.cpu.gpr[30]) = (DATA, 2, 0x55);
        let kind = InterruptKind::Alignment { dear: Ea::new(DATA + 2), esr: e };
        assert_eq!(b.step(), StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE) }), "{m}");
        assert_eq!((b.cpu.gpr[30], b.mem.word(u64::from(DATA))), (0x55, 0), "{m}");
    }
}

#[test]
fn lwarx_stwcx_success_and_failure() {
    // lwarx r5,0,r6; addi r5,r5,1; stwcx. r5,0,r6  -> stored, CR0 = EQ.
    // stwcx. r5,0,r6 again -> no reservation: not stored, CR0 = SO only (XER[SO] set).
    // lwarx r5,0,r6; stwcx. r5,0,r7 (another word) -> fails and clears the reservation.
    let x = |m: &str, rs: i64, rb: i64| word(m, &[v(rs), v(0), v(rb)]);
    let mut b = bench_with(&[
        x("lwarx", 5, 6),
        word("addi", &[v(5), v(5), v(1)]),
        x("stwcx.", 5, 6),
        x("stwcx.", 5, 6),
        x("lwarx", 5, 6),
        x("stwcx.", 5, 7),
    ]);
    (b.cpu.gpr[6], b.cpu.gpr[7]) = (DATA, DATA + 4);
    b.mem.put_words(u64::from(DATA), &[41]);
    b.retire(3);
    assert_eq!((b.mem.word(u64::from(DATA)), b.cpu.cr >> 28, b.cpu.reservation()), (42, 0x2, None));
    b.cpu.xer = 0x8000_0000;
    b.cpu.gpr[5] = 99;
    b.retire(1);
    assert_eq!((b.mem.word(u64::from(DATA)), b.cpu.cr >> 28), (42, 0x1));
    b.retire(1);
    assert!(b.cpu.reservation().is_some());
    b.retire(1);
    assert_eq!((b.mem.word(u64::from(DATA + 4)), b.cpu.cr >> 28, b.cpu.reservation()), (0, 0x1, None));
}

#[test]
fn dcbz_zeroes_the_block_and_touches_never_fault() {
    // dcbz at DATA + 0x25 zeroes DATA + 0x20 .. + 0x40; dcbt on an unmapped EA is a no-op.
    let mut b = bench_with(&[word("dcbz", &[v(6), v(7)]), word("dcbt", &[v(0), v(8)])]);
    let ones = [0xFFFF_FFFFu32; 24];
    b.mem.put_words(u64::from(DATA + 0x10), &ones);
    (b.cpu.gpr[6], b.cpu.gpr[7], b.cpu.gpr[8]) = (DATA, 0x25, 0x7000_0000);
    b.retire(2);
    let bytes = b.mem.get_bytes(u64::from(DATA + 0x10), 0x60);
    assert!(bytes[..0x10].iter().all(|&x| x == 0xFF));
    assert!(bytes[0x10..0x30].iter().all(|&x| x == 0));
    assert!(bytes[0x30..].iter().all(|&x| x == 0xFF));
}

#[test]
fn dcbz_on_a_write_through_or_inhibited_page_is_an_alignment_interrupt() {
    // EA 0x10000000 -> PA 0x3000 (4 KiB) with W (then I): an `stw` there completes (and leaves
    // the page's store translation in the micro-TLB), the `dcbz` after it takes an alignment
    // interrupt, as the e500 does for a `dcbz` to a write-through or caching-inhibited page
    // (`Cpu::dcbz`): the micro-TLB must keep the entry's W and I bits. DEAR is the EA as given,
    // not its block; ESR[ST]. On an unmapped EA: a data TLB error naming that EA.
    for wimge in [mas2::W.mask(), mas2::I.mask()] {
        let mut b = bench_with(&[word("stw", &[v(3), d(0, 6)]), word("dcbz", &[v(0), v(7)])]);
        super::map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, wimge, 0, false);
        b.mem.put_words(0x3020, &[0xFFFF_FFFF; 8]);
        (b.cpu.gpr[3], b.cpu.gpr[6], b.cpu.gpr[7]) = (0x1122_3344, 0x1000_0000, 0x1000_0025);
        assert_eq!(b.step(), StepOutcome::Retired);
        let kind = InterruptKind::Alignment { dear: Ea::new(0x1000_0025), esr: esr::ST };
        assert_eq!(b.step(), StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE + 4) }));
        assert_eq!((b.mem.word(0x3000), b.mem.word(0x3020)), (0x1122_3344, 0xFFFF_FFFF));
    }
    // The line follows the TLB: the plain page's store translation is in the line when the
    // entry is rewritten cache-inhibited (then plain again), and when the PID changes to one
    // whose entry at the same EA is cache-inhibited and back; each `dcbz` sees the entry of
    // its moment.
    let dcbz_at = |b: &mut Bench| {
        b.cpu.pc = Ea::new(CODE + 4);
        b.step()
    };
    let inhibited = mas2::I.mask();
    let mut b = bench_with(&[word("stw", &[v(3), d(0, 6)]), word("dcbz", &[v(0), v(7)])]);
    super::map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    (b.cpu.gpr[6], b.cpu.gpr[7]) = (0x1000_0000, 0x1000_0025);
    assert_eq!(b.step(), StepOutcome::Retired);
    super::map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, inhibited, 0, false);
    assert!(matches!(
        dcbz_at(&mut b),
        StepOutcome::Interrupt(Interrupt { kind: InterruptKind::Alignment { .. }, .. })
    ));
    super::map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    assert_eq!(dcbz_at(&mut b), StepOutcome::Retired);
    // TID 5: plain; TID 6: inhibited, elsewhere.
    super::map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 5, false);
    super::map(&mut b.cpu, 2, 0x1000_0000, 0x4000, 1, 0x3F, inhibited, 6, false);
    for (pid, inhibits) in [(5, false), (6, true), (5, false), (6, true)] {
        b.cpu.arch.sprs.pid = [pid, 0, 0];
        let outcome = dcbz_at(&mut b);
        assert_eq!(matches!(outcome, StepOutcome::Interrupt(_)), inhibits, "PID {pid}: {outcome:?}");
    }

    let mut b = bench_with(&[word("dcbz", &[v(0), v(7)])]);
    b.cpu.gpr[7] = 0x5000_0025;
    let kind = InterruptKind::DataTlbError { dear: Ea::new(0x5000_0025), esr: esr::ST, space: false };
    assert_eq!(b.step(), StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE) }));
}

#[test]
fn faults_leave_no_partial_effect() {
    // EA 0x10000000 -> PA 0x3000 (4 KiB); EA 0x10001000 is unmapped. A word store at 0x10000FFE
    // crosses into it: the second page misses before anything is written, DEAR names the first
    // byte in the missing page (what a miss handler must map), and RA of the update form stays.
    let mut b = bench_with(&[word("stwu", &[v(3), d(-2, 6)])]);
    super::map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    (b.cpu.gpr[3], b.cpu.gpr[6]) = (0x1122_3344, 0x1000_1000);
    let kind = InterruptKind::DataTlbError { dear: Ea::new(0x1000_1000), esr: esr::ST, space: false };
    assert_eq!(b.step(), StepOutcome::Interrupt(Interrupt { kind, srr0: Ea::new(CODE) }));
    assert_eq!((b.cpu.gpr[6], b.mem.get_bytes(0x3FFE, 2)), (0x1000_1000, vec![0, 0]));

    // A faulting lwzu leaves RT and RA alone.
    let mut b = bench_with(&[word("lwzu", &[v(5), d(0, 6)])]);
    (b.cpu.gpr[5], b.cpu.gpr[6]) = (7, 0x5000_0000);
    assert!(matches!(b.step(), StepOutcome::Interrupt(_)));
    assert_eq!((b.cpu.gpr[5], b.cpu.gpr[6], b.cpu.pc), (7, 0x5000_0000, Ea::new(CODE)));
}
