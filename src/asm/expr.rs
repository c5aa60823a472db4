//! Expressions: parsing with GNU as precedence, and evaluation.
//!
//! Precedence, highest first (GNU as `expr.c`, not C):
//! unary `- ~ ! +`; `* / % << >>`; `| & ^ !` (binary `!` is or-not); `+ -`;
//! `== != <> < <= > >=`; `&&`; `||`. All binary operators are left-associative. A true
//! comparison is -1 (all ones), false is 0; `&&` and `||` give 1 or 0. `>>` is a logical shift
//! of the 64-bit value. A trailing `@l`, `@h` or `@ha` applies to the whole expression before
//! it; `lo(x)`, `hi(x)`, `ha(x)` are accepted as an extension (GNU as rejects them).

use super::error::ErrorKind;
use super::lexer::{Tok, Token, describe};

/// The 16-bit parts of a value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// `@l`: low 16 bits.
    Lo,
    /// `@h`: high 16 bits.
    Hi,
    /// `@ha`: high 16 bits adjusted for a signed low half.
    Ha,
}

impl Part {
    /// Applies the part to a value, giving 0..=0xffff.
    pub fn apply(self, v: i64) -> i64 {
        match self {
            Part::Lo => v & 0xffff,
            Part::Hi => (v >> 16) & 0xffff,
            Part::Ha => (v.wrapping_add(0x8000) >> 16) & 0xffff,
        }
    }
}

/// Binary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Mul,
    Div,
    Rem,
    Shl,
    Shr,
    Or,
    And,
    Xor,
    OrNot,
    Add,
    Sub,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    LAnd,
    LOr,
}

impl BinOp {
    fn from_punct(p: &str) -> Option<(BinOp, u8)> {
        Some(match p {
            "*" => (BinOp::Mul, 9),
            "/" => (BinOp::Div, 9),
            "%" => (BinOp::Rem, 9),
            "<<" => (BinOp::Shl, 9),
            ">>" => (BinOp::Shr, 9),
            "|" => (BinOp::Or, 8),
            "&" => (BinOp::And, 8),
            "^" => (BinOp::Xor, 8),
            "!" => (BinOp::OrNot, 8),
            "+" => (BinOp::Add, 7),
            "-" => (BinOp::Sub, 7),
            "==" => (BinOp::Eq, 4),
            "!=" | "<>" => (BinOp::Ne, 4),
            "<" => (BinOp::Lt, 4),
            "<=" => (BinOp::Le, 4),
            ">" => (BinOp::Gt, 4),
            ">=" => (BinOp::Ge, 4),
            "&&" => (BinOp::LAnd, 3),
            "||" => (BinOp::LOr, 2),
            _ => return None,
        })
    }
}

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Not,
    LNot,
}

/// A parsed expression. Positions are byte offsets into the statement text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A constant.
    Num(i64),
    /// A symbol (or register name). `version` pins the `.set` definition current when the
    /// expression was read; `None` means the final definition.
    Sym {
        /// The name (mangled for numeric local labels).
        name: String,
        /// Definition index at parse time.
        version: Option<u32>,
        /// Where it was written.
        at: usize,
    },
    /// A location: section index and offset (what `.` meant where it was written).
    Loc {
        /// Section index.
        sec: usize,
        /// Offset in the section.
        off: u64,
    },
    /// A unary operation.
    Un(UnOp, Box<Expr>),
    /// A binary operation; `at` is the operator's position.
    Bin(BinOp, Box<Expr>, Box<Expr>, usize),
    /// `@l`/`@h`/`@ha` or `lo()`/`hi()`/`ha()`.
    Part(Part, Box<Expr>),
}

/// A value during evaluation: absolute, or an offset in a section not yet placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Val {
    /// A number.
    Abs(i64),
    /// Section index and offset (before layout).
    Rel(usize, i64),
}

/// An evaluation failure at a byte offset of the statement.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EvalError {
    /// Byte offset.
    pub at: usize,
    /// What failed.
    pub kind: ErrorKind,
}

/// What evaluation needs from the assembler.
pub trait EvalCtx {
    /// The value of a symbol; `at` is where the reference was written.
    fn symbol(&self, name: &str, version: Option<u32>, at: usize) -> Result<Val, EvalError>;
    /// A section's final address, or `None` before layout.
    fn section_base(&self, sec: usize) -> Option<u64>;
}

