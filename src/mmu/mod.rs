//! The e500 software-managed TLB: one model type, [`Tlb`], reused unchanged for three TLBs.
//!
//! * the bare core's TLB, `Tlb<Hpa>`;
//! * the hypervisor's virtual TLB of the guest, `Tlb<Gpa>` (its RPNs are guest-physical);
//! * the host TLB the core translates with while a guest runs, `Tlb<Hpa>` again, possibly with a
//!   shrunken TLB1 ([`TlbGeometry::with_tlb1_entries`]).
//!
//! All three run the same tlbwe/tlbre/tlbsx/tlbivax/tlbilx code against a [`Mas`] register file.
//! The type parameter is the real-address space the entries' RPNs name, so a guest entry's page
//! cannot be used as a host page without going through the hypervisor's memory map.
//!
//! # Model
//! Storage is one flat array: TLB0 as `set * ways + way` (128 x 4 on the e500v2 and e500mc), then
//! TLB1 (16 or 64 entries, fully associative). Entries are kept as the raw MAS1/MAS2/MAS3/MAS7
//! words tlbre returns, masked to the fields the e500 implements. Every write goes through
//! [`Tlb::write_slot`]; every invalidation clears V only, spares IPROT entries, and reports the
//! dropped entry to a callback. [`Tlb::generation`] moves on every change to an entry, and
//! [`TlbWrite::old`] / the `on_invalidate` callbacks let the hypervisor drop shadows eagerly
//! (shadow fills are lazy, on a host miss).
//!
//! Guest-visible outcomes are values: [`XlateFault`] for misses and permission failures,
//! [`TlbError::Illegal`] for instruction forms the core turns into a program interrupt with
//! ESR\[PIL\]. Nothing here panics on any input value. Where QEMU 7.2 differs from the manual, the
//! rule reads its [`Compat`](crate::compat::Compat) switch.
//!
//! # Which rule lives where
//! | file | rules |
//! |---|---|
//! | [`mas`] | MAS field layouts (docs/booke-mmu.md §1.3, E500RM 12.7.1); the [`Mas`] register file |
//! | [`entry`] | [`TlbEntry`] accessors, page size 4^TSIZE KiB (§1.1), the §2 match rule, [`Perms`] (§3) |
//! | [`geometry`] | [`TlbGeometry`], TLB0CFG/TLB1CFG/MMUCFG (§1.4), ESEL widths, [`SlotId`] |
//! | [`tlb`] | storage, implemented fields and TLB0 forcing ([`Tlb::write_slot`]), IPROT in invalidation |
//! | [`write`](mod@write) | tlbwe (TSIZE legality, ESEL masking, NV load), tlbre (§2; E500RM 12.4) |
//! | [`search`] | tlbsx hit/miss MAS updates, TLB-miss MAS preload, next victim (§2, §3; E500RM 12.3.2.2, 12.5.1) |
//! | [`invalidate`] | tlbivax, tlbilx, MMUCSR0 flash invalidation (§2) |
//! | [`translate`] | lookup order (TLB0 set, then TLB1), real address, permission check (§2, §3) |

pub mod entry;
pub mod geometry;
pub mod invalidate;
pub mod mas;
pub mod search;
pub mod tlb;
pub mod translate;
pub mod write;

pub use entry::{Access, Perms, TlbEntry};
pub use geometry::{MMUCSR0_TLB0_FI, MMUCSR0_TLB1_FI, SlotId, TlbGeometry};
pub use mas::{EntryFields, HID0_EN_MAS7_UPDATE, Mas};
pub use tlb::{PageSpan, Tlb, TlbWrite};
pub use translate::{Pids, Translation, XlateCtx, XlateFault};

