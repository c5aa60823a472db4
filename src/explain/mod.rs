//! `explain`: a narrative of a run, one short paragraph per event, with the actual values.
//!
//! It narrates, in order:
//! * each privileged instruction: the PC, its disassembly and nearest symbol, what it read (the
//!   MAS registers decoded) and changed (the TLB entry written, old and new; SPR and MSR moves);
//!   under the hypervisor also why it trapped (privileged in host user state) and what the
//!   hypervisor did to the host TLB (shadows invalidated, and why);
//! * each host TLB miss under the hypervisor: *virtual* (the guest's TLB has the entry: the
//!   shadow filled, GPA -> HPA, its size and why, its tag, the rights moved from S to U) or
//!   *real* (reflected to the guest's miss handler with the MAS preload it will see);
//! * each interrupt delivered (bare, or reflected into the guest) with SRR0/SRR1, vector, ESR,
//!   DEAR and MAS preload, and each `rfi` back;
//! * with accesses on, each fetch, load and store as its translation chain (EA -> TLB entry ->
//!   PA; under the hypervisor EA -> guest TLB entry -> GPA -> GPA map -> HPA -> host TLB entry).
//!
//! It reads the event log ([`crate::events`]): the same events `tracing` emits
//! (`RUST_LOG=tlbvisor=trace`), recorded by the code that does the work, not a second copy of
//! its logic. The bare core and the hypervisor emit the architectural events through the same
//! shared code, so the two narratives of one program can be compared paragraph by paragraph.
//!
//! [`crate::session::Session::explain`] runs a program and renders this; the CLI is
//! `tlbvisor explain`.

mod text;

use crate::events::{ArchEvent, Event as CoreEvent};
use crate::hv::events::Event;
use crate::image::Image;
use crate::machine::Mode;

/// What to narrate and how.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExplainOptions {
    /// Also narrate every fetch, load and store as a translation chain.
    pub accesses: bool,
    /// Start when the PC first reaches this symbol.
    pub from: Option<String>,
    /// Start the Nth time the PC reaches `from` instead (`None`: the first).
    pub from_hit: Option<u64>,
    /// At most this many paragraphs, then a line saying how many were left out.
    pub limit: Option<usize>,
    /// ANSI colours.
    pub color: bool,
}

/// The program the events came from: its symbols (for `<symbol+offset>`) and its image (for
/// the disassembly at a PC: the word at that address in the loaded sections).
///
/// Code is found by the address it is linked at. A PC no section is linked at may still run
/// code of the image at its *load* address: an ELF section linked at one address and loaded at
/// another (a vmlinux: linked at 0xc0000000, loaded at physical 0) starts at its load address,
/// the entry translated as QEMU's loader does (docs/boot.md), with QEMU's boot entry mapping
/// effective addresses 0..64 MiB one to one onto physical ones; Linux runs there until it has
/// mapped itself at its link address. Such a PC is shown with the symbol of the byte loaded
/// there and its link address (`0x00002a00 <get_phys_addr> (load address of 0xc0002a00)`).
/// This reads the image, not memory: code the program copies or changes is not seen.
#[derive(Clone, Copy, Debug)]
pub struct ProgramView<'a> {
    /// The loaded image.
    pub image: &'a Image,
}

impl ProgramView<'_> {
    /// `<sym+0xoff>` for the nearest label at or below `pc`.
    pub fn symbol_of(&self, pc: u32) -> Option<String> {
        match self.loaded_at(pc) {
            Some(linked) => crate::objdump::symbolize(self.image, linked, true)
                .map(|s| format!("<{s}> (load address of {linked:#010x})")),
            None => crate::objdump::symbolize(self.image, pc, true).map(|s| format!("<{s}>")),
        }
    }

    /// `0x00010030 <_start+0x30>` (the address alone below every label).
    pub fn place(&self, pc: u32) -> String {
        match self.symbol_of(pc) {
            Some(s) => format!("{pc:#010x} {s}"),
            None => format!("{pc:#010x}"),
        }
    }

    /// The disassembly of the word at `pc` in the image, if a section holds it (linked there,
    /// or loaded there: see the type's documentation).
    pub fn disasm_at(&self, pc: u32) -> Option<String> {
        let at = self.loaded_at(pc).unwrap_or(pc);
        self.image.read_u32(at).map(|word| crate::isa::decode(word).disasm(pc).to_string())
    }

    /// The link address of the image byte loaded at `pc`, when no section is linked at `pc`
    /// and a section linked elsewhere is loaded there.
    fn loaded_at(&self, pc: u32) -> Option<u32> {
        if self.image.byte(pc).is_some() {
            return None;
        }
        self.image.sections.iter().find_map(|s| {
            let off = pc.checked_sub(s.lma)?;
            (s.lma != s.addr && off < s.size).then(|| s.addr.wrapping_add(off))
        })
    }
}

