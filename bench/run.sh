#!/usr/bin/env bash
# The benchmark against a peer (issue 17). For each CHILDREN (default 50,000
# and 500,000): generates the export once (bench/export.sh, cached in
# bench/out/), then times whole processes with GNU time (wall, user, sys,
# peak RSS), RUNS rounds (default 5) after one warm-up round, each round
# running every command once, so that the shared machine's drift hits them
# alike:
#   (a) caseaudit audit DIR --standard all --as-of 2026-11-23 --format csv
#       --output R --exit-zero --jobs 1
#   (b) the same with the default --jobs (one per core)
#   (c), (d) the same two with --from 2026-10-23 (the nightly bounded report)
#   (e) cat of the five files to /dev/null (the floor)
#   (f) DuckDB computing one rule, Camden's cp-visit (bench/duckdb/cp_visit.sql),
#       the whole node process (bench/duckdb/run.mjs)
# It fails if the reports of --jobs 1 and the default differ (cmp), and says
# whether DuckDB's breaches are caseaudit's camden/cp-visit rows. It prints
# the machine, a markdown table per size (medians), the issue's targets met
# or not, and the breach rate per rule per child of (b)'s report. It writes
# nothing to RESULTS.md: paste what is worth keeping. Measure on a quiet
# machine; the exports are read from the page cache (generated just before,
# or read by the warm-up round).
#   bash bench/run.sh [CHILDREN...]
#   RUNS=5 SEED=1 BUILD=build-bench bash bench/run.sh 50000 500000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50000 500000)
for n in "${sizes[@]}"; do
  [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash bench/run.sh [CHILDREN...] (whole numbers; got '$n')" >&2; exit 2; }
done
seed=${SEED:-1}
runs=${RUNS:-5}
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "bench: RUNS must be a whole number above 0 (got '$runs')" >&2; exit 2; }
build=${BUILD:-build-bench}  # its own build folder: build/ is the developers'
as_of=2026-11-23
from=2026-10-23
mkdir -p bench/out
tmp=$(mktemp -d bench/out/run.XXXXXX)  # on disk beside the exports: the reports can be GBs
trap 'rm -rf "$tmp"' EXIT
bin=./$build/cli/caseaudit

# One timed run: appends "children label wall user sys peak_kib" to $tmp/times
# (unless the round is the warm-up); a command that fails stops the benchmark.
measure() {  # ROUND LABEL COMMAND...
  local round=$1 label=$2
  shift 2
  if ! /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >/dev/null 2>"$tmp/$label.err"; then
    echo "bench: $label failed ($children children):" >&2
    cat "$tmp/$label.err" "$tmp/time" >&2
    exit 1
  fi
  if [ "$round" -gt 0 ]; then echo "$children $label $(tail -n 1 "$tmp/time")" >>"$tmp/times"; fi
}

