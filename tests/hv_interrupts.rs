//! Asynchronous interrupts under the hypervisor reach the guest exactly when they reach the bare
//! core: a debug event recorded by an instruction the hypervisor emulates, and an MPIC interrupt
//! raised by a store the hypervisor replays on the device model. Expected values are worked out
//! by hand from each program (Book-E debug and MPC8544E MPIC rules, as in `fixtures/debug_icmp.s`
//! and `fixtures/external_input.s`).

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use tlbvisor::session::{Mode, Session, Stop};

/// Runs `text` in both modes; returns the two sessions after checking their GPRs, MSR and
/// instruction counts are equal.
fn both(text: &str) -> (Session, Session) {
    let run = |mode| {
        let mut s = Session::from_source(text)
            .include_dir(support::root().join("fixtures"))
            .mode(mode)
            .build()
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.run(), Stop::Halted, "{mode:?}");
        s
    };
    let (bare, virt) = (run(Mode::Bare), run(Mode::Virt));
    let regs = |s: &Session| (0..32).map(|n| s.gpr(n).unwrap()).collect::<Vec<_>>();
    assert_eq!(regs(&bare), regs(&virt));
    assert_eq!(bare.spr("MSR").ok(), virt.spr("MSR").ok());
    assert_eq!(bare.instructions(), virt.instructions());
    (bare, virt)
}

/// The first instruction that completes with MSR[DE] is `mfspr r20, SPRG0`, which the hypervisor
/// emulates: its instruction-complete event must still interrupt before `second`.
#[test]
fn a_debug_event_on_an_emulated_instruction() {
    let (bare, _) = both(
        r#"
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start: INSTALL_UNEXPECTED
        SET_IVOR 15, dbg
        li      r31, 0
        li      r3, 0
        li      r4, 0x77
        mtspr   272, r4
        lis     r4, 0x4800              # DBCR0[IDM|ICMP]
        mtspr   308, r4
        li      r4, MSR_DE
        mtmsr   r4
first:  mfspr   r20, 272
second: li      r21, 2
        li      r4, 0
        mtmsr   r4
done:   b       done
        .balign 16
dbg:    addi    r3, r3, 1
        mfspr   r5, 304                 # DBSR
        mfspr   r6, 58                  # CSRR0
        mfspr   r7, 59                  # CSRR1
        li      r4, 0
        mtspr   308, r4
        li      r4, -1
        mtspr   304, r4
        rfci
        UNEXPECTED_VECTORS
"#,
    );
    let second = bare.symbol("second").unwrap();
    let g = |n| bare.gpr(n).unwrap();
    assert_eq!([g(3), g(5), g(6), g(7), g(20), g(21), g(31)], [1, 0x0800_0000, second, 0x200, 0x77, 2, 0]);
}

/// An IPI dispatched by a store while MSR[EE] = 1 and CTPR = 0: the external input interrupt comes
/// before the next instruction (`after`), in both modes.
#[test]
fn an_mpic_interrupt_raised_by_a_replayed_store() {
    let (bare, _) = both(
        r#"
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start: INSTALL_UNEXPECTED
        SET_IVOR 4, ext
        li      r31, 0
        li      r3, 0
        TLB_WRITE 0x10010000, (MAS1_V|TSIZE_1M), 0xE000000A, (0xE0000000|SR|SW), 0xF
        LOAD32  r4, 0xE0040000
        LOAD32  r25, 0xE0060000
        lis     r5, 0x2000              # GCR: mixed mode (out of pass-through)
        stw     r5, 0x1020(r4)
        LOAD32  r5, 0x00050042
        stw     r5, 0x10A0(r4)          # IPIVPR0
        li      r5, 0
        stw     r5, 0x80(r25)           # CTPR
        wrteei  1
        li      r5, 1
        stw     r5, 0x40(r25)           # IPIDR0
after:  wrteei  0
done:   b       done
        .balign 16
ext:    addi    r3, r3, 1
        mfspr   r6, SRR0
        lwz     r8, 0xA0(r25)           # IACK
        li      r5, 0
        stw     r5, 0xB0(r25)           # EOI
        rfi
        UNEXPECTED_VECTORS
"#,
    );
    let after = bare.symbol("after").unwrap();
    let g = |n| bare.gpr(n).unwrap();
    assert_eq!([g(3), g(6), g(8), g(31)], [1, after, 0x42, 0]);
}

/// `b .` with the FIT enabled (TCR[FIE], MSR[EE]) is a wait, not the end: the FIT interrupt
/// comes (TB bit 53 rises at TB = 1024) and the handler leaves the loop.
#[test]
fn a_branch_to_itself_waits_for_the_fixed_interval_timer() {
    let (bare, _) = both(
        r#"
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start: INSTALL_UNEXPECTED
        SET_IVOR 11, fit
        li      r31, 0
        li      r3, 0
        LOAD32  r4, 0x0181A000          # FP = 1, FPEXT = 13, FIE
        mtspr   SPR_TCR, r4
        wrteei  1
wait:   b       wait
after:  wrteei  0
done:   b       done
        .balign 16
fit:    addi    r3, r3, 1
        lis     r4, 0x0400
        mtspr   SPR_TSR, r4
        li      r4, 0
        mtspr   SPR_TCR, r4
        LOAD32  r4, after
        mtspr   SRR0, r4
        rfi
        UNEXPECTED_VECTORS
"#,
    );
    assert_eq!([bare.gpr(3).unwrap(), bare.gpr(31).unwrap()], [1, 0]);
    assert_eq!(bare.pc(), bare.symbol("done").unwrap());
}