/// Renders `events` (a run's log from where the narrative starts) as text: a title line, the
/// paragraphs (at most `opts.limit`, then a line with how many more there were: those of
/// `events` past the limit plus `unseen`, paragraphs counted but not kept, see [`Collector`])
/// and `footer`.
pub fn render(
    events: &[Event],
    unseen: usize,
    program: ProgramView<'_>,
    mode: Mode,
    title: &str,
    footer: &str,
    opts: &ExplainOptions,
) -> String {
    let st = text::Style { color: opts.color };
    let w = text::Writer { program, st, virt: mode == Mode::Virt, patched: Default::default() };
    let groups = paragraphs(events);
    let mut out = format!("{}\n\n", st.title(title));
    let limit = opts.limit.unwrap_or(usize::MAX);
    // Only the paragraphs shown are rendered.
    for g in groups.iter().take(limit) {
        out.push_str(&w.paragraph(&events[g.clone()]));
        out.push('\n');
    }
    if groups.len() + unseen > limit {
        let more = groups.len() + unseen - limit;
        out.push_str(&format!("... {more} more paragraph{} omitted (--limit {limit})\n\n", plural(more)));
    }
    out.push_str(footer);
    if !footer.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Takes a run's events as they come, in pieces, and keeps those of the first `keep`
/// paragraphs; the later ones are only counted. A long run (a kernel's boot) then narrates from
/// where it was asked to, whatever the size of the log the events pass through.
#[derive(Debug, Default)]
pub struct Collector {
    keep: usize,
    kept: Vec<Event>,
    kept_paragraphs: usize,
    /// The events of the last paragraph seen, which later events may still extend.
    open: Vec<Event>,
    counted: usize,
}

impl Collector {
    /// A collector keeping the events of the first `keep` paragraphs.
    pub fn new(keep: usize) -> Self {
        Collector { keep, ..Collector::default() }
    }

    /// Takes the next events of the run.
    pub fn push(&mut self, events: impl IntoIterator<Item = Event>) {
        self.open.extend(events);
        let groups = paragraphs(&self.open);
        // Every paragraph but the last is complete: the next one has started.
        let Some(last) = groups.last().map(|g| g.start) else { return };
        let rest = self.open.split_off(last);
        let complete = std::mem::replace(&mut self.open, rest);
        for g in &groups[..groups.len() - 1] {
            self.close(&complete[g.clone()]);
        }
    }

    fn close(&mut self, paragraph: &[Event]) {
        if self.kept_paragraphs < self.keep {
            self.kept.extend_from_slice(paragraph);
            self.kept_paragraphs += 1;
        } else {
            self.counted += 1;
        }
    }

    /// The events kept and how many paragraphs came after them (for [`render`]).
    pub fn finish(mut self) -> (Vec<Event>, usize) {
        let last = std::mem::take(&mut self.open);
        if !last.is_empty() {
            self.close(&last);
        }
        (self.kept, self.counted)
    }
}

pub(crate) const fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Whether an event ends an architectural group.
const fn is_delivery(e: &ArchEvent) -> bool {
    matches!(e, ArchEvent::Interrupt { .. } | ArchEvent::Checkstop { .. })
}

/// Groups the events into paragraphs: under the hypervisor an exit and everything done about
/// it; an interrupt delivered; consecutive architectural events of one instruction; the
/// accesses of one instruction.
fn paragraphs(events: &[Event]) -> Vec<std::ops::Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut i = 0;
    while i < events.len() {
        let rest = &events[i + 1..];
        let len = match events[i] {
            Event::Exit { .. } => {
                1 + rest
                    .iter()
                    .take_while(|e| {
                        !matches!(
                            e,
                            Event::Exit { .. } | Event::Core(CoreEvent::Access { .. }) | Event::Patch { .. }
                        )
                    })
                    .count()
            }
            // The delivery and, under the hypervisor, the reflection recorded after it.
            Event::Core(CoreEvent::Arch { ref e, .. }) if is_delivery(e) => {
                1 + usize::from(matches!(rest.first(), Some(Event::Reflect { .. })))
            }
            Event::Core(CoreEvent::Arch { pc, .. }) => 1 + rest
                .iter()
                .take_while(
                    |e| matches!(e, Event::Core(CoreEvent::Arch { pc: p, e }) if *p == pc && !is_delivery(e)),
                )
                .count(),
            Event::Core(CoreEvent::Access { pc, .. }) => {
                1 + rest
                    .iter()
                    .take_while(|e| matches!(e, Event::Core(CoreEvent::Access { pc: p, .. }) if *p == pc))
                    .count()
            }
            _ => 1,
        };
        paragraphs.push(i..i + len);
        i += len;
    }
    paragraphs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hv::ExitKind;

    /// An exit: it starts a paragraph, which takes the events after it up to the next exit.
    fn exit(pc: u32) -> Event {
        Event::Exit { kind: ExitKind::DtlbVirtMiss, guest_pc: pc, ea: 0 }
    }

    #[test]
    fn code_at_its_load_address_is_found_by_its_link_address() {
        use crate::image::{Section, SectionKind, Symbol, SymbolKind};
        // A vmlinux in small: linked at 0xc0000000, loaded at 0; `nop` then `tlbwe`.
        let data = [0x6000_0000u32, 0x7c00_07a4].iter().flat_map(|w| w.to_be_bytes()).collect();
        let text = Section {
            name: ".text".into(),
            addr: 0xc000_0000,
            lma: 0,
            size: 8,
            align: 4,
            kind: SectionKind::Code,
            data,
        };
        let sym = Symbol {
            value: 0xc000_0000,
            size: 8,
            section: Some(".text".into()),
            kind: SymbolKind::Func,
            global: true,
        };
        let image =
            Image { sections: vec![text], symbols: [("_start".to_string(), sym)].into(), entry: 0xc000_0000 };
        let v = ProgramView { image: &image };
        assert_eq!(v.place(0xc000_0004), "0xc0000004 <_start+0x4>");
        assert_eq!(v.disasm_at(0xc000_0004).as_deref(), Some("tlbwe"));
        assert_eq!(v.place(4), "0x00000004 <_start+0x4> (load address of 0xc0000004)");
        assert_eq!(v.disasm_at(4).as_deref(), Some("tlbwe"));
        // Neither linked nor loaded there.
        assert_eq!((v.place(8), v.disasm_at(8)), ("0x00000008".to_string(), None));
    }

    #[test]
    fn collector_in_pieces_equals_the_whole() {
        let events: Vec<Event> =
            (0..40).map(|k| if k % 3 == 0 { Event::TagFlush { dropped: k } } else { exit(k) }).collect();
        let whole = paragraphs(&events);
        for piece in [1, 2, 5, 40] {
            for keep in [0, 3, 100] {
                let mut c = Collector::new(keep);
                for chunk in events.chunks(piece) {
                    c.push(chunk.iter().cloned());
                }
                let (kept, unseen) = c.finish();
                let shown = whole.len().min(keep);
                let end = whole.get(shown).map_or(events.len(), |g| g.start);
                assert_eq!(kept, events[..end], "piece {piece} keep {keep}");
                assert_eq!(unseen, whole.len() - shown, "piece {piece} keep {keep}");
            }
        }
    }
}
