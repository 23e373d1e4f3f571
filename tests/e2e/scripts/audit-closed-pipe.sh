#!/usr/bin/env bash
# audit-closed-pipe.sh CASEAUDIT: a reader that goes away early (| head)
# ends the command quietly, as cat and git do: killed by SIGPIPE as the
# shell sees it (status 141), with no message and no crash, for audit (the
# report is far larger than a pipe's buffer, so a write is sure to fail) and
# for a large summary. --help and --version to a full device are exit 2
# with the reason, not 0.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
for format in jsonl csv text; do
  "$bin" audit samples --standard all --as-of 2026-11-23 --include-met --format "$format" 2>"$tmp/err" |
    head -c 10 >/dev/null
  code=${PIPESTATUS[0]}
  [ "$code" = 141 ] || { echo "audit --format $format | head: exit $code, want 141"; fail=1; }
  if grep -q "cannot write" "$tmp/err"; then echo "audit --format $format | head: stderr:"; cat "$tmp/err"; fail=1; fi
done
"$bin" summary samples --standard all --as-of 2026-11-23 --by team --by worker --by rule --format csv 2>"$tmp/err" |
  head -c 10 >/dev/null
code=${PIPESTATUS[0]}
[ "$code" = 141 ] || [ "$code" = 0 ] || { echo "summary | head: exit $code, want 141 (or 0 if it all fitted)"; fail=1; }
if [ -w /dev/full ]; then
  for args in "--help" "audit --help" "--version"; do
    # shellcheck disable=SC2086
    "$bin" $args >/dev/full 2>"$tmp/err"
    code=$?
    [ "$code" = 2 ] || { echo "$args > /dev/full: exit $code, want 2"; fail=1; }
    grep -qx "caseaudit: cannot write standard output: No space left on device" "$tmp/err" ||
      { echo "$args > /dev/full: stderr:"; cat "$tmp/err"; fail=1; }
  done
fi
exit $fail
