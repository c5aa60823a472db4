//! Assembler directives (pseudo-ops). Names are case-insensitive, as in GNU as.
//!
//! Sizes as `powerpc-linux-gnu-as` has them: `.byte` 1; `.short`, `.hword`, `.word`, `.2byte` 2
//! (`.word` is 2 bytes on PowerPC); `.long`, `.int`, `.4byte` 4; `.quad`, `.8byte` 8. None of them
//! aligns. `.uleb128`/`.sleb128` take values known where they are written. `.align N` and `.p2align N` align to 2^N, `.balign N` to N bytes; without a fill
//! value, padding in a code section is `nop`s when its length is a multiple of 4 (more than four
//! start with a branch over the rest, as gas does), else zeros.
//!
//! Accepted and ignored (they only matter for debug info, object attributes or listings):
//! `.file .ident .abiversion .gnu_attribute .loc .hidden .protected .internal
//! .local .nolist .list .psize .title .sbttl .eject .print`.

use super::cond::is_conditional;
use super::driver::{Asm, BssPart, Collect, CollectKind, DefKind, FrameKind, Item, SymValue};
use super::error::ErrorKind;
use super::expr::{self, Cursor, Expr};
use super::lexer::{Tok, Token, is_ident_char, is_ident_start};
use super::macros::{Macro, parse_params, split_args};
use super::source::SrcLine;
use crate::narrow::{Narrow, ToUsize};

const IGNORED: [&str; 15] = [
    ".file",
    ".ident",
    ".abiversion",
    ".gnu_attribute",
    ".loc",
    ".hidden",
    ".protected",
    ".internal",
    ".local",
    ".nolist",
    ".list",
    ".psize",
    ".title",
    ".sbttl",
    ".eject",
];

/// Code padding up to this many `nop`s is only `nop`s; longer padding starts with a branch over
/// it (gas's default `-nops=4`).
const NOP_LIMIT: u64 = 4;

/// `.machine` names that select Power ISA 2.x branch hints (gas's ISA_V2 CPUs that matter here).
const V2_MACHINES: [&str; 14] = [
    "e500mc", "e500mc64", "e5500", "e6500", "power4", "power5", "power6", "power7", "power8", "power9",
    "power10", "ppc64", "titan", "a2",
];

pub(crate) fn bad(directive: &str, message: impl Into<String>) -> ErrorKind {
    ErrorKind::BadDirective { directive: directive.into(), message: message.into() }
}

impl Asm {
    /// `.machine NAME`, `.machine push`, `.machine pop`: the instruction set for what follows
    /// (it decides how `+`/`-` branch hints are encoded, see `crate::isa::Dialect`).
    fn machine(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        use crate::isa::Dialect;
        let arg = l.code[from..to].trim().trim_matches('"').to_ascii_lowercase();
        match arg.as_str() {
            "push" => self.dialect_stack.push(self.dialect),
            "pop" => match self.dialect_stack.pop() {
                Some(d) => self.dialect = d,
                None => self.err(&l.loc, at, bad(".machine", "`pop` without `push`")),
            },
            "" => self.err(&l.loc, at, bad(".machine", "expected a CPU name")),
            name if V2_MACHINES.contains(&name) => self.dialect = Dialect::E500mc,
            name if name.chars().all(|c| c.is_ascii_alphanumeric()) => self.dialect = Dialect::E500,
            _ => self.err(&l.loc, from, bad(".machine", format!("expected a CPU name, found `{arg}`"))),
        }
    }

