#!/usr/bin/env python3
"""Checks the calendars and mails of a plan folder with an independent parser (Python's icalendar).

Usage: scripts/check-ics.py PLAN_DIR [SECOND_PLAN_DIR]

PLAN_DIR is a folder written by `po-plan plan ... --eml`. For every visitor and host it finds the
person's calendar from site.key (the same HMAC-SHA-256 file names po-plan uses), parses it with
icalendar and checks, against plan.json and the input copy in PLAN_DIR/input:
- one VEVENT per session of the person, with a UID, a DTSTAMP and SUMMARY/LOCATION;
- DTSTART/DTEND as the session's local times in the event's timezone (a VTIMEZONE the parser
  resolves, with the right UTC offset on that date);
- LOCATION and DESCRIPTION read back with the host's own text: commas, semicolons, quotes, line
  breaks and accents survive escaping and folding;
- host calendars: visitors as ATTENDEEs, cancelled sessions marked CANCELLED;
- every UID is unique, and with SECOND_PLAN_DIR (the same input planned again) every calendar
  has the same UIDs (in fact the same bytes);
- every .eml parses as MIME, its subject decodes to the mail-merge subject and its attachment is
  the person's calendar, byte for byte.
Prints one line per failure and a closing 'check-ics: N passed, N failed' line; exits 1 on failure.
"""
import csv
import datetime
import email
import email.policy
import io
import json
import pathlib
import sys
import zoneinfo

import icalendar

from output_checks import Checks, read_csv, token

checks = Checks("check-ics")
check = checks.check




def one_line(text):
    return " ".join(text.split())


