//! Privileged instructions and SPR rules, on the core and on a bare `PrivState` (the hypervisor's
//! use).

use super::{Bench, CODE, v, word};
use crate::addr::{Ea, Gpa};
use crate::compat::{Compat, Profile};
use crate::cpu::state::msr;
use crate::cpu::{CpuModel, PrivFlow, PrivState, ProgramCause, TlbObserver};
use crate::isa::decode;
use crate::mmu::{SlotId, TlbEntry, TlbWrite};

#[test]
fn rfi_family_restores_pc_and_masked_msr() {
    // (instruction, which pair) — PC gets xSRR0 with the low two bits cleared, MSR gets xSRR1
    // masked to the e500v2's writable bits (0x0606FF30).
    for m in ["rfi", "rfci", "rfmci"] {
        let mut b = Bench::v2();
        b.mem.put_words(u64::from(CODE), &[word(m, &[])]);
        let s = &mut b.cpu.arch.sprs;
        match m {
            "rfi" => (s.srr0, s.srr1) = (0x2003, 0xFFFF_FFFF),
            "rfci" => (s.csrr0, s.csrr1) = (0x2003, 0xFFFF_FFFF),
            _ => (s.mcsrr0, s.mcsrr1) = (0x2003, 0xFFFF_FFFF),
        }
        b.retire(1);
        assert_eq!((b.cpu.pc, b.cpu.arch.msr), (Ea::new(0x2000), 0x0606_FF30), "{m}");
    }
}

#[test]
fn mtmsr_me_rule_and_writable_bits() {
    // (model, profile, MSR before, RS, MSR after). QEMU's mtmsr never changes ME (item 2); the
    // e500mc has no SPE bit.
    #[rustfmt::skip]
    let table: &[(CpuModel, Profile, u32, u32, u32)] = &[
        (CpuModel::E500v2, Profile::Manual, msr::ME, msr::EE, msr::EE),
        (CpuModel::E500v2, Profile::Qemu, msr::ME, msr::EE, msr::EE | msr::ME),
        (CpuModel::E500v2, Profile::Manual, 0, msr::EE | msr::ME, msr::EE | msr::ME),
        (CpuModel::E500v2, Profile::Qemu, 0, msr::EE | msr::ME, msr::EE),
        (CpuModel::E500v2, Profile::Manual, 0, 0xFFFF_FFFF, 0x0606_FF30),
        (CpuModel::E500mc, Profile::Manual, 0, msr::SPE | msr::DS, msr::DS),
    ];
    for &(model, profile, before, rs, after) in table {
        let mut b = Bench::new(model, profile);
        b.mem.put_words(u64::from(CODE), &[word("mtmsr", &[v(3)]), word("mfmsr", &[v(4)])]);
        b.cpu.arch.msr = before;
        b.cpu.gpr[3] = rs;
        b.retire(1);
        assert_eq!(b.cpu.arch.msr, after, "{model:?} {profile} {before:#x} <- {rs:#x}");
        if after & msr::DS == 0 {
            b.retire(1);
            assert_eq!(b.cpu.gpr[4], after);
        }
    }
}

#[test]
fn wrtee_and_wrteei_touch_only_ee() {
    let mut b = Bench::v2();
    b.mem.put_words(
        u64::from(CODE),
        &[word("wrteei", &[v(1)]), word("wrtee", &[v(3)]), word("wrtee", &[v(4)]), word("wrteei", &[v(0)])],
    );
    b.cpu.arch.msr = msr::ME;
    (b.cpu.gpr[3], b.cpu.gpr[4]) = (!msr::EE, 0xFFFF_FFFF);
    let mut seen = Vec::new();
    for _ in 0..4 {
        b.retire(1);
        seen.push(b.cpu.arch.msr);
    }
    assert_eq!(seen, [msr::ME | msr::EE, msr::ME, msr::ME | msr::EE, msr::ME]);
}

