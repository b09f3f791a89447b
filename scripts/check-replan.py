#!/usr/bin/env python3
"""Checks a re-plan against the plan people were told, with an independent parser (Python's icalendar).

Usage: scripts/check-replan.py FIRST_PLAN_DIR SECOND_PLAN_DIR

SECOND_PLAN_DIR was written by `po-plan plan INPUT --out SECOND --previous FIRST --eml` after a
change of the input (scripts/check-outputs makes one with benchmarks/perturb.py). Checks:
- the same site key, so every page and calendar name sent before still exists;
- every UID sent before is in the person's new calendar: unchanged with the same SEQUENCE, or
  updated (moved to another session: another time, place or host) with a higher SEQUENCE, or
  cancelled (STATUS:CANCELLED) with a higher SEQUENCE; a visitor with no visit left gets
  METHOD:CANCEL; at least one of each is seen;
- mails/changes/ has one .eml per visitor in plan.json's `changes` and none for anyone else, each
  parsing as MIME with its calendar attached, which parses too.
Prints one line per failure and a closing 'check-replan: N passed, N failed' line; exits 1 on failure.
"""
import email
import email.policy
import json
import pathlib
import sys

import icalendar

from output_checks import Checks, read_csv, token

checks = Checks("check-replan")
check = checks.check


def events(path):
    cal = icalendar.Calendar.from_ical(path.read_bytes().decode("utf-8"))
    found = {}
    for e in cal.walk("VEVENT"):
        # Where and when: a visit moved to another session changes its start, its place or its host.
        when_where = (e.decoded("DTSTART") if "DTSTART" in e else None, str(e.get("LOCATION", "")), str(e.get("SUMMARY", "")))
        found[str(e["UID"])] = (int(e.get("SEQUENCE", 0)), str(e.get("STATUS", "")), when_where)
    return str(cal.get("METHOD", "")), found


def main():
    first, second = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    key = (first / "site.key").read_text().strip()
    check((second / "site.key").read_text().strip() == key, "the re-plan keeps the site key")
    plan = json.loads((second / "plan.json").read_text(encoding="utf-8"))
    changed = {c["visitor_id"] for c in plan["changes"]}
    withdrawn = {v["visitor_id"] for v in read_csv(second / "input/visitors.csv")
                 if v.get("cancelled", "").strip().lower() in ("yes", "true", "1", "oui", "ja")}
    seen = {"same": 0, "updated": 0, "cancelled": 0, "cancel_files": 0}
    for vid in sorted({v["visitor_id"] for v in read_csv(first / "input/visitors.csv")}):
        name = token(key, "visitor", vid)
        check((second / "site/visitors" / f"{name}.html").exists(), f"visitor {vid}: the page link sent before still works")
        old_path = first / "site/visitors" / f"{name}.ics"
        if not old_path.exists():
            continue
        new_path = second / "site/visitors" / f"{name}.ics"
        check(new_path.exists(), f"visitor {vid}: the calendar link sent before still works")
        if not new_path.exists():
            continue
        _, old = events(old_path)
        method, new = events(new_path)
        if vid in withdrawn:
            check(method == "CANCEL", f"visitor {vid} withdrew: METHOD:CANCEL")
            seen["cancel_files"] += method == "CANCEL"
        for uid, (seq, status, start) in old.items():
            check(uid in new, f"visitor {vid}: UID {uid} is still in the calendar")
            if uid not in new:
                continue
            seq2, status2, start2 = new[uid]
            if status2 == "CANCELLED":
                check(seq2 > seq and vid in changed, f"visitor {vid}: a cancelled event has a higher SEQUENCE ({seq} → {seq2})")
                seen["cancelled"] += 1
            elif start2 != start:
                check(seq2 > seq and vid in changed, f"visitor {vid}: a moved event has a higher SEQUENCE ({seq} → {seq2})")
                seen["updated"] += 1
            else:
                check(seq2 >= seq, f"visitor {vid}: SEQUENCE never goes down")
                seen["same"] += 1
        if vid not in changed:
            check(set(new) == set(old), f"visitor {vid} has no change: the same events")
    check(seen["updated"] > 0, "some moved event kept its UID with a higher SEQUENCE")
    check(seen["cancelled"] > 0 and seen["cancel_files"] > 0, "some gone visit was sent as a cancellation (METHOD:CANCEL)")

    emls = sorted((second / "mails/changes/eml").glob("visitor-*.eml"))
    check({p.stem.removeprefix("visitor-") for p in emls} == changed, "one change mail per visitor in changes, no other")
    for path in sorted((second / "mails/changes/eml").glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        check(message["To"] is not None and message.get_body(("plain",)) is not None, f"{path.name}: parses as a mail")
        for part in message.iter_attachments():
            data = part.get_content()
            icalendar.Calendar.from_ical(data if isinstance(data, str) else data.decode("utf-8"))
    print(f"check-replan: {seen['same']} events kept, {seen['updated']} moved with a higher SEQUENCE, "
          f"{seen['cancelled']} cancelled ({seen['cancel_files']} METHOD:CANCEL files), {len(emls)} visitor change mails")
    return checks.finish()


if __name__ == "__main__":
    sys.exit(main())
