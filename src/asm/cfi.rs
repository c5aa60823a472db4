//! Call-frame information: the `.cfi_*` directives GCC emits around every function, turned into
//! an `.eh_frame` section laid out as GNU as lays it out (docs/assembler.md, "Unwind tables").
//!
//! The section holds one FDE per `.cfi_startproc` ... `.cfi_endproc`, in source order, each after
//! the CIE it uses. A CIE (DWARF version 1, augmentation "zR"): code alignment 4, data alignment -4,
//! return address column 65 (LR), FDE pointers encoded PC-relative signed 4 bytes (0x1b), initial
//! rule `DW_CFA_def_cfa r1, 0`, then possibly more. An FDE: the CIE pointer (distance back to its
//! CIE), the function start (PC-relative), its length, an empty augmentation, then the directives'
//! rules, each preceded by the smallest `DW_CFA_advance_loc*` that reaches its address. CIEs are
//! shared as gas shares them: an FDE uses the newest CIE whose extra initial rules begin its own
//! rule list (and drops them); when none does, a new CIE is written before it, taking the FDE's
//! leading register and CFA rules (those before its first advance, state push/pop or escape) as its
//! extra initial rules. CIE and FDEs are padded with `DW_CFA_nop` to a multiple of 4 bytes.

use super::driver::{Asm, Item};
use super::error::ErrorKind;
use super::source::SrcLine;
use crate::narrow::Narrow;

/// One function's frame description being built.
#[derive(Clone, Debug)]
pub struct Fde {
    /// Section and offset of `.cfi_startproc`, and of `.cfi_endproc` once seen.
    pub sec: usize,
    pub start: u64,
    pub end: u64,
    /// The encoded rules in order, advances included, each with whether it may open a CIE.
    pub ops: Vec<CfiOp>,
    /// Offset the last rule applies from (for the next advance).
    last: u64,
    /// The CFA offset in force, and the ones `.cfi_remember_state` saved.
    cfa_offset: i64,
    saved: Vec<i64>,
}

/// One encoded call-frame instruction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CfiOp {
    /// Its bytes.
    pub bytes: Vec<u8>,
    /// Whether it may stand in a CIE's initial instructions (a register or CFA rule; not an
    /// advance, a state push/pop or an escape).
    pub initial: bool,
}

/// DWARF call-frame opcodes used here.
mod op {
    pub const ADVANCE_LOC: u8 = 0x40;
    pub const OFFSET: u8 = 0x80;
    pub const RESTORE: u8 = 0xc0;
    pub const NOP: u8 = 0x00;
    pub const ADVANCE_LOC1: u8 = 0x02;
    pub const ADVANCE_LOC2: u8 = 0x03;
    pub const ADVANCE_LOC4: u8 = 0x04;
    pub const OFFSET_EXTENDED: u8 = 0x05;
    pub const RESTORE_EXTENDED: u8 = 0x06;
    pub const UNDEFINED: u8 = 0x07;
    pub const SAME_VALUE: u8 = 0x08;
    pub const REGISTER: u8 = 0x09;
    pub const REMEMBER_STATE: u8 = 0x0a;
    pub const RESTORE_STATE: u8 = 0x0b;
    pub const DEF_CFA: u8 = 0x0c;
    pub const DEF_CFA_REGISTER: u8 = 0x0d;
    pub const DEF_CFA_OFFSET: u8 = 0x0e;
    pub const OFFSET_EXTENDED_SF: u8 = 0x11;
    pub const DEF_CFA_SF: u8 = 0x12;
    pub const DEF_CFA_OFFSET_SF: u8 = 0x13;
}

/// Code and data alignment factors of the CIE.
const CODE_ALIGN: u64 = 4;
const DATA_ALIGN: i64 = -4;
/// The return-address column: LR is DWARF register 65 on PowerPC.
const RA_COLUMN: u8 = 65;

