//! loadstore tests.
