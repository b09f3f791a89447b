#!/usr/bin/env python3
"""Measures `po-plan plan` end to end (release build) on generated instances, phase by phase, with
its peak memory, a re-plan, and general solvers on the same models in the same run; prints
Markdown tables for benchmarks/RESULTS.md, each preceded by the command that reproduces it.

    swift build -c release
    python3 benchmarks/run.py --profiles bassin region region-hard stress --seeds 1 2 3 --runs 3 \\
        --replan bassin --peers highs glpsol --peer-time-limit 600

Each instance is generated with benchmarks/generate.py (synthetic data, deterministic per seed).
po-plan runs `--runs` times per instance under `/usr/bin/time -v`, without --quiet; its progress
lines on standard error give each phase:

    Read H hosts, S sessions, V visitors in X s          reading (from the start)
    Model: ...; built in X s                             eligibility and model
    Tier NAME: V (proven optimal | bound B) in X s       each tier, its value and its proof
    Planned in X s; writing                              from the start to the plan
    Plan ...: wrote N files to OUT in X s (writing Y s)  end to end, and the writing alone

Every figure is the median of the runs (each phase's median on its own); the wall time is measured
here around the whole process, and peak memory is `Maximum resident set size`. `load` is the
1-minute load average when the instance's runs ended: on a shared machine, read it beside the times.

Re-plan (`--replan PROFILE...`): perturb.py changes the week of each seed's instance (5% of the
visitors with a visit withdraw, 2% of the running sessions are called off, 3% more register
late), then `po-plan plan CHANGED --out NEXT --previous FIRST` runs `--runs` times, FIRST being
the plan of the runs above.

Peers (`--peers highs glpsol`): one more po-plan run with `--export-models DIR` writes each tier's
plain model (free MPS, one column per suggestion pair, earlier tiers held at their optimum); HiGHS
(benchmarks/peer_highs.py) and GLPK's own `glpsol` solve those files in order, each file from
scratch and stopped after `--peer-time-limit` seconds. The ratio is the peer's total over
po-plan's planning (model and tiers, the median above): how many times longer a general solver
takes on the model po-plan solved, without po-plan's reading or writing. A peer that is not
installed is said so in its column and on standard error.
"""
import argparse, csv, json, os, platform, re, shlex, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BINARY = os.path.join(ROOT, ".build", "release", "po-plan")
TIME = "/usr/bin/time"

READ = re.compile(r"^Read \d+ hosts, \d+ sessions, \d+ visitors in ([0-9.]+) s")
MODEL = re.compile(r"^Model: (\d+) ranked and (\d+) suggested pairs; (\d+) columns, (\d+) rows, (\d+) non-zeros"
                   r"(?:; built in ([0-9.]+) s)?")
TIER = re.compile(r"^Tier (\S+): (-?\d+) \((proven optimal|bound (-?\d+))\) in ([0-9.]+) s")
PLANNED = re.compile(r"^Planned in ([0-9.]+) s")
WROTE = re.compile(r"wrote (\d+) files to .* in ([0-9.]+) s(?: \(writing ([0-9.]+) s\))?$")
RSS = re.compile(r"Maximum resident set size \(kbytes\): (\d+)")


