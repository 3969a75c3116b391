// RUN: sparse-opt %s --sparse-import-torch --mlir-print-op-on-diagnostic=false -split-input-file -verify-diagnostics | FileCheck %s

// The work: a padded, strided convolution with bias, its weights kept as
// the constant they were (sparsity stays measurable).
// CHECK-LABEL: func.func @conv
// CHECK-SAME: (%[[X:.*]]: tensor<1x3x8x8xf32>) -> tensor<1x4x4x4xf32>
// CHECK: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<4x3x3x3xf32>
// CHECK: %[[P:.*]] = tensor.pad %[[X]] low[0, 0, 1, 1] high[0, 0, 1, 1]
// CHECK: %[[C:.*]] = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%[[P]], %[[W]] :
// CHECK: linalg.generic {{.*}} ins(%[[C]], %{{.*}} : tensor<1x4x4x4xf32>, tensor<4xf32>)
// CHECK: arith.addf
// CHECK-NOT: torch.
// expected-remark @+1 {{sparse-import-torch: 3 torch operations converted to linalg, 0 kept as not mapped}}
module {
  func.func @conv(%arg0: !torch.vtensor<[1,3,8,8],f32>) -> !torch.vtensor<[1,4,4,4],f32> {
    %w = torch.vtensor.literal(dense<[[[[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]]], [[[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]]], [[[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]]], [[[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0], [3.0, 0.0, 1.0]]]]> : tensor<4x3x3x3xf32>) : !torch.vtensor<[4,3,3,3],f32>
    %b = torch.vtensor.literal(dense<0.5> : tensor<4xf32>) : !torch.vtensor<[4],f32>
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %int0 = torch.constant.int 0
    %false = torch.constant.bool false
    %s = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %p = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %d = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %op = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %0 = torch.aten.convolution %arg0, %w, %b, %s, %p, %d, %false, %op, %int1 : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.vtensor<[4],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,4,4],f32>
    return %0 : !torch.vtensor<[1,4,4,4],f32>
  }
}

// -----

// Depthwise (groups = channels) and grouped convolutions through conv2d.
// CHECK-LABEL: func.func @grouped
// CHECK: linalg.depthwise_conv_2d_nchw_chw {{.*}} ins(%{{.*}}, %{{.*}} : tensor<1x4x6x6xf32>, tensor<4x3x3xf32>)
// CHECK: tensor.expand_shape {{.*}} into tensor<1x2x2x4x4xf32>
// CHECK: linalg.conv_2d_ngchw_gfchw {{.*}} -> tensor<1x2x4x4x4xf32>
// CHECK: tensor.collapse_shape {{.*}} into tensor<1x8x4x4xf32>
// expected-remark @+1 {{sparse-import-torch: 2 torch operations converted to linalg, 0 kept as not mapped}}
module {
  func.func @grouped(%arg0: !torch.vtensor<[1,4,6,6],f32>, %wd: !torch.vtensor<[4,1,3,3],f32>, %wg: !torch.vtensor<[8,2,1,1],f32>) -> !torch.vtensor<[1,8,4,4],f32> {
    %none = torch.constant.none
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %int2 = torch.constant.int 2
    %int4 = torch.constant.int 4
    %one = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %zero = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %0 = torch.aten.conv2d %arg0, %wd, %none, %one, %zero, %one, %int4 : !torch.vtensor<[1,4,6,6],f32>, !torch.vtensor<[4,1,3,3],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.int -> !torch.vtensor<[1,4,4,4],f32>
    %1 = torch.aten.conv2d %0, %wg, %none, %one, %zero, %one, %int2 : !torch.vtensor<[1,4,4,4],f32>, !torch.vtensor<[8,2,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.int -> !torch.vtensor<[1,8,4,4],f32>
    return %1 : !torch.vtensor<[1,8,4,4],f32>
  }
}

// -----

// linear over a 3-D input: rows folded, the weight transposed into a
// matmul, bias broadcast; matmul with torch's batch broadcasting; addmm.
// CHECK-LABEL: func.func @dense_layers
// CHECK: tensor.collapse_shape %{{.*}} {{\[\[}}0, 1], [2]] : tensor<2x5x16xf32> into tensor<10x16xf32>
// CHECK: linalg.transpose ins(%{{.*}} : tensor<8x16xf32>) outs(%{{.*}} : tensor<16x8xf32>) permutation = [1, 0]
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<10x16xf32>, tensor<16x8xf32>)
// CHECK: tensor.expand_shape {{.*}} into tensor<2x5x8xf32>
// CHECK: linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<2x5x8xf32>, tensor<2x8x3xf32>)
// CHECK: linalg.matmul ins(%{{.*}}, %{{.*}} : tensor<4x6xf32>, tensor<6x3xf32>)
// CHECK: arith.mulf
// CHECK: arith.addf
// expected-remark @+1 {{sparse-import-torch: 5 torch operations converted to linalg, 0 kept as not mapped}}
module {
  func.func @dense_layers(%x: !torch.vtensor<[2,5,16],f32>, %w: !torch.vtensor<[8,16],f32>, %b: !torch.vtensor<[8],f32>, %m: !torch.vtensor<[8,3],f32>, %i: !torch.vtensor<[3],f32>, %a: !torch.vtensor<[4,6],f32>, %c: !torch.vtensor<[6,3],f32>) -> (!torch.vtensor<[2,5,3],f32>, !torch.vtensor<[4,3],f32>) {
    %0 = torch.aten.linear %x, %w, %b : !torch.vtensor<[2,5,16],f32>, !torch.vtensor<[8,16],f32>, !torch.vtensor<[8],f32> -> !torch.vtensor<[2,5,8],f32>
    %1 = torch.aten.matmul %0, %m : !torch.vtensor<[2,5,8],f32>, !torch.vtensor<[8,3],f32> -> !torch.vtensor<[2,5,3],f32>
    %int0 = torch.constant.int 0
    %m3 = torch.aten.unsqueeze %m, %int0 : !torch.vtensor<[8,3],f32>, !torch.int -> !torch.vtensor<[1,8,3],f32>
    %2 = torch.aten.matmul %0, %m3 : !torch.vtensor<[2,5,8],f32>, !torch.vtensor<[1,8,3],f32> -> !torch.vtensor<[2,5,3],f32>
    %float2 = torch.constant.float 2.000000e+00
    %int1 = torch.constant.int 1
    %3 = torch.aten.addmm %i, %a, %c, %int1, %float2 : !torch.vtensor<[3],f32>, !torch.vtensor<[4,6],f32>, !torch.vtensor<[6,3],f32>, !torch.int, !torch.float -> !torch.vtensor<[4,3],f32>
    return %2, %3 : !torch.vtensor<[2,5,3],f32>, !torch.vtensor<[4,3],f32>
  }
}

