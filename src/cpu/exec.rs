//! One step of the core: asynchronous interrupts, fetch through the decode cache, a thin dispatch
//! to the instruction families, retirement and the time base.
//!
//! Nothing here allocates, formats or traces on the path of an instruction that retires; a
//! `tracing` event is emitted only when an interrupt is reported.

use crate::addr::{Ea, Hpa};
use crate::isa::{Insn, Op};
use crate::mmu::{Access, XlateFault};
use crate::narrow::Narrow;

use super::alu::xer;
use super::decode_cache::CodeSlot;
use super::interrupt::{Interrupt, InterruptKind, ProgramCause};
use super::memory::{BusFault, Memory, Size};
use super::sprs::spr;
use super::state::msr;
use super::system::{PrivFlow, spr_of};
use super::xlate::{Phys, machine_check};
use super::{Cpu, StepOutcome};

type Exec = Result<(), InterruptKind>;

/// The code page the core is fetching from.
#[derive(Clone, Copy, Debug)]
pub(super) struct FetchPage {
    /// EA >> 12.
    pub(super) vpn: u32,
    /// The TLB generation the translation was made in.
    tlb_generation: u64,
    pa_page: Hpa,
    little_endian: bool,
    pub(super) slot: CodeSlot,
    /// The memory's write epoch when `code_generation` was read, if it keeps one.
    pub(super) epoch: Option<u64>,
    /// The frame's code generation read then.
    code_generation: u64,
}

/// Why [`Cpu::run`] stopped.
#[cfg(test)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunExit {
    /// The program executed `b .`.
    Halted,
    /// A machine check arrived with MSR\[ME\] = 0.
    Checkstop(Interrupt),
    /// The step budget ran out.
    StepLimit,
}

/// The translation-relevant context: MSR\[PR/IS/DS\] and the PIDs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct CtxKey {
    msr: u32,
    pids: crate::mmu::Pids,
}

impl Cpu {
    /// Executes one instruction, or reports the interrupt that happens instead (see the module
    /// documentation of [`crate::cpu`]). A reported interrupt has changed nothing (but for `sc`,
    /// which completed): the caller delivers it ([`Cpu::deliver`]) or emulates.
    pub fn step(&mut self, mem: &mut impl Memory) -> StepOutcome {
        self.sync_context();
        let pc = self.pc.raw() & !3;
        if let Some(kind) = self.arch.pending_async(self.irq) {
            // The interrupt ends a `wait` (whoever takes it: the core, or a hypervisor that
            // reflects it).
            self.arch.wait_insn = false;
            self.last_insn = None;
            return self.report(Interrupt { kind, srr0: Ea::new(pc) });
        }
        let insn = match self.fetch(mem, pc) {
            Ok(insn) => insn,
            Err(kind) => {
                self.last_insn = None;
                return self.report(Interrupt { kind, srr0: Ea::new(pc) });
            }
        };
        self.complete(mem, insn, pc)
    }

    /// Executes the fetched `insn` at `pc` and retires it, or reports the interrupt it takes
    /// instead: the part of [`Cpu::step`] after the fetch, which a burst shares
    /// ([`super::burst`]).
    #[inline]
    pub(super) fn complete(&mut self, mem: &mut impl Memory, insn: Insn, pc: u32) -> StepOutcome {
        self.last_insn = Some(insn);
        self.npc = pc.wrapping_add(4);
        self.halted = false;
        let msr_before = self.arch.msr;
        match self.execute(mem, insn, pc) {
            Ok(()) => {
                self.pc = Ea::new(self.npc);
                self.arch.retire(msr_before);
                if self.halted { StepOutcome::Halted } else { StepOutcome::Retired }
            }
            // `sc` completes: it counts as executed and SRR0 is the next instruction.
            Err(InterruptKind::SystemCall) => {
                self.arch.sprs.tick();
                self.report(Interrupt { kind: InterruptKind::SystemCall, srr0: Ea::new(pc.wrapping_add(4)) })
            }
            Err(kind) => self.report(Interrupt { kind, srr0: Ea::new(pc) }),
        }
    }

