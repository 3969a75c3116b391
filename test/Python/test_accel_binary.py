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
from helpers import compile_program, run


class AccelBinaryTest(unittest.TestCase):
    def check(self, pattern, arch, m=13, k=48, n=20, seed=0):
        rng = np.random.default_rng(seed)
        w = rng.normal(size=(n, k)).astype(np.float32)  # torch (out, in)
        if pattern != "dense":
            _, w = sa.prune(w, pattern, axis=1)
        x = rng.normal(size=(m, k)).astype(np.float32)
        x[rng.random(size=x.shape) < 0.3] = 0  # unstructured zeros in X
        with tempfile.TemporaryDirectory() as tmp:
            prog = compile_program(
                tmp, sa.export_layers([("fc", "linear", (m, k), w)]),
                "arch=%s budget=500" % arch)
            np.save(os.path.join(tmp, "x.npy"), x)
            stats = json.loads(run("sparse-sim", prog,
                                   "--input", os.path.join(tmp, "x.npy"),
                                   "--output", os.path.join(tmp, "z.npy"),
                                   "--format=json"))
            z = np.load(os.path.join(tmp, "z.npy"))
            ref = x.astype(np.float64) @ w.T.astype(np.float64)
            np.testing.assert_allclose(z, ref, rtol=1e-5, atol=1e-4)
            self.assertEqual(stats["effectual_macs"],
                             int(((x != 0).astype(int) @ (w.T != 0).astype(int)).sum()))
            with open(prog[:-4] + ".lst") as f:
                listing = f.read()
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
        # The other three quarters are skipped: never visited.
        self.assertEqual(stats["skipped_macs"], 13 * 48 * 20 * 3 // 4)

    def test_weights_from_function_arguments(self):
        """Weights passed as arguments become an input of the program,
        packed when it loads; data that breaks the declared pattern is
        refused before running."""
        m, k, n = 6, 16, 5
        ir = ("#s24 = #fiber.encoding<(k, n) -> [n, k floordiv 4, k mod 4 (2:4) CP]>\n"
              "func.func @f(%%x: tensor<%dx%dxf32>, %%w: tensor<%dx%dxf32, #s24>)"
              " -> tensor<%dx%dxf32> {\n"
              "  %%zero = arith.constant 0.0 : f32\n"
              "  %%e = tensor.empty() : tensor<%dx%dxf32>\n"
              "  %%i = linalg.fill ins(%%zero : f32) outs(%%e : tensor<%dx%dxf32>)"
              " -> tensor<%dx%dxf32>\n"
              "  %%r = linalg.matmul ins(%%x, %%w : tensor<%dx%dxf32>, "
              "tensor<%dx%dxf32, #s24>) outs(%%i : tensor<%dx%dxf32>) -> "
              "tensor<%dx%dxf32>\n  return %%r : tensor<%dx%dxf32>\n}\n"
              % (m, k, k, n, m, n, m, n, m, n, m, n, m, k, k, n, m, n, m, n, m, n))
        rng = np.random.default_rng(11)
        w = rng.normal(size=(n, k)).astype(np.float32)
        _, w = sa.prune(w, "2:4", axis=1)
        w = np.ascontiguousarray(w.T)  # (k, n), 2:4 along k
        x = rng.normal(size=(m, k)).astype(np.float32)
        with tempfile.TemporaryDirectory() as tmp:
            prog = compile_program(tmp, ir, "arch=stc budget=300")
            listing = run("sparse-sim", "--list", prog)
            self.assertIn("packed along K as C0(2:4), packed at load from t1 [K,N]",
                          listing)
            for name, a in (("x", x), ("w", w)):
                np.save(os.path.join(tmp, name + ".npy"), a)
            run("sparse-sim", prog, "--input", os.path.join(tmp, "x.npy"),
                "--input", os.path.join(tmp, "w.npy"),
                "--output", os.path.join(tmp, "y.npy"))
            np.testing.assert_allclose(np.load(os.path.join(tmp, "y.npy")),
                                       x.astype(np.float64) @ w, rtol=1e-5,
                                       atol=1e-4)
            dense = rng.normal(size=(k, n)).astype(np.float32)
            np.save(os.path.join(tmp, "bad.npy"), dense)
            p = subprocess.run(["sparse-sim", prog, "--input",
                                os.path.join(tmp, "x.npy"), "--input",
                                os.path.join(tmp, "bad.npy")],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("input 'w' does not fit weight blob 0's pattern", p.stderr)

    def test_bias_init(self):
        """A matmul that adds to an initial value (torch-mlir's bias) starts
        from it: the program takes it as an input."""
        rng = np.random.default_rng(12)
        m, k, n = 4, 16, 3
        w = rng.normal(size=(k, n)).astype(np.float32)
        bias = rng.normal(size=(m, n)).astype(np.float32)
        x = rng.normal(size=(m, k)).astype(np.float32)
        ir = ("func.func @f(%%x: tensor<%dx%dxf32>, %%b: tensor<%dx%dxf32>) -> "
              "tensor<%dx%dxf32> {\n"
              "  %%w = arith.constant dense<\"0x%s\"> : tensor<%dx%dxf32>\n"
              "  %%r = linalg.matmul ins(%%x, %%w : tensor<%dx%dxf32>, "
              "tensor<%dx%dxf32>) outs(%%b : tensor<%dx%dxf32>) -> "
              "tensor<%dx%dxf32>\n  return %%r : tensor<%dx%dxf32>\n}\n"
              % (m, k, m, n, m, n, w.astype("<f4").tobytes().hex().upper(), k, n,
                 m, k, k, n, m, n, m, n, m, n))
        with tempfile.TemporaryDirectory() as tmp:
            prog = compile_program(tmp, ir, "arch=tc budget=200")
            self.assertIn("init", run("sparse-sim", "--list", prog))
            np.save(os.path.join(tmp, "x.npy"), x)
            np.save(os.path.join(tmp, "b.npy"), bias)
            run("sparse-sim", prog, "--input", os.path.join(tmp, "x.npy"),
                "--input", os.path.join(tmp, "b.npy"),
                "--output", os.path.join(tmp, "y.npy"))
            np.testing.assert_allclose(np.load(os.path.join(tmp, "y.npy")),
                                       bias + x.astype(np.float64) @ w,
                                       rtol=1e-5, atol=1e-4)

    def test_conv_bias_init(self):
        """A convolution that adds to a bias (torch-mlir's conv) unfolds it
        into its Toeplitz-ordered accumulator."""
        rng = np.random.default_rng(13)
        w = rng.normal(size=(3, 4, 3, 3)).astype(np.float32)
        x = rng.normal(size=(1, 4, 6, 5)).astype(np.float32)
        bias = rng.normal(size=(1, 3, 4, 3)).astype(np.float32)

        def t(shape):
            return "tensor<%sxf32>" % "x".join(map(str, shape))
        ir = ("func.func @c(%%x: %s, %%b: %s) -> %s {\n"
              "  %%w = arith.constant dense<\"0x%s\"> : %s\n"
              "  %%r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : "
              "vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%%x, %%w : "
              "%s, %s) outs(%%b : %s) -> %s\n  return %%r : %s\n}\n" % (
                  t(x.shape), t(bias.shape), t(bias.shape),
                  w.astype("<f4").tobytes().hex().upper(), t(w.shape),
                  t(x.shape), t(w.shape), t(bias.shape), t(bias.shape),
                  t(bias.shape)))
        ref = bias.astype(np.float64).copy()
        for i in range(3):
            for j in range(3):
                ref += np.einsum("nchw,fc->nfhw", x[:, :, i:i + 4, j:j + 3],
                                 w[:, :, i, j]).astype(np.float64)
        with tempfile.TemporaryDirectory() as tmp:
            prog = compile_program(tmp, ir, "arch=tc budget=200")
            np.save(os.path.join(tmp, "x.npy"), x)
            np.save(os.path.join(tmp, "b.npy"), bias)
            run("sparse-sim", prog, "--input", os.path.join(tmp, "x.npy"),
                "--input", os.path.join(tmp, "b.npy"),
                "--output", os.path.join(tmp, "y.npy"))
            np.testing.assert_allclose(np.load(os.path.join(tmp, "y.npy")), ref,
                                       rtol=1e-5, atol=1e-4)

    def test_batch_matmul(self):
        """A batch matmul with constant 2:4 weights runs as one program
        looping over the batch; checked against numpy."""
        rng = np.random.default_rng(9)
        b, m, k, n = 3, 5, 32, 7
        w = rng.normal(size=(b, n, k)).astype(np.float32)
        _, w = sa.prune(w.reshape(b * n, k), "2:4", axis=1)
        w = np.ascontiguousarray(w.reshape(b, n, k).transpose(0, 2, 1))
        x = rng.normal(size=(b, m, k)).astype(np.float32)

        def t(shape):
            return "tensor<%sxf32>" % "x".join(map(str, shape))
        ir = ("func.func @bm(%%x: %s) -> %s {\n"
              "  %%w = arith.constant dense<\"0x%s\"> : %s\n"
              "  %%zero = arith.constant 0.0 : f32\n"
              "  %%e = tensor.empty() : %s\n"
              "  %%init = linalg.fill ins(%%zero : f32) outs(%%e : %s) -> %s\n"
              "  %%r = linalg.batch_matmul ins(%%x, %%w : %s, %s) outs(%%init : %s)"
              " -> %s\n  return %%r : %s\n}\n" % (
                  t((b, m, k)), t((b, m, n)),
                  w.astype("<f4").tobytes().hex().upper(), t((b, k, n)),
                  t((b, m, n)), t((b, m, n)), t((b, m, n)), t((b, m, k)),
                  t((b, k, n)), t((b, m, n)), t((b, m, n)), t((b, m, n))))
        with tempfile.TemporaryDirectory() as tmp:
            prog = compile_program(tmp, ir, "arch=stc budget=300")
            listing = run("sparse-sim", "--list", prog)
            self.assertIn("loop        3 over B", listing)
            self.assertIn("batch of 3", listing)
            np.save(os.path.join(tmp, "x.npy"), x)
            run("sparse-sim", prog, "--input",
                os.path.join(tmp, "x.npy"), "--output", os.path.join(tmp, "y.npy"))
            np.testing.assert_allclose(np.load(os.path.join(tmp, "y.npy")),
                                       x.astype(np.float64) @ w, rtol=1e-5,
                                       atol=1e-4)

    def test_block_csr_operand_b(self):
        """A design whose GLB holds Inputs compressed gets block-CSR X
        (thesis 6.3.4): same numbers, and with 80 % zeros in X less X
        traffic than the same design with dense X."""
        here = os.path.dirname(os.path.abspath(__file__))
        arch = os.path.join(here, "..", "Target", "AccelBinary", "Inputs",
                            "highlight-bcsr.yaml")
        rng = np.random.default_rng(7)
        m, k, n = 64, 256, 64
        w = rng.normal(size=(n, k)).astype(np.float32)
        _, w = sa.prune(w, "C1(2:4)->C0(2:4)", axis=1)
        x = rng.normal(size=(m, k)).astype(np.float32)
        x[rng.random(size=x.shape) < 0.8] = 0
        traffic = {}
        with tempfile.TemporaryDirectory() as tmp:
            ir = sa.export_layers([("fc", "linear", (m, k), w)])
            np.save(os.path.join(tmp, "x.npy"), x)
            for name, opts in [("dense", "arch=highlight"),
                               ("bcsr", "arch-file=%s activation-density=0.2" % arch)]:
                prog = compile_program(tmp, ir, "%s budget=500 dataflow=free "
                                       "seed=3" % opts, name)
                listing = run("sparse-sim", "--list", prog)
                self.assertEqual("X block-CSR in blocks of 4" in listing,
                                 name == "bcsr", listing)
                stats = json.loads(run("sparse-sim", prog,
                                       "--input", os.path.join(tmp, "x.npy"),
                                       "--output", os.path.join(tmp, "y.npy"),
                                       "--format=json"))
                y = np.load(os.path.join(tmp, "y.npy"))
                np.testing.assert_allclose(y, x.astype(np.float64) @ w.T,
                                           rtol=1e-5, atol=1e-4)
                traffic[name] = stats["dram_read_bytes"]
        # X is 16384 bytes dense; 20 % of it plus 16 address bits per block
        # of 4 is 3277 + 8192.
        self.assertLess(traffic["bcsr"], traffic["dense"] - 4000)

    def test_bad_inputs_are_refused_before_running(self):
        with tempfile.TemporaryDirectory() as tmp:
            w = np.ones((4, 8), np.float32)
            prog = compile_program(
                tmp, sa.export_layers([("fc", "linear", (2, 8), w)]),
                "arch=tc budget=100")
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
