#!/usr/bin/env python3
"""The workspace (`po-plan serve`) walked through in a real headless browser, as a coordinator would.

Usage: scripts/check-workspace.py [--lang fr|nl|en] [--screenshots DIR] [--po-plan PATH]

Copies examples/grand-bain's input files to a temporary folder, starts `po-plan serve` on an empty
week folder and a free port, reads the address it prints, and drives Debian's Chromium through
chromium-driver (Python's selenium):
  1. without the token: the week, a plan's download and a wrong token all get 401 and no data;
  2. the printed address opens the week, in the chosen language (the switch at the top);
  3. inputs: the four files are uploaded with the file picker, one of them (visitors.csv) with a
     deliberate mistake, an unknown session among a visitor's choices: the problem is shown with
     its file, row, column and the value found; the corrected file is uploaded again and no error
     is left;
  4. supply and demand: the summary gives the visitors, sessions and places counted from the files,
     a host's row its places, and the charts are there;
  5. plan: the button plans, and the tiers (coverage, preference, mix) arrive on the page through
     server-sent events, each with its value and bound, then the link to the report; the plans
     table agrees with the tiers; the report opens;
  6. send: the plan is marked as sent;
  7. people: a visitor who has visits is found by name; their page as they receive it, served by
     the workspace, names nobody else (no other visitor's e-mail, id or name); they are withdrawn;
  8. changes: the one change in the files since the sent plan is the withdrawal; re-plan with
     minimal change (the keep tier arrives), then the people affected are listed, the withdrawn
     visitor among them with their notice, and the hosts they no longer visit;
  9. send: the change notices are downloaded as a zip of .eml files, one of them to the withdrawn
     visitor, none to a visitor the re-plan did not change, one per host listed.
No page may log a browser error (a script refused by the content security policy, a failed load).
Every step's screenshot is saved in a temporary folder (printed); on a failure, its screenshot and
page source too. `--screenshots DIR` also writes the coordinators' guide's screenshots (a few steps,
named LANG-STEP.png, made smaller by pngquant when it is installed) into DIR (docs/images).
Prints 'check-workspace: N passed, N failed'; exits 1 on failure.
"""
import argparse
import csv
import email
import email.policy
import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.error
import urllib.request
import zipfile

from output_checks import Checks

ROOT = pathlib.Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "grand-bain"
INPUT_FILES = ["event.yaml", "hosts.csv", "sessions.csv", "visitors.csv"]
# The mistake: a session id that does not exist, among the choices of the visitor on this row.
MISTAKE_ROW = 13  # the header is row 1
MISTAKE_SESSION = "S0999"
# The steps whose screenshot goes into the coordinators' guide (--screenshots).
GUIDE_STEPS = {"inputs-problem", "supply", "plan-tiers", "withdraw", "changes", "send"}
# A tier's line, in any language: its name (the word tables' words), a colon, the value, and the bound
# in parentheses at the end ("suivre l'ordre des choix : 827 (borne 827)"). Tiers arrive in the
# objective's order, which says which line is which tier.
TIER_LINE = r"^(.+?)\s*:\s*(-?\d+)\s*\(\D*?(-?\d+)\)$"

checks = Checks("check-workspace")


class StepFailed(Exception):
    """A check whose failure leaves nothing sensible to check after it."""


def expect(condition, message):
    """Counts a passed check, or stops the walk with `message`."""
    checks.check(condition, message)
    if not condition:
        raise StepFailed(message)


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`po-plan serve WEEK --port PORT`, its output in a log file, and the address it prints."""

    def __init__(self, binary, week, log_path):
        self.log_path = log_path
        for attempt in range(3):
            self.port = free_port()
            self.log = open(log_path, "w")
            self.proc = subprocess.Popen([str(binary), "serve", str(week), "--port", str(self.port)],
                                         stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
            self.address = self._wait_for_address()
            if self.address:
                return
            self.stop()
        raise SystemExit(f"check-workspace: po-plan serve printed no address; its output:\n{pathlib.Path(log_path).read_text()}")

    def _wait_for_address(self, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            text = pathlib.Path(self.log_path).read_text(errors="replace")
            found = re.search(r"(http://127\.0\.0\.1:\d+/open\?token=[0-9a-f]+)", text)
            if found:
                return found.group(1)
            if self.proc.poll() is not None:
                return None
            time.sleep(0.1)
        return None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def status_without_cookie(url):
    """The status and body of a GET with no cookie (as anyone else on this computer would send it)."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


