//! Every interrupt kind: what `step` reports, and what delivery does to SRR0/SRR1 (or CSRR/MCSRR),
//! ESR, DEAR, the MAS registers, the MSR and PC, in both profiles where a switch applies.

use super::{Bench, CODE, d, map, v, vector, word};
use crate::addr::{Ea, Hpa};
use crate::compat::{Compat, Profile};
use crate::cpu::interrupt::{esr, mcsr};
use crate::cpu::sprs::{tcr, tsr};
use crate::cpu::state::msr;
use crate::cpu::{
    CpuModel, Delivery, Interrupt, InterruptKind, PrivState, ProgramCause, RunExit, StepOutcome,
};
use crate::isa::Arg;
use crate::mmu::Access;

const PROFILES: [Profile; 2] = [Profile::Manual, Profile::Qemu];

/// Steps once, expecting `kind` with SRR0 `srr0`, then delivers it.
fn take(b: &mut Bench, kind: InterruptKind, srr0: u32) {
    let irq = Interrupt { kind, srr0: Ea::new(srr0) };
    assert_eq!(b.step(), StepOutcome::Interrupt(irq));
    let vec = vector(kind.ivor());
    assert_eq!(b.cpu.deliver(&irq), Delivery::Delivered { pc: Ea::new(vec) });
    assert_eq!(b.cpu.pc, Ea::new(vec));
}

