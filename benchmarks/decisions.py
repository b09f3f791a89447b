#!/usr/bin/env python3
"""The team's decisions on a generated week, and what they cost (issue: decisions, speed).

    swift build -c release
    python3 benchmarks/decisions.py --profiles bassin region --seeds 1 2 3 --runs 3

For each instance of benchmarks/generate.py, a copy is made with the team's decisions of the
contract (§1): 2% of visitors pinned (`yes`) to a session of their first choice, 1% with a `no`
pin on their first-choice host, 5% in groups of two colleagues of one organization, 10% with
priority, and a third of the hosts with `max_visitors_per_day` (the larger of its largest session
and 8). Both folders are planned `--runs` times in turn (release build, end to end, every file written);
the medians are printed side by side as a Markdown table for benchmarks/RESULTS.md.
All data is synthetic.
"""
import argparse, csv, os, random, shutil, statistics, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import generate, plan_once, preamble  # noqa: E402


def read(folder, name):
    with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write(folder, name, header, rows):
    with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def decide(source, target, seed):
    """Copies the canonical folder `source` to `target` with the team's decisions added."""
    rng = random.Random(seed)
    shutil.copytree(source, target)
    hh, hosts = read(source, "hosts.csv")
    sh, sessions = read(source, "sessions.csv")
    vh, visitors = read(source, "visitors.csv")
    hid, sid, shost, cap, date = hh.index("host_id"), sh.index("session_id"), sh.index("host_id"), sh.index("capacity"), sh.index("date")
    vid, org, choices, visits = vh.index("visitor_id"), vh.index("organization"), vh.index("choices"), vh.index("max_visits")
    by_host = {}
    for s in sessions:
        by_host.setdefault(s[shost], []).append(s)

    # A third of the hosts receive at most max(largest session, 8) visitors a day.
    hh = hh + ["max_visitors_per_day"]
    for h in hosts:
        limited = rng.random() < 1 / 3 and h[hid] in by_host
        h.append(str(max(8, max(int(s[cap]) for s in by_host[h[hid]]))) if limited else "")

    # 10% priority; 5% in pairs of colleagues of one organization.
    vh = vh + ["priority", "group"]
    for v in visitors:
        v += ["yes" if rng.random() < 0.10 else "", ""]
    colleagues = {}
    for i, v in enumerate(visitors):
        if v[org].strip():
            colleagues.setdefault(v[org].strip().lower(), []).append(i)
    pairs = [members[k:k + 2] for members in colleagues.values() for k in range(0, len(members) - 1, 2)]
    rng.shuffle(pairs)
    grouped = set()
    for n, pair in enumerate(pairs[: max(1, len(visitors) * 5 // 200)]):
        for i in pair:
            visitors[i][-1] = f"G{n + 1:03d}"
            grouped.add(i)

    # 2% pinned to a session of their first choice, 1% ruled out of their first-choice host.
    pins, pinned_sessions = [], {}
    free = [i for i, v in enumerate(visitors) if i not in grouped and v[choices].strip() and v[visits].strip() != "0"]
    rng.shuffle(free)
    for i in free[: len(visitors) * 2 // 100]:
        first = visitors[i][choices].split(";")[0].strip()
        options = by_host.get(first) or [s for s in sessions if s[sid] == first]
        options = [s for s in options if pinned_sessions.get(s[sid], 0) < int(s[cap]) - 1]
        if options:
            s = rng.choice(options)
            pinned_sessions[s[sid]] = pinned_sessions.get(s[sid], 0) + 1
            pins.append([visitors[i][vid], s[sid], "", "yes", "benchmark"])
    for i in free[len(visitors) * 2 // 100: len(visitors) * 3 // 100]:
        first = visitors[i][choices].split(";")[0].strip()
        if first in by_host:
            pins.append([visitors[i][vid], "", first, "no", "benchmark"])
    # event.yaml states no objective, so priority comes first (contract §4).
    with open(os.path.join(source, "event.yaml"), encoding="utf-8") as f:
        event = [line for line in f if not line.startswith("objective:")]
    with open(os.path.join(target, "event.yaml"), "w", encoding="utf-8") as f:
        f.writelines(event)
    write(target, "hosts.csv", hh, hosts)
    write(target, "visitors.csv", vh, visitors)
    write(target, "pins.csv", ["visitor_id", "session_id", "host_id", "pin", "note"], pins)
    return len(pins), len(grouped), sum(1 for v in visitors if v[-2] == "yes"), sum(1 for h in hosts if h[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", nargs="+", default=["bassin", "region"])
    ap.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    preamble()
    print("| instance | decisions (pins / grouped / priority / limited hosts) | without, median s | values | "
          "with decisions, median s | status | values | ratio |")
    print("|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for profile in args.profiles:
            for seed in args.seeds:
                base = os.path.join(tmp, f"{profile}-{seed}")
                generate(profile, seed, base)
                decided = base + "-decided"
                counts = decide(base, decided, seed)
                # In turn, so that both folders see the same load of a shared machine.
                times, plans = {base: [], decided: []}, {}
                for _ in range(args.runs):
                    for folder in (base, decided):
                        t, plans[folder] = plan_once(folder, folder + "-out", ["--quiet", "--seed", "1"])
                        times[folder].append(t)
                (a, at, ap_), (b, bt, bp) = [(statistics.median(times[f]), times[f], plans[f]) for f in (base, decided)]
                values = lambda p: " / ".join(f"{t['name']} {t['value']}" for t in p["objective"])
                print(f"| {profile} seed {seed} | {' / '.join(map(str, counts))} | {a:.2f} ({', '.join(f'{t:.2f}' for t in at)}) "
                      f"| {values(ap_)} | {b:.2f} ({', '.join(f'{t:.2f}' for t in bt)}) | {bp['status']} | {values(bp)} "
                      f"| {b / a:.2f} |", flush=True)


if __name__ == "__main__":
    main()
