//! The decode cache: each instruction word is decoded once per (physical frame, byte order).
//!
//! 1024 direct-mapped slots, consecutive frames in consecutive slots (4 MiB of code: a Linux
//! kernel's text fits), each a 4 KiB physical frame's 1024 decoded instructions, filled lazily: a
//! word is read from memory and decoded the first time it executes, and with it the up to
//! [`AHEAD`] words after it that are plain RAM (reading them has no side effect; a word the
//! program never runs may be decoded, never executed). A slot records
//! the frame's [`Memory::code_generation`](super::Memory::code_generation) when it was
//! (re)started; the core compares it whenever memory was written since it last looked (the
//! memory's write epoch moved: `Cpu::fetch`, and the burst after each store) and restarts the slot
//! when it moved, so writes into a code page (self-modifying code, the host loading a program)
//! take effect at the next instruction. The byte order is part of the key because the same frame
//! can be mapped by a big-endian and a little-endian page (whose instructions are byte-reversed).
//!
//! Slots are allocated once, the first time they are used; afterwards a slot is reset in place.

use crate::isa::{Dialect, Field, Insn, Op, decode_for};
use crate::narrow::ToUsize;

use super::branch::{BO_ALWAYS, BO_CTR_NONZERO, BO_IF_FALSE, BO_IF_TRUE, bo_canonical};

const SLOTS: usize = 1024;
/// [`CodePage::checked_epoch`] of a page not checked at any epoch (epochs count writes from 0).
const NOT_CHECKED: u64 = u64::MAX;
const WORDS: usize = 1024;
/// How many words after a word decoded on a miss are decoded with it ([`DecodeCache::get`]):
/// code runs mostly straight on, and each miss costs the burst a trip out of its loop.
const AHEAD: usize = 16;

/// What a page holds for a word not decoded yet: `ori 0,0,0` (the `nop`) marked illegal, which
/// no decoder returns, so that the burst's loop reads one entry and tells the two apart only in
/// its (rare) illegal-instruction arm.
pub(super) const NOT_DECODED: Entry = Entry { word: 0x6000_0000, op: Op::Illegal, form: Form::Plain };

/// What the burst's loop would otherwise work out from an instruction's word each time it runs
/// it, worked out once when the word is decoded. Only forms the loop completes on its own are
/// named; everything else is `Plain` (the loop runs it as the step does).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(super) enum Form {
    /// Nothing worked out.
    Plain = 0,
    /// `bc` relative, no link, BO canonically [`BO_ALWAYS`].
    BcAlways = 1,
    /// `bc` relative, no link, BO canonically [`BO_IF_FALSE`].
    BcIfFalse = 2,
    /// `bc` relative, no link, BO canonically [`BO_IF_TRUE`].
    BcIfTrue = 3,
    /// `bc` relative, no link, BO canonically [`BO_CTR_NONZERO`].
    BcCtrNonZero = 4,
}

impl Form {
    /// The canonical BO of a `bc` form ([`BO_ALWAYS`] for `Plain`, which has none), read from a
    /// table, not matched: a `match` here becomes a second indirect jump in the page loop's
    /// `bc` arm, and that jump's mispredictions cost the Linux boot a tenth of its time
    /// (README "Speed").
    #[inline(always)]
    pub(super) const fn bo(self) -> u32 {
        const BO: [u32; 5] = [BO_ALWAYS, BO_ALWAYS, BO_IF_FALSE, BO_IF_TRUE, BO_CTR_NONZERO];
        BO[self as usize]
    }

    /// The form of `insn` (BO is the RT field, Book-E 3.3.13; [`bo_canonical`] drops the bits
    /// its condition does not look at).
    pub(super) fn of(insn: Insn) -> Form {
        if insn.op != Op::Bc || insn.aa() || insn.lk() {
            return Form::Plain;
        }
        match bo_canonical(insn.get(Field::Rt)) {
            BO_ALWAYS => Form::BcAlways,
            BO_IF_FALSE => Form::BcIfFalse,
            BO_IF_TRUE => Form::BcIfTrue,
            BO_CTR_NONZERO => Form::BcCtrNonZero,
            _ => Form::Plain,
        }
    }
}

