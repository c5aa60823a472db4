//! Branches (every BO form), LR/CTR updates, CR instructions.

use super::{Bench, CODE, v, word};
use crate::addr::Ea;
use crate::cpu::{InterruptKind, ProgramCause, StepOutcome};

/// `bc BO,BI,target` at CODE with CTR = `ctr` and CR bit 6 (cr1 EQ) = `bit`; returns (taken,
/// CTR after).
fn bc(bo: i64, ctr: u32, bit: bool) -> (bool, u32) {
    let target = i64::from(CODE) + 0x40;
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("bc", &[v(bo), v(6), v(target)])]);
    b.cpu.ctr = ctr;
    b.cpu.cr = if bit { 0x0200_0000 } else { 0 };
    b.retire(1);
    let taken = match b.cpu.pc.raw() {
        pc if pc == CODE + 0x40 => true,
        pc if pc == CODE + 4 => false,
        pc => panic!("BO {bo}: PC {pc:#x}"),
    };
    (taken, b.cpu.ctr)
}

#[test]
fn every_bo_form_of_bc() {
    // (BO, CTR in, CR bit, taken, CTR out). BO bits: 0x10 skip CR test, 0x08 branch if bit = 1,
    // 0x04 skip CTR, 0x02 branch if CTR = 0 (after decrement), 0x01 the y hint (no effect).
    #[rustfmt::skip]
    let table: &[(i64, u32, bool, bool, u32)] = &[
        // 0000y: CTR-1 != 0 and bit false.
        (0, 2, false, true, 1), (0, 1, false, false, 0), (0, 2, true, false, 1), (1, 2, false, true, 1),
        // 0001y: CTR-1 == 0 and bit false.
        (2, 1, false, true, 0), (2, 2, false, false, 1), (2, 1, true, false, 0), (3, 1, false, true, 0),
        // 001zy: bit false, CTR untouched.
        (4, 5, false, true, 5), (4, 5, true, false, 5), (5, 0, false, true, 0),
        // 0100y: CTR-1 != 0 and bit true.
        (8, 2, true, true, 1), (8, 1, true, false, 0), (8, 2, false, false, 1), (9, 3, true, true, 2),
        // 0101y: CTR-1 == 0 and bit true.
        (10, 1, true, true, 0), (10, 2, true, false, 1), (10, 1, false, false, 0), (11, 1, true, true, 0),
        // 011zy: bit true.
        (12, 5, true, true, 5), (12, 5, false, false, 5), (13, 0, true, true, 0),
        // 1z00y: CTR-1 != 0; CTR 0 wraps to 0xFFFFFFFF, which is != 0.
        (16, 2, false, true, 1), (16, 1, true, false, 0), (16, 0, false, true, 0xFFFF_FFFF),
        (17, 2, true, true, 1),
        // 1z01y: CTR-1 == 0.
        (18, 1, false, true, 0), (18, 2, true, false, 1), (19, 1, true, true, 0),
        // 1z1zz: always.
        (20, 7, false, true, 7), (20, 0, true, true, 0),
    ];
    for &(bo, ctr, bit, taken, ctr_out) in table {
        assert_eq!(bc(bo, ctr, bit), (taken, ctr_out), "BO {bo} CTR {ctr} bit {bit}");
    }
}

#[test]
fn link_and_absolute_forms() {
    // bl: LR = next; ba: absolute target; bcl not taken still sets LR.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("bl", &[v(i64::from(CODE) + 0x100)])]);
    b.retire(1);
    assert_eq!((b.cpu.pc, b.cpu.lr), (Ea::new(CODE + 0x100), CODE + 4));

    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("ba", &[v(0x2000)])]);
    b.retire(1);
    assert_eq!((b.cpu.pc, b.cpu.lr), (Ea::new(0x2000), 0));

    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("bcl", &[v(12), v(2), v(0x3000)])]);
    b.retire(1);
    assert_eq!((b.cpu.pc, b.cpu.lr), (Ea::new(CODE + 4), CODE + 4));

    // blrl: the target is the old LR (low bits cleared), then LR = next.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("blrl", &[])]);
    b.cpu.lr = 0x2003;
    b.retire(1);
    assert_eq!((b.cpu.pc, b.cpu.lr), (Ea::new(0x2000), CODE + 4));

    // bdnzlr: decrements CTR, branches to LR while CTR != 0.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("bdnzlr", &[])]);
    (b.cpu.lr, b.cpu.ctr) = (0x2000, 2);
    b.retire(1);
    assert_eq!((b.cpu.pc, b.cpu.ctr), (Ea::new(0x2000), 1));

    // bctrl.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("bctrl", &[])]);
    b.cpu.ctr = 0x2404;
    b.retire(1);
    assert_eq!((b.cpu.pc, b.cpu.lr, b.cpu.ctr), (Ea::new(0x2404), CODE + 4, 0x2404));

    // Backward relative displacement.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("b", &[v(i64::from(CODE) - 0x800)])]);
    b.retire(1);
    assert_eq!(b.cpu.pc, Ea::new(CODE - 0x800));
}

#[test]
fn bcctr_with_decrementing_bo_is_illegal() {
    // bcctr 16,0 = 0x4C000420 | BO 16 << 21: an invalid form; PIL, CTR and LR untouched.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[0x4E00_0421]);
    (b.cpu.ctr, b.cpu.lr) = (5, 9);
    let out = b.step();
    assert_eq!(
        out,
        StepOutcome::Interrupt(crate::cpu::Interrupt {
            kind: InterruptKind::Program(ProgramCause::Illegal),
            srr0: Ea::new(CODE)
        })
    );
    assert_eq!((b.cpu.ctr, b.cpu.lr, b.cpu.pc), (5, 9, Ea::new(CODE)));
}

