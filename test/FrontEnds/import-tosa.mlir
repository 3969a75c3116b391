// TOSA (torch-mlir's `tosa` output) is lowered to linalg on tensors with
// MLIR's own conversions, first thing in the pipeline, and then mapped like
// torch-mlir's linalg output: the convolution and the linear layer get a
// mapping, and the 2:4-sparse linear weights are measured from the constant.

// RUN: sparse-opt %S/Inputs/tinynet.tosa.mlir --sparse-import-tosa | FileCheck %s --check-prefix=LOWER
// LOWER-NOT: tosa.
// LOWER: linalg.conv_2d_nhwc_fhwc {{.*}}ins(%{{.*}}, %[[W:cst[_0-9]*]] : tensor<1x10x10x8xf32>, tensor<16x3x3x8xf32>)
// LOWER: linalg.pooling_nhwc_max
// LOWER: linalg.batch_matmul
// LOWER-NOT: tosa.

// RUN: sparse-opt %S/Inputs/tinynet.tosa.mlir --sparse-accel-pipeline="arch=stc budget=300" -o %t.mlir | FileCheck %s --check-prefix=REPORT
// REPORT: accel report (arch stc)
// REPORT: linalg.conv_2d_nhwc_fhwc {{[0-9]+}} cycles
// REPORT: linalg.pooling_nhwc_max at {{.*}}tinynet.tosa.mlir:{{[0-9]+}}:{{[0-9]+}}: not mapped (the body is not a multiply-accumulate)
// REPORT: linalg.batch_matmul {{[0-9]+}} cycles {{.*}}speedup {{1\.[1-9][0-9]*|[2-9]\.[0-9]+}}x
// RUN: FileCheck %s --check-prefix=MAPPED --input-file=%t.mlir
// MAPPED: linalg.conv_2d_nhwc_fhwc {{.*}}accel.cost = #accel.cost<
// MAPPED: linalg.batch_matmul {{.*}}accel.cost = #accel.cost<{{.*}}accel.exploited = "Weights: 2:4

// A module without TOSA is left exactly as it is.
// RUN: sparse-opt %examples/small_cnn.mlir > %t.plain.mlir
// RUN: sparse-opt %examples/small_cnn.mlir --sparse-import-tosa > %t.after.mlir
// RUN: diff %t.plain.mlir %t.after.mlir
