//! xorshift64*: a tiny deterministic generator for test corpora (recorded corpora depend on its
//! exact sequence, so it must never change).

/// The generator state.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64-bit value.
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// The next 32-bit value (the high half).
    pub fn word(&mut self) -> u32 {
        (self.next() >> 32) as u32
    }
    /// A value below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}
