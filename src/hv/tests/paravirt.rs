//! Hypercall and shared-page fuzzing (docs/paravirt.md): 2 or 3 guests, some with the
//! paravirtual interface, each mapping its magic page (at the top of the address space, or over
//! its own RAM inside the boot mapping, so supervisor shadows must be clipped around it) and
//! then making random hypercalls (random tokens and arguments, remapping), random stores to
//! and loads from its page (MSR, MAS values, the critical word), `tlbwe` of whatever MAS values
//! it stored, trapping instructions, EE changes, PID changes (a magic-page entry per supervisor
//! context), accesses next to the page, and a drop to user
//! state (where the page is the guest's ordinary address space). With the isolation checker
//! after every exit and switch: no finding, no panic, and no guest's registers, RAM or magic
//! page hold another guest's (or the hypervisor's) secret.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use super::secrets::{HYP_SECRET, HYP_SECRET_LEN, cases, fill, foreign_secrets, hyp_untouched, secret};
use std::fmt::Write as _;

use crate::addr::Gpa;
use crate::asm::Assembler;
use crate::boot::BootOptions;
use crate::cpu::CpuModel;
use crate::hv::{GuestSpec, HYP_RAM_BASE, HvConfig, Hypervisor, SwitchMode, paravirt};
use crate::machine::Config;
use proptest::prelude::*;

const RAM: u64 = 1 << 20;
const SECRET_FROM: u64 = RAM / 2;

/// Where a guest maps its page: the top page (Linux's choice) or a page of its RAM inside the
/// boot mapping, both reachable with RA = 0.
const MAGIC_EAS: [u32; 2] = [0xFFFF_F000, 0x0000_6000];

#[derive(Clone, Debug)]
enum Op {
    Hcall { token: u32, r3: u32, r4: u32 },
    Remap(usize),
    Store { off: u32, val: u32 },
    Critical,
    Load { off: u32 },
    Tlbwe,
    Trap,
    Wrteei(bool),
    Near { delta: i32 },
    User,
    Pid(u8),
}

fn op() -> impl Strategy<Value = Op> {
    let token = prop_oneof![
        (prop_oneof![Just(0u32), Just(1), Just(2), Just(42), Just(0xFFFF)], 0u32..20)
            .prop_map(|(v, n)| (v << 16) | n),
        any::<u32>(),
    ];
    prop_oneof![
        4 => (token, any::<u32>(), any::<u32>()).prop_map(|(token, r3, r4)| Op::Hcall { token, r3, r4 }),
        1 => (0usize..2).prop_map(Op::Remap),
        6 => ((0u32..60).prop_map(|w| w * 4), any::<u32>()).prop_map(|(off, val)| Op::Store { off, val }),
        1 => Just(Op::Critical),
        3 => (0u32..60).prop_map(|w| Op::Load { off: w * 4 }),
        1 => Just(Op::Tlbwe),
        2 => Just(Op::Trap),
        1 => any::<bool>().prop_map(Op::Wrteei),
        2 => prop_oneof![Just(-4i32), Just(4096), Just(8192), Just(-8192)].prop_map(|delta| Op::Near { delta }),
        1 => Just(Op::User),
        1 => (0u8..4).prop_map(Op::Pid),
    ]
}

fn render(ops: &[Op], magic: usize) -> String {
    let ea = MAGIC_EAS[magic];
    let mut s = String::from(
        ".include \"include/e500.inc\"\n.section .text.start, \"ax\"\n.globl _start\n\
         .macro HCALL token\n LOAD32 r11, \\token\n lis r0, 0x4B56\n ori r0, r0, 0x4D21\n sc\n nop\n.endm\n\
         _start: INSTALL_UNEXPECTED\n LOAD32 r1, 0x7F00\n li r2, 0\n",
    );
    let _ = writeln!(s, " LOAD32 r3, {:#x}\n LOAD32 r4, {:#x}\n HCALL 0x002A0004", ea | 1, ea | 1);
    // The page's displacement from RA = 0, as a signed 16-bit value.
    let disp = |off: u32| i64::from(ea.wrapping_add(off) as i32);
    for (i, o) in ops.iter().enumerate() {
        match *o {
            Op::Hcall { token, r3, r4 } => {
                let _ = writeln!(s, " LOAD32 r3, {r3:#x}\n LOAD32 r4, {r4:#x}\n HCALL {token:#x}");
            }
            Op::Remap(m) => {
                let e = MAGIC_EAS[m];
                let _ = writeln!(s, " LOAD32 r3, {e:#x}\n LOAD32 r4, {:#x}\n HCALL 0x002A0004", e | 1);
            }
            Op::Store { off, val } => {
                let _ = writeln!(s, " LOAD32 r5, {val:#x}\n stw r5, {}(0)", disp(off));
            }
            Op::Critical => {
                let _ = writeln!(s, " stw r1, {}(0)", disp(0x1C));
            }
            Op::Load { off } => {
                let _ = writeln!(s, " lwz r6, {}(0)", disp(off));
            }
            Op::Tlbwe => s.push_str(" tlbwe\n isync\n"),
            Op::Trap => s.push_str(" mfspr r6, SPR_HID0\n"),
            Op::Wrteei(on) => {
                let _ = writeln!(s, " wrteei {}", u8::from(on));
            }
            Op::Near { delta } => {
                let _ = writeln!(
                    s,
                    " LOAD32 r9, {:#x}\n stw r1, 0(r9)\n lwz r6, 0(r9)",
                    ea.wrapping_add(delta as u32)
                );
            }
            Op::Pid(p) => {
                let _ = writeln!(s, " li r5, {p}\n mtspr SPR_PID0, r5\n isync");
            }
            Op::User => {
                let _ = writeln!(
                    s,
                    " LOAD32 r5, user{i}\n mtspr 26, r5\n LOAD32 r5, MSR_PR|MSR_ME\n mtspr 27, r5\n rfi\nuser{i}:"
                );
            }
        }
    }
    s.push_str("done: b done\n UNEXPECTED_VECTORS\n");
    s
}

