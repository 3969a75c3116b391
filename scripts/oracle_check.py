#!/usr/bin/env python3
"""Runs the real Timeloop on every Sparseloop folder the compiler writes.

For each network and preset: `sparse-opt --sparse-accel-pipeline`, then
`sparse-translate --to-sparseloop`, then in every operation folder
  1. the command the folder's README gives (`timeloop-model ...`), run with
     the oracle's `timeloop-model`, exactly those files, in that folder;
  2. `sparse-model` on the same files (`--format json`);
  3. a strict comparison of both (scripts/oracle_compare.py): cycles 0.5 %,
     energy 1 %, every per-level action count 1 %;
  4. where the README lists no approximation, Timeloop's cycles and energy
     against the operation's `accel.cost` (from INDEX) too; where it lists
     some, the difference the README states must be the one measured;
  5. with --mapper, `timeloop-mapper` on the folder with constraints that
     pin our mapping (scripts/oracle_mapper.py): it must find it legal and
     evaluate it to the same numbers.
A preset whose designs the public Timeloop cannot run (DSTC's position
skipping) must be refused by the translator with that reason.

Usage:
  oracle_check.py --timeloop-model PATH [--bin build/bin] [--presets a,b]
                  [--networks small_cnn,bert_encoder,resnet50] [--budget N]
                  [--jobs N] [--mapper] [--markdown FILE] [--check]
Prints one line per folder that differs and the totals; with --check the
exit status is 1 if anything differs, cannot be read, or fails to run.
"""
import argparse
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import folder_readme  # noqa: E402
import oracle_compare  # noqa: E402
import oracle_mapper  # noqa: E402
import timeloop_stats  # noqa: E402

PRESETS = ["tc", "stc", "stc-flexible", "s2ta", "highlight", "eyeriss", "eyeriss-v2",
           "scnn", "extensor"]
REFUSED = {"dstc": "position-skipping"}
NETWORKS = ["small_cnn", "bert_encoder", "resnet50"]


def run(cmd, cwd=None, timeout=600):
    return subprocess.run(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=timeout)


