//! The flattened device tree the machine passes its guest, generated from the board table
//! ([`crate::board`]) with `vm-fdt`. Nodes and properties come in the order QEMU 7.2's
//! `ppce500` writes them, so `dtc -I dtb -O dts` prints both trees alike; docs/boot.md "The
//! device tree" lists every node and the one deliberate difference (no `rng-seed`).

use crate::narrow::Narrow;
use vm_fdt::{FdtWriter, FdtWriterResult};

use crate::board::{self, Block, ccsr, irq, pci};
use crate::cpu::CpuModel;

/// Phandle of the MPIC node. QEMU builds its tree twice (once to learn its size, once to place
/// it) and numbers phandles on from 0x8000 across both builds, so the tree it passes starts at
/// 0x8003; the same numbers keep the two trees comparable.
pub const PHANDLE_MPIC: u32 = 0x8003;
/// Phandle of the MSI node.
pub const PHANDLE_MSI: u32 = 0x8004;
/// Phandle of the GPIO controller.
pub const PHANDLE_GPIO: u32 = 0x8005;

/// What the tree says beyond the board itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TreeParams {
    /// RAM size in bytes (`/memory`).
    pub ram: u64,
    /// The core model (cache line sizes).
    pub cpu: CpuModel,
    /// `/chosen/bootargs`.
    pub bootargs: String,
    /// `/chosen/linux,initrd-start` and `-end` (physical, end exclusive).
    pub initrd: Option<(u64, u64)>,
    /// `/chosen/qemu,boot-kernel`: the base and size of a kernel loaded as the payload (QEMU
    /// `-kernel` without `-bios`).
    pub boot_kernel: Option<(u64, u64)>,
    /// The size the blob declares (`totalsize`); the space after the contents is free space a
    /// guest may grow the tree into.
    pub total_size: u32,
    /// `/hypervisor`: KVM's paravirtual interface is offered (docs/paravirt.md §1).
    pub hypervisor: bool,
}

/// The data-cache (and instruction-cache) line size of a core model.
const fn cache_line(cpu: CpuModel) -> u32 {
    match cpu {
        CpuModel::E500v2 => 32,
        CpuModel::E500mc => 64,
    }
}

/// The node name of a block at `offset`: `name@offset` in hex, as device trees spell it.
fn at(name: &str, addr: u64) -> String {
    format!("{name}@{addr:x}")
}

/// `offset size` cells of a block in its parent's one-cell address space.
fn reg(b: Block) -> [u32; 2] {
    [b.offset.low_u32(), b.size.low_u32()]
}

/// The high and low 32 bits of a 64-bit value, as two cells.
#[allow(clippy::cast_possible_truncation, reason = "the low cell is the low 32 bits by definition")]
const fn cells64(v: u64) -> [u32; 2] {
    [(v >> 32) as u32, v as u32]
}

