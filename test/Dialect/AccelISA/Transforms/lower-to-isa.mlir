// RUN: sparse-opt %s --sparse-accel-pipeline="arch=stc budget=300" \
// RUN:   --accel-lower-to-isa 2>&1 | FileCheck %s

// A matmul whose constant weights are 2:4 along K becomes a program with
// weights packed 2:4 (STC exploits it); weights passed as an argument
// become an input of the program, packed when it loads; a product that adds
// to an initial value (a bias) starts from it; an f16 matmul stays on the
// host and says why; a strided convolution goes through the Toeplitz
// expansion.

// CHECK: remark: stays on the host: the operands are not statically shaped f32 x f32 -> f32 or i8 x i8 -> i32 tensors
// CHECK-LABEL: func.func @mm
// CHECK-NOT: linalg.matmul
// CHECK: accel_isa.launch @mm.matmul.{{[0-9_]+}}(%arg0) : (tensor<6x8xf32>) -> tensor<6x4xf32>
func.func @mm(%x: tensor<6x8xf32>) -> tensor<6x4xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 2.0, 0.0],
                             [0.0, 3.0, 0.0, 4.0],
                             [5.0, 0.0, 0.0, 6.0],
                             [0.0, 7.0, 8.0, 0.0],
                             [1.5, 2.5, 0.0, 0.0],
                             [0.0, 0.0, 3.5, 4.5],
                             [5.5, 0.0, 6.5, 0.0],
                             [0.0, 7.5, 0.0, 8.5]]> : tensor<8x4xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<6x4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<6x4xf32>) -> tensor<6x4xf32>
  %y = linalg.matmul ins(%x, %w : tensor<6x8xf32>, tensor<8x4xf32>)
                     outs(%init : tensor<6x4xf32>) -> tensor<6x4xf32>
  return %y : tensor<6x4xf32>
}

// CHECK-LABEL: func.func @host
// CHECK: linalg.matmul {{.*}}accel_isa.host = "the operands are not statically shaped f32 x f32 -> f32 or i8 x i8 -> i32 tensors"
func.func @host(%x: tensor<6x8xf16>) -> tensor<6x4xf16> {
  %w = arith.constant dense<1.0> : tensor<8x4xf16>
  %zero = arith.constant 0.0 : f16
  %e = tensor.empty() : tensor<6x4xf16>
  %init = linalg.fill ins(%zero : f16) outs(%e : tensor<6x4xf16>) -> tensor<6x4xf16>
  %y = linalg.matmul ins(%x, %w : tensor<6x8xf16>, tensor<8x4xf16>)
                     outs(%init : tensor<6x4xf16>) -> tensor<6x4xf16>
  return %y : tensor<6x4xf16>
}

// CHECK-LABEL: func.func @convbias
// CHECK: accel_isa.launch @convbias.conv_2d_nchw_fchw.{{[0-9_]+}}(%arg0, %arg1)
func.func @convbias(%x: tensor<1x4x7x7xf32>, %acc: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %w = arith.constant dense<1.0> : tensor<2x4x3x3xf32>
  %y = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>,
                                 strides = dense<2> : vector<2xi64>}
       ins(%x, %w : tensor<1x4x7x7xf32>, tensor<2x4x3x3xf32>)
       outs(%acc : tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %y : tensor<1x2x3x3xf32>
}

// CHECK-LABEL: func.func @bias
// CHECK: accel_isa.launch @bias.matmul.{{[0-9_]+}}(%arg0, %arg1) : (tensor<6x8xf32>, tensor<6x4xf32>) -> tensor<6x4xf32>
func.func @bias(%x: tensor<6x8xf32>, %b: tensor<6x4xf32>) -> tensor<6x4xf32> {
  %w = arith.constant dense<1.0> : tensor<8x4xf32>
  %y = linalg.matmul ins(%x, %w : tensor<6x8xf32>, tensor<8x4xf32>)
                     outs(%b : tensor<6x4xf32>) -> tensor<6x4xf32>
  return %y : tensor<6x4xf32>
}

// CHECK-LABEL: func.func @args
// CHECK: accel_isa.launch @args.matmul.{{[0-9_]+}}(%arg0, %arg1) : (tensor<6x8xf32>, tensor<8x4xf32>) -> tensor<6x4xf32>
func.func @args(%x: tensor<6x8xf32>, %w: tensor<8x4xf32>) -> tensor<6x4xf32> {
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<6x4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<6x4xf32>) -> tensor<6x4xf32>
  %y = linalg.matmul ins(%x, %w : tensor<6x8xf32>, tensor<8x4xf32>)
                     outs(%init : tensor<6x4xf32>) -> tensor<6x4xf32>
  return %y : tensor<6x4xf32>
}

