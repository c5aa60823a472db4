//! Exit and shadow statistics, named as KVM names its per-vCPU counters (kvm-booke-design.md §6):
//! "real" misses are those the guest's TLB misses too (reflected to the guest), "virt" misses
//! are those the guest's TLB translates (the hypervisor fills a shadow entry).
//!
//! The counters are bumped only by [`super::events::Recorder::record`], from the same event that
//! is traced and logged, so the three views cannot disagree.

use serde_json::{Map, Value, json};

use crate::isa::Op;

/// A privileged instruction the hypervisor emulates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Mnemonic {
    Mfmsr,
    Mtmsr,
    Wrtee,
    Wrteei,
    Rfi,
    Rfci,
    Rfmci,
    Mfspr,
    Mtspr,
    Tlbwe,
    Tlbre,
    Tlbsx,
    Tlbivax,
    Tlbilx,
    Tlbsync,
    Dcbi,
}

impl Mnemonic {
    /// Every mnemonic, in report order.
    pub const ALL: [Mnemonic; 16] = [
        Mnemonic::Mfmsr,
        Mnemonic::Mtmsr,
        Mnemonic::Wrtee,
        Mnemonic::Wrteei,
        Mnemonic::Rfi,
        Mnemonic::Rfci,
        Mnemonic::Rfmci,
        Mnemonic::Mfspr,
        Mnemonic::Mtspr,
        Mnemonic::Tlbwe,
        Mnemonic::Tlbre,
        Mnemonic::Tlbsx,
        Mnemonic::Tlbivax,
        Mnemonic::Tlbilx,
        Mnemonic::Tlbsync,
        Mnemonic::Dcbi,
    ];

    /// The mnemonic of an operation the hypervisor emulates, if it is one.
    pub const fn of(op: Op) -> Option<Mnemonic> {
        Some(match op {
            Op::Mfmsr => Mnemonic::Mfmsr,
            Op::Mtmsr => Mnemonic::Mtmsr,
            Op::Wrtee => Mnemonic::Wrtee,
            Op::Wrteei => Mnemonic::Wrteei,
            Op::Rfi => Mnemonic::Rfi,
            Op::Rfci => Mnemonic::Rfci,
            Op::Rfmci => Mnemonic::Rfmci,
            Op::Mfspr => Mnemonic::Mfspr,
            Op::Mtspr => Mnemonic::Mtspr,
            Op::Tlbwe => Mnemonic::Tlbwe,
            Op::Tlbre => Mnemonic::Tlbre,
            Op::Tlbsx => Mnemonic::Tlbsx,
            Op::Tlbivax => Mnemonic::Tlbivax,
            Op::Tlbilx => Mnemonic::Tlbilx,
            Op::Tlbsync => Mnemonic::Tlbsync,
            Op::Dcbi => Mnemonic::Dcbi,
            _ => return None,
        })
    }

    /// The assembler's name.
    pub const fn name(self) -> &'static str {
        match self {
            Mnemonic::Mfmsr => "mfmsr",
            Mnemonic::Mtmsr => "mtmsr",
            Mnemonic::Wrtee => "wrtee",
            Mnemonic::Wrteei => "wrteei",
            Mnemonic::Rfi => "rfi",
            Mnemonic::Rfci => "rfci",
            Mnemonic::Rfmci => "rfmci",
            Mnemonic::Mfspr => "mfspr",
            Mnemonic::Mtspr => "mtspr",
            Mnemonic::Tlbwe => "tlbwe",
            Mnemonic::Tlbre => "tlbre",
            Mnemonic::Tlbsx => "tlbsx",
            Mnemonic::Tlbivax => "tlbivax",
            Mnemonic::Tlbilx => "tlbilx",
            Mnemonic::Tlbsync => "tlbsync",
            Mnemonic::Dcbi => "dcbi",
        }
    }

    const fn index(self) -> usize {
        self as usize
    }
}

/// How the hypervisor disposed of one host interrupt the guest caused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExitKind {
    /// A privileged instruction emulated against the virtual CPU (it completed, or raised the
    /// program interrupt the bare core would have).
    Emulated(Mnemonic),
    /// Host data TLB miss, guest TLB miss too: a Data TLB Error reflected.
    DtlbRealMiss,
    /// Host data TLB miss, guest TLB hit on RAM: a shadow filled.
    DtlbVirtMiss,
    /// Host instruction TLB miss, guest TLB miss too: an Instruction TLB Error reflected.
    ItlbRealMiss,
    /// Host instruction TLB miss, guest TLB hit on RAM: a shadow filled.
    ItlbVirtMiss,
    /// A data storage interrupt reflected (the guest entry refuses the access).
    Dsi,
    /// An instruction storage interrupt reflected.
    Isi,
    /// `sc` reflected.
    Syscall,
    /// A program interrupt reflected without emulation (illegal word, trap, privilege).
    Program,
    /// An access to a guest-physical page that is not RAM: emulated on the device model (or a
    /// machine check reflected where nothing backs it).
    Mmio,
    /// An alignment interrupt reflected.
    Alignment,
    /// A decrementer, fixed-interval, watchdog, external or critical interrupt reflected.
    Async,
    /// A host machine check (nothing answered a host address: a hypervisor fault).
    HostMachineCheck,
}

