//! system tests.
