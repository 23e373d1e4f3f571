#!/usr/bin/env bash
# install.sh CASEAUDIT: `cmake --install` puts the binary in bin/, the man page
# in share/man/man1/ and the standards (YAML, coverage tables, vocabulary) in
# share/caseaudit/standards/, the mappings (the built-in ones, the guide and
# its worked example) in share/caseaudit/mappings/, and the installed binary
# runs on its own (standards and mappings are compiled in), from any folder.
set -u
bin=$1
build=$(dirname "$(dirname "$bin")")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
cmake --install "$build" --prefix "$tmp/prefix" >/dev/null || { echo "cmake --install failed"; exit 1; }
for f in bin/caseaudit share/man/man1/caseaudit.1 share/caseaudit/standards/camden.yaml \
         share/caseaudit/standards/camden.md share/caseaudit/standards/vocabulary.yaml \
         share/caseaudit/standards/README.md share/caseaudit/mappings/ssd.yaml \
         share/caseaudit/mappings/README.md share/caseaudit/mappings/example/northmoor.yaml \
         share/caseaudit/mappings/example/northmoor/people.csv; do
  [ -f "$tmp/prefix/$f" ] || { echo "not installed: $f"; fail=1; }
done
out=$(cd "$tmp" && ./prefix/bin/caseaudit standards list 2>&1)
echo "$out" | grep -q '^camden  ' || { echo "installed binary: standards list gave:"; echo "$out"; fail=1; }
out=$(cd "$tmp" && ./prefix/bin/caseaudit audit prefix/share/caseaudit/mappings/example/northmoor \
  --map prefix/share/caseaudit/mappings/example/northmoor.yaml -s camden --as-of 2026-04-30 --format csv 2>&1)
echo "$out" | grep -q '^camden,NM001,cp-visit,' ||
  { echo "installed binary: the mapping example gave:"; echo "$out"; fail=1; }
exit $fail