// -----

// Attention: q k^T scaled, the causal mask, softmax, times v, with the
// leading dimensions folded into one batch.
// CHECK-LABEL: func.func @attention
// CHECK: linalg.transpose ins(%{{.*}} : tensor<6x5x8xf32>) outs(%{{.*}} : tensor<6x8x5xf32>) permutation = [0, 2, 1]
// CHECK: linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<6x5x8xf32>, tensor<6x8x5xf32>)
// CHECK: linalg.index 1
// CHECK: linalg.index 2
// CHECK: arith.cmpi ugt
// CHECK: linalg.softmax dimension(2)
// CHECK: linalg.batch_matmul ins(%{{.*}}, %{{.*}} : tensor<6x5x5xf32>, tensor<6x5x8xf32>)
// CHECK: tensor.expand_shape {{.*}} into tensor<2x3x5x8xf32>
// expected-remark @+1 {{sparse-import-torch: 1 torch operations converted to linalg, 0 kept as not mapped}}
module {
  func.func @attention(%q: !torch.vtensor<[2,3,5,8],f32>, %k: !torch.vtensor<[2,3,5,8],f32>, %v: !torch.vtensor<[2,3,5,8],f32>) -> !torch.vtensor<[2,3,5,8],f32> {
    %none = torch.constant.none
    %float0 = torch.constant.float 0.000000e+00
    %true = torch.constant.bool true
    %0 = torch.aten.scaled_dot_product_attention %q, %k, %v, %none, %float0, %true, %none : !torch.vtensor<[2,3,5,8],f32>, !torch.vtensor<[2,3,5,8],f32>, !torch.vtensor<[2,3,5,8],f32>, !torch.none, !torch.float, !torch.bool, !torch.none -> !torch.vtensor<[2,3,5,8],f32>
    return %0 : !torch.vtensor<[2,3,5,8],f32>
  }
}

// -----

