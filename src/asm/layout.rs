//! Layout and pass 2: places sections as `ld -N` does with the script
//! `ENTRY(_start) SECTIONS { . = BASE; .text : { *(.text.start) *(.text*) }
//! .rodata : { *(.rodata*) } .data : { *(.data*) } .bss : { *(.bss*) } }`, then evaluates the
//! remaining expressions, encodes instructions and builds the [`Image`].
//!
//! Each output section starts at the largest alignment of its input sections, and each input
//! section at its own alignment: the largest `.align` in it, and at least 4 once it holds an
//! instruction (GNU as records no alignment for instructions, so `ld` could place code at an odd
//! address after a text section of odd size; we keep instructions aligned instead). A gap
//! between two code input sections is filled with `nop`s when its length is a multiple of 4,
//! as `ld` does, else left zero. Sections matching none of the patterns are placed like `ld` orphans:
//! after the group of the same kind (code, read-only, writable, no-bits), each on its own.
//! Sections without the `a` flag (e.g. `.note.GNU-stack`, `.comment`) are not loaded.

use crate::narrow::{Narrow, ToUsize};
use std::collections::BTreeMap;

use super::driver::BssPart;
use super::driver::{Asm, Item, Operand, SymValue};
use super::error::{AsmError, ErrorKind, Loc, Severity};
use super::expr::{self, Expr, Val};
use super::listing::{Listing, ListingLine};
use crate::image::{Image, Section, SectionKind, Symbol, SymbolKind};
use crate::isa::{Arg, EncodeError};

/// Section indices in output order, grouped into output sections, as `tools/qemu/fixture.ld`
/// places them: `.text.start .text*`, `.rodata*`, `.eh_frame`, `.data*`, `.sdata*`, `.sbss*`, `.bss*`; any other
/// allocated section after the group of its kind (as `ld` places orphans).
fn output_groups(asm: &Asm) -> Vec<Vec<usize>> {
    let secs = &asm.secs;
    let alloc: Vec<usize> = (0..secs.len()).filter(|&i| secs[i].alloc).collect();
    let named = |pred: &dyn Fn(&str) -> bool| -> Vec<usize> {
        alloc.iter().copied().filter(|&i| pred(&secs[i].name)).collect()
    };
    let mut text = named(&|n| n == ".text.start");
    text.extend(named(&|n| n.starts_with(".text") && n != ".text.start"));
    let rodata = named(&|n| n.starts_with(".rodata"));
    let eh_frame = named(&|n| n == ".eh_frame");
    let data = named(&|n| n.starts_with(".data"));
    let sdata = named(&|n| n == ".sdata" || n.starts_with(".sdata."));
    let sbss = named(&|n| n == ".sbss" || n.starts_with(".sbss."));
    // `.bss` with the `.lcomm` space right after it, the other `.bss*`, then the `.comm` space.
    let part = |p: BssPart| alloc.iter().copied().filter(move |&i| secs[i].bss_part == p);
    let mut bss: Vec<usize> =
        named(&|n| n == ".bss").into_iter().filter(|&i| secs[i].bss_part == BssPart::None).collect();
    bss.extend(part(BssPart::Lcomm));
    bss.extend(named(&|n| n.starts_with(".bss.")));
    bss.extend(part(BssPart::Common));
    let matched =
        |i: &usize| [&text, &rodata, &eh_frame, &data, &sdata, &sbss, &bss].iter().any(|g| g.contains(i));
    let orphans: Vec<usize> = alloc.iter().copied().filter(|i| !matched(i)).collect();
    let orphan = |f: &dyn Fn(usize) -> bool| -> Vec<Vec<usize>> {
        orphans.iter().copied().filter(|&i| f(i)).map(|i| vec![i]).collect()
    };
    let mut groups = vec![text];
    groups.extend(orphan(&|i| secs[i].code));
    groups.push(rodata);
    groups.extend(orphan(&|i| !secs[i].code && !secs[i].write));
    groups.push(eh_frame);
    groups.push(data);
    groups.extend(orphan(&|i| !secs[i].code && secs[i].write && !secs[i].nobits));
    groups.push(sdata);
    groups.push(sbss);
    groups.push(bss);
    groups.extend(orphan(&|i| !secs[i].code && secs[i].write && secs[i].nobits));
    groups
}

