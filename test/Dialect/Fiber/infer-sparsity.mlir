// RUN: sparse-opt %s --fiber-infer-sparsity="activation-density=0.5" -split-input-file -verify-diagnostics | FileCheck %s

// Along d0 (K of a K x N weight) every aligned pair holds one non-zero:
// 1:2, as tight as 2:4 and finer; no pattern along d1.
// CHECK-DAG: #[[GH:.*]] = #fiber.encoding<(d0, d1) -> [d1, d0 floordiv 2, d0 mod 2 (1:2) CP], density = #fiber.density<fixed_structured, 0.5>>
// CHECK-LABEL: func.func @gh
// CHECK-SAME: fiber.density = #fiber.density<uniform, 0.5>
// CHECK: arith.constant {fiber.encoding = #[[GH]]}
func.func @gh(%x: tensor<2x8xf32>, %o: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %w = arith.constant dense<[[1.0, 0.0], [0.0, 2.0], [3.0, 4.0], [0.0, 0.0],
                             [0.0, 5.0], [6.0, 0.0], [7.0, 8.0], [0.0, 0.0]]> : tensor<8x2xf32>
  %r = linalg.matmul ins(%x, %w : tensor<2x8xf32>, tensor<8x2xf32>)
                     outs(%o : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

// -----

// A two-rank HSS pattern along d1: each row's 16 values hold 2 non-zeros
// in one place, one per pair and two non-empty pairs of 8: C1(2:8) ->
// C0(1:2), bound 2/8 * 1/2 = 1/8, tighter than any single rule up to H = 8
// (2:8 = 1/4). (C1(1:4) -> C0(2:4) is as tight; the first found wins.)
// CHECK-DAG: #[[HSS:.*]] = #fiber.encoding<(d0, d1) -> [d0, (d1 floordiv 2) mod 8 (2:8) CP, d1 mod 2 (1:2) CP], density = #fiber.density<fixed_structured, 0.12>>
// CHECK-LABEL: func.func @hss
// CHECK: arith.constant {fiber.encoding = #[[HSS]]}
func.func @hss(%x: tensor<16x2xf32>, %o: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                             [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 3.0, 4.0, 0.0]]> : tensor<2x16xf32>
  %r = linalg.matmul ins(%w, %x : tensor<2x16xf32>, tensor<16x2xf32>)
                     outs(%o : tensor<2x2xf32>) -> tensor<2x2xf32>
  return %r : tensor<2x2xf32>
}

// -----

// No pattern: unconstrained, with the measured density; ReLU results get a
// remark.
// CHECK-DAG: #[[U:.*]] = #fiber.encoding<(d0, d1) -> [d0, d1 (unconstrained) CP], density = #fiber.density<uniform, 0.67>>
// CHECK-LABEL: func.func @unstructured
// CHECK: arith.constant {fiber.encoding = #[[U]]}
#id = affine_map<(d0, d1) -> (d0, d1)>
func.func @unstructured(%x: tensor<2x3xf32>, %o: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 0.0], [4.0, 0.0, 5.0], [7.0, 8.0, 0.0]]> : tensor<3x3xf32>
  %z = arith.constant 0.0 : f32
  %r = linalg.matmul ins(%x, %w : tensor<2x3xf32>, tensor<3x3xf32>)
                     outs(%o : tensor<2x3xf32>) -> tensor<2x3xf32>
  // expected-remark @+1 {{ReLU result: about half of it is zero at run time}}
  %y = linalg.generic {indexing_maps = [#id, #id], iterator_types = ["parallel", "parallel"]}
       ins(%r : tensor<2x3xf32>) outs(%o : tensor<2x3xf32>) {
  ^bb0(%in: f32, %out: f32):
    %c = arith.cmpf ugt, %in, %z : f32
    %s = arith.select %c, %in, %z : f32
    linalg.yield %s : f32
  } -> tensor<2x3xf32>
  return %y : tensor<2x3xf32>
}
