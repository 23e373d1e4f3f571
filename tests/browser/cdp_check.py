#!/usr/bin/env python3
"""Opens HTML pages in headless Chromium and checks each as a person's browser
would show it, through the Chrome DevTools Protocol over a pipe
(--remote-debugging-pipe: no port, no extra package).

    cdp_check.py CHROMIUM SHOTS_DIR PAGE.html[:EXPECT[:NAME]]...

For each page: loads it from file://, fails on any console error, uncaught
exception, Content-Security-Policy violation, dialog (alert) or request the
page tries to make beyond its own file, on any chart (svg.chart) with no
mark (.mark), and on a table.sortable the script did not make sortable (a
header click must sort it). EXPECT, comma-separated, adds checks:
  hostile   the page holds exactly one <script> (its own) and no element
            the export's values could have made (img, iframe, object, embed,
            a script of theirs), and shows the text <script>alert(1)</script>
  charts=N  at least N charts
Writes SHOTS_DIR/NAME.png (NAME: the page's file name without .html unless given; the screen, 1200 px wide) and SHOTS_DIR/NAME.print.png
(as printed: print media, an A4 page's width), a long page in parts of 2400 px
(NAME-1.png, NAME-2.png, ...; at most six).
Exits 0 when every page passed, 1 otherwise.
"""
import base64
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time


