#!/usr/bin/env bash
# summary-agrees-with-audit.sh CASEAUDIT: over the samples (every standard,
# as of 2026-11-23, with and without --from 2026-06-01), the met, late and
# missing counts of `summary --format csv` per standard and group (by rule;
# by team, worker and rule) are the counts of `audit --include-met --format
# csv` rows with the same keys; owed is met + late + missing; each standard's
# total row, and the total over all standards, is the sum of its groups.
# Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for from in "" 2026-06-01; do
  extra=()
  [ -n "$from" ] && extra=(--from "$from")
  "$bin" audit samples --standard all --as-of 2026-11-23 --include-met --format csv "${extra[@]}" \
    >"$tmp/audit.csv" 2>/dev/null
  for by in "rule" "team worker rule"; do
    by_args=()
    for k in $by; do by_args+=(--by "$k"); done
    if ! "$bin" summary samples --standard all --as-of 2026-11-23 --format csv "${extra[@]}" "${by_args[@]}" \
      >"$tmp/summary.csv" 2>/dev/null; then
      echo "summary ${from:+--from $from }--by $by: non-zero exit"; fail=1; continue
    fi
    if ! python3 - "$tmp/audit.csv" "$tmp/summary.csv" "$by" <<'PY'; then
import csv, sys
from collections import Counter
audit_path, summary_path, by = sys.argv[1], sys.argv[2], sys.argv[3].split()
cols = ["rule_id" if k == "rule" else k for k in by]
want = Counter()
for row in csv.DictReader(open(audit_path, newline="")):
    want[(row["standard"], *[row[c] for c in cols], row["status"])] += 1
rows = list(csv.DictReader(open(summary_path, newline="")))
got = Counter()
problems = []
totals = {}
for row in rows:
    keys = (row["standard"], *[row[c] for c in cols])
    n = {k: int(row[k]) for k in ("owed", "met", "late", "missing", "pending", "not_evaluable")}
    if n["owed"] != n["met"] + n["late"] + n["missing"]:
        problems.append(f"{keys}: owed {n['owed']} is not met + late + missing")
    if all(k == "(all)" for k in keys[1:]):
        totals[keys[0]] = n
        continue
    for status in ("met", "late", "missing"):
        if n[status]:
            got[(*keys, status)] = n[status]
    t = totals.setdefault(("sum", keys[0]), Counter())
    t.update(n)
for key in sorted(set(want) | set(got)):
    if want[key] != got[key]:
        problems.append(f"{key}: audit has {want[key]} rows, summary says {got[key]}")
standards = sorted({k[1] for k in totals if isinstance(k, tuple)})
overall = Counter()
for st in standards:
    s = dict(totals[("sum", st)])
    if {k: s.get(k, 0) for k in totals[st]} != totals[st]:
        problems.append(f"{st}: total row {totals[st]} is not the sum of its groups {s}")
    overall.update(totals[st])
if len(standards) > 1 and dict(overall) != totals.get("(all)"):
    problems.append(f"total over all standards {totals.get('(all)')} is not the sum {dict(overall)}")
if len(standards) < 5:
    problems.append(f"expected every built-in standard, got {standards}")
if problems:
    print("\n".join(problems[:20]))
sys.exit(1 if problems else 0)
PY
      echo "(summary ${from:+--from $from }--by $by disagrees with audit --include-met)"; fail=1
    fi
  done
done
exit $fail
