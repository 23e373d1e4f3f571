#!/usr/bin/env bash
# text-width.sh CASEAUDIT: every line of every text output a person reads
# (audit, explain, summary, due, sample) over the whole sample export fits in
# 100 columns (counted in code points). Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
day=(--as-of 2026-11-23)
"$bin" audit samples "${day[@]}" --include-met --format text >"$tmp/audit.txt" 2>/dev/null
"$bin" summary samples "${day[@]}" --by team --by rule >"$tmp/summary.txt" 2>/dev/null
"$bin" due samples "${day[@]}" --within 20wd >"$tmp/due.txt" 2>/dev/null
"$bin" sample samples "${day[@]}" --size 30 --seed 5 >"$tmp/sample.txt" 2>/dev/null
for id in CAM100107 WAK100109 HAV100108 COL100104 SHR100111 HAS100101; do
  "$bin" explain samples --case "$id" "${day[@]}" >"$tmp/explain-$id.txt" 2>/dev/null
done
python3 - "$tmp"/*.txt <<'PY'
import sys
bad = 0
for path in sys.argv[1:]:
    lines = open(path, encoding="utf-8").read().split("\n")
    if len(lines) < 5:
        print(f"{path}: only {len(lines)} lines"); bad += 1
    for n, line in enumerate(lines, 1):
        if len(line) > 100:
            print(f"{path.split('/')[-1]}:{n}: {len(line)} columns: {line}"); bad += 1
sys.exit(1 if bad else 0)
PY