/// What parsing needs from the assembler.
pub trait ParseCtx {
    /// The current definition index of a symbol, to pin `.set` redefinitions.
    fn version(&self, name: &str) -> Option<u32>;
    /// The mangled name of `Nb` / `Nf`; `None` for `Nb` with no earlier `N:`.
    fn local_label(&self, n: u64, forward: bool) -> Option<String>;
    /// Section index and offset of `.`.
    fn dot(&self) -> (usize, u64);
}

/// A parse failure.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Byte offset.
    pub at: usize,
    /// What went wrong.
    pub kind: ErrorKind,
}

/// A cursor over the tokens of a statement.
pub struct Cursor<'a> {
    /// The tokens.
    pub toks: &'a [Token],
    /// Index of the next token.
    pub pos: usize,
    /// Length of the statement text (offset of "end of line").
    pub end: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the first token.
    pub fn new(toks: &'a [Token], end: usize) -> Self {
        Cursor { toks, pos: 0, end }
    }

    /// The next token.
    pub fn peek(&self) -> Option<&'a Token> {
        self.toks.get(self.pos)
    }

    /// Whether the next token is the punctuation `p`.
    pub fn is(&self, p: &str) -> bool {
        matches!(self.peek(), Some(Token { tok: Tok::Punct(q), .. }) if *q == p)
    }

    /// Consumes `p` if it is next.
    pub fn eat(&mut self, p: &str) -> bool {
        let yes = self.is(p);
        if yes {
            self.pos += 1;
        }
        yes
    }

    /// Byte offset of the next token (or the end).
    pub fn here(&self) -> usize {
        self.peek().map_or(self.end, |t| t.start)
    }

    /// Whether all tokens are consumed.
    pub fn done(&self) -> bool {
        self.pos >= self.toks.len()
    }

    /// An "expected X, found (the next token)" error.
    pub fn expected(&self, what: &str) -> ParseError {
        ParseError {
            at: self.here(),
            kind: ErrorKind::Syntax { expected: what.into(), found: describe(self.peek()) },
        }
    }

    /// Requires punctuation `p`.
    pub fn expect(&mut self, p: &str) -> Result<(), ParseError> {
        if self.eat(p) { Ok(()) } else { Err(self.expected(&format!("`{p}`"))) }
    }

    /// Requires the end of the statement.
    pub fn expect_end(&self) -> Result<(), ParseError> {
        if self.done() { Ok(()) } else { Err(self.expected("end of statement")) }
    }
}

/// Parses an expression (stopping at a token that cannot continue it).
pub fn parse_expr(c: &mut Cursor, ctx: &dyn ParseCtx) -> Result<Expr, ParseError> {
    parse_bin(c, ctx, 0, 0)
}

const MAX_DEPTH: usize = 200;

fn parse_bin(c: &mut Cursor, ctx: &dyn ParseCtx, min_rank: u8, depth: usize) -> Result<Expr, ParseError> {
    let mut lhs = parse_unary(c, ctx, depth)?;
    // Each operator folded into `lhs` deepens the tree by one; evaluation refuses more than
    // 2 * MAX_DEPTH levels anyway, and a tree a million deep would overflow the stack when dropped.
    let mut chain = depth;
    loop {
        chain += 1;
        if chain > 2 * MAX_DEPTH {
            return Err(ParseError {
                at: c.here(),
                kind: ErrorKind::Message("expression nested too deeply".into()),
            });
        }
        if min_rank == 0 && c.is("@") {
            lhs = parse_suffix(c, lhs)?;
            continue;
        }
        let Some(Token { tok: Tok::Punct(p), start, .. }) = c.peek() else {
            return Ok(lhs);
        };
        let Some((op, rank)) = BinOp::from_punct(p) else {
            return Ok(lhs);
        };
        if rank <= min_rank {
            return Ok(lhs);
        }
        c.pos += 1;
        let rhs = parse_bin(c, ctx, rank, depth + 1)?;
        lhs = Expr::Bin(op, Box::new(lhs), Box::new(rhs), *start);
    }
}

