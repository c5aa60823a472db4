//! Snapshot tests: every fixture (`fixtures/*.s`) on the bare machine and under the hypervisor.
//!
//! * `bare@NAME.s.snap`: the TLB report and the register report of the bare run;
//! * `qemu@NAME.s.snap`: the same for a bare run in the `--compat qemu` profile (QEMU 7.2's
//!   behaviour where it differs from the manual), checked against `fixtures/NAME.qemu.json`;
//! * `virt@NAME.s.snap`: the TLB report of the virtualized run (guest TLB, host TLB with each
//!   shadow's origin, GPA -> HPA map, exit and shadow counters) and the hypervisor's event log;
//! * `host_tlb1_4.snap`: `tlb1_rotation` with a 4-entry host TLB1, so the guest's twelve 1 MiB
//!   pages overflow it and shadows are evicted and refilled.
//!
//! Each snapshot's description holds the fixture's name line and its `# expect:` lines, so a
//! reviewer can check the report against the hand-derived values; the last two tests do that
//! check mechanically (headers for bare and virt, QEMU's recordings for `qemu@`). A changed report
//! fails the test with a diff; `cargo insta review` (or `INSTA_UPDATE=always cargo test` and a
//! review of `git diff tests/snapshots`) accepts an intended change. CI sets `INSTA_UPDATE=no`.
//!
//! And for every fixture the guest-visible reports (guest TLB section, registers) are the same
//! text in both modes.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::path::Path;

use serde_json::Value;
use tlbvisor::session::{Mode, Profile, Session, Status};

fn run(path: &Path, mode: Mode, host_tlb1: usize) -> Session {
    run_in(path, mode, host_tlb1, Profile::Manual)
}

fn run_in(path: &Path, mode: Mode, host_tlb1: usize, profile: Profile) -> Session {
    let mut s = Session::from_file(path)
        .include_dir(support::root().join("fixtures"))
        .cpu(support::fixture::Fixture::load(path).cpu)
        .mode(mode)
        .profile(profile)
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
        Some(other) => return format!("{other:?} after {} instructions\n\n", s.instructions()),
        None => "not run",
    };
    format!("{how} after {} instructions\n\n", s.instructions())
}

/// The fixture's name line and its `# expect:` and `# expect-qemu:` lines.
fn description(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let mut lines: Vec<&str> = text.lines().take(1).collect();
    lines.extend(text.lines().filter(|l| l.starts_with("# expect:") || l.starts_with("# expect-qemu:")));
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
        snapshot("bare", path, &format!("{}{}\n{}", status(&s), s.tlb_report(), s.regs_report()));
    });
}