/// A section's alignment as a power of two.
fn align_p2(asm: &Asm, i: usize) -> u32 {
    let s = &asm.secs[i];
    if s.has_insn { s.align_p2.max(2) } else { s.align_p2 }
}

fn align_up(v: u64, p2: u32) -> u64 {
    let a = 1u64 << p2;
    v.div_ceil(a) * a
}

/// Assigns section addresses; returns the non-empty output sections, each a list of input
/// sections in address order.
pub fn place(asm: &mut Asm) -> Vec<Vec<usize>> {
    let mut bases = vec![0u64; asm.secs.len()];
    let mut dot = u64::from(asm.opts.base);
    let mut out = Vec::new();
    for group in output_groups(asm) {
        let size: u64 = group.iter().map(|&i| asm.secs[i].size).sum();
        if size == 0 {
            for &i in &group {
                bases[i] = dot;
            }
            continue;
        }
        let galign = group.iter().map(|&i| align_p2(asm, i)).max().unwrap_or(0);
        dot = align_up(dot, galign);
        for &i in &group {
            dot = align_up(dot, align_p2(asm, i));
            bases[i] = dot;
            dot += asm.secs[i].size;
        }
        out.push(group);
    }
    asm.bases = Some(bases);
    out
}

/// The value of `e` after layout, or a reported error.
fn final_value(asm: &mut Asm, e: &Expr, at: usize, loc: &super::error::Loc) -> Option<i64> {
    match expr::eval(e, asm) {
        Ok(Val::Abs(v)) => Some(v),
        Ok(Val::Rel(..)) => {
            asm.err(loc, at, ErrorKind::NotAbsolute { what: "this expression".into() });
            None
        }
        Err(err) => {
            asm.eval_err(loc, err, at);
            None
        }
    }
}

/// Whether `v` fits `size` bytes without losing information (GNU as's truncation test).
fn fits(v: i64, size: u8) -> bool {
    if size >= 8 {
        return true;
    }
    let mask = (1i64 << (u32::from(size) * 8)) - 1;
    v & !mask == 0 || v | mask == -1
}

/// The warning GNU as gives when `v` does not fit `size` bytes.
pub fn truncation_warning(loc: &Loc, at: usize, v: i64, size: u8) -> Option<AsmError> {
    if fits(v, size) {
        return None;
    }
    let truncated = v.cast_unsigned() & (u64::MAX >> (64 - 8 * u32::from(size)));
    Some(loc.diag(Severity::Warning, at, ErrorKind::Truncated { value: v, truncated }))
}

