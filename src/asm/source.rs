//! Source text handling: reading files, UTF-8 checks, comments and statement splitting.
//!
//! `/* ... */` comments may span lines; they are blanked (replaced by spaces, newlines kept) when
//! a file is loaded, so byte offsets still match the original text. `#` starts a comment that
//! runs to the end of the line; `;` separates statements. Neither counts inside a string or
//! after a `'` character-constant quote.

use std::rc::Rc;

use super::error::{ErrorKind, Loc};

/// One line ready to be assembled.
#[derive(Clone, Debug)]
pub struct SrcLine {
    /// Where it came from; `loc.text` is what error messages show.
    pub loc: Rc<Loc>,
    /// The text to parse: same byte length as `loc.text`, block comments blanked.
    pub code: Rc<str>,
}

/// Splits file contents into lines, blanking block comments.
///
/// Returns the lines, and the line number (1-based) of an unterminated `/*` if any.
pub fn load_lines(file: &Rc<str>, text: &str) -> (Vec<SrcLine>, Option<(usize, usize)>) {
    let mut code = String::with_capacity(text.len());
    let mut in_block = None;
    let mut in_str = false;
    let mut chars = text.char_indices().peekable();
    let (mut line, mut line_start) = (1usize, 0usize);
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            line += 1;
            line_start = i + 1;
            in_str = false;
            code.push('\n');
            continue;
        }
        if in_block.is_some() {
            if c == '*' && chars.peek().is_some_and(|(_, n)| *n == '/') {
                chars.next();
                in_block = None;
                code.push_str("  ");
            } else {
                code.extend(std::iter::repeat_n(' ', c.len_utf8()));
            }
            continue;
        }
        if in_str {
            code.push(c);
            if c == '\\' {
                if let Some((_, n)) = chars.next_if(|(_, n)| *n != '\n') {
                    code.push(n);
                }
            } else if c == '"' {
                in_str = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_str = true;
                code.push(c);
            }
            '\'' => {
                code.push(c);
                // A character constant: copy the next (escaped) character verbatim.
                if let Some((_, n)) = chars.next_if(|(_, n)| *n != '\n') {
                    code.push(n);
                    if n == '\\'
                        && let Some((_, m)) = chars.next_if(|(_, n)| *n != '\n')
                    {
                        code.push(m);
                    }
                    if let Some((_, q)) = chars.next_if(|(_, n)| *n == '\'') {
                        code.push(q);
                    }
                }
            }
            '/' if chars.peek().is_some_and(|(_, n)| *n == '*') => {
                chars.next();
                in_block = Some((line, i - line_start));
                code.push_str("  ");
            }
            '#' => {
                // Copy the rest of the line: `#` comments are removed per statement later,
                // so that macro bodies keep them harmlessly.
                code.push(c);
                while let Some((_, n)) = chars.next_if(|(_, n)| *n != '\n') {
                    code.push(n);
                }
            }
            _ => code.push(c),
        }
    }
    let lines = text
        .split('\n')
        .zip(code.split('\n'))
        .enumerate()
        .map(|(i, (t, c))| {
            let t = t.strip_suffix('\r').unwrap_or(t);
            let c = &c[..t.len()];
            // Most lines have no block comment: then the text and the code are one string.
            let text: Rc<str> = t.into();
            let code = if c == t { text.clone() } else { c.into() };
            SrcLine { loc: Rc::new(Loc { file: file.clone(), line: i + 1, text, note: None }), code }
        })
        .collect::<Vec<_>>();
    // A final newline does not start another line.
    let mut lines = lines;
    if text.ends_with('\n') {
        lines.pop();
    }
    let unterminated = in_block;
    (lines, unterminated)
}

/// Checks UTF-8; on failure, the line (1-based), byte column and lossy text of the bad line.
pub fn check_utf8(bytes: &[u8]) -> Result<&str, (usize, usize, String)> {
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let line = good.iter().filter(|b| **b == b'\n').count() + 1;
        let start = good.iter().rposition(|b| *b == b'\n').map_or(0, |p| p + 1);
        let end = bytes[start..].iter().position(|b| *b == b'\n').map_or(bytes.len(), |p| start + p);
        let text = String::from_utf8_lossy(&bytes[start..end]).into_owned();
        // Column in characters of the lossy text: the valid prefix is unchanged.
        let col = String::from_utf8_lossy(&bytes[start..e.valid_up_to()]).len();
        (line, col, text)
    })
}

/// The characters of a line of code with the insides of string literals (`"a;b"`) and character
/// constants (`'c`, `'\\c`, `'c'`) skipped: each yields only its opening quote. The one place that
/// knows how far a quoted thing reaches; statement splitting and macro-argument splitting use it.
pub struct CodeChars<'a> {
    it: std::iter::Peekable<std::str::CharIndices<'a>>,
}

impl<'a> CodeChars<'a> {
    /// The code characters of `text`.
    pub fn new(text: &'a str) -> Self {
        CodeChars { it: text.char_indices().peekable() }
    }
}

impl Iterator for CodeChars<'_> {
    type Item = (usize, char);

    fn next(&mut self) -> Option<(usize, char)> {
        let (i, c) = self.it.next()?;
        match c {
            '"' => {
                while let Some((_, n)) = self.it.next() {
                    match n {
                        '\\' => {
                            self.it.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '\'' => {
                if let Some((_, '\\')) = self.it.next() {
                    self.it.next();
                }
                self.it.next_if(|&(_, n)| n == '\'');
            }
            _ => {}
        }
        Some((i, c))
    }
}

/// Byte ranges of the statements of a line: `#` comments dropped, split at `;`.
pub fn statements(code: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut end = code.len();
    for (i, c) in CodeChars::new(code) {
        match c {
            '#' => {
                end = i;
                break;
            }
            ';' => {
                out.push((start, i));
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push((start, end));
    out
}

/// An error for text that is not UTF-8.
pub fn utf8_error(file: &Rc<str>, line: usize, col: usize, text: String) -> super::error::AsmError {
    let loc = Loc { file: file.clone(), line, text: text.into(), note: None };
    loc.error(col, ErrorKind::NonUtf8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_comments_keep_offsets() {
        let f: Rc<str> = "t.s".into();
        let (lines, unterminated) = load_lines(&f, "a /* x\n y */ b\n\"/*\" c # d\n");
        assert_eq!(unterminated, None);
        assert_eq!(lines.len(), 3);
        assert_eq!(&*lines[0].code, "a     ");
        assert_eq!(&*lines[1].code, "      b");
        assert_eq!(&*lines[2].code, "\"/*\" c # d");
        assert_eq!(&*lines[1].loc.text, " y */ b");
        let (_, u) = load_lines(&f, "x\n  /* never");
        assert_eq!(u, Some((2, 2)));
    }

    #[test]
    fn split_statements() {
        assert_eq!(statements("a; b # c; d"), vec![(0, 1), (2, 5)]);
        assert_eq!(statements(".ascii \";#\"; x"), vec![(0, 11), (12, 14)]);
        assert_eq!(statements(".byte '#, ';"), vec![(0, 12)]);
    }

    #[test]
    fn utf8() {
        assert!(check_utf8(b"ok\n").is_ok());
        let (line, col, _) = check_utf8(b"a\nbc\xff\n").unwrap_err();
        assert_eq!((line, col), (2, 2));
    }
}
