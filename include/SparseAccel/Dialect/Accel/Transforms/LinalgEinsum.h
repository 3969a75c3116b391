//===- LinalgEinsum.h - The cost-model Einsum of a linalg op ----*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_LINALGEINSUM_H
#define SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_LINALGEINSUM_H

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Model/Spec.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

namespace mlir::accel {

struct OpEinsum {
  /// Dimensions d0..dn (the op's loops); data spaces Weights, Inputs,
  /// Outputs (the names presets refer to).
  sparseaccel::model::WorkloadSpec workload;
  double weightDensity = 1.0;
};

/// The Einsum of a multiply-accumulate linalg op, or failure with `why`.
FailureOr<OpEinsum> extractEinsum(linalg::LinalgOp op, double activationDensity,
                                  std::string &why);

MappingAttr toMappingAttr(MLIRContext *ctx,
                          const sparseaccel::model::ModelSpec &spec,
                          const sparseaccel::model::MappingSpec &mapping);

/// Per storage level (innermost first): actual reads, fills and updates
/// summed over tensors and instances, and energy (pJ), as a list of
/// dictionaries `{level, reads, fills, updates, energy_pJ}`.
ArrayAttr toTrafficAttr(MLIRContext *ctx,
                        const sparseaccel::model::EvalResult &result);

FailureOr<sparseaccel::model::MappingSpec>
fromMappingAttr(MappingAttr attr, const sparseaccel::model::ModelSpec &spec,
                std::string &why);

} // namespace mlir::accel

#endif // SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_LINALGEINSUM_H