/// `mtspr spr,r3` then `mfspr r4,spr` in supervisor state: the value read back.
fn spr_round_trip(model: CpuModel, profile: Profile, spr: i64, value: u32) -> Result<u32, ProgramCause> {
    let mut b = Bench::new(model, profile);
    b.mem.put_words(u64::from(CODE), &[word("mtspr", &[v(spr), v(3)]), word("mfspr", &[v(4), v(spr)])]);
    b.cpu.gpr[3] = value;
    b.cpu.gpr[4] = 0x5A5A;
    for _ in 0..2 {
        match b.step() {
            crate::cpu::StepOutcome::Retired => {}
            crate::cpu::StepOutcome::Interrupt(irq) => match irq.kind {
                crate::cpu::InterruptKind::Program(c) => return Err(c),
                k => panic!("{k:?}"),
            },
            o => panic!("{o:?}"),
        }
    }
    Ok(b.cpu.gpr[4])
}

#[test]
fn spr_write_read_rules() {
    use CpuModel::{E500mc, E500v2};
    use Profile::{Manual, Qemu};
    // (model, profile, SPR, written, read back or cause)
    #[rustfmt::skip]
    let table: &[(CpuModel, Profile, i64, u32, Result<u32, ProgramCause>)] = &[
        // PIDs keep 8 bits.
        (E500v2, Manual, 48, 0x1FF, Ok(0xFF)),
        (E500v2, Manual, 633, 0x123, Ok(0x23)),
        // The e500mc has only PID, unless QEMU's profile gives it PID1/PID2 (item 12).
        (E500mc, Manual, 633, 5, Err(ProgramCause::Illegal)),
        (E500mc, Qemu, 634, 5, Ok(5)),
        // IVPR keeps bits 0:15, IVORs bits 16:27.
        (E500v2, Manual, 63, 0x1234_5678, Ok(0x1234_0000)),
        (E500v2, Manual, 406, 0x1234_5678, Ok(0x5670)),
        (E500v2, Manual, 528, 0xFFFF, Ok(0xFFF0)),
        // IVOR32-34 are SPE vectors the e500mc never uses, kept as registers; IVOR36 is its
        // doorbell vector, absent on the e500v2.
        (E500mc, Manual, 528, 0x10, Ok(0x10)),
        (E500mc, Manual, 532, 0x10, Ok(0x10)),
        (E500v2, Manual, 532, 0x10, Err(ProgramCause::Illegal)),
        // IVOR38-41 (SPRs 432-435, the e500mc's embedded-hypervisor vectors); QEMU keeps
        // bits 0xFFF7 of an IVOR write (difference 29).
        (E500mc, Manual, 432, 0x1234_5678, Ok(0x5670)),
        (E500mc, Manual, 435, 0xFFFF, Ok(0xFFF0)),
        (E500mc, Qemu, 435, 0xFFFF, Ok(0xFFF7)),
        (E500v2, Qemu, 406, 0x1234_5679, Ok(0x5671)),
        (E500v2, Manual, 432, 0x10, Err(ProgramCause::Illegal)),
        // SPRG0..7 read back through 272..279.
        (E500v2, Manual, 279, 0xCAFE, Ok(0xCAFE)),
        // L1CSR0: CFI (0x2) and CLFC (0x100) clear themselves; CE (0x1) stays.
        (E500v2, Manual, 1010, 0x103, Ok(0x1)),
        (E500v2, Manual, 1013, 0x201, Ok(0x1)),
        // MMUCSR0 reads 0 after a flash invalidate (TLB0 only: TLB1[0] maps this code).
        (E500v2, Manual, 1012, 0x4, Ok(0)),
        // TSR, DBSR, MCSR: write one to clear (they start 0).
        (E500v2, Manual, 336, 0xFFFF_FFFF, Ok(0)),
        (E500v2, Manual, 572, 0xFFFF_FFFF, Ok(0)),
        // MAS registers are raw storage.
        (E500v2, Manual, 625, 0xFFFF_FFFF, Ok(0xFFFF_FFFF)),
        (E500v2, Manual, 944, 0xF, Ok(0xF)),
        // SPEFSCR exists on the e500v2 only.
        (E500v2, Manual, 512, 0x3F, Ok(0x3F)),
        (E500mc, Manual, 512, 0x3F, Err(ProgramCause::Illegal)),
        (E500mc, Qemu, 512, 0x3F, Ok(0x5A5A)),
        // HID0, DEC, DECAR.
        (E500v2, Manual, 1008, 0x80, Ok(0x80)),
        (E500v2, Manual, 22, 1234, Ok(1233)),
    ];
    for &(model, profile, spr, value, want) in table {
        assert_eq!(spr_round_trip(model, profile, spr, value), want, "{model:?} {profile} SPR {spr}");
    }
}

