//! QEMU 7.2's boot contract on the `ppce500` (docs/boot.md): where the program's segments,
//! the initial RAM disk and the device tree go in RAM, and what the core starts with. The
//! bare machine and the hypervisor both load a guest from the one [`BootPlan`] made here; the
//! registers themselves are set by [`crate::cpu::Cpu::epapr_boot`].

pub mod dtb;
pub mod fdt;

use crate::narrow::{Narrow, ToUsize};
use std::path::{Path, PathBuf};

use crate::cpu::{CpuModel, EpaprLayout, epapr_layout};
use crate::events::Hex;
use crate::image::{Image, SectionKind};

/// QEMU's `-kernel` payloads get their load range in `/chosen`; `-bios` firmware does not.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Payload {
    /// As QEMU's `-bios FILE`: the tree has no `qemu,boot-kernel` (U-Boot boots what that
    /// property names, so firmware must not find itself there).
    #[default]
    Firmware,
    /// As QEMU's `-kernel FILE` without `-bios`: `/chosen/qemu,boot-kernel` = the program's
    /// load address and size.
    Kernel,
}

/// What the user hands the boot besides the program: `--dtb`, `--initrd`, `--append`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BootOptions {
    /// Pass this device tree blob instead of the generated one.
    pub dtb: Option<PathBuf>,
    /// Load this file as the initial RAM disk.
    pub initrd: Option<PathBuf>,
    /// The kernel command line (`/chosen/bootargs`; empty by default).
    pub append: Option<String>,
    /// How the program is loaded.
    pub payload: Payload,
    /// Whether the generated tree has the `/hypervisor` node of KVM's paravirtual interface
    /// (set by the hypervisor for a `--paravirt` guest; docs/paravirt.md §1).
    pub hypervisor_node: bool,
}

impl BootOptions {
    /// Whether anything asks for a device tree in RAM (then a tree that cannot be placed is an
    /// error, not a quiet omission).
    fn wants_tree(&self) -> bool {
        self.dtb.is_some() || self.initrd.is_some() || self.append.is_some()
    }
}

/// Why a boot cannot be set up.
#[derive(Debug, thiserror::Error)]
pub enum BootError {
    /// A file named by an option could not be read.
    #[error("{option} {path}: cannot read: {source}")]
    Read {
        /// The option.
        option: &'static str,
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// `--dtb` names a file that is not a flattened device tree.
    #[error("--dtb {path}: not a device tree blob: {reason}")]
    NotDtb {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        reason: String,
    },
    /// Something does not fit in RAM where QEMU places it.
    #[error("{what} at {addr:#x}..{end:#x} does not fit in RAM (0..{ram:#x}): use a larger --ram")]
    NoRoom {
        /// The initrd or the device tree.
        what: &'static str,
        /// Where it goes.
        addr: u64,
        /// Where it would end.
        end: u64,
        /// The RAM size.
        ram: u64,
    },
    /// Two sections of the program load over each other in physical memory: which bytes the
    /// machine would hold depends on the order they are written in (QEMU 7.2 refuses such a file
    /// too, "Some ROM regions are overlapping").
    #[error(
        "section `{second}` loads at physical {start:#x}..{end:#x}, over section `{first}` ({first_start:#x}..{first_end:#x}): QEMU refuses such a program too"
    )]
    Overlap {
        /// The section loaded first (in address order).
        first: String,
        /// Its physical range.
        first_start: u64,
        /// Its end.
        first_end: u64,
        /// The section that overlaps it.
        second: String,
        /// Its physical range.
        start: u64,
        /// Its end.
        end: u64,
    },
    /// The generated tree could not be written (cannot happen with the board's fixed contents).
    #[error("device tree: {0}")]
    Fdt(String),
    /// The initial mapping cannot cover the device tree.
    #[error(transparent)]
    Cpu(#[from] crate::cpu::CpuError),
}

/// QEMU's `DTB_MAX_SIZE`: room it insists on at the device tree's address (8 MiB).
pub const DTB_ROOM: u64 = 8 << 20;
/// QEMU keeps what it loads after the payload at or above 32 MiB ("U-Boot occupies memory up to
/// 32 MiB").
const LOW_MEMORY_END: u64 = 32 << 20;
/// QEMU's `INITRD_LOAD_PAD` and `INITRD_PAD_MASK`: the initrd starts 32 MiB past that point, on
/// a 16 MiB boundary.
const INITRD_LOAD_PAD: u64 = 0x200_0000;
const INITRD_PAD_MASK: u64 = 0xFF_FFFF;

