#!/usr/bin/env bash
# write-errors.sh CASEAUDIT: every command that writes to standard output
# exits 2 with a message when the write fails (a full disk, /dev/full), so a
# CI job saving the output never gets a truncated file and a pass.
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
exit $fail
