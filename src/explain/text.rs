//! The words of the narrative: one paragraph per event group, each line a coloured label and
//! the values (decoded MAS fields, TLB entries, addresses) in hex.

use std::fmt::Write as _;

use crate::addr::Hpa;
use crate::cpu::InterruptKind;
use crate::events::{AccessChain, ArchEvent, ClearedBy, EntryWords, Event as CoreEvent};
use crate::hv::events::{Event, FillSize, SharedUse};
use crate::hv::{ExitKind, InvalidateCause};
use crate::isa::{Op, decode};
use crate::machine::report::{SPR_NAMES, perms_text, size_name, wimge_text};
use crate::mmu::mas::{mas3, spr};
use crate::mmu::{Access, Mas, SlotId, TlbEntry};

use super::ProgramView;

/// Colours (ANSI) or none.
#[derive(Clone, Copy, Debug)]
pub(super) struct Style {
    pub(super) color: bool,
}

/// What a line is about (its label's colour).
#[derive(Clone, Copy)]
enum Tone {
    Trap,
    Tlb,
    Fill,
    Drop,
    Irq,
    Access,
    Plain,
}

impl Style {
    fn paint(self, code: &str, s: &str) -> String {
        if self.color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }
    pub(super) fn title(self, s: &str) -> String {
        self.paint("1", s)
    }
    fn label(self, tone: Tone, s: &str) -> String {
        let code = match tone {
            Tone::Trap => "33",
            Tone::Tlb => "36",
            Tone::Fill => "32",
            Tone::Drop => "31",
            Tone::Irq => "35",
            Tone::Access => "34",
            Tone::Plain => return s.to_string(),
        };
        self.paint(code, s)
    }
}

/// Writes paragraphs.
pub(super) struct Writer<'a> {
    pub(super) program: ProgramView<'a>,
    pub(super) st: Style,
    pub(super) virt: bool,
    /// The words the guest has patched so far in the narrative (EA -> new word): the program
    /// image no longer holds what runs there.
    pub(super) patched: std::cell::RefCell<std::collections::BTreeMap<u32, u32>>,
}

/// A paragraph being written.
struct Para {
    text: String,
}

