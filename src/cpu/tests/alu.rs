//! Arithmetic, logical, rotate, compare: table-driven, every expected value worked by hand from
//! the Book-E definitions (the comment on each row shows the arithmetic).

use super::super::alu::{insn_rotate_mask, rotate_mask, xer};
use super::{Bench, CODE, v, word};
use crate::isa::{Arg, Field, Insn, Op};

const SO: u32 = xer::SO;
const OV: u32 = xer::OV;
const CA: u32 = xer::CA;

/// Runs one instruction with r3 = `a`, r4 = `b`, r5 = `rt_in`, XER = `xer_in`, CR = 0; returns
/// (r5, XER, CR0).
fn run(m: &str, args: &[Arg], a: u32, b: u32, rt_in: u32, xer_in: u32) -> (u32, u32, u32) {
    let mut bench = Bench::v2();
    bench.mem.put_words(u64::from(CODE), &[word(m, args)]);
    bench.cpu.gpr[3] = a;
    bench.cpu.gpr[4] = b;
    bench.cpu.gpr[5] = rt_in;
    bench.cpu.xer = xer_in;
    bench.retire(1);
    (bench.cpu.gpr[5], bench.cpu.xer, bench.cpu.cr >> 28)
}

const RT_RA_RB: &[Arg] = &[v(5), v(3), v(4)];
const RT_RA: &[Arg] = &[v(5), v(3)];

#[test]
fn add_subtract_family() {
    // (mnemonic, RA, RB, XER in, RT, XER out, CR0). CR0 = LT 8 | GT 4 | EQ 2 | SO 1.
    #[rustfmt::skip]
    let table: &[(&str, u32, u32, u32, u32, u32, u32)] = &[
        // 0x7FFFFFFF + 1 = 0x80000000: pos + pos = neg -> OV, SO; CR0 LT|SO.
        ("addo.", 0x7FFF_FFFF, 1, 0, 0x8000_0000, SO | OV, 0x9),
        ("add.", 0x7FFF_FFFF, 1, 0, 0x8000_0000, 0, 0x8),
        // -1 + 1 = 0: no signed overflow; add never touches CA.
        ("addo", 0xFFFF_FFFF, 1, 0, 0, 0, 0),
        ("addc", 0xFFFF_FFFF, 1, 0, 0, CA, 0),
        // neg + neg = 0 with a carry out: CA, OV, SO; CR0 EQ|SO.
        ("addco.", 0x8000_0000, 0x8000_0000, 0, 0, CA | OV | SO, 0x3),
        // Record form copies SO from XER: 5 + 3 = 8, GT|SO.
        ("add.", 5, 3, SO, 8, SO, 0x5),
        // OE form clears a stale OV but never SO.
        ("addo", 1, 2, SO | OV, 3, SO, 0),
        // 0xFFFFFFFF + 0 + CA(1) = 2^32: 0, CA.
        ("adde", 0xFFFF_FFFF, 0, CA, 0, CA, 0),
        ("adde", 1, 2, CA, 4, 0, 0),
        // 0x7FFFFFFF + 0 + 1 = 0x80000000: OV, SO, no carry.
        ("addeo", 0x7FFF_FFFF, 0, CA, 0x8000_0000, SO | OV, 0),
        // addme: RA + CA - 1. 0 + 0 + 0xFFFFFFFF = 0xFFFFFFFF, no carry.
        ("addme", 0, 0, 0, 0xFFFF_FFFF, 0, 0),
        // 5 + 1 + 0xFFFFFFFF = 2^32 + 5: 5, CA.
        ("addme", 5, 0, CA, 5, CA, 0),
        // addze: 0xFFFFFFFF + 1 = 2^32: 0, CA.
        ("addze", 0xFFFF_FFFF, 0, CA, 0, CA, 0),
        ("addzeo.", 0x7FFF_FFFF, 0, CA, 0x8000_0000, SO | OV, 0x9),
        // subf: RB - RA. 0 - 1 = -1.
        ("subf", 1, 0, 0, 0xFFFF_FFFF, 0, 0),
        // 0x80000000 - 1 = 0x7FFFFFFF: neg - pos = pos -> OV, SO; GT|SO.
        ("subfo.", 1, 0x8000_0000, 0, 0x7FFF_FFFF, SO | OV, 0x5),
        // subfc: !RA + RB + 1. !1 + 0 + 1 = 0xFFFFFFFF, no carry (a borrow).
        ("subfc", 1, 0, 0, 0xFFFF_FFFF, 0, 0),
        // !1 + 1 + 1 = 2^32: 0, CA (no borrow).
        ("subfc", 1, 1, 0, 0, CA, 0),
        // !0 + 0 + 1 = 2^32: subtracting 0 carries.
        ("subfc", 0, 0, 0, 0, CA, 0),
        // subfe: !RA + RB + CA. !1 + 1 + 0 = 0xFFFFFFFF.
        ("subfe", 1, 1, 0, 0xFFFF_FFFF, 0, 0),
        // !0 + 5 + 1 = 2^32 + 5.
        ("subfe", 0, 5, CA, 5, CA, 0),
        // subfme: !RA + CA - 1. !0 + 1 + 0xFFFFFFFF = 2^33 - 1: 0xFFFFFFFF, CA.
        ("subfme", 0, 0, CA, 0xFFFF_FFFF, CA, 0),
        ("subfme", 0xFFFF_FFFF, 0, 0, 0xFFFF_FFFF, 0, 0),
        // subfze: !RA + CA. !0 + 1 = 2^32: 0, CA.
        ("subfze", 0, 0, CA, 0, CA, 0),
        ("subfze", 1, 0, 0, 0xFFFF_FFFE, 0, 0),
        // neg 0x80000000 = 0x80000000 with OV; CR0 LT|SO.
        ("nego.", 0x8000_0000, 0, 0, 0x8000_0000, SO | OV, 0x9),
        ("neg", 5, 0, CA, 0xFFFF_FFFB, CA, 0),
        ("nego", 0, 0, 0, 0, 0, 0),
    ];
    for &(m, a, b, xin, rt, xout, cr0) in table {
        let args = if m.starts_with("addme")
            || m.starts_with("addze")
            || m.starts_with("subfme")
            || m.starts_with("subfze")
            || m.starts_with("neg")
        {
            RT_RA
        } else {
            RT_RA_RB
        };
        assert_eq!(run(m, args, a, b, 0, xin), (rt, xout, cr0), "{m} {a:#x}, {b:#x}, XER {xin:#x}");
    }
}

