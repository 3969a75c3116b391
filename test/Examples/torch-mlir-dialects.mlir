// Every dialect torch-mlir's linalg-on-tensors output can contain parses and
// prints back: func, arith, math, linalg, tensor, scf, cf, memref,
// bufferization, ml_program, sparse_tensor.
//
// RUN: sparse-opt %s | sparse-opt | FileCheck %s

// CHECK: ml_program.global private mutable @step(dense<0> : tensor<i64>) : tensor<i64>
ml_program.global private mutable @step(dense<0> : tensor<i64>) : tensor<i64>

#CSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed) }>

// CHECK-LABEL: func.func @forward
func.func @forward(%x: tensor<4x8xf32>, %s: tensor<4x8xf32, #CSR>) -> tensor<4x8xf32> {
  // CHECK: ml_program.global_load @step
  %step = ml_program.global_load @step : tensor<i64>
  // CHECK: math.tanh
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %e = tensor.empty() : tensor<4x8xf32>
  %t = linalg.generic {indexing_maps = [affine_map<(d0, d1) -> (d0, d1)>, affine_map<(d0, d1) -> (d0, d1)>],
                       iterator_types = ["parallel", "parallel"]}
      ins(%x : tensor<4x8xf32>) outs(%e : tensor<4x8xf32>) {
  ^bb0(%in: f32, %out: f32):
    %v = math.tanh %in : f32
    linalg.yield %v : f32
  } -> tensor<4x8xf32>
  // CHECK: sparse_tensor.convert
  %d = sparse_tensor.convert %s : tensor<4x8xf32, #CSR> to tensor<4x8xf32>
  // CHECK: bufferization.to_buffer
  %m = bufferization.to_buffer %t : tensor<4x8xf32> to memref<4x8xf32>
  // CHECK: scf.for
  scf.for %i = %c0 to %c4 step %c1 {
    // CHECK: memref.load
    %v = memref.load %m[%i, %c0] : memref<4x8xf32>
    %ok = arith.cmpf oge, %v, %v : f32
    // CHECK: cf.assert
    cf.assert %ok, "NaN in the output"
  }
  %r = arith.addf %t, %d : tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