/// Everything placed in RAM at boot and the entry state's inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BootPlan {
    /// The PC at entry (the ELF entry translated to its physical address).
    pub entry: u32,
    /// The payload's lowest load address plus its size: QEMU's `loadaddr + payload_size`.
    pub payload_end: u64,
    /// Device tree address, initial mapping size (r3, r7, TLB1\[0\]).
    pub layout: EpaprLayout,
    /// The device tree blob passed to the guest (the generated or the `--dtb` one, grown to
    /// its declared size).
    pub dtb: Vec<u8>,
    /// Whether the tree is written at `layout.dt_base`: `false` only when RAM is too small for
    /// it and nothing asked for a tree (QEMU refuses to start then; small bare-metal test
    /// programs that never read the tree still run).
    pub place_dtb: bool,
    /// The initrd's address and bytes.
    pub initrd: Option<(u64, Vec<u8>)>,
}

fn read(option: &'static str, path: &Path) -> Result<Vec<u8>, BootError> {
    std::fs::read(path).map_err(|source| BootError::Read { option, path: path.to_path_buf(), source })
}

impl BootPlan {
    /// Plans the boot of `image` on a machine with `ram` bytes and core `cpu`.
    ///
    /// # Errors
    /// [`BootError`] for an unreadable file, a `--dtb` that is not a tree, or an initrd or
    /// requested tree that does not fit in RAM.
    pub fn new(image: &Image, ram: u64, cpu: CpuModel, opts: &BootOptions) -> Result<BootPlan, BootError> {
        no_overlap(image)?;
        let (low, size) = image.payload().unwrap_or((0, 0));
        let payload_end = u64::from(low) + size;
        let initrd = match &opts.initrd {
            None => None,
            Some(path) => {
                let bytes = read("--initrd", path)?;
                let base = (payload_end.max(LOW_MEMORY_END) + INITRD_LOAD_PAD) & !INITRD_PAD_MASK;
                let end = base + bytes.len() as u64;
                if end > ram {
                    return Err(BootError::NoRoom { what: "the initrd", addr: base, end, ram });
                }
                Some((base, bytes))
            }
        };
        let dtb = match &opts.dtb {
            Some(path) => dtb::grown(&read("--dtb", path)?)
                .map_err(|reason| BootError::NotDtb { path: path.clone(), reason })?,
            None => fdt::generate(&fdt::TreeParams {
                ram,
                cpu,
                bootargs: opts.append.clone().unwrap_or_default(),
                initrd: initrd.as_ref().map(|(base, b)| (*base, base + b.len() as u64)),
                boot_kernel: (opts.payload == Payload::Kernel).then_some((u64::from(low), size)),
                total_size: crate::machine::DT_SIZE.low_u32(),
                hypervisor: opts.hypervisor_node,
            })
            .map_err(|e| BootError::Fdt(e.to_string()))?,
        };
        let layout = epapr_layout(payload_end, dtb.len() as u64)?;
        let room_end = layout.dt_base + DTB_ROOM.max(dtb.len() as u64);
        let place_dtb = room_end <= ram;
        if !place_dtb && opts.wants_tree() {
            return Err(BootError::NoRoom {
                what: "the device tree",
                addr: layout.dt_base,
                end: room_end,
                ram,
            });
        }
        if !place_dtb {
            tracing::warn!(target: "tlbvisor::boot", dt_base = %Hex(layout.dt_base), ram = %Hex(ram), "RAM too small for the device tree: none passed (r3 still holds its address, as QEMU's entry state has it)");
        }
        // QEMU's entry state puts r1 just below 16 MiB whatever the RAM (its ppce500 takes no
        // less than 64 MiB); the manual profile takes less, where that stack is not RAM.
        let stack = u64::from(crate::cpu::boot::EPAPR_STACK);
        if stack + 8 > ram {
            tracing::warn!(target: "tlbvisor::boot", r1 = %Hex(stack), ram = %Hex(ram), "RAM ends below the entry stack pointer: a program that uses the stack it is given takes a machine check");
        }
        Ok(BootPlan { entry: image.load_entry(), payload_end, layout, dtb, place_dtb, initrd })
    }

    /// The inputs of the core's ePAPR entry state (PC, r3/r6/r7, TLB1\[0\]) for this boot.
    pub fn entry_state(&self) -> crate::cpu::EpaprBoot {
        crate::cpu::EpaprBoot {
            entry: crate::addr::Ea::new(self.entry),
            image_end: self.payload_end,
            dt_size: self.dtb.len() as u64,
        }
    }

