//! THE description of the instruction set: every instruction, its forms and its simplified
//! mnemonics, in one table. The decoder, encoder, disassembler and assembler read only this.
//!
//! A [`Def`] names an opcode pattern and its operands. Its mask is computed, never written: every
//! bit that no operand fills is fixed by the pattern (so reserved bits must be zero, as binutils
//! requires). Simplified mnemonics are ordinary [`Def`]s whose operands fill several fields or
//! transform the value (`slwi n` = `rlwinm ..,n,0,31-n`); the disassembler prints the first
//! definition in table order that matches a word, as `objdump -M e500` does.

use super::field::Field::{self, *};
use super::op::Op;
use super::operand::{Kind, Operand, Xf};
use crate::narrow::Narrow;

/// What a definition is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// The architectural instruction: decoding finds exactly one of these per legal word.
    Base,
    /// A simplified mnemonic the assembler accepts and the disassembler prints.
    Alias,
    /// A simplified mnemonic the assembler accepts but objdump never prints.
    AsmOnly,
    /// A spelling objdump prints that assembles to a different word (kept for fidelity).
    DisasmOnly,
}

/// Extra assembler checks binutils makes on some forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Check {
    /// None.
    None,
    /// Load with update: RA must be nonzero and differ from RT.
    LoadUpdate,
    /// `lmw`: RA must not be among the registers loaded.
    Lmw,
    /// Store with update: RA must be nonzero.
    StoreUpdate,
    /// A raw conditional branch: BO must be a valid encoding (E500RM / Book-E BO table).
    Bo,
    /// `bcctr`: BO must be valid and must not decrement CTR.
    BoCtr,
}

/// One mnemonic form.
#[derive(Clone, Debug)]
pub struct Def {
    /// The mnemonic, with its `.`/`o`/`l`/`a` suffixes.
    pub name: String,
    /// The operation it performs.
    pub op: Op,
    /// The fixed bits.
    pub opcode: u32,
    /// Which bits are fixed (computed from the operands and `free`).
    pub mask: u32,
    /// Operands in assembly order.
    pub operands: Vec<Operand>,
    /// What the definition is for.
    pub role: Role,
    /// Bits that are neither fixed nor operands, ignored when decoding: the BO "at" bits of a
    /// conditional-branch mnemonic, the reserved bit 9 of the compares (objdump ignores both).
    pub free: u32,
    /// How the branch-prediction hint (`beq+`/`beq-`) is read and written.
    pub hint: Hint,
    /// Assembler-side checks.
    pub check: Check,
}

/// The branch-prediction hint of a conditional branch: the y bit of BO (E500RM 3.3.1.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hint {
    /// Not a conditional branch.
    None,
    /// A simplified conditional branch: the suffix is always printed.
    Cond,
    /// A raw `bc`/`bclr`/`bcctr`: the suffix is printed only when the y bit is set.
    Raw,
}

impl Def {
    /// Whether a `+`/`-` suffix may be written.
    pub fn has_hint(&self) -> bool {
        self.hint != Hint::None
    }
}

// ---- operand constructors --------------------------------------------------------------------

fn operand(kind: Kind, places: Vec<(Field, Xf)>, min: i64, max: i64) -> Operand {
    Operand { kind, places, optional: false, min, max }
}
fn gpr(f: Field) -> Operand {
    operand(Kind::Gpr, vec![(f, Xf::Id)], 0, 31)
}
fn gpr0(f: Field) -> Operand {
    operand(Kind::Gpr0, vec![(f, Xf::Id)], 0, 31)
}
fn crf(f: Field) -> Operand {
    operand(Kind::Crf, vec![(f, Xf::Id)], 0, 7)
}
fn crb(f: Field) -> Operand {
    operand(Kind::Crb, vec![(f, Xf::Id)], 0, 31)
}
fn uimm(f: Field) -> Operand {
    operand(Kind::Uimm, vec![(f, Xf::Id)], 0, (1i64 << f.width()) - 1)
}
fn simm(f: Field) -> Operand {
    let half = 1i64 << (f.width() - 1);
    operand(Kind::Simm, vec![(f, Xf::Id)], -half, half - 1)
}
fn opt(mut o: Operand) -> Operand {
    o.optional = true;
    o
}
fn ranged(mut o: Operand, min: i64, max: i64) -> Operand {
    o.min = min;
    o.max = max;
    o
}
fn with(mut o: Operand, f: Field, xf: Xf) -> Operand {
    o.places.push((f, xf));
    o
}
fn xf(mut o: Operand, xf: Xf) -> Operand {
    o.places[0].1 = xf;
    o
}
fn disp() -> Operand {
    operand(Kind::Disp, vec![(D, Xf::Id)], -0x8000, 0x7FFF)
}
fn rel(f: Field) -> Operand {
    operand(Kind::RelTarget, vec![(f, Xf::Id)], 0, 0)
}
fn abs(f: Field) -> Operand {
    operand(Kind::AbsTarget, vec![(f, Xf::Id)], 0, 0)
}
/// A CR field operand that selects bit `bit` of it through the BI field (`beq cr1` = BI 6).
fn cr_of(bit: i16) -> Operand {
    opt(operand(Kind::Crf, vec![(Ra, Xf::Lin(bit, 4))], 0, 7))
}

/// Hint bits (BO "at" bits) of a conditional branch: y alone, or z and y for CR-test forms.
const HINT_Y: u32 = 0x0020_0000;
const HINT_ZY: u32 = 0x0060_0000;
/// Bit 9 of the D-form compares, between BF and L: reserved, and ignored by objdump.
const CMP_BIT9: u32 = 0x0040_0000;

// ---- opcode builders -------------------------------------------------------------------------

const fn primary(p: u32) -> u32 {
    p << 26
}
const fn x(p: u32, xo: u32) -> u32 {
    primary(p) | (xo << 1)
}

