#!/usr/bin/env bash
# Fuzzing, for developers (not part of CI, which replays the fuzz inputs in
# its test suite instead):
#   bash tools/fuzz.sh [SECONDS]
# runs each fuzz target of tests/fuzz/ (the CSV reader, the date parser, the
# standard loader, the mapping loader, the whole pipeline) under libFuzzer
# for SECONDS (default 60), then the corruption test
# (tests/e2e/scripts/corruption.sh) with 5 seeds per second given (300 by
# default). Installs clang and libFuzzer (Debian's clang and
# libclang-rt-14-dev) and the build's packages when missing (as root, or
# through sudo), and builds in build-fuzz/ with clang, AddressSanitizer,
# UndefinedBehaviorSanitizer and libFuzzer's coverage.
# Each target starts from its seeds (tests/fuzz/TARGET/corpus/) and from what
# earlier runs found (build-fuzz/corpus/TARGET/, which grows from run to
# run). An input that crashes a target or fails one of its checks is written
# to build-fuzz/crashes/TARGET/ and the script stops there, exit 1, saying
# how to replay it; once the defect is fixed, add the input to
# tests/fuzz/TARGET/regressions/ so the suite replays it for good.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
case "$seconds" in '' | *[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;; esac

packages=(clang libclang-rt-14-dev cmake ninja-build libcli11-dev libfccp-dev libfmt-dev libyaml-cpp-dev python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz.sh: installing ${missing[*]}" >&2
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

targets=(csv_reader date standard mapping pipeline)
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEAUDIT_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}" caseaudit caseaudit-generate >&2

# The pipeline target's export folder: libFuzzer may end without running
# exit handlers, which would leave it behind in /tmp.
rm -rf build-fuzz/tmp && mkdir -p build-fuzz/tmp
export TMPDIR=$PWD/build-fuzz/tmp
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "build-fuzz/crashes/$t"
  echo "fuzz.sh: $t for ${seconds}s" >&2
  if ! build-fuzz/tests/fuzz/"fuzz_$t" -max_total_time="$seconds" -timeout=30 -print_final_stats=1 \
      -artifact_prefix="build-fuzz/crashes/$t/" "build-fuzz/corpus/$t" "tests/fuzz/$t/corpus" \
      >"build-fuzz/$t.log" 2>&1; then
    tail -n 40 "build-fuzz/$t.log" >&2
    echo "fuzz.sh: $t failed on an input in build-fuzz/crashes/$t/ (log: build-fuzz/$t.log);" \
      "replay it with build-fuzz/tests/fuzz/fuzz_$t FILE" >&2
    exit 1
  fi
  grep -E '^stat::(number_of_executed_units|new_units_added)' "build-fuzz/$t.log" | tr '\n' ' ' >&2
  echo >&2
done

echo "fuzz.sh: the corruption test, $((seconds * 5)) seeds" >&2
bash tests/e2e/scripts/corruption.sh build-fuzz/cli/caseaudit "$((seconds * 5))"
