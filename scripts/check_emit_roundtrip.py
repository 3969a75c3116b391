#!/usr/bin/env python3
"""For every Sparseloop reference case, writes the case as public-Timeloop
files with `sparse-model --emit-timeloop` and checks that `sparse-model` on
the written folder reports exactly the same cycles, energy and per-level
action counts as on the original files, or, where the case uses something
the public Timeloop cannot express (`stream:`), that the folder's README
lists it and states exactly what the files give. DSTC cases (position
skipping, which the public Timeloop lacks) must be refused with a clear
error.

  check_emit_roundtrip.py --sparse-model build/bin/sparse-model --root ../shared/validation

With --drop-trivial-loops it instead checks that removing the bound-1 loops
from each case's mapping changes no result.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import folder_readme  # noqa: E402


def cases(root):
    for dirpath, _, files in sorted(os.walk(root)):
        if "aggregated_input.yaml" in files and "ERT.yaml" in files:
            yield dirpath


def model(tool, files, extra=()):
    p = subprocess.run([tool, "--format=json", "--quiet", *extra, *files],
                       capture_output=True, text=True)
    return p.returncode, (json.loads(p.stdout) if p.returncode == 0 else p.stderr)


def case_files(case):
    files = [os.path.join(case, "aggregated_input.yaml")]
    if not re.search(r"^mapping:", open(files[0]).read(), re.M):
        files.append(os.path.join(case, "map.yaml"))
    files.append(os.path.join(case, "ERT.yaml"))
    return files


def check_trivial(args):
    same = bad = 0
    for case in cases(args.root):
        files = case_files(case)
        rc, ref = model(args.sparse_model, files)
        rc2, stripped = model(args.sparse_model, files, ["--drop-trivial-loops"])
        name = os.path.relpath(case, args.root)
        if rc != 0 or rc2 != 0 or json.dumps(ref, sort_keys=True) != json.dumps(
                stripped, sort_keys=True):
            bad += 1
            print("FAIL %s" % name)
        else:
            same += 1
    print("identical: %d; refused (position-skipping): 0; failed: %d" % (same, bad))
    return 1 if bad else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sparse-model", required=True)
    ap.add_argument("--root", required=True)
    ap.add_argument("--drop-trivial-loops", action="store_true",
                    help="instead compare each case with its mapping's "
                         "bound-1 loops removed")
    args = ap.parse_args()
    if args.drop_trivial_loops:
        return check_trivial(args)
    same = refused = bad = approximated = 0
    with tempfile.TemporaryDirectory() as tmp:
        for i, case in enumerate(cases(args.root)):
            files = case_files(case)
            out = os.path.join(tmp, "case%d" % i)
            rc, ref = model(args.sparse_model, files, ["--emit-timeloop=" + out])
            name = os.path.relpath(case, args.root)
            if rc != 0:
                if "position-skipping" in ref and not os.path.exists(out):
                    refused += 1
                else:
                    bad += 1
                    print("FAIL %s: emit failed: %s" % (name, ref.strip()))
                continue
            emitted = [os.path.join(out, f) for f in
                       ("arch.yaml", "problem.yaml", "map.yaml",
                        "sparse_opt.yaml", "ERT.yaml")]
            rc2, back = model(args.sparse_model, emitted)
            if rc2 != 0:
                bad += 1
                print("FAIL %s: emitted folder does not load: %s" % (name, back.strip()))
                continue
            claim = folder_readme.approximation_claim(open(os.path.join(out, "README")).read())
            if claim:
                # Something the public Timeloop cannot express (`stream:`):
                # the README must state what the files give instead.
                if claim[0] != back["cycles"] or \
                        abs(claim[1] - back["energy_pJ"]) > 1e-6 * back["energy_pJ"]:
                    bad += 1
                    print("FAIL %s: README says %s cycles, %s pJ; the files give %s, %s" % (
                        name, claim[0], claim[1], back["cycles"], back["energy_pJ"]))
                else:
                    approximated += 1
                continue
            if json.dumps(ref, sort_keys=True) != json.dumps(back, sort_keys=True):
                bad += 1
                print("FAIL %s: cycles %s -> %s, energy %s -> %s" % (
                    name, ref.get("cycles"), back.get("cycles"),
                    ref.get("energy_pJ"), back.get("energy_pJ")))
                continue
            same += 1
    print("identical: %d; approximated (README states the difference): %d; "
          "refused (position-skipping): %d; failed: %d" % (same, approximated, refused, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
