//! Random guest programs (tests/session_stepping.rs): random MAS values and tlbwe's,
//! loads/stores/dcbz/lmw/stmw/lwarx/stwcx. at random addresses (some into the program's own
//! code), privilege, address-space and PID switches,
//! TLB searches and invalidations, system calls, random instruction words; every interrupt
//! returns past the instruction that caused it.
#![allow(dead_code)]

use proptest::prelude::*;

/// One step of a random guest program.
#[derive(Clone, Debug)]
pub enum Op {
    /// TLB_WRITE with these MAS0, MAS1, MAS2, MAS3, MAS7.
    TlbWrite(u32, u32, u32, u32, u32),
    /// An access of this kind (0..9) at this EA.
    Access(u8, u32),
    /// mtmsr with these bits.
    Msr(u32),
    /// mtspr PID (0), PID1 (1), PID2 (2) with a value.
    Pid(u8, u32),
    /// tlbivax / tlbsx / tlbre / tlbilx T / MMUCSR0 write, with an EA or value.
    Tlb(u8, u32),
    /// sc (back to supervisor, AS 0).
    Sc,
    /// A random instruction word.
    Word(u32),
    /// User-readable SPRs: mfspr SPRG3R..7R / USPRG0, mftb, mtspr USPRG0.
    UserSpr(u8),
}

/// Effective addresses the program uses: guest-mapped regions, the boot mapping, the UART page,
/// and the program's own code (it loads at 0x10000: a store there is self-modifying code).
pub fn ea() -> impl Strategy<Value = u32> {
    prop_oneof![
        (0u32..0x800).prop_map(|o| 0x1_0000 + o),
        (0u32..16, 0u32..0x1000).prop_map(|(k, o)| 0x4000_0000 + k * 0x1000 + o),
        (0u32..16, 0u32..0x10000).prop_map(|(k, o)| 0x5000_0000 + k * 0x10000 + o),
        (0u32..0x20_0000).prop_map(|o| o & !3),
        (0u32..0x1000).prop_map(|o| 0xE000_4000 + o),
        any::<u32>(),
    ]
}

pub fn tlb_write() -> impl Strategy<Value = Op> {
    let epn = prop_oneof![
        (0u32..16).prop_map(|k| 0x4000_0000 + k * 0x1000),
        (0u32..16).prop_map(|k| 0x5000_0000 + k * 0x10000),
        Just(0u32),
        Just(0xE000_4000u32),
        any::<u32>(),
    ];
    let rpn = prop_oneof![
        (0u32..16).prop_map(|k| (0x3_0000 + k * 0x1000, 0)),
        (0u32..0x200).prop_map(|k| (k << 12, 0)),
        Just((0xE000_4000u32, 0xF)),
        (any::<u32>(), 0u32..16),
    ];
    (any::<bool>(), 0u32..16, any::<u8>(), epn, rpn, any::<u8>()).prop_map(
        |(tlb1, esel, ctl, epn, (rpn, m7), perms)| {
            let (mas0, tsize) = if tlb1 {
                // TLB1[0] is the handlers' mapping: leave it alone.
                (0x1000_0000 | (esel.max(1) << 16), u32::from(ctl % 9) + 1)
            } else {
                ((esel & 3) << 16, 1)
            };
            let v = if ctl & 0x80 != 0 || ctl % 7 != 0 { 0x8000_0000 } else { 0 };
            let iprot = if ctl & 0x40 != 0 && ctl & 1 != 0 { 0x4000_0000 } else { 0 };
            let tid = u32::from(ctl >> 4 & 3) << 16;
            let ts = if ctl & 0x08 != 0 { 0x1000 } else { 0 };
            let mas1 = v | iprot | tid | ts | (tsize << 8);
            let mas2 = (epn & 0xFFFF_F000) | (u32::from((perms >> 6) & 1) * 0x8);
            let mas3 = (rpn & 0xFFFF_F000) | u32::from(perms & 0x3F);
            Op::TlbWrite(mas0, mas1, mas2, mas3, m7)
        },
    )
}