/// Why a TLB operation did not happen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TlbError {
    /// An illegal instruction form (a TLB1 ESEL naming no entry, an unsupported TLB1 TSIZE, an
    /// unknown tlbilx T): the core raises a program interrupt with ESR\[PIL\].
    #[error("illegal TLB operation: {reason}")]
    Illegal {
        /// What was illegal.
        reason: &'static str,
    },
    /// A slot outside the geometry was named directly (a caller bug, not guest-visible).
    #[error("no such TLB slot: {slot}")]
    NoSuchSlot {
        /// The slot named.
        slot: SlotId,
    },
    /// A geometry that cannot exist (e.g. a TLB1 of 0 or more than 64 entries).
    #[error("invalid TLB geometry: {reason}")]
    Geometry {
        /// What was wrong.
        reason: &'static str,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::addr::{Ea, Gpa, Hpa};
    use crate::compat::{Compat, Profile};

    /// A tiny xorshift64 generator.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        /// A 32-bit word, biased towards values with few set bits or all bits set.
        fn word(&mut self) -> u32 {
            let r = self.next();
            match r % 4 {
                0 => r as u32 & (r >> 32) as u32,
                1 => !(r as u32 & (r >> 32) as u32),
                _ => (r >> 16) as u32,
            }
        }
        fn mas(&mut self) -> Mas {
            Mas {
                mas0: self.word(),
                mas1: self.word(),
                mas2: self.word(),
                mas3: self.word(),
                mas4: self.word(),
                mas6: self.word(),
                mas7: self.word(),
            }
        }
    }

    /// Every operation and accessor, fed pseudo-random values, in both profiles: nothing panics,
    /// and the structural invariants hold throughout.
    #[test]
    fn no_panic_on_random_inputs() {
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
        for profile in [Profile::Manual, Profile::Qemu] {
            let compat = Compat::of(profile);
            for n in [1usize, 3, 4, 16, 37, 64] {
                for base in [TlbGeometry::e500v2(), TlbGeometry::e500mc()] {
                    let g = base.with_tlb1_entries(n).unwrap();
                    let _ = base.with_tlb1_entries(rng.next() as usize);
                    let (_, _, _) = (g.tlb0cfg(), g.tlb1cfg(&compat), g.mmucfg());
                    exercise(&mut rng, Tlb::<Hpa>::new(g), &compat);
                    exercise(&mut rng, Tlb::<Gpa>::new(g), &compat);
                }
            }
        }
    }

    fn exercise<P: crate::addr::PhysAddr>(rng: &mut Rng, mut tlb: Tlb<P>, compat: &Compat) {
        let mut mas = rng.mas();
        for _ in 0..400 {
            let ea = Ea::new(rng.word());
            let w = rng.word();
            let pids = Pids::new(rng.word() & 0x1FF, rng.word() & 0xF, rng.word());
            let mas7 = w & 1 != 0;
            match rng.next() % 12 {
                0..=2 => {
                    mas = rng.mas();
                    let _ = tlb.tlbwe(&mas, compat);
                }
                3 => tlb.tlbre(&mut mas, mas7, compat),
                4 => {
                    mas.mas6 = rng.word();
                    let _ = tlb.tlbsx(ea, &mut mas, mas7, compat);
                }
                5 => tlb.tlbivax(ea, |_, e| assert!(e.valid() && !e.iprot())),
                6 => {
                    let _ = tlb.tlbilx(w as u8, ea, &mas, |_, e| assert!(e.valid() && !e.iprot()));
                }
                7 => tlb.flash_invalidate(w & 1 != 0, w & 2 != 0, |_, e| assert!(!e.iprot())),
                8 => tlb.preload_miss(&mut mas, ea, w & 1 != 0, &pids, compat),
                9 => {
                    let slot = SlotId { tlb: (w % 3) as u8, index: (w >> 8) as u16 % 600 };
                    let e = TlbEntry::from_words(rng.word(), rng.word(), rng.word(), rng.word());
                    let _ = tlb.write_slot(slot, e);
                    let _ = (
                        tlb.entry(slot),
                        slot.to_string(),
                        slot.set(tlb.geometry()),
                        slot.way(tlb.geometry()),
                    );
                }
                _ => {
                    let access = [Access::Load, Access::Store, Access::Fetch][(w % 3) as usize];
                    let ctx = XlateCtx { as_: w & 4 != 0, pids, pr: w & 8 != 0 };
                    if let Ok(t) = tlb.translate(ea, access, &ctx) {
                        assert!(t.pa.raw() <= crate::addr::PHYS_MASK);
                        assert!(tlb.entry(t.slot).is_some_and(|e| e.valid()));
                    }
                    let _ = tlb.lookup(ea, w & 4 != 0, &pids);
                }
            }
            assert!(u16::from(tlb.next_victim()) < tlb.geometry().tlb0_ways() as u16);
            let e = TlbEntry::<P>::from_words(rng.word(), rng.word(), rng.word(), rng.word());
            let _ = (e.page_size(), e.epn(), e.rpn(), e.perms(), e.covers(ea), e.hits(ea, true, &pids));
            for (slot, e) in tlb.entries() {
                assert!(e.valid());
                if slot.tlb == 0 {
                    assert!(e.tsize() == 1 && !e.iprot(), "{slot}");
                }
            }
        }
    }
}