#[test]
fn multiply_divide() {
    #[rustfmt::skip]
    let table: &[(&str, u32, u32, u32, u32, u32, u32)] = &[
        // 0x10000 * 0x10000 = 2^32: low word 0, does not fit 32 signed bits -> OV.
        ("mullwo", 0x1_0000, 0x1_0000, 0, 0, SO | OV, 0),
        // -1 * -1 = 1: GT.
        ("mullwo.", 0xFFFF_FFFF, 0xFFFF_FFFF, 0, 1, 0, 0x4),
        ("mullw", 0x7FFF_FFFF, 2, 0, 0xFFFF_FFFE, 0, 0),
        // -2^31 * 2 = -2^32: high word 0xFFFFFFFF. Unsigned 2^31 * 2 = 2^32: high word 1.
        ("mulhw", 0x8000_0000, 2, 0, 0xFFFF_FFFF, 0, 0),
        ("mulhwu", 0x8000_0000, 2, 0, 1, 0, 0),
        // (-1)(-1) = 1: high 0. (2^32-1)^2 = 2^64 - 2^33 + 1: high 0xFFFFFFFE.
        ("mulhw.", 0xFFFF_FFFF, 0xFFFF_FFFF, 0, 0, 0, 0x2),
        ("mulhwu", 0xFFFF_FFFF, 0xFFFF_FFFF, 0, 0xFFFF_FFFE, 0, 0),
        // Truncation toward zero: -7 / 2 = -3.
        ("divw", 7, 2, 0, 3, 0, 0),
        ("divw", 0xFFFF_FFF9, 2, 0, 0xFFFF_FFFD, 0, 0),
        // Undefined cases, as QEMU 7.2: the divisor becomes 1, so RT = RA; OV with OE.
        ("divwo.", 5, 0, 0, 5, SO | OV, 0x5),
        ("divwo", 0x8000_0000, 0xFFFF_FFFF, 0, 0x8000_0000, SO | OV, 0),
        ("divw", 0x8000_0000, 0xFFFF_FFFF, 0, 0x8000_0000, 0, 0),
        ("divwuo", 7, 0, 0, 7, SO | OV, 0),
        ("divwu", 0xFFFF_FFFF, 2, 0, 0x7FFF_FFFF, 0, 0),
        // A good divwo clears OV and keeps SO.
        ("divwo", 7, 2, SO | OV, 3, SO, 0),
    ];
    for &(m, a, b, xin, rt, xout, cr0) in table {
        assert_eq!(run(m, RT_RA_RB, a, b, 0, xin), (rt, xout, cr0), "{m} {a:#x}, {b:#x}");
    }
}

