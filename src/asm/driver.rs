//! Pass 1: reads lines (files, macro expansions, repetitions), keeps `.if` state, defines
//! symbols and records each section's contents with fixed sizes. Expressions that need final
//! addresses are kept for pass 2 ([`super::layout`]).

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use super::error::{AsmError, Diags, ErrorKind, Loc, Severity};
use super::expr::{self, Cursor, EvalError, Expr, ParseError, Val};
use super::lexer::{Token, is_ident_char, is_ident_start, tokenize};
use super::macros::Macro;
use super::source::{SrcLine, statements};
use super::{MAX_SECTION_SIZE, Options};

/// An instruction operand as written.
#[derive(Clone, Debug)]
pub enum Operand {
    /// `expr`
    Value(Expr),
    /// `disp(base)`
    Indexed(Expr, Expr),
}

/// Something placed in a section during pass 1.
#[derive(Clone, Debug)]
pub enum Item {
    /// Fixed bytes.
    Bytes { off: u64, data: Vec<u8> },
    /// `len` bytes repeating `pattern` (padding, `.space`, `.fill`).
    Fill { off: u64, len: u64, pattern: Vec<u8> },
    /// A `size`-byte big-endian value computed in pass 2.
    Data { off: u64, size: u8, expr: Expr, at: usize, loc: Rc<Loc> },
    /// An instruction whose operands were all known in pass 1 and whose encoding does not depend
    /// on its address: encoded then (most instructions; keeps memory proportional to the source).
    Word { off: u64, word: u32 },
    /// A 4-byte PC-relative pointer to offset `target` of section `sec` (`.eh_frame`'s FDE start).
    PcRel32 { off: u64, sec: usize, target: u64 },
    /// An instruction encoded in pass 2.
    Insn {
        off: u64,
        mnemonic: String,
        mn_at: usize,
        operands: Vec<(Operand, usize)>,
        loc: Rc<Loc>,
        dialect: crate::isa::Dialect,
    },
}

/// A section as pass 1 builds it.
#[derive(Clone, Debug)]
pub struct Sec {
    /// Name, e.g. `.text`.
    pub name: String,
    /// Holds code (`x` flag or a `.text` name): alignment pads with `nop`s.
    pub code: bool,
    /// Writable.
    pub write: bool,
    /// Occupies memory (`a` flag).
    pub alloc: bool,
    /// No file contents (`.bss`).
    pub nobits: bool,
    /// Current size.
    pub size: u64,
    /// Largest alignment requested, as a power of two.
    pub align_p2: u32,
    /// Contains at least one instruction (forces 4-byte alignment as GNU as does).
    pub has_insn: bool,
    /// The contents.
    pub items: Vec<Item>,
    /// Where `.lcomm` and `.comm` allocate: `.bss` space placed after the `.bss` section's own
    /// contents (gas's subsection 1 of `.bss`), and after every `.bss*` section (`ld`'s COMMON).
    pub bss_part: BssPart,
}

/// Which part of the output `.bss` a section is (see [`Sec::bss_part`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BssPart {
    /// An ordinary section.
    None,
    /// `.lcomm` space.
    Lcomm,
    /// `.comm` space.
    Common,
}

/// What a symbol definition holds.
#[derive(Clone, Debug)]
pub enum SymValue {
    /// Known in pass 1 (a label, or an equate of known value).
    Val(Val),
    /// An equate with forward references, evaluated when needed.
    Deferred(Expr, Rc<Loc>),
}

/// How a symbol was defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DefKind {
    /// `name:`
    Label,
    /// `.set`, `.equ`, `=` (may be redefined).
    Set,
    /// `.equiv` (may not).
    Equiv,
}

/// One definition of a symbol.
#[derive(Clone, Debug)]
pub struct SymDef {
    pub value: SymValue,
    pub kind: DefKind,
    pub loc: Rc<Loc>,
}

