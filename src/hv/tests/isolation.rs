//! Isolation under random guests: thousands of random programs (random MAS values and tlbwe's,
//! loads/stores/dcbz/lmw/stmw at random addresses, privilege, address-space and PID switches,
//! TLB searches and invalidations, system calls, random instruction words) run under the
//! hypervisor with the isolation checker after every exit ([`crate::hv::check`]) and a secret
//! pattern in host memory that is not guest RAM (the hypervisor's own RAM, and host RAM right
//! around or between the pieces of the backing). No checker finding, no panic, and the secret
//! never reaches a guest register or guest memory.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use super::random_guest::{Op, op, render};
use crate::addr::{Gpa, Hpa};
use crate::asm::Assembler;
use crate::compat::Profile;
use crate::cpu::CpuModel;
use crate::hv::{BackingLayout, HYP_RAM_BASE, HvConfig, Hypervisor};
use crate::machine::Config;
use proptest::prelude::*;

const SECRET: u32 = 0x5EC2_E7A5;
const RAM: u64 = 1 << 20;
const BACKING: u64 = 0x1_0000_0000;

/// Host RAM that is not guest RAM, filled with the secret: the hypervisor's own first 64 KiB,
/// and for the contiguous layout 64 KiB right below and above the backing, for the fragmented
/// one every free slot between fragments.
fn plant_secret(vm: &mut Hypervisor, fragmented: Option<u64>) -> Vec<(Hpa, u64)> {
    let mut ranges = vec![(HYP_RAM_BASE, 64 << 10)];
    match fragmented {
        None => {
            for base in [BACKING - (64 << 10), BACKING + RAM] {
                vm.host.mem.add_ram(Hpa::new(base), 64 << 10).unwrap();
                ranges.push((Hpa::new(base), 64 << 10));
            }
        }
        Some(f) => {
            for k in 0..3 * (RAM / f) {
                if k % 3 != 1 {
                    let base = Hpa::new((4 << 30) + k * f);
                    vm.host.mem.add_ram(base, f).unwrap();
                    ranges.push((base, f));
                }
            }
        }
    }
    let pattern: Vec<u8> = SECRET.to_be_bytes().iter().copied().cycle().take(64 << 10).collect();
    for &(base, len) in &ranges {
        let mut off = 0;
        while off < len {
            let n = (len - off).min(pattern.len() as u64);
            vm.host.mem.ram_mut().write_bytes(Hpa::new(base.raw() + off), &pattern[..n as usize]).unwrap();
            off += n;
        }
    }
    ranges
}

fn run_case(
    ops: &[Op],
    cpu: CpuModel,
    profile: Profile,
    fragmented: Option<u64>,
    host_tlb1: usize,
) -> Result<(), TestCaseError> {
    let src = render(ops);
    let out = Assembler::new()
        .include_dir(super::root().join("fixtures"))
        .assemble_str("random.s", &src)
        .map_err(|e| TestCaseError::fail(format!("{e}\n{src}")))?;
    let backing = match fragmented {
        None => BackingLayout::Contiguous(Hpa::new(BACKING)),
        Some(fragment) => BackingLayout::Fragmented { fragment, seed: 9 },
    };
    let config = Config { cpu, profile, ram: RAM, max_insns: 3000, ..Config::default() };
    let hv = HvConfig { backing, host_tlb1, event_limit: 0, stall_limit: 200 };
    let mut vm = Hypervisor::new(config, hv, &out.image).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let ranges = plant_secret(&mut vm, fragmented);
    vm.enable_checker();
    vm.run();
    super::no_violations(&vm, &src)?;
    for (r, v) in vm.host.cpu.gpr.iter().enumerate() {
        prop_assert_ne!(*v, SECRET, "r{} holds the secret\n{}", r, src);
    }
    let mut ram = vec![0u8; RAM as usize];
    prop_assert!(vm.read_guest(Gpa::new(0), &mut ram));
    let leaked = ram.chunks(4).position(|w| w == SECRET.to_be_bytes());
    prop_assert!(leaked.is_none(), "guest RAM word {:?} holds the secret\n{}", leaked, src);
    // The secret is still where it was (the guest wrote nothing there either).
    for (base, len) in ranges {
        let mut buf = vec![0u8; len as usize];
        vm.host.mem.ram().read_bytes(base, &mut buf).unwrap();
        prop_assert!(
            buf.chunks(4).all(|w| w == SECRET.to_be_bytes()),
            "host memory at {} changed\n{}",
            base,
            src
        );
    }
    Ok(())
}

/// Cases per test: `PROPTEST_CASES`, else 1000 (2000 programs in all).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(1000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn random_e500v2_guests_stay_isolated(
        ops in prop::collection::vec(op(), 1..48),
        qemu in any::<bool>(),
        layout in 0u8..3,
        small_tlb1 in any::<bool>(),
    ) {
        let profile = if qemu { Profile::Qemu } else { Profile::Manual };
        let frag = [None, Some(64 << 10), Some(4 << 10)][usize::from(layout)];
        run_case(&ops, CpuModel::E500v2, profile, frag, if small_tlb1 { 2 } else { 16 })?;
    }

    #[test]
    fn random_e500mc_guests_stay_isolated(
        ops in prop::collection::vec(op(), 1..48),
        qemu in any::<bool>(),
        frag in any::<bool>(),
    ) {
        let profile = if qemu { Profile::Qemu } else { Profile::Manual };
        run_case(&ops, CpuModel::E500mc, profile, frag.then_some(64 << 10), 4)?;
    }
}