: >"$tmp/sizes"
for children in "${sizes[@]}"; do
  # shellcheck source=bench/export.sh
  . bench/export.sh
  # shellcheck source=bench/duckdb/setup.sh
  . bench/duckdb/setup.sh
  audit=("$bin" audit "$out" --standard all --as-of "$as_of" --format csv --exit-zero)
  for ((round = 0; round <= runs; ++round)); do
    echo "bench: $children children, $([ "$round" = 0 ] && echo warm-up || echo "round $round of $runs")" >&2
    measure "$round" full-j1 "${audit[@]}" --output "$tmp/full-j1.csv" --jobs 1
    measure "$round" full-jn "${audit[@]}" --output "$tmp/full-jn.csv"
    measure "$round" from-j1 "${audit[@]}" --from "$from" --output "$tmp/from-j1.csv" --jobs 1
    measure "$round" from-jn "${audit[@]}" --from "$from" --output "$tmp/from-jn.csv"
    measure "$round" cat cat "$out"/{cases,episodes,visits,reviews,contacts}.csv
    measure "$round" duckdb node bench/duckdb/run.mjs "$out" "$holidays" "$tmp/duckdb.csv" "$as_of"
    for report in full from; do
      cmp "$tmp/$report-j1.csv" "$tmp/$report-jn.csv" ||
        { echo "bench: the $report reports of --jobs 1 and the default jobs differ ($children children)" >&2; exit 1; }
    done
  done
  # The input each side reads, its rows as caseaudit counts them ("read N
  # rows from 5 files") and, for DuckDB's three files, as lines less the
  # header (the generator quotes no line break in them).
  rows=$(sed -n 's/^caseaudit: read \([0-9,]*\) rows from .*/\1/p' "$tmp/full-jn.err" | tr -d ,)
  bytes=$(stat -c %s "$out"/{cases,episodes,visits,reviews,contacts}.csv | awk '{ s += $1 } END { print s }')
  duck_rows=$(($(cat "$out"/{cases,episodes,visits}.csv | wc -l) - 3))
  duck_bytes=$(stat -c %s "$out"/{cases,episodes,visits}.csv | awk '{ s += $1 } END { print s }')
  # Breaches per rule of (b)'s full report (standard, case_id, rule_id and
  # status are plain cells in a generated export's report).
  awk -F, 'NR > 1 { k = $1 "/" $3; n[k]++; if ($9 == "late") late[k]++ }
           END { for (k in n) print k, n[k], late[k] + 0 }' "$tmp/full-jn.csv" >"$tmp/rules-$children"
  # DuckDB's breaches against caseaudit's camden/cp-visit rows, both sorted.
  awk -F, '$1 == "camden" && $3 == "cp-visit" { print $2 "," $6 "," $7 "," $8 "," $9 }' "$tmp/full-jn.csv" |
    LC_ALL=C sort >"$tmp/ca-cp-visit"
  tail -n +2 "$tmp/duckdb.csv" | LC_ALL=C sort >"$tmp/duck-cp-visit"
  same=no; cmp -s "$tmp/ca-cp-visit" "$tmp/duck-cp-visit" && same=yes
  echo "$children $rows $bytes $duck_rows $duck_bytes $same $(wc -l <"$tmp/duck-cp-visit")" \
    "$(($(wc -l <"$tmp/full-jn.csv") - 1)) $(wc -c <"$tmp/full-jn.csv")" \
    "$(($(wc -l <"$tmp/from-jn.csv") - 1)) $(wc -c <"$tmp/from-jn.csv") $out" >>"$tmp/sizes"
  tail -n 1 "$tmp/full-jn.err" >"$tmp/summary-$children"
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
mem_kib=$(sed -n 's/^MemTotal: *\([0-9]*\) kB/\1/p' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- lib cli bench/generate.cpp || echo "+changes")
duckdb=$(node -p "require('./bench/duckdb/node_modules/@duckdb/node-api/package.json').version")
echo "Machine: $(uname -n), $cpu, $(nproc) cores, $((mem_kib / 1024 / 1024)) GiB RAM, $os, Linux $(uname -r)"
echo "caseaudit $commit ($("$bin" --version | head -n 1)), Release build in $build/; DuckDB $duckdb (@duckdb/node-api), node $(node --version)"
echo "Rounds: $runs after a warm-up, medians; audit date $as_of, bounded reports --from $from; default jobs: $(nproc)"
python3 - "$tmp" "$runs" "$(nproc)" <<'PY'
import statistics, sys
from collections import defaultdict

tmp, runs, cores = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t = defaultdict(list)  # (children, label) -> [(wall, user, sys, peak_kib)]
for line in open(f"{tmp}/times"):
    n, label, wall, user, sys_, kib = line.split()
    t[int(n), label].append((float(wall), float(user), float(sys_), int(kib)))
sizes = {}
for line in open(f"{tmp}/sizes"):
    f = line.split()
    sizes[int(f[0])] = dict(rows=int(f[1]), bytes=int(f[2]), duck_rows=int(f[3]), duck_bytes=int(f[4]),
                            same=f[5], duck_breaches=int(f[6]), full_rows=int(f[7]), full_bytes=int(f[8]),
                            from_rows=int(f[9]), from_bytes=int(f[10]), out=f[11])
labels = {
    "full-j1": "(a) audit, full report, --jobs 1",
    "full-jn": f"(b) audit, full report, default jobs ({cores})",
    "from-j1": "(c) audit, --from (bounded), --jobs 1",
    "from-jn": f"(d) audit, --from (bounded), default jobs ({cores})",
    "cat": "(e) cat of the five files",
    "duckdb": "(f) DuckDB, camden/cp-visit (node)",
}
audits = ["full-j1", "full-jn", "from-j1", "from-jn"]
med = lambda n, l, i=0: statistics.median(r[i] for r in t[n, l])
mb = lambda b: b / 1e6
pct = lambda x: f"{100 * x:.0f}%"
def mark(ok): return "met" if ok else "**not met**"

