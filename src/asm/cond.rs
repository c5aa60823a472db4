//! Conditional assembly: `.if` and its variants, `.else`, `.elseif`, `.endif`.
//!
//! `.if expr` (and `.ifne .ifeq .ifgt .ifge .iflt .ifle`) needs an absolute value known where
//! it is written; `.ifdef`/`.ifndef`/`.ifnotdef` test whether a symbol is defined so far;
//! `.ifb`/`.ifnb` test for blank operands; `.ifc`/`.ifnc`/`.ifeqs`/`.ifnes` compare strings.

use super::directives::{bad, valid_name};
use super::driver::{Asm, Cond};
use super::error::ErrorKind;
use super::macros::split_args;
use super::source::SrcLine;

const CONDITIONALS: [&str; 19] = [
    ".if",
    ".ifdef",
    ".ifndef",
    ".ifnotdef",
    ".ifb",
    ".ifnb",
    ".ifc",
    ".ifnc",
    ".ifeq",
    ".ifne",
    ".ifgt",
    ".ifge",
    ".iflt",
    ".ifle",
    ".ifeqs",
    ".ifnes",
    ".else",
    ".elseif",
    ".endif",
];

/// Whether a (lowercased) word is a conditional directive.
pub fn is_conditional(word: &str) -> bool {
    CONDITIONALS.contains(&word)
}

impl Asm {
    /// `.if` family, `.else`, `.elseif`, `.endif` (also called while skipping).
    pub fn conditional(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) {
        let loc = l.loc.clone();
        match name {
            ".else" | ".elseif" => {
                let Some(top) = self.conds.last() else {
                    return self.err(&loc, at, ErrorKind::Unmatched(name.into()));
                };
                if top.in_else {
                    return self.err(&loc, at, bad(name, "after `.else`"));
                }
                let (parent, taken) = (top.parent_active, top.taken);
                let now = if taken || !parent {
                    false
                } else if name == ".else" {
                    true
                } else {
                    self.condition(l, ".if", at, from, to)
                };
                let top = self.conds.last_mut().expect("checked");
                top.active = now;
                top.taken |= now;
                top.in_else = name == ".else";
            }
            ".endif" => {
                if self.conds.is_empty() {
                    return self.err(&loc, at, ErrorKind::Unmatched(name.into()));
                }
                self.conds.pop();
            }
            _ => {
                let parent = self.active();
                let v = parent && self.condition(l, name, at, from, to);
                self.conds.push(Cond { parent_active: parent, active: v, taken: v, in_else: false, loc });
            }
        }
    }

    /// Evaluates the condition of `.if`-like directive `name`.
    fn condition(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) -> bool {
        let text = &l.code[from..to];
        match name {
            ".ifdef" | ".ifndef" | ".ifnotdef" => {
                let sym = text.trim();
                if !valid_name(sym) {
                    self.err(&l.loc, from, bad(name, format!("expected a symbol name, found `{sym}`")));
                    return false;
                }
                let defined = self.syms.get(sym).is_some_and(|s| !s.defs.is_empty());
                defined == (name == ".ifdef")
            }
            ".ifb" | ".ifnb" => text.trim().is_empty() == (name == ".ifb"),
            ".ifc" | ".ifnc" | ".ifeqs" | ".ifnes" => {
                let parts = split_args(text);
                if parts.len() != 2 {
                    self.err(&l.loc, at, bad(name, "expected two comma-separated strings"));
                    return false;
                }
                (parts[0].1 == parts[1].1) == (name == ".ifc" || name == ".ifeqs")
            }
            _ => {
                let Some(args) = self.abs_args(l, name, at, from..to, 1..=1) else { return false };
                let v = args[0];
                match name {
                    ".if" | ".ifne" => v != 0,
                    ".ifeq" => v == 0,
                    ".ifgt" => v > 0,
                    ".ifge" => v >= 0,
                    ".iflt" => v < 0,
                    ".ifle" => v <= 0,
                    _ => false,
                }
            }
        }
    }
}
