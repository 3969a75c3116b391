// RUN: sparse-opt %s --accel-map="arch=tc budget=400" -split-input-file -verify-diagnostics | FileCheck %s

// A matmul: d0 = m, d1 = n, d2 = k; every dimension appears in the mapping
// and the factors multiply back to the problem (64 x 32 x 128).
// CHECK-LABEL: func.func @matmul
// CHECK: linalg.matmul
// CHECK-SAME: accel.cost = #accel.cost<cycles = {{[0-9]+}}, energy = {{[0-9.e+]+}} : f64
// CHECK-SAME: accel.mapping = #accel.mapping<[#accel.level<"LRF"
// CHECK-SAME: #accel.level<"RF"
// CHECK-SAME: #accel.level<"SMEM"
// CHECK-SAME: #accel.level<"DRAM"
// CHECK-SAME: accel.traffic = [{energy_pJ = {{[0-9.e+]+}} : f64, fills = {{[0-9]+}} : i64, level = "LRF", reads = {{[0-9]+}} : i64, updates = {{[0-9]+}} : i64}
func.func @matmul(%x: tensor<64x128xf32>, %w: tensor<128x32xf32>,
                  %o: tensor<64x32xf32>) -> tensor<64x32xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<64x128xf32>, tensor<128x32xf32>)
                     outs(%o : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}

// -----

// Strided, dilated convolution and a depthwise one are mapped.
// CHECK-LABEL: func.func @convs
// CHECK: linalg.conv_2d_nchw_fchw {accel.cost
// CHECK: linalg.depthwise_conv_2d_nchw_chw {accel.cost
func.func @convs(%i: tensor<1x8x17x17xf32>, %w: tensor<16x8x3x3xf32>,
                 %o: tensor<1x16x6x6xf32>, %dw: tensor<8x3x3xf32>,
                 %do: tensor<1x8x15x15xf32>) -> (tensor<1x16x6x6xf32>, tensor<1x8x15x15xf32>) {
  %c = linalg.conv_2d_nchw_fchw {dilations = dense<2> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
       ins(%i, %w : tensor<1x8x17x17xf32>, tensor<16x8x3x3xf32>)
       outs(%o : tensor<1x16x6x6xf32>) -> tensor<1x16x6x6xf32>
  %d = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
       ins(%i, %dw : tensor<1x8x17x17xf32>, tensor<8x3x3xf32>)
       outs(%do : tensor<1x8x15x15xf32>) -> tensor<1x8x15x15xf32>
  return %c, %d : tensor<1x16x6x6xf32>, tensor<1x8x15x15xf32>
}

// -----

// Batch matmul and a generic contraction (indexing maps decide the Einsum).
// CHECK-LABEL: func.func @bmm_generic
// CHECK: linalg.batch_matmul {accel.cost
// CHECK: linalg.generic {{.*}}accel.cost
#a = affine_map<(i, j, k) -> (i, k)>
#b = affine_map<(i, j, k) -> (k, j)>
#c = affine_map<(i, j, k) -> (i, j)>
func.func @bmm_generic(%a: tensor<4x16x32xf32>, %b: tensor<4x32x8xf32>,
                       %o: tensor<4x16x8xf32>, %x: tensor<16x32xf32>,
                       %y: tensor<32x8xf32>, %z: tensor<16x8xf32>) -> (tensor<4x16x8xf32>, tensor<16x8xf32>) {
  %r = linalg.batch_matmul ins(%a, %b : tensor<4x16x32xf32>, tensor<4x32x8xf32>)
                           outs(%o : tensor<4x16x8xf32>) -> tensor<4x16x8xf32>
  %g = linalg.generic {indexing_maps = [#a, #b, #c],
                       iterator_types = ["parallel", "parallel", "reduction"]}
       ins(%x, %y : tensor<16x32xf32>, tensor<32x8xf32>) outs(%z : tensor<16x8xf32>) {
  ^bb0(%p: f32, %q: f32, %acc: f32):
    %m = arith.mulf %p, %q : f32
    %s = arith.addf %acc, %m : f32
    linalg.yield %s : f32
  } -> tensor<16x8xf32>
  return %r, %g : tensor<4x16x8xf32>, tensor<16x8xf32>
}

// -----

// Dynamic shapes and pooling are left unmapped, with the reason; the
// matmul next to them is still mapped.
// CHECK-LABEL: func.func @unmapped
// CHECK: linalg.matmul {accel.unmapped = "dynamic shapes are not supported (the model needs every loop bound)"} ins
// CHECK: linalg.pooling_nchw_max {accel.unmapped = "the body is not a multiply-accumulate"
// CHECK: linalg.matmul {accel.cost
func.func @unmapped(%x: tensor<?x128xf32>, %w: tensor<128x32xf32>,
                    %o: tensor<?x32xf32>, %i: tensor<1x4x8x8xf32>,
                    %k: tensor<2x2xf32>, %po: tensor<1x4x4x4xf32>,
                    %x2: tensor<8x128xf32>, %o2: tensor<8x32xf32>)
    -> (tensor<?x32xf32>, tensor<1x4x4x4xf32>, tensor<8x32xf32>) {
  // expected-warning @+1 {{not mapped: dynamic shapes are not supported}}
  %r = linalg.matmul ins(%x, %w : tensor<?x128xf32>, tensor<128x32xf32>)
                     outs(%o : tensor<?x32xf32>) -> tensor<?x32xf32>
  // expected-remark @+1 {{not mapped: the body is not a multiply-accumulate}}
  %p = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
       ins(%i, %k : tensor<1x4x8x8xf32>, tensor<2x2xf32>)
       outs(%po : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  %m = linalg.matmul ins(%x2, %w : tensor<8x128xf32>, tensor<128x32xf32>)
                     outs(%o2 : tensor<8x32xf32>) -> tensor<8x32xf32>
  return %r, %p, %m : tensor<?x32xf32>, tensor<1x4x4x4xf32>, tensor<8x32xf32>
}