#[test]
fn immediate_forms() {
    // (mnemonic, RA, SI, XER in, RT, XER out, CR0)
    #[rustfmt::skip]
    let table: &[(&str, u32, i64, u32, u32, u32, u32)] = &[
        ("addi", 5, -6, 0, 0xFFFF_FFFF, 0, 0),
        ("addis", 5, -1, 0, 0xFFFF_0005, 0, 0),
        // addic: 0xFFFFFFFF + 1 carries.
        ("addic", 0xFFFF_FFFF, 1, 0, 0, CA, 0),
        // addic. always records (never sets OV): 0x80000000 is LT.
        ("addic.", 0x7FFF_FFFF, 1, SO, 0x8000_0000, SO, 0x9),
        // subfic: SI - RA = !RA + SI + 1. 0 - 1: 0xFFFFFFFE + 0 + 1, no carry.
        ("subfic", 1, 0, 0, 0xFFFF_FFFF, 0, 0),
        ("subfic", 0, 0, 0, 0, CA, 0),
        // -1 - 5 = -6: !5 + 0xFFFFFFFF + 1 = 0xFFFFFFFA + 2^32: CA.
        ("subfic", 5, -1, 0, 0xFFFF_FFFA, CA, 0),
        ("mulli", 0x7FFF_FFFF, 2, 0, 0xFFFF_FFFE, 0, 0),
        ("mulli", 3, -4, 0, 0xFFFF_FFF4, 0, 0),
    ];
    for &(m, a, si, xin, rt, xout, cr0) in table {
        assert_eq!(run(m, &[v(5), v(3), v(si)], a, 0, 0, xin), (rt, xout, cr0), "{m} {a:#x}, {si}");
    }
    // addi/addis with RA = 0 use the value 0, not r0 (li/lis).
    let mut bench = Bench::v2();
    bench.cpu.gpr[0] = 0x1234;
    bench
        .mem
        .put_words(u64::from(CODE), &[word("addi", &[v(5), v(0), v(7)]), word("addis", &[v(6), v(0), v(1)])]);
    bench.retire(2);
    assert_eq!((bench.cpu.gpr[5], bench.cpu.gpr[6]), (7, 0x1_0000));
}

#[test]
fn logical() {
    // (mnemonic, operands, RS=r3, RB=r4, RA=r5 result, CR0). Logical ops write RA from RS.
    let rs_rb: &[Arg] = &[v(5), v(3), v(4)];
    let rs: &[Arg] = &[v(5), v(3)];
    #[rustfmt::skip]
    let table: &[(&str, &[Arg], u32, u32, u32, u32)] = &[
        ("and.", rs_rb, 0xF0F0_1234, 0xFF00_FF00, 0xF000_1200, 0x8),
        ("andc", rs_rb, 0xF0F0_1234, 0xFF00_FF00, 0x00F0_0034, 0),
        ("or", rs_rb, 0xF000_0000, 0x0000_000F, 0xF000_000F, 0),
        ("orc", rs_rb, 0, 0xFFFF_FFF0, 0xF, 0),
        ("xor.", rs_rb, 0x1234, 0x1234, 0, 0x2),
        ("nand", rs_rb, 0xFFFF_0000, 0xFF00_FF00, 0x00FF_FFFF, 0),
        ("nor", rs_rb, 0xFFFF_0000, 0x0000_00FF, 0x0000_FF00, 0),
        ("eqv", rs_rb, 0xF0F0_F0F0, 0xFF00_FF00, 0xF00F_F00F, 0),
        ("extsb.", rs, 0x1234_5680, 0, 0xFFFF_FF80, 0x8),
        ("extsh", rs, 0x1234_7FFF, 0, 0x7FFF, 0),
        ("cntlzw", rs, 0, 0, 32, 0),
        ("cntlzw.", rs, 1, 0, 31, 0x4),
        // andi./andis. always record: 0x12348000 & 0x8000 = 0x8000 (GT).
        ("andi.", &[v(5), v(3), v(0x8000)], 0x1234_8000, 0, 0x8000, 0x4),
        ("andis.", &[v(5), v(3), v(0x8000)], 0x1234_8000, 0, 0, 0x2),
        ("ori", &[v(5), v(3), v(0xFFFF)], 0x1234_0000, 0, 0x1234_FFFF, 0),
        ("oris", &[v(5), v(3), v(0xFFFF)], 0x1234, 0, 0xFFFF_1234, 0),
        ("xori", &[v(5), v(3), v(0xFFFF)], 0x1234_5678, 0, 0x1234_A987, 0),
        ("xoris", &[v(5), v(3), v(0xFFFF)], 0x1234_5678, 0, 0xEDCB_5678, 0),
    ];
    for &(m, args, s, b, ra, cr0) in table {
        let (r, _, c) = run(m, args, s, b, 0, 0);
        assert_eq!((r, c), (ra, cr0), "{m} {s:#x}, {b:#x}");
    }
}