/// A decoded instruction as a page holds it: the instruction and its [`Form`] (eight bytes, as
/// an [`Insn`] alone takes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Entry {
    word: u32,
    op: Op,
    form: Form,
}

impl Entry {
    fn new(insn: Insn) -> Entry {
        Entry { word: insn.word, op: insn.op, form: Form::of(insn) }
    }

    /// The instruction.
    #[inline(always)]
    pub(super) const fn insn(self) -> Insn {
        Insn { word: self.word, op: self.op }
    }
}

/// One frame's decoded instructions.
#[derive(Clone, Debug)]
pub(super) struct CodePage {
    /// `frame << 1 | little_endian`.
    key: u64,
    generation: u64,
    /// The memory's write epoch when `generation` was last found to be the frame's
    /// ([`NOT_CHECKED`] since it was set): while the epoch stands, no watched frame was written,
    /// so the page is still the frame's ([`CodePage::current_at`]).
    checked_epoch: u64,
    /// The decoded instructions, [`NOT_DECODED`] where not decoded yet.
    insns: [Entry; WORDS],
}

impl CodePage {
    /// The instruction at word `word` if it is on the page (below 1024) and decoded.
    #[inline(always)]
    pub(super) fn get(&self, word: u32) -> Option<Insn> {
        self.entry(word as usize).filter(|i| *i != NOT_DECODED.insn())
    }

    /// The entry for word `word` if it is on the page (below 1024): the instruction, or
    /// [`NOT_DECODED`].
    #[inline(always)]
    pub(super) fn entry(&self, word: usize) -> Option<Insn> {
        self.insns.get(word).map(|e| e.insn())
    }

    /// The [`Form`] of the entry for word `word` (below 1024), read apart from the instruction
    /// so that only the arms that use it load it.
    #[inline(always)]
    pub(super) fn form(&self, word: usize) -> Form {
        self.insns.get(word).map_or(Form::Plain, |e| e.form)
    }

    /// The code generation of the frame its words were decoded from.
    #[inline]
    pub(super) const fn generation(&self) -> u64 {
        self.generation
    }

    /// Whether the page is still its frame's at the memory's write epoch `epoch`: at once when
    /// it was found so at this epoch before, else when `generation()` gives its generation now
    /// (which is then remembered for `epoch`).
    #[inline]
    pub(super) fn current_at(&mut self, epoch: u64, generation: impl FnOnce() -> u64) -> bool {
        if self.checked_epoch == epoch {
            return true;
        }
        let current = self.generation == generation();
        if current {
            self.checked_epoch = epoch;
        }
        current
    }

    /// Sets the generation the page is decoded at (its words not checked against the frame's).
    fn set_generation(&mut self, generation: u64) {
        self.generation = generation;
        self.checked_epoch = NOT_CHECKED;
    }
}

/// See the module documentation.
#[derive(Clone, Debug)]
pub(super) struct DecodeCache {
    slots: Vec<Option<Box<CodePage>>>,
    /// The core's encodings ([`crate::cpu::CpuModel::dialect`]).
    dialect: Dialect,
}

/// The key of `frame` in byte order `little_endian` (`frame << 1 | little_endian`) and its slot:
/// consecutive frames take consecutive slots (a kernel's text, up to 4 MiB, takes no slot
/// twice), and the little-endian view of a frame the slot half the cache away.
fn key_of(frame: u64, little_endian: bool) -> (u64, usize) {
    let key = (frame << 1) | u64::from(little_endian);
    (key, (frame.to_usize() ^ (usize::from(little_endian) * (SLOTS / 2))) % SLOTS)
}

/// Where the core fetches from: a slot and the key it holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct CodeSlot {
    index: usize,
    pub(super) frame: u64,
}

impl DecodeCache {
    pub(super) fn new(dialect: Dialect) -> Self {
        DecodeCache { slots: vec![None; SLOTS], dialect }
    }