/// Appends `v` as unsigned LEB128.
pub fn uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Appends `v` as signed LEB128.
pub fn sleb(out: &mut Vec<u8>, mut v: i64) {
    loop {
        let byte = (v & 0x7f).low_u8();
        v >>= 7;
        let done = (v == 0 && byte & 0x40 == 0) || (v == -1 && byte & 0x40 != 0);
        if done {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn pad4(out: &mut Vec<u8>) {
    while !out.len().is_multiple_of(4) {
        out.push(op::NOP);
    }
}

/// A CIE with `extra` initial instructions after "CFA = r1 + 0", padded, length field included.
fn cie(extra: &[CfiOp]) -> Vec<u8> {
    let mut body = vec![0, 0, 0, 0, 1, b'z', b'R', 0];
    uleb(&mut body, CODE_ALIGN);
    sleb(&mut body, DATA_ALIGN);
    body.push(RA_COLUMN);
    body.extend_from_slice(&[1, 0x1b, op::DEF_CFA, 1, 0]);
    for o in extra {
        body.extend_from_slice(&o.bytes);
    }
    while !(body.len() + 4).is_multiple_of(4) {
        body.push(op::NOP);
    }
    let mut out = body.len().low_u32().to_be_bytes().to_vec();
    out.extend(body);
    out
}

impl Asm {
    /// Handles `.cfi_*` directive `name`, operands in `code[from..to]`.
    pub fn cfi_directive(&mut self, l: &SrcLine, name: &str, at: usize, from: usize, to: usize) {
        let loc = &l.loc;
        let bad = |m: &str| super::directives::bad(name, m);
        match name {
            ".cfi_sections" => {
                let arg = l.code[from..to].trim();
                if arg != ".eh_frame" {
                    self.err(loc, from, bad("only `.cfi_sections .eh_frame` is supported"));
                }
                return;
            }
            ".cfi_startproc" => {
                if self.cfi.is_some() {
                    return self.err(loc, at, bad("previous `.cfi_startproc` has no `.cfi_endproc`"));
                }
                if !l.code[from..to].trim().is_empty() {
                    return self.err(loc, from, bad("`simple` frames are not supported"));
                }
                let start = self.secs[self.cur].size;
                self.cfi = Some(Fde {
                    sec: self.cur,
                    start,
                    end: start,
                    ops: Vec::new(),
                    last: start,
                    cfa_offset: 0,
                    saved: Vec::new(),
                });
                return;
            }
            _ => {}
        }
        let Some(fde) = self.cfi.as_ref() else {
            return self.err(loc, at, bad("outside `.cfi_startproc` ... `.cfi_endproc`"));
        };
        if fde.sec != self.cur {
            return self.err(loc, at, bad("not in the section of its `.cfi_startproc`"));
        }
        let here = self.secs[self.cur].size;
        let count = match name {
            ".cfi_endproc" | ".cfi_remember_state" | ".cfi_restore_state" => 0..=0,
            ".cfi_def_cfa_register"
            | ".cfi_def_cfa_offset"
            | ".cfi_adjust_cfa_offset"
            | ".cfi_restore"
            | ".cfi_undefined"
            | ".cfi_same_value" => 1..=1,
            ".cfi_def_cfa" | ".cfi_offset" | ".cfi_register" => 2..=2,
            ".cfi_escape" => 1..=usize::MAX,
            _ => return self.err(loc, at, ErrorKind::Message(format!("`{name}` is not supported"))),
        };
        let Some(args) = self.abs_args(l, name, at, from..to, count) else { return };
        let fde = self.cfi.as_mut().expect("checked above");
        if name == ".cfi_endproc" {
            let mut fde = self.cfi.take().expect("checked above");
            fde.end = here;
            self.fdes.push(fde);
            return;
        }
        let reg = |v: i64| u64::try_from(v).ok();
        let mut rule = Vec::new();
        let mut problem = None;
        match name {
            ".cfi_remember_state" => {
                fde.saved.push(fde.cfa_offset);
                rule.push(op::REMEMBER_STATE);
            }
            ".cfi_restore_state" => {
                match fde.saved.pop() {
                    Some(o) => fde.cfa_offset = o,
                    None => problem = Some("no state remembered"),
                }
                rule.push(op::RESTORE_STATE);
            }
            ".cfi_def_cfa"
            | ".cfi_def_cfa_register"
            | ".cfi_restore"
            | ".cfi_undefined"
            | ".cfi_same_value"
            | ".cfi_offset"
            | ".cfi_register"
                if reg(args[0]).is_none() =>
            {
                problem = Some("expected a register number");
            }
            ".cfi_def_cfa" => {
                fde.cfa_offset = args[1];
                let r = reg(args[0]).unwrap_or(0);
                match u64::try_from(args[1]) {
                    Ok(off) => {
                        rule.push(op::DEF_CFA);
                        uleb(&mut rule, r);
                        uleb(&mut rule, off);
                    }
                    Err(_) => {
                        rule.push(op::DEF_CFA_SF);
                        uleb(&mut rule, r);
                        sleb(&mut rule, args[1] / DATA_ALIGN);
                    }
                }
            }
            ".cfi_def_cfa_register" => {
                rule.push(op::DEF_CFA_REGISTER);
                uleb(&mut rule, reg(args[0]).unwrap_or(0));
            }
            ".cfi_def_cfa_offset" | ".cfi_adjust_cfa_offset" => {
                let off = if name == ".cfi_def_cfa_offset" { args[0] } else { fde.cfa_offset + args[0] };
                fde.cfa_offset = off;
                match u64::try_from(off) {
                    Ok(u) => {
                        rule.push(op::DEF_CFA_OFFSET);
                        uleb(&mut rule, u);
                    }
                    Err(_) => {
                        rule.push(op::DEF_CFA_OFFSET_SF);
                        sleb(&mut rule, off / DATA_ALIGN);
                    }
                }
            }
            ".cfi_restore" => {
                let r = reg(args[0]).unwrap_or(0);
                if r < 64 {
                    rule.push(op::RESTORE | r.low_u8());
                } else {
                    rule.push(op::RESTORE_EXTENDED);
                    uleb(&mut rule, r);
                }
            }
            ".cfi_undefined" | ".cfi_same_value" => {
                rule.push(if name == ".cfi_undefined" { op::UNDEFINED } else { op::SAME_VALUE });
                uleb(&mut rule, reg(args[0]).unwrap_or(0));
            }
            ".cfi_offset" => {
                let r = reg(args[0]).unwrap_or(0);
                if args[1] % DATA_ALIGN != 0 {
                    problem = Some("offset is not a multiple of 4");
                }
                let factored = args[1] / DATA_ALIGN;
                match u64::try_from(factored) {
                    Ok(f) if r < 64 => {
                        rule.push(op::OFFSET | r.low_u8());
                        uleb(&mut rule, f);
                    }
                    Ok(f) => {
                        rule.push(op::OFFSET_EXTENDED);
                        uleb(&mut rule, r);
                        uleb(&mut rule, f);
                    }
                    Err(_) => {
                        rule.push(op::OFFSET_EXTENDED_SF);
                        uleb(&mut rule, r);
                        sleb(&mut rule, factored);
                    }
                }
            }
            ".cfi_register" => match reg(args[1]) {
                Some(r2) => {
                    rule.push(op::REGISTER);
                    uleb(&mut rule, reg(args[0]).unwrap_or(0));
                    uleb(&mut rule, r2);
                }
                None => problem = Some("expected a register number"),
            },
            ".cfi_escape" => {
                for &b in &args {
                    match u8::try_from(b) {
                        Ok(b) => rule.push(b),
                        Err(_) => problem = Some("expected byte values"),
                    }
                }
            }
            _ => {}
        }
        if let Some(m) = problem {
            return self.err(loc, from, bad(m));
        }
        // Advance to this rule's address first (code alignment factor 4).
        let delta = here - fde.last;
        if delta > 0 {
            if !delta.is_multiple_of(CODE_ALIGN) {
                return self.err(loc, at, bad("address is not a multiple of 4 from the previous rule"));
            }
            let units = delta / CODE_ALIGN;
            let mut adv = Vec::new();
            if units < 0x40 {
                adv.push(op::ADVANCE_LOC | units.low_u8());
            } else if units <= 0xff {
                adv.extend_from_slice(&[op::ADVANCE_LOC1, units.low_u8()]);
            } else if units <= 0xffff {
                adv.push(op::ADVANCE_LOC2);
                adv.extend_from_slice(&units.low_u16().to_be_bytes());
            } else {
                adv.push(op::ADVANCE_LOC4);
                adv.extend_from_slice(&units.low_u32().to_be_bytes());
            }
            fde.ops.push(CfiOp { bytes: adv, initial: false });
            fde.last = here;
        }
        let initial = !matches!(name, ".cfi_remember_state" | ".cfi_restore_state" | ".cfi_escape");
        fde.ops.push(CfiOp { bytes: rule, initial });
    }

    /// After pass 1: reports an unclosed `.cfi_startproc` and builds `.eh_frame` from the FDEs.
    pub fn finish_cfi(&mut self) {
        if self.cfi.take().is_some() {
            let loc = self.listing.last().map(|e| e.loc.clone());
            if let Some(loc) = loc {
                self.err(&loc, 0, ErrorKind::Unterminated { open: ".cfi_startproc", close: ".cfi_endproc" });
            }
        }
        if self.fdes.is_empty() {
            return;
        }
        let eh = self.section_index(".eh_frame", Some("a"));
        let mut data = Vec::new();
        let mut pcrel = Vec::new();
        // CIEs made so far: their extra initial instructions and offset, newest first when searched.
        let mut cies: Vec<(Vec<CfiOp>, usize)> = Vec::new();
        for fde in std::mem::take(&mut self.fdes) {
            // An FDE uses the newest CIE whose extra initial instructions begin its own; else a
            // new CIE takes the FDE's leading register and CFA rules (as gas shares CIEs).
            let found = cies.iter().rev().find(|(extra, _)| fde.ops.starts_with(extra));
            let (skip, cie_at) = match found {
                Some((extra, at)) => (extra.len(), *at),
                None => {
                    let extra: Vec<CfiOp> = fde.ops.iter().take_while(|o| o.initial).cloned().collect();
                    let at = data.len();
                    data.extend(cie(&extra));
                    let n = extra.len();
                    cies.push((extra, at));
                    (n, at)
                }
            };
            let at = data.len();
            let mut body = Vec::new();
            body.extend_from_slice(&(at + 4 - cie_at).low_u32().to_be_bytes());
            pcrel.push((at + 8, fde.sec, fde.start));
            body.extend_from_slice(&[0; 4]);
            body.extend_from_slice(&(fde.end - fde.start).low_u32().to_be_bytes());
            body.push(0);
            for o in &fde.ops[skip..] {
                body.extend_from_slice(&o.bytes);
            }
            while !(body.len() + 4).is_multiple_of(4) {
                body.push(op::NOP);
            }
            data.extend_from_slice(&body.len().low_u32().to_be_bytes());
            data.extend(body);
        }
        pad4(&mut data);
        let base = self.secs[eh].size;
        let sec = &mut self.secs[eh];
        sec.align_p2 = sec.align_p2.max(2);
        sec.size += data.len() as u64;
        sec.items.push(Item::Bytes { off: base, data });
        for (off, target_sec, target_off) in pcrel {
            sec.items.push(Item::PcRel32 { off: base + off as u64, sec: target_sec, target: target_off });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{cie, sleb, uleb};

    #[test]
    fn leb128() {
        let mut v = Vec::new();
        uleb(&mut v, 624_485);
        sleb(&mut v, -123_456);
        sleb(&mut v, -4);
        sleb(&mut v, 63);
        sleb(&mut v, 64);
        assert_eq!(v, [0xe5, 0x8e, 0x26, 0xc0, 0xbb, 0x78, 0x7c, 0x3f, 0xc0, 0x00]);
    }

    #[test]
    fn cie_is_gas_s() {
        // powerpc-linux-gnu-as 2.40, any GCC function's .eh_frame: the first 20 bytes.
        assert_eq!(
            cie(&[]),
            [0, 0, 0, 0x10, 0, 0, 0, 0, 1, b'z', b'R', 0, 4, 0x7c, 0x41, 1, 0x1b, 0x0c, 1, 0]
        );
    }
}
