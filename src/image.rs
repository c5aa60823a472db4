//! A loadable program image: sections with their bytes and addresses, symbols and an entry
//! point; converts to and from flat binaries and 32-bit big-endian PowerPC ELF executables.

use crate::narrow::{Narrow, ToUsize};
use std::collections::BTreeMap;

use object::elf;
use object::read::elf::{ElfFile32, FileHeader as _, ProgramHeader as _};
use object::{
    BigEndian, Object, ObjectSection, ObjectSymbol, SectionFlags, SectionKind as ObjSectionKind,
    SymbolKind as ObjSymbolKind,
};
use thiserror::Error;

/// What a section holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SectionKind {
    /// Instructions (read, execute).
    Code,
    /// Read-only data.
    ReadOnly,
    /// Writable data.
    Data,
    /// Zero-initialised data without file contents.
    Bss,
    /// ELF notes alone (a read-only `PT_LOAD` segment whose sections are all `SHT_NOTE`, such
    /// as the `.note.gnu.build-id` that GCC's default link gives a segment of its own at
    /// 0x100000f4 when `-Ttext` moves the code): its bytes are loaded where there is RAM and
    /// left out, with a warning, where there is none (QEMU's loader drops them without a
    /// word), because running the program does not need them.
    Note,
}

/// One loaded section (or, for images read from ELF, one `PT_LOAD` segment).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// Name, e.g. `.text`.
    pub name: String,
    /// Address the program is linked at (ELF `p_vaddr`): what its symbols and code refer to.
    pub addr: u32,
    /// Physical load address (ELF `p_paddr`, binutils' LMA): where a loader places the bytes.
    /// Equal to `addr` except for ELF segments linked with `AT(...)`, such as a Linux vmlinux
    /// (`addr` 0xc0000000, `lma` 0).
    pub lma: u32,
    /// Size in memory; bytes past `data.len()` are zero.
    pub size: u32,
    /// Alignment in bytes.
    pub align: u32,
    /// What it holds.
    pub kind: SectionKind,
    /// File contents (`data.len() <= size`; empty for `.bss`).
    pub data: Vec<u8>,
}

/// Symbol type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolKind {
    /// `.type x, @function`
    Func,
    /// `.type x, @object`
    Object,
    /// No type given.
    NoType,
}

/// A symbol of the image.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// Address (or value, for absolute symbols).
    pub value: u32,
    /// `.size`, or 0.
    pub size: u32,
    /// Containing section, `None` for absolute symbols (`.set`, `--defsym`).
    pub section: Option<String>,
    /// Type.
    pub kind: SymbolKind,
    /// `.globl`.
    pub global: bool,
}

/// A program ready to load.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Image {
    /// Sections in address order.
    pub sections: Vec<Section>,
    /// Symbols by name.
    pub symbols: BTreeMap<String, Symbol>,
    /// Entry point.
    pub entry: u32,
}

/// Why bytes are not a usable ELF image.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImageError {
    /// Not parseable as a 32-bit big-endian ELF file.
    #[error("not a 32-bit big-endian ELF file: {0}")]
    Parse(String),
    /// A 32-bit big-endian ELF file by its identification bytes whose headers are not whole
    /// or not consistent (a truncated or damaged file).
    #[error("a 32-bit big-endian ELF file, but truncated or damaged: {0}")]
    Malformed(String),
    /// An ELF file for another machine.
    #[error("ELF machine is {0}, expected EM_PPC (20)")]
    WrongMachine(u16),
    /// A segment's file range lies outside the file or its sizes are inconsistent.
    #[error("bad PT_LOAD segment {index}: {message}")]
    BadSegment {
        /// Program header index.
        index: usize,
        /// What is wrong.
        message: String,
    },
    /// An image that does not fit the 32-bit address space.
    #[error("section `{0}` does not fit below 4 GiB")]
    AddressOverflow(String),
    /// A relocatable object or a core file: nothing a loader can place.
    #[error("ELF type is {0} ({1}), expected an executable (ET_EXEC or ET_DYN): link it first")]
    NotExecutable(u16, &'static str),
    /// An executable without a `PT_LOAD` segment of nonzero size (reported by
    /// [`crate::program::load`]; [`Image::from_elf`] reads such a file as an empty image).
    #[error("no PT_LOAD segment: nothing to load")]
    NoLoadSegment,
}

