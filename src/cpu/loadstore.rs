//! Loads, stores, load/store multiple, reservations and cache-block instructions (Book-E 3.3.2-
//! 3.3.7, 6.3; E500RM 3.1.2, 3.3.1.4, Table 3-26).
//!
//! * EA = (RA|0) + D or (RA|0) + RB. Update forms write RA = EA after the access succeeded (the
//!   decoder already refuses RA = 0 and, for loads, RA = RT). Stores read RS before RA changes.
//! * `lhbrx`/`lwbrx`/`sthbrx`/`stwbrx` reverse the bytes relative to the page's byte order.
//! * Alignment: the e500 handles misaligned integer accesses in hardware, but `lmw`, `stmw`,
//!   `lwarx` and `stwcx.` with an EA that is not word-aligned take an Alignment interrupt
//!   (E500RM 3.1.2), DEAR = EA, ESR\[ST\] for the stores. `dcbz` to a write-through or
//!   caching-inhibited page also takes one (E500RM Table 3-26; the "cache disabled or locked"
//!   case is not modelled: the core has no cache state). QEMU 7.2 differs: it lets `lmw`/`stmw`
//!   and `dcbz` through, and only a misaligned `lwarx` (or a `stwcx.` that would store) traps.
//! * `lmw` loads every word before writing any register and `stmw` translates every word before
//!   storing any, so a translation fault leaves no partial effect.
//! * Reservations are physical and word-sized: `lwarx` reserves the word it loads; `stwcx.`
//!   stores and sets CR0\[EQ\] only if the reservation is for the word it addresses, and always
//!   clears it. Without a reservation it fails without translating (QEMU does the same; Book-E
//!   leaves the exception undefined in that case). CR0 = 0b00 ‖ success ‖ XER\[SO\].
//!   The page's WIMGE bits play no part: the e500 performs `lwarx`/`stwcx.` on caching-inhibited
//!   storage too (a caching-inhibited `stwcx.` goes out on the bus, and one that gets a bus error
//!   just fails: E500RM 5.13, "Guarded Load and Cache-Inhibited stwcx. Instructions"), and so
//!   does QEMU 7.2.
//! * `dcbf`, `dcbst`, `icbi` translate like a load (TLB error or DSI, no memory access); `dcbi`
//!   (privileged) and `dcbz` like a store; `dcbt`/`dcbtst` never fault (Book-E: touch
//!   instructions are no-ops when they would fault).

use crate::addr::Ea;
use crate::isa::{Insn, Op};
use crate::mmu::Access;
use crate::mmu::mas::mas2;
use crate::narrow::Narrow;

use super::Cpu;
use super::alu::{crf, ra0, xer};
use super::interrupt::{InterruptKind, esr};
use super::memory::{BusFault, Memory, Size};
use super::xlate::{Wrote, machine_check};

type Exec = Result<(), InterruptKind>;

/// How a load or store is formed.
#[derive(Clone, Copy)]
struct Form {
    size: Size,
    /// Sign-extend a halfword load.
    algebraic: bool,
    /// Write RA = EA afterwards.
    update: bool,
    /// EA = (RA|0) + RB rather than + D.
    indexed: bool,
    /// Byte-reversed.
    reversed: bool,
}

const fn form(size: Size, update: bool, indexed: bool) -> Form {
    Form { size, algebraic: false, update, indexed, reversed: false }
}

/// The form of a load or store op (`None` for other ops).
const fn form_of(op: Op) -> Option<Form> {
    use Size::{Byte, Half, Word};
    let f = match op {
        Op::Lbz | Op::Stb => form(Byte, false, false),
        Op::Lbzu | Op::Stbu => form(Byte, true, false),
        Op::Lbzx | Op::Stbx => form(Byte, false, true),
        Op::Lbzux | Op::Stbux => form(Byte, true, true),
        Op::Lhz | Op::Sth => form(Half, false, false),
        Op::Lhzu | Op::Sthu => form(Half, true, false),
        Op::Lhzx | Op::Sthx => form(Half, false, true),
        Op::Lhzux | Op::Sthux => form(Half, true, true),
        Op::Lha => Form { algebraic: true, ..form(Half, false, false) },
        Op::Lhau => Form { algebraic: true, ..form(Half, true, false) },
        Op::Lhax => Form { algebraic: true, ..form(Half, false, true) },
        Op::Lhaux => Form { algebraic: true, ..form(Half, true, true) },
        Op::Lwz | Op::Stw => form(Word, false, false),
        Op::Lwzu | Op::Stwu => form(Word, true, false),
        Op::Lwzx | Op::Stwx => form(Word, false, true),
        Op::Lwzux | Op::Stwux => form(Word, true, true),
        Op::Lhbrx | Op::Sthbrx => Form { reversed: true, ..form(Half, false, true) },
        Op::Lwbrx | Op::Stwbrx => Form { reversed: true, ..form(Word, false, true) },
        _ => return None,
    };
    Some(f)
}

