// RUN: sparse-opt %s --sparse-import-torch -split-input-file -verify-diagnostics
// RUN: rm -f %t.out
// RUN: not sparse-opt %S/Inputs/torch-if.mlir --sparse-accel-pipeline -o %t.out 2>&1 | FileCheck %s --check-prefix=IF
// RUN: not ls %t.out
// IF: torch-if.mlir:5:30: error: custom op 'torch.prim.If' has regions (control flow), which are not read: export a straight-line graph (torch.export or torch.fx) instead

// A tensor without a dtype has no builtin counterpart.
// expected-error @+1 {{argument #0 of @f has type '!torch.vtensor', which has no builtin tensor counterpart (a value tensor with a known dtype is needed)}}
func.func @f(%arg0: !torch.vtensor) -> !torch.vtensor {
  return %arg0 : !torch.vtensor
}

// -----

// Non-value tensors (torch-mlir's output before value semantics) neither.
// expected-error @+1 {{argument #0 of @g has type '!torch.tensor<[2],f32>', which has no builtin tensor counterpart}}
func.func @g(%arg0: !torch.tensor<[2],f32>) -> !torch.tensor<[2],f32> {
  return %arg0 : !torch.tensor<[2],f32>
}

// -----

func.func @h() -> !torch.bool {
  // expected-error @+1 {{expected 'true' or 'false'}}
  %0 = torch.constant.bool maybe
  return %0 : !torch.bool
}

// -----

func.func @k() -> !torch.int {
  // expected-error @+1 {{unknown torch constant kind 'complex'}}
  %0 = torch.constant.complex 1
  return %0 : !torch.int
}
