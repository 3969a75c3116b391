// The numbers --fiber-report derives from encodings: density 1 - prod(G/H),
// metadata bits and packed size, statistically and exactly from constants.
// Every expected value is worked out by hand in the comment above it.
//
// RUN: sparse-opt %s --fiber-report -o /dev/null | FileCheck %s
// RUN: sparse-opt %s --fiber-report=format=json -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: not sparse-opt %s --fiber-report=format=xml -o /dev/null 2>&1 | FileCheck %s --check-prefix=BADFORMAT

#csr = #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>

// Worst case (no density model): 4x16 f32 CSR stores all 64 values (2048 b),
// 64 4-bit coordinates (256 b) and 5 offsets of bitsFor(64) = 7 bits (35 b).
// CHECK-LABEL: == @csr_worst_case ==
// CHECK:      %arg0 : tensor<4x16xf32>
// CHECK-NEXT:   ranks     M UOP -> K CP (unconstrained)
// CHECK-NEXT:   rules     density <= 1.0000
// CHECK-NEXT:   density   1.0000 (sparsity 0.0%), densest the rules allow
// CHECK-NEXT:   dense     2048 bits
// CHECK-NEXT:   packed    2339 bits = 2048 values + 291 metadata
// CHECK:        M         UOP                   1            4            4            0           35
// CHECK-NEXT:   K         CP (unconstrained)    4           64           64          256            0
func.func @csr_worst_case(%a: tensor<4x16xf32, #csr>) { return }

// A dense<> constant: non-zeros 1.0 and 2.0 (-0.0 is zero), row 1 empty.
// M: 3 offsets x bitsFor(8) = 4 bits = 12; K: 2 coordinates x 2 bits = 4.
// CHECK-LABEL: == @csr_constant ==
// CHECK:        density   0.2500 (sparsity 75.0%), measured from the constant
// CHECK:        packed    80 bits = 64 values + 16 metadata (compression 3.20x)
// CHECK:        M         UOP                   1            2            1            0           12
// CHECK-NEXT:   K         CP (unconstrained)    2            2            2            4            0
func.func @csr_constant() -> tensor<2x4xf32, #csr> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #csr>
  return %c : tensor<2x4xf32, #csr>
}

// A dense_resource<> constant [[1, 0, 0, 0], [0, 2, 0, 1]]: 3 coordinates.
// CHECK-LABEL: == @csr_resource ==
// CHECK:        density   0.3750 (sparsity 62.5%), measured from the constant
// CHECK:        packed    114 bits = 96 values + 18 metadata
func.func @csr_resource() -> tensor<2x4xf32, #csr> {
  %c = arith.constant dense_resource<csr_blob> : tensor<2x4xf32, #csr>
  return %c : tensor<2x4xf32, #csr>
}

// A resource whose blob does not match its type is reported, not trusted.
// CHECK-LABEL: == @bad_resource ==
// CHECK:        densest the rules allow (constant data unreadable: the constant holds 36 bytes but
func.func @bad_resource() -> tensor<2x4xf32, #csr> {
  %c = arith.constant dense_resource<bad_blob> : tensor<2x4xf32, #csr>
  return %c : tensor<2x4xf32, #csr>
}

// Two-rank HSS 2:4 -> 2:4 with 4-bit codebook indices on 16x64 i8:
// density 1/4; 256 values x 4 b = 1024; K1 128 coords x 2 b = 256;
// K0 256 coords x 2 b = 512; codebook 16 x 8 b = 128; metadata 896.
// CHECK-LABEL: == @hss ==
// CHECK:        rules     density <= 0.2500
// CHECK-NEXT:   density   0.2500 (sparsity 75.0%), #fiber.density<hss, [2:4, 2:4]>
// CHECK-NEXT:   dense     8192 bits
// CHECK-NEXT:   packed    1920 bits = 1024 values + 896 metadata (compression 4.27x)
// CHECK:        K1        CP (2:4)             64          128          128          256            0
// CHECK-NEXT:   K0        CP (2:4)            128          256          256          512            0
func.func @hss(%a: tensor<16x64xi8, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }

// Thesis §5.2.1: C1(3:4) -> C0(2:4) has sparsity 1 - 3/4 * 2/4 = 62.5%.
// CHECK-LABEL: == @hss_three_quarters ==
// CHECK:        rules     density <= 0.3750
// CHECK-NEXT:   density   0.3750 (sparsity 62.5%), densest the rules allow
func.func @hss_three_quarters(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) { return }

