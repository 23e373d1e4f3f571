#!/usr/bin/env bash
# Builds caseaudit and its tests with AddressSanitizer and
# UndefinedBehaviorSanitizer in build-sanitize/ and runs the whole test
# suite there: any memory error, leak or undefined behaviour fails the test
# that met it. Run after tools/setup.sh (which installs the compilers).
#   bash tools/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCASEAUDIT_SANITIZE=ON >/dev/null
cmake --build build-sanitize -j"$(nproc)" >&2
export ASAN_OPTIONS=abort_on_error=0:detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir build-sanitize --output-on-failure -j"$(nproc)"
