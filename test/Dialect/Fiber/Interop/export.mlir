// #fiber.encoding with an upstream equivalent exported to
// #sparse_tensor.encoding, and back.
//
// RUN: sparse-opt %s --fiber-export-sparse-tensor | FileCheck %s
// RUN: sparse-opt %s --fiber-export-sparse-tensor --fiber-import-sparse-tensor | FileCheck %s --check-prefix=BACK

// CHECK-DAG: #[[CSR:.+]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>
// CHECK-DAG: #[[COO3:.+]] = #sparse_tensor.encoding<{ map = (d0, d1, d2) -> (d0 : compressed(nonunique), d1 : singleton(nonunique), d2 : singleton), crdWidth = 32 }>
// CHECK-DAG: #[[NV24:.+]] = #sparse_tensor.encoding<{ map = (d0, d1, d2, d3) -> (d0 : dense, d2 : dense, d3 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]), crdWidth = 8 }>
// CHECK-DAG: #[[CSC:.+]] = #sparse_tensor.encoding<{ map = (d0, d1) -> (d1 : dense, d0 : compressed), posWidth = 16, crdWidth = 8 }>
// CHECK-LABEL: func.func @export(
// CHECK-SAME: tensor<64x128xf32, #[[CSR]]>
// CHECK-SAME: tensor<4x8x8xf32, #[[COO3]]>
// CHECK-SAME: tensor<16x32x3x3xf16, #[[NV24]]>
// CHECK-SAME: tensor<64x128xf32, #[[CSC]]>

// BACK-DAG: #fiber.encoding<(i, j) -> [i UOP, j (unconstrained) CP]>
// BACK-DAG: #fiber.encoding<(i, j, k) -> [(i, j, k) (unconstrained) CP<md = 96>]>
// BACK-DAG: #fiber.encoding<(i, j, k, l) -> [i, k, l, j floordiv 4, j mod 4 (2:4) CP<md = 8>]>
// BACK-DAG: #fiber.encoding<(i, j) -> [j UOP<pl = 16>, i (unconstrained) CP<md = 8>]>
func.func @export(
    %csr: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>,
    %coo: tensor<4x8x8xf32, #fiber.encoding<(a, b, c) -> [(a, b, c) (unconstrained) CP<md = 96>]>>,
    %nv: tensor<16x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, r, s, c floordiv 4, c mod 4 (2:4) CP<md = 8>]>>,
    %csc: tensor<64x128xf32, #fiber.encoding<(m, k) -> [k UOP<pl = 16>, m (unconstrained) CP<md = 8>]>>) {
  return
}
