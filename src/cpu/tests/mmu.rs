//! mmu tests.
