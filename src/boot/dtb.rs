//! A device tree blob handed in with `--dtb`: checked, then grown as QEMU grows one it loads
//! (docs/boot.md "A tree of your own").

/// The flattened device tree magic (`d00dfeed`).
pub const FDT_MAGIC: u32 = 0xD00D_FEED;
/// Size of the header fields checked here (magic .. last_comp_version).
const HEADER: usize = 28;

fn be32(b: &[u8], off: usize) -> u32 {
    u32::from_be_bytes([b[off], b[off + 1], b[off + 2], b[off + 3]])
}

/// Checks that `bytes` is a flattened device tree: the magic, a `totalsize` within the file
/// and at least the header, structure and strings blocks inside it, a version a reader of
/// version 17 understands.
///
/// # Errors
/// What is wrong, in words.
pub fn check(bytes: &[u8]) -> Result<(), String> {
    if bytes.len() < HEADER {
        return Err(format!("{} bytes, shorter than the {HEADER}-byte header", bytes.len()));
    }
    let magic = be32(bytes, 0);
    if magic != FDT_MAGIC {
        return Err(format!("magic {magic:#010x}, expected {FDT_MAGIC:#010x}"));
    }
    let total = be32(bytes, 4) as usize;
    if total < HEADER || total > bytes.len() {
        return Err(format!("totalsize {total:#x} outside the header..file size ({:#x})", bytes.len()));
    }
    for (name, off) in [("off_dt_struct", 8), ("off_dt_strings", 12), ("off_mem_rsvmap", 16)] {
        let v = be32(bytes, off) as usize;
        if v < HEADER || v > total {
            return Err(format!("{name} {v:#x} outside the blob ({total:#x} bytes)"));
        }
    }
    let last_comp = be32(bytes, 24);
    if last_comp > 17 {
        return Err(format!("last compatible version {last_comp}, this reader knows 17"));
    }
    Ok(())
}

/// How many leading bytes of a checked blob hold its contents (header, reservations,
/// structure and strings blocks): past them, up to `totalsize`, is free space. The whole blob
/// when the header does not say (versions before 17).
pub fn used_len(blob: &[u8]) -> usize {
    if blob.len() < 40 || be32(blob, 20) < 17 {
        return blob.len();
    }
    let end = |off: usize, size: usize| be32(blob, off) as usize + be32(blob, size) as usize;
    end(8, 36).max(end(12, 32)).max(40).min(blob.len())
}

/// The blob as the guest receives it: QEMU reads a `-dtb` file into a buffer of twice its
/// size plus 10000 bytes and declares that whole buffer the tree's `totalsize`, leaving free
/// space for the firmware or kernel to edit it in place.
///
/// # Errors
/// As [`check`].
pub fn grown(bytes: &[u8]) -> Result<Vec<u8>, String> {
    check(bytes)?;
    let size = (bytes.len() + 10_000) * 2;
    let total = u32::try_from(size).map_err(|_| format!("{} bytes: too large", bytes.len()))?;
    let mut out = bytes[..be32(bytes, 4) as usize].to_vec();
    out.resize(size, 0);
    out[4..8].copy_from_slice(&total.to_be_bytes());
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Vec<u8> {
        let mut w = vm_fdt::FdtWriter::new().unwrap();
        let n = w.begin_node("").unwrap();
        w.property_string("model", "x").unwrap();
        w.end_node(n).unwrap();
        w.finish().unwrap()
    }

    #[test]
    fn checks_and_grows() {
        let t = tiny();
        assert_eq!(check(&t), Ok(()));
        let g = grown(&t).unwrap();
        assert_eq!(g.len(), (t.len() + 10_000) * 2);
        assert_eq!(be32(&g, 4) as usize, g.len());
        assert_eq!(&g[8..t.len()], &t[8..]);
        assert_eq!(used_len(&g), t.len());
        assert!(check(b"hello").unwrap_err().contains("shorter"));
        let mut bad = t.clone();
        bad[0] = 0;
        assert!(check(&bad).unwrap_err().contains("magic 0x000dfeed"));
        let mut big = t.clone();
        big[4..8].copy_from_slice(&0x1000_0000u32.to_be_bytes());
        assert!(check(&big).unwrap_err().contains("totalsize"));
        assert!(check(&t[..t.len() - 1]).unwrap_err().contains("totalsize"));
    }
}
