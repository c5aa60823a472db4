//! tlbvisor: an emulator of the Freescale e500 Book-E PowerPC core with a hypervisor that
//! virtualizes its software-managed TLB.

// Test code (unit tests here, integration tests in tests/) builds its inputs and expected values
// with plain casts; the cast lints of `[lints.clippy]` guard the emulator itself.
#![cfg_attr(
    test,
    allow(clippy::cast_possible_truncation, clippy::cast_sign_loss, clippy::cast_possible_wrap)
)]

// The hypervisor's unit tests share the integration tests' support files, which name the
// crate `tlbvisor`.
#[cfg(test)]
extern crate self as tlbvisor;

pub(crate) mod addr;
pub mod asm;
pub(crate) mod board;
pub(crate) mod boot;
pub(crate) mod compat;
pub(crate) mod cpu;
pub(crate) mod events;
pub(crate) mod explain;
pub(crate) mod hv;
pub mod image;
pub mod isa;
pub(crate) mod machine;
pub(crate) mod mmu;
pub(crate) mod narrow;
pub mod objdump;
pub(crate) mod phys;
pub mod program;
pub(crate) mod report;
pub mod session;
