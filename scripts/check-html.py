#!/usr/bin/env python3
"""Loads every HTML page of a plan folder in headless Chromium and checks what a person would see.

Usage: scripts/check-html.py PLAN_DIR

Drives one Chromium (Debian's `chromium`) over the DevTools protocol on a pipe (no network port)
and, for report.html, team-index.html and every person page:
- the page loads, with no JavaScript exception, no console error or warning, no content-security
  or other browser error, and no request for anything but the page itself (self-contained);
- it has a language, a title and one h1;
- on the index, typing a visitor's name in the search box leaves that person visible and hides
  most others; the index links to every person page and says that links are the only key.
Without a browser (privacy, below, needs none), it also checks that no page meant for one visitor
names any other visitor: no other visitor's e-mail, id or phone appears in it.
Prints one line per failure and a closing 'check-html: N passed, N failed' line; exits 1 on failure.
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

from output_checks import Checks, read_csv, token

checks = Checks("check-html")
check = checks.check



class Browser:
    """Headless Chromium driven over --remote-debugging-pipe (fd 3 in, fd 4 out)."""

    def __init__(self):
        exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if exe is None:
            raise SystemExit("check-html: chromium is not installed (scripts/install-dependencies installs it)")
        self.profile = tempfile.mkdtemp(prefix="check-html-")
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        # Keep the child's ends above 4, so that moving them to 3 and 4 never overwrites one.
        to_chrome_r, from_chrome_w = os.dup(to_chrome_r), os.dup(from_chrome_w)
        while min(to_chrome_r, from_chrome_w) <= 4:
            to_chrome_r, from_chrome_w = os.dup(to_chrome_r), os.dup(from_chrome_w)

        def child_fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"],
            preexec_fn=child_fds, pass_fds=(3, 4, to_chrome_r, from_chrome_w),
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.call(f"{domain}.enable", session=True)

    def send(self, method, params=None, session=False):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        return self.next_id

    def receive(self, timeout=30):
        deadline = time.time() + timeout
        while b"\0" not in self.buffer:
            if time.time() > deadline:
                raise TimeoutError("chromium did not answer")
            chunk = os.read(self.from_chrome, 1 << 16)
            if not chunk:
                raise EOFError("chromium closed the pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method, params=None, session=False):
        ident = self.send(method, params, session)
        while True:
            message = self.receive()
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def load(self, url):
        """Navigates and returns the events seen until the load event."""
        self.events = []
        result = self.call("Page.navigate", {"url": url}, session=True)
        seen = list(self.events)
        deadline = time.time() + 30
        while not any(e.get("method") == "Page.loadEventFired" for e in seen):
            if time.time() > deadline:
                raise TimeoutError(f"{url} did not load")
            seen.append(self.receive())
        self.call("Runtime.evaluate", {"expression": "0"}, session=True)  # let late messages arrive
        seen += self.events
        self.events = []
        return result, seen

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def close(self):
        try:
            self.send("Browser.close")
            self.proc.wait(timeout=10)
        except Exception:
            self.proc.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def problems(url, events):
    """Exceptions, console errors and warnings, browser log errors, and outside requests."""
    found = []
    for e in events:
        method, params = e.get("method"), e.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append("exception: " + params["exceptionDetails"].get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "warning", "assert"):
            found.append("console: " + " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            found.append("log: " + params["entry"]["text"])
        elif method == "Network.requestWillBeSent":
            requested = params["request"]["url"]
            if requested != url and not requested.startswith("data:"):
                found.append("request: " + requested)
    return found



def main():
    plan_dir = pathlib.Path(sys.argv[1]).resolve()
    key = (plan_dir / "site.key").read_text().strip()
    visitors = read_csv(plan_dir / "input/visitors.csv")
    hosts = read_csv(plan_dir / "input/hosts.csv")
    visitor_pages = {v["visitor_id"]: plan_dir / "site/visitors" / (token(key, "visitor", v["visitor_id"]) + ".html") for v in visitors}
    host_pages = {h["host_id"]: plan_dir / "site/hosts" / (token(key, "host", h["host_id"]) + ".html") for h in hosts}

    # Privacy: a page, calendar or mail meant for one visitor names no other visitor.
    for v in visitors:
        own = [visitor_pages[v["visitor_id"]], visitor_pages[v["visitor_id"]].with_suffix(".ics"),
               plan_dir / "mails/eml" / f"visitor-{v['visitor_id']}.eml"]
        texts = [p.read_text(encoding="utf-8") for p in own if p.exists()]
        check(len(texts) >= 1, f"visitor {v['visitor_id']}: a page")
        for other in visitors:
            if other is v:
                continue
            marks = [other["email"].strip(), other["visitor_id"]] + ([other["phone"].strip()] if other["phone"].strip() else [])
            leaked = [m for m in marks for t in texts if m and m in t]
            check(not leaked, f"visitor {v['visitor_id']}'s outputs name another visitor ({other['visitor_id']})")

    pages = [plan_dir / "report.html", plan_dir / "team-index.html"] + list(visitor_pages.values()) + list(host_pages.values())
    browser = Browser()
    try:
        for page in pages:
            url = page.as_uri()
            check(page.exists(), f"{page.name}: exists")
            result, events = browser.load(url)
            check(not result.get("errorText"), f"{page.relative_to(plan_dir)}: loads ({result.get('errorText')})")
            found = problems(url, events)
            check(not found, f"{page.relative_to(plan_dir)}: {found[:3]}")
            facts = browser.evaluate("({lang: document.documentElement.lang, title: document.title,"
                                     " h1: document.querySelectorAll('h1').length,"
                                     " text: document.body.innerText.length})")
            check(facts["lang"] in ("fr", "nl", "en") and facts["title"] and facts["h1"] == 1 and facts["text"] > 100,
                  f"{page.relative_to(plan_dir)}: language, title, one h1 and text ({facts})")

        browser.load((plan_dir / "team-index.html").as_uri())
        links = set(browser.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))"))
        for p in list(visitor_pages.values()) + list(host_pages.values()):
            check(str(p.relative_to(plan_dir)) in links, f"index links to {p.name}")
        target = next(v for v in visitors if v["last_name"].strip())
        query = target["last_name"].strip()
        visible = browser.evaluate(
            "(() => { const box = document.getElementById('q'); box.value = " + json.dumps(query) + ";"
            " box.dispatchEvent(new Event('input'));"
            " return Array.from(document.querySelectorAll('li[data-name]')).filter(li => !li.hidden)"
            ".map(li => li.textContent); })()")
        total = browser.evaluate("document.querySelectorAll('li[data-name]').length")
        check(any(query in text for text in visible) and len(visible) < total / 4,
              f"index search for '{query}' shows them and hides most others ({len(visible)} of {total})")
        _, events = browser.load((plan_dir / "team-index.html").as_uri())
        check(not problems((plan_dir / "team-index.html").as_uri(), events), "index: no error after searching")
    finally:
        browser.close()
    print(f"check-html: {len(pages)} pages loaded in headless Chromium; privacy checked for {len(visitors)} visitors")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
