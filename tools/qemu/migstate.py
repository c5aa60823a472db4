#!/usr/bin/env python3
"""Decode the device state in a QEMU 7.2 migration stream (stdlib only).

QEMU writes a JSON description of every device section it sent (the "vmdesc") at the end of a
migration stream. This module reads the stream section by section, skips the RAM section (its
format is fixed by migration/ram.c, RAM version 4) and decodes every other section with that
description, giving plain Python values: integers for int/uint fields, lists for arrays, dicts for
structs and subsections, bytes for buffers.

It is written for tlbvisor's QEMU runner instead of depending on QEMU's
scripts/analyze-migration.py, which Debian ships only in the `qemu` *source* package (it needs a
deb-src entry and a 23 MB download). The stream format followed here is the one that script
reads: migration/savevm.c (section framing), migration/ram.c (RAM pages) and
migration/vmstate.c (`vmsd_desc_field_*`, the JSON description). It was checked against
analyze-migration.py on ppce500 streams (same values for every cpu field).

Usage as a script: migstate.py STATE.mig [SECTION]  -> prints the decoded sections as JSON.
"""

import json
import struct
import sys

QEMU_VM_FILE_MAGIC = 0x5145564D
QEMU_VM_FILE_VERSION = 3
QEMU_VM_EOF = 0x00
QEMU_VM_SECTION_START = 0x01
QEMU_VM_SECTION_PART = 0x02
QEMU_VM_SECTION_END = 0x03
QEMU_VM_SECTION_FULL = 0x04
QEMU_VM_SUBSECTION = 0x05
QEMU_VM_VMDESCRIPTION = 0x06
QEMU_VM_CONFIGURATION = 0x07
QEMU_VM_SECTION_FOOTER = 0x7E

RAM_SAVE_FLAG_COMPRESS = 0x02  # page filled with one byte
RAM_SAVE_FLAG_MEM_SIZE = 0x04  # list of RAM blocks
RAM_SAVE_FLAG_PAGE = 0x08  # a full page follows
RAM_SAVE_FLAG_EOS = 0x10
RAM_SAVE_FLAG_CONTINUE = 0x20  # same block as the previous page

INT_TYPES = {
    "int8", "int16", "int32", "int64", "int32 equal", "int64 equal",
    "uint8", "uint16", "uint32", "uint64", "uint32 equal", "uint8 equal", "uint16 equal",
}


class MigrationError(Exception):
    """The stream does not look like a QEMU 7.2 migration stream this decoder understands."""


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def take(self, n):
        if self.pos + n > len(self.data):
            raise MigrationError(f"unexpected end of stream at 0x{self.pos:x}")
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def u8(self):
        return self.take(1)[0]

    def u32(self):
        return struct.unpack(">I", self.take(4))[0]

    def u64(self):
        return struct.unpack(">Q", self.take(8))[0]

    def string(self, length=None):
        if length is None:
            length = self.u8()
        return self.take(length).decode("utf-8")


def _vmdesc(data):
    """The JSON description at the end: QEMU_VM_VMDESCRIPTION, be32 length, JSON text."""
    nul = data.rfind(b"\0")
    brace = data.find(b"{", nul)
    if brace < 5 or data[brace - 5] != QEMU_VM_VMDESCRIPTION:
        raise MigrationError("no vmdesc JSON at the end of the stream")
    length = struct.unpack(">I", data[brace - 4:brace])[0]
    return json.loads(data[brace:brace + length].decode("utf-8"))


