//! Physical memory and devices: what sits behind a physical address.
//!
//! | file | what |
//! |---|---|
//! | [`range`] | [`MemRange`], a non-empty range of one physical space |
//! | [`memory`] | [`PhysMemory`], sparse big-endian RAM over the 36-bit host-physical space |
//! | [`uart`] | [`Uart16550`], an ns16550 with byte registers |
//! | [`gpio`] | [`Gpio`], the MPC8xxx GPIO block whose pin 0 powers `ppce500` off |
//! | [`lbc`] | [`Lbc`], the local bus controller's registers |
//! | [`pci`] | [`PciHost`], the PCI controller and its host bridge in configuration space |
//! | [`guts`] | [`Guts`], the global utilities block (RSTCR reset request) |
//! | [`mpic`] | [`Mpic`], the interrupt controller driving the core's external and critical inputs |
//! | [`bus`] | [`Bus`], RAM plus MMIO windows; unbacked accesses are [`BusFault`]s |
//! | [`gpa_map`] | [`GpaMap`], the guest-physical map: the only GPA -> HPA translation |

pub mod bus;
pub mod gpa_map;
pub mod gpio;
pub mod guts;
pub mod lbc;
pub mod memory;
pub mod mpic;
pub mod pci;
pub mod range;
pub mod uart;

pub use bus::{AccessSize, Bus, DeviceId, MapError};
pub use gpa_map::{Backing, GpaMap, GpaMapError, GpaRegion, RamTranslation};
#[cfg(test)]
pub use memory::NotRam;
pub use memory::{CacheLine, PhysMemory};
