//! `explain` snapshots: the seed scenario (`fixtures/seed_store.s`) and the page-table miss
//! handler (`fixtures/pagetable_miss_handler.s`), bare and virtualized, and the seed scenario
//! with accesses. Besides the snapshot, each test asserts the values its fixture header derives
//! by hand (and docs/booke-mmu.md's rules: MAS preload from MAS4, TLB0 next victim moved only by
//! tlbwe, shadow rights S -> U), so a snapshot cannot be accepted with a wrong value.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use tlbvisor::session::{ExplainOptions, Mode, Session, Stop};

fn session(name: &str, mode: Mode) -> Session {
    Session::from_file(support::fixture_path(name))
        .include_dir(support::root().join("fixtures"))
        .mode(mode)
        .budget(2_000_000)
        .build()
        .unwrap()
}

fn explain(name: &str, mode: Mode, opts: &ExplainOptions) -> String {
    let mut s = session(name, mode);
    let text = s.explain(opts).unwrap();
    assert_eq!(Stop::from(s.status().unwrap()), Stop::Halted);
    text
}

fn has(text: &str, needles: &[&str]) {
    for n in needles {
        assert!(text.contains(n), "missing {n:?} in:\n{text}");
    }
}

/// The two tlbwe of the seed scenario with the MAS words of its header, in both modes.
fn seed_common(t: &str, pa: &str) {
    has(
        t,
        &[
            "0x00010030 <_start+0x30>  tlbwe",
            "MAS0 0x10000000 (TLBSEL 1, ESEL 0, NV 0)  MAS1 0x80000300 (V TID 0 TS 0 64K)",
            "MAS2 0x00010000 (EPN 0x00010000, -----)  MAS3 0x0001003f (RPN 0x00010000, S:rwx U:rwx)  MAS7 0x00000000",
            &format!("TLB1[0] now: EPN 0x00010000 -> {pa} 0x000010000 64K TID 0 TS 0 S:rwx U:rwx -----"),
            "0x00010060 <_start+0x60>  tlbwe",
            "MAS0 0x10010000 (TLBSEL 1, ESEL 1, NV 0)  MAS1 0x80000100 (V TID 0 TS 0 4K)",
            "MAS2 0x00001000 (EPN 0x00001000, -----)  MAS3 0x00001005 (RPN 0x00001000, S:rw- U:---)",
            "TLB1[1] was: invalid (MAS1 0x00000000)",
            &format!("TLB1[1] now: EPN 0x00001000 -> {pa} 0x000001000 4K TID 0 TS 0 S:rw- U:--- -----"),
            "halted (b .) at 0x00010074 <done> after 30 instructions",
        ],
    );
}

#[test]
fn seed_store_bare() {
    let t = explain("seed_store", Mode::Bare, &ExplainOptions::default());
    seed_common(&t, "PA");
    // The boot entry TLB1[0] (ePAPR: EA 0 -> PA 0, 64 MiB) is what the first tlbwe replaces.
    has(&t, &["TLB1[0] was: EPN 0x00000000 -> PA 0x000000000 64M TID 0 TS 0"]);
    assert!(!t.contains("trapped") && !t.contains("shadow"), "{t}");
    insta::assert_snapshot!("seed_store_bare", t);
}

