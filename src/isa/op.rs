//! The operations the core executes: one per base instruction, whatever its `.`/`o`/`l`/`a`
//! form or simplified mnemonic (those are read from the word's Rc/OE/LK/AA fields).

/// A decoded operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Op {
    /// Not an instruction tlbvisor supports: executes as an illegal-instruction program interrupt.
    Illegal,
    // Integer arithmetic.
    Add,
    Addc,
    Adde,
    Addi,
    Addic,
    AddicRc,
    Addis,
    Addme,
    Addze,
    Subf,
    Subfc,
    Subfe,
    Subfic,
    Subfme,
    Subfze,
    Neg,
    Mullw,
    Mulli,
    Mulhw,
    Mulhwu,
    Divw,
    Divwu,
    // Logical.
    And,
    Andc,
    AndiRc,
    AndisRc,
    Or,
    Orc,
    Ori,
    Oris,
    Xor,
    Xori,
    Xoris,
    Nand,
    Nor,
    Eqv,
    Extsb,
    Extsh,
    Cntlzw,
    // Rotate and shift.
    Rlwinm,
    Rlwimi,
    Rlwnm,
    Slw,
    Srw,
    Sraw,
    Srawi,
    // Compare, select.
    Cmp,
    Cmpi,
    Cmpl,
    Cmpli,
    Isel,
    // Loads and stores.
    Lbz,
    Lbzu,
    Lbzx,
    Lbzux,
    Lhz,
    Lhzu,
    Lhzx,
    Lhzux,
    Lha,
    Lhau,
    Lhax,
    Lhaux,
    Lwz,
    Lwzu,
    Lwzx,
    Lwzux,
    Stb,
    Stbu,
    Stbx,
    Stbux,
    Sth,
    Sthu,
    Sthx,
    Sthux,
    Stw,
    Stwu,
    Stwx,
    Stwux,
    Lhbrx,
    Lwbrx,
    Sthbrx,
    Stwbrx,
    Lmw,
    Stmw,
    Lwarx,
    StwcxRc,
    // Branch and condition register.
    B,
    Bc,
    Bclr,
    Bcctr,
    Crand,
    Cror,
    Crxor,
    Crnand,
    Crnor,
    Creqv,
    Crandc,
    Crorc,
    Mcrf,
    Mfcr,
    Mtcrf,
    Mcrxr,
    // System.
    Sc,
    Tw,
    Twi,
    Mfspr,
    Mtspr,
    Mfmsr,
    Mtmsr,
    Wrtee,
    Wrteei,
    Rfi,
    Rfci,
    Rfmci,
    Isync,
    Msync,
    Mbar,
    /// `wait` (e500mc, Power ISA 2.06): stop until an interrupt is taken.
    Wait,
    // Cache management (ordering no-ops, except dcbz/dcbi effects).
    Dcbf,
    Dcbst,
    Dcbt,
    Dcbtst,
    Dcbz,
    Dcbi,
    Icbi,
    // Cache locking (E500RM 11.x "cache locking"; docs/devices.md).
    Dcbtls,
    Dcbtstls,
    Icbtls,
    Dcblc,
    Icblc,
    // MMU.
    Tlbwe,
    Tlbre,
    Tlbsx,
    Tlbivax,
    Tlbilx,
    Tlbsync,
}

impl Op {
    /// Whether the instruction exists only on the e500mc (Power ISA 2.06 additions the e500v2
    /// lacks): an illegal instruction on the e500v2, printed as `.long` by `objdump -M e500`.
    pub const fn e500mc_only(self) -> bool {
        matches!(self, Op::Tlbilx | Op::Wait)
    }

    /// Whether the instruction is one of the e500 cache-locking instructions (`dcbtls
    /// dcbtstls icbtls dcblc icblc`): in user state with MSR\[UCLE\] = 0 they raise a data
    /// storage interrupt (ESR\[DLK\]/\[ILK\]), not a program interrupt.
    pub const fn is_cache_lock(self) -> bool {
        matches!(self, Op::Dcbtls | Op::Dcbtstls | Op::Icbtls | Op::Dcblc | Op::Icblc)
    }

    /// Whether the instruction is privileged (a program interrupt with ESR\[PPR\] in user state).
    /// `mfspr`/`mtspr` depend on the SPR number and are not included (see `Spr::is_privileged`).
    pub const fn is_privileged(self) -> bool {
        matches!(
            self,
            Op::Mfmsr
                | Op::Mtmsr
                | Op::Wrtee
                | Op::Wrteei
                | Op::Rfi
                | Op::Rfci
                | Op::Rfmci
                | Op::Dcbi
                | Op::Tlbwe
                | Op::Tlbre
                | Op::Tlbsx
                | Op::Tlbivax
                | Op::Tlbilx
                | Op::Tlbsync
        )
    }
}