impl Writer<'_> {
    /// One paragraph for a group of events (see `super::narrate`).
    pub(super) fn paragraph(&self, group: &[Event]) -> String {
        let mut p = Para { text: String::new() };
        match &group[0] {
            Event::Exit { guest_pc, .. } => self.header(&mut p, *guest_pc),
            Event::Core(CoreEvent::Arch { pc, e }) if matches!(**e, ArchEvent::Interrupt { kind, .. } if kind.is_async()) =>
            {
                let _ = writeln!(p.text, "{}", self.st.title(&format!("before {}", self.place(*pc))));
            }
            Event::Core(CoreEvent::Arch { pc, .. })
            | Event::Core(CoreEvent::Access { pc, .. })
            | Event::Patch { guest_pc: pc, .. } => self.header(&mut p, *pc),
            _ => {
                let _ = writeln!(p.text, "{}", self.st.title("hypervisor"));
            }
        }
        let delivered = group
            .iter()
            .any(|e| matches!(e, Event::Core(CoreEvent::Arch { e, .. }) if matches!(**e, ArchEvent::Interrupt { .. })));
        let magic = group.iter().any(|e| matches!(e, Event::Shared { what: SharedUse::MagicMapped, .. }));
        for e in group {
            match *e {
                Event::Exit { kind: ExitKind::DtlbVirtMiss, ea, .. } if magic => self.line(
                    &mut p,
                    Tone::Fill,
                    "host TLB miss:",
                    &format!("data access at EA {ea:#010x}: the magic page (guest supervisor state), which the hypervisor maps itself whatever the guest's TLB says"),
                ),
                _ => self.event(&mut p, e, delivered),
            }
            if let Event::Patch { ea, new, .. } = *e {
                self.patched.borrow_mut().insert(ea, new);
            }
        }
        if let Event::Exit { kind: ExitKind::Emulated(op), .. } = group[0]
            && !group.iter().any(|e| matches!(e, Event::Core(CoreEvent::Arch { .. })))
        {
            let none = match op {
                Op::Tlbivax | Op::Tlbilx => "no guest TLB entry matched (or IPROT kept it)",
                _ => "nothing else changes on this model",
            };
            self.line(&mut p, Tone::Plain, "effect:", none);
        }
        p.text
    }

    fn place(&self, pc: u32) -> String {
        self.program.place(pc)
    }

    fn header(&self, p: &mut Para, pc: u32) {
        let patched =
            self.patched.borrow().get(&pc).map(|w| format!("{}   (as patched)", decode(*w).disasm(pc)));
        let insn = patched
            .or_else(|| self.program.disasm_at(pc))
            .unwrap_or_else(|| "(not in the program image)".into());
        let _ = writeln!(p.text, "{}  {}", self.st.title(&self.place(pc)), insn.trim_end());
    }

    fn line(&self, p: &mut Para, tone: Tone, label: &str, text: &str) {
        let _ = writeln!(p.text, "  {} {text}", self.st.label(tone, label));
    }

    /// "GPA" under the hypervisor (a guest entry's RPN is guest-physical), "PA" on the bare core.
    const fn pa_name(&self) -> &'static str {
        if self.virt { "GPA" } else { "PA" }
    }

    fn tlb_name(&self, slot: SlotId) -> String {
        if self.virt { format!("guest {slot}") } else { slot.to_string() }
    }

    fn event(&self, p: &mut Para, e: &Event, delivered: bool) {
        match *e {
            Event::Core(CoreEvent::Arch { ref e, .. }) => self.arch(p, e),
            Event::Core(CoreEvent::Access { ref chain, .. }) => self.access(p, chain),
            Event::Exit { kind, ea, .. } => self.exit(p, kind, ea),
            Event::Fill {
                guest,
                host,
                ea,
                gpa,
                hpa,
                size,
                sid,
                why,
                guest_perms,
                shadow_perms,
                guest_pr,
                prefault,
            } => {
                self.line(
                    p,
                    Tone::Fill,
                    if prefault { "shadow prefaulted at tlbwe:" } else { "shadow filled:" },
                    &format!(
                        "host {host} <- EA {ea:#010x} -> GPA {:#011x} -> HPA {:#011x}, {} (from guest {guest})",
                        gpa.raw(),
                        hpa.raw(),
                        size_name(size)
                    ),
                );
                self.line(p, Tone::Plain, "  size:", &size_reason(size, &why));
                self.line(
                    p,
                    Tone::Plain,
                    "  tag:",
                    &format!(
                        "TID {sid} (the shadow ID of {}), TS 1 (the guest runs at host MSR[IS]=MSR[DS]=1)",
                        if prefault {
                            "the context the guest's SRR1 returns to"
                        } else {
                            "this guest context"
                        }
                    ),
                );
                let who = if guest_pr {
                    "guest in user state: its user rights kept, no supervisor right"
                } else {
                    "guest in supervisor state: its supervisor rights moved to the user bits, as it runs at host MSR[PR]=1"
                };
                self.line(
                    p,
                    Tone::Plain,
                    "  rights:",
                    &format!(
                        "{} -> {} ({who})",
                        perms_text(u32::from(guest_perms)),
                        perms_text(u32::from(shadow_perms))
                    ),
                );
            }
            Event::Evict { host, guest } => {
                self.line(
                    p,
                    Tone::Drop,
                    "evicted:",
                    &format!("host {host} (shadow of guest {guest}) to make room"),
                );
            }
            Event::Invalidate { host, guest, cause } => self.line(
                p,
                Tone::Drop,
                "shadow invalidated:",
                &format!("host {host} (shadow of guest {guest}): {}", cause_text(cause)),
            ),
            Event::Reflect { vector, .. } if !delivered => self.line(
                p,
                Tone::Irq,
                "reflected:",
                &format!("the guest continues at {}", self.place(vector)),
            ),
            Event::Reflect { .. } => {}
            Event::Mmio { gpa, access, .. } => self.line(
                p,
                Tone::Plain,
                "device:",
                &format!(
                    "GPA {:#011x} is not RAM: the {} is replayed on the device model",
                    gpa.raw(),
                    access_name(access)
                ),
            ),
            Event::TagFlush { dropped } => self.line(
                p,
                Tone::Drop,
                "tag flush:",
                &format!("the shadow IDs ran out: all {dropped} shadows dropped"),
            ),
            Event::Patch { ea, gpa, old, new, page, .. } => self.patch(p, ea, gpa.raw(), old, new, page),
            Event::Shared { page, what } => self.shared(p, page, what),
            Event::Context { guest_msr, guest_pids, host_pids } => self.line(
                p,
                Tone::Plain,
                "context:",
                &format!(
                    "guest MSR {guest_msr:#010x} PIDs {} {} {} -> host PIDs (shadow IDs) {} {} {}",
                    guest_pids[0], guest_pids[1], guest_pids[2], host_pids[0], host_pids[1], host_pids[2]
                ),
            ),
        }
    }

    /// A paravirtual guest's store over one of its own instructions (docs/paravirt.md §4).
    fn patch(&self, p: &mut Para, ea: u32, gpa: u64, old: u32, new: u32, page: u32) {
        let (was, now) = (decode(old), decode(new));
        self.line(
            p,
            Tone::Tlb,
            "patched:",
            &format!("the guest stored over its own instruction at EA {ea:#010x} (GPA {gpa:#011x})"),
        );
        let why = match was.op {
            Op::Mfspr | Op::Mtspr => "an SPR move of a privileged SPR",
            _ => "privileged",
        };
        self.line(
            p,
            Tone::Plain,
            "  was:",
            &format!(
                "{} ({old:#010x}): {why}, so each time it ran it trapped (host MSR[PR]=1) and was emulated: an exit",
                was.disasm(ea).to_string().trim_end()
            ),
        );
        let field = |target: u32| {
            let name = (target & !0xFFF == page)
                .then(|| crate::hv::paravirt::off::register_at(target & 0xFFF))
                .flatten();
            name.map(|n| {
                format!("the magic page's {n} word (EA {target:#010x}, page offset {:#x})", target & 0xFFF)
            })
        };
        let what = match now.op {
            Op::Lwz | Op::Stw if now.ra() == 0 => {
                let target = now.simm().cast_unsigned();
                let verb = if now.op == Op::Lwz { "a load from" } else { "a store to" };
                field(target).map(|f| format!("{verb} {f}: a plain access to the page shared with the hypervisor, which does not exit"))
            }
            Op::B => now.target(ea).map(|t| {
                format!(
                    "a branch to {}: a replacement sequence the guest built (kvm.c's kvm_tmp) that does the work with loads and stores on the magic page and branches back; no exit unless it must (an interrupt pending)",
                    self.place(t)
                )
            }),
            Op::Ori if new == 0x6000_0000 => Some("a nop: nothing this hypervisor must see (no exit)".to_string()),
            _ => None,
        };
        let what = what.unwrap_or_else(|| {
            if crate::hv::would_exit(now) {
                "still an instruction that exits: a replacement sequence (kvm.c) keeps the original instruction for the path that must still trap, e.g. with an interrupt pending".to_string()
            } else {
                "an instruction that does not exit".to_string()
            }
        });
        self.line(
            p,
            Tone::Plain,
            "  now:",
            &format!("{} ({new:#010x}): {what}", now.disasm(ea).to_string().trim_end()),
        );
    }

    /// What an exit of a paravirtual guest took from or put in its magic page.
    fn shared(&self, p: &mut Para, page: u32, what: SharedUse) {
        let text = match what {
            SharedUse::TlbweMas([mas0, mas1, mas2, mas3, mas7]) => format!(
                "these MAS values came from the magic page at {page:#010x}, where the guest stored them with plain stores (no exit; a patched mtspr MASn is one): MAS0 {mas0:#010x} (+0xa8) MAS1 {mas1:#010x} (+0xac) MAS2 {mas2:#010x} (+0xbc) MAS3 {mas3:#010x} (+0xb4) MAS7 {mas7:#010x} (+0xb0); only the tlbwe itself exited"
            ),
            SharedUse::RfiSrr { srr0, srr1 } => format!(
                "SRR0 {srr0:#010x} (+0x44) and SRR1 {srr1:#010x} (+0x4c) came from the magic page at {page:#010x}, where the guest's handler keeps them with plain loads and stores"
            ),
            SharedUse::MagicMapped => format!(
                "the hypervisor wrote the host entry of the magic page at {page:#010x} (4K, tagged with the shadow ID of the guest's supervisor context, user read/write, no execute): from now on the guest reads and writes the page without exits"
            ),
            SharedUse::Reflected => format!(
                "SRR0, SRR1, MSR, DEAR, ESR and the MAS preload were also written into the magic page at {page:#010x}, where the guest's (patched) handler reads them with loads instead of trapping mfspr"
            ),
        };
        self.line(p, Tone::Plain, "shared page:", &text);
    }

    fn exit(&self, p: &mut Para, kind: ExitKind, ea: u32) {
        let (tone, label, text) = match kind {
            ExitKind::Emulated(op @ (Op::Mtspr | Op::Mfspr)) => (
                Tone::Trap,
                "trapped:",
                format!(
                    "{} of a privileged SPR, and the guest runs at host MSR[PR]=1: program interrupt (ESR[PPR]); emulated on the vCPU",
                    op.name()
                ),
            ),
            ExitKind::Emulated(op) => (
                Tone::Trap,
                "trapped:",
                format!(
                    "{} is privileged, and the guest runs at host MSR[PR]=1: program interrupt (ESR[PPR]); emulated on the vCPU{}",
                    op.name(),
                    if matches!(op, Op::Tlbwe | Op::Tlbre | Op::Tlbsx | Op::Tlbivax | Op::Tlbilx) {
                        " against the guest's virtual TLB"
                    } else {
                        ""
                    }
                ),
            ),
            ExitKind::DtlbVirtMiss | ExitKind::ItlbVirtMiss => (
                Tone::Fill,
                "host TLB miss:",
                format!(
                    "{} EA {ea:#010x}: virtual (the guest's TLB translates it; the hypervisor fills a shadow)",
                    side(kind)
                ),
            ),
            ExitKind::DtlbRealMiss | ExitKind::ItlbRealMiss => (
                Tone::Irq,
                "host TLB miss:",
                format!(
                    "{} EA {ea:#010x}: real (the guest's TLB misses too; reflected to the guest's TLB-miss handler)",
                    side(kind)
                ),
            ),
            ExitKind::Dsi | ExitKind::Isi => (
                Tone::Irq,
                "storage interrupt:",
                format!("EA {ea:#010x}: the guest's own entry refuses the access; reflected"),
            ),
            ExitKind::Syscall => (Tone::Irq, "system call:", "sc, reflected into the guest".to_string()),
            ExitKind::Hypercall => (
                Tone::Irq,
                "hypercall:",
                format!(
                    "sc in supervisor state with r0 = 0x4B564D21: token {ea:#010x} (vendor {}, number {}), answered (docs/paravirt.md §7)",
                    ea >> 16,
                    ea & 0xFFFF
                ),
            ),
            ExitKind::Program => (
                Tone::Irq,
                "program interrupt:",
                "not an instruction the hypervisor emulates; reflected".to_string(),
            ),
            ExitKind::Mmio => (
                Tone::Plain,
                "device access:",
                format!("EA {ea:#010x} maps a guest-physical page that is not RAM"),
            ),
            ExitKind::Alignment => (Tone::Irq, "alignment interrupt:", format!("EA {ea:#010x}, reflected")),
            ExitKind::Async => (Tone::Irq, "asynchronous interrupt:", "reflected into the guest".to_string()),
            ExitKind::HostMachineCheck => {
                (Tone::Drop, "host machine check:", "reflected as a guest machine check".to_string())
            }
        };
        self.line(p, tone, label, &text);
    }

    fn arch(&self, p: &mut Para, e: &ArchEvent) {
        match *e {
            ArchEvent::Spr { write: true, spr, value } => self.line(
                p,
                Tone::Tlb,
                "mtspr:",
                &format!("{} <- {value:#010x}{}", spr_name(spr), spr_decoded(spr, value)),
            ),
            ArchEvent::Spr { write: false, spr, value } => {
                self.line(p, Tone::Tlb, "mfspr:", &format!("{} = {value:#010x}", spr_name(spr)))
            }
            ArchEvent::Msr { op: Op::Mfmsr, old, .. } => {
                self.line(p, Tone::Plain, "mfmsr:", &format!("MSR = {old:#010x}"))
            }
            ArchEvent::Msr { op, old, new } => self.line(
                p,
                Tone::Plain,
                &format!("{}:", op.name()),
                &format!("MSR {old:#010x} -> {new:#010x} ({})", msr_text(new)),
            ),
            ArchEvent::TlbWrite { slot, mas, old, new } => {
                let m = mas;
                self.line(p, Tone::Tlb, "tlbwe read:", &mas01_text(&m, false));
                self.line(
                    p,
                    Tone::Plain,
                    "           ",
                    &format!(
                        "MAS2 {:#010x} (EPN {:#010x}, {})  MAS3 {:#010x} (RPN {:#010x}, {})  MAS7 {:#010x}",
                        m.mas2,
                        m.epn().raw(),
                        wimge_text(m.wimge()),
                        m.mas3,
                        m.mas3 & mas3::RPN.mask(),
                        perms_text(m.mas3),
                        m.mas7
                    ),
                );
                let name = self.tlb_name(slot);
                self.line(p, Tone::Tlb, &format!("{name} was:"), &self.entry_text(&old));
                self.line(p, Tone::Tlb, &format!("{name} now:"), &self.entry_text(&new));
            }
            ArchEvent::TlbRead { mas } => self.line(
                p,
                Tone::Tlb,
                "tlbre:",
                &format!("read into {}", mas_entry_text(&mas, self.pa_name())),
            ),
            ArchEvent::TlbSearch { ea, hit, mas } => {
                let m = mas;
                let found = if hit {
                    format!(
                        "hit in TLB{} ESEL {}: {}",
                        m.tlbsel(),
                        m.esel(),
                        mas_entry_text(&mas, self.pa_name())
                    )
                } else {
                    format!(
                        "miss; MAS loaded with the defaults: MAS0 {:#010x} MAS1 {:#010x} MAS2 {:#010x}",
                        m.mas0, m.mas1, m.mas2
                    )
                };
                self.line(p, Tone::Tlb, "tlbsx:", &format!("EA {ea:#010x}: {found}"));
            }
            ArchEvent::TlbClear { slot, old, by } => {
                let why = match by {
                    ClearedBy::Tlbivax(ea) => format!("tlbivax EA {ea:#010x}"),
                    ClearedBy::Tlbilx(t, ea) => format!("tlbilx T={t} EA {ea:#010x}"),
                    ClearedBy::Mmucsr0 => "an MMUCSR0 flash invalidation".to_string(),
                };
                self.line(
                    p,
                    Tone::Drop,
                    &format!("{} cleared", self.tlb_name(slot)),
                    &format!("by {why}: was {}", self.entry_text(&old)),
                );
            }
            ArchEvent::Interrupt { kind, srr0, srr1, vector, msr, esr, dear, mas } => {
                let into = if self.virt { " into the guest" } else { "" };
                self.line(
                    p,
                    Tone::Irq,
                    &format!("{} (IVOR{}) delivered{into}:", kind.name(), kind.ivor()),
                    &format!(
                        "SRR0 {srr0:#010x} SRR1 {srr1:#010x} -> vector {}, MSR {msr:#010x}",
                        self.place(vector)
                    ),
                );
                if let Some(why) = kind_why(kind) {
                    self.line(p, Tone::Plain, "  why:", why);
                }
                if kind_sets_dear(kind) {
                    self.line(
                        p,
                        Tone::Plain,
                        " ",
                        &format!("DEAR {dear:#010x} ESR {esr:#010x}{}", esr_text(esr)),
                    );
                } else if matches!(kind, InterruptKind::Program(_) | InterruptKind::InstructionStorage { .. })
                {
                    self.line(p, Tone::Plain, " ", &format!("ESR {esr:#010x}{}", esr_text(esr)));
                }
                if matches!(
                    kind,
                    InterruptKind::DataTlbError { .. } | InterruptKind::InstructionTlbError { .. }
                ) {
                    let m = mas;
                    self.line(p, Tone::Plain, "  MAS preload:", &mas01_text(&m, true));
                    self.line(
                        p,
                        Tone::Plain,
                        "              ",
                        &format!(
                            "MAS2 {:#010x} (EPN {:#010x}, {})  MAS3 {:#010x}  MAS7 {:#010x}  (from MAS4 {:#010x} and the PIDs)",
                            m.mas2,
                            m.epn().raw(),
                            wimge_text(m.wimge()),
                            m.mas3,
                            m.mas7,
                            m.mas4
                        ),
                    );
                }
            }
            ArchEvent::Checkstop { kind } => self.line(
                p,
                Tone::Drop,
                "checkstop:",
                &format!("{} with MSR[ME]=0: the core stops", kind.name()),
            ),
            ArchEvent::Return { op, pc, msr } => self.line(
                p,
                Tone::Irq,
                &format!("{}:", op.name()),
                &format!("back to {} with MSR {msr:#010x} ({})", self.place(pc), msr_text(msr)),
            ),
            ArchEvent::Context { msr, pids, .. } => self.line(
                p,
                Tone::Plain,
                "context:",
                &format!(
                    "translation context now {} PIDs {} {} {}",
                    msr_text(msr),
                    pids[0],
                    pids[1],
                    pids[2]
                ),
            ),
        }
    }

    fn access(&self, p: &mut Para, c: &AccessChain) {
        let mut chain = match c.access {
            Access::Fetch => format!("fetch EA {:#010x}", c.ea),
            a => format!("{} {}B EA {:#010x}", access_name(a), c.size, c.ea),
        };
        match (c.slot, c.pa) {
            (Some(slot), Some(pa)) => {
                let _ = write!(chain, " -> {} -> {} {pa:#011x}", self.tlb_name(slot), self.pa_name());
            }
            _ => chain.push_str(" -> no TLB entry"),
        }
        if self.virt {
            match c.hpa {
                Some(hpa) => {
                    let _ = write!(chain, " -> GPA map -> HPA {hpa:#011x}");
                }
                None if c.pa.is_some() => chain.push_str(" -> GPA map: not RAM (device)"),
                None => {}
            }
            match c.host_slot {
                Some(h) => {
                    let _ = write!(chain, " -> host {h}");
                }
                None => chain.push_str(" -> no host entry"),
            }
        }
        self.line(p, Tone::Access, "access:", &chain);
    }

    /// A TLB entry in one line: `EPN 0x00001000 -> PA 0x000001000 4K TID 0 TS 0 S:rw- U:--- -----`.
    fn entry_text(&self, w: &EntryWords) -> String {
        let e: TlbEntry<Hpa> = w.entry();
        if !e.valid() {
            return format!("invalid (MAS1 {:#010x})", e.mas1);
        }
        let size = e.page_size();
        format!(
            "EPN {:#010x} -> {} {:#011x} {} TID {} TS {} {} {}{}",
            e.epn().raw(),
            self.pa_name(),
            e.page_rpn(),
            size_name(size),
            e.tid(),
            u8::from(e.ts()),
            perms_text(e.mas3),
            wimge_text(e.wimge()),
            if e.iprot() { " IPROT" } else { "" }
        )
    }
}

