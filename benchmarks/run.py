#!/usr/bin/env python3
"""Measures `po-plan plan` end to end (release build) on generated instances, and HiGHS on the
same models, and prints a Markdown table of medians for benchmarks/RESULTS.md.

    swift build -c release
    python3 benchmarks/run.py --profiles bassin region --seeds 1 2 3 --runs 3

Each instance is generated with benchmarks/generate.py (synthetic data). po-plan runs `--runs`
times per instance; the median wall time is reported with each tier's value and proof. The peer
is HiGHS (benchmarks/peer_highs.py) solving the per-tier models po-plan exports with
--export-models: the plain model of each tier, with earlier tiers held at their optimum, one
column per suggestion pair (what a general MIP solver gets without po-plan's aggregated
suggestions and room rows).
"""
import argparse, csv, json, os, platform, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, ".build", "release", "po-plan")


def generate(profile, seed, out):
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--profile", profile,
                    "--seed", str(seed), "--out", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def plan_once(folder, out, extra=()):
    start = time.perf_counter()
    run = subprocess.run([BINARY, "plan", folder, "--out", out, *extra], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"po-plan failed on {folder}:\n{run.stderr}")
    with open(os.path.join(out, "plan.json")) as f:
        plan = json.load(f)
    return elapsed, plan


def preamble():
    """Stops when po-plan is not built; prints the machine and date a table of results was measured on."""
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release")
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"date: {time.strftime('%Y-%m-%d')}")
    print()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", nargs="+", default=["bassin", "region"])
    ap.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--peer", action="store_true", help="also solve the exported full models with HiGHS")
    ap.add_argument("--peer-time-limit", type=float, default=600)
    args = ap.parse_args()
    preamble()
    header = "| instance | hosts/sessions/visitors | po-plan median s (runs) | status | coverage / preference / mix |"
    if args.peer:
        header += " HiGHS s (sum of tiers) |"
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    with tempfile.TemporaryDirectory() as tmp:
        for profile in args.profiles:
            for seed in args.seeds:
                folder = os.path.join(tmp, f"{profile}-{seed}")
                generate(profile, seed, folder)
                times, plan = [], None
                for r in range(args.runs):
                    t, plan = plan_once(folder, os.path.join(tmp, f"out-{profile}-{seed}"), ["--quiet", "--seed", "1"])
                    times.append(t)
                sizes = [sum(1 for _ in csv.reader(open(os.path.join(folder, f), newline="", encoding="utf-8-sig"))) - 1
                         for f in ("hosts.csv", "sessions.csv", "visitors.csv")]
                values = " / ".join(str(t["value"]) for t in plan["objective"])
                row = (f"| {profile} seed {seed} | {'/'.join(map(str, sizes))} | {statistics.median(times):.2f} "
                       f"({', '.join(f'{t:.2f}' for t in times)}) | {plan['status']} | {values} |")
                if args.peer:
                    models = os.path.join(tmp, f"models-{profile}-{seed}")
                    plan_once(folder, os.path.join(tmp, f"peer-{profile}-{seed}"),
                              ["--quiet", "--seed", "1", "--export-models", models])
                    files = sorted(os.path.join(models, f) for f in os.listdir(models))
                    peer = subprocess.run([sys.executable, os.path.join(HERE, "peer_highs.py"), "--json",
                                           "--time-limit", str(args.peer_time_limit), *files],
                                          capture_output=True, text=True)
                    try:
                        result = json.loads(peer.stdout)
                        total = result.get("total_seconds")
                        objs = [str(round(m.get("objective") or 0)) for m in result.get("results", [])]
                        row += f" {total:.2f} ({' / '.join(objs)}) |"
                    except (ValueError, TypeError):
                        row += f" failed: {peer.stderr.strip()[:80]} |"
                print(row, flush=True)


if __name__ == "__main__":
    main()
