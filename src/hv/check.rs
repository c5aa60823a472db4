//! The isolation checker: what must hold of the host TLB after every hypervisor action.
//!
//! For every valid host entry:
//! 1. it is a shadow: it has a back-reference, TS = 1, IPROT = 0, and its TID is the shadow ID
//!    recorded for it, which names a guest context;
//! 2. it belongs to a guest entry that still exists: the guest slot it came from holds, valid
//!    and unchanged, the entry it was made from, of the context's address space and a TID the
//!    context can match;
//! 3. it maps only host memory that backs guest RAM: its effective block lies inside the guest
//!    page, and its real block is exactly the host memory [`crate::phys::GpaMap::translate`] gives for the
//!    guest-physical block, which is all guest RAM;
//! 4. it grants no right the guest entry lacks for the privilege of the context it serves (the
//!    current guest privilege, when it is reachable): no host supervisor right, user rights
//!    equal to the guest's rights for that privilege (restricted to its access class).
//!
//! With several guests, each entry is checked against the guest it belongs to (its
//! back-reference's owner, which its shadow ID's context must name too): so no entry reaches host
//! memory outside its own guest's backing, and none of another guest is reachable while the guest
//! on the core runs (its TID is none of the host PIDs). That the backings of different guests are
//! disjoint is not checked here: the host memory is built so once (`config::build_host_memory`
//! refuses an overlap).
//!
//! The one host entry that is not a shadow is a paravirtual guest's magic-page entry
//! ([`super::paravirt`]); it must be exactly [`super::paravirt::magic_entry`] of its guest: its
//! page at the EA it mapped, host memory that guest's page, tagged with a supervisor context of
//! that guest (so no user context and no other guest reaches it). And no shadow of a supervisor
//! context covers that page.
//!
//! And the host PIDs are the shadow IDs of the running guest's current context.

use crate::mmu::{Pids, SlotId, TlbEntry};

use super::shadow::{Class, shadow_perms};
use super::sid::{Context, Tag};
use super::{Guest, Hypervisor};

/// Everything wrong with the host TLB, one line each (empty when isolation holds).
pub fn check(vm: &Hypervisor) -> Vec<String> {
    let mut bad = Vec::new();
    let guests = vm.guests();
    for (slot, e) in vm.host.cpu.arch.tlb.entries() {
        if let Err(why) = check_entry(vm, &guests, slot, e) {
            bad.push(format!(
                "host {slot} (MAS1 {:#010x} MAS2 {:#010x} MAS3 {:#010x} MAS7 {:#x}): {why}",
                e.mas1, e.mas2, e.mas3, e.mas7
            ));
        }
    }
    let want = vm.host_context().host_pids();
    if vm.host.cpu.arch.sprs.pid != want {
        bad.push(format!("host PIDs {:?}, the guest context needs {want:?}", vm.host.cpu.arch.sprs.pid));
    }
    bad
}