/// Builds the tree.
///
/// # Errors
/// Only `vm-fdt`'s own (a tree larger than `total_size` or than 4 GiB).
pub fn generate(p: &TreeParams) -> FdtWriterResult<Vec<u8>> {
    let soc = format!("/{}", at("soc", board::CCSR_BASE));
    let serial0 = format!("{soc}/{}", at("serial", ccsr::UART0.offset));
    let i2c = format!("{soc}/{}", at("i2c", ccsr::I2C.offset));
    let pci_path = format!("/{}", at("pci", board::CCSR_BASE + ccsr::PCI.offset));

    let mut w = FdtWriter::new()?;
    let root = w.begin_node("")?;
    w.property_string("compatible", "fsl,qemu-e500")?;
    w.property_string("model", "QEMU ppce500")?;
    w.property_u32("#size-cells", 2)?;
    w.property_u32("#address-cells", 2)?;

    let n = w.begin_node(&at("platform", board::PLATFORM_BUS_BASE))?;
    w.property_u32("interrupt-parent", PHANDLE_MPIC)?;
    let [hi, lo] = cells64(board::PLATFORM_BUS_BASE);
    w.property_array_u32("ranges", &[0, hi, lo, board::PLATFORM_BUS_SIZE])?;
    w.property_u32("#address-cells", 1)?;
    w.property_u32("#size-cells", 1)?;
    w.property_string_list("compatible", vec!["qemu,platform".into(), "simple-bus".into()])?;
    w.end_node(n)?;

    let n = w.begin_node(&pci_path[1..])?;
    w.property_u32("#address-cells", 3)?;
    w.property_u32("#size-cells", 2)?;
    w.property_u32("#interrupt-cells", 1)?;
    w.property_u32("clock-frequency", board::PCI_CLOCK_HZ)?;
    let [hi, lo] = cells64(board::CCSR_BASE + ccsr::PCI.offset);
    w.property_array_u32("reg", &[hi, lo, 0, ccsr::PCI.size.low_u32()])?;
    let [mhi, mlo] = cells64(pci::MMIO_BASE);
    let [phi, plo] = cells64(pci::PIO_BASE);
    #[rustfmt::skip]
    w.property_array_u32("ranges", &[
        // 32-bit memory space: bus address -> physical window.
        0x0200_0000, 0, pci::MMIO_BUS_BASE, mhi, mlo, 0, pci::MMIO_SIZE,
        // I/O space from bus address 0.
        0x0100_0000, 0, 0, phi, plo, 0, pci::PIO_SIZE,
    ])?;
    w.property_u32("fsl,msi", PHANDLE_MSI)?;
    w.property_array_u32("bus-range", &[0, 255])?;
    w.property_array_u32("interrupts", &[irq::PCI_HOST, irq::LEVEL_HIGH])?;
    w.property_u32("interrupt-parent", PHANDLE_MPIC)?;
    let mut map = Vec::new();
    for slot in pci::FIRST_SLOT..pci::FIRST_SLOT + pci::SLOTS {
        for pin in 0..4 {
            // Child unit address (devfn in the high cell), INTx, the MPIC, its source, level.
            map.extend([slot << 11, 0, 0, pin + 1, PHANDLE_MPIC, pci::source(slot, pin), 1]);
        }
    }
    w.property_array_u32("interrupt-map", &map)?;
    w.property_array_u32("interrupt-map-mask", &[0xF800, 0, 0, 7])?;
    w.property_string("device_type", "pci")?;
    w.property_string("compatible", "fsl,mpc8540-pci")?;
    w.property_u32("cell-index", 0)?;
    w.end_node(n)?;

    let n = w.begin_node(&soc[1..])?;
    w.property_u32("bus-frequency", 0)?;
    let [hi, lo] = cells64(board::CCSR_BASE);
    w.property_array_u32("ranges", &[0, hi, lo, board::CCSR_SIZE.low_u32()])?;
    w.property_u32("#size-cells", 1)?;
    w.property_u32("#address-cells", 1)?;
    w.property_string_list("compatible", vec!["fsl,mpc8544-immr".into(), "simple-bus".into()])?;
    w.property_string("device_type", "soc")?;

    let c = w.begin_node("power-off")?;
    w.property_array_u32("gpios", &[PHANDLE_GPIO, 0, 0])?;
    w.property_string("compatible", "gpio-poweroff")?;
    w.end_node(c)?;

    let c = w.begin_node(&at("gpio", ccsr::GPIO.offset))?;
    w.property_u32("linux,phandle", PHANDLE_GPIO)?;
    w.property_phandle(PHANDLE_GPIO)?;
    w.property_null("gpio-controller")?;
    w.property_u32("#gpio-cells", 2)?;
    w.property_u32("interrupt-parent", PHANDLE_MPIC)?;
    w.property_array_u32("interrupts", &[irq::GPIO, irq::LEVEL_HIGH])?;
    w.property_array_u32("reg", &reg(ccsr::GPIO))?;
    w.property_string("compatible", "fsl,qoriq-gpio")?;
    w.end_node(c)?;

    let c = w.begin_node(&at("msi", ccsr::MSI.offset))?;
    w.property_u32("linux,phandle", PHANDLE_MSI)?;
    w.property_phandle(PHANDLE_MSI)?;
    let sources: Vec<u32> = (irq::MSI_FIRST..irq::MSI_FIRST + irq::MSI_COUNT).flat_map(|s| [s, 0]).collect();
    w.property_array_u32("interrupts", &sources)?;
    w.property_u32("interrupt-parent", PHANDLE_MPIC)?;
    w.property_array_u32("msi-available-ranges", &[0, 0x100])?;
    w.property_array_u32("reg", &reg(ccsr::MSI))?;
    w.property_string("compatible", "fsl,mpic-msi")?;
    w.end_node(c)?;

    let c = w.begin_node(&at("global-utilities", ccsr::GUTS.offset))?;
    w.property_null("fsl,has-rstcr")?;
    w.property_array_u32("reg", &reg(ccsr::GUTS))?;
    w.property_string("compatible", "fsl,mpc8544-guts")?;
    w.end_node(c)?;

    let c = w.begin_node(&at("i2c", ccsr::I2C.offset))?;
    w.property_u32("interrupt-parent", PHANDLE_MPIC)?;
    w.property_array_u32("interrupts", &[irq::I2C, irq::LEVEL_HIGH])?;
    w.property_u32("cell-index", 0)?;
    w.property_array_u32("reg", &reg(ccsr::I2C))?;
    w.property_string("compatible", "fsl-i2c")?;
    w.property_string("device_type", "i2c")?;
    let r = w.begin_node(&format!("rtc@{:x}", board::RTC_I2C_ADDRESS))?;
    w.property_u32("reg", board::RTC_I2C_ADDRESS)?;
    w.property_string("compatible", "pericom,pt7c4338")?;
    w.end_node(r)?;
    w.end_node(c)?;

    let c = w.begin_node(&at("serial", ccsr::UART0.offset))?;
    w.property_u32("interrupt-parent", PHANDLE_MPIC)?;
    w.property_array_u32("interrupts", &[irq::UART, irq::LEVEL_HIGH])?;
    w.property_u32("clock-frequency", board::PLATFORM_CLOCK_HZ)?;
    w.property_u32("cell-index", 0)?;
    w.property_array_u32("reg", &reg(ccsr::UART0))?;
    w.property_string("compatible", "ns16550")?;
    w.property_string("device_type", "serial")?;
    w.end_node(c)?;

    let c = w.begin_node(&at("pic", ccsr::MPIC.offset))?;
    w.property_null("interrupt-controller")?;
    w.property_u32("linux,phandle", PHANDLE_MPIC)?;
    w.property_phandle(PHANDLE_MPIC)?;
    w.property_u32("#interrupt-cells", 2)?;
    w.property_u32("#address-cells", 0)?;
    w.property_array_u32("reg", &reg(ccsr::MPIC))?;
    w.property_string("compatible", "fsl,mpic")?;
    w.property_string("device_type", "open-pic")?;
    w.end_node(c)?;
    w.end_node(n)?;

    let n = w.begin_node("aliases")?;
    w.property_string("pci0", &pci_path)?;
    // QEMU writes this alias relative to the I2C node; kept as it is.
    w.property_string("rtc", &format!("i2c/rtc@{:x}", board::RTC_I2C_ADDRESS))?;
    w.property_string("i2c", &i2c)?;
    w.property_string("serial0", &serial0)?;
    w.end_node(n)?;

    let n = w.begin_node("cpus")?;
    w.property_u32("#size-cells", 0)?;
    w.property_u32("#address-cells", 1)?;
    let c = w.begin_node("PowerPC,8544@0")?;
    w.property_string("status", "okay")?;
    w.property_u32("bus-frequency", 0)?;
    w.property_u32("i-cache-size", board::L1_CACHE_SIZE)?;
    w.property_u32("d-cache-size", board::L1_CACHE_SIZE)?;
    w.property_u32("i-cache-line-size", cache_line(p.cpu))?;
    w.property_u32("d-cache-line-size", cache_line(p.cpu))?;
    w.property_u32("reg", 0)?;
    w.property_string("device_type", "cpu")?;
    w.property_u32("timebase-frequency", board::PLATFORM_CLOCK_HZ)?;
    w.property_u32("clock-frequency", board::PLATFORM_CLOCK_HZ)?;
    w.end_node(c)?;
    w.end_node(n)?;

    let n = w.begin_node("chosen")?;
    w.property_string("stdout-path", &serial0)?;
    w.property_string("linux,stdout-path", &serial0)?;
    // QEMU adds 32 random bytes as `rng-seed` here; a deterministic machine leaves it out.
    w.property_string("bootargs", &p.bootargs)?;
    if let Some((base, size)) = p.boot_kernel {
        let ([bh, bl], [sh, sl]) = (cells64(base), cells64(size));
        w.property_array_u32("qemu,boot-kernel", &[bh, bl, sh, sl])?;
    }
    if let Some((start, end)) = p.initrd {
        // One cell each, as QEMU writes them (RAM below 4 GiB).
        w.property_u32("linux,initrd-end", end.low_u32())?;
        w.property_u32("linux,initrd-start", start.low_u32())?;
    }
    w.end_node(n)?;

    let n = w.begin_node("memory")?;
    let [hi, lo] = cells64(p.ram);
    w.property_array_u32("reg", &[0, 0, hi, lo])?;
    w.property_string("device_type", "memory")?;
    w.end_node(n)?;

    if p.hypervisor {
        // What a Linux guest looks for (docs/paravirt.md §1): `linux,kvm` at exactly this path
        // (`check_kvm_guest`), the hypercall words (the ePAPR probe), and `has-idle`: the idle
        // hypercall is implemented.
        let n = w.begin_node("hypervisor")?;
        w.property_string("compatible", "linux,kvm")?;
        let words: Vec<u8> =
            crate::hv::paravirt::HCALL_INSTRUCTIONS.iter().flat_map(|i| i.to_be_bytes()).collect();
        w.property("hcall-instructions", &words)?;
        w.property_null("has-idle")?;
        w.end_node(n)?;
    }
    w.end_node(root)?;

    let mut blob = w.finish()?;
    let total = p.total_size as usize;
    if blob.len() > total {
        return Err(vm_fdt::Error::TotalSizeTooLarge);
    }
    blob.resize(total, 0);
    blob[4..8].copy_from_slice(&p.total_size.to_be_bytes());
    Ok(blob)
}