/// Why a shadow has its size.
fn size_reason(size: u64, why: &FillSize) -> String {
    let mut s = format!(
        "{}: the largest e500 page within the guest page ({}) and the contiguous host block backing it ({})",
        size_name(size),
        size_name(why.guest_page()),
        size_name(why.backing_block())
    );
    if why.clipped {
        s.push_str(", made smaller because another guest entry overlaps the larger block");
    }
    if why.tlb0_fallback {
        s.push_str("; host TLB1 is full of this instruction's shadows, so a 4K piece in host TLB0");
    }
    s
}

fn cause_text(c: InvalidateCause) -> &'static str {
    match c {
        InvalidateCause::Overwritten => "its guest entry was overwritten",
        InvalidateCause::Invalidated => "its guest entry was invalidated",
        InvalidateCause::Overlapped => "the new guest entry overlaps it and may now win the guest's lookup",
        InvalidateCause::Refused => "it refused an access the guest's entry allows",
        InvalidateCause::TagFlush => "the shadow IDs ran out",
    }
}

const fn side(kind: ExitKind) -> &'static str {
    match kind {
        ExitKind::ItlbVirtMiss | ExitKind::ItlbRealMiss => "instruction fetch at",
        _ => "data access at",
    }
}

const fn access_name(a: Access) -> &'static str {
    match a {
        Access::Fetch => "fetch",
        Access::Load => "load",
        Access::Store => "store",
    }
}