fn parse_suffix(c: &mut Cursor, e: Expr) -> Result<Expr, ParseError> {
    c.pos += 1; // '@'
    let part = match c.peek() {
        Some(Token { tok: Tok::Ident(s), .. }) => match s.to_ascii_lowercase().as_str() {
            "l" => Part::Lo,
            "h" => Part::Hi,
            "ha" => Part::Ha,
            _ => {
                return Err(ParseError {
                    at: c.here(),
                    kind: ErrorKind::Syntax {
                        expected: "`l`, `h` or `ha` after `@`".into(),
                        found: format!("`{s}` (relocation suffixes are not supported)"),
                    },
                });
            }
        },
        _ => return Err(c.expected("`l`, `h` or `ha` after `@`")),
    };
    c.pos += 1;
    Ok(Expr::Part(part, Box::new(e)))
}

fn parse_unary(c: &mut Cursor, ctx: &dyn ParseCtx, depth: usize) -> Result<Expr, ParseError> {
    if depth > MAX_DEPTH {
        return Err(ParseError {
            at: c.here(),
            kind: ErrorKind::Message("expression nested too deeply".into()),
        });
    }
    let op = match c.peek() {
        Some(Token { tok: Tok::Punct("-"), .. }) => Some(UnOp::Neg),
        Some(Token { tok: Tok::Punct("~"), .. }) => Some(UnOp::Not),
        Some(Token { tok: Tok::Punct("!"), .. }) => Some(UnOp::LNot),
        Some(Token { tok: Tok::Punct("+"), .. }) => {
            c.pos += 1;
            return parse_unary(c, ctx, depth + 1);
        }
        _ => None,
    };
    if let Some(op) = op {
        c.pos += 1;
        let e = parse_unary(c, ctx, depth + 1)?;
        return Ok(Expr::Un(op, Box::new(e)));
    }
    parse_primary(c, ctx, depth)
}

fn parse_primary(c: &mut Cursor, ctx: &dyn ParseCtx, depth: usize) -> Result<Expr, ParseError> {
    let Some(t) = c.peek() else {
        return Err(c.expected("an expression"));
    };
    match &t.tok {
        Tok::Num(n) => {
            c.pos += 1;
            Ok(Expr::Num(*n))
        }
        Tok::Punct("(") => {
            c.pos += 1;
            let e = parse_bin(c, ctx, 0, depth + 1)?;
            c.expect(")")?;
            Ok(e)
        }
        Tok::Punct("%") => {
            // `%r3`: a register name written with GNU as's optional `%`.
            c.pos += 1;
            match c.peek() {
                Some(Token { tok: Tok::Ident(name), start, .. }) if *start == t.end => {
                    if let Some(v) = super::regs::register(name) {
                        c.pos += 1;
                        Ok(Expr::Num(v))
                    } else {
                        Err(ParseError {
                            at: t.start,
                            kind: ErrorKind::Syntax {
                                expected: "a register name after `%`".into(),
                                found: format!("`%{name}`"),
                            },
                        })
                    }
                }
                _ => Err(c.expected("a register name after `%`")),
            }
        }
        Tok::LocalRef { n, forward } => {
            c.pos += 1;
            match ctx.local_label(*n, *forward) {
                Some(name) => Ok(Expr::Sym { name, version: None, at: t.start }),
                None => Err(ParseError {
                    at: t.start,
                    kind: ErrorKind::UndefinedSymbol(format!("{n}b (no earlier `{n}:` label)")),
                }),
            }
        }
        Tok::Ident(name) => {
            c.pos += 1;
            if name == "." {
                let (sec, off) = ctx.dot();
                return Ok(Expr::Loc { sec, off });
            }
            let lower = name.to_ascii_lowercase();
            let func = match lower.as_str() {
                "lo" => Some(Part::Lo),
                "hi" => Some(Part::Hi),
                "ha" => Some(Part::Ha),
                _ => None,
            };
            if let Some(part) = func
                && c.is("(")
                && c.peek().is_some_and(|p| p.start == t.end)
            {
                c.pos += 1;
                let e = parse_bin(c, ctx, 0, depth + 1)?;
                c.expect(")")?;
                return Ok(Expr::Part(part, Box::new(e)));
            }
            Ok(Expr::Sym { name: name.clone(), version: ctx.version(name), at: t.start })
        }
        _ => Err(c.expected("an expression")),
    }
}

fn not_abs(at: usize) -> EvalError {
    EvalError { at, kind: ErrorKind::NotAbsolute { what: "this expression".into() } }
}

