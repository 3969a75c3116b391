// A TOSA operation MLIR's conversions cannot lower is an error at its
// location, and nothing is written.
// RUN: not sparse-opt %s --sparse-accel-pipeline="arch=stc" -o %t.out 2>&1 | FileCheck %s
// RUN: not ls %t.out
// CHECK: import-tosa-errors.mlir:[[@LINE+3]]:8: error: failed to legalize operation 'tosa.custom'
// CHECK-NOT: accel report
func.func @f(%a: tensor<4xf32>) -> tensor<4xf32> {
  %0 = tosa.custom %a {domain_name = "x", implementation_attrs = "", operator_name = "foo"} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