fn spr_name(spr: u16) -> String {
    SPR_NAMES
        .iter()
        .find(|(_, n)| *n == spr)
        .map_or_else(|| format!("SPR {spr}"), |(name, _)| (*name).to_string())
}

/// `v` in every MAS register, so one SPR value can be read with the [`Mas`] accessors.
const fn every_mas(v: u32) -> Mas {
    Mas { mas0: v, mas1: v, mas2: v, mas3: v, mas4: v, mas6: v, mas7: v }
}

/// The fields of an MMU SPR value.
fn spr_decoded(spr: u16, v: u32) -> String {
    let m = every_mas(v);
    match spr {
        spr::MAS0 => format!(" ({})", mas0_text(&m, false)),
        spr::MAS1 => format!(" ({})", mas1_text(v)),
        spr::MAS2 => format!(" (EPN {:#010x}, {})", m.epn().raw(), wimge_text(m.wimge())),
        spr::MAS3 => format!(" (RPN {:#010x}, {})", m.mas3 & mas3::RPN.mask(), perms_text(v)),
        spr::MAS4 => {
            format!(" (TLBSELD {}, TSIZED {}, WIMGED {})", m.tlbseld(), m.tsized(), wimge_text(m.wimged()))
        }
        spr::MAS6 => format!(" (SPID {}, SAS {})", m.spid(), u8::from(m.sas())),
        spr::MAS7 => format!(" (PA bits 32:35 = {:#x})", m.rpn_hi()),
        _ => String::new(),
    }
}