/// The start of every ELF file's identification (EI_MAG0..3).
pub(crate) const ELF_MAGIC: [u8; 4] = *b"\x7fELF";
/// The identification of a 32-bit big-endian ELF file: the magic, EI_CLASS = ELFCLASS32,
/// EI_DATA = ELFDATA2MSB.
const ELF32_BE: [u8; 6] = [ELF_MAGIC[0], ELF_MAGIC[1], ELF_MAGIC[2], ELF_MAGIC[3], 1, 2];
const EHDR: usize = 52;
const PHDR: usize = 32;
const SHDR: usize = 40;

fn put16(v: &mut Vec<u8>, x: u16) {
    v.extend_from_slice(&x.to_be_bytes());
}
fn put32(v: &mut Vec<u8>, x: u32) {
    v.extend_from_slice(&x.to_be_bytes());
}

/// A string table under construction.
#[derive(Default)]
struct StrTab(Vec<u8>);

impl StrTab {
    fn add(&mut self, s: &str) -> u32 {
        if self.0.is_empty() {
            self.0.push(0);
        }
        let off = self.0.len().low_u32();
        self.0.extend_from_slice(s.as_bytes());
        self.0.push(0);
        off
    }
}

impl Image {
    /// An image of raw bytes loaded at `base`, entry at `base`.
    ///
    /// # Errors
    /// [`ImageError::AddressOverflow`] when `bytes` is 4 GiB or more.
    pub fn from_flat(bytes: &[u8], base: u32) -> Result<Image, ImageError> {
        let size = u32::try_from(bytes.len()).map_err(|_| ImageError::AddressOverflow(".data".into()))?;
        Ok(Image {
            sections: vec![Section {
                name: ".data".into(),
                addr: base,
                lma: base,
                size,
                align: 1,
                kind: SectionKind::Code,
                data: bytes.to_vec(),
            }],
            symbols: BTreeMap::new(),
            entry: base,
        })
    }

    /// The value of a symbol.
    pub fn symbol(&self, name: &str) -> Option<u32> {
        self.symbols.get(name).map(|s| s.value)
    }