    /// The slot for `frame` in byte order `little_endian`, taken over (reset) if it held another
    /// frame.
    pub(super) fn slot(&mut self, frame: u64, little_endian: bool, generation: u64) -> CodeSlot {
        let (key, index) = key_of(frame, little_endian);
        let page = self.slots[index].get_or_insert_with(|| {
            Box::new(CodePage {
                key: u64::MAX,
                generation,
                checked_epoch: NOT_CHECKED,
                insns: [NOT_DECODED; WORDS],
            })
        });
        if page.key != key {
            page.key = key;
            page.set_generation(generation);
            page.insns = [NOT_DECODED; WORDS];
        }
        CodeSlot { index, frame }
    }

    /// Forgets at which write epoch each page was last found to be its frame's (the core now
    /// runs against another memory, whose epochs are not the ones they were checked at).
    pub(super) fn forget_checks(&mut self) {
        for page in self.slots.iter_mut().flatten() {
            page.checked_epoch = NOT_CHECKED;
        }
    }

    /// The slot holding `frame` in byte order `little_endian`, if one does (nothing is reset).
    #[inline]
    pub(super) fn find(&self, frame: u64, little_endian: bool) -> Option<CodeSlot> {
        let (key, index) = key_of(frame, little_endian);
        let page = self.slots[index].as_ref()?;
        (page.key == key).then_some(CodeSlot { index, frame })
    }

    /// Takes `slot`'s page out of the cache, for a caller that reads it many times and puts it
    /// back ([`DecodeCache::put`]) before anything else uses the cache.
    #[inline]
    pub(super) fn take(&mut self, slot: CodeSlot) -> Option<Box<CodePage>> {
        self.slots.get_mut(slot.index)?.take()
    }

    /// Puts back a page [`DecodeCache::take`] took from `slot`.
    #[inline]
    pub(super) fn put(&mut self, slot: CodeSlot, page: Box<CodePage>) {
        if let Some(cell) = self.slots.get_mut(slot.index) {
            *cell = Some(page);
        }
    }

    /// The instruction at word `word` (0..1024) of `slot`'s frame if it is decoded and the frame's
    /// code generation is still `generation`.
    #[inline]
    pub(super) fn cached(&self, slot: CodeSlot, generation: u64, word: usize) -> Option<Insn> {
        let page = self.slots.get(slot.index)?.as_ref()?;
        let entry = page.insns[word % WORDS];
        (page.generation == generation && entry != NOT_DECODED).then_some(entry.insn())
    }

    /// The instruction at word `word` (0..1024) of `slot`'s frame, whose current code generation
    /// is `generation`. On a miss `read(w, false)` supplies the (already byte-ordered) word `w`;
    /// the words after it that are not decoded yet are decoded too, up to [`AHEAD`] of them,
    /// while `read(w, true)` gives them (it reads plain RAM only: a word read ahead must have
    /// no side effect). Decoding ahead changes nothing the program can see: a word decoded now
    /// is the word it would be decoded from at its first fetch, because any write into the
    /// frame in between moves its generation and the page is decoded again.
    #[inline]
    pub(super) fn get<E>(
        &mut self,
        slot: CodeSlot,
        generation: u64,
        word: usize,
        mut read: impl FnMut(usize, bool) -> Result<u32, E>,
    ) -> Result<Insn, E> {
        let Some(page) = self.slots.get_mut(slot.index).and_then(Option::as_mut) else {
            // Unreachable: `slot` came from `Self::slot`. Decode without caching.
            return read(word, false).map(|w| decode_for(w, self.dialect));
        };
        if page.generation != generation {
            page.set_generation(generation);
            page.insns = [NOT_DECODED; WORDS];
        }
        let word = word % WORDS;
        let entry = page.insns[word];
        if entry != NOT_DECODED {
            return Ok(entry.insn());
        }
        let insn = decode_for(read(word, false)?, self.dialect);
        page.insns[word] = Entry::new(insn);
        for w in (word + 1..WORDS).take(AHEAD) {
            if page.insns[w] != NOT_DECODED {
                break;
            }
            let Ok(next) = read(w, true) else { break };
            page.insns[w] = Entry::new(decode_for(next, self.dialect));
        }
        Ok(insn)
    }
}
