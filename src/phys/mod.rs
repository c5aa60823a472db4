//! Physical memory and devices: what sits behind a physical address.
//!
//! | file | what |
//! |---|---|
//! | [`range`] | [`MemRange`], a non-empty range of one physical space |
//! | [`memory`] | [`PhysMemory`], sparse big-endian RAM over the 36-bit host-physical space |

pub mod memory;
pub mod range;

pub use memory::{AddRamError, CacheLine, NotRam, PAGE_SHIFT, PAGE_SIZE, Page, PhysMemory};
pub use range::{MemRange, PHYS_END};
