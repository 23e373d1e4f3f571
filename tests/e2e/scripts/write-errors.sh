#!/usr/bin/env bash
# write-errors.sh CASEAUDIT: every command that writes to standard output
# exits 2 with a message when the write fails (a full disk, /dev/full), so a
# CI job saving the output never gets a truncated file and a pass; and an
# --output file that cannot be written whole (a file size limit, as a full
# disk) exits 2 with the reason and leaves no file, whether the write fails
# at the end (a small report) or on the writer's thread part way.
set -u
bin=$1
fail=0
expect() {  # expect ARGS...: running with stdout on /dev/full exits 2 with the message
  local err code
  err=$("$bin" "$@" 2>&1 >/dev/full)
  code=$?
  if [ "$code" != 2 ]; then echo "$*: exit code $code, want 2"; fail=1; fi
  if ! grep -qx 'caseaudit: cannot write standard output: No space left on device' <<<"$err"; then
    echo "$*: stderr was:"; echo "$err"; fail=1
  fi
}
expect validate samples --format csv
expect validate samples
expect standards list
expect standards show camden
expect standards check standards/camden.yaml
expect audit samples --standard camden --as-of 2026-11-23 --format csv
expect audit samples --standard camden --as-of 2026-11-23 --format text
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
expect_file() {  # expect_file KIB ARGS...: --output under a file size limit of KIB KiB
  local limit=$1 err code
  shift
  err=$(ulimit -f "$limit"; trap '' XFSZ; "$bin" "$@" --output "$tmp/r.csv" 2>&1 >/dev/null)
  code=$?
  if [ "$code" != 2 ]; then echo "--output under ${limit} KiB, $*: exit code $code, want 2"; fail=1; fi
  if [ "$(tail -n 1 <<<"$err")" != "caseaudit: cannot write $tmp/r.csv: File too large" ]; then
    echo "--output under ${limit} KiB, $*: stderr ended:"; tail -n 3 <<<"$err"; fail=1
  fi
  if [ -n "$(ls -A "$tmp")" ]; then echo "--output under ${limit} KiB, $*: left $(ls -A "$tmp")"; fail=1; fi
}
expect_file 40 audit samples --standard camden --as-of 2026-11-23 --format csv  # 95 KB: fails at the end
expect_file 2048 audit samples --standard all --as-of 2026-11-23 --format csv --include-met  # 5 MB: part way
exit $fail
