#!/usr/bin/env python3
"""Measures re-planning end to end (release build) beside the first plan, and prints a Markdown
table of medians for benchmarks/RESULTS.md.

    swift build -c release
    python3 benchmarks/replan.py --profile bassin --seeds 1 2 3 --runs 3

For each seed: generate the instance (generate.py), time `po-plan plan IN --out FIRST --eml`
(`--runs` times), then change the week with perturb.py (5% of the visitors with a visit
withdraw, 2% of the running sessions are called off, 3% late registrations) and time
`po-plan plan CHANGED --out NEXT --previous FIRST --eml` (`--runs` times, each into a fresh
folder). Both are whole runs: reading, solving every tier to proven optimality, and writing
every file (with --eml; the re-plan also writes the change mails and calendar.json).
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from run import BINARY, preamble  # noqa: E402


def timed(args):
    start = time.perf_counter()
    run = subprocess.run([BINARY, *args], capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"po-plan failed: {' '.join(args)}\n{run.stderr}")
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile", default="bassin")
    ap.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--withdraw", type=float, default=0.05)
    ap.add_argument("--call-off", type=float, default=0.02)
    ap.add_argument("--late", type=float, default=0.03)
    args = ap.parse_args()
    preamble()
    print("| instance | first plan median s (runs) | re-plan median s (runs) | changes | change mails | keep / coverage / preference / mix |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for seed in args.seeds:
            folder, changed = os.path.join(tmp, f"in-{seed}"), os.path.join(tmp, f"changed-{seed}")
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--profile", args.profile,
                            "--seed", str(seed), "--out", folder], check=True, capture_output=True)
            first = os.path.join(tmp, f"first-{seed}")
            firsts = [timed(["plan", folder, "--out", first, "--eml", "--quiet"]) for _ in range(args.runs)]
            subprocess.run([sys.executable, os.path.join(HERE, "perturb.py"), folder, changed,
                            "--withdraw", str(args.withdraw), "--call-off", str(args.call_off), "--late", str(args.late),
                            "--plan", os.path.join(first, "plan.json"), "--seed", str(seed)], check=True, capture_output=True)
            nexts = []
            for r in range(args.runs):
                out = os.path.join(tmp, f"next-{seed}-{r}")
                nexts.append(timed(["plan", changed, "--out", out, "--previous", first, "--eml", "--quiet"]))
            with open(os.path.join(out, "plan.json"), encoding="utf-8") as f:
                plan = json.load(f)
            mails = len(os.listdir(os.path.join(out, "mails", "changes", "eml")))
            values = " / ".join(str(t["value"]) for t in plan["objective"])
            fmt = lambda ts: f"{statistics.median(ts):.2f} ({', '.join(f'{t:.2f}' for t in ts)})"
            print(f"| {args.profile} seed {seed} | {fmt(firsts)} | {fmt(nexts)} | {len(plan['changes'])} visitors | "
                  f"{mails} | {values} |", flush=True)


if __name__ == "__main__":
    main()
