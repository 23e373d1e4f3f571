#!/usr/bin/env bash
# corruption.sh CASEAUDIT [SEEDS]: nothing lost, whatever state the export is
# in. A generated export of 30 children (bench/generate.cpp, built beside the
# binary) is corrupted at random, seed by seed (1..SEEDS, default 100, and
# the seeds kept below): bytes flipped, inserted or deleted, a line or the
# file cut short, a field dropped or added, a stray quote, a NUL, bytes that
# are not UTF-8, a lone carriage return, lines swapped or repeated, a huge
# field. Then `validate` and `audit` run over it, and for each:
#   - the exit status is 0, 1 or 2 (no crash, no abort);
#   - an exit 2 says why on its last line of standard error, naming the
#     export's file and line ("caseaudit: DIR/visits.csv:17: ...");
#   - validate accounts for every row of every file: "DIR/F.csv: read R rows:
#     U used, S skipped" with R = U + S (used counted from what was made of
#     the rows, skipped from the rows reported), and its totals are audit's;
#   - audit stops where validate does, with the same message.
# Deterministic: a seed always makes the same export. tools/fuzz.sh runs it
# with many more seeds. Runs in the repository root.
set -u
bin=$1
seeds=${2:-100}
# Seeds that once found a defect, run every time.
kept=()
generate=$(dirname "$(dirname "$bin")")/bench/caseaudit-generate
[ -x "$generate" ] || { echo "no $generate: built with the tests, it should be there"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/clean" && "$generate" "$tmp/clean" 30 11 >/dev/null || exit 1
python3 - "$bin" "$tmp" "$seeds" "${kept[@]}" <<'PY'
import os, random, re, shutil, subprocess, sys

bin, tmp, seeds, kept = sys.argv[1], sys.argv[2], int(sys.argv[3]), [int(s) for s in sys.argv[4:]]
names = ["cases.csv", "episodes.csv", "visits.csv", "reviews.csv", "contacts.csv"]
clean = {n: open(os.path.join(tmp, "clean", n), "rb").read() for n in names}

def lines_of(b):
    return b.split(b"\n")

def corrupt(rng, data):
    """One corruption of one file's bytes: (new bytes, what was done)."""
    n = len(data)
    at = rng.randrange(n + 1)
    kind = rng.choice(["flip", "insert", "delete", "cut line", "cut file", "drop field", "add field",
                       "stray quote", "nul", "not utf-8", "lone cr", "swap lines", "repeat line", "huge field"])
    if kind == "flip" and n:
        at = min(at, n - 1)
        return data[:at] + bytes([data[at] ^ rng.randrange(1, 256)]) + data[at + 1:], f"{kind} at {at}"
    if kind == "insert":
        junk = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 9)))
        return data[:at] + junk + data[at:], f"{kind} {junk!r} at {at}"
    if kind == "delete":
        k = rng.randrange(1, 40)
        return data[:at] + data[at + k:], f"{kind} {k} at {at}"
    if kind == "cut file":
        return data[:max(at, 1)], f"{kind} at {max(at, 1)}"
    if kind == "stray quote":
        return data[:at] + b'"' + data[at:], f"{kind} at {at}"
    if kind == "nul":
        return data[:at] + b"\0" + data[at:], f"{kind} at {at}"
    if kind == "not utf-8":
        bad = rng.choice([b"\xff", b"\xc3", b"\xe2\x82", b"\xa3", b"\xed\xa0\x80", b"\xc0\xaf"])
        return data[:at] + bad + data[at:], f"{kind} {bad!r} at {at}"
    if kind == "lone cr":
        nl = data.find(b"\n", at)
        return (data[:nl] + b"\r" + data[nl + 1:], f"{kind} at {nl}") if nl > 0 else (data, "none")
    lines = lines_of(data)
    i = rng.randrange(len(lines))
    if kind == "cut line":
        lines[i] = lines[i][:rng.randrange(len(lines[i]) + 1)]
    elif kind == "drop field":
        fields = lines[i].split(b",")
        del fields[rng.randrange(len(fields))]
        lines[i] = b",".join(fields)
    elif kind == "add field":
        lines[i] += b",extra"
    elif kind == "swap lines":
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
        kind += f" {j} and"
    elif kind == "repeat line":
        lines.insert(i, lines[i])
    elif kind == "huge field":
        size = rng.choice([70_000, 1_100_000, 17_000_000])
        fields = lines[i].split(b",")
        k = rng.randrange(len(fields))
        fields[k] = (b'"' + b"x" * size + b'"') if rng.random() < 0.5 else b"y" * size
        lines[i] = b",".join(fields)
        kind += f" of {size:,} bytes in field {k + 1} of"
    return b"\n".join(lines), f"{kind} line {i + 1}"

