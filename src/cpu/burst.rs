//! The fast path: a burst of instructions that can change nothing but registers and RAM.
//!
//! [`Cpu::step`] checks everything before every instruction: the translation context, pending
//! asynchronous interrupts, the time base's next event, debug events, devices. Most instructions
//! of a real program (arithmetic, logical, rotates, compares, branches, CR moves, LR/CTR/XER
//! moves, loads and stores to RAM, `lwarx`/`stwcx.`, `dcbz` and the cache-block instructions
//! that only translate, and the privileged instructions of `Cpu::privileged_in_stretch`: moves
//! of SPRs that are only values to the core, `mfmsr`, a `wrtee`/`wrteei` that does not turn
//! MSR\[EE\] on) can change none of what those checks look at, so
//! [`Cpu::burst`] checks once and then runs such instructions back to back:
//!
//! * **Context and interrupts.** The translation context (MSR\[PR/IS/DS\], PIDs) and the TLB
//!   change only through instructions the burst does not run (`mtmsr`, `mtspr PID`, `tlbwe`,
//!   `rfi`, ...), so they are synced once. An asynchronous interrupt becomes pending only when
//!   the MSR, TSR or TCR changes (again not in a burst), when a device moves the interrupt lines
//!   (a burst never touches a device), or at a timer event: the burst ends at the next one
//!   ([`super::Sprs::ticks_to_event`]), so the instruction after it is stepped and takes it.
//! * **Time.** Each retired instruction is one tick; the burst adds them in one go at its end
//!   ([`super::Sprs::advance`]), which is exact because no tick inside it is an event and nothing
//!   in it reads the time base (`mfspr TBL` is not a burst instruction).
//! * **Debug events.** A burst runs only when no debug event can be recorded (instruction
//!   complete and branch taken both need DBCR0\[IDM\] and their enable bit).
//! * **Memory.** Accesses go through [`RamOnly`], which answers for RAM alone: a device access
//!   or an unbacked address ends the burst *before* that instruction, which changed nothing
//!   (interrupts are precise; a bytewise misaligned store may have written its first bytes to
//!   RAM, and the full step writes the same values again); the full step then runs it through
//!   all of memory. A translation fault or an alignment interrupt is reported as the step
//!   reports it.
//!   Writes into code frames move their generations as ever, so a store into code is seen at
//!   the next fetch.
//! * **The loop** ([`Cpu::run_page`], a function of its own so that its code does not depend on
//!   what surrounds it) runs from the code page of the last fetch, taken out of the decode cache
//!   while it reads it, as long as the PC stays on the page, its words are decoded and the
//!   instructions are burst ones. After a store it compares the page's frame generation: a store
//!   into the page ends the loop (the next fetch decodes again), a store elsewhere does not.
//!   When the PC leaves the page, the page loop *hops* to the next one without the full fetch if
//!   everything the fetch would establish is at hand ([`Cpu::hop`]): the translation (micro-TLB
//!   or TLB), a decode-cache page for the frame, decoded from it as it is now, holding the word.
//! * **`b .`** is left to the step (the owner's spin skip and `Halted` depend on it).
//!
//! So a burst of `n` instructions leaves the core exactly as `n` steps would (the conformance
//! tests, snapshots and instruction counts check it): it is only faster.

use crate::addr::{Ea, Hpa};
use crate::isa::{Field, Insn, Op};
use crate::mmu::Access;
use crate::narrow::Narrow;

use super::branch::b_target;
use super::decode_cache::{CodePage, CodeSlot, Form, NOT_DECODED};
use super::interrupt::{Interrupt, InterruptKind};
use super::loadstore::touches_memory;
use super::memory::{BusFault, Memory, Size};
use super::sprs::{moves_in_a_stretch, spr};
use super::state::msr;
use super::system::{ee_written, spr_of};
use super::xlate::Wrote;
use super::{Cpu, StepOutcome};

/// The page a burst fetches from, taken out of the decode cache (see [`Cpu::burst`]).
struct Held {
    vpn: u32,
    slot: CodeSlot,
    /// The memory's write epoch when the frame's generation was last checked.
    epoch: u64,
    page: Box<CodePage>,
}