impl ExitKind {
    /// The counter name (KVM's, without `_exits`).
    pub const fn name(self) -> &'static str {
        match self {
            ExitKind::Emulated(_) => "emulated",
            ExitKind::DtlbRealMiss => "dtlb_real_miss",
            ExitKind::DtlbVirtMiss => "dtlb_virt_miss",
            ExitKind::ItlbRealMiss => "itlb_real_miss",
            ExitKind::ItlbVirtMiss => "itlb_virt_miss",
            ExitKind::Dsi => "dsi",
            ExitKind::Isi => "isi",
            ExitKind::Syscall => "syscall",
            ExitKind::Program => "program",
            ExitKind::Mmio => "mmio",
            ExitKind::Alignment => "alignment",
            ExitKind::Async => "async",
            ExitKind::HostMachineCheck => "host_machine_check",
        }
    }
}

/// Exit counters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub struct Exits {
    /// Emulated instructions, indexed like [`Mnemonic::ALL`].
    pub emulated: [u64; 16],
    pub dtlb_real_miss: u64,
    pub dtlb_virt_miss: u64,
    pub itlb_real_miss: u64,
    pub itlb_virt_miss: u64,
    pub dsi: u64,
    pub isi: u64,
    pub syscall: u64,
    pub program: u64,
    pub mmio: u64,
    pub alignment: u64,
    pub async_: u64,
    pub host_machine_check: u64,
}

impl Exits {
    /// Emulated instructions of one mnemonic.
    pub const fn emulated(&self, m: Mnemonic) -> u64 {
        self.emulated[m.index()]
    }
    /// Every exit.
    pub fn total(&self) -> u64 {
        self.emulated.iter().sum::<u64>()
            + self.dtlb_real_miss
            + self.dtlb_virt_miss
            + self.itlb_real_miss
            + self.itlb_virt_miss
            + self.dsi
            + self.isi
            + self.syscall
            + self.program
            + self.mmio
            + self.alignment
            + self.async_
            + self.host_machine_check
    }
    pub(super) fn count(&mut self, kind: ExitKind) {
        let c = match kind {
            ExitKind::Emulated(m) => &mut self.emulated[m.index()],
            ExitKind::DtlbRealMiss => &mut self.dtlb_real_miss,
            ExitKind::DtlbVirtMiss => &mut self.dtlb_virt_miss,
            ExitKind::ItlbRealMiss => &mut self.itlb_real_miss,
            ExitKind::ItlbVirtMiss => &mut self.itlb_virt_miss,
            ExitKind::Dsi => &mut self.dsi,
            ExitKind::Isi => &mut self.isi,
            ExitKind::Syscall => &mut self.syscall,
            ExitKind::Program => &mut self.program,
            ExitKind::Mmio => &mut self.mmio,
            ExitKind::Alignment => &mut self.alignment,
            ExitKind::Async => &mut self.async_,
            ExitKind::HostMachineCheck => &mut self.host_machine_check,
        };
        *c += 1;
    }

    /// The counters as JSON (`"exits"`): `emulated` by mnemonic (only those seen), its total, and
    /// one number per exit kind.
    pub fn to_json(&self) -> Value {
        let by: Map<String, Value> = Mnemonic::ALL
            .iter()
            .filter(|m| self.emulated(**m) > 0)
            .map(|m| (m.name().to_string(), json!(self.emulated(*m))))
            .collect();
        json!({
            "total": self.total(),
            "emulated": Value::Object(by),
            "emulated_total": self.emulated.iter().sum::<u64>(),
            "dtlb_real_miss": self.dtlb_real_miss,
            "dtlb_virt_miss": self.dtlb_virt_miss,
            "itlb_real_miss": self.itlb_real_miss,
            "itlb_virt_miss": self.itlb_virt_miss,
            "dsi": self.dsi,
            "isi": self.isi,
            "syscall": self.syscall,
            "program": self.program,
            "mmio": self.mmio,
            "alignment": self.alignment,
            "async": self.async_,
            "host_machine_check": self.host_machine_check,
        })
    }
}

/// Shadow-TLB counters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ShadowStats {
    /// Shadow entries written (into host TLB0, host TLB1).
    pub fills: [u64; 2],
    /// Valid shadows replaced to make room (host TLB capacity).
    pub evictions: u64,
    /// Shadows dropped because their guest entry changed or went away, or the guest context
    /// they were made for can no longer use them.
    pub invalidations: u64,
    /// Full flushes because the shadow IDs ran out.
    pub tag_flushes: u64,
    /// Times a shadow was made smaller than its guest page and backing allowed because another
    /// guest entry overlaps (see `shadow::fill`).
    pub clipped: u64,
}

impl ShadowStats {
    /// The counters as JSON (`"shadow"`).
    pub fn to_json(&self) -> Value {
        json!({
            "fills": self.fills[0] + self.fills[1],
            "fills_tlb0": self.fills[0],
            "fills_tlb1": self.fills[1],
            "evictions": self.evictions,
            "invalidations": self.invalidations,
            "tag_flushes": self.tag_flushes,
            "clipped": self.clipped,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mnemonic_table_is_consistent() {
        for (i, m) in Mnemonic::ALL.iter().enumerate() {
            assert_eq!(m.index(), i);
        }
        assert_eq!(Mnemonic::of(Op::Tlbwe), Some(Mnemonic::Tlbwe));
        assert_eq!(Mnemonic::of(Op::Add), None);
    }

    #[test]
    fn counting_and_json() {
        let mut e = Exits::default();
        e.count(ExitKind::Emulated(Mnemonic::Tlbwe));
        e.count(ExitKind::Emulated(Mnemonic::Tlbwe));
        e.count(ExitKind::DtlbVirtMiss);
        assert_eq!((e.emulated(Mnemonic::Tlbwe), e.total()), (2, 3));
        let j = e.to_json();
        assert_eq!(j["emulated"]["tlbwe"], 2);
        assert_eq!(j["dtlb_virt_miss"], 1);
        assert!(j["emulated"].get("rfi").is_none());
    }
}
