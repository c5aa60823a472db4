//! An assembler for the GNU as dialect that `powerpc-linux-gnu-as -a32 -mbig -me500
//! -mregnames` accepts, producing a loadable [`Image`] and a [`Listing`].
//!
//! ```
//! use tlbvisor::asm::Assembler;
//! let out = Assembler::new().base(0x10000).defsym("N", 3)
//!     .assemble_str("demo.s", ".data\nv: .long N * 2, v\n").unwrap();
//! assert_eq!(out.image.read_u32(0x10000), Some(6));
//! assert_eq!(out.image.read_u32(0x10004), Some(0x10000));
//! ```
//!
//! How it works: pass 1 ([`driver`], [`directives`], [`macros`]) reads the source, expands
//! includes, macros, repetitions and conditionals, defines symbols and fixes the size of
//! everything (instructions are 4 bytes; `.space`/`.fill`/`.org`/`.align` counts must be known
//! when reached). [`layout`] then places the sections as `ld -N -T tools/qemu/fixture.ld` would
//! (`.text.start`, `.text*`, `.rodata*`, `.eh_frame` built by [`cfi`] from the `.cfi_*`
//! directives, `.data*`, `.sdata*`, `.sbss*`, `.bss*` from the base address; docs/assembler.md),
//! evaluates the remaining expressions, so forward references to labels in any section work, and
//! encodes the instructions through [`crate::isa::assemble_for`] in the dialect of `--cpu` or
//! `.machine` (instructions whose operands are already known are encoded in pass 1).
//!
//! The byte-exact comparisons with `powerpc-linux-gnu-as` + `ld -N` live in
//! `tests/asm_binutils.rs`, `tests/fixtures_binutils.rs` and `tests/asm_corpus.rs` (GCC's output
//! and hand-written programs), with the expected outputs recorded in `tests/data/`.
//!
//! Differences from GNU as + `ld`, on purpose or not yet done:
//! * `lo(x)`, `hi(x)`, `ha(x)` are accepted as synonyms of `x@l`, `x@h`, `x@ha`.
//! * `@l`/`@h`/`@ha` operands are tried as signed 16-bit values, then unsigned, so both
//!   `addi r3,r3,x@l` and `ori r3,r3,x@l` take any address (what gas does per operand type).
//! * A user symbol shadows a register name (`sp = 9` makes `sp` 9); gas prefers the register.
//! * `_start` is the entry point whether or not it is `.globl` (`ld` wants it global).
//! * Division by zero is an error (gas warns and divides by 1).
//! * `.space`, `.fill`, `.org`, `.align`, `.rept` and `.if` operands must be known where they
//!   are written (gas accepts some forward references there).
//! * A text section that holds instructions is aligned to at least 4 bytes.
//! * `.comm` allocates in `.bss` after every `.bss*` section, where `ld` puts COMMON (and makes
//!   the symbol global); there are no common symbols, and several `.comm`s keep source order
//!   (`ld` allocates them in its own order). `.lcomm` space follows `.bss`'s own contents, as
//!   gas's subsection 1. Sections that match none of the script's patterns are placed after the
//!   group of their kind, each on its own; sections without the `a` flag are not loaded.
//! * No relocations and no other `@` suffixes (`@got`, `@sdarel`...): the output is linked.
//! * Not supported: subsections (`.text 1`), `.struct`, `.altmacro`, floating-point data,
//!   `$` local labels, `.rept` counters (`\+`).
//! * Errors come in two groups: those found while reading (in source order), then those found
//!   after layout (undefined symbols, operand ranges). At most [`error::MAX_ERRORS`] are kept.
//! * The listing is readable but not byte-identical to `as -a`.

pub mod cfi;
pub mod cond;
pub mod directives;
pub mod driver;
pub mod error;
pub mod expr;
pub mod files;
pub mod layout;
pub mod lexer;
pub mod listing;
pub mod macros;
pub mod regs;
pub mod source;
pub mod symbols;

use std::path::{Path, PathBuf};
use std::rc::Rc;

pub use error::{AsmError, AsmErrors, ErrorKind, Severity};
pub use listing::{Listing, ListingLine};

use crate::image::Image;
use driver::Asm;
use error::Loc;

/// Largest section size accepted (64 MiB).
pub const MAX_SECTION_SIZE: u64 = 64 << 20;

/// Default load address.
pub const DEFAULT_BASE: u32 = 0x10000;

/// Assembler settings.
#[derive(Clone, Debug)]
pub struct Options {
    /// Where the first section is loaded.
    pub base: u32,
    /// `-I` folders, searched after the current folder and before the including file's folder
    /// (as GNU as searches, `files`).
    pub include_dirs: Vec<PathBuf>,
    /// `--defsym` symbols.
    pub defsyms: Vec<(String, i64)>,
    /// The instruction encoder (the ISA module; replaced in tests).
    pub(crate) isa: IsaHooks,
    /// The instruction set at the start of the source (`--cpu`); `.machine` changes it.
    pub dialect: crate::isa::Dialect,
    /// Build the listing (it costs a few hundred bytes per source line).
    pub listing: bool,
    /// Source lines (after expansion) processed before giving up.
    pub(crate) max_lines: u64,
}

/// The two ISA entry points the assembler uses.
#[derive(Clone, Copy, Debug)]
pub(crate) struct IsaHooks {
    pub assemble:
        fn(&str, &[crate::isa::Arg], u32, crate::isa::Dialect) -> Result<u32, crate::isa::EncodeError>,
    pub is_mnemonic: fn(&str) -> bool,
}

impl Default for IsaHooks {
    fn default() -> Self {
        IsaHooks { assemble: crate::isa::assemble_for, is_mnemonic: crate::isa::is_mnemonic }
    }
}

