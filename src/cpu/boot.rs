//! Reset, and the ePAPR entry state QEMU 7.2's `ppce500` gives a `-kernel` or `-bios` ELF
//! (docs/boot.md "The registers at entry").

use crate::addr::{Ea, Hpa};
use crate::mmu::mas::{mas2, mas3};
use crate::mmu::{EntryFields, SlotId, TlbEntry};
use crate::narrow::Narrow;

use super::{Cpu, CpuError};

/// r6 at ePAPR entry: "EPAP".
pub const EPAPR_MAGIC: u32 = 0x4550_4150;
/// r1 at ePAPR entry: QEMU's initial stack pointer.
pub const EPAPR_STACK: u32 = 0x00FF_FFF8;
/// QEMU's `DTC_LOAD_PAD`: room left after the image before the device tree.
const DTC_LOAD_PAD: u64 = 0x0180_0000;
/// QEMU's `DTC_PAD_MASK`: the device tree starts on a 1 MiB boundary.
const DTC_PAD_MASK: u64 = 0x000F_FFFF;
/// The largest TSIZE the initial TLB1 entry may have (4 GiB, the e500v2's TLB1 maximum).
const MAX_INITIAL_TSIZE: u32 = 0xB;

/// What the ePAPR entry state depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EpaprBoot {
    /// The ELF entry point.
    pub entry: Ea,
    /// The lowest load address plus the payload size, the sum of the segments' sizes (QEMU's
    /// `loadaddr + payload_size`, `crate::boot::BootPlan::payload_end`).
    pub image_end: u64,
    /// The size of the device tree blob the machine places at [`EpaprLayout::dt_base`].
    pub dt_size: u64,
}

/// Where the device tree goes and what the initial mapping covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EpaprLayout {
    /// The device tree's physical address (r3): `(image_end + 0x1800000) & !0xFFFFF`.
    pub dt_base: u64,
    /// TSIZE of TLB1\[0\] (e500 4-bit encoding: 4^TSIZE KiB).
    pub tsize: u32,
    /// Bytes mapped from EA 0 (r7).
    pub map_size: u64,
}

/// The ePAPR layout for an image ending at `image_end` and a device tree of `dt_size` bytes.
///
/// The initial mapping must cover 0 up to the end of the device tree. QEMU
/// (`booke206_initial_map_tsize`) takes `ps = floor(log2(dt_end / 1 KiB)) + 1` in its 5-bit
/// "2^ps KiB" encoding and rounds it up to even, because e500 sizes are powers of 4: for a small
/// image at 0x10000, dt_end is just above 0x1800000, ps = 14 + 1 → 16, i.e. 64 MiB (e500 TSIZE 8).
///
/// # Errors
/// [`CpuError::InitialMapTooLarge`] when that needs a page above 4 GiB.
pub fn epapr_layout(image_end: u64, dt_size: u64) -> Result<EpaprLayout, CpuError> {
    let dt_base = image_end.saturating_add(DTC_LOAD_PAD) & !DTC_PAD_MASK;
    let dt_end = dt_base.saturating_add(dt_size);
    let kib = (dt_end >> 10).max(1);
    let mut ps = 63 - kib.leading_zeros() + 1;
    if ps % 2 == 1 {
        ps += 1;
    }
    let tsize = ps / 2;
    if tsize > MAX_INITIAL_TSIZE {
        return Err(CpuError::InitialMapTooLarge { dt_end });
    }
    Ok(EpaprLayout { dt_base, tsize, map_size: 1024 << ps })
}

impl Cpu {
    /// Puts the core in QEMU's ePAPR entry state: every register 0 except PC = entry, r1 =
    /// 0x00FFFFF8, r3 = the device tree address, r6 = "EPAP", r7 = the mapped size (its low 32
    /// bits, as QEMU's 32-bit GPR holds it); MSR = 0; the TLB empty but for TLB1\[0\] = EA 0 → PA 0
    /// of [`EpaprLayout::tsize`], TID 0, TS 0, IPROT 0, WIMGE 0, all six permissions.
    ///
    /// # Errors
    /// [`CpuError::InitialMapTooLarge`] (see [`epapr_layout`]); nothing is changed then.
    pub fn epapr_boot(&mut self, boot: &EpaprBoot) -> Result<EpaprLayout, CpuError> {
        let layout = epapr_layout(boot.image_end, boot.dt_size)?;
        let mut cpu = Cpu::blank(self.arch.model(), *self.arch.compat());
        let map =
            EntryFields { tsize: layout.tsize, user_perms: mas3::PERMS.mask(), ..EntryFields::default() };
        cpu.arch.tlb.write_slot(SlotId::tlb1(0), TlbEntry::<Hpa>::from_fields(&map))?;
        cpu.pc = boot.entry;
        cpu.gpr[1] = EPAPR_STACK;
        cpu.gpr[3] = layout.dt_base.low_u32();
        cpu.gpr[6] = EPAPR_MAGIC;
        cpu.gpr[7] = layout.map_size.low_u32();
        *self = cpu;
        Ok(layout)
    }

