//! Tests of the core: a mock memory, a test bench that boots the core as QEMU's ePAPR entry does,
//! and table-driven tests per instruction family.

// Test tables are tuples, one row per case.
#![allow(clippy::type_complexity)]

mod alu;
mod branch;
mod caches;
mod fuzz;
mod interrupts;
mod loadstore;
mod mmu;
mod system;

use crate::addr::{Ea, Hpa};
use crate::compat::{Compat, Profile};
use crate::isa::{Arg, assemble};

use super::{BusFault, Cpu, CpuModel, EpaprBoot, Memory, Size, StepOutcome};

/// RAM at physical address 0.
pub(super) const RAM_SIZE: u64 = 0x40_0000;
/// An unbacked (MMIO-ish) hole inside the RAM range: accesses raise machine checks.
pub(super) const HOLE: std::ops::Range<u64> = 0x20_0000..0x20_1000;
/// A small backed window high in the 36-bit space (where the e500 CCSR lives), for MAS7 tests.
pub(super) const HIGH: u64 = 0xF_FE00_0000;
const HIGH_SIZE: u64 = 0x1000;
/// Where test programs start.
pub(super) const CODE: u32 = 0x1000;

/// A `Vec<u8>` at physical 0 with an unbacked hole, a 4 KiB high window, per-frame write
/// generations, and a check that the core only makes naturally aligned calls.
pub(super) struct MockMemory {
    ram: Vec<u8>,
    high: Vec<u8>,
    generations: Vec<u64>,
    high_generation: u64,
}

impl MockMemory {
    pub(super) fn new() -> Self {
        MockMemory {
            ram: vec![0; RAM_SIZE as usize],
            high: vec![0; HIGH_SIZE as usize],
            generations: vec![0; (RAM_SIZE >> 12) as usize],
            high_generation: 0,
        }
    }

    /// The backing bytes of `[pa, pa + n)`, if all of them are backed.
    fn bytes(&mut self, pa: u64, n: u64) -> Option<&mut [u8]> {
        let end = pa.checked_add(n)?;
        if end <= RAM_SIZE && !(pa < HOLE.end && end > HOLE.start) {
            return self.ram.get_mut(pa as usize..end as usize);
        }
        if pa >= HIGH && end <= HIGH + HIGH_SIZE {
            return self.high.get_mut((pa - HIGH) as usize..(end - HIGH) as usize);
        }
        None
    }

    /// Host-side writes of big-endian words (loading a program).
    pub(super) fn put_words(&mut self, pa: u64, words: &[u32]) {
        for (i, w) in words.iter().enumerate() {
            self.write(Hpa::new(pa + 4 * i as u64), Size::Word, *w).expect("test memory is backed");
        }
    }

    /// Host-side reads of bytes.
    pub(super) fn get_bytes(&mut self, pa: u64, n: usize) -> Vec<u8> {
        self.bytes(pa, n as u64).expect("test memory is backed").to_vec()
    }

    /// A big-endian word.
    pub(super) fn word(&mut self, pa: u64) -> u32 {
        self.read(Hpa::new(pa), Size::Word).expect("test memory is backed")
    }
}

impl Memory for MockMemory {
    fn read(&mut self, pa: Hpa, size: Size) -> Result<u32, BusFault> {
        let n = u64::from(size.bytes());
        assert_eq!(pa.raw() % n, 0, "the core promised naturally aligned calls");
        let b = self.bytes(pa.raw(), n).ok_or(BusFault)?;
        Ok(b.iter().fold(0u32, |v, &x| (v << 8) | u32::from(x)))
    }

    fn write(&mut self, pa: Hpa, size: Size, value: u32) -> Result<(), BusFault> {
        let n = u64::from(size.bytes());
        assert_eq!(pa.raw() % n, 0, "the core promised naturally aligned calls");
        let b = self.bytes(pa.raw(), n).ok_or(BusFault)?;
        for (i, x) in b.iter_mut().enumerate() {
            *x = (value >> (8 * (n as usize - 1 - i))) as u8;
        }
        match self.generations.get_mut((pa.raw() >> 12) as usize) {
            Some(g) => *g += 1,
            None => self.high_generation += 1,
        }
        Ok(())
    }

    fn code_generation(&self, frame: u64) -> u64 {
        self.generations.get(frame as usize).copied().unwrap_or(self.high_generation)
    }
}

