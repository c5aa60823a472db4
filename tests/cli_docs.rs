//! The documentation says what the tool does: `--help` names how PROGRAM is recognised, what
//! ends a run and the exit statuses; the README's example report is the tool's output; the text
//! report of a virtualized run prints its counters as the report does; every document the
//! sources cite is in the repository; the README's Rust version is Cargo.toml's `rust-version`.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::path::Path;

use support::{output, root};

#[test]
fn run_help_says_how_program_is_read_what_ends_a_run_and_the_exit_statuses() {
    for cmd in ["run", "explain"] {
        let (code, help, _) = output(&[cmd, "--help"]);
        assert_eq!(code, Some(0));
        for want in [
            "ELF by its magic",
            ".s, .S or .asm",
            "UTF-8 text with no NUL byte",
            "else a flat binary",
            "--format",
            "`b .`",
            "Exit status: 0 halted",
            "2 bad input",
            "3 budget exhausted",
            "4 checkstop",
            "5 idle",
            "6 stalled",
            "141 standard output closed",
        ] {
            assert!(help.contains(want), "{cmd} --help lacks {want:?}:\n{help}");
        }
    }
}

/// `compare --help` lists only the options compare takes: the ones it refuses (it sets the mode
/// itself and runs one program) are not offered.
#[test]
fn compare_help_leaves_out_the_options_it_refuses() {
    let (code, help, _) = output(&["compare", "--help"]);
    assert_eq!(code, Some(0));
    assert!(help.contains("--modes <MODE,MODE[,MODE]>") && help.contains("--ram <RAM>"), "{help}");
    // An option's own line starts with it (the description above names `--mode virt --paravirt`).
    for refused in ["--mode ", "--paravirt", "--quantum", "--switch", "--dumpdtb"] {
        let offered = help.lines().any(|l| l.trim_start().starts_with(refused));
        assert!(!offered, "compare --help offers {refused}:\n{help}");
    }
}

#[test]
fn the_virt_text_report_prints_its_counters_as_lines() {
    let (code, out, err) =
        output(&["run", "--mode", "virt", &support::fixture_path("seed_store"), "-I", &fixtures()]);
    assert_eq!(code, Some(0), "{err}");
    assert!(!out.contains("{\""), "a JSON blob in the text report:\n{out}");
    // fixtures/seed_store.s under the hypervisor: two tlbwe and nine mtspr emulated, one data
    // and two instruction virtual misses (README "The reports", tests/snapshots/virt@seed_store).
    for line in
        ["exits:\n  total                      14\n", "    tlbwe                     2\n", "shadows:\n"]
    {
        assert!(out.contains(line), "no {line:?} in:\n{out}");
    }
}

fn fixtures() -> String {
    root().join("fixtures").display().to_string()
}

/// The README's example TLB report (the block after "`fixtures/seed_store.s` under the
/// hypervisor") is what `run --report tlb` prints: every line it shows, in order (`...` stands
/// for lines left out).
#[test]
fn the_readme_example_report_is_the_tools_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme.find("`fixtures/seed_store.s` under the hypervisor").expect("the example");
    let block = &readme[start..];
    let open = block.find("```\n").expect("a code block") + 4;
    let close = open + block[open..].find("```").expect("its end");
    let (code, out, err) = output(&[
        "run",
        &support::fixture_path("seed_store"),
        "-I",
        &fixtures(),
        "--mode",
        "virt",
        "--report",
        "tlb",
    ]);
    assert_eq!(code, Some(0), "{err}");
    let mut lines = out.lines();
    for want in block[open..close].lines().filter(|l| l.trim() != "...") {
        assert!(lines.any(|l| l == want), "README line {want:?} is not in the output, in order:\n{out}");
    }
}

/// Each Markdown file under docs/ named in the sources, tests, fixtures and docs exists, and nothing cites
/// documents outside the repository (`shared/reference`).
#[test]
fn every_cited_document_is_in_the_repository() {
    let mut bad = Vec::new();
    let mut files = Vec::new();
    for dir in ["src", "tests", "fixtures", "docs", "tools", "benches"] {
        collect(&root().join(dir), &mut files);
    }
    files.push(root().join("README.md"));
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        if text.contains(&["shared", "reference/"].join("/")) {
            bad.push(format!("{}: cites shared/reference", file.display()));
        }
        for (i, _) in text.match_indices("docs/") {
            let name: String =
                text[i..].chars().take_while(|c| c.is_ascii_alphanumeric() || "/-_.".contains(*c)).collect();
            let name = name.trim_end_matches('.');
            if name.ends_with(".md") && !root().join(name).is_file() {
                bad.push(format!("{}: cites {name}, which does not exist", file.display()));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p
            .extension()
            .is_some_and(|x| ["rs", "md", "s", "py", "inc", "ld", "sh"].iter().any(|e| x == *e))
        {
            out.push(p);
        }
    }
}

/// The README's minimum Rust is Cargo.toml's `rust-version` (checked in CI by building with it).
#[test]
fn the_readme_names_the_rust_version_cargo_toml_declares() {
    let toml = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    let version = toml
        .lines()
        .find_map(|l| l.strip_prefix("rust-version = \""))
        .and_then(|v| v.strip_suffix('"'))
        .expect("rust-version in Cargo.toml");
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains(&format!("Rust {version} or newer")), "README does not say Rust {version}");
}
