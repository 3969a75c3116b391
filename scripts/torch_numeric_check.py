#!/usr/bin/env python3
"""Runs the linalg that --sparse-import-torch makes and compares with PyTorch.

Each model is exported to the torch dialect (scripts/torch_export.py),
converted with `sparse-opt --sparse-import-torch`, given a `main` that feeds
a fixed input to `@forward` and prints the result, lowered to LLVM with
upstream MLIR passes (linalg.softmax decomposed by the transform
interpreter, one-shot bufferization, loops) and executed with `mlir-runner`.
The printed values must equal PyTorch's on the same input within `--rtol`.
Prints one line per model with the largest relative difference and the
number of values compared; exits 1 on any mismatch or failure.

  torch_numeric_check.py --sparse-opt build/bin/sparse-opt \\
      --mlir-opt /usr/lib/llvm-22/bin/mlir-opt
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from torch_export import export  # noqa: E402


class Cnn(torch.nn.Module):
    """Every CNN conversion: strided/padded conv with bias, batch norm,
    depthwise and grouped convs, hardswish, chunk + cat, ceil-mode max
    pooling, adaptive and plain average pooling, flatten, linear, softmax."""

    def __init__(self):
        super().__init__()
        self.c1 = torch.nn.Conv2d(3, 8, 3, stride=2, padding=1)
        self.bn = torch.nn.BatchNorm2d(8)
        self.dw = torch.nn.Conv2d(8, 8, 3, padding=1, groups=8, bias=False)
        self.g = torch.nn.Conv2d(8, 8, 1, groups=2)
        self.fc = torch.nn.Linear(8 * 2 * 2, 5)

    def forward(self, x):
        y = torch.relu(self.bn(self.c1(x)))
        y = torch.nn.functional.hardswish(self.dw(y))
        a, b = y.chunk(2, dim=1)
        y = torch.cat([b, a], 1)
        y = torch.nn.functional.max_pool2d(self.g(y), 3, 2, ceil_mode=True)
        y = torch.nn.functional.adaptive_avg_pool2d(y, 2)
        y = torch.nn.functional.avg_pool2d(y, 1)
        return torch.softmax(self.fc(y.flatten(1)), -1)


class Encoder(torch.nn.Module):
    """A transformer encoder layer (attention through linear, chunk,
    transposes, bmm, softmax; layer norm; GELU FFN) over embeddings."""

    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(50, 16)
        self.layer = torch.nn.TransformerEncoderLayer(16, 2, 32, batch_first=True,
                                                      activation="gelu")
        self.head = torch.nn.Linear(16, 3)

    def forward(self, ids):
        return self.head(self.layer(self.embed(ids))[:, 0])


def cases():
    torch.manual_seed(0)
    cnn = Cnn().eval()
    with torch.no_grad():
        cnn.bn.running_mean.uniform_(-1, 1)
        cnn.bn.running_var.uniform_(0.5, 2)
    x = (torch.arange(3 * 9 * 9, dtype=torch.float32).reshape(1, 3, 9, 9) % 17) / 10.0
    enc = Encoder().eval()
    ids = (torch.arange(2 * 6, dtype=torch.int64).reshape(2, 6) * 7) % 50
    return [("cnn", cnn, x), ("encoder", enc, ids)]


DECOMPOSE_SOFTMAX = """
  module attributes {transform.with_named_sequence} {
    transform.named_sequence @__transform_main(%root: !transform.any_op {transform.readonly}) {
      %s = transform.structured.match ops{["linalg.softmax"]} in %root : (!transform.any_op) -> !transform.any_op
      %d = transform.structured.decompose_interface %s : (!transform.any_op) -> !transform.any_op
      transform.yield
    }
  }