#[test]
fn branch_to_self_halts_and_a_counted_loop_runs() {
    // li r3,0; li r4,5; mtctr r4; loop: addi r3,r3,2; bdnz loop; b .
    let mut b = Bench::v2();
    let c = i64::from(CODE);
    b.program(&[
        ("li", &[v(3), v(0)]),
        ("li", &[v(4), v(5)]),
        ("mtctr", &[v(4)]),
        ("addi", &[v(3), v(3), v(2)]),
        ("bdnz", &[v(c + 12)]),
        ("b", &[v(c + 20)]),
    ]);
    b.run_to_halt(100);
    assert_eq!((b.cpu.gpr[3], b.cpu.ctr, b.cpu.pc), (10, 0, Ea::new(CODE + 20)));
    // Steps: 3 + 5 * 2 + the halting `b .` = 14 instructions retired, 14 time-base ticks.
    assert_eq!(b.cpu.arch.sprs.tb, 14);
}

#[test]
fn cr_logical_and_moves() {
    // (mnemonic, operands, CR in, CR out). CR bits MSB-0: bit n = 0x80000000 >> n.
    #[rustfmt::skip]
    let table: &[(&str, &[i64], u32, u32)] = &[
        ("crand", &[0, 1, 2], 0x6000_0000, 0xE000_0000),
        ("crand", &[0, 1, 2], 0x4000_0000, 0x4000_0000),
        ("cror", &[31, 0, 1], 0x4000_0000, 0x4000_0001),
        ("crxor", &[5, 5, 5], 0x0400_0000, 0),
        ("crnand", &[0, 1, 2], 0x6000_0000, 0x6000_0000),
        ("crnor", &[3, 1, 2], 0, 0x1000_0000),
        ("creqv", &[4, 1, 2], 0, 0x0800_0000),
        ("crandc", &[0, 1, 2], 0x4000_0000, 0xC000_0000),
        ("crorc", &[0, 1, 2], 0x2000_0000, 0x2000_0000),
        // mcrf cr7, cr0.
        ("mcrf", &[7, 0], 0xA000_0000, 0xA000_000A),
    ];
    for &(m, ops, cr, out) in table {
        let args: Vec<_> = ops.iter().map(|&x| v(x)).collect();
        let mut b = Bench::v2();
        b.mem.put_words(u64::from(CODE), &[word(m, &args)]);
        b.cpu.cr = cr;
        b.retire(1);
        assert_eq!(b.cpu.cr, out, "{m} {ops:?}");
    }

    // mcrxr cr2: CR2 = XER[0:3], which is then cleared.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("mcrxr", &[v(2)])]);
    b.cpu.xer = 0xE000_0012;
    b.retire(1);
    assert_eq!((b.cpu.cr, b.cpu.xer), (0x00E0_0000, 0x0000_0012));

    // mfcr; mtcrf 0x81 copies fields 0 and 7 only.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[word("mfcr", &[v(5)]), word("mtcrf", &[v(0x81), v(6)])]);
    (b.cpu.cr, b.cpu.gpr[6]) = (0x1234_5678, 0xABCD_EF90);
    b.retire(2);
    assert_eq!((b.cpu.gpr[5], b.cpu.cr), (0x1234_5678, 0xA234_5670));
}

#[test]
fn a_canonical_bo_makes_the_same_branch() {
    // `bo_canonical` drops only bits the condition does not look at: every BO (reserved ones
    // too) branches, and leaves CTR, as its canonical value does, for either CR bit and CTR
    // 0, 1, 2.
    use crate::cpu::branch::bo_canonical;
    for bo in 0..32 {
        for bit in [false, true] {
            for ctr in [0, 1, 2] {
                let branch = |bo| {
                    let mut b = Bench::v2();
                    (b.cpu.ctr, b.cpu.cr) = (ctr, if bit { 0x0200_0000 } else { 0 });
                    (b.cpu.condition_bo(bo, 6), b.cpu.ctr)
                };
                assert_eq!(branch(bo), branch(bo_canonical(bo)), "BO {bo:#07b}, bit {bit}, CTR {ctr}");
            }
        }
    }
}

#[test]
fn the_page_loop_knows_the_common_bc_forms() {
    // Book-E 3.3.13's BO table (z: ignored, y: the hint) against the forms the burst's loop runs
    // itself; a branch with link, an absolute one, or one that tests both CTR and the CR, or
    // CTR = 0, is left to the full rule.
    use crate::cpu::decode_cache::Form;
    let target = v(i64::from(CODE) + 0x40);
    #[rustfmt::skip]
    let table: &[(&str, i64, Form)] = &[
        ("bc", 4, Form::BcIfFalse), ("bc", 5, Form::BcIfFalse),         // 001zy: bne, bge, ...
        ("bc", 12, Form::BcIfTrue), ("bc", 13, Form::BcIfTrue),         // 011zy: beq, blt, ...
        ("bc", 16, Form::BcCtrNonZero), ("bc", 17, Form::BcCtrNonZero), // 1z00y: bdnz
        ("bc", 20, Form::BcAlways),                                     // 1z1zz
        ("bc", 18, Form::Plain), ("bc", 0, Form::Plain), ("bc", 8, Form::Plain), ("bc", 10, Form::Plain),
        ("bcl", 12, Form::Plain), ("bcl", 16, Form::Plain), ("bca", 12, Form::Plain),
    ];
    for &(op, bo, form) in table {
        let insn = crate::isa::decode(word(op, &[v(bo), v(2), target]));
        assert_eq!(Form::of(insn), form, "{op} {bo}");
    }
    let others = [word("b", &[target]), word("blr", &[]), word("bdnzlr", &[])];
    assert!(others.iter().all(|&w| Form::of(crate::isa::decode(w)) == Form::Plain));
}