// CHECK-LABEL: func.func @conv
// CHECK: accel_isa.launch @conv.conv_2d_nchw_fchw.{{[0-9_]+}}(%arg0) : (tensor<1x4x7x7xf32>) -> tensor<1x2x3x3xf32>
func.func @conv(%x: tensor<1x4x7x7xf32>) -> tensor<1x2x3x3xf32> {
  %w = arith.constant dense<1.0> : tensor<2x4x3x3xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<1x2x3x3xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %y = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>,
                                 strides = dense<2> : vector<2xi64>}
       ins(%x, %w : tensor<1x4x7x7xf32>, tensor<2x4x3x3xf32>)
       outs(%init : tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  return %y : tensor<1x2x3x3xf32>
}

// CHECK: accel_isa.program @mm.matmul.{{[0-9_]+}} attributes {{{.*}}predicted_cycles = {{[0-9]+}}{{.*}}source = "linalg.matmul", word_bits = 8 : i64}
// CHECK-NEXT: accel_isa.tensor @x input [6, 8]
// CHECK-NEXT: accel_isa.tensor @y output [6, 4]
// CHECK-NEXT: accel_isa.weights @w0 [4, 8] g [2] h [4]
// CHECK-NEXT: accel_isa.config problem [6, 4, 8] {{.*}} vfmu_shift 4
// CHECK: accel_isa.matmul @y, @x, @w0

// CHECK: accel_isa.program @bias.matmul.{{[0-9_]+}}
// CHECK: accel_isa.tensor @init input [6, 4] : f32
// CHECK: accel_isa.init @y from @init

// CHECK: accel_isa.program @args.matmul.{{[0-9_]+}}
// CHECK-NEXT: accel_isa.tensor @x input [6, 8] : f32
// CHECK-NEXT: accel_isa.tensor @w input [8, 4] : f32
// CHECK-NEXT: accel_isa.tensor @y output [6, 4] : f32
// CHECK-NEXT: accel_isa.weights @w0 [4, 8] g [1] h [1] from @w layout "kn"

// CHECK: accel_isa.program @conv.conv_2d_nchw_fchw.{{[0-9_]+}}
// CHECK-NEXT: accel_isa.tensor @x input [1, 4, 7, 7]
// CHECK-NEXT: accel_isa.tensor @y output [1, 2, 3, 3]
// CHECK-NEXT: accel_isa.tensor @cols scratch [9, 36]
// CHECK-NEXT: accel_isa.tensor @z scratch [9, 2]
// CHECK-NEXT: accel_isa.weights @w0 [2, 36] g [1] h [1]
// CHECK: accel_isa.im2col @cols, @x kernel [3, 3] strides [2, 2] dilations [1, 1] tile
// CHECK: accel_isa.matmul @z, @cols, @w0
// CHECK-NEXT: accel_isa.to_nchw @y, @z tile

// A batch matmul with constant weights loops over its batch.
// RUN: sparse-opt %s --sparse-accel-pipeline="arch=stc budget=300" \
// RUN:   --accel-lower-to-isa 2>&1 | FileCheck %s --check-prefix=BATCH
// BATCH-LABEL: func.func @bmm
// BATCH: accel_isa.launch @bmm.batch_matmul.{{[0-9_]+}}(%arg0) : (tensor<2x3x8xf32>) -> tensor<2x3x4xf32>
// BATCH: accel_isa.program @bmm.batch_matmul
// BATCH: accel_isa.tensor @x input [2, 3, 8] : f32
// BATCH: accel_isa.weights @w0 [8, 8] g [2] h [4]
// BATCH: accel_isa.config problem [3, 4, 8] {{.*}} batch 2
// BATCH: accel_isa.loop 2 over "B" {
// BATCH: accel_isa.matmul @y, @x, @w0
func.func @bmm(%x: tensor<2x3x8xf32>) -> tensor<2x3x4xf32> {
  %w = arith.constant dense<[[[1.0, 0.0, 2.0, 0.0], [0.0, 3.0, 0.0, 4.0],
                              [5.0, 0.0, 0.0, 6.0], [0.0, 7.0, 8.0, 0.0],
                              [1.5, 2.5, 0.0, 0.0], [0.0, 0.0, 3.5, 4.5],
                              [5.5, 0.0, 6.5, 0.0], [0.0, 7.5, 0.0, 8.5]],
                             [[0.0, 1.0, 0.0, 2.0], [3.0, 0.0, 4.0, 0.0],
                              [0.0, 5.0, 6.0, 0.0], [7.0, 0.0, 0.0, 8.0],
                              [0.0, 0.0, 2.5, 1.5], [3.5, 4.5, 0.0, 0.0],
                              [0.0, 5.5, 0.0, 6.5], [7.5, 0.0, 8.5, 0.0]]]> : tensor<2x8x4xf32>
  %zero = arith.constant 0.0 : f32
  %e = tensor.empty() : tensor<2x3x4xf32>
  %init = linalg.fill ins(%zero : f32) outs(%e : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  %y = linalg.batch_matmul ins(%x, %w : tensor<2x3x8xf32>, tensor<2x8x4xf32>)
                           outs(%init : tensor<2x3x4xf32>) -> tensor<2x3x4xf32>
  return %y : tensor<2x3x4xf32>
}
