//! The instruction set: one description ([`table`]) from which the decoder, the encoder, the
//! disassembler and the assembler's operand handling all derive.
//!
//! * [`decode`] turns a word into an [`Insn`] (never fails: unknown words are [`Op::Illegal`]).
//! * [`assemble`] turns a mnemonic and evaluated operands into a word.
//! * [`Insn::disasm`] prints an instruction in the syntax of `powerpc-linux-gnu-objdump -d`.

use crate::narrow::Narrow;
use thiserror::Error;

mod decode;
mod dialect;
mod disasm;
mod encode;
pub mod field;
pub mod op;
pub mod operand;
pub mod table;

pub use decode::{Insn, decode, decode_for};
pub use dialect::Dialect;
pub use encode::{assemble, assemble_for, is_mnemonic};
pub use field::Field;
pub use op::Op;

use std::collections::HashMap;
use std::sync::OnceLock;
use table::{Def, Role};

/// The instruction table with its lookup indexes, built once from [`table::build`].
pub(crate) struct Isa {
    pub(crate) defs: Vec<Def>,
    /// Decode index: for key `(primary << 10) | xo10`, the base definitions that can match.
    slots: Vec<(u32, u32)>,
    slot_defs: Vec<u16>,
    /// Assembler index: every definition with a given name (in table order).
    by_name: HashMap<String, Vec<u16>>,
    /// Disassembler index: the definitions that may print a word of a given op, in table order.
    by_op: HashMap<Op, Vec<u16>>,
}

/// The key of the decode index: the primary opcode and the 10-bit extended-opcode field.
const fn key(word: u32) -> usize {
    (Field::Opcd.get(word) << 10 | Field::Xo.get(word)) as usize
}

impl Isa {
    fn build() -> Isa {
        let defs = table::build();
        let key_mask = Field::Opcd.mask() | Field::Xo.mask();
        let mut slots = Vec::with_capacity(1 << 16);
        let mut slot_defs = Vec::new();
        // The base definitions by primary opcode first, so each key is checked against the few
        // sharing its opcode rather than the whole table (this runs once per process).
        let mut by_opcd: Vec<Vec<u16>> = vec![Vec::new(); 64];
        for (i, d) in defs.iter().enumerate().filter(|(_, d)| d.role == Role::Base) {
            for (opcd, list) in by_opcd.iter_mut().enumerate() {
                if (Field::Opcd.put(opcd.low_u32()) ^ d.opcode) & d.mask & Field::Opcd.mask() == 0 {
                    list.push(i.low_u16());
                }
            }
        }
        for (opcd, list) in by_opcd.iter().enumerate() {
            // A primary opcode none of whose definitions looks at XO has one candidate list for
            // all its 1024 keys: it is worked out once (for XO 0) and given to each.
            let by_xo = list.iter().any(|&i| defs[i as usize].mask & Field::Xo.mask() != 0);
            let (lists, keys_per_list) = if by_xo { (1u32 << 10, 1) } else { (1, 1 << 10) };
            for xo in 0..lists {
                let word = Field::Opcd.put(opcd.low_u32()) | Field::Xo.put(xo);
                let start = slot_defs.len().low_u32();
                for &i in list {
                    let d = &defs[i as usize];
                    if (word ^ d.opcode) & d.mask & key_mask == 0 {
                        slot_defs.push(i);
                    }
                }
                let range = (start, slot_defs.len().low_u32());
                slots.extend(std::iter::repeat_n(range, keys_per_list));
            }
        }
        let mut by_name: HashMap<String, Vec<u16>> = HashMap::new();
        let mut by_op: HashMap<Op, Vec<u16>> = HashMap::new();
        for (i, d) in defs.iter().enumerate() {
            let i = i.low_u16();
            if d.role != Role::DisasmOnly {
                by_name.entry(d.name.clone()).or_default().push(i);
            }
            if d.role != Role::AsmOnly {
                by_op.entry(d.op).or_default().push(i);
            }
        }
        Isa { defs, slots, slot_defs, by_name, by_op }
    }

    /// The base definitions that may match `word`.
    fn candidates(&self, word: u32) -> &[u16] {
        let (start, end) = self.slots[key(word)];
        &self.slot_defs[start as usize..end as usize]
    }
}

/// The table, built on first use.
pub(crate) fn isa() -> &'static Isa {
    static ISA: OnceLock<Isa> = OnceLock::new();
    ISA.get_or_init(Isa::build)
}

impl Op {
    /// The name of the operation's base instruction in the table (`tlbwe`, `mtspr`, `add`): the
    /// first [`table::Role::Base`] definition of `self`; `.long` for [`Op::Illegal`].
    pub fn name(self) -> &'static str {
        let t = isa();
        t.by_op
            .get(&self)
            .and_then(|ids| ids.iter().map(|&i| &t.defs[i as usize]).find(|d| d.role == table::Role::Base))
            .map_or(".long", |d| d.name.as_str())
    }
}

/// One operand as the assembler parsed and evaluated it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A plain expression value (registers are numbers: `r3` = 3, `cr1` = 1, `4*cr1+eq` = 6).
    Value(i64),
    /// `disp(base)`, as in `lwz r3,8(r4)`.
    Indexed {
        /// The displacement expression's value.
        disp: i64,
        /// The base register number.
        base: i64,
    },
}

/// Why a mnemonic and its operands do not make an instruction.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EncodeError {
    /// No instruction or simplified mnemonic has this name.
    #[error("unknown mnemonic `{0}`")]
    UnknownMnemonic(String),
    /// The number of operands is wrong.
    #[error("`{mnemonic}` takes {expected} operand(s), found {found}")]
    OperandCount {
        /// The mnemonic.
        mnemonic: String,
        /// What it accepts, e.g. `"2"` or `"2 or 3"`.
        expected: String,
        /// What was given.
        found: usize,
    },
    /// An operand's value does not fit its field.
    #[error("operand {index} of `{mnemonic}` out of range: {value} is not in {min}..={max}")]
    OutOfRange {
        /// The mnemonic.
        mnemonic: String,
        /// 1-based operand position.
        index: usize,
        /// The value given.
        value: i64,
        /// Smallest allowed value.
        min: i64,
        /// Largest allowed value.
        max: i64,
    },
    /// A branch target or displacement that must be a multiple of 4 is not.
    #[error("operand {index} of `{mnemonic}` must be a multiple of {align}, found {value:#x}")]
    Misaligned {
        /// The mnemonic.
        mnemonic: String,
        /// 1-based operand position.
        index: usize,
        /// The value given.
        value: i64,
        /// The required alignment.
        align: i64,
    },
    /// The operands make an invalid form (e.g. a reserved BO value, or a load with update whose
    /// RA is 0 or the target register).
    #[error("invalid `{mnemonic}`: {what}")]
    Invalid {
        /// The mnemonic.
        mnemonic: String,
        /// What is wrong.
        what: &'static str,
    },
    /// `d(rA)` was expected but a plain value was given, or the other way round.
    #[error("operand {index} of `{mnemonic}` {what}")]
    Syntax {
        /// The mnemonic.
        mnemonic: String,
        /// 1-based operand position.
        index: usize,
        /// What was expected, e.g. `"must be written d(rA)"`.
        what: &'static str,
    },
}
