#!/usr/bin/env python3
"""Compare sparse-model against Sparseloop's own outputs.

For every case folder under the validation root (a folder holding
aggregated_input.yaml, map.yaml, ERT.yaml and reference.stats.txt) this runs
`sparse-model --format json` and compares, against reference.stats.txt:
  * total cycles and total energy,
  * per level and per tensor: actual/gated/skipped reads, fills, updates and
    actual/gated/skipped format (metadata, payload) accesses per rank,
  * compute: actual/gated/skipped computes.

Usage:
  validate_sparseloop.py --sparse-model build/bin/sparse-model \
      [--root ../shared/validation/sparseloop-micro22] [--markdown docs/validation.md] \
      [--check]

With --check the exit status is non-zero when a non-DSTC case misses the
targets (cycles 0.5 %, energy 1 %, every action count 1 %).
"""
import argparse
import json
import os
import re
import subprocess
import sys

CYCLE_TOL = 0.005
ENERGY_TOL = 0.01
ACTION_TOL = 0.01

OPS = ["reads", "fills", "updates"]
KINDS = ["Actual", "Gated", "Skipped"]


def parse_reference(path):
    """Reads Sparseloop's stats text into a nested dict."""
    ref = {"levels": {}, "compute": {}}
    level = None
    tensor = None
    in_stats = False
    pending_format = None
    with open(path) as f:
        lines = f.read().splitlines()
    done = False
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("Networks") or line.startswith("Operational Intensity"):
            done = True
            level = None
        m = re.match(r"^=== (\S+) ===$", line)
        if m and not done:
            level = m.group(1)
            tensor = None
            pending_format = None
            in_stats = False
            if level not in ref["levels"]:
                ref["levels"][level] = {"tensors": {}}
            continue
        if level is None:
            m = re.match(r"^Cycles: (\d+)", line)
            if m:
                ref["cycles"] = int(m.group(1))
            m = re.match(r"^Energy: ([\d.]+) uJ", line)
            if m:
                ref["energy_uJ"] = float(m.group(1))
            continue
        lv = ref["levels"][level]
        if line.strip() == "STATS":
            in_stats = True
            continue
        if not in_stats:
            continue
        m = re.match(r"^    Cycles\s+: (\d+)", line)
        if m:
            lv["cycles"] = int(m.group(1))
        for key, name in [("Actual Computes", "actual"), ("Gated Computes", "gated"),
                          ("Skipped Computes", "skipped"),
                          ("Algorithmic Computes", "algorithmic")]:
            m = re.match(r"^    %s \(total\)\s+: (\d+)" % key, line)
            if m:
                ref["compute"][name] = int(m.group(1))
                ref["compute_level"] = level
        m = re.match(r"^    Energy \(total\)\s+: ([\d.]+) pJ", line)
        if m:
            ref["compute"]["energy_pJ"] = float(m.group(1))
        m = re.match(r"^    (\w+):$", line)
        if m:
            tensor = m.group(1)
            lv["tensors"][tensor] = {}
            pending_format = None
            continue
        if tensor is None:
            continue
        t = lv["tensors"][tensor]
        m = re.match(r"^            Rank (\d+) \(metadata, payload\): \((\d+),\s*(\d+)\)", line)
        if m and pending_format:
            t.setdefault(pending_format, {})[int(m.group(1))] = (int(m.group(2)), int(m.group(3)))
            continue
        m = re.match(r"^        (\w+) scalar format (reads|fills|updates) \(per-instance\)\s*(: (\d+))?", line)
        if m:
            key = "format_%s_%s" % (m.group(2), m.group(1).lower())
            if m.group(4) is not None:
                t[key] = {}
                pending_format = None
            else:
                pending_format = key
            continue
        pending_format = None
        m = re.match(r"^        (Algorithmic|Actual|Gated|Skipped) scalar (reads|fills|updates) \(per-instance\)\s+: (\d+)", line)
        if m:
            t["%s_%s" % (m.group(2), m.group(1).lower())] = int(m.group(3))
            continue
        m = re.match(r"^        Energy \(total\)\s+: ([\d.]+) pJ", line)
        if m:
            t["energy_pJ"] = float(m.group(1))
        m = re.match(r"^        Utilized instances \(max\)\s+: (\d+)", line)
        if m:
            t["utilized_instances"] = int(m.group(1))
    total = ref["compute"].get("energy_pJ", 0.0)
    for name, lv in ref["levels"].items():
        for t in lv["tensors"].values():
            total += t.get("energy_pJ", 0.0)
    ref["energy_pJ"] = total
    return ref