/// `TLBSEL 1, ESEL 3, NV 0` (`ESEL 3 = next victim` for a miss's preload).
fn mas0_text(m: &Mas, victim: bool) -> String {
    let note = if victim { " = next victim" } else { "" };
    format!("TLBSEL {}, ESEL {}{note}, NV {}", m.tlbsel(), m.esel(), m.nv())
}

/// `MAS0 0x10010000 (TLBSEL 1, ESEL 1, NV 0)  MAS1 0x80000100 (V TID 0 TS 0 4K)`.
fn mas01_text(m: &Mas, victim: bool) -> String {
    format!("MAS0 {:#010x} ({})  MAS1 {:#010x} ({})", m.mas0, mas0_text(m, victim), m.mas1, mas1_text(m.mas1))
}

/// `V IPROT TID 0 TS 0 64K`.
fn mas1_text(mas1: u32) -> String {
    let m = every_mas(mas1);
    let tsize = m.tsize();
    let size = if (1..=11).contains(&tsize) {
        size_name(TlbEntry::<Hpa>::from_words(mas1, 0, 0, 0).page_size())
    } else {
        format!("TSIZE {tsize}")
    };
    format!(
        "{}{}TID {} TS {} {size}",
        if m.v() { "V " } else { "not valid, " },
        if m.iprot() { "IPROT " } else { "" },
        m.tid(),
        u8::from(m.ts())
    )
}

