//! Assembler diagnostics: every message carries `file:line:col`, the source line and a caret.

use std::fmt;

use thiserror::Error;

use crate::isa::EncodeError;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The program cannot be assembled.
    Error,
    /// Assembled anyway (for example a value truncated to fit `.byte`, as GNU as warns).
    Warning,
}

/// What went wrong, with the details a caller may want to match on.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ErrorKind {
    /// The text does not parse: `expected` says what would have been accepted.
    #[error("expected {expected}, found {found}")]
    Syntax {
        /// What the parser accepts here.
        expected: String,
        /// What it saw instead.
        found: String,
    },
    /// Not an instruction, simplified mnemonic or macro.
    #[error("unknown mnemonic `{0}`")]
    UnknownMnemonic(String),
    /// A `.name` that is neither a directive nor a macro.
    #[error("unknown directive `{0}`")]
    UnknownDirective(String),
    /// A directive with bad operands.
    #[error("bad `{directive}`: {message}")]
    BadDirective {
        /// The directive, with its dot.
        directive: String,
        /// What is wrong, including what was expected.
        message: String,
    },
    /// The ISA rejected the operands (range, count, alignment, form).
    #[error("{0}")]
    Operand(EncodeError),
    /// A symbol used but never defined.
    #[error("undefined symbol `{0}`")]
    UndefinedSymbol(String),
    /// A label or `.equiv` defined twice.
    #[error("symbol `{name}` is already defined (at {previous})")]
    DuplicateSymbol {
        /// The symbol.
        name: String,
        /// `file:line` of the first definition.
        previous: String,
    },
    /// An expression that must be an absolute number known at this point is not.
    #[error("{what} must be an absolute expression known at this point")]
    NotAbsolute {
        /// What needed the value, e.g. "`.space` count".
        what: String,
    },
    /// `/` or `%` by zero.
    #[error("division by zero")]
    DivisionByZero,
    /// `.org` to an offset below the current one.
    #[error("attempt to move `.org` backwards (from offset {from:#x} to {to:#x})")]
    OrgBackwards {
        /// Current offset in the section.
        from: u64,
        /// Requested offset.
        to: i64,
    },
    /// A block opened and never closed.
    #[error("unterminated `{open}` (missing `{close}`)")]
    Unterminated {
        /// The opening directive.
        open: &'static str,
        /// The directive that should close it.
        close: &'static str,
    },
    /// A closing directive with nothing open.
    #[error("`{0}` without a matching opening directive")]
    Unmatched(String),
    /// A macro invocation with bad arguments.
    #[error("macro `{name}`: {message}")]
    MacroArgs {
        /// The macro.
        name: String,
        /// What is wrong.
        message: String,
    },
    /// Macro or `.rept` expansion too deep (probably a recursive macro).
    #[error("macro expansion nested more than {0} levels (recursive macro?)")]
    TooDeep(usize),
    /// A file including itself, directly or not.
    #[error("recursive `.include` of `{0}`")]
    RecursiveInclude(String),
    /// An `.include` whose file was not found.
    #[error("cannot find include file `{name}` (searched: {searched})")]
    IncludeNotFound {
        /// The name as written.
        name: String,
        /// The folders tried, comma-separated.
        searched: String,
    },
    /// A file that could not be read.
    #[error("cannot read `{path}`: {message}")]
    Io {
        /// The path.
        path: String,
        /// The OS error.
        message: String,
    },
    /// A source file that is not valid UTF-8.
    #[error("source is not valid UTF-8")]
    NonUtf8,
    /// A section grew beyond the size limit.
    #[error("section `{0}` would exceed the size limit of {limit:#x} bytes", limit = super::MAX_SECTION_SIZE)]
    TooLarge(String),
    /// Data other than zero in a no-bits section such as `.bss`.
    #[error("non-zero data in no-bits section `{0}`")]
    DataInBss(String),
    /// A value that did not fit its data directive and was truncated (a warning).
    #[error("value {value:#x} truncated to {truncated:#x}")]
    Truncated {
        /// The value.
        value: i64,
        /// What was stored.
        truncated: u64,
    },
    /// `.error` or `.fail`-like directive, or another message given verbatim.
    #[error("{0}")]
    Message(String),
    /// The error cap was reached; later errors were dropped.
    #[error("too many errors ({0}), stopping")]
    TooManyErrors(usize),
}

/// One diagnostic, located in the source.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub struct AsmError {
    /// Error or warning.
    pub severity: Severity,
    /// The source file name (as given, or as found through `.include`).
    pub file: String,
    /// 1-based line number (0 when the error has no line, e.g. a missing top-level file).
    pub line: usize,
    /// 1-based column (in characters) of the offending text.
    pub col: usize,
    /// The source line (after macro substitution when inside a macro expansion), made printable
    /// and cut to at most [`EXCERPT_CHARS`] characters around the column (see [`excerpt`]).
    pub source_line: String,
    /// 0-based character index of the caret in `source_line`.
    pub caret: usize,
    /// What went wrong.
    pub kind: ErrorKind,
    /// Extra context, e.g. the macro invocation this line came from.
    pub note: Option<String>,
}