    /// Runs as the bare machine does: steps, delivering every interrupt at once, until `b .`, a
    /// checkstop, or `max_steps` steps.
    #[cfg(test)]
    pub fn run(&mut self, mem: &mut impl Memory, max_steps: u64) -> RunExit {
        for _ in 0..max_steps {
            match self.step(mem) {
                StepOutcome::Retired => {}
                StepOutcome::Halted => return RunExit::Halted,
                StepOutcome::Interrupt(irq) => {
                    if self.deliver(&irq) == super::interrupt::Delivery::Checkstop {
                        return RunExit::Checkstop(irq);
                    }
                }
            }
        }
        RunExit::StepLimit
    }

    #[cold]
    pub(super) fn report(&self, irq: Interrupt) -> StepOutcome {
        tracing::trace!(target: "tlbvisor::cpu", kind = ?irq.kind, srr0 = irq.srr0.raw(), "interrupt");
        StepOutcome::Interrupt(irq)
    }

    /// Switches the translation caches when MSR\[PR/IS/DS\] or a PID changed since the last step
    /// (whoever changed them: an instruction, delivery, or the owner writing `arch` directly):
    /// the micro-TLB of the previous context is kept aside (see [`super::xlate`]).
    #[inline]
    pub(super) fn sync_context(&mut self) {
        let key = CtxKey { msr: self.arch.msr & (msr::PR | msr::IS | msr::DS), pids: self.arch.pids() };
        if self.ctx_key != Some(key) {
            let left = self.ctx_key.replace(key);
            self.fetch_ctx = self.arch.xlate_ctx(Access::Fetch);
            self.data_ctx = self.arch.xlate_ctx(Access::Load);
            // The micro-TLB of the context before the one left comes back if it is this one's;
            // else it starts empty. The one left is kept in its place.
            std::mem::swap(&mut self.xcache, &mut self.prev_xcache.1);
            if self.prev_xcache.0 != Some(key) {
                self.xcache.flush();
            }
            self.prev_xcache.0 = left;
            self.fetch_page = None;
        }
    }

    /// Fetches and decodes the instruction at `pc`.
    #[inline]
    pub(super) fn fetch(&mut self, mem: &mut impl Memory, pc: u32) -> Result<Insn, InterruptKind> {
        // The common case: the same code page, the same TLB, nothing written since the frame's
        // generation was read (so it cannot have moved), the word already decoded.
        if let Some(p) = &self.fetch_page
            && p.vpn == pc >> 12
            && p.tlb_generation == self.arch.tlb.generation()
            && p.epoch.is_some()
            && p.epoch == mem.write_epoch()
            && let Some(insn) = self.dcache.cached(p.slot, p.code_generation, ((pc & 0xFFF) >> 2) as usize)
        {
            return Ok(insn);
        }
        self.fetch_full(mem, pc)
    }

    /// [`Cpu::fetch`] when the common case does not hold: enter the page, check its frame's
    /// generation, decode.
    fn fetch_full(&mut self, mem: &mut impl Memory, pc: u32) -> Result<Insn, InterruptKind> {
        let generation = self.arch.tlb.generation();
        let page = match self.fetch_page.as_mut() {
            Some(p) if p.vpn == pc >> 12 && p.tlb_generation == generation => *p,
            // The TLB changed, but not for this page: its translation stands.
            Some(p) if p.vpn == pc >> 12 && !self.arch.tlb.changed_since(p.tlb_generation, p.vpn) => {
                p.tlb_generation = generation;
                *p
            }
            _ => self.enter_code_page(mem, pc)?,
        };
        let offset = pc & 0xFFF;
        // Nothing written since the frame was last checked: its generation cannot have moved.
        let epoch = mem.write_epoch();
        let code_generation = match self.fetch_page.as_mut() {
            Some(p) if epoch.is_some() && p.epoch == epoch => p.code_generation,
            fp => {
                let g = mem.watch_code(page.slot.frame);
                if let Some(p) = fp {
                    (p.epoch, p.code_generation) = (epoch, g);
                }
                g
            }
        };
        self.dcache.get(page.slot, code_generation, (offset >> 2) as usize, |word, ahead| {
            let pa = page.pa_page.in_page(4 * word.low_u32());
            let w =
                if ahead { mem.read_ram(pa, Size::Word).ok_or(BusFault) } else { mem.read(pa, Size::Word) };
            let w = w.map_err(|BusFault| machine_check(pa, Access::Fetch))?;
            Ok(if page.little_endian { w.swap_bytes() } else { w })
        })
    }