impl Default for Options {
    fn default() -> Self {
        Options {
            base: DEFAULT_BASE,
            include_dirs: Vec::new(),
            defsyms: Vec::new(),
            isa: IsaHooks::default(),
            dialect: crate::isa::Dialect::E500,
            listing: true,
            max_lines: driver::MAX_LINES,
        }
    }
}

/// The result of a successful run.
#[derive(Clone, Debug)]
pub struct Assembled {
    /// The program.
    pub image: Image,
    /// Address and bytes of each source line (empty when turned off with [`Assembler::listing`]).
    pub listing: Listing,
    /// Warnings (e.g. values truncated by `.byte`).
    pub warnings: Vec<AsmError>,
}

/// Builder and entry point.
#[derive(Clone, Debug, Default)]
pub struct Assembler {
    opts: Options,
}

/// Parses a `--defsym` argument `NAME=VALUE` (VALUE in C-style decimal, hex `0x`, or octal).
///
/// # Errors
/// A message saying what was expected.
pub fn parse_defsym(arg: &str) -> Result<(String, i64), String> {
    let (name, value) = arg.split_once('=').ok_or_else(|| format!("expected NAME=VALUE, found `{arg}`"))?;
    let name = name.trim();
    if !directives::valid_name(name) {
        return Err(format!("expected a symbol name before `=`, found `{name}`"));
    }
    let toks = lexer::tokenize(value).map_err(|e| format!("bad value `{value}`: {}", e.found))?;
    let v = match toks.as_slice() {
        [lexer::Token { tok: lexer::Tok::Num(n), .. }] => *n,
        [lexer::Token { tok: lexer::Tok::Punct("-"), .. }, lexer::Token { tok: lexer::Tok::Num(n), .. }] => {
            n.wrapping_neg()
        }
        _ => return Err(format!("expected a number after `=`, found `{value}`")),
    };
    Ok((name.to_string(), v))
}

impl Assembler {
    /// An assembler with base 0x10000, no include folders and no `--defsym`.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the load address of the first section.
    pub fn base(mut self, base: u32) -> Self {
        self.opts.base = base;
        self
    }

    /// Adds an `-I` folder (`.include` and `.incbin` search it after the current folder and the
    /// folders added before it, as gas does; docs/assembler.md).
    pub fn include_dir(mut self, dir: impl Into<PathBuf>) -> Self {
        self.opts.include_dirs.push(dir.into());
        self
    }

    /// Defines a symbol as `--defsym NAME=VALUE` does.
    pub fn defsym(mut self, name: &str, value: i64) -> Self {
        self.opts.defsyms.push((name.to_string(), value));
        self
    }

    /// Chooses the instruction set (gas's `-me500` / `-me500mc`); `.machine` may change it.
    pub fn dialect(mut self, dialect: crate::isa::Dialect) -> Self {
        self.opts.dialect = dialect;
        self
    }

    /// Whether to build [`Assembled::listing`] (on by default; off, it stays empty and a large
    /// source needs much less memory).
    pub fn listing(mut self, on: bool) -> Self {
        self.opts.listing = on;
        self
    }

    /// Caps the lines processed (tests).
    #[cfg(test)]
    pub(crate) fn max_lines(mut self, n: u64) -> Self {
        self.opts.max_lines = n;
        self
    }

    /// Uses another encoder (tests of operand handling before the ISA is complete).
    #[cfg(test)]
    pub(crate) fn with_isa(mut self, isa: IsaHooks) -> Self {
        self.opts.isa = isa;
        self
    }

    /// Assembles a file.
    ///
    /// # Errors
    /// Every problem found (up to [`error::MAX_ERRORS`]), each with its location.
    pub fn assemble_file(&self, path: impl AsRef<Path>) -> Result<Assembled, AsmErrors> {
        let path = path.as_ref();
        match std::fs::read(path) {
            Ok(bytes) => self.assemble_bytes(&path.display().to_string(), &bytes),
            Err(e) => {
                let loc =
                    Loc { file: path.display().to_string().into(), line: 0, text: "".into(), note: None };
                let err =
                    loc.error(0, ErrorKind::Io { path: path.display().to_string(), message: e.to_string() });
                Err(AsmErrors { errors: vec![err], warnings: Vec::new() })
            }
        }
    }

    /// Assembles source text; `name` is used in messages and to resolve `.include`.
    ///
    /// # Errors
    /// As [`Assembler::assemble_file`].
    pub fn assemble_str(&self, name: &str, text: &str) -> Result<Assembled, AsmErrors> {
        self.assemble_bytes(name, text.as_bytes())
    }

    /// Assembles source bytes (reporting non-UTF-8 input as an error).
    ///
    /// # Errors
    /// As [`Assembler::assemble_file`].
    pub fn assemble_bytes(&self, name: &str, bytes: &[u8]) -> Result<Assembled, AsmErrors> {
        let mut asm = Asm::new(self.opts.clone());
        let path = Path::new(name);
        let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let canon = std::fs::canonicalize(path).ok();
        let top = Loc { file: Rc::from(name), line: 0, text: "".into(), note: None };
        asm.push_file(name, bytes, dir, canon, &top, 0);
        asm.run();
        asm.finish_cfi();
        if asm.diags.full() {
            return Err(AsmErrors { errors: asm.diags.errors, warnings: asm.diags.warnings });
        }
        let (image, listing) = layout::finish(&mut asm);
        if asm.diags.errors.is_empty() {
            Ok(Assembled { image, listing, warnings: asm.diags.warnings })
        } else {
            Err(AsmErrors { errors: asm.diags.errors, warnings: asm.diags.warnings })
        }
    }
}

#[cfg(test)]
mod tests;