def main():
    plan_dir = pathlib.Path(sys.argv[1])
    other = pathlib.Path(sys.argv[2]) if len(sys.argv) > 2 else None
    key = (plan_dir / "site.key").read_text().strip()
    plan = json.loads((plan_dir / "plan.json").read_text(encoding="utf-8"))
    hosts = {h["host_id"]: h for h in read_csv(plan_dir / "input/hosts.csv")}
    sessions = {s["session_id"]: s for s in read_csv(plan_dir / "input/sessions.csv")}
    visitors = {v["visitor_id"]: v for v in read_csv(plan_dir / "input/visitors.csv")}
    event_yaml = (plan_dir / "input/event.yaml").read_text(encoding="utf-8")
    tz_name = "Europe/Brussels"
    for line in event_yaml.splitlines():
        if line.startswith("timezone:"):
            tz_name = line.split(":", 1)[1].split("#")[0].strip().strip('"')
    zone = zoneinfo.ZoneInfo(tz_name)
    status = {s["session_id"]: s["status"] for s in plan["sessions"]}
    by_visitor, by_session = {}, {}
    for a in plan["assignments"]:
        by_visitor.setdefault(a["visitor_id"], []).append(a["session_id"])
        by_session.setdefault(a["session_id"], []).append(a["visitor_id"])

    uids = []
    escapes_seen = set()

    def local(session_id, which):
        s = sessions[session_id]
        hh, mm = map(int, s[which].split(":"))
        day = datetime.date.fromisoformat(s["date"])
        if hh == 24:
            day, hh = day + datetime.timedelta(days=1), 0
        return datetime.datetime(day.year, day.month, day.day, hh, mm, tzinfo=zone)

    def events_of(path):
        data = path.read_bytes()
        check(b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), f"{path.name}: CRLF line ends only")
        check(all(len(line) <= 75 for line in data.split(b"\r\n")), f"{path.name}: lines folded at 75 octets")
        cal = icalendar.Calendar.from_ical(data.decode("utf-8"))
        check(cal.get("VERSION") == "2.0" and cal.get("PRODID"), f"{path.name}: VERSION and PRODID")
        zones = [c for c in cal.walk("VTIMEZONE")]
        check(len(zones) == 1 and str(zones[0]["TZID"]) == tz_name, f"{path.name}: one VTIMEZONE {tz_name}")
        return [e for e in cal.walk("VEVENT")]

    def check_event(name, e, session_id):
        uids.append(str(e["UID"]))
        check("DTSTAMP" in e and e.decoded("DTSTAMP").tzinfo is not None, f"{name}: DTSTAMP in UTC")
        start, end = e.decoded("DTSTART"), e.decoded("DTEND")
        for label, got, want in (("DTSTART", start, local(session_id, "start")), ("DTEND", end, local(session_id, "end"))):
            check(got.tzinfo is not None and got == want and got.utcoffset() == want.utcoffset(),
                  f"{name}: {label} {got!r} is not {want.isoformat()} ({tz_name})")
        host = hosts[sessions[session_id]["host_id"]]
        location = str(e.get("LOCATION", ""))
        check(one_line(host["name"]) in location, f"{name}: LOCATION names the host")
        if host["address"]:
            check(one_line(host["address"]) in location, f"{name}: LOCATION holds the address as written")
        check(str(e.get("SUMMARY", "")).strip() != "", f"{name}: SUMMARY")
        for ch in ",;\"":
            if ch in location:
                escapes_seen.add(ch)
        return str(e.get("DESCRIPTION", ""))

    calendars = 0
    for vid, visitor in visitors.items():
        path = plan_dir / "site/visitors" / (token(key, "visitor", vid) + ".ics")
        mine = by_visitor.get(vid, [])
        check(path.exists() == bool(mine), f"visitor {vid}: a calendar exactly when they have a visit")
        if not path.exists():
            continue
        calendars += 1
        events = events_of(path)
        check(len(events) == len(mine), f"visitor {vid}: {len(events)} events for {len(mine)} sessions")
        check(not any("ATTENDEE" in e for e in events), f"visitor {vid}: no attendees in a visitor's calendar")
        starts = sorted((local(s, "start"), s) for s in mine)
        for e, (_, sid) in zip(sorted(events, key=lambda e: e.decoded("DTSTART")), starts):
            description = check_event(f"visitor {vid} {sid}", e, sid)
            host = hosts[sessions[sid]["host_id"]]
            if host["description"]:
                check(one_line(host["description"]) in one_line(description),
                      f"visitor {vid} {sid}: DESCRIPTION reads back the host's description")
                for ch in ",;\"é":
                    if ch in host["description"]:
                        escapes_seen.add(ch)
    for hid, host in hosts.items():
        path = plan_dir / "site/hosts" / (token(key, "host", hid) + ".ics")
        check(path.exists(), f"host {hid}: a calendar")
        if not path.exists():
            continue
        calendars += 1
        events = events_of(path)
        mine = sorted((local(s, "start"), s) for s, row in sessions.items() if row["host_id"] == hid)
        check(len(events) == len(mine), f"host {hid}: one event per session")
        for e, (_, sid) in zip(sorted(events, key=lambda e: (e.decoded("DTSTART"), str(e["UID"]))), mine):
            check_event(f"host {hid} {sid}", e, sid)
            attendees = e.get("ATTENDEE", [])
            attendees = attendees if isinstance(attendees, list) else [attendees]
            expected = sorted(visitors[v]["email"].strip().lower() for v in by_session.get(sid, []))
            if host["contact_email"].strip():
                check(sorted(str(a).lower().removeprefix("mailto:") for a in attendees) == expected,
                      f"host {hid} {sid}: the visitors are the attendees")
            check(str(e["STATUS"]) == ("CANCELLED" if status[sid] == "cancelled" else "CONFIRMED"),
                  f"host {hid} {sid}: STATUS follows the plan")
    check(len(uids) == len(set(uids)), "every UID is unique")
    check({",", ";", "é"} <= escapes_seen, f"the data exercised commas, semicolons and accents ({sorted(escapes_seen)})")

    if other is not None:
        same = 0
        for path in sorted((plan_dir / "site").rglob("*.ics")):
            twin = other / path.relative_to(plan_dir)
            check(twin.exists() and twin.read_bytes() == path.read_bytes(), f"{path.name}: the same bytes (and UIDs) in a second run")
            same += 1
        check(same == calendars, "the second run has every calendar")

    merge = {}
    data = (plan_dir / "mails/mail-merge.csv").read_bytes()
    check(data.startswith(b"\xef\xbb\xbf"), "mail-merge.csv starts with a BOM")
    for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"):
        merge[row["email"].lstrip("\t")] = row
    emls = sorted((plan_dir / "mails/eml").glob("*.eml"))
    check(len(emls) == len(merge), f"one .eml per mail-merge row ({len(emls)} for {len(merge)})")
    for path in emls:
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        to = message["To"].addresses[0].addr_spec
        row = merge.get(to)
        check(row is not None and str(message["Subject"]) == row["subject"], f"{path.name}: subject decodes to the mail-merge subject")
        body = message.get_body(("plain",)).get_content()
        check(row is not None and body.replace("\r\n", "\n") == row["body"].replace("\r\n", "\n"), f"{path.name}: body decodes to the mail-merge body")
        for part in message.iter_attachments():
            attached = part.get_content()
            attached = attached if isinstance(attached, bytes) else attached.encode()
            check(row is not None and (plan_dir / row["attachment"]).read_bytes() == attached, f"{path.name}: the attachment is the calendar")
            icalendar.Calendar.from_ical(attached.decode("utf-8"))
    print(f"check-ics: {calendars} calendars, {len(uids)} events and {len(emls)} mails parsed with icalendar {icalendar.__version__}")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
