//! The virtual CPU: the guest's [`PrivState<Gpa>`] booted like the bare core, and the world
//! switch between it and the host core the guest runs on.
//!
//! While the guest runs, the host core holds:
//! * the guest's GPRs, CR, LR, CTR, XER and PC (they are the core's, the hypervisor never copies
//!   them);
//! * host MSR = PR | IS | DS, plus the guest's EE, CE and DE, so the core raises exactly the
//!   asynchronous interrupts the guest has enabled (and the hypervisor reflects them), and
//!   records the guest's instruction-complete debug events in its DBSR;
//! * the part of the guest's SPR file a core in user state consults or changes
//!   (`Sprs::give_running`): what user code reads without trapping (SPRG3-7 through 259-263,
//!   USPRG0, the time base, SPEFSCR; docs/booke-mmu.md §4.4 "Sensitive operations that do NOT
//!   trap") is the guest's, the time base and decrementer tick on the core exactly as on the
//!   bare machine, and the timer and debug registers decide its interrupts as on the bare
//!   machine;
//! * host PID0..2 = the shadow IDs of the guest's current context ([`super::shadow::ContextSids`]).
//!
//! On an exit `Hypervisor::save_guest` takes back into the guest's state what the core can have
//! changed in that part while the guest ran deprivileged (time, DBSR, L1CSR0\[CUL\], USPRG0,
//! SPEFSCR: `Sprs::take_running`), the guest's state being authoritative while the hypervisor
//! runs; `Hypervisor::load_guest` puts the part back (`Sprs::give_running`: an exit switches
//! only those registers, not the whole file) and recomputes the host MSR and, when the guest's
//! context (MSR\[PR/IS/DS\], PIDs) changed, the host PIDs. Nothing is flushed on a context
//! switch: other contexts' shadows carry other SIDs. `hv_equivalence` (every fixture, bare
//! against virtualized, registers and SPRs compared) is what checks the two lists.

use crate::addr::{Gpa, Hpa};
use crate::cpu::PrivState;
use crate::cpu::state::msr;
use crate::mmu::{Pids, TlbEntry};
use crate::narrow::Narrow;

use super::Hypervisor;
use super::events::Event;
use super::shadow::{ContextSids, HostContext};
use super::sid::{Context, Sid, Tag};

/// The guest's privileged state at boot: the bare core's, with its TLB entries read as
/// guest-physical (the boot mapping "EA 0 -> PA 0" is guest-physical 0 under the hypervisor).
pub fn guest_state_from(arch: &PrivState<Hpa>) -> PrivState<Gpa> {
    let mut g = PrivState::<Gpa>::new(arch.model(), *arch.compat());
    g.msr = arch.msr;
    g.sprs = arch.sprs.clone();
    g.mas = arch.mas;
    for (slot, e) in arch.tlb.entries() {
        // The slot exists in the guest: both TLBs have the model's geometry.
        let _ = g.tlb.write_slot(slot, TlbEntry::from_words(e.mas1, e.mas2, e.mas3, e.mas7));
    }
    g
}

/// The part of the guest state that decides the translation context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct ContextKey {
    msr: u32,
    pids: Pids,
}

/// The SID-table contexts a guest context uses, one per kind of [`ContextSids`].
enum Tags {
    Split(Context),
    Tids { own: Context, global: Context },
    Pids(Context),
}

/// The contexts whose SIDs guest `owner` uses with MSR `m` (PR, IS, DS) and `pids`: the one
/// definition both assigning ([`Hypervisor::switch_context`]) and looking up
/// ([`Hypervisor::known_context`]) follow.
fn context_tags(owner: super::GuestId, m: u32, pids: Pids) -> Tags {
    let (pr, is, ds) = (m & msr::PR != 0, m & msr::IS != 0, m & msr::DS != 0);
    // PIDs hold 8 bits (the core masks them on mtspr).
    let p = [pids.pid0.low_u8(), pids.pid1.low_u8(), pids.pid2.low_u8()];
    if is != ds {
        Tags::Split(Context { owner, ts: is, pr, tag: Tag::Split(p) })
    } else if p[1] == 0 && p[2] == 0 {
        Tags::Tids {
            own: Context { owner, ts: is, pr, tag: Tag::Pids([p[0], 0, 0]) },
            global: Context { owner, ts: is, pr, tag: Tag::Tid(0) },
        }
    } else {
        Tags::Pids(Context { owner, ts: is, pr, tag: Tag::Pids(p) })
    }
}

