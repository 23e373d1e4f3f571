#!/usr/bin/env bash
# audit-closed-pipe.sh CASEAUDIT: a reader that goes away early (| head) makes
# the audit exit 2 with a message, not die of SIGPIPE or crash. The report is
# far larger than a pipe's buffer, so the write is sure to fail.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" audit samples --standard camden --as-of 2026-11-23 --include-met --format jsonl 2>"$tmp/err" | head -c 10 >/dev/null
code=${PIPESTATUS[0]}
fail=0
if [ "$code" != 2 ]; then echo "exit code: got $code, want 2"; fail=1; fi
if ! grep -qx 'caseaudit: cannot write standard output: Broken pipe' "$tmp/err"; then
  echo "stderr:"; cat "$tmp/err"; fail=1
fi
exit $fail
