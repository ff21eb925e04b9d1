#!/usr/bin/env bash
# Packaging (issue 6/5): `cmake --install` of this build into a temporary prefix gives a desktop
# install that works on its own. The prefix is moved after installing (any prefix must work), and
# nothing from the build tree is on any search path while the installed programs run.
# Usage: install_check.sh CMAKE BUILD_DIR WORK_DIR QML_INSTALL_DIR EXPECT_SCAN EXPECT_HARDENING
set -euo pipefail
cmake_cmd="$1" build="$2" work="$3" qmldir="$4" expect_scan="$5" expect_hardening="$6"

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
case "$work" in
  "$build"/*/packaging-install) ;;  # only ever remove our own folder inside the build tree
  *) fail "work folder $work is not <build>/.../packaging-install" ;;
esac
rm -rf "$work"
mkdir -p "$work"

# ---- install, then move the prefix: only relative paths ($ORIGIN, <app dir>/..) may remain ----
# umask 000: the permissions come from the install rules, not from whoever runs the install.
(umask 000 && "$cmake_cmd" --install "$build" --prefix "$work/staged" >"$work/install.log")
mv "$work/staged" "$work/prefix"
prefix="$work/prefix"
echo "installed into $work/staged, moved to $prefix"

scan_dir="$prefix/$qmldir/Amparo/Scan"
expected=(bin/amparo bin/amparo-cli bin/amparo-intake bin/amparo-pack share/doc/amparo/README.md
          share/doc/amparo/cli.md)
if [ "$expect_scan" = 1 ]; then
  expected+=("$qmldir/Amparo/Scan/qmldir" "$qmldir/Amparo/Scan/amparo_scan.qmltypes"
             "$qmldir/Amparo/Scan/libamparo_scan.so" "$qmldir/Amparo/Scan/libamparo_scanplugin.so")
fi
for f in "${expected[@]}"; do
  [ -f "$prefix/$f" ] || fail "$f is not installed"
done
for f in bin/amparo bin/amparo-cli bin/amparo-intake bin/amparo-pack; do
  [ -x "$prefix/$f" ] || fail "$f is not executable"
done
if [ "$expect_scan" = 1 ]; then
  grep -qx 'module Amparo.Scan' "$scan_dir/qmldir" || fail "installed qmldir does not declare Amparo.Scan"
fi
# Never installed: benchmarks, tests, static libraries, headers; no build path in text files.
stray="$(find "$prefix" \( -name 'bench_*' -o -name 'test_*' -o -name 'tst_*' -o -name '*.a' \
          -o -name '*.h' -o -name 'empty_window_baseline' \) -print)"
[ -z "$stray" ] || fail "installed files that must not ship: $stray"
if grep -rlI -- "$build" "$prefix" >/dev/null; then
  fail "installed text files name the build tree: $(grep -rlI -- "$build" "$prefix")"
fi
writable="$(find "$prefix" ! -type l -perm /022 -print)"
[ -z "$writable" ] || fail "group- or world-writable paths: $writable"

# ---- ELF files: RUNPATH relative only, every library resolves, SR-37 hardening kept ----
mapfile -t elves < <(find "$prefix" -type f -exec sh -c '[ "$(head -c4 "$1" | tail -c3)" = ELF ] && echo "$1"' _ {} \;)
[ "${#elves[@]}" -ge 4 ] || fail "expected at least 4 ELF files, found ${#elves[@]}"
for elf in "${elves[@]}"; do
  dyn="$(readelf -d "$elf")"
  paths="$(sed -n 's/.*(\(RUNPATH\|RPATH\)).*\[\(.*\)\]/\2/p' <<<"$dyn")"
  for p in ${paths//:/ }; do
    # shellcheck disable=SC2016  # a literal $ORIGIN
    case "$p" in
      '$ORIGIN' | '$ORIGIN/'*) ;;
      *) fail "$elf: RUNPATH/RPATH entry '$p' is not relative to \$ORIGIN" ;;
    esac
  done
  if grep -q -- "$build" <<<"$paths"; then fail "$elf: RUNPATH/RPATH points into the build tree"; fi
  if env -u LD_LIBRARY_PATH ldd "$elf" | grep -q 'not found'; then
    fail "$elf: unresolved libraries: $(env -u LD_LIBRARY_PATH ldd "$elf" | grep 'not found')"
  fi
  if [ "$expect_hardening" = 1 ]; then
    grep -q 'BIND_NOW\|FLAGS.*NOW' <<<"$dyn" || fail "$elf: not linked with -z now"
    readelf -lW "$elf" | grep -q GNU_RELRO || fail "$elf: not linked with -z relro"
    if readelf -lW "$elf" | grep GNU_STACK | grep -q RWE; then fail "$elf: executable stack"; fi
    case "$elf" in
      "$prefix"/bin/*) readelf -h "$elf" | grep -q 'DYN' || fail "$elf: not a PIE" ;;
    esac
  fi
done
echo "ELF files: ${#elves[@]}, RUNPATH relative, libraries resolved, hardening=$expect_hardening"

# ---- run the installed programs with nothing of the build tree on any search path ----
home="$work/home"
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/run"
chmod 700 "$home/run"
run() {
  (cd "$work" && env -u QML_IMPORT_PATH -u QML2_IMPORT_PATH -u QT_PLUGIN_PATH -u LD_LIBRARY_PATH \
     -u QML_DISABLE_DISK_CACHE -u QML_DISK_CACHE_PATH \
     HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
     XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen \
     AMPARO_NO_KEYSTORE=1 "$@")
}

# The self-test loads every QML file of Amparo.App; ScanPage.qml and CameraCheck.qml import
# Amparo.Scan. LD_DEBUG=files names every library loaded, so the plugin's origin is visible.
if ! run env LD_DEBUG=files "$prefix/bin/amparo" --self-test >"$work/self-test.out" 2>"$work/self-test.err"; then
  cat "$work/self-test.out" >&2
  grep -v '^ *[0-9]*: ' "$work/self-test.err" >&2 || true
  fail "installed amparo --self-test failed"
fi
grep -q 'self-test: Main.qml ok' "$work/self-test.out" || fail "self-test did not load Main.qml"
if [ "$expect_scan" = 1 ]; then
  for page in ScanPage.qml CameraCheck.qml; do
    grep -q "self-test: $page ok" "$work/self-test.out" || fail "self-test did not load $page (Amparo.Scan)"
  done
  for lib in libamparo_scanplugin.so libamparo_scan.so; do
    grep -q "calling init: $scan_dir/$lib\$" "$work/self-test.err" || fail "$lib was not loaded from $scan_dir"
  done
fi
from_build="$(grep -o "calling init: $build/.*" "$work/self-test.err" | grep -v "init: $prefix/" || true)"
[ -z "$from_build" ] || fail "the installed app loaded libraries from the build tree: $from_build"
echo "installed amparo --self-test: $(grep -c ' ok$' "$work/self-test.out") QML files ok, Amparo.Scan from $scan_dir"

# SR-33: no QML disk cache written by the installed app (home, prefix, work folder).
cache="$(find "$work" \( -name '*.qmlc' -o -name '*.jsc' -o -name 'qmlcache' \) -print)"
[ -z "$cache" ] || fail "the installed app wrote a QML disk cache: $cache"

run "$prefix/bin/amparo-cli" --help >"$work/cli.out" || fail "installed amparo-cli --help failed"
grep -q 'Commands:' "$work/cli.out" || fail "amparo-cli --help printed no command list"
run "$prefix/bin/amparo-intake" --help >"$work/intake.out" || fail "installed amparo-intake --help failed"
grep -qi 'keygen' "$work/intake.out" || fail "amparo-intake --help printed no usage"
run "$prefix/bin/amparo-pack" keygen --out "$work/packkey" >/dev/null || fail "installed amparo-pack keygen failed"
echo "PASS: installed tree at $prefix works without the build tree"