/// How [`Cpu::run_page`] stopped.
#[derive(Clone, Copy, Debug)]
enum PageExit {
    /// It ran `left` instructions.
    Budget,
    /// The PC left the page, its word is not decoded yet, or a store wrote into the page (its
    /// frame's generation moved): the full fetch next.
    Leave,
    /// The instruction at the PC is not a burst instruction, or not on plain RAM.
    Slow(Insn),
    /// The instruction at the PC raises this interrupt (nothing changed).
    Fault(Insn, InterruptKind),
}

impl PageExit {
    /// The exit for `insn`, which did not complete but reported `kind`: a machine check through
    /// [`RamOnly`] means "not plain RAM (or nothing there)", the step's to do through all of
    /// memory; any other interrupt is what the step would report.
    #[inline(always)]
    fn failed(insn: Insn, kind: InterruptKind) -> PageExit {
        match kind {
            InterruptKind::MachineCheck { .. } => PageExit::Slow(insn),
            kind => PageExit::Fault(insn, kind),
        }
    }
}

/// What [`Cpu::run_page`] did.
#[derive(Clone, Copy, Debug)]
struct PageRun {
    /// The next instruction's address.
    pc: u32,
    /// Instructions that completed.
    retired: u64,
    exit: PageExit,
}

/// Memory as the fast path sees it: RAM only (see the module documentation).
struct RamOnly<'a, M: Memory>(&'a mut M);

impl<M: Memory> Memory for RamOnly<'_, M> {
    const FINAL_FAULTS: bool = false;
    // `Cpu::burst` follows the TLB at the start of each stretch.
    const TLB_SYNCED: bool = true;

    #[inline(always)]
    fn read(&mut self, pa: Hpa, size: Size) -> Result<u32, BusFault> {
        self.0.read_ram(pa, size).ok_or(BusFault)
    }
    #[inline(always)]
    fn read_ram(&mut self, pa: Hpa, size: Size) -> Option<u32> {
        self.0.read_ram(pa, size)
    }
    #[inline(always)]
    fn write(&mut self, pa: Hpa, size: Size, value: u32) -> Result<(), BusFault> {
        if self.0.write_ram(pa, size, value) { Ok(()) } else { Err(BusFault) }
    }
    #[inline]
    fn zero_ram(&mut self, pa: Hpa, len: u32) -> bool {
        self.0.zero_ram(pa, len)
    }
    #[inline]
    fn code_generation(&self, frame: u64) -> u64 {
        self.0.code_generation(frame)
    }
    #[inline]
    fn watch_code(&mut self, frame: u64) -> u64 {
        self.0.watch_code(frame)
    }
    #[inline]
    fn write_epoch(&self) -> Option<u64> {
        self.0.write_epoch()
    }
    #[inline]
    fn slots_id(&self) -> Option<u64> {
        self.0.slots_id()
    }
    #[inline]
    fn pages_with_data(&self) -> u64 {
        self.0.pages_with_data()
    }
    #[inline]
    fn ram_slot(&self, pa: Hpa, for_store: bool) -> Option<u32> {
        self.0.ram_slot(pa, for_store)
    }
    #[inline(always)]
    fn read_slot(&self, slot: u32, off: usize, size: Size) -> Option<u32> {
        self.0.read_slot(slot, off, size)
    }
    #[inline(always)]
    fn write_slot(&mut self, slot: u32, off: usize, size: Size, value: u32) -> bool {
        self.0.write_slot(slot, off, size, value)
    }
    #[inline]
    fn zero_slot(&mut self, slot: u32, off: usize, len: u32) -> bool {
        self.0.zero_slot(slot, off, len)
    }
}

/// How a [`Cpu::burst`] ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Burst {
    /// Instructions that retired (and ticked) in it.
    pub retired: u64,
    /// What the last instruction it ran did, when that is something the owner must see (a
    /// reported interrupt, `Halted`); `None` when the burst stopped before an instruction that
    /// needs a full [`Cpu::step`] (an interrupt to take, a device access, a translation fault of
    /// a load or store) or at `limit`.
    pub then: Option<StepOutcome>,
}