/// Evaluates an expression.
pub fn eval(e: &Expr, ctx: &dyn EvalCtx) -> Result<Val, EvalError> {
    eval_depth(e, ctx, 0)
}

fn eval_depth(e: &Expr, ctx: &dyn EvalCtx, depth: usize) -> Result<Val, EvalError> {
    if depth > MAX_DEPTH * 2 {
        return Err(EvalError { at: 0, kind: ErrorKind::Message("expression nested too deeply".into()) });
    }
    match e {
        Expr::Num(n) => Ok(Val::Abs(*n)),
        Expr::Sym { name, version, at } => ctx.symbol(name, *version, *at),
        Expr::Loc { sec, off } => Ok(match ctx.section_base(*sec) {
            Some(b) => Val::Abs(b.wrapping_add(*off).cast_signed()),
            None => Val::Rel(*sec, (*off).cast_signed()),
        }),
        Expr::Un(op, x) => {
            let v = eval_depth(x, ctx, depth + 1)?;
            let Val::Abs(v) = v else {
                return Err(not_abs(first_pos(x)));
            };
            Ok(Val::Abs(match op {
                UnOp::Neg => v.wrapping_neg(),
                UnOp::Not => !v,
                UnOp::LNot => i64::from(v == 0),
            }))
        }
        Expr::Part(p, x) => match eval_depth(x, ctx, depth + 1)? {
            Val::Abs(v) => Ok(Val::Abs(p.apply(v))),
            Val::Rel(..) => Err(not_abs(first_pos(x))),
        },
        Expr::Bin(op, a, b, at) => {
            let l = eval_depth(a, ctx, depth + 1)?;
            let r = eval_depth(b, ctx, depth + 1)?;
            binary(*op, l, r, *at)
        }
    }
}

/// The first source position in an expression (for error carets).
pub fn first_pos(e: &Expr) -> usize {
    match e {
        Expr::Sym { at, .. } => *at,
        Expr::Bin(_, a, _, at) => first_pos(a).min(*at),
        Expr::Un(_, x) | Expr::Part(_, x) => first_pos(x),
        Expr::Num(_) | Expr::Loc { .. } => usize::MAX,
    }
}

