//! The architectural effect of the privileged instructions, as functions on a [`PrivState`] and
//! the GPRs they name, so the bare core and the hypervisor (emulating a trapped guest
//! instruction against its virtual state) share one implementation.
//!
//! | instruction | effect (docs/booke-mmu.md §2, §4.4; Book-E 6.x) |
//! |---|---|
//! | `mfmsr`, `mtmsr` | RT ← MSR; MSR ← RS & implemented bits (ME kept under `compat.mtmsr_keeps_me`) |
//! | `wrtee`, `wrteei` | MSR\[EE\] ← RS\[16\] / the instruction's E bit |
//! | `rfi`, `rfci`, `rfmci` | PC ← xSRR0 & !3, MSR ← xSRR1 & implemented bits |
//! | `mfspr`, `mtspr` | [`PrivState::mfspr`], [`PrivState::mtspr`] (SPRs other than XER/LR/CTR) |
//! | `tlbwe`, `tlbre` | the MAS registers to/from the entry MAS0/MAS2 name; MAS7 on tlbre per HID0\[EN_MAS7_UPDATE\] |
//! | `tlbsx` | search EA = (RA\|0)+RB; RA ≠ 0 is illegal (or GPR\[0\]+RB under `compat.tlbsx_ra_nonzero_uses_r0`) |
//! | `tlbivax` | invalidate by EA = (RA\|0)+RB |
//! | `tlbilx` | e500mc only (illegal on the e500v2); T from the instruction |
//! | `tlbsync`, `dcbi` | no effect beyond the privilege check (`dcbi`'s translation is the core's) |

use crate::addr::{Ea, PhysAddr};
use crate::events::{ArchEvent, ClearedBy, EntryWords};
use crate::isa::{Field, Insn, Op};
use crate::mmu::{HID0_EN_MAS7_UPDATE, SlotId, TlbEntry};
use crate::narrow::Narrow;

use super::interrupt::{InterruptClass, ProgramCause};
use super::state::{PrivState, TlbObserver, msr};

/// Where execution continues after a privileged instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PrivFlow {
    /// At the next instruction.
    Next,
    /// At `pc` (the `rfi` family).
    Jump(Ea),
}

impl<P: PhysAddr> PrivState<P> {
    /// The privilege rule of [`PrivState::exec_privileged`], which it applies before anything
    /// else: in user state, a privileged instruction, or an `mfspr`/`mtspr` of an SPR with bit
    /// 0x10, is a privileged-instruction program interrupt (`tlbilx` on a core without it is
    /// illegal in any state, so it is left to the rest). `None` in supervisor state. A
    /// deprivileged guest's every privileged instruction ends here, before the SPR file or the
    /// TLB is looked at.
    #[inline]
    pub fn refused_in_user_state(&self, insn: Insn) -> Option<ProgramCause> {
        if !self.user_mode() {
            return None;
        }
        let refused = match insn.op {
            Op::Mfspr | Op::Mtspr => super::sprs::privileged_spr(spr_of(insn)),
            Op::Tlbilx => self.model().has_tlbilx(),
            op => op.is_privileged(),
        };
        refused.then_some(ProgramCause::Privileged)
    }

