//! Isolation between guests: 2 to 6 random guest programs (tests/support/random_guest.rs: random
//! TLB writes, accesses, privilege, address-space and PID switches, TLB searches and
//! invalidations, random words) share one core under a random time slice, host TLB1 size,
//! backing and switch mode, guest RAM of 1 or 2 MiB each, with the isolation checker after every
//! exit and switch. Each guest's RAM above its program holds its own secret pattern and the
//! hypervisor's RAM holds another. No checker finding, no panic, and afterwards no guest's
//! registers or RAM hold a secret that is not its own.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use super::random_guest::{Op, op, render};
use super::secrets::{HYP_SECRET, HYP_SECRET_LEN, cases, fill, foreign_secrets, hyp_untouched, secret};
use crate::addr::Gpa;
use crate::asm::Assembler;
use crate::boot::BootOptions;
use crate::compat::Profile;
use crate::cpu::CpuModel;
use crate::hv::{BackingLayout, GuestSpec, HYP_RAM_BASE, HvConfig, Hypervisor, SwitchMode};
use crate::machine::Config;
use proptest::prelude::*;

/// Guest RAM: 1 MiB, or 2 MiB for the guests a case makes big (the backings then differ in size
/// and alignment).
const RAM: u64 = 1 << 20;
/// Where each guest's secret starts in its RAM (the program and its data lie below).
const SECRET_FROM: u64 = RAM / 2;

#[derive(Clone, Debug)]
struct Case {
    programs: Vec<Vec<Op>>,
    /// Which guests have 2 MiB of RAM.
    big: Vec<bool>,
    quantum: u64,
    host_tlb1: usize,
    fragment: Option<u64>,
    flush: bool,
    qemu: bool,
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec(prop::collection::vec(op(), 1..40), 2..=6),
        prop::collection::vec(any::<bool>(), 6),
        prop_oneof![Just(1u64), 1u64..20, 20u64..2000],
        prop_oneof![Just(2usize), Just(4), Just(16)],
        prop_oneof![Just(None), Just(Some(64u64 << 10)), Just(Some(4u64 << 10))],
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(programs, big, quantum, host_tlb1, fragment, flush, qemu)| Case {
            programs,
            big,
            quantum,
            host_tlb1,
            fragment,
            flush,
            qemu,
        })
}

fn run_case(c: &Case, cpu: CpuModel) -> Result<(), TestCaseError> {
    let sources: Vec<String> = c.programs.iter().map(|p| render(p)).collect();
    let images = sources
        .iter()
        .map(|src| {
            Assembler::new()
                .include_dir(super::root().join("fixtures"))
                .assemble_str("random.s", src)
                .map(|o| o.image)
                .map_err(|e| TestCaseError::fail(format!("{e}\n{src}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let profile = if c.qemu { Profile::Qemu } else { Profile::Manual };
    let ram = |i: usize| if c.big[i] { 2 * RAM } else { RAM };
    let specs: Vec<GuestSpec<'_>> = images
        .iter()
        .enumerate()
        .map(|(i, image)| GuestSpec {
            name: format!("random{i}"),
            config: Config { cpu, profile, ram: ram(i), max_insns: 3000, ..Config::default() },
            image,
            boot: BootOptions::default(),
            paravirt: false,
        })
        .collect();
    let backing = match c.fragment {
        None => HvConfig::default().backing,
        Some(fragment) => BackingLayout::Fragmented { fragment, seed: 9 },
    };
    let hv = HvConfig { backing, host_tlb1: c.host_tlb1, event_limit: 0, stall_limit: 200 };
    let switch = if c.flush { SwitchMode::Flush } else { SwitchMode::Tags };
    let mut vm = Hypervisor::with_guests(hv, switch, c.quantum, &specs)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    // Each guest's upper half of RAM holds its secret; the hypervisor's first 64 KiB its own.
    let mut plants = Vec::new();
    for g in vm.guests() {
        let (mut gpa, end) = (SECRET_FROM, ram(usize::from(g.id)));
        while gpa < end {
            let t = g.map.translate(Gpa::new(gpa)).unwrap();
            let n = t.contiguous.min(end - gpa);
            plants.push((t.hpa, n, secret(usize::from(g.id))));
            gpa += n;
        }
    }
    plants.push((HYP_RAM_BASE, HYP_SECRET_LEN, HYP_SECRET));
    for &(base, len, word) in &plants {
        fill(&mut vm.host.mem, base, len, word);
    }
    vm.enable_checker();
    vm.run();
    let all = sources.join("\n---- next guest ----\n");
    super::no_violations(&vm, &all)?;
    let n = c.programs.len();
    for g in vm.guests() {
        let own = Some(usize::from(g.id));
        let regs: Vec<u8> = g.regs.gpr.iter().flat_map(|r| r.to_be_bytes()).collect();
        let found = foreign_secrets(&regs, own, n);
        prop_assert!(
            found.is_none(),
            "guest {}: r{:?} holds a secret of {:?}\n{}",
            g.id,
            found.as_ref().map(|f| f.0),
            found,
            all
        );
        let mut mine = vec![0u8; ram(usize::from(g.id)) as usize];
        prop_assert!(g.read(&vm.host.mem, Gpa::new(0), &mut mine));
        let found = foreign_secrets(&mine, own, n);
        prop_assert!(found.is_none(), "guest {}: RAM word {:?} holds a secret\n{}", g.id, found, all);
    }
    // The hypervisor's secret is untouched.
    prop_assert!(hyp_untouched(&vm.host.mem), "the hypervisor's RAM changed\n{}", all);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(150), ..ProptestConfig::default() })]

    #[test]
    fn random_e500v2_guests_keep_their_secrets(c in case()) {
        run_case(&c, CpuModel::E500v2)?;
    }

    #[test]
    fn random_e500mc_guests_keep_their_secrets(c in case()) {
        run_case(&c, CpuModel::E500mc)?;
    }
}
