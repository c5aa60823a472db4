//! `tlbvisor run --mode virt` end to end: JSON with the host side, text with the rewrite, tracing
//! of hypervisor events, the backing and host-TLB options, and their errors.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use serde_json::Value;

use support::tlbvisor;

use support::fixture_path as fixture;

#[test]
fn json_has_guest_state_host_tlb_exits_and_map() {
    let out = tlbvisor().args(["run", &fixture("seed_store"), "--mode", "virt", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((j["mode"].as_str(), j["status"].as_str()), (Some("virt"), Some("halted")));
    assert_eq!(j["gpr"][3], 0x5EED_0001);
    let host = j["host"]["tlb"].as_array().unwrap();
    // The code page's 64K shadow (refilled after the first tlbwe replaced its guest entry) and
    // the store's 4K shadow: both at TS 1.
    assert_eq!(host.len(), 2, "{host:?}");
    assert!(host.iter().all(|e| e["shadows"].is_object() && e["mas1"].as_u64().unwrap() & 0x1000 != 0));
    assert_eq!(j["host"]["exits"]["emulated"]["tlbwe"], 2);
    assert_eq!(j["gpa_map"][0]["hpa"], 0x1_0000_0000u64);
    // The same guest-visible fields as bare mode.
    let bare = tlbvisor().args(["run", &fixture("seed_store"), "--json"]).output().unwrap();
    let b: Value = serde_json::from_slice(&bare.stdout).unwrap();
    for k in ["pc", "gpr", "cr", "lr", "ctr", "xer", "msr", "spr", "tlb", "console", "instructions"] {
        assert_eq!(j[k], b[k], "{k}");
    }
}

#[test]
fn text_shows_guest_and_host_entries() {
    let out = tlbvisor().args(["run", &fixture("seed_store"), "--mode", "virt"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("guest TLB -> host TLB"), "{text}");
    assert!(text.contains("<- guest TLB1[1]"), "{text}");
    assert!(text.contains("RPN 0x100001000"), "{text}");
}

#[test]
fn rust_log_traces_hypervisor_events() {
    let err = support::traced("tlbvisor::hv=trace", &["run", &fixture("console_hello"), "--mode", "virt"]);
    for needle in [
        "tlbvisor::hv::exit",
        "mnemonic=\"tlbwe\"",
        "tlbvisor::hv::shadow",
        "shadow fill",
        "gpa=",
        "hpa=",
        "tlbvisor::hv::mmio",
        "guest_pc=",
    ] {
        assert!(err.contains(needle), "{needle} missing in:\n{err}");
    }
    // --log does the same without RUST_LOG; the core's own events stay out of this filter.
    let (code, _, err) =
        support::output(&["--log", "tlbvisor::hv=trace", "run", &fixture("seed_store"), "--mode", "virt"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("shadow fill") && !err.contains("tlbvisor::cpu"), "{err}");
    // Not a terminal: no timestamps and no colour codes, so two runs print the same text.
    assert!(err.lines().all(|l| l.starts_with("TRACE ")), "{err}");
    assert!(!err.contains('\x1b'), "{err}");
    let (_, _, again) =
        support::output(&["--log", "tlbvisor::hv=trace", "run", &fixture("seed_store"), "--mode", "virt"]);
    assert_eq!(again, err);
}

#[test]
fn backing_options_and_errors() {
    let ok = tlbvisor()
        .args([
            "run",
            &fixture("tlb1_rotation"),
            "--mode",
            "virt",
            "--backing-fragments",
            "64K",
            "--host-tlb1",
            "4",
            "--json",
        ])
        .output()
        .unwrap();
    assert!(ok.status.success());
    let j: Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(j["host"]["shadow"]["host_tlb1_entries"], 4);
    assert!(j["host"]["shadow"]["evictions"].as_u64().unwrap() > 0);
    // 2048 RAM fragments, the two UARTs, the MPIC, the GPIO block, the LBC, the PCI controller
    // and GUTS.
    assert_eq!(j["gpa_map"].as_array().unwrap().len(), 2048 + 7);
    for (args, msg) in [
        (&["--host-tlb1", "0"][..], "--host-tlb1"),
        (&["--backing", "0x0"][..], "overlaps the hypervisor's RAM"),
        (&["--backing-fragments", "3K"][..], "fragments"),
    ] {
        let out =
            tlbvisor().args(["run", &fixture("seed_store"), "--mode", "virt"]).args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(msg), "{args:?}: {err}");
    }
}
