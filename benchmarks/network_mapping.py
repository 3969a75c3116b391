#!/usr/bin/env python3
"""Whole networks through --sparse-accel-pipeline: time and search quality.

For each network (torchvision / PyTorch model definitions exported to
torch-mlir's torch dialect by scripts/torch_export.py, weights included, and
the repository's linalg examples) the pipeline runs at the default settings
and again with 10x the mapper budget, in one process run after the other on
an otherwise idle machine. Printed per network: wall seconds of each run
(parse, import, formats, mapping, report), the sum over layers of the
per-layer EDP the mapper minimises, the network's EDP (total energy x total
cycles), and the ratios default / 10x. The issue's targets: at most 5 s per
network by default, and EDP within 3 % of the 10x run.

  benchmarks/network_mapping.py --sparse-opt build/bin/sparse-opt \\
      [--arch stc] [--networks resnet50 densenet121 ...] [--markdown out.md]
"""
import argparse
import json
import re
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TORCH = ["resnet50", "densenet121", "inception_v3", "mobilenet_v3_small",
         "squeezenet1_1", "shufflenet_v2_x0_5", "tiny_transformer"]
LINALG = ["resnet50.mlir", "bert_encoder.mlir"]


def run(opt, path, arch, budget):
    opts = f"arch={arch} report=json" + (f" budget={budget}" if budget else "")
    start = time.time()
    p = subprocess.run([opt, path, "-o", os.devnull, "--mlir-print-op-on-diagnostic=false",
                        f"--sparse-accel-pipeline={opts}"], capture_output=True, text=True)
    seconds = time.time() - start
    if p.returncode:
        raise SystemExit(f"{path}: sparse-opt failed:\n{p.stderr[-800:]}")
    ops = [o for o in json.loads(p.stdout)["ops"] if o["mapped"]]
    energy = sum(o["energy_pJ"] for o in ops)
    cycles = sum(o["cycles"] for o in ops)
    layer_edp = sum(o["energy_pJ"] * o["cycles"] for o in ops) * 1e-12
    return dict(seconds=seconds, ops=len(ops), layer_edp=layer_edp,
                net_edp=energy * cycles * 1e-12)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sparse-opt", required=True)
    ap.add_argument("--arch", default="stc")
    ap.add_argument("--default-budget", type=int, default=0,
                    help="0: the pipeline's own default")
    ap.add_argument("--networks", nargs="*", default=TORCH + LINALG)
    ap.add_argument("--workdir", help="keep the exported networks here")
    ap.add_argument("--markdown", help="also write the table to this file")
    args = ap.parse_args()
    workdir = args.workdir or tempfile.mkdtemp(prefix="network-mapping-")
    os.makedirs(workdir, exist_ok=True)
    # The pipeline's default budget (for the 10x run), from its declaration.
    base = args.default_budget
    if not base:
        with open(os.path.join(ROOT, "include", "SparseAccel", "Pipelines", "Pipelines.h")) as f:
            m = re.search(r'"budget",.*?llvm::cl::init\((\d+)\)', f.read(), re.S)
        base = int(m.group(1))
    rows = []
    header = ("| network | level | MAC ops | default: s | 10x budget: s | "
              "sum of layer EDP, default / 10x | network EDP, default / 10x |")
    print(header)
    print("|---|---|---:|---:|---:|---:|---:|", flush=True)
    for net in args.networks:
        if net.endswith(".mlir"):
            path, level = os.path.join(ROOT, "examples", net), "linalg"
        else:
            path, level = os.path.join(workdir, f"{net}.torch.mlir"), "torch"
            if not os.path.exists(path):
                subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "torch_export.py"),
                                "--model", net, "-o", path], check=True)
        d = run(args.sparse_opt, path, args.arch, args.default_budget)
        x = run(args.sparse_opt, path, args.arch, 10 * base)
        row = (f"| {net} | {level} | {d['ops']} | {d['seconds']:.1f} | {x['seconds']:.1f} | "
               f"{d['layer_edp'] / x['layer_edp']:.3f} | {d['net_edp'] / x['net_edp']:.3f} |")
        rows.append(row)
        print(row, flush=True)
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write("\n".join([header, "|---|---|---:|---:|---:|---:|---:|"] + rows) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
