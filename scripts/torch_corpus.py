#!/usr/bin/env python3
"""Exports real networks to torch-mlir's torch dialect and maps them.

For each (model, vintage, pruning) the model definition (torchvision, or the
BERT-style tiny_transformer) goes through scripts/torch_export.py, then
`sparse-opt --sparse-accel-pipeline` on the torch module. The MAC operations
are counted twice, independently: in the exported torch text (convolution,
linear, mm, bmm, matmul, addmm, baddbmm lines) and in the report (mapped
contractions). A line per case:

  squeezenet1_1 2023: 26 MAC ops in torch, 26 mapped, 0 not mapped, 0 not converted, speedup 1.00x, 4.1 s

and exit status 1 when any MAC operation is lost, any operation stays
unconverted, or a run fails. `--keep DIR` keeps the exported files.

  torch_corpus.py --sparse-opt build/bin/sparse-opt [--budget 300] [--arch stc]
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
MAC_OPS = re.compile(r"= torch\.aten\.(_?convolution|conv[12]d|linear|mm|bmm|matmul|"
                     r"addmm|baddbmm|scaled_dot_product_attention)\b")
# (model, vintage, prune)
CASES = [
    ("squeezenet1_1", "2023", None),
    ("mobilenet_v3_small", "2022", "2:4"),
    ("shufflenet_v2_x0_5", "2024", None),
    ("tiny_transformer", "2023", "2:4"),
    ("edge_cases", "2023", None),
]


def run_case(opt, model, vintage, prune, budget, arch, workdir):
    path = os.path.join(workdir, f"{model}.{vintage}.torch.mlir")
    cmd = [sys.executable, os.path.join(HERE, "torch_export.py"), "--model", model,
           "--vintage", vintage, "-o", path]
    if prune:
        cmd += ["--prune", prune]
    if not os.path.exists(path):  # one export serves every preset
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode:
            return None, f"export failed: {p.stderr.strip()[-300:]}"
    with open(path) as f:
        text = f.read()
    # Attention counts as its two batch matmuls once converted.
    macs = 0
    for m in MAC_OPS.finditer(text):
        macs += 2 if m.group(1) == "scaled_dot_product_attention" else 1
    start = time.time()
    p = subprocess.run([opt, path, "-o", os.devnull, "--mlir-print-op-on-diagnostic=false",
                        f"--sparse-accel-pipeline=arch={arch} budget={budget} report=json"],
                       capture_output=True, text=True)
    seconds = time.time() - start
    if p.returncode:
        return None, f"sparse-opt failed: {p.stderr.strip()[-500:]}"
    report = json.loads(p.stdout)
    ops = report["ops"]
    mapped = [o for o in ops if o["mapped"]]
    unmapped = [o for o in ops if not o["mapped"]]
    contraction_unmapped = [o for o in unmapped
                            if not o["op"].startswith("linalg.pooling")]
    imported = re.search(r"(\d+) torch operations converted to linalg, (\d+) kept",
                         p.stderr)
    if not imported:
        return None, "no sparse-import-torch summary in the diagnostics"
    not_converted = int(imported.group(2))
    cycles = sum(o["cycles"] for o in mapped)
    dense = sum(o["dense_cycles"] for o in mapped)
    row = dict(model=model, vintage=vintage, prune=prune, macs=macs,
               mapped=len(mapped), unmapped=len(contraction_unmapped),
               not_converted=not_converted, seconds=seconds,
               speedup=dense / cycles if cycles else 0.0, path=path,
               reasons=sorted({o.get("reason", "") for o in contraction_unmapped}))
    return row, None


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sparse-opt", required=True)
    ap.add_argument("--budget", type=int, default=300)
    ap.add_argument("--arch", default="stc",
                    help="a preset, or several separated by commas")
    ap.add_argument("--keep", help="directory for the exported modules")
    ap.add_argument("--only", nargs="*", help="models to run")
    args = ap.parse_args()
    workdir = args.keep or tempfile.mkdtemp(prefix="torch-corpus-")
    os.makedirs(workdir, exist_ok=True)
    failures = 0
    for model, vintage, prune in CASES:
        if (args.only and model not in args.only) or \
                (not args.only and model == "edge_cases"):
            continue
        row = None
        for arch in args.arch.split(","):
            row, error = run_case(args.sparse_opt, model, vintage, prune, args.budget,
                                  arch, workdir)
            label = f"{model} {vintage}" + (f" pruned {prune}" if prune else "") + \
                ("" if "," not in args.arch else f" on {arch}")
            if error:
                print(f"{label}: FAILED: {error}")
                failures += 1
                continue
            ok = (row["macs"] == row["mapped"] and row["unmapped"] == 0 and
                  row["not_converted"] == 0)
            failures += not ok
            print(f"{label}: {row['macs']} MAC ops in torch, {row['mapped']} mapped, "
                  f"{row['unmapped']} not mapped, {row['not_converted']} not converted, "
                  f"speedup {row['speedup']:.2f}x, {row['seconds']:.1f} s"
                  + ("" if ok else f"  <- MISMATCH {row['reasons']}"), flush=True)
        if not args.keep and row:
            os.remove(row["path"])
    print(f"{failures} case(s) failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
