//! Tokens of one statement, built with `nom`.
//!
//! Numbers follow GNU as: `123`, `0x7f`, `0b101`, `017` (octal), `'c` (character), and `1b`/`1f`
//! for numeric local labels. Identifiers may contain `.`, `_` and `$`.

use crate::narrow::Narrow;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, take_while, take_while1},
    character::complete::{anychar, char, satisfy},
    combinator::{opt, recognize},
    sequence::pair,
};

/// One token.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Tok {
    /// A name: symbol, register, directive or mnemonic.
    Ident(String),
    /// A number or character constant.
    Num(i64),
    /// A string literal, escapes resolved.
    Str(Vec<u8>),
    /// `1b` (backward) or `1f` (forward) numeric local label reference.
    LocalRef {
        /// The label number.
        n: u64,
        /// `true` for `f`.
        forward: bool,
    },
    /// An operator or punctuation, e.g. `<<`, `(`, `,`.
    Punct(&'static str),
}

/// A token and its byte range in the statement text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token.
    pub tok: Tok,
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
}

/// A lexing failure: byte offset and what was expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    /// Byte offset.
    pub at: usize,
    /// What was expected.
    pub expected: String,
    /// What was found.
    pub found: String,
}

const PUNCTS: [&str; 27] = [
    "<<", ">>", "<=", ">=", "==", "!=", "<>", "&&", "||", "+", "-", "*", "/", "%", "&", "|", "^", "~", "!",
    "<", ">", "(", ")", ",", "@", "=", ":",
];

/// Whether `c` may start an identifier.
pub fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || c == '.' || c == '$'
}

/// Whether `c` may continue an identifier.
pub fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.' || c == '$'
}

fn ident(i: &str) -> IResult<&str, &str> {
    recognize(pair(satisfy(is_ident_start), take_while(is_ident_char))).parse(i)
}

fn punct(i: &str) -> IResult<&str, &'static str> {
    for p in PUNCTS {
        if let Some(rest) = i.strip_prefix(p) {
            return Ok((rest, p));
        }
    }
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
}

/// A number: returns the token (number or local label reference).
fn number(i: &str) -> IResult<&str, Result<Tok, String>> {
    let (rest, digits) = alt((
        recognize(pair(alt((tag("0x"), tag("0X"))), take_while(|c: char| c.is_ascii_hexdigit()))),
        recognize(pair(alt((tag("0b"), tag("0B"))), take_while1(|c: char| c == '0' || c == '1'))),
        take_while1(|c: char| c.is_ascii_digit()),
    ))
    .parse(i)?;
    // `1b` / `1f`: a decimal number directly followed by b/f and no further name character.
    if digits.bytes().all(|b| b.is_ascii_digit()) {
        let (after, suffix) = opt(alt((char('b'), char('f'), char('B'), char('F')))).parse(rest)?;
        if let Some(s) = suffix
            && !after.starts_with(is_ident_char)
        {
            let tok = digits
                .parse::<u64>()
                .map(|n| Tok::LocalRef { n, forward: s.eq_ignore_ascii_case(&'f') })
                .map_err(|_| "local label number too large".to_string());
            return Ok((after, tok));
        }
    }
    if rest.starts_with(is_ident_char) {
        let bad: String = rest.chars().take_while(|c| is_ident_char(*c)).collect();
        return Ok((rest, Err(format!("bad number `{digits}{bad}`"))));
    }
    let (radix, body) = if let Some(h) = digits.strip_prefix("0x").or(digits.strip_prefix("0X")) {
        (16, h)
    } else if let Some(b) = digits.strip_prefix("0b").or(digits.strip_prefix("0B")) {
        (2, b)
    } else if digits.len() > 1 && digits.starts_with('0') {
        (8, &digits[1..])
    } else {
        (10, digits)
    };
    if body.is_empty() {
        return Ok((rest, Err(format!("bad number `{digits}`"))));
    }
    let tok = u64::from_str_radix(body, radix)
        .map(|v| Tok::Num(v.cast_signed()))
        .map_err(|_| format!("number `{digits}` does not fit in 64 bits (or has a bad digit)"));
    Ok((rest, tok))
}

/// Reads one escape sequence after a backslash; returns the byte.
fn escape(i: &str) -> IResult<&str, u8> {
    let (rest, c) = anychar(i)?;
    let simple = match c {
        'n' => Some(b'\n'),
        't' => Some(b'\t'),
        'r' => Some(b'\r'),
        'b' => Some(8),
        'f' => Some(12),
        'v' => Some(11),
        'a' => Some(7),
        'e' => Some(27),
        '\\' => Some(b'\\'),
        '"' => Some(b'"'),
        '\'' => Some(b'\''),
        _ => None,
    };
    if let Some(b) = simple {
        return Ok((rest, b));
    }
    if c == 'x' || c == 'X' {
        let (r2, hex) = take_while(|c: char| c.is_ascii_hexdigit()).parse(rest)?;
        let v = hex
            .bytes()
            .fold(0u32, |a, d| a.wrapping_mul(16).wrapping_add((d as char).to_digit(16).unwrap_or(0)));
        return Ok((r2, v.low_u8()));
    }
    if c.is_digit(8) {
        let oct: String = i.chars().take(3).take_while(|c| c.is_digit(8)).collect();
        let v = oct.bytes().fold(0u32, |a, d| a * 8 + u32::from(d - b'0'));
        return Ok((&i[oct.len()..], v.low_u8()));
    }
    // Unknown escape: the character itself, as GNU as does.
    let mut buf = [0; 4];
    Ok((rest, c.encode_utf8(&mut buf).as_bytes()[0]))
}