/// A symbol and its attributes.
#[derive(Clone, Debug, Default)]
pub struct Symbol {
    pub defs: Vec<SymDef>,
    pub global: bool,
    pub func: Option<bool>,
    pub size: Option<(Expr, Rc<Loc>, usize)>,
}

/// One entry of `.if` nesting.
#[derive(Clone, Debug)]
pub struct Cond {
    /// Whether the enclosing code is assembled.
    pub parent_active: bool,
    /// Whether the current branch is assembled.
    pub active: bool,
    /// Whether some branch was taken already.
    pub taken: bool,
    /// `.else` seen.
    pub in_else: bool,
    /// Where the `.if` was.
    pub loc: Rc<Loc>,
}

/// Kind of a line source.
#[derive(Clone, Debug)]
pub enum FrameKind {
    /// A file; `dir` resolves its `.include`s, `canon` detects recursion.
    File { dir: PathBuf, canon: Option<PathBuf> },
    /// A macro expansion.
    Macro,
    /// A `.rept`/`.irp` expansion.
    Rept,
}

/// A source of lines.
#[derive(Clone, Debug)]
pub struct Frame {
    pub kind: FrameKind,
    pub lines: Rc<[SrcLine]>,
    pub next: usize,
    /// Further repetitions after this one (`.rept`).
    pub repeat: u64,
    /// `.if` depth when the frame started.
    pub cond_depth: usize,
}

/// A block being collected (`.macro` … `.endm`, `.rept` … `.endr`).
#[derive(Clone, Debug)]
pub struct Collect {
    pub kind: CollectKind,
    pub depth: usize,
    pub body: Vec<SrcLine>,
    pub loc: Rc<Loc>,
}

/// What is being collected.
#[derive(Clone, Debug)]
pub enum CollectKind {
    Macro(Macro),
    Rept(u64),
    /// `.irp`/`.irpc`: parameter name and its successive values.
    Irp(String, Vec<String>),
}

/// One listing line: its source and the bytes it produced (section, offset range).
#[derive(Clone, Debug)]
pub struct ListEntry {
    pub loc: Rc<Loc>,
    pub sec: usize,
    pub start: u64,
    pub end: u64,
}

/// The assembler state.
pub struct Asm {
    pub opts: Options,
    pub diags: Diags,
    pub frames: Vec<Frame>,
    pub conds: Vec<Cond>,
    pub collecting: Option<Collect>,
    pub macros: HashMap<String, Rc<Macro>>,
    pub macro_count: usize,
    pub syms: HashMap<String, Symbol>,
    pub locals: HashMap<u64, u32>,
    pub secs: Vec<Sec>,
    pub cur: usize,
    pub prev: usize,
    pub sec_stack: Vec<(usize, usize)>,
    pub listing: Vec<ListEntry>,
    pub ended: bool,
    /// Section addresses, once laid out.
    pub bases: Option<Vec<u64>>,
    /// Equates being evaluated (cycle detection).
    pub evaluating: RefCell<Vec<String>>,
    pub lines_done: u64,
    /// The instruction set in force (`--cpu`, then `.machine`), and `.machine push`'s stack.
    pub dialect: crate::isa::Dialect,
    pub dialect_stack: Vec<crate::isa::Dialect>,
    /// The function between `.cfi_startproc` and `.cfi_endproc`, and those finished.
    pub cfi: Option<super::cfi::Fde>,
    pub fdes: Vec<super::cfi::Fde>,
}

/// Frames deeper than this are refused (runaway recursion).
pub const MAX_FRAMES: usize = 100;
/// Lines made by expansion (macros, `.rept`, `.irp`) before giving up; a file's own lines do not
/// count.
pub const MAX_LINES: u64 = 1_000_000;

