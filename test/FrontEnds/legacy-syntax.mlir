// torch-mlir output of 2023 (MLIR before 19) writes tensor.expand_shape
// without output_shape; sparse-opt reads it by adding the shape the static
// result type determines, says so, and keeps every location on its line.
// RUN: sparse-opt %s --sparse-accel-pipeline="arch=stc budget=200" -o %t.mlir 2> %t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=REMARK --input-file=%t.err
// REMARK: legacy-syntax.mlir:[[@LINE+10]]:8: remark: read as MLIR 22 syntax: tensor.expand_shape: added output_shape [1, 1, 256] (and 1 more operations written for MLIR before 19)
// RUN: FileCheck %s --check-prefix=IR --input-file=%t.mlir
// IR: tensor.expand_shape %{{.*}} {{\[\[}}0, 1], [2]] output_shape [1, 1, 256] : tensor<1x256xf32> into tensor<1x1x256xf32>
// CHECK: linalg.batch_matmul {{.*}}legacy-syntax.mlir:[[@LINE+9]]:8)

// A dynamic result cannot be upgraded from the text: the parser's error.
// RUN: not sparse-opt %S/Inputs/legacy-dynamic.mlir 2>&1 | FileCheck %s --check-prefix=DYN
// DYN: legacy-dynamic.mlir:{{[0-9]+}}:{{[0-9]+}}: error: custom op 'tensor.expand_shape' expected 'output_shape'

func.func @f(%a: tensor<1x256xf32>, %w: tensor<1x256x10xf32>) -> tensor<1x1x10xf32> {
  %e = tensor.expand_shape %a [[0, 1], [2]] : tensor<1x256xf32> into tensor<1x1x256xf32>
  %z = tensor.empty() : tensor<1x1x10xf32>
  %m = linalg.batch_matmul ins(%e, %w : tensor<1x1x256xf32>, tensor<1x256x10xf32>) outs(%z : tensor<1x1x10xf32>) -> tensor<1x1x10xf32>
  %c = tensor.collapse_shape %m [[0, 1], [2]] : tensor<1x1x10xf32> into tensor<1x10xf32>
  %f = tensor.expand_shape %c [[0, 1], [2]] : tensor<1x10xf32> into tensor<1x1x10xf32>
  return %f : tensor<1x1x10xf32>
}
