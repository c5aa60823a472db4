//! Physical memory and devices: what sits behind a physical address.
//!
//! | file | what |
//! |---|---|
//! | [`range`] | [`MemRange`], a non-empty range of one physical space |
//! | [`memory`] | [`PhysMemory`], sparse big-endian RAM over the 36-bit host-physical space |
//! | [`uart`] | [`Uart16550`], an ns16550 with byte registers |

pub mod memory;
pub mod range;
pub mod uart;

pub use memory::{AddRamError, CacheLine, NotRam, PAGE_SHIFT, PAGE_SIZE, Page, PhysMemory};
pub use range::{MemRange, PHYS_END};
pub use uart::{Echo, Uart16550};
