#!/usr/bin/env bash
# deb-package.sh CASEAUDIT: cpack, in CASEAUDIT's build folder, makes
# caseaudit_VERSION_ARCH.deb (into a temporary folder); its control fields are
# right, its Depends names exactly the packages of the libraries the binary
# needs, it holds exactly the binary, the man page, the standards with their
# coverage tables, the mappings, the copyright file, the changelog and the
# lintian overrides; lintian (if installed) finds no error or warning; dpkg
# installs it into a throwaway root, checking its dependencies against this
# machine's packages (the machine itself untouched), where the binary runs as
# the built one does, `man -l` reads its page, and dpkg removes it again.
# Runs in the repository root.
set -u
bin=$1
build=$(dirname "$(dirname "$bin")")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "$*"; fail=1; }

version=$("$bin" --version) && version=${version#caseaudit }
arch=$(dpkg --print-architecture)
cpack --config "$build/CPackConfig.cmake" -B "$tmp/out" >"$tmp/cpack.log" 2>&1 ||
  { echo "cpack failed:"; cat "$tmp/cpack.log"; exit 1; }
deb=$tmp/out/caseaudit_${version}_$arch.deb
[ -f "$deb" ] || { echo "no $(basename "$deb") made:"; ls "$tmp/out"; cat "$tmp/cpack.log"; exit 1; }

# Control fields.
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = caseaudit ] || bad "Package: $(field Package)"
[ "$(field Version)" = "$version" ] || bad "Version: $(field Version), want $version"
[ "$(field Architecture)" = "$arch" ] || bad "Architecture: $(field Architecture), want $arch"
[ "$(field Section)" = utils ] || bad "Section: $(field Section)"
field Maintainer | grep -q '^caseaudit maintainers <[^ ]*@[^ ]*>$' || bad "Maintainer: $(field Maintainer)"
field Description | head -1 | grep -qx "audit children's social care exports against practice standards" ||
  bad "Description: $(field Description | head -1)"

