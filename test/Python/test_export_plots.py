# RUN: cd %S && %pytest test_export_plots 2>&1 | FileCheck %s
# CHECK: OK
"""Exporting a pruned model to IR, mapping it, and plotting the report."""
import json
import os
import subprocess
import sys
import tempfile
import unittest

import numpy as np

import sparseaccel as sa
from sparseaccel import plots


class ExportTest(unittest.TestCase):
    def test_pruned_torch_model_maps_with_its_pattern(self):
        try:
            import torch
        except ImportError:
            self.skipTest("torch is not installed")
        torch.manual_seed(1)
        model = torch.nn.Sequential(
            torch.nn.Conv2d(16, 8, 3, stride=2, padding=1), torch.nn.ReLU(),
            torch.nn.Flatten(), torch.nn.Linear(8 * 4 * 4, 32))
        sa.prune_module(model, "2:4")
        ir = sa.export_module(model, (1, 16, 8, 8))
        self.assertIn("linalg.conv_2d_nchw_fchw", ir)
        self.assertIn("strides = dense<[2, 2]>", ir)
        self.assertIn("tensor<1x16x10x10xf32>", ir)  # padding applied
        self.assertIn("linalg.matmul", ir)
        ops, mapped = sa.run_pipeline(ir, arch="stc", budget=300, return_ir=True)
        self.assertEqual(len(ops), 2)
        self.assertTrue(all(o["mapped"] for o in ops))
        # The pipeline measured the exported weights: 2:4 along the
        # reduction, which STC exploits.
        self.assertIn("(2:4)", mapped)
        self.assertIn('accel.exploited = "Weights: 2:4 of 2:4', mapped)

    def test_numpy_layers_and_errors(self):
        w = np.arange(12, dtype=np.float32).reshape(3, 4)
        ir = sa.export_layers([("fc", "linear", (2, 4), w)])
        self.assertIn("func.func @fc(%x: tensor<2x4xf32>) -> tensor<2x3xf32>", ir)
        # W^T, little-endian float32: 0.0, 4.0, 8.0 first.
        self.assertIn('dense<"0x00000000000080400000004', ir)
        with self.assertRaises(ValueError):
            sa.export_layers([("fc", "linear", (2, 5), w)])
        with self.assertRaises(ValueError):
            sa.export_layers([("x", "pool", (2, 4), w)])
        with self.assertRaises(ValueError):
            sa.export_module("not a model", (1,))


class PlotTest(unittest.TestCase):
    def test_layer_bars_and_study_plots(self):
        ops = [{"op": "linalg.matmul", "mapped": True, "cycles": 10,
                "dense_cycles": 20, "energy_pJ": 1e6},
               {"op": "linalg.pooling_nchw_max", "mapped": False}]
        rows = [{"design": d, "a_sparsity": a, "b_sparsity": b,
                 "edp": 1.0 / (1 + a + b), "energy": 1.0, "latency": 1.0}
                for d in ("tc", "highlight") for a in (0, 0.5) for b in (0, 0.5)]
        with tempfile.TemporaryDirectory() as tmp:
            p = plots.layer_bars(ops, os.path.join(tmp, "l.png"))
            self.assertGreater(os.path.getsize(p), 1000)
            p = plots.edp_vs_sparsity(rows, os.path.join(tmp, "s.png"))
            self.assertEqual(open(p, "rb").read(4), b"\x89PNG")
            with self.assertRaises(ValueError):
                plots.layer_bars([], os.path.join(tmp, "x.png"))
            # The command line: a report file in, PNGs out; junk in, error.
            rep = os.path.join(tmp, "report.json")
            json.dump({"arch": "stc", "ops": ops}, open(rep, "w"))
            r = subprocess.run([sys.executable, "-m", "sparseaccel.plots", rep,
                                "--out", tmp], capture_output=True, text=True)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(os.path.exists(os.path.join(tmp, "report-layers.png")))
            bad = os.path.join(tmp, "bad.json")
            open(bad, "w").write("[1, 2]")
            r = subprocess.run([sys.executable, "-m", "sparseaccel.plots", bad,
                                "--out", tmp], capture_output=True, text=True)
            self.assertEqual(r.returncode, 1)
            self.assertIn("error:", r.stderr)


if __name__ == "__main__":
    unittest.main()