/// A string literal body after the opening quote; `None` when unterminated.
fn string_body(mut i: &str) -> (&str, Option<Vec<u8>>) {
    let mut out = Vec::new();
    loop {
        let Some(c) = i.chars().next() else {
            return (i, None);
        };
        match c {
            '"' => return (&i[1..], Some(out)),
            '\\' => match escape(&i[1..]) {
                Ok((rest, b)) => {
                    out.push(b);
                    i = rest;
                }
                Err(_) => return (&i[1..], None),
            },
            _ => {
                let mut buf = [0; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                i = &i[c.len_utf8()..];
            }
        }
    }
}

/// A character constant after the `'`.
fn char_const(i: &str) -> IResult<&str, i64> {
    let (rest, v) = if let Some(rest) = i.strip_prefix('\\') {
        let (rest, b) = escape(rest)?;
        (rest, i64::from(b))
    } else {
        let (rest, c) = anychar(i)?;
        (rest, i64::from(u32::from(c)))
    };
    // gas also accepts the C spelling `'c'`: a closing quote right after is part of it.
    Ok((rest.strip_prefix('\'').unwrap_or(rest), v))
}

/// Splits a statement into tokens. Whitespace separates tokens and is otherwise ignored.
pub fn tokenize(text: &str) -> Result<Vec<Token>, LexError> {
    let mut out = Vec::new();
    let mut i = text;
    loop {
        i = i.trim_start_matches([' ', '\t', '\r', '\x0b', '\x0c']);
        let start = text.len() - i.len();
        let Some(c) = i.chars().next() else {
            return Ok(out);
        };
        let err = |expected: &str, found: String| LexError { at: start, expected: expected.into(), found };
        let (rest, tok) = if c.is_ascii_digit() {
            match number(i) {
                Ok((rest, Ok(t))) => (rest, t),
                Ok((_, Err(msg))) => return Err(err("a number", msg)),
                Err(_) => return Err(err("a number", format!("`{c}`"))),
            }
        } else if is_ident_start(c) {
            match ident(i) {
                Ok((rest, name)) => (rest, Tok::Ident(name.to_string())),
                Err(_) => return Err(err("a name", format!("`{c}`"))),
            }
        } else if c == '"' {
            match string_body(&i[1..]) {
                (rest, Some(bytes)) => (rest, Tok::Str(bytes)),
                (_, None) => return Err(err("a closing `\"`", "end of line".into())),
            }
        } else if c == '\'' {
            match char_const(&i[1..]) {
                Ok((rest, v)) => (rest, Tok::Num(v)),
                Err(_) => return Err(err("a character after `'`", "end of line".into())),
            }
        } else if let Ok((rest, p)) = punct(i) {
            (rest, Tok::Punct(p))
        } else {
            return Err(err("an operand, operator or `,`", format!("`{c}`")));
        };
        out.push(Token { tok, start, end: text.len() - rest.len() });
        i = rest;
    }
}

/// A human description of a token for "found ..." messages.
pub fn describe(t: Option<&Token>) -> String {
    match t.map(|t| &t.tok) {
        None => "end of line".into(),
        Some(Tok::Ident(s)) => format!("`{s}`"),
        Some(Tok::Num(n)) => format!("`{n}`"),
        Some(Tok::Str(_)) => "a string".into(),
        Some(Tok::LocalRef { n, forward }) => format!("`{n}{}`", if *forward { 'f' } else { 'b' }),
        Some(Tok::Punct(p)) => format!("`{p}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Tok> {
        tokenize(s).unwrap().into_iter().map(|t| t.tok).collect()
    }

    #[test]
    fn numbers() {
        assert_eq!(
            toks("10 0x1F 0b101 017 'a '\\n"),
            vec![Tok::Num(10), Tok::Num(31), Tok::Num(5), Tok::Num(15), Tok::Num(97), Tok::Num(10)]
        );
        assert_eq!(
            toks("1b 23f"),
            vec![Tok::LocalRef { n: 1, forward: false }, Tok::LocalRef { n: 23, forward: true }]
        );
        assert!(tokenize("12abc").is_err());
        assert!(tokenize("0x").is_err());
        assert!(tokenize("99999999999999999999999").is_err());
    }

    #[test]
    fn strings_and_ops() {
        assert_eq!(
            toks(r#""a\n\"\101\x41" <<=="#),
            vec![Tok::Str(b"a\n\"AA".to_vec()), Tok::Punct("<<"), Tok::Punct("=="),]
        );
        assert_eq!(
            toks("%r3 .L1$x"),
            vec![Tok::Punct("%"), Tok::Ident("r3".into()), Tok::Ident(".L1$x".into())]
        );
        let e = tokenize("\"abc").unwrap_err();
        assert_eq!(e.at, 0);
        assert!(tokenize("a ? b").is_err());
    }
}
