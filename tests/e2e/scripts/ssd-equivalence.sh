#!/usr/bin/env bash
# ssd-equivalence.sh CASEAUDIT: the canonical sample written as SSD tables
# (samples/ssd, made by samples/ssd/from_canonical.py) and audited with
# --map ssd gives exactly the requirements (met, late, missing: audit
# --include-met --format csv rows, in order) of auditing samples/ itself,
# for every rule of the five standards the SSD supports; the rules it does
# not support are said once each in the run summary, and include every rule
# `standards show NAME --map ssd` names. Then the same with a copy of the
# mapping that takes its visits as face to face (location unknown, as
# mappings/README.md shows) over the sample less its video calls, converted
# afresh: the visit rules agree too. Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# compare CANONICAL_DIR SSD_DIR MAP LABEL MIN_ROWS
compare() {
  local canonical=$1 ssd=$2 map=$3 label=$4 min=$5
  "$bin" audit "$canonical" --standard all --as-of 2026-11-23 --include-met --format csv \
    >"$tmp/canonical.csv" 2>"$tmp/canonical.err"
  "$bin" audit "$ssd" --map "$map" --standard all --as-of 2026-11-23 --include-met --format csv \
    >"$tmp/ssd.csv" 2>"$tmp/ssd.err"
  local code=$?
  if [ "$code" -gt 1 ]; then echo "$label: audit --map exited $code"; cat "$tmp/ssd.err"; fail=1; return; fi
  if grep -q "skipped" "$tmp/ssd.err"; then echo "$label: rows were skipped:"; cat "$tmp/ssd.err"; fail=1; fi
  python3 - "$tmp/canonical.csv" "$tmp/ssd.csv" "$tmp/ssd.err" "$label" "$min" <<'PY' || fail=1
import csv, re, sys
canonical, ssd, err, label, least = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
notes = [m.group(1) for m in re.finditer(r"^caseaudit: (\S+): not evaluable from this export", open(err).read(), re.M)]
if len(notes) != len(set(notes)):
    sys.exit(f"{label}: a rule was said not evaluable twice")
unsupported = set(notes)
with open(canonical, newline="") as f:
    rows = list(csv.reader(f))
header, rows = rows[0], rows[1:]
s, r = header.index("standard"), header.index("rule_id")
expected = [row for row in rows if f"{row[s]}/{row[r]}" not in unsupported]
with open(ssd, newline="") as f:
    got = list(csv.reader(f))
if got[0] != header:
    sys.exit(f"{label}: headers differ")
got = got[1:]
if got != expected:
    exp, g = set(map(tuple, expected)), set(map(tuple, got))
    for row in sorted(exp - g)[:10]: print(f"{label}: only in the canonical audit: {','.join(row[:10])}")
    for row in sorted(g - exp)[:10]: print(f"{label}: only in the SSD audit: {','.join(row[:10])}")
    sys.exit(f"{label}: {len(expected)} canonical rows, {len(got)} SSD rows: they differ")
if len(got) < least:
    sys.exit(f"{label}: only {len(got)} rows compared (expected at least {least})")
rules = sorted({f"{row[s]}/{row[r]}" for row in got})
print(f"{label}: {len(got)} requirements agree over {len(rules)} rules: {' '.join(rules)}")
PY
}

compare samples samples/ssd ssd "ssd" 300

# Every rule standards show --map ssd names is among those the run said.
"$bin" audit samples/ssd --map ssd --standard all --as-of 2026-11-23 --format csv >/dev/null 2>"$tmp/ssd.err"
for s in camden wakefield havering city-of-london shropshire; do
  "$bin" standards show "$s" --map ssd >"$tmp/show.txt" || { echo "standards show $s --map ssd failed"; fail=1; }
  sed -n '/^Not evaluable/,$ s/^  \([a-z0-9-]*\): .*/\1/p' "$tmp/show.txt" | while read -r rule; do
    grep -q "^caseaudit: $s/$rule: not evaluable from this export" "$tmp/ssd.err" ||
      { echo "$s/$rule: standards show --map ssd says not evaluable; the run did not"; exit 1; }
  done || fail=1
done

# Face to face: the sample less its video calls, converted afresh.
mkdir -p "$tmp/f2f/canonical"
cp samples/*.csv "$tmp/f2f/canonical/"
python3 - "$tmp/f2f/canonical/visits.csv" <<'PY'
import csv, sys
path = sys.argv[1]
with open(path, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
at = [h.strip().lower() for h in rows[0]].index("location")
kept = [rows[0]] + [r for r in rows[1:] if r[at].strip().lower() != "virtual"]
with open(path, "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(kept)
PY
python3 samples/ssd/from_canonical.py "$tmp/f2f/canonical" "$tmp/f2f/ssd" 2>/dev/null ||
  { echo "from_canonical.py failed"; fail=1; }
sed -e 's/^mapping: ssd$/mapping: ssd-f2f/' \
    -e 's/^\(        \)visit_type: {value: statutory}$/&\n\1location: {value: unknown}/' \
    mappings/ssd.yaml >"$tmp/f2f/ssd-f2f.yaml"
[ "$(grep -c 'location: {value: unknown}' "$tmp/f2f/ssd-f2f.yaml")" = 3 ] ||
  { echo "the face-to-face copy of ssd.yaml did not get its three location lines"; fail=1; }
compare "$tmp/f2f/canonical" "$tmp/f2f/ssd" "$tmp/f2f/ssd-f2f.yaml" "ssd, visits face to face" 1500
grep -q "^caseaudit: camden/cp-visit: not evaluable" "$tmp/ssd.err" &&
  { echo "face to face: camden/cp-visit is still not evaluable"; fail=1; }
exit $fail