impl Asm {
    /// A fresh assembler with the standard sections.
    pub fn new(opts: Options) -> Self {
        let opts_dialect = opts.dialect;
        let mut a = Asm {
            opts,
            diags: Diags::default(),
            frames: Vec::new(),
            conds: Vec::new(),
            collecting: None,
            macros: HashMap::new(),
            macro_count: 0,
            syms: HashMap::new(),
            locals: HashMap::new(),
            secs: Vec::new(),
            cur: 0,
            prev: 0,
            sec_stack: Vec::new(),
            listing: Vec::new(),
            ended: false,
            bases: None,
            evaluating: RefCell::new(Vec::new()),
            lines_done: 0,
            dialect: opts_dialect,
            dialect_stack: Vec::new(),
            cfi: None,
            fdes: Vec::new(),
        };
        // GNU as always creates these three first, in this order.
        for name in [".text", ".data", ".bss"] {
            a.section_index(name, None);
        }
        let defsyms = a.opts.defsyms.clone();
        let loc = Rc::new(Loc { file: "<command line>".into(), line: 0, text: "".into(), note: None });
        for (name, value) in defsyms {
            a.syms.entry(name).or_default().defs.push(SymDef {
                value: SymValue::Val(Val::Abs(value)),
                kind: DefKind::Set,
                loc: loc.clone(),
            });
        }
        a
    }

    /// Records an error at byte `at` of `loc`'s line.
    pub fn err(&mut self, loc: &Loc, at: usize, kind: ErrorKind) {
        self.diags.push(loc.error(at, kind));
    }

    /// Records a warning.
    pub fn warn(&mut self, loc: &Loc, at: usize, kind: ErrorKind) {
        self.diags.push(loc.diag(Severity::Warning, at, kind));
    }

    /// Records a ready-made diagnostic.
    pub fn push(&mut self, e: AsmError) {
        self.diags.push(e);
    }

    /// Finds or creates a section; `flags` is the `.section` flag string if given.
    pub fn section_index(&mut self, name: &str, flags: Option<&str>) -> usize {
        if let Some(i) = self.secs.iter().position(|s| s.name == name && s.bss_part == BssPart::None) {
            return i;
        }
        let by_name = |p: &str| name == p || name.starts_with(&format!("{p}."));
        let (mut code, mut write, mut alloc, mut nobits) = if by_name(".text") {
            (true, false, true, false)
        } else if by_name(".rodata") {
            (false, false, true, false)
        } else if by_name(".bss") || by_name(".sbss") {
            (false, true, true, true)
        } else if by_name(".note") || by_name(".comment") || name.starts_with(".debug") {
            (false, false, false, false)
        } else {
            (false, true, true, false)
        };
        if let Some(f) = flags {
            code = f.contains('x');
            write = f.contains('w');
            alloc = f.contains('a');
            nobits = nobits && alloc;
        }
        self.secs.push(Sec {
            name: name.to_string(),
            code,
            write,
            alloc,
            nobits,
            size: 0,
            align_p2: 0,
            has_insn: false,
            items: Vec::new(),
            bss_part: BssPart::None,
        });
        self.secs.len() - 1
    }

    /// The `.bss` space `.lcomm` (or `.comm`) allocates from, created on first use.
    pub fn bss_part(&mut self, part: BssPart) -> usize {
        if let Some(i) = self.secs.iter().position(|s| s.bss_part == part) {
            return i;
        }
        let bss = self.section_index(".bss", None);
        let mut sec = self.secs[bss].clone();
        sec.size = 0;
        sec.align_p2 = 0;
        sec.items = Vec::new();
        sec.has_insn = false;
        sec.bss_part = part;
        self.secs.push(sec);
        self.secs.len() - 1
    }

    /// Switches to section `idx`.
    pub fn switch(&mut self, idx: usize) {
        if idx != self.cur {
            self.prev = self.cur;
            self.cur = idx;
        }
    }

    /// Grows the current section by `len`, checking the size limit. Returns the old offset.
    pub fn grow(&mut self, loc: &Loc, at: usize, len: u64) -> Option<u64> {
        let sec = &mut self.secs[self.cur];
        let off = sec.size;
        match off.checked_add(len) {
            Some(end) if end <= MAX_SECTION_SIZE => {
                sec.size = end;
                Some(off)
            }
            _ => {
                let name = sec.name.clone();
                self.err(loc, at, ErrorKind::TooLarge(name));
                None
            }
        }
    }

