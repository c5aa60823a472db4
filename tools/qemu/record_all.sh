#!/bin/sh
# Regenerate every QEMU recording: fixtures/NAME.s -> fixtures/NAME.qemu.json, then check them.
#   tools/qemu/record_all.sh [NAME ...]     (default: every fixture)
# Needs powerpc-linux-gnu-{as,ld,nm} (binutils-powerpc-linux-gnu) and qemu-system-ppc (7.2).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
fixtures="$here/../../fixtures"
status=0
if [ $# -eq 0 ]; then
    set -- $(cd "$fixtures" && ls *.s | sed 's/\.s$//')
fi
for name in "$@"; do
    if ! python3 "$here/run_fixture.py" "$fixtures/$name.s" --out "$fixtures/$name.qemu.json"; then
        status=1
    fi
done
python3 "$here/check_expect.py" --all --dir "$fixtures" || status=1
exit $status
