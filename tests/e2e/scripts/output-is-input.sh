#!/usr/bin/env bash
# output-is-input.sh CASEAUDIT: an output that is a file the run reads is
# refused with exit 2 and a message saying which input it is, and the input
# is left byte for byte as it was, with no temporary beside it: the export's
# own files (for every command that writes with -o, and sample's
# --explain-dir files), the --baseline report, a symbolic or hard link to an
# input, the --holidays, --vocabulary, --standard and --map files, a file a
# mapping reads, a file read from standard input. A socket is refused too. A
# new file in DATA_DIR and a device read and written (/dev/null) are not.
# Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
mkdir "$tmp/data" "$tmp/ssd" "$tmp/ex"
cp samples/*.csv "$tmp/data/"
cp samples/ssd/*.csv "$tmp/ssd/"
cp -r mappings/example/northmoor mappings/example/northmoor.yaml "$tmp/"
cp standards/vocabulary.yaml "$tmp/vocabulary.yaml"
cp standards/camden.yaml "$tmp/camden.yaml"
printf '2025-12-29 closed\n' >"$tmp/holidays.txt"
cp "$tmp/holidays.txt" "$tmp/ex/CAM100101.txt"
"$bin" audit samples -s camden --as-of 2026-10-01 --format csv >"$tmp/baseline.csv" 2>/dev/null
ln -s data/cases.csv "$tmp/link.csv"
ln "$tmp/data/episodes.csv" "$tmp/hard.csv"
cp -a "$tmp" "$tmp.orig"
trap 'rm -rf "$tmp" "$tmp.orig"' EXIT
run=(-s camden --as-of 2026-11-23)

# refused MESSAGE ARGS...: exit 2, MESSAGE (after "caseaudit: ") the last
# line of standard error, and nothing in $tmp changed, added or removed
# (put back as it was for the next run, if it was).
refused() {
  local want=$1 err code
  shift
  err=$("$bin" "$@" 2>&1 >/dev/null </dev/null)
  code=$?
  [ "$code" = 2 ] || { echo "$*: exit $code, want 2"; fail=1; }
  [ "$(tail -n 1 <<<"$err")" = "caseaudit: $want" ] || { printf '%s\nstderr was:\n%s\n' "$*" "$err"; fail=1; }
  diff -r --no-dereference "$tmp.orig" "$tmp" >/dev/null || {
    echo "$*: the run changed its inputs:"; diff -r --no-dereference -q "$tmp.orig" "$tmp"; fail=1
    rm -rf "$tmp" && cp -a "$tmp.orig" "$tmp"
  }
}

visits="cannot write $tmp/data/visits.csv: it is the export's visits.csv, an input of this run"
refused "$visits" audit "$tmp/data" "${run[@]}" -o "$tmp/data/visits.csv"
refused "$visits" summary "$tmp/data" "${run[@]}" -o "$tmp/data/visits.csv"
refused "$visits" due "$tmp/data" "${run[@]}" --within 10d -o "$tmp/data/visits.csv"
refused "$visits" explain "$tmp/data" "${run[@]}" --case CAM100101 --format text -o "$tmp/data/visits.csv"
refused "$visits" sample "$tmp/data" "${run[@]}" --size 2 --seed 1 -o "$tmp/data/visits.csv"
refused "cannot write $tmp/baseline.csv: it is the --baseline report, an input of this run" \
  audit "$tmp/data" "${run[@]}" --baseline "$tmp/baseline.csv" -o "$tmp/baseline.csv"
refused "cannot write $tmp/link.csv: it is the export's cases.csv ($tmp/data/cases.csv), an input of this run" \
  audit "$tmp/data" "${run[@]}" -o "$tmp/link.csv"
refused "cannot write $tmp/hard.csv: it is the export's episodes.csv ($tmp/data/episodes.csv), an input of this run" \
  audit "$tmp/data" "${run[@]}" -o "$tmp/hard.csv"
refused "cannot write $tmp/holidays.txt: it is a --holidays file, an input of this run" \
  audit "$tmp/data" "${run[@]}" --holidays "$tmp/holidays.txt" -o "$tmp/holidays.txt"
refused "cannot write $tmp/vocabulary.yaml: it is the --vocabulary file, an input of this run" \
  audit "$tmp/data" "${run[@]}" --vocabulary "$tmp/vocabulary.yaml" -o "$tmp/vocabulary.yaml"
refused "cannot write $tmp/camden.yaml: it is the --standard file of 'camden', an input of this run" \
  audit "$tmp/data" -s "$tmp/camden.yaml" --as-of 2026-11-23 -o "$tmp/camden.yaml"
refused "cannot write $tmp/northmoor.yaml: it is the --map file, an input of this run" \
  audit "$tmp/northmoor" --map "$tmp/northmoor.yaml" "${run[@]}" -o "$tmp/northmoor.yaml"
refused "cannot write $tmp/northmoor/plans.csv: it is a file the northmoor mapping reads, an input of this run" \
  audit "$tmp/northmoor" --map "$tmp/northmoor.yaml" "${run[@]}" -o "$tmp/northmoor/plans.csv"
refused "cannot write $tmp/ssd/ssd_person.csv: it is a file the ssd mapping reads, an input of this run" \
  summary "$tmp/ssd" --map ssd "${run[@]}" -o "$tmp/ssd/ssd_person.csv"
# sample writes each chosen case's explain (all 126 cases: CAM100101 among
# them) whole or not at all: none is left when one is refused.
refused "cannot write $tmp/ex/CAM100101.txt: it is a --holidays file, an input of this run" \
  sample "$tmp/data" "${run[@]}" --size 126 --seed 1 --holidays "$tmp/ex/CAM100101.txt" --explain-dir "$tmp/ex"

# Standard input that is a file of the export's (--cases - < cases.csv).
err=$("$bin" audit "$tmp/data" "${run[@]}" --cases - -o "$tmp/data/cases.csv" 2>&1 >/dev/null <"$tmp/data/cases.csv")
code=$?
[ "$code" = 2 ] || { echo "--cases - < cases.csv: exit $code, want 2"; fail=1; }
want="caseaudit: cannot write $tmp/data/cases.csv: it is the export's cases.csv (standard input), an input of this run"
[ "$err" = "$want" ] || { printf -- '--cases -: stderr was:\n%s\n' "$err"; fail=1; }
cmp -s "$tmp/data/cases.csv" samples/cases.csv || { echo "--cases -: cases.csv changed"; fail=1; }

# A socket: no file to write, and not replaced by one.
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$tmp/socket"
err=$("$bin" audit "$tmp/data" "${run[@]}" -o "$tmp/socket" 2>&1 >/dev/null)
code=$?
[ "$code" = 2 ] || { echo "a socket: exit $code, want 2"; fail=1; }
want="caseaudit: cannot write $tmp/socket: it is a socket (only a file, a device or a FIFO can be written)"
[ "$err" = "$want" ] || { printf 'a socket: stderr was:\n%s\n' "$err"; fail=1; }
[ -S "$tmp/socket" ] || { echo "the socket was replaced"; fail=1; }
rm "$tmp/socket"

# Not inputs: a new file beside the export's, and a device both read and written.
"$bin" audit "$tmp/data" "${run[@]}" --exit-zero -o "$tmp/data/report.csv" 2>/dev/null ||
  { echo "-o DATA_DIR/report.csv: exit $?, want 0"; fail=1; }
head -n 1 "$tmp/data/report.csv" | grep -q '^standard,case_id' || { echo "DATA_DIR/report.csv not written"; fail=1; }
"$bin" audit "$tmp/data" "${run[@]}" --exit-zero --holidays /dev/null -o /dev/null 2>/dev/null ||
  { echo "--holidays /dev/null -o /dev/null: exit $?, want 0"; fail=1; }
exit $fail