def rel(a, b):
    if a == b:
        return 0.0
    if b == 0:
        return float("inf") if a != 0 else 0.0
    return abs(a - b) / abs(b)


def compare(ref, got):
    """Returns (cycle error, energy error, worst action error, worst action name)."""
    cyc = rel(got["cycles"], ref["cycles"])
    energy = rel(got["energy_pJ"], ref["energy_pJ"])
    worst, worst_name = 0.0, ""
    per_level = {}
    levels = {l["name"]: l for l in got["levels"]}

    def check(name, a, b):
        nonlocal worst, worst_name
        e = rel(a, b)
        # Counts below 10 carry rounding noise; compare them absolutely.
        if max(a, b) < 10:
            e = 0.0 if abs(a - b) <= 1 else e
        level = name.split(".")[0]
        per_level[level] = max(per_level.get(level, 0.0), e)
        if e > worst:
            worst, worst_name = e, name

    for c in ["actual", "gated", "skipped"]:
        if c in ref["compute"]:
            check("compute.%s" % c, got["compute"][c], ref["compute"][c])
    for lname, lv in ref["levels"].items():
        if lname == ref.get("compute_level"):
            continue
        g = levels.get(lname)
        if g is None:
            check("%s missing" % lname, 1, 0)
            continue
        for tname, t in lv["tensors"].items():
            gt = g["tensors"].get(tname)
            if gt is None:
                check("%s.%s missing" % (lname, tname), 1, 0)
                continue
            for op in OPS:
                for kind in ["actual", "gated", "skipped"]:
                    key = "%s_%s" % (op, kind)
                    if key in t:
                        check("%s.%s.%s" % (lname, tname, key), gt[op][kind], t[key])
                    fkey = "format_%s_%s" % (op, kind)
                    if fkey in t:
                        ranks = gt["format_" + op][kind]
                        for r, (md, pl) in t[fkey].items():
                            gmd, gpl = ranks[r] if r < len(ranks) else (0, 0)
                            check("%s.%s.%s[%d].md" % (lname, tname, fkey, r), gmd, md)
                            check("%s.%s.%s[%d].pl" % (lname, tname, fkey, r), gpl, pl)
                        if not t[fkey]:
                            for r, (gmd, gpl) in enumerate(ranks):
                                check("%s.%s.%s[%d]" % (lname, tname, fkey, r), gmd + gpl, 0)
    return cyc, energy, worst, worst_name, per_level


def find_cases(root):
    cases = []
    for dirpath, dirnames, filenames in os.walk(root):
        if "reference.stats.txt" in filenames and "aggregated_input.yaml" in filenames:
            cases.append(dirpath)
    return sorted(cases)