#[test]
fn program_interrupts_set_esr_and_srr1() {
    // (MSR before, instruction, cause or None = retires, per profile [manual, qemu])
    let user = msr::PR;
    let x = |m: &str, args: &[Arg]| word(m, args);
    #[rustfmt::skip]
    let table: Vec<(u32, u32, [Option<ProgramCause>; 2])> = vec![
        // An all-zero word is not an instruction.
        (0, 0, [Some(ProgramCause::Illegal); 2]),
        (user, x("mtmsr", &[v(3)]), [Some(ProgramCause::Privileged); 2]),
        (user, x("mfmsr", &[v(3)]), [Some(ProgramCause::Privileged); 2]),
        (user, x("wrteei", &[v(1)]), [Some(ProgramCause::Privileged); 2]),
        (user, x("rfi", &[]), [Some(ProgramCause::Privileged); 2]),
        (user, x("tlbwe", &[]), [Some(ProgramCause::Privileged); 2]),
        (user, x("tlbsync", &[]), [Some(ProgramCause::Privileged); 2]),
        (user, x("dcbi", &[v(0), v(4)]), [Some(ProgramCause::Privileged); 2]),
        // SRR0 is SPR 26 = 0b11010: bit 0x10 set, privileged in user state.
        (user, x("mfspr", &[v(3), v(26)]), [Some(ProgramCause::Privileged); 2]),
        (user, x("mtspr", &[v(272), v(3)]), [Some(ProgramCause::Privileged); 2]),
        // User-readable: USPRG0 (256), SPRG3 alias (259), TBL (268).
        (user, x("mfspr", &[v(3), v(256)]), [None; 2]),
        (user, x("mfspr", &[v(3), v(259)]), [None; 2]),
        (user, x("mfspr", &[v(3), v(268)]), [None; 2]),
        // The alias is read-only.
        // A read-only user alias: illegal (QEMU: privileged, fixtures/readonly_spr.s).
        (user, x("mtspr", &[v(259), v(3)]), [Some(ProgramCause::Illegal), Some(ProgramCause::Privileged)]),
        // Traps: tw 4 (equal) r3,r3 traps in any state; twi 16 (signed <) 0 < 0 does not.
        (user, x("tw", &[v(4), v(3), v(3)]), [Some(ProgramCause::Trap); 2]),
        (0, x("twi", &[v(16), v(3), v(0)]), [None; 2]),
        (0, x("twi", &[v(1), v(3), v(-1)]), [None; 2]),
        (0, x("twi", &[v(2), v(3), v(-1)]), [Some(ProgramCause::Trap); 2]),
        // tlbsx with RA != 0: illegal on the e500; QEMU searches with r0.
        (0, x("tlbsx", &[v(3), v(4)]), [Some(ProgramCause::Illegal), None]),
        // tlbilx does not exist on the e500v2, even in user state.
        (user, x("tlbilx", &[v(0), v(0), v(4)]), [Some(ProgramCause::Illegal); 2]),
        // An unimplemented SPR in supervisor state: illegal, or QEMU's no-op (not SPR 0).
        (0, x("mfspr", &[v(3), v(1000)]), [Some(ProgramCause::Illegal), None]),
        (0, x("mtspr", &[v(1000), v(3)]), [Some(ProgramCause::Illegal), None]),
        (0, x("mfspr", &[v(3), v(0)]), [Some(ProgramCause::Illegal); 2]),
        // In user state: HID0 (1008 = 0x3F0) is privileged; 1000 = 0x3E8 lacks bit 0x10, so it is
        // an unimplemented user SPR: illegal in both profiles.
        (user, x("mfspr", &[v(3), v(1008)]), [Some(ProgramCause::Privileged); 2]),
        (user, x("mfspr", &[v(3), v(1000)]), [Some(ProgramCause::Illegal); 2]),
        // Writing a read-only SPR (PVR): illegal (QEMU: privileged, fixtures/readonly_spr.s).
        (0, x("mtspr", &[v(287), v(3)]), [Some(ProgramCause::Illegal), Some(ProgramCause::Privileged)]),
    ];
    for (before, w, causes) in table {
        for (profile, cause) in PROFILES.into_iter().zip(causes) {
            let mut b = Bench::new(CpuModel::E500v2, profile);
            b.vectors();
            b.mem.put_words(u64::from(CODE), &[w]);
            b.cpu.arch.msr = before;
            b.cpu.gpr[3] = 7;
            let Some(cause) = cause else {
                assert_eq!(b.step(), StepOutcome::Retired, "{w:#010x} {profile}");
                continue;
            };
            take(&mut b, InterruptKind::Program(cause), CODE);
            assert_eq!(b.cpu.last_insn().map(|i| i.word), Some(w));
            let s = &b.cpu.arch.sprs;
            // QEMU ORs the Book3S reason bit into SRR1 (docs/qemu-ppce500.md item 11).
            let reason = match (profile, cause) {
                (Profile::Manual, _) => 0,
                (Profile::Qemu, ProgramCause::Illegal) => 0x0008_0000,
                (Profile::Qemu, ProgramCause::Privileged) => 0x0004_0000,
                (Profile::Qemu, ProgramCause::Trap) => 0x0002_0000,
            };
            assert_eq!((s.srr0, s.srr1, s.esr), (CODE, before | reason, cause.esr()), "{w:#010x} {profile}");
            assert_eq!(b.cpu.arch.msr, 0, "{w:#010x} {profile}");
            assert_eq!(b.cpu.gpr[3], 7, "{w:#010x} {profile}");
        }
    }
}

#[test]
fn system_call_saves_the_next_instruction() {
    let mut b = Bench::v2();
    b.vectors();
    b.mem.put_words(u64::from(CODE), &[word("sc", &[])]);
    b.cpu.arch.msr = msr::EE | msr::ME;
    take(&mut b, InterruptKind::SystemCall, CODE + 4);
    let s = &b.cpu.arch.sprs;
    assert_eq!((s.srr0, s.srr1, b.cpu.arch.msr), (CODE + 4, msr::EE | msr::ME, msr::ME));
    // sc completed: one time-base tick.
    assert_eq!(b.cpu.arch.sprs.tb, 1);
}