/// A plain operand.
pub(super) const fn v(x: i64) -> Arg {
    Arg::Value(x)
}

/// `disp(base)`.
pub(super) const fn d(disp: i64, base: i64) -> Arg {
    Arg::Indexed { disp, base }
}

/// Assembles `prog` at `pc`.
pub(super) fn asm(pc: u32, prog: &[(&str, &[Arg])]) -> Vec<u32> {
    prog.iter()
        .enumerate()
        .map(|(i, (m, args))| {
            let at = pc + 4 * i as u32;
            assemble(m, args, at).unwrap_or_else(|e| panic!("{m} {args:?}: {e}"))
        })
        .collect()
}

/// One word.
pub(super) fn word(mnemonic: &str, args: &[Arg]) -> u32 {
    asm(CODE, &[(mnemonic, args)])[0]
}

/// A core booted as QEMU's `-kernel` entry leaves it (TLB1\[0\] = 64 MiB at 0, all permissions,
/// MSR 0), with a mock memory, programs at [`CODE`].
pub(super) struct Bench {
    pub(super) cpu: Cpu,
    pub(super) mem: MockMemory,
}

impl Bench {
    pub(super) fn new(model: CpuModel, profile: Profile) -> Bench {
        let mut cpu = Cpu::new(model, Compat::of(profile));
        let boot = EpaprBoot { entry: Ea::new(CODE), image_end: 0x2000, dt_size: 0x1000 };
        cpu.epapr_boot(&boot).expect("a small image boots");
        Bench { cpu, mem: MockMemory::new() }
    }

    /// The e500v2 in the manual profile.
    pub(super) fn v2() -> Bench {
        Bench::new(CpuModel::E500v2, Profile::Manual)
    }

    /// Loads `prog` at [`CODE`] and points PC at it.
    pub(super) fn program(&mut self, prog: &[(&str, &[Arg])]) {
        self.load_at(CODE, prog);
        self.cpu.pc = Ea::new(CODE);
    }

    /// Loads `prog` at `pc` (physical = effective under the boot mapping).
    pub(super) fn load_at(&mut self, pc: u32, prog: &[(&str, &[Arg])]) {
        let words = asm(pc, prog);
        self.mem.put_words(u64::from(pc), &words);
    }

    pub(super) fn step(&mut self) -> StepOutcome {
        self.cpu.step(&mut self.mem)
    }

    /// Steps `n` times, expecting every step to retire.
    pub(super) fn retire(&mut self, n: usize) {
        for i in 0..n {
            let pc = self.cpu.pc;
            assert_eq!(self.step(), StepOutcome::Retired, "step {i} at {pc}");
        }
    }

    /// Steps until `b .`, delivering interrupts; panics after `limit` steps.
    pub(super) fn run_to_halt(&mut self, limit: u64) {
        assert_eq!(self.cpu.run(&mut self.mem, limit), super::RunExit::Halted);
    }

    /// Points IVOR n at 0x4000 + 0x100 * n (IVPR 0), so each interrupt has its own vector.
    pub(super) fn vectors(&mut self) {
        for n in 0..38 {
            self.cpu.arch.sprs.ivor[n] = (0x100 * n as u32 + 0x4000) & 0xFFF0;
        }
    }
}

/// The vector [`Bench::vectors`] gives IVOR `n`.
pub(super) const fn vector(n: usize) -> u32 {
    (0x100 * n as u32 + 0x4000) & 0xFFF0
}

/// A TLB1 entry in `slot`: V, TID `tid`, TS `ts`, TSIZE `tsize`, EPN `ea`, WIMGE `wimge`, RPN
/// `pa` (36 bits), permission bits `perms` (MAS3 layout: UX SX UW SW UR SR = 0x20..0x01).
#[allow(clippy::too_many_arguments)]
pub(super) fn map(
    cpu: &mut Cpu,
    slot: u16,
    ea: u32,
    pa: u64,
    tsize: u32,
    perms: u32,
    wimge: u32,
    tid: u32,
    ts: bool,
) {
    let e = crate::mmu::TlbEntry::from_fields(&crate::mmu::EntryFields {
        iprot: false,
        tid,
        ts,
        tsize,
        epn: Ea::new(ea),
        attrs: wimge,
        rpn: pa,
        user_perms: perms,
    });
    cpu.arch.tlb.write_slot(crate::mmu::SlotId::tlb1(slot), e).expect("slot exists");
}