    /// Handles directive `name` (lowercased) at `at`; its operands are `code[from..to]`.
    pub fn directive(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) {
        if is_conditional(name) {
            return self.conditional(l, name, at, from, to);
        }
        if IGNORED.contains(&name) || name == ".print" {
            return;
        }
        if name.starts_with(".cfi_") {
            return self.cfi_directive(l, name, at, from, to);
        }
        let loc = &l.loc;
        match name {
            ".machine" => self.machine(l, at, from, to),
            ".text" | ".data" | ".bss" => {
                if !l.code[from..to].trim().is_empty() {
                    return self.err(loc, from, bad(name, "subsections are not supported"));
                }
                let i = self.section_index(name, None);
                self.switch(i);
            }
            ".section" | ".pushsection" => self.section(l, name, at, from, to),
            ".previous" => {
                let p = self.prev;
                self.switch(p);
            }
            ".popsection" => match self.sec_stack.pop() {
                Some((cur, prev)) => {
                    self.cur = cur;
                    self.prev = prev;
                }
                None => self.err(loc, at, bad(name, "no `.pushsection` to pop")),
            },
            ".globl" | ".global" | ".weak" => {
                for (off, n) in split_args(&l.code[from..to]) {
                    if !valid_name(&n) {
                        return self.err(
                            loc,
                            from + off,
                            bad(name, format!("expected a symbol name, found `{n}`")),
                        );
                    }
                    self.syms.entry(n).or_default().global = true;
                }
            }
            ".type" => self.type_directive(l, at, from, to),
            ".size" => self.size_directive(l, at, from, to),
            ".set" | ".equ" | ".equiv" | ".eqv" => {
                let text = &l.code[from..to];
                let Some(comma) = text.find(',') else {
                    return self.err(loc, at, bad(name, "expected `symbol, expression`"));
                };
                let sym = text[..comma].trim();
                let sym_at = from + text.len() - text.trim_start().len();
                if !valid_name(sym) {
                    return self.err(
                        loc,
                        sym_at,
                        bad(name, format!("expected a symbol name, found `{sym}`")),
                    );
                }
                let kind = if name == ".equiv" { DefKind::Equiv } else { DefKind::Set };
                self.assign(l, sym_at, sym, from + comma + 1, to, kind);
            }
            ".lcomm" | ".comm" => self.lcomm(l, name, at, from, to),
            ".byte" => self.data(l, 1, from, to),
            ".short" | ".hword" | ".word" | ".2byte" => self.data(l, 2, from, to),
            ".long" | ".int" | ".4byte" => self.data(l, 4, from, to),
            ".quad" | ".8byte" => self.data(l, 8, from, to),
            ".uleb128" | ".sleb128" if !self.secs[self.cur].alloc => {
                // A section that is never loaded (GCC's `-g` debug sections, whose values name
                // gas's line-table views) only needs a size: an unknown value takes one byte.
                let Some(list) = self.expr_list(l, from, to) else { return };
                let mut data = Vec::new();
                for (e, _) in &list {
                    match expr::eval(e, self) {
                        Ok(super::expr::Val::Abs(v)) if name == ".uleb128" => {
                            super::cfi::uleb(&mut data, v.cast_unsigned())
                        }
                        Ok(super::expr::Val::Abs(v)) => super::cfi::sleb(&mut data, v),
                        _ => data.push(0),
                    }
                }
                self.emit_bytes(loc, from, data);
            }
            ".uleb128" | ".sleb128" => {
                // The encoded length depends on the value: it must be known here.
                let Some(vals) = self.abs_args(l, name, at, from..to, 1..=usize::MAX) else { return };
                let mut data = Vec::new();
                for v in vals {
                    if name == ".uleb128" {
                        super::cfi::uleb(&mut data, v.cast_unsigned());
                    } else {
                        super::cfi::sleb(&mut data, v);
                    }
                }
                self.emit_bytes(loc, from, data);
            }
            ".ascii" => self.strings(l, name, at, from, to, false),
            ".asciz" | ".string" => self.strings(l, name, at, from, to, true),
            ".space" | ".skip" | ".zero" => self.space(l, name, at, from, to),
            ".fill" => self.fill(l, at, from, to),
            ".org" => self.org_directive(l, at, from, to),
            ".align" | ".p2align" | ".balign" | ".balignw" | ".balignl" | ".p2alignw" | ".p2alignl" => {
                self.align(l, name, at, from, to)
            }
            ".incbin" => self.incbin(l, at, from, to),
            ".include" => self.include(l, at, from, to),
            ".macro" => self.macro_def(l, at, from, to),
            ".endm" | ".endmacro" | ".endr" => self.err(loc, at, ErrorKind::Unmatched(name.into())),
            ".exitm" => self.exitm(l, at),
            ".purgem" => {
                let n = l.code[from..to].trim().to_ascii_lowercase();
                if self.macros.remove(&n).is_none() {
                    self.err(loc, from, bad(name, format!("no macro named `{n}`")));
                }
            }
            ".rept" => {
                let Some(args) = self.abs_args(l, name, at, from..to, 1..=1) else { return };
                let n = u64::try_from(args[0]).unwrap_or(0);
                self.start_collect(l, CollectKind::Rept(n));
            }
            ".irp" | ".irpc" => {
                let text = &l.code[from..to];
                let (param, rest) = match text.find(',') {
                    Some(c) => (text[..c].trim(), &text[c + 1..]),
                    None => (text.trim(), ""),
                };
                if !valid_name(param) {
                    return self.err(
                        loc,
                        from,
                        bad(name, format!("expected a parameter name, found `{param}`")),
                    );
                }
                let mut values: Vec<String> = if name == ".irp" {
                    split_args(rest).into_iter().map(|(_, v)| v).collect()
                } else {
                    rest.trim().chars().map(String::from).collect()
                };
                // With no values the body is assembled once, with the parameter empty.
                if values.is_empty() {
                    values.push(String::new());
                }
                self.start_collect(l, CollectKind::Irp(param.to_string(), values));
            }
            ".end" => self.ended = true,
            ".error" | ".warning" => {
                let msg = self.string_arg(l, from, to).unwrap_or_else(|| format!("{name} directive invoked"));
                if name == ".error" {
                    self.err(loc, at, ErrorKind::Message(msg));
                } else {
                    self.warn(loc, at, ErrorKind::Message(msg));
                }
            }
            _ => self.err(loc, at, ErrorKind::UnknownDirective(name.into())),
        }
    }