    /// Executes `insn`, a privileged instruction ([`Op::is_privileged`]) or an `mfspr`/`mtspr`,
    /// against this state and the GPRs `gpr`. TLB changes are reported to `obs`.
    ///
    /// `dcbi` is only privilege-checked here: its translation (a store, for permission purposes)
    /// needs the core's memory path. `mfspr`/`mtspr` of XER, LR and CTR are illegal here: those
    /// registers are the core's.
    ///
    /// # Errors
    /// The program interrupt cause: privileged in user state, illegal forms.
    #[inline]
    pub fn exec_privileged(
        &mut self,
        insn: Insn,
        gpr: &mut [u32; 32],
        obs: &mut impl TlbObserver<P>,
    ) -> Result<PrivFlow, ProgramCause> {
        if let Some(cause) = self.refused_in_user_state(insn) {
            return Err(cause);
        }
        match insn.op {
            Op::Mfspr => {
                let spr = spr_of(insn);
                if let Some(v) = self.mfspr(spr)? {
                    gpr[insn.rt()] = v;
                    if obs.observing() {
                        obs.arch(ArchEvent::Spr { write: false, spr, value: v });
                    }
                }
                return Ok(PrivFlow::Next);
            }
            Op::Mtspr => {
                let spr = spr_of(insn);
                let before = obs.observing().then(|| self.pids());
                self.mtspr(spr, gpr[insn.rt()], obs)?;
                // Recorded once the write is done: a refused write (privileged, read-only,
                // unimplemented) is only its program interrupt. An MMUCSR0 write's clears come
                // first, from inside the write.
                if let Some(before) = before {
                    obs.arch(ArchEvent::Spr { write: true, spr, value: gpr[insn.rt()] });
                    if self.pids() != before {
                        obs.arch(ArchEvent::Context {
                            old_msr: self.msr,
                            msr: self.msr,
                            pids: self.pid_words(),
                        });
                    }
                }
                return Ok(PrivFlow::Next);
            }
            // tlbilx does not exist on the e500v2: illegal in any state.
            Op::Tlbilx if !self.model().has_tlbilx() => return Err(ProgramCause::Illegal),
            // In supervisor state (`refused_in_user_state` above).
            op if op.is_privileged() => {}
            _ => return Err(ProgramCause::Illegal),
        }
        let compat = *self.compat();
        let mask = self.model().msr_mask();
        let old_msr = self.msr;
        match insn.op {
            Op::Mfmsr => {
                gpr[insn.rt()] = self.msr;
                if obs.observing() {
                    obs.arch(ArchEvent::Msr { op: insn.op, old: old_msr, new: old_msr });
                }
            }
            Op::Mtmsr => {
                let mut v = gpr[insn.rt()] & mask;
                if compat.mtmsr_keeps_me {
                    v = (v & !msr::ME) | (self.msr & msr::ME);
                }
                self.msr = v;
                self.arm_wait();
                if obs.observing() {
                    obs.arch(ArchEvent::Msr { op: insn.op, old: old_msr, new: v });
                }
                if (old_msr ^ v) & (msr::PR | msr::IS | msr::DS) != 0 && obs.observing() {
                    obs.arch(ArchEvent::Context { old_msr, msr: v, pids: self.pid_words() });
                }
            }
            Op::Wrtee => {
                self.msr = (self.msr & !msr::EE) | ee_written(insn, gpr);
                if obs.observing() {
                    obs.arch(ArchEvent::Msr { op: insn.op, old: old_msr, new: self.msr });
                }
            }
            Op::Wrteei => {
                self.msr = (self.msr & !msr::EE) | ee_written(insn, gpr);
                if obs.observing() {
                    obs.arch(ArchEvent::Msr { op: insn.op, old: old_msr, new: self.msr });
                }
            }
            Op::Rfi | Op::Rfci | Op::Rfmci => {
                let (srr0, srr1) = self.sprs.save_pair(match insn.op {
                    Op::Rfi => InterruptClass::NonCritical,
                    Op::Rfci => InterruptClass::Critical,
                    _ => InterruptClass::MachineCheck,
                });
                let flow = self.return_from(srr0, srr1);
                if let PrivFlow::Jump(pc) = flow
                    && obs.observing()
                {
                    obs.arch(ArchEvent::Return { op: insn.op, pc: pc.raw(), msr: self.msr });
                }
                return Ok(flow);
            }
            Op::Tlbwe => {
                let write = self.tlb.tlbwe(&self.mas, &compat).map_err(|_| ProgramCause::Illegal)?;
                if obs.observing() {
                    obs.arch(ArchEvent::TlbWrite {
                        slot: write.slot,
                        mas: self.mas,
                        old: EntryWords::of(&write.old),
                        new: EntryWords::of(&write.new),
                    });
                }
                obs.written(&write);
            }
            Op::Tlbre => {
                let en_mas7 = self.sprs.hid0 & HID0_EN_MAS7_UPDATE != 0;
                self.tlb.tlbre(&mut self.mas, en_mas7, &compat);
                if obs.observing() {
                    obs.arch(ArchEvent::TlbRead { mas: self.mas });
                }
            }
            Op::Tlbsx => {
                let ea = match insn.ra() {
                    0 => Ea::new(gpr[insn.rb()]),
                    // QEMU adds GPR[RT] (the reserved RT field, so r0) instead of GPR[RA].
                    _ if compat.tlbsx_ra_nonzero_uses_r0 => Ea::new(gpr[0].wrapping_add(gpr[insn.rb()])),
                    _ => return Err(ProgramCause::Illegal),
                };
                let en_mas7 = self.sprs.hid0 & HID0_EN_MAS7_UPDATE != 0;
                let hit = self.tlb.tlbsx(ea, &mut self.mas, en_mas7, &compat);
                if obs.observing() {
                    obs.arch(ArchEvent::TlbSearch { ea: ea.raw(), hit, mas: self.mas });
                }
            }
            Op::Tlbivax => {
                let ea = Ea::new(super::loadstore::ea_x(insn, gpr));
                let by = ClearedBy::Tlbivax(ea.raw());
                self.tlb.tlbivax(ea, |slot, old| cleared(obs, slot, old, by));
            }
            Op::Tlbilx => {
                let ea = Ea::new(super::loadstore::ea_x(insn, gpr));
                let t = insn.get(Field::T).low_u8();
                let by = ClearedBy::Tlbilx(t, ea.raw());
                self.tlb
                    .tlbilx(t, ea, &self.mas, |slot, old| cleared(obs, slot, old, by))
                    .map_err(|_| ProgramCause::Illegal)?;
            }
            Op::Tlbsync | Op::Dcbi => {}
            _ => return Err(ProgramCause::Illegal),
        }
        Ok(PrivFlow::Next)
    }

