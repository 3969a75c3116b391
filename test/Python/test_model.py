# RUN: cd %S && %pytest test_model 2>&1 | FileCheck %s
# CHECK: OK
"""The cost model from Python: same numbers as sparse-model."""
import json
import os
import subprocess
import unittest

import sparseaccel as sa

EX = os.path.join(os.environ["SPARSEACCEL_SRC"], "examples", "sparseloop",
                  "stc-m512-k256-n1024")
FILES = [os.path.join(EX, f) for f in
         ("arch.yaml", "problem.yaml", "map.yaml", "sparse.yaml", "ERT.yaml")]


class ModelTest(unittest.TestCase):
    def test_matches_the_cli(self):
        r = sa.evaluate(*FILES)
        cli = json.loads(subprocess.run(
            ["sparse-model", "--format=json", *FILES], check=True,
            capture_output=True, text=True).stdout)
        self.assertEqual(r.cycles, cli["cycles"])
        self.assertEqual(r.energy_pJ, cli["energy_pJ"])
        self.assertEqual([lv.name for lv in r.levels],
                         [lv["name"] for lv in cli["levels"]])
        self.assertAlmostEqual(r.edp, r.energy_pJ * 1e-12 * r.cycles)
        self.assertEqual(r.compute["utilized_instances"], 1024)
        self.assertIn("Z", r.level("RF").tensors)

    def test_texts(self):
        texts = {os.path.basename(p): open(p).read() for p in FILES}
        self.assertEqual(sa.evaluate(texts=texts).cycles, sa.evaluate(*FILES).cycles)

    def test_errors_name_file_and_line(self):
        with self.assertRaises(sa.DiagnosticError) as cm:
            sa.evaluate(texts={"broken.yaml": "problem: [1"})
        self.assertIn("broken.yaml:1:", str(cm.exception))
        texts = {os.path.basename(p): open(p).read() for p in FILES}
        texts["map.yaml"] = texts["map.yaml"].replace("permutation", "permutaton")
        with self.assertRaises(sa.DiagnosticError):
            sa.evaluate(texts=texts)
        with self.assertRaises(ValueError):
            sa.evaluate()

    def test_presets(self):
        names = sa.presets()
        for p in ("tc", "stc", "highlight", "eyeriss-v2", "scnn", "extensor"):
            self.assertIn(p, names)
        self.assertTrue(sa.Architecture.preset("stc").files[0].endswith("stc.yaml"))
        with self.assertRaises(ValueError):
            sa.Architecture.preset("tpu9")
        with self.assertRaises(ValueError):
            sa.Architecture.from_yaml("/nonexistent.yaml")


if __name__ == "__main__":
    unittest.main()
