#!/usr/bin/env bash
# audit-deterministic.sh CASEAUDIT: the same audit run twice gives byte-identical
# output in every format, on stdout and through --output, and --output holds
# exactly what stdout would. Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
args=(audit samples --standard camden --as-of 2026-11-23 --include-met)
for fmt in text csv json jsonl; do
  for run in 1 2; do
    "$bin" "${args[@]}" --format "$fmt" >"$tmp/$fmt.$run.out" 2>"$tmp/$fmt.$run.err"
    echo $? >"$tmp/$fmt.$run.code"
    "$bin" "${args[@]}" --format "$fmt" --output "$tmp/$fmt.$run.file" 2>/dev/null
  done
  for kind in out err code file; do
    if ! cmp -s "$tmp/$fmt.1.$kind" "$tmp/$fmt.2.$kind"; then
      echo "$fmt: two runs differ ($kind)"; diff "$tmp/$fmt.1.$kind" "$tmp/$fmt.2.$kind" | head -20; fail=1
    fi
  done
  if ! cmp -s "$tmp/$fmt.1.out" "$tmp/$fmt.1.file"; then echo "$fmt: --output differs from stdout"; fail=1; fi
  if [ ! -s "$tmp/$fmt.1.out" ]; then echo "$fmt: empty report"; fail=1; fi
done
exit $fail
