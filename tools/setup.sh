#!/usr/bin/env bash
# Installs what a fresh Debian 12 machine lacks (as root, or through sudo),
# then configures and builds caseaudit and its tests in build/ (Release).
# Used by the README's two quick-start commands and by .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(g++ cmake ninja-build libcli11-dev libfccp-dev libfmt-dev libyaml-cpp-dev doctest-dev groff-base python3
          dpkg-dev file man-db)  # python3: some test scripts; the last three: the Debian package (cpack, its test)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)" >&2