def run_case(tool, case):
    files = [os.path.join(case, "aggregated_input.yaml")]
    agg = open(files[0]).read()
    if not re.search(r"^mapping:", agg, re.M):
        files.append(os.path.join(case, "map.yaml"))
    files.append(os.path.join(case, "ERT.yaml"))
    p = subprocess.run([tool, "--format=json", "--quiet"] + files,
                       capture_output=True, text=True)
    if p.returncode != 0:
        return None, p.stderr.strip()
    return json.loads(p.stdout), None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sparse-model", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--root", default=os.path.join(
        here, "..", "..", "shared", "validation", "sparseloop-micro22"))
    ap.add_argument("--markdown", help="write the table as Markdown here")
    ap.add_argument("--check", action="store_true",
                    help="fail when a non-DSTC case misses a target")
    args = ap.parse_args()

    cases = find_cases(args.root)
    if not cases:
        print("no validation cases under %s" % args.root, file=sys.stderr)
        return 1
    rows = []
    misses = 0
    for case in cases:
        name = os.path.relpath(case, args.root)
        ref = parse_reference(os.path.join(case, "reference.stats.txt"))
        got, err = run_case(args.sparse_model, case)
        dstc = "DSTC" in name
        if got is None:
            rows.append((name, None, None, None, "sparse-model failed: " + err.splitlines()[0] if err else "failed", dstc, {}))
            if not dstc:
                misses += 1
            continue
        cyc, energy, worst, worst_name, per_level = compare(ref, got)
        ok = cyc <= CYCLE_TOL and energy <= ENERGY_TOL and worst <= ACTION_TOL
        if not ok and not dstc:
            misses += 1
        rows.append((name, cyc, energy, worst, worst_name, dstc, per_level))

    def pct(x):
        return "n/a" if x is None else ("inf" if x == float("inf") else "%.3f%%" % (100 * x))

    lines = ["| case | cycles err | energy err | worst action err | per-level worst action err | worst action |",
             "|---|---:|---:|---:|---|---|"]
    for name, cyc, energy, worst, wn, dstc, per_level in rows:
        levels = ", ".join("%s %s" % (k, pct(v)) for k, v in per_level.items())
        lines.append("| %s%s | %s | %s | %s | %s | %s |" % (
            name, " (DSTC)" if dstc else "", pct(cyc), pct(energy), pct(worst),
            levels, wn))
    nd = [r for r in rows if not r[5] and r[1] is not None]
    summary = []
    if nd:
        summary.append("non-DSTC cases: %d; max cycle error %s; max energy error %s; "
                       "max action error %s; cases missing a target: %d" % (
                           len([r for r in rows if not r[5]]),
                           pct(max(r[1] for r in nd)), pct(max(r[2] for r in nd)),
                           pct(max(r[3] for r in nd)), misses))
    ds = [r for r in rows if r[5] and r[1] is not None]
    if ds:
        summary.append("DSTC cases: %d; max cycle error %s; max energy error %s" % (
            len(ds), pct(max(r[1] for r in ds)), pct(max(r[2] for r in ds))))
    text = "\n".join(lines + [""] + summary)
    print(text)
    if args.markdown:
        header = [
            "# Cost-model validation against Sparseloop",
            "",
            "Generated by `scripts/validate_sparseloop.py --sparse-model "
            "build/bin/sparse-model --markdown docs/validation.md` (rerun it to "
            "refresh this page). Each row runs `sparse-model` on one case of "
            "`../shared/validation/sparseloop-micro22` and compares it with "
            "Sparseloop's `reference.stats.txt`:",
            "",
            "- *cycles err*, *energy err*: relative error of the totals (energy "
            "is the sum of every component's pJ, more precise than the printed uJ);",
            "- *worst action err*: the largest relative error over compute "
            "actual/gated/skipped counts and, per level and per tensor, the "
            "actual/gated/skipped reads, fills, updates and per-rank format "
            "(metadata, payload) accesses; *worst action* names it.",
            "",
            "Targets (non-DSTC): cycles <= 0.5 %, energy <= 1 %, every action "
            "count <= 1 %. DSTC cases use `position-skipping`, which only the "
            "authors' fork implements; their semantics are derived in "
            "`docs/cost-model.md` and their error is reported, not targeted.",
            "",
            "",
        ]
        with open(args.markdown, "w") as f:
            f.write("\n".join(header) + text + "\n")
    return 1 if (args.check and misses) else 0


if __name__ == "__main__":
    sys.exit(main())
