//! The assembly listing: for each source line, its address, the bytes it produced and its text,
//! in the spirit of `as -a`. Lines from macro expansions follow the invocation, marked `+`.

use crate::narrow::Narrow;
use std::fmt;

/// One source line of the listing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListingLine {
    /// Source file.
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
    /// Address of the first byte produced, if the line produced any.
    pub addr: Option<u32>,
    /// The bytes produced.
    pub bytes: Vec<u8>,
    /// The source text (after macro substitution for expanded lines).
    pub text: String,
    /// Whether the line comes from a macro expansion (then `line` is the line in the macro
    /// body); shown with a `+` after the line number.
    pub expanded: bool,
}

/// A whole listing; `Display` prints it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Listing {
    /// The lines, in the order they were assembled (macro expansions and includes inline).
    pub lines: Vec<ListingLine>,
}

/// Bytes shown per row.
const PER_ROW: usize = 8;
/// Rows shown per line before eliding the rest.
const MAX_ROWS: usize = 4;

fn hex(bytes: &[u8]) -> String {
    bytes
        .chunks(4)
        .map(|c| c.iter().map(|b| format!("{b:02x}")).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

impl fmt::Display for Listing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut file: Option<&str> = None;
        for l in &self.lines {
            if file != Some(l.file.as_str()) {
                writeln!(f, "==== {} ====", l.file)?;
                file = Some(&l.file);
            }
            let addr = l.addr.map_or_else(|| " ".repeat(8), |a| format!("{a:08x}"));
            let first = &l.bytes[..l.bytes.len().min(PER_ROW)];
            let mark = if l.expanded { '+' } else { ' ' };
            writeln!(f, "{:>5}{mark}{addr} {:<17} {}", l.line, hex(first), l.text)?;
            let rows = l.bytes.chunks(PER_ROW).skip(1);
            for (k, row) in rows.enumerate() {
                let a = l.addr.unwrap_or(0).wrapping_add(((k + 1) * PER_ROW).low_u32());
                if k + 2 > MAX_ROWS {
                    let left = l.bytes.len() - (k + 1) * PER_ROW;
                    writeln!(f, "{:>5} {a:08x} ... {left} more byte(s)", "")?;
                    break;
                }
                writeln!(f, "{:>5} {a:08x} {}", "", hex(row))?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format() {
        let l = Listing {
            lines: vec![
                ListingLine {
                    file: "a.s".into(),
                    line: 1,
                    addr: None,
                    bytes: vec![],
                    text: "start:".into(),
                    expanded: false,
                },
                ListingLine {
                    file: "a.s".into(),
                    line: 2,
                    addr: Some(0x10000),
                    bytes: (0..10).collect(),
                    text: "  .byte 0,1,2,3,4,5,6,7,8,9".into(),
                    expanded: true,
                },
            ],
        };
        let s = l.to_string();
        assert_eq!(
            s,
            "==== a.s ====\n    1                            start:\n    2+00010000 00010203 04050607   .byte 0,1,2,3,4,5,6,7,8,9\n      00010008 0809\n"
        );
    }
}
