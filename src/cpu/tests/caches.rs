//! The decode cache and the translation cache never show stale state: self-modifying code, host
//! writes, `tlbwe` (data and the code page itself), MSR\[DS\] and PID changes.

use super::{Bench, CODE, d, map, v, word};
use crate::addr::Ea;
use crate::cpu::state::msr;

#[test]
fn decode_cache_sees_self_modifying_code() {
    // bl target (r5 = 1); stw r6 over target's `li`; bl target again (r5 = 2); b .
    let c = i64::from(CODE);
    let mut b = Bench::v2();
    b.program(&[
        ("bl", &[v(c + 0x100)]),
        ("mr", &[v(7), v(5)]),
        ("stw", &[v(6), d(0x100, 8)]),
        ("bl", &[v(c + 0x100)]),
        ("b", &[v(c + 16)]),
    ]);
    b.load_at(CODE + 0x100, &[("li", &[v(5), v(1)]), ("blr", &[])]);
    (b.cpu.gpr[6], b.cpu.gpr[8]) = (word("li", &[v(5), v(2)]), CODE);
    b.run_to_halt(20);
    assert_eq!((b.cpu.gpr[7], b.cpu.gpr[5]), (1, 2));
}

#[test]
fn decode_cache_sees_host_writes() {
    let mut b = Bench::v2();
    b.program(&[("li", &[v(3), v(1)]), ("b", &[v(i64::from(CODE) + 4)])]);
    b.run_to_halt(5);
    b.load_at(CODE, &[("li", &[v(3), v(9)])]);
    b.cpu.pc = Ea::new(CODE);
    b.run_to_halt(5);
    assert_eq!(b.cpu.gpr[3], 9);
}

#[test]
fn translation_cache_follows_tlbwe() {
    // TLB1[1]: EA 0x10000000 -> PA 0x3000. Load (cached), rewrite the entry to PA 0x4000 with
    // tlbwe, load again: the new page.
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    b.mem.put_words(0x3000, &[0xAAAA]);
    b.mem.put_words(0x4000, &[0xBBBB]);
    b.program(&[
        ("lwz", &[v(3), d(0, 4)]),
        ("tlbwe", &[]),
        ("lwz", &[v(5), d(0, 4)]),
        ("b", &[v(i64::from(CODE) + 12)]),
    ]);
    b.cpu.gpr[4] = 0x1000_0000;
    let m = &mut b.cpu.arch.mas;
    (m.mas0, m.mas1, m.mas2, m.mas3) = (0x1001_0000, 0x8000_0100, 0x1000_0000, 0x4000 | 0x3F);
    b.run_to_halt(10);
    assert_eq!((b.cpu.gpr[3], b.cpu.gpr[5]), (0xAAAA, 0xBBBB));
}

#[test]
fn translation_cache_follows_msr_ds_and_pid() {
    // EA 0x10000000: TS 0 -> PA 0x3000, TS 1 -> PA 0x4000. EA 0x20000000: TID 9 -> PA 0x5000,
    // TID 8 -> PA 0x6000. Each load follows an mtmsr or mtspr PID that changes the context.
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    map(&mut b.cpu, 2, 0x1000_0000, 0x4000, 1, 0x3F, 0, 0, true);
    map(&mut b.cpu, 3, 0x2000_0000, 0x5000, 1, 0x3F, 0, 9, false);
    map(&mut b.cpu, 4, 0x2000_0000, 0x6000, 1, 0x3F, 0, 8, false);
    b.mem.put_words(0x3000, &[0x33]);
    b.mem.put_words(0x4000, &[0x44]);
    b.mem.put_words(0x5000, &[0x55]);
    b.mem.put_words(0x6000, &[0x66]);
    b.program(&[
        ("lwz", &[v(3), d(0, 4)]),
        ("mtmsr", &[v(10)]),
        ("lwz", &[v(5), d(0, 4)]),
        ("mtmsr", &[v(0)]),
        ("mtspr", &[v(48), v(11)]),
        ("lwz", &[v(6), d(0, 12)]),
        ("mtspr", &[v(48), v(13)]),
        ("lwz", &[v(7), d(0, 12)]),
    ]);
    let g = &mut b.cpu.gpr;
    (g[0], g[4], g[10], g[11], g[12], g[13]) = (0, 0x1000_0000, msr::DS, 9, 0x2000_0000, 8);
    b.retire(8);
    let g = &b.cpu.gpr;
    assert_eq!((g[3], g[5], g[6], g[7]), (0x33, 0x44, 0x55, 0x66));
}

#[test]
fn fetch_follows_a_remap_of_the_running_page() {
    // Code runs at EA 0x10000000 from PA 0x4000; it rewrites its own TLB1 entry to PA 0x5000,
    // where the next instruction differs: `li r3,1` at 0x4008 vs `li r3,2` at 0x5008.
    let ea = 0x1000_0000i64;
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x1000_0000, 0x4000, 1, 0x3F, 0, 0, false);
    b.load_at(0x4000, &[("tlbwe", &[]), ("isync", &[]), ("li", &[v(3), v(1)])]);
    b.load_at(0x5000, &[("nop", &[]), ("nop", &[]), ("li", &[v(3), v(2)]), ("b", &[v(0x500C)])]);
    // The b at 0x500C was assembled for PC 0x500C; it runs at EA 0x1000000C, still `b .`.
    let m = &mut b.cpu.arch.mas;
    (m.mas0, m.mas1, m.mas2, m.mas3) = (0x1001_0000, 0x8000_0100, 0x1000_0000, 0x5000 | 0x3F);
    b.cpu.pc = Ea::new(ea as u32);
    b.run_to_halt(10);
    assert_eq!((b.cpu.gpr[3], b.cpu.pc), (2, Ea::new(0x1000_000C)));
}

#[test]
fn flush_caches_after_replacing_the_tlb() {
    // A fresh Tlb restarts its generation count at the value the caches may hold, so replacing
    // it wholesale needs flush_caches.
    let mut b = Bench::v2();
    map(&mut b.cpu, 1, 0x1000_0000, 0x3000, 1, 0x3F, 0, 0, false);
    b.mem.put_words(0x3000, &[0x33]);
    b.mem.put_words(0x4000, &[0x44]);
    b.program(&[("lwz", &[v(3), d(0, 4)]), ("lwz", &[v(5), d(0, 4)])]);
    b.cpu.gpr[4] = 0x1000_0000;
    b.retire(1);
    let mut fresh = crate::mmu::Tlb::new(b.cpu.model().geometry());
    let boot = b.cpu.arch.tlb.entry(crate::mmu::SlotId::tlb1(0)).copied().unwrap_or_default();
    fresh.write_slot(crate::mmu::SlotId::tlb1(0), boot).expect("slot 0");
    b.cpu.arch.tlb = fresh;
    map(&mut b.cpu, 1, 0x1000_0000, 0x4000, 1, 0x3F, 0, 0, false);
    b.cpu.flush_caches();
    b.retire(1);
    assert_eq!((b.cpu.gpr[3], b.cpu.gpr[5]), (0x33, 0x44));
}
