#!/usr/bin/env bash
# Checks DuckDB's side of the benchmark against caseaudit: over generated
# exports of CHILDREN children (default 2,000 and 20,000), the breaches
# cp_visit.sql finds must be exactly caseaudit's camden/cp-visit rows
# (`caseaudit audit DIR --standard camden --as-of 2026-11-23 --format csv`,
# the rule's rows, columns case_id, anchor_date, due_date, met_date, status,
# both sides sorted). Run by hand: DuckDB is never a dependency of the build
# or the tests. Exits 1, showing the first differing rows, if they differ.
#   bash bench/duckdb/check.sh [CHILDREN...]
#   SEED=2 BUILD=build-bench bash bench/duckdb/check.sh 5000
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(2000 20000)
for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash bench/duckdb/check.sh [CHILDREN...] (whole numbers; got '$n')" >&2; exit 2; }
done
seed=${SEED:-1}
build=${BUILD:-build-bench}
as_of=2026-11-23
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

status=0
for children in "${sizes[@]}"; do
  # shellcheck source=bench/export.sh
  . bench/export.sh
  # shellcheck source=bench/duckdb/setup.sh
  . bench/duckdb/setup.sh
  "./$build/cli/caseaudit" audit "$out" --standard camden --as-of "$as_of" --format csv \
    --output "$tmp/caseaudit.csv" --exit-zero 2>"$tmp/caseaudit.err" || { cat "$tmp/caseaudit.err" >&2; exit 1; }
  # cp_visit.sql does not look for bad rows: the export must have none.
  if grep -q '^caseaudit: read .*; skipped' "$tmp/caseaudit.err"; then
    echo "check: caseaudit skipped rows of $out, which cp_visit.sql would read:" >&2
    cat "$tmp/caseaudit.err" >&2
    exit 1
  fi
  node bench/duckdb/run.mjs "$out" "$holidays" "$tmp/duckdb.csv" "$as_of" 2>"$tmp/duckdb.err" ||
    { cat "$tmp/duckdb.err" >&2; exit 1; }
  python3 - "$tmp/caseaudit.csv" "$tmp/caseaudit.rows" <<'PY'
import csv, sys
with open(sys.argv[1], newline="") as f, open(sys.argv[2], "w") as out:
    for r in csv.DictReader(f):
        if r["standard"] == "camden" and r["rule_id"] == "cp-visit":
            out.write(",".join((r["case_id"], r["anchor_date"], r["due_date"], r["met_date"], r["status"])) + "\n")
PY
  tail -n +2 "$tmp/duckdb.csv" | LC_ALL=C sort >"$tmp/duckdb.rows"
  LC_ALL=C sort -o "$tmp/caseaudit.rows" "$tmp/caseaudit.rows"
  ca_rows=$(wc -l <"$tmp/caseaudit.rows")
  db_rows=$(wc -l <"$tmp/duckdb.rows")
  if cmp -s "$tmp/caseaudit.rows" "$tmp/duckdb.rows"; then
    echo "check: $children children: DuckDB's $db_rows breaches are caseaudit's $ca_rows camden/cp-visit rows"
  else
    echo "check: $children children: DuckDB's $db_rows breaches differ from caseaudit's $ca_rows camden/cp-visit rows (< caseaudit, > DuckDB; case_id,anchor_date,due_date,met_date,status):"
    diff "$tmp/caseaudit.rows" "$tmp/duckdb.rows" | grep '^[<>]' | head -20 || true
    status=1
  fi
done
exit "$status"
