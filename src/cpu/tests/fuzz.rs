//! Robustness: pseudo-random instruction words, registers, MAS values, TLB entries, timers and
//! interrupt lines, executed for many steps with every interrupt delivered. Nothing may panic
//! (the mock memory also panics if the core ever makes a misaligned call), the PC stays
//! word-aligned and the MSR within the model's bits.

use super::{Bench, RAM_SIZE};
use crate::addr::{Ea, Hpa};
use crate::compat::Profile;
use crate::cpu::{CpuModel, Memory, RunExit, Size, StepOutcome};
use crate::mmu::{SlotId, TlbEntry};

/// xorshift64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn word(&mut self) -> u32 {
        (self.next() >> 16) as u32
    }
    /// Biased towards instructions the core implements: a random word under a common primary
    /// opcode half of the time.
    fn insn(&mut self) -> u32 {
        const PRIMARY: [u32; 16] = [31, 31, 31, 14, 15, 16, 18, 19, 21, 24, 32, 36, 44, 46, 47, 11];
        let w = self.word();
        if w & 1 == 0 {
            w
        } else {
            (PRIMARY[(self.next() % 16) as usize] << 26) | (self.word() & 0x03FF_FFFF)
        }
    }
    /// Small, aligned or arbitrary addresses, mostly inside RAM.
    fn addr(&mut self) -> u32 {
        match self.next() % 4 {
            0 => self.word(),
            1 => self.word() & 0x000F_FFFC,
            _ => self.word() % (RAM_SIZE as u32 + 0x1000),
        }
    }
}

fn scramble(rng: &mut Rng, b: &mut Bench, model: CpuModel) {
    for r in 0..32 {
        b.cpu.gpr[r] = rng.addr();
    }
    (b.cpu.cr, b.cpu.xer, b.cpu.lr, b.cpu.ctr) = (rng.word(), rng.word(), rng.addr(), rng.addr());
    b.cpu.arch.msr = rng.word() & model.msr_mask() & !0x30; // start in AS 0
    let m = &mut b.cpu.arch.mas;
    (m.mas0, m.mas1, m.mas2, m.mas3, m.mas4, m.mas6, m.mas7) =
        (rng.word(), rng.word(), rng.word(), rng.word(), rng.word(), rng.word(), rng.word());
    for n in 0..38 {
        b.cpu.arch.sprs.ivor[n] = rng.word() & 0xFFF0;
    }
    let s = &mut b.cpu.arch.sprs;
    (s.dec, s.decar, s.tcr, s.pid) = (rng.word() % 64, rng.word() % 64, rng.word(), [0, rng.word() & 3, 0]);
    (b.cpu.irq.external, b.cpu.irq.critical) = (rng.next().is_multiple_of(8), rng.next().is_multiple_of(16));
    // A few random TLB entries next to the boot mapping.
    for _ in 0..4 {
        let slot = if rng.next().is_multiple_of(2) {
            SlotId::tlb0((rng.next() % 512) as u16)
        } else {
            SlotId::tlb1(1 + (rng.next() % 15) as u16)
        };
        let e = TlbEntry::from_words(rng.word() | 0x8000_0000, rng.addr(), rng.word(), rng.word() & 1);
        let _ = b.cpu.arch.tlb.write_slot(slot, e);
    }
}

#[test]
fn random_programs_never_panic() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let (mut interrupts, mut retired) = (0u64, 0u64);
    for round in 0..64 {
        for (model, profile) in [
            (CpuModel::E500v2, Profile::Manual),
            (CpuModel::E500v2, Profile::Qemu),
            (CpuModel::E500mc, Profile::Manual),
            (CpuModel::E500mc, Profile::Qemu),
        ] {
            let mut b = Bench::new(model, profile);
            // Random code over the first 64 KiB, where the vectors (IVPR 0) also land.
            for a in (0..0x1_0000u64).step_by(4) {
                let w = rng.insn();
                b.mem.write(Hpa::new(a), Size::Word, w).expect("RAM");
            }
            scramble(&mut rng, &mut b, model);
            b.cpu.pc = Ea::new(rng.word() & 0xFFFC);
            for _ in 0..3000 {
                match b.cpu.step(&mut b.mem) {
                    StepOutcome::Retired => retired += 1,
                    StepOutcome::Halted => b.cpu.pc = Ea::new(rng.word() & 0xFFFC),
                    StepOutcome::Interrupt(irq) => {
                        interrupts += 1;
                        if b.cpu.deliver(&irq) == crate::cpu::Delivery::Checkstop {
                            b.cpu.arch.msr |= crate::cpu::state::msr::ME;
                        }
                    }
                }
                if rng.next().is_multiple_of(512) {
                    scramble(&mut rng, &mut b, model);
                }
                assert_eq!(b.cpu.pc.raw() & 3, 0, "round {round}");
                assert_eq!(b.cpu.arch.msr & !model.msr_mask(), 0, "round {round}");
            }
            // The bare-machine loop on the same state.
            assert!(matches!(
                b.cpu.run(&mut b.mem, 500),
                RunExit::Halted | RunExit::Checkstop(_) | RunExit::StepLimit
            ));
        }
    }
    // The run must have exercised delivery, not spun in one place.
    assert!(interrupts > 10_000 && retired > 100_000, "{interrupts} {retired}");
}