#[derive(Clone, Debug)]
struct Case {
    programs: Vec<(Vec<Op>, usize, bool)>,
    quantum: u64,
    host_tlb1: usize,
    flush: bool,
}

fn case() -> impl Strategy<Value = Case> {
    (
        prop::collection::vec((prop::collection::vec(op(), 1..30), 0usize..2, any::<bool>()), 2..=3),
        prop_oneof![Just(1u64), 1u64..50, 50u64..2000],
        prop_oneof![Just(2usize), Just(4), Just(16)],
        any::<bool>(),
    )
        .prop_map(|(programs, quantum, host_tlb1, flush)| Case { programs, quantum, host_tlb1, flush })
}

fn run_case(c: &Case) -> Result<(), TestCaseError> {
    let sources: Vec<String> = c.programs.iter().map(|(ops, m, _)| render(ops, *m)).collect();
    let images = sources
        .iter()
        .map(|src| {
            Assembler::new()
                .include_dir(super::root().join("fixtures"))
                .assemble_str("pv.s", src)
                .map(|o| o.image)
                .map_err(|e| TestCaseError::fail(format!("{e}\n{src}")))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let specs: Vec<GuestSpec<'_>> = images
        .iter()
        .zip(&c.programs)
        .enumerate()
        .map(|(i, (image, (_, _, pv)))| GuestSpec {
            name: format!("pv{i}"),
            config: Config { cpu: CpuModel::E500v2, ram: RAM, max_insns: 3000, ..Config::default() },
            image,
            boot: BootOptions::default(),
            // The first guest always has the interface; the others at random (mixed hosts).
            paravirt: i == 0 || *pv,
        })
        .collect();
    let hv = HvConfig { host_tlb1: c.host_tlb1, event_limit: 0, stall_limit: 200, ..HvConfig::default() };
    let switch = if c.flush { SwitchMode::Flush } else { SwitchMode::Tags };
    let mut vm = Hypervisor::with_guests(hv, switch, c.quantum, &specs)
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let n = c.programs.len();
    let mut plants = vec![(HYP_RAM_BASE, HYP_SECRET_LEN, HYP_SECRET)];
    for g in vm.guests() {
        let t = g.map.translate(Gpa::new(SECRET_FROM)).unwrap();
        plants.push((t.hpa, RAM - SECRET_FROM, secret(usize::from(g.id))));
    }
    for &(base, len, word) in &plants {
        fill(&mut vm.host.mem, base, len, word);
    }
    vm.enable_checker();
    vm.run();
    let all = sources.join("\n---- next guest ----\n");
    super::no_violations(&vm, &all)?;
    for g in vm.guests() {
        let own = Some(usize::from(g.id));
        let regs: Vec<u8> = g.regs.gpr.iter().flat_map(|r| r.to_be_bytes()).collect();
        prop_assert!(foreign_secrets(&regs, own, n).is_none(), "guest {} registers\n{}", g.id, all);
        let mut mine = vec![0u8; RAM as usize];
        prop_assert!(g.read(&vm.host.mem, Gpa::new(0), &mut mine));
        prop_assert!(foreign_secrets(&mine, own, n).is_none(), "guest {} RAM\n{}", g.id, all);
        let mut page = vec![0u8; 4096];
        vm.host.mem.ram().read_bytes(paravirt::page_hpa(g.id).unwrap(), &mut page).unwrap();
        prop_assert!(foreign_secrets(&page, own, n).is_none(), "guest {} magic page\n{}", g.id, all);
    }
    prop_assert!(hyp_untouched(&vm.host.mem), "the hypervisor's RAM changed\n{}", all);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(100), ..ProptestConfig::default() })]

    #[test]
    fn hypercall_and_page_fuzzing_keeps_isolation(c in case()) {
        run_case(&c)?;
    }
}