#[test]
fn seed_store_virt() {
    let t = explain("seed_store", Mode::Virt, &ExplainOptions::default());
    seed_common(&t, "GPA");
    has(
        &t,
        &[
            // Every privileged instruction traps: 9 mtspr + 2 tlbwe emulated.
            "0x00010004 <_start+0x4>  mtspr   624,r4\n  trapped: mtspr of a privileged SPR",
            "mtspr: MAS0 <- 0x10000000 (TLBSEL 1, ESEL 0, NV 0)",
            "tlbwe is privileged, and the guest runs at host MSR[PR]=1",
            // The first tlbwe overwrites the guest entry the code shadow came from.
            "shadow invalidated: host TLB1[0] (shadow of guest TLB1[0]): its guest entry was overwritten",
            // Refill of the code page: GPA 0x10000 backed at 0x1_0000_0000 + 0x10000.
            "host TLB1[0] <- EA 0x00010000 -> GPA 0x000010000 -> HPA 0x100010000, 64K (from guest TLB1[0])",
            // The store: EA 0x1234 in guest TLB1[1] -> GPA 0x1000 -> HPA 0x1_0000_1000, a 4K
            // shadow in host TLB0 set 1 (EA bits 13:19 of 0x1000), SW|SR moved to UW|UR.
            "data access at EA 0x00001234: virtual",
            "host TLB0[1:0] <- EA 0x00001000 -> GPA 0x000001000 -> HPA 0x100001000, 4K (from guest TLB1[1])",
            "rights: S:rw- U:--- -> S:--- U:rw-",
            "tag: TID 2",
            "hypervisor: 14 exits (11 emulated, 3 virtual and 0 real TLB misses), 3 shadow fills",
        ],
    );
    insta::assert_snapshot!("seed_store_virt", t);
}

#[test]
fn seed_store_virt_accesses() {
    let opts = ExplainOptions { accesses: true, ..ExplainOptions::default() };
    let t = explain("seed_store", Mode::Virt, &opts);
    has(
        &t,
        &[
            "access: store 4B EA 0x00001234 -> guest TLB1[1] -> GPA 0x000001234 -> GPA map -> HPA 0x100001234 -> host TLB0[1:0]",
            "access: fetch EA 0x00010074 -> guest TLB1[0] -> GPA 0x000010074 -> GPA map -> HPA 0x100010074 -> host TLB1[0]",
        ],
    );
    insta::assert_snapshot!("seed_store_virt_accesses", t);
    let bare = explain("seed_store", Mode::Bare, &opts);
    has(&bare, &["access: store 4B EA 0x00001234 -> TLB1[1] -> PA 0x000001234"]);
    insta::assert_snapshot!("seed_store_bare_accesses", bare);
}

/// The handler's refills and faults (header steps 1-8), the same in both modes: the data TLB
/// errors with their MAS preload (MAS4 = 0x00030100: TLB0, TID 0, 4K; ESEL = the next victim,
/// which only a tlbwe moves), the DSI of step 3, the rfi back.
fn pagetable_common(t: &str, into: &str) {
    has(
        t,
        &[
            // 1. store to 0x40000010: miss; preload way 0 (NV 1); the refill writes TLB0[0:0].
            &format!(
                "data TLB error (IVOR13) delivered{into}: SRR0 0x00010180 SRR1 0x00000000 -> vector 0x000101d0 <dtlb_handler>"
            ),
            "DEAR 0x40000010 ESR 0x00800000 (ST: a store)",
            "MAS0 0x00000001 (TLBSEL 0, ESEL 0 = next victim, NV 1)  MAS1 0x80000100 (V TID 0 TS 0 4K)",
            "MAS2 0x40000000 (EPN 0x40000000, -----)  MAS3 0x00000000  MAS7 0x00000000  (from MAS4 0x00030100",
            "TLB0[0:0] now: EPN 0x40000000 -> ",
            // 2. load from 0x40001020: way 1, the refill is read-only.
            "MAS0 0x00010002 (TLBSEL 0, ESEL 1 = next victim, NV 2)",
            "TLB0[1:1] now: EPN 0x40001000 -> ",
            // 3. store to the read-only page: DSI.
            &format!("data storage interrupt (IVOR2) delivered{into}: SRR0 0x00010188"),
            "DEAR 0x40001024 ESR 0x00800000 (ST: a store)",
            // 4./5. misses that end in the fault path leave the victim at 2 ...
            "DEAR 0x40002000 ESR 0x00000000",
            "DEAR 0x40400000 ESR 0x00000000",
            // 6. ... so the refill of 0x40005ABC takes set 5 way 2; 7. 0x803FFFFC set 0x7F way 3.
            "MAS2 0x40005000 (EPN 0x40005000",
            "TLB0[5:2] now: EPN 0x40005000 -> ",
            "MAS0 0x00030000 (TLBSEL 0, ESEL 3 = next victim, NV 0)",
            "TLB0[127:3] now: EPN 0x803ff000 -> ",
            "rfi: back to 0x00010180 <_start+0x180> with MSR 0x00000000",
        ],
    );
    assert_eq!(t.matches("data TLB error (IVOR13) delivered").count(), 6, "{t}");
}

