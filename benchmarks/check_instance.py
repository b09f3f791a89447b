#!/usr/bin/env python3
"""Check a po-plan input folder against the contract (shared/spec/contract.md)
and print summary statistics. Standard library only (Python 3.11).

    python3 benchmarks/check_instance.py DIR [DIR ...] [--json] [--quiet]

Exit status 0 when every folder is valid, 1 otherwise. Errors are contract
violations; warnings are legal but suspicious (e.g. min_visitors > capacity).
Eligibility in the stats follows contract section 2 (windows, languages,
own organisation, access, max_visits) but ignores conflicts.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path

HOST_COLS = ["host_id", "name", "organization", "sector", "address", "postcode", "commune", "lat", "lon",
             "languages", "accessible", "contact_name", "contact_email", "contact_phone", "description"]
HOST_REQ = ["host_id", "name", "languages"]
SESSION_COLS = ["session_id", "host_id", "kind", "date", "start", "end", "capacity", "min_visitors", "languages"]
SESSION_REQ = ["session_id", "host_id", "date", "start", "end", "capacity"]
VISITOR_COLS = ["visitor_id", "first_name", "last_name", "email", "phone", "role", "organization", "sector",
                "language", "languages", "max_visits", "choices", "available", "needs_access",
                "open_to_suggestions", "registered_at"]
VISITOR_REQ = ["visitor_id", "first_name", "last_name", "email", "languages"]

BOOL_TRUE = {"yes", "true", "1", "oui", "ja"}
BOOL_FALSE = {"no", "false", "0", "non", "nee"}
LANG_RE = re.compile(r"^[a-z]{2}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
WIN_RE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?: (am|pm|(\d{2}:\d{2})-(\d{2}:\d{2})))?$")
EVENT_KEYS = {"name", "bassin", "timezone", "max_choices", "default_max_visits", "travel", "objective"}
TRAVEL_KEYS = {"speed_kmh", "overhead_min", "default_min"}
TIERS = {"coverage", "preference", "mix"}


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


class Report:
    def __init__(self, folder: Path):
        self.folder = folder
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where: str, msg: str):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str):
        self.warnings.append(f"{where}: {msg}")


def parse_bool(v: str) -> bool | None:
    v = v.strip().lower()
    if v == "":
        return False
    if v in BOOL_TRUE:
        return True
    if v in BOOL_FALSE:
        return False
    return None


def parse_scalar(v: str):
    v = v.strip()
    if "#" in v and not v.startswith(('"', "'")):
        v = v.split("#", 1)[0].strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in "\"'":
        return v[1:-1]
    if v.startswith("[") and v.endswith("]"):
        return [x.strip().strip("\"'") for x in v[1:-1].split(",") if x.strip()]
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        return v


def read_event(path: Path, rep: Report) -> dict:
    """A tiny reader for the flat event.yaml the contract describes (one nested map: travel)."""
    ev: dict = {}
    if not path.exists():
        rep.err("event.yaml", "missing")
        return ev
    cur = None
    for n, raw in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^(\s*)([A-Za-z_][A-Za-z0-9_]*):\s*(.*)$", line)
        if not m:
            rep.err(f"event.yaml:{n}", f"cannot read line {line!r}")
            continue
        indent, key, val = m.groups()
        if indent:
            if cur is None:
                rep.err(f"event.yaml:{n}", "indented key outside a map")
                continue
            ev[cur][key] = parse_scalar(val)
        else:
            if val.strip() == "" or val.strip().startswith("#"):
                ev[key] = {}
                cur = key
            else:
                ev[key] = parse_scalar(val)
                cur = None
    if not ev.get("name"):
        rep.err("event.yaml", "name is required")
    for k in ev:
        if k not in EVENT_KEYS:
            rep.warn("event.yaml", f"unknown key {k}")
    if ev.get("timezone", "Europe/Brussels") != "Europe/Brussels":
        rep.warn("event.yaml", f"timezone {ev.get('timezone')}")
    for k in ("max_choices", "default_max_visits"):
        if k in ev and (not isinstance(ev[k], int) or ev[k] < 0 or (k == "max_choices" and ev[k] < 1)):
            rep.err("event.yaml", f"{k} must be a positive integer, got {ev[k]!r}")
    tr = ev.get("travel", {})
    if not isinstance(tr, dict):
        rep.err("event.yaml", "travel must be a map")
    else:
        for k, v in tr.items():
            if k not in TRAVEL_KEYS:
                rep.warn("event.yaml", f"unknown travel key {k}")
            elif not isinstance(v, (int, float)) or v < 0 or (k == "speed_kmh" and v <= 0):
                rep.err("event.yaml", f"travel.{k} must be a non-negative number, got {v!r}")
    obj = ev.get("objective", ["coverage", "preference", "mix"])
    if not isinstance(obj, list) or not obj or any(t not in TIERS for t in obj) or len(set(obj)) != len(obj):
        rep.err("event.yaml", f"objective must be a list of distinct tiers from {sorted(TIERS)}, got {obj!r}")
    return ev


def read_csv(path: Path, cols: list[str], req: list[str], rep: Report) -> list[dict]:
    name = path.name
    if not path.exists():
        rep.err(name, "missing")
        return []
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        rep.err(name, f"not UTF-8: {e}")
        return []
    rows = list(csv.reader(_lines(text), delimiter=",",
                           quotechar='"', strict=True))
    if not rows:
        rep.err(name, "empty file")
        return []
    header = [h.strip().lower() for h in rows[0]]
    if len(set(header)) != len(header):
        rep.err(name, f"duplicate column names in header {header}")
    for c in req:
        if c not in header:
            rep.err(name, f"required column {c} missing")
    extra = [h for h in header if h not in cols]
    if extra:
        rep.warn(name, f"extra columns kept and ignored: {extra}")
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) == 0 or (len(r) == 1 and r[0] == ""):
            continue
        if len(r) != len(header):
            rep.err(f"{name} record {i}", f"{len(r)} fields, header has {len(header)}")
            continue
        d = dict(zip(header, r))
        d["_where"] = f"{name} record {i}"
        for c in req:
            if c in d and d[c].strip() == "":
                rep.err(d["_where"], f"{c} is required")
        out.append(d)
    return out


def _lines(text: str):
    # csv handles embedded newlines inside quotes when fed an iterable of lines with their endings
    import io
    return io.StringIO(text, newline="")


def check_langs(v: str, where: str, col: str, rep: Report, required: bool) -> list[str]:
    items = [x.strip() for x in v.split(";") if x.strip()]
    if required and not items:
        rep.err(where, f"{col} must list at least one language")
    for x in items:
        if not LANG_RE.match(x):
            rep.err(where, f"{col}: {x!r} is not a lower-case ISO 639-1 code")
    return items


def parse_date(v: str, where: str, rep: Report) -> dt.date | None:
    if not DATE_RE.match(v):
        rep.err(where, f"date {v!r} is not YYYY-MM-DD")
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        rep.err(where, f"date {v!r} does not exist")
        return None


def parse_hm(v: str, where: str, rep: Report, allow_24=False) -> int | None:
    if allow_24 and v == "24:00":
        return 1440
    if not TIME_RE.match(v):
        rep.err(where, f"time {v!r} is not HH:MM")
        return None
    return int(v[:2]) * 60 + int(v[3:])


def check_folder(folder: Path) -> tuple[Report, dict]:
    rep = Report(folder)
    ev = read_event(folder / "event.yaml", rep)
    K = ev.get("max_choices", 5) if isinstance(ev.get("max_choices", 5), int) else 5
    default_mv = ev.get("default_max_visits", 2) if isinstance(ev.get("default_max_visits", 2), int) else 2
    hosts = read_csv(folder / "hosts.csv", HOST_COLS, HOST_REQ, rep)
    sessions = read_csv(folder / "sessions.csv", SESSION_COLS, SESSION_REQ, rep)
    visitors = read_csv(folder / "visitors.csv", VISITOR_COLS, VISITOR_REQ, rep)

    # ---- hosts
    H: dict[str, dict] = {}
    for h in hosts:
        w = h["_where"]
        hid = h.get("host_id", "").strip()
        if hid in H:
            rep.err(w, f"duplicate host_id {hid}")
        H[hid] = h
        h["_langs"] = check_langs(h.get("languages", ""), w, "languages", rep, True)
        acc = parse_bool(h.get("accessible", ""))
        if acc is None:
            rep.err(w, f"accessible {h.get('accessible')!r} is not a boolean")
        h["_acc"] = bool(acc)
        h["_org"] = fold(h.get("organization", "").strip() or h.get("name", ""))
        lat, lon = h.get("lat", "").strip(), h.get("lon", "").strip()
        if bool(lat) != bool(lon):
            rep.err(w, "lat and lon must both be given or both be empty")
        h["_coord"] = None
        if lat and lon:
            try:
                la, lo = float(lat), float(lon)
                if not (-90 <= la <= 90 and -180 <= lo <= 180):
                    rep.err(w, "lat/lon out of range")
                elif not (50.76 <= la <= 50.92 and 4.24 <= lo <= 4.49):
                    rep.warn(w, f"coordinates {la},{lo} outside the Brussels region box")
                h["_coord"] = (la, lo)
            except ValueError:
                rep.err(w, f"lat/lon {lat!r},{lon!r} are not decimal numbers")
        pc = h.get("postcode", "").strip()
        if pc and not re.match(r"^1\d{3}$", pc):
            rep.warn(w, f"postcode {pc} is not a Brussels postcode")
        em = h.get("contact_email", "").strip()
        if em and "@" not in em:
            rep.err(w, f"contact_email {em!r} has no @")

    # ---- sessions
    S: dict[str, dict] = {}
    for s in sessions:
        w = s["_where"]
        sid = s.get("session_id", "").strip()
        if sid in S:
            rep.err(w, f"duplicate session_id {sid}")
        if sid in H:
            rep.warn(w, f"session_id {sid} is also a host_id (choices would be ambiguous)")
        S[sid] = s
        hid = s.get("host_id", "").strip()
        if hid not in H:
            rep.err(w, f"host_id {hid!r} not in hosts.csv")
        kind = s.get("kind", "").strip() or "visit"
        if kind not in ("visit", "immersion"):
            rep.err(w, f"kind {kind!r} must be visit or immersion")
        s["_kind"] = kind
        d = parse_date(s.get("date", "").strip(), w, rep)
        a = parse_hm(s.get("start", "").strip(), w, rep)
        b = parse_hm(s.get("end", "").strip(), w, rep)
        if a is not None and b is not None and b <= a:
            rep.err(w, f"end {s.get('end')} is not after start {s.get('start')}")
        s["_d"], s["_a"], s["_b"] = d, a, b
        try:
            cap = int(s.get("capacity", "").strip())
            if cap < 1:
                rep.err(w, "capacity must be ≥ 1")
        except ValueError:
            rep.err(w, f"capacity {s.get('capacity')!r} is not an integer")
            cap = 0
        s["_cap"] = cap
        mv = s.get("min_visitors", "").strip()
        s["_min"] = 1
        if mv:
            try:
                s["_min"] = int(mv)
                if s["_min"] < 1:
                    rep.err(w, "min_visitors must be ≥ 1")
                elif s["_min"] > cap:
                    rep.warn(w, f"min_visitors {mv} > capacity {cap}: the session can never run")
            except ValueError:
                rep.err(w, f"min_visitors {mv!r} is not an integer")
        sl = check_langs(s.get("languages", ""), w, "languages", rep, False)
        s["_langs"] = sl or (H[hid]["_langs"] if hid in H else [])
        if sl and hid in H and not set(sl) <= set(H[hid]["_langs"]):
            rep.warn(w, f"session languages {sl} not among the host's {H[hid]['_langs']}")

    # ---- visitors
    V: dict[str, dict] = {}
    emails: dict[str, str] = {}
    prev_reg = None
    for v in visitors:
        w = v["_where"]
        vid = v.get("visitor_id", "").strip()
        if vid in V:
            rep.err(w, f"duplicate visitor_id {vid}")
        V[vid] = v
        em = v.get("email", "").strip()
        if em and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", em):
            rep.err(w, f"email {em!r} is not an address")
        if em.lower() in emails:
            rep.warn(w, f"email {em} also used by {emails[em.lower()]}")
        emails[em.lower()] = vid
        langs = check_langs(v.get("languages", ""), w, "languages", rep, True)
        v["_langs"] = langs
        lang = v.get("language", "").strip()
        if lang and not LANG_RE.match(lang):
            rep.err(w, f"language {lang!r} is not a lower-case ISO 639-1 code")
        mv = v.get("max_visits", "").strip()
        v["_mv"] = default_mv
        if mv:
            try:
                v["_mv"] = int(mv)
                if v["_mv"] < 0:
                    rep.err(w, "max_visits must be ≥ 0")
            except ValueError:
                rep.err(w, f"max_visits {mv!r} is not an integer")
        raw = [x.strip() for x in v.get("choices", "").split(";") if x.strip()]
        for c in raw:
            if c not in H and c not in S:
                rep.err(w, f"choice {c!r} names neither a host nor a session")
        seen, ranked = set(), []
        for c in raw:
            if c not in seen:
                seen.add(c)
                ranked.append(c)
        v["_raw"], v["_ranked"] = raw, ranked[:K]
        wins = []
        for x in [x.strip() for x in v.get("available", "").split(";") if x.strip()]:
            m = WIN_RE.match(x)
            if not m:
                rep.err(w, f"availability window {x!r} has no contract form")
                continue
            d = parse_date(m.group(1), w, rep)
            if m.group(2) is None:
                a, b = 0, 1440
            elif m.group(2) == "am":
                a, b = 0, 780
            elif m.group(2) == "pm":
                a, b = 720, 1440
            else:
                a = parse_hm(m.group(3), w, rep)
                b = parse_hm(m.group(4), w, rep, allow_24=True)
                if a is not None and b is not None and b <= a:
                    rep.err(w, f"window {x!r} ends before it starts")
            if d and a is not None and b is not None:
                wins.append((d, a, b))
        v["_wins"] = wins
        for col in ("needs_access", "open_to_suggestions"):
            b = parse_bool(v.get(col, ""))
            if b is None:
                rep.err(w, f"{col} {v.get(col)!r} is not a boolean")
            v["_" + col] = bool(b)
        v["_org"] = fold(v.get("organization", ""))
        ra = v.get("registered_at", "").strip()
        v["_reg"] = None
        if ra:
            try:
                t = dt.datetime.fromisoformat(ra)
                if t.tzinfo is None:
                    rep.warn(w, f"registered_at {ra} has no UTC offset")
                v["_reg"] = t
            except ValueError:
                rep.err(w, f"registered_at {ra!r} is not ISO 8601")

    stats = summarize(ev, H, S, V, K)
    return rep, stats


def covered(wins, d, a, b) -> bool:
    """Is [a,b] on day d inside the union of the windows?"""
    if not wins:
        return True
    iv = sorted((x, y) for (wd, x, y) in wins if wd == d)
    t = a
    for x, y in iv:
        if x > t:
            break
        t = max(t, y)
        if t >= b:
            return True
    return t >= b


def summarize(ev, H, S, V, K) -> dict:
    sess_of: dict[str, list] = {}
    for sid, s in S.items():
        sess_of.setdefault(s.get("host_id", "").strip(), []).append(s)
    host_cap = {hid: sum(s["_cap"] for s in sess_of.get(hid, [])) for hid in H}
    first: dict[str, int] = {}
    anyrank: dict[str, int] = {}
    for v in V.values():
        hs = []
        for c in v["_ranked"]:
            hid = c if c in H else S[c].get("host_id", "").strip() if c in S else None
            if hid and hid not in hs:
                hs.append(hid)
        if hs:
            first[hs[0]] = first.get(hs[0], 0) + 1
        for hid in hs:
            anyrank[hid] = anyrank.get(hid, 0) + 1
    top = sorted(H, key=lambda h: (-first.get(h, 0), h))[:5]
    n_v = max(len(V), 1)
    # eligibility (section 2, without conflicts)
    no_ranked_eligible = 0
    for v in V.values():
        if v["_mv"] < 1:
            continue
        ok = False
        for c in v["_ranked"]:
            cands = sess_of.get(c, []) if c in H else ([S[c]] if c in S else [])
            for s in cands:
                h = H.get(s.get("host_id", "").strip())
                if h is None or s["_d"] is None or s["_a"] is None or s["_b"] is None:
                    continue
                if not set(s["_langs"]) & set(v["_langs"]):
                    continue
                if v["_org"] and v["_org"] == h["_org"]:
                    continue
                if v["_needs_access"] and not h["_acc"]:
                    continue
                if not covered(v["_wins"], s["_d"], s["_a"], s["_b"]):
                    continue
                ok = True
                break
            if ok:
                break
        if not ok:
            no_ranked_eligible += 1
    own_org_visitors = sum(1 for v in V.values() if v["_org"] and any(v["_org"] == h["_org"] for h in H.values()))
    langs_h = {}
    for h in H.values():
        for l in h["_langs"]:
            langs_h[l] = langs_h.get(l, 0) + 1
    regs = [v["_reg"] for v in V.values() if v["_reg"] is not None]
    return {
        "event": ev.get("name"),
        "bassin": ev.get("bassin"),
        "hosts": len(H),
        "organizations": len({h["_org"] for h in H.values()}),
        "hosts_without_coordinates": sum(1 for h in H.values() if h["_coord"] is None),
        "hosts_by_language": dict(sorted(langs_h.items())),
        "communes": len({h.get("commune", "") for h in H.values()}),
        "sessions": len(S),
        "immersions": sum(1 for s in S.values() if s["_kind"] == "immersion"),
        "session_capacity": sum(s["_cap"] for s in S.values()),
        "sessions_with_min_visitors": sum(1 for s in S.values() if s["_min"] > 1),
        "visitors": len(V),
        "choices_per_visitor_raw": round(sum(len(v["_raw"]) for v in V.values()) / n_v, 2),
        "choices_per_visitor_ranked": round(sum(len(v["_ranked"]) for v in V.values()) / n_v, 2),
        "visitors_with_more_than_K": sum(1 for v in V.values() if len(v["_raw"]) > K),
        "visitors_with_duplicates": sum(1 for v in V.values() if len(set(v["_raw"])) < len(v["_raw"])),
        "visitors_without_choices": sum(1 for v in V.values() if not v["_raw"]),
        "share_open_to_suggestions": round(sum(v["_open_to_suggestions"] for v in V.values()) / n_v, 3),
        "share_with_windows": round(sum(1 for v in V.values() if v["_wins"]) / n_v, 3),
        "needs_access": sum(v["_needs_access"] for v in V.values()),
        "visitors_of_a_host_organization": own_org_visitors,
        "visitors_no_eligible_ranked_session": no_ranked_eligible,
        "demand_max_visits": sum(v["_mv"] for v in V.values()),
        "registered": [min(regs).isoformat(), max(regs).isoformat()] if regs else None,
        "top_hosts": [{"host_id": h, "name": H[h].get("name", ""), "first_choices": first.get(h, 0),
                       "any_rank": anyrank.get(h, 0), "capacity": host_cap[h],
                       "first_over_capacity": round(first.get(h, 0) / host_cap[h], 2) if host_cap[h] else None}
                      for h in top],
    }


def print_stats(folder: Path, st: dict):
    print(f"  hosts {st['hosts']} ({st['organizations']} organisations, {st['communes']} communes, "
          f"{st['hosts_without_coordinates']} without coordinates; by language {st['hosts_by_language']})")
    print(f"  sessions {st['sessions']} ({st['immersions']} immersions, {st['sessions_with_min_visitors']} with "
          f"min_visitors > 1), total capacity {st['session_capacity']}")
    print(f"  visitors {st['visitors']}: choices/visitor {st['choices_per_visitor_raw']} raw, "
          f"{st['choices_per_visitor_ranked']} ranked (after dedup and cut to K); {st['visitors_with_more_than_K']} "
          f"list more than K, {st['visitors_with_duplicates']} with duplicates, {st['visitors_without_choices']} "
          f"without choices")
    print(f"  open to suggestions {st['share_open_to_suggestions']:.0%}, with windows "
          f"{st['share_with_windows']:.0%}, needs_access {st['needs_access']}, of a host's organisation "
          f"{st['visitors_of_a_host_organization']}, no eligible ranked session "
          f"{st['visitors_no_eligible_ranked_session']}; demand Σmax_visits {st['demand_max_visits']}")
    if st["registered"]:
        print(f"  registered {st['registered'][0]} .. {st['registered'][1]}")
    print("  top hosts by first choices (first choices / total capacity of the host's sessions):")
    for t in st["top_hosts"]:
        print(f"    {t['host_id']} {t['first_choices']:4d} first ({t['any_rank']:4d} any rank) / capacity "
              f"{t['capacity']:3d} = x{t['first_over_capacity']}  {t['name']}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true", help="print a JSON report")
    ap.add_argument("--quiet", action="store_true", help="no warnings, no stats")
    a = ap.parse_args(argv)
    ok = True
    out = []
    for f in a.folders:
        rep, st = check_folder(f)
        ok &= not rep.errors
        out.append({"folder": str(f), "valid": not rep.errors, "errors": rep.errors, "warnings": rep.warnings,
                    "stats": st})
        if a.json:
            continue
        print(f"{f}: {'OK' if not rep.errors else 'INVALID'} ({len(rep.errors)} errors, "
              f"{len(rep.warnings)} warnings)")
        for e in rep.errors[:50]:
            print(f"  error: {e}")
        if len(rep.errors) > 50:
            print(f"  ... {len(rep.errors) - 50} more errors")
        if not a.quiet:
            for w in rep.warnings[:10]:
                print(f"  warning: {w}")
            if len(rep.warnings) > 10:
                print(f"  ... {len(rep.warnings) - 10} more warnings")
            print_stats(f, st)
    if a.json:
        print(json.dumps(out, indent=2, ensure_ascii=False, default=str))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
