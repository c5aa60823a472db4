//! Exit and shadow statistics, named as KVM names its per-vCPU counters (docs/kvm-booke-design.md §6):
//! "real" misses are those the guest's TLB misses too (reflected to the guest), "virt" misses
//! are those the guest's TLB translates (the hypervisor fills a shadow entry).
//!
//! The counters are bumped only by [`super::events::Recorder::record`], from the same event that
//! is traced and logged, so the three views cannot disagree.

use serde_json::{Map, Value, json};

use crate::isa::Op;

/// The instructions the hypervisor emulates (the privileged ones and `mfspr`/`mtspr`), in
/// report order: the emulation counters are indexed like this list.
pub const EMULATED: [Op; 21] = [
    Op::Mfmsr,
    Op::Mtmsr,
    Op::Wrtee,
    Op::Wrteei,
    Op::Rfi,
    Op::Rfci,
    Op::Rfmci,
    Op::Mfspr,
    Op::Mtspr,
    Op::Tlbwe,
    Op::Tlbre,
    Op::Tlbsx,
    Op::Tlbivax,
    Op::Tlbilx,
    Op::Tlbsync,
    Op::Dcbi,
    Op::Dcbtls,
    Op::Dcbtstls,
    Op::Icbtls,
    Op::Dcblc,
    Op::Icblc,
];

// Every op indexes the table (`Op::Tlbsync` is the last variant).
const _: () = assert!((Op::Tlbsync as usize) < 256);
const _: () = assert!(EMULATED.len() < 256);

/// `EMULATED` inverted: the counter index of each op (`u8::MAX`: not emulated), one load per
/// exit.
const INDEX: [u8; 256] = {
    #[allow(clippy::cast_possible_truncation, reason = "i < EMULATED.len(), asserted below 256")]
    const fn index_u8(i: usize) -> u8 {
        i as u8
    }
    let mut t = [u8::MAX; 256];
    let mut i = 0;
    while i < EMULATED.len() {
        t[EMULATED[i] as usize] = index_u8(i);
        i += 1;
    }
    t
};

/// The counter index of `op`, if the hypervisor emulates it.
#[inline]
pub const fn emulated_index(op: Op) -> Option<usize> {
    match INDEX[op as usize] {
        u8::MAX => None,
        i => Some(i as usize),
    }
}

/// How the hypervisor disposed of one host interrupt the guest caused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExitKind {
    /// A privileged instruction (one of [`EMULATED`]) emulated against the virtual CPU (it
    /// completed, or raised the program interrupt the bare core would have).
    Emulated(Op),
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
    /// A hypercall of a paravirtual guest answered (docs/paravirt.md §2).
    Hypercall,
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
            ExitKind::Hypercall => "hypercall",
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
    /// Emulated instructions, indexed like `EMULATED`.
    pub emulated: [u64; 21],
    pub dtlb_real_miss: u64,
    pub dtlb_virt_miss: u64,
    pub itlb_real_miss: u64,
    pub itlb_virt_miss: u64,
    pub dsi: u64,
    pub isi: u64,
    pub syscall: u64,
    /// Hypercalls answered (paravirtual guests only; reported only when there were some, so
    /// the reports of guests without the interface are unchanged).
    pub hypercall: u64,
    pub program: u64,
    pub mmio: u64,
    pub alignment: u64,
    pub async_: u64,
    pub host_machine_check: u64,
    /// Guest TLB refills: reflected TLB misses (`dtlb_real_miss`, `itlb_real_miss`) that the
    /// guest's handler answered with a `tlbwe` before its return (`rfi`). Counted from the same
    /// exits: a real miss opens a refill, the first emulated `tlbwe` after it makes it one, the
    /// handler's emulated `rfi` closes it (without a `tlbwe` it was no refill: a handler that
    /// sent the fault on). Not in the exit total or the `run` reports (it counts no exit of its
    /// own); `compare` shows it.
    pub guest_refills: u64,
    /// The exits of those refills, from the reflected miss to the handler's `rfi`, both
    /// included (the retried access's shadow fill comes after and is not counted).
    pub refill_exits: u64,
    /// The refill in progress: the exits since its reflected miss, and whether its handler has
    /// written the TLB yet.
    refill_open: Option<(u64, bool)>,
}