for n, s in sizes.items():
    print(f"\n## {n:,} children\n")
    print(f"Export `{s['out']}`: {s['rows']:,} rows, {mb(s['bytes']):,.0f} MB in the five files (DuckDB reads three: "
          f"cases, episodes, visits, {s['duck_rows']:,} rows, {mb(s['duck_bytes']):,.0f} MB). Full report "
          f"{s['full_rows']:,} rows ({mb(s['full_bytes']):,.0f} MB), bounded {s['from_rows']:,} rows "
          f"({mb(s['from_bytes']):,.0f} MB); the reports of --jobs 1 and {cores} are identical (cmp). "
          f"DuckDB's {s['duck_breaches']:,} breaches " +
          ("are" if s["same"] == "yes" else "**are not**") + " caseaudit's camden/cp-visit rows.\n")
    print("| command | wall (median) | min-max | user | peak MB | peak % of input | input rows/s | input MB/s |")
    print("|---|---|---|---|---|---|---|---|")
    for l, name in labels.items():
        rows, size = (s["duck_rows"], s["duck_bytes"]) if l == "duckdb" else (s["rows"], s["bytes"])
        walls = [r[0] for r in t[n, l]]
        wall, user, kib = med(n, l), med(n, l, 1), med(n, l, 3)
        peak = kib * 1024
        print(f"| {name} | {wall:.2f} s | {min(walls):.2f}-{max(walls):.2f} | {user:.2f} s | {mb(peak):,.0f} | "
              f"{pct(peak / size)} | {rows / wall / 1e6:.2f} M | {mb(size) / wall:,.0f} |")

ns = sorted(sizes)
small, large = ns[0], ns[-1]
print("\n## Targets (issue 17)\n")
if (small, large) != (50000, 500000):
    at = f"{small:,} and {large:,} children" if small != large else f"{small:,} children only"
    print(f"The targets name 50,000 and 500,000 children; these figures are at {at}: indicative only.\n")
print("| target | measured | |")
print("|---|---|---|")
# Paired: the ratio within each round, so that drift between rounds cancels.
pairs = sorted(a[0] / b[0] for a, b in zip(t[small, "from-jn"], t[small, "duckdb"]))
print(f"| {small:,} children, bounded report ({cores} jobs) / DuckDB's one rule <= 1.0 | "
      f"{statistics.median(pairs):.2f} (rounds {pairs[0]:.2f}-{pairs[-1]:.2f}; --jobs 1: "
      f"{med(small, 'from-j1') / med(small, 'duckdb'):.2f}) | {mark(statistics.median(pairs) <= 1.0)} |")
print(f"| {large:,} children, full report ({cores} jobs) < 8 s | {med(large, 'full-jn'):.2f} s | "
      f"{mark(med(large, 'full-jn') < 8)} |")
print(f"| {large:,} children, bounded report ({cores} jobs) < 5 s | {med(large, 'from-jn'):.2f} s | "
      f"{mark(med(large, 'from-jn') < 5)} |")
if small != large:
    rows_ratio = sizes[large]["rows"] / sizes[small]["rows"]
    for l in audits:
        r = med(large, l) / med(small, l)
        print(f"| time grows with rows: {labels[l][4:]}, {large:,}/{small:,} time within 15% of the rows' "
              f"{rows_ratio:.2f} | {r:.2f} ({r / rows_ratio:.2f} of proportional) | "
              f"{mark(abs(r / rows_ratio - 1) <= 0.15)} |")
else:
    print("| time grows linearly with rows | not measured (one size) | |")
worst = max(((med(n, l, 3) * 1024 / sizes[n]["bytes"], n, l) for n in ns for l in audits))
print(f"| peak memory < 40% of the input on disk (every audit, every size) | at most {pct(worst[0])} "
      f"({labels[worst[2]][4:]}, {worst[1]:,} children) | {mark(worst[0] < 0.4)} |")

print("\n## Breach rate per rule per child (the full report of (b))\n")
for n in ns:
    rules = []
    for line in open(f"{tmp}/rules-{n}"):
        k, count, late = line.split()
        rules.append((int(count), k, int(late)))
    rules.sort(key=lambda r: (-r[0], r[1]))
    total = sum(r[0] for r in rules)
    late = sum(r[2] for r in rules)
    print(f"{n:,} children: {total:,} breaches, {total / n:.2f} per child ({late / n:.2f} late, "
          f"{(total - late) / n:.2f} missing), from {len(rules)} of the rules; "
          f"`{open(f'{tmp}/summary-{n}').read().strip()}`\n")
    print("| rule | breaches | per child | late | missing |")
    print("|---|---|---|---|---|")
    for count, k, l in rules[:15]:
        print(f"| {k} | {count:,} | {count / n:.3f} | {l:,} | {count - l:,} |")
    print()
PY
