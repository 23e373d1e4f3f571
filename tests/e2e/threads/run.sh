#!/usr/bin/env bash
# run.sh CASEAUDIT SHIM: with the system refusing threads (SHIM, preloaded,
# lets the first N start and refuses the rest; N from 0, none at all, up to
# more than the run asks for), --jobs 3 gives what --jobs 1 gives, byte for
# byte (stdout, stderr, exit status, --output's file): audit over the samples (every
# standard, csv; and through --map ssd) and over 6,000 generated children
# (many chunks of cases, read and grouped on several threads), summary, due,
# sample and validate. A refused
# thread slows a run down; it must never change it, crash it or hang it.
# Exits 77 (skipped) under AddressSanitizer, whose runtime must be the first
# library loaded. Runs in the repository root.
set -u
bin=$1
shim=$2
if ldd "$bin" | grep -q libasan; then echo "threads-refused: skipped under AddressSanitizer"; exit 77; fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
generate=$(dirname "$(dirname "$bin")")/bench/caseaudit-generate
mkdir -p "$tmp/big" && "$generate" "$tmp/big" 6000 3 >/dev/null || { echo "cannot generate with $generate"; exit 1; }
common=(--standard all --as-of 2026-11-23)
commands=("audit samples ${common[*]} --format csv --include-met"
          "audit samples/ssd --map ssd ${common[*]} --format csv"
          "audit $tmp/big ${common[*]} --format csv"
          "audit $tmp/big ${common[*]} --format csv --output $tmp/report.csv"
          "summary $tmp/big ${common[*]} --by team --format csv"
          "due $tmp/big ${common[*]} --within 20wd --format csv"
          "sample $tmp/big ${common[*]} --size 20 --seed 7 --format csv"
          "validate $tmp/big")
n=0
refusals=0  # runs in which some thread was refused
for c in "${commands[@]}"; do
  read -r -a args <<<"$c"
  timeout 120 "$bin" "${args[@]}" --jobs 1 >"$tmp/out.1" 2>"$tmp/err.1"
  echo $? >"$tmp/code.1"
  # --output's file (its writer thread refused too), compared as stdout is
  if [ -f "$tmp/report.csv" ]; then mv "$tmp/report.csv" "$tmp/file.1"; else : >"$tmp/file.1"; fi
  if [[ $c == *--output* ]] && ! [ -s "$tmp/file.1" ]; then echo "$c: no report written at --jobs 1"; fail=1; fi
  for allowed in 0 1 2 3 4 5 6 8 12 100; do
    n=$((n + 1))
    : >"$tmp/refused"
    CASEAUDIT_TEST_THREADS=$allowed CASEAUDIT_TEST_THREADS_REFUSED=$tmp/refused LD_PRELOAD=$shim \
      timeout 120 "$bin" "${args[@]}" --jobs 3 >"$tmp/out.3" 2>"$tmp/err.3"
    echo $? >"$tmp/code.3"
    if [ -f "$tmp/report.csv" ]; then mv "$tmp/report.csv" "$tmp/file.3"; else : >"$tmp/file.3"; fi
    for part in out err code file; do
      cmp -s "$tmp/$part.1" "$tmp/$part.3" ||
        { echo "$c: --jobs 3 with $allowed threads allowed differs from --jobs 1 ($part)"; head -3 "$tmp/err.3"; fail=1; }
    done
    refused=$(wc -c <"$tmp/refused")
    if [ "$allowed" = 0 ] && [ "$refused" = 0 ]; then echo "$c: no thread was refused with none allowed"; fail=1; fi
    if [ "$allowed" = 100 ] && [ "$refused" != 0 ]; then echo "$c: $refused threads refused with 100 allowed"; fail=1; fi
    [ "$refused" -gt 0 ] && refusals=$((refusals + 1))
  done
done
[ "$fail" = 0 ] && echo "threads-refused: $n runs at --jobs 3, $refusals with threads refused, each the same as --jobs 1"
exit $fail
