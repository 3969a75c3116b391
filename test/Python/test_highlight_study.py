# RUN: cd %S && %pytest test_highlight_study 2>&1 | FileCheck %s
# CHECK: OK
"""The HighLight study on two of its points (the full grid runs in
examples/highlight_study.py): HSS weights make HighLight the best design
at 75 % A sparsity, and S2TA pays for dense operands."""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.environ["SPARSEACCEL_SRC"], "examples"))
import highlight_study as study  # noqa: E402


class StudyTest(unittest.TestCase):
    def test_two_points(self):
        study.A_SPARSITY = [0.0, 0.75]
        study.B_SPARSITY = [0.0]
        rows = study.run(5000)
        edp = {(r["design"], r["a_sparsity"]): r["edp"] for r in rows}
        self.assertEqual(len(rows), 10)
        self.assertEqual(edp[("tc", 0.0)], 1.0)
        # 75 % HSS weights: HighLight runs them at 1/4, STC at 1/2.
        self.assertLess(edp[("highlight", 0.75)], edp[("stc", 0.75)])
        self.assertLess(edp[("stc", 0.75)], edp[("tc", 0.75)])
        self.assertLess(edp[("highlight", 0.75)], 0.25)
        # S2TA has no efficient dense mode.
        self.assertGreater(edp[("s2ta", 0.0)], 2.0)
        s = study.summary(rows)
        self.assertGreater(s["highlight_vs_dense"], 1.0)
        self.assertIn("HighLight geomean EDP", study.markdown(rows, s, 5000))


if __name__ == "__main__":
    unittest.main()