def check_folder(folder, index_row, args):
    """Returns a dict describing one folder's comparison."""
    res = {"folder": os.path.basename(folder), "errors": [], "mismatches": [], "compared": 0}
    try:
        readme = open(os.path.join(folder, "README")).read()
        tl_cmd, sm_cmd = folder_readme.commands(readme)
        claim = folder_readme.approximation_claim(readme)
    except (OSError, RuntimeError) as e:
        res["errors"].append(str(e))
        return res
    res["approximated"] = claim is not None
    t0 = time.time()
    p = run([args.timeloop_model] + tl_cmd[1:], cwd=folder)
    res["timeloop_seconds"] = time.time() - t0
    stats_path = os.path.join(folder, "timeloop-model.stats.txt")
    if folder_readme.public_refusal(readme):
        # Both Timeloop and sparse-model counting as it does must refuse
        # the files (Sparseloop's counting fits them).
        q = run([os.path.join(args.bin, "sparse-model")] + sm_cmd[1:] +
                ["--format=json", "--quiet", "--timeloop-variant=public-2022"], cwd=folder)
        res["compared"] += 1
        res["public_refusal"] = True
        if p.returncode == 0 and os.path.exists(stats_path):
            res["mismatches"].append("README says the public Timeloop refuses the files; it ran")
        if q.returncode != 2:
            res["mismatches"].append("README says the public Timeloop refuses the files; "
                                     "sparse-model --timeloop-variant=public-2022 exits %d"
                                     % q.returncode)
        return res
    if p.returncode != 0 or not os.path.exists(stats_path):
        tail = (p.stdout + p.stderr).strip().splitlines()[-3:]
        res["errors"].append("timeloop-model failed (exit %d): %s" % (p.returncode, " | ".join(tail)))
        return res
    try:
        tl = timeloop_stats.parse(open(stats_path).read())
    except timeloop_stats.StatsError as e:
        res["errors"].append("cannot read timeloop-model.stats.txt: %s" % e)
        return res
    # Action by action against the same Timeloop: sparse-model counting as
    # the public Timeloop of July 2022 does.
    p = run([os.path.join(args.bin, "sparse-model")] + sm_cmd[1:] +
            ["--format=json", "--quiet", "--timeloop-variant=public-2022"], cwd=folder)
    if p.returncode != 0:
        res["errors"].append("sparse-model failed (exit %d): %s" % (p.returncode, p.stderr.strip()))
        return res
    sm = json.loads(p.stdout)
    public = folder_readme.public_claim(readme)
    if public is not None:
        # Where the two Timeloops differ the README says by how much: the
        # files under Sparseloop's counting must give what accel.cost (or
        # the README's approximated numbers) say, and Timeloop the README's
        # public numbers.
        q = run([os.path.join(args.bin, "sparse-model")] + sm_cmd[1:] + ["--format=json", "--quiet"],
                cwd=folder)
        if q.returncode != 0:
            res["errors"].append("sparse-model failed (exit %d): %s" % (q.returncode, q.stderr.strip()))
            return res
        sl = json.loads(q.stdout)
        res["variant_gap"] = (public[0] / sl["cycles"] - 1 if sl["cycles"] else 0.0,
                              public[1] / sl["energy_pJ"] - 1 if sl["energy_pJ"] else 0.0)
        tl_totals = {"cycles": sl["cycles"], "energy_pJ": sl["energy_pJ"]}
        c = oracle_compare.Comparison()
        c.add("README's public-Timeloop cycles", tl["cycles"], public[0], oracle_compare.CYCLE_TOL)
        c.add("README's public-Timeloop energy", tl["energy_pJ"], public[1],
              oracle_compare.ENERGY_TOL)
        res["mismatches"] += [oracle_compare.format_row(r) for r in c.mismatches]
        res["compared"] += c.compared
    else:
        tl_totals = tl
    cmp = oracle_compare.compare(tl, sm)
    res["compared"] += cmp.compared
    res["mismatches"] += [oracle_compare.format_row(r) for r in cmp.mismatches]
    res["timeloop"] = {"cycles": tl["cycles"], "energy_pJ": tl["energy_pJ"]}
    res["sparse_model"] = {"cycles": sm["cycles"], "energy_pJ": sm["energy_pJ"]}
    worst = cmp.worst()
    res["worst"] = oracle_compare.format_row(worst) if worst else ""
    res["cycles_diff"] = cmp.get("cycles")[3]
    res["energy_diff"] = cmp.get("energy_pJ")[3]
    res["actions_worst"] = max([r[3] for r in cmp.rows if r[0] not in ("cycles", "energy_pJ")] or [0])
    cost_cycles, cost_energy = index_row
    if claim is None:
        # The files are exact: Timeloop must reproduce accel.cost.
        c = oracle_compare.Comparison()
        c.add("accel.cost cycles", tl_totals["cycles"], cost_cycles, oracle_compare.CYCLE_TOL)
        c.add("accel.cost energy", tl_totals["energy_pJ"], cost_energy, oracle_compare.ENERGY_TOL)
        res["mismatches"] += [oracle_compare.format_row(r) for r in c.mismatches]
        res["compared"] += c.compared
    else:
        files_cycles, files_energy, said_cycles, said_energy = claim
        if said_cycles != cost_cycles or abs(said_energy - cost_energy) > 1e-6 * abs(cost_energy):
            res["errors"].append("README's accel.cost (%d, %g) is not INDEX's (%d, %g)"
                                 % (said_cycles, said_energy, cost_cycles, cost_energy))
        c = oracle_compare.Comparison()
        c.add("README's cycles", tl_totals["cycles"], files_cycles, oracle_compare.CYCLE_TOL)
        c.add("README's energy", tl_totals["energy_pJ"], files_energy, oracle_compare.ENERGY_TOL)
        res["mismatches"] += [oracle_compare.format_row(r) for r in c.mismatches]
        res["compared"] += c.compared
        res["vs_cost"] = (files_cycles / cost_cycles - 1 if cost_cycles else 0.0,
                          files_energy / cost_energy - 1 if cost_energy else 0.0)
    if args.mapper:
        ok, msg = oracle_mapper.check(args.timeloop_mapper, folder, tl)
        res["mapper"] = ok
        if not ok:
            res["errors"].append("timeloop-mapper: " + msg)
    return res


def read_index(path):
    rows = {}
    for line in open(path):
        if line.startswith("#") or not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 5:
            raise RuntimeError("%s: unreadable INDEX line %r" % (path, line))
        rows[parts[0]] = (int(parts[2]), float(parts[3]))
    return rows