    /// Appends fixed bytes to the current section.
    pub fn emit_bytes(&mut self, loc: &Loc, at: usize, data: Vec<u8>) {
        if let Some(off) = self.grow(loc, at, data.len() as u64) {
            self.secs[self.cur].items.push(Item::Bytes { off, data });
        }
    }

    /// Appends `len` bytes of a repeated pattern.
    pub fn emit_fill(&mut self, loc: &Loc, at: usize, len: u64, pattern: Vec<u8>) {
        if len == 0 {
            return;
        }
        if let Some(off) = self.grow(loc, at, len) {
            self.secs[self.cur].items.push(Item::Fill { off, len, pattern });
        }
    }

    /// Whether every enclosing `.if` is true.
    pub fn active(&self) -> bool {
        self.conds.last().is_none_or(|c| c.active)
    }

    /// Runs pass 1 over the frames already pushed.
    pub fn run(&mut self) {
        while let Some(line) = self.next_line() {
            // Only lines made by expansion count: a file's own lines are bounded by its size.
            if self.frames.last().is_some_and(|f| !matches!(f.kind, FrameKind::File { .. })) {
                self.lines_done += 1;
            }
            let max = self.opts.max_lines;
            if self.lines_done > max {
                let loc = line.loc.clone();
                self.err(
                    &loc,
                    0,
                    ErrorKind::Message(format!(
                        "more than {max} lines made by macro, `.rept` and `.irp` expansion \
                         (a runaway repetition or recursive macro?)"
                    )),
                );
                break;
            }
            self.line(&line);
            if self.ended || self.diags.full() {
                break;
            }
        }
        if let Some(c) = self.collecting.take() {
            let (open, close) = match c.kind {
                CollectKind::Macro(_) => (".macro", ".endm"),
                CollectKind::Rept(_) => (".rept", ".endr"),
                CollectKind::Irp(..) => (".irp", ".endr"),
            };
            self.err(&c.loc, 0, ErrorKind::Unterminated { open, close });
        }
        self.close_conds(0);
    }

    /// Reports and drops `.if`s opened above `depth`.
    fn close_conds(&mut self, depth: usize) {
        while self.conds.len() > depth {
            let c = self.conds.pop().expect("non-empty");
            let at = c.loc.text.find(|ch: char| !ch.is_whitespace()).unwrap_or(0);
            self.err(&c.loc, at, ErrorKind::Unterminated { open: ".if", close: ".endif" });
        }
    }

    fn next_line(&mut self) -> Option<SrcLine> {
        loop {
            let f = self.frames.last_mut()?;
            if f.next < f.lines.len() {
                f.next += 1;
                return Some(f.lines[f.next - 1].clone());
            }
            if f.repeat > 0 && !f.lines.is_empty() {
                f.repeat -= 1;
                f.next = 0;
                continue;
            }
            self.pop_frame();
        }
    }

    /// Ends the innermost frame.
    pub fn pop_frame(&mut self) {
        if let Some(f) = self.frames.pop()
            && matches!(f.kind, FrameKind::File { .. })
        {
            // A conditional must end in the file that opened it.
            if self.collecting.is_none() {
                self.close_conds(f.cond_depth);
            }
        }
    }

    /// Pushes a frame of lines, refusing runaway nesting.
    pub fn push_frame(
        &mut self,
        kind: FrameKind,
        lines: Rc<[SrcLine]>,
        repeat: u64,
        loc: &Loc,
        at: usize,
    ) -> bool {
        if self.frames.len() >= MAX_FRAMES {
            self.err(loc, at, ErrorKind::TooDeep(MAX_FRAMES));
            return false;
        }
        let cond_depth = self.conds.len();
        self.frames.push(Frame { kind, lines, next: 0, repeat, cond_depth });
        true
    }

