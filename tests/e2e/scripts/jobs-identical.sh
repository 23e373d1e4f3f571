#!/usr/bin/env bash
# jobs-identical.sh CASEAUDIT: over the samples (every standard, as of
# 2026-11-23), --jobs 1, 2 and 3 give byte-identical output, standard error
# (row issues, rule notes, the run summary) and exit status: audit in csv,
# text and jsonl with --include-met, with --from and with --baseline (last
# night's report: the samples' own), summary by team and rule, due, sample;
# and audit over the sample with a row error, and through --map ssd;
# validate and audit with row issues in the episodes and every record file
# (read side by side) and with two files, then three, that stop the run
# (the first in file order is named); and,
# so that each standard spans many chunks of cases (the sample is one),
# audit and summary over 6,000 generated children (bench/generate.cpp, built
# beside the binary). Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
mkdir -p "$tmp/broken"
cp samples/*.csv "$tmp/broken/"
printf 'CAM100101,31/02/2026,Y,Y,home,statutory,,,\n' >>"$tmp/broken/visits.csv"
"$bin" audit samples --as-of 2026-10-01 --format csv >"$tmp/baseline.csv" 2>/dev/null
n=0
check() {  # ARGS...: the same for --jobs 1, 2, 3
  n=$((n + 1))
  local j
  for j in 1 2 3; do
    "$bin" "$@" --jobs "$j" >"$tmp/out.$j" 2>"$tmp/err.$j"
    echo $? >"$tmp/code.$j"
  done
  for j in 2 3; do
    for part in out err code; do
      cmp -s "$tmp/$part.1" "$tmp/$part.$j" || { echo "$*: --jobs $j differs from --jobs 1 ($part)"; fail=1; }
    done
  done
  [ -s "$tmp/out.1" ] || [ -n "${EMPTY_OK:-}" ] || { echo "$*: no output"; fail=1; }
}
common=(--standard all --as-of 2026-11-23)
check audit samples "${common[@]}" --format csv --include-met
check audit samples "${common[@]}" --format text
check audit samples "${common[@]}" --format jsonl --from 2026-06-01
check audit samples "${common[@]}" --format csv --baseline "$tmp/baseline.csv"
check audit "$tmp/broken" "${common[@]}" --format csv
grep -q "31/02/2026" "$tmp/err.1" || { echo "the broken sample's row error was not reported"; fail=1; }
# Row errors and warnings in each record file, read side by side: the issues
# still come in file order, then line order.
mkdir -p "$tmp/broken3"
cp "$tmp/broken"/*.csv "$tmp/broken3/"
printf 'CAM100101,cla_review,2026-13-01,,,,,\nNOBODY,cla_review,2026-01-01,,,,,\n' >>"$tmp/broken3/reviews.csv"
printf 'CAM100101,case_note,2026-01-05,2026-01-01,,,,\nCAM100101,teleport,2026-01-05,,,,,\n' >>"$tmp/broken3/contacts.csv"
printf 'NOBODY,2026-01-01,Y,Y,home,statutory,,,\n' >>"$tmp/broken3/visits.csv"
printf 'cin,CAM100101,bogus_tag,01/01/2026,\ncin,NOBODY,,01/01/2026,\n' >>"$tmp/broken3/episodes.csv"
check validate "$tmp/broken3"
check validate "$tmp/broken3" --format csv
check audit "$tmp/broken3" "${common[@]}" --format csv
for f in episodes visits reviews contacts; do
  grep -q "$f.csv:" "$tmp/err.1" || { echo "no row issue of $f.csv reported"; fail=1; }
done
# A file that stops the run: the first in file order, though read side by side.
mkdir -p "$tmp/stop"
cp samples/*.csv "$tmp/stop/"
printf 'CAM100101,"2026-01-01,Y\n' >>"$tmp/stop/visits.csv"
printf 'case_id,review_type\n' >"$tmp/stop/contacts.csv"
EMPTY_OK=1 check validate "$tmp/stop"
grep -q "stop/visits.csv:.*: unterminated quoted field" "$tmp/err.1" || { echo "the visits.csv error did not stop the run first"; fail=1; }
printf 'cin,CAM100101,,"01/01/2026,\n' >>"$tmp/stop/episodes.csv"
EMPTY_OK=1 check validate "$tmp/stop"
grep -q "stop/episodes.csv:.*: unterminated quoted field" "$tmp/err.1" || { echo "the episodes.csv error did not stop the run first"; fail=1; }
check audit samples/ssd --map ssd "${common[@]}" --format csv --include-met
check summary samples "${common[@]}" --by team --by rule --format csv
check due samples "${common[@]}" --within 20wd --format csv
check sample samples "${common[@]}" --size 20 --seed 7 --focus breaches --format csv
generate=$(dirname "$(dirname "$bin")")/bench/caseaudit-generate
if [ -x "$generate" ]; then
  mkdir -p "$tmp/big" && "$generate" "$tmp/big" 6000 3 >/dev/null
  check audit "$tmp/big" "${common[@]}" --format csv --include-met
  check summary "$tmp/big" "${common[@]}" --by worker --format csv
else
  echo "no $generate: built with the tests, it should be there"; fail=1
fi
[ "$fail" = 0 ] && echo "jobs-identical: $n commands, --jobs 1, 2 and 3 identical"
exit $fail