// Around the work: batch norm in inference, layer norm, softmax, gelu,
// pooling with ceil mode (the high padding the declared output needs).
// CHECK-LABEL: func.func @around
// CHECK: math.sqrt
// CHECK: arith.divf
// CHECK: tensor.pad %{{.*}} low[0, 0, 0, 0] high[0, 0, 1, 1]
// CHECK: arith.constant 0xFF800000 : f32
// CHECK: linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} {{.*}} -> tensor<1x2x3x3xf32>
// CHECK: linalg.pooling_nchw_sum {{.*}} -> tensor<1x2x1x1xf32>
// CHECK: linalg.generic {{.*}} iterator_types = ["parallel", "reduction"]
// CHECK: math.rsqrt
// CHECK: linalg.softmax dimension(1)
// CHECK: math.erf
// expected-remark @+1 {{sparse-import-torch: 6 torch operations converted to linalg, 0 kept as not mapped}}
module {
  func.func @around(%x: !torch.vtensor<[1,2,5,5],f32>, %mean: !torch.vtensor<[2],f32>, %var: !torch.vtensor<[2],f32>, %t: !torch.vtensor<[4,6],f32>, %g: !torch.vtensor<[6],f32>) -> (!torch.vtensor<[1,2,1,1],f32>, !torch.vtensor<[4,6],f32>) {
    %none = torch.constant.none
    %false = torch.constant.bool false
    %true = torch.constant.bool true
    %eps = torch.constant.float 1.000000e-05
    %mom = torch.constant.float 1.000000e-01
    %0 = torch.aten.batch_norm %x, %none, %none, %mean, %var, %false, %mom, %eps, %true : !torch.vtensor<[1,2,5,5],f32>, !torch.none, !torch.none, !torch.vtensor<[2],f32>, !torch.vtensor<[2],f32>, !torch.bool, !torch.float, !torch.float, !torch.bool -> !torch.vtensor<[1,2,5,5],f32>
    %int2 = torch.constant.int 2
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %k = torch.prim.ListConstruct %int2, %int2 : (!torch.int, !torch.int) -> !torch.list<int>
    %z = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    %o = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %1 = torch.aten.max_pool2d %0, %k, %k, %z, %o, %true : !torch.vtensor<[1,2,5,5],f32>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool -> !torch.vtensor<[1,2,3,3],f32>
    %2 = torch.aten.adaptive_avg_pool2d %1, %o : !torch.vtensor<[1,2,3,3],f32>, !torch.list<int> -> !torch.vtensor<[1,2,1,1],f32>
    %int6 = torch.constant.int 6
    %shape = torch.prim.ListConstruct %int6 : (!torch.int) -> !torch.list<int>
    %3 = torch.aten.layer_norm %t, %shape, %g, %none, %eps, %true : !torch.vtensor<[4,6],f32>, !torch.list<int>, !torch.vtensor<[6],f32>, !torch.none, !torch.float, !torch.bool -> !torch.vtensor<[4,6],f32>
    %int-1 = torch.constant.int -1
    %4 = torch.aten.softmax.int %3, %int-1, %none : !torch.vtensor<[4,6],f32>, !torch.int, !torch.none -> !torch.vtensor<[4,6],f32>
    %str = torch.constant.str "none"
    %5 = torch.aten.gelu %4, %str : !torch.vtensor<[4,6],f32>, !torch.str -> !torch.vtensor<[4,6],f32>
    return %2, %5 : !torch.vtensor<[1,2,1,1],f32>, !torch.vtensor<[4,6],f32>
  }
}

// -----

// Shapes, and the traced shape arithmetic (size -> NumToTensor -> div ->
// Int) folded away; chunk + ListUnpack as slices; cat; si64 literals
// become signless; the 2024 importer's `torch.operator` form is read.
// CHECK-LABEL: func.func @shapes
// CHECK-NOT: NumToTensor
// CHECK: tensor.extract_slice %{{.*}}[0, 0] [4, 3] [1, 1] : tensor<4x6xf32> to tensor<4x3xf32>
// CHECK: tensor.extract_slice %{{.*}}[0, 3] [4, 3] [1, 1] : tensor<4x6xf32> to tensor<4x3xf32>
// CHECK: tensor.concat dim(0)
// CHECK: linalg.transpose {{.*}} permutation = [1, 0]
// CHECK: arith.constant dense<[1, 2]> : tensor<2xi64>
// CHECK: linalg.generic
// CHECK: tensor.extract %{{.*}}[%{{.*}}, %{{.*}}] : tensor<10x6xf32>
// CHECK: arith.maximumf
// expected-remark @+1 {{sparse-import-torch: 6 torch operations converted to linalg, 0 kept as not mapped}}
module {
  func.func @shapes(%t: !torch.vtensor<[4,6],f32>, %table: !torch.vtensor<[10,6],f32>) -> (!torch.vtensor<[3,8],f32>, !torch.vtensor<[2,6],f32>) {
    %int0 = torch.constant.int 0
    %int1 = torch.constant.int 1
    %int2 = torch.constant.int 2
    %size = torch.aten.size.int %t, %int1 : !torch.vtensor<[4,6],f32>, !torch.int -> !torch.int
    %st = torch.prim.NumToTensor.Scalar %size : !torch.int -> !torch.vtensor<[],si64>
    %floor = torch.constant.str "floor"
    %half = torch.aten.div.Tensor_mode %st, %int2, %floor : !torch.vtensor<[],si64>, !torch.int, !torch.str -> !torch.vtensor<[],si64>
    %h = torch.aten.Int.Tensor %half : !torch.vtensor<[],si64> -> !torch.int
    %chunks = torch.aten.chunk %t, %int2, %int1 : !torch.vtensor<[4,6],f32>, !torch.int, !torch.int -> !torch.list<vtensor>
    %a, %b = torch.prim.ListUnpack %chunks : !torch.list<vtensor> -> !torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],f32>
    %l = torch.prim.ListConstruct %a, %b : (!torch.vtensor<[4,3],f32>, !torch.vtensor<[4,3],f32>) -> !torch.list<vtensor>
    %c = torch.aten.cat %l, %int0 : !torch.list<vtensor>, !torch.int -> !torch.vtensor<[8,3],f32>
    %tt = torch.aten.transpose.int %c, %int0, %int1 : !torch.vtensor<[8,3],f32>, !torch.int, !torch.int -> !torch.vtensor<[3,8],f32>
    %ids = torch.vtensor.literal(dense<[1, 2]> : tensor<2xsi64>) : !torch.vtensor<[2],si64>
    %false = torch.constant.bool false
    %int-1 = torch.constant.int -1
    %e = torch.aten.embedding %table, %ids, %int-1, %false, %false : !torch.vtensor<[10,6],f32>, !torch.vtensor<[2],si64>, !torch.int, !torch.bool, !torch.bool -> !torch.vtensor<[2,6],f32>
    %r = torch.operator "torch.aten.relu"(%e) : (!torch.vtensor<[2,6],f32>) -> !torch.vtensor<[2,6],f32>
    return %tt, %r : !torch.vtensor<[3,8],f32>, !torch.vtensor<[2,6],f32>
  }
}