// Uniform density 0.1 on 64x64 f32 (K = ceil(409.6) = 410 non-zeros):
// B rank M costs one bit per row (64) plus a 13-bit pointer for each of the
// 64 * (1 - C(3686,64)/C(4096,64)) = 63.93 non-empty rows (831.08), since
// their CP fibers vary in length; CP rank K 410 x 6 b = 2460.
// CHECK-LABEL: == @uniform_bitmask ==
// CHECK:        density   0.1000 (sparsity 90.0%), #fiber.density<uniform, 0.1>
// CHECK-NEXT:   dense     131072 bits
// CHECK-NEXT:   packed    16475.08 bits = 13120 values + 3355.08 metadata
func.func @uniform_bitmask(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }

// Same with CP-CP: 64 * (1 - C(3686,64)/C(4096,64)) = 63.93 non-empty rows,
// each with a 6-bit coordinate and a 13-bit pointer to its fiber.
// CHECK-LABEL: == @uniform_dcsr ==
// CHECK:        M         CP (unconstrained)    1        63.93        63.93       383.57       831.08
func.func @uniform_dcsr(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) CP, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }

// Banded, width 1, 4x4: 4 + 2*3 = 10 non-zeros, sized exactly: 10 2-bit
// coordinates and 4 row pointers of bitsFor(16) = 5 bits.
// CHECK-LABEL: == @banded ==
// CHECK:        density   0.6250 (sparsity 37.5%), #fiber.density<banded, width = 1>
// CHECK:        packed    200 bits = 160 values + 40 metadata
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }

// Run-length with 2-bit runs: zeros at 0..3 and a gap of 8 need padding
// entries (survey §V-A.3): 2 values + 3 pads, 5 x (2 + 8) bits.
// CHECK-LABEL: == @rle_padding ==
// CHECK:        packed    50 bits = 40 values + 10 metadata
func.func @rle_padding() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}

// Data that breaks its encoding's rule is flagged: 3 non-zeros in a 2:4 group.
// CHECK-LABEL: == @rule_violation ==
// CHECK:        WARNING   the data breaks the encoding: rank K0 has a group of 4 coordinates with 3 non-empty, more than its rule 2:4 allows
func.func @rule_violation() -> tensor<8xi8, #fiber.encoding<(k) -> [k floordiv 4, k mod 4 (2:4) CP]>> {
  %c = arith.constant dense<[1, 0, 0, 1, 1, 1, 0, 1]> : tensor<8xi8, #fiber.encoding<(k) -> [k floordiv 4, k mod 4 (2:4) CP]>>
  return %c : tensor<8xi8, #fiber.encoding<(k) -> [k floordiv 4, k mod 4 (2:4) CP]>>
}

// A set rule is met when one member fits: 3:{4, 8} through 3:4 (two
// non-zeros per group of 4), although the group of 8 holds four.
// CHECK-LABEL: == @set_rule_ok ==
// CHECK-NOT:    WARNING
// CHECK:        measured from the constant
func.func @set_rule_ok() -> tensor<8xi8, #fiber.encoding<(k) -> [k (3:{4, 8}) CP]>> {
  %c = arith.constant dense<[1, 0, 0, 1, 1, 0, 0, 1]> : tensor<8xi8, #fiber.encoding<(k) -> [k (3:{4, 8}) CP]>>
  return %c : tensor<8xi8, #fiber.encoding<(k) -> [k (3:{4, 8}) CP]>>
}

// A splat of 2^40 elements is not materialised to be measured.
// CHECK-LABEL: == @huge_splat ==
// CHECK:        constant data unreadable: the constant has more than 2^28 elements
// CHECK:        dense     8796093022208 bits
func.func @huge_splat() -> tensor<1048576x1048576xi8, #csr> {
  %c = arith.constant dense<1> : tensor<1048576x1048576xi8, #csr>
  return %c : tensor<1048576x1048576xi8, #csr>
}

// Dynamic shapes have no size.
// CHECK-LABEL: == @dynamic ==
// CHECK:        packed    unavailable: dynamic shape
func.func @dynamic(%a: tensor<?x64xf32, #csr>) { return }

// One JSON object per encoded value.
// JSON:      "function": "@csr_worst_case",
// JSON:      "metadata_bits": 291,
// JSON:      "packed_bits": 2339,
// JSON:      "name": "K",

// BADFORMAT: error: unknown report format 'xml'; expected text or json

{-#
  dialect_resources: {
    builtin: {
      csr_blob: "0x040000000000803F0000000000000000000000000000000000000040000000000000803F",
      bad_blob: "0x040000000000803F000000000000000000000000000000000000000000000040000000000000803F"
    }
  }
#-}
