// #sparse_tensor.encoding as torch-mlir emits it (COO/CSR/CSC/BSR, batched
// COO) plus 2:4 and DCSR, imported as #fiber.encoding everywhere it appears.
//
// RUN: sparse-opt %s --fiber-import-sparse-tensor | FileCheck %s
// Import then export gives back the same encodings (minus `soa` and the
// positions width of a top-level COO level, which fibertrees do not record).
// RUN: sparse-opt %s --fiber-import-sparse-tensor --fiber-export-sparse-tensor | FileCheck %s --check-prefix=BACK

#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed), posWidth = 64, crdWidth = 64 }>
#CSC = #sparse_tensor.encoding<{ map = (d0, d1) -> (d1 : dense, d0 : compressed), posWidth = 64, crdWidth = 64 }>
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
#BCOO = #sparse_tensor.encoding<{ map = (d0, d1, d2) -> (d0 : dense, d1 : compressed(nonunique), d2 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
#DCSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed, d1 : compressed), posWidth = 32, crdWidth = 16 }>

// CHECK-DAG: #[[COO:.+]] = #fiber.encoding<(i, j) -> [(i, j) (unconstrained) CP<md = 128>]>
// CHECK-DAG: #[[CSR:.+]] = #fiber.encoding<(i, j) -> [i UOP<pl = 64>, j (unconstrained) CP<md = 64>]>
// CHECK-DAG: #[[CSC:.+]] = #fiber.encoding<(i, j) -> [j UOP<pl = 64>, i (unconstrained) CP<md = 64>]>
// CHECK-DAG: #[[BSR:.+]] = #fiber.encoding<(i, j) -> [i floordiv 2 UOP<pl = 64>, j floordiv 2 (unconstrained) CP<md = 64>, i mod 2, j mod 2]>
// CHECK-DAG: #[[BCOO:.+]] = #fiber.encoding<(i, j, k) -> [i UOP<pl = 64>, (j, k) (unconstrained) CP<md = 128>]>
// CHECK-DAG: #[[NV24:.+]] = #fiber.encoding<(i, j) -> [i, j floordiv 4, j mod 4 (2:4) CP]>
// CHECK-DAG: #[[DCSR:.+]] = #fiber.encoding<(i, j) -> [i (unconstrained) CP<md = 16, pl = 32>, j (unconstrained) CP<md = 16>]>
// CHECK-NOT: sparse_tensor.encoding
// CHECK-LABEL: func.func @main(
// CHECK-SAME: tensor<8x8xf32, #[[COO]]>, %{{.*}}: tensor<8x8xf32, #[[CSR]]>, %{{.*}}: tensor<8x8xf32, #[[CSC]]>, %{{.*}}: tensor<8x8xf32, #[[BSR]]>, %{{.*}}: tensor<2x8x8xf32, #[[BCOO]]>, %{{.*}}: tensor<8x8xf32, #[[NV24]]>, %{{.*}}: tensor<8x8xf32, #[[DCSR]]>)
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<8x8xf32, #[[CSR]]>, tensor<8x8xf32, #[[NV24]]>)

// BACK-DAG: #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton), crdWidth = 64 }>
// BACK-DAG: #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed), posWidth = 64, crdWidth = 64 }>
// BACK-DAG: #sparse_tensor.encoding<{ map = (d0, d1) -> (d1 : dense, d0 : compressed), posWidth = 64, crdWidth = 64 }>
// BACK-DAG: #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
// BACK-DAG: #sparse_tensor.encoding<{ map = (d0, d1, d2) -> (d0 : dense, d1 : compressed(nonunique), d2 : singleton), posWidth = 64, crdWidth = 64 }>
// BACK-DAG: #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
// BACK-DAG: #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed, d1 : compressed), posWidth = 32, crdWidth = 16 }>
// BACK-NOT: fiber.encoding
func.func @main(%a: tensor<8x8xf32, #COO>, %b: tensor<8x8xf32, #CSR>, %c: tensor<8x8xf32, #CSC>, %d: tensor<8x8xf32, #BSR>, %e: tensor<2x8x8xf32, #BCOO>, %f: tensor<8x8xf32, #NV24>, %g: tensor<8x8xf32, #DCSR>) -> tensor<8x8xf32> {
  %0 = tensor.empty() : tensor<8x8xf32>
  %1 = linalg.matmul ins(%b, %f : tensor<8x8xf32, #CSR>, tensor<8x8xf32, #NV24>) outs(%0 : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %1 : tensor<8x8xf32>
}