def run(args):
    p = subprocess.run([bin] + args, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

account = re.compile(r"^(.*): read ([\d,]+) rows?: ([\d,]+) used(?:, ([\d,]+) skipped)?$")
def num(s):
    return int(s.replace(",", "")) if s else 0

failures = 0
exits = {}
for seed in list(range(1, seeds + 1)) + kept:
    rng = random.Random(seed)
    d = os.path.join(tmp, "export")
    shutil.rmtree(d, ignore_errors=True)
    os.mkdir(d)
    files = dict(clean)
    done = []
    for _ in range(rng.choice([1, 1, 2, 3])):
        name = rng.choice(names)
        files[name], what = corrupt(rng, files[name])
        done.append(f"{name}: {what}")
    for n, b in files.items():
        open(os.path.join(d, n), "wb").write(b)
    problems = []
    named = re.compile(re.escape(d) + r"/(cases|episodes|visits|reviews|contacts)\.csv:[1-9]\d*(:\d+)?: ")

    vcode, vout, verr = run(["validate", d])
    exits[vcode] = exits.get(vcode, 0) + 1
    acode, aout, aerr = run(["audit", d, "--as-of", "2026-11-23", "--format", "csv", "--jobs", "2"])
    for cmd, code, err in (("validate", vcode, verr), ("audit", acode, aerr)):
        if code not in (0, 1, 2):
            problems.append(f"{cmd}: exit status {code}")
        last = err.rstrip("\n").split("\n")[-1]
        if code == 2 and not named.match(last.removeprefix("caseaudit: ")):
            problems.append(f"{cmd}: exit 2 without naming a file and line: {last!r}")
    if vcode == 2 or acode == 2:
        if (vcode, verr.split("\n")[-2:]) != (acode, aerr.split("\n")[-2:]):
            problems.append(f"validate (exit {vcode}) and audit (exit {acode}) stop differently")
    else:
        accounts = [account.match(l) for l in vout.split("\n")]
        accounts = [m for m in accounts if m]
        if [m.group(1) for m in accounts] != [os.path.join(d, n) for n in names]:
            problems.append(f"validate accounts for {[m.group(1) for m in accounts]}, not the five files")
        for m in accounts:
            read, used, skipped = num(m.group(2)), num(m.group(3)), num(m.group(4))
            if read != used + skipped:
                problems.append(f"{m.group(0)}: {read - used - skipped} rows not accounted for")
        total = sum(num(m.group(2)) for m in accounts)
        skipped = sum(num(m.group(4)) for m in accounts)
        totals = f"read {total:,} row{'' if total == 1 else 's'} from 5 files"
        if skipped:
            totals += f"; skipped {skipped:,} ("
        summary = [l for l in aerr.split("\n") if l.startswith("caseaudit: read ")]
        if not summary or not summary[0].removeprefix("caseaudit: ").startswith(totals):
            problems.append(f"audit's summary {summary[:1]} is not validate's {totals!r}")
    if problems:
        failures += 1
        print(f"seed {seed}: " + "; ".join(done))
        for p in problems:
            print("  " + p)
print(f"corruption: {seeds + len(kept)} seeds, {failures} failed; validate exited "
      + ", ".join(f"{c} {n} times" for c, n in sorted(exits.items())))
sys.exit(1 if failures else 0)
PY