def run_case(network, preset, args, work):
    """Maps one network on one preset and checks every folder."""
    out = {"network": network, "preset": preset, "folders": [], "errors": []}
    src = os.path.join(ROOT, "examples", network + ".mlir")
    mapped = os.path.join(work, "%s.%s.mlir" % (network, preset))
    pipeline = "arch=%s" % preset + (" budget=%d" % args.budget if args.budget else "")
    p = run([os.path.join(args.bin, "sparse-opt"), src,
             "--sparse-accel-pipeline=" + pipeline, "-o", mapped])
    if p.returncode != 0:
        out["errors"].append("sparse-opt failed: " + p.stderr.strip()[-500:])
        return out
    folders = os.path.join(work, "%s.%s.sparseloop" % (network, preset))
    p = run([os.path.join(args.bin, "sparse-translate"), "--to-sparseloop", mapped, "-o", folders])
    out["translate"] = (p.stdout + p.stderr).strip()
    if preset in REFUSED:
        # Must be refused op by op, with the reason, and write nothing runnable.
        written = re.search(r"wrote (\d+) operation folder", p.stdout)
        if p.returncode != 0 or not written or written.group(1) != "0" or \
                REFUSED[preset] not in p.stderr:
            out["errors"].append("expected every operation refused for %s, got: %s"
                                 % (REFUSED[preset], out["translate"][-300:]))
        out["refused"] = True
        return out
    if p.returncode != 0:
        out["errors"].append("sparse-translate failed: " + out["translate"][-500:])
        return out
    skipped = re.findall(r"warning: not emitted: (.*)", p.stderr)
    out["skipped"] = skipped
    out["inexpressible"] = []
    for why in skipped:
        if "not mapped" in why:
            continue
        # The compiler's mapping fits under the HSS block law but not under
        # the only law Timeloop has (fixed-structured): no folder can run it.
        # Counted and shown, never silently dropped; any other skip fails.
        if why.startswith(INEXPRESSIBLE):
            out["inexpressible"].append(why)
        else:
            out["errors"].append("an operation was skipped: " + why)
    index = read_index(os.path.join(folders, "INDEX"))
    for name in sorted(index):
        out["folders"].append(check_folder(os.path.join(folders, name), index[name], args))
    return out


INEXPRESSIBLE = "Timeloop cannot run this mapping: under its fixed-structured law"


def pct(x):
    if x is None:
        return "-"
    return "%.2f %%" % (100 * x) if x == x and x != float("inf") else "inf"


def largest(folders, key, fmt):
    """How many folders have a (cycles, energy) difference under `key`, and
    the largest of each, or 'none'."""
    with_key = [f for f in folders if f.get(key)]
    if not with_key:
        return "none"
    cycles = max(with_key, key=lambda f: abs(f[key][0]))[key][0]
    energy = max(with_key, key=lambda f: abs(f[key][1]))[key][1]
    return fmt % (len(with_key), 100 * cycles, 100 * energy)