    fn start_collect(&mut self, l: &SrcLine, kind: CollectKind) {
        self.collecting = Some(Collect { kind, depth: 1, body: Vec::new(), loc: l.loc.clone() });
    }

    /// An optional string operand.
    pub(super) fn string_arg(&mut self, l: &SrcLine, from: usize, to: usize) -> Option<String> {
        let toks = self.tokens(l, from, to)?;
        match toks.first() {
            Some(Token { tok: Tok::Str(s), .. }) => Some(String::from_utf8_lossy(s).into_owned()),
            _ => None,
        }
    }

    /// Parses a comma-separated expression list.
    pub(super) fn expr_list(&mut self, l: &SrcLine, from: usize, to: usize) -> Option<Vec<(Expr, usize)>> {
        let toks = self.tokens(l, from, to)?;
        let mut c = Cursor::new(&toks, to);
        let mut out = Vec::new();
        if c.done() {
            return Some(out);
        }
        loop {
            let at = c.here();
            match expr::parse_expr(&mut c, self) {
                Ok(e) => out.push((e, at)),
                Err(e) => {
                    self.parse_err(&l.loc, e);
                    return None;
                }
            }
            if c.done() {
                return Some(out);
            }
            if !c.eat(",") {
                let e = c.expected("`,` or end of line");
                self.parse_err(&l.loc, e);
                return None;
            }
        }
    }

    /// Between `min` and `max` absolute arguments.
    pub(super) fn abs_args(
        &mut self,
        l: &SrcLine,
        name: &str,
        at: usize,
        span: std::ops::Range<usize>,
        count: std::ops::RangeInclusive<usize>,
    ) -> Option<Vec<i64>> {
        let (min, max) = (*count.start(), *count.end());
        let list = self.expr_list(l, span.start, span.end)?;
        if list.len() < min || list.len() > max {
            let want = if min == max { format!("{min}") } else { format!("{min} to {max}") };
            self.err(&l.loc, at, bad(name, format!("expected {want} operand(s), found {}", list.len())));
            return None;
        }
        let what = format!("`{name}` operand");
        let mut out = Vec::new();
        for (e, eat) in &list {
            out.push(self.absolute(&l.loc, e, *eat, &what)?);
        }
        Some(out)
    }

    fn data(&mut self, l: &SrcLine, size: u8, from: usize, to: usize) {
        // Parse element by element: `.` in each is the address of that element, as in GNU as.
        let Some(toks) = self.tokens(l, from, to) else { return };
        let mut c = Cursor::new(&toks, to);
        while !c.done() {
            let at = c.here();
            let expr = match expr::parse_expr(&mut c, self) {
                Ok(e) => e,
                Err(e) => return self.parse_err(&l.loc, e),
            };
            // A value known now is stored now; others wait for layout.
            if let Ok(super::expr::Val::Abs(v)) = expr::eval(&expr, self) {
                if let Some(w) = super::layout::truncation_warning(&l.loc, at, v, size) {
                    self.push(w);
                }
                let n = usize::from(size);
                self.emit_bytes(&l.loc, at, v.to_be_bytes()[8 - n..].to_vec());
            } else if let Some(off) = self.grow(&l.loc, at, u64::from(size)) {
                self.secs[self.cur].items.push(Item::Data { off, size, expr, at, loc: l.loc.clone() });
            }
            if !c.done() && !c.eat(",") {
                let e = c.expected("`,` or end of line");
                return self.parse_err(&l.loc, e);
            }
            if c.done() && toks.last().is_some_and(|t| t.tok == Tok::Punct(",")) {
                let e = c.expected("an expression");
                return self.parse_err(&l.loc, e);
            }
        }
    }