#[test]
fn rotate_masks() {
    // MASK(MB, ME) in MSB-0 bits; MB > ME wraps.
    #[rustfmt::skip]
    let table: &[(u32, u32, u32)] = &[
        (0, 31, 0xFFFF_FFFF), (0, 0, 0x8000_0000), (31, 31, 1), (16, 31, 0xFFFF),
        (16, 1, 0xC000_FFFF), (28, 3, 0xF000_000F), (1, 0, 0xFFFF_FFFF), (31, 0, 0x8000_0001),
    ];
    for &(mb, me, m) in table {
        assert_eq!(rotate_mask(mb, me), m, "MASK({mb}, {me})");
    }
    // The interpreter's table, looked up by the instruction's MB and ME fields, whatever the
    // other fields hold.
    for (mb, me) in (0..32).flat_map(|mb| (0..32).map(move |me| (mb, me))) {
        let word = 0x5400_0000
            | Field::Rt.put(7)
            | Field::Ra.put(9)
            | Field::Rb.put(31)
            | Field::Mb.put(mb)
            | Field::Me.put(me)
            | 1;
        let insn = Insn { word, op: Op::Rlwinm };
        assert_eq!(insn_rotate_mask(insn), rotate_mask(mb, me), "MASK({mb}, {me})");
    }
}

#[test]
fn rotates_and_shifts() {
    // (mnemonic, operands, RS=r3, RB=r4, RA in, RA out, XER out, CR0)
    let sh = |n: i64| [v(5), v(3), v(n)];
    let rlwinm = [v(5), v(3), v(0), v(16), v(1)];
    let rlwimi_wrap = [v(5), v(3), v(8), v(28), v(3)];
    let rlwimi_linux = [v(5), v(3), v(26), v(27), v(31)];
    let rlwnm = [v(5), v(3), v(4), v(0), v(31)];
    let x = [v(5), v(3), v(4)];
    #[rustfmt::skip]
    let table: &[(&str, &[Arg], u32, u32, u32, u32, u32, u32)] = &[
        // Linux `rlwinm r12,r12,0,16,1` keeps MASK(16,1) = 0xC000FFFF.
        ("rlwinm", &rlwinm, 0x1234_5678, 0, 0, 0x0000_5678, 0, 0),
        // rotl(0x12345678, 8) = 0x34567812; MASK(28,3) = 0xF000000F -> 0x30000002, merged into
        // 0xAAAAAAAA & 0x0FFFFFF0 = 0x0AAAAAA0.
        ("rlwimi", &rlwimi_wrap, 0x1234_5678, 0, 0xAAAA_AAAA, 0x3AAA_AAA2, 0, 0),
        // Linux `rlwimi r12,r11,26,27,31`: rotl(0xFFFFFFC0, 26) = 0x03FFFFFF; & 0x1F = 0x1F.
        ("rlwimi", &rlwimi_linux, 0xFFFF_FFC0, 0, 0x1234_5678, 0x1234_567F, 0, 0),
        // rlwnm rotates by RB & 31: 36 -> 4.
        ("rlwnm", &rlwnm, 0x1234_5678, 36, 0, 0x2345_6781, 0, 0),
        // slw/srw use RB & 0x3F: 32..63 give 0; 64 is a shift of 0.
        ("slw", &x, 1, 31, 0, 0x8000_0000, 0, 0),
        ("slw", &x, 1, 32, 7, 0, 0, 0),
        ("slw", &x, 1, 63, 7, 0, 0, 0),
        ("slw", &x, 1, 64, 7, 1, 0, 0),
        ("srw", &x, 0x8000_0000, 31, 0, 1, 0, 0),
        ("srw.", &x, 0x8000_0000, 32, 7, 0, 0, 0x2),
        ("srw", &x, 0x8000_0000, 0x40, 0, 0x8000_0000, 0, 0),
        // sraw: CA iff negative and a 1 shifted out. 0x80000000 >> 31: only zeros out.
        ("sraw", &x, 0x8000_0000, 31, 0, 0xFFFF_FFFF, 0, 0),
        ("sraw", &x, 0x8000_0001, 1, 0, 0xC000_0000, CA, 0),
        // Shift >= 32: all sign; the 1 in bit 0 (MSB-0) went out.
        ("sraw", &x, 0x8000_0000, 32, 0, 0xFFFF_FFFF, CA, 0),
        ("sraw", &x, 0x7FFF_FFFF, 40, 0, 0, 0, 0),
        ("sraw.", &x, 0x8000_0000, 64, 0, 0x8000_0000, 0, 0x8),
        // srawi: -5 >> 1 = -3 (rounds down) with CA; -4 >> 2 = -1 exactly, no CA.
        ("srawi", &sh(1), 0xFFFF_FFFB, 0, 0, 0xFFFF_FFFD, CA, 0),
        ("srawi", &sh(2), 0xFFFF_FFFC, 0, 0, 0xFFFF_FFFF, 0, 0),
        ("srawi", &sh(0), 0xFFFF_FFFF, 0, 0, 0xFFFF_FFFF, 0, 0),
    ];
    for &(m, args, s, b, ra_in, ra, xout, cr0) in table {
        // The algebraic shifts start with CA set, to see them clear it.
        let xin = if m.starts_with("sra") { CA } else { 0 };
        assert_eq!(run(m, args, s, b, ra_in, xin), (ra, xout, cr0), "{m} {s:#x}, {b}");
    }
}

