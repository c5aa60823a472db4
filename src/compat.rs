//! Fidelity profiles: the e500 manuals (default) or QEMU 7.2's `ppce500` (`--compat qemu`).
//!
//! Each documented difference between QEMU 7.2 and the e500 Core Reference Manual
//! (`docs/qemu-ppce500.md`, "Where QEMU 7.2 differs") is one named switch here. The
//! code that implements a rule reads its switch; nothing else knows which profile is active.

use std::fmt;
use std::str::FromStr;

/// Which machine a run imitates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Profile {
    /// The e500 manuals (E500RM, Book-E).
    #[default]
    Manual,
    /// QEMU 7.2 `ppce500`, difference for difference.
    Qemu,
}

impl FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        match s {
            "manual" => Ok(Profile::Manual),
            "qemu" => Ok(Profile::Qemu),
            _ => Err(format!("unknown profile `{s}` (expected `manual` or `qemu`)")),
        }
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Profile::Manual => "manual",
            Profile::Qemu => "qemu",
        })
    }
}

/// The switches, one per documented QEMU 7.2 difference (numbered as in `docs/qemu-ppce500.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)]
pub struct Compat {
    /// (1) `tlbsx rA,rB` with rA != 0 searches r0 + rB instead of being an illegal instruction.
    pub tlbsx_ra_nonzero_uses_r0: bool,
    /// (2) `mtmsr` never changes MSR\[ME\]; only `rfi`/`rfci`/`rfmci` do.
    pub mtmsr_keeps_me: bool,
    /// (3) A non-critical interrupt's new MSR keeps only ME (Book-E also keeps CE and DE).
    pub interrupt_msr_keeps_only_me: bool,
    /// (4) `mfspr`/`mtspr` of an unimplemented SPR in supervisor state is a no-op (not illegal).
    pub unimplemented_spr_is_noop: bool,
    /// (5) `tlbwe` to TLB1 accepts TSIZE 1..=12 (QEMU's MAXSIZE 0xC) and raises an illegal
    /// program interrupt outside it; the manual's e500v2 stops at 0xB (4 GiB).
    pub tlb1_max_tsize_12: bool,
    /// (6) `tlbre`/`tlbsx` always update MAS7 (the e500v2 only with HID0\[EN_MAS7_UPDATE\]).
    pub mas7_always_updated: bool,
    /// (7) One global round-robin next-victim counter bumped by every tlbsx miss and TLB-miss
    /// interrupt; `tlbwe` ignores MAS0\[NV\]; a tlbsx miss leaves MAS2\[EPN\] = 0.
    pub global_nv_counter: bool,
    /// (8) An instruction TLB miss also writes DEAR (= fetch address) and ESR = 0.
    pub itlb_miss_writes_dear_esr: bool,
    /// (11) Program interrupts OR Book3S reason bits into SRR1.
    pub program_srr1_reason_bits: bool,
    /// (12) The e500mc model has PID1 and PID2 and matches TLB entries against them.
    pub e500mc_has_pid1_pid2: bool,
    /// (Boot state) MMUCFG reads 0: QEMU leaves it unset for the e500v2 and e500mc.
    pub mmucfg_reads_zero: bool,
    /// (13, found by `fixtures/alignment_lwarx.s`) The alignment interrupt sets DEAR but leaves
    /// ESR unchanged; Book-E sets ESR (ST for a store).
    pub alignment_keeps_esr: bool,
    /// (14, `fixtures/alignment_lwarx.s`) A misaligned `stwcx.` fails (CR0\[EQ\] = 0) without an
    /// alignment interrupt; the e500 raises one (E500RM 3.1.2).
    pub misaligned_stwcx_fails: bool,
    /// (17, `fixtures/fixed_interval_timer.s`) The fixed-interval timer never sets TSR\[FIS\]:
    /// QEMU re-arms it only while FIS is already set (`booke_update_fixed_timer`).
    pub fit_never_fires: bool,
    /// (18, `fixtures/watchdog.s`) The watchdog never changes TSR\[ENW, WIS\]: QEMU's callback
    /// only re-evaluates the interrupt line.
    pub watchdog_never_fires: bool,
    /// (19, `fixtures/machine_check.s`) A data access to a physical address nothing backs raises
    /// no machine check: a load reads 0 and a store is dropped (QEMU's unassigned memory; its e500
    /// model ignores failed bus transactions). The e500v2 takes a machine check with MCSR\[BUS_RAERR\]
    /// or \[BUS_WAERR\] and MCAR = the address.
    pub unassigned_reads_zero: bool,
    /// (20, `fixtures/critical_input.s`) The MPIC never raises the core's critical input:
    /// MSIDR/IDR\[CI0\] routes nowhere (a source goes to the external input exactly when its
    /// IDR\[P0\] is set). The MPC8544E routes a CI0 source to the core's cint.
    pub mpic_no_critical_routing: bool,
    /// (21, `fixtures/debug_branch.s`) DBCR0\[BRT\] makes every branch, taken or not, complete
    /// and then raise the debug interrupt (CSRR0 = the next instruction); Book-E raises it only
    /// for a taken branch, before the branch executes (CSRR0 = the branch).
    pub brt_after_any_branch: bool,
    /// (22, `fixtures/cache_lock.s`) L1CFG0/L1CFG1 read 0x3820 (e500v2) or 0x01003820 (e500mc):
    /// only the way count and size (and, on the e500mc, a block-size bit) are set; the manual's
    /// registers also give the replacement policy, line locking and parity (docs/devices.md).
    pub l1cfg_qemu_values: bool,
    /// (23, `fixtures/cache_lock.s`) `mtspr` to a read-only SPR is a privileged-instruction
    /// program interrupt (ESR\[PPR\]) even in supervisor state; the e500 makes it illegal
    /// (ESR\[PIL\]).
    pub readonly_spr_write_privileged: bool,
    /// (24, `fixtures/cache_lock.s`) `dcbtls` is a no-op that sets L1CSR0\[CUL\], in any state
    /// and without translating its EA; on the e500 it takes the user-state cache-locking DSI and
    /// translates like a load (`crate::cpu::cachelock`).
    pub dcbtls_noop_sets_cul: bool,
    /// (25, `fixtures/cache_lock.s`) `dcbtstls`, `icbtls`, `dcblc` and `icblc` are illegal
    /// instructions (QEMU 7.2 implements only `dcbtls`).
    pub cache_lock_only_dcbtls: bool,
    /// (26, `fixtures/ccsr_devices.s`) Nothing answers at the local bus controller's registers
    /// (CCSR + 0x5000): unassigned (read 0 with `unassigned_reads_zero`); the e500 machine has
    /// its register file (`crate::phys::lbc`).
    pub lbc_unassigned: bool,
    /// (27, `fixtures/ccsr_devices.s`) The global utilities block reads 0 everywhere but PVR and
    /// SVR, stores no write and never faults (`crate::phys::guts`).
    pub guts_qemu_reads: bool,
    /// (28, `fixtures/wait_hid0_order.s`) The wait state is entered only when the MSR is
    /// written (`mtmsr`, the `rfi` family) with MSR\[WE\] and a HID0 power-saving mode: QEMU
    /// checks HID0 in its MSR store only. On the e500 the power-management request is a level,
    /// HID0 bit and MSR\[WE\] (E500 core RM "Power Management"), so an `mtspr HID0` with WE
    /// already set enters it too (docs/time.md).
    pub wait_only_on_msr_write: bool,
    /// (29, `fixtures/e500mc_ehv_ivors.s`) `mtspr` to an IVOR keeps the bits of 0x0000FFF7
    /// (b32 16:27 and 29:31, QEMU's e500-family mask); the e500 cores keep only the 16-byte
    /// aligned vector offset, b32 16:27 (0x0000FFF0). Delivery still uses b32 16:27 (what QEMU
    /// does with the low bits set was not measured).
    pub ivor_mask_fff7: bool,
}

