//! The CCSR devices through the public interface, bare and virtualized (contiguous and 64 KiB
//! fragments), in both profiles: a GUTS RSTCR write requests a reset only with HRESET_REQ
//! (bit 0x2), and an offset inside a device window that no register answers (the LBC's 0x40) is
//! a machine check on the manual machine (MCSR[BUS_RAERR], MCAR = its address) and reads 0 under
//! QEMU's profile (docs/devices.md "Unmodelled addresses", "GUTS").

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use tlbvisor::session::{BackingLayout, Mode, Profile, Session, Stop};

const PROGRAM: &str = r#"
        .include "include/e500.inc"
        .section .text.start, "ax"
        .globl  _start
_start: INSTALL_UNEXPECTED
        SET_IVOR 1, mc_handler
        li      r31, 0
        li      r20, -1
        LOAD32  r5, MSR_ME              # take machine checks rather than checkstop
        mtmsr   r5
        TLB_WRITE 0x10010000, (MAS1_V|TSIZE_1M), 0xE000000A, (0xE0000000|SR|SW), 0xF
        LOAD32  r4, 0xE0005000          # LBC
        lwz     r20, 0x40(r4)           # not a register
reset:  LOAD32  r4, 0xE00E0000          # GUTS
        li      r5, RSTCR_VALUE
        stw     r5, 0xB0(r4)            # with HRESET_REQ the run ends here (status reset)
done:   b       done

        .balign 16
mc_handler:
        mfspr   r21, 572                # MCSR
        mfspr   r22, 573                # MCAR
        b       reset

        UNEXPECTED_VECTORS
"#;

fn run(mode: Mode, backing: Option<BackingLayout>, profile: Profile, rstcr: i64) -> Session {
    let mut b = Session::from_source(PROGRAM)
        .include_dir(support::root().join("fixtures"))
        .defsym("RSTCR_VALUE", rstcr)
        .mode(mode)
        .profile(profile);
    if let Some(l) = backing {
        b = b.backing(l);
    }
    let mut s = b.build().unwrap_or_else(|e| panic!("{e}"));
    // A reset request ends the run at the store that made it (docs/console.md, "the run ends").
    let want = if rstcr == 2 { Stop::Reset } else { Stop::Halted };
    assert_eq!(s.run(), want);
    s
}

#[test]
fn reset_request_and_register_holes_bare_and_virtualized() {
    let setups = [
        (Mode::Bare, None),
        (Mode::Virt, None),
        (Mode::Virt, Some(BackingLayout::Fragmented { fragment: 64 << 10, seed: 7 })),
    ];
    for (mode, backing) in setups {
        for profile in [Profile::Manual, Profile::Qemu] {
            let what = format!("{mode:?} {backing:?} {profile:?}");
            let s = run(mode, backing, profile, 2);
            assert!(s.reset_requested(), "{what}");
            assert_eq!(s.gpr(31).unwrap(), 0, "{what}");
            match profile {
                Profile::Manual => {
                    assert_eq!(s.gpr(20).unwrap(), 0xFFFF_FFFF, "{what}: the load did not complete");
                    assert_eq!(s.gpr(21).unwrap(), 0x0000_0040, "{what}: MCSR[BUS_RAERR]");
                    assert_eq!(s.gpr(22).unwrap(), 0xE000_5040, "{what}: MCAR");
                }
                Profile::Qemu => assert_eq!(s.gpr(20).unwrap(), 0, "{what}"),
            }
            let s = run(mode, backing, profile, 1);
            assert!(!s.reset_requested(), "{what}: RSTCR = 1 is not HRESET_REQ");
        }
    }
}
