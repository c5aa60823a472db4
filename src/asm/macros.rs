//! `.macro` definitions: parameter lists, argument binding and `\name` substitution.
//!
//! Parameters may be separated by commas or spaces and may carry a default (`arg=default`) or a
//! qualifier (`arg:req`, `arg:vararg`). Invocation arguments are positional or named
//! (`name=value`); when an argument list contains a top-level comma it is split at commas only,
//! otherwise at spaces. In the body, `\name` is replaced by the argument, `\()` by nothing and
//! `\@` by the number of macros expanded so far.

use std::rc::Rc;

use super::error::Loc;
use super::lexer::{is_ident_char, is_ident_start};
use super::source::SrcLine;

/// One macro parameter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// Its name.
    pub name: String,
    /// The default value, if any.
    pub default: Option<String>,
    /// `:req`: must be given.
    pub required: bool,
    /// `:vararg`: takes the rest of the arguments.
    pub vararg: bool,
}

/// A defined macro.
#[derive(Clone, Debug)]
pub struct Macro {
    /// Name as written.
    pub name: String,
    /// Parameters.
    pub params: Vec<Param>,
    /// Body lines, not yet substituted.
    pub body: Vec<SrcLine>,
    /// Where it was defined.
    pub loc: Rc<Loc>,
}

/// Characters that join the text on both sides of a blank into one argument (`1 + 2`).
const OPERATORS: &str = "+-*/%<>&|^!~=";

/// Splits an argument (or parameter) list as GNU as does: at top-level commas, and at blanks
/// unless the blank is next to an operator (`m 1 + 2` is one argument, `m 1 2` two). Returns
/// `(byte offset, trimmed and unquoted text)`; empty pieces between commas are kept.
pub fn split_args(text: &str) -> Vec<(usize, String)> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    let mut it = super::source::CodeChars::new(text).peekable();
    while let Some((i, c)) = it.next() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' if depth <= 0 => {
                pieces.push((start, i));
                start = i + 1;
            }
            ' ' | '\t' if depth <= 0 => {
                let mut end = i + 1;
                while let Some(&(j, n)) = it.peek() {
                    if n != ' ' && n != '\t' {
                        break;
                    }
                    end = j + 1;
                    it.next();
                }
                let prev = text[start..i].trim_end().chars().last();
                let next = it.peek().map(|&(_, n)| n);
                let joined = prev.is_none_or(|p| OPERATORS.contains(p))
                    || next.is_none_or(|n| OPERATORS.contains(n) || n == ',');
                if !joined {
                    pieces.push((start, i));
                    start = end;
                }
            }
            _ => {}
        }
    }
    pieces.push((start, text.len()));
    pieces
        .into_iter()
        .map(|(a, b)| {
            let s = &text[a..b];
            let lead = s.len() - s.trim_start().len();
            (a + lead, unquote(s.trim()))
        })
        .collect()
}

/// A quoted argument stands for its contents.
fn unquote(s: &str) -> String {
    if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') && !s[1..s.len() - 1].contains('"') {
        s[1..s.len() - 1].to_string()
    } else {
        s.to_string()
    }
}

/// Parses the parameter list after `.macro name`.
pub fn parse_params(text: &str) -> Result<Vec<Param>, String> {
    let mut params: Vec<Param> = Vec::new();
    for (_, piece) in split_args(text) {
        if piece.is_empty() {
            continue;
        }
        let (head, default) = match piece.split_once('=') {
            Some((h, d)) => (h.trim(), Some(unquote(d.trim()))),
            None => (piece.as_str(), None),
        };
        let (name, qual) = match head.split_once(':') {
            Some((n, q)) => (n.trim(), Some(q.trim().to_ascii_lowercase())),
            None => (head, None),
        };
        if name.is_empty() || !name.starts_with(is_ident_start) || !name.chars().all(is_ident_char) {
            return Err(format!("expected a parameter name, found `{piece}`"));
        }
        if params.iter().any(|p| p.name == name) {
            return Err(format!("parameter `{name}` given twice"));
        }
        let (required, vararg) = match qual.as_deref() {
            None => (false, false),
            Some("req") => (true, false),
            Some("vararg") => (false, true),
            Some(q) => return Err(format!("expected `req` or `vararg` after `:`, found `{q}`")),
        };
        params.push(Param { name: name.to_string(), default, required, vararg });
    }
    Ok(params)
}