"""

LOWERING = [
    "--one-shot-bufferize=bufferize-function-boundaries "
    "function-boundary-type-conversion=identity-layout-map",
    "--convert-linalg-to-loops", "--expand-strided-metadata", "--lower-affine",
    "--convert-scf-to-cf", "--convert-math-to-llvm", "--convert-math-to-libm", "--convert-arith-to-llvm",
    "--finalize-memref-to-llvm", "--convert-func-to-llvm", "--convert-cf-to-llvm",
    "--convert-index-to-llvm", "--reconcile-unrealized-casts",
]


def element_type(t):
    return {torch.float32: "f32", torch.int64: "i64"}[t.dtype]


def tensor_type(t):
    return f"tensor<{'x'.join(str(d) for d in t.shape)}x{element_type(t)}>"


def driver(x, out_shape):
    """`@main`: the input as a constant, `@forward`, the result printed."""
    values = ", ".join(f"{v:.9e}" if x.dtype == torch.float32 else str(v)
                       for v in x.flatten().tolist())
    flat = f"tensor<{x.numel()}x{element_type(x)}>"
    dims = ", ".join(str(i) for i in range(x.dim()))
    sizes = ", ".join(str(d) for d in x.shape)
    out = f"tensor<{'x'.join(str(d) for d in out_shape)}xf32>"
    return f"""
  func.func private @printMemrefF32(tensor<*xf32>)
  func.func @main() {{
    %in = arith.constant dense<[{values}]> : {flat}
    %x = tensor.expand_shape %in [[{dims}]] output_shape [{sizes}] : {flat} into {tensor_type(x)}
    %r = call @forward(%x) : ({tensor_type(x)}) -> {out}
    %u = tensor.cast %r : {out} to tensor<*xf32>
    call @printMemrefF32(%u) : (tensor<*xf32>) -> ()
    return
  }}
"""


def check(name, model, x, args, workdir):
    with torch.no_grad():
        expected = model(x).flatten().tolist()
        out_shape = list(model(x).shape)
    torch_path = os.path.join(workdir, f"{name}.torch.mlir")
    with open(torch_path, "w") as f:
        f.write(export(model, x, "2023"))
    p = subprocess.run([args.sparse_opt, torch_path, "--sparse-import-torch",
                        "--mlir-print-op-on-diagnostic=false"],
                       capture_output=True, text=True)
    if p.returncode:
        return f"sparse-opt failed: {p.stderr[-400:]}"
    if "0 kept as not mapped" not in p.stderr:
        return "some torch operations were not converted:\n" + p.stderr[-800:]
    # Insert the transform script and the driver into the module's body; the
    # transform script needs its attribute on the enclosing module.
    lines = p.stdout.split("\n")
    at = next(i for i, l in enumerate(lines) if l.startswith("module"))
    header = lines[at]
    if header.startswith("module attributes {"):
        header = header.replace("module attributes {",
                                "module attributes {transform.with_named_sequence, ", 1)
    else:
        header = "module attributes {transform.with_named_sequence} {"
    lines[at] = header + DECOMPOSE_SOFTMAX + driver(x, out_shape)
    module = "\n".join(lines)
    run_path = os.path.join(workdir, f"{name}.run.mlir")
    with open(run_path, "w") as f:
        f.write(module)
    steps = [[args.mlir_opt, run_path, "--transform-interpreter",
              "--test-transform-dialect-erase-schedule"],
             [args.mlir_opt] + LOWERING]
    text = None
    for cmd in steps:
        p = subprocess.run(cmd, input=text, capture_output=True, text=True)
        if p.returncode:
            return f"{os.path.basename(cmd[0])} failed: {p.stderr[-600:]}"
        text = p.stdout
    libdir = os.path.join(os.path.dirname(os.path.dirname(os.path.realpath(args.mlir_opt))), "lib")
    runner = os.path.join(os.path.dirname(os.path.realpath(args.mlir_opt)), "mlir-runner")
    p = subprocess.run([runner, "-e", "main", "-entry-point-result=void",
                        f"-shared-libs={libdir}/libmlir_runner_utils.so,"
                        f"{libdir}/libmlir_c_runner_utils.so"],
                       input=text, capture_output=True, text=True)
    if p.returncode:
        return f"mlir-runner failed: {p.stderr[-600:]}"
    data = p.stdout[p.stdout.index("data ="):]
    got = [float(v) for v in re.findall(r"-?\d+\.?\d*(?:e[-+]?\d+)?|nan|-?inf", data)]
    if len(got) != len(expected):
        return f"printed {len(got)} values, PyTorch gives {len(expected)}"
    worst = max(abs(g - e) / max(abs(e), 1e-3) for g, e in zip(got, expected))
    status = "ok" if worst <= args.rtol else "MISMATCH"
    print(f"{name}: {len(got)} values compared, largest relative difference "
          f"{worst:.1e} ({status})")
    return None if status == "ok" else f"{name}: off by {worst:.2e}"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sparse-opt", required=True)
    ap.add_argument("--mlir-opt", required=True)
    ap.add_argument("--rtol", type=float, default=1e-4)
    args = ap.parse_args()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="torch-numeric-") as workdir:
        for name, model, x in cases():
            error = check(name, model, x, args, workdir)
            if error:
                print(f"{name}: FAILED: {error}")
                failures += 1
    print(f"{failures} model(s) differ from PyTorch")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
