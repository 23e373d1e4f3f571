#!/usr/bin/env bash
# Benchmark: generates a realistic export of CHILDREN children (default
# 100000; about 83 rows and 3.8 KB per child) and times
# `caseaudit audit --standard all` over it, recording wall time and peak
# memory (GNU time). Results are printed; keep notable ones in RESULTS.md.
#   bash bench/run.sh [CHILDREN] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-100000}
seed=${2:-1}
if ! [ -x /usr/bin/time ]; then
  as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2
fi
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target caseaudit caseaudit-generate >/dev/null
out=bench/out/$children-$seed
if ! [ -f "$out/cases.csv" ]; then
  mkdir -p "$out"
  ./build/bench/caseaudit-generate "$out" "$children" "$seed"
fi
rows=$(cat "$out"/*.csv | wc -l)
size=$(du -sh "$out" | cut -f1)
echo "export: $children children, $rows lines, $size in $out"
for format in csv; do
  /usr/bin/time -f "%e s wall, %M KB peak RSS" ./build/cli/caseaudit audit "$out" --standard all \
    --as-of 2026-11-23 --format "$format" --output "$out/report.$format" --exit-zero 2>&1 | tail -n 3
done
echo "report: $(wc -l <"$out/report.csv") lines"