// -----

// What has no conversion stays, typed with builtin tensors, marked
// accel.unmapped with the reason, and is warned about at its location.
// CHECK-LABEL: func.func @unknown
// CHECK: %[[U:.*]] = "torch.aten.upsample_nearest2d"(%{{.*}}, %{{.*}}, %{{.*}}, %{{.*}}) {accel.unmapped = "torch-to-linalg has no conversion for 'torch.aten.upsample_nearest2d'"} : (tensor<1x2x2x2xf32>, !torch.list<int>, !torch.none, !torch.none) -> tensor<1x2x4x4xf32>
// CHECK: linalg.generic {{.*}} ins(%[[U]] : tensor<1x2x4x4xf32>)
// CHECK: "torch.aten.convolution"{{.*}}accel.unmapped = "transposed convolutions are not converted"
// expected-remark @+1 {{sparse-import-torch: 1 torch operations converted to linalg, 2 kept as not mapped}}
module {
  func.func @unknown(%x: !torch.vtensor<[1,2,2,2],f32>, %w: !torch.vtensor<[2,2,1,1],f32>) -> (!torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[1,2,2,2],f32>) {
    %none = torch.constant.none
    %int4 = torch.constant.int 4
    %int1 = torch.constant.int 1
    %int0 = torch.constant.int 0
    %true = torch.constant.bool true
    %size = torch.prim.ListConstruct %int4, %int4 : (!torch.int, !torch.int) -> !torch.list<int>
    // expected-warning @+1 {{not converted from torch: torch-to-linalg has no conversion for 'torch.aten.upsample_nearest2d'}}
    %0 = torch.aten.upsample_nearest2d %x, %size, %none, %none : !torch.vtensor<[1,2,2,2],f32>, !torch.list<int>, !torch.none, !torch.none -> !torch.vtensor<[1,2,4,4],f32>
    %1 = torch.aten.relu %0 : !torch.vtensor<[1,2,4,4],f32> -> !torch.vtensor<[1,2,4,4],f32>
    %one = torch.prim.ListConstruct %int1, %int1 : (!torch.int, !torch.int) -> !torch.list<int>
    %zero = torch.prim.ListConstruct %int0, %int0 : (!torch.int, !torch.int) -> !torch.list<int>
    // expected-warning @+1 {{not converted from torch: transposed convolutions are not converted}}
    %2 = torch.aten.convolution %x, %w, %none, %one, %zero, %one, %true, %zero, %int1 : !torch.vtensor<[1,2,2,2],f32>, !torch.vtensor<[2,2,1,1],f32>, !torch.none, !torch.list<int>, !torch.list<int>, !torch.list<int>, !torch.bool, !torch.list<int>, !torch.int -> !torch.vtensor<[1,2,2,2],f32>
    return %1, %2 : !torch.vtensor<[1,2,4,4],f32>, !torch.vtensor<[1,2,2,2],f32>
  }
}
