//! The hypervisor's configuration and the host machine it builds: host RAM (its own and the
//! guest's backing), the host devices, and the guest-physical map over them.

use crate::addr::{Gpa, Hpa};
use crate::image::Image;
use crate::machine::{Config, MachineError};
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

/// What the hypervisor is configured with, beyond the machine [`Config`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HvConfig {
    /// Guest RAM backing.
    pub backing: BackingLayout,
    /// Host TLB1 entries (1..=64; 16 is the e500v2's, `--host-tlb1`).
    pub host_tlb1: usize,
    /// Events kept in the in-memory log.
    pub event_limit: usize,
    /// Exits in a row without the guest completing an instruction that stop a run
    /// ([`super::STALL_LIMIT`] by default).
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

/// The guest-physical map and the host bus: hypervisor RAM at [`HYP_RAM_BASE`], guest RAM as
/// `hv.backing` says, UART0/UART1/GPIO at their `ppce500` host addresses and, as MMIO regions of
/// the map, at the same guest-physical addresses.
pub(super) fn build_memory(config: &Config, hv: &HvConfig) -> Result<(GpaMap, Bus), HvError> {
    let mut map = match hv.backing {
        BackingLayout::Contiguous(hpa) => {
            let reserved = [
                (HYP_RAM_BASE.raw(), HYP_RAM_SIZE, "the hypervisor's RAM"),
                (mmio::WINDOW.raw(), mmio::WINDOW_SIZE, "the MMIO replay window"),
                (ppce500::CCSR_BASE.raw(), 1 << 20, "the host CCSR devices"),
            ];
            let end = hpa.raw().saturating_add(config.ram);
            for (base, size, what) in reserved {
                if hpa.raw() < base + size && base < end {
                    return Err(HvError::Reserved { backing: hpa, size: config.ram, what });
                }
            }
            GpaMap::contiguous(config.ram, hpa)?
        }
        BackingLayout::Fragmented { fragment, seed } => GpaMap::fragmented(config.ram, fragment, seed)?,
    };
    let mut bus = Bus::new(PhysMemory::new());
    bus.add_ram(HYP_RAM_BASE, HYP_RAM_SIZE)?;
    // In host address order: each region then goes at the end of the host RAM's sorted list, so
    // scattering guest RAM in many fragments costs time linear in their number.
    let mut backing: Vec<(Hpa, u64)> = map
        .regions()
        .iter()
        .filter_map(|r| match r.backing {
            Backing::Ram { hpa } => Some((hpa, r.range.size())),
            Backing::Mmio(_) => None,
        })
        .collect();
    backing.sort_unstable_by_key(|&(hpa, _)| hpa.raw());
    for (hpa, size) in backing {
        bus.add_ram(hpa, size)?;
    }
    // The guest sees the devices at their ppce500 addresses: each an MMIO region of its map.
    for (base, len, id) in bus.add_ppce500_devices(&config.soc())? {
        map.add_mmio(Gpa::new(base.raw()), len, id)?;
    }
    Ok((map, bus))
}

/// Writes every block of the boot plan (the image's sections at their load addresses, the
/// initrd, the device tree) into guest RAM at those guest-physical addresses, as the bare
/// machine writes them at physical ones.
pub(super) fn load_image(
    bus: &mut Bus,
    map: &GpaMap,
    config: &Config,
    image: &Image,
    plan: &crate::boot::BootPlan,
) -> Result<(), HvError> {
    for block in plan.blocks(image) {
        let outside = || crate::machine::outside_ram(&block, config.ram);
        if block.addr + block.size > config.ram {
            return Err(outside().into());
        }
        for (addr, mut bytes) in block.pieces() {
            let mut gpa = Gpa::new(addr);
            while !bytes.is_empty() {
                let t = map.translate(gpa).ok_or_else(outside)?;
                let n = bytes.len().min(usize::try_from(t.contiguous).unwrap_or(usize::MAX));
                bus.ram_mut().write_bytes(t.hpa, &bytes[..n]).map_err(|_| outside())?;
                bytes = &bytes[n..];
                gpa = gpa.checked_add(n as u64).ok_or_else(outside)?;
            }
        }
    }
    Ok(())
}