    /// Processes one line.
    fn line(&mut self, l: &SrcLine) {
        let entry = ListEntry { loc: l.loc.clone(), sec: self.cur, start: self.secs[self.cur].size, end: 0 };
        self.listing.push(entry);
        let idx = self.listing.len() - 1;
        if self.collecting.is_some() {
            self.collect_line(l);
        } else {
            for (s, e) in statements(&l.code) {
                self.statement(l, s, e);
                if self.collecting.is_some() || self.ended {
                    break;
                }
            }
        }
        let sec = self.listing[idx].sec;
        self.listing[idx].end = self.secs[sec].size;
    }

    /// The first word of a statement (after labels), lowercased, for block matching.
    fn first_word(code: &str) -> String {
        let mut rest = code.trim_start();
        // Skip `label:` prefixes.
        loop {
            let len = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
            if len > 0 && rest[len..].starts_with(':') {
                rest = rest[len + 1..].trim_start();
            } else {
                break;
            }
        }
        let len = rest.find(|c: char| c.is_whitespace()).unwrap_or(rest.len());
        rest[..len].to_ascii_lowercase()
    }

    fn collect_line(&mut self, l: &SrcLine) {
        let stmt_end = statements(&l.code).first().map_or(0, |r| r.1);
        let word = Self::first_word(&l.code[..stmt_end]);
        let Some(c) = self.collecting.as_mut() else { return };
        let is_macro = matches!(c.kind, CollectKind::Macro(_));
        let (opens, closes): (&[&str], &[&str]) = if is_macro {
            (&[".macro"], &[".endm", ".endmacro"])
        } else {
            (&[".rept", ".irp", ".irpc"], &[".endr"])
        };
        if opens.contains(&word.as_str()) {
            c.depth += 1;
        } else if closes.contains(&word.as_str()) {
            c.depth -= 1;
            if c.depth == 0 {
                let c = self.collecting.take().expect("collecting");
                self.finish_collect(c, l);
                return;
            }
        }
        c.body.push(l.clone());
    }

    fn finish_collect(&mut self, c: Collect, end: &SrcLine) {
        match c.kind {
            CollectKind::Macro(mut m) => {
                m.body = c.body;
                self.macros.insert(m.name.to_ascii_lowercase(), Rc::new(m));
            }
            CollectKind::Rept(n) => {
                if n > 0 {
                    let lines: Rc<[SrcLine]> = c.body.into();
                    self.push_frame(FrameKind::Rept, lines, n - 1, &end.loc, 0);
                }
            }
            CollectKind::Irp(name, values) => {
                let mut lines = Vec::new();
                for v in &values {
                    for b in &c.body {
                        let text = super::macros::substitute(
                            &b.code,
                            &[name.as_str()],
                            std::slice::from_ref(v),
                            self.macro_count,
                        );
                        lines.push(SrcLine {
                            loc: Rc::new(Loc { text: text.clone().into(), ..(*b.loc).clone() }),
                            code: text.into(),
                        });
                    }
                }
                self.push_frame(FrameKind::Rept, lines.into(), 0, &end.loc, 0);
            }
        }
    }

    /// Tokenizes `code[from..to]`, with positions relative to the whole line.
    pub fn tokens(&mut self, l: &SrcLine, from: usize, to: usize) -> Option<Vec<Token>> {
        match tokenize(&l.code[from..to]) {
            Ok(mut t) => {
                for tok in &mut t {
                    tok.start += from;
                    tok.end += from;
                }
                Some(t)
            }
            Err(e) => {
                self.err(&l.loc, from + e.at, ErrorKind::Syntax { expected: e.expected, found: e.found });
                None
            }
        }
    }

    /// Reports a parse error.
    pub fn parse_err(&mut self, loc: &Loc, e: ParseError) {
        self.err(loc, e.at, e.kind);
    }

    /// Reports an evaluation error; `fallback` is used when it has no position.
    pub fn eval_err(&mut self, loc: &Loc, e: EvalError, fallback: usize) {
        let at = if e.at == usize::MAX { fallback } else { e.at };
        self.err(loc, at, e.kind);
    }