/// Encodes one instruction, trying `@l`/`@h`/`@ha` operands as signed first, then unsigned.
fn encode(asm: &mut Asm, item: &Item, base: u64) -> Option<u32> {
    let Item::Insn { off, mnemonic, mn_at, operands, loc, dialect } = item else { return None };
    let pc = base.wrapping_add(*off).low_u32();
    let mut args = Vec::new();
    // For each operand: (index, signed value) of a top-level 16-bit part.
    let mut halves: Vec<(usize, i64)> = Vec::new();
    let mut ok = true;
    for (i, (op, at)) in operands.iter().enumerate() {
        let half = |e: &Expr| matches!(e, Expr::Part(..));
        let sext = |v: i64| i64::from(v.low_u16().cast_signed());
        match op {
            Operand::Value(e) => match final_value(asm, e, *at, loc) {
                Some(v) => {
                    if half(e) {
                        halves.push((i, sext(v)));
                    }
                    args.push(Arg::Value(v));
                }
                None => ok = false,
            },
            Operand::Indexed(d, b) => {
                let dv = final_value(asm, d, *at, loc);
                let bv = final_value(asm, b, *at, loc);
                match (dv, bv) {
                    (Some(disp), Some(base)) => {
                        if half(d) {
                            halves.push((i, sext(disp)));
                        }
                        args.push(Arg::Indexed { disp, base });
                    }
                    _ => ok = false,
                }
            }
        }
    }
    if !ok {
        return None;
    }
    let unsigned = args.clone();
    let set = |args: &mut Vec<Arg>, i: usize, v: i64| match &mut args[i] {
        Arg::Value(x) => *x = v,
        Arg::Indexed { disp, .. } => *disp = v,
    };
    for &(i, s) in &halves {
        set(&mut args, i, s);
    }
    let mut tries = 0;
    let result = loop {
        match (asm.opts.isa.assemble)(mnemonic, &args, pc, *dialect) {
            Err(EncodeError::OutOfRange { index, .. })
                if tries < halves.len()
                    && halves.iter().any(|&(i, s)| i + 1 == index && args[i] != unsigned[i] && s < 0) =>
            {
                set(
                    &mut args,
                    index - 1,
                    match unsigned[index - 1] {
                        Arg::Value(v) => v,
                        Arg::Indexed { disp, .. } => disp,
                    },
                );
                tries += 1;
            }
            r => break r,
        }
    };
    match result {
        Ok(w) => Some(w),
        Err(e) => {
            let at = match &e {
                EncodeError::OutOfRange { index, .. }
                | EncodeError::Misaligned { index, .. }
                | EncodeError::Syntax { index, .. } => {
                    operands.get(index.wrapping_sub(1)).map_or(*mn_at, |(_, at)| *at)
                }
                _ => *mn_at,
            };
            let kind = match e {
                EncodeError::UnknownMnemonic(m) => ErrorKind::UnknownMnemonic(m),
                other => ErrorKind::Operand(other),
            };
            asm.err(loc, at, kind);
            None
        }
    }
}

/// Pass 2 for one section: its bytes.
fn emit_section(asm: &mut Asm, i: usize) -> Vec<u8> {
    let base = asm.bases.as_ref().map_or(0, |b| b[i]);
    let size = asm.secs[i].size.to_usize();
    let nobits = asm.secs[i].nobits;
    let name = asm.secs[i].name.clone();
    let mut data = vec![0u8; size];
    let items = std::mem::take(&mut asm.secs[i].items);
    for item in &items {
        match item {
            Item::Bytes { off, data: b } => {
                data[(*off).to_usize()..(*off).to_usize() + b.len()].copy_from_slice(b);
            }
            Item::Fill { off, len, pattern } => {
                let start = (*off).to_usize();
                for (k, byte) in data[start..start + (*len).to_usize()].iter_mut().enumerate() {
                    *byte = pattern[k % pattern.len()];
                }
            }
            Item::Data { off, size, expr, at, loc } => {
                let Some(v) = final_value(asm, expr, *at, loc) else { continue };
                if let Some(w) = truncation_warning(loc, *at, v, *size) {
                    asm.push(w);
                }
                let be = v.to_be_bytes();
                let n = usize::from(*size);
                data[(*off).to_usize()..(*off).to_usize() + n].copy_from_slice(&be[8 - n..]);
            }
            Item::PcRel32 { off, sec, target } => {
                let bases = asm.bases.as_ref().map_or(&[][..], |b| &b[..]);
                let to = bases.get(*sec).copied().unwrap_or(0).wrapping_add(*target);
                let rel = to.wrapping_sub(base.wrapping_add(*off)).low_u32();
                data[(*off).to_usize()..(*off).to_usize() + 4].copy_from_slice(&rel.to_be_bytes());
            }
            Item::Word { off, word } => {
                data[(*off).to_usize()..(*off).to_usize() + 4].copy_from_slice(&word.to_be_bytes());
            }
            Item::Insn { off, loc, mn_at, .. } => {
                if nobits {
                    asm.err(loc, *mn_at, ErrorKind::DataInBss(name.clone()));
                    continue;
                }
                if let Some(w) = encode(asm, item, base) {
                    data[(*off).to_usize()..(*off).to_usize() + 4].copy_from_slice(&w.to_be_bytes());
                }
            }
        }
        if nobits
            && let Item::Bytes { off, .. } | Item::Fill { off, .. } | Item::Data { off, .. } = item
            && data[(*off).to_usize()..].iter().any(|b| *b != 0)
        {
            let (loc, at) = match item {
                Item::Data { loc, at, .. } => (loc.clone(), *at),
                _ => (
                    asm.listing
                        .iter()
                        .find(|l| l.sec == i && l.start <= *off && *off < l.end)
                        .map(|l| l.loc.clone())
                        .unwrap_or_else(|| asm.listing[0].loc.clone()),
                    0,
                ),
            };
            asm.err(&loc, at, ErrorKind::DataInBss(name.clone()));
            data.iter_mut().for_each(|b| *b = 0);
        }
    }
    asm.secs[i].items = items;
    data
}