def markdown(results, args, seconds):
    lines = ["| network | preset | folders | compared quantities | differing | worst cycles | "
             "worst energy | worst action count | approximated folders: files vs accel.cost "
             "(cycles / energy, largest) | folders where the two Timeloops differ: public vs "
             "Sparseloop (cycles / energy, largest) |" + (" mapper |" if args.mapper else ""),
             "|---|---|---:|---:|---:|---:|---:|---:|---|---|" + ("---|" if args.mapper else "")]
    for r in results:
        if r.get("refused"):
            lines.append("| %s | %s | refused: %s (as intended) | | | | | | | |%s"
                         % (r["network"], r["preset"], REFUSED[r["preset"]],
                            " |" if args.mapper else ""))
            continue
        fs = r["folders"]
        compared = sum(f.get("compared", 0) for f in fs)
        bad = sum(len(f.get("mismatches", [])) + len(f["errors"]) for f in fs) + len(r["errors"])
        wc = max([f.get("cycles_diff", 0) for f in fs] or [0])
        we = max([f.get("energy_diff", 0) for f in fs] or [0])
        wa = max([f.get("actions_worst", 0) for f in fs] or [0])
        ap = largest(fs, "vs_cost", "%d: %+.1f %% / %+.1f %%")
        if r.get("inexpressible"):
            ap += "; %d not expressible (a buffer is short under Timeloop's " \
                  "fixed-structured law)" % len(r["inexpressible"])
        vg = largest(fs, "variant_gap", "%d: %+.2f %% / %+.2f %%")
        refused = sum(1 for f in fs if f.get("public_refusal"))
        if refused:
            vg += "; %d refused by the public one" % refused
        row = "| %s | %s | %d | %d | %d | %s | %s | %s | %s | %s |" % (
            r["network"], r["preset"], len(fs), compared, bad, pct(wc), pct(we), pct(wa), ap, vg)
        if args.mapper:
            # Folders the public Timeloop refuses outright get no mapper run.
            ran = [f for f in fs if "mapper" in f]
            row += " %d/%d legal%s |" % (
                sum(1 for f in ran if f["mapper"]), len(ran),
                "" if len(ran) == len(fs) else " (%d not run: refused)" % (len(fs) - len(ran)))
        lines.append(row)
    lines.append("")
    lines.append("%d folders, %d quantities compared, %d differ, %d operations not "
                 "expressible in Timeloop; %.0f s."
                 % (sum(len(r["folders"]) for r in results),
                    sum(f.get("compared", 0) for r in results for f in r["folders"]),
                    sum(len(f.get("mismatches", [])) + len(f["errors"])
                        for r in results for f in r["folders"]) +
                    sum(len(r["errors"]) for r in results),
                    sum(len(r.get("inexpressible", [])) for r in results), seconds))
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--timeloop-model", default=os.environ.get("TIMELOOP_MODEL"))
    ap.add_argument("--timeloop-mapper", default=None)
    ap.add_argument("--bin", default=os.path.join(ROOT, "build", "bin"))
    ap.add_argument("--presets", default=",".join(PRESETS + list(REFUSED)))
    ap.add_argument("--networks", default=",".join(NETWORKS))
    ap.add_argument("--budget", type=int, default=0, help="mapper budget (0: the pipeline's default)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--mapper", action="store_true", help="also check with timeloop-mapper")
    ap.add_argument("--markdown", help="write the summary table to this file")
    ap.add_argument("--update-doc", help="replace the table between the oracle-table "
                    "markers of this Markdown file (docs/sparseloop-export.md)")
    ap.add_argument("--json", help="write every result to this file")
    ap.add_argument("--workdir", help="keep the folders here (default: a temporary directory)")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if not args.timeloop_model or not os.access(args.timeloop_model, os.X_OK):
        print("error: no timeloop-model (pass --timeloop-model or set TIMELOOP_MODEL)")
        return 2
    if args.mapper and not args.timeloop_mapper:
        args.timeloop_mapper = os.path.join(os.path.dirname(args.timeloop_model), "timeloop-mapper")
    work = args.workdir or tempfile.mkdtemp(prefix="oracle-check.")
    os.makedirs(work, exist_ok=True)
    start = time.time()
    cases = [(n, p) for n in args.networks.split(",") for p in args.presets.split(",")]
    results = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for r in pool.map(lambda c: run_case(c[0], c[1], args, work), cases):
            results.append(r)
            fs = r["folders"]
            bad = [f for f in fs if f.get("mismatches") or f["errors"]]
            print("%-13s %-13s %3d folders, %5d quantities compared, %d folders differ%s" % (
                r["network"], r["preset"], len(fs), sum(f.get("compared", 0) for f in fs),
                len(bad), ("; " + "; ".join(r["errors"])) if r["errors"] else
                (" (refused as intended)" if r.get("refused") else "") +
                ("; %d not expressible in Timeloop" % len(r["inexpressible"])
                 if r.get("inexpressible") else "")), flush=True)
            for f in bad if args.verbose else bad[:3]:
                print("    %s:" % f["folder"])
                for line in (f["errors"] + f.get("mismatches", []))[: (50 if args.verbose else 4)]:
                    print("      " + line)
    seconds = time.time() - start
    table = markdown(results, args, seconds)
    print(table.splitlines()[-1])
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(table)
    if args.update_doc:
        begin, end = "<!-- oracle-table:begin -->", "<!-- oracle-table:end -->"
        text = open(args.update_doc).read()
        if begin not in text or end not in text:
            print("error: %s has no %s ... %s markers" % (args.update_doc, begin, end))
            return 2
        head, rest = text.split(begin, 1)
        _, tail = rest.split(end, 1)
        command = ("scripts/oracle_check.py --timeloop-model $(scripts/oracle.sh) --mapper "
                   "--update-doc docs/sparseloop-export.md")
        with open(args.update_doc, "w") as f:
            f.write(head + begin + "\n<!-- generated by: " + command + " -->\n\n" + table +
                    end + tail)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)
    failed = any(r["errors"] for r in results) or any(
        f.get("mismatches") or f["errors"] for r in results for f in r["folders"])
    return 1 if (args.check and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
