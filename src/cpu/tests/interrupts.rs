//! interrupts tests.
