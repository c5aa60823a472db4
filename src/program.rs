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
    /// `-I` folders for `.include`.
    pub include_dirs: Vec<PathBuf>,
    /// `--defsym NAME=VALUE` symbols.
    pub defsyms: Vec<(String, i64)>,
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
}

/// What kind of file a path holds: `.s`/`.S` source, ELF (by its magic), else a flat binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramKind {
    /// GNU-as source.
    Source,
    /// An ELF executable.
    Elf,
    /// A raw image.
    Flat,
}

/// Classifies a file by name and content.
pub fn kind_of(path: &Path, bytes: &[u8]) -> ProgramKind {
    if bytes.starts_with(b"\x7fELF") {
        ProgramKind::Elf
    } else if matches!(path.extension().and_then(|e| e.to_str()), Some("s" | "S" | "asm")) {
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
    match kind_of(path, &bytes) {
        ProgramKind::Source => Ok(assembler(opts)
            .assemble_bytes(&path.display().to_string(), &bytes)
            .map_err(ProgramError::Asm)?
            .image),
        ProgramKind::Elf => {
            let elf_error = |source| ProgramError::Elf { path: path.to_path_buf(), source };
            let image = Image::from_elf(&bytes).map_err(elf_error)?;
            if image.sections.is_empty() {
                return Err(elf_error(ImageError::NoLoadSegment));
            }
            Ok(image)
        }
        ProgramKind::Flat if bytes.is_empty() => Err(ProgramError::Empty(path.to_path_buf())),
        ProgramKind::Flat => Ok(Image::from_flat(&bytes, opts.base.unwrap_or(crate::asm::DEFAULT_BASE))),
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
