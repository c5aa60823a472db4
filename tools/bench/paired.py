#!/usr/bin/env python3
"""Paired wall-clock timing of two whole commands (README "Measuring speed").

  tools/bench/paired.py [-n PAIRS] --a 'COMMAND A' --b 'COMMAND B'

Runs A and B in turn, A B A B ..., PAIRS times each (default 20) after one unmeasured run of
each, and prints the median, the shortest and the longest wall-clock time of each, and of the
ratio A/B taken pair by pair: on a shared machine whose speed drifts, the two commands of a pair
see about the same moment of it, so the median ratio is steadier than the ratio of two medians.
Each command is one string split as a shell splits words (no shell runs it: write sh -c '...' for
a pipe or a redirection); its output is thrown away and its standard input is empty. A command
that fails stops the measurement (exit status 1, with its exit status and the end of its error
output; a command that reports its failure on its standard output, as `tlbvisor run --json`
does, shows only its status here: run it alone to see why); bad arguments exit with status 2.
"""

import argparse
import re
import shlex
import signal
import statistics
import subprocess
import sys
import time


def run_once(argv):
    """The wall-clock seconds of one run of argv; exits 1 if it fails."""
    start = time.perf_counter()
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, check=False)
    except OSError as e:
        print(f"paired.py: error: cannot run {shlex.join(argv)}: {e.strerror}", file=sys.stderr)
        sys.exit(1)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        if done.returncode < 0:
            number = -done.returncode
            try:
                name = f" ({signal.Signals(number).name})"
            except ValueError:
                name = ""
            how = f"was killed by signal {number}{name}"
        else:
            how = f"exited with status {done.returncode}"
        tail = done.stderr.decode(errors="replace").strip().splitlines()[-3:]
        print(f"paired.py: error: {shlex.join(argv)} {how}"
              + "".join(f"\n  {line}" for line in tail), file=sys.stderr)
        sys.exit(1)
    return seconds


def main():
    parser = argparse.ArgumentParser(
        prog="paired.py", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", dest="pairs", default="20", help="pairs of runs (default 20)")
    parser.add_argument("--a", dest="a", help="command A, one string (--a=-x for one that starts with -)")
    parser.add_argument("--b", dest="b", help="command B, one string")
    args = parser.parse_args()
    if not re.fullmatch(r"[0-9]+", args.pairs) or not 1 <= int(args.pairs) <= 1000:
        parser.error(f"-n {args.pairs}: expected a number of pairs from 1 to 1000")
    pairs = int(args.pairs)
    commands = []
    for name, text in (("--a", args.a), ("--b", args.b)):
        if text is None:
            parser.error(f"{name} is missing: give both commands")
        try:
            argv = shlex.split(text)
        except ValueError as e:
            parser.error(f"{name} {text!r}: {e}")
        if not argv:
            parser.error(f"{name} is empty: expected a command")
        commands.append(argv)
    a, b = commands
    run_once(a)
    run_once(b)
    times_a, times_b, ratios = [], [], []
    for _ in range(pairs):
        ta = run_once(a)
        tb = run_once(b)
        times_a.append(ta)
        times_b.append(tb)
        ratios.append(ta / tb)
    print(f"{pairs} pairs, wall-clock: median (shortest .. longest)")
    for label, values, unit in (("A", times_a, " s"), ("B", times_b, " s"), ("A/B", ratios, "x")):
        print(f"{label:<4} {statistics.median(values):.4f}{unit} "
              f"({min(values):.4f} .. {max(values):.4f})")


if __name__ == "__main__":
    main()
