#!/usr/bin/env python3
"""Makes the week go on, for re-planning: copies a canonical input folder (contract §1) and
changes it as life does after the schedules went out. Synthetic, deterministic for a seed.

    python3 benchmarks/perturb.py IN OUT --withdraw 0.05 --call-off 0.02 --late 0.03 --seed 1

- `--withdraw F`: a fraction F of the visitors withdraw (`cancelled: yes` in visitors.csv);
  with `--plan PLAN_JSON`, only visitors who have a visit in that plan are drawn;
- `--call-off F`: a fraction F of the sessions are called off (`cancelled: yes` in sessions.csv),
  drawn among the sessions with visitors in `--plan` when given;
- `--late F`: F times as many new visitors register late (ids V-late-001, ...), each invented from
  parts of existing rows (a first name, a last name, another person's choices and languages),
  registered a day after the last registration.
Every row stays (contract §6: withdrawn and called-off rows stay so people can be told).
Prints what it changed, by id.
"""
import argparse, csv, datetime, json, os, random, shutil


def read(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        return reader.fieldnames, list(reader)


def write(path, fields, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def draw(rng, rows, key, fraction, among=None):
    pool = [r for r in rows if among is None or r[key] in among]
    return sorted(rng.sample(pool, min(len(pool), round(fraction * len(rows)))), key=lambda r: r[key])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("target")
    ap.add_argument("--withdraw", type=float, default=0.0)
    ap.add_argument("--call-off", type=float, default=0.0)
    ap.add_argument("--late", type=float, default=0.0)
    ap.add_argument("--plan", help="the plan.json people were told: draw among people and sessions it gives places to")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if os.path.exists(args.target):
        shutil.rmtree(args.target)
    shutil.copytree(args.source, args.target)
    placed, running = None, None
    if args.plan:
        with open(args.plan, encoding="utf-8") as f:
            plan = json.load(f)
        placed = {a["visitor_id"] for a in plan["assignments"]}
        running = {a["session_id"] for a in plan["assignments"]}

    fields, visitors = read(os.path.join(args.target, "visitors.csv"))
    if "cancelled" not in fields:
        fields.append("cancelled")
    withdrawn = draw(rng, visitors, "visitor_id", args.withdraw, placed)
    for v in withdrawn:
        v["cancelled"] = "yes"
    late = []
    last = max((v["registered_at"] for v in visitors if v.get("registered_at")), default="2025-10-31T12:00:00+01:00")
    stamp = datetime.datetime.fromisoformat(last) + datetime.timedelta(days=1)
    for i in range(round(args.late * len(visitors))):
        a, b, c = rng.sample(visitors, 3)
        vid = f"V-late-{i + 1:03d}"
        row = dict(c)
        row.update(visitor_id=vid, first_name=a["first_name"], last_name=b["last_name"],
                   email=f"late{i + 1:03d}@mail.example", phone="", cancelled="",
                   registered_at=(stamp + datetime.timedelta(minutes=7 * i)).isoformat())
        late.append(row)
    write(os.path.join(args.target, "visitors.csv"), fields, visitors + late)

    fields, sessions = read(os.path.join(args.target, "sessions.csv"))
    if "cancelled" not in fields:
        fields.append("cancelled")
    called_off = draw(rng, sessions, "session_id", args.call_off, running)
    for s in called_off:
        s["cancelled"] = "yes"
    write(os.path.join(args.target, "sessions.csv"), fields, sessions)
    print(f"withdrawn: {' '.join(v['visitor_id'] for v in withdrawn) or '-'}")
    print(f"called off: {' '.join(s['session_id'] for s in called_off) or '-'}")
    print(f"late: {len(late)} ({late[0]['visitor_id'] + '…' if late else '-'})")


if __name__ == "__main__":
    main()