    /// Evaluates to an absolute value in pass 1 (for counts and conditions).
    pub fn absolute(&mut self, loc: &Loc, e: &Expr, at: usize, what: &str) -> Option<i64> {
        match expr::eval(e, self) {
            Ok(Val::Abs(v)) => Some(v),
            Ok(Val::Rel(..)) | Err(EvalError { kind: ErrorKind::NotAbsolute { .. }, .. }) => {
                self.err(loc, at, ErrorKind::NotAbsolute { what: what.into() });
                None
            }
            Err(EvalError { kind: ErrorKind::UndefinedSymbol(s), at: pos }) => {
                let p = if pos == usize::MAX { at } else { pos };
                self.err(
                    loc,
                    p,
                    ErrorKind::NotAbsolute { what: format!("{what} (`{s}` is not defined yet)") },
                );
                None
            }
            Err(e) => {
                self.eval_err(loc, e, at);
                None
            }
        }
    }

    /// Processes one statement `code[s..e]` of a line.
    fn statement(&mut self, l: &SrcLine, s: usize, e: usize) {
        let code = &l.code[..e];
        let mut p = s + (code[s..].len() - code[s..].trim_start().len());
        if !self.active() {
            let word = Self::first_word(&code[p..]);
            if super::cond::is_conditional(&word) {
                let wlen = code[p..].find(char::is_whitespace).unwrap_or(e - p);
                self.conditional(l, &word, p, p + wlen, e);
            }
            return;
        }
        // Labels.
        loop {
            let rest = &code[p..];
            let len = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
            if len == 0 || !rest[len..].starts_with(':') {
                break;
            }
            let name = &rest[..len];
            if name.bytes().all(|b| b.is_ascii_digit()) {
                self.define_local(l, p, name);
            } else if name.starts_with(is_ident_start) {
                let v = Val::Rel(self.cur, self.secs[self.cur].size.cast_signed());
                self.define(&l.loc, p, name, SymValue::Val(v), DefKind::Label);
            } else {
                break;
            }
            p += len + 1;
            p += code[p..].len() - code[p..].trim_start().len();
        }
        if p >= e {
            return;
        }
        let rest = &code[p..];
        if !rest.starts_with(is_ident_start) {
            let found = rest.chars().next().map_or("end of line".to_string(), |c| format!("`{c}`"));
            self.err(
                &l.loc,
                p,
                ErrorKind::Syntax { expected: "a label, directive or instruction".into(), found },
            );
            return;
        }
        let len = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
        let word = &rest[..len];
        let after = rest[len..].trim_start();
        if after.starts_with('=') && !after.starts_with("==") {
            let eq = e - after.len();
            self.assign(l, p, word, eq + 1, e, DefKind::Set);
            return;
        }
        let lower = word.to_ascii_lowercase();
        if let Some(m) = self.macros.get(&lower).cloned() {
            self.invoke_macro(l, &m, p, p + len, e);
        } else if lower.starts_with('.') {
            // Operands start at the first non-blank character after the name.
            let from = e - code[p + len..].trim_start().len();
            self.directive(l, &lower, p, from, e);
        } else {
            // A mnemonic may end in a branch hint `+`/`-`.
            let mut mlen = len;
            if rest[len..].starts_with(['+', '-'])
                && rest[len + 1..].chars().next().is_none_or(char::is_whitespace)
            {
                mlen += 1;
            }
            self.instruction(l, p, &rest[..mlen].to_ascii_lowercase(), p + mlen, e);
        }
    }