struct Builder {
    defs: Vec<Def>,
}

impl Builder {
    fn def(&mut self, name: &str, op: Op, opcode: u32, operands: Vec<Operand>, role: Role) -> &mut Def {
        self.def_free(name, op, opcode, operands, role, 0)
    }

    fn def_free(
        &mut self,
        name: &str,
        op: Op,
        opcode: u32,
        operands: Vec<Operand>,
        role: Role,
        free: u32,
    ) -> &mut Def {
        let filled = operands.iter().fold(0, |m, o| m | o.mask());
        self.defs.push(Def {
            name: name.to_string(),
            op,
            opcode,
            mask: !(filled | free),
            operands,
            role,
            free,
            hint: if free & HINT_Y != 0 && op != Op::Isel { Hint::Cond } else { Hint::None },
            check: Check::None,
        });
        self.defs.last_mut().expect("just pushed")
    }

    /// `name` and `name.` (Rc).
    fn rc(&mut self, name: &str, op: Op, opcode: u32, operands: &[Operand], role: Role) {
        self.def(name, op, opcode, operands.to_vec(), role);
        self.def(&format!("{name}."), op, opcode | Rc.put(1), operands.to_vec(), role);
    }

    /// `name`, `name.`, `nameo`, `nameo.` (OE and Rc).
    fn oe_rc(&mut self, name: &str, op: Op, opcode: u32, operands: &[Operand], role: Role) {
        self.rc(name, op, opcode, operands, role);
        self.rc(&format!("{name}o"), op, opcode | Oe.put(1), operands, role);
    }

    /// `name`, `namel`, `namea`, `namela` (LK and AA) of a displacement branch.
    #[allow(clippy::too_many_arguments)]
    fn lk_aa(
        &mut self,
        name: &str,
        op: Op,
        opcode: u32,
        pre: &[Operand],
        field: Field,
        role: Role,
        free: u32,
    ) {
        for (sfx, bits, absolute) in [
            ("", 0, false),
            ("l", Lk.put(1), false),
            ("a", Aa.put(1), true),
            ("la", Aa.put(1) | Lk.put(1), true),
        ] {
            let mut ops = pre.to_vec();
            ops.push(if absolute { abs(field) } else { rel(field) });
            self.def_free(&format!("{name}{sfx}"), op, opcode | bits, ops, role, free);
        }
    }

    /// `name` and `namel` (LK) of a register branch.
    fn lk(&mut self, name: &str, op: Op, opcode: u32, operands: &[Operand], role: Role, free: u32) {
        self.def_free(name, op, opcode, operands.to_vec(), role, free);
        self.def_free(&format!("{name}l"), op, opcode | Lk.put(1), operands.to_vec(), role, free);
    }
}

/// The conditions of the CR-bit branch mnemonics, in the order objdump prefers them:
/// (name, CR bit within the field, branch if the bit is true).
const CONDITIONS: [(&str, i16, bool); 12] = [
    ("lt", 0, true),
    ("le", 1, false),
    ("eq", 2, true),
    ("ge", 0, false),
    ("gt", 1, true),
    ("nl", 0, false),
    ("ne", 2, false),
    ("ng", 1, false),
    ("so", 3, true),
    ("ns", 3, false),
    ("un", 3, true),
    ("nu", 3, false),
];

/// Spelling preference: the first four of [`CONDITIONS`] that objdump prints; `nl`/`ng`/`un`/`nu`
/// are accepted by the assembler only.
fn cond_role(name: &str) -> Role {
    if matches!(name, "nl" | "ng" | "un" | "nu") { Role::AsmOnly } else { Role::Alias }
}

/// Trap conditions (TO values) with their simplified names, objdump's preference first.
const TRAPS: [(&str, i64, Role); 15] = [
    ("lgt", 1, Role::Alias),
    ("llt", 2, Role::Alias),
    ("eq", 4, Role::Alias),
    ("lge", 5, Role::Alias),
    ("lnl", 5, Role::AsmOnly),
    ("lle", 6, Role::Alias),
    ("lng", 6, Role::AsmOnly),
    ("gt", 8, Role::Alias),
    ("ge", 12, Role::Alias),
    ("nl", 12, Role::AsmOnly),
    ("lt", 16, Role::Alias),
    ("le", 20, Role::Alias),
    ("ng", 20, Role::AsmOnly),
    ("ne", 24, Role::Alias),
    ("u", 31, Role::Alias),
];

