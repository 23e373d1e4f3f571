#!/usr/bin/env bash
# standard-files.sh CASEAUDIT: how --standard tells a built-in from a file.
# A local standards/camden.yaml (an edited copy) is a file, never the built-in
# camden: naming both, in either order, exits 2 with a message (the report
# names a standard only by its name); a .yml file is a file; `standards show`
# says where a standard comes from; an absurd duration is refused at once.
set -u
bin=$1
root=$PWD
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
mkdir "$tmp/standards"
sed 's/^\(    title: \)/\1EDITED /' standards/camden.yaml >"$tmp/standards/camden.yaml"
sed 's/^standard: camden$/standard: mine/' standards/camden.yaml >"$tmp/mine.yml"
cd "$tmp" || exit 1

expect() {  # expect CODE STDERR_LINE ARGS...: exit code and the one line of standard error
  local want=$1 line=$2 err code
  shift 2
  err=$("$bin" "$@" 2>&1 >/dev/null)
  code=$?
  if [ "$code" != "$want" ]; then echo "$*: exit code $code, want $want"; fail=1; fi
  if [ "$err" != "$line" ]; then echo "$*: stderr was:"; echo "$err"; echo "want:"; echo "$line"; fail=1; fi
}
both="caseaudit: standard 'camden' is both built in and in standards/camden.yaml: the report could not tell them apart (run one, or rename the file and its 'standard:')"
expect 2 "$both" audit "$root/samples" -s camden -s standards/camden.yaml --as-of 2026-11-23
expect 2 "$both" audit "$root/samples" -s standards/camden.yaml -s camden --as-of 2026-11-23
expect 2 "$both" audit "$root/samples" -s all -s standards/camden.yaml --as-of 2026-11-23

# Alone, each runs as itself: the local file's edited titles, the built-in's own.
edited=$("$bin" audit "$root/samples" -s standards/camden.yaml --as-of 2026-11-23 --format csv 2>/dev/null | grep -c EDITED)
if [ "$edited" = 0 ]; then echo "the local file did not run"; fail=1; fi
builtin=$("$bin" audit "$root/samples" -s camden --as-of 2026-11-23 --format csv 2>/dev/null | grep -c EDITED)
if [ "$builtin" != 0 ]; then echo "the built-in ran the local file"; fail=1; fi

# A .yml file is a file.
yml=$("$bin" audit "$root/samples" -s mine.yml --as-of 2026-11-23 --format csv 2>/dev/null | cut -d, -f1 | sort -u)
if [ "$yml" != "$(printf 'mine\nstandard')" ]; then echo "-s mine.yml: standards were: $yml"; fail=1; fi

# Where a standard comes from.
line=$("$bin" standards show camden | sed -n 3p)
case $line in *" rules, built in (standards/camden.yaml)") ;; *) echo "show camden: $line"; fail=1 ;; esac
line=$("$bin" standards show standards/camden.yaml | sed -n 3p)
case $line in *" rules, from standards/camden.yaml") ;; *) echo "show standards/camden.yaml: $line"; fail=1 ;; esac
line=$("$bin" standards show mine.yml | sed -n 3p)
case $line in *" rules, from mine.yml") ;; *) echo "show mine.yml: $line"; fail=1 ;; esac

# 999999 working days is refused where it is written.
sed -i 's/^    every: 10 working days$/    every: 999999 working days/' mine.yml
at=$(grep -n '^    every: 999999 working days$' mine.yml | cut -d: -f1)
expect 2 "mine.yml:$at:12: '999999 working days': too long: at most 10 years (2610 working days)" standards check mine.yml
exit $fail
