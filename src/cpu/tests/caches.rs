//! caches tests.