/// Named SPR moves: (SPR, name, `mt` form exists, `mf` form exists), as binutils spells them for
/// the e500 (`objdump -M e500`). Checked against the recorded objdump output in the tests.
const SPR_NAMES: &[(u16, &str, bool, bool)] = &[
    (1, "xer", true, true),
    (4, "rtcu", false, true),
    (5, "rtcl", false, true),
    (8, "lr", true, true),
    (9, "ctr", true, true),
    (18, "dsisr", true, true),
    (19, "dar", true, true),
    (20, "rtcu", true, false),
    (21, "rtcl", true, false),
    (22, "dec", true, true),
    (25, "sdr1", true, true),
    (26, "srr0", true, true),
    (27, "srr1", true, true),
    (48, "pid", true, true),
    (54, "decar", true, false),
    (58, "csrr0", true, true),
    (59, "csrr1", true, true),
    (61, "dear", true, true),
    (62, "esr", true, true),
    (63, "ivpr", true, true),
    (256, "usprg0", true, true),
    (268, "tb", false, true),
    (269, "tbu", false, true),
    (282, "ear", true, true),
    (284, "tbl", true, false),
    (285, "tbu", true, false),
    (286, "pir", false, true),
    (287, "pvr", false, true),
    (304, "dbsr", true, true),
    (308, "dbcr0", true, true),
    (309, "dbcr1", true, true),
    (310, "dbcr2", true, true),
    (312, "iac1", true, true),
    (313, "iac2", true, true),
    (314, "iac3", true, true),
    (315, "iac4", true, true),
    (316, "dac1", true, true),
    (317, "dac2", true, true),
    (318, "dvc1", true, true),
    (319, "dvc2", true, true),
    (336, "tsr", true, true),
    (340, "tcr", true, true),
    (512, "spefscr", true, true),
    (513, "bbear", true, true),
    (514, "bbtar", true, true),
    (528, "ivor32", true, true),
    (529, "ivor33", true, true),
    (530, "ivor34", true, true),
    (531, "ivor35", true, true),
    (570, "mcsrr0", true, true),
    (571, "mcsrr1", true, true),
    (572, "mcsr", true, true),
    (573, "mcar", false, true),
    (400, "ivor0", true, true),
    (401, "ivor1", true, true),
    (402, "ivor2", true, true),
    (403, "ivor3", true, true),
    (404, "ivor4", true, true),
    (405, "ivor5", true, true),
    (406, "ivor6", true, true),
    (407, "ivor7", true, true),
    (408, "ivor8", true, true),
    (409, "ivor9", true, true),
    (410, "ivor10", true, true),
    (411, "ivor11", true, true),
    (412, "ivor12", true, true),
    (413, "ivor13", true, true),
    (414, "ivor14", true, true),
    (415, "ivor15", true, true),
];

/// gas's rotate "macros": simplified mnemonics whose fields combine two operands, so no single
/// operand transform describes them. Each rewrites `ra, rs, a, b` into the base form's SH, MB, ME
/// (Book-E 3.3.12 / gas's PowerPC manual), modulo 32 as gas computes them; a `.` suffix carries
/// over. The last item is the largest first operand gas accepts. The assembler reads these, the
/// disassembler never prints them.
#[allow(clippy::type_complexity)]
pub const MACROS: [(&str, &str, fn(i64, i64) -> [i64; 3], i64); 4] = [
    // extrwi ra,rs,n,b = rlwinm ra,rs,b+n,32-n,31
    ("extrwi", "rlwinm", |n, b| [(b + n) & 31, (32 - n) & 31, 31], 31),
    // inslwi ra,rs,n,b = rlwimi ra,rs,32-b,b,b+n-1
    ("inslwi", "rlwimi", |n, b| [(32 - b) & 31, b & 31, (b + n - 1) & 31], 32),
    // insrwi ra,rs,n,b = rlwimi ra,rs,32-(b+n),b,b+n-1
    ("insrwi", "rlwimi", |n, b| [(32 - (b + n)) & 31, b & 31, (b + n - 1) & 31], 32),
    // clrlslwi ra,rs,b,n = rlwinm ra,rs,n,b-n,31-n
    ("clrlslwi", "rlwinm", |b, n| [n & 31, (b - n) & 31, (31 - n) & 31], 31),
];