impl Hypervisor {
    /// Moves the guest's SPR file out of the host core (at an exit).
    pub(super) fn save_guest(&mut self) {
        self.guest.vcpu.sprs.take_running(&self.host.cpu.arch.sprs);
        self.pv_sync_in();
    }

    /// Loads the guest's SPR file and MSR into the host core (before resuming the guest), and
    /// switches the host PIDs if the guest's context changed.
    pub(super) fn load_guest(&mut self) {
        // A paravirtual guest's page gets the vCPU's registers; inside its critical section
        // asynchronous interrupts stay masked on the host core.
        let held = self.pv_sync_out();
        self.host.cpu.arch.sprs.give_running(&self.guest.vcpu.sprs);
        self.host.cpu.arch.msr =
            msr::PR | msr::IS | msr::DS | (self.guest.vcpu.msr & (msr::EE | msr::CE | msr::DE));
        if held {
            self.host.cpu.arch.msr &= !msr::EE;
        }
        let key = ContextKey {
            msr: self.guest.vcpu.msr & (msr::PR | msr::IS | msr::DS),
            pids: self.guest.vcpu.pids(),
        };
        if self.guest.context_key != Some(key) {
            self.guest.context_key = Some(key);
            self.switch_context();
        }
    }

    /// Assigns the shadow IDs of the guest's current context and sets the host PIDs.
    fn switch_context(&mut self) {
        let m = self.guest.vcpu.msr;
        let (pr, is, ds) = (m & msr::PR != 0, m & msr::IS != 0, m & msr::DS != 0);
        let pids = self.guest.vcpu.pids();
        let sids = match context_tags(self.guest.id, m, pids) {
            Tags::Split(c) => ContextSids::Split { sid: self.sid(c) },
            Tags::Tids { own: own_ctx, global } => {
                let mut own = self.sid(own_ctx);
                let global = self.sid(global);
                if self.host.shadows.sids.peek(own_ctx) != Some(own) {
                    // Assigning `global` ran out of SIDs and flushed `own` away.
                    own = self.sid(own_ctx);
                }
                ContextSids::Tids { own, global }
            }
            Tags::Pids(c) => ContextSids::Pids { sid: self.sid(c) },
        };
        self.guest.sid_epoch = self.host.shadows.tag_flushes;
        let ctx = HostContext { pr, is, ds, pids, sids };
        let host_pids = ctx.host_pids();
        self.host.cpu.arch.sprs.pid = host_pids;
        self.guest.host_context = ctx;
        self.guest.rec.record(Event::Context {
            guest_msr: m,
            guest_pids: [pids.pid0, pids.pid1, pids.pid2],
            host_pids,
        });
    }

    /// The host context the guest would be in with MSR `m` (its PR, IS and DS) and its current
    /// PIDs, if that context's shadow IDs are assigned already (none is assigned here: that
    /// could flush every shadow); `None` otherwise.
    pub(super) fn known_context(&self, m: u32) -> Option<HostContext> {
        let (pr, is, ds) = (m & msr::PR != 0, m & msr::IS != 0, m & msr::DS != 0);
        let pids = self.guest.vcpu.pids();
        let table = &self.host.shadows.sids;
        let sids = match context_tags(self.guest.id, m, pids) {
            Tags::Split(c) => ContextSids::Split { sid: table.peek(c)? },
            Tags::Tids { own, global } => {
                ContextSids::Tids { own: table.peek(own)?, global: table.peek(global)? }
            }
            Tags::Pids(c) => ContextSids::Pids { sid: table.peek(c)? },
        };
        Some(HostContext { pr, is, ds, pids, sids })
    }

    /// The SID of a context, flushing every shadow first if the table ran out.
    fn sid(&mut self, c: Context) -> u8 {
        match self.host.shadows.sids.get(c) {
            Sid::AfterFlush(s) => {
                self.host.shadows.tag_flushes += 1;
                self.host.shadows.flush_all(&mut self.host.cpu.arch.tlb, &mut self.guest.rec);
                s
            }
            s => s.value(),
        }
    }
}
