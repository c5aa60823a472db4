//! What the paravirtual interface is for, shown through the public interface: `tlbvisor compare`
//! (and `session::compare`) puts bare, trap-and-emulate and paravirt side by side; `explain`
//! narrates a guest patching itself and a refill on the paravirtual path; `--log` traces the
//! patch. The guests are `tests/data/pv/pv_patch.s` and `pv_refill.s`; every expected count is
//! derived in the comments from their text, every disassembly from GNU objdump.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use std::collections::BTreeMap;

use support::{output, root, tlbvisor};
use tlbvisor::session::{Column, Session, compare};

fn guest(name: &str) -> String {
    root().join("tests/data/pv").join(name).display().to_string()
}

/// The table of `compare --no-time`: each row's label and its values (one word each: the
/// column titles are the third line's words).
fn table(text: &str) -> BTreeMap<String, Vec<String>> {
    let cols = text.lines().nth(2).map_or(0, |l| l.split_whitespace().count());
    text.lines()
        .skip(3)
        .take_while(|l| !l.is_empty())
        .map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            let n = words.len() - cols;
            (words[..n].join(" "), words[n..].iter().map(|w| (*w).to_string()).collect())
        })
        .collect()
}

/// Counts for pv_patch.s, by hand from its text:
/// * bare: 14 instructions up to the `sc`, the `sc`, the handler's `li` and `rfi`, `cmpwi`,
///   `bne` (taken), the loop's set-up (3), 4 x (`mfspr`, `add`, `bdnz`), `b done`: 35;
/// * trap-and-emulate: the same 35; exits: 3 `mtspr` (IVPR 63, IVOR8 408, SPRG1 273: each SPR
///   number has bit 0x10, so privileged), the `sc` reflected (syscall), the handler's `rfi`, 4
///   `mfspr` of SPRG1, and one instruction TLB miss filling the shadow of the boot entry that
///   maps all the code (one 64M shadow): 10;
/// * paravirt: 15 up to the `sc` (a hypercall now, r3 = 0), `cmpwi`, `bne` (not taken), the
///   patch (9: `lis`, `addi`, `lis`, `lwz`, `stw`, `dcbst`, `sync`, `icbi`, `isync`), the
///   loop's set-up, 4 x 3, `b done`: 42; exits: 3 `mtspr`, the hypercall, the code's shadow
///   fill, and the first load from the magic page (its host entry): 6. The patched load never
///   exits again.
#[test]
fn compare_puts_the_three_runs_side_by_side() {
    let (code, out, err) = output(&["compare", &guest("pv_patch.s"), "--no-time"]);
    assert_eq!(code, Some(0), "{out}{err}");
    let t = table(&out);
    let row = |label: &str| t.get(label).unwrap_or_else(|| panic!("no row {label}:\n{out}")).join(" ");
    assert!(out.lines().nth(2).unwrap().split_whitespace().eq(["bare", "trap-and-emulate", "paravirt"]));
    assert_eq!(row("status"), "halted halted halted");
    assert_eq!(row("instructions"), "35 35 42");
    assert_eq!(row("exits"), "- 10 6");
    assert_eq!(row("mfspr"), "- 4 0");
    assert_eq!(row("mtspr"), "- 3 3");
    assert_eq!(row("rfi"), "- 1 0");
    assert_eq!(row("syscall"), "- 1 0");
    assert_eq!(row("hypercall"), "- 0 1");
    assert_eq!(row("itlb_virt_miss"), "- 1 1");
    assert_eq!(row("dtlb_virt_miss"), "- 0 1");
    // No TLB miss reaches the guest: no refill.
    assert_eq!(row("guest TLB refills"), "- 0 0");
    assert_eq!(row("exits per refill"), "- - -");
    assert!(!out.contains("wall time"), "{out}");
    assert!(out.contains("console: the same in every run (0 bytes)"), "{out}");
    assert!(out.contains("agree: yes"), "{out}");
    // Under paravirt the hypercall answered r3 = 0 (EV_SUCCESS) and r4 = the magic features,
    // where bare's system call handler left r3 = -1 and r4 the page address it was passed.
    let note = out.lines().find(|l| l.contains("note: final state: paravirt differs")).unwrap();
    assert!(note.contains("r3, r4"), "{note}");

    // The same through JSON, and through the library.
    let (code, json, _) = output(&["compare", &guest("pv_patch.s"), "--json"]);
    assert_eq!(code, Some(0));
    let j: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(j["agree"], true);
    let modes: Vec<&str> =
        j["runs"].as_array().unwrap().iter().map(|r| r["mode"].as_str().unwrap()).collect();
    assert_eq!(modes, ["bare", "virt", "paravirt"]);
    assert_eq!(
        (j["runs"][1]["exits"]["total"].as_u64(), j["runs"][2]["exits"]["total"].as_u64()),
        (Some(10), Some(6))
    );
    assert_eq!(j["runs"][2]["hypercalls"], 1);
    assert!(j["runs"][0].get("exits").is_none());
    // Each run is timed: a positive number of seconds, and far less than a minute for this guest.
    let wall = j["runs"][0]["wall_seconds"].as_f64().unwrap();
    assert!(wall > 0.0 && wall < 60.0, "{wall}");
    let c = compare(|| Session::from_file(guest("pv_patch.s")), &[Column::Virt, Column::Paravirt]).unwrap();
    assert!(c.agree());
    assert_eq!(
        c.run(Column::Paravirt).unwrap().exits.as_ref().unwrap().emulated(tlbvisor::isa::Op::Mfspr),
        0
    );
    assert!(c.run(Column::Bare).is_none());
}