class Walk:
    """The browser, the server and the week, and one method per step."""

    def __init__(self, args, work):
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service

        self.args = args
        self.work = work
        self.lang = args.lang
        self.shots = work / "screenshots"
        self.shots.mkdir()
        self.guide = pathlib.Path(args.screenshots).resolve() if args.screenshots else None
        if self.guide:
            self.guide.mkdir(parents=True, exist_ok=True)
        self.downloads = work / "downloads"
        self.downloads.mkdir()
        self.week = work / "week"
        self.week.mkdir()
        self.uploads = work / "uploads"
        self.fixed = work / "fixed"
        self.prepare_files()
        self.step_number = 0
        self.step_name = "start"

        self.server = Server(args.po_plan, self.week, work / "serve.log")
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser")
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     "--disable-extensions", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--hide-scrollbars", f"--window-size={args.width},{args.height}",
                     f"--user-data-dir={work / 'profile'}", f"--lang={self.lang}"):
            options.add_argument(flag)
        options.add_experimental_option("prefs", {
            "download.default_directory": str(self.downloads), "download.prompt_for_download": False,
            "intl.accept_languages": self.lang})
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
        try:
            self.driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
        except Exception:
            self.server.stop()  # no server left behind when the browser cannot start
            raise
        self.driver.set_page_load_timeout(60)
        self.driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                                    {"behavior": "allow", "downloadPath": str(self.downloads)})

    # MARK: the week's files

    def prepare_files(self):
        """The example's files to upload, visitors.csv with the mistake; the corrected one apart."""
        self.uploads.mkdir()
        self.fixed.mkdir()
        for name in INPUT_FILES:
            shutil.copy(EXAMPLE / name, self.uploads / name)
        shutil.copy(EXAMPLE / "visitors.csv", self.fixed / "visitors.csv")
        lines = (EXAMPLE / "visitors.csv").read_text(encoding="utf-8").split("\n")
        rows = list(csv.reader([lines[MISTAKE_ROW - 1]]))
        header = next(csv.reader([lines[0]]))
        row = rows[0]
        column = header.index("choices")
        choices = row[column].split(";")
        choices[-1] = MISTAKE_SESSION
        self.mistake_visitor = row[0]
        self.mistake_column = column
        row[column] = ";".join(choices)
        with open(self.uploads / "visitors.csv", "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(lines[:MISTAKE_ROW - 1]) + "\n")
            csv.writer(f, lineterminator="\n").writerow(row)
            f.write("\n".join(lines[MISTAKE_ROW:]))
        self.visitors = read_rows(EXAMPLE / "visitors.csv")
        self.sessions = read_rows(EXAMPLE / "sessions.csv")
        self.hosts = read_rows(EXAMPLE / "hosts.csv")

    # MARK: the browser

    def go(self, path):
        self.driver.get(self.server.base + path)
        self.wait_loaded()

    def wait_loaded(self):
        from selenium.webdriver.support.ui import WebDriverWait
        WebDriverWait(self.driver, 60).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def css(self, selector):
        from selenium.webdriver.common.by import By
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def one(self, selector):
        found = self.css(selector)
        expect(len(found) >= 1, f"{self.step_name}: the page shows {selector}")
        return found[0]

    def text(self):
        from selenium.webdriver.common.by import By
        return self.driver.find_element(By.TAG_NAME, "body").text

    def submit(self, button):
        """Clicks a form's button and waits for the page it leads to."""
        from selenium.common.exceptions import WebDriverException
        from selenium.webdriver.support.ui import WebDriverWait
        # A mark on the page's window: the page the form leads to is a new window without it. (Waiting
        # for the old root element to go stale is not enough: while the browser swaps documents,
        # chromedriver may answer with an inspector error, or the old page may still be there.)
        self.driver.execute_script("window.poPlanOldPage = true;")
        button.click()

        def arrived(driver):
            try:
                return driver.execute_script(
                    "return window.poPlanOldPage === undefined && document.readyState === 'complete';")
            except WebDriverException:
                return False  # between two documents
        WebDriverWait(self.driver, 120, poll_frequency=0.1).until(arrived)

    def wait_for(self, condition, what, timeout):
        from selenium.common.exceptions import TimeoutException
        from selenium.webdriver.support.ui import WebDriverWait
        try:
            return WebDriverWait(self.driver, timeout, poll_frequency=0.2).until(lambda d: condition())
        except TimeoutException:
            expect(False, f"{self.step_name}: {what} within {timeout} s")

    def message(self):
        """The message of the last action, and whether it says nothing was changed."""
        found = self.css('p.note[role="status"]')
        if not found:
            return None, None
        return found[0].text, "refused" in (found[0].get_attribute("class") or "")

    def expect_done(self):
        said, refused = self.message()
        expect(said is not None and not refused, f"{self.step_name}: the page says the action was done (it says {said!r})")

    def browser_errors(self):
        """Errors the browser logged since last asked (a refused script, a failed load)."""
        entries = self.driver.get_log("browser")
        return [e["message"] for e in entries if e["level"] == "SEVERE" and "favicon.ico" not in e["message"]]

    def step(self, name):
        """Starts step `name`, checking that the last one left no browser error."""
        errors = self.browser_errors() if self.step_number else []
        checks.check(not errors, f"{self.step_name}: the browser logged no error: {errors[:3]}")
        self.step_number += 1
        self.step_name = name
        print(f"check-workspace: step {self.step_number:02d} {name}", flush=True)

    def screenshot(self, focus=None):
        """The step's screenshot (and the guide's, for its steps), `focus` scrolled into view."""
        if focus is not None:
            self.driver.execute_script("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -60);", focus)
        else:
            self.driver.execute_script("window.scrollTo(0, 0);")
        self.driver.save_screenshot(str(self.shots / f"{self.step_number:02d}-{self.step_name}.png"))
        if self.guide and self.step_name in GUIDE_STEPS:
            target = self.guide / f"{self.lang}-{self.step_name}.png"
            self.driver.save_screenshot(str(target))
            if shutil.which("pngquant"):  # a quarter of the size, for the repository
                subprocess.run(["pngquant", "--force", "--ext", ".png", "--quality", "60-85", str(target)], check=False)

    def save_failure(self):
        """The screenshot and page source of the page where the walk stopped."""
        stem = self.shots / f"FAILED-{self.step_number:02d}-{self.step_name}"
        try:
            self.driver.save_screenshot(str(stem) + ".png")
            pathlib.Path(str(stem) + ".html").write_text(self.driver.page_source, encoding="utf-8")
            print(f"check-workspace: failure at {self.driver.current_url}: {stem}.png and .html", flush=True)
        except Exception as error:  # the browser itself may be gone
            print(f"check-workspace: no screenshot of the failure ({error})", flush=True)

    def close(self):
        try:
            self.driver.quit()
        finally:
            self.server.stop()

    # MARK: the steps

    def run(self):
        self.no_token()
        self.open_week()
        self.inputs()
        self.supply()
        first = self.plan()
        self.report(first)
        self.mark_sent(first)
        visitor = self.people(first)
        second = self.replan(first, visitor)
        self.download_notices(second, visitor)
        self.step("end")

    def no_token(self):
        self.step("no-token")
        base = self.server.base
        for url in (base + "/week", base + "/inputs", base + "/plans/2025-01-01-000000/report.html",
                    base + "/open?token=" + "0" * 64):
            status, body = status_without_cookie(url)
            checks.check(status == 401, f"no-token: {url[len(base):]} answers 401 without the token (got {status})")
            checks.check("Grand Bain" not in body and "@" not in body, f"no-token: {url[len(base):]} shows nothing of the week")

    def open_week(self):
        self.step("week")
        self.driver.get(self.server.address)
        self.wait_loaded()
        expect(self.driver.current_url.endswith("/week"), f"week: the printed address leads to the week ({self.driver.current_url})")
        self.go(f"/week?lang={self.lang}")
        expect(self.one("html").get_attribute("lang") == self.lang, f"week: the page is in {self.lang}")
        cookies = {c["name"]: c for c in self.driver.get_cookies()}
        access = cookies.get("po-plan-access", {})
        checks.check(access.get("httpOnly") and access.get("sameSite") == "Strict",
                     f"week: the access cookie is HTTP-only and SameSite=Strict ({access.get('httpOnly')}, {access.get('sameSite')})")
        checks.check(self.driver.execute_script("return document.cookie").find("po-plan-access") < 0,
                     "week: the page's script cannot read the access key")
        self.screenshot()

    def upload(self, paths):
        self.go("/inputs")
        self.one("#files").send_keys("\n".join(str(p) for p in paths))
        self.submit(self.one("form.ws-upload button[type=submit]"))
        self.expect_done()
        listed = self.one("main").text
        for path in paths:
            checks.check(path.name in listed, f"{self.step_name}: {path.name} is listed among the week's files")

    def problems(self):
        rows = []
        for tr in self.css("table.ws-problems tbody tr"):
            cells = [td.text for td in tr.find_elements("css selector", "td")]
            rows.append({"error": "cancelled" in (tr.get_attribute("class") or ""), "file": cells[1], "sheet": cells[2],
                         "row": cells[3], "column": cells[4], "problem": cells[5], "found": cells[6], "suggestion": cells[7]})
        return rows

    def inputs(self):
        self.step("inputs-problem")
        self.upload([self.uploads / name for name in INPUT_FILES])
        problems = self.problems()
        errors = [p for p in problems if p["error"]]
        mistake = [p for p in errors if p["file"] == "visitors.csv" and p["row"] == str(MISTAKE_ROW)]
        expect(len(mistake) >= 1, f"inputs: the mistake is shown as an error of visitors.csv row {MISTAKE_ROW}: {problems[:5]}")
        mistake = mistake[0]
        checks.check(MISTAKE_SESSION in mistake["found"] + mistake["problem"],
                     f"inputs: the error shows the value found, {MISTAKE_SESSION}: {mistake}")
        column_letter = chr(ord("A") + self.mistake_column)
        checks.check(mistake["column"] in ("choices", column_letter, str(self.mistake_column + 1)),
                     f"inputs: the error names the column of the choices: {mistake['column']!r}")
        checks.check(problems and problems[0]["error"], "inputs: errors come first")
        checks.check(len(errors) == 1, f"inputs: only the deliberate mistake is an error ({len(errors)} errors)")
        self.screenshot(self.one("table.ws-problems"))

        self.step("inputs-fixed")
        self.upload([self.fixed / "visitors.csv"])
        errors = [p for p in self.problems() if p["error"]]
        expect(not errors, f"inputs: no error once visitors.csv is corrected: {errors[:3]}")
        counts = {tr.find_elements("css selector", "td")[0].text: tr.find_elements("css selector", "td")[2].text
                  for tr in self.css("table.ws-counts tbody tr")}
        checks.check(counts.get("visitors.csv") == str(len(self.visitors)) and counts.get("sessions.csv") == str(len(self.sessions))
                     and counts.get("hosts.csv") == str(len(self.hosts)),
                     f"inputs: the rows of each file are counted: {counts}")
        checks.check((self.week / "visitors.csv").read_bytes() == (EXAMPLE / "visitors.csv").read_bytes(),
                     "inputs: the corrected visitors.csv is the one kept in the week's folder")
        self.screenshot()

    def supply(self):
        self.step("supply")
        self.go("/supply")
        summary = self.one("section.supply-demand > p:nth-of-type(2)").text
        places = sum(int(s["capacity"]) for s in self.sessions)
        numbers = [int(n) for n in re.findall(r"\d+", summary)]
        wanted = sum(int(v["max_visits"] or 2) for v in self.visitors)  # event.yaml: default_max_visits: 2
        for what, value in (("visitors", len(self.visitors)), ("visits wanted", wanted), ("sessions", len(self.sessions)),
                            ("places", places)):
            checks.check(value in numbers, f"supply: the summary gives the {what} counted from the files ({value}): {summary!r}")
        host = self.hosts[0]
        host_places = sum(int(s["capacity"]) for s in self.sessions if s["host_id"] == host["host_id"])
        row = [tr for tr in self.css("table.hosts tbody tr") if tr.find_element("css selector", "th").text == host["name"]]
        expect(len(row) == 1, f"supply: {host['name']} has a row in the hosts' table")
        cells = [td.text for td in row[0].find_elements("css selector", "td")]
        checks.check(cells[:2] == [str(sum(1 for s in self.sessions if s["host_id"] == host["host_id"])), str(host_places)],
                     f"supply: {host['host_id']}'s row gives its sessions and {host_places} places: {cells}")
        checks.check(len(self.css("section.supply-demand svg")) >= 3, "supply: the charts are shown (inline SVG)")
        self.screenshot()

    def follow_planning(self, expected_tiers):
        """Waits on the plan page for the planning's end; the tiers seen, and how many states the list went through."""
        expect(self.driver.current_url.endswith("/plan"), f"{self.step_name}: the button leads to the plan page")
        progress = self.one("#progress")
        expect(progress.is_displayed(), f"{self.step_name}: the planning's progress is shown")
        states = []

        def finished():
            lines = [li.text for li in self.css("#progress-lines li")]
            if not states or states[-1] != lines:
                states.append(lines)
            return self.css("#progress-lines li a")

        self.wait_for(finished, "the planning ends and links to its report", self.args.plan_timeout)
        lines = [li.text for li in self.css("#progress-lines li")]
        arrived = [m for m in (re.search(TIER_LINE, line.strip()) for line in lines) if m]
        checks.check(len(arrived) == len(expected_tiers),
                     f"{self.step_name}: the tiers {expected_tiers} arrived, each with its value and bound: {lines}")
        tiers = {tier: (int(m.group(2)), int(m.group(3))) for tier, m in zip(expected_tiers, arrived)}
        for tier, (value, bound) in tiers.items():
            checks.check(value == bound, f"{self.step_name}: {tier} is proven optimal (value {value}, bound {bound})")
        print(f"check-workspace: {len(states)} states of the progress list seen, the last: {lines}", flush=True)
        return tiers

    def plan_rows(self):
        rows = {}
        for tr in self.css("main table tbody tr"):
            cells = [td.text for td in tr.find_elements("css selector", "td")]
            rows[cells[0].split()[0]] = {"text": cells[0], "status": cells[1], "assigned": int(cells[2]), "unassigned": int(cells[3])}
        return rows

    def plan(self):
        self.step("plan-tiers")
        self.go("/plan")
        self.submit(self.one('form[action="/plan"] button'))
        tiers = self.follow_planning(["coverage", "preference", "mix"])
        self.screenshot(self.one("#progress"))
        self.go("/plan")
        rows = self.plan_rows()
        expect(len(rows) == 1, f"plan: the week has one plan: {list(rows)}")
        first, row = next(iter(rows.items()))
        expect((self.week / "plans" / first / "plan.json").exists(), f"plan: plans/{first}/plan.json is written")
        status = json.loads((self.week / "plans" / first / "plan.json").read_text())["status"]
        checks.check(status == "optimal" and row["status"], f"plan: the plan is optimal ({status}, shown as {row['status']!r})")
        checks.check(tiers.get("coverage", (None,))[0] == len(self.visitors) - row["unassigned"],
                     f"plan: coverage ({tiers.get('coverage')}) is the visitors less those without a place ({row['unassigned']})")
        return first

    def report(self, first):
        self.step("report")
        self.one(f'a[href="/plans/{first}/report.html"]').click()
        self.wait_loaded()
        expect(self.driver.current_url.endswith(f"/plans/{first}/report.html"), "report: the link opens the report")
        expect(len(self.css("h1")) == 1, "report: the report has its title")
        checks.check("Le Grand Bain" in self.text(), "report: the report names the event")
        checks.check(len(self.css("svg")) + len(self.css("table")) >= 2, "report: the report shows its figures")
        self.screenshot()

    def mark_sent(self, first):
        self.step("mark-sent")
        self.go("/send")
        self.submit(self.one('form[action="/send/mark"] button'))
        self.expect_done()
        checks.check((self.week / "plans" / "sent.txt").read_text().strip() == first, "send: the plan is marked as sent")
        checks.check(not self.css('form[action="/send/mark"]'), "send: a plan marked as sent cannot be marked again")
        self.screenshot()

    def people(self, first):
        """Finds a visitor who has visits, checks their page, withdraws them; their row of visitors.csv."""
        self.step("visitor")
        plan = json.loads((self.week / "plans" / first / "plan.json").read_text())
        assigned = {a["visitor_id"] for a in plan["assignments"]}
        visitor = next(v for v in self.visitors[20:] if v["visitor_id"] in assigned)
        self.go("/people")
        search = self.one("#q")
        search.send_keys(visitor["last_name"])
        self.submit(self.one('form.search button'))
        links = [a for a in self.css("ul.people a") if a.get_attribute("href").endswith("/people/visitors/" + visitor["visitor_id"])]
        expect(len(links) == 1, f"people: searching {visitor['last_name']!r} finds {visitor['visitor_id']}")
        shown = len(self.css("ul.people li"))
        checks.check(shown < len(self.visitors) / 4, f"people: the search leaves few people ({shown})")
        self.submit(links[0])
        expect(visitor["first_name"] in self.one("h1").text, f"people: the visitor's page is theirs ({self.one('h1').text!r})")
        self.screenshot()

        self.step("visitor-page")
        self.one(f'a[href="/people/visitors/{visitor["visitor_id"]}/page"]').click()
        self.wait_loaded()
        page = self.driver.page_source
        expect(visitor["first_name"] in self.text(), "visitor-page: the page greets the visitor")
        others = [v for v in self.visitors if v["visitor_id"] != visitor["visitor_id"]]
        named = [v["visitor_id"] for v in others
                 if v["email"] and v["email"] in page
                 or re.search(r"\b" + re.escape(v["visitor_id"]) + r"\b", page)
                 or f'{v["first_name"]} {v["last_name"]}' in page]
        checks.check(not named, f"visitor-page: the page of {visitor['visitor_id']} names nobody else: {named[:5]}")
        sessions = {a["session_id"] for a in plan["assignments"] if a["visitor_id"] == visitor["visitor_id"]}
        titles = {s["session_id"]: s for s in self.sessions}
        host_names = {h["host_id"]: h["name"] for h in self.hosts}
        visible = self.text()
        for session in sessions:
            checks.check(host_names[titles[session]["host_id"]] in visible,
                         f"visitor-page: the page shows the host of {session}")
        self.screenshot()

        self.step("withdraw")
        self.go("/people/visitors/" + visitor["visitor_id"])
        self.submit(self.one(f'form[action="/people/visitors/{visitor["visitor_id"]}/withdraw"] button'))
        self.expect_done()
        checks.check(len(self.css("h1 .cancelled")) == 1, "withdraw: the visitor is shown as withdrawn")
        row = next(r for r in read_rows(self.week / "visitors.csv") if r["visitor_id"] == visitor["visitor_id"])
        checks.check(row.get("cancelled") == "yes", f"withdraw: visitors.csv says cancelled: yes ({row.get('cancelled')!r})")
        log = (self.week / "changes.log").read_text(encoding="utf-8")
        checks.check(visitor["visitor_id"] in log and visitor["last_name"] not in log and visitor["email"] not in log,
                     "withdraw: changes.log names the change by id, without the person's name or e-mail")
        self.screenshot()
        visitor["sessions"] = sessions
        return visitor

    def replan(self, first, visitor):
        self.step("changes-before")
        self.go("/changes")
        self.one('form[action="/changes/replan"]')
        differences = [li.text for li in self.css("ul.ws-differences li")]
        checks.check(len(differences) == 1 and f"({visitor['visitor_id']})" in differences[0],
                     f"changes: the one change in the files since the sent plan is the withdrawal: {differences}")
        self.screenshot()

        self.step("replan")
        self.submit(self.one('form[action="/changes/replan"] button'))
        self.follow_planning(["keep", "coverage", "preference", "mix"])
        self.screenshot(self.one("#progress"))
        self.go("/plan")
        rows = self.plan_rows()
        expect(len(rows) == 2, f"replan: the week has two plans: {list(rows)}")
        second = max(rows)
        checks.check(first in rows[second]["text"], f"replan: the new plan says which plan it re-planned ({rows[second]['text']!r})")

        self.step("changes")
        self.go("/changes")
        articles = self.css("main article")
        kind = lambda a: a.find_element("css selector", "h3 a").get_attribute("href").split("/people/")[-1].split("/")[0]
        by_id = {a.find_element("css selector", "h3 small").text: a for a in articles if kind(a) == "visitors"}
        self.changed_hosts = {a.find_element("css selector", "h3 small").text for a in articles if kind(a) == "hosts"}
        lost = {s["host_id"] for s in self.sessions if s["session_id"] in visitor["sessions"]}
        checks.check(lost <= self.changed_hosts,
                     f"changes: the hosts the withdrawn visitor no longer visits are told ({sorted(lost)}, {sorted(self.changed_hosts)})")
        expect(visitor["visitor_id"] in by_id, f"changes: the withdrawn visitor is among the people affected: {list(by_id)}")
        article = by_id[visitor["visitor_id"]]
        for session in visitor["sessions"]:
            checks.check("− " + session in article.text, f"changes: {session} is shown as gone from the withdrawn visitor's week")
        article.find_element("css selector", "summary").click()
        notice = article.find_element("css selector", "pre.ws-notice").text
        checks.check(visitor["first_name"] in notice, "changes: the notice is addressed to the visitor")
        self.changed = set(by_id)
        self.screenshot(self.css("main h2")[-1])
        return second

    def download_notices(self, second, visitor):
        self.step("send")
        self.go("/send")
        chosen = self.one("section.card h2").text
        expect(chosen.startswith(second), f"send: the latest plan is chosen ({chosen!r})")
        link = self.one(f'a[href="/plans/{second}/change-notices.zip"]')
        self.screenshot()
        link.click()
        target = self.downloads / "change-notices.zip"
        self.wait_for(lambda: target.exists() and not list(self.downloads.glob("*.crdownload")),
                      "change-notices.zip is downloaded", 60)
        expect(zipfile.is_zipfile(target), "send: change-notices.zip is a zip")
        with zipfile.ZipFile(target) as z:
            names = z.namelist()
            checks.check(names and all(n.endswith(".eml") and "/" not in n for n in names),
                         f"send: the zip holds .eml files only: {names[:5]}")
            recipients = {}
            for name in names:
                message = email.message_from_bytes(z.read(name), policy=email.policy.default)
                recipients[name] = str(message["To"] or "")
        emails = {v["email"]: v["visitor_id"] for v in self.visitors}
        visitor_mails = {name: to for name, to in recipients.items() if name.startswith("visitor-")}
        to_withdrawn = [name for name, to in visitor_mails.items() if visitor["email"] in to]
        checks.check(len(to_withdrawn) == 1, f"send: one notice is addressed to the withdrawn visitor: {to_withdrawn}")
        notified = {emails[address] for to in visitor_mails.values() for address in emails if address and address in to}
        checks.check(notified <= self.changed,
                     f"send: only visitors the re-plan changed get a notice (others: {sorted(notified - self.changed)[:5]})")
        checks.check(len(visitor_mails) == len(self.changed), f"send: one notice per visitor affected ({len(visitor_mails)}, {len(self.changed)})")
        host_mails = [name for name in recipients if name.startswith("host-")]
        checks.check(len(host_mails) == len(self.changed_hosts),
                     f"send: one notice per host whose roster changed ({len(host_mails)}, {len(self.changed_hosts)})")
        status, _ = status_without_cookie(f"{self.server.base}/plans/{second}/change-notices.zip")
        checks.check(status == 401, f"send: the zip is not served without the token ({status})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lang", choices=["fr", "nl", "en"], default="fr", help="the workspace's language (default fr)")
    parser.add_argument("--screenshots", help="write the coordinators' guide's screenshots here (LANG-STEP.png)")
    parser.add_argument("--po-plan", default=os.environ.get("PO_PLAN", str(ROOT / ".build" / "debug" / "po-plan")),
                        help="the po-plan to serve with (default .build/debug/po-plan, or $PO_PLAN)")
    parser.add_argument("--width", type=int, default=1000, help="the window's size (default 1000 × 680)")
    parser.add_argument("--height", type=int, default=680)
    parser.add_argument("--plan-timeout", type=int, default=300, help="seconds a planning may take (default 300)")
    args = parser.parse_args()
    if not pathlib.Path(args.po_plan).is_file():
        raise SystemExit(f"check-workspace: {args.po_plan} does not exist: build it first (swift build --product po-plan)")

    started = time.time()
    work = pathlib.Path(tempfile.mkdtemp(prefix="check-workspace-"))
    print(f"check-workspace: screenshots and the week in {work}", flush=True)
    walk = None
    try:
        walk = Walk(args, work)
        walk.run()
    except StepFailed:
        walk.save_failure()
    except Exception as error:
        # Where in this script it happened (the message of a browser error holds only the driver's stack).
        where = "; ".join(f"line {frame.lineno} in {frame.name}" for frame in traceback.extract_tb(error.__traceback__)[-3:])
        checks.check(False, f"{walk.step_name if walk else 'start'}: {type(error).__name__} at {where}: {error}")
        if walk:
            walk.save_failure()
    finally:
        if walk:
            walk.close()
    print(f"check-workspace: {time.time() - started:.0f} s", flush=True)
    status = checks.finish()
    if status:
        print(f"check-workspace: see {work} (screenshots, page source, serve.log, the week's folder)")
    else:  # the screenshots stay; the week's folder and the browser's profile go
        for name in ("week", "profile"):
            shutil.rmtree(work / name, ignore_errors=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
