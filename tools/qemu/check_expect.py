#!/usr/bin/env python3
"""Check a recorded final state against a fixture's `# expect` lines.

    tools/qemu/check_expect.py FIXTURE.s STATE.json [--profile manual|qemu]
    tools/qemu/check_expect.py --all [--dir fixtures] [--profile ...]
    tools/qemu/check_expect.py --compare FIXTURE.s A.json B.json

STATE.json is what tools/qemu/run_fixture.py records (fixtures/NAME.qemu.json) or what tlbvisor's
`run --json` prints (same keys). With profile `qemu` an `# expect-qemu: FIELD = V` line replaces
the `# expect:` value of the same FIELD (and may add fields); with profile `manual` only the
`# expect:` lines count. The default profile is `qemu` when the state's meta.source is "qemu",
otherwise `manual`. `--all` checks every fixtures/NAME.s against fixtures/NAME.qemu.json.

`--compare` diffs two whole states field by field (e.g. tlbvisor `run --compat qemu --json` against
the QEMU recording), skipping the fixture's `# ignore:` fields and memory ranges not in both.

Exit status 0 when everything matches. The last line reads `N passed, N failed`
(counted per fixture).
"""

import argparse
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import fixture_header  # noqa: E402


class Missing(Exception):
    """The state has no value for the field."""


def _int(v):
    if isinstance(v, str):
        return int(v, 0)
    return int(v)


