//! Source files: `.include` and `.incbin` (searched as GNU as 2.40 searches, in the current
//! folder and then each `-I` folder, and after them in the including file's folder; recursion is
//! an error).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use super::directives::bad;
use super::driver::{Asm, FrameKind};
use super::error::{ErrorKind, Loc};
use super::lexer::{Tok, Token};
use super::source::{SrcLine, check_utf8, load_lines, utf8_error};

impl Asm {
    /// Finds `name` where GNU as looks, in its order: the current folder, then each `-I` folder
    /// (gas 2.40 with `x.inc` in all three: the current folder's; without it: the `-I` folder's,
    /// not the one beside the source). When none has it, the including file's folder, which gas
    /// does not search (it fails there): a program gas assembles is assembled from the same
    /// files, and one beside its includes also from another folder, unless a file of the same
    /// name there comes first, as it would for gas (docs/assembler.md).
    fn find_file(&mut self, l: &SrcLine, from: usize, name: &str) -> Option<PathBuf> {
        let here = self.frames.iter().rev().find_map(|f| match &f.kind {
            FrameKind::File { dir, .. } => Some(dir.clone()),
            _ => None,
        });
        // The current folder is the empty path (a relative name joined to it stays relative).
        let mut dirs: Vec<PathBuf> = vec![PathBuf::new()];
        dirs.extend(self.opts.include_dirs.iter().cloned());
        dirs.extend(here.filter(|h| !dirs.contains(h)));
        let found = if Path::new(name).is_absolute() {
            Some(PathBuf::from(name)).filter(|p| p.is_file())
        } else {
            dirs.iter().map(|d| d.join(name)).find(|p| p.is_file())
        };
        if found.is_none() {
            // The folder of a file named without one (`prog.s`) is the empty path: the current
            // folder. An absolute name is looked for only where it says.
            let shown =
                |d: &PathBuf| if d.as_os_str().is_empty() { ".".into() } else { d.display().to_string() };
            let searched = if Path::new(name).is_absolute() {
                "only that path".into()
            } else {
                dirs.iter().map(|d| format!("`{}`", shown(d))).collect::<Vec<_>>().join(", ")
            };
            self.err(&l.loc, from, ErrorKind::IncludeNotFound { name: name.into(), searched });
        }
        found
    }

    /// `.incbin "file"[, skip[, count]]`: the file's bytes, found like `.include` files.
    pub(super) fn incbin(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        let Some(toks) = self.tokens(l, from, to) else { return };
        let Some(Token { tok: Tok::Str(name), end, .. }) = toks.first() else {
            return self.err(&l.loc, from, bad(".incbin", "expected a file name in double quotes"));
        };
        let name = String::from_utf8_lossy(name).into_owned();
        let rest = l.code[*end..to].trim_start();
        let args = if rest.is_empty() {
            Vec::new()
        } else if let Some(r) = rest.strip_prefix(',') {
            let start = to - r.len();
            match self.abs_args(l, ".incbin", at, start..to, 1..=2) {
                Some(a) => a,
                None => return,
            }
        } else {
            return self.err(&l.loc, to - rest.len(), bad(".incbin", "expected `,` after the file name"));
        };
        let Some(path) = self.find_file(l, from, &name) else { return };
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(e) => {
                let path = path.display().to_string();
                return self.err(&l.loc, from, ErrorKind::Io { path, message: e.to_string() });
            }
        };
        let skip = args.first().copied().unwrap_or(0);
        // A file cannot hold more than i64::MAX bytes.
        let len = i64::try_from(bytes.len()).unwrap_or(i64::MAX);
        let count = args.get(1).copied().unwrap_or(len - skip);
        let range = if skip < 0 || count < 0 || skip.saturating_add(count) > len {
            None
        } else {
            usize::try_from(skip).ok().zip(usize::try_from(skip + count).ok())
        };
        let Some((start, end)) = range else {
            let msg =
                format!("skip {skip} and count {count} do not fit the {} bytes of `{name}`", bytes.len());
            return self.err(&l.loc, from, bad(".incbin", msg));
        };
        self.emit_bytes(&l.loc, at, bytes[start..end].to_vec());
    }

    pub(super) fn include(&mut self, l: &SrcLine, at: usize, from: usize, to: usize) {
        let Some(name) = self.string_arg(l, from, to) else {
            return self.err(&l.loc, from, bad(".include", "expected a file name in double quotes"));
        };
        let Some(path) = self.find_file(l, from, &name) else { return };
        let canon = std::fs::canonicalize(&path).ok();
        let recursive = self
            .frames
            .iter()
            .any(|f| matches!(&f.kind, FrameKind::File { canon: Some(c), .. } if Some(c) == canon.as_ref()));
        if recursive {
            return self.err(&l.loc, at, ErrorKind::RecursiveInclude(name));
        }
        let display = path.display().to_string();
        match std::fs::read(&path) {
            Ok(bytes) => {
                self.push_file(
                    &display,
                    &bytes,
                    path.parent().map(Path::to_path_buf).unwrap_or_default(),
                    canon,
                    &l.loc,
                    at,
                );
            }
            Err(e) => self.err(&l.loc, from, ErrorKind::Io { path: display, message: e.to_string() }),
        }
    }

    /// Pushes a file's lines; reports non-UTF-8 text or an unterminated comment.
    pub fn push_file(
        &mut self,
        name: &str,
        bytes: &[u8],
        dir: PathBuf,
        canon: Option<PathBuf>,
        from: &Loc,
        at: usize,
    ) {
        let file: Rc<str> = name.into();
        let text = match check_utf8(bytes) {
            Ok(t) => t,
            Err((line, col, text)) => return self.push(utf8_error(&file, line, col, text)),
        };
        let (lines, unterminated) = load_lines(&file, text);
        if let Some((line, col)) = unterminated {
            let loc = lines[line - 1].loc.clone();
            self.err(&loc, col, ErrorKind::Unterminated { open: "/*", close: "*/" });
        }
        self.push_frame(FrameKind::File { dir, canon }, lines.into(), 0, from, at);
    }
}