/// Lays out, runs pass 2 and builds the image and listing.
pub fn finish(asm: &mut Asm) -> (Image, Listing) {
    let groups = place(asm);
    let bases = asm.bases.clone().unwrap_or_default();
    if let Some(&i) = groups.iter().flatten().find(|&&i| bases[i] + asm.secs[i].size > 1 << 32) {
        let loc = asm.listing.first().map(|l| l.loc.clone());
        if let Some(loc) = loc {
            let msg = format!(
                "section `{}` at {:#x} extends past the 32-bit address space",
                asm.secs[i].name, bases[i]
            );
            asm.err(&loc, 0, ErrorKind::Message(msg));
        }
        return (Image::default(), Listing::default());
    }
    let mut sections: Vec<Section> = Vec::new();
    let mut datas: Vec<Option<Vec<u8>>> = vec![None; asm.secs.len()];
    let mut first_insn: Option<u64> = None;
    let order: Vec<(usize, bool)> =
        groups.iter().flat_map(|g| g.iter().enumerate().map(|(k, &i)| (i, k > 0))).collect();
    for &(i, follows) in &order {
        // `ld` fills a gap between input sections of a code output section with `nop`s when
        // its length is a multiple of 4: it belongs to the previous section here.
        if follows
            && asm.secs[i].code
            && let Some(prev) = sections.last_mut()
            && prev.kind == SectionKind::Code
        {
            let gap = bases[i] - (u64::from(prev.addr) + u64::from(prev.size));
            if gap > 0 && gap.is_multiple_of(4) {
                for _ in 0..gap / 4 {
                    prev.data.extend_from_slice(&0x6000_0000u32.to_be_bytes());
                }
                prev.size += gap.low_u32();
            }
        }
        let data = emit_section(asm, i);
        let s = &asm.secs[i];
        if let Some(off) = s.items.iter().find_map(|it| match it {
            Item::Insn { off, .. } | Item::Word { off, .. } => Some(*off),
            _ => None,
        }) {
            let a = bases[i] + off;
            first_insn = Some(first_insn.map_or(a, |f| f.min(a)));
        }
        let kind = if s.nobits {
            SectionKind::Bss
        } else if s.code {
            SectionKind::Code
        } else if s.write {
            SectionKind::Data
        } else {
            SectionKind::ReadOnly
        };
        sections.push(Section {
            name: s.name.clone(),
            addr: bases[i].low_u32(),
            lma: bases[i].low_u32(),
            size: s.size.low_u32(),
            align: 1 << align_p2(asm, i),
            kind,
            data: if s.nobits { Vec::new() } else { data.clone() },
        });
        datas[i] = Some(data);
    }
    let mut symbols = symbols(asm);
    sda_base(asm, &bases, &mut symbols);
    let entry = (symbols
        .get("_start")
        .map(|s| u64::from(s.value))
        .or(first_insn)
        .or(sections.first().map(|s| u64::from(s.addr)))
        .unwrap_or(u64::from(asm.opts.base)))
    .low_u32();
    let listing = if asm.opts.listing { listing(asm, &bases, &datas) } else { Listing::default() };
    (Image { sections, symbols, entry }, listing)
}