#[test]
fn pagetable_miss_handler_bare() {
    let t = explain("pagetable_miss_handler", Mode::Bare, &ExplainOptions::default());
    pagetable_common(&t, "");
    has(&t, &["TLB0[0:0] now: EPN 0x40000000 -> PA 0x000030000 4K TID 0 TS 0 S:rw- U:---"]);
    insta::assert_snapshot!("pagetable_miss_handler_bare", t);
}

#[test]
fn pagetable_miss_handler_virt() {
    let t = explain("pagetable_miss_handler", Mode::Virt, &ExplainOptions::default());
    pagetable_common(&t, " into the guest");
    has(
        &t,
        &[
            "data access at EA 0x40000010: real (the guest's TLB misses too; reflected to the guest's TLB-miss handler)",
            "guest TLB0[0:0] now: EPN 0x40000000 -> GPA 0x000030000 4K TID 0 TS 0 S:rw- U:---",
            // After the guest's refill and rfi, the same store misses the host TLB again, now
            // "virtual": the shadow maps GPA 0x30000 to HPA 0x1_0003_0000.
            "data access at EA 0x40000010: virtual",
            "host TLB0[0:0] <- EA 0x40000000 -> GPA 0x000030000 -> HPA 0x100030000, 4K (from guest TLB0[0:0])",
            // The read-only refill: SR only -> UR only.
            "rights: S:r-- U:--- -> S:--- U:r--",
        ],
    );
    // hv_counts.rs: 6 real data misses, 4 virtual data misses + 1 instruction, 1 DSI.
    assert_eq!(t.matches(": real (").count(), 6, "{t}");
    assert_eq!(t.matches(": virtual (").count(), 5, "{t}");
    insta::assert_snapshot!("pagetable_miss_handler_virt", t);
}

#[test]
fn from_and_limit() {
    let opts =
        ExplainOptions { from: Some("dtlb_handler".into()), limit: Some(3), ..ExplainOptions::default() };
    let t = explain("pagetable_miss_handler", Mode::Bare, &opts);
    let first = t.lines().nth(2).unwrap();
    assert!(first.starts_with("0x000101d0 <dtlb_handler>  mtsprg  0,r10"), "{t}");
    assert_eq!(t.matches("\n0x000").count(), 3, "{t}");
    assert!(t.contains("more paragraphs omitted (--limit 3)"), "{t}");
    // An unknown symbol is an error, not a panic.
    let path = support::root().join("fixtures/seed_store.s");
    let mut s = Session::from_file(&path).build().unwrap();
    let bad = ExplainOptions { from: Some("nowhere".into()), ..ExplainOptions::default() };
    assert_eq!(s.explain(&bad).unwrap_err().to_string(), "unknown symbol `nowhere`");
    // Colour only when asked for.
    let mut s = Session::from_file(&path).build().unwrap();
    let c = s.explain(&ExplainOptions { color: true, ..ExplainOptions::default() }).unwrap();
    assert!(c.contains("\x1b[") && !t.contains('\x1b'));
}

