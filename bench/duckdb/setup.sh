# Sourced by bench/run.sh and bench/duckdb/check.sh after bench/export.sh
# (which configures $build): installs DuckDB for the benchmark only, from
# npm (@duckdb/node-api at the version package.json pins, into
# bench/duckdb/node_modules, git-ignored; node and npm from Debian's
# packages if missing), and writes the bank holidays that caseaudit's
# calendar counts (1990 to 2040) to $holidays for cp_visit.sql. Neither the
# build nor the tests use any of this.
as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo)
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >&2
fi
duckdb_want=$(node -p "require('./bench/duckdb/package.json').dependencies['@duckdb/node-api']")
duckdb_have=$(node -p "require('./bench/duckdb/node_modules/@duckdb/node-api/package.json').version" 2>/dev/null || true)
if [ "$duckdb_want" != "$duckdb_have" ]; then
  echo "bench: installing @duckdb/node-api $duckdb_want from npm into bench/duckdb/node_modules" >&2
  (cd bench/duckdb && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
cmake --build "$build" --target caseaudit-holidays >/dev/null
holidays=bench/out/holidays-1990-2040.csv  # written anew each time: the calendar may have changed
mkdir -p bench/out
"./$build/bench/caseaudit-holidays" 1990 2040 >"$holidays"