#[test]
fn qemu_profile() {
    insta::glob!("../fixtures", "*.s", |path| {
        let s = run_in(path, Mode::Bare, 16, Profile::Qemu);
        snapshot("qemu", path, &format!("{}{}\n{}", status(&s), s.tlb_report(), s.regs_report()));
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
    // Three rounds over twelve 1 MiB pages in a fixed order through 4 host TLB1 entries: no page
    // comes back within four accesses, so each of the 36 data accesses needs a fill, and all
    // but the first four evict.
    let st = s.shadow_stats().unwrap();
    assert!(st.fills[1] >= 36 && st.evictions >= 32, "{st:?}");
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

/// The body of a committed snapshot (after insta's header).
fn snapshot_body(mode: &str, name: &str) -> Result<String, String> {
    let file = support::root().join(format!("tests/snapshots/{mode}@{name}.s.snap"));
    let snap = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    Ok(snap.splitn(3, "---\n").nth(2).unwrap_or("").to_string())
}

/// The guest TLB section of a snapshot body, as `(slot, line)` pairs.
fn guest_lines(body: &str) -> Vec<(String, String)> {
    body.lines()
        .skip_while(|l| !l.starts_with("guest TLB:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .map(|l| (l.split_whitespace().next().unwrap_or("").to_string(), l.to_string()))
        .collect()
}

/// The raw word tagged `tag` (`MAS1`, ...) in a TLB report line.
fn tlb_word(line: &str, tag: &str) -> Option<u64> {
    line.split(&format!("{tag} ")).nth(1).and_then(|r| u64::from_str_radix(r.get(..8)?, 16).ok())
}

/// The register section of a snapshot body (from the `pc` line on), as name -> value.
fn register_pairs(body: &str) -> Vec<(String, u64)> {
    let words: Vec<&str> =
        body.lines().skip_while(|l| !l.starts_with("pc ")).flat_map(str::split_whitespace).collect();
    words
        .chunks(2)
        .filter_map(|p| Some((p[0].to_string(), u64::from_str_radix(p.get(1)?, 16).ok()?)))
        .collect()
}

/// The report's name for a fixture slot name (`tlb0[5:2]`, `tlb0[22]`, `tlb1[3]`).
fn slot_name(tlb: &str, idx: &str) -> String {
    match (tlb, idx.split_once(':')) {
        ("tlb0", Some((set, way))) => format!("TLB0[{set}:{way}]"),
        ("tlb0", None) => {
            let i: u64 = idx.parse().unwrap();
            format!("TLB0[{}:{}]", i / 4, i % 4)
        }
        _ => format!("TLB1[{idx}]"),
    }
}

/// The review, automated: every `# expect:` line of every fixture header about the TLB or a
/// register the register report shows (values derived by hand from the manuals) holds in the
/// committed snapshots: the TLB lines in the bare and virt guest sections, the registers in the
/// bare register section.
#[test]
fn committed_snapshots_meet_the_headers() {
    let mut bad = Vec::new();
    let (mut tlb_checked, mut reg_checked) = (0, 0);
    for f in support::fixture::Fixture::all() {
        for mode in ["bare", "virt"] {
            let body = match snapshot_body(mode, &f.name) {
                Ok(b) => b,
                Err(e) => {
                    bad.push(e);
                    continue;
                }
            };
            let lines = guest_lines(&body);
            for (key, want) in f.expect.iter().filter(|(k, _)| k.starts_with("tlb")) {
                let (slot, field) = key.split_once("].").unwrap();
                let (tlb, idx) = slot.split_once('[').unwrap();
                let slot = slot_name(tlb, idx);
                let line = lines.iter().find(|(s, _)| *s == slot).map(|(_, l)| l.as_str());
                let got = match (field, line) {
                    ("valid", l) => Some(u64::from(l.is_some())),
                    (_, None) => None,
                    (w, Some(l)) => tlb_word(l, &w.to_uppercase()),
                };
                tlb_checked += 1;
                if got != Some(*want) {
                    bad.push(format!("{mode}@{}: {key} = {want:#x}, snapshot {got:x?}", f.name));
                }
            }
            if mode != "bare" {
                continue;
            }
            let regs = register_pairs(&body);
            for (key, want) in &f.expect {
                if let Some((_, got)) = regs.iter().find(|(n, _)| n == key) {
                    reg_checked += 1;
                    if got != want {
                        bad.push(format!("bare@{}: {key} = {want:#x}, snapshot {got:#x}", f.name));
                    }
                }
            }
        }
    }
    assert!(tlb_checked > 100, "only {tlb_checked} TLB expectations found");
    assert!(reg_checked > 250, "only {reg_checked} register expectations found");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

/// The `--compat qemu` snapshots, checked against the independent reference: every register
/// the report shows and every valid guest TLB entry equal QEMU 7.2's recording
/// (`fixtures/NAME.qemu.json`), but for the fields a fixture's `# ignore:` line names.
#[test]
fn committed_qemu_snapshots_match_the_recordings() {
    let mut bad = Vec::new();
    let mut checked = 0;
    for f in support::fixture::Fixture::all() {
        let body = match snapshot_body("qemu", &f.name) {
            Ok(b) => b,
            Err(e) => {
                bad.push(e);
                continue;
            }
        };
        let path = f.path.with_extension("qemu.json");
        let q: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for (name, got) in register_pairs(&body) {
            let want = match name.as_str() {
                "pc" | "msr" | "cr" | "xer" | "lr" | "ctr" => q[&name].as_u64(),
                r if r.starts_with('r') && r[1..].parse::<usize>().is_ok() => {
                    q["gpr"][r[1..].parse::<usize>().unwrap()].as_u64()
                }
                spr => q["spr"].get(spr).and_then(Value::as_u64),
            };
            let Some(want) = want else { continue };
            if f.ignore.contains(&name) {
                continue;
            }
            checked += 1;
            if got != want {
                bad.push(format!("qemu@{}: {name}: QEMU {want:#x}, snapshot {got:#x}", f.name));
            }
        }
        let lines = guest_lines(&body);
        let recorded = q["tlb"].as_array().unwrap();
        for e in recorded {
            let slot = match e["tlb"].as_u64() {
                Some(0) => format!("TLB0[{}:{}]", e["set"], e["way"]),
                _ => format!("TLB1[{}]", e["index"]),
            };
            let line = lines.iter().find(|(s, _)| *s == slot).map(|(_, l)| l.as_str());
            for w in ["mas1", "mas2", "mas3", "mas7"] {
                checked += 1;
                let got = line.and_then(|l| tlb_word(l, &w.to_uppercase()));
                if got != e[w].as_u64() {
                    bad.push(format!("qemu@{}: {slot}.{w}: QEMU {}, snapshot {got:x?}", f.name, e[w]));
                }
            }
        }
        if lines.len() != recorded.len() {
            bad.push(format!("qemu@{}: {} TLB lines, QEMU {}", f.name, lines.len(), recorded.len()));
        }
    }
    assert!(checked > 2000, "only {checked} values compared");
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}
