//! A deterministic corpus of random expressions (all operators, parentheses, unary operators,
//! `@l`/`@h`/`@ha`, character constants, 64-bit intermediate values), checked against the bytes
//! `powerpc-linux-gnu-as` produced for it. The bytes are recorded in
//! `tests/data/asm/expr_corpus.bin`; with binutils installed the recording is re-checked
//! (`TLBVISOR_RECORD=1` rewrites it).

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

mod support;

use support::rng::Rng;

use tlbvisor::asm::Assembler;

const RECORDING: &str = "tests/data/asm/expr_corpus.bin";

const OPS: [&str; 20] = [
    "+", "-", "*", "/", "%", "<<", ">>", "|", "&", "^", "!", "==", "!=", "<>", "<", "<=", ">", ">=", "&&",
    "||",
];

fn number(r: &mut Rng) -> String {
    match r.below(10) {
        0..=4 => r.below(21).to_string(),
        5 | 6 => format!("{:#x}", r.next() as u32),
        7 => format!("'{}", ['a', 'z', '0', '9'][r.below(4) as usize]),
        8 => r.below(71).to_string(),
        _ => format!("{:#x}", r.below(0x10000)),
    }
}

fn expr(r: &mut Rng, depth: u32) -> String {
    if depth == 0 || r.below(10) < 3 {
        return number(r);
    }
    match r.below(20) {
        0..=2 => format!("{}{}", ["-", "~", "!"][r.below(3) as usize], expr(r, depth - 1)),
        3..=5 => format!("({})", expr(r, depth - 1)),
        _ => {
            let op = OPS[r.below(OPS.len() as u64) as usize];
            // Division by zero is a gas warning but our error: divide by a non-zero literal.
            let rhs = if op == "/" || op == "%" { (1 + r.below(19)).to_string() } else { expr(r, depth - 1) };
            format!("{} {op} {rhs}", expr(r, depth - 1))
        }
    }
}

fn corpus() -> String {
    let mut r = Rng(0x005e_ed0f_e3b7);
    let mut s = String::from(".data\n");
    for _ in 0..3000 {
        let e = expr(&mut r, 4);
        let line = match r.below(8) {
            0 => format!("({e})@l"),
            1 => format!("({e})@h"),
            2 => format!("({e})@ha"),
            _ => e,
        };
        s.push_str(&format!("        .long {line}\n"));
    }
    s
}

#[test]
fn matches_gas_on_random_expressions() {
    let src = corpus();
    let out = Assembler::new().assemble_str("corpus.s", &src).unwrap_or_else(|e| panic!("{e}"));
    let ours = out.image.to_flat_binary();
    let root = support::root();
    if support::tool("powerpc-linux-gnu-as", "TLBVISOR_REQUIRE_BINUTILS").is_some() {
        let dir = support::scratch("asm-expr-corpus");
        let obj = support::gas(&dir, "corpus", &src, "e500");
        let gas = support::section_bytes(&obj, ".data");
        if support::recording() {
            std::fs::write(root.join(RECORDING), &gas).unwrap();
        }
        assert_eq!(
            gas,
            std::fs::read(root.join(RECORDING)).unwrap(),
            "recording is stale: TLBVISOR_RECORD=1"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
    let recorded = std::fs::read(root.join(RECORDING)).unwrap();
    assert_eq!(recorded.len(), ours.len());
    for (i, (a, b)) in ours.chunks(4).zip(recorded.chunks(4)).enumerate() {
        let line = src.lines().nth(i + 1).unwrap_or("");
        assert_eq!(a, b, "line {}: {line}", i + 2);
    }
}
