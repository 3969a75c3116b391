# RUN: cd %S && %pytest test_accel_binary 2>&1 | FileCheck %s
# CHECK: OK
"""End to end: a pruned layer through the pipeline, lowered to an
accelerator program, run by sparse-sim on real data, checked against numpy
(an independent reference)."""
import json
import os
import subprocess
import tempfile
import unittest

import numpy as np

import sparseaccel as sa


def run(*cmd):
    p = subprocess.run(list(cmd), capture_output=True, text=True)
    if p.returncode != 0:
        raise AssertionError("%s failed: %s" % (cmd[0], p.stderr))
    return p.stdout


class AccelBinaryTest(unittest.TestCase):
    def check(self, pattern, arch, m=13, k=48, n=20, seed=0):
        rng = np.random.default_rng(seed)
        w = rng.normal(size=(n, k)).astype(np.float32)  # torch (out, in)
        if pattern != "dense":
            _, w = sa.prune(w, pattern, axis=1)
        x = rng.normal(size=(m, k)).astype(np.float32)
        x[rng.random(size=x.shape) < 0.3] = 0  # unstructured zeros in X
        with tempfile.TemporaryDirectory() as tmp:
            ir = os.path.join(tmp, "layer.mlir")
            open(ir, "w").write(sa.export_layers([("fc", "linear", (m, k), w)]))
            mapped = os.path.join(tmp, "mapped.mlir")
            run("sparse-opt", ir, "--sparse-accel-pipeline=arch=%s budget=500" % arch,
                "-o", mapped)
            out = os.path.join(tmp, "bin")
            run("sparse-translate", "--to-accel-binary", mapped, "-o", out)
            progs = [f for f in os.listdir(out) if f.endswith(".bin")]
            self.assertEqual(len(progs), 1)
            np.save(os.path.join(tmp, "x.npy"), x)
            stats = json.loads(run("sparse-sim", os.path.join(out, progs[0]),
                                   "--input", os.path.join(tmp, "x.npy"),
                                   "--output", os.path.join(tmp, "z.npy"),
                                   "--format=json"))
            z = np.load(os.path.join(tmp, "z.npy"))
            ref = x.astype(np.float64) @ w.T.astype(np.float64)
            np.testing.assert_allclose(z, ref, rtol=1e-5, atol=1e-4)
            self.assertEqual(stats["effectual_macs"],
                             int(((x != 0).astype(int) @ (w.T != 0).astype(int)).sum()))
            listing = open(os.path.join(out, progs[0][:-4] + ".lst")).read()
            return stats, listing

    def test_dense(self):
        stats, listing = self.check("dense", "tc")
        self.assertIn("C0(1:1)", listing)

    def test_two_of_four(self):
        stats, listing = self.check("2:4", "stc")
        self.assertIn("C0(2:4)", listing)

    def test_hss(self):
        stats, listing = self.check("C1(2:4)->C0(2:4)", "highlight")
        self.assertIn("C1(2:4)->C0(2:4)", listing)
        # Only a quarter of the weights occupy MAC slots.
        self.assertEqual(stats["mac_slots"], 13 * 48 * 20 // 4)

    def test_bad_inputs_are_refused_before_running(self):
        with tempfile.TemporaryDirectory() as tmp:
            w = np.ones((4, 8), np.float32)
            ir = os.path.join(tmp, "l.mlir")
            open(ir, "w").write(sa.export_layers([("fc", "linear", (2, 8), w)]))
            run("sparse-opt", ir, "--sparse-accel-pipeline=arch=tc budget=100",
                "-o", os.path.join(tmp, "m.mlir"))
            run("sparse-translate", "--to-accel-binary", os.path.join(tmp, "m.mlir"),
                "-o", os.path.join(tmp, "b"))
            prog = [os.path.join(tmp, "b", f) for f in os.listdir(os.path.join(tmp, "b"))
                    if f.endswith(".bin")][0]
            np.save(os.path.join(tmp, "bad.npy"), np.ones((3, 8), np.float32))
            p = subprocess.run(["sparse-sim", prog, "--input",
                                os.path.join(tmp, "bad.npy")],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("shape 3x8 but input 'x' is 2x8", p.stderr)
            np.save(os.path.join(tmp, "c.npy"), np.ones((2, 8), np.complex64))
            p = subprocess.run(["sparse-sim", prog, "--input",
                                os.path.join(tmp, "c.npy")],
                               capture_output=True, text=True)
            self.assertIn("unsupported dtype 'c8'", p.stderr)
            data = bytearray(open(prog, "rb").read())
            data[len(data) // 2] ^= 0xFF
            open(prog, "wb").write(bytes(data))
            p = subprocess.run(["sparse-sim", prog, "--input",
                                os.path.join(tmp, "bad.npy")],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("checksum mismatch", p.stderr)
            open(prog, "wb").write(bytes(data[:20]))
            p = subprocess.run(["sparse-sim", prog], capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)


if __name__ == "__main__":
    unittest.main()