    fn instruction(&mut self, l: &SrcLine, at: usize, mnemonic: &str, from: usize, to: usize) {
        if !(self.opts.isa.is_mnemonic)(mnemonic) {
            return self.err(&l.loc, at, ErrorKind::UnknownMnemonic(mnemonic.to_string()));
        }
        let Some(toks) = self.tokens(l, from, to) else { return };
        let mut c = Cursor::new(&toks, to);
        let mut operands = Vec::new();
        let parsed: Result<(), ParseError> = (|| {
            if c.done() {
                return Ok(());
            }
            loop {
                let op_at = c.here();
                let e = expr::parse_expr(&mut c, self)?;
                let op = if c.eat("(") {
                    let base = expr::parse_expr(&mut c, self)?;
                    c.expect(")")?;
                    Operand::Indexed(e, base)
                } else {
                    Operand::Value(e)
                };
                operands.push((op, op_at));
                if c.done() {
                    return Ok(());
                }
                if !c.eat(",") {
                    return Err(c.expected("`,` or end of operands"));
                }
            }
        })();
        if let Err(e) = parsed {
            return self.parse_err(&l.loc, e);
        }
        let size = self.secs[self.cur].size;
        if !size.is_multiple_of(4) {
            self.err(
                &l.loc,
                at,
                ErrorKind::Message(format!(
                    "instruction address is not a multiple of 4 (section offset {size:#x})"
                )),
            );
        }
        if let Some(word) = self.encode_now(mnemonic, &operands) {
            if let Some(off) = self.grow(&l.loc, at, 4) {
                let sec = &mut self.secs[self.cur];
                sec.has_insn = true;
                sec.items.push(Item::Word { off, word });
            }
            return;
        }
        if let Some(off) = self.grow(&l.loc, at, 4) {
            let sec = &mut self.secs[self.cur];
            sec.has_insn = true;
            sec.items.push(Item::Insn {
                off,
                mnemonic: mnemonic.to_string(),
                mn_at: at,
                operands,
                loc: l.loc.clone(),
                dialect: self.dialect,
            });
        }
    }

    /// The word for an instruction whose operands are absolute values already known, when the
    /// encoding succeeds and is the same at any address; `None` leaves it to pass 2 (which also
    /// reports its errors, so their order does not change).
    fn encode_now(&self, mnemonic: &str, operands: &[(Operand, usize)]) -> Option<u32> {
        if self.secs[self.cur].nobits {
            return None;
        }
        let value = |e: &Expr| match e {
            // `@l`/`@h`/`@ha` parts are tried signed, then unsigned, in pass 2.
            Expr::Part(..) => None,
            e => match expr::eval(e, self) {
                Ok(Val::Abs(v)) => Some(v),
                _ => None,
            },
        };
        let mut args = Vec::with_capacity(operands.len());
        for (op, _) in operands {
            args.push(match op {
                Operand::Value(e) => crate::isa::Arg::Value(value(e)?),
                Operand::Indexed(d, b) => crate::isa::Arg::Indexed { disp: value(d)?, base: value(b)? },
            });
        }
        let assemble = self.opts.isa.assemble;
        let a = assemble(mnemonic, &args, 0, self.dialect).ok()?;
        let b = assemble(mnemonic, &args, 0x8000_0000, self.dialect).ok()?;
        (a == b).then_some(a)
    }

    fn invoke_macro(&mut self, l: &SrcLine, m: &Rc<Macro>, at: usize, from: usize, to: usize) {
        let values = match super::macros::bind_args(m, &l.code[from..to]) {
            Ok(v) => v,
            Err(message) => {
                return self.err(&l.loc, at, ErrorKind::MacroArgs { name: m.name.clone(), message });
            }
        };
        let names: Vec<&str> = m.params.iter().map(|p| p.name.as_str()).collect();
        let note: Rc<str> =
            format!("in expansion of macro `{}` invoked at {}:{}", m.name, l.loc.file, l.loc.line).into();
        let counter = self.macro_count;
        self.macro_count += 1;
        let lines: Vec<SrcLine> = m
            .body
            .iter()
            .map(|b| {
                let text: Rc<str> = super::macros::substitute(&b.code, &names, &values, counter).into();
                SrcLine {
                    loc: Rc::new(Loc {
                        file: b.loc.file.clone(),
                        line: b.loc.line,
                        text: text.clone(),
                        note: Some(note.clone()),
                    }),
                    code: text,
                }
            })
            .collect();
        self.push_frame(FrameKind::Macro, lines.into(), 0, &l.loc, at);
    }
}
