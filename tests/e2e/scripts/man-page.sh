#!/usr/bin/env bash
# man-page.sh CASEAUDIT: man/caseaudit.1 renders without a warning, and
# documents every command and every long option that `caseaudit COMMAND
# --help` lists. Runs in the repository root.
set -u
bin=$1
page=man/caseaudit.1
fail=0
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
if [ -n "$warnings" ]; then echo "groff warnings:"; echo "$warnings"; fail=1; fi
text=$(groff -man -Tutf8 "$page" 2>/dev/null | sed 's/.\x08//g' | tr -s ' ')  # justified lines: squeeze spaces
commands=$("$bin" --help | awk '/^Subcommands:/ {on = 1; next} on && NF {print $1}')
[ -n "$commands" ] || { echo "no subcommands in --help"; exit 1; }
check() {  # check COMMAND...: its options are in the page
  local help
  help=$("$bin" "$@" --help) || { echo "$* --help failed"; fail=1; return; }
  for opt in $(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
    [ "$opt" = --help ] && continue
    grep -q -- "$opt" <<<"$text" || { echo "$*: $opt is not in $page"; fail=1; }
  done
}
for c in $commands; do
  grep -q "caseaudit $c" <<<"$text" || { echo "command $c is not in the page's synopsis"; fail=1; }
  if [ "$c" = standards ]; then
    for s in list show check vocabulary; do check standards "$s"; done
  else
    check "$c"
  fi
done
exit $fail
