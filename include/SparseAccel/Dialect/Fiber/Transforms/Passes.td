//===- Passes.td - fiber dialect passes --------------------*- tablegen -*-===//

#ifndef SPARSEACCEL_FIBER_PASSES
#define SPARSEACCEL_FIBER_PASSES

include "mlir/Pass/PassBase.td"

def FiberReport : Pass<"fiber-report", "::mlir::ModuleOp"> {
  let summary = "Print what each fiber-encoded tensor costs to store";
  let description = [{
    For every function argument and operation result whose type carries a
    `#fiber.encoding`, prints its density (from the encoding's density model,
    or the densest its rules allow), its dense size, its packed size and the
    metadata part of it, rank by rank. When the value is a constant
    (`dense<...>` or `dense_resource<...>`), the numbers are exact for its
    data. The IR is left unchanged.

    ```
    sparse-opt model.mlir --fiber-report
    sparse-opt model.mlir --fiber-report="format=json"
    ```
  }];
  let options = [
    Option<"format", "format", "std::string", /*default=*/"\"text\"",
           "Output format: text or json">,
  ];
}

def FiberImportSparseTensor
    : Pass<"fiber-import-sparse-tensor", "::mlir::ModuleOp"> {
  let summary = "Rewrite #sparse_tensor.encoding types as #fiber.encoding";
  let description = [{
    Converts every tensor type carrying an upstream `#sparse_tensor.encoding`
    (as torch-mlir emits for COO/CSR/CSC/BSR inputs) to the equivalent
    `#fiber.encoding`, everywhere it appears: function signatures, block
    arguments, results and attributes. An encoding with no fibertree
    equivalent is reported at the first operation using it.
  }];
  let options = [
    Option<"allowPartial", "allow-partial", "bool", /*default=*/"false",
           "Warn about encodings without an equivalent and leave them "
           "unchanged, instead of failing">,
  ];
  let dependentDialects = ["::mlir::fiber::FiberDialect"];
}

def FiberExportSparseTensor
    : Pass<"fiber-export-sparse-tensor", "::mlir::ModuleOp"> {
  let summary = "Rewrite #fiber.encoding types as #sparse_tensor.encoding";
  let description = [{
    The inverse of `--fiber-import-sparse-tensor`, for encodings upstream can
    express: U/UOP ranks become dense levels, CP ranks compressed levels, a
    flattened CP rank COO, and one `G:H` CP rank a `structured[n, m]` level.
    Bitmask, RLE and UB ranks, multi-rank HSS, rule sets, middle digits of a
    split and codebooks have no equivalent and are reported with what
    exactly is missing. Density models are statistics, not storage, and are
    dropped.
  }];
  let options = [
    Option<"allowPartial", "allow-partial", "bool", /*default=*/"false",
           "Warn about encodings without an equivalent and leave them "
           "unchanged, instead of failing">,
  ];
  let dependentDialects = ["::mlir::sparse_tensor::SparseTensorDialect"];
}

def FiberInferSparsity : Pass<"fiber-infer-sparsity", "::mlir::ModuleOp"> {
  let summary = "Measure weight constants and attach their fibertree encoding";
  let description = [{
    For every tensor constant (`dense<...>` or `dense_resource<...>`) used
    by a `linalg` operation, reads the data, measures its density and finds
    the tightest pattern it satisfies along each dimension: a `G:H` rule
    (H in 2, 4, 8, the group sizes hardware exploits; G the largest count of
    non-zeros in any aligned group of H) or a two-rank HSS
    `C1(G1:H1) -> C0(G0:H0)` (H0 in 2, 4; H1 in 2, 4, 8; G1 the largest
    count of non-empty H0-blocks in any group of H1 blocks). The pattern with the
    lowest density bound wins (ties: one rank, then the last dimension, then
    the first found, i.e. the smaller inner group). The
    constant gets `fiber.encoding = #fiber.encoding<...>` with a
    `#fiber.density` (fixed-structured when a pattern holds, uniform
    otherwise); its type is left unchanged so every user still verifies.

    With `activation-density`, every function argument without an encoding
    gets `fiber.density = #fiber.density<uniform, d>`. Results of ReLU-like
    operations get a remark: they are about half zeros at run time.

    ```
    sparse-opt model.mlir --fiber-infer-sparsity="activation-density=0.5"
    ```
  }];
  let options = [
    Option<"activationDensity", "activation-density", "double",
           /*default=*/"0.0",
           "Density to declare on function arguments (0: none)">,
  ];
  let dependentDialects = ["::mlir::fiber::FiberDialect"];
}

#endif // SPARSEACCEL_FIBER_PASSES
