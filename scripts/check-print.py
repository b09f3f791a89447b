#!/usr/bin/env python3
"""Checks what is printed and what is merged, on a plan folder whose attendance is recorded.

Usage: scripts/check-print.py PLAN_DIR

- every sign-in sheet (site/hosts/<host>-<session>.html), every day's sheets (sign-in/*.html) and
  every certificate (certificates/*.html) loads in headless Chromium without an error or an
  outside request, and prints to PDF on A4 (checked with pdfinfo): one page per sheet, a day's
  file one page per sheet it holds, a certificate on one page; one of each is also printed with
  `chromium --headless --print-to-pdf`, as a user would;
- a certificate names only its own visitor (no other visitor's e-mail or id);
- mails/mail-merge.csv read as Excel does in a Belgian locale (the byte-order mark says UTF-8,
  ';' between fields): one column per field, accents intact, and every mail's body holds its own
  person's page link and no other person's.
Prints one line per failure and a closing 'check-print: N passed, N failed' line; exits 1 on failure.
"""
import base64
import csv
import importlib.util
import io
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

from output_checks import Checks, read_csv

HERE = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("check_html", HERE / "check-html.py")
check_html = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_html)

checks = Checks("check-print")
check = checks.check


def pdf_facts(pdf):
    """The page count and whether every page is A4, from pdfinfo."""
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = re.findall(r"^Page\s+\d+ size:\s+(.*)$", info, re.M)
    return pages, all("(A4)" in s for s in sizes) and len(sizes) == pages


def expected_pages(page):
    text = page.read_text(encoding="utf-8")
    return text.count('<section class="sheet') if "<section class=\"sheet" in text else 1


def main():
    plan_dir = pathlib.Path(sys.argv[1]).resolve()
    if shutil.which("pdfinfo") is None:
        raise SystemExit("check-print: pdfinfo is not installed (scripts/install-dependencies installs poppler-utils)")
    sheets = sorted(p for p in (plan_dir / "site/hosts").glob("*-*.html"))
    days = sorted((plan_dir / "sign-in").glob("*.html"))
    certificates = sorted((plan_dir / "certificates").glob("*.html"))
    check(sheets and days and certificates, f"sheets ({len(sheets)}), days ({len(days)}) and certificates ({len(certificates)})")
    work = pathlib.Path(tempfile.mkdtemp(prefix="check-print-"))
    browser = check_html.Browser()
    try:
        for page in sheets + days + certificates:
            name = str(page.relative_to(plan_dir))
            url = page.as_uri()
            result, events = browser.load(url)
            found = check_html.problems(url, events)
            check(not result.get("errorText") and not found, f"{name}: loads without problems ({found[:3]})")
            title = browser.evaluate("document.title + '|' + document.documentElement.lang")
            check(title.split("|")[1] in ("fr", "nl", "en") and len(title) > 5, f"{name}: a title and a language")
            data = browser.call("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True}, session=True)["data"]
            pdf = work / "page.pdf"
            pdf.write_bytes(base64.b64decode(data))
            pages, a4 = pdf_facts(pdf)
            want = expected_pages(page)
            check(a4 and pages == want, f"{name}: {pages} A4 page(s), expected {want} (A4: {a4})")
    finally:
        browser.close()
    exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    for page in [sheets[0], max(days, key=expected_pages), certificates[0]] if sheets and days and certificates else []:
        pdf = work / (page.stem + ".pdf")
        subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={work / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        pages, a4 = pdf_facts(pdf) if pdf.exists() else (0, False)
        check(a4 and pages == expected_pages(page), f"chromium --print-to-pdf {page.name}: {pages} A4 page(s)")
    shutil.rmtree(work, ignore_errors=True)

    visitors = read_csv(plan_dir / "input/visitors.csv")
    for cert in certificates:
        text = cert.read_text(encoding="utf-8")
        own = cert.stem
        others = [v for v in visitors if v["visitor_id"] != own]
        check(not any(v["email"].strip() in text for v in others if v["email"].strip()), f"{cert.name} names another visitor")

    raw = (plan_dir / "mails/mail-merge.csv").read_bytes()
    check(raw.startswith(b"\xef\xbb\xbf"), "mail-merge.csv starts with the byte-order mark Excel reads as UTF-8")
    rows = list(csv.DictReader(io.StringIO(raw[3:].decode("utf-8"), newline=""), delimiter=";"))
    check(rows and list(rows[0].keys()) == ["email", "name", "first_name", "language", "recipient", "subject", "body",
                                             "page_url", "attachment"], "mail-merge.csv: one column per field")
    names = {f"{v['first_name']} {v['last_name']}".strip() for v in visitors}
    accented = [r for r in rows if r["name"] in names and any(ord(c) > 127 for c in r["name"])]
    check(accented, "mail-merge.csv: accented names read back intact")
    links = [r["page_url"] for r in rows]
    for r in rows:
        check(r["page_url"] and r["page_url"] in r["body"], f"mail to {r['recipient']} row: its own link in the body")
        leaked = [link for link in links if link != r["page_url"] and link in r["body"]]
        check(not leaked, f"a mail's body holds another person's link ({len(leaked)})")
    print(f"check-print: {len(sheets)} sheets, {len(days)} days, {len(certificates)} certificates printed; {len(rows)} mails merged")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
