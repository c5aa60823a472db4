//! Every [`Event`] as a `tracing` event with structured fields, under one target per subsystem.
//! Field names (the hypervisor's own events use the same): `guest_pc`/`pc` (the instruction),
//! `ea`, `gpa`, `hpa`, `pa`, `tlb`/`esel` (a guest or bare TLB entry: `set * 4 + way` for TLB0),
//! `host_tlb`/`host_index` (a host TLB entry), `mas0`..`mas7`, `srr0`, `srr1`, `esr`, `dear`,
//! `vector`, `kind`, `cause`.
//! Addresses, register words and sizes print in hex (`gpa=0x1000`); indices and IDs in decimal.

use std::fmt;

use super::{AccessChain, ArchEvent, Event};

/// A field printed in hex (`0x1234`), as addresses and register words are read everywhere else
/// (the hypervisor's events print theirs with it too).
pub(crate) struct Hex<T>(pub(crate) T);

impl<T: fmt::LowerHex> fmt::Display for Hex<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#x}", self.0)
    }
}

/// Emits `e` as a `tracing` event (at TRACE level).
pub fn trace(e: &Event) {
    match *e {
        Event::Arch { pc, ref e } => arch(pc, e),
        Event::Access { pc, ref chain } => access(pc, chain),
    }
}

pub(super) fn arch(pc: u32, e: &ArchEvent) {
    match *e {
        ArchEvent::TlbWrite { slot, mas, old, new } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "tlbwe",
            pc = %Hex(pc),
            tlb = slot.tlb,
            esel = slot.index,
            mas0 = %Hex(mas.mas0),
            mas1 = %Hex(new.0[0]),
            mas2 = %Hex(new.0[1]),
            mas3 = %Hex(new.0[2]),
            mas7 = %Hex(new.0[3]),
            old_mas1 = %Hex(old.0[0]),
            "tlbwe"
        ),
        ArchEvent::TlbRead { mas } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "tlbre",
            pc = %Hex(pc),
            mas0 = %Hex(mas.mas0),
            mas1 = %Hex(mas.mas1),
            mas2 = %Hex(mas.mas2),
            mas3 = %Hex(mas.mas3),
            "tlbre"
        ),
        ArchEvent::TlbSearch { ea, hit, mas } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "tlbsx",
            pc = %Hex(pc),
            ea = %Hex(ea),
            hit,
            mas0 = %Hex(mas.mas0),
            mas1 = %Hex(mas.mas1),
            "tlbsx"
        ),
        ArchEvent::TlbClear { slot, old, by } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "clear",
            pc = %Hex(pc),
            tlb = slot.tlb,
            esel = slot.index,
            by = ?by,
            old_mas1 = %Hex(old.0[0]),
            old_mas2 = %Hex(old.0[1]),
            "tlb entry invalidated"
        ),
        ArchEvent::Interrupt { kind, srr0, srr1, vector, msr, esr, dear, mas } => tracing::trace!(
            target: "tlbvisor::cpu::interrupt",
            kind = kind.name(),
            pc = %Hex(pc),
            srr0 = %Hex(srr0),
            srr1 = %Hex(srr1),
            vector = %Hex(vector),
            msr = %Hex(msr),
            esr = %Hex(esr),
            dear = %Hex(dear),
            mas0 = %Hex(mas.mas0),
            mas1 = %Hex(mas.mas1),
            mas2 = %Hex(mas.mas2),
            "interrupt delivered"
        ),
        ArchEvent::Checkstop { kind } => {
            tracing::trace!(target: "tlbvisor::cpu::interrupt", kind = kind.name(), pc = %Hex(pc), "checkstop");
        }
        ArchEvent::Return { op, pc: to, msr } => tracing::trace!(
            target: "tlbvisor::cpu::interrupt",
            kind = op.name(),
            pc = %Hex(pc),
            to = %Hex(to),
            msr = %Hex(msr),
            "return from interrupt"
        ),
        ArchEvent::Spr { write, spr, value } => tracing::trace!(
            target: "tlbvisor::cpu::spr",
            kind = if write { "mtspr" } else { "mfspr" },
            pc = %Hex(pc),
            spr,
            value = %Hex(value),
            "spr move"
        ),
        ArchEvent::Msr { op, old, new } => {
            tracing::trace!(target: "tlbvisor::cpu::msr", kind = op.name(), pc = %Hex(pc), old = %Hex(old), new = %Hex(new), "msr");
        }
        ArchEvent::Context { old_msr, msr, pids } => tracing::trace!(
            target: "tlbvisor::cpu::context",
            pc = %Hex(pc),
            old_msr = %Hex(old_msr),
            msr = %Hex(msr),
            pid0 = pids[0],
            pid1 = pids[1],
            pid2 = pids[2],
            "translation context changed"
        ),
    }
}

fn access(pc: u32, c: &AccessChain) {
    tracing::trace!(
        target: "tlbvisor::cpu::access",
        kind = ?c.access,
        pc = %Hex(pc),
        ea = %Hex(c.ea),
        size = %Hex(c.size),
        tlb = c.slot.map(|s| s.tlb),
        esel = c.slot.map(|s| s.index),
        pa = c.pa.map(|v| tracing::field::display(Hex(v))),
        hpa = c.hpa.map(|v| tracing::field::display(Hex(v))),
        host_tlb = c.host_slot.map(|s| s.tlb),
        host_index = c.host_slot.map(|s| s.index),
        "access"
    );
}
