//! Explicit narrowing conversions, named once.
//!
//! The crate denies clippy's silent-cast lints (`cast_possible_truncation`, `cast_sign_loss`,
//! `cast_possible_wrap`; see `[lints]` in `Cargo.toml`). Where a value is meant to be cut to a
//! narrower machine word, code says so with one of these methods instead of a bare `as`:
//!
//! - `low_u8`/`low_u16`/`low_u32`/`low_i16`/`low_i32`/`low_i8`: the low bits of the value in two's
//!   complement, exactly what the PowerPC does when it keeps the low word of a wider result
//!   (a product, a sum carried in 64 bits, a sign-extended immediate) and what an encoder does
//!   when it stores a field. The caller either wants the wrap-around or has already bounded the
//!   value (a TLB index below the geometry's size, a table index below its length).
//! - `to_usize`: a 64-bit offset or count used as an index. tlbvisor builds only for 64-bit
//!   hosts (checked below), where this is lossless.
//!
//! Same-width changes of signedness use the standard `cast_signed`/`cast_unsigned`.

#[cfg(not(target_pointer_width = "64"))]
compile_error!("tlbvisor needs a 64-bit host: guest-physical and host offsets are used as usize");

/// The low bits of an integer as a narrower one (two's complement wrap-around, like `as`).
pub trait Narrow: Copy {
    /// The low 8 bits.
    fn low_u8(self) -> u8;
    /// The low 16 bits.
    fn low_u16(self) -> u16;
    /// The low 32 bits.
    fn low_u32(self) -> u32;
    /// The low 8 bits, as a signed byte.
    fn low_i8(self) -> i8;
    /// The low 16 bits, as a signed halfword.
    fn low_i16(self) -> i16;
    /// The low 32 bits, as a signed word.
    fn low_i32(self) -> i32;
}

macro_rules! narrow {
    ($($t:ty),*) => {$(
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            clippy::cast_possible_wrap,
            reason = "the one place where narrowing to the low bits is spelled as a cast"
        )]
        impl Narrow for $t {
            #[inline(always)]
            fn low_u8(self) -> u8 { self as u8 }
            #[inline(always)]
            fn low_u16(self) -> u16 { self as u16 }
            #[inline(always)]
            fn low_u32(self) -> u32 { self as u32 }
            #[inline(always)]
            fn low_i8(self) -> i8 { self as i8 }
            #[inline(always)]
            fn low_i16(self) -> i16 { self as i16 }
            #[inline(always)]
            fn low_i32(self) -> i32 { self as i32 }
        }
    )*};
}
narrow!(u16, u32, u64, u128, usize, i16, i32, i64);

/// A 64- or 32-bit offset or count as an index.
pub trait ToUsize: Copy {
    /// The value as `usize` (lossless: the crate builds only for 64-bit hosts).
    fn to_usize(self) -> usize;
}

impl ToUsize for u64 {
    #[inline(always)]
    #[allow(
        clippy::cast_possible_truncation,
        reason = "usize is 64 bits wide on every host tlbvisor builds for (compile_error above)"
    )]
    fn to_usize(self) -> usize {
        self as usize
    }
}

impl ToUsize for u32 {
    #[inline(always)]
    fn to_usize(self) -> usize {
        self as usize
    }
}
