//! Behaviour not covered by the binutils comparisons: API options, listing, section handling,
//! symbol attributes and the documented extensions.

#![allow(
    clippy::unwrap_used,
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap,
    reason = "test code: the [lints] table guards the library and the binary"
)]

use tlbvisor::asm::{Assembler, parse_defsym};
use tlbvisor::image::{SectionKind, SymbolKind};

fn flat(src: &str) -> Vec<u8> {
    Assembler::new().assemble_str("t.s", src).unwrap_or_else(|e| panic!("{e}")).image.to_flat_binary()
}

#[test]
fn base_and_sections() {
    let out = Assembler::new()
        .base(0x20_0000)
        .assemble_str(
            "t.s",
            ".data\nd: .long 1\n.text\n.globl _start\n_start: nop\n.section .rodata\n.byte 1\n.bss\n.space 8\n\
             .section .note.GNU-stack,\"\",@progbits\n.long 5\n",
        )
        .unwrap();
    let img = out.image;
    let s: Vec<(&str, u32, u32, SectionKind)> =
        img.sections.iter().map(|s| (s.name.as_str(), s.addr, s.size, s.kind)).collect();
    assert_eq!(
        s,
        vec![
            (".text", 0x20_0000, 4, SectionKind::Code),
            (".rodata", 0x20_0004, 1, SectionKind::ReadOnly),
            (".data", 0x20_0005, 4, SectionKind::Data),
            (".bss", 0x20_0009, 8, SectionKind::Bss),
        ]
    );
    assert_eq!(img.entry, 0x20_0000);
    assert_eq!(img.symbol("d"), Some(0x20_0005));
    assert_eq!(img.read_u32(0x20_0000), Some(0x6000_0000));
    // .bss is not part of the flat binary; the non-allocated note is nowhere.
    assert_eq!(img.to_flat_binary().len(), 9);
}

#[test]
fn org_is_relative_to_the_section() {
    let out =
        Assembler::new().assemble_str("t.s", ".text\n.long 1\n.data\n.byte 1\n.org 4\nx: .byte 2\n").unwrap();
    assert_eq!(out.image.symbol("x"), Some(0x10008));
    assert_eq!(out.image.read(0x10004, 5), Some(vec![1, 0, 0, 0, 2]));
    // `. = expr` is the same.
    assert_eq!(flat(".byte 1\n. = 3\n.byte 2\n"), [1, 0, 0, 2]);
    assert_eq!(flat(".byte 1\n.org . + 2, 0xff\n.byte 2\n"), [1, 0xff, 0xff, 2]);
}

#[test]
fn section_stack_and_previous() {
    let src = ".data\n.byte 1\n.pushsection .rodata\n.byte 2\n.popsection\n.byte 3\n.text\n.long 4\n\
               .previous\n.byte 5\n";
    let img = Assembler::new().assemble_str("t.s", src).unwrap().image;
    assert_eq!(img.section(".data").unwrap().data, [1, 3, 5]);
    assert_eq!(img.section(".rodata").unwrap().data, [2]);
}

#[test]
fn defsym() {
    assert_eq!(parse_defsym("N=5"), Ok(("N".into(), 5)));
    assert_eq!(parse_defsym("BASE=0x1000"), Ok(("BASE".into(), 0x1000)));
    assert_eq!(parse_defsym("NEG=-3"), Ok(("NEG".into(), -3)));
    assert!(parse_defsym("N").unwrap_err().contains("expected NAME=VALUE"));
    assert!(parse_defsym("3x=1").is_err());
    assert!(parse_defsym("N=abc").is_err());
    let img = Assembler::new()
        .defsym("N", 5)
        .assemble_str("t.s", ".ifdef N\n.byte N\n.endif\n.ifndef M\n.byte 9\n.endif\n")
        .unwrap()
        .image;
    assert_eq!(img.to_flat_binary(), [5, 9]);
    assert_eq!(img.symbols["N"].section, None);
}

#[test]
fn case_comments_and_separators() {
    assert_eq!(flat(".BYTE 1 ; .Byte 2 # three\n/* multi\nline */ .byte 3 /* x */, 4\n"), [1, 2, 3, 4]);
    assert_eq!(flat(".byte '#, ';, 'a # char constants hide comment and separator\n"), [b'#', b';', b'a']);
    assert_eq!(flat(".ascii \"a#b;c\"\n"), b"a#b;c");
    assert_eq!(flat("x: y: .byte 1\nz:.byte 2\n"), [1, 2]);
}

#[test]
fn symbol_attributes() {
    let src = ".text\n.globl f\n.type f, @function\nf: nop\nblr\n.size f, . - f\n.data\n.type o, %object\n\
               o: .long 0\n.size o, 4\n.L_hidden: .long 0\n1: .long 1b\n";
    let img = Assembler::new().assemble_str("t.s", src).unwrap().image;
    let f = &img.symbols["f"];
    assert_eq!(
        (f.value, f.size, f.kind, f.global, f.section.as_deref()),
        (0x10000, 8, SymbolKind::Func, true, Some(".text"))
    );
    let o = &img.symbols["o"];
    assert_eq!((o.size, o.kind, o.global), (4, SymbolKind::Object, false));
    // `.L` and numeric local labels are not in the symbol table, as with GNU as.
    assert_eq!(img.symbols.keys().collect::<Vec<_>>(), ["f", "o"]);
}