impl Compat {
    /// The switches of a profile.
    pub const fn of(profile: Profile) -> Compat {
        let q = matches!(profile, Profile::Qemu);
        Compat {
            tlbsx_ra_nonzero_uses_r0: q,
            mtmsr_keeps_me: q,
            interrupt_msr_keeps_only_me: q,
            unimplemented_spr_is_noop: q,
            tlb1_max_tsize_12: q,
            mas7_always_updated: q,
            global_nv_counter: q,
            itlb_miss_writes_dear_esr: q,
            program_srr1_reason_bits: q,
            e500mc_has_pid1_pid2: q,
            mmucfg_reads_zero: q,
            alignment_keeps_esr: q,
            misaligned_stwcx_fails: q,
            fit_never_fires: q,
            watchdog_never_fires: q,
            unassigned_reads_zero: q,
            mpic_no_critical_routing: q,
            brt_after_any_branch: q,
            l1cfg_qemu_values: q,
            readonly_spr_write_privileged: q,
            dcbtls_noop_sets_cul: q,
            cache_lock_only_dcbtls: q,
            lbc_unassigned: q,
            guts_qemu_reads: q,
            wait_only_on_msr_write: q,
            ivor_mask_fff7: q,
        }
    }
}

impl Default for Compat {
    fn default() -> Self {
        Compat::of(Profile::Manual)
    }
}