impl fmt::Display for AsmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        // The message may quote the source (an unknown mnemonic, a bad token): bounded too.
        let (message, _) = excerpt(&self.kind.to_string(), 0);
        if self.line == 0 {
            write!(f, "{}: {sev}: {message}", self.file)?;
        } else {
            write!(f, "{}:{}:{}: {sev}: {message}", self.file, self.line, self.col)?;
            write!(f, "\n    {}\n    ", self.source_line)?;
            // Keep tabs so the caret lines up under tab-indented source.
            for c in self.source_line.chars().take(self.caret) {
                f.write_str(if c == '\t' { "\t" } else { " " })?;
            }
            f.write_str("^")?;
        }
        if let Some(note) = &self.note {
            write!(f, "\n    note: {note}")?;
        }
        Ok(())
    }
}

/// All the errors of one failed run, in source order as far as possible.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub struct AsmErrors {
    /// The errors (at least one).
    pub errors: Vec<AsmError>,
    /// Warnings collected before the run failed.
    pub warnings: Vec<AsmError>,
}

impl fmt::Display for AsmErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// Where a piece of text came from: enough to build an [`AsmError`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loc {
    /// File name.
    pub file: std::rc::Rc<str>,
    /// 1-based line.
    pub line: usize,
    /// The full text of the line (after macro substitution).
    pub text: std::rc::Rc<str>,
    /// Context note (macro invocation), if any.
    pub note: Option<std::rc::Rc<str>>,
}

impl Loc {
    /// An error at byte offset `byte` of the line.
    pub fn error(&self, byte: usize, kind: ErrorKind) -> AsmError {
        self.diag(Severity::Error, byte, kind)
    }

    /// A diagnostic of the given severity at byte offset `byte` of the line.
    pub fn diag(&self, severity: Severity, byte: usize, kind: ErrorKind) -> AsmError {
        let byte = byte.min(self.text.len());
        let col = self.text.get(..byte).map_or(byte, |s| s.chars().count()) + 1;
        let (source_line, caret) = excerpt(&self.text, col - 1);
        AsmError {
            severity,
            file: self.file.to_string(),
            line: self.line,
            col,
            source_line,
            caret,
            kind,
            note: self.note.as_ref().map(|n| n.to_string()),
        }
    }
}

/// Longest source excerpt an error shows, in characters.
pub const EXCERPT_CHARS: usize = 160;

/// A printable excerpt of `text` around character `col` (0-based), and the caret's character
/// index in it. Control characters (but tab) are shown as `\xNN` / `\u{NNNN}` escapes (bytes that are
/// not UTF-8 arrive here as U+FFFD), so binary input never reaches the terminal raw; a line
/// longer than [`EXCERPT_CHARS`] is cut to a window around the column, marked with `...`.
pub fn excerpt(text: &str, col: usize) -> (String, usize) {
    let total = text.chars().count();
    let half = EXCERPT_CHARS / 2;
    let (start, end) = if total <= EXCERPT_CHARS {
        (0, total)
    } else {
        let start = col.saturating_sub(half).min(total - EXCERPT_CHARS);
        (start, start + EXCERPT_CHARS)
    };
    let mut out = String::new();
    let mut caret = 0;
    if start > 0 {
        out.push_str("...");
    }
    for (i, c) in text.chars().enumerate().skip(start).take(end - start) {
        if i == col {
            caret = out.chars().count();
        }
        match c {
            '\t' => out.push('\t'),
            c if c.is_control() && u32::from(c) < 0x100 => out.push_str(&format!("\\x{:02x}", u32::from(c))),
            c if c.is_control() => out.push_str(&format!("\\u{{{:04x}}}", u32::from(c))),
            c => out.push(c),
        }
    }
    if col >= end {
        caret = out.chars().count();
    }
    if end < total {
        out.push_str("...");
    }
    (out, caret)
}

/// Collects diagnostics up to a cap.
#[derive(Debug, Default)]
pub struct Diags {
    /// Errors so far.
    pub errors: Vec<AsmError>,
    /// Warnings so far.
    pub warnings: Vec<AsmError>,
    capped: bool,
}

/// How many errors one run reports before it stops.
pub const MAX_ERRORS: usize = 50;

impl Diags {
    /// Records an error or warning. Returns `false` once the cap is reached: the error past
    /// the cap is replaced by a "too many errors" entry at its location.
    pub fn push(&mut self, e: AsmError) -> bool {
        match e.severity {
            Severity::Warning => {
                if self.warnings.len() < MAX_ERRORS {
                    self.warnings.push(e);
                }
            }
            Severity::Error if self.capped => {}
            Severity::Error => {
                if self.errors.len() < MAX_ERRORS {
                    self.errors.push(e);
                } else {
                    self.capped = true;
                    let mut last = e;
                    last.kind = ErrorKind::TooManyErrors(MAX_ERRORS);
                    self.errors.push(last);
                }
            }
        }
        !self.full()
    }

    /// Whether the error cap was reached.
    pub fn full(&self) -> bool {
        self.capped
    }
}
