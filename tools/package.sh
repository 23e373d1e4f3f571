#!/usr/bin/env bash
# Builds the Debian package and prints its path:
#   bash tools/package.sh [BUILD_DIR]     (default build-package/)
# configures BUILD_DIR in Release, without the tests, with the compiler and
# linker flags Debian builds its own packages with (dpkg-buildflags, all
# hardening on, no -g), builds caseaudit there, and runs cpack, which writes
# BUILD_DIR/caseaudit_VERSION_ARCH.deb (CMakeLists.txt's packaging part).
# Run after tools/setup.sh, which installs the compilers and dpkg-dev.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build-package}

export DEB_BUILD_MAINT_OPTIONS=hardening=+all
export DEB_CXXFLAGS_MAINT_STRIP=-g  # no debug information: the package's binary is stripped
cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCASEAUDIT_TESTS=OFF \
  -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)" \
  -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
cmake --build "$dir" -j"$(nproc)" >&2
rm -f "$dir"/caseaudit_*.deb
(cd "$dir" && cpack) >&2
debs=("$dir"/caseaudit_*.deb)
[ ${#debs[@]} = 1 ] && [ -f "${debs[0]}" ] || { echo "package.sh: cpack made no single caseaudit_*.deb in $dir" >&2; exit 1; }
echo "${debs[0]}"
