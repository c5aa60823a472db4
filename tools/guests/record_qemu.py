#!/usr/bin/env python3
"""Record QEMU 7.2's console for the real guests into tests/data/guests/ (raw bytes, as the UART sent them).

    tools/guests/record_qemu.py [--time N] [--out DIR] [NAME ...]

NAMEs (default: all):
  linux-e500v2  linux-alt  linux-e500mc  linux-pv
                                          the kernels tools/guests/build-linux.sh builds (it is run to
                                          find or build them), booted with -kernel (linux-pv also with
                                          -append nospectre_v2) until the guest powers the machine off
                                          and QEMU exits
  uboot                                   Debian's U-Boot (-bios uboot.elf) up to and including its
                                          first "=> " prompt
  uboot-version                           the same, then "version\\r" typed at the prompt, up to and
                                          including the next "=> "

Each recording NAME.qemu.console gets a NAME.qemu.meta beside it: the QEMU command line, QEMU's version
and the sha256 of the guest image. --time N boots each guest N more times and prints the wall times
(the recordings are not rewritten by those runs). --out DIR writes the recordings there instead of
tests/data/guests (tests/real_guests.rs does, to compare a live QEMU run with the recordings). See
docs/linux-guest.md.
"""
import argparse
import hashlib
import os
import select
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "tests", "data", "guests")
UBOOT = "/usr/lib/u-boot/qemu-ppce500/uboot.elf"
QEMU = "qemu-system-ppc"
# name -> (build-linux.sh variant, QEMU -cpu, kernel command line or None). The pv guest boots with
# nospectre_v2: its miss handlers and interrupt prologues then have no branch-predictor flush (an
# `mtspr BUCSR` that traps under a hypervisor and does nothing on an emulator), the same command line
# under both hypervisor strategies (docs/paravirt.md section 5, docs/linux-guest.md).
LINUX = {"linux-e500v2": ("e500v2", "e500v2", None), "linux-alt": ("alt", "e500v2", None),
         "linux-e500mc": ("e500mc", "e500mc", None), "linux-pv": ("pv", "e500v2", "nospectre_v2")}
PROMPT = b"=> "
TIMEOUT = 120  # seconds; a boot that takes longer is a failure, not a recording


def machine(cpu):
    # The serial port is QEMU's stdin/stdout; no monitor on it, no display, no network card.
    return [QEMU, "-M", "ppce500", "-cpu", cpu, "-m", "128", "-nographic", "-monitor", "none",
            "-serial", "stdio", "-nic", "none"]


def build(variant):
    script = os.path.join(ROOT, "tools", "guests", "build-linux.sh")
    path = subprocess.run([script, variant], check=True, stdout=subprocess.PIPE, text=True).stdout
    return path.strip().splitlines()[-1]


def run(cmd, until=None, typed=None):
    """Runs QEMU and returns (console bytes, wall seconds, how it ended).

    Without `until`, waits for QEMU to exit by itself (the guest powered off). With `until`, stops at
    the first time the console ends with it; with `typed` as well, types those bytes then and stops
    the next time the console ends with `until` after them."""
    start = time.monotonic()
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = bytearray()
    pending = typed
    seen = 0  # the console length when the input was typed: the prompt must come again after it
    how = None
    try:
        while how is None:
            left = TIMEOUT - (time.monotonic() - start)
            ready, _, _ = select.select([p.stdout], [], [], max(left, 0))
            if not ready:
                raise SystemExit(f"record_qemu: {' '.join(cmd)}: no end after {TIMEOUT} s; console so far:\n"
                                 + out.decode(errors="replace"))
            chunk = os.read(p.stdout.fileno(), 65536)
            if not chunk:
                if until:
                    raise SystemExit(f"record_qemu: QEMU exited before the console ended with {until!r}")
                how = "exit"
            out += chunk
            if until and len(out) > seen and out.endswith(until):
                if pending:
                    p.stdin.write(pending)
                    p.stdin.flush()
                    pending, seen = None, len(out)
                else:
                    how = "prompt"
    finally:
        if how == "exit":
            # The console closed: QEMU is exiting by itself; wait for it rather than racing it.
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
        elapsed = time.monotonic() - start
        if p.poll() is None:
            p.kill()
        p.wait()
    if how == "exit" and p.returncode != 0:
        raise SystemExit(f"record_qemu: QEMU exited with {p.returncode}: {p.stderr.read().decode(errors='replace')}")
    return bytes(out), elapsed, how


def qemu_version():
    return subprocess.run([QEMU, "--version"], check=True, stdout=subprocess.PIPE, text=True).stdout.splitlines()[0]


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def guest(name):
    """(command, image, until, typed) for a recording name."""
    if name in LINUX:
        variant, cpu, append = LINUX[name]
        image = build(variant)
        return machine(cpu) + ["-kernel", image] + (["-append", append] if append else []), image, None, None
    if name == "uboot":
        return machine("e500v2") + ["-bios", UBOOT], UBOOT, PROMPT, None
    if name == "uboot-version":
        return machine("e500v2") + ["-bios", UBOOT], UBOOT, PROMPT, b"version\r"
    raise SystemExit(f"record_qemu: unknown recording '{name}' (expected one of: {' '.join(NAMES)})")


NAMES = list(LINUX) + ["uboot", "uboot-version"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--time", type=int, default=0, metavar="N", help="time N further boots of each guest")
    ap.add_argument("--out", default=OUT, metavar="DIR", help="where to write the recordings")
    ap.add_argument("names", nargs="*", default=NAMES)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    version = qemu_version()
    for name in args.names:
        cmd, image, until, typed = guest(name)
        console, elapsed, how = run(cmd, until, typed)
        if until is None and b"all ok, powering off" not in console:
            raise SystemExit(f"record_qemu: {name}: the workload did not report success:\n"
                             + console.decode(errors="replace"))
        with open(os.path.join(args.out, name + ".qemu.console"), "wb") as f:
            f.write(console)
        shown = [os.path.basename(c) if c == image else c for c in cmd]
        with open(os.path.join(args.out, name + ".qemu.meta"), "w") as f:
            f.write(f"qemu: {version}\n")
            f.write(f"command: {' '.join(shown)}\n")
            f.write(f"image: {os.path.basename(os.path.dirname(image)) + '/' if name in LINUX else ''}"
                    f"{os.path.basename(image)} sha256 {sha256(image)}\n")
            f.write(f"typed: {typed!r}\n" if typed else "")
            f.write(f"ends: {'QEMU exits at the guest power-off' if how == 'exit' else 'console ends with ' + repr(until)}\n")
            f.write(f"bytes: {len(console)}\n")
        print(f"{name}: {len(console)} bytes, {elapsed:.2f} s, ended by {how}")
        times = []
        for _ in range(args.time):
            times.append(run(cmd, until, typed)[1])
        if times:
            print(f"{name}: wall times {' '.join(f'{t:.2f}' for t in times)} s")


if __name__ == "__main__":
    sys.exit(main())
