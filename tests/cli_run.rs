//! The `run` command end to end: exit statuses, the JSON shape other tools read, bad input.

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

#[test]
fn seed_scenario_json() {
    let out = tlbvisor()
        .args(["run", "--json"])
        .arg(support::root().join("fixtures/seed_store.s"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["status"], "halted");
    assert_eq!(j["mode"], "bare");
    assert_eq!(j["cpu"], "e500v2");
    assert_eq!(j["gpr"].as_array().unwrap().len(), 32);
    // fixtures/seed_store.s: r3 = 0x5EED0001, TLB1[1] = EA 0x1000 -> PA 0x1000, 4 KiB, SR|SW.
    assert_eq!(j["gpr"][3].as_u64(), Some(0x5EED_0001));
    for key in ["pc", "cr", "lr", "ctr", "xer", "msr", "instructions", "console", "tlb", "spr"] {
        assert!(j.get(key).is_some(), "missing {key}");
    }
    for spr in [
        "SRR0", "SRR1", "CSRR0", "CSRR1", "DEAR", "ESR", "PID", "PID1", "PID2", "MAS0", "MAS1", "MAS2",
        "MAS3", "MAS4", "MAS6", "MAS7", "IVPR", "IVOR0", "IVOR15", "SPRG0", "SPRG7", "MMUCSR0", "TLB0CFG",
        "TLB1CFG", "MMUCFG", "PVR", "HID0", "HID1",
    ] {
        assert!(j["spr"].get(spr).is_some(), "missing spr {spr}");
    }
    assert_eq!(j["spr"]["PVR"].as_u64(), Some(0x8021_0022));
    let e = j["tlb"].as_array().unwrap().iter().find(|e| e["tlb"] == 1 && e["index"] == 1).unwrap();
    assert_eq!(
        (e["mas1"].as_u64(), e["mas2"].as_u64(), e["mas3"].as_u64()),
        (Some(0x8000_0100), Some(0x1000), Some(0x1005))
    );
}

#[test]
fn text_output_and_budget_exit_3() {
    let out = tlbvisor()
        .args(["run", "--max-insns", "10"])
        .arg(support::root().join("benches/programs/compute.s"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("instruction budget exhausted after 10 instructions"), "{text}");
    assert!(text.contains("TLB (1 valid entries):"), "{text}");
    assert!(
        text.contains("TLB1[0]      EPN 0x00000000 RPN 0x000000000  64M TID   0 TS 0 S:rwx U:rwx -----"),
        "{text}"
    );
}

#[test]
fn console_output() {
    let out = tlbvisor()
        .args(["run", "--json"])
        .arg(support::root().join("fixtures/console_hello.s"))
        .output()
        .unwrap();
    let j: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["console"], "hello\n");
}

#[test]
fn bad_input_exits_2() {
    let dir = support::scratch("cli-run-bad");
    let cases: Vec<(Vec<String>, &str)> = vec![
        (vec!["run".into(), "/no/such/file.s".into()], "/no/such/file.s: cannot read"),
        (vec!["run".into(), "--cpu".into(), "e600".into(), "x.s".into()], "invalid value 'e600'"),
        (vec!["run".into(), "--ram".into(), "lots".into(), "x.s".into()], "not a size"),
        (
            vec![
                "run".into(),
                "--ram".into(),
                "1000".into(),
                support::root().join("fixtures/seed_store.s").display().to_string(),
            ],
            "multiple of 4 KiB",
        ),
    ];
    for (args, msg) in cases {
        let out = tlbvisor().args(&args).current_dir(&dir).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(msg), "{args:?}: {err}");
    }
    // A program linked outside RAM.
    std::fs::write(dir.join("far.s"), "_start: b _start\n").unwrap();
    let out = tlbvisor().args(["run", "--base", "0x20000000"]).arg(dir.join("far.s")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("outside RAM"));
    // A flat binary of 0xFF words is guest behaviour, not a host error: each word is illegal
    // (primary opcode 63, no e500 instruction), its program interrupt vectors to IVPR | IVOR6 = 0
    // (reset values), zero RAM that is illegal too: it traps there again and again, and the run
    // stops `stalled` (exit 6, docs/stall.md) long before its budget.
    std::fs::write(dir.join("junk.bin"), [0xFFu8; 64]).unwrap();
    let out = tlbvisor().args(["run", "--max-insns", "1000"]).arg(dir.join("junk.bin")).output().unwrap();
    assert_eq!(out.status.code(), Some(6), "{out:?}");
}

/// Self-modifying code on the machine's bus: a store into a code page that is already decoded
/// must be seen by the next fetch (after `isync`), through the write-epoch fast path too.
#[test]
fn self_modifying_code_is_seen() {
    let src = "
_start: lis r4, patch@ha
        addi r4, r4, patch@l
        lis r5, 0x3860          # li r3,0x55 = 0x38600055
        ori r5, r5, 0x55
        bl patch                # the original: r3 = 7
        mr r6, r3
        stw r5, 0(r4)
        isync
        bl patch                # the patched word: r3 = 0x55
done:   b done
patch:  li r3, 7
        blr
";
    let image = tlbvisor::asm::Assembler::new().assemble_str("smc.s", src).unwrap().image;
    let mut m = tlbvisor::session::Session::from_image(image)
        .machine_config(tlbvisor::session::Config::default(), tlbvisor::session::HvConfig::default())
        .build()
        .unwrap();
    m.run();
    assert_eq!(m.status(), Some(tlbvisor::session::Status::Halted));
    assert_eq!((m.gpr(6).unwrap(), m.gpr(3).unwrap()), (7, 0x55));
}

/// A store into an instruction the loop has already run (so it sits decoded in the page the
/// interpreter holds), then `isync`: the next iteration runs the stored word. Each iteration adds
/// the immediate of the word stored in the one before (1, then 16, 17, 18): 0x34, which is
/// QEMU 7.2's r3 too (`tools/qemu/run_fixture.py` on this program). Keeping the decoded page
/// across the store would run the old word again (0x31).
#[test]
fn self_modifying_code_in_a_loop_is_seen() {
    let src = "
_start: li r3, 0
        li r7, 4
        mtctr r7
        lis r4, target@ha
        addi r4, r4, target@l
        lis r5, 0x3863          # addi r3, r3, 16 = 0x38630010
        ori r5, r5, 0x0010
target: addi r3, r3, 1
        stw r5, 0(r4)
        addi r5, r5, 1          # the next word stored adds one more
        isync
        bdnz target
done:   b done
";
    for mode in [tlbvisor::session::Mode::Bare, tlbvisor::session::Mode::Virt] {
        let mut m = tlbvisor::session::Session::from_source(src).mode(mode).build().unwrap();
        m.run();
        assert_eq!(m.status(), Some(tlbvisor::session::Status::Halted), "{mode:?}");
        assert_eq!(m.gpr(3).unwrap(), 1 + 16 + 17 + 18, "{mode:?}");
    }
}