    /// Every block written into RAM at boot, in order: each image section at its load
    /// address (`size` bytes, zero past `data`), the initrd, the device tree.
    pub fn blocks<'a>(&'a self, image: &'a Image) -> impl Iterator<Item = Block<'a>> + 'a {
        let sections = image.sections.iter().filter(|s| s.size > 0).map(|s| Block {
            what: if s.kind == SectionKind::Note {
                BlockKind::Notes(&s.name)
            } else {
                BlockKind::Section(&s.name)
            },
            addr: u64::from(s.lma),
            data: &s.data,
            size: u64::from(s.size),
        });
        let initrd = self.initrd.iter().map(|(base, b)| Block {
            what: BlockKind::Initrd,
            addr: *base,
            data: b,
            size: b.len() as u64,
        });
        // RAM is zero when the machine is built: past its contents the tree's free space needs
        // writing only where a program section put something first.
        let (base, len, used) = (self.layout.dt_base, self.dtb.len() as u64, dtb::used_len(&self.dtb));
        let overlapped = image.sections.iter().any(|s| {
            let start = u64::from(s.lma);
            start < base + len && base < start + u64::from(s.size)
        });
        let dtb = self.place_dtb.then_some(Block {
            what: BlockKind::DeviceTree,
            addr: base,
            data: &self.dtb[..used],
            size: if overlapped { len } else { used as u64 },
        });
        sections.chain(initrd).chain(dtb)
    }
}

/// Refuses an image two of whose sections load over each other ([`BootError::Overlap`]).
fn no_overlap(image: &Image) -> Result<(), BootError> {
    let range = |s: &crate::image::Section| (u64::from(s.lma), u64::from(s.lma) + u64::from(s.size));
    let mut loaded: Vec<_> = image.sections.iter().filter(|s| s.size > 0).collect();
    loaded.sort_by_key(|s| s.lma);
    // Sorted by start: if any two overlap, some section starts before the furthest end so far.
    let mut furthest: Option<&crate::image::Section> = None;
    for s in loaded {
        let (start, end) = range(s);
        if let Some(f) = furthest {
            let (first_start, first_end) = range(f);
            if start < first_end {
                return Err(BootError::Overlap {
                    first: f.name.clone(),
                    first_start,
                    first_end,
                    second: s.name.clone(),
                    start,
                    end,
                });
            }
        }
        if furthest.is_none_or(|f| range(f).1 < end) {
            furthest = Some(s);
        }
    }
    Ok(())
}

/// What a [`Block`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind<'a> {
    /// A program section (ELF segment).
    Section(&'a str),
    /// A segment of ELF notes alone ([`SectionKind::Note`]): left out where there is no RAM.
    Notes(&'a str),
    /// The initial RAM disk.
    Initrd,
    /// The device tree.
    DeviceTree,
}

/// Bytes to place in RAM.
#[derive(Clone, Copy, Debug)]
pub struct Block<'a> {
    /// What they are.
    pub what: BlockKind<'a>,
    /// Physical (guest-physical) address.
    pub addr: u64,
    /// Contents.
    pub data: &'a [u8],
    /// Size in memory: bytes past `data` up to here are zero.
    pub size: u64,
}