    /// `rfi`/`rfci`/`rfmci`: MSR ← `srr1` & implemented bits, PC ← `srr0` with the low two bits
    /// cleared (Book-E: PC ← xSRR0\[32:61\] ‖ 0b00).
    fn return_from(&mut self, srr0: u32, srr1: u32) -> PrivFlow {
        self.msr = self.msr_masked(srr1);
        self.arm_wait();
        PrivFlow::Jump(Ea::new(srr0 & !3))
    }
}

/// Reports an entry a TLB instruction cleared: to the observer's coherence hook, then as an
/// architectural event.
pub(super) fn cleared<P: PhysAddr>(
    obs: &mut impl TlbObserver<P>,
    slot: SlotId,
    old: &TlbEntry<P>,
    by: ClearedBy,
) {
    obs.invalidated(slot, old);
    if obs.observing() {
        obs.arch(ArchEvent::TlbClear { slot, old: EntryWords::of(old), by });
    }
}

impl<P: PhysAddr> PrivState<P> {
    /// PID0, PID1, PID2 as the translation context sees them.
    pub(super) fn pid_words(&self) -> [u32; 3] {
        let p = self.pids();
        [p.pid0, p.pid1, p.pid2]
    }
}

/// The MSR\[EE\] bit a `wrtee` (from rS) or `wrteei` (its E field) writes.
pub(crate) fn ee_written(insn: Insn, gpr: &[u32; 32]) -> u32 {
    match insn.op {
        Op::Wrteei if insn.get(Field::E) != 0 => msr::EE,
        Op::Wrteei => 0,
        _ => gpr[insn.rt()] & msr::EE,
    }
}

/// The SPR number of an `mfspr`/`mtspr`.
pub(crate) fn spr_of(insn: Insn) -> u16 {
    // A 10-bit field.
    insn.get(Field::Spr).low_u16()
}
