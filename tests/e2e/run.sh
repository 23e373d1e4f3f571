#!/usr/bin/env bash
# Runs one end-to-end case: run.sh CASEAUDIT DIR
# DIR/args      the arguments, one per line ("{tmp}" is replaced by a fresh
#               temporary folder; the command runs in the repository root)
# DIR/stdin     optional: fed to standard input
# DIR/exit      the expected exit code
# DIR/stdout    the expected standard output, byte for byte (optional)
# DIR/stderr    the expected standard error, byte for byte (optional)
# DIR/files     optional: lines "NAME" of files expected in {tmp} afterwards,
#               each compared with DIR/NAME ("!NAME" means must not exist)
# With UPDATE=1 the expected files (the listed ones too) are rewritten from
# the actual run.
set -u
bin=$1 dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
args=()
while IFS= read -r line || [ -n "$line" ]; do args+=("${line//\{tmp\}/$tmp}"); done < "$dir/args"
if [ -f "$dir/stdin" ]; then
  "$bin" "${args[@]}" <"$dir/stdin" >"$tmp/.stdout" 2>"$tmp/.stderr"
else
  "$bin" "${args[@]}" </dev/null >"$tmp/.stdout" 2>"$tmp/.stderr"
fi
code=$?
sed -i "s#$tmp#{tmp}#g" "$tmp/.stdout" "$tmp/.stderr"
if [ "${UPDATE:-0}" = 1 ]; then
  echo "$code" >"$dir/exit"
  cp "$tmp/.stdout" "$dir/stdout"; cp "$tmp/.stderr" "$dir/stderr"
  if [ -f "$dir/files" ]; then
    while IFS= read -r f; do
      case "$f" in
        !*) ;;
        *) mkdir -p "$(dirname "$dir/$f")"; cp "$tmp/$f" "$dir/$f" ;;
      esac
    done <"$dir/files"
  fi
  exit 0
fi
fail=0
want=$(cat "$dir/exit")
if [ "$code" != "$want" ]; then echo "exit code: got $code, want $want"; fail=1; fi
for s in stdout stderr; do
  if [ -f "$dir/$s" ] && ! diff -u "$dir/$s" "$tmp/.$s"; then echo "($s differs)"; fail=1; fi
done
if [ -f "$dir/files" ]; then
  while IFS= read -r f; do
    case "$f" in
      !*) if [ -e "$tmp/${f#!}" ]; then echo "${f#!} should not exist"; fail=1; fi ;;
      *) if ! diff -u "$dir/$f" "$tmp/$f"; then echo "($f differs)"; fail=1; fi ;;
    esac
  done <"$dir/files"
fi
exit $fail
