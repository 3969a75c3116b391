// The registered textual pipeline nests between other passes, takes every
// option of SparseAccelPipelineOptions, and report=none prints nothing.
// RUN: sparse-opt %s --pass-pipeline="builtin.module(canonicalize,sparse-accel-pipeline{arch=stc budget=100 format-budget=50 threads=1 strategy=random report=none},symbol-dce)" | FileCheck %s
// RUN: sparse-opt %s --pass-pipeline="builtin.module(sparse-accel-pipeline{arch=stc budget=100 report=json})" -o /dev/null | FileCheck %s --check-prefix=JSON
// RUN: not sparse-opt %s --pass-pipeline="builtin.module(sparse-accel-pipeline{arch=stc bogus=1})" 2>&1 | FileCheck %s --check-prefix=BAD
// RUN: not sparse-opt %s --pass-pipeline="builtin.module(sparse-accel-pipeline{strategy=exhaustive budget=x})" 2>&1 | FileCheck %s --check-prefix=BADVAL

// CHECK-NOT: accel report
// CHECK: linalg.matmul {{.*}}accel.cost = #accel.cost<
// CHECK-NOT: accel report

// JSON: "ops": [
// JSON: "cycles": {{[1-9][0-9]*}}

// BAD: no such option bogus
// BADVAL: for the --budget option: 'x' value invalid

func.func @mm(%a: tensor<32x64xf32>, %b: tensor<64x16xf32>) -> tensor<32x16xf32> {
  %z = tensor.empty() : tensor<32x16xf32>
  %c = linalg.matmul ins(%a, %b : tensor<32x64xf32>, tensor<64x16xf32>)
                     outs(%z : tensor<32x16xf32>) -> tensor<32x16xf32>
  return %c : tensor<32x16xf32>
}