#[test]
fn compares_into_any_field() {
    // (mnemonic, operands, r3, r4, XER, CR)
    #[rustfmt::skip]
    let table: &[(&str, &[Arg], u32, u32, u32, u32)] = &[
        // Signed -1 < 1: LT (8) in cr3 = bits 12:15 -> 0x00080000.
        ("cmpw", &[v(3), v(3), v(4)], 0xFFFF_FFFF, 1, 0, 0x0008_0000),
        // Unsigned 0xFFFFFFFF > 1: GT in cr3.
        ("cmplw", &[v(3), v(3), v(4)], 0xFFFF_FFFF, 1, 0, 0x0004_0000),
        // EQ|SO in cr7.
        ("cmpwi", &[v(7), v(3), v(-1)], 0xFFFF_FFFF, 0, SO, 0x3),
        ("cmplwi", &[v(0), v(3), v(0xFFFF)], 0x1_0000, 0, 0, 0x4000_0000),
        ("cmpw", &[v(1), v(3), v(4)], 5, 5, 0, 0x0200_0000),
        // The L bit is ignored on this 32-bit core.
        ("cmp", &[v(2), v(1), v(3), v(4)], 1, 2, 0, 0x0080_0000),
    ];
    for &(m, args, a, b, x, cr) in table {
        let mut bench = Bench::v2();
        bench.mem.put_words(u64::from(CODE), &[word(m, args)]);
        (bench.cpu.gpr[3], bench.cpu.gpr[4], bench.cpu.xer) = (a, b, x);
        bench.retire(1);
        assert_eq!(bench.cpu.cr, cr, "{m} {args:?}");
    }
}

#[test]
fn isel_picks_by_cr_bit() {
    // (CR, BC, RA field, RT): CR bit BC set -> (RA|0), else RB (r4 = 0x44).
    let table: &[(u32, i64, i64, u32)] =
        &[(0x2000_0000, 2, 3, 0x33), (0, 2, 3, 0x44), (0x2000_0000, 2, 0, 0), (1, 31, 3, 0x33)];
    for &(cr, bc, ra, rt) in table {
        let mut bench = Bench::v2();
        bench.mem.put_words(u64::from(CODE), &[word("isel", &[v(5), v(ra), v(4), v(bc)])]);
        (bench.cpu.gpr[3], bench.cpu.gpr[4], bench.cpu.cr) = (0x33, 0x44, cr);
        bench.retire(1);
        assert_eq!(bench.cpu.gpr[5], rt, "CR {cr:#x} bit {bc}");
    }
}
