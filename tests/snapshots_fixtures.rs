//! Snapshot tests: every fixture (`fixtures/*.s`) on the bare machine and under the hypervisor.
//!
//! * `bare@NAME.s.snap`: the TLB report of the bare run;
//! * `virt@NAME.s.snap`: the TLB report of the virtualized run (guest TLB, host TLB with each
//!   shadow's origin, GPA -> HPA map, exit and shadow counters) and the hypervisor's event log;
//! * `host_tlb1_4.snap`: `tlb1_rotation` with a 4-entry host TLB1, so the guest's twelve 1 MiB
//!   pages overflow it and shadows are evicted and refilled.
//!
//! Each snapshot's description holds the fixture's name line and its `# expect:` lines about the
//! TLB, so a reviewer can check the report against the hand-derived values. A changed report
//! fails the test with a diff; `cargo insta review` (or `INSTA_UPDATE=always cargo test` and a
//! review of `git diff tests/snapshots`) accepts an intended change. CI sets `INSTA_UPDATE=no`.
//!
//! And for every fixture the guest-visible reports (guest TLB section, registers) are the same
//! text in both modes.

mod support;

use std::path::Path;

use tlbvisor::session::{CpuModel, Mode, Session, Status};

fn cpu_of(text: &str) -> CpuModel {
    if text.lines().any(|l| l.trim() == "# cpu: e500mc") { CpuModel::E500mc } else { CpuModel::E500v2 }
}

fn run(path: &Path, mode: Mode, host_tlb1: usize) -> Session {
    let text = std::fs::read_to_string(path).unwrap();
    let mut s = Session::from_file(path)
        .include_dir(support::root().join("fixtures"))
        .cpu(cpu_of(&text))
        .mode(mode)
        .host_tlb1(host_tlb1)
        .budget(2_000_000)
        .build()
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    s.run();
    s
}

/// How the run ended, as the first line of a snapshot: a fixture that no longer reaches `done`
/// shows up as a diff like any other change.
fn status(s: &Session) -> String {
    let how = match s.status() {
        Some(Status::Halted) => "halted",
        Some(Status::Budget) => "BUDGET EXHAUSTED (did not reach `done`)",
        Some(Status::Checkstop) => "CHECKSTOP",
        None => "not run",
    };
    format!("{how} after {} instructions\n\n", s.instructions())
}

/// The fixture's name line and its `# expect:` lines about the TLB.
fn description(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines: Vec<&str> = text.lines().take(1).collect();
    lines
        .extend(text.lines().filter(|l| {
            (l.starts_with("# expect:") || l.starts_with("# expect-qemu:")) && l.contains("tlb")
        }));
    lines.join("\n")
}

fn snapshot(name: &str, path: &Path, text: &str) {
    insta::with_settings!({
        description => description(path),
        omit_expression => true,
        prepend_module_to_snapshot => false,
    }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn bare() {
    insta::glob!("../fixtures", "*.s", |path| {
        let s = run(path, Mode::Bare, 16);
        snapshot("bare", path, &format!("{}{}", status(&s), s.tlb_report()));
    });
}

#[test]
fn virt() {
    insta::glob!("../fixtures", "*.s", |path| {
        let s = run(path, Mode::Virt, 16);
        snapshot("virt", path, &format!("{}{}\n{}", status(&s), s.tlb_report(), s.events_report()));
    });
}

#[test]
fn host_tlb1_4() {
    let path = support::root().join("fixtures/tlb1_rotation.s");
    let s = run(&path, Mode::Virt, 4);
    snapshot("host_tlb1_4", &path, &format!("{}{}\n{}", status(&s), s.tlb_report(), s.events_report()));
}

#[test]
fn guest_sections_agree_in_both_modes() {
    let mut bad = Vec::new();
    insta::glob!("../fixtures", "*.s", |path| {
        let (b, v) = (run(path, Mode::Bare, 16), run(path, Mode::Virt, 16));
        let name = path.file_name().unwrap().to_string_lossy();
        assert_eq!((b.status(), v.status()), (Some(Status::Halted), Some(Status::Halted)), "{name}");
        assert_eq!(b.instructions(), v.instructions(), "{name}: instructions");
        if b.guest_tlb_report() != v.guest_tlb_report() {
            bad.push(format!("{name}: guest TLB\n{}\n{}", b.guest_tlb_report(), v.guest_tlb_report()));
        }
        if b.regs_report() != v.regs_report() {
            bad.push(format!("{name}: registers\n{}\n{}", b.regs_report(), v.regs_report()));
        }
        // The guest section opens the virtualized TLB report, word for word.
        assert!(v.tlb_report().starts_with(&b.tlb_report()), "{name}");
    });
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The guest section of a committed snapshot, as `(slot, line)` pairs.
fn guest_lines(snap: &str) -> Vec<(String, String)> {
    let body = snap.splitn(3, "---\n").nth(2).unwrap_or("");
    body.lines()
        .skip_while(|l| !l.starts_with("guest TLB:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| (l.split_whitespace().next().unwrap_or("").to_string(), l.to_string()))
        .collect()
}

/// The review, automated: every `# expect: tlb...` line of every fixture header (values derived
/// by hand from the manuals) holds in the committed bare and virt snapshots' guest section.
#[test]
fn committed_snapshots_meet_the_headers() {
    let mut bad = Vec::new();
    let mut checked = 0;
    for f in support::fixture::Fixture::all() {
        for mode in ["bare", "virt"] {
            let file = support::root().join(format!("tests/snapshots/{mode}@{}.s.snap", f.name));
            let Ok(snap) = std::fs::read_to_string(&file) else {
                bad.push(format!("{}: missing", file.display()));
                continue;
            };
            let lines = guest_lines(&snap);
            for (key, want) in f.expect.iter().filter(|(k, _)| k.starts_with("tlb")) {
                let (slot, field) = key.split_once("].").unwrap();
                let (tlb, idx) = slot.split_once('[').unwrap();
                let slot = match (tlb, idx.split_once(':')) {
                    ("tlb0", Some((set, way))) => format!("TLB0[{set}:{way}]"),
                    ("tlb0", None) => {
                        let i: u64 = idx.parse().unwrap();
                        format!("TLB0[{}:{}]", i / 4, i % 4)
                    }
                    _ => format!("TLB1[{idx}]"),
                };
                let line = lines.iter().find(|(s, _)| *s == slot).map(|(_, l)| l.as_str());
                let got = match (field, line) {
                    ("valid", l) => Some(u64::from(l.is_some())),
                    (_, None) => Some(0),
                    (w, Some(l)) => {
                        let tag = w.to_uppercase();
                        l.split(&format!("{tag} ")).nth(1).and_then(|r| u64::from_str_radix(&r[..8], 16).ok())
                    }
                };
                checked += 1;
                if got != Some(*want) {
                    bad.push(format!("{mode}@{}: {key} = {want:#x}, snapshot {got:x?}", f.name));
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} TLB expectations found");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