/// The entry the MAS registers describe (after tlbre or a tlbsx hit).
fn mas_entry_text(mas: &Mas, pa: &str) -> String {
    let m = mas;
    format!(
        "MAS1 {:#010x} ({}) MAS2 {:#010x} (EPN {:#010x}) MAS3 {:#010x} ({pa} page {:#x}, {}) MAS7 {:#010x}",
        m.mas1,
        mas1_text(m.mas1),
        m.mas2,
        m.epn().raw(),
        m.mas3,
        m.rpn(),
        perms_text(m.mas3),
        m.mas7
    )
}

/// `PR=0 IS=0 DS=0 EE=0 ME=1`.
fn msr_text(msr: u32) -> String {
    use crate::cpu::state::msr as b;
    let bit = |m: u32| u8::from(msr & m != 0);
    let text =
        format!("PR={} IS={} DS={} EE={} ME={}", bit(b::PR), bit(b::IS), bit(b::DS), bit(b::EE), bit(b::ME));
    // The wait-state enable only when set (docs/time.md): it is rare, and then it matters.
    if msr & b::WE != 0 { text + " WE=1" } else { text }
}

fn esr_text(esr: u32) -> &'static str {
    use crate::cpu::interrupt::esr as b;
    match esr {
        0 => "",
        e if e == b::ST => " (ST: a store)",
        e if e == b::PIL => " (PIL: illegal instruction)",
        e if e == b::PPR => " (PPR: privileged instruction in user state)",
        e if e == b::PTR => " (PTR: trap)",
        _ => "",
    }
}

const fn kind_sets_dear(k: InterruptKind) -> bool {
    matches!(
        k,
        InterruptKind::DataStorage { .. }
            | InterruptKind::DataTlbError { .. }
            | InterruptKind::Alignment { .. }
    )
}

fn kind_why(k: InterruptKind) -> Option<&'static str> {
    Some(match k {
        InterruptKind::DataTlbError { .. } => {
            "no TLB entry translates the data access in its address space (MSR[DS])"
        }
        InterruptKind::InstructionTlbError { .. } => {
            "no TLB entry translates the fetch in its address space (MSR[IS])"
        }
        InterruptKind::DataStorage { .. } => "the matching TLB entry does not permit the access",
        InterruptKind::InstructionStorage { .. } => "the matching TLB entry does not permit execution",
        InterruptKind::Debug => {
            "a debug event enabled in DBCR0 was recorded in DBSR, with MSR[DE] and DBCR0[IDM] set"
        }
        _ => return None,
    })
}
