#!/usr/bin/env python3
"""Checks the mapper's choice with the real Timeloop.

For each case folder (Timeloop inputs with a reference mapping), runs
`sparse-model --search` on it, writes the best mapping found as a Timeloop
folder (`--emit-timeloop`), evaluates that folder and the case's own
mapping with the real `timeloop-model`, and compares energy-delay products:
the mapper must find a mapping that the real Timeloop rates at least as
good as the reference mapping (the case's reference.stats.txt when there is
one, and the public Timeloop's own evaluation of the reference mapping),
within the time limit. The model's prediction for the chosen mapping is
compared with Timeloop's too (a mapper that exploits the model's errors
would show here).

    mapper_vs_timeloop.py --timeloop-model PATH --sparse-model PATH \\
        [--search random|exhaustive] [--variant public-2022] \\
        [--time-limit 2] CASE...

Exit status 1 when a case fails a check or cannot be read.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import timeloop_stats  # noqa: E402


def case_files(case):
    return sorted(f for f in os.listdir(case)
                  if f.endswith(".yaml") and f != "ART.yaml")


def timeloop(tool, folder, files):
    """(cycles, energy_pJ) that timeloop-model reports for `files`."""
    p = subprocess.run([tool] + files, cwd=folder, capture_output=True,
                       text=True)
    stats = os.path.join(folder, "timeloop-model.stats.txt")
    if p.returncode != 0 or not os.path.exists(stats):
        raise RuntimeError("timeloop-model failed in %s: %s" %
                           (folder, (p.stderr or p.stdout)[-400:]))
    s = timeloop_stats.parse(open(stats).read())
    return s["cycles"], s["energy_pJ"]


def check(args, case):
    row = {"case": os.path.relpath(case, args.root) if args.root else case}
    files = case_files(case)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "best")
        start = time.monotonic()
        p = subprocess.run([args.sparse_model, "--search=" + args.search,
                            "--timeloop-variant=" + args.variant,
                            "--format=json", "--quiet", "--emit-timeloop",
                            out] + files,
                           cwd=case, capture_output=True, text=True)
        row["seconds"] = time.monotonic() - start
        if p.returncode != 0:
            raise RuntimeError("sparse-model --search failed on %s: %s" %
                               (case, p.stderr[-400:]))
        found = json.loads(p.stdout)
        pred = {"cycles": found["best"]["cycles"],
                "energy": found["best"]["energy_pJ"]}
        best = timeloop(args.timeloop_model, out, case_files(out))
        given_dir = os.path.join(tmp, "given")
        shutil.copytree(case, given_dir)
        given = timeloop(args.timeloop_model, given_dir, files)
    row["best_tl"] = best
    row["given_tl"] = given
    row["model_edp"] = pred["cycles"] * pred["energy"]
    ref = os.path.join(case, "reference.stats.txt")
    if os.path.exists(ref):
        s = timeloop_stats.parse(open(ref).read())
        row["reference"] = (s["cycles"], s["energy_pJ"])
    edp = lambda ce: ce[0] * ce[1]  # noqa: E731
    bound = min(edp(given), edp(row["reference"])) if "reference" in row \
        else edp(given)
    row["ratio"] = edp(best) / bound
    row["model_vs_tl"] = row["model_edp"] / edp(best) - 1
    row["ok"] = row["ratio"] <= 1 + 1e-9 and row["seconds"] <= args.time_limit
    return row


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--timeloop-model", required=True)
    ap.add_argument("--sparse-model", required=True)
    ap.add_argument("--search", default="random",
                    choices=["random", "exhaustive"])
    ap.add_argument("--time-limit", type=float, default=2.0)
    ap.add_argument("--variant", default="sparseloop",
                    choices=["sparseloop", "public-2022"],
                    help="the model's --timeloop-variant (public-2022 makes "
                    "its predictions comparable with the oracle's)")
    ap.add_argument("--root", help="print case names relative to this")
    ap.add_argument("cases", nargs="+")
    args = ap.parse_args()
    args.sparse_model = os.path.abspath(args.sparse_model) \
        if os.sep in args.sparse_model else shutil.which(args.sparse_model)
    args.timeloop_model = os.path.abspath(args.timeloop_model)
    rows, failed = [], 0
    for case in args.cases:
        try:
            rows.append(check(args, os.path.abspath(case)))
        except (RuntimeError, ValueError, KeyError) as e:
            print("error: %s: %s" % (case, e), file=sys.stderr)
            failed += 1
    print("| case | search time | best: Timeloop cycles | best: Timeloop energy (pJ) "
          "| model vs Timeloop on it (EDP) | reference mapping: Timeloop EDP "
          "| best / reference EDP | |")
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        ref = r.get("reference", r["given_tl"])
        print("| %s | %.2f s | %d | %.2f | %+.3f%% | %.4g | %.4f | %s |" % (
            r["case"], r["seconds"], r["best_tl"][0], r["best_tl"][1],
            100 * r["model_vs_tl"], ref[0] * ref[1], r["ratio"],
            "ok" if r["ok"] else "FAIL"))
        failed += not r["ok"]
    print("%d cases, %d better than or equal to their reference mapping on "
          "the real Timeloop within %.1f s, %d failed" %
          (len(args.cases), sum(r["ok"] for r in rows), args.time_limit,
           failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