#[test]
fn new_msr_and_save_registers_by_class_and_profile() {
    // Delivery on a bare PrivState: vector = IVPR[0:15] | IVOR[16:27].
    let all = msr::CE | msr::ME | msr::DE | msr::EE | msr::PR | msr::IS | msr::DS | msr::FP | msr::SPE;
    let mc = InterruptKind::MachineCheck { addr: 0x9_8765_4321, access: Access::Load };
    #[rustfmt::skip]
    let table: &[(InterruptKind, [u32; 2])] = &[
        // Non-critical: Book-E keeps CE, ME, DE; QEMU only ME.
        (InterruptKind::Program(ProgramCause::Illegal), [msr::CE | msr::ME | msr::DE, msr::ME]),
        (InterruptKind::ExternalInput, [msr::CE | msr::ME | msr::DE, msr::ME]),
        (InterruptKind::Decrementer, [msr::CE | msr::ME | msr::DE, msr::ME]),
        (InterruptKind::FixedIntervalTimer, [msr::CE | msr::ME | msr::DE, msr::ME]),
        (InterruptKind::Alignment { dear: Ea::new(4), esr: 0 }, [msr::CE | msr::ME | msr::DE, msr::ME]),
        // Critical keeps ME; machine check clears everything.
        (InterruptKind::CriticalInput, [msr::ME; 2]),
        (InterruptKind::Watchdog, [msr::ME; 2]),
        (InterruptKind::Debug, [msr::ME; 2]),
        (mc, [0; 2]),
    ];
    for &(kind, new_msr) in table {
        for (profile, want) in PROFILES.into_iter().zip(new_msr) {
            let mut s = PrivState::<Hpa>::new(CpuModel::E500v2, Compat::of(profile));
            s.msr = all;
            s.sprs.ivpr = 0xABCD_0000;
            s.sprs.ivor[kind.ivor()] = 0x1234_5678 & 0xFFF0;
            let d = s.deliver(&Interrupt { kind, srr0: Ea::new(0x100) });
            assert_eq!(d, Delivery::Delivered { pc: Ea::new(0xABCD_5670) }, "{kind:?}");
            assert_eq!(s.msr, want, "{kind:?} {profile}");
            let saved = match kind.class() {
                crate::cpu::InterruptClass::NonCritical => (s.sprs.srr0, s.sprs.srr1),
                crate::cpu::InterruptClass::Critical => (s.sprs.csrr0, s.sprs.csrr1),
                crate::cpu::InterruptClass::MachineCheck => (s.sprs.mcsrr0, s.sprs.mcsrr1),
                crate::cpu::InterruptClass::Debug => (s.sprs.dsrr0, s.sprs.dsrr1),
            };
            // QEMU's program interrupt adds the illegal-instruction reason bit to SRR1.
            let reason = if profile == Profile::Qemu && kind.ivor() == 6 { 0x0008_0000 } else { 0 };
            assert_eq!(saved, (0x100, all | reason), "{kind:?} {profile}");
        }
    }
    // Machine check on the e500v2: MCSR RAERR, MCAR/MCARU the 36-bit address.
    let mut s = PrivState::<Hpa>::new(CpuModel::E500v2, Compat::default());
    s.msr = msr::ME;
    let _ = s.deliver(&Interrupt { kind: mc, srr0: Ea::new(0) });
    assert_eq!((s.sprs.mcsr, s.sprs.mcar, s.sprs.mcaru), (mcsr::BUS_RAERR, 0x8765_4321, 9));
    // ... and with MSR[ME] = 0 a checkstop that changes nothing.
    let mut s = PrivState::<Hpa>::new(CpuModel::E500v2, Compat::default());
    s.msr = msr::EE;
    assert_eq!(s.deliver(&Interrupt { kind: mc, srr0: Ea::new(0) }), Delivery::Checkstop);
    assert_eq!((s.msr, s.sprs.mcsrr0, s.sprs.mcsr), (msr::EE, 0, 0));
    // The e500mc saves a debug interrupt in DSRR0/1 (the new MSR is a critical one's).
    let mut s = PrivState::<Hpa>::new(CpuModel::E500mc, Compat::default());
    s.msr = msr::DE | msr::ME | msr::EE;
    let _ = s.deliver(&Interrupt { kind: InterruptKind::Debug, srr0: Ea::new(0x200) });
    assert_eq!(
        (s.sprs.dsrr0, s.sprs.dsrr1, s.sprs.csrr0, s.msr),
        (0x200, msr::DE | msr::ME | msr::EE, 0, msr::ME)
    );
}

