# RUN: cd %S && %pytest test_encoding 2>&1 | FileCheck %s
# CHECK: OK
"""Encodings from Python: parse, print, inspect; errors as ValueError."""
import unittest

import sparseaccel as sa

HSS = ("#fiber.encoding<(k, n) -> [n, k floordiv 16, "
       "(k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP]>")


class EncodingTest(unittest.TestCase):
    def test_hss_numbers(self):
        info = sa.Encoding(HSS).inspect([64, 128], "f16")
        self.assertEqual(info.num_ranks, 4)
        self.assertEqual(info.rank_names, ["N", "K2", "K1", "K0"])
        self.assertAlmostEqual(info.rule_density, 0.25)
        self.assertAlmostEqual(info.density, 0.25)
        # A quarter of 64*128 values of 16 bits.
        self.assertEqual(info.value_bits, 0.25 * 64 * 128 * 16)
        self.assertEqual(info.packed_bits, info.value_bits + info.metadata_bits)
        self.assertGreater(info.metadata_bits, 0)

    def test_round_trip_print(self):
        text = sa.Encoding(HSS).inspect([64, 128]).text
        again = sa.Encoding(text).inspect([64, 128])
        self.assertEqual(again.text, text)

    def test_malformed_encoding_names_the_problem(self):
        with self.assertRaises(sa.DiagnosticError) as cm:
            sa.Encoding("#fiber.encoding<(k) -> [q]>")
        self.assertIn("unknown dimension 'q'", str(cm.exception))
        self.assertIsInstance(cm.exception, ValueError)

    def test_shape_that_does_not_tile(self):
        with self.assertRaises(ValueError):
            sa.Encoding(HSS).inspect([66, 128], "f16")
        with self.assertRaises(ValueError):
            sa.Encoding(HSS).inspect([64], "f16")
        with self.assertRaises(ValueError):
            sa.Encoding(HSS).inspect([0, 128], "f16")

    def test_bad_element_type(self):
        with self.assertRaises(ValueError):
            sa.Encoding(HSS).inspect([64, 128], "notatype")

    def test_not_a_string(self):
        with self.assertRaises(ValueError):
            sa.Encoding(42)


if __name__ == "__main__":
    unittest.main()
