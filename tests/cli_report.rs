//! `tlbvisor run --report KIND` prints exactly what the library's `Session::report` returns.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use tlbvisor::session::{Mode, ReportKind, Session};

use support::output as cli;

#[test]
fn cli_and_library_print_the_same_reports() {
    let root = support::root();
    let fixture = root.join("fixtures/tlbivax.s");
    let include = root.join("fixtures");
    for (mode, mode_arg) in [(Mode::Bare, "bare"), (Mode::Virt, "virt")] {
        let mut s = Session::from_file(&fixture).include_dir(&include).mode(mode).build().unwrap();
        s.run();
        for (kind, name, heading) in [
            (ReportKind::Tlb, "tlb", "guest TLB: "),
            (ReportKind::Regs, "regs", "pc  "),
            (ReportKind::Events, "events", "events: "),
            (ReportKind::All, "all", "halted (branch to self) after "),
        ] {
            let (code, out, err) = cli(&[
                "run",
                fixture.to_str().unwrap(),
                "-I",
                include.to_str().unwrap(),
                "--mode",
                mode_arg,
                "--report",
                name,
            ]);
            assert_eq!(code, Some(0), "{err}");
            assert!(out.starts_with(heading), "--mode {mode_arg} --report {name}:\n{out}");
            assert_eq!(out, s.report(kind), "--mode {mode_arg} --report {name}");
        }
    }
}

#[test]
fn unknown_report_is_bad_input() {
    let seed = support::root().join("fixtures/seed_store.s");
    let (code, _, err) = cli(&["run", seed.to_str().unwrap(), "--report", "tlbs"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("expected tlb, regs, events or all"), "{err}");
}

/// Past 16 regions (fragmented backing) the GPA map lists the device regions and the RAM
/// fragments a host TLB entry maps, and counts the rest: every shadow's real page is listed.
#[test]
fn fragmented_gpa_map_lists_the_fragments_in_use() {
    use tlbvisor::session::BackingLayout;
    let root = support::root();
    let mut s = Session::from_file(root.join("fixtures/seed_store.s"))
        .include_dir(root.join("fixtures"))
        .mode(Mode::Virt)
        .backing(BackingLayout::Fragmented { fragment: 64 << 10, seed: 1 })
        .build()
        .unwrap();
    s.run();
    let report = s.tlb_report();
    let map: Vec<&str> =
        report.lines().skip_while(|l| !l.starts_with("GPA -> HPA:")).take_while(|l| !l.is_empty()).collect();
    // 128 MiB of RAM in 2048 fragments of 64 KiB, and the seven device windows (UART0, UART1,
    // GPIO, MPIC, LBC, PCI, GUTS), each listed.
    let devices = map.iter().filter(|l| l.contains("-> device")).count();
    assert_eq!(devices, 7, "{report}");
    let total = 2048 + 7;
    assert_eq!(map[0], format!("GPA -> HPA: {total} regions"), "{report}");
    let hidden = map.last().unwrap();
    assert!(
        hidden.starts_with("  ... and ") && hidden.ends_with(" RAM regions no host TLB entry maps"),
        "{hidden}"
    );
    let listed: usize = total - hidden.split_whitespace().nth(2).unwrap().parse::<usize>().unwrap();
    assert_eq!(listed, map.len() - 2, "{report}");
    // Every host entry's real page lies in a listed fragment (the code and the store shadows at
    // least).
    assert!(s.host_tlb().len() >= 2, "{report}");
    for row in s.host_tlb() {
        let hpa = row.entry.rpn;
        let hit = map.iter().any(|l| {
            l.split("-> HPA:0x")
                .nth(1)
                .and_then(|h| u64::from_str_radix(h, 16).ok())
                .is_some_and(|b| b <= hpa && hpa < b + (64 << 10))
        });
        assert!(hit, "HPA {hpa:#x} not listed\n{report}");
    }
}