class Browser:
    def __init__(self, chromium, profile):
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()

        def fds():  # the child's fd 3 reads our commands, fd 4 writes its answers
            a, b = os.dup(to_chrome_r), os.dup(from_chrome_w)  # above 4, so that neither is overwritten
            os.dup2(a, 3)  # dup2's copies are inherited; every other pipe end is closed on exec
            os.dup2(b, 4)

        self.proc = subprocess.Popen(
            [chromium, "--headless", "--disable-gpu", "--no-sandbox", "--remote-debugging-pipe",
             "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
             "--host-resolver-rules=MAP * ~NOTFOUND",  # a request a page tried would go nowhere (and fail the test)
             "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=fds, close_fds=False)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        own = self.next_id
        message = {"id": own, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            reply = self.read(deadline)
            if reply.get("id") == own:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def read(self, deadline):
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("no answer from chromium")
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        message = json.loads(message)
        self.answer_dialog(message)
        return message

    def answer_dialog(self, message):
        # A dialog (alert) stops the page until answered: answer it at once (the
        # check_page loop reports it), without waiting for the reply.
        if message.get("method") == "Page.javascriptDialogOpening":
            self.next_id += 1
            os.write(self.to_chrome, json.dumps({"id": self.next_id, "method": "Page.handleJavaScriptDialog",
                                                 "params": {"accept": True},
                                                 "sessionId": message["sessionId"]}).encode() + b"\0")

    def wait_for(self, method, session, timeout=30):
        deadline = time.time() + timeout
        while True:
            for i, e in enumerate(self.events):
                if e.get("method") == method and e.get("sessionId") == session:
                    return self.events.pop(i)
            self.events.append(self.read(deadline))

    def drain(self, seconds):
        deadline = time.time() + seconds
        os.set_blocking(self.from_chrome, False)
        try:
            while time.time() < deadline:
                try:
                    chunk = os.read(self.from_chrome, 1 << 20)
                except BlockingIOError:
                    time.sleep(0.05)
                    continue
                if not chunk:
                    break
                self.buffer += chunk
                while b"\0" in self.buffer:
                    message, self.buffer = self.buffer.split(b"\0", 1)
                    message = json.loads(message)
                    self.answer_dialog(message)
                    self.events.append(message)
        finally:
            os.set_blocking(self.from_chrome, True)

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


TILE, TILES = 2400, 6  # screenshots in parts of 2400 px, at most six (longer pages are cut)

# Run in the page before its own script: every CSP violation becomes a console error.
WATCH = """
document.addEventListener('securitypolicyviolation', function (e) {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || '(inline)'));
});
"""

CHECKS = """
(function () {
  var out = {charts: 0, empty: [], sortable: 0, unsorted: [], scripts: document.scripts.length,
             foreign: document.querySelectorAll('img, iframe, object, embed, video, audio, link, base, form').length,
             text: document.body ? document.body.innerText : ''};
  document.querySelectorAll('svg.chart').forEach(function (svg, i) {
    out.charts++;
    if (svg.querySelectorAll('.mark').length === 0)
      out.empty.push(svg.getAttribute('aria-labelledby') || ('chart ' + i));
  });
  document.querySelectorAll('table.sortable').forEach(function (table, i) {
    out.sortable++;
    var button = table.tHead && table.tHead.querySelector('th:last-child button');
    if (!button) { out.unsorted.push('table ' + i + ': no sort button'); return; }
    button.click();
    var th = button.parentNode;
    if (th.getAttribute('aria-sort') !== 'ascending') { out.unsorted.push('table ' + i + ': not sorted'); return; }
    var col = th.cellIndex, rows = table.tBodies[0].rows, last = -Infinity;
    for (var r = 0; r < rows.length; r++) {
      var cell = rows[r].cells[col];
      var v = cell.hasAttribute('data-v') ? Number(cell.getAttribute('data-v')) : NaN;
      if (th.classList.contains('num') && v < last) { out.unsorted.push('table ' + i + ': out of order'); return; }
      if (!isNaN(v)) last = v;
    }
    button.click();  // back to the page's order is not promised; descending now
  });
  return JSON.stringify(out);
})()
"""


def check_page(browser, page, expect, shots, name):
    problems = []
    name = name or pathlib.Path(page).stem
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(domain + ".enable", session=session)
    browser.send("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH}, session=session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1200, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
    url = pathlib.Path(page).resolve().as_uri()
    browser.send("Page.navigate", {"url": url}, session=session)
    browser.wait_for("Page.loadEventFired", session)
    # Screenshots, as the page loaded: the screen; then as printed on A4 (its width at 96 dpi).
    for suffix, media, width in (("", "screen", 1200), (".print", "print", 794)):
        browser.send("Emulation.setEmulatedMedia", {"media": media}, session=session)
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session=session)
        height = browser.send("Runtime.evaluate", {"expression": "document.documentElement.scrollHeight",
                                                   "returnByValue": True}, session=session)["result"]["value"]
        height = min(int(height), TILE * TILES)
        tiles = range(0, height, TILE)
        for n, top in enumerate(tiles, 1):
            shot = browser.send("Page.captureScreenshot",
                                {"format": "png", "captureBeyondViewport": True,
                                 "clip": {"x": 0, "y": top, "width": width, "height": min(TILE, height - top),
                                          "scale": 1}},
                                session=session)
            part = f"-{n}" if len(tiles) > 1 else ""
            (pathlib.Path(shots) / f"{name}{suffix}{part}.png").write_bytes(base64.b64decode(shot["data"]))
    browser.send("Emulation.setEmulatedMedia", {"media": "screen"}, session=session)
    result = json.loads(browser.send("Runtime.evaluate", {"expression": CHECKS, "returnByValue": True},
                                     session=session)["result"]["value"])
    browser.drain(0.5)

    for e in [e for e in browser.events if e.get("sessionId") == session]:
        m, p = e.get("method"), e.get("params", {})
        if m == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
            problems.append("console error: " + " ".join(str(a.get("value", a.get("description", "")))
                                                         for a in p.get("args", [])))
        elif m == "Runtime.exceptionThrown":
            problems.append("exception: " + p["exceptionDetails"].get("text", "") + " " +
                            str(p["exceptionDetails"].get("exception", {}).get("description", "")))
        elif m == "Log.entryAdded" and p["entry"].get("level") == "error":
            problems.append("console error: " + p["entry"].get("text", ""))
        elif m == "Network.requestWillBeSent" and p["request"]["url"] != url:
            problems.append("request: " + p["request"]["url"])
        elif m == "Page.javascriptDialogOpening":
            problems.append("dialog: " + p.get("message", ""))
    browser.events = [e for e in browser.events if e.get("sessionId") != session]

    for chart in result["empty"]:
        problems.append("a chart with no marks: " + chart)
    problems += ["sortable table: " + u for u in result["unsorted"]]
    for want in expect:
        if want.startswith("charts="):
            if result["charts"] < int(want[7:]):
                problems.append(f"{result['charts']} charts, expected at least {want[7:]}")
        elif want == "hostile":
            if result["scripts"] != 1:
                problems.append(f"{result['scripts']} script elements: the export's text made one")
            if result["foreign"]:
                problems.append(f"{result['foreign']} elements the page does not make (img, iframe, ...)")
            if "<script>alert(1)</script>" not in result["text"]:
                problems.append("the hostile team name is not shown as text")
        elif want:
            problems.append("unknown expectation " + want)

    browser.send("Target.closeTarget", {"targetId": target})
    print(f"{'FAIL' if problems else 'ok'}  {page}: {result['charts']} charts, {result['sortable']} sortable tables"
          f" -> {shots}/{name}.png")
    for p in problems:
        print("      " + p)
    return not problems


def main():
    chromium, shots, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(shots, exist_ok=True)
    ok = True
    with tempfile.TemporaryDirectory() as profile:
        browser = Browser(chromium, profile)
        try:
            browser.send("Target.setDiscoverTargets", {"discover": False})
            for spec in pages:
                page, _, rest = spec.partition(":")
                expect, _, name = rest.partition(":")
                ok &= check_page(browser, page, [e for e in expect.split(",") if e], shots, name)
        finally:
            browser.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