#[test]
fn instruction_complete_debug_events() {
    use crate::cpu::interrupt::{dbcr0, dbsr};
    // DBCR0[IDM|ICMP], MSR[DE]: the first nop completes, sets DBSR[ICMP], and the debug
    // interrupt comes before the second with CSRR0 = it (e500v2: critical class).
    let mut b = Bench::v2();
    b.vectors();
    b.mem.put_words(u64::from(CODE), &[0x6000_0000; 4]);
    b.cpu.arch.sprs.dbcr[0] = dbcr0::IDM | dbcr0::ICMP;
    b.cpu.arch.msr = msr::DE;
    b.retire(1);
    assert_eq!(b.cpu.arch.sprs.dbsr, dbsr::ICMP);
    take(&mut b, InterruptKind::Debug, CODE + 4);
    assert_eq!((b.cpu.arch.sprs.csrr0, b.cpu.arch.sprs.csrr1, b.cpu.arch.msr), (CODE + 4, msr::DE, 0));
    // With MSR[DE] = 0 nothing is recorded; without IDM neither.
    for (d, m) in [(dbcr0::IDM | dbcr0::ICMP, 0), (dbcr0::ICMP, msr::DE)] {
        let mut b = Bench::v2();
        b.mem.put_words(u64::from(CODE), &[0x6000_0000; 4]);
        (b.cpu.arch.sprs.dbcr[0], b.cpu.arch.msr) = (d, m);
        b.retire(2);
        assert_eq!(b.cpu.arch.sprs.dbsr, 0, "DBCR0 {d:#x} MSR {m:#x}");
    }
}

#[test]
fn data_storage_on_a_permission_failure() {
    // EA 0x10000000 (outside the 64 MiB boot mapping) -> PA 0x10000, 4 KiB, supervisor read
    // only (SR = 0x01).
    for (store, m) in [(true, "stw"), (false, "lwz")] {
        let mut b = Bench::v2();
        b.vectors();
        map(&mut b.cpu, 1, 0x1000_0000, 0x1_0000, 1, 0x01, 0, 0, false);
        b.mem.put_words(u64::from(CODE), &[word(m, &[v(3), d(8, 4)])]);
        b.cpu.gpr[4] = 0x1000_0000;
        b.cpu.arch.msr = if store { msr::ME } else { msr::PR | msr::ME };
        let e = if store { esr::ST } else { 0 };
        b.cpu.arch.sprs.esr = 0xFFFF;
        take(&mut b, InterruptKind::DataStorage { dear: Ea::new(0x1000_0008), esr: e }, CODE);
        let s = &b.cpu.arch.sprs;
        assert_eq!((s.dear, s.esr, s.srr0), (0x1000_0008, e, CODE), "{m}");
        // MAS registers are untouched by a DSI.
        assert_eq!(b.cpu.arch.mas, crate::mmu::Mas::default());
    }
}

#[test]
fn data_tlb_miss_preloads_mas() {
    // docs/qemu-ppce500.md item 10: PID 7, MAS4 0x104, load miss at 0x50000010 gives MAS0 0x00000001,
    // MAS1 0x80070100, MAS2 0x50000004, MAS6 0x00070000, ESR 0 (a store: 0x00800000). The first
    // miss is the same in both profiles (next victim 0).
    for profile in PROFILES {
        for (m, e) in [("lwz", 0), ("stw", esr::ST)] {
            let mut b = Bench::new(CpuModel::E500v2, profile);
            b.vectors();
            b.mem.put_words(u64::from(CODE), &[word(m, &[v(3), d(0x10, 4)])]);
            b.cpu.gpr[4] = 0x5000_0000;
            b.cpu.arch.sprs.pid[0] = 7;
            b.cpu.arch.mas.mas4 = 0x104;
            b.cpu.arch.mas.mas3 = 0xDEAD;
            take(
                &mut b,
                InterruptKind::DataTlbError { dear: Ea::new(0x5000_0010), esr: e, space: false },
                CODE,
            );
            let mas = &b.cpu.arch.mas;
            assert_eq!(
                [mas.mas0, mas.mas1, mas.mas2, mas.mas3, mas.mas6, mas.mas7],
                [0x0000_0001, 0x8007_0100, 0x5000_0004, 0, 0x0007_0000, 0],
                "{m} {profile}"
            );
            let s = &b.cpu.arch.sprs;
            assert_eq!((s.dear, s.esr, s.srr0), (0x5000_0010, e, CODE));
        }
    }
}