def _mem_byte(state, pa):
    for start, words in state.get("mem", {}).items():
        s = _int(start)
        if s <= pa < s + 4 * len(words):
            word = _int(words[(pa - s) // 4])
            shift = 8 * (3 - (pa - s) % 4)
            return (word >> shift) & 0xFF
    raise Missing(f"PA 0x{pa:x} not recorded")


def lookup(state, field):
    """The value of FIELD (header syntax) in a state dict."""
    if field in ("pc", "cr", "lr", "ctr", "xer", "msr"):
        return _int(state[field])
    m = re.fullmatch(r"r(\d+)", field)
    if m:
        return _int(state["gpr"][int(m.group(1))])
    m = re.fullmatch(r"tlb([01])\[(\d+)(?::(\d+))?\]\.(\w+)", field)
    if m:
        which = int(m.group(1))
        if m.group(3) is not None:
            index = int(m.group(2)) * 4 + int(m.group(3))
        else:
            index = int(m.group(2))
        attr = m.group(4)
        entry = next((e for e in state.get("tlb", [])
                      if int(e["tlb"]) == which and int(e["index"]) == index), None)
        if attr == "valid":
            return 1 if entry is not None and _int(entry["mas1"]) & 0x80000000 else 0
        if entry is None:
            raise Missing(f"tlb{which}[{index}] is not valid")
        return _int(entry[attr])
    m = re.fullmatch(r"mem(8|16|32)\[(.*)\]", field)
    if m:
        width = int(m.group(1)) // 8
        pa = int(m.group(2), 0)
        value = 0
        for i in range(width):
            value = (value << 8) | _mem_byte(state, pa + i)
        return value
    spr = state.get("spr", {})
    if field in spr:
        return _int(spr[field])
    raise Missing(f"no field {field}")


def expectations(head, profile):
    merged = dict(head["expect"])
    if profile == "qemu":
        merged.update(dict(head["expect_qemu"]))
    console = head["console"]
    if profile == "qemu" and head["console_qemu"] is not None:
        console = head["console_qemu"]
    return merged, console


def check(fixture, state, profile=None):
    """Return a list of failure strings (empty when everything matches)."""
    head = fixture_header.parse(fixture)
    if profile is None:
        profile = "qemu" if state.get("meta", {}).get("source") == "qemu" else "manual"
    wanted, console = expectations(head, profile)
    failures = []
    for field, value in wanted.items():
        try:
            got = lookup(state, field)
        except (Missing, KeyError, IndexError) as e:
            failures.append(f"{field}: expected 0x{value:08X}, missing ({e})")
            continue
        if got != value:
            failures.append(f"{field}: expected 0x{value:08X}, got 0x{got:08X}")
    if console is not None and state.get("console") != console:
        failures.append(f"console: expected {console!r}, got {state.get('console')!r}")
    if not wanted and console is None:
        failures.append("the fixture has no expect lines")
    return failures


def _norm_field(field):
    """tlb0[S:W].x -> tlb0[S*4+W].x, so both spellings compare equal."""
    m = re.fullmatch(r"tlb([01])\[(\d+):(\d+)\](.*)", field)
    if m:
        return f"tlb{m.group(1)}[{int(m.group(2)) * 4 + int(m.group(3))}]{m.group(4)}"
    return field


def flatten(state):
    """Every field of a state, named in header syntax (TLB by index, memory by word)."""
    out = {}
    for key in ("pc", "cr", "lr", "ctr", "xer", "msr"):
        if key in state:
            out[key] = _int(state[key])
    for i, g in enumerate(state.get("gpr", [])):
        out[f"r{i}"] = _int(g)
    for name, v in state.get("spr", {}).items():
        out[name] = _int(v)
    for e in state.get("tlb", []):
        for attr in ("mas1", "mas2", "mas3", "mas7"):
            out[f"tlb{int(e['tlb'])}[{int(e['index'])}].{attr}"] = _int(e[attr])
    for start, words in state.get("mem", {}).items():
        for i, w in enumerate(words):
            out[f"mem32[0x{_int(start) + 4 * i:08x}]"] = _int(w)
    out["console"] = state.get("console", "")
    return out


def compare(fixture, a, b):
    """Differences between two states, as strings."""
    head = fixture_header.parse(fixture)
    ignored = {_norm_field(f) for f in head["ignore"]}

    def skip(field):
        return field in ignored or field.split(".")[0] in ignored

    fa, fb = flatten(a), flatten(b)
    out = []
    for field in sorted(set(fa) | set(fb)):
        if skip(field):
            continue
        if field.startswith("mem32[") and (field not in fa or field not in fb):
            continue
        va, vb = fa.get(field), fb.get(field)
        if va != vb:
            show = lambda v: "absent" if v is None else (  # noqa: E731
                repr(v) if isinstance(v, str) else f"0x{v:08X}")
            out.append(f"{field}: {show(va)} vs {show(vb)}")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("fixture", nargs="?")
    ap.add_argument("state", nargs="?")
    ap.add_argument("--profile", choices=["manual", "qemu"])
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--compare", nargs=3, metavar=("FIXTURE", "A", "B"))
    ap.add_argument("--dir", default=os.path.join(HERE, "..", "..", "fixtures"))
    args = ap.parse_args()
    if args.compare:
        src, pa, pb = args.compare
        with open(pa, encoding="utf-8") as f:
            a = json.load(f)
        with open(pb, encoding="utf-8") as f:
            b = json.load(f)
        diffs = compare(src, a, b)
        for line in diffs:
            print(line)
        print(f"{0 if diffs else 1} passed, {1 if diffs else 0} failed")
        return 1 if diffs else 0
    if args.all:
        pairs = []
        for src in sorted(glob.glob(os.path.join(args.dir, "*.s"))):
            pairs.append((src, src[:-2] + ".qemu.json"))
    elif args.fixture and args.state:
        pairs = [(args.fixture, args.state)]
    else:
        ap.error("give FIXTURE.s STATE.json, or --all")
    passed = failed = 0
    for src, path in pairs:
        name = os.path.basename(src)[:-2]
        try:
            with open(path, encoding="utf-8") as f:
                state = json.load(f)
            failures = check(src, state, args.profile)
        except (OSError, ValueError, fixture_header.HeaderError) as e:
            failures = [str(e)]
        if failures:
            failed += 1
            print(f"FAIL {name}")
            for line in failures:
                print(f"     {line}")
        else:
            passed += 1
            print(f"ok   {name}")
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
