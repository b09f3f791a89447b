#!/usr/bin/env python3
"""Solve model files with HiGHS (PyPI package `highspy`) as a peer check of GLPK.

    python3 benchmarks/peer_highs.py tier1.mps tier2.mps tier3.mps [--json]
        [--sense auto|max|min] [--time-limit S] [--threads N] [--mip-rel-gap G]

Input: free MPS (GLPK's glp_write_mps with GLP_MPS_FILE, or any free MPS) or
CPLEX LP (.lp). Files are solved in the order given, each from scratch: for
the lexicographic flow, export one model per tier, each later tier already
holding the earlier tiers' optimum as a constraint; the report gives each
file's status, objective and wall seconds and the sum of the times.

Three things GLPK's writers do that HiGHS would otherwise misread (checked
with GLPK 5.0 and highspy 1.15):
  * glp_write_mps does not record the objective direction (no OBJSENSE
    section): an MPS file without OBJSENSE is solved as a maximisation under
    `--sense auto` (po-plan's tiers are all maximised); the report says so.
  * glp_write_mps writes the objective constant c0 as +c0 in the RHS of the
    objective row, while HiGHS (like CPLEX) reads that RHS as -c0: for a file
    written by GLPK the sign of the offset is flipped back.
  * glp_write_lp keeps the objective constant only as a comment
    (`\\* constant term = c0 *\\`): it is read from the comment and added.

`highspy` is installed with pip when it is missing (unless --no-install).
Exit status: 0 when every file solved to optimality, 1 otherwise.
"""
from __future__ import annotations

import argparse
import importlib
import json
import re
import subprocess
import sys
import time
from pathlib import Path


def load_highspy(install: bool):
    try:
        return importlib.import_module("highspy")
    except ImportError:
        if not install:
            sys.exit("highspy is not installed (pip install highspy)")
        print("highspy missing: pip install highspy", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "highspy"], check=True)
        importlib.invalidate_caches()
        return importlib.import_module("highspy")


def sniff(path: Path) -> dict:
    """What the file says about its producer, its direction and its constant."""
    info = {"format": "lp" if path.suffix.lower() == ".lp" else "mps", "glpk": False,
            "objsense": None, "glpk_lp_constant": None}
    head_lines = []
    with path.open("r", encoding="utf-8", errors="replace") as f:
        for i, line in enumerate(f):
            if i < 40:
                head_lines.append(line)
            s = line.strip()
            if info["format"] == "mps":
                up = s.upper()
                if up.startswith("OBJSENSE"):
                    rest = up[len("OBJSENSE"):].strip()
                    if rest:
                        info["objsense"] = rest
                    else:
                        nxt = f.readline().strip().upper()
                        info["objsense"] = nxt
                if up.startswith("COLUMNS"):
                    break  # OBJSENSE, if any, comes before COLUMNS
            else:
                m = re.match(r"^\\\*\s*constant term\s*=\s*([-+0-9.eE]+)\s*\*\\", s)
                if m:
                    info["glpk_lp_constant"] = float(m.group(1))
                if s.lower().startswith("subject to") or s.lower() == "st":
                    break
    head = "".join(head_lines)
    if info["format"] == "mps":
        info["glpk"] = "* Format:     Free MPS" in head or "* Format:     Fixed MPS" in head
        if info["objsense"]:
            info["objsense"] = "max" if info["objsense"].startswith("MAX") else "min"
    else:
        info["glpk"] = head.lstrip().startswith("\\* Problem:")
    return info