#[test]
fn instruction_tlb_miss_and_storage() {
    // mtctr r3; bctr to an unmapped EA: ITLB error at the target, in AS 0.
    for profile in PROFILES {
        let mut b = Bench::new(CpuModel::E500v2, profile);
        b.vectors();
        b.mem.put_words(u64::from(CODE), &[word("mtctr", &[v(3)]), word("bctr", &[])]);
        b.cpu.gpr[3] = 0x5000_0000;
        (b.cpu.arch.sprs.dear, b.cpu.arch.sprs.esr) = (0x1111, 0x2222);
        b.retire(2);
        take(&mut b, InterruptKind::InstructionTlbError { space: false }, 0x5000_0000);
        let s = &b.cpu.arch.sprs;
        // QEMU also writes DEAR = the fetch address and ESR = 0 (item 8).
        let want = if profile == Profile::Qemu { (0x5000_0000, 0) } else { (0x1111, 0x2222) };
        assert_eq!((s.dear, s.esr), want, "{profile}");
        assert_eq!(
            (s.srr0, b.cpu.arch.mas.mas1, b.cpu.arch.mas.mas2),
            (0x5000_0000, 0x8000_0000, 0x5000_0000)
        );
    }
    // A page without SX: instruction storage interrupt, ESR 0.
    let mut b = Bench::v2();
    b.vectors();
    map(&mut b.cpu, 1, 0x1000_0000, 0x1_0000, 1, 0x05, 0, 0, false);
    b.mem.put_words(u64::from(CODE), &[word("mtctr", &[v(3)]), word("bctr", &[])]);
    b.cpu.gpr[3] = 0x1000_0000;
    b.cpu.arch.sprs.esr = 0x2222;
    b.retire(2);
    take(&mut b, InterruptKind::InstructionStorage { esr: 0 }, 0x1000_0000);
    assert_eq!((b.cpu.arch.sprs.srr0, b.cpu.arch.sprs.esr), (0x1000_0000, 0));
}

#[test]
fn alignment_delivery_writes_dear_and_esr() {
    let mut b = Bench::v2();
    b.vectors();
    b.mem.put_words(u64::from(CODE), &[word("stmw", &[v(30), d(6, 0)])]);
    take(&mut b, InterruptKind::Alignment { dear: Ea::new(6), esr: esr::ST }, CODE);
    assert_eq!((b.cpu.arch.sprs.dear, b.cpu.arch.sprs.esr), (6, esr::ST));
}

#[test]
fn machine_checks_on_unbacked_addresses() {
    // (instruction, EA/PA, access, e500v2 MCSR). 0x800000 lies past the 4 MiB of RAM but inside
    // the 64 MiB boot mapping; the hole at 0x200000 is unbacked too.
    #[rustfmt::skip]
    let table: &[(&str, &[Arg], u32, Access, u32)] = &[
        ("lwz", &[v(3), d(0, 4)], 0x80_0000, Access::Load, mcsr::BUS_RAERR),
        ("stb", &[v(3), d(0, 5)], 0x20_0000, Access::Store, mcsr::BUS_WAERR),
        ("ba", &[v(0x20_0000)], 0x20_0000, Access::Fetch, mcsr::BUS_IAERR),
    ];
    for &(m, args, addr, access, bits) in table {
        let mut b = Bench::v2();
        b.vectors();
        b.mem.put_words(u64::from(CODE), &[word(m, args)]);
        (b.cpu.gpr[4], b.cpu.gpr[5]) = (0x80_0000, 0x20_0000);
        b.cpu.arch.msr = msr::ME | msr::EE;
        if access == Access::Fetch {
            b.retire(1);
        }
        let srr0 = if access == Access::Fetch { addr } else { CODE };
        take(&mut b, InterruptKind::MachineCheck { addr: u64::from(addr), access }, srr0);
        let s = &b.cpu.arch.sprs;
        assert_eq!((s.mcsrr0, s.mcsrr1, s.mcsr, s.mcar), (srr0, msr::ME | msr::EE, bits, addr), "{m}");
        assert_eq!(b.cpu.arch.msr, 0);
        // With MSR[ME] = 0 the bare machine checkstops.
        let mut b = Bench::v2();
        b.mem.put_words(u64::from(CODE), &[word(m, args)]);
        (b.cpu.gpr[4], b.cpu.gpr[5]) = (0x80_0000, 0x20_0000);
        assert!(matches!(b.cpu.run(&mut b.mem, 10), RunExit::Checkstop(_)), "{m}");
    }
}