    /// A section by name.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.name == name)
    }

    /// The byte at `addr`, if some section covers it (`.bss` reads as zero).
    pub fn byte(&self, addr: u32) -> Option<u8> {
        self.sections.iter().find_map(|s| {
            let off = addr.checked_sub(s.addr)?;
            (off < s.size).then(|| s.data.get(off as usize).copied().unwrap_or(0))
        })
    }

    /// `len` bytes from `addr`, if all are covered by sections.
    pub fn read(&self, addr: u32, len: u32) -> Option<Vec<u8>> {
        (0..len).map(|i| self.byte(addr.checked_add(i)?)).collect()
    }

    /// A big-endian word at `addr`.
    pub fn read_u32(&self, addr: u32) -> Option<u32> {
        let b = self.read(addr, 4)?;
        Some(u32::from_be_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// Where a loader starts the program: the entry point translated from the linked to the
    /// physical address space as QEMU's ELF loader does it (docs/boot.md): when the entry lies
    /// in the file contents of an executable section whose `lma` differs from its `addr`, it
    /// moves with that section (vmlinux: entry 0xc0000000 → 0); otherwise it is the entry.
    pub fn load_entry(&self) -> u32 {
        self.sections
            .iter()
            .find(|s| {
                s.lma != s.addr
                    && s.kind == SectionKind::Code
                    && self.entry >= s.addr
                    && u64::from(self.entry) < u64::from(s.addr) + s.data.len() as u64
            })
            .map_or(self.entry, |s| self.entry - s.addr + s.lma)
    }

    /// QEMU's view of the loaded payload (docs/boot.md): its lowest physical load address
    /// and its size, the sum of the sections' memory sizes (`load_elf`'s total), from which
    /// the device tree address is computed. `None` for an image with nothing to load.
    pub fn payload(&self) -> Option<(u32, u64)> {
        let low = self.sections.iter().filter(|s| s.size > 0).map(|s| s.lma).min()?;
        Some((low, self.sections.iter().map(|s| u64::from(s.size)).sum()))
    }

    /// The lowest section address, where [`Image::to_flat_binary`] starts.
    pub fn lowest_address(&self) -> Option<u32> {
        self.sections.iter().filter(|s| s.size > 0).map(|s| s.addr).min()
    }

    /// The bytes from the lowest address to the end of the last section with file contents,
    /// gaps zero-filled (like `objcopy -O binary`: trailing `.bss` is not stored). The result
    /// spans the whole range, so it is large when sections lie far apart.
    pub fn to_flat_binary(&self) -> Vec<u8> {
        let Some(low) = self.lowest_address() else { return Vec::new() };
        let end = self
            .sections
            .iter()
            .filter(|s| !s.data.is_empty())
            .map(|s| u64::from(s.addr) + s.data.len() as u64)
            .max()
            .unwrap_or(u64::from(low));
        let mut out = vec![0u8; (end - u64::from(low)).to_usize()];
        for s in &self.sections {
            if s.data.is_empty() {
                continue;
            }
            let off = (s.addr - low) as usize;
            out[off..off + s.data.len()].copy_from_slice(&s.data);
        }
        out
    }

    /// A 32-bit big-endian PowerPC `ET_EXEC` ELF file: one `PT_LOAD` per non-empty section
    /// (`p_vaddr` = `addr`, `p_paddr` = `lma`), section headers, `.symtab`, `.strtab` and `.shstrtab`.
    pub fn to_elf(&self) -> Vec<u8> {
        let loaded: Vec<&Section> = self.sections.iter().filter(|s| s.size > 0).collect();
        let mut shstr = StrTab::default();
        shstr.add("");
        let mut strtab = StrTab::default();
        strtab.add("");
        // File layout: header, program headers, section contents, tables, section headers.
        let mut off = EHDR + PHDR * loaded.len();
        let mut data_offs = Vec::new();
        for s in &loaded {
            let a = s.align.clamp(4, 4096) as usize;
            // Keep offset congruent to the address modulo the segment alignment.
            let want = s.addr as usize % a;
            off += (want + a - off % a) % a;
            data_offs.push(off);
            off += s.data.len();
        }
        // Symbols: locals first, as ELF requires.
        let shndx = |name: &Option<String>| -> u16 {
            match name {
                Some(n) => {
                    loaded.iter().position(|s| &s.name == n).map_or(elf::SHN_ABS.0, |i| i.low_u16() + 1)
                }
                None => elf::SHN_ABS.0,
            }
        };
        let mut syms: Vec<(&String, &Symbol)> = self.symbols.iter().collect();
        syms.sort_by_key(|(_, s)| s.global);
        let num_local = 1 + syms.iter().filter(|(_, s)| !s.global).count();
        let mut symtab = vec![0u8; 16];
        for (name, s) in &syms {
            put32(&mut symtab, strtab.add(name));
            put32(&mut symtab, s.value);
            put32(&mut symtab, s.size);
            let bind = if s.global { elf::STB_GLOBAL.0 } else { elf::STB_LOCAL.0 };
            let ty = match s.kind {
                SymbolKind::Func => elf::STT_FUNC.0,
                SymbolKind::Object => elf::STT_OBJECT.0,
                SymbolKind::NoType => elf::STT_NOTYPE.0,
            };
            symtab.push((bind << 4) | ty);
            symtab.push(0);
            put16(&mut symtab, shndx(&s.section));
        }
        off = off.next_multiple_of(4);
        let symtab_off = off;
        off += symtab.len();
        let strtab_off = off;
        off += strtab.0.len();
        // Section names.
        let names: Vec<u32> = loaded.iter().map(|s| shstr.add(&s.name)).collect();
        let n_symtab = shstr.add(".symtab");
        let n_strtab = shstr.add(".strtab");
        let n_shstrtab = shstr.add(".shstrtab");
        let shstr_off = off;
        off += shstr.0.len();
        off = off.next_multiple_of(4);
        let shoff = off;
        let shnum = loaded.len() + 4;

        let mut out = Vec::with_capacity(off + shnum * SHDR);
        // e_ident: 32-bit big-endian, EI_VERSION 1, the rest 0.
        out.extend_from_slice(&ELF32_BE);
        out.extend_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        put16(&mut out, elf::ET_EXEC.0);
        put16(&mut out, elf::EM_PPC.0);
        put32(&mut out, 1);
        put32(&mut out, self.entry);
        put32(&mut out, if loaded.is_empty() { 0 } else { EHDR.low_u32() });
        put32(&mut out, shoff.low_u32());
        put32(&mut out, 0);
        put16(&mut out, EHDR.low_u16());
        put16(&mut out, PHDR.low_u16());
        put16(&mut out, loaded.len().low_u16());
        put16(&mut out, SHDR.low_u16());
        put16(&mut out, shnum.low_u16());
        put16(&mut out, (shnum - 1).low_u16());
        for (s, &doff) in loaded.iter().zip(&data_offs) {
            let flags = match s.kind {
                SectionKind::Code => elf::PF_R.0 | elf::PF_X.0,
                SectionKind::ReadOnly | SectionKind::Note => elf::PF_R.0,
                SectionKind::Data | SectionKind::Bss => elf::PF_R.0 | elf::PF_W.0,
            };
            put32(&mut out, elf::PT_LOAD.0);
            put32(&mut out, doff.low_u32());
            put32(&mut out, s.addr);
            put32(&mut out, s.lma);
            put32(&mut out, s.data.len().low_u32());
            put32(&mut out, s.size);
            put32(&mut out, flags);
            put32(&mut out, s.align.clamp(4, 4096));
        }
        for (s, &doff) in loaded.iter().zip(&data_offs) {
            out.resize(doff, 0);
            out.extend_from_slice(&s.data);
        }
        out.resize(symtab_off, 0);
        out.extend_from_slice(&symtab);
        out.extend_from_slice(&strtab.0);
        out.extend_from_slice(&shstr.0);
        out.resize(shoff, 0);
        let shdr = |out: &mut Vec<u8>, f: [u32; 10]| f.iter().for_each(|x| put32(out, *x));
        shdr(&mut out, [0; 10]);
        for ((s, &doff), &name) in loaded.iter().zip(&data_offs).zip(&names) {
            let (ty, flags) = match s.kind {
                SectionKind::Code => (elf::SHT_PROGBITS.0, elf::SHF_ALLOC.0 | elf::SHF_EXECINSTR.0),
                SectionKind::ReadOnly => (elf::SHT_PROGBITS.0, elf::SHF_ALLOC.0),
                SectionKind::Note => (elf::SHT_NOTE.0, elf::SHF_ALLOC.0),
                SectionKind::Data => (elf::SHT_PROGBITS.0, elf::SHF_ALLOC.0 | elf::SHF_WRITE.0),
                SectionKind::Bss => (elf::SHT_NOBITS.0, elf::SHF_ALLOC.0 | elf::SHF_WRITE.0),
            };
            let size = if ty == elf::SHT_NOBITS.0 { s.size } else { s.data.len().low_u32() };
            shdr(
                &mut out,
                [name, ty, flags.low_u32(), s.addr, doff.low_u32(), size, 0, 0, s.align.max(1), 0],
            );
        }
        let strtab_idx = (loaded.len() + 2).low_u32();
        shdr(
            &mut out,
            [
                n_symtab,
                elf::SHT_SYMTAB.0,
                0,
                0,
                symtab_off.low_u32(),
                symtab.len().low_u32(),
                strtab_idx,
                num_local.low_u32(),
                4,
                16,
            ],
        );
        shdr(
            &mut out,
            [n_strtab, elf::SHT_STRTAB.0, 0, 0, strtab_off.low_u32(), strtab.0.len().low_u32(), 0, 0, 1, 0],
        );
        shdr(
            &mut out,
            [n_shstrtab, elf::SHT_STRTAB.0, 0, 0, shstr_off.low_u32(), shstr.0.len().low_u32(), 0, 0, 1, 0],
        );
        out
    }

    /// Reads an ELF executable: `PT_LOAD` segments become sections (named after the ELF section
    /// at the same address when there is one; `addr` = `p_vaddr`, `lma` = `p_paddr`), plus
    /// symbols and the entry point.
    ///
    /// # Errors
    /// [`ImageError`] when the bytes are not a 32-bit big-endian PowerPC ELF executable, or a
    /// segment is inconsistent.
    pub fn from_elf(bytes: &[u8]) -> Result<Image, ImageError> {
        let (mut image, ranges) = Image::parse_elf(bytes)?;
        for (section, range) in image.sections.iter_mut().zip(ranges) {
            section.data = bytes[range].to_vec();
        }
        Ok(image)
    }

    /// [`Image::from_elf`] on a file's bytes it may keep: the largest segment's contents take
    /// over the buffer (moved to its start, not copied into new memory), so a kernel's text is
    /// not copied once more at start-up (for the Linux guest: 3.4 MiB, some 850 page faults).
    ///
    /// # Errors
    /// As [`Image::from_elf`].
    pub fn from_elf_vec(mut bytes: Vec<u8>) -> Result<Image, ImageError> {
        let (mut image, ranges) = Image::parse_elf(&bytes)?;
        let largest = (0..ranges.len()).max_by_key(|&i| ranges[i].len());
        for (i, (section, range)) in image.sections.iter_mut().zip(&ranges).enumerate() {
            if Some(i) != largest {
                section.data = bytes[range.clone()].to_vec();
            }
        }
        if let Some(i) = largest {
            bytes.truncate(ranges[i].end);
            bytes.drain(..ranges[i].start);
            bytes.shrink_to_fit();
            image.sections[i].data = bytes;
        }
        Ok(image)
    }

    /// The image of an ELF executable with every section's `data` empty, and where in `bytes`
    /// each section's contents are (in the order of `sections`).
    fn parse_elf(bytes: &[u8]) -> Result<(Image, Vec<std::ops::Range<usize>>), ImageError> {
        let file = ElfFile32::<BigEndian>::parse(bytes).map_err(|e| {
            // The file says it is one.
            if bytes.starts_with(&ELF32_BE) {
                ImageError::Malformed(e.to_string())
            } else {
                ImageError::Parse(e.to_string())
            }
        })?;
        let endian = file.endian();
        let machine = file.elf_header().e_machine(endian).0;
        if machine != elf::EM_PPC.0 {
            return Err(ImageError::WrongMachine(machine));
        }
        let ty = file.elf_header().e_type(endian);
        // Like QEMU's loader, any file with program headers loads (ET_EXEC, and ET_DYN at its
        // linked addresses); a relocatable object has none to place.
        if ty != elf::ET_EXEC && ty != elf::ET_DYN {
            let name = if ty == elf::ET_REL { "a relocatable object" } else { "not an executable" };
            return Err(ImageError::NotExecutable(ty.0, name));
        }
        let mut loaded = Vec::new();
        for (index, ph) in file.elf_program_headers().iter().enumerate() {
            if ph.p_type(endian) != elf::PT_LOAD {
                continue;
            }
            let (vaddr, filesz, memsz) = (ph.p_vaddr(endian), ph.p_filesz(endian), ph.p_memsz(endian));
            let paddr = ph.p_paddr(endian);
            if filesz > memsz {
                return Err(ImageError::BadSegment {
                    index,
                    message: format!("p_filesz {filesz:#x} > p_memsz {memsz:#x}"),
                });
            }
            if memsz == 0 {
                continue;
            }
            if u64::from(vaddr.max(paddr)) + u64::from(memsz) > 1 << 32 {
                return Err(ImageError::BadSegment { index, message: "extends past 4 GiB".into() });
            }
            let data = ph.data(endian, bytes).map_err(|_| ImageError::BadSegment {
                index,
                message: "its bytes lie past the end of the file (truncated or damaged)".into(),
            })?;
            // Where `data` is in `bytes` (reading it checked that a nonempty range is in the
            // file; an empty one may name any offset).
            let start = if data.is_empty() { 0 } else { ph.file_range(endian).0.to_usize() };
            let range = start..start + data.len();
            let flags = ph.p_flags(endian).0;
            // The allocated sections the segment holds (`.symtab` and the other tables are not
            // allocated, and have address 0 too).
            let held: Vec<_> = file
                .sections()
                .filter(|s| {
                    let alloc = matches!(s.flags(), SectionFlags::Elf { sh_flags, .. } if sh_flags.0 & elf::SHF_ALLOC.0 != 0);
                    let start = u64::from(vaddr);
                    alloc && s.size() > 0 && (start..start + u64::from(memsz)).contains(&s.address())
                })
                .collect();
            let notes_only = !held.is_empty() && held.iter().all(|s| s.kind() == ObjSectionKind::Note);
            let kind = if flags & (elf::PF_X.0 | elf::PF_W.0) == 0 && notes_only {
                SectionKind::Note
            } else if flags & elf::PF_X.0 != 0 {
                SectionKind::Code
            } else if flags & elf::PF_W.0 == 0 {
                SectionKind::ReadOnly
            } else if filesz == 0 {
                SectionKind::Bss
            } else {
                SectionKind::Data
            };
            // Named after the section it starts with, else as the program header it is (a
            // segment that starts with the ELF headers, as GCC's default link makes).
            let name = held
                .iter()
                .find(|s| s.address() == u64::from(vaddr))
                .and_then(|s| s.name().ok().map(str::to_string))
                .unwrap_or_else(|| format!("PT_LOAD segment {index}"));
            let align = ph.p_align(endian).max(1);
            loaded.push((
                Section { name, addr: vaddr, lma: paddr, size: memsz, align, kind, data: Vec::new() },
                range,
            ));
        }
        loaded.sort_by_key(|(s, _)| s.addr);
        let (sections, ranges): (Vec<Section>, Vec<_>) = loaded.into_iter().unzip();
        // The sections' names by index, looked up once (a kernel has some 13,000 symbols in a
        // few dozen sections).
        let mut section_names: Vec<Option<String>> = Vec::new();
        for sec in file.sections() {
            let i = sec.index().0;
            if section_names.len() <= i {
                section_names.resize(i + 1, None);
            }
            section_names[i] = sec.name().ok().map(str::to_string);
        }
        let mut symbols = BTreeMap::new();
        for sym in file.symbols() {
            let Ok(name) = sym.name() else { continue };
            if name.is_empty()
                || sym.is_undefined()
                || matches!(sym.kind(), ObjSymbolKind::Section | ObjSymbolKind::File)
            {
                continue;
            }
            let section = sym.section_index().and_then(|i| section_names.get(i.0)?.clone());
            let kind = match sym.kind() {
                ObjSymbolKind::Text => SymbolKind::Func,
                ObjSymbolKind::Data => SymbolKind::Object,
                _ => SymbolKind::NoType,
            };
            symbols.insert(
                name.to_string(),
                Symbol {
                    value: sym.address().low_u32(),
                    size: sym.size().low_u32(),
                    section,
                    kind,
                    global: sym.is_global(),
                },
            );
        }
        Ok((Image { sections, symbols, entry: file.entry().low_u32() }, ranges))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Image {
        let mut symbols = BTreeMap::new();
        symbols.insert(
            "_start".to_string(),
            Symbol {
                value: 0x10000,
                size: 8,
                section: Some(".text".into()),
                kind: SymbolKind::Func,
                global: true,
            },
        );
        symbols.insert(
            "local".to_string(),
            Symbol {
                value: 0x10010,
                size: 0,
                section: Some(".data".into()),
                kind: SymbolKind::NoType,
                global: false,
            },
        );
        symbols.insert(
            "ABS".to_string(),
            Symbol { value: 5, size: 0, section: None, kind: SymbolKind::NoType, global: false },
        );
        Image {
            sections: vec![
                Section {
                    name: ".text".into(),
                    addr: 0x10000,
                    lma: 0x10000,
                    size: 8,
                    align: 4,
                    kind: SectionKind::Code,
                    data: vec![0x60, 0, 0, 0, 0x48, 0, 0, 0],
                },
                Section {
                    name: ".data".into(),
                    addr: 0x10010,
                    lma: 0x10010,
                    size: 2,
                    align: 16,
                    kind: SectionKind::Data,
                    data: vec![1, 2],
                },
                Section {
                    name: ".bss".into(),
                    addr: 0x10014,
                    lma: 0x10014,
                    size: 12,
                    align: 4,
                    kind: SectionKind::Bss,
                    data: vec![],
                },
            ],
            symbols,
            entry: 0x10000,
        }
    }

    #[test]
    fn flat() {
        let img = sample();
        let flat = img.to_flat_binary();
        assert_eq!(flat.len(), 0x12);
        assert_eq!(&flat[..8], &[0x60, 0, 0, 0, 0x48, 0, 0, 0]);
        assert_eq!(&flat[0x10..], &[1, 2]);
        let back = Image::from_flat(&flat, 0x10000).unwrap();
        assert_eq!(back.read_u32(0x10000), Some(0x6000_0000));
        assert_eq!(back.byte(0x10011), Some(2));
        assert_eq!(img.byte(0x1001f), Some(0));
        assert_eq!(img.byte(0x10020), None);
        assert_eq!(Image::default().to_flat_binary(), Vec::<u8>::new());
    }

    #[test]
    fn elf_round_trip() {
        let img = sample();
        let bytes = img.to_elf();
        let back = Image::from_elf(&bytes).unwrap();
        assert_eq!(back.entry, 0x10000);
        assert_eq!(back.sections.len(), 3);
        for (a, b) in img.sections.iter().zip(&back.sections) {
            assert_eq!(
                (a.addr, a.lma, a.size, &a.data, a.kind, &a.name),
                (b.addr, b.lma, b.size, &b.data, b.kind, &b.name)
            );
        }
        assert_eq!(back.symbols, img.symbols);
    }

    #[test]
    fn bad_elf_is_an_error() {
        assert!(matches!(Image::from_elf(b"hello"), Err(ImageError::Parse(_))));
        // A 64-bit or little-endian identification is another kind of file, not a damaged one.
        assert!(matches!(Image::from_elf(b"\x7fELF\x02\x02\x01"), Err(ImageError::Parse(_))));
        assert!(matches!(Image::from_elf(b"\x7fELF\x01\x01\x01"), Err(ImageError::Parse(_))));
        let cut = sample().to_elf();
        assert!(matches!(Image::from_elf(&cut[..40]), Err(ImageError::Malformed(_))));
        assert!(Image::from_elf(&[]).is_err());
        let mut bytes = sample().to_elf();
        bytes[19] = 3; // e_machine = EM_386
        assert_eq!(Image::from_elf(&bytes), Err(ImageError::WrongMachine(3)));
        let good = sample().to_elf();
        // Every truncation and many single-byte corruptions: errors or images, never panics.
        for n in 0..good.len() {
            let _ = Image::from_elf(&good[..n]);
        }
        for i in 0..good.len() {
            for v in [0x00, 0xff, 0x80, 0x7f] {
                let mut b = good.clone();
                b[i] = v;
                let _ = Image::from_elf(&b);
            }
        }
    }

    /// Keeping the file's buffer reads every file as copying from it does: the sample (whose
    /// largest segment is not its first), every truncation and corruption of it, and a GCC
    /// build with a notes segment.
    #[test]
    fn from_elf_vec_reads_as_from_elf() {
        let good = sample().to_elf();
        // The same with a larger second segment (the one the buffer goes to).
        let mut second = sample();
        second.sections[1].data = (0..12).collect();
        second.sections[1].size = 12;
        second.sections[2].addr = 0x10020;
        second.sections[2].lma = 0x10020;
        let mut files = vec![good.clone(), second.to_elf()];
        files.extend((0..good.len()).step_by(7).map(|n| good[..n].to_vec()));
        for i in (0..good.len()).step_by(3) {
            let mut b = good.clone();
            b[i] ^= 0x5a;
            files.push(b);
        }
        let notes = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/elf/notes-high.elf");
        files.push(std::fs::read(notes).unwrap());
        for f in files {
            assert_eq!(Image::from_elf_vec(f.clone()), Image::from_elf(&f));
        }
        let back = Image::from_elf_vec(second.to_elf()).unwrap();
        assert_eq!(back.sections[1].data, (0..12).collect::<Vec<u8>>());
    }
}
