//===- Passes.td - accel_isa passes -------------------------*- tablegen -*-===//

#ifndef SPARSEACCEL_ACCELISA_PASSES
#define SPARSEACCEL_ACCELISA_PASSES

include "mlir/Pass/PassBase.td"

def AccelLowerToIsa : Pass<"accel-lower-to-isa", "::mlir::ModuleOp"> {
  let summary = "Lower mapped operations to accelerator programs";
  let description = [{
    Every operation `--accel-map` mapped becomes an `accel_isa.program`
    following its mapping, and an `accel_isa.launch` of it replaces the
    operation:

    - `linalg.matmul` X[M, K] x W[K, N] and `linalg.conv_2d_nchw_fchw`
      (through the Toeplitz expansion of thesis Fig. 6-4: rows (n, oh, ow),
      columns (kh, kw, c) with channels innermost) whose weights are a static
      f32 `dense<...>` or `dense_resource<...>` constant and whose init is a
      zero fill;
    - the weights are packed in hierarchical CP along the reduction (thesis
      Fig. 6-5) at the degree the design exploits (`accel.exploited`), or
      dense (1:1) when it exploits none; sparser data than the degree keeps
      explicit zeros (gated);
    - rows are tiled by the mapping's DRAM-level factors of the output-row
      dimensions, shrunk until the tile's working set fits the GLB; weights
      that do not fit half the GLB are split into column blocks;
    - the MAC lanes are the product of the mapping's spatial factors.

    Operations the accelerator cannot run stay on the host: they keep their
    linalg form, get `accel_isa.host = "<reason>"` and a remark.
  }];
  let dependentDialects = ["::mlir::accel_isa::AccelISADialect"];
}

#endif // SPARSEACCEL_ACCELISA_PASSES
