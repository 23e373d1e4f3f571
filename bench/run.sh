#!/usr/bin/env bash
# Benchmark: generates a realistic export of CHILDREN children (default
# 100000; about 60 rows and 3.1 KB per child, so 500,000 give about 30 million
# rows and 1.5 GB) and times `caseaudit audit --standard all` over it RUNS
# times (default 3): wall and CPU time, peak memory (GNU time), rows read per
# second. The machine is shared, so look at every run, not one. Results are
# printed; keep notable ones in RESULTS.md.
#   bash bench/run.sh [CHILDREN] [SEED]
#   RUNS=5 BUILD=build-bench bash bench/run.sh 500000
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-100000}
seed=${2:-1}
runs=${RUNS:-3}
build=${BUILD:-build-bench}  # its own build folder: build/ is the developers'
# shellcheck source=bench/export.sh
. bench/export.sh
inputs=("$out"/{cases,episodes,visits,reviews,contacts}.csv)
bytes=$(cat "${inputs[@]}" | wc -c)
lines=$(cat "${inputs[@]}" | wc -l)
echo "export: $children children, $lines lines, $((bytes / 1000000)) MB in $out"
for i in $(seq "$runs"); do
  if ! /usr/bin/time -o "$out/time.txt" -f "%e %U %S %M" "./$build/cli/caseaudit" audit "$out" --standard all \
    --as-of 2026-11-23 --format csv --output "$out/report.csv" --exit-zero 2>"$out/stderr.txt"; then
    cat "$out/stderr.txt" >&2
    exit 1
  fi
  read -r wall user sys rss_kb <"$out/time.txt"
  rows=$(sed -n 's/^caseaudit: read \([0-9,]*\) rows.*/\1/p' "$out/stderr.txt" | tr -d ,)
  awk -v i="$i" -v wall="$wall" -v user="$user" -v sys="$sys" -v rss="$rss_kb" -v rows="$rows" -v bytes="$bytes" 'BEGIN {
    printf "run %d: %.2f s wall, %.2f s CPU (%.2f user + %.2f sys), %.0f MB peak RSS (%.0f%% of the input), %.2f M rows/s\n",
      i, wall, user + sys, user, sys, rss * 1024 / 1e6, 100 * rss * 1024 / bytes, rows / wall / 1e6 }'
done
tail -n 2 "$out/stderr.txt"
echo "report: $(wc -l <"$out/report.csv") lines, $(($(wc -c <"$out/report.csv") / 1000000)) MB"
