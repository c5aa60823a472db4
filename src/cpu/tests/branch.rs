//! branch tests.
