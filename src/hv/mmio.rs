//! Accesses to guest-physical pages that are not RAM: the UARTs and GPIO (emulated on the host's
//! device models) and addresses nothing backs (a machine check in the guest).
//!
//! Such a page never gets a shadow, so every access to it traps as a host TLB miss. The
//! hypervisor then *replays* the trapped instruction on the core, once, with the page mapped to
//! a private window of host-physical addresses ([`WINDOW`]) that exists only for that step: the
//! memory the replay runs against sends window accesses to the device the guest-physical map
//! names ([`GpaMap::mmio`]), and answers everything else in the window with a bus fault (the
//! machine check the bare machine raises, moved back to the guest-physical address). The window
//! entry is removed right after the step, and no host device is ever mapped.
//!
//! Replaying instead of decoding the load/store here keeps one implementation of every access
//! form (update, indexed, byte-reversed, multiple, misaligned, little-endian pages, `dcbz`,
//! reservations): the core's. An access that spans two pages, or an instruction fetched from a
//! device page, gets one window page per non-RAM page; a RAM page it also touches gets a shadow.

use crate::addr::{Ea, Gpa, Hpa};
use crate::cpu::{BusFault, Interrupt, InterruptKind, Memory, Size, StepOutcome};
use crate::mmu::{Access, EntryFields, SlotId, TlbEntry, Translation};
use crate::narrow::Narrow;
use crate::phys::{AccessSize, Bus, GpaMap};

use super::events::Event;
use super::shadow::{Class, shadow_perms};
use super::stats::ExitKind;
use super::{Flow, Hypervisor};

/// The host-physical window replayed accesses go through (not RAM, not a device).
pub const WINDOW: Hpa = Hpa::new(0xF_F000_0000);
/// Its size: one 4 KiB page per non-RAM page an instruction can touch (fetch + two data pages).
pub const WINDOW_SIZE: u64 = (MAX_PAGES as u64) << 12;
const MAX_PAGES: usize = 3;
/// Steps one replay may take (each one maps a page or fills a shadow before retrying).
const MAX_TRIES: usize = 8;

/// One window page.
#[derive(Clone, Copy, Debug)]
struct WindowPage {
    /// The host slot holding its temporary entry.
    host: SlotId,
    /// What the slot held before.
    saved: TlbEntry<Hpa>,
    /// The guest-physical page it stands for.
    gpa: Gpa,
}

const fn access_size(s: Size) -> AccessSize {
    match s {
        Size::Byte => AccessSize::Byte,
        Size::Half => AccessSize::Half,
        Size::Word => AccessSize::Word,
    }
}

/// The memory a replay runs against: host memory, except the window, which goes to the guest's
/// devices.
struct ReplayMemory<'a> {
    ram: &'a mut Bus,
    devices: &'a mut Bus,
    map: &'a GpaMap,
    pages: [Option<Gpa>; MAX_PAGES],
    nonce: u64,
}

impl ReplayMemory<'_> {
    /// The guest-physical address behind a window address, if it is one with a page.
    fn gpa_of(&self, pa: Hpa) -> Option<Option<Gpa>> {
        let off = pa.offset_from(WINDOW).filter(|o| *o < WINDOW_SIZE)?;
        let page = self.pages.get((off >> 12) as usize).copied().flatten();
        Some(page.and_then(|g| g.checked_add(off & 0xFFF)))
    }
    /// The device and offset for `n` bytes at `gpa`, if one device region holds all of them.
    fn device(&self, gpa: Gpa, n: u64) -> Option<(crate::phys::DeviceId, u64)> {
        let (id, off) = self.map.mmio(gpa)?;
        let (id2, off2) = self.map.mmio(gpa.checked_add(n - 1)?)?;
        (id == id2 && off2 == off + n - 1).then_some((id, off))
    }
}

