#!/bin/sh
# Produces the expected outputs of the assembler tests with GNU binutils:
#   NAME.bin     objcopy -O binary of the `ld -N` link of NAME.s
#   NAME.expect  entry point and symbol values of that link (nm)
#   layout.elf   the linked executable itself
# Usage: regen.sh [OUTDIR]   (default: this folder; tests/asm_binutils.rs runs it into a temp dir)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=$(cd "${1:-$here}" && pwd)
P=powerpc-linux-gnu-
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cat > "$tmp/link.ld" <<'LD'
ENTRY(_start)
SECTIONS
{
  . = 0x10000;
  .text : { *(.text.start) *(.text*) }
  .rodata : { *(.rodata*) }
  .data : { *(.data*) }
  .bss : { *(.bss*) }
}
LD
cd "$here"
for t in expr data layout macros include code insns; do
    extra=""
    if [ "$t" = include ]; then extra="--defsym FROM_DEFSYM=7 -I inc -I incdir"; fi
    # shellcheck disable=SC2086
    ${P}as -a32 -mbig -me500 -mregnames $extra "$t.s" -o "$tmp/$t.o"
    ${P}ld -N --no-warn-rwx-segments -T "$tmp/link.ld" "$tmp/$t.o" -o "$tmp/$t.elf"
    ${P}objcopy -O binary "$tmp/$t.elf" "$out/$t.bin"
    # One linked executable is kept to test Image::from_elf on real ld output.
    if [ "$t" = layout ]; then cp "$tmp/$t.elf" "$out/$t.elf"; fi
    {
        printf 'entry %08x\n' "$(${P}readelf -h "$tmp/$t.elf" | awk '/Entry point/ { print $4 }')"
        ${P}nm "$tmp/$t.elf" | awk '{ print "sym " $3 " " $1 }' | sort
    } > "$out/$t.expect"
done
