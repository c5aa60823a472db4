//! Every [`Event`] as a `tracing` event with structured fields, under one target per subsystem.
//! Field names: `guest_pc`/`pc` (the instruction), `ea`, `gpa`, `hpa`, `pa`, `tlb`/`esel` (a
//! guest or bare TLB entry: `set * 4 + way` for TLB0), `host_tlb`/`host_index` (a host TLB
//! entry), `mas0`..`mas7`, `srr0`, `srr1`, `esr`, `dear`, `vector`, `kind`, `cause`.

use super::{AccessChain, ArchEvent, Event};

/// Emits `e` as a `tracing` event (at TRACE level).
pub fn trace(e: &Event) {
    match *e {
        Event::Arch { pc, ref e } => arch(pc, e),
        Event::Access { pc, ref chain } => access(pc, chain),
        Event::Exit { kind, guest_pc, ea } => {
            let mnemonic = match kind {
                crate::hv::ExitKind::Emulated(op) => op.name(),
                _ => "",
            };
            tracing::trace!(target: "tlbvisor::hv::exit", kind = kind.name(), mnemonic, guest_pc, ea, "exit");
        }
        Event::Fill { guest, host, ea, gpa, hpa, size, sid, why, shadow_perms, .. } => tracing::trace!(
            target: "tlbvisor::hv::shadow",
            kind = "fill",
            tlb = guest.tlb,
            esel = guest.index,
            host_tlb = host.tlb,
            host_index = host.index,
            ea,
            gpa = gpa.raw(),
            hpa = hpa.raw(),
            size,
            sid,
            guest_page = why.guest_page(),
            backing_block = why.backing_block(),
            clipped = why.clipped,
            shadow_perms,
            "shadow fill"
        ),
        Event::Evict { host, guest } => tracing::trace!(
            target: "tlbvisor::hv::shadow",
            kind = "evict",
            tlb = guest.tlb,
            esel = guest.index,
            host_tlb = host.tlb,
            host_index = host.index,
            "shadow evicted"
        ),
        Event::Invalidate { host, guest, cause } => tracing::trace!(
            target: "tlbvisor::hv::shadow",
            kind = "invalidate",
            cause = cause.name(),
            tlb = guest.tlb,
            esel = guest.index,
            host_tlb = host.tlb,
            host_index = host.index,
            "shadow invalidated"
        ),
        Event::Reflect { kind, guest_pc, vector } => tracing::trace!(
            target: "tlbvisor::hv::reflect",
            kind = ?kind,
            guest_pc,
            vector,
            "reflected into the guest"
        ),
        Event::Mmio { guest_pc, gpa, access } => tracing::trace!(
            target: "tlbvisor::hv::mmio",
            kind = ?access,
            guest_pc,
            gpa = gpa.raw(),
            "mmio replay"
        ),
        Event::TagFlush { dropped } => {
            tracing::trace!(target: "tlbvisor::hv::shadow", kind = "tag-flush", dropped, "shadow IDs exhausted");
        }
        Event::Context { guest_msr, guest_pids, host_pids } => tracing::trace!(
            target: "tlbvisor::hv::context",
            kind = "context",
            guest_msr,
            guest_pid0 = guest_pids[0],
            guest_pid1 = guest_pids[1],
            guest_pid2 = guest_pids[2],
            host_pid0 = host_pids[0],
            host_pid1 = host_pids[1],
            "guest context switched"
        ),
    }
}

fn arch(pc: u32, e: &ArchEvent) {
    match *e {
        ArchEvent::TlbWrite { slot, mas, old, new } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "tlbwe",
            pc,
            tlb = slot.tlb,
            esel = slot.index,
            mas0 = mas.0[0],
            mas1 = new.0[0],
            mas2 = new.0[1],
            mas3 = new.0[2],
            mas7 = new.0[3],
            old_mas1 = old.0[0],
            "tlbwe"
        ),
        ArchEvent::TlbRead { mas } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "tlbre",
            pc,
            mas0 = mas.0[0],
            mas1 = mas.0[1],
            mas2 = mas.0[2],
            mas3 = mas.0[3],
            "tlbre"
        ),
        ArchEvent::TlbSearch { ea, hit, mas } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "tlbsx",
            pc,
            ea,
            hit,
            mas0 = mas.0[0],
            mas1 = mas.0[1],
            "tlbsx"
        ),
        ArchEvent::TlbClear { slot, old, by } => tracing::trace!(
            target: "tlbvisor::mmu::tlb",
            kind = "clear",
            pc,
            tlb = slot.tlb,
            esel = slot.index,
            by = ?by,
            old_mas1 = old.0[0],
            old_mas2 = old.0[1],
            "tlb entry invalidated"
        ),
        ArchEvent::Interrupt { kind, srr0, srr1, vector, msr, esr, dear, mas } => tracing::trace!(
            target: "tlbvisor::cpu::interrupt",
            kind = ?kind,
            pc,
            srr0,
            srr1,
            vector,
            msr,
            esr,
            dear,
            mas0 = mas.0[0],
            mas1 = mas.0[1],
            mas2 = mas.0[2],
            "interrupt delivered"
        ),
        ArchEvent::Checkstop { kind } => {
            tracing::trace!(target: "tlbvisor::cpu::interrupt", kind = ?kind, pc, "checkstop");
        }
        ArchEvent::Return { op, pc: to, msr } => tracing::trace!(
            target: "tlbvisor::cpu::interrupt",
            kind = op.name(),
            pc,
            to,
            msr,
            "return from interrupt"
        ),
        ArchEvent::Spr { write, spr, value } => tracing::trace!(
            target: "tlbvisor::cpu::spr",
            kind = if write { "mtspr" } else { "mfspr" },
            pc,
            spr,
            value,
            "spr move"
        ),
        ArchEvent::Msr { op, old, new } => {
            tracing::trace!(target: "tlbvisor::cpu::msr", kind = op.name(), pc, old, new, "msr");
        }
        ArchEvent::Context { old_msr, msr, pids } => tracing::trace!(
            target: "tlbvisor::cpu::context",
            pc,
            old_msr,
            msr,
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
        pc,
        ea = c.ea,
        size = c.size,
        tlb = c.slot.map(|s| s.tlb),
        esel = c.slot.map(|s| s.index),
        pa = c.pa,
        hpa = c.hpa,
        host_tlb = c.host_slot.map(|s| s.tlb),
        host_index = c.host_slot.map(|s| s.index),
        "access"
    );
}
