# RUN: cd %S && %pytest test_accel_int8 2>&1 | FileCheck %s
# CHECK: OK
"""Integer programs end to end: i8 x i8 -> i32 matmuls and a strided
convolution with dense, 2:4 and HSS weights, lowered, run by sparse-sim and
compared bit for bit with numpy's int64 product wrapped to int32 (an
independent reference)."""
import json
import os
import subprocess
import tempfile
import unittest

import numpy as np

import sparseaccel as sa
from helpers import compile_program, run


def hexi8(a):
    return "0x" + np.ascontiguousarray(a, dtype=np.int8).tobytes().hex().upper()


def ty(shape, e):
    return "tensor<%sx%s>" % ("x".join(str(d) for d in shape), e)


def matmul_ir(x_shape, w):
    m, k = x_shape
    n = w.shape[1]
    return """func.func @q(%%x: %s) -> %s {
  %%w = arith.constant dense<"%s"> : %s
  %%zero = arith.constant 0 : i32
  %%e = tensor.empty() : %s
  %%init = linalg.fill ins(%%zero : i32) outs(%%e : %s) -> %s
  %%r = linalg.matmul ins(%%x, %%w : %s, %s) outs(%%init : %s) -> %s
  return %%r : %s
}
""" % (ty((m, k), "i8"), ty((m, n), "i32"), hexi8(w), ty(w.shape, "i8"),
       ty((m, n), "i32"), ty((m, n), "i32"), ty((m, n), "i32"),
       ty((m, k), "i8"), ty(w.shape, "i8"), ty((m, n), "i32"),
       ty((m, n), "i32"), ty((m, n), "i32"))


def conv_ir(x_shape, w, stride):
    n, c, h, wd = x_shape
    f, _, kh, kw = w.shape
    out = (n, f, (h - kh) // stride + 1, (wd - kw) // stride + 1)
    return """func.func @q(%%x: %s) -> %s {
  %%w = arith.constant dense<"%s"> : %s
  %%zero = arith.constant 0 : i32
  %%e = tensor.empty() : %s
  %%init = linalg.fill ins(%%zero : i32) outs(%%e : %s) -> %s
  %%r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<%d> : vector<2xi64>} ins(%%x, %%w : %s, %s) outs(%%init : %s) -> %s
  return %%r : %s
}
""" % (ty(x_shape, "i8"), ty(out, "i32"), hexi8(w), ty(w.shape, "i8"),
       ty(out, "i32"), ty(out, "i32"), ty(out, "i32"), stride,
       ty(x_shape, "i8"), ty(w.shape, "i8"), ty(out, "i32"), ty(out, "i32"),
       ty(out, "i32")), out


def prune_int(w, pattern, axis):
    if pattern == "dense":
        return w
    _, pruned = sa.prune(w.astype(np.float32), pattern, axis=axis)
    return pruned.astype(np.int8)


class Int8Test(unittest.TestCase):
    def flow(self, ir, x, arch):
        with tempfile.TemporaryDirectory() as tmp:
            prog = compile_program(tmp, ir, "arch=%s budget=300" % arch)
            np.save(os.path.join(tmp, "x.npy"), x)
            stats = json.loads(run(
                "sparse-sim", prog, "--input", os.path.join(tmp, "x.npy"),
                "--output", os.path.join(tmp, "y.npy"), "--format=json"))
            y = np.load(os.path.join(tmp, "y.npy"))
            self.assertEqual(y.dtype, np.int32)
            return y, stats

    def test_matmuls_are_bit_exact(self):
        rng = np.random.default_rng(3)
        # K large enough that the sums leave f32's exact integers.
        for arch, pattern, (m, k, n) in [
                ("tc", "dense", (13, 300, 7)),
                ("stc", "2:4", (11, 1024, 9)),
                ("highlight", "C1(2:4)->C0(2:4)", (9, 2048, 5)),
                ("highlight", "C1(2:8)->C0(2:3)", (7, 480, 6))]:
            w = rng.integers(-128, 128, size=(n, k)).astype(np.int8)
            w = prune_int(w, pattern, axis=1).T.copy()  # (k, n)
            x = rng.integers(-128, 128, size=(m, k)).astype(np.int8)
            x[rng.random(size=x.shape) < 0.2] = 0
            y, stats = self.flow(matmul_ir((m, k), w), x, arch)
            ref = (x.astype(np.int64) @ w.astype(np.int64)).astype(np.int32)
            np.testing.assert_array_equal(y, ref, err_msg=arch + " " + pattern)
            self.assertEqual(stats["effectual_macs"],
                             int(((x != 0).astype(np.int64) @
                                  (w != 0).astype(np.int64)).sum()))

    def test_strided_convolution_is_bit_exact(self):
        rng = np.random.default_rng(4)
        w = rng.integers(-128, 128, size=(6, 32, 3, 3)).astype(np.int8)
        w = prune_int(w, "C1(2:4)->C0(2:4)", axis=1)
        x = rng.integers(-128, 128, size=(1, 32, 11, 9)).astype(np.int8)
        ir, out = conv_ir(x.shape, w, 2)
        y, _ = self.flow(ir, x, "highlight")
        ref = np.zeros(out, np.int64)
        for i in range(3):
            for j in range(3):
                patch = x[:, :, i:i + 2 * out[2]:2, j:j + 2 * out[3]:2]
                ref += np.einsum("nchw,fc->nfhw", patch.astype(np.int64),
                                 w[:, :, i, j].astype(np.int64))
        np.testing.assert_array_equal(y, ref.astype(np.int32))

    def test_float_input_for_an_i8_program_is_refused(self):
        rng = np.random.default_rng(5)
        w = prune_int(rng.integers(-128, 128, size=(4, 16)).astype(np.int8),
                      "2:4", axis=1).T.copy()
        with tempfile.TemporaryDirectory() as tmp:
            prog = compile_program(tmp, matmul_ir((3, 16), w),
                                   "arch=stc budget=100")
            np.save(os.path.join(tmp, "f.npy"), np.ones((3, 16), np.float32))
            p = subprocess.run(["sparse-sim", prog, "--input",
                                os.path.join(tmp, "f.npy")],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("dtype f4 but input 'x' holds integers (i8)", p.stderr)
            np.save(os.path.join(tmp, "big.npy"), np.full((3, 16), 300, np.int32))
            p = subprocess.run(["sparse-sim", prog, "--input",
                                os.path.join(tmp, "big.npy")],
                               capture_output=True, text=True)
            self.assertEqual(p.returncode, 1)
            self.assertIn("element 0 is not an i8", p.stderr)


if __name__ == "__main__":
    unittest.main()
