#!/usr/bin/env bash
# sample-shuffled.sh CASEAUDIT: `sample` draws the same cases from the same
# export whatever the order of its rows, and other cases under another seed.
# Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/shuffled"
# Keep each file's header; shuffle its rows (parsed as CSV: some cells hold
# line breaks) with a fixed seed.
python3 - "$tmp/shuffled" <<'PY' || exit 1
import csv, glob, os, random, sys
for path in sorted(glob.glob("samples/*.csv")):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    body = rows[1:]
    random.Random(1).shuffle(body)
    with open(os.path.join(sys.argv[1], os.path.basename(path)), "w", newline="", encoding="utf-8") as f:
        csv.writer(f, lineterminator="\n").writerows([rows[0]] + body)
PY
fail=0
cmp -s samples/visits.csv "$tmp/shuffled/visits.csv" && { echo "the shuffle changed nothing"; fail=1; }
args=(--size 12 --as-of 2026-11-23 --format csv)
"$bin" sample samples --seed 11 "${args[@]}" >"$tmp/a.csv" 2>/dev/null
"$bin" sample "$tmp/shuffled" --seed 11 "${args[@]}" >"$tmp/b.csv" 2>/dev/null
"$bin" sample samples --seed 12 "${args[@]}" >"$tmp/c.csv" 2>/dev/null
"$bin" sample samples --seed 11 --focus breaches --by worker "${args[@]}" >"$tmp/d.csv" 2>/dev/null
"$bin" sample "$tmp/shuffled" --seed 11 --focus breaches --by worker "${args[@]}" >"$tmp/e.csv" 2>/dev/null
[ "$(wc -l <"$tmp/a.csv")" = 13 ] || { echo "expected 12 cases:"; cat "$tmp/a.csv"; fail=1; }
cmp -s "$tmp/a.csv" "$tmp/b.csv" || { echo "shuffled rows gave another sample:"; diff "$tmp/a.csv" "$tmp/b.csv"; fail=1; }
cmp -s "$tmp/d.csv" "$tmp/e.csv" || { echo "shuffled rows gave another focused sample"; fail=1; }
cmp -s "$tmp/a.csv" "$tmp/c.csv" && { echo "seeds 11 and 12 gave the same sample"; fail=1; }
# The audit itself does not depend on row order either.
"$bin" audit samples --as-of 2026-11-23 -f csv >"$tmp/f.csv" 2>/dev/null
"$bin" audit "$tmp/shuffled" --as-of 2026-11-23 -f csv >"$tmp/g.csv" 2>/dev/null
cmp -s "$tmp/f.csv" "$tmp/g.csv" || { echo "shuffled rows gave another audit"; fail=1; }
exit $fail