pub fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => tlb_write(),
        6 => (0u8..10, ea()).prop_map(|(k, a)| Op::Access(k, a)),
        2 => (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(pr, is, ds)| {
            Op::Msr(0x1000 | (u32::from(pr) * 0x4000) | (u32::from(is) * 0x20) | (u32::from(ds) * 0x10))
        }),
        2 => (0u8..3, 0u32..4).prop_map(|(n, v)| Op::Pid(n, v)),
        2 => (0u8..6, ea()).prop_map(|(k, a)| Op::Tlb(k, a)),
        1 => Just(Op::Sc),
        1 => any::<u32>().prop_map(Op::Word),
        1 => (0u8..8).prop_map(Op::UserSpr),
    ]
}

pub fn render(ops: &[Op]) -> String {
    let mut s = String::from(
        ".include \"include/e500.inc\"\n.section .text.start, \"ax\"\n.globl _start\n_start:\n\
         SET_IVPR\n",
    );
    for n in 0..16 {
        let h = if n == 8 { "sc_handler" } else { "handler" };
        s += &format!("SET_IVOR {n}, {h}\n");
    }
    for (n, spr) in [(32, 528), (33, 529), (34, 530), (35, 531)] {
        s += &format!("SET_IVOR_HI {n}, {spr}, handler\n");
    }
    // The handlers' mapping, protected from invalidation.
    s += "TLB_WRITE 0x10000000, 0xC0000800, 0x00000000, 0x0000003F\n";
    for op in ops {
        match op {
            Op::TlbWrite(m0, m1, m2, m3, m7) => {
                s += &format!("TLB_WRITE {m0:#x}, {m1:#x}, {m2:#x}, {m3:#x}, {m7}\n");
            }
            Op::Access(k, a) => {
                s += &format!("LOAD32 r9, {a:#x}\n");
                s += match k {
                    0 => "lwz r5, 0(r9)\n",
                    1 => "stw r5, 0(r9)\n",
                    2 => "lbz r6, 1(r9)\n",
                    3 => "stb r6, 3(r9)\n",
                    4 => "lmw r26, 0(r9)\n",
                    5 => "stmw r26, 0(r9)\n",
                    6 => "dcbz 0, r9\n",
                    7 => "lhbrx r7, 0, r9\n",
                    8 => "lwarx r5, 0, r9\n",
                    _ => "stwcx. r5, 0, r9\n",
                };
            }
            Op::Msr(m) => s += &format!("LOAD32 r9, {m:#x}\nmtmsr r9\nisync\n"),
            Op::Pid(n, v) => {
                let spr = [48, 633, 634][usize::from(*n)];
                s += &format!("li r9, {v}\nmtspr {spr}, r9\nisync\n");
            }
            Op::Tlb(k, a) => {
                s += &format!("LOAD32 r9, {a:#x}\n");
                s += match k {
                    0 => "tlbivax 0, r9\n",
                    1 => "mtspr 630, r9\ntlbsx 0, r9\n",
                    2 => "tlbre\n",
                    3 => ".long 0x7c604824\n", // tlbilx 3, 0, r9 (illegal on the e500v2)
                    4 => ".long 0x7c204824\n", // tlbilx 1, 0, r9
                    _ => "andi. r9, r9, 6\nmtspr 1012, r9\n",
                };
            }
            Op::Sc => s += "sc\n",
            Op::Word(w) => s += &format!(".long {w:#x}\n"),
            Op::UserSpr(k) => {
                s += match k {
                    0..=4 => "",
                    5 => "mftb r8\n",
                    6 => "mtspr 256, r5\n",
                    _ => "mfspr r8, 256\n",
                };
                if *k <= 4 {
                    s += &format!("mfspr r8, {}\n", 259 + u32::from(*k));
                }
            }
        }
    }
    s += "done: b done\n\
          .balign 16\n\
          handler: mfspr r20, 26\naddi r20, r20, 4\nmtspr 26, r20\nrfi\n\
          .balign 16\n\
          sc_handler: mfspr r20, 27\nLOAD32 r21, 0xFFFFBFCF\nand r20, r20, r21\nmtspr 27, r20\nrfi\n";
    s
}
