//! An objdump-style listing of a program image: `objdump -d -M e500` text, with symbol labels
//! and `<symbol+offset>` after branch targets.

use crate::narrow::Narrow;
use std::fmt::Write as _;

use crate::image::{Image, SectionKind};
use crate::isa;

/// The nearest symbol at or below `addr`, as objdump names a target: `sym` or `sym+0x10` (the
/// first name in order among symbols of one value); with `labels_only`, only symbols defined in
/// a section (code and data labels, not `.equ` constants).
pub(crate) fn symbolize(image: &Image, addr: u32, labels_only: bool) -> Option<String> {
    let (name, sym) = image
        .symbols
        .iter()
        .filter(|(_, s)| s.value <= addr && (!labels_only || s.section.is_some()))
        .max_by_key(|(n, s)| (s.value, std::cmp::Reverse((*n).clone())))?;
    let off = addr - sym.value;
    Some(if off == 0 { name.clone() } else { format!("{name}+0x{off:x}") })
}

/// Disassembles every code section of `image` (everything, for a flat image).
pub fn disassemble(image: &Image) -> String {
    let mut out = String::new();
    for sec in image.sections.iter().filter(|s| s.kind == SectionKind::Code) {
        let _ = writeln!(out, "\nDisassembly of section {}:", sec.name);
        for (i, chunk) in sec.data.chunks(4).enumerate() {
            let pc = sec.addr + 4 * i.low_u32();
            if let Some((name, _)) = image.symbols.iter().find(|(_, s)| s.value == pc) {
                let _ = writeln!(out, "\n{pc:08x} <{name}>:");
            }
            let bytes: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
            if chunk.len() < 4 {
                let _ = writeln!(out, "{pc:8x}:\t{} ", bytes.join(" "));
                continue;
            }
            let word = u32::from_be_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
            let insn = isa::decode(word);
            let mut text = insn.disasm(pc).to_string();
            if let Some(t) = insn.target(pc) {
                let hex = format!("0x{t:x}");
                if let (Some(stem), Some(sym)) = (text.strip_suffix(&hex), symbolize(image, t, false)) {
                    text = format!("{stem}{t:x} <{sym}>");
                }
            }
            let _ = writeln!(out, "{pc:8x}:\t{} \t{text}", bytes.join(" "));
        }
    }
    out
}