#[test]
fn read_only_and_configuration_sprs() {
    // (model, profile, SPR, value). TLBnCFG per docs/qemu-ppce500.md; the manual's TLB1 MAXSIZE is
    // 0xB; MMUCFG as the manual defines it (mmu::TlbGeometry::mmucfg).
    #[rustfmt::skip]
    let table: &[(CpuModel, Profile, i64, u32)] = &[
        (CpuModel::E500v2, Profile::Manual, 287, 0x8021_0022),
        (CpuModel::E500mc, Profile::Manual, 287, 0x8023_0020),
        (CpuModel::E500v2, Profile::Qemu, 688, 0x0411_0200),
        (CpuModel::E500v2, Profile::Qemu, 689, 0x101C_C010),
        (CpuModel::E500mc, Profile::Qemu, 689, 0x401C_C040),
        (CpuModel::E500v2, Profile::Manual, 689, 0x101B_C010),
        (CpuModel::E500v2, Profile::Manual, 1015, 0x0048_19C4),
        (CpuModel::E500v2, Profile::Manual, 286, 0),
        (CpuModel::E500v2, Profile::Manual, 1023, 0),
    ];
    for &(model, profile, spr, want) in table {
        let mut b = Bench::new(model, profile);
        b.mem.put_words(u64::from(CODE), &[word("mfspr", &[v(3), v(spr)])]);
        b.retire(1);
        assert_eq!(b.cpu.gpr[3], want, "{model:?} {profile} SPR {spr}");
    }
}

#[test]
fn time_base_reads_and_writes() {
    // mftb reads TBL (268) and TBU (269); 284/285 write them. Each instruction is one tick.
    let mut b = Bench::v2();
    b.mem.put_words(
        u64::from(CODE),
        &[
            word("mtspr", &[v(284), v(3)]),
            word("mtspr", &[v(285), v(4)]),
            word("mfspr", &[v(5), v(268)]),
            word("mfspr", &[v(6), v(269)]),
        ],
    );
    (b.cpu.gpr[3], b.cpu.gpr[4]) = (0xFFFF_FFFE, 7);
    b.retire(4);
    // TBL := 0xFFFFFFFE, tick -> 0:FFFFFFFF; TBU := 7 -> 7:FFFFFFFF, tick -> 8:00000000; TBL
    // reads 0, tick -> 8:00000001; TBU reads 8, tick -> 8:00000002.
    assert_eq!((b.cpu.gpr[5], b.cpu.gpr[6], b.cpu.arch.sprs.tb), (0, 8, 0x8_0000_0002));
}

#[test]
fn sprg_user_aliases() {
    // SPRG4-7 written at 276..279 (supervisor) read at 260..263 in user state; USPRG0 is
    // user read/write.
    let mut b = Bench::v2();
    b.mem.put_words(
        u64::from(CODE),
        &[word("mfspr", &[v(3), v(263)]), word("mtspr", &[v(256), v(4)]), word("mfspr", &[v(5), v(256)])],
    );
    b.cpu.arch.sprs.sprg[7] = 0x77;
    b.cpu.arch.msr = msr::PR;
    b.cpu.gpr[4] = 0x44;
    b.retire(3);
    assert_eq!((b.cpu.gpr[3], b.cpu.gpr[5]), (0x77, 0x44));
}

/// Records what a hypervisor would see.
#[derive(Default)]
struct Log {
    written: Vec<SlotId>,
    invalidated: Vec<SlotId>,
}

impl TlbObserver<Gpa> for Log {
    fn written(&mut self, write: &TlbWrite<Gpa>) {
        self.written.push(write.slot);
    }
    fn invalidated(&mut self, slot: SlotId, _old: &TlbEntry<Gpa>) {
        self.invalidated.push(slot);
    }
}

