#!/usr/bin/env bash
# run.sh CASEAUDIT SHOTS_DIR: every kind of HTML page caseaudit writes, opened
# in headless Chromium (Debian's chromium, started here; cdp_check.py drives
# it over the DevTools protocol): fails on a console error, a request the
# page tries to make, a dialog, a chart with no marks, a table that does not
# sort; the pages of tests/data/exports/hostile (a team named
# <script>alert(1)</script>, a case id with quotes and &) must hold no script
# of theirs and show the names as text. Screenshots of each page, on screen
# and as printed on A4, go to SHOTS_DIR (emptied first). Skipped (exit 77)
# where chromium or python3 is not installed. Runs in the repository root.
set -u
bin=$1 shots=$2
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  echo "browser test skipped: chromium is not installed (apt-get install chromium; .ci/run installs it)"
  exit 77
fi
if ! command -v python3 >/dev/null; then
  echo "browser test skipped: python3 is not installed"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
rm -rf "$shots" && mkdir -p "$shots"
fail=0
run() {  # run OUTPUT CASEAUDIT-ARGS...: a page, or the reason it could not be made
  local out=$1; shift
  "$bin" "$@" >"$out" 2>"$tmp/err"
  local code=$?
  if [ "$code" -gt 1 ]; then echo "caseaudit $* exited $code:"; cat "$tmp/err"; fail=1; fi
}
hostile=tests/data/exports/hostile
run "$tmp/summary.html" summary samples -s camden -s wakefield --as-of 2026-11-01 --from 2026-05-01 --format html
run "$tmp/audit.html" audit samples -s camden --as-of 2026-11-23 --from 2026-10-01 --format html
run "$tmp/explain.html" explain tests/data/exports/explain-cp --case X1 -s camden --as-of 2026-03-10 --format html
run "$tmp/explain-samples.html" explain samples --case WAK100108 --as-of 2026-11-23 --format html
run /dev/null sample samples --size 3 --seed 7 --open-on 2026-06-01 -s camden --as-of 2026-11-23 \
  --explain-dir "$tmp/sample" --format html
run "$tmp/hostile-summary.html" summary "$hostile" -s camden --as-of 2026-03-10 --from 2026-01-01 --format html
run "$tmp/hostile-audit.html" audit "$hostile" -s camden --as-of 2026-03-10 --format html
run "$tmp/hostile-explain.html" explain "$hostile" --case "Q\"1 & 2 <b>bold</b>'" -s camden --as-of 2026-03-10 \
  --format html
run /dev/null sample "$hostile" --size 3 --seed 1 -s camden --as-of 2026-03-10 --explain-dir "$tmp/hostile-sample" \
  --format html
[ "$fail" = 0 ] || exit 1
sample_page=$(ls "$tmp"/sample/*.html | grep -v '/index\.html$' | head -1)
python3 tests/browser/cdp_check.py "$chromium" "$shots" \
  "$tmp/summary.html:charts=8" "$tmp/audit.html:charts=10" "$tmp/explain.html:charts=1" \
  "$tmp/explain-samples.html:charts=3" "$tmp/sample/index.html::sample-index" "$sample_page:charts=1:sample-case" \
  "$tmp/hostile-summary.html:hostile,charts=5" "$tmp/hostile-audit.html:hostile,charts=3" \
  "$tmp/hostile-explain.html:hostile,charts=1" "$tmp/hostile-sample/index.html:hostile:hostile-sample-index" \
  "$tmp/hostile-sample/A%2FB%3F%231.html:hostile,charts=1:hostile-sample-case"