#[test]
fn decrementer_counts_down_and_interrupts_before_the_next_instruction() {
    // DEC = 3: three nops tick it 3 -> 0, setting TSR[DIS]; with TCR[DIE] and MSR[EE] the 4th
    // step reports the decrementer with SRR0 = the next instruction (CODE + 12). ARE reloads DEC
    // from DECAR on the 1 -> 0 tick.
    for are in [false, true] {
        let mut b = Bench::v2();
        b.vectors();
        b.mem.put_words(u64::from(CODE), &[0x6000_0000; 8]);
        let s = &mut b.cpu.arch.sprs;
        (s.dec, s.decar, s.tcr) = (3, 100, tcr::DIE | if are { tcr::ARE } else { 0 });
        b.cpu.arch.msr = msr::EE;
        b.retire(3);
        assert_eq!(b.cpu.arch.sprs.tsr, tsr::DIS);
        assert_eq!(b.cpu.arch.sprs.dec, if are { 100 } else { 0 });
        take(&mut b, InterruptKind::Decrementer, CODE + 12);
        assert_eq!((b.cpu.arch.sprs.srr0, b.cpu.arch.msr), (CODE + 12, 0));
    }
    // Without EE, DIS stays pending and nothing is taken; DEC stops at 0.
    let mut b = Bench::v2();
    b.mem.put_words(u64::from(CODE), &[0x6000_0000; 8]);
    (b.cpu.arch.sprs.dec, b.cpu.arch.sprs.tcr) = (1, tcr::DIE);
    b.retire(5);
    assert_eq!((b.cpu.arch.sprs.tsr, b.cpu.arch.sprs.dec, b.cpu.arch.sprs.tb), (tsr::DIS, 0, 5));
    // mtspr TSR with DIS clears it (write one to clear).
    b.mem.put_words(u64::from(CODE + 20), &[word("mtspr", &[v(336), v(3)])]);
    b.cpu.gpr[3] = tsr::DIS;
    b.retire(1);
    assert_eq!(b.cpu.arch.sprs.tsr, 0);
}

#[test]
fn external_and_critical_input_lines() {
    let mut b = Bench::v2();
    b.vectors();
    b.mem.put_words(u64::from(CODE), &[0x6000_0000; 4]);
    b.cpu.irq.external = true;
    b.cpu.irq.critical = true;
    // Neither enable bit: nothing taken.
    b.retire(1);
    b.cpu.arch.msr = msr::EE | msr::CE;
    // Critical input first, saved in CSRR0/1, new MSR = ME only (ME was 0).
    take(&mut b, InterruptKind::CriticalInput, CODE + 4);
    assert_eq!(b.cpu.last_insn(), None);
    assert_eq!(
        (b.cpu.arch.sprs.csrr0, b.cpu.arch.sprs.csrr1, b.cpu.arch.msr),
        (CODE + 4, msr::EE | msr::CE, 0)
    );
    b.cpu.irq.critical = false;
    b.cpu.arch.msr = msr::EE;
    b.cpu.pc = Ea::new(CODE + 4);
    take(&mut b, InterruptKind::ExternalInput, CODE + 4);
    assert_eq!(b.cpu.arch.sprs.srr0, CODE + 4);
}

