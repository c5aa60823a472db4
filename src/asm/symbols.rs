//! Symbols: labels (numeric local labels included), `.set`/`.equ`/`=` definitions with their
//! redefinition rules, and the symbol lookups that expression parsing and evaluation use.
//!
//! A `.set` symbol may be redefined; a reference reads the definition current where it was
//! written (forward references read the last one). Labels and `.equiv` may not be redefined.
//! A user symbol shadows a register name of the same spelling.

use crate::narrow::Narrow;
use std::rc::Rc;

use super::driver::{Asm, DefKind, SymDef, SymValue};
use super::error::{ErrorKind, Loc};
use super::expr::{self, Cursor, EvalCtx, EvalError, ParseCtx, Val};
use super::source::SrcLine;

impl Asm {
    /// Defines numeric local label `digits:` (its next instance).
    pub fn define_local(&mut self, l: &SrcLine, at: usize, digits: &str) {
        let Ok(n) = digits.parse::<u64>() else {
            self.err(
                &l.loc,
                at,
                ErrorKind::Syntax { expected: "a local label number".into(), found: format!("`{digits}`") },
            );
            return;
        };
        let count = self.locals.entry(n).or_insert(0);
        *count += 1;
        let name = local_name(n, *count);
        let v = Val::Rel(self.cur, self.secs[self.cur].size.cast_signed());
        self.define(&l.loc, at, &name, SymValue::Val(v), DefKind::Label);
    }

    /// Defines (or redefines, for `.set`) a symbol.
    pub fn define(&mut self, loc: &Rc<Loc>, at: usize, name: &str, value: SymValue, kind: DefKind) {
        let sym = self.syms.entry(name.to_string()).or_default();
        if let Some(prev) = sym.defs.last()
            && (kind != DefKind::Set || prev.kind != DefKind::Set)
        {
            let previous = format!("{}:{}", prev.loc.file, prev.loc.line);
            self.err(loc, at, ErrorKind::DuplicateSymbol { name: display_name(name), previous });
            return;
        }
        sym.defs.push(SymDef { value, kind, loc: loc.clone() });
    }

    /// `name = expr`, `.set name, expr` and friends; the expression is `code[from..to]`.
    pub fn assign(&mut self, l: &SrcLine, name_at: usize, name: &str, from: usize, to: usize, kind: DefKind) {
        let Some(toks) = self.tokens(l, from, to) else { return };
        let mut c = Cursor::new(&toks, to);
        let e = match expr::parse_expr(&mut c, self).and_then(|e| c.expect_end().map(|_| e)) {
            Ok(e) => e,
            Err(err) => return self.parse_err(&l.loc, err),
        };
        let value = match expr::eval(&e, self) {
            Ok(v) => SymValue::Val(v),
            Err(EvalError {
                kind: ErrorKind::UndefinedSymbol(_) | ErrorKind::NotAbsolute { .. }, ..
            }) => SymValue::Deferred(e, l.loc.clone()),
            Err(err) => return self.eval_err(&l.loc, err, from),
        };
        if name == "." {
            return self.org_to(l, from, value);
        }
        self.define(&l.loc, name_at, name, value, kind);
    }

    /// `. = expr`: like `.org`.
    pub fn org_to(&mut self, l: &SrcLine, at: usize, value: SymValue) {
        let target = match value {
            SymValue::Val(Val::Abs(v)) => v,
            SymValue::Val(Val::Rel(s, v)) if s == self.cur => v,
            _ => {
                return self.err(&l.loc, at, ErrorKind::NotAbsolute { what: "`.` assignment".into() });
            }
        };
        self.org(l, at, target, 0);
    }

    /// Moves the location counter forward to section offset `target`.
    pub fn org(&mut self, l: &SrcLine, at: usize, target: i64, fill: u8) {
        let size = self.secs[self.cur].size;
        if target < 0 || target.cast_unsigned() < size {
            return self.err(&l.loc, at, ErrorKind::OrgBackwards { from: size, to: target });
        }
        self.emit_fill(&l.loc, at, target.cast_unsigned() - size, vec![fill]);
    }
}

/// The internal name of the `count`th definition of local label `n`.
pub fn local_name(n: u64, count: u32) -> String {
    format!("\u{1}{n}\u{1}{count}")
}

/// A symbol name for messages (local labels shown as written).
pub fn display_name(name: &str) -> String {
    match name.strip_prefix('\u{1}').and_then(|r| r.split_once('\u{1}')) {
        Some((n, _)) => format!("{n} (local label)"),
        None => name.to_string(),
    }
}

impl ParseCtx for Asm {
    fn version(&self, name: &str) -> Option<u32> {
        let sym = self.syms.get(name)?;
        // Only `.set` symbols can be redefined; pin the definition current now.
        match sym.defs.last() {
            Some(d) if d.kind == DefKind::Set => Some((sym.defs.len() - 1).low_u32()),
            _ => None,
        }
    }

    fn local_label(&self, n: u64, forward: bool) -> Option<String> {
        let count = self.locals.get(&n).copied().unwrap_or(0);
        if forward {
            Some(local_name(n, count + 1))
        } else if count == 0 {
            None
        } else {
            Some(local_name(n, count))
        }
    }

    fn dot(&self) -> (usize, u64) {
        (self.cur, self.secs[self.cur].size)
    }
}

impl EvalCtx for Asm {
    fn symbol(&self, name: &str, version: Option<u32>, at: usize) -> Result<Val, EvalError> {
        let def = self.syms.get(name).and_then(|s| match version {
            Some(v) => s.defs.get(v as usize),
            None => s.defs.last(),
        });
        let Some(def) = def else {
            if let Some(r) = super::regs::register(name) {
                return Ok(Val::Abs(r));
            }
            return Err(EvalError { at, kind: ErrorKind::UndefinedSymbol(display_name(name)) });
        };
        match &def.value {
            SymValue::Val(Val::Rel(s, o)) => Ok(match &self.bases {
                Some(b) => Val::Abs(b[*s].cast_signed().wrapping_add(*o)),
                None => Val::Rel(*s, *o),
            }),
            SymValue::Val(v) => Ok(*v),
            SymValue::Deferred(e, _) => {
                if self.evaluating.borrow().iter().any(|n| n == name) {
                    return Err(EvalError {
                        at,
                        kind: ErrorKind::Message(format!("symbol `{name}` is defined in terms of itself")),
                    });
                }
                self.evaluating.borrow_mut().push(name.to_string());
                let r = expr::eval(e, self);
                self.evaluating.borrow_mut().pop();
                r.map_err(|mut err| {
                    // Report at the use, not inside the equate's own line.
                    err.at = at;
                    err
                })
            }
        }
    }

    fn section_base(&self, sec: usize) -> Option<u64> {
        self.bases.as_ref().map(|b| b[sec])
    }
}
