#!/usr/bin/env bash
# Host instructions per guest instruction (compute loop) and per iteration (TLB churn), bare and
# virtualized, and the host instructions of a small program's whole run (start-up), counted by
# callgrind: steadier than wall-clock time on a shared machine (README "Measuring speed").
#
#   tools/bench/callgrind.sh [TLBVISOR]     default: target/x86_64-unknown-linux-gnu/release/tlbvisor (cargo build --release)
#
# Each loop of benches/programs/ runs at two iteration counts; the difference of the two runs'
# host instruction totals (callgrind's Ir) over the difference in guest work leaves out start-up.
# Needs valgrind. Takes a few minutes.
set -euo pipefail

die() { printf 'callgrind.sh: error: %s\n' "$*" >&2; exit 2; }
usage='usage: tools/bench/callgrind.sh [--help | TLBVISOR]'
case ${1:-} in
  # The comment above, after the #! line, without its '# '.
  -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
  -*) die "unknown option $1 ($usage)" ;;
esac
[ $# -le 1 ] || die "$# arguments given, expected at most the tlbvisor binary ($usage)"
root=$(cd "$(dirname "$0")/../.." && pwd)
tlbvisor=${1:-$root/target/x86_64-unknown-linux-gnu/release/tlbvisor}
[ -x "$tlbvisor" ] || die "$tlbvisor not found (cargo build --release, or give the binary)"
command -v valgrind >/dev/null || die "valgrind not installed"

work=$(mktemp -d "${TMPDIR:-/tmp}/tlbvisor-callgrind.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The total Ir of one `tlbvisor run` of PROGRAM (an ELF) in MODE.
host_instructions() {
  local elf=$1 mode=$2 out="$work/callgrind.out"
  valgrind --tool=callgrind --callgrind-out-file="$out" "$tlbvisor" run "$elf" --mode "$mode" \
    --max-insns 100000000000 >"$work/run.txt" 2>"$work/valgrind.txt" \
    || die "$(basename "$elf") $mode: the run failed: $(head -n1 "$work/run.txt")"
  grep -q '^powered off' "$work/run.txt" || die "$(basename "$elf") $mode: did not power off: $(head -n1 "$work/run.txt")"
  sed -n 's/^\(summary\|totals\): *\([0-9]*\).*/\2/p' "$out" | head -n1
}

# The program assembled by tlbvisor with ITER=N, as an ELF (so the runs measure no assembling).
elf() {
  local name=$1 n=$2 out="$work/$1-$2.elf"
  "$tlbvisor" asm "$root/benches/programs/$name.s" --defsym "ITER=$n" -o "$out"
  echo "$out"
}

# name, guest instructions per iteration, the unit of the figure, short and long counts.
loops=(
  "compute 4 guest-instruction 100000 1100000"
  "tlb_churn 8 iteration 20000 70000"
)

printf '%-10s %-5s %14s  %s\n' workload mode "host instr" "per"
for spec in "${loops[@]}"; do
  read -r name per unit short long <<<"$spec"
  e1=$(elf "$name" "$short"); e2=$(elf "$name" "$long")
  for mode in bare virt; do
    i1=$(host_instructions "$e1" "$mode"); i2=$(host_instructions "$e2" "$mode")
    if [ "$unit" = guest-instruction ]; then work_units=$(( (long - short) * per )); else work_units=$(( long - short )); fi
    awk -v a="$i1" -v b="$i2" -v w="$work_units" -v n="$name" -v m="$mode" -v u="$unit" \
      'BEGIN { printf "%-10s %-5s %14.1f  %s\n", n, m, (b - a) / w, u }'
  done
done
small=$(elf compute 1)
for mode in bare virt; do
  printf '%-10s %-5s %14s  %s\n' start-up "$mode" "$(host_instructions "$small" "$mode")" \
    "whole run of a small program (compute, ITER=1)"
done