/// `--from` starts when the PC first reaches the symbol, however it gets there: the DSI of
/// header step 3 (DEAR 0x40001024, ESR[ST]) is the first entry to `dsi_handler`, and under the
/// hypervisor that entry is a reflection (the PC lands on the vector between two completed
/// instructions). Both modes narrate the same first paragraphs.
#[test]
fn from_a_vector_in_both_modes() {
    let opts =
        ExplainOptions { from: Some("dsi_handler".into()), limit: Some(3), ..ExplainOptions::default() };
    for mode in [Mode::Bare, Mode::Virt] {
        let t = explain("pagetable_miss_handler", mode, &opts);
        let first = t.lines().nth(2).unwrap();
        assert!(first.starts_with("0x00010290 <dsi_handler>  mtsprg  0,r10"), "{mode:?}\n{t}");
        has(&t, &["mfspr: DEAR = 0x40001024", "mfspr: ESR = 0x00800000"]);
    }
    let opts =
        ExplainOptions { from: Some("dtlb_handler".into()), limit: Some(6), ..ExplainOptions::default() };
    let t = explain("pagetable_miss_handler", Mode::Virt, &opts);
    has(&t, &["0x000101d0 <dtlb_handler>  mtsprg  0,r10", "mfspr: DEAR = 0x40000010"]);
}

/// `--from` also takes `symbol+offset` (as the disassembly prints places) and an address: the
/// first store of the miss-handler fixture (header step 1, at `_start+0x180`) misses in the
/// guest's TLB too, so the narrative opens with the reflection and its MAS preload. Where the
/// narrative starts does not change the run: it ends after as many instructions as a plain run.
#[test]
fn from_an_offset_or_an_address() {
    for mode in [Mode::Bare, Mode::Virt] {
        let mut plain = session("pagetable_miss_handler", mode);
        assert_eq!(plain.run(), Stop::Halted);
        let after = format!("after {} instructions", plain.instructions());
        for place in ["_start+0x180", "0x10180", "65920"] {
            let opts =
                ExplainOptions { from: Some(place.into()), limit: Some(1), ..ExplainOptions::default() };
            let t = explain("pagetable_miss_handler", mode, &opts);
            has(
                &t,
                &[
                    &format!("from {place} (0x00010180)"),
                    "0x00010180 <_start+0x180>  stw     r4,16(r9)",
                    "data TLB error (IVOR13) delivered",
                    "SRR0 0x00010180 SRR1 0x00000000 -> vector 0x000101d0 <dtlb_handler>",
                    "MAS preload: MAS0 0x00000001 (TLBSEL 0, ESEL 0 = next victim, NV 1)",
                    &after,
                ],
            );
        }
    }
    let path = support::root().join("fixtures/pagetable_miss_handler.s");
    for bad in ["_start+zz", "nowhere+4", "0xg"] {
        let mut s = Session::from_file(&path).include_dir(support::root().join("fixtures")).build().unwrap();
        let opts = ExplainOptions { from: Some(bad.into()), ..ExplainOptions::default() };
        assert_eq!(s.explain(&opts).unwrap_err().to_string(), format!("unknown symbol `{bad}`"));
    }
}

/// A refused `mtspr` (SRR0 from user state, `fixtures/user_mode.s` header step 2) writes nothing:
/// its paragraph is the program interrupt alone, with no `mtspr: SRR0 <-` line, in both modes.
#[test]
fn a_refused_mtspr_is_not_narrated_as_a_write() {
    for mode in [Mode::Bare, Mode::Virt] {
        let opts =
            ExplainOptions { from: Some("user_code+8".into()), limit: Some(1), ..ExplainOptions::default() };
        let t = explain("user_mode", mode, &opts);
        let para = t.split("\n\n").nth(1).unwrap();
        assert!(para.starts_with("0x00010144 <user_code+0x8>  mtsrr0  r5"), "{mode:?}\n{t}");
        has(para, &["program interrupt (IVOR6) delivered", "ESR 0x04000000 (PPR"]);
        assert!(!para.contains("SRR0 <-"), "{mode:?}\n{para}");
    }
}