/// `ld` defines `_SDA_BASE_`, the small-data base GCC's EABI code may address r13 from, as the
/// start of the output `.sdata` (else `.sbss`) plus 0x8000 (docs/assembler.md, "Layout").
fn sda_base(asm: &Asm, bases: &[u64], symbols: &mut BTreeMap<String, Symbol>) {
    if symbols.contains_key("_SDA_BASE_") {
        return;
    }
    let small = |p: &str| {
        (0..asm.secs.len()).find(|&i| {
            let n = asm.secs[i].name.as_str();
            asm.secs[i].alloc && asm.secs[i].size > 0 && (n == p || n.starts_with(&format!("{p}.")))
        })
    };
    if let Some(i) = small(".sdata").or_else(|| small(".sbss")) {
        let sym = Symbol {
            value: (bases[i] + 0x8000).low_u32(),
            size: 0,
            section: Some(asm.secs[i].name.clone()),
            kind: SymbolKind::NoType,
            global: false,
        };
        symbols.insert("_SDA_BASE_".to_string(), sym);
    }
}

fn symbols(asm: &mut Asm) -> BTreeMap<String, Symbol> {
    let mut out = BTreeMap::new();
    let mut names: Vec<String> = asm.syms.keys().cloned().collect();
    names.sort();
    for name in names {
        let sym = asm.syms[&name].clone();
        let Some(def) = sym.defs.last() else { continue };
        if name.starts_with('\u{1}') || name.starts_with(".L") {
            continue;
        }
        let (value, section) = match &def.value {
            SymValue::Val(Val::Rel(s, o)) => {
                let b = asm.bases.as_ref().map_or(0, |b| b[*s]);
                let sec = asm.secs[*s].alloc.then(|| asm.secs[*s].name.clone());
                (b.wrapping_add((*o).cast_unsigned()).cast_signed(), sec)
            }
            SymValue::Val(Val::Abs(v)) => (*v, None),
            // An equate nobody could evaluate is left out quietly: its uses report the error.
            SymValue::Deferred(e, _) => match expr::eval(e, asm) {
                Ok(Val::Abs(v)) => (v, None),
                _ => continue,
            },
        };
        let size = match &sym.size {
            Some((e, loc, at)) => final_value(asm, e, *at, &loc.clone()).unwrap_or(0),
            None => 0,
        };
        let kind = match sym.func {
            Some(true) => SymbolKind::Func,
            Some(false) => SymbolKind::Object,
            None => SymbolKind::NoType,
        };
        out.insert(
            name,
            Symbol { value: value.low_u32(), size: size.low_u32(), section, kind, global: sym.global },
        );
    }
    out
}

fn listing(asm: &Asm, bases: &[u64], datas: &[Option<Vec<u8>>]) -> Listing {
    let lines = asm
        .listing
        .iter()
        .map(|e| {
            let bytes = match &datas[e.sec] {
                Some(d) if e.end > e.start && !asm.secs[e.sec].nobits => {
                    d[e.start.to_usize()..e.end.to_usize()].to_vec()
                }
                _ => Vec::new(),
            };
            let addr = (e.end > e.start && asm.secs[e.sec].alloc).then(|| (bases[e.sec] + e.start).low_u32());
            ListingLine {
                file: e.loc.file.to_string(),
                line: e.loc.line,
                addr,
                bytes,
                text: e.loc.text.to_string(),
                expanded: e.loc.note.is_some(),
            }
        })
        .collect();
    Listing { lines }
}

#[cfg(test)]
mod tests {
    use super::{align_up, fits};

    #[test]
    fn helpers() {
        assert_eq!(align_up(0x10001, 4), 0x10010);
        assert_eq!(align_up(0x10000, 4), 0x10000);
        assert!(fits(-129, 1));
        assert!(fits(255, 1));
        assert!(!fits(256, 1));
        assert!(!fits(0x1_0000_0000, 4));
        assert!(fits(-1, 4));
    }
}
