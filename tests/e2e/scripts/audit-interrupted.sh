#!/usr/bin/env bash
# audit-interrupted.sh CASEAUDIT: an audit stopped by a signal while writing
# --output leaves neither the file nor its temporary behind, and an existing
# report stays as it was. The input is a FIFO nobody writes to, so the run is
# sure to be waiting (with the temporary open) when the signal comes.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
mkfifo "$tmp/cases.csv"
mkdir "$tmp/out"
# (INT is not tried: a background job of a script starts with SIGINT ignored.)
for sig in TERM HUP; do
  echo "yesterday" >"$tmp/out/report.csv"
  "$bin" audit --cases "$tmp/cases.csv" --standard camden --as-of 2026-11-23 --output "$tmp/out/report.csv" \
    2>"$tmp/err" &
  pid=$!
  for _ in $(seq 100); do
    [ "$(ls -A "$tmp/out" | wc -l)" -ge 2 ] && break
    sleep 0.05
  done
  if [ "$(ls -A "$tmp/out" | wc -l)" -lt 2 ]; then echo "$sig: no temporary appeared"; fail=1; fi
  kill -"$sig" "$pid"
  for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
  if kill -0 "$pid" 2>/dev/null; then echo "$sig: still running"; kill -KILL "$pid"; fail=1; fi
  wait "$pid" 2>/dev/null
  left=$(ls -A "$tmp/out")
  if [ "$left" != "report.csv" ]; then echo "$sig: left behind: $left"; fail=1; fi
  if [ "$(cat "$tmp/out/report.csv")" != "yesterday" ]; then echo "$sig: report.csv changed"; fail=1; fi
done
exit $fail