/// Builds the table. Called once (see `super::isa`).
#[allow(clippy::too_many_lines)]
pub fn build() -> Vec<Def> {
    use Role::{Alias, AsmOnly, Base, DisasmOnly};
    let mut b = Builder { defs: Vec::new() };
    let (rt, ra, rb, rs) = (gpr(Rt), gpr(Ra), gpr(Rb), gpr(Rt));
    let ra0 = gpr0(Ra);
    let si = simm(D);
    let ui = uimm(D);

    // ---- D-form arithmetic (E500RM 3.3, Book-E 3.3.8) ----
    b.def("mulli", Op::Mulli, primary(7), vec![rt.clone(), ra.clone(), si.clone()], Base);
    b.def("subfic", Op::Subfic, primary(8), vec![rt.clone(), ra.clone(), si.clone()], Base);
    b.def_free("cmplwi", Op::Cmpli, primary(10), vec![opt(crf(Bf)), ra.clone(), ui.clone()], Alias, CMP_BIT9);
    b.def_free(
        "cmpli",
        Op::Cmpli,
        primary(10),
        vec![crf(Bf), uimm(L), ra.clone(), ui.clone()],
        Base,
        CMP_BIT9,
    );
    b.def_free("cmpwi", Op::Cmpi, primary(11), vec![opt(crf(Bf)), ra.clone(), si.clone()], Alias, CMP_BIT9);
    b.def_free("cmpi", Op::Cmpi, primary(11), vec![crf(Bf), uimm(L), ra.clone(), si.clone()], Base, CMP_BIT9);
    b.def(
        "subic",
        Op::Addic,
        primary(12),
        vec![rt.clone(), ra.clone(), ranged(xf(si.clone(), Xf::Neg), -0x7FFF, 0x8000)],
        AsmOnly,
    );
    b.def("addic", Op::Addic, primary(12), vec![rt.clone(), ra.clone(), si.clone()], Base);
    b.def(
        "subic.",
        Op::AddicRc,
        primary(13),
        vec![rt.clone(), ra.clone(), ranged(xf(si.clone(), Xf::Neg), -0x7FFF, 0x8000)],
        AsmOnly,
    );
    b.def("addic.", Op::AddicRc, primary(13), vec![rt.clone(), ra.clone(), si.clone()], Base);
    b.def("li", Op::Addi, primary(14), vec![rt.clone(), si.clone()], Alias);
    b.def("la", Op::Addi, primary(14), vec![rt.clone(), disp()], AsmOnly);
    b.def(
        "subi",
        Op::Addi,
        primary(14),
        vec![rt.clone(), ra0.clone(), ranged(xf(si.clone(), Xf::Neg), -0x7FFF, 0x8000)],
        AsmOnly,
    );
    b.def("addi", Op::Addi, primary(14), vec![rt.clone(), ra0.clone(), si.clone()], Base);
    // addis takes a signed or an unsigned 16-bit immediate (binutils SISIGNOPT).
    let si_or_ui = ranged(si.clone(), -0x8000, 0xFFFF);
    b.def("lis", Op::Addis, primary(15), vec![rt.clone(), si_or_ui.clone()], Alias);
    b.def(
        "subis",
        Op::Addis,
        primary(15),
        vec![rt.clone(), ra0.clone(), ranged(xf(si.clone(), Xf::Neg), -0xFFFF, 0x8000)],
        AsmOnly,
    );
    b.def("addis", Op::Addis, primary(15), vec![rt.clone(), ra0.clone(), si_or_ui], Base);

    // ---- Branches (Book-E 2.4) ----
    // Conditional-branch simplified mnemonics: BO 001zy (branch if false) / 011zy (if true).
    for (cond, bit, if_true) in CONDITIONS {
        let role = cond_role(cond);
        let bo = if if_true { 12 } else { 4 };
        b.lk_aa(&format!("b{cond}"), Op::Bc, primary(16) | Rt.put(bo), &[cr_of(bit)], Bd, role, HINT_ZY);
        // objdump tolerates a set z bit only in the displacement form.
        b.lk(&format!("b{cond}lr"), Op::Bclr, x(19, 16) | Rt.put(bo), &[cr_of(bit)], role, HINT_Y);
        b.lk(&format!("b{cond}ctr"), Op::Bcctr, x(19, 528) | Rt.put(bo), &[cr_of(bit)], role, HINT_Y);
    }
    // Branch if a CR bit (written as a number or `4*crN+eq`) is true / false: BO 011zy / 001zy.
    // gas accepts these; objdump prints the condition forms above.
    for (name, bo) in [("bt", 12), ("bf", 4)] {
        b.lk_aa(name, Op::Bc, primary(16) | Rt.put(bo), &[crb(Ra)], Bd, AsmOnly, HINT_ZY);
        b.lk(&format!("{name}lr"), Op::Bclr, x(19, 16) | Rt.put(bo), &[crb(Ra)], AsmOnly, HINT_Y);
        b.lk(&format!("{name}ctr"), Op::Bcctr, x(19, 528) | Rt.put(bo), &[crb(Ra)], AsmOnly, HINT_Y);
    }
    // CTR-decrementing forms: BO 1z00y (bdnz), 1z01y (bdz), 0000y/0001y/0100y/0101y (CR + CTR).
    for (name, bo) in [("bdnz", 16), ("bdz", 18)] {
        // objdump reads BO 1a00t here: the "a" bit (z on the e500) is ignored too.
        b.lk_aa(name, Op::Bc, primary(16) | Rt.put(bo), &[], Bd, Alias, HINT_Y | Rt.put(8));
        b.lk(&format!("{name}lr"), Op::Bclr, x(19, 16) | Rt.put(bo), &[], Alias, HINT_Y);
    }
    for (name, bo) in [("bdnzt", 8), ("bdnzf", 0), ("bdzt", 10), ("bdzf", 2)] {
        b.lk_aa(name, Op::Bc, primary(16) | Rt.put(bo), &[crb(Ra)], Bd, Alias, HINT_Y);
        b.lk(&format!("{name}lr"), Op::Bclr, x(19, 16) | Rt.put(bo), &[crb(Ra)], Alias, HINT_Y);
    }
    b.lk_aa("bc", Op::Bc, primary(16), &[uimm(Rt), crb(Ra)], Bd, Base, 0);
    for d in b.defs.iter_mut().filter(|d| d.role == Base && d.op == Op::Bc) {
        d.check = Check::Bo;
        d.hint = Hint::Raw;
    }
    b.def("sc", Op::Sc, primary(17) | 2, vec![opt(uimm(Lev))], Base);
    b.lk_aa("b", Op::B, primary(18), &[], Li, Base, 0);

    // ---- Opcode 19: CR logical, bclr/bcctr, rfi, isync ----
    b.def("mcrf", Op::Mcrf, x(19, 0), vec![crf(Bf), crf(Bfa)], Base);
    b.lk("blr", Op::Bclr, x(19, 16) | Rt.put(20), &[], Alias, 0);
    b.lk("bclr", Op::Bclr, x(19, 16), &[uimm(Rt), crb(Ra)], Base, 0);
    b.def("crnot", Op::Crnor, x(19, 33), vec![crb(Rt), with(crb(Ra), Rb, Xf::Id)], Alias);
    b.def("crnor", Op::Crnor, x(19, 33), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.def("rfmci", Op::Rfmci, x(19, 38), vec![], Base);
    b.def("rfi", Op::Rfi, x(19, 50), vec![], Base);
    b.def("rfci", Op::Rfci, x(19, 51), vec![], Base);
    b.def("crandc", Op::Crandc, x(19, 129), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.def("isync", Op::Isync, x(19, 150), vec![], Base);
    b.def("crclr", Op::Crxor, x(19, 193), vec![with(with(crb(Rt), Ra, Xf::Id), Rb, Xf::Id)], Alias);
    b.def("crxor", Op::Crxor, x(19, 193), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.def("crnand", Op::Crnand, x(19, 225), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.def("crand", Op::Crand, x(19, 257), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.def("crset", Op::Creqv, x(19, 289), vec![with(with(crb(Rt), Ra, Xf::Id), Rb, Xf::Id)], Alias);
    b.def("creqv", Op::Creqv, x(19, 289), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.def("crorc", Op::Crorc, x(19, 417), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.def("crmove", Op::Cror, x(19, 449), vec![crb(Rt), with(crb(Ra), Rb, Xf::Id)], Alias);
    b.def("cror", Op::Cror, x(19, 449), vec![crb(Rt), crb(Ra), crb(Rb)], Base);
    b.lk("bctr", Op::Bcctr, x(19, 528) | Rt.put(20), &[], Alias, 0);
    b.lk("bcctr", Op::Bcctr, x(19, 528), &[uimm(Rt), crb(Ra)], Base, 0);
    for d in b.defs.iter_mut().filter(|d| d.role == Base && matches!(d.op, Op::Bclr | Op::Bcctr)) {
        d.check = if d.op == Op::Bclr { Check::Bo } else { Check::BoCtr };
        d.hint = Hint::Raw;
    }

    // ---- Rotates (Book-E 3.3.12): simplified forms first, in objdump's preference ----
    let (sh, mb, me) = (uimm(Rb), uimm(Mb), uimm(Me));
    let n31 = |o: Operand| ranged(o, 0, 31);
    for (sfx, rc) in [("", 0), (".", 1)] {
        let op = primary(21) | Rc.put(rc);
        b.def(
            &format!("rotlwi{sfx}"),
            Op::Rlwinm,
            op | Me.put(31),
            vec![ra.clone(), rs.clone(), sh.clone()],
            Alias,
        );
        b.def(
            &format!("clrrwi{sfx}"),
            Op::Rlwinm,
            op,
            vec![ra.clone(), rs.clone(), n31(xf(uimm(Me), Xf::Comp31))],
            Alias,
        );
        b.def(
            &format!("slwi{sfx}"),
            Op::Rlwinm,
            op,
            vec![ra.clone(), rs.clone(), n31(with(uimm(Rb), Me, Xf::Comp31))],
            Alias,
        );
        b.def(
            &format!("srwi{sfx}"),
            Op::Rlwinm,
            op | Me.put(31),
            vec![ra.clone(), rs.clone(), n31(with(uimm(Mb), Rb, Xf::Sub32))],
            Alias,
        );
        b.def(
            &format!("clrlwi{sfx}"),
            Op::Rlwinm,
            op | Me.put(31),
            vec![ra.clone(), rs.clone(), mb.clone()],
            Alias,
        );
        b.def(
            &format!("rotrwi{sfx}"),
            Op::Rlwinm,
            op | Me.put(31),
            vec![ra.clone(), rs.clone(), n31(xf(uimm(Rb), Xf::Sub32))],
            AsmOnly,
        );
        b.def(
            &format!("extlwi{sfx}"),
            Op::Rlwinm,
            op,
            vec![ra.clone(), rs.clone(), ranged(xf(uimm(Me), Xf::Minus1), 1, 32), sh.clone()],
            AsmOnly,
        );
        // The 4-operand form with MB and ME written as one mask (gas's MBE operand).
        let mbe = with(xf(ranged(uimm(Mb), -(1 << 31), 0xFFFF_FFFF), Xf::MaskMb), Me, Xf::MaskMe);
        b.def(
            &format!("rlwinm{sfx}"),
            Op::Rlwinm,
            op,
            vec![ra.clone(), rs.clone(), sh.clone(), mbe.clone()],
            AsmOnly,
        );
        b.def(
            &format!("rlwinm{sfx}"),
            Op::Rlwinm,
            op,
            vec![ra.clone(), rs.clone(), sh.clone(), mb.clone(), me.clone()],
            Base,
        );
        let op = primary(20) | Rc.put(rc);
        b.def(
            &format!("rlwimi{sfx}"),
            Op::Rlwimi,
            op,
            vec![ra.clone(), rs.clone(), sh.clone(), mbe.clone()],
            AsmOnly,
        );
        b.def(
            &format!("rlwimi{sfx}"),
            Op::Rlwimi,
            op,
            vec![ra.clone(), rs.clone(), sh.clone(), mb.clone(), me.clone()],
            Base,
        );
        let op = primary(23) | Rc.put(rc);
        b.def(
            &format!("rotlw{sfx}"),
            Op::Rlwnm,
            op | Me.put(31),
            vec![ra.clone(), rs.clone(), rb.clone()],
            Alias,
        );
        b.def(
            &format!("rlwnm{sfx}"),
            Op::Rlwnm,
            op,
            vec![ra.clone(), rs.clone(), rb.clone(), mbe.clone()],
            AsmOnly,
        );
        b.def(
            &format!("rlwnm{sfx}"),
            Op::Rlwnm,
            op,
            vec![ra.clone(), rs.clone(), rb.clone(), mb.clone(), me.clone()],
            Base,
        );
    }

    // ---- D-form logical ----
    b.def("nop", Op::Ori, primary(24), vec![], Alias);
    b.def("ori", Op::Ori, primary(24), vec![ra.clone(), rs.clone(), ui.clone()], Base);
    b.def("oris", Op::Oris, primary(25), vec![ra.clone(), rs.clone(), ui.clone()], Base);
    b.def("xori", Op::Xori, primary(26), vec![ra.clone(), rs.clone(), ui.clone()], Base);
    b.def("xoris", Op::Xoris, primary(27), vec![ra.clone(), rs.clone(), ui.clone()], Base);
    b.def("andi.", Op::AndiRc, primary(28), vec![ra.clone(), rs.clone(), ui.clone()], Base);
    b.def("andis.", Op::AndisRc, primary(29), vec![ra.clone(), rs.clone(), ui.clone()], Base);

    // ---- D-form loads and stores ----
    for (name, op, p, check) in [
        ("lwz", Op::Lwz, 32, Check::None),
        ("lwzu", Op::Lwzu, 33, Check::LoadUpdate),
        ("lbz", Op::Lbz, 34, Check::None),
        ("lbzu", Op::Lbzu, 35, Check::LoadUpdate),
        ("stw", Op::Stw, 36, Check::None),
        ("stwu", Op::Stwu, 37, Check::StoreUpdate),
        ("stb", Op::Stb, 38, Check::None),
        ("stbu", Op::Stbu, 39, Check::StoreUpdate),
        ("lhz", Op::Lhz, 40, Check::None),
        ("lhzu", Op::Lhzu, 41, Check::LoadUpdate),
        ("lha", Op::Lha, 42, Check::None),
        ("lhau", Op::Lhau, 43, Check::LoadUpdate),
        ("sth", Op::Sth, 44, Check::None),
        ("sthu", Op::Sthu, 45, Check::StoreUpdate),
        ("lmw", Op::Lmw, 46, Check::Lmw),
        ("stmw", Op::Stmw, 47, Check::None),
    ] {
        b.def(name, op, primary(p), vec![rt.clone(), disp()], Base).check = check;
    }

    // ---- Opcode 31 ----
    let rt_ra_rb = [rt.clone(), ra.clone(), rb.clone()];
    let ra_rs_rb = [ra.clone(), rs.clone(), rb.clone()];
    let rt_ra0_rb = vec![rt.clone(), ra0.clone(), rb.clone()];
    let ra0_rb = vec![ra0.clone(), rb.clone()];
    b.def("cmpw", Op::Cmp, x(31, 0), vec![opt(crf(Bf)), ra.clone(), rb.clone()], Alias);
    b.def("cmp", Op::Cmp, x(31, 0), vec![crf(Bf), uimm(L), ra.clone(), rb.clone()], Base);
    b.def("trap", Op::Tw, x(31, 4) | Rt.put(31), vec![], Alias);
    for (cond, to, role) in TRAPS {
        b.def(
            &format!("tw{cond}"),
            Op::Tw,
            x(31, 4) | Rt.put(to.low_u32()),
            vec![ra.clone(), rb.clone()],
            role,
        );
    }
    b.def("tw", Op::Tw, x(31, 4), vec![uimm(Rt), ra.clone(), rb.clone()], Base);
    // The twi forms go after tw so that both tables stay together in objdump's order.
    for (cond, to, role) in TRAPS {
        b.def(
            &format!("tw{cond}i"),
            Op::Twi,
            primary(3) | Rt.put(to.low_u32()),
            vec![ra.clone(), si.clone()],
            role,
        );
    }
    b.def("twi", Op::Twi, primary(3), vec![uimm(Rt), ra.clone(), si.clone()], Base);
    b.oe_rc("subfc", Op::Subfc, x(31, 8), &rt_ra_rb, Base);
    b.oe_rc("subc", Op::Subfc, x(31, 8), &[rt.clone(), rb.clone(), ra.clone()], AsmOnly);
    b.oe_rc("addc", Op::Addc, x(31, 10), &rt_ra_rb, Base);
    b.rc("mulhwu", Op::Mulhwu, x(31, 11), &rt_ra_rb, Base);
    // isel (E500RM 3.3.1.6, A-form): objdump ignores bit 31, except in the simplified forms.
    let isel = primary(31) | Xo5.put(15);
    b.def("isellt", Op::Isel, isel, rt_ra0_rb.clone(), Alias);
    b.def("iselgt", Op::Isel, isel | Mb.put(1), rt_ra0_rb.clone(), Alias);
    b.def("iseleq", Op::Isel, isel | Mb.put(2), rt_ra0_rb.clone(), Alias);
    let ops = vec![rt.clone(), ra0.clone(), rb.clone(), crb(Mb)];
    b.def_free("isel", Op::Isel, isel, ops, Base, Rc.mask());
    b.def("mfcr", Op::Mfcr, x(31, 19), vec![rt.clone()], Base);
    b.def("lwarx", Op::Lwarx, x(31, 20), rt_ra0_rb.clone(), Base);
    b.def("lwzx", Op::Lwzx, x(31, 23), rt_ra0_rb.clone(), Base);
    b.rc("slw", Op::Slw, x(31, 24), &ra_rs_rb, Base);
    b.rc("cntlzw", Op::Cntlzw, x(31, 26), &[ra.clone(), rs.clone()], Base);
    b.rc("and", Op::And, x(31, 28), &ra_rs_rb, Base);
    b.def("cmplw", Op::Cmpl, x(31, 32), vec![opt(crf(Bf)), ra.clone(), rb.clone()], Alias);
    b.def("cmpl", Op::Cmpl, x(31, 32), vec![crf(Bf), uimm(L), ra.clone(), rb.clone()], Base);
    b.oe_rc("subf", Op::Subf, x(31, 40), &rt_ra_rb, Base);
    b.oe_rc("sub", Op::Subf, x(31, 40), &[rt.clone(), rb.clone(), ra.clone()], AsmOnly);
    b.def("dcbst", Op::Dcbst, x(31, 54), ra0_rb.clone(), Base);
    b.def("lwzux", Op::Lwzux, x(31, 55), rt_ra0_rb.clone(), Base).check = Check::LoadUpdate;
    b.rc("andc", Op::Andc, x(31, 60), &ra_rs_rb, Base);
    b.rc("mulhw", Op::Mulhw, x(31, 75), &rt_ra_rb, Base);
    b.def("mfmsr", Op::Mfmsr, x(31, 83), vec![rt.clone()], Base);
    b.def("dcbf", Op::Dcbf, x(31, 86), ra0_rb.clone(), Base);
    b.def("lbzx", Op::Lbzx, x(31, 87), rt_ra0_rb.clone(), Base);
    b.oe_rc("neg", Op::Neg, x(31, 104), &[rt.clone(), ra.clone()], Base);
    b.def("lbzux", Op::Lbzux, x(31, 119), rt_ra0_rb.clone(), Base).check = Check::LoadUpdate;
    b.rc("not", Op::Nor, x(31, 124), &[ra.clone(), with(rs.clone(), Rb, Xf::Id)], Alias);
    b.rc("nor", Op::Nor, x(31, 124), &ra_rs_rb, Base);
    b.def("wrtee", Op::Wrtee, x(31, 131), vec![rs.clone()], Base);
    b.oe_rc("subfe", Op::Subfe, x(31, 136), &rt_ra_rb, Base);
    b.oe_rc("adde", Op::Adde, x(31, 138), &rt_ra_rb, Base);
    b.def("mtcr", Op::Mtcrf, x(31, 144) | Fxm.put(0xFF), vec![rs.clone()], Alias);
    b.def("mtcrf", Op::Mtcrf, x(31, 144), vec![uimm(Fxm), rs.clone()], Base);
    b.def("mtmsr", Op::Mtmsr, x(31, 146), vec![rs.clone()], Base);
    b.def("stwcx.", Op::StwcxRc, x(31, 150) | 1, rt_ra0_rb.clone(), Base);
    b.def("stwx", Op::Stwx, x(31, 151), rt_ra0_rb.clone(), Base);
    b.def("wrteei", Op::Wrteei, x(31, 163), vec![uimm(E)], Base);
    b.def("stwux", Op::Stwux, x(31, 183), rt_ra0_rb.clone(), Base).check = Check::StoreUpdate;
    b.oe_rc("subfze", Op::Subfze, x(31, 200), &[rt.clone(), ra.clone()], Base);
    b.oe_rc("addze", Op::Addze, x(31, 202), &[rt.clone(), ra.clone()], Base);
    b.def("stbx", Op::Stbx, x(31, 215), rt_ra0_rb.clone(), Base);
    b.oe_rc("subfme", Op::Subfme, x(31, 232), &[rt.clone(), ra.clone()], Base);
    b.oe_rc("addme", Op::Addme, x(31, 234), &[rt.clone(), ra.clone()], Base);
    b.oe_rc("mullw", Op::Mullw, x(31, 235), &rt_ra_rb, Base);
    b.def("dcbtst", Op::Dcbtst, x(31, 246), ra0_rb.clone(), Base);
    b.def("stbux", Op::Stbux, x(31, 247), rt_ra0_rb.clone(), Base).check = Check::StoreUpdate;
    b.oe_rc("add", Op::Add, x(31, 266), &rt_ra_rb, Base);
    b.def("dcbt", Op::Dcbt, x(31, 278), ra0_rb.clone(), Base);
    b.def("lhzx", Op::Lhzx, x(31, 279), rt_ra0_rb.clone(), Base);
    b.rc("eqv", Op::Eqv, x(31, 284), &ra_rs_rb, Base);
    b.def("lhzux", Op::Lhzux, x(31, 311), rt_ra0_rb.clone(), Base).check = Check::LoadUpdate;
    b.rc("xor", Op::Xor, x(31, 316), &ra_rs_rb, Base);
    spr_moves(&mut b, &rt, &rs);
    b.def("lhax", Op::Lhax, x(31, 343), rt_ra0_rb.clone(), Base);
    b.def("lhaux", Op::Lhaux, x(31, 375), rt_ra0_rb.clone(), Base).check = Check::LoadUpdate;
    b.def("sthx", Op::Sthx, x(31, 407), rt_ra0_rb.clone(), Base);
    b.rc("orc", Op::Orc, x(31, 412), &ra_rs_rb, Base);
    b.def("sthux", Op::Sthux, x(31, 439), rt_ra0_rb.clone(), Base).check = Check::StoreUpdate;
    b.rc("mr", Op::Or, x(31, 444), &[ra.clone(), with(rs.clone(), Rb, Xf::Id)], Alias);
    b.rc("or", Op::Or, x(31, 444), &ra_rs_rb, Base);
    b.oe_rc("divwu", Op::Divwu, x(31, 459), &rt_ra_rb, Base);
    b.def("dcbi", Op::Dcbi, x(31, 470), ra0_rb.clone(), Base);
    b.rc("nand", Op::Nand, x(31, 476), &ra_rs_rb, Base);
    b.oe_rc("divw", Op::Divw, x(31, 491), &rt_ra_rb, Base);
    b.def("mcrxr", Op::Mcrxr, x(31, 512), vec![crf(Bf)], Base);
    b.def("lwbrx", Op::Lwbrx, x(31, 534), rt_ra0_rb.clone(), Base);
    b.rc("srw", Op::Srw, x(31, 536), &ra_rs_rb, Base);
    b.def("tlbsync", Op::Tlbsync, x(31, 566), vec![], Base);
    b.def("msync", Op::Msync, x(31, 598), vec![], Base);
    b.def("sync", Op::Msync, x(31, 598), vec![], AsmOnly);
    b.def("stwbrx", Op::Stwbrx, x(31, 662), rt_ra0_rb.clone(), Base);
    b.def("tlbivax", Op::Tlbivax, x(31, 786), ra0_rb.clone(), Base);
    b.def("lhbrx", Op::Lhbrx, x(31, 790), rt_ra0_rb.clone(), Base);
    b.rc("sraw", Op::Sraw, x(31, 792), &ra_rs_rb, Base);
    b.rc("srawi", Op::Srawi, x(31, 824), &[ra.clone(), rs.clone(), uimm(Rb)], Base);
    // mbar MO (E500RM 3.3.1.8): objdump ignores the RA and RB fields.
    b.def_free("mbar", Op::Mbar, x(31, 854), vec![opt(uimm(Rt))], Base, Ra.mask() | Rb.mask());
    b.def("eieio", Op::Mbar, x(31, 854) | Rt.put(1), vec![], AsmOnly);
    b.def("tlbsx", Op::Tlbsx, x(31, 914), ra0_rb.clone(), Base);
    b.def("sthbrx", Op::Sthbrx, x(31, 918), rt_ra0_rb.clone(), Base);
    b.rc("extsh", Op::Extsh, x(31, 922), &[ra.clone(), rs.clone()], Base);
    b.def("tlbre", Op::Tlbre, x(31, 946), vec![], Base);
    b.rc("extsb", Op::Extsb, x(31, 954), &[ra.clone(), rs.clone()], Base);
    b.def("tlbwe", Op::Tlbwe, x(31, 978), vec![], Base);
    b.def("icbi", Op::Icbi, x(31, 982), ra0_rb.clone(), Base);
    b.def("dcbz", Op::Dcbz, x(31, 1014), ra0_rb.clone(), Base);
    // Cache locking (E500RM 11.x): an optional cache target CT in the RT field, which objdump
    // omits when it is 0.
    let ct_ra0_rb = vec![opt(uimm(Rt)), ra0.clone(), rb.clone()];
    b.def("dcbtstls", Op::Dcbtstls, x(31, 134), ct_ra0_rb.clone(), Base);
    b.def("dcbtls", Op::Dcbtls, x(31, 166), ct_ra0_rb.clone(), Base);
    b.def("icblc", Op::Icblc, x(31, 230), ct_ra0_rb.clone(), Base);
    b.def("dcblc", Op::Dcblc, x(31, 390), ct_ra0_rb.clone(), Base);
    b.def("icbtls", Op::Icbtls, x(31, 486), ct_ra0_rb, Base);
    // tlbilx (e500mc, Power ISA 2.06): objdump spells T=0/1/3 as tlbilxlpid/tlbilxpid/tlbilxva.
    // Unlike objdump, the short forms are printed only when RA = RB = 0, so that they reassemble.
    b.def("tlbilxlpid", Op::Tlbilx, x(31, 18), vec![], Alias);
    b.def("tlbilxpid", Op::Tlbilx, x(31, 18) | T.put(1), vec![], Alias);
    b.def("tlbilxva", Op::Tlbilx, x(31, 18) | T.put(3), ra0_rb.clone(), Alias);
    b.def("tlbilx", Op::Tlbilx, x(31, 18), vec![uimm(T), ra0, rb.clone()], Base);
    // wait (e500mc, Power ISA 2.06 Book II): no operands; the e500v2 does not have it.
    b.def("wait", Op::Wait, x(31, 62), vec![], Base);
    let _ = DisasmOnly;
    b.defs
}

/// `mfspr`/`mtspr` and their named forms (SPR moves, E500RM 2.2 and `SPR_NAMES`).
fn spr_moves(b: &mut Builder, rt: &Operand, rs: &Operand) {
    use Role::{Alias, AsmOnly, Base, DisasmOnly};
    let mf = x(31, 339);
    let mt = x(31, 467);
    let spr_fixed = |n: u16| Spr.put(u32::from(n));
    let mut names: Vec<(u16, &str, bool, bool)> = SPR_NAMES.to_vec();
    names.sort_by_key(|(n, ..)| *n);
    for (n, name, has_mt, has_mf) in names {
        if has_mf {
            b.def(&format!("mf{name}"), Op::Mfspr, mf | spr_fixed(n), vec![rt.clone()], Alias);
        }
        if has_mt {
            b.def(&format!("mt{name}"), Op::Mtspr, mt | spr_fixed(n), vec![rs.clone()], Alias);
        }
        match n {
            // The user-readable SPRG4-7 aliases sit between USPRG0 and the SPRGs.
            256 => {
                let idx = ranged(operand(Kind::Uimm, vec![(Spr, Xf::Lin(256, 1))], 0, 0), 4, 7);
                b.def("mfsprg", Op::Mfspr, mf, vec![rt.clone(), idx], Alias);
                let idx = ranged(operand(Kind::Uimm, vec![(Spr, Xf::Lin(272, 1))], 0, 0), 0, 7);
                b.def("mtsprg", Op::Mtspr, mt, vec![idx.clone(), rs.clone()], Alias);
                b.def("mfsprg", Op::Mfspr, mf, vec![rt.clone(), ranged(idx, 0, 3)], Alias);
                let idx = ranged(operand(Kind::Uimm, vec![(Spr, Xf::Lin(272, 1))], 0, 0), 4, 7);
                b.def("mfsprg", Op::Mfspr, mf, vec![rt.clone(), idx], DisasmOnly);
            }
            // The 6xx BAT names binutils keeps in its e500 dialect (IVOR32-35 win for 528-531).
            531 => {
                for (bat, base) in [("ibatu", 528), ("ibatl", 529), ("dbatu", 536), ("dbatl", 537)] {
                    let idx = ranged(operand(Kind::Uimm, vec![(Spr, Xf::Lin(base, 2))], 0, 0), 0, 3);
                    b.def(&format!("mt{bat}"), Op::Mtspr, mt, vec![idx.clone(), rs.clone()], Alias);
                    b.def(&format!("mf{bat}"), Op::Mfspr, mf, vec![rt.clone(), idx], Alias);
                }
            }
            _ => {}
        }
    }
    for i in 0..8u16 {
        b.def(&format!("mtsprg{i}"), Op::Mtspr, mt | spr_fixed(272 + i), vec![rs.clone()], AsmOnly);
        let n = if i < 4 { 272 + i } else { 256 + i };
        b.def(&format!("mfsprg{i}"), Op::Mfspr, mf | spr_fixed(n), vec![rt.clone()], AsmOnly);
    }
    b.def("mftbl", Op::Mfspr, mf | spr_fixed(268), vec![rt.clone()], AsmOnly);
    // gas accepts only the two time-base numbers here ("invalid tbr number").
    b.def("mftb", Op::Mfspr, mf, vec![rt.clone(), ranged(uimm(Spr), 268, 269)], AsmOnly);
    b.def("mfspr", Op::Mfspr, mf, vec![rt.clone(), uimm(Spr)], Base);
    b.def("mtspr", Op::Mtspr, mt, vec![uimm(Spr), rs.clone()], Base);
}