impl Memory for ReplayMemory<'_> {
    fn read(&mut self, pa: Hpa, size: Size) -> Result<u32, BusFault> {
        match self.gpa_of(pa) {
            None => self.ram.read(pa, access_size(size)).map_err(|_| BusFault),
            Some(gpa) => {
                let (id, off) = gpa.and_then(|g| self.device(g, u64::from(size.bytes()))).ok_or(BusFault)?;
                let dev = self.devices.device_mut(id).ok_or(BusFault)?;
                dev.read(off, access_size(size)).ok_or(BusFault)
            }
        }
    }
    fn write(&mut self, pa: Hpa, size: Size, value: u32) -> Result<(), BusFault> {
        match self.gpa_of(pa) {
            None => self.ram.write(pa, access_size(size), value).map_err(|_| BusFault),
            Some(gpa) => {
                let (id, off) = gpa.and_then(|g| self.device(g, u64::from(size.bytes()))).ok_or(BusFault)?;
                let dev = self.devices.device_mut(id).ok_or(BusFault)?;
                if dev.write(off, access_size(size), value) { Ok(()) } else { Err(BusFault) }
            }
        }
    }
    fn code_generation(&self, frame: u64) -> u64 {
        let pa = Hpa::new(frame << 12);
        // Device "code" is read afresh on every replay.
        if self.gpa_of(pa).is_some() { self.nonce } else { self.ram.ram().page_generation(pa) }
    }
    fn watch_code(&mut self, frame: u64) -> u64 {
        let pa = Hpa::new(frame << 12);
        if self.gpa_of(pa).is_some() { self.nonce } else { self.ram.ram_mut().watch(pa) }
    }
}

impl Hypervisor {
    /// An access of kind `access` at `ea`, which the guest's TLB translated (`t`) to a page that
    /// is not RAM: replay the instruction through the window.
    pub(super) fn mmio(&mut self, access: Access, ea: Ea, t: Translation<Gpa>) -> Flow {
        let guest_pc = self.host.cpu.pc.raw();
        self.guest.rec.record(Event::Exit { kind: ExitKind::Mmio, guest_pc, ea: ea.raw() });
        self.host.replay_nonce += 1;
        let mut pages: [Option<WindowPage>; MAX_PAGES] = [None; MAX_PAGES];
        self.map_window(&mut pages, access, ea, &t);
        self.load_guest();
        let mut outcome = StepOutcome::Retired;
        for _ in 0..MAX_TRIES {
            let gpas = pages.map(|p| p.map(|p| p.gpa));
            let mut mem = ReplayMemory {
                ram: &mut self.host.mem,
                devices: &mut self.guest.devices,
                map: &self.guest.map,
                pages: gpas,
                nonce: self.host.replay_nonce,
            };
            outcome = self.host.cpu.step(&mut mem);
            let StepOutcome::Interrupt(irq) = outcome else { break };
            let (acc, at) = match irq.kind {
                InterruptKind::DataTlbError { dear, esr, .. } => {
                    let st = esr & crate::cpu::interrupt::esr::ST != 0;
                    (if st { Access::Store } else { Access::Load }, dear)
                }
                InterruptKind::InstructionTlbError { .. } => (Access::Fetch, irq.srr0),
                _ => break,
            };
            if !self.replay_page(&mut pages, acc, at) {
                break;
            }
        }
        self.save_guest();
        // The replay may have changed the interrupt controller's outputs, and the run loop
        // looks at the console and the power-off and reset requests after a device access.
        self.guest.devices.refresh_irq();
        self.guest.devices.note_device_access();
        for p in pages.iter().rev().flatten() {
            // The slot exists: it was read before.
            let _ = self.host.cpu.arch.tlb.write_slot(p.host, p.saved);
        }
        self.host.shadows.set_pinned([None; 4]);
        match outcome {
            StepOutcome::Retired => {
                self.guest.run.instructions += 1;
                Flow::Resume
            }
            StepOutcome::Halted => {
                self.guest.run.instructions += 1;
                Flow::Halted
            }
            StepOutcome::Interrupt(irq) => match irq.kind {
                // The host's machine check names a host-physical address: in the window?
                InterruptKind::MachineCheck { addr, access }
                    if Hpa::new(addr).offset_from(WINDOW).is_some_and(|o| o < WINDOW_SIZE) =>
                {
                    let off = Hpa::new(addr).offset_from(WINDOW).unwrap_or(0);
                    let gpa = pages
                        .get((off >> 12) as usize)
                        .copied()
                        .flatten()
                        .map_or(0, |p| p.gpa.raw() + (off & 0xFFF));
                    // MCAR reports the guest's own (guest-physical) address.
                    let kind = InterruptKind::MachineCheck { addr: gpa, access };
                    self.deliver_to_guest(Interrupt { kind, srr0: irq.srr0 })
                }
                _ => self.dispatch(irq),
            },
        }
    }