impl Block<'_> {
    /// The `size` bytes to write, in pieces: `data`, then zeros (at most 64 KiB per piece).
    pub fn pieces(&self) -> impl Iterator<Item = (u64, &[u8])> + '_ {
        static ZEROS: [u8; 0x1_0000] = [0; 0x1_0000];
        let zero_len = self.size.saturating_sub(self.data.len() as u64);
        let zero_start = self.addr + self.data.len() as u64;
        std::iter::once((self.addr, self.data)).chain((0..zero_len.div_ceil(ZEROS.len() as u64)).map(
            move |i| {
                let off = i * ZEROS.len() as u64;
                let n = ((zero_len - off).min(ZEROS.len() as u64)).to_usize();
                (zero_start + off, &ZEROS[..n])
            },
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(image: &Image, ram: u64, opts: &BootOptions) -> Result<BootPlan, BootError> {
        BootPlan::new(image, ram, CpuModel::E500v2, opts)
    }

    #[test]
    fn sections_that_load_over_each_other_are_refused() {
        use crate::image::{Section, SectionKind};
        let section = |name: &str, lma: u32, size: u32| Section {
            name: name.into(),
            addr: 0xc000_0000 + lma,
            lma,
            size,
            align: 4,
            kind: SectionKind::Data,
            data: vec![],
        };
        let image = |sections| Image { sections, entry: 0x1000, ..Image::default() };
        // A `.bss` running into the next section is refused as well (its size counts, not its
        // data); the third section overlaps the first, which ends past the second.
        for (sections, message) in [
            (
                vec![section(".text", 0x1000, 8), section(".data", 0x1004, 4)],
                "section `.data` loads at physical 0x1004..0x1008, over section `.text` (0x1000..0x1008)",
            ),
            (
                vec![section(".bss", 0x1000, 0x2000), section(".tail", 0x2000, 4), section(".x", 0x2ffc, 8)],
                "section `.tail` loads at physical 0x2000..0x2004, over section `.bss` (0x1000..0x3000)",
            ),
            (
                vec![section("a", 0x1000, 0x3000), section("b", 0x2000, 0), section("c", 0x3ffc, 8)],
                "section `c` loads at physical 0x3ffc..0x4004, over section `a` (0x1000..0x4000)",
            ),
        ] {
            let err = plan(&image(sections), 128 << 20, &BootOptions::default()).unwrap_err();
            assert!(err.to_string().starts_with(message), "{err}");
        }
        // Adjacent sections, an empty one inside another, and the same virtual addresses at
        // other physical ones load.
        let ok = vec![section("a", 0x1000, 0x1000), section("b", 0x2000, 4), section("c", 0x1800, 0)];
        assert!(plan(&image(ok), 128 << 20, &BootOptions::default()).is_ok());
        let mut same_va = vec![section("a", 0x1000, 8), section("b", 0x5000, 8)];
        same_va[1].addr = same_va[0].addr;
        assert!(plan(&image(same_va), 128 << 20, &BootOptions::default()).is_ok());
    }

    #[test]
    fn placement_follows_qemu() {
        let dir = std::env::temp_dir().join(format!("tlbvisor-plan-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let initrd = dir.join("initrd");
        std::fs::write(&initrd, [7u8; 100]).unwrap();
        let with_initrd = BootOptions { initrd: Some(initrd.clone()), ..BootOptions::default() };
        // (load address, size, RAM) -> (dt_base, initrd base), by the formulas of docs/boot.md.
        #[rustfmt::skip]
        let table: &[(u32, usize, u64, u64, u64)] = &[
            // U-Boot's extent: 0xf00000 + 0x65e74 -> tree 0x2700000; below 32 MiB -> 0x4000000.
            (0xf0_0000, 0x6_5e74, 128 << 20, 0x270_0000, 0x400_0000),
            // Ending at 48 MiB: tree (0x3000000 + 0x1800000) & ~0xfffff; initrd 0x5000000.
            (0x10_0000, 0x2f0_0000, 256 << 20, 0x480_0000, 0x500_0000),
            // Ending at 48 MiB + 1: the initrd still rounds down to a 16 MiB boundary.
            (0x10_0000, 0x2f0_0001, 256 << 20, 0x480_0000, 0x500_0000),
        ];
        for &(load, size, ram, dt, rd) in table {
            let img = Image::from_flat(&vec![0x60; size], load).unwrap();
            let p = plan(&img, ram, &with_initrd).unwrap();
            assert_eq!(
                (p.layout.dt_base, p.initrd.as_ref().map(|i| i.0)),
                (dt, Some(rd)),
                "{load:#x}+{size:#x}"
            );
            assert_eq!(p.dtb.len() as u64, crate::machine::DT_SIZE);
        }
        // Too little RAM: quietly no tree for a plain program, an error when one is asked for.
        let small = Image::from_flat(&[0x48, 0, 0, 0], 0x10000).unwrap();
        let p = plan(&small, 16 << 20, &BootOptions::default()).unwrap();
        assert!(!p.place_dtb && p.blocks(&small).all(|b| b.what != BlockKind::DeviceTree));
        let err = plan(&small, 16 << 20, &BootOptions { append: Some("x".into()), ..BootOptions::default() });
        assert!(matches!(err, Err(BootError::NoRoom { what: "the device tree", addr: 0x180_0000, .. })));
        let err = plan(&small, 64 << 20, &with_initrd);
        assert!(matches!(err, Err(BootError::NoRoom { what: "the initrd", addr: 0x400_0000, .. })));
        // The kernel role names the payload in /chosen; firmware does not.
        let named = |payload| {
            let p = plan(&small, 128 << 20, &BootOptions { payload, ..BootOptions::default() }).unwrap();
            p.dtb.windows(16).any(|w| w == b"qemu,boot-kernel")
        };
        assert!(named(Payload::Kernel) && !named(Payload::Firmware));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn zeros_follow_the_file_contents() {
        let data = [1u8, 2, 3];
        let b = Block { what: BlockKind::Initrd, addr: 0x1000, data: &data, size: 0x1_0005 };
        let pieces: Vec<(u64, usize)> = b.pieces().map(|(a, d)| (a, d.len())).collect();
        assert_eq!(pieces, [(0x1000, 3), (0x1003, 0x1_0000), (0x1_1003, 2)]);
        assert!(b.pieces().skip(1).all(|(_, d)| d.iter().all(|&x| x == 0)));
    }
}