#[test]
fn halves_extension_matches_suffixes() {
    let a = flat(".text\nlis r8, ha(x)\nla r8, lo(x)(r8)\nori r3, r3, hi(x)\nx = 0x1234abcd\n");
    let b = flat(".text\nlis r8, x@ha\nla r8, x@l(r8)\nori r3, r3, x@h\nx = 0x1234abcd\n");
    assert_eq!(a, b);
    assert_eq!(a, [0x3d, 0x00, 0x12, 0x35, 0x39, 0x08, 0xab, 0xcd, 0x60, 0x63, 0x12, 0x34]);
}

#[test]
fn registers_as_numbers() {
    assert_eq!(
        flat(".byte r3, %r31, sp, rtoc, cr7, 4*cr1+eq, 4*cr7+un, lt, gt, R4, f2, r.5\n"),
        [3, 31, 1, 2, 7, 6, 31, 0, 1, 4, 2, 5]
    );
    // A user symbol shadows a register name.
    assert_eq!(flat("sp = 9\n.byte sp\n"), [9]);
}

#[test]
fn end_stops_assembly() {
    assert_eq!(flat(".byte 1\n.end\n.byte 2\n.bogus\n"), [1]);
}

#[test]
fn equates_with_forward_references() {
    assert_eq!(
        flat(".equ size, end - start\n.long size\nstart: .long 0, 0\nend:\n"),
        [0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0]
    );
    // An equate that is never used may stay unresolved, as with gas and ld.
    assert_eq!(flat("unused = nowhere + 1\n.byte 1\n"), [1]);
    let err = Assembler::new().assemble_str("t.s", "a = b\nb = a\n.long a\n").unwrap_err();
    assert!(err.to_string().contains("is defined in terms of itself"), "{err}");
}

#[test]
fn listing() {
    let out = Assembler::new()
        .assemble_str("l.s", ".text\n_start: li r3, 1\n.data\n.ascii \"0123456789\"\n.space 64\n")
        .unwrap();
    let text = out.listing.to_string();
    let expected = "==== l.s ====\n\
        \x20   1                            .text\n\
        \x20   2 00010000 38600001          _start: li r3, 1\n\
        \x20   3                            .data\n\
        \x20   4 00010004 30313233 34353637 .ascii \"0123456789\"\n\
        \x20     0001000c 3839\n\
        \x20   5 0001000e 00000000 00000000 .space 64\n\
        \x20     00010016 00000000 00000000\n\
        \x20     0001001e 00000000 00000000\n\
        \x20     00010026 00000000 00000000\n\
        \x20     0001002e ... 32 more byte(s)\n";
    assert_eq!(text, expected);
    let line = &out.listing.lines[1];
    assert_eq!((line.line, line.addr, line.bytes.as_slice()), (2, Some(0x10000), &[0x38, 0x60, 0, 1][..]));
}

#[test]
fn empty_program() {
    let out = Assembler::new().assemble_str("e.s", "").unwrap();
    assert!(out.image.sections.is_empty());
    assert_eq!(out.image.entry, 0x10000);
    assert!(out.image.to_flat_binary().is_empty());
    let elf = out.image.to_elf();
    assert_eq!(tlbvisor::image::Image::from_elf(&elf).unwrap().entry, 0x10000);
}

#[test]
fn address_space_limit() {
    let err = Assembler::new().base(0xffff_fff0).assemble_str("t.s", ".space 32\n").unwrap_err();
    assert!(
        err.to_string().contains("section `.text` at 0xfffffff0 extends past the 32-bit address space"),
        "{err}"
    );
    assert!(Assembler::new().base(0xffff_fff0).assemble_str("t.s", ".space 16\n").is_ok());
    assert_eq!(flat(".long 0x7fffffffffffffff@ha, 0x7fffffffffffffff@h\n"), [0, 0, 0, 0, 0, 0, 0xff, 0xff]);
}

#[test]
fn character_constants_with_closing_quote() {
    // Recorded from powerpc-linux-gnu-as 2.40: `'M'`, `'M` and `'''` are 77, 77 and 39, also
    // as .irp arguments separated by commas.
    let src =
        " li r4,'M'\n li r4,'M\n li r4,'''\n .irp ch, 'M', 'A', 10\n li r4, \\ch\n .endr\n .byte 'a', 'b'\n";
    assert_eq!(
        flat(src),
        [
            0x38, 0x80, 0x00, 0x4d, 0x38, 0x80, 0x00, 0x4d, 0x38, 0x80, 0x00, 0x27, 0x38, 0x80, 0x00, 0x4d,
            0x38, 0x80, 0x00, 0x41, 0x38, 0x80, 0x00, 0x0a, 0x61, 0x62
        ]
    );
}
