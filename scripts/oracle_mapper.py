#!/usr/bin/env python3
"""Asks the real `timeloop-mapper` whether a folder's mapping is legal.

The folder's `map.yaml` names every factor, permutation, split and
keep/bypass of every level; written as `mapspace_constraints` it pins the
mapspace to that one mapping. `timeloop-mapper` then searches it
exhaustively: it must report a valid mapping (its own legality checks:
capacities, fan-outs, spatial splits, bypass), and that mapping must
evaluate to the numbers `timeloop-model` gives for the folder.

Usage as a command: oracle_mapper.py TIMELOOP_MAPPER FOLDER
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import timeloop_stats  # noqa: E402

MAPPER_YAML = """mapper:
  algorithm: exhaustive
  optimization-metrics: [edp]
  num-threads: 1
  search-size: 0
  timeout: 0
  victory-condition: 0
  live-status: false
  diagnostics: true
"""


def constraints_from_mapping(text):
    """map.yaml's `mapping:` list, re-keyed as mapspace constraints."""
    body = []
    seen = False
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        if line.strip() == "mapping:":
            seen = True
            continue
        if not seen:
            raise ValueError("map.yaml: unexpected line before 'mapping:': %r" % line)
        if not re.match(r"^  - \{target: \S+, type: (datatype|temporal|spatial), .*\}$", line):
            raise ValueError("map.yaml: unexpected mapping entry: %r" % line)
        body.append(line)
    if not body:
        raise ValueError("map.yaml: no mapping entries")
    return "mapspace_constraints:\n  targets:\n" + "\n".join(body) + "\n"


def check(mapper, folder, model_stats):
    """(ok, message). `model_stats`: timeloop-model's parsed stats."""
    folder = os.path.abspath(folder)
    work = tempfile.mkdtemp(prefix="mapper.", dir=folder)
    try:
        with open(os.path.join(folder, "map.yaml")) as f:
            cons = constraints_from_mapping(f.read())
        with open(os.path.join(work, "constraints.yaml"), "w") as f:
            f.write(cons)
        with open(os.path.join(work, "mapper.yaml"), "w") as f:
            f.write(MAPPER_YAML)
        files = [os.path.join(folder, n) for n in
                 ("arch.yaml", "problem.yaml", "sparse_opt.yaml", "ERT.yaml")]
        p = subprocess.run([mapper] + files + ["constraints.yaml", "mapper.yaml"], cwd=work,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                           timeout=600)
        stats = os.path.join(work, "timeloop-mapper.stats.txt")
        if "no valid mappings found" in p.stdout or not os.path.exists(stats):
            tail = [l for l in p.stdout.splitlines() if l.strip()][-4:]
            return False, "found no legal mapping in the pinned mapspace (exit %d): %s" % (
                p.returncode, " | ".join(tail))
        if p.returncode != 0:
            return False, "exit %d" % p.returncode
        got = timeloop_stats.parse(open(stats).read())
        if got["cycles"] != model_stats["cycles"] or \
                abs(got["energy_pJ"] - model_stats["energy_pJ"]) > 1e-6 * model_stats["energy_pJ"] + 0.05:
            return False, ("the mapping it found evaluates to %d cycles, %.2f pJ; timeloop-model "
                           "gives %d cycles, %.2f pJ (the constraints did not pin our mapping)"
                           % (got["cycles"], got["energy_pJ"], model_stats["cycles"],
                              model_stats["energy_pJ"]))
        return True, "legal"
    except (OSError, ValueError, timeloop_stats.StatsError, subprocess.TimeoutExpired) as e:
        return False, str(e)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    folder = argv[2]
    with open(os.path.join(folder, "timeloop-model.stats.txt")) as f:
        model = timeloop_stats.parse(f.read())
    ok, msg = check(argv[1], folder, model)
    print(msg)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
