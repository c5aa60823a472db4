#!/usr/bin/env bash
# Build a Linux 6.1 guest kernel for QEMU's ppce500 machine from Debian packages, with the project's own
# init in a built-in initramfs. Prints the path of the built vmlinux on stdout (logs go to stderr).
#
#   tools/guests/build-linux.sh [VARIANT]      VARIANT: e500v2 (default), alt, e500mc, pv
#   tools/guests/build-linux.sh --list         the variant names
#   tools/guests/build-linux.sh --if-built [VARIANT]
#                                              print the path only if that build is up to date
#                                              (exit 1 otherwise, building nothing: the tests use it)
#
# Inputs: linux-source-6.1 (/usr/src/linux-source-6.1.tar.xz), gcc-powerpc-linux-gnu,
# libc6-dev-powerpc-cross (the alt variant's init), flex bison bc libssl-dev libelf-dev cpio make xz-utils,
# patch (the pv variant's source patch).
# Output: ${TLBVISOR_GUEST_CACHE:-$HOME/.cache/tlbvisor/guests}/<variant>-<key>/vmlinux (with System.map,
# config, the init binary and a manifest of the inputs), where <key> hashes every input (see key_inputs).
# The configured and compiled kernel tree lives beside it in tree-<treekey>/, keyed only by what the
# compiled kernel depends on, so a change to the init alone relinks the kernel in seconds.
# See docs/linux-guest.md.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${TLBVISOR_GUEST_CACHE:-$HOME/.cache/tlbvisor/guests}
src_tar=/usr/src/linux-source-6.1.tar.xz
cross=powerpc-linux-gnu-
jobs=${TLBVISOR_GUEST_JOBS:-$(nproc)}
# Bump when the way a tree is extracted or configured changes (the tree key does not hash this whole
# script, so that editing the init steps does not force a full kernel rebuild).
tree_recipe=1

log() { printf 'build-linux: %s\n' "$*" >&2; }
die() { printf 'build-linux: error: %s\n' "$*" >&2; exit 2; }

if_built=0
patches=()   # files in linux/ applied to the source tree with patch -p1, in order (per variant)
if [ "${1:-}" = --if-built ]; then if_built=1; shift; fi
variant=${1:-e500v2}
case "$variant" in
  --list) echo "e500v2 alt e500mc pv"; exit 0 ;;
  e500v2) fragments=(qemu_e500.config); init_kind=freestanding; init_src=(init/init.c) ;;
  alt) fragments=(qemu_e500.config alt.config); init_kind=glibc; init_src=(init/alt_init.c) ;;
  e500mc) fragments=(qemu_e500.config e500mc.config); init_kind=freestanding; init_src=(init/init.c) ;;
  # The e500v2 kernel built with CONFIG_KVM_GUEST: without a /hypervisor node it runs unpatched. Its
  # source carries the project's patch that lets it patch itself under a KVM-compatible hypervisor
  # (docs/paravirt.md, "Building the pv guest").
  pv) fragments=(qemu_e500.config pv.config); init_kind=freestanding; init_src=(init/init.c)
      patches=(pv-selftest.patch) ;;
  *) die "unknown variant '$variant' (expected one of: e500v2 alt e500mc pv)" ;;
esac

# --- the tools and packages this needs -------------------------------------------------------------
[ -r "$src_tar" ] || die "$src_tar not found (install the Debian package linux-source-6.1)"
command -v "${cross}gcc" >/dev/null || die "${cross}gcc not found (install gcc-powerpc-linux-gnu)"
for tool in make flex bison bc cpio xz patch; do
  command -v "$tool" >/dev/null || die "'$tool' not found (see the package list in docs/linux-guest.md)"
done

src_version=$(dpkg-query -W -f='${Version}' linux-source-6.1 2>/dev/null) || src_version=unknown
cc_version=$("${cross}gcc" --version | head -n1)
libc_version=$(dpkg-query -W -f='${Version}' libc6-dev-powerpc-cross 2>/dev/null) || libc_version=none

# --- cache keys ------------------------------------------------------------------------------------
hash_of() { sha256sum | cut -c1-16; }
tree_inputs() {
  echo "recipe $tree_recipe"
  echo "source linux-source-6.1 $src_version $(stat -c %s "$src_tar")"
  echo "compiler $cc_version"
  for f in "${fragments[@]}"; do echo "fragment $f"; cat "$here/linux/$f"; done
  # Only a patched variant hashes anything here, so the other variants' tree keys stay as they were.
  for f in "${patches[@]}"; do echo "patch $f"; cat "$here/linux/$f"; done
}
key_inputs() {
  tree_inputs
  echo "script"; cat "$0"
  echo "init $init_kind"
  for f in "${init_src[@]}"; do echo "init-source $f"; cat "$here/$f"; done
  [ "$init_kind" = glibc ] && echo "libc libc6-dev-powerpc-cross $libc_version"
  true
}
tree_key=$(tree_inputs | hash_of)
key=$(key_inputs | hash_of)
out=$cache/$variant-$key
tree=$cache/tree-$tree_key
ksrc=$tree/linux-source-6.1

if [ -f "$out/vmlinux" ]; then
  log "up to date: $variant ($key)"
  echo "$out/vmlinux"
  exit 0
fi
if [ "$if_built" = 1 ]; then
  log "not built: $variant ($key); run tools/guests/build-linux.sh $variant"
  exit 1
fi

