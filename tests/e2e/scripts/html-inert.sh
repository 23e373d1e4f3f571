#!/usr/bin/env bash
# html-inert.sh CASEAUDIT: every kind of HTML page, over an export whose names
# are markup (tests/data/exports/hostile: a team <script>alert(1)</script>, a
# worker <img src=x onerror=alert(2)>, case ids with quotes, & and /), holds
# that markup only as text: one <script> element (the page's own), no element
# the names could have made, no URL that leaves the file, and a
# Content-Security-Policy whose hashes are those of the page's own style and
# script (so the browser runs nothing else; tests/browser/ checks it in a
# browser). Runs without a browser. Runs in the repository root.
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
x=tests/data/exports/hostile
common=(-s camden --as-of 2026-03-10)
"$bin" summary "$x" "${common[@]}" --from 2026-01-01 --format html >"$tmp/summary.html" 2>/dev/null
"$bin" audit "$x" "${common[@]}" --include-met --format html >"$tmp/audit.html" 2>/dev/null
"$bin" explain "$x" --case "Q\"1 & 2 <b>bold</b>'" "${common[@]}" --format html >"$tmp/explain.html" 2>/dev/null
"$bin" sample "$x" --size 3 --seed 1 "${common[@]}" --explain-dir "$tmp/sample" --format html 2>/dev/null
python3 - "$tmp"/*.html "$tmp"/sample/*.html <<'PY'
import base64, hashlib, re, sys
fail = 0
for path in sys.argv[1:]:
    page = open(path, encoding="utf-8").read()
    problems = []
    if len(re.findall(r"<script\b", page, re.I)) != 1:
        problems.append("not exactly one <script> element")
    for bad in ("<script>alert", "<img", "<b>bold", "onerror=alert(2)>"):
        if bad in page:
            problems.append("raw markup from the export: " + bad)
    if "&lt;script&gt;alert(1)&lt;/script&gt;" not in page and "index" not in path and "%69ndex" not in path:
        problems.append("the team's name is not shown escaped")
    for bad in ("http:", "https:", "@import", "url(http"):
        if bad in page:
            problems.append(bad + " in the page")
    # Every element is one the page makes: text from the export is all escaped, so a real tag is ours.
    for tag in re.finditer(r"<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>", page):
        name, attributes = tag.group(1).lower(), tag.group(2)
        if name in ("img", "iframe", "object", "embed", "link", "base", "form", "video", "audio", "image", "use"):
            problems.append(f"a <{name}> element")
        if re.search(r"\s(src|srcset|xlink:href|on[a-z]+)=", attributes):
            problems.append(f"<{name}{attributes}>: an attribute that loads or runs something")
        for href in re.findall(r'\shref="([^"]*)"', attributes):
            if not (href.startswith("#") or re.fullmatch(r"[A-Za-z0-9._~%-]+\.html", href)):
                problems.append(f"a link out of the page's folder: {href}")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    if not (csp and style and script):
        problems.append("no CSP, style or script")
    else:
        digest = lambda s: "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'"
        policy = csp.group(1)
        if not policy.startswith("default-src 'none';"):
            problems.append("the CSP does not start with default-src 'none'")
        if "style-src " + digest(style.group(1)) + ";" not in policy:
            problems.append("the CSP's style hash is not the style's")
        if "script-src " + digest(script.group(1)) + ";" not in policy:
            problems.append("the CSP's script hash is not the script's")
        if "unsafe" in policy:
            problems.append("the CSP allows something unsafe")
    for p in problems:
        print(f"{path}: {p}")
    fail |= bool(problems)
sys.exit(fail)
PY