/// pv_refill.s needs the interface: bare and under trap-and-emulate its `sc` has no handler
/// (IVOR8 = 0: the vector is `_start`), so it starts over and over until the budget; under
/// paravirt it halts. The runs differ: exit status 1, the difference named. Its paravirt run,
/// by hand: 2 `mtspr` (IVPR, IVOR13), the hypercall, the code's shadow fill, the magic page's
/// host entry (the store of MAS4), the reflected miss at 0x50000010, the handler's `tlbwe` and
/// `rfi` (everything else it does is loads and stores on the page); the retried load does not
/// exit, its shadow prefaulted at the `tlbwe` (docs/paravirt.md §8): 8 exits, one refill, 3 of
/// them from the miss to the `rfi`.
#[test]
fn compare_names_a_difference_and_exits_1() {
    let args =
        ["compare", &guest("pv_refill.s"), "--modes", "virt,paravirt", "--max-insns", "1000", "--no-time"];
    let (code, out, err) = output(&args);
    assert_eq!(code, Some(1), "{out}{err}");
    assert!(out.contains("agree: no"), "{out}");
    assert!(out.contains("differs: status: trap-and-emulate budget, paravirt halted"), "{out}");
    let t = table(&out);
    assert_eq!(t["exits"][1], "8");
    assert_eq!(t["guest TLB refills"][1], "1");
    assert_eq!(t["exits per refill"][1], "3.0");
    assert_eq!(t["all exits / refills"][1], "8.0");
    assert_eq!(t["tlbwe"][1], "1");
    assert_eq!(t["dtlb_real_miss"][1], "1");
}

