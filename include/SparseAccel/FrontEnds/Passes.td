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

def SparseImportTorch : Pass<"sparse-import-torch", "::mlir::ModuleOp"> {
  let summary = "Convert torch-mlir's torch dialect to linalg on tensors";
  let description = [{
    Reads what torch-mlir's default output holds (`!torch.vtensor` values,
    `torch.aten.*` operations, `torch.constant.*`, `torch.prim.ListConstruct`,
    `torch.vtensor.literal` weights) and converts it, the way torch-mlir's
    own `torch-backend-to-linalg-on-tensors-backend-pipeline` would, to the
    linalg on tensors the rest of the compiler maps:

    - the work: `aten.convolution`, `aten._convolution`, `aten.conv2d`,
      `aten.conv1d` (strided, dilated, padded, grouped, depthwise),
      `aten.linear`, `aten.mm`, `aten.bmm`, `aten.matmul` (with its rank
      and broadcasting rules), `aten.addmm`, `aten.baddbmm` and
      `aten.scaled_dot_product_attention` (causal and masked);
    - around it: activations (relu, gelu, sigmoid, tanh, silu, hardswish,
      hardsigmoid, hardtanh, clamp, leaky_relu, exp, log, sqrt, rsqrt, erf,
      neg, abs, reciprocal), arithmetic with broadcasting (add, sub, mul,
      div, rsub, pow, maximum, minimum, where), batch_norm (inference),
      layer_norm, softmax and log_softmax, dtype casts and identities
      (dropout, contiguous, clone, detach);
    - shapes: view, reshape, flatten, unflatten, squeeze, unsqueeze, permute,
      transpose, t, cat, slice, select, expand, broadcast_to, max_pool2d,
      avg_pool2d, adaptive_avg_pool2d (evenly dividing), mean and sum over
      dims, embedding.

    Scalars and lists are folded where they are used (constants and the
    shape arithmetic `aten.size.int`, `aten.mul.int`, ...). Weights given as
    `torch.vtensor.literal` become `arith.constant`s with the same data (a
    `dense_resource` stays one), so their sparsity is measured.

    Any other operation stays where it is with builtin tensor types, a
    warning at its location and `accel.unmapped` saying why; it appears in
    the report as not mapped. Regions (`torch.prim.If`, `torch.prim.Loop`)
    and non-value tensors are refused with a located error. A module
    without torch operations is left exactly as it is, so the pass runs
    first in `sparse-accel-pipeline` on every input.

    ```
    sparse-opt model.torch.mlir --sparse-accel-pipeline="arch=stc"
    sparse-opt model.torch.mlir --sparse-import-torch   # only the conversion
    ```
  }];
}

#endif // SPARSEACCEL_FRONTENDS_PASSES
