//! Secrets for the isolation property tests: the hypervisor's, and one per guest, chosen so that
//! none can be made from another by masking or rotating it (a guest that holds another's secret
//! got it across), and the helpers that plant and find them.

use crate::addr::Hpa;

/// The hypervisor's secret.
pub(super) const HYP_SECRET: u32 = 0x5EC2_E7A5;

/// How much of the hypervisor's RAM (from `HYP_RAM_BASE`) holds [`HYP_SECRET`].
pub(super) const HYP_SECRET_LEN: u64 = 64 << 10;

/// The guests' secrets. No secret is a rotation of a bit-subset or a bit-superset of another
/// (nor of [`HYP_SECRET`]), so a guest that masks or rotates its own secret cannot make another
/// guest's: a found secret crossed. (Secrets that differed in a few bits did not hold: a random
/// `rlwnm` of guest 4's own secret once cleared exactly the bits that told it from guest 0's.)
const SECRETS: [u32; 8] =
    [0x7B1D_CDAF, 0xA1B9_65F4, 0x8009_454F, 0x724C_81EC, 0x51A8_749B, 0x747E_A2EA, 0x1F45_32E1, 0xC916_AB3C];

/// Guest `i`'s secret: distinct per guest, and from the hypervisor's.
pub(super) const fn secret(i: usize) -> u32 {
    SECRETS[i % SECRETS.len()]
}

/// The property the secrets are chosen for, checked.
#[test]
fn no_secret_is_a_masked_or_rotated_other() {
    let all: Vec<u32> = SECRETS.iter().copied().chain([HYP_SECRET]).collect();
    for (i, a) in all.iter().enumerate() {
        for (j, b) in all.iter().enumerate().filter(|(j, _)| *j != i) {
            for r in 0..32 {
                let x = a.rotate_left(r);
                assert!(
                    x & b != *b && x | b != *b,
                    "secret {i} rotated by {r} covers or is covered by secret {j}"
                );
            }
        }
    }
}

/// Fills `len` bytes of host memory at `base` with `word`, repeated.
pub(super) fn fill(mem: &mut crate::phys::Bus, base: Hpa, len: u64, word: u32) {
    let bytes: Vec<u8> = word.to_be_bytes().iter().copied().cycle().take(len as usize).collect();
    mem.ram_mut().write_bytes(base, &bytes).unwrap();
}

/// The secret words (other than `own`) that `words` holds, as (word index, secret owner).
/// The first word of `words` that is the hypervisor's secret or a guest's other than `own`
/// (of `guests`): its index and whose it is.
pub(super) fn foreign_secrets(words: &[u8], own: Option<usize>, guests: usize) -> Option<(usize, String)> {
    words.chunks(4).enumerate().find_map(|(k, w)| {
        let w = u32::from_be_bytes(w.try_into().ok()?);
        if w == HYP_SECRET {
            return Some((k, "the hypervisor".to_string()));
        }
        (0..guests).find(|&j| Some(j) != own && w == secret(j)).map(|j| (k, format!("guest {j}")))
    })
}

/// Whether the hypervisor's first [`HYP_SECRET_LEN`] bytes still hold [`HYP_SECRET`] only.
pub(super) fn hyp_untouched(mem: &crate::phys::Bus) -> bool {
    let mut hyp = vec![0u8; HYP_SECRET_LEN as usize];
    mem.ram().read_bytes(crate::hv::HYP_RAM_BASE, &mut hyp).unwrap();
    hyp.chunks(4).all(|w| w == HYP_SECRET.to_be_bytes())
}

/// Proptest cases: `PROPTEST_CASES`, else `default`.
pub(super) fn cases(default: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}
