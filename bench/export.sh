# Sourced by the benchmark scripts: with $children, $seed and $build set,
# installs GNU time if missing, builds caseaudit and the generator (Release,
# in $build: build/ is the developers'), and generates the export once into
# $out. "g3": exports of the generator's third mix (see generate.cpp).
# Change the tag when the mix changes, so that an export is only reused by
# the generator that wrote it.
if ! [ -x /usr/bin/time ]; then
  as_root=(); [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >&2
fi
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASEAUDIT_TESTS=OFF >/dev/null
cmake --build "$build" --target caseaudit caseaudit-generate >/dev/null
out=bench/out/g3-$children-$seed
if ! [ -f "$out/contacts.csv" ]; then
  mkdir -p "$out"
  "./$build/bench/caseaudit-generate" "$out" "$children" "$seed"
fi