/// Whether `op` reads or writes memory: the single-register loads and stores ([`form_of`]), the
/// multiple and reservation ones, and the cache-block instructions that access or translate a
/// block (the touches `dcbt`/`dcbtst` never fault and are not counted).
#[inline]
pub(super) const fn touches_memory(op: Op) -> bool {
    form_of(op).is_some()
        || matches!(
            op,
            Op::Lmw
                | Op::Stmw
                | Op::Lwarx
                | Op::StwcxRc
                | Op::Dcbi
                | Op::Dcbf
                | Op::Dcbst
                | Op::Dcbz
                | Op::Icbi
                | Op::Dcbtls
                | Op::Dcbtstls
                | Op::Icbtls
                | Op::Dcblc
                | Op::Icblc
        )
}

/// (RA|0) + D: the EA of a D-form access.
#[inline]
pub(crate) fn ea_d(insn: Insn, gpr: &[u32; 32]) -> u32 {
    ra0(insn, gpr).wrapping_add(insn.simm().cast_unsigned())
}

/// (RA|0) + RB: the EA of an X-form access (also `tlbivax`, `tlbilx`, the cache blocks).
#[inline]
pub(crate) fn ea_x(insn: Insn, gpr: &[u32; 32]) -> u32 {
    ra0(insn, gpr).wrapping_add(gpr[insn.rb()])
}

/// The data access `insn` makes with the registers `gpr`: load or store, EA and size (the first
/// word of `lmw`/`stmw`); `None` for an instruction that makes none. For `explain --accesses`.
pub(super) fn data_access(insn: Insn, gpr: &[u32; 32]) -> Option<(Access, u32, Size)> {
    let (store, size, indexed) = match insn.op {
        Op::Lmw | Op::Stmw => (insn.op == Op::Stmw, Size::Word, false),
        Op::Lwarx | Op::StwcxRc => (insn.op == Op::StwcxRc, Size::Word, true),
        op => {
            let f = form_of(op)?;
            let store = matches!(
                op,
                Op::Stb
                    | Op::Stbu
                    | Op::Stbx
                    | Op::Stbux
                    | Op::Sth
                    | Op::Sthu
                    | Op::Sthx
                    | Op::Sthux
                    | Op::Stw
                    | Op::Stwu
                    | Op::Stwx
                    | Op::Stwux
                    | Op::Sthbrx
                    | Op::Stwbrx
            );
            (store, f.size, f.indexed)
        }
    };
    let ea = if indexed { ea_x(insn, gpr) } else { ea_d(insn, gpr) };
    Some((if store { Access::Store } else { Access::Load }, ea, size))
}

impl Cpu {
    /// Every single-register load.
    #[inline(always)]
    pub(super) fn load_op(&mut self, mem: &mut impl Memory, insn: Insn) -> Exec {
        let Some(f) = form_of(insn.op) else { return Ok(()) };
        let ea = if f.indexed { ea_x(insn, &self.gpr) } else { ea_d(insn, &self.gpr) };
        let mut v = self.load(mem, ea, f.size)?;
        if f.reversed {
            v = f.size.swap(v);
        }
        if f.algebraic {
            v = i32::from(v.low_u16().cast_signed()).cast_unsigned();
        }
        self.gpr[insn.rt()] = v;
        if f.update {
            self.gpr[insn.ra()] = ea;
        }
        Ok(())
    }

    /// Every single-register store, saying how it reached memory.
    #[inline(always)]
    pub(super) fn store_op(&mut self, mem: &mut impl Memory, insn: Insn) -> Result<Wrote, InterruptKind> {
        let Some(f) = form_of(insn.op) else { return Ok(Wrote::ByAddress) };
        let ea = if f.indexed { ea_x(insn, &self.gpr) } else { ea_d(insn, &self.gpr) };
        let mut v = self.gpr[insn.rt()];
        if f.reversed {
            v = f.size.swap(v);
        }
        let wrote = self.store(mem, ea, f.size, v)?;
        if f.update {
            self.gpr[insn.ra()] = ea;
        }
        Ok(wrote)
    }

