#!/usr/bin/env bash
# output-special-files.sh CASEAUDIT: --output through a symbolic link writes
# the file it leads to and keeps the link; a device is written in place, never
# replaced by a regular file; a FIFO with no reader fails at once (exit 2)
# instead of hanging. Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
args=(audit samples --standard camden --as-of 2026-11-23 --exit-zero --format csv)
echo old >"$tmp/target.csv"
ln -s target.csv "$tmp/link.csv"
"$bin" "${args[@]}" -o "$tmp/link.csv" 2>/dev/null || { echo "through a link: exit $?"; fail=1; }
[ -L "$tmp/link.csv" ] || { echo "the link was replaced"; fail=1; }
head -n 1 "$tmp/target.csv" | grep -q '^standard,case_id' || { echo "the link's target was not written"; fail=1; }
"$bin" "${args[@]}" -o /dev/null 2>/dev/null || { echo "/dev/null: exit $?"; fail=1; }
[ -c /dev/null ] || { echo "/dev/null is no longer a device"; fail=1; }
mkfifo "$tmp/fifo"
timeout 20 "$bin" "${args[@]}" -o "$tmp/fifo" 2>"$tmp/err"
code=$?
[ "$code" = 2 ] || { echo "a FIFO with no reader: exit $code, want 2"; fail=1; }
[ -p "$tmp/fifo" ] || { echo "the FIFO was replaced"; fail=1; }
grep -q "cannot write $tmp/fifo" "$tmp/err" || { echo "no message for the FIFO:"; cat "$tmp/err"; fail=1; }
exit $fail
