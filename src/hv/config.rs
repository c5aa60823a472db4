//! The hypervisor's configuration and the host machine it builds: host RAM (its own and the
//! guest's backing), the host devices, and the guest-physical map over them.

use crate::addr::Hpa;
use crate::machine::MachineError;
use crate::mmu::TlbError;
use crate::phys::bus::ppce500;
use crate::phys::{Backing, Bus, GpaMap, GpaMapError, MapError, PhysMemory};

use super::{HYP_RAM_BASE, HYP_RAM_SIZE, mmio};

/// The default host address of contiguous guest RAM: above 4 GiB, so every guest-physical
/// address differs from the host-physical one behind it.
pub const DEFAULT_BACKING: Hpa = Hpa::new(0x1_0000_0000);
/// The seed of the fragmented layout (`GpaMap::fragmented`): fixed, so runs are reproducible.
pub const DEFAULT_LAYOUT_SEED: u64 = 0x7B5_1500;

/// How guest RAM is laid out in host memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackingLayout {
    /// One block from this host address (`--backing HPA`).
    Contiguous(Hpa),
    /// Fragments of this many bytes scattered above 4 GiB (`--backing-fragments SIZE`).
    Fragmented {
        /// Fragment size (a power of two, 4 KiB ..= 4 GiB, dividing the RAM size).
        fragment: u64,
        /// The layout seed.
        seed: u64,
    },
}

/// What the hypervisor is configured with, beyond the machine [`Config`](crate::machine::Config).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HvConfig {
    /// Guest RAM backing.
    pub backing: BackingLayout,
    /// Host TLB1 entries (1..=64; 16 is the e500v2's, `--host-tlb1`).
    pub host_tlb1: usize,
    /// Events kept in the in-memory log.
    pub event_limit: usize,
    /// Exits in a row without the guest completing an instruction that stop a run
    /// (`STALL_LIMIT` by default).
    pub stall_limit: u32,
}

impl Default for HvConfig {
    fn default() -> Self {
        HvConfig {
            backing: BackingLayout::Contiguous(DEFAULT_BACKING),
            host_tlb1: 16,
            event_limit: 1 << 16,
            stall_limit: super::STALL_LIMIT,
        }
    }
}

/// Why a virtual machine could not be built.
#[derive(Debug, thiserror::Error)]
pub enum HvError {
    /// As for the bare machine.
    #[error(transparent)]
    Machine(#[from] MachineError),
    /// The guest-physical map cannot be built.
    #[error("guest memory: {0}")]
    Map(#[from] GpaMapError),
    /// The host memory map cannot be built (e.g. backing over the hypervisor's own RAM).
    #[error("host memory: {0}")]
    Host(#[from] MapError),
    /// The host TLB geometry is impossible (`--host-tlb1`).
    #[error("--host-tlb1: {0}")]
    HostTlb(TlbError),
    /// More paravirtual guests than the hypervisor has magic pages for.
    #[error("--paravirt: at most {} guests can have the paravirtual interface", super::paravirt::MAX_GUESTS)]
    TooManyParavirt,
    /// No guest was given.
    #[error("no guest to run")]
    NoGuest,
    /// A time slice of zero steps.
    #[error("--quantum: a time slice must be at least 1 guest step")]
    Quantum,
    /// Guests of different CPU models or profiles (they share one core).
    #[error(
        "guest `{guest}`: every guest must have the first guest's --cpu and --profile (they share one core)"
    )]
    MixedCores {
        /// The guest that differs.
        guest: String,
    },
    /// The backing overlaps memory the hypervisor reserves.
    #[error("the guest RAM backing {backing} + {size:#x} overlaps {what}")]
    Reserved {
        /// Where the backing starts.
        backing: Hpa,
        /// Its size.
        size: u64,
        /// What it runs into.
        what: &'static str,
    },
}

/// The guest-physical maps (RAM only; each guest adds its devices) of guests with `rams` bytes of
/// RAM each, and host memory holding the hypervisor's RAM at [`HYP_RAM_BASE`] and every guest's
/// backing, as `hv.backing` says for the first guest. Each further guest gets host memory of its
/// own after the one before: with a contiguous backing, the next block aligned to its RAM size
/// (up to 1 GiB, so large shadows stay possible); with fragments, the next `3 · RAM` window with
/// the next seed. No two guests' backings overlap ([`GpaMap::add_ram`] of one host map checks).
pub(super) fn build_host_memory(rams: &[u64], hv: &HvConfig) -> Result<(Vec<GpaMap>, Bus), HvError> {
    let mut maps = Vec::with_capacity(rams.len());
    let mut next = match hv.backing {
        BackingLayout::Contiguous(hpa) => hpa.raw(),
        BackingLayout::Fragmented { .. } => crate::phys::gpa_map::FRAGMENT_WINDOW.raw(),
    };
    for (i, &ram) in rams.iter().enumerate() {
        let map = match hv.backing {
            BackingLayout::Contiguous(first) => {
                let align = ram.next_power_of_two().min(1 << 30);
                let hpa = if i == 0 { first.raw() } else { next.next_multiple_of(align) };
                let hpa = Hpa::new(hpa);
                let reserved = [
                    (HYP_RAM_BASE.raw(), HYP_RAM_SIZE, "the hypervisor's RAM"),
                    (mmio::WINDOW.raw(), mmio::WINDOW_SIZE, "the MMIO replay window"),
                    (ppce500::CCSR_BASE.raw(), 1 << 20, "the host CCSR devices"),
                ];
                let end = hpa.raw().saturating_add(ram);
                for (base, size, what) in reserved {
                    if hpa.raw() < base + size && base < end {
                        return Err(HvError::Reserved { backing: hpa, size: ram, what });
                    }
                }
                next = end;
                GpaMap::contiguous(ram, hpa)?
            }
            BackingLayout::Fragmented { fragment, seed } => {
                let map = GpaMap::fragmented_at(ram, fragment, seed.wrapping_add(i as u64), Hpa::new(next))?;
                next += 3 * ram;
                map
            }
        };
        maps.push(map);
    }
    let mut bus = Bus::new(PhysMemory::new());
    bus.add_ram(HYP_RAM_BASE, HYP_RAM_SIZE)?;
    // In host address order: each region then goes at the end of the host RAM's sorted list, so
    // scattering guest RAM in many fragments costs time linear in their number.
    let mut backing: Vec<(Hpa, u64)> = maps
        .iter()
        .flat_map(|m| m.regions())
        .filter_map(|r| match r.backing {
            Backing::Ram { hpa } => Some((hpa, r.range.size())),
            Backing::Mmio(_) => None,
        })
        .collect();
    backing.sort_unstable_by_key(|&(hpa, _)| hpa.raw());
    if let Some(w) = backing.windows(2).find(|w| w[0].0.raw() + w[0].1 > w[1].0.raw()) {
        return Err(HvError::Reserved { backing: w[1].0, size: w[1].1, what: "another guest's backing" });
    }
    for (hpa, size) in backing {
        bus.add_ram(hpa, size)?;
    }
    Ok((maps, bus))
}