    /// `lmw`/`stmw`: registers RT..=31 from/to consecutive words.
    pub(super) fn multiple(&mut self, mem: &mut impl Memory, insn: Insn) -> Exec {
        let ea = ea_d(insn, &self.gpr);
        let store = insn.op == Op::Stmw;
        if ea & 3 != 0 {
            return Err(InterruptKind::Alignment { dear: Ea::new(ea), esr: if store { esr::ST } else { 0 } });
        }
        let first = insn.rt();
        let addr = |r: usize| ea.wrapping_add(4 * (r - first).low_u32());
        if store {
            for r in first..32 {
                self.translate_data(addr(r), true)?;
            }
            for r in first..32 {
                self.store(mem, addr(r), Size::Word, self.gpr[r])?;
            }
        } else {
            let mut words = [0u32; 32];
            for (r, w) in words.iter_mut().enumerate().skip(first) {
                *w = self.load(mem, addr(r), Size::Word)?;
            }
            self.gpr[first..].copy_from_slice(&words[first..]);
        }
        Ok(())
    }

    /// `lwarx`.
    pub(super) fn lwarx(&mut self, mem: &mut impl Memory, insn: Insn) -> Exec {
        let ea = ea_x(insn, &self.gpr);
        if ea & 3 != 0 {
            return Err(InterruptKind::Alignment { dear: Ea::new(ea), esr: 0 });
        }
        let pa = self.translate_data(ea, false)?.pa;
        self.gpr[insn.rt()] = self.load(mem, ea, Size::Word)?;
        self.reservation = Some(pa);
        Ok(())
    }

    /// `stwcx.`.
    pub(super) fn stwcx(&mut self, mem: &mut impl Memory, insn: Insn) -> Exec {
        let ea = ea_x(insn, &self.gpr);
        let misaligned = ea & 3 != 0;
        if misaligned && !self.arch.compat().misaligned_stwcx_fails {
            return Err(InterruptKind::Alignment { dear: Ea::new(ea), esr: esr::ST });
        }
        let success = match self.reservation {
            Some(_) if misaligned => false,
            Some(reserved) => {
                let pa = self.translate_data(ea, true)?.pa;
                pa == reserved
            }
            None => false,
        };
        if success {
            self.store(mem, ea, Size::Word, self.gpr[insn.rt()])?;
        }
        self.reservation = None;
        let so = if self.xer & xer::SO != 0 { crf::SO } else { 0 };
        self.set_cr_field(0, if success { crf::EQ } else { 0 } | so);
        Ok(())
    }

    /// Cache-block instructions (`dcbi` after its privilege check).
    pub(super) fn cache_op(&mut self, mem: &mut impl Memory, insn: Insn) -> Exec {
        let ea = ea_x(insn, &self.gpr);
        match insn.op {
            Op::Dcbf | Op::Dcbst | Op::Icbi => self.translate_data(ea, false).map(|_| ()),
            Op::Dcbi => self.translate_data(ea, true).map(|_| ()),
            Op::Dcbz => self.dcbz(mem, ea),
            _ => Ok(()),
        }
    }

    /// `dcbz`: zero the cache block containing `ea` (32 bytes on the e500v2, 64 on the e500mc:
    /// [`super::CpuModel::cache_block`]), a store for permission purposes.
    fn dcbz<M: Memory>(&mut self, mem: &mut M, ea: u32) -> Exec {
        let size = self.model().cache_block();
        let refused = |wimge: u8| u32::from(wimge) & (mas2::W.mask() | mas2::I.mask()) != 0;
        // By the store line's slot in a burst (as a store: `Cpu::store`).
        if M::TLB_SYNCED
            && let Some((slot, wimge)) = self.store_line_slot(ea)
        {
            if refused(wimge) {
                return Err(InterruptKind::Alignment { dear: Ea::new(ea), esr: esr::ST });
            }
            if mem.zero_slot(slot, (ea & 0xFFF & !(size - 1)) as usize, size) {
                return Ok(());
            }
        }
        // The block is inside `ea`'s page (a page is a whole number of blocks); a fault names
        // `ea`.
        let (t, wimge) = self.translate_store_wimge::<M>(ea)?;
        if refused(wimge) {
            return Err(InterruptKind::Alignment { dear: Ea::new(ea), esr: esr::ST });
        }
        let block = t.pa.align_down(u64::from(size));
        if !mem.zero_ram(block, size) {
            for i in 0..u64::from(size / 4) {
                let pa = block.wrapping_add(4 * i);
                mem.write(pa, Size::Word, 0).map_err(|BusFault| machine_check(pa, Access::Store))?;
            }
        }
        if M::TLB_SYNCED {
            self.keep_slot(mem, ea, Access::Store, t.pa);
        }
        Ok(())
    }
}