fn binary(op: BinOp, l: Val, r: Val, at: usize) -> Result<Val, EvalError> {
    use BinOp::*;
    let (a, b) = match (l, r) {
        (Val::Abs(a), Val::Abs(b)) => (a, b),
        (Val::Rel(s, a), Val::Abs(b)) if op == Add || op == Sub => {
            return Ok(Val::Rel(s, if op == Add { a.wrapping_add(b) } else { a.wrapping_sub(b) }));
        }
        (Val::Abs(a), Val::Rel(s, b)) if op == Add => return Ok(Val::Rel(s, a.wrapping_add(b))),
        // Same-section offsets: their difference and comparisons are absolute.
        (Val::Rel(s, a), Val::Rel(t, b)) if s == t && !matches!(op, Add) => (a, b),
        _ => return Err(not_abs(at)),
    };
    let cmp = |c: bool| if c { -1 } else { 0 };
    Ok(Val::Abs(match op {
        Mul => a.wrapping_mul(b),
        Div | Rem if b == 0 => return Err(EvalError { at, kind: ErrorKind::DivisionByZero }),
        Div => a.wrapping_div(b),
        Rem => a.wrapping_rem(b),
        Shl => {
            if (0..64).contains(&b) {
                a << b
            } else {
                0
            }
        }
        Shr => {
            if (0..64).contains(&b) {
                (a.cast_unsigned() >> b).cast_signed()
            } else {
                0
            }
        }
        Or => a | b,
        And => a & b,
        Xor => a ^ b,
        OrNot => a | !b,
        Add => a.wrapping_add(b),
        Sub => a.wrapping_sub(b),
        Eq => cmp(a == b),
        Ne => cmp(a != b),
        Lt => cmp(a < b),
        Le => cmp(a <= b),
        Gt => cmp(a > b),
        Ge => cmp(a >= b),
        LAnd => i64::from(a != 0 && b != 0),
        LOr => i64::from(a != 0 || b != 0),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::asm::lexer::tokenize;

    struct Ctx;
    impl ParseCtx for Ctx {
        fn version(&self, _: &str) -> Option<u32> {
            None
        }
        fn local_label(&self, n: u64, f: bool) -> Option<String> {
            Some(format!("{n}{f}"))
        }
        fn dot(&self) -> (usize, u64) {
            (0, 0x10)
        }
    }
    impl EvalCtx for Ctx {
        fn symbol(&self, name: &str, _: Option<u32>, at: usize) -> Result<Val, EvalError> {
            match name {
                "x" => Ok(Val::Abs(0x12348000)),
                "lab" => Ok(Val::Rel(0, 0x40)),
                _ => match crate::asm::regs::register(name) {
                    Some(v) => Ok(Val::Abs(v)),
                    None => Err(EvalError { at, kind: ErrorKind::UndefinedSymbol(name.into()) }),
                },
            }
        }
        fn section_base(&self, _: usize) -> Option<u64> {
            None
        }
    }

    fn ev(s: &str) -> Result<Val, EvalError> {
        let toks = tokenize(s).unwrap();
        let mut c = Cursor::new(&toks, s.len());
        let e = parse_expr(&mut c, &Ctx).map_err(|e| EvalError { at: e.at, kind: e.kind })?;
        assert!(c.done(), "leftover tokens in {s}");
        eval(&e, &Ctx)
    }

    fn n(s: &str) -> i64 {
        match ev(s).unwrap() {
            Val::Abs(v) => v,
            v => panic!("{s}: {v:?}"),
        }
    }

    #[test]
    fn gnu_precedence() {
        // Values checked against powerpc-linux-gnu-as (see tests/data/expr.s).
        assert_eq!(n("1 + 2 * 3"), 7);
        assert_eq!(n("8 - 1 | 2"), 5);
        assert_eq!(n("3 & 5 + 1"), 2);
        assert_eq!(n("1 << 2 * 2"), 8);
        assert_eq!(n("1 + 2 == 3"), -1);
        assert_eq!(n("1 < 2 && 3 > 2"), 1);
        assert_eq!(n("0 || 3"), 1);
        assert_eq!(n("1 != 1"), 0);
        assert_eq!(n("1 <> 2"), -1);
        assert_eq!(n("2 ! 1"), -2);
        assert_eq!(n("!0 + !5"), 1);
        assert_eq!(n("5 - 3 - 1"), 1);
        assert_eq!(n("100 / 10 / 5"), 2);
        assert_eq!(n("-7 / 2"), -3);
        assert_eq!(n("-7 % 2"), -1);
        assert_eq!(n("-1 >> 28"), 0xf_ffff_ffff);
        assert_eq!(n("~0 >> 1"), i64::MAX);
        assert_eq!(n("-(3)"), -3);
    }

    #[test]
    fn halves() {
        assert_eq!(n("x@h"), 0x1234);
        assert_eq!(n("x@ha"), 0x1235);
        assert_eq!(n("x@l"), 0x8000);
        assert_eq!(n("(-1)@h"), 0xffff);
        assert_eq!(n("(-1)@ha"), 0);
        assert_eq!(n("-1@l"), 0xffff);
        assert_eq!(n("x+0x8000@ha"), 0x1235);
        assert_eq!(n("x@l+1"), 0x8001);
        assert_eq!(n("ha(x) + lo(x)"), 0x1235 + 0x8000);
        assert_eq!(n("hi(0x7fff8000)"), 0x7fff);
        assert_eq!(n("ha(0x7fff8000)"), 0x8000);
    }

    #[test]
    fn registers_and_sections() {
        assert_eq!(n("4*cr1+eq"), 6);
        assert_eq!(n("%r31 + sp + rtoc"), 34);
        assert_eq!(ev("lab + 4").unwrap(), Val::Rel(0, 0x44));
        assert_eq!(n("lab - ."), 0x30);
        assert!(matches!(ev("lab * 2").unwrap_err().kind, ErrorKind::NotAbsolute { .. }));
        assert_eq!(ev("1 / 0").unwrap_err().kind, ErrorKind::DivisionByZero);
        assert_eq!(
            ev("2 + nosuch").unwrap_err(),
            EvalError { at: 4, kind: ErrorKind::UndefinedSymbol("nosuch".into()) }
        );
        assert!(ev("1 +").is_err());
        assert!(ev("(1").is_err());
        assert!(ev("x@got").is_err());
    }
}