    /// Translates a new code page and picks its decode-cache slot.
    #[cold]
    fn enter_code_page(&mut self, mem: &mut impl Memory, pc: u32) -> Result<FetchPage, InterruptKind> {
        let p = self.translate(pc, Access::Fetch).map_err(|f| match f {
            XlateFault::Miss => InterruptKind::InstructionTlbError { space: self.fetch_ctx.as_ },
            XlateFault::Permission { .. } => InterruptKind::InstructionStorage { esr: 0 },
        })?;
        let frame = p.pa.frame();
        let slot = self.dcache.slot(frame, p.little_endian, mem.watch_code(frame));
        // The frame's generation is read at the first fetch (`fetch_full`).
        Ok(self.fetch_from(pc, p, slot, None, 0))
    }

    /// Makes the code page of `pc` the one the core fetches from, and returns it: `phys` is
    /// `pc`'s translation, `slot` the frame's decode-cache slot, whose code generation
    /// `code_generation` was read at write epoch `epoch` (`None`: not read yet). For
    /// [`Cpu::enter_code_page`], and a burst's hop from page to page ([`super::burst`]), which
    /// leaves it as `enter_code_page` and `fetch_full` would have.
    pub(super) fn fetch_from(
        &mut self,
        pc: u32,
        phys: Phys,
        slot: CodeSlot,
        epoch: Option<u64>,
        code_generation: u64,
    ) -> FetchPage {
        let page = FetchPage {
            vpn: pc >> 12,
            tlb_generation: self.arch.tlb.generation(),
            pa_page: phys.pa.align_down(0x1000),
            little_endian: phys.little_endian,
            slot,
            epoch,
            code_generation,
        };
        self.fetch_page = Some(page);
        page
    }

    /// The dispatch: one line per instruction family.
    #[inline]
    fn execute(&mut self, mem: &mut impl Memory, insn: Insn, pc: u32) -> Exec {
        use Op::*;
        match insn.op {
            Illegal => Err(InterruptKind::Program(ProgramCause::Illegal)),
            Add | Addc | Adde | Addi | Addic | AddicRc | Addis | Addme | Addze => self.arith(insn),
            Subf | Subfc | Subfe | Subfic | Subfme | Subfze | Neg => self.arith(insn),
            Mullw | Mulli | Mulhw | Mulhwu | Divw | Divwu => self.muldiv(insn),
            And | Andc | AndiRc | AndisRc | Or | Orc | Ori | Oris | Xor | Xori | Xoris => self.logical(insn),
            Nand | Nor | Eqv | Extsb | Extsh | Cntlzw => self.logical(insn),
            Rlwinm | Rlwimi | Rlwnm | Slw | Srw | Sraw | Srawi => self.rotate(insn),
            Cmp | Cmpi | Cmpl | Cmpli | Isel => self.compare(insn),
            Lbz | Lbzu | Lbzx | Lbzux | Lhz | Lhzu | Lhzx | Lhzux => self.load_op(mem, insn),
            Lha | Lhau | Lhax | Lhaux | Lwz | Lwzu | Lwzx | Lwzux | Lhbrx | Lwbrx => self.load_op(mem, insn),
            Stb | Stbu | Stbx | Stbux | Sth | Sthu | Sthx | Sthux => self.store_op(mem, insn).map(|_| ()),
            Stw | Stwu | Stwx | Stwux | Sthbrx | Stwbrx => self.store_op(mem, insn).map(|_| ()),
            Lmw | Stmw => self.multiple(mem, insn),
            Lwarx => self.lwarx(mem, insn),
            StwcxRc => self.stwcx(mem, insn),
            B | Bc | Bclr | Bcctr => self.branch(insn, pc),
            Crand | Cror | Crxor | Crnand | Crnor | Creqv | Crandc | Crorc => self.cr_op(insn),
            Mcrf | Mfcr | Mtcrf | Mcrxr => self.cr_op(insn),
            Sc => Err(InterruptKind::SystemCall),
            Tw | Twi => self.trap(insn),
            Mfspr | Mtspr => self.spr_move(insn),
            Mfmsr | Mtmsr | Wrtee | Wrteei | Rfi | Rfci | Rfmci => self.privileged(insn),
            Tlbwe | Tlbre | Tlbsx | Tlbivax | Tlbilx | Tlbsync => self.privileged(insn),
            Dcbi => self.privileged(insn).and_then(|()| self.cache_op(mem, insn)),
            Dcbf | Dcbst | Dcbz | Icbi => self.cache_op(mem, insn),
            Dcbtls | Dcbtstls | Icbtls | Dcblc | Icblc => self.cache_lock_op(mem, insn),
            Dcbt | Dcbtst | Isync | Msync | Mbar => Ok(()),
            Wait => self.wait(),
        }
    }