    fn strings(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize, nul: bool) {
        let Some(toks) = self.tokens(l, from, to) else { return };
        let mut expect_str = true;
        for t in &toks {
            match (&t.tok, expect_str) {
                (Tok::Str(s), true) => {
                    let mut data = s.clone();
                    if nul {
                        data.push(0);
                    }
                    self.emit_bytes(&l.loc, t.start, data);
                    expect_str = false;
                }
                (Tok::Punct(","), false) => expect_str = true,
                _ => {
                    let what = if expect_str { "a string" } else { "`,` or end of line" };
                    let found = super::lexer::describe(Some(t));
                    return self.err(&l.loc, t.start, bad(name, format!("expected {what}, found {found}")));
                }
            }
        }
        if expect_str {
            self.err(&l.loc, if toks.is_empty() { at } else { to }, bad(name, "expected a string"));
        }
    }

    fn space(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) {
        let max = if name == ".zero" { 1 } else { 2 };
        let Some(args) = self.abs_args(l, name, at, from..to, 1..=max) else { return };
        if args[0] < 0 {
            return self.err(
                &l.loc,
                from,
                bad(name, format!("count must not be negative, found {}", args[0])),
            );
        }
        let fill = args.get(1).copied().unwrap_or(0).low_u8();
        self.emit_fill(&l.loc, from, args[0].cast_unsigned(), vec![fill]);
    }

    /// `.org target[, fill]`: `target` is an offset in the current section, or a location in it.
    fn org_directive(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        let Some(list) = self.expr_list(l, from, to) else { return };
        if list.is_empty() || list.len() > 2 {
            let n = list.len();
            return self.err(&l.loc, at, bad(".org", format!("expected 1 to 2 operand(s), found {n}")));
        }
        let target = match expr::eval(&list[0].0, self) {
            Ok(super::expr::Val::Abs(v)) => v,
            Ok(super::expr::Val::Rel(s, v)) if s == self.cur => v,
            _ => {
                let what = "`.org` target (an offset or a location in the current section)";
                return self.err(&l.loc, list[0].1, ErrorKind::NotAbsolute { what: what.into() });
            }
        };
        let fill = match list.get(1) {
            Some((e, eat)) => match self.absolute(&l.loc, e, *eat, "`.org` fill") {
                Some(v) => v.low_u8(),
                None => return,
            },
            None => 0,
        };
        self.org(l, from, target, fill);
    }

    fn fill(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        let Some(args) = self.abs_args(l, ".fill", at, from..to, 1..=3) else { return };
        let repeat = args[0];
        let size = args.get(1).copied().unwrap_or(1).clamp(0, 8).unsigned_abs().to_usize();
        let value = args.get(2).copied().unwrap_or(0);
        if repeat < 0 {
            return self.err(
                &l.loc,
                from,
                bad(".fill", format!("repeat count must not be negative, found {repeat}")),
            );
        }
        if size == 0 || repeat == 0 {
            return;
        }
        // GNU as stores at most 4 bytes of the value, big-endian, then zeros.
        let be = value.low_u32().to_be_bytes();
        let mut pattern = vec![0u8; size];
        if size <= 4 {
            pattern.copy_from_slice(&be[4 - size..]);
        } else {
            pattern[..4].copy_from_slice(&be);
        }
        let Some(len) = repeat.cast_unsigned().checked_mul(size as u64) else {
            let n = self.secs[self.cur].name.clone();
            return self.err(&l.loc, from, ErrorKind::TooLarge(n));
        };
        self.emit_fill(&l.loc, from, len, pattern);
    }

