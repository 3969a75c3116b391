// Every row of thesis Table 3.1 (formats) and Table 5.1 (sparsity patterns)
// is writable and survives the pretty, generic and bytecode round trips.
//
// RUN: sparse-opt %s | FileCheck %s
// RUN: sparse-opt %s | sparse-opt | FileCheck %s
// RUN: sparse-opt %s --mlir-print-op-generic | sparse-opt | FileCheck %s
// RUN: sparse-opt %s --emit-bytecode | sparse-opt | FileCheck %s

// The module starts with one alias per encoding.
// CHECK-DAG: #[[CSR:fiber_enc[0-9]*]] = #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>
// CHECK-DAG: #[[COO:fiber_enc[0-9]*]] = #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>
// CHECK-DAG: #[[CSB:fiber_enc[0-9]*]] = #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>
// CHECK-DAG: #[[CSF:fiber_enc[0-9]*]] = #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>
// CHECK-DAG: #[[UNSTRUCTURED:fiber_enc[0-9]*]] = #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>
// CHECK-DAG: #[[CHANNEL:fiber_enc[0-9]*]] = #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>
// CHECK-DAG: #[[SUBKERNEL:fiber_enc[0-9]*]] = #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>
// CHECK-DAG: #[[NV24:fiber_enc[0-9]*]] = #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>
// CHECK-DAG: #[[VW:fiber_enc[0-9]*]] = #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>
// CHECK-DAG: #[[S2TA:fiber_enc[0-9]*]] = #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>
// CHECK-DAG: #[[HSS:fiber_enc[0-9]*]] = #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>
// CHECK-DAG: #[[HL:fiber_enc[0-9]*]] = #fiber.encoding<(m, k) -> [m, k floordiv 3360, (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>
// CHECK-DAG: #[[FORMATS:fiber_enc[0-9]*]] = #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>
// CHECK-DAG: #[[CODEBOOK:fiber_enc[0-9]*]] = #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>
// CHECK-DAG: #[[NAMED:fiber_enc[0-9]*]] = #fiber.encoding<(m, k) -> [Rows = m, k floordiv 16, Mid = (k floordiv 4) mod 4 ({1, 2}:4) CP, k mod 4 (2:4) CP]>
// CHECK-DAG: #[[DYN:fiber_enc[0-9]*]] = #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>

// --- Table 3.1 -------------------------------------------------------------

// CSR = UOP-CP
// CHECK-LABEL: func.func @csr(
// CHECK-SAME: tensor<64x128xf32, #[[CSR]]>)
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}

// 2-D COO = CP^2: one flattened rank with (m, k) tuples as coordinates
// CHECK-LABEL: func.func @coo(
// CHECK-SAME: tensor<64x128xf32, #[[COO]]>)
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}

// CSB = UOP-CP-CP: block rows, non-empty blocks, (row, col) inside the block
// CHECK-LABEL: func.func @csb(
// CHECK-SAME: tensor<64x64xf32, #[[CSB]]>)
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}

// 3-D CSF = CP-CP-CP
// CHECK-LABEL: func.func @csf(
// CHECK-SAME: tensor<16x32x64xf64, #[[CSF]]>)
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}

// --- Table 5.1 -------------------------------------------------------------

// Unstructured, Deep Compression: CRS(Unconstrained)
// CHECK-LABEL: func.func @unstructured(
// CHECK-SAME: tensor<64x32x3x3xf32, #[[UNSTRUCTURED]]>)
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}

// Channel pruning: C(Unconstrained) -> R -> S
// CHECK-LABEL: func.func @channel(
// CHECK-SAME: tensor<64x32x3x3xf32, #[[CHANNEL]]>)
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}

// Sub-kernel, PatDNN: C -> RS(G:H) with any G, H (here 4:9)
// CHECK-LABEL: func.func @sub_kernel(
// CHECK-SAME: tensor<64x32x3x3xf32, #[[SUBKERNEL]]>)
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}

// NVIDIA 2:4: RS -> C1 -> C0(2:4)
// CHECK-LABEL: func.func @nvidia_2_4(
// CHECK-SAME: tensor<64x32x3x3xf16, #[[NV24]]>)
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}

// Vector-wise sparse tensor core: RS -> C1 -> C0(4:16)
// CHECK-LABEL: func.func @vector_wise_4_16(
// CHECK-SAME: tensor<64x32x3x3xf16, #[[VW]]>)
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}

// S2TA: RS -> C1 -> C0(G <= 8 : 8)
// CHECK-LABEL: func.func @s2ta(
// CHECK-SAME: tensor<64x32x3x3xi8, #[[S2TA]]>)
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}

// Two-rank HSS: RS -> C2 -> C1(3:4) -> C0(2:4), sparsity 0.625
// CHECK-LABEL: func.func @hss_two_rank(
// CHECK-SAME: tensor<64x32x3x3xi8, #[[HSS]]>)
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}

// HighLight's operand A: C1(2:{2..8}) -> C0(2:{2..4}) on a 840-wide C1 rank,
// where every H divides the extent; the realised pattern is 2:3 -> 2:4.
// Names equal to the defaults (K2, K1, K0) are not printed.
// CHECK-LABEL: func.func @highlight(
// CHECK-SAME: tensor<16x3360xi8, #[[HL]]>)
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}

// --- Per-rank formats, widths and value formats -----------------------------

// Every per-rank format of thesis §3.2.1 with explicit widths.
// CHECK-LABEL: func.func @formats(
// CHECK-SAME: tensor<2x4x8x16x32xi16, #[[FORMATS]]>)
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}

// Eyeriss v2 style B-UOP-CP, a 4-bit codebook of shared values (deep
// compression) and a uniform density model.
// CHECK-LABEL: func.func @codebook(
// CHECK-SAME: tensor<64x64xf32, #[[CODEBOOK]]>)
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}

// Named ranks and canonical spellings: `(k mod 16) floordiv 4` is the middle
// digit `(k floordiv 4) mod 4`; an explicit `(dense)` rule is the default.
// CHECK-LABEL: func.func @named(
// CHECK-SAME: tensor<8x64xf32, #[[NAMED]]>)
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}

// Dynamic outer dimensions are allowed; only the split pieces need sizes.
// CHECK-LABEL: func.func @dynamic(
// CHECK-SAME: tensor<?x64xf32, #[[DYN]]>)
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
