//===- LinalgEinsum.h - The cost-model Einsum of a linalg op ----*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_LINALGEINSUM_H
#define SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_LINALGEINSUM_H

#include "SparseAccel/Dialect/Accel/Transforms/ModelConversion.h"
#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Model/Spec.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"

#include <memory>

namespace mlir::accel {

struct OpEinsum {
  /// Dimensions d0..dn (the op's loops); data spaces Weights, Inputs,
  /// Outputs (the names presets refer to).
  sparseaccel::model::WorkloadSpec workload;
  double weightDensity = 1.0;
  /// Which input (0 or 1) is the weight.
  unsigned weightOperand = 1;
  /// The weight's non-zero mask and shape as the op reads it (constants
  /// only), for checking structured patterns.
  std::shared_ptr<std::vector<uint8_t>> weightMask;
  std::vector<int64_t> weightShape;
  /// Axes of the weight indexed only by reduction loops: structured
  /// hardware groups along the reduction (K of a GEMM, C/R/S of a conv).
  std::vector<unsigned> weightReductionAxes;
  /// (G, H) of the weight encoding's structured ranks, innermost first
  /// (encoded operands without data).
  std::vector<std::pair<int64_t, int64_t>> declaredRanks;
  /// (G, H) per rank, innermost first, of the pattern the design runs the
  /// weight at (set by buildOpProblem; empty: dense).
  std::vector<std::pair<int64_t, int64_t>> exploitedRanks;
};

/// The Einsum of a multiply-accumulate linalg op, or failure with `why`.
FailureOr<OpEinsum> extractEinsum(linalg::LinalgOp op, double activationDensity,
                                  std::string &why);

} // namespace mlir::accel

#endif // SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_LINALGEINSUM_H