def solve(hs, path: Path, sense: str, time_limit: float | None, threads: int | None, gap: float) -> dict:
    t0 = time.perf_counter()
    info = sniff(path)
    h = hs.Highs()
    h.setOptionValue("output_flag", False)
    h.setOptionValue("mip_rel_gap", gap)
    if time_limit:
        h.setOptionValue("time_limit", float(time_limit))
    if threads:
        h.setOptionValue("threads", int(threads))
    st = h.readModel(str(path))
    if st == hs.HighsStatus.kError:
        return {"file": str(path), "status": "read error", "objective": None, "bound": None,
                "seconds": round(time.perf_counter() - t0, 3), "notes": ["HiGHS could not read the file"]}
    notes = []
    # direction
    file_sense = "max" if h.getObjectiveSense()[1] == hs.ObjSense.kMaximize else "min"
    if sense == "auto":
        if info["format"] == "mps" and info["objsense"] is None:
            use = "max"
            notes.append("MPS without OBJSENSE: solved as max (po-plan tiers are maximised)")
        else:
            use = file_sense
    else:
        use = sense
    h.changeObjectiveSense(hs.ObjSense.kMaximize if use == "max" else hs.ObjSense.kMinimize)
    # objective constant
    offset = h.getObjectiveOffset()[1]
    if info["format"] == "mps" and info["glpk"] and offset != 0:
        h.changeObjectiveOffset(-offset)
        notes.append(f"GLPK MPS objective constant {-offset:g} (sign of the RHS flipped)")
    if info["format"] == "lp" and info["glpk_lp_constant"]:
        h.changeObjectiveOffset(offset + info["glpk_lp_constant"])
        notes.append(f"GLPK LP objective constant {info['glpk_lp_constant']:g} read from its comment")
    t1 = time.perf_counter()
    h.run()
    t2 = time.perf_counter()
    status = h.modelStatusToString(h.getModelStatus())
    inf = h.getInfo()
    lp = h.getLp()
    n_int = sum(1 for t in (lp.integrality_ or []) if t != hs.HighsVarType.kContinuous)
    has_sol = inf.primal_solution_status == 2  # kSolutionStatusFeasible
    obj = inf.objective_function_value if has_sol else None
    bound = inf.mip_dual_bound if n_int else obj
    return {"file": str(path), "status": status, "sense": use,
            "objective": obj, "bound": bound,
            "rows": lp.num_row_, "columns": lp.num_col_, "integer_columns": n_int,
            "seconds": round(t2 - t0, 3), "solve_seconds": round(t2 - t1, 3),
            "nodes": inf.mip_node_count if n_int else 0, "notes": notes}


def fmt_num(x):
    if x is None:
        return "-"
    if abs(x - round(x)) < 1e-6:
        return str(int(round(x)))
    return f"{x:.6g}"


def main(argv=None):
    ap = argparse.ArgumentParser(description="Solve MPS / LP model files with HiGHS, in order.")
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ap.add_argument("--sense", choices=["auto", "max", "min"], default="auto")
    ap.add_argument("--time-limit", type=float, help="seconds per file")
    ap.add_argument("--threads", type=int, help="HiGHS threads")
    ap.add_argument("--mip-rel-gap", type=float, default=0.0,
                    help="relative MIP gap (default 0: prove optimality, as the lexicographic check needs)")
    ap.add_argument("--no-install", action="store_true", help="do not pip install highspy when missing")
    a = ap.parse_args(argv)
    hs = load_highspy(not a.no_install)
    results = []
    for f in a.files:
        if not f.exists():
            results.append({"file": str(f), "status": "missing", "objective": None, "bound": None,
                            "seconds": 0.0, "notes": []})
            continue
        results.append(solve(hs, f, a.sense, a.time_limit, a.threads, a.mip_rel_gap))
    total = round(sum(r["seconds"] for r in results), 3)
    all_optimal = all(r["status"] == "Optimal" for r in results)
    if a.json:
        print(json.dumps({"solver": f"HiGHS {hs.Highs().version()}", "results": results,
                          "total_seconds": total, "all_optimal": all_optimal}, indent=2))
    else:
        w = max(len(r["file"]) for r in results)
        print(f"{'file':<{w}}  {'status':<20} {'objective':>14} {'bound':>14} {'seconds':>9}")
        for r in results:
            print(f"{r['file']:<{w}}  {r['status']:<20} {fmt_num(r['objective']):>14} "
                  f"{fmt_num(r['bound']):>14} {r['seconds']:>9.3f}")
            for n in r.get("notes", []):
                print(f"{'':<{w}}    note: {n}")
        print(f"{'total':<{w}}  {'':<20} {'':>14} {'':>14} {total:>9.3f}")
    return 0 if all_optimal else 1


if __name__ == "__main__":
    sys.exit(main())
