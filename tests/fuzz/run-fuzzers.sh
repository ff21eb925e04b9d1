#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (core only) and runs each briefly over its committed
# corpus under ASan+UBSan. Usage: run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]
set -euo pipefail
src="$1"; build="$2"; seconds="${3:-${AMPARO_FUZZ_SECONDS:-15}}"
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DAMPARO_FUZZ=ON -DAMPARO_BUILD_UI=OFF \
  -DAMPARO_BUILD_TESTS=OFF -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined" \
  "-DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link,address,undefined" >/dev/null
cmake --build "$build" -j 2 >/dev/null
status=0
shopt -s nullglob
for bin in "$build"/tests/fuzz/fuzz_*; do
  [ -x "$bin" ] || continue
  name="$(basename "$bin")"; name="${name#fuzz_}"
  corpus="$src/tests/fuzz/corpus/$name"
  work="$(mktemp -d)"
  if [ ! -d "$corpus" ] || [ -z "$(ls -A "$corpus")" ]; then
    echo "fuzz_$name: no committed corpus in tests/fuzz/corpus/$name" >&2; status=1
  fi
  if "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
       -artifact_prefix="$work/" "$work" "$corpus" >"$work/log" 2>&1; then
    echo "fuzz_$name: ok ($(grep -c '' "$work/log") log lines, ${seconds}s)"
  else
    echo "fuzz_$name: FAILED" >&2; tail -40 "$work/log" >&2; status=1
  fi
  rm -rf "$work"
done
exit $status