/// Binds invocation arguments to parameters. Returns one value per parameter.
pub fn bind_args(m: &Macro, args_text: &str) -> Result<Vec<String>, String> {
    let mut values: Vec<Option<String>> = vec![None; m.params.len()];
    let args = split_args(args_text);
    let mut positional = 0;
    for (i, (_, arg)) in args.iter().enumerate() {
        // `name=value` for a known parameter is a named argument.
        if let Some((n, v)) = arg.split_once('=')
            && !v.starts_with('=')
            && let Some(idx) = m.params.iter().position(|p| p.name == n.trim())
        {
            values[idx] = Some(unquote(v.trim()));
            continue;
        }
        let Some(p) = m.params.get(positional) else {
            return Err(format!(
                "too many arguments: takes {}, found `{arg}` as argument {}",
                m.params.len(),
                i + 1
            ));
        };
        if p.vararg {
            let rest: Vec<&str> = args[i..].iter().map(|(_, s)| s.as_str()).collect();
            values[positional] = Some(rest.join(","));
            break;
        }
        if !arg.is_empty() {
            values[positional] = Some(arg.clone());
        }
        positional += 1;
    }
    m.params
        .iter()
        .zip(values)
        .map(|(p, v)| match v {
            Some(v) => Ok(v),
            None if p.required => Err(format!("missing value for required parameter `{}`", p.name)),
            None => Ok(p.default.clone().unwrap_or_default()),
        })
        .collect()
}

/// Replaces `\param`, `\()` and `\@` in a body line.
pub fn substitute(line: &str, names: &[&str], values: &[String], counter: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(pos) = rest.find('\\') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        if let Some(r) = after.strip_prefix("()") {
            rest = r;
        } else if let Some(r) = after.strip_prefix('@') {
            out.push_str(&counter.to_string());
            rest = r;
        } else {
            let len = after.find(|c: char| !is_ident_char(c)).unwrap_or(after.len());
            let word = &after[..len];
            if let Some(i) = names.iter().position(|n| *n == word).filter(|_| !word.is_empty()) {
                out.push_str(&values[i]);
                rest = &after[len..];
            } else {
                out.push('\\');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mac(params: &str) -> Macro {
        let loc = Rc::new(Loc { file: "t".into(), line: 1, text: "".into(), note: None });
        Macro { name: "m".into(), params: parse_params(params).unwrap(), body: vec![], loc }
    }

    #[test]
    fn params_and_binding() {
        let m = mac("a, b=5, c:req");
        assert_eq!(m.params[1].default.as_deref(), Some("5"));
        assert!(m.params[2].required);
        assert_eq!(bind_args(&m, "1, , 3").unwrap(), vec!["1", "5", "3"]);
        assert_eq!(bind_args(&m, "c=9, a=r3").unwrap(), vec!["r3", "5", "9"]);
        assert!(bind_args(&m, "1").unwrap_err().contains("required parameter `c`"));
        assert!(bind_args(&m, "1,2,3,4").unwrap_err().contains("too many"));
        let m = mac("x y");
        assert_eq!(bind_args(&m, "r3 0(r4)").unwrap(), vec!["r3", "0(r4)"]);
        assert_eq!(bind_args(&m, "1 + 2 3").unwrap(), vec!["1 + 2", "3"]);
        assert_eq!(bind_args(&m, "1 ,2").unwrap(), vec!["1", "2"]);
        assert_eq!(bind_args(&m, "y = 4").unwrap(), vec!["", "4"]);
        let m = mac("a = 5, b=6");
        assert_eq!(bind_args(&m, "b = 9").unwrap(), vec!["5", "9"]);
        assert_eq!(
            split_args("\"a b\" 'c (d e)"),
            vec![(0, "a b".to_string()), (6, "'c".into()), (9, "(d e)".into())]
        );
        let m = mac("first, rest:vararg");
        assert_eq!(bind_args(&m, "1, 2, 3").unwrap(), vec!["1", "2,3"]);
        assert!(parse_params("a:bad").is_err());
        assert!(parse_params("a, a").is_err());
    }

    #[test]
    fn substitution() {
        let s = substitute(r"lwz \reg, \off(\reg)\()x \@ \n", &["reg", "off"], &["r3".into(), "8".into()], 7);
        assert_eq!(s, r"lwz r3, 8(r3)x 7 \n");
    }
}