    /// During a replay, another page missed: fill its shadow if it is guest RAM, give it a window
    /// page if not. `false` if the guest's TLB refuses it (the normal dispatch reflects that) or
    /// no window page is left.
    fn replay_page(&mut self, pages: &mut [Option<WindowPage>; MAX_PAGES], access: Access, ea: Ea) -> bool {
        let ctx = self.guest.vcpu.xlate_ctx(access);
        let Ok(t) = self.guest.vcpu.tlb.translate(ea, access, &ctx) else { return false };
        match self.guest.map.translate(t.pa) {
            Some(ram) => {
                self.virt_miss(access, ea, &t, &ram);
                true
            }
            None => pages.iter().any(Option::is_none) && self.map_window(pages, access, ea, &t),
        }
    }

    /// Maps the 4 KiB page of `ea` to the next window page, in a host TLB0 way of its set that
    /// holds neither another window page nor the code the core is executing.
    fn map_window(
        &mut self,
        pages: &mut [Option<WindowPage>; MAX_PAGES],
        access: Access,
        ea: Ea,
        t: &Translation<Gpa>,
    ) -> bool {
        let Some(i) = pages.iter().position(Option::is_none) else { return false };
        let page = ea.align_down(4096);
        let gpa = t.pa.align_down(4096);
        self.guest.rec.record(Event::Mmio { guest_pc: self.host.cpu.pc.raw(), gpa, access });
        let host = &mut self.host.cpu.arch.tlb;
        let g = *host.geometry();
        let set = g.tlb0_set_of(page.raw()).low_u16();
        let pc = self.host.cpu.pc;
        let taken = |s: SlotId| pages.iter().flatten().any(|p| p.host == s);
        let slot = (0..g.tlb0_ways().low_u16())
            .map(|w| SlotId::tlb0_set_way(set, w, &g))
            .find(|s| !taken(*s) && !host.entry(*s).is_some_and(|e| e.valid() && e.covers(pc)))
            .unwrap_or(SlotId::tlb0_set_way(set, i.low_u16(), &g));
        let saved = host.entry(slot).copied().unwrap_or_default();
        let guest_entry = self.guest.vcpu.tlb.entry(t.slot).copied().unwrap_or_default();
        let window_page = WINDOW.raw() + ((i as u64) << 12);
        let class = Class::for_access(access, self.guest.host_context.is != self.guest.host_context.ds);
        let window_entry = TlbEntry::from_fields(&EntryFields {
            iprot: false,
            tid: self.host.cpu.arch.sprs.pid[0],
            ts: true,
            tsize: 1,
            epn: page,
            attrs: guest_entry.mas2,
            rpn: window_page,
            user_perms: shadow_perms(guest_entry.mas3, self.guest.host_context.pr, class),
        });
        let _ = host.write_slot(slot, window_entry);
        pages[i] = Some(WindowPage { host: slot, saved, gpa });
        let mut pinned = [None; 4];
        for (p, w) in pinned.iter_mut().zip(pages.iter()) {
            *p = w.map(|w| w.host);
        }
        self.host.shadows.set_pinned(pinned);
        true
    }
}