impl Exits {
    /// Emulated instructions of one operation (0 for one the hypervisor does not emulate).
    pub const fn emulated(&self, op: Op) -> u64 {
        match emulated_index(op) {
            Some(i) => self.emulated[i],
            None => 0,
        }
    }
    /// Every exit.
    pub fn total(&self) -> u64 {
        self.emulated_total() + self.by_kind().iter().map(|(_, v)| v).sum::<u64>() + self.hypercall
    }
    /// Emulated instructions, all operations.
    pub fn emulated_total(&self) -> u64 {
        self.emulated.iter().sum()
    }
    /// The counters other than the emulated instructions, by their JSON and report names, in
    /// the reports' order.
    pub const fn by_kind(&self) -> [(&'static str, u64); 12] {
        [
            ("dtlb_real_miss", self.dtlb_real_miss),
            ("dtlb_virt_miss", self.dtlb_virt_miss),
            ("itlb_real_miss", self.itlb_real_miss),
            ("itlb_virt_miss", self.itlb_virt_miss),
            ("dsi", self.dsi),
            ("isi", self.isi),
            ("syscall", self.syscall),
            ("program", self.program),
            ("mmio", self.mmio),
            ("alignment", self.alignment),
            ("async", self.async_),
            ("host_machine_check", self.host_machine_check),
        ]
    }
    /// Counts an exit of `kind`. Inline, as [`super::events::Recorder::record`] is: at each
    /// call the kind is known, or nearly, and most of the match folds away.
    #[inline]
    pub(super) fn count(&mut self, kind: ExitKind) {
        match (kind, &mut self.refill_open) {
            (ExitKind::DtlbRealMiss | ExitKind::ItlbRealMiss, open) => *open = Some((1, false)),
            (ExitKind::Emulated(Op::Rfi), open @ Some(_)) => {
                if let Some((exits, true)) = open.take() {
                    self.refill_exits += exits + 1;
                }
            }
            (_, Some((exits, wrote))) => {
                *exits += 1;
                if kind == ExitKind::Emulated(Op::Tlbwe) && !*wrote {
                    *wrote = true;
                    self.guest_refills += 1;
                }
            }
            (_, None) => {}
        }
        let c = match kind {
            ExitKind::Emulated(op) => match emulated_index(op) {
                Some(i) => &mut self.emulated[i],
                None => return,
            },
            ExitKind::DtlbRealMiss => &mut self.dtlb_real_miss,
            ExitKind::DtlbVirtMiss => &mut self.dtlb_virt_miss,
            ExitKind::ItlbRealMiss => &mut self.itlb_real_miss,
            ExitKind::ItlbVirtMiss => &mut self.itlb_virt_miss,
            ExitKind::Dsi => &mut self.dsi,
            ExitKind::Isi => &mut self.isi,
            ExitKind::Syscall => &mut self.syscall,
            ExitKind::Hypercall => &mut self.hypercall,
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
        let by: Map<String, Value> = EMULATED
            .iter()
            .filter(|op| self.emulated(**op) > 0)
            .map(|op| (op.name().to_string(), json!(self.emulated(*op))))
            .collect();
        let mut o = Map::new();
        o.insert("total".into(), json!(self.total()));
        o.insert("emulated".into(), Value::Object(by));
        o.insert("emulated_total".into(), json!(self.emulated_total()));
        for (name, v) in self.by_kind() {
            o.insert(name.into(), json!(v));
        }
        if self.hypercall > 0 {
            o.insert("hypercall".into(), json!(self.hypercall));
        }
        Value::Object(o)
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
    /// Of the fills, those made at a paravirtual guest's `tlbwe` rather than on a host miss
    /// (`super::prefault`; reported only when there were some, so the reports of guests
    /// without the interface are unchanged).
    pub prefaults: u64,
}

impl ShadowStats {
    /// Shadow entries written, both host TLBs.
    pub const fn fills_total(&self) -> u64 {
        self.fills[0] + self.fills[1]
    }
    /// The counters by their JSON and report names, in the reports' order.
    pub const fn counters(&self) -> [(&'static str, u64); 6] {
        [
            ("fills_tlb0", self.fills[0]),
            ("fills_tlb1", self.fills[1]),
            ("evictions", self.evictions),
            ("invalidations", self.invalidations),
            ("tag_flushes", self.tag_flushes),
            ("clipped", self.clipped),
        ]
    }
    /// The counters as JSON (`"shadow"`).
    pub fn to_json(&self) -> Value {
        let mut o = Map::new();
        o.insert("fills".into(), json!(self.fills_total()));
        for (name, v) in self.counters() {
            o.insert(name.into(), json!(v));
        }
        if self.prefaults > 0 {
            o.insert("prefaults".into(), json!(self.prefaults));
        }
        Value::Object(o)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emulated_ops_are_the_privileged_ones_and_spr_moves() {
        // Both ways, over every operation of the ISA table: emulated exactly when privileged,
        // an SPR move, or a cache-locking instruction (a DSI in user state, not a program
        // interrupt).
        for d in &crate::isa::isa().defs {
            let wanted =
                d.op.is_privileged() || matches!(d.op, Op::Mfspr | Op::Mtspr) || d.op.is_cache_lock();
            assert_eq!(emulated_index(d.op).is_some(), wanted, "{:?}", d.op);
        }
        assert_eq!(emulated_index(Op::Tlbwe), Some(9));
        assert_eq!(emulated_index(Op::Add), None);
        let names: Vec<&str> = EMULATED.iter().map(|op| op.name()).collect();
        assert_eq!(
            names,
            [
                "mfmsr", "mtmsr", "wrtee", "wrteei", "rfi", "rfci", "rfmci", "mfspr", "mtspr", "tlbwe",
                "tlbre", "tlbsx", "tlbivax", "tlbilx", "tlbsync", "dcbi", "dcbtls", "dcbtstls", "icbtls",
                "dcblc", "icblc"
            ]
        );
    }

    #[test]
    fn counting_and_json() {
        let mut e = Exits::default();
        e.count(ExitKind::Emulated(Op::Tlbwe));
        e.count(ExitKind::Emulated(Op::Tlbwe));
        e.count(ExitKind::DtlbVirtMiss);
        assert_eq!((e.emulated(Op::Tlbwe), e.total()), (2, 3));
        let j = e.to_json();
        assert_eq!(j["emulated"]["tlbwe"], 2);
        assert_eq!(j["dtlb_virt_miss"], 1);
        assert!(j["emulated"].get("rfi").is_none());
    }

    #[test]
    fn a_refill_is_a_tlbwe_between_a_reflected_miss_and_the_return() {
        use ExitKind::{DtlbRealMiss, DtlbVirtMiss, Emulated, ItlbRealMiss};
        let mut e = Exits::default();
        // A tlbwe outside any handler (set-up code) is no refill.
        e.count(Emulated(Op::Tlbwe));
        // A data miss answered: the handler's mtspr, tlbwe, rfi, then the retried access.
        for k in [DtlbRealMiss, Emulated(Op::Mtspr), Emulated(Op::Tlbwe), Emulated(Op::Rfi), DtlbVirtMiss] {
            e.count(k);
        }
        // A handler writing two entries is one refill.
        for k in [ItlbRealMiss, Emulated(Op::Tlbwe), Emulated(Op::Tlbwe), Emulated(Op::Rfi)] {
            e.count(k);
        }
        // A miss the handler sends on without a tlbwe (a fault), then a tlbwe elsewhere.
        for k in [DtlbRealMiss, Emulated(Op::Rfi), Emulated(Op::Tlbwe)] {
            e.count(k);
        }
        assert_eq!(e.guest_refills, 2);
        // The first refill's miss, mtspr, tlbwe and rfi; the second's miss, two tlbwe and rfi.
        assert_eq!(e.refill_exits, 8);
        // Not an exit of its own, and not in the reports' JSON.
        assert_eq!(e.total(), 13);
        assert!(e.to_json().get("guest_refills").is_none());
    }
}