#[test]
fn privileged_semantics_on_a_virtual_state() {
    // The hypervisor's use: a guest state with a Tlb<Gpa>, instructions decoded from words, GPRs
    // of the (host) core passed in.
    let mut guest = PrivState::<Gpa>::new(CpuModel::E500v2, Compat::of(Profile::Manual));
    let mut gpr = [0u32; 32];
    let mut log = Log::default();
    let mut exec = |g: &mut PrivState<Gpa>, gpr: &mut [u32; 32], m: &str, args: &[crate::isa::Arg]| {
        g.exec_privileged(decode(word(m, args)), gpr, &mut log)
    };
    // MAS0 = TLB1 entry 2, MAS1 = V | TSIZE 1, MAS2 = EPN 0x10000000, MAS3 = RPN 0x5000 | SR.
    for (spr, val) in [(624, 0x1002_0000), (625, 0x8000_0100), (626, 0x1000_0000), (627, 0x5001)] {
        gpr[3] = val;
        assert_eq!(exec(&mut guest, &mut gpr, "mtspr", &[v(spr), v(3)]), Ok(PrivFlow::Next));
    }
    assert_eq!(exec(&mut guest, &mut gpr, "tlbwe", &[]), Ok(PrivFlow::Next));
    let e = guest.tlb.entry(SlotId::tlb1(2)).copied().unwrap_or_default();
    assert_eq!((e.valid(), e.rpn(), e.epn()), (true, Gpa::new(0x5000), Ea::new(0x1000_0000)));
    // tlbivax of the page (EA bit 0x8 selects TLB1).
    gpr[4] = 0x1000_0008;
    assert_eq!(exec(&mut guest, &mut gpr, "tlbivax", &[v(0), v(4)]), Ok(PrivFlow::Next));
    // rfi jumps.
    guest.sprs.srr0 = 0x4000;
    assert_eq!(exec(&mut guest, &mut gpr, "rfi", &[]), Ok(PrivFlow::Jump(Ea::new(0x4000))));
    // In (virtual) user state the same instructions are privileged.
    guest.msr = msr::PR;
    assert_eq!(exec(&mut guest, &mut gpr, "tlbwe", &[]), Err(ProgramCause::Privileged));
    // XER/LR/CTR are the core's registers, not the privileged state's.
    guest.msr = 0;
    assert_eq!(exec(&mut guest, &mut gpr, "mfspr", &[v(3), v(8)]), Err(ProgramCause::Illegal));
    assert_eq!((log.written, log.invalidated), (vec![SlotId::tlb1(2)], vec![SlotId::tlb1(2)]));
}

#[test]
fn mmucfg_per_profile() {
    // Manual: the e500v2 MMUCFG computed from E500RM 12.1.1 (see mmu::geometry); QEMU 7.2
    // leaves it 0 (docs/qemu-ppce500.md, boot state).
    let manual = PrivState::<Gpa>::new(CpuModel::E500v2, Compat::of(Profile::Manual));
    let qemu = PrivState::<Gpa>::new(CpuModel::E500v2, Compat::of(Profile::Qemu));
    assert_eq!(manual.mfspr(1015), Ok(Some(0x0048_19C4)));
    assert_eq!(qemu.mfspr(1015), Ok(Some(0)));
}

/// `wait` (e500mc): completes, leaves the core waiting (the step reports `Halted` at the next
/// instruction) until an interrupt is pending, which the next step takes with SRR0 = the
/// instruction after `wait`; the e500v2 does not have it (illegal instruction).
#[test]
fn wait_until_an_interrupt() {
    use super::super::StepOutcome;
    use super::super::interrupt::InterruptKind;
    let mut b = Bench::new(CpuModel::E500mc, Profile::Manual);
    b.program(&[("wrteei", &[v(1)]), ("wait", &[]), ("nop", &[])]);
    assert_eq!(b.step(), StepOutcome::Retired);
    assert_eq!(b.step(), StepOutcome::Halted);
    assert!(b.cpu.arch.waiting());
    assert_eq!(b.cpu.pc.raw(), CODE + 8);
    b.cpu.irq.external = true;
    match b.step() {
        StepOutcome::Interrupt(irq) => {
            assert_eq!(irq.kind, InterruptKind::ExternalInput);
            assert_eq!(irq.srr0.raw(), CODE + 8);
        }
        other => panic!("{other:?}"),
    }
    assert!(!b.cpu.arch.waiting());

    let mut b = Bench::v2();
    b.program(&[("wait", &[])]);
    match b.step() {
        StepOutcome::Interrupt(irq) => {
            assert_eq!(irq.kind, InterruptKind::Program(ProgramCause::Illegal));
        }
        other => panic!("{other:?}"),
    }
}