mkdir -p "$cache"
# One build at a time per kernel tree (CI and a developer may race); different trees build in parallel.
exec 9>"$tree.lock"
flock 9
if [ -f "$out/vmlinux" ]; then echo "$out/vmlinux"; exit 0; fi

# The version banner ("Linux version 6.1... (user@host) #1 date") is printed at boot and compared with
# QEMU's recording, so it must not carry the time or the machine of the build.
export KBUILD_BUILD_TIMESTAMP="Thu Jan  1 00:00:00 UTC 1970" KBUILD_BUILD_USER=tlbvisor \
  KBUILD_BUILD_HOST=guests KBUILD_BUILD_VERSION=1
kmake() { nice make -s -C "$ksrc" ARCH=powerpc CROSS_COMPILE="$cross" "$@"; }

# --- the kernel tree: extract and configure once per tree key --------------------------------------
if [ ! -f "$tree/.configured" ]; then
  log "extracting $src_tar into $tree"
  rm -rf "$tree"
  mkdir -p "$tree"
  tar -xJf "$src_tar" -C "$tree"
  for f in "${patches[@]}"; do
    log "applying linux/$f"
    patch -s -p1 --forward -d "$ksrc" <"$here/linux/$f" >&2 || die "linux/$f does not apply to $src_tar"
  done
  # The fragments in order, a later setting of a symbol replacing an earlier one, then the initramfs
  # list at a fixed path inside this tree (its contents change per init, the path never does).
  for f in "${fragments[@]}"; do grep -E '^(CONFIG_|# CONFIG_)' "$here/linux/$f"; done |
    awk '{ sym = ($1 == "#") ? $2 : substr($0, 1, index($0, "=") - 1); last[sym] = $0; order[sym] = NR }
         END { for (s in last) print order[s] "\t" last[s] }' | sort -n | cut -f2- >"$tree/fragment.config"
  : >"$tree/initramfs.list"
  cp "$tree/fragment.config" "$tree/allno.config"
  echo "CONFIG_INITRAMFS_SOURCE=\"$tree/initramfs.list\"" >>"$tree/allno.config"
  log "configuring: allnoconfig + ${fragments[*]}"
  kmake KCONFIG_ALLCONFIG="$tree/allno.config" allnoconfig >&2
  kmake olddefconfig >&2
  # Each "CONFIG_X=v" line must be in .config as written; for a "# CONFIG_X is not set" line, X must not
  # be set to anything (Kconfig leaves an option out of .config altogether when its dependencies hide it).
  missing=0
  while IFS= read -r line; do
    sym=${line#\# }; sym=${sym%%[= ]*}
    if [[ $line == "#"* ]]; then
      grep -q "^$sym=" "$ksrc/.config" || continue
    else
      grep -qxF "$line" "$ksrc/.config" && continue
    fi
    log "config lost: $line (have: $(grep -E "^$sym=|^# $sym is not set" "$ksrc/.config" || echo 'nothing'))"
    missing=1
  done <"$tree/allno.config"
  [ "$missing" = 0 ] || die "make olddefconfig dropped fragment options (listed above); fix ${fragments[*]}"
  touch "$tree/.configured"
fi

# --- the init ----------------------------------------------------------------------------------------
rm -rf "$out.tmp"
mkdir -p "$out.tmp"
log "building the init ($init_kind: ${init_src[*]})"
warn=(-Wall -Wextra -Werror)
case "$init_kind" in
  freestanding)
    # No C library: the init makes its system calls itself (see init/init.c for why).
    "${cross}gcc" -Os -static -nostdlib -ffreestanding -fno-builtin -fno-stack-protector -fno-pic \
      -no-pie -msoft-float -mcpu=powerpc "${warn[@]}" -o "$out.tmp/init" "${init_src[@]/#/$here/}" -lgcc
    ;;
  glibc)
    "${cross}gcc" -O2 -static "${warn[@]}" -o "$out.tmp/init" "${init_src[@]/#/$here/}"
    ;;
esac

# The initramfs archive records a regular file's own modification time (other entries get
# KBUILD_BUILD_TIMESTAMP); a fixed one keeps the same inputs giving the same vmlinux, byte for byte.
touch -d "$KBUILD_BUILD_TIMESTAMP" "$out.tmp/init"

# The initramfs: a console device node (the kernel opens /dev/console before running /init, and
# devtmpfs is not mounted automatically when the root is an initramfs), mount points and the init.
cat >"$tree/initramfs.list" <<EOF
dir /dev 0755 0 0
nod /dev/console 0600 0 0 c 5 1
dir /proc 0755 0 0
dir /sys 0755 0 0
file /init $out.tmp/init 0755 0 0
EOF

# --- build (a full compile the first time, a relink when only the initramfs changed) -------------------
log "building vmlinux in $ksrc (-j$jobs)"
start=$(date +%s)
kmake -j"$jobs" vmlinux >&2
log "kernel build took $(( $(date +%s) - start )) s"

cp "$ksrc/vmlinux" "$ksrc/System.map" "$out.tmp/"
cp "$ksrc/.config" "$out.tmp/config"
cp "$tree/initramfs.list" "$out.tmp/initramfs.list"
key_inputs | grep -E '^(recipe|source|compiler|fragment|patch|init|libc) ' >"$out.tmp/manifest"
# Point the list at the init's final place, so the recorded list is true after the rename.
sed -i "s|$out.tmp/init|$out/init|" "$out.tmp/initramfs.list"
rm -rf "$out"
mv "$out.tmp" "$out"
log "built $variant ($key)"
echo "$out/vmlinux"
