#!/usr/bin/env python3
"""Run one tlbvisor fixture on QEMU's ppce500 and record its final guest-visible state as JSON.

    tools/qemu/run_fixture.py fixtures/NAME.s [--cpu e500v2|e500mc] [--out FILE.json]
                              [--timeout SECONDS] [--keep DIR]

Steps: assemble (powerpc-linux-gnu-as -a32 -mbig -me500[mc] -mregnames -I <fixture dir>) and link
(powerpc-linux-gnu-ld -N -T tools/qemu/fixture.ld); start qemu-system-ppc -M ppce500 stopped (-S)
with a QMP socket; `cont`; poll `info registers` until NIP equals the `done` symbol (timeout ->
error); `stop`; then read the state:

  * CPU state (GPRs, CR, LR, CTR, XER, MSR, NIP, all SPRs, every TLB slot) from a migration stream
    (`migrate exec:cat > state.mig` while stopped), decoded by tools/qemu/migstate.py;
  * physical memory ranges (`# check-mem:` lines and every word named by a mem8/16/32 expect
    line) with QMP `pmemsave`;
  * the UART0 console text from the `-serial file:` output.

The JSON has the keys of tlbvisor's `run --json`: pc, gpr[32], cr, lr, ctr, xer, msr,
spr{NAME: value}, tlb[valid entries: tlb, index, set, way, mas1, mas2, mas3, mas7], console,
mem{"0x%08x" start: [big-endian 32-bit words]}, plus "meta" (who recorded it). Numbers are JSON
integers. TLB0 index = set*4 + way; a TLB1 entry has set 0 and way = index.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fixture_header  # noqa: E402
import migstate  # noqa: E402

AS = "powerpc-linux-gnu-as"
LD = "powerpc-linux-gnu-ld"
NM = "powerpc-linux-gnu-nm"
QEMU = "qemu-system-ppc"

# SPR numbers recorded under "spr" (QEMU's env->spr[] index = the architected SPR number).
SPRS = {
    "XER": 1, "LR": 8, "CTR": 9, "SRR0": 26, "SRR1": 27, "PID": 48, "DECAR": 54,
    "CSRR0": 58, "CSRR1": 59, "DEAR": 61, "ESR": 62, "IVPR": 63,
    "SPRG0": 272, "SPRG1": 273, "SPRG2": 274, "SPRG3": 275,
    "SPRG4": 276, "SPRG5": 277, "SPRG6": 278, "SPRG7": 279,
    "PIR": 286, "PVR": 287, "DBSR": 304, "DBCR0": 308, "TSR": 336, "TCR": 340,
    **{f"IVOR{i}": 400 + i for i in range(16)},
    "IVOR32": 528, "IVOR33": 529, "IVOR34": 530, "IVOR35": 531,
    "MCSRR0": 570, "MCSRR1": 571, "MCSR": 572, "MCAR": 573,
    "MAS0": 624, "MAS1": 625, "MAS2": 626, "MAS3": 627, "MAS4": 628, "MAS6": 630,
    "PID1": 633, "PID2": 634, "TLB0CFG": 688, "TLB1CFG": 689, "MAS7": 944,
    "HID0": 1008, "HID1": 1009, "MMUCSR0": 1012, "MMUCFG": 1015, "SVR": 1023,
}
TLB0_ENTRIES = 512
TLB0_WAYS = 4


class RunError(Exception):
    """The fixture could not be built or run to `done`."""


def build(src, workdir, cpu):
    fixture_dir = os.path.dirname(os.path.abspath(src))
    obj = os.path.join(workdir, "prog.o")
    elf = os.path.join(workdir, "prog.elf")
    march = "-me500mc" if cpu == "e500mc" else "-me500"
    cmds = [
        [AS, "-a32", "-mbig", march, "-mregnames", "-I", fixture_dir, "-o", obj, src],
        [LD, "-N", "--no-warn-rwx-segments", "-T", os.path.join(HERE, "fixture.ld"), "-o", elf,
         obj],
    ]
    for cmd in cmds:
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            raise RunError(f"{' '.join(cmd)} failed:\n{p.stdout}{p.stderr}")
    p = subprocess.run([NM, elf], capture_output=True, text=True, check=True)
    symbols = {}
    for line in p.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3:
            symbols[parts[2]] = int(parts[0], 16)
    if "done" not in symbols:
        raise RunError("the fixture has no `done` label")
    return elf, symbols


class Qmp:
    def __init__(self, path, deadline):
        while True:
            try:
                self.sock = socket.socket(socket.AF_UNIX)
                self.sock.connect(path)
                break
            except OSError:
                self.sock.close()
                if time.monotonic() > deadline:
                    raise RunError("QEMU's QMP socket did not appear") from None
                time.sleep(0.01)
        self.file = self.sock.makefile("rw", encoding="utf-8")
        self._read()  # greeting
        self.cmd("qmp_capabilities")

    def _read(self):
        while True:
            line = self.file.readline()
            if not line:
                raise RunError("QEMU closed the QMP connection")
            msg = json.loads(line)
            if "event" not in msg:
                return msg

    def cmd(self, name, **args):
        self.file.write(json.dumps({"execute": name, "arguments": args}) + "\n")
        self.file.flush()
        msg = self._read()
        if "error" in msg:
            raise RunError(f"QMP {name}: {msg['error']}")
        return msg["return"]

    def hmp(self, line):
        return self.cmd("human-monitor-command", **{"command-line": line})


def run(src, cpu, timeout=10.0, keep=None):
    head = fixture_header.parse(src)
    cpu = cpu or head["cpu"]
    workdir = keep or tempfile.mkdtemp(prefix="tlbvisor-qemu-")
    os.makedirs(workdir, exist_ok=True)
    try:
        return _run(src, cpu, head, workdir, timeout)
    finally:
        if keep is None:
            shutil.rmtree(workdir, ignore_errors=True)


def _run(src, cpu, head, workdir, timeout):
    t0 = time.monotonic()
    elf, symbols = build(src, workdir, cpu)
    done = symbols["done"]
    sock = os.path.join(workdir, "qmp.sock")
    serial = os.path.join(workdir, "serial.txt")
    mig = os.path.join(workdir, "state.mig")
    cmd = [QEMU, "-M", "ppce500", "-cpu", cpu, "-m", "128M", "-smp", "1", "-accel", "tcg",
           "-nodefaults", "-no-user-config", "-display", "none", "-serial", f"file:{serial}",
           "-kernel", elf, "-S", "-qmp", f"unix:{sock},server=on,wait=off"]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qmp = Qmp(sock, time.monotonic() + 10)
        qmp.cmd("cont")
        deadline = time.monotonic() + timeout
        nip = None
        while True:
            regs = qmp.hmp("info registers")
            m = re.search(r"NIP ([0-9a-f]+)", regs)
            nip = int(m.group(1), 16) if m else None
            if nip == done:
                break
            if time.monotonic() > deadline:
                qmp.cmd("stop")
                raise RunError(f"timeout: NIP = {nip:#x}, `done` = {done:#x}\n{regs}")
            time.sleep(0.005)
        qmp.cmd("stop")
        qmp.cmd("migrate", uri=f"exec:cat > {mig}")
        while True:
            status = qmp.cmd("query-migrate").get("status")
            if status == "completed":
                break
            if status in ("failed", "cancelled"):
                raise RunError(f"migration {status}")
            time.sleep(0.005)
        ranges = list(head["check_mem"])
        covered = lambda a: any(s <= a and a + 4 <= s + n for s, n in ranges)  # noqa: E731
        ranges += [(a, 4) for a in fixture_header.mem_words_needed(head) if not covered(a)]
        mem = {}
        for i, (start, length) in enumerate(ranges):
            length = (length + 3) & ~3
            path = os.path.join(workdir, f"mem{i}.bin")
            qmp.cmd("pmemsave", val=start, size=length, filename=path)
            with open(path, "rb") as f:
                data = f.read()
            mem[f"0x{start:08x}"] = [int.from_bytes(data[j:j + 4], "big")
                                    for j in range(0, len(data), 4)]
        qmp.cmd("quit")
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    with open(mig, "rb") as f:
        sections = migstate.decode(f.read())
    with open(serial, "rb") as f:
        console = f.read().decode("latin-1")
    version = subprocess.run([QEMU, "--version"], capture_output=True, text=True).stdout
    state = to_json(sections, cpu, console, mem)
    state["meta"] = {
        "source": "qemu", "qemu": version.splitlines()[0] if version else "?",
        "machine": "ppce500", "cpu": cpu, "fixture": os.path.basename(src),
        "done": done,
    }
    print(f"run_fixture: {os.path.basename(src)}: {time.monotonic() - t0:.2f} s",
          file=sys.stderr)
    return state


def to_json(sections, cpu, console, mem):
    cpus = [v for k, v in sections.items() if k.startswith("cpu (")]
    if len(cpus) != 1:
        raise RunError("expected exactly one cpu section in the migration stream")
    c = cpus[0]
    spr = c["env.spr"]
    cr = 0
    for i, field in enumerate(c["env.crf"]):
        cr |= (field & 0xF) << (4 * (7 - i))
    tlb = []
    tlbm = c.get("cpu/tlbmas", {}).get("env.tlb.tlbm", [])
    for i, e in enumerate(tlbm):
        if not e["mas1"] & 0x80000000:
            continue
        if i < TLB0_ENTRIES:
            entry = {"tlb": 0, "index": i, "set": i // TLB0_WAYS, "way": i % TLB0_WAYS}
        else:
            j = i - TLB0_ENTRIES
            entry = {"tlb": 1, "index": j, "set": 0, "way": j}
        entry.update({
            "mas1": e["mas1"], "mas2": e["mas2"] & 0xFFFFFFFF,
            "mas3": e["mas7_3"] & 0xFFFFFFFF, "mas7": e["mas7_3"] >> 32,
        })
        tlb.append(entry)
    return {
        "pc": c["env.nip"] & 0xFFFFFFFF,
        "gpr": [g & 0xFFFFFFFF for g in c["env.gpr"]],
        "cr": cr,
        "lr": spr[8] & 0xFFFFFFFF,
        "ctr": spr[9] & 0xFFFFFFFF,
        "xer": spr[1] & 0xFFFFFFFF,
        "msr": c["env.msr"] & 0xFFFFFFFF,
        "spr": {name: spr[n] & 0xFFFFFFFF for name, n in SPRS.items()},
        "tlb": tlb,
        "console": console,
        "mem": mem,
    }


def dumps(state):
    """JSON with one line per scalar key, per SPR, per TLB entry and per memory range."""
    out = ["{"]
    items = list(state.items())
    for i, (key, value) in enumerate(items):
        comma = "," if i + 1 < len(items) else ""
        if isinstance(value, dict) and key in ("spr", "mem", "meta"):
            inner = [f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in value.items()]
            body = ",\n".join(inner)
            out.append(f" {json.dumps(key)}: {{\n{body}\n }}{comma}" if inner
                       else f" {json.dumps(key)}: {{}}{comma}")
        elif key == "tlb":
            inner = [f"  {json.dumps(e)}" for e in value]
            body = ",\n".join(inner)
            out.append(f" \"tlb\": [\n{body}\n ]{comma}" if inner else f" \"tlb\": []{comma}")
        else:
            out.append(f" {json.dumps(key)}: {json.dumps(value)}{comma}")
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("fixture")
    ap.add_argument("--cpu", choices=["e500v2", "e500mc"], default=None,
                    help="default: the fixture's `# cpu:` line, else e500v2")
    ap.add_argument("--out", help="write the JSON here (default: stdout)")
    ap.add_argument("--timeout", type=float, default=10.0,
                    help="seconds of guest run time before giving up (default 10)")
    ap.add_argument("--keep", help="keep the work files (ELF, state.mig, serial) in this folder")
    args = ap.parse_args()
    try:
        state = run(args.fixture, args.cpu, args.timeout, args.keep)
    except (RunError, fixture_header.HeaderError, migstate.MigrationError) as e:
        print(f"run_fixture: {args.fixture}: {e}", file=sys.stderr)
        return 1
    text = dumps(state)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