    /// The reset state's PC and TLB (Book-E reset; the boot page as recalled from E500RM
    /// chapter 12, not re-checked): PC = 0xFFFFFFFC, TLB1\[0\] = the 4 KiB page EA 0xFFFFF000 →
    /// PA 0xFFFFF000 with V and IPROT, TID 0, TS 0, SX/SW/SR and I = 1.
    pub(super) fn reset_tlb(&mut self) {
        let boot_page = TlbEntry::<Hpa>::from_fields(&EntryFields {
            iprot: true,
            tsize: 1,
            epn: Ea::new(0xFFFF_F000),
            attrs: mas2::I.mask(),
            rpn: 0xFFFF_F000,
            user_perms: mas3::SX.mask() | mas3::SW.mask() | mas3::SR.mask(),
            ..EntryFields::default()
        });
        // TLB1 always has a slot 0, so this cannot fail.
        let _ = self.arch.tlb.write_slot(SlotId::tlb1(0), boot_page);
        self.pc = Ea::new(0xFFFF_FFFC);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layout_table() {
        // (image_end, dt_size, dt_base, tsize, map_size), worked with the formula above.
        #[rustfmt::skip]
        let table: &[(u64, u64, u64, u32, u64)] = &[
            // Small image at 0x10000 (docs/qemu-ppce500.md): dt at 0x1800000; dt_end/1K = 0x6008 ->
            // log2 14 -> ps 15 -> 16 -> 64 MiB (TSIZE 8, MAS1 0x80000800, r7 0x04000000).
            (0x0001_2345, 0x2000, 0x0180_0000, 8, 0x0400_0000),
            // Image at 0x3000000: dt at 0x4800000; /1K = 0x12008 -> 16 -> 17 -> 18 -> 256 MiB.
            (0x0300_1000, 0x2000, 0x0480_0000, 9, 0x1000_0000),
            // dt_end exactly 0x2000000 (32 MiB): /1K = 0x8000 -> 15 -> 16 -> 64 MiB.
            (0x0070_0000, 0x10_0000, 0x01F0_0000, 8, 0x0400_0000),
            // dt_end 0x4000000 (64 MiB): /1K = 0x10000 -> 16 -> 17 -> 18 -> 256 MiB.
            (0x0270_0000, 0x10_0000, 0x03F0_0000, 9, 0x1000_0000),
        ];
        for &(end, size, base, tsize, map) in table {
            assert_eq!(
                epapr_layout(end, size).unwrap(),
                EpaprLayout { dt_base: base, tsize, map_size: map },
                "{end:#x}"
            );
        }
        // dt_end above 4 GiB needs TSIZE 12.
        assert!(matches!(epapr_layout(0xFFF0_0000, 0x2000), Err(CpuError::InitialMapTooLarge { .. })));
    }

    #[test]
    fn epapr_entry_state_and_reset_state() {
        use crate::compat::{Compat, Profile};
        use crate::cpu::CpuModel;
        // docs/qemu-ppce500.md "State at entry", for a small image at 0x10000.
        let mut cpu = Cpu::new(CpuModel::E500v2, Compat::of(Profile::Qemu));
        cpu.gpr[9] = 5;
        let boot = EpaprBoot { entry: Ea::new(0x10000), image_end: 0x1_2000, dt_size: 0x2000 };
        cpu.epapr_boot(&boot).unwrap();
        let g = &cpu.gpr;
        assert_eq!(
            (cpu.pc, cpu.arch.msr, g[1], g[3], g[6], g[7], g[9]),
            (Ea::new(0x10000), 0, 0x00FF_FFF8, 0x0180_0000, 0x4550_4150, 0x0400_0000, 0)
        );
        let e = cpu.arch.tlb.entry(SlotId::tlb1(0)).copied().unwrap_or_default();
        assert_eq!((e.mas1, e.mas2, e.mas3, e.mas7), (0x8000_0800, 0, 0x3F, 0));
        assert_eq!(cpu.arch.tlb.entries().count(), 1);

        // Reset: PC 0xFFFFFFFC and the IPROT boot page.
        let cpu = Cpu::new(CpuModel::E500mc, Compat::default());
        let e = cpu.arch.tlb.entry(SlotId::tlb1(0)).copied().unwrap_or_default();
        assert_eq!(
            (cpu.pc, e.mas1, e.mas2, e.mas3),
            (Ea::new(0xFFFF_FFFC), 0xC000_0100, 0xFFFF_F008, 0xFFFF_F015)
        );
    }
}
