#!/usr/bin/env bash
# What reading through a mapping costs: times `caseaudit audit --standard all
# --format csv` over the benchmark's export of CHILDREN children (made by
# bench/run.sh's generator, cached in bench/out/) read as the contract's
# files, and the same files read through bench/identity.yaml (a mapping that
# renames nothing: the same records, the same rules, and the script checks
# the two reports are identical). RUNS runs each (default 5), alternated;
# median wall time and peak memory (GNU time). Then, if bench/out/ holds the
# same children as SSD tables (samples/ssd/from_canonical.py), the audit of
# those with --map ssd, for scale (it reads fewer rows and supports fewer
# rules, so it is not a like-for-like comparison).
#   bash bench/map.sh [CHILDREN] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
children=${1:-500000}
seed=${2:-1}
runs=${RUNS:-5}
build=${BUILD:-build-bench}
# shellcheck source=bench/export.sh
. bench/export.sh
bin=./$build/cli/caseaudit
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=(--standard all --as-of 2026-11-23 --format csv)
"$bin" audit "$out" "${args[@]}" >"$tmp/plain.csv" 2>/dev/null || true
"$bin" audit "$out" --map bench/identity.yaml "${args[@]}" >"$tmp/mapped.csv" 2>/dev/null || true
cmp -s "$tmp/plain.csv" "$tmp/mapped.csv" || { echo "the reports differ: the identity mapping is not one" >&2; exit 1; }
rm -f "$tmp/plain.csv" "$tmp/mapped.csv"

measure() {  # LABEL COMMAND...: appends "label seconds kilobytes"
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$@" >/dev/null 2>"$tmp/err" || true
  echo "$label $(tail -1 "$tmp/t")" | tee -a "$tmp/times" >&2
}
for ((i = 0; i < runs; ++i)); do
  measure plain "$bin" audit "$out" "${args[@]}"
  measure mapped "$bin" audit "$out" --map bench/identity.yaml "${args[@]}"
done
ssd=bench/out/ssd-$children-$seed
if [ -f "$ssd/ssd_person.csv" ]; then
  for ((i = 0; i < runs; ++i)); do measure ssd "$bin" audit "$ssd" --map ssd "${args[@]}"; done
fi
python3 - "$tmp/times" "$children" <<'PY'
import statistics, sys
from collections import defaultdict
t = defaultdict(list)
for line in open(sys.argv[1]):
    label, s, kb = line.split()
    t[label].append((float(s), int(kb)))
plain = statistics.median(s for s, _ in t["plain"])
# Runs alternate plain, mapped: the ratio of each pair holds when the machine's speed drifts.
pairs = sorted(m / p for (p, _), (m, _) in zip(t["plain"], t["mapped"]))
print(f"{int(sys.argv[2]):,} children, {len(t['plain'])} runs each, medians:")
for label in ("plain", "mapped", "ssd"):
    if label not in t: continue
    s = statistics.median(x for x, _ in t[label]); mb = statistics.median(k for _, k in t[label]) / 1024
    extra = ""
    if label == "mapped":
        extra = f"  (pairs mapped/plain: median {statistics.median(pairs):.3f}, {pairs[0]:.3f} to {pairs[-1]:.3f})"
    print(f"  {label:7s} {s:6.2f} s  {mb:7.0f} MB peak{extra}")
PY
