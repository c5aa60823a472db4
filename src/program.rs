//! Loading a guest program from what a user hands the tools: GNU-as source (assembled in
//! process), an ELF executable, or a flat binary image loaded at a base address.

use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::asm::{AsmErrors, Assembler};
use crate::image::{Image, ImageError};

/// How to read a program.
#[derive(Clone, Debug, Default)]
pub struct ProgramOptions {
    /// Load address of a flat binary, or of assembled source (default 0x10000).
    pub base: Option<u32>,
    /// `-I` folders for `.include` and `.incbin` (searched after the current folder, as gas does).
    pub include_dirs: Vec<PathBuf>,
    /// `--defsym NAME=VALUE` symbols.
    pub defsyms: Vec<(String, i64)>,
    /// What the file holds, when the user says so (`--format`); `None`: [`kind_of`] decides.
    pub format: Option<ProgramKind>,
}

/// Why a program could not be loaded.
#[derive(Debug, Error)]
pub enum ProgramError {
    /// The file could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The source did not assemble (every error, with its location).
    #[error("{0}")]
    Asm(AsmErrors),
    /// The ELF file is malformed.
    #[error("{path}: {source}")]
    Elf {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        source: ImageError,
    },
    /// A flat binary is empty.
    #[error("{0}: empty program")]
    Empty(PathBuf),
    /// A flat binary does not fit the 32-bit address space.
    #[error("{path}: {source}")]
    Flat {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        source: ImageError,
    },
}

/// What kind of file a path holds ([`kind_of`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramKind {
    /// GNU-as source.
    Source,
    /// An ELF executable.
    Elf,
    /// A raw image.
    Flat,
}

/// Classifies a file by content, then name (README "Programs"), in this order:
/// 1. the ELF magic (`\x7fELF`) at its start: an ELF file;
/// 2. a name ending in `.s`, `.S` or `.asm`: GNU-as source;
/// 3. contents that are valid UTF-8 text with no NUL byte (and not empty): GNU-as source (a
///    `.txt` file, `/dev/stdin`); machine code almost always holds a zero byte, and a flat
///    binary that does not can be named with `--format bin`;
/// 4. anything else: a flat binary image.
pub fn kind_of(path: &Path, bytes: &[u8]) -> ProgramKind {
    if bytes.starts_with(&crate::image::ELF_MAGIC) {
        ProgramKind::Elf
    } else if matches!(path.extension().and_then(|e| e.to_str()), Some("s" | "S" | "asm"))
        || (!bytes.is_empty() && !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok())
    {
        ProgramKind::Source
    } else {
        ProgramKind::Flat
    }
}

/// Loads a program file.
///
/// # Errors
/// [`ProgramError`] naming the file and what is wrong with it.
pub fn load(path: &Path, opts: &ProgramOptions) -> Result<Image, ProgramError> {
    let bytes =
        std::fs::read(path).map_err(|source| ProgramError::Read { path: path.to_path_buf(), source })?;
    match opts.format.unwrap_or_else(|| kind_of(path, &bytes)) {
        ProgramKind::Source => Ok(assembler(opts)
            .assemble_bytes(&path.display().to_string(), &bytes)
            .map_err(ProgramError::Asm)?
            .image),
        ProgramKind::Elf => {
            let elf_error = |source| ProgramError::Elf { path: path.to_path_buf(), source };
            let image = Image::from_elf_vec(bytes).map_err(elf_error)?;
            if image.sections.is_empty() {
                return Err(elf_error(ImageError::NoLoadSegment));
            }
            Ok(image)
        }
        ProgramKind::Flat if bytes.is_empty() => Err(ProgramError::Empty(path.to_path_buf())),
        ProgramKind::Flat => Image::from_flat(&bytes, opts.base.unwrap_or(crate::asm::DEFAULT_BASE))
            .map_err(|source| ProgramError::Flat { path: path.to_path_buf(), source }),
    }
}

/// The assembler configured by `opts`.
pub fn assembler(opts: &ProgramOptions) -> Assembler {
    let mut a = Assembler::new();
    if let Some(base) = opts.base {
        a = a.base(base);
    }
    for d in &opts.include_dirs {
        a = a.include_dir(d.clone());
    }
    for (name, value) in &opts.defsyms {
        a = a.defsym(name, *value);
    }
    a
}