    /// `wait` (e500mc; Power ISA 2.06 Book II, not privileged): it completes, and the core
    /// fetches nothing more until it takes an interrupt, whose SRR0 is then the next
    /// instruction. The owner idles as for the e500v2's wait state ([`super::idle`]). The e500v2
    /// does not have it.
    fn wait(&mut self) -> Exec {
        if !self.model().has_wait() {
            return Err(InterruptKind::Program(ProgramCause::Illegal));
        }
        self.arch.wait_insn = true;
        self.halted = true;
        Ok(())
    }

    /// `mfspr`/`mtspr`: XER, LR and CTR are the core's; every other SPR is the privileged
    /// state's.
    pub(super) fn spr_move(&mut self, insn: Insn) -> Exec {
        let rt = insn.rt();
        match (insn.op, spr_of(insn)) {
            (Op::Mfspr, spr::XER) => self.gpr[rt] = self.xer,
            (Op::Mfspr, spr::LR) => self.gpr[rt] = self.lr,
            (Op::Mfspr, spr::CTR) => self.gpr[rt] = self.ctr,
            (Op::Mtspr, spr::XER) => self.xer = self.gpr[rt] & xer::IMPLEMENTED,
            (Op::Mtspr, spr::LR) => self.lr = self.gpr[rt],
            (Op::Mtspr, spr::CTR) => self.ctr = self.gpr[rt],
            _ => return self.privileged(insn),
        }
        Ok(())
    }

    /// A privileged instruction, executed by the privileged state (kept out of line: rare next
    /// to the loads, stores and ALU operations of the dispatch).
    #[inline(never)]
    pub(super) fn privileged(&mut self, insn: Insn) -> Exec {
        // The privilege rule first (`exec_privileged` applies it too): a deprivileged guest's
        // every privileged instruction ends here, before the observer is built.
        if let Some(cause) = self.arch.refused_in_user_state(insn) {
            return Err(InterruptKind::Program(cause));
        }
        let mut obs = super::record::CoreObserver { pc: self.pc.raw(), buf: self.events.as_mut() };
        let flow = match self.arch.exec_privileged(insn, &mut self.gpr, &mut obs) {
            Ok(PrivFlow::Next) => Ok(()),
            Ok(PrivFlow::Jump(target)) => {
                self.npc = target.raw();
                Ok(())
            }
            Err(cause) => Err(InterruptKind::Program(cause)),
        };
        // The instruction left the core in the wait state (MSR[WE] with a HID0 power-saving
        // mode): it completes, and the core makes no progress until an interrupt, as after
        // `b .` ([`super::idle`]). The owner tells the two apart with `arch.waiting()`.
        if flow.is_ok() && self.arch.waiting() {
            self.halted = true;
        }
        flow
    }
}