impl Cpu {
    /// Runs up to `limit` steps' worth of instructions (see the module documentation): returns
    /// how many retired and how the last one ended when the owner must act on it. Exactly what
    /// that many [`Cpu::step`]s would have done, with nobody looking between them.
    pub fn burst(&mut self, mem: &mut impl Memory, limit: u64) -> Burst {
        let mut n = 0;
        // Each stretch runs from a check of the context, the interrupts and the next timer
        // event to the next instruction that may change them.
        'stretch: while n < limit {
            self.sync_context();
            // The micro-TLB follows the TLB for the whole stretch: nothing in it changes the TLB.
            self.follow_tlb();
            // Its slots are this memory's, those of zeros as of now (a stretch follows its own
            // stores by address: `Cpu::store`).
            self.follow_slots(mem);
            if !self.arch.spin_can_skip() || self.arch.pending_async(self.irq).is_some() {
                break;
            }
            // At least one instruction: `n < limit`, and the next event is at least one tick
            // away (`ticks_to_event` never says 0).
            let end = n + self.arch.sprs.ticks_to_event().map_or(limit - n, |e| e.min(limit - n));
            debug_assert!(end > n);
            // Instructions retired in this stretch; their ticks are added in one go.
            let mut m = n;
            // The code page of the last fetch, while nothing has been written since its frame's
            // generation was checked (`Cpu::fetch`'s common case, hoisted: the TLB and the
            // context cannot change inside a stretch), held out of the decode cache while the
            // stretch reads it (it goes back before anything else can use the cache).
            let mut code: Option<Held> = None;
            let mut ram = RamOnly(&mut *mem);
            // The PC lives here while the stretch runs (`self.pc` is written when it stops).
            let mut pc = self.pc.raw() & !3;
            let insn = loop {
                if m == end {
                    self.put_back(&mut code);
                    self.pc = Ea::new(pc);
                    self.arch.sprs.advance(m - n);
                    n = m;
                    continue 'stretch;
                }
                if let Some(c) = &code
                    && c.vpn == pc >> 12
                {
                    let run = self.run_page(&mut ram, &mut code, pc, end - m);
                    pc = run.pc;
                    m += run.retired;
                    match run.exit {
                        // At the stretch's end (the top of the loop closes it): after a store
                        // into the page as well, whose `Leave` may come with the last instruction.
                        PageExit::Budget => continue,
                        PageExit::Leave if m == end => continue,
                        // Off the page with the next one not at hand (`run_page` hopped where
                        // it could), or a word not decoded yet: the full fetch below.
                        PageExit::Leave => {}
                        PageExit::Slow(insn) => {
                            self.put_back(&mut code);
                            self.pc = Ea::new(pc);
                            break insn;
                        }
                        // A translation fault, an alignment interrupt, an invalid form: what
                        // the step would report for it, having changed nothing.
                        PageExit::Fault(insn, kind) => {
                            self.put_back(&mut code);
                            self.pc = Ea::new(pc);
                            self.arch.sprs.advance(m - n);
                            self.last_insn = Some(insn);
                            let then = self.report(Interrupt { kind, srr0: Ea::new(pc) });
                            return Burst { retired: m, then: Some(then) };
                        }
                    }
                }
                self.put_back(&mut code);
                let Ok(insn) = self.fetch(&mut ram, pc) else {
                    // The step fetches again, through all of memory, and reports.
                    self.pc = Ea::new(pc);
                    self.arch.sprs.advance(m - n);
                    return Burst { retired: m, then: None };
                };
                // A privileged instruction is never a burst one (the commonest first instruction
                // of a stretch, after the one before it ended the last).
                if let Some(p) = self.fetch_page
                    && !insn.op.is_privileged()
                    && let Some(epoch) = p.epoch.filter(|e| Some(*e) == ram.write_epoch())
                    && let Some(page) = self.dcache.take(p.slot)
                {
                    // The page now holds the word: run from it.
                    code = Some(Held { vpn: p.vpn, slot: p.slot, epoch, page });
                    continue;
                }
                // A privileged instruction, or a memory that keeps no write epoch: one
                // instruction at a time, as the step.
                self.pc = Ea::new(pc);
                break insn;
            };
            let pc = self.pc.raw();
            self.arch.sprs.advance(m - n);
            n = m;
            if touches_memory(insn.op) {
                // A load or store the fast path could not complete: the step does it through
                // all of memory (devices included) and reports what it must.
                break;
            }
            // An instruction that touches only the core (a privileged one, `sc`, a trap, `b .`):
            // as the step completes it, then a new stretch (it may have changed the context,
            // the MSR, the TLB or the timers).
            match self.complete(mem, insn, pc) {
                StepOutcome::Retired => n += 1,
                outcome => return Burst { retired: n, then: Some(outcome) },
            }
        }
        Burst { retired: n, then: None }
    }

    /// Runs instructions from the held page `code` from `pc` on, at most `left` of them, while
    /// they are fast-path instructions that complete, hopping from page to page
    /// ([`Cpu::hop`]) when the PC leaves one (the loop of a stretch, out of line so that its
    /// code does not depend on what surrounds it). After a `Leave` no page is held when the
    /// hop could not be made.
    #[inline(never)]
    fn run_page<M: Memory>(
        &mut self,
        ram: &mut RamOnly<'_, M>,
        code: &mut Option<Held>,
        pc: u32,
        left: u64,
    ) -> PageRun {
        let mut run = PageRun { pc, retired: 0, exit: PageExit::Leave };
        while let Some(held) = code.as_mut() {
            let r = self.run_held(ram, held, run.pc, left - run.retired);
            run = PageRun { pc: r.pc, retired: run.retired + r.retired, exit: r.exit };
            if !matches!(r.exit, PageExit::Leave) || run.retired == left || !self.hop(ram, code, run.pc) {
                break;
            }
        }
        run
    }

    /// Runs instructions from the held page `code` from `pc` on, at most `left` of them, while
    /// they are fast-path instructions on that page that complete ([`Cpu::run_page`]'s loop).
    /// The dispatch is the loop's own `match`: an arm that completes goes straight to the next
    /// instruction, with no outcome to be matched again after it.
    #[inline(always)]
    fn run_held<M: Memory>(
        &mut self,
        ram: &mut RamOnly<'_, M>,
        code: &mut Held,
        pc: u32,
        left: u64,
    ) -> PageRun {
        // The page's first address. The loop keeps the index of the instruction on the page (its
        // offset from `base` in words) rather than its address: the successor of the last word,
        // or a branch off the page, has an index past the page's last (`CodePage::entry` says
        // `None`), and the address is `base + 4 * index` again, wrapping as addresses do. The
        // index is a `usize`, the page's own index type: a `u32` cost a widening move in the
        // dispatch of every instruction.
        let base = code.vpn << 12;
        let (page, frame) = (&*code.page, code.slot.frame);
        let mut index = (pc.wrapping_sub(base) >> 2) as usize;
        let mut todo = left;
        let exit = loop {
            if todo == 0 {
                break PageExit::Budget;
            }
            // Off the page: leave it (a word not decoded yet leaves too, in the `Illegal` arm).
            let Some(insn) = page.entry(index) else {
                break PageExit::Leave;
            };
            // The instruction's address, for the arms that need it (branches).
            macro_rules! pc {
                () => {
                    base.wrapping_add(index.low_u32() << 2)
                };
            }
            // On to the instruction at index `$to` after a taken branch.
            macro_rules! jump {
                ($to:expr) => {{
                    index = $to;
                    todo -= 1;
                    continue;
                }};
            }
            // An instruction that completed without writing memory: on to the next.
            macro_rules! completed {
                ($e:expr) => {
                    match $e {
                        Ok(()) => {
                            index += 1;
                            todo -= 1;
                            continue;
                        }
                        Err(kind) => break PageExit::failed(insn, kind),
                    }
                };
            }
            // A store that completed: one by slot wrote no code (`Wrote`); after one by
            // address the page holds while the epoch stands, or while its frame's generation
            // does (a store elsewhere).
            macro_rules! stored {
                ($e:expr) => {
                    match $e {
                        Ok(Wrote::BySlot) => {
                            index += 1;
                            todo -= 1;
                            continue;
                        }
                        Ok(Wrote::ByAddress) => {
                            index += 1;
                            todo -= 1;
                            let epoch = ram.write_epoch();
                            if Some(code.epoch) != epoch {
                                match epoch {
                                    Some(e) if ram.code_generation(frame) == page.generation() => {
                                        code.epoch = e;
                                    }
                                    _ => break PageExit::Leave,
                                }
                            }
                            continue;
                        }
                        Err(kind) => break PageExit::failed(insn, kind),
                    }
                };
            }
            // A branch that completed: on to its target when taken, else to the next.
            macro_rules! branched {
                ($e:expr) => {
                    match $e {
                        Ok(Some(target)) => jump!((target.wrapping_sub(base) >> 2) as usize),
                        Ok(None) => completed!(Ok(())),
                        Err(kind) => break PageExit::failed(insn, kind),
                    }
                };
            }
            // A relative `bc` with no link (one of `Form`'s), taken when `$cond` holds: the index
            // moves by BD, which counts words.
            macro_rules! took {
                ($cond:expr) => {{
                    if $cond {
                        jump!(index.wrapping_add_signed(Field::Bd.get_signed(insn.word) as isize))
                    }
                    index += 1;
                    todo -= 1;
                    continue;
                }};
            }
            use Op::*;
            // One arm per operation, so that the family function inlined there is specialised
            // to it (an arm shared by several operations would match the operation again inside
            // it, or compute its form at run time). An arm that completes goes straight on.
            match insn.op {
                Addi => completed!(self.arith(insn)),
                Addis => completed!(self.arith(insn)),
                Add => completed!(self.arith(insn)),
                Addc => completed!(self.arith(insn)),
                Adde => completed!(self.arith(insn)),
                Addic => completed!(self.arith(insn)),
                AddicRc => completed!(self.arith(insn)),
                Addme => completed!(self.arith(insn)),
                Addze => completed!(self.arith(insn)),
                Subf => completed!(self.arith(insn)),
                Subfc => completed!(self.arith(insn)),
                Subfe => completed!(self.arith(insn)),
                Subfic => completed!(self.arith(insn)),
                Subfme => completed!(self.arith(insn)),
                Subfze => completed!(self.arith(insn)),
                Neg => completed!(self.arith(insn)),
                Mullw => completed!(self.muldiv(insn)),
                Mulli => completed!(self.muldiv(insn)),
                Mulhw => completed!(self.muldiv(insn)),
                Mulhwu => completed!(self.muldiv(insn)),
                Divw => completed!(self.muldiv(insn)),
                Divwu => completed!(self.muldiv(insn)),
                And => completed!(self.logical(insn)),
                Andc => completed!(self.logical(insn)),
                AndiRc => completed!(self.logical(insn)),
                AndisRc => completed!(self.logical(insn)),
                Or => completed!(self.logical(insn)),
                Orc => completed!(self.logical(insn)),
                Ori => completed!(self.logical(insn)),
                Oris => completed!(self.logical(insn)),
                Xor => completed!(self.logical(insn)),
                Xori => completed!(self.logical(insn)),
                Xoris => completed!(self.logical(insn)),
                Nand => completed!(self.logical(insn)),
                Nor => completed!(self.logical(insn)),
                Eqv => completed!(self.logical(insn)),
                Extsb => completed!(self.logical(insn)),
                Extsh => completed!(self.logical(insn)),
                Cntlzw => completed!(self.logical(insn)),
                Rlwinm => completed!(self.rotate(insn)),
                Rlwimi => completed!(self.rotate(insn)),
                Rlwnm => completed!(self.rotate(insn)),
                Slw => completed!(self.rotate(insn)),
                Srw => completed!(self.rotate(insn)),
                Sraw => completed!(self.rotate(insn)),
                Srawi => completed!(self.rotate(insn)),
                Cmp => completed!(self.compare(insn)),
                Cmpi => completed!(self.compare(insn)),
                Cmpl => completed!(self.compare(insn)),
                Cmpli => completed!(self.compare(insn)),
                Isel => completed!(self.compare(insn)),
                Lbz => completed!(self.load_op(ram, insn)),
                Lbzu => completed!(self.load_op(ram, insn)),
                Lbzx => completed!(self.load_op(ram, insn)),
                Lbzux => completed!(self.load_op(ram, insn)),
                Lhz => completed!(self.load_op(ram, insn)),
                Lhzu => completed!(self.load_op(ram, insn)),
                Lhzx => completed!(self.load_op(ram, insn)),
                Lhzux => completed!(self.load_op(ram, insn)),
                Lha => completed!(self.load_op(ram, insn)),
                Lhau => completed!(self.load_op(ram, insn)),
                Lhax => completed!(self.load_op(ram, insn)),
                Lhaux => completed!(self.load_op(ram, insn)),
                Lwz => completed!(self.load_op(ram, insn)),
                Lwzu => completed!(self.load_op(ram, insn)),
                Lwzx => completed!(self.load_op(ram, insn)),
                Lwzux => completed!(self.load_op(ram, insn)),
                Lhbrx => completed!(self.load_op(ram, insn)),
                Lwbrx => completed!(self.load_op(ram, insn)),
                Stb => stored!(self.store_op(ram, insn)),
                Stbu => stored!(self.store_op(ram, insn)),
                Stbx => stored!(self.store_op(ram, insn)),
                Stbux => stored!(self.store_op(ram, insn)),
                Sth => stored!(self.store_op(ram, insn)),
                Sthu => stored!(self.store_op(ram, insn)),
                Sthx => stored!(self.store_op(ram, insn)),
                Sthux => stored!(self.store_op(ram, insn)),
                Stw => stored!(self.store_op(ram, insn)),
                Stwu => stored!(self.store_op(ram, insn)),
                Stwx => stored!(self.store_op(ram, insn)),
                Stwux => stored!(self.store_op(ram, insn)),
                Sthbrx => stored!(self.store_op(ram, insn)),
                Stwbrx => stored!(self.store_op(ram, insn)),
                // The common conditions, worked out when the word was decoded: the one rule
                // of `Cpu::condition_bo` with the form's canonical BO, taken from a table
                // (`Form::bo`: one indirect jump per instruction, the dispatch's; a burst has no
                // branch-taken debug event to record: `Cpu::branch_to` would find none).
                Bc => {
                    let form = page.form(index);
                    if form == Form::Plain {
                        branched!(self.branch_to(insn, pc!()))
                    }
                    took!(self.condition_bo(form.bo(), insn.get(Field::Ra)))
                }
                Bclr => branched!(self.branch_to(insn, pc!())),
                Bcctr => branched!(self.branch_to(insn, pc!())),
                // `b .` is left to the step (it ends the run or spins to a timer event).
                B if b_target(insn, pc!()) == pc!() => break PageExit::Slow(insn),
                B => branched!(self.branch_to(insn, pc!())),
                Crand | Cror | Crxor | Crnand | Crnor | Creqv | Crandc | Crorc => {
                    completed!(self.cr_op(insn))
                }
                Mcrf | Mfcr | Mtcrf | Mcrxr => completed!(self.cr_op(insn)),
                Mfspr | Mtspr if matches!(spr_of(insn), spr::LR | spr::CTR | spr::XER) => {
                    completed!(self.spr_move(insn))
                }
                // The privileged instructions that change nothing a stretch checked
                // (`Cpu::privileged_in_stretch`), by the step's own code, its events naming this
                // instruction (in user state it refuses them: the program interrupt is reported
                // from here, as the step reports it).
                Mfspr | Mtspr | Mfmsr | Wrtee | Wrteei if self.privileged_in_stretch(insn) => {
                    self.pc = Ea::new(pc!());
                    completed!(self.privileged(insn))
                }
                Dcbt | Dcbtst | Isync | Msync | Mbar => completed!(Ok(())),
                // The reservation pair and the cache-block instructions that translate: a kernel's
                // commonest memory instructions outside the forms above (`dcbz` clears pages).
                Lwarx => completed!(self.lwarx(ram, insn)),
                StwcxRc => stored!(self.stwcx(ram, insn).map(|()| Wrote::ByAddress)),
                Dcbz => stored!(self.cache_op(ram, insn).map(|()| Wrote::ByAddress)),
                Dcbf | Dcbst | Icbi => completed!(self.cache_op(ram, insn)),
                // Everything else is the step's (a word not decoded yet, the sentinel, leaves the
                // page for the full fetch). Named, not `_`: the dispatch then needs no range check
                // before its table, and a new operation must be placed here.
                Illegal if insn == NOT_DECODED.insn() => break PageExit::Leave,
                Illegal | Lmw | Stmw | Sc | Tw | Twi | Mfspr | Mtspr => break PageExit::Slow(insn),
                Mfmsr | Mtmsr | Wrtee | Wrteei | Rfi | Rfci | Rfmci | Wait => break PageExit::Slow(insn),
                Dcbi | Dcbtls | Dcbtstls | Icbtls | Dcblc | Icblc => break PageExit::Slow(insn),
                Tlbwe | Tlbre | Tlbsx | Tlbivax | Tlbilx | Tlbsync => break PageExit::Slow(insn),
            }
        };
        let retired = left - todo;
        PageRun { pc: base.wrapping_add(index.low_u32() << 2), retired, exit }
    }

    /// Whether the privileged instruction `insn` changes nothing a stretch checked at its start
    /// (see the module documentation), so that the page loop may run it: a move of an SPR that
    /// is only a value to the core ([`super::sprs::moves_in_a_stretch`]), `mfmsr`, and a
    /// `wrtee`/`wrteei` that does not turn MSR\[EE\] on (an interrupt pending when the stretch
    /// began was not deliverable, or the stretch would not have begun; turning EE on may make it
    /// so).
    #[inline(always)]
    fn privileged_in_stretch(&self, insn: Insn) -> bool {
        match insn.op {
            Op::Mfspr | Op::Mtspr => moves_in_a_stretch(spr_of(insn)),
            Op::Mfmsr => true,
            Op::Wrtee | Op::Wrteei => self.arch.msr & msr::EE != 0 || ee_written(insn, &self.gpr) == 0,
            _ => false,
        }
    }

    /// The PC left the held page (or there is none): holds the code page of `pc` instead, as the
    /// full fetch would (`Cpu::fetch_full`), when its translation is in the micro-TLB (or the
    /// TLB gives it), the decode cache has a page for its frame decoded from the frame as it is
    /// now, and that page holds the word at `pc`. `false` (and no page held) when any of that
    /// does not hold: the full fetch then, which decodes, or reports the fault.
    #[inline(never)]
    fn hop<M: Memory>(&mut self, ram: &mut RamOnly<'_, M>, code: &mut Option<Held>, pc: u32) -> bool {
        self.put_back(code);
        let Some(epoch) = ram.write_epoch() else { return false };
        let Ok(phys) = self.translate(pc, Access::Fetch) else { return false };
        let frame = phys.pa.frame();
        let Some(slot) = self.dcache.find(frame, phys.little_endian) else { return false };
        let Some(mut page) = self.dcache.take(slot) else { return false };
        // The page is the frame's (checked once per write epoch: no walk to the frame's
        // generation while nothing watched was written) and holds the word.
        if !page.current_at(epoch, || ram.code_generation(frame)) || page.get((pc & 0xFFF) >> 2).is_none() {
            self.dcache.put(slot, page);
            return false;
        }
        self.fetch_from(pc, phys, slot, Some(epoch), page.generation());
        *code = Some(Held { vpn: pc >> 12, slot, epoch, page });
        true
    }

    /// Puts the held code page back into the decode cache.
    #[inline]
    fn put_back(&mut self, code: &mut Option<Held>) {
        if let Some(c) = code.take() {
            self.dcache.put(c.slot, c.page);
        }
    }
}