    fn align(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) {
        // `.align 4,,8` leaves the fill empty: parse the operands one by one.
        let text = &l.code[from..to];
        let parts = super::macros::split_args(text);
        if parts.is_empty()
            || parts.len() > 3
            || (text.contains(',') && parts.len() < 2 && !text.trim().is_empty())
        {
            return self.err(&l.loc, at, bad(name, "expected `alignment[, fill[, max]]`"));
        }
        let mut vals: [Option<i64>; 3] = [None; 3];
        for (i, (off, piece)) in parts.iter().enumerate() {
            if piece.is_empty() {
                continue;
            }
            let start = from + off;
            let Some(list) = self.expr_list(l, start, start + piece.len()) else { return };
            let Some((e, eat)) = list.into_iter().next() else { continue };
            vals[i] = Some(match self.absolute(&l.loc, &e, eat, &format!("`{name}` operand")) {
                Some(v) => v,
                None => return,
            });
        }
        let Some(n) = vals[0] else {
            return self.err(&l.loc, at, bad(name, "expected an alignment"));
        };
        let width = match name.as_bytes().last() {
            Some(b'w') => 2,
            Some(b'l') => 4,
            _ => 1,
        };
        let mut p2 = if name.starts_with(".balign") {
            if n <= 0 || n & (n - 1) != 0 {
                return self.err(
                    &l.loc,
                    from,
                    bad(name, format!("alignment must be a power of 2, found {n}")),
                );
            }
            n.trailing_zeros()
        } else {
            if n < 0 {
                return self.err(
                    &l.loc,
                    from,
                    bad(name, format!("alignment must not be negative, found {n}")),
                );
            }
            n.min(99).low_u32()
        };
        if p2 > 31 {
            self.warn(&l.loc, from, bad(name, format!("alignment too large: 2**31 assumed (found 2**{p2})")));
            p2 = 31;
        }
        let align = 1u64 << p2;
        let sec = &mut self.secs[self.cur];
        sec.align_p2 = sec.align_p2.max(p2);
        let pad = (align - sec.size % align) % align;
        // A maximum of 0 is no maximum (gas).
        if vals[2].is_some_and(|max| max > 0 && pad.cast_signed() > max) {
            return;
        }
        if vals[1].is_some() && !pad.to_usize().is_multiple_of(width) {
            let unit = if pad == 1 { "byte" } else { "bytes" };
            let msg = format!("alignment padding ({pad} {unit}) not a multiple of {width}");
            return self.err(&l.loc, from, bad(name, msg));
        }
        let nops = vals[1].is_none() && sec.code && pad.is_multiple_of(4);
        let pattern = match vals[1] {
            Some(f) => f.to_be_bytes()[8 - width..].to_vec(),
            None if nops => 0x6000_0000u32.to_be_bytes().to_vec(),
            None => vec![0],
        };
        if nops && pad > 4 * NOP_LIMIT && pad < 1 << 25 {
            // gas starts code padding longer than four nops with a branch over it (`b .+pad`).
            self.emit_bytes(&l.loc, from, (0x4800_0000 | pad.low_u32()).to_be_bytes().to_vec());
            self.emit_fill(&l.loc, from, pad - 4, pattern);
            return;
        }
        self.emit_fill(&l.loc, from, pad, pattern);
    }

    fn section(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) {
        let text = &l.code[from..to];
        let parts = split_args(text);
        let Some((_, sec_name)) = parts.first().filter(|(_, n)| !n.is_empty()) else {
            return self.err(&l.loc, at, bad(name, "expected a section name"));
        };
        if !sec_name.chars().all(|c| is_ident_char(c) || c == '-') {
            return self.err(&l.loc, from, bad(name, format!("expected a section name, found `{sec_name}`")));
        }
        let flags = parts.get(1).map(|(_, f)| f.as_str());
        let nobits = parts.get(2).is_some_and(|(_, t)| t.trim_start_matches(['@', '%']) == "nobits");
        let existed = self.secs.iter().any(|s| &s.name == sec_name);
        let idx = self.section_index(sec_name, flags);
        if !existed && nobits {
            self.secs[idx].nobits = true;
        }
        if name == ".pushsection" {
            self.sec_stack.push((self.cur, self.prev));
        }
        self.switch(idx);
    }