fn check_entry(
    vm: &Hypervisor,
    guests: &[&Guest],
    slot: SlotId,
    e: &TlbEntry<crate::addr::Hpa>,
) -> Result<(), String> {
    let Some(r) = vm.host.shadows.shadow_of(slot) else {
        return check_magic(vm, guests, e);
    };
    let owner: &Guest = guests
        .iter()
        .find(|g| g.id == r.owner)
        .ok_or_else(|| format!("owner guest {} does not exist", r.owner))?;
    if e.iprot() || !e.ts() {
        return Err("IPROT set or TS = 0".into());
    }
    if e.tid() != r.sid || r.sid == 0 {
        return Err(format!("TID {} but shadow ID {}", e.tid(), r.sid));
    }
    let ctx: Context = vm.host.shadows.sids.context(r.sid).ok_or("its shadow ID names no context")?;
    if ctx.owner != owner.id {
        return Err(format!("guest {}'s shadow tagged with a context of guest {}", owner.id, ctx.owner));
    }
    if owner.id != vm.guest.id && vm.host.cpu.arch.sprs.pid.contains(&u32::from(e.tid())) {
        return Err(format!("guest {}'s shadow reachable while guest {} runs", owner.id, vm.guest.id));
    }
    let g = owner.vcpu.tlb.entry(r.guest).copied().unwrap_or_default();
    if !g.valid() || g != r.guest_entry {
        return Err(format!("guest {} no longer holds the entry it was made from", r.guest));
    }
    let split = matches!(ctx.tag, Tag::Split(_));
    if split == (r.class == Class::Both) {
        return Err(format!("class {:?} in context {:?}", r.class, ctx.tag));
    }
    let space = if r.class == Class::Data { !ctx.ts } else { ctx.ts };
    if g.ts() != space {
        return Err(format!("guest entry TS {} in a context of AS {}", u8::from(g.ts()), u8::from(space)));
    }
    let tid_ok = match ctx.tag {
        Tag::Tid(t) => g.tid() == t,
        Tag::Pids(p) | Tag::Split(p) => {
            g.tid_matches(&Pids::new(u32::from(p[0]), u32::from(p[1]), u32::from(p[2])))
        }
    };
    if !tid_ok {
        return Err(format!("guest TID {} cannot match in context {:?}", g.tid(), ctx.tag));
    }
    let (size, gsize) = (e.page_size(), g.page_size());
    let base = u64::from(e.epn().raw()) & !(size - 1);
    let gbase = u64::from(g.epn().raw()) & !(gsize - 1);
    if size > gsize || base < gbase || base + size > gbase + gsize {
        return Err(format!("covers {base:#x}+{size:#x}, outside the guest page {gbase:#x}+{gsize:#x}"));
    }
    let gpa = crate::addr::Gpa::new(g.page_rpn() + (base - gbase));
    let t = owner.map.translate(gpa).ok_or_else(|| format!("guest-physical {gpa} is not guest RAM"))?;
    let hpa = e.page_rpn();
    if t.hpa.raw() != hpa || t.block < size || !gpa.is_aligned(size) {
        return Err(format!(
            "maps HPA {hpa:#x}+{size:#x}, but {gpa} is backed at {} (aligned block {:#x})",
            t.hpa, t.block
        ));
    }
    if !ctx.pr
        && let Some(magic) = owner.pv.and_then(|pv| pv.magic_ea)
        && super::shadow::overlaps(
            (base, base + size),
            (u64::from(magic.raw()), u64::from(magic.raw()) + 4096),
        )
    {
        return Err(format!("a supervisor shadow over guest {}'s magic page {magic}", owner.id));
    }
    let rights = e.mas3 & 0x3FF;
    let allowed = shadow_perms(g.mas3, ctx.pr, r.class);
    if rights != allowed {
        return Err(format!(
            "rights {rights:#x}, the guest entry allows {allowed:#x} (PR {})",
            u8::from(ctx.pr)
        ));
    }
    Ok(())
}

/// A host entry with no back-reference: it must be a paravirtual guest's magic-page entry.
fn check_magic(vm: &Hypervisor, guests: &[&Guest], e: &TlbEntry<crate::addr::Hpa>) -> Result<(), String> {
    let ctx =
        vm.host.shadows.sids.context(e.tid()).ok_or("no back-reference, and its TID names no context")?;
    let owner = guests.iter().find(|g| g.id == ctx.owner).ok_or("no back-reference: not a shadow")?;
    let (ea, page) = owner
        .pv
        .and_then(|pv| Some((pv.magic_ea?, pv.page)))
        .ok_or("no back-reference: not a shadow, and its guest has no magic page")?;
    if ctx.pr {
        return Err("a magic-page entry tagged with a user context".into());
    }
    if owner.id != vm.guest.id && vm.host.cpu.arch.sprs.pid.contains(&u32::from(e.tid())) {
        return Err(format!("guest {}'s magic page reachable while guest {} runs", owner.id, vm.guest.id));
    }
    if *e != super::paravirt::magic_entry(ea, page, e.tid()) {
        return Err(format!("not guest {}'s magic-page entry ({ea} -> {page})", owner.id));
    }
    Ok(())
}