#[test]
fn compare_bad_input_exits_2() {
    let g = guest("pv_patch.s");
    for (args, want) in [
        (vec!["--modes", "paravirt"], "--modes paravirt: give at least two of bare, virt, paravirt"),
        (vec!["--modes", "bare,bare"], "--modes bare,bare: bare given twice"),
        (vec!["--modes", "bare,kvm"], "`kvm`: expected bare, virt or paravirt"),
        (vec!["--mode", "virt"], "--mode: compare runs each mode itself"),
        (vec!["--mode", "bare"], "--mode: compare runs each mode itself"),
        (vec!["--paravirt"], "--paravirt: compare runs each mode itself"),
        (vec!["--quantum", "5"], "--quantum: not with compare"),
        (vec!["--switch", "flush"], "--switch: not with compare"),
        (vec!["--dumpdtb", "/nonexistent/x.dtb"], "--dumpdtb: not with compare"),
        (vec![g.as_str()], "unexpected argument"),
        (vec!["--until-console", ""], "--until-console: expected a non-empty text"),
    ] {
        let mut all = vec!["compare", g.as_str()];
        all.extend(args);
        let (code, out, err) = output(&all);
        assert_eq!(code, Some(2), "{all:?}: {out}{err}");
        assert!(err.contains(want), "{all:?}: {err}");
        assert!(out.is_empty(), "{all:?}: {out}");
    }
    let (code, _, err) = output(&["compare", "/nonexistent/x.s"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("/nonexistent/x.s"), "{err}");
}

/// `explain` of pv_patch.s under paravirt narrates the patch: the store at `_start+0x54`
/// (`stw r7,0(r8)`, r8 = `target` = 0x10074) replaces `mfsprg r6,1` with `lwz r6,-4052(0)`
/// (SPRG1's word, offset 0x2C, of the page at 0xFFFFF000). The words and their disassembly are
/// GNU as's and objdump's.
#[test]
fn explain_narrates_the_guest_patching_itself() {
    let Some(_) = support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_BINUTILS") else { return };
    let dir = support::scratch("pv-show-patch");
    let source = std::fs::read_to_string(guest("pv_patch.s")).unwrap();
    let dis = support::objdump(&support::gas(&dir, "pv_patch", &source, "e500"));
    let at = |addr: u32| dis.iter().find(|(a, _, _)| *a == addr).cloned().unwrap();
    // `target` is instruction 29 (0x74), `replacement` the word after the handler (0x98).
    let ((_, old, old_text), (_, new, new_text)) = (at(0x74), at(0x98));
    assert_eq!((old, new), (0x7CD1_42A6, 0x80C0_F02C));
    let (code, out, err) = output(&["explain", &guest("pv_patch.s"), "--mode", "virt", "--paravirt"]);
    assert_eq!(code, Some(0), "{err}");
    let store = format!("0x00010054 <_start+0x54>  {}", at(0x54).2);
    let i = out.find(&store).unwrap_or_else(|| panic!("no paragraph for the store:\n{out}"));
    let para: Vec<&str> = out[i..].lines().take(4).collect();
    assert_eq!(
        para[1],
        "  patched: the guest stored over its own instruction at EA 0x00010074 (GPA 0x000010074)"
    );
    assert!(
        para[2].starts_with(&format!("    was: {old_text} ({old:#010x}): an SPR move of a privileged SPR")),
        "{}",
        para[2]
    );
    assert!(
        para[3].starts_with(&format!(
            "    now: {new_text} ({new:#010x}): a load from the magic page's SPRG1 word (EA 0xfffff02c, page offset 0x2c)"
        )),
        "{}",
        para[3]
    );
    // What runs at `target` afterwards is the patched word, not the image's.
    assert!(out.contains(&format!("0x00010074 <loop>  {new_text}   (as patched)")), "{out}");
    // Without the interface the guest keeps its mfspr: nothing is patched.
    let (_, plain, _) = output(&["explain", &guest("pv_patch.s"), "--mode", "virt"]);
    assert!(!plain.contains("patched:"), "{plain}");
    // --log at DEBUG for the paravirtual target shows the patch (and a plain run pays nothing:
    // without it, the run loop does not look).
    let out = tlbvisor()
        .args([
            "--log",
            "tlbvisor::hv::pv=debug",
            "run",
            &guest("pv_patch.s"),
            "--mode",
            "virt",
            "--paravirt",
        ])
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stderr);
    let line = log
        .lines()
        .find(|l| l.contains("the guest patched its own instruction"))
        .unwrap_or_else(|| panic!("{log}"));
    for field in [
        "guest_pc=0x10054",
        "ea=0x10074",
        "gpa=0x10074",
        &format!("old={old_text}"),
        &format!("new={new_text}"),
    ] {
        assert!(line.contains(field), "{field}: {line}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `explain` of pv_refill.s: the refill on the paravirtual path. The miss at EA 0x50000010
/// (`miss`, 0x10040: 16 instructions after `_start`) is reflected with the preload made from
/// MAS4 = 0x104 (TSIZED 1, WIMGED M): MAS1 = V | TSIZE 1 = 0x80000100, MAS2 = EPN 0x50000000 |
/// M = 0x50000004; the handler stores MAS3 = 0x2015 and MAS7 = 0 in the page; the `tlbwe`
/// uses them; the `rfi` returns to SRR0 = 0x10040 with SRR1 = 0 (the boot MSR), as left in the
/// page.
#[test]
fn explain_narrates_a_refill_through_the_shared_page() {
    let (code, out, err) = output(&["explain", &guest("pv_refill.s"), "--mode", "virt", "--paravirt"]);
    assert_eq!(code, Some(0), "{err}");
    let para = |head: &str| {
        let i = out.find(head).unwrap_or_else(|| panic!("no {head}:\n{out}"));
        out[i..].split("\n\n").next().unwrap().to_string()
    };
    let miss = para("0x00010040 <miss>");
    assert!(miss.contains("EA 0x50000010: real"), "{miss}");
    assert!(miss.contains("shared page: SRR0, SRR1, MSR, DEAR, ESR and the MAS preload were also written into the magic page at 0xfffff000"), "{miss}");
    let tlbwe = para("<dtlb_handler+0x1c>  tlbwe");
    assert!(
        tlbwe.contains("shared page: these MAS values came from the magic page at 0xfffff000"),
        "{tlbwe}"
    );
    assert!(
        tlbwe.contains("MAS1 0x80000100 (+0xac) MAS2 0x50000004 (+0xbc) MAS3 0x00002015 (+0xb4) MAS7 0x00000000 (+0xb0); only the tlbwe itself exited"),
        "{tlbwe}"
    );
    assert!(tlbwe.contains("EPN 0x50000000 -> GPA 0x000002000 4K TID 0 TS 0 S:rwx U:---"), "{tlbwe}");
    let rfi = para("<dtlb_handler+0x24>  rfi");
    assert!(
        rfi.contains(
            "shared page: SRR0 0x00010040 (+0x44) and SRR1 0x00000000 (+0x4c) came from the magic page"
        ),
        "{rfi}"
    );
    // Without the page (trap-and-emulate) there is nothing shared to narrate.
    let (_, plain, _) = output(&["explain", &guest("pv_refill.s"), "--mode", "virt", "--max-insns", "200"]);
    assert!(!plain.contains("shared page:"), "{plain}");
}

/// The project's `pv` kernel (skipped when not built, docs/paravirt.md §7) side by side: the
/// same status and console under all three (the paravirt one adding only the line the guest
/// prints when it has patched itself), the same final state bare and under trap-and-emulate,
/// and fewer exits, and fewer exits per refill, under paravirt.
#[test]
fn the_pv_kernel_side_by_side() {
    let Some(kernel) = support::linux_guest::vmlinux("pv") else { return };
    let c = compare(|| Session::from_file(&kernel).budget(2_000_000_000), &Column::ALL).unwrap();
    assert!(c.agree(), "{}", c.text(false));
    let note = c.notes.iter().find(|n| n.starts_with("console:")).unwrap();
    assert!(
        note.contains("adds 1 line") && note.contains("`KVM: Live patching for a fast VM worked`"),
        "{note}"
    );
    let (virt, pv) = (c.run(Column::Virt).unwrap(), c.run(Column::Paravirt).unwrap());
    let (xv, xp) = (virt.exits.as_ref().unwrap(), pv.exits.as_ref().unwrap());
    assert!(xp.total() < xv.total(), "{} vs {}", xp.total(), xv.total());
    assert!(xv.guest_refills > 0 && xp.guest_refills > 0);
    assert!(pv.exits_per_refill().unwrap() < virt.exits_per_refill().unwrap());
    assert_eq!(xp.hypercall, 2);
}

/// The `pv` kernel rewriting itself, narrated (skipped when it is not built): `explain` from
/// `kvm_guest_init` to the line the guest prints when done. Each rewrite is a store in
/// `kvm_patch_ins`; the old word at 0xC0000420 (in the interrupt vectors, first in the scan's
/// order among the `mtmsr`s) is what GNU objdump reads in the vmlinux there, and kvm.c replaces
/// an `mtmsr` with a branch into `kvm_tmp` (docs/paravirt.md §4), whose range System.map gives.
#[test]
fn explain_narrates_the_kernel_rewriting_itself() {
    let Some(kernel) = support::linux_guest::vmlinux("pv") else { return };
    let Some(_) = support::tool("powerpc-linux-gnu-objdump", "TLBVISOR_REQUIRE_BINUTILS") else { return };
    let dis = support::run(std::process::Command::new("powerpc-linux-gnu-objdump").args([
        "-d",
        "-M",
        "e500x2",
        "--start-address=0xc0000420",
        "--stop-address=0xc0000424",
        kernel.to_str().unwrap(),
    ]));
    let old = dis.lines().last().unwrap().split('\t').nth(2).unwrap().trim().to_string();
    assert!(old.starts_with("mtmsr"), "{old}");
    let map = std::fs::read_to_string(kernel.with_file_name("System.map")).unwrap();
    let kvm_tmp = map.lines().find(|l| l.ends_with(" kvm_tmp")).unwrap();
    let kvm_tmp = u32::from_str_radix(&kvm_tmp[..8], 16).unwrap();
    let out = tlbvisor()
        .args([
            "explain",
            kernel.to_str().unwrap(),
            "--mode",
            "virt",
            "--paravirt",
            "--max-insns",
            "2000000000",
        ])
        .args([
            "--from",
            "kvm_guest_init",
            "--limit",
            "400",
            "--until-console",
            "Live patching for a fast VM worked",
        ])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let i = text
        .find("own instruction at EA 0xc0000420")
        .unwrap_or_else(|| panic!("no rewrite of 0xc0000420:\n{}", &text[..text.len().min(4000)]));
    let para: Vec<&str> =
        text[..i].rsplit("\n\n").next().into_iter().chain(text[i..].lines().skip(1).take(2)).collect();
    assert!(para[0].contains("<kvm_patch_ins"), "{para:?}");
    assert!(para[1].starts_with(&format!("    was: {old} (")), "{para:?}");
    let target = para[2].split("a branch to ").nth(1).unwrap_or_else(|| panic!("{para:?}"));
    let addr = u32::from_str_radix(target[2..10].trim(), 16).unwrap();
    assert!(target[10..].starts_with(" <kvm_tmp") && addr >= kvm_tmp && addr < kvm_tmp + 327_680, "{target}");
}

/// A run traced for the paravirtual target records the patch in its event log too: `--report
/// events` lists it (the EA of `target`, its GPA, the two words disassembled).
#[test]
fn the_event_report_lists_the_patch_when_traced() {
    let args =
        ["--log", "tlbvisor::hv::pv=debug", "run", &guest("pv_patch.s"), "--mode", "virt", "--paravirt"];
    let out = tlbvisor().args(args).args(["--report", "events"]).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("patch      EA:0x00010074 GPA:0x000010074 mfsprg  r6,1 -> lwz     r6,-4052(0)"),
        "{text}"
    );
    // Not traced: the run does not look, and the report has no patch.
    let (_, plain, _) =
        output(&["run", &guest("pv_patch.s"), "--mode", "virt", "--paravirt", "--report", "events"]);
    assert!(!plain.contains("patch "), "{plain}");
}