    fn type_directive(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        let parts = split_args(&l.code[from..to]);
        let (Some((_, sym)), Some((toff, ty))) = (parts.first(), parts.get(1)) else {
            return self.err(&l.loc, at, bad(".type", "expected `symbol, @function` or `symbol, @object`"));
        };
        let ty = ty.trim_start_matches(['@', '%', '#']).to_ascii_lowercase();
        let func = match ty.as_str() {
            "function" | "stt_func" | "gnu_indirect_function" => true,
            "object" | "stt_object" | "notype" | "stt_notype" | "tls_object" | "common" => false,
            _ => {
                return self.err(
                    &l.loc,
                    from + toff,
                    bad(".type", format!("expected `@function` or `@object`, found `{ty}`")),
                );
            }
        };
        self.syms.entry(sym.clone()).or_default().func = Some(func);
    }

    fn size_directive(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        let text = &l.code[from..to];
        let Some(comma) = text.find(',') else {
            return self.err(&l.loc, at, bad(".size", "expected `symbol, expression`"));
        };
        let sym = text[..comma].trim().to_string();
        let Some(list) = self.expr_list(l, from + comma + 1, to) else { return };
        let Some((e, eat)) = list.into_iter().next() else {
            return self.err(&l.loc, to, bad(".size", "expected an expression"));
        };
        self.syms.entry(sym).or_default().size = Some((e, l.loc.clone(), eat));
    }

    fn lcomm(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) {
        let text = &l.code[from..to];
        let Some(comma) = text.find(',') else {
            return self.err(&l.loc, at, bad(name, "expected `symbol, size[, alignment]`"));
        };
        let sym = text[..comma].trim().to_string();
        if !valid_name(&sym) {
            return self.err(&l.loc, from, bad(name, format!("expected a symbol name, found `{sym}`")));
        }
        let Some(args) = self.abs_args(l, name, at, from + comma + 1..to, 1..=2) else { return };
        // GNU as (PowerPC ELF) aligns `.lcomm` to 8 bytes unless told otherwise.
        let natural = 8;
        let align = args.get(1).copied().unwrap_or(natural);
        if args[0] < 0 || align <= 0 || align & (align - 1) != 0 {
            return self.err(
                &l.loc,
                from + comma + 1,
                bad(name, "size must not be negative and alignment must be a power of 2"),
            );
        }
        let (saved, saved_prev) = (self.cur, self.prev);
        let part = if name == ".comm" { BssPart::Common } else { BssPart::Lcomm };
        let bss = self.bss_part(part);
        self.cur = bss;
        let p2 = align.trailing_zeros();
        let sec = &mut self.secs[bss];
        sec.align_p2 = sec.align_p2.max(p2);
        let pad = (align.cast_unsigned() - sec.size % align.cast_unsigned()) % align.cast_unsigned();
        self.emit_fill(&l.loc, at, pad, vec![0]);
        let v = super::expr::Val::Rel(bss, self.secs[bss].size.cast_signed());
        self.define(&l.loc, from, &sym, SymValue::Val(v), DefKind::Label);
        if name == ".comm" {
            self.syms.entry(sym).or_default().global = true;
        }
        self.emit_fill(&l.loc, at, args[0].cast_unsigned(), vec![0]);
        self.cur = saved;
        self.prev = saved_prev;
    }

    fn macro_def(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        let text = l.code[from..to].trim_start();
        let name_at = to - text.len();
        let len = text.find(|c: char| !is_ident_char(c)).unwrap_or(text.len());
        let name = &text[..len];
        if name.is_empty() || !name.starts_with(is_ident_start) {
            return self.err(&l.loc, name_at, bad(".macro", "expected a macro name"));
        }
        let rest = text[len..].trim_start();
        let rest = rest.strip_prefix(',').unwrap_or(rest);
        let params = match parse_params(rest) {
            Ok(p) => p,
            Err(m) => {
                self.err(&l.loc, name_at + len, bad(".macro", m));
                Vec::new()
            }
        };
        let _ = at;
        let m = Macro { name: name.to_string(), params, body: Vec::new(), loc: l.loc.clone() };
        self.start_collect(l, CollectKind::Macro(m));
    }

    fn exitm(&mut self, l: &SrcLine, at: usize) {
        let Some(pos) = self.frames.iter().rposition(|f| matches!(f.kind, FrameKind::Macro)) else {
            return self.err(&l.loc, at, bad(".exitm", "not inside a macro"));
        };
        let depth = self.frames[pos].cond_depth;
        self.frames.truncate(pos);
        self.conds.truncate(depth);
    }
}

/// Whether `s` is a plain symbol name.
pub fn valid_name(s: &str) -> bool {
    s.starts_with(is_ident_start) && s.chars().all(is_ident_char)
}
