#!/usr/bin/env python3
"""Count a Linux guest's TLB refills under the hypervisor and the exits each one costs.

    RUST_LOG=tlbvisor::hv::exit=trace tlbvisor run VMLINUX --mode virt 2>&1 >/dev/null \\
        | tools/guests/refill_exits.py VMLINUX-DIR/System.map

Reads the exit trace (one `exit kind=... mnemonic=... guest_pc=... ea=...` line per exit) on standard
input. A refill is a real TLB miss reflected to the guest (`dtlb_real_miss`, `itlb_real_miss`), then
exits at guest PCs inside Linux's TLB miss handlers (`DataTLBError`, `InstructionTLBError` and
`finish_tlb_load` .. `get_phys_addr`, addresses from System.map) that include the handler's `tlbwe`
and end at its `rfi`; the exit after the `rfi`, when it is the shadow fill of the retried access (a
virtual miss at the same guest PC), is counted with it. A real miss whose handler leaves those
ranges before its `tlbwe` found no PTE and went on to the page-fault path: not a refill. Prints the
refills by kind (data or instruction; the faulting code and the page in user or kernel space), the
exits each cost, the totals, and the guest's `tlbwe`s outside the miss handlers by PC.
docs/tutorial.md (section 11) quotes its output for the project's e500v2 guest.
"""
import collections
import re
import sys

KERNEL = 0xC0000000  # PAGE_OFFSET: user addresses are below it


def symbols(path):
    table = {}
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) == 3:
                table.setdefault(parts[2], int(parts[0], 16))
    return table


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    sym = symbols(sys.argv[1])
    addrs = sorted(set(sym.values()))

    def span(start, end_name=None):
        lo = sym[start]
        hi = sym[end_name] if end_name else next(a for a in addrs if a > lo)
        return lo, hi

    handlers = [span("DataTLBError"), span("InstructionTLBError"), span("finish_tlb_load", "get_phys_addr")]

    def in_handler(pc):
        return any(lo <= pc < hi for lo, hi in handlers)

    line_re = re.compile(r'kind="(\w+)" mnemonic="(\w*)" guest_pc=(0x[0-9a-f]+) ea=(0x[0-9a-f]+)')
    refills = collections.Counter()  # (kind, exits, what followed the rfi) -> count
    faults = collections.Counter()
    other_tlbwe = collections.Counter()
    total = attributed = 0
    episode = None  # the refill being followed
    after_rfi = None  # (first guest PC, exits so far, kind) of a refill whose rfi was the last exit
    for line in sys.stdin:
        m = line_re.search(line)
        if not m:
            continue
        kind, mnemonic, pc, ea = m.group(1), m.group(2), int(m.group(3), 16), int(m.group(4), 16)
        total += 1
        if mnemonic == "tlbwe" and not in_handler(pc):
            other_tlbwe[pc] += 1
        if after_rfi:
            first_pc, n, what = after_rfi
            after_rfi = None
            if kind.endswith("virt_miss") and pc == first_pc:
                refills[(what, n + 1, "shadow fill")] += 1
                attributed += n + 1
                continue
            refills[(what, n, "then " + kind)] += 1
            attributed += n
        if episode:
            if in_handler(pc):
                episode["n"] += 1
                episode["tlbwe"] |= mnemonic == "tlbwe"
                if mnemonic == "rfi":
                    if episode["tlbwe"]:
                        after_rfi = (episode["pc"], episode["n"], episode["what"])
                    episode = None
                continue
            faults[episode["what"]] += 1
            episode = None
        if kind in ("dtlb_real_miss", "itlb_real_miss"):
            what = "%s, %s page, from %s code" % (
                "data" if kind.startswith("d") else "instruction",
                "user" if ea < KERNEL else "kernel",
                "user" if pc < KERNEL else "kernel",
            )
            episode = {"pc": pc, "n": 1, "tlbwe": False, "what": what}
    n_refills = sum(refills.values())
    print("exits: %d" % total)
    print("refills: %d, their exits: %d (%.1f per refill)" % (n_refills, attributed, attributed / max(n_refills, 1)))
    for (what, n, then), count in sorted(refills.items(), key=lambda kv: -kv[1]):
        print("  %7d  %s: %d exits, %s" % (count, what, n, then))
    print("real misses that went on to the page-fault path: %d" % sum(faults.values()))
    for what, count in sorted(faults.items(), key=lambda kv: -kv[1]):
        print("  %7d  %s" % (count, what))
    print("tlbwe outside the miss handlers: %d" % sum(other_tlbwe.values()))
    for pc, count in sorted(other_tlbwe.items(), key=lambda kv: -kv[1]):
        print("  %7d  at 0x%08x" % (count, pc))


if __name__ == "__main__":
    main()
