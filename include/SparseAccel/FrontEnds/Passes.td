//===- Passes.td - Front ends: what torch-mlir emits, to linalg -*- tablegen -*-===//

#ifndef SPARSEACCEL_FRONTENDS_PASSES
#define SPARSEACCEL_FRONTENDS_PASSES

include "mlir/Pass/PassBase.td"

def SparseImportTosa : Pass<"sparse-import-tosa", "::mlir::ModuleOp"> {
  let summary = "Lower TOSA to linalg on tensors, when the module holds TOSA";
  let description = [{
    torch-mlir's `tosa` output (and any other TOSA producer) becomes the
    linalg-on-tensors form the rest of the compiler maps, with MLIR's own
    conversions: `tosa-optional-decompositions`, `tosa-infer-shapes`,
    `tosa-make-broadcastable`, `tosa-layerwise-constant-fold` (torch-mlir
    transposes OIHW weight constants to OHWI; folded, they stay constants),
    `tosa-to-linalg-named`, `tosa-to-linalg`, `tosa-to-arith` and
    `tosa-to-tensor` on every function, then `canonicalize`. `tosa.const`
    weights become `arith.constant`s, so their sparsity is measured as for
    torch-mlir's linalg output;
    `tosa.conv2d` becomes `linalg.conv_2d_nhwc_fhwc` (with a `tensor.pad`
    for its padding), `tosa.matmul` `linalg.batch_matmul`.

    A module without TOSA operations is left exactly as it is, so the pass
    runs first in `sparse-accel-pipeline` on every input. A TOSA operation
    MLIR cannot lower is an error at its location.

    ```
    sparse-opt model.tosa.mlir --sparse-accel-pipeline="arch=stc"
    sparse-opt model.tosa.mlir --sparse-import-tosa      # only the lowering
    ```
  }];
}

#endif // SPARSEACCEL_FRONTENDS_PASSES
