#!/usr/bin/env python3
"""Times --sparse-accel-pipeline on the example networks.

For each (example, arch, budget): wall time of the whole run, the number of
mapped operations, how many distinct problems were searched (repeated
layers reuse an earlier search; accel-map's remark says how many), the
mappings evaluated (from the JSON report: the search of each distinct
problem, plus the same again for its dense reference) and evaluations per
second. Prints a Markdown table.

  bench_pipeline.py --sparse-opt build/bin/sparse-opt [--budgets 4000 20000]
"""
import argparse
import json
import os
import re
import subprocess
import time


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sparse-opt", required=True)
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--examples", default=os.path.join(here, "..", "examples"))
    ap.add_argument("--budgets", type=int, nargs="+", default=[4000, 10000, 20000])
    ap.add_argument("--arch", default="highlight")
    args = ap.parse_args()
    print("| example | arch | budget | ops mapped | distinct problems | seconds | seconds per op | evaluations/s |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for example in ["resnet50.mlir", "bert_encoder.mlir", "small_cnn.mlir"]:
        for budget in args.budgets:
            path = os.path.join(args.examples, example)
            start = time.time()
            p = subprocess.run(
                [args.sparse_opt, path, "-o", os.devnull,
                 "--sparse-accel-pipeline=arch=%s budget=%d activation-density=0.5 report=json"
                 % (args.arch, budget)], capture_output=True, text=True)
            seconds = time.time() - start
            if p.returncode != 0:
                print("| %s | %s | %d | failed | | | | |" % (example, args.arch, budget))
                continue
            report = json.loads(p.stdout)
            mapped = [o for o in report["ops"] if o["mapped"]]
            reuse = re.search(r"(\d+) distinct problems searched", p.stderr)
            distinct = int(reuse.group(1)) if reuse else len(mapped)
            per_op = sum(o["mappings_evaluated"] for o in mapped) / len(mapped)
            evals = 2 * per_op * distinct
            print("| %s | %s | %d | %d | %d | %.2f | %.3f | %.0f |" % (
                example, args.arch, budget, len(mapped), distinct, seconds,
                seconds / len(mapped), evals / seconds))


if __name__ == "__main__":
    main()