#[test]
fn timer_status_bits_raise_their_interrupts_in_priority_order() {
    // (TSR, TCR, MSR, lines, expected). Critical before watchdog before external before FIT
    // before decrementer; each needs its enable bits.
    use crate::cpu::IrqLines;
    let none = IrqLines::default();
    let ext = IrqLines { external: true, critical: false };
    #[rustfmt::skip]
    let table: &[(u32, u32, u32, IrqLines, Option<InterruptKind>)] = &[
        (tsr::WIS | tsr::DIS, tcr::WIE | tcr::DIE, msr::CE | msr::EE, none, Some(InterruptKind::Watchdog)),
        (tsr::WIS | tsr::DIS, tcr::WIE | tcr::DIE, msr::EE, none, Some(InterruptKind::Decrementer)),
        (tsr::FIS | tsr::DIS, tcr::FIE | tcr::DIE, msr::EE, none, Some(InterruptKind::FixedIntervalTimer)),
        (tsr::FIS | tsr::DIS, tcr::FIE | tcr::DIE, msr::EE, ext, Some(InterruptKind::ExternalInput)),
        (tsr::FIS, tcr::DIE, msr::EE, none, None),
        (tsr::DIS, tcr::DIE, msr::CE, none, None),
    ];
    for &(t, c, m, lines, want) in table {
        let mut s = PrivState::<Hpa>::new(CpuModel::E500v2, Compat::default());
        (s.sprs.tsr, s.sprs.tcr, s.msr) = (t, c, m);
        assert_eq!(s.pending_async(lines), want, "TSR {t:#x} TCR {c:#x} MSR {m:#x}");
    }
}

#[test]
fn branch_taken_debug_events() {
    use crate::cpu::interrupt::{dbcr0, dbsr};
    // `bdnzl` at CODE with CTR = 5: taken. Book-E: the interrupt comes before it executes
    // (CSRR0 = the branch, CTR and LR unchanged); QEMU: after it (CSRR0 = the target).
    let bdnzl = word("bcl", &[v(16), v(0), v(0x100)]);
    for profile in PROFILES {
        let mut b = Bench::new(CpuModel::E500v2, profile);
        b.vectors();
        b.mem.put_words(u64::from(CODE), &[bdnzl]);
        b.cpu.ctr = 5;
        b.cpu.arch.sprs.dbcr[0] = dbcr0::IDM | dbcr0::BRT;
        b.cpu.arch.msr = msr::DE;
        if profile == Profile::Manual {
            take(&mut b, InterruptKind::Debug, CODE);
            assert_eq!((b.cpu.ctr, b.cpu.lr, b.cpu.arch.sprs.csrr0), (5, 0, CODE));
        } else {
            b.retire(1);
            // Taken: the branch's target (0x100, absolute in the operand) is the next PC.
            assert_eq!(b.cpu.pc.raw(), 0x100);
            take(&mut b, InterruptKind::Debug, 0x100);
            assert_eq!((b.cpu.ctr, b.cpu.lr), (4, CODE + 4));
        }
        assert_eq!(b.cpu.arch.sprs.dbsr, dbsr::BRT, "{profile}");
    }
    // Not taken (CTR = 1 -> 0): no event in the manual profile; without IDM or DE none at all.
    for (ctr, d0, m) in
        [(1, dbcr0::IDM | dbcr0::BRT, msr::DE), (5, dbcr0::BRT, msr::DE), (5, dbcr0::IDM | dbcr0::BRT, 0)]
    {
        let mut b = Bench::v2();
        b.mem.put_words(u64::from(CODE), &[bdnzl]);
        (b.cpu.ctr, b.cpu.arch.sprs.dbcr[0], b.cpu.arch.msr) = (ctr, d0, m);
        b.retire(1);
        assert_eq!(b.cpu.arch.sprs.dbsr, 0, "CTR {ctr} DBCR0 {d0:#x} MSR {m:#x}");
    }
    // QEMU (difference 21) raises it after a branch not taken too: xSRR0 = the next instruction.
    let mut b = Bench::new(CpuModel::E500v2, Profile::Qemu);
    b.vectors();
    b.mem.put_words(u64::from(CODE), &[bdnzl]);
    (b.cpu.ctr, b.cpu.arch.sprs.dbcr[0], b.cpu.arch.msr) = (1, dbcr0::IDM | dbcr0::BRT, msr::DE);
    b.retire(1);
    take(&mut b, InterruptKind::Debug, CODE + 4);
    assert_eq!((b.cpu.ctr, b.cpu.arch.sprs.dbsr), (0, dbsr::BRT));
}
