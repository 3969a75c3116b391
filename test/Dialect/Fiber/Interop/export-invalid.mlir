// What has no #sparse_tensor.encoding equivalent is reported exactly, at the
// operation that uses it.
//
// RUN: sparse-opt %s --split-input-file --fiber-export-sparse-tensor --verify-diagnostics
// With allow-partial the same are warnings and the types stay as they were.
// RUN: sparse-opt %s --split-input-file --fiber-export-sparse-tensor=allow-partial=true 2>&1 | FileCheck %s --check-prefix=PARTIAL

// expected-error @+1 {{rank K is stored as B (bitmask), which has no sparse_tensor level format}}
func.func @bitmask(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) B]>>) { return }
// PARTIAL: warning: rank K is stored as B (bitmask), which has no sparse_tensor level format
// PARTIAL: func.func @bitmask(%arg0: tensor<8x64xf32, #fiber_enc>)

// -----

// expected-error @+1 {{rank K is stored as RLE (run-length), which has no sparse_tensor level format}}
func.func @rle(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) RLE]>>) { return }

// -----

// expected-error @+1 {{rank K is stored as UB (uncompressed bitmask), which has no sparse_tensor level format}}
func.func @ub(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k UB]>>) { return }

// -----

// expected-error @+1 {{multi-rank HSS (K1 2:4, K0 2:4) has no sparse_tensor equivalent: it supports one structured[n, m] level}}
func.func @multi_rank_hss(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP]>>) { return }

// -----

// expected-error @+1 {{rule 2:[2, 4] on rank K0 allows several G:H; structured[n, m] fixes one}}
func.func @rule_set(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 (2:[2, 4]) CP]>>) { return }

// -----

// expected-error @+1 {{rank K0 has rule 2:4 but is stored as U; only a CP rank maps to structured[n, m]}}
func.func @rule_on_uncompressed(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 (2:4)]>>) { return }

// -----

// expected-error @+1 {{rule 2:4 on rank K0 applies to groups smaller than its fiber; structured[n, m] needs a `d mod m` level}}
func.func @rule_smaller_than_fiber(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 8, k mod 8 (2:4) CP]>>) { return }

// -----

// expected-error @+1 {{rank K1 is a middle digit of its dimension; sparse_tensor splits a dimension into at most two levels}}
func.func @middle_digit(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4, k mod 4]>>) { return }

// -----

// expected-error @+1 {{rank RS flattens 2 dimensions as U; sparse_tensor levels index one dimension each, and only an unsplit CP flattening maps (to COO)}}
func.func @flattened_dense(%a: tensor<8x3x3xf32, #fiber.encoding<(c, r, s) -> [c, (r, s)]>>) { return }

// -----

// expected-error @+1 {{rank M0N0 flattens pieces of split dimensions}}
func.func @flattened_pieces(%a: tensor<16x16xf32, #fiber.encoding<(m, n) -> [m floordiv 4 UOP, n floordiv 4 (unconstrained) CP, (m mod 4, n mod 4)]>>) { return }

// -----

// expected-error @+1 {{a value codebook (16 entries) has no sparse_tensor equivalent}}
func.func @codebook(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], bits = 4, codebook = 16>>) { return }

// -----

// expected-error @+1 {{storing 'f32' values in 8 bits has no sparse_tensor equivalent}}
func.func @value_bits(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], bits = 8>>) { return }

// -----

// expected-error @+1 {{coordinate width of 2 bits on rank K0 has no sparse_tensor equivalent (widths are 8, 16, 32 or 64)}}
func.func @narrow_coordinates(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 (2:4) CP<md = 2>]>>) { return }

// -----

// expected-error @+1 {{ranks use coordinate widths of 8 and 16 bits; sparse_tensor has a single one per tensor}}
func.func @mixed_widths(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) CP<md = 8>, k (unconstrained) CP<md = 16>]>>) { return }

// -----

// Types inside operations are reported at the operation.
func.func @in_op() {
  // expected-error @+1 {{rank K is stored as B (bitmask)}}
  %0 = tensor.empty() : tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) B]>>
  return
}