def _skip_ram(r, page_size):
    while True:
        word = r.u64()
        flags = word & (page_size - 1)
        if flags & RAM_SAVE_FLAG_MEM_SIZE:
            while True:
                namelen = r.data[r.pos]
                if namelen == 0:  # the next 64-bit address word starts with a zero byte
                    break
                r.u8()
                r.string(namelen)
                r.u64()
            flags &= ~RAM_SAVE_FLAG_MEM_SIZE
        if flags & RAM_SAVE_FLAG_COMPRESS:
            if flags & RAM_SAVE_FLAG_CONTINUE:
                flags &= ~RAM_SAVE_FLAG_CONTINUE
            else:
                r.string()
            r.u8()
            flags &= ~RAM_SAVE_FLAG_COMPRESS
        elif flags & RAM_SAVE_FLAG_PAGE:
            if flags & RAM_SAVE_FLAG_CONTINUE:
                flags &= ~RAM_SAVE_FLAG_CONTINUE
            else:
                r.string()
            r.take(page_size)
            flags &= ~RAM_SAVE_FLAG_PAGE
        if flags & RAM_SAVE_FLAG_EOS:
            return
        if flags:
            raise MigrationError(f"unsupported RAM flags 0x{flags:x}")


def _read_field(r, field):
    kind = field["type"]
    size = int(field["size"])
    if kind in INT_TYPES:
        raw = r.take(size)
        signed = kind.startswith("int")
        return int.from_bytes(raw, "big", signed=signed)
    if kind == "bool":
        return r.take(size)[0] != 0
    if kind == "struct":
        return _read_struct(r, field["struct"])
    return r.take(size)  # buffer, unused_buffer, timer, float64, bitmap, unknown


def _read_struct(r, desc):
    out = {}
    for field in desc.get("fields", []):
        name = field["name"]
        count = field.get("array_len")
        if count is None:
            out[name] = _read_field(r, field)
        else:
            out[name] = [_read_field(r, field) for _ in range(int(count))]
    for sub in desc.get("subsections", []):
        if r.u8() != QEMU_VM_SUBSECTION:
            raise MigrationError(f"subsection {sub.get('vmsd_name')} missing at 0x{r.pos:x}")
        name = r.string()
        r.u32()  # version
        out[name] = _read_struct(r, sub)
    return out


def decode(data):
    """Decode a migration stream (bytes) into {"name (instance)": section dict}."""
    r = _Reader(data)
    if r.u32() != QEMU_VM_FILE_MAGIC:
        raise MigrationError("bad magic")
    if r.u32() != QEMU_VM_FILE_VERSION:
        raise MigrationError("bad version")
    desc = _vmdesc(data)
    devices = {(d["name"], d["instance_id"]): d for d in desc["devices"]}
    page_size = int(desc["page_size"])
    sections = {}
    names = {}
    last_id = None
    while True:
        kind = r.u8()
        if kind == QEMU_VM_EOF:
            break
        if kind == QEMU_VM_CONFIGURATION:
            r.string(r.u32())
        elif kind in (QEMU_VM_SECTION_START, QEMU_VM_SECTION_FULL):
            last_id = r.u32()
            name = r.string()
            instance = r.u32()
            r.u32()  # version
            names[last_id] = (name, instance)
            if name == "ram":
                _skip_ram(r, page_size)
            else:
                dev = devices.get((name, instance))
                if dev is None:
                    raise MigrationError(f"section {name} ({instance}) not described in vmdesc")
                sections[f"{name} ({instance})"] = _read_struct(r, dev)
        elif kind in (QEMU_VM_SECTION_PART, QEMU_VM_SECTION_END):
            last_id = r.u32()
            if names.get(last_id, ("",))[0] != "ram":
                raise MigrationError("iterative section other than RAM")
            _skip_ram(r, page_size)
        elif kind == QEMU_VM_SECTION_FOOTER:
            if r.u32() != last_id:
                raise MigrationError("mismatched section footer")
        else:
            raise MigrationError(f"unknown section type {kind} at 0x{r.pos - 1:x}")
    return sections


def main(argv):
    with open(argv[1], "rb") as f:
        sections = decode(f.read())
    if len(argv) > 2:
        sections = {k: v for k, v in sections.items() if k.startswith(argv[2])}

    def plain(v):
        if isinstance(v, bytes):
            return v.hex()
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v

    json.dump(plain(sections), sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main(sys.argv)
