# RUN: cd %S && %pytest test_hss 2>&1 | FileCheck %s
# CHECK: OK
"""HSS pruning (thesis Sec. 5.2.2): exact patterns, densities, criterion."""
import itertools
import unittest

import numpy as np

import sparseaccel as sa

PATTERNS = ["2:4", "1:8", "C1(2:4)->C0(2:4)", "C1(3:8)->C0(2:4)",
            "C2(1:2)->C1(2:4)->C0(2:4)"]


class HssTest(unittest.TestCase):
    def setUp(self):
        self.rng = np.random.default_rng(7)

    def test_patterns_hold_exactly_with_their_density(self):
        for text in PATTERNS:
            p = sa.parse_pattern(text)
            for axis in (0, 1, -1):
                shape = [p.period * 2, p.period * 3]
                w = self.rng.normal(size=shape).astype(np.float32)
                mask, pruned = sa.prune(w, text, axis=axis)
                self.assertTrue(sa.satisfies(pruned, text, axis=axis), text)
                # No zeros in the data: the density is exactly prod G/H.
                self.assertAlmostEqual(mask.mean(), p.density, msg=text)
                self.assertTrue(np.array_equal(pruned != 0, mask))
                np.testing.assert_array_equal(pruned[mask], w[mask])

    def test_lowest_rank_keeps_largest_magnitudes(self):
        w = self.rng.normal(size=(16, 32))
        mask, _ = sa.prune(w, "2:4")
        for row, keep in zip(w.reshape(-1, 4), mask.reshape(-1, 4)):
            kept = np.sort(np.abs(row[keep]))
            dropped = np.abs(row[~keep])
            self.assertEqual(keep.sum(), 2)
            self.assertTrue((dropped <= kept.min()).all())

    def test_upper_rank_keeps_blocks_with_largest_norm(self):
        w = self.rng.normal(size=(8, 64))
        mask, pruned = sa.prune(w, "C1(2:4)->C0(2:4)")
        # Brute force: per group of 4 blocks of 4, the rank-0 survivors'
        # norms decide; the kept blocks have the two largest.
        for r in range(w.shape[0]):
            for g in range(w.shape[1] // 16):
                seg = w[r, g * 16:(g + 1) * 16].reshape(4, 4)
                norms = []
                for b in seg:
                    top2 = np.sort(np.abs(b))[-2:]
                    norms.append(np.sqrt((top2 ** 2).sum()))
                kept_blocks = mask[r, g * 16:(g + 1) * 16].reshape(4, 4).any(axis=1)
                best = set(np.argsort(-np.array(norms), kind="stable")[:2])
                self.assertEqual(set(np.flatnonzero(kept_blocks)), best)

    def test_satisfies_detects_violations(self):
        w = np.zeros((1, 8), np.float32)
        w[0, :3] = 1
        self.assertFalse(sa.satisfies(w, "2:4"))
        self.assertTrue(sa.satisfies(w, "4:8"))
        w = np.zeros((1, 16), np.float32)
        w[0, [0, 4, 8]] = 1  # three non-empty blocks of four
        self.assertTrue(sa.satisfies(w, "2:4"))
        self.assertFalse(sa.satisfies(w, "C1(2:4)->C0(2:4)"))

    def test_integer_weights(self):
        w = self.rng.integers(-100, 100, size=(4, 16)).astype(np.int8)
        mask, pruned = sa.prune(w, "2:4")
        self.assertEqual(pruned.dtype, np.int8)
        self.assertTrue(sa.satisfies(pruned, "2:4"))

    def test_bad_input_raises_value_error(self):
        w = np.ones((4, 16), np.float32)
        for bad in ["", "5:4", "0:4", "2:x", "C0(2:4)->C1(2:4)", "C1 2:4",
                    [(2, 0)], 42]:
            with self.assertRaises(ValueError, msg=repr(bad)):
                sa.prune(w, bad)
        with self.assertRaises(ValueError):
            sa.prune(np.ones((4, 10), np.float32), "2:4")  # 10 % 4
        with self.assertRaises(ValueError):
            sa.prune(np.ones((4, 16), dtype=complex), "2:4")
        with self.assertRaises(ValueError):
            sa.prune(np.array(["a", "b", "c", "d"]), "2:4")
        with self.assertRaises(ValueError):
            sa.prune(np.float32(3.0), "2:4")

    def test_pattern_printing(self):
        self.assertEqual(str(sa.parse_pattern("C1(2:4)->C0(2:4)")), "C1(2:4)->C0(2:4)")
        self.assertEqual(sa.parse_pattern([(2, 4), (1, 2)]).density, 0.25)


class TorchTest(unittest.TestCase):
    def setUp(self):
        try:
            import torch
        except ImportError:
            self.skipTest("torch is not installed")
        self.torch = torch

    def test_prune_module(self):
        torch = self.torch
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Conv2d(16, 8, 3),
                                    torch.nn.ReLU(), torch.nn.Flatten(),
                                    torch.nn.Linear(8 * 6 * 6, 32))
        masks = sa.prune_module(model, "C1(2:4)->C0(2:4)")
        self.assertEqual(sorted(masks), ["0.weight", "3.weight"])
        for name, m in masks.items():
            w = dict(model.named_parameters())[name].detach().numpy()
            self.assertTrue(sa.satisfies(w, "C1(2:4)->C0(2:4)", axis=1), name)
            self.assertAlmostEqual(float(m.float().mean()), 0.25)
        out = model(torch.randn(1, 16, 8, 8))
        self.assertEqual(tuple(out.shape), (1, 32))

    def test_prune_module_rejects_non_modules(self):
        with self.assertRaises(ValueError):
            sa.prune_module("model", "2:4")


if __name__ == "__main__":
    unittest.main()
