//! Machine configuration: what the command line's machine options set.

use crate::compat::{Compat, Profile};
use crate::cpu::CpuModel;

/// Bare (the program runs on the core in supervisor state) or virtualized (deprivileged under
/// the hypervisor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The reference machine.
    #[default]
    Bare,
    /// Under the hypervisor.
    Virt,
}

/// An impossible configuration.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    /// RAM size not usable.
    #[error("--ram {ram:#x} ({}): {reason}", in_units(*ram))]
    Ram {
        /// The size asked for.
        ram: u64,
        /// Why it cannot be.
        reason: String,
    },
}

/// The size in the largest unit that divides it (`N GiB`, `N MiB`, `N KiB`, `N bytes`), to read
/// beside the hex: `--ram 12345` is not answered with a number the user never typed alone.
fn in_units(bytes: u64) -> String {
    let unit = [(30, "GiB"), (20, "MiB"), (10, "KiB")]
        .into_iter()
        .find(|&(shift, _)| bytes != 0 && bytes.is_multiple_of(1 << shift));
    match unit {
        Some((shift, name)) => format!("{} {name}", bytes >> shift),
        None => format!("{bytes} bytes"),
    }
}

/// Everything that shapes a machine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The core model.
    pub cpu: CpuModel,
    /// Which machine to imitate where QEMU and the manual differ.
    pub profile: Profile,
    /// Guest RAM at physical (bare) or guest-physical (virt) address 0.
    pub ram: u64,
    /// Instruction budget.
    pub max_insns: u64,
    /// Bare or virtualized.
    pub mode: Mode,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            cpu: CpuModel::E500v2,
            profile: Profile::Manual,
            ram: 128 << 20,
            max_insns: 100_000_000,
            mode: Mode::Bare,
        }
    }
}

impl Config {
    /// The profile's switches.
    pub fn compat(&self) -> Compat {
        Compat::of(self.profile)
    }

    /// What the ppce500's devices know of this machine (the profile, the core's PVR and SVR).
    pub fn soc(&self) -> crate::phys::bus::Soc {
        crate::phys::bus::Soc { compat: self.compat(), pvr: self.cpu.pvr(), svr: 0 }
    }

    /// Checks the values against what the machine can be.
    ///
    /// # Errors
    /// [`ConfigError`] naming the option and the reason.
    pub fn validate(&self) -> Result<(), ConfigError> {
        let bad = |reason: &str| Err(ConfigError::Ram { ram: self.ram, reason: reason.into() });
        if self.ram == 0 || !self.ram.is_multiple_of(4096) {
            return bad("must be a nonzero multiple of 4 KiB");
        }
        if self.ram > 0xC_0000_0000 {
            return bad("must end below the PCI window at 0xC_0000_0000 (48 GiB)");
        }
        Ok(())
    }

    /// Checks what QEMU 7.2's ppce500 refuses before it starts, though the machine could run it:
    /// a RAM size that is not a multiple of 64 MiB (docs/qemu-ppce500.md). The CLI asks it of
    /// `--compat qemu`; a library user may build a smaller machine in either profile (the
    /// isolation tests run 1 MiB guests).
    ///
    /// # Errors
    /// [`ConfigError`] naming the option and the reason.
    pub fn validate_as_qemu(&self) -> Result<(), ConfigError> {
        self.validate()?;
        if !self.ram.is_multiple_of(64 << 20) {
            let reason = "must be a multiple of 64 MiB under --compat qemu, as QEMU 7.2's ppce500 asks";
            return Err(ConfigError::Ram { ram: self.ram, reason: reason.into() });
        }
        Ok(())
    }
}

/// Parses a size: `128M`, `4G`, `64K`, `0x1000` or a plain number of bytes.
///
/// # Errors
/// A message naming the text and what was expected.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let (num, shift) = match t.char_indices().last() {
        Some((i, 'k' | 'K')) => (&t[..i], 10),
        Some((i, 'm' | 'M')) => (&t[..i], 20),
        Some((i, 'g' | 'G')) => (&t[..i], 30),
        _ => (t, 0),
    };
    let v = if let Some(h) = num.strip_prefix("0x").or_else(|| num.strip_prefix("0X")) {
        u64::from_str_radix(h, 16)
    } else {
        num.parse::<u64>()
    }
    .map_err(|_| format!("`{s}` is not a size (expected e.g. 128M, 4G, 64K or 0x1000)"))?;
    v.checked_mul(1 << shift).ok_or_else(|| format!("`{s}` is too large"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("128M"), Ok(128 << 20));
        assert_eq!(parse_size("4G"), Ok(4 << 30));
        assert_eq!(parse_size("0x1000"), Ok(0x1000));
        assert_eq!(parse_size("64k"), Ok(64 << 10));
        assert!(parse_size("lots").is_err());
    }

    #[test]
    fn refused_sizes_are_echoed_in_the_largest_unit_that_divides_them() {
        let said = |ram| Config { ram, ..Config::default() }.validate().unwrap_err().to_string();
        assert!(said(12345).starts_with("--ram 0x3039 (12345 bytes): "), "{}", said(12345));
        assert!(said(3 << 10).starts_with("--ram 0xc00 (3 KiB): "));
        assert!(said(100 << 30).starts_with("--ram 0x1900000000 (100 GiB): "));
        assert!(said(0).starts_with("--ram 0x0 (0 bytes): "));
        assert_eq!(in_units(65 << 20), "65 MiB");
    }

    #[test]
    fn validation() {
        assert!(Config::default().validate().is_ok());
        assert!(Config { ram: 1000, ..Config::default() }.validate().is_err());
        assert!(Config { ram: 64 << 30, ..Config::default() }.validate().is_err());
        // 65 MiB: the manual profile takes it, QEMU's refuses it (as `qemu-system-ppc -m 65`).
        let qemu = Config { ram: 65 << 20, profile: Profile::Qemu, ..Config::default() };
        assert!(qemu.validate().is_ok());
        assert_eq!(
            qemu.validate_as_qemu().unwrap_err().to_string(),
            "--ram 0x4100000 (65 MiB): must be a multiple of 64 MiB under --compat qemu, as QEMU 7.2's ppce500 asks"
        );
        assert!(Config { ram: 192 << 20, ..qemu }.validate_as_qemu().is_ok());
        assert!(Config { ram: 1000, ..qemu }.validate_as_qemu().unwrap_err().to_string().contains("4 KiB"));
    }
}
