"""Parse the header comment block of a tlbvisor fixture (fixtures/NAME.s).

The header is the run of `#` comment lines (blank lines allowed) at the top of the file. The
machine-readable lines are:

    # NAME: one line                      (the title; NAME = file stem)
    # expect: FIELD = VALUE               value derived from the manuals
    # expect-qemu: FIELD = VALUE          what QEMU 7.2 shows where it differs from the manual
    # expect-console: TEXT                UART0 output, with \\n, \\r, \\t, \\\\ and \\xNN escapes
    # expect-console-qemu: TEXT           the same, for QEMU only
    # differs: N slug                     a numbered item of docs/qemu-ppce500.md "Where QEMU 7.2 differs"
    # check-mem: ADDR LEN                 a physical memory range to record and compare
    # ignore: FIELD ...                   fields that are not meaningful in a whole-state comparison
    # cpu: e500mc                         (default e500v2)

FIELD is one of: pc cr lr ctr xer msr, r0..r31, an SPR name (SRR0, MAS1, SPRG3, IVOR6, ...),
tlb0[INDEX].F, tlb0[SET:WAY].F, tlb1[INDEX].F with F in mas1 mas2 mas3 mas7 valid,
mem8[PA], mem16[PA], mem32[PA]. VALUE is a C-style integer (0x.. or decimal).
"""

import re

FIELD_RE = re.compile(
    r"^(pc|cr|lr|ctr|xer|msr|r(?:[12]?[0-9]|3[01])|[A-Z][A-Z0-9]*"
    r"|tlb[01]\[\d+(?::\d+)?\]\.(?:mas1|mas2|mas3|mas7|valid)"
    r"|mem(?:8|16|32)\[(?:0x[0-9a-fA-F]+|\d+)\])$"
)


class HeaderError(Exception):
    """A malformed machine-readable header line."""


def _unescape(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            n = text[i + 1]
            if n == "n":
                out.append("\n")
            elif n == "r":
                out.append("\r")
            elif n == "t":
                out.append("\t")
            elif n == "\\":
                out.append("\\")
            elif n == "x" and i + 3 < len(text) + 1:
                out.append(chr(int(text[i + 2:i + 4], 16)))
                i += 2
            else:
                out.append(c + n)
            i += 2
            continue
        out.append(c)
        i += 1
    return "".join(out)


def _assignment(text, where):
    if "=" not in text:
        raise HeaderError(f"{where}: expected FIELD = VALUE, got {text!r}")
    field, value = (s.strip() for s in text.split("=", 1))
    if not FIELD_RE.match(field):
        raise HeaderError(f"{where}: unknown field {field!r}")
    try:
        number = int(value, 0)
    except ValueError:
        raise HeaderError(f"{where}: bad value {value!r}") from None
    return field, number


def parse(path):
    """Return a dict with the header's parts (see the module doc)."""
    head = {
        "title": None, "expect": [], "expect_qemu": [], "console": None, "console_qemu": None,
        "differs": [], "check_mem": [], "ignore": [], "cpu": "e500v2",
    }
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for lineno, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        body = stripped[1:].strip()
        where = f"{path}:{lineno}"
        key, sep, rest = body.partition(":")
        if not sep:
            continue
        key = key.strip()
        rest = rest.strip()
        if head["title"] is None and re.fullmatch(r"[A-Za-z0-9_]+", key) and key not in (
                "expect", "cpu", "differs", "ignore"):
            head["title"] = (key, rest)
        elif key == "expect":
            head["expect"].append(_assignment(rest, where))
        elif key == "expect-qemu":
            head["expect_qemu"].append(_assignment(rest, where))
        elif key == "expect-console":
            head["console"] = _unescape(rest)
        elif key == "expect-console-qemu":
            head["console_qemu"] = _unescape(rest)
        elif key == "differs":
            head["differs"].append(rest)
        elif key == "check-mem":
            parts = rest.split()
            if len(parts) != 2:
                raise HeaderError(f"{where}: check-mem wants ADDR LEN")
            head["check_mem"].append((int(parts[0], 0), int(parts[1], 0)))
        elif key == "ignore":
            head["ignore"].extend(rest.split())
        elif key == "cpu":
            if rest not in ("e500v2", "e500mc"):
                raise HeaderError(f"{where}: cpu must be e500v2 or e500mc")
            head["cpu"] = rest
    return head


def mem_words_needed(head):
    """Physical word addresses referenced by mem8/mem16/mem32 expect lines."""
    out = set()
    for field, _ in head["expect"] + head["expect_qemu"]:
        m = re.match(r"mem(8|16|32)\[(.*)\]", field)
        if m:
            out.add(int(m.group(2), 0) & ~3)
    return sorted(out)
