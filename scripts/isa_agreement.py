#!/usr/bin/env python3
"""Runs layers end to end (prune -> sparse-opt pipeline -> sparse-translate
--to-accel-binary -> sparse-sim) and reports, per case, the simulator's
cycles against the cost model's prediction for the same mapping and the
largest error against an independent numpy reference.

    scripts/isa_agreement.py [--quick] [--check 0.05] [--markdown]

Needs build/bin on PATH (or SPARSEACCEL_BIN) and the Python package.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "build", "python_packages"))
import sparseaccel as sa  # noqa: E402

BIN = os.environ.get("SPARSEACCEL_BIN", os.path.join(HERE, "..", "build", "bin"))


def run(*cmd):
    p = subprocess.run([os.path.join(BIN, cmd[0])] + list(cmd[1:]),
                       capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError("%s failed: %s" % (cmd[0], p.stderr))
    return p.stdout


def hss_degrees():
    """The HighLight preset's patterns: C1(2:{2..8}) -> C0(2:{2..4})."""
    return ["C1(2:%d)->C0(2:%d)" % (h1, h0)
            for h1 in range(2, 9) for h0 in range(2, 5)]


def period(pattern):
    if pattern in ("dense", "unstructured"):
        return 1
    p = 1
    for part in pattern.split("->"):
        p *= int(part.split(":")[1].rstrip(")"))
    return p


def case(kind, arch, pattern, m, k, n, x_zero=0.3, seed=0, budget=400):
    """kind: linear or conv (conv: k is C, kernel 3x3 stride 2)."""
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "linear":
            w = rng.normal(size=(n, k)).astype(np.float32)
            axis = 1
            x = rng.normal(size=(m, k)).astype(np.float32)
        else:
            w = rng.normal(size=(n, k, 3, 3)).astype(np.float32)
            axis = 1
            x = rng.normal(size=(1, k, m, m)).astype(np.float32)
        if pattern == "unstructured":
            w[rng.random(size=w.shape) < 0.5] = 0
        elif pattern != "dense":
            _, w = sa.prune(w, pattern, axis=axis)
        x[rng.random(size=x.shape) < x_zero] = 0
        if kind == "linear":
            layer = ("fc", "linear", (m, k), w)
            ref = x.astype(np.float64) @ w.T.astype(np.float64)
        else:
            layer = ("conv", "conv2d", x.shape, w, (2, 2))
            ref = conv_ref(x, w, 2)
        ir = os.path.join(tmp, "l.mlir")
        open(ir, "w").write(sa.export_layers([layer]))
        mapped = os.path.join(tmp, "m.mlir")
        run("sparse-opt", ir, "--sparse-accel-pipeline=arch=%s budget=%d" %
            (arch, budget), "-o", mapped)
        out = os.path.join(tmp, "bin")
        run("sparse-translate", "--to-accel-binary", mapped, "-o", out)
        rows = [l.split("\t") for l in open(os.path.join(out, "INDEX"))
                if not l.startswith("#")]
        if len(rows) != 1:
            raise RuntimeError("expected one program, HOST says: " +
                               open(os.path.join(out, "HOST")).read())
        name, _, predicted, bits, encoding_bits = rows[0]
        encoding_bits = encoding_bits.strip()
        np.save(os.path.join(tmp, "x.npy"), x)
        stats = json.loads(run("sparse-sim", os.path.join(out, name + ".bin"),
                               "--input", os.path.join(tmp, "x.npy"),
                               "--output", os.path.join(tmp, "y.npy"),
                               "--format=json"))
        y = np.load(os.path.join(tmp, "y.npy"))
        err = float(np.max(np.abs(y - ref) / (1 + np.abs(ref))))
        return {"kind": kind, "arch": arch, "pattern": pattern,
                "shape": "%dx%dx%d" % (m, k, n), "predicted": int(predicted),
                "simulated": stats["cycles"], "compute": stats["compute_cycles"],
                "dma": stats["dma_cycles"], "glb": stats["glb_cycles"],
                "packed_bits": int(bits),
                "encoding_bits": None if encoding_bits == "-" else int(encoding_bits),
                "max_rel_err": err}


def conv_ref(x, w, stride):
    n, c, h, wd = x.shape
    f, _, kh, kw = w.shape
    oh, ow = (h - kh) // stride + 1, (wd - kw) // stride + 1
    y = np.zeros((n, f, oh, ow))
    for i in range(kh):
        for j in range(kw):
            patch = x[:, :, i:i + stride * oh:stride, j:j + stride * ow:stride]
            y += np.einsum("nchw,fc->nfhw", patch.astype(np.float64),
                           w[:, :, i, j].astype(np.float64))
    return y


def cases(quick):
    out = []
    degrees = hss_degrees()
    if quick:
        degrees = degrees[::4]
    for d in degrees:
        k = period(d) * max(2, 96 // period(d) + 1)
        out.append(("linear", "highlight", d, 37, k, 29))
    out.append(("linear", "tc", "dense", 37, 100, 29))
    out.append(("linear", "stc", "2:4", 37, 100, 29))
    out.append(("linear", "highlight", "dense", 37, 96, 29))
    out.append(("linear", "highlight", "unstructured", 37, 96, 29))
    out.append(("conv", "highlight", "C1(2:4)->C0(2:4)", 15, 32, 24))
    out.append(("linear", "highlight", "C1(2:4)->C0(2:4)", 256, 512, 512))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--check", type=float, default=None,
                    help="fail if a structured case's cycles differ by more")
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    results = [case(*c) for c in cases(args.quick)]
    bad = 0
    if args.markdown:
        print("| op | arch | weights | M x K x N | predicted | simulated | ratio |"
              " packed bits | encoding predicts | max rel. error |")
        print("|---|---|---|---|---:|---:|---:|---:|---:|---:|")
    for r in results:
        ratio = r["simulated"] / max(r["predicted"], 1)
        r["ratio"] = ratio
        # The bound applies to every case with structured weights.
        bounded = r["pattern"] != "unstructured"
        off = abs(ratio - 1) > (args.check or 1e9) and bounded
        # The packed weights take exactly what the encoding predicts.
        wrong = r["max_rel_err"] > 1e-4 or (
            r["encoding_bits"] is not None and r["encoding_bits"] != r["packed_bits"])
        bad += off or wrong
        if args.markdown:
            print("| %s | %s | %s | %s | %d | %d | %.3f | %d | %s | %.1e |" % (
                r["kind"], r["arch"], r["pattern"], r["shape"], r["predicted"],
                r["simulated"], ratio, r["packed_bits"],
                "-" if r["encoding_bits"] is None else r["encoding_bits"],
                r["max_rel_err"]))
        else:
            print("%-6s %-9s %-20s %-12s predicted %7d simulated %7d "
                  "(compute %6d dma %6d glb %6d) ratio %.3f bits %d/%s "
                  "err %.1e%s" % (
                      r["kind"], r["arch"], r["pattern"], r["shape"],
                      r["predicted"], r["simulated"], r["compute"], r["dma"],
                      r["glb"], ratio, r["packed_bits"],
                      "-" if r["encoding_bits"] is None else r["encoding_bits"],
                      r["max_rel_err"], "  <-- FAIL" if off or wrong else ""))
    print("%d cases, %d outside the bounds" % (len(results), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