# Contents: exactly these files, root's, the binary 0755 and the rest 0644.
{
  printf '%s\n' usr/bin/caseaudit usr/share/man/man1/caseaudit.1.gz usr/share/doc/caseaudit/copyright \
    usr/share/doc/caseaudit/changelog.gz usr/share/lintian/overrides/caseaudit
  for f in standards/*.yaml standards/*.md; do echo "usr/share/caseaudit/$f"; done
  find mappings -type f \( -name '*.yaml' -o -name '*.md' -o -name '*.csv' \) | sed 's#^#usr/share/caseaudit/#'
} | sort >"$tmp/want"
dpkg-deb --contents "$deb" >"$tmp/contents"
awk '$1 !~ /^[-d]/ {print "not a file or folder: " $0}
     $2 != "root/root" {print "not root/root: " $0}
     $1 ~ /^-/ && $6 == "./usr/bin/caseaudit" && $1 != "-rwxr-xr-x" {print "mode: " $0}
     $1 ~ /^-/ && $6 != "./usr/bin/caseaudit" && $1 != "-rw-r--r--" {print "mode: " $0}
     $1 ~ /^d/ && $1 != "drwxr-xr-x" {print "mode: " $0}' "$tmp/contents" >"$tmp/modes"
[ -s "$tmp/modes" ] && bad "$(cat "$tmp/modes")"
awk '$1 ~ /^-/ {sub(/^\.\//, "", $6); print $6}' "$tmp/contents" | sort >"$tmp/got"
diff -u "$tmp/want" "$tmp/got" >"$tmp/diff" || bad "contents (- expected, + in the package):
$(tail -n +3 "$tmp/diff")"

mkdir "$tmp/x"
dpkg-deb --extract "$deb" "$tmp/x"
x=$tmp/x/usr
zcat "$x/share/man/man1/caseaudit.1.gz" | cmp -s - man/caseaudit.1 || bad "the packaged man page is not man/caseaudit.1"
zcat "$x/share/doc/caseaudit/changelog.gz" | cmp -s - tools/debian/changelog ||
  bad "the packaged changelog is not tools/debian/changelog"
head -1 tools/debian/changelog | grep -q "^caseaudit ($version) " ||
  bad "tools/debian/changelog's first entry is not version $version: $(head -1 tools/debian/changelog)"
cmp -s "$x/share/caseaudit/standards/camden.yaml" standards/camden.yaml || bad "camden.yaml differs"

# Depends: exactly the packages holding the libraries the binary needs (as
# found here); yaml-cpp's and fmt's with the version dpkg-shlibdeps found.
owner() {  # owner LIBRARY_PATH: the package holding it (/lib and /usr/lib are one)
  local p
  for p in "$1" "$(realpath "$1")" "/usr$1" "${1#/usr}"; do
    dpkg-query --search "$p" 2>/dev/null | sed -n '1s/: .*//p' | grep . && return
  done
}
needed=$(readelf -d "$x/bin/caseaudit" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
for lib in $needed; do
  path=$(ldd "$x/bin/caseaudit" | awk -v l="$lib" '$1 == l {print $3}')
  pkg=$(owner "$path")
  [ -n "$pkg" ] || { bad "$lib ($path): no package holds it"; continue; }
  echo "${pkg%:*}"
done | sort -u >"$tmp/needs"
field Depends | tr ',' '\n' | sed 's/^ *//' | grep . >"$tmp/depends"
sed 's/ .*//' "$tmp/depends" | sort -u >"$tmp/deps"
diff -u "$tmp/needs" "$tmp/deps" >"$tmp/diff" || bad "Depends (- needed by the binary, + in Depends):
$(tail -n +3 "$tmp/diff")"
for p in libyaml-cpp0.7 libfmt9; do
  grep -q "^$p (>= [^)]*)$" "$tmp/depends" || bad "Depends lacks $p (>= VERSION): $(field Depends)"
done

# lintian: no error and no warning (info tags are judged in tools/debian/lintian-overrides).
if command -v lintian >/dev/null; then
  lintian --fail-on error,warning --display-info "$deb" >"$tmp/lintian" 2>&1 ||
    bad "lintian:
$(grep -v '^running with root privileges' "$tmp/lintian")"
fi

# A real install by dpkg into a throwaway root: its own database, a copy of
# this machine's package states (so Depends is checked against what is
# installed here), an empty file list for each package (this root holds
# none of their files) and its own log.
root=$tmp/root admin=$tmp/admin
mkdir -p "$root" "$admin/info" "$admin/updates"
cp /var/lib/dpkg/status "$admin/status"
: >"$admin/available"
for p in $(dpkg-query --admindir="$admin" -W -f '${db:Status-Abbrev} ${binary:Package}\n' | awk '$1 ~ /^.i/ {print $2}'); do
  : >"$admin/info/$p.list"
done
dpkg=(dpkg --admindir="$admin" --instdir="$root" --log="$tmp/dpkg.log" --force-not-root)
"${dpkg[@]}" --install "$deb" >"$tmp/dpkg.out" 2>&1 || bad "dpkg --install failed: $(cat "$tmp/dpkg.out")"
installed=$root/usr/bin/caseaudit
[ "$("$installed" --version 2>&1)" = "caseaudit $version" ] || bad "installed --version: $("$installed" --version 2>&1)"
repo=$PWD
args=(--standard all --as-of 2026-11-23 --format csv)
"$bin" audit samples "${args[@]}" >"$tmp/built.csv" 2>"$tmp/built.err"; built=$?
(cd "$tmp" && "$installed" audit "$repo/samples" "${args[@]}") >"$tmp/installed.csv" 2>"$tmp/installed.err"; got=$?
[ "$got" = 1 ] && [ "$built" = 1 ] || bad "audit of samples: exit $got from the installed binary, $built from the built one, want 1"
sed -i "s#$repo/##g" "$tmp/installed.err"
cmp -s "$tmp/built.csv" "$tmp/installed.csv" || bad "the installed binary's audit of samples differs from the built one's"
cmp -s "$tmp/built.err" "$tmp/installed.err" || bad "the installed binary's run summary differs: $(diff "$tmp/built.err" "$tmp/installed.err")"
share=$root/usr/share/caseaudit
out=$("$installed" standards check --vocabulary "$share/standards/vocabulary.yaml" \
      $(ls "$share"/standards/*.yaml | grep -v /vocabulary.yaml) 2>&1) ||
  bad "the installed standards fail standards check with the installed vocabulary: $out"
if command -v man >/dev/null; then
  page=$(MANWIDTH=80 man -l -P cat "$root/usr/share/man/man1/caseaudit.1.gz" 2>"$tmp/man.err")
  if [ $? != 0 ] || [ -s "$tmp/man.err" ]; then
    bad "man -l: $(cat "$tmp/man.err")"
  elif ! grep -q "caseaudit - audit children's social care case exports" <<<"$page"; then
    bad "man -l: no NAME line in:
$(head -5 <<<"$page")"
  fi
else
  bad "man is not installed (tools/setup.sh installs man-db)"
fi
"${dpkg[@]}" --remove caseaudit >"$tmp/dpkg.out" 2>&1 || bad "dpkg --remove failed: $(cat "$tmp/dpkg.out")"
left=$(find "$root" -mindepth 1 -not -type d)
[ -z "$left" ] || bad "left after dpkg --remove: $left"
exit $fail