def generate(profile, seed, out):
    subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--profile", profile,
                    "--seed", str(seed), "--out", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def plan_once(folder, out, extra=()):
    """One `po-plan plan FOLDER --out OUT EXTRA`: wall seconds and plan.json (used by decisions.py)."""
    start = time.perf_counter()
    run = subprocess.run([BINARY, "plan", folder, "--out", out, *extra], capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if run.returncode != 0:
        sys.exit(f"po-plan failed on {folder}:\n{run.stderr}")
    with open(os.path.join(out, "plan.json")) as f:
        return elapsed, json.load(f)


def parse_progress(stderr):
    """The phases `po-plan plan` printed: read, model, tiers, planned, write, total (seconds), sizes."""
    p = {"tiers": []}
    for line in stderr.splitlines():
        line = line.strip()
        if m := READ.match(line):
            p["read"] = float(m.group(1))
        elif m := MODEL.match(line):
            p["ranked"], p["suggested"], p["columns"], p["rows"], p["nonzeros"] = map(int, m.group(1, 2, 3, 4, 5))
            if m.group(6):
                p["model"] = float(m.group(6))
        elif m := TIER.match(line):
            p["tiers"].append({"tier": m.group(1), "value": int(m.group(2)),
                               "bound": int(m.group(4)) if m.group(4) else int(m.group(2)),
                               "seconds": float(m.group(5))})
        elif m := PLANNED.match(line):
            p["planned"] = float(m.group(1))
        elif m := WROTE.search(line):
            p["files"], p["total"] = int(m.group(1)), float(m.group(2))
            # Older binaries print no writing time: the end-to-end time less the planned time.
            p["write"] = float(m.group(3)) if m.group(3) else p["total"] - p.get("planned", 0.0)
    if "planned" in p and "read" in p:
        p["planning"] = p["planned"] - p["read"]  # model and tiers, from the end of reading to the plan
    return p


def measure(args, timeout=None):
    """Runs `po-plan ARGS` under /usr/bin/time -v; returns wall seconds, the parsed progress and
    peak memory (MiB, None without /usr/bin/time). Progress lines are echoed on standard error as
    they come (warnings are not). Stops the script when po-plan fails or outlasts `timeout`."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        cmd = [BINARY, *args]
        if os.path.exists(TIME):
            cmd = [TIME, "-v", "-o", tf.name, *cmd]
        start = time.perf_counter()
        # Its own process group, so that a timeout stops po-plan and not only /usr/bin/time.
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                                start_new_session=True)
        timer = threading.Timer(timeout, os.killpg, (proc.pid, signal.SIGKILL)) if timeout else None
        if timer:
            timer.start()
        lines = []
        for line in proc.stderr:
            lines.append(line)
            if any(r.match(line.strip()) for r in (READ, MODEL, TIER, PLANNED)) or WROTE.search(line.strip()):
                print(f"    {line.rstrip()}", file=sys.stderr, flush=True)
        proc.wait()
        wall = time.perf_counter() - start
        if timer:
            timer.cancel()
            if proc.returncode == -signal.SIGKILL and wall >= timeout:
                sys.exit(f"po-plan ran longer than {timeout:g} s (--timeout): {shlex.join(args)}")
        stderr = "".join(lines)
        if proc.returncode != 0:
            sys.exit(f"po-plan failed ({proc.returncode}): {shlex.join(args)}\n{stderr[-3000:]}")
        m = RSS.search(tf.read()) if os.path.exists(TIME) else None
    p = parse_progress(stderr)
    p["wall"] = wall
    p["rss_mib"] = int(m.group(1)) / 1024 if m else None
    return p


def plan_runs(folder, out, runs, extra, timeout):
    """`runs` timed runs of `po-plan plan FOLDER --out OUT EXTRA`; the parsed runs and plan.json."""
    results = [measure(["plan", folder, "--out", out, "--seed", "1", *extra], timeout) for _ in range(runs)]
    with open(os.path.join(out, "plan.json"), encoding="utf-8") as f:
        plan = json.load(f)
    values = [tuple(t["value"] for t in r["tiers"]) for r in results]
    if len(set(values)) > 1:
        print(f"warning: {folder}: the runs reached different tier values {values}", file=sys.stderr)
    return results, plan


def med(results, key):
    xs = [r[key] for r in results if r.get(key) is not None]
    return statistics.median(xs) if xs else None


def fmt(x, digits=2):
    return "–" if x is None else f"{x:.{digits}f}"


def tier_cells(results, names):
    """One cell per tier name: the value (last run), `✓` when proven or its bound, the median seconds."""
    cells = []
    for name in names:
        ts = [t for r in results for t in r["tiers"] if t["tier"] == name]
        if not ts:
            cells.append("–")
            continue
        last = ts[-1]
        proof = "✓" if last["value"] == last["bound"] else f"bound {last['bound']}"
        cells.append(f"{last['value']} {proof} {fmt(statistics.median(t['seconds'] for t in ts))}")
    return cells


def sizes_of(folder):
    return [sum(1 for _ in csv.reader(open(os.path.join(folder, f), newline="", encoding="utf-8-sig"))) - 1
            for f in ("hosts.csv", "sessions.csv", "visitors.csv")]


def uptime():
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "uptime unavailable"


def preamble():
    """Stops when po-plan is not built; prints the machine and date a table of results was measured on."""
    if not os.path.exists(BINARY):
        sys.exit("build first: swift build -c release")
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}")
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print()


def phase_table(title, command, rows, names):
    """A Markdown table of phases, preceded by its command and the load when it was printed."""
    print(f"### {title}\n")
    print(f"```sh\n{command}\n```\n")
    print(f"Load at the end: `{uptime()}`\n")
    head = (["instance", "h/s/v", "pairs ranked / suggested", "end to end median s (runs)", "read", "model"]
            + [f"{n}: value, s" for n in names] + ["planning", "write (files)", "peak MiB", "status", "load"])
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for label, sizes, results, plan, load in rows:
        walls = [r["wall"] for r in results]
        last = results[-1]
        cells = [label, "/".join(map(str, sizes)), f"{last.get('ranked', '–')} / {last.get('suggested', '–')}",
                 f"{fmt(statistics.median(walls))} ({', '.join(fmt(w) for w in walls)})",
                 fmt(med(results, "read")), fmt(med(results, "model"))] + tier_cells(results, names) + [
                 fmt(med(results, "planning")), f"{fmt(med(results, 'write'))} ({last.get('files', '–')})",
                 fmt(med(results, "rss_mib"), 0), plan["status"], f"{load:.1f}"]
        print("| " + " | ".join(cells) + " |")
    print(flush=True)


def tier_names(rows):
    names = []
    for _, _, results, _, _ in rows:
        for t in results[-1]["tiers"]:
            if t["tier"] not in names:
                names.append(t["tier"])
    return names


# ---------------------------------------------------------------------------- peers

def highs_missing():
    try:
        import highspy  # noqa: F401
        return None
    except ImportError:
        return "missing: pip install highspy"


def glpsol_missing():
    return None if shutil.which("glpsol") else "missing: apt-get install glpk-utils"


def run_highs(files, limit):
    """HiGHS through peer_highs.py: total seconds, per-file (status, objective)."""
    try:
        peer = subprocess.run([sys.executable, os.path.join(HERE, "peer_highs.py"), "--json", "--no-install",
                               "--time-limit", str(limit), *files], capture_output=True, text=True,
                              timeout=limit * len(files) + 300)
        # HiGHS 1.16 prints its banner on standard output when it starts: the JSON follows it.
        result = json.loads(peer.stdout[peer.stdout.find("\n{") + 1 if not peer.stdout.startswith("{") else 0:])
    except subprocess.TimeoutExpired:
        return {"error": f"stopped after {limit * len(files) + 300:.0f} s"}
    except ValueError:
        return {"error": f"failed: {(peer.stderr or peer.stdout).strip()[-160:]}"}
    return {"total": result["total_seconds"], "solver": result.get("solver", "HiGHS"),
            "tiers": [(r["status"], r.get("objective")) for r in result["results"]]}


GLPSOL_STATUS = re.compile(r"^Status:\s+(.+?)\s*$", re.M)
GLPSOL_OBJ = re.compile(r"^Objective:\s+\S+ = (-?[0-9.eE+-]+)", re.M)


def run_glpsol(files, limit, tmp):
    """GLPK's glpsol on each file in order (maximised: GLPK's MPS has no OBJSENSE; each file from
    scratch, `--tmlim` seconds): total wall seconds, per-file (status, objective)."""
    total, tiers = 0.0, []
    for f in files:
        report = os.path.join(tmp, os.path.basename(f) + ".glpsol.txt")
        start = time.perf_counter()
        try:
            subprocess.run(["glpsol", "--freemps", f, "--max", "--tmlim", str(max(1, int(limit))), "-o", report],
                           capture_output=True, text=True, timeout=limit + 300)
        except subprocess.TimeoutExpired:
            return {"error": f"{os.path.basename(f)} ran past {limit + 300:.0f} s (reading and solving)"}
        total += time.perf_counter() - start
        text = open(report, encoding="utf-8", errors="replace").read() if os.path.exists(report) else ""
        s, o = GLPSOL_STATUS.search(text), GLPSOL_OBJ.search(text)
        tiers.append((s.group(1) if s else "no report", float(o.group(1)) if o else None))
    return {"total": total, "solver": "glpsol (GLPK 5.0)", "tiers": tiers}


def peer_cell(result, planning):
    """`total s (values) ratio`; values marked when a file was not solved to optimality, and the
    ratio then a lower bound (≥): the peer stopped at its time limit."""
    if "error" in result:
        return [result["error"], "–"]
    values, proven = [], True
    for status, obj in result["tiers"]:
        v = "–" if obj is None else str(round(obj))
        ok = status.upper() in ("OPTIMAL", "INTEGER OPTIMAL")
        proven &= ok
        values.append(v if ok else f"{v} ({status.lower()})")
    ratio = f"{'' if proven else '≥ '}{result['total'] / planning:.1f}×" if planning else "–"
    return [f"{result['total']:.2f} ({' / '.join(values)})", ratio]


def main():
    ap = argparse.ArgumentParser(description="Measure po-plan plan end to end, per phase, with peers.")
    ap.add_argument("--profiles", nargs="+", default=["bassin", "region", "region-hard", "stress"],
                    help="generate.py profiles (default: the four of issue 13; grand-bain too)")
    ap.add_argument("--seeds", nargs="+", type=int, default=[1, 2, 3])
    ap.add_argument("--runs", type=int, default=3, help="runs per instance (medians; 3 or more for RESULTS.md)")
    ap.add_argument("--replan", nargs="*", default=["bassin"], metavar="PROFILE",
                    help="also time a re-plan after 5%% withdrawals, 2%% called off, 3%% late, on these "
                         "profiles when measured (default: bassin; `--replan` alone: none)")
    ap.add_argument("--peers", nargs="*", default=[], choices=["highs", "glpsol"],
                    help="general solvers on the exported models, in the same run")
    ap.add_argument("--peer", action="store_true", help="the same as --peers highs glpsol")
    ap.add_argument("--peer-profiles", nargs="+", metavar="PROFILE",
                    help="profiles the peers run on (default: all measured)")
    ap.add_argument("--peer-time-limit", type=float, default=600, help="seconds per model file for each peer")
    ap.add_argument("--time-limit", type=float,
                    help="passed to po-plan as --time-limit (status 'feasible' when it stops early)")
    ap.add_argument("--timeout", type=float, default=7200, help="seconds before a po-plan run is given up")
    ap.add_argument("--work", help="keep instances and plans in this folder (default: a temporary one)")
    args = ap.parse_args()
    peers = ["highs", "glpsol"] if args.peer else list(dict.fromkeys(args.peers))
    command = "python3 benchmarks/run.py " + shlex.join(sys.argv[1:])
    extra = ["--time-limit", str(args.time_limit)] if args.time_limit else []
    missing = {"highs": highs_missing, "glpsol": glpsol_missing}
    missing = {p: missing[p]() for p in peers}
    for p, why in missing.items():
        if why:
            print(f"peer {p} {why}: its column says so", file=sys.stderr)
    preamble()
    print(f"Load at the start: `{uptime()}`\n")

    tmp_holder = None if args.work else tempfile.TemporaryDirectory()
    tmp = args.work or tmp_holder.name
    os.makedirs(tmp, exist_ok=True)
    rows, peer_rows, replan_rows = [], [], []
    for profile in args.profiles:
        for seed in args.seeds:
            folder = os.path.join(tmp, f"{profile}-{seed}")
            print(f"{profile} seed {seed}: generating", file=sys.stderr, flush=True)
            generate(profile, seed, folder)
            out = os.path.join(tmp, f"out-{profile}-{seed}")
            print(f"{profile} seed {seed}: {args.runs} run(s)", file=sys.stderr, flush=True)
            results, plan = plan_runs(folder, out, args.runs, extra, args.timeout)
            label = f"{profile} seed {seed}"
            rows.append((label, sizes_of(folder), results, plan, os.getloadavg()[0]))
            if peers and (args.peer_profiles is None or profile in args.peer_profiles):
                models = os.path.join(tmp, f"models-{profile}-{seed}")
                shutil.rmtree(models, ignore_errors=True)
                print(f"{profile} seed {seed}: exporting the models for the peers", file=sys.stderr, flush=True)
                measure(["plan", folder, "--out", os.path.join(tmp, f"peer-{profile}-{seed}"), "--seed", "1",
                           "--quiet", "--export-models", models, *extra], args.timeout)
                files = sorted(os.path.join(models, f) for f in os.listdir(models) if f.endswith(".mps"))
                planning = med(results, "planning")
                cells = []
                for p in ("highs", "glpsol"):
                    if p not in peers:
                        continue
                    if missing[p]:
                        cells += [missing[p], "–"]
                        continue
                    print(f"{profile} seed {seed}: peer {p}", file=sys.stderr, flush=True)
                    r = run_highs(files, args.peer_time_limit) if p == "highs" else \
                        run_glpsol(files, args.peer_time_limit, tmp)
                    cells += peer_cell(r, planning)
                cells.append(f"{os.getloadavg()[0]:.1f}")
                mib = sum(os.path.getsize(f) for f in files) / 2**20
                peer_rows.append([label, f"{len(files)} files, {mib:.0f} MiB",
                                  " / ".join(str(t["value"]) for t in results[-1]["tiers"]), fmt(planning), *cells])
            if profile in args.replan:
                changed = os.path.join(tmp, f"changed-{profile}-{seed}")
                subprocess.run([sys.executable, os.path.join(HERE, "perturb.py"), folder, changed,
                                "--withdraw", "0.05", "--call-off", "0.02", "--late", "0.03",
                                "--plan", os.path.join(out, "plan.json"), "--seed", str(seed)],
                               check=True, capture_output=True)
                print(f"{profile} seed {seed}: {args.runs} re-plan run(s)", file=sys.stderr, flush=True)
                nexts = []
                for r in range(args.runs):
                    nxt = os.path.join(tmp, f"next-{profile}-{seed}-{r}")
                    shutil.rmtree(nxt, ignore_errors=True)
                    nexts.append(measure(["plan", changed, "--out", nxt, "--previous", out, "--seed", "1", *extra],
                                           args.timeout))
                with open(os.path.join(nxt, "plan.json"), encoding="utf-8") as f:
                    replan = json.load(f)
                replan_rows.append((f"{label} re-plan ({len(replan.get('changes', []))} visitors changed)",
                                    sizes_of(changed), nexts, replan, os.getloadavg()[0]))

    phase_table("po-plan plan, end to end, per phase (seconds; medians)", command, rows, tier_names(rows))
    if replan_rows:
        firsts = {label: r for label, _, r, _, _ in rows}
        phase_table("Re-plan after 5% withdrawals, 2% called off, 3% late (`--previous`)", command,
                    replan_rows, tier_names(replan_rows))
        print("First plan of the same instance, end to end median s: " + "; ".join(
            f"{label.split(' re-plan')[0]} {fmt(statistics.median(r['wall'] for r in firsts[label.split(' re-plan')[0]]))}"
            for label, _, _, _, _ in replan_rows) + "\n")
    if peer_rows:
        print("### Peers on po-plan's exported plain models (seconds; ratio = peer / po-plan planning)\n")
        print(f"```sh\n{command}\n```\n")
        print(f"Load at the end: `{uptime()}`; time limit {args.peer_time_limit:g} s per model file.\n")
        head = ["instance", "models", "po-plan values", "po-plan planning"]
        for p in ("highs", "glpsol"):
            if p in peers:
                head += [f"{'HiGHS' if p == 'highs' else 'glpsol'} s (values)", "ratio"]
        head.append("load")
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in peer_rows:
            print("| " + " | ".join(r) + " |")
        print()
    if tmp_holder:
        tmp_holder.cleanup()


if __name__ == "__main__":
    main()
