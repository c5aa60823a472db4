//! The host: everything the guests share, as one value. The core the guests run on (with the
//! host TLB), host memory (the hypervisor's own RAM and every guest's backing) and the shadow
//! bookkeeping of all guests; plus the host-wide counters of sharing (switches, evictions of one
//! guest's shadows by another's fills, tag flushes).

use serde::Serialize;

use crate::cpu::Cpu;
use crate::phys::Bus;

use super::backrefs::Shadows;
use super::config::HvConfig;

/// What a switch between guests does to the host TLB.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum SwitchMode {
    /// Nothing: every shadow carries its guest in its tag (the shadow ID in its TID), so another
    /// guest's shadows are unreachable and stay for its next slice.
    #[default]
    Tags,
    /// Every shadow goes at every switch (the comparison: what a host without tags must do).
    Flush,
}

impl SwitchMode {
    /// Its name on the command line and in the reports.
    pub const fn name(self) -> &'static str {
        match self {
            SwitchMode::Tags => "tags",
            SwitchMode::Flush => "flush",
        }
    }
}

/// The host.
#[derive(Debug)]
pub struct Host {
    /// The core: the running guest's user registers and PC, the host TLB (`cpu.arch.tlb`).
    pub cpu: Cpu,
    /// Host-physical memory: the hypervisor's RAM and every guest's backing (no devices: a
    /// guest's devices are its own).
    pub mem: Bus,
    /// Shadow bookkeeping of every guest.
    pub shadows: Shadows,
    /// The hypervisor's configuration.
    pub hv: HvConfig,
    /// What a switch between guests does.
    pub switch: SwitchMode,
    /// Guest instructions (steps) per time slice with several guests.
    pub quantum: u64,
    /// Switches between guests so far.
    pub switches: u64,
    /// Isolation-checker findings, when checking is on.
    pub(super) violations: Option<Vec<String>>,
    /// Changes on every MMIO replay (the decode cache's generation for the replay window).
    pub(super) replay_nonce: u64,
}

/// The default time slice: guest steps a guest runs before the next one gets the core.
pub const DEFAULT_QUANTUM: u64 = 100_000;

impl Host {
    /// Host-wide figures for the reports.
    pub fn stats_json(&self, guests: usize) -> serde_json::Value {
        serde_json::json!({
            "guests": guests,
            "switch": self.switch,
            "quantum": self.quantum,
            "switches": self.switches,
            "switch_flushes": self.shadows.switch_flushes,
            "tag_flushes": self.shadows.tag_flushes,
            "foreign_evictions": self.shadows.foreign_evictions,
            "host_tlb1_entries": self.cpu.arch.tlb.geometry().tlb1_entries(),
            "valid": self.cpu.arch.tlb.entries().count(),
        })
    }
}
