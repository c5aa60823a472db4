//! [`Dialect`]: which version of the instruction set a word is encoded and decoded for. The
//! encoder (gas's `-me500` / `-me500mc`, `.machine`) and the decoder (the core model) share it.

/// The instruction-set version of an e500 core.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Dialect {
    /// The e500v1/v2: Book-E, with pre-2.0 branch hints (the y bit) and Book-E's BO rules
    /// (`objdump -M e500`).
    #[default]
    E500,
    /// The e500mc: Power ISA 2.06. The branch hint moved from the single y bit to the two "at"
    /// bits (`001at 011at 1a00t 1a01t`); when decoding, the z bits are ignored and the reserved
    /// hint `at` = 0b01 (which old-style `bne+`, BO = 0b00101, encodes) is no hint, so every BO
    /// executes, as on QEMU (docs/linux-guest.md "The e500mc variant on tlbvisor"). `objdump -M
    /// e500mc` still prints the reserved forms as `.long`.
    E500mc,
}
