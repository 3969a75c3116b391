//===- DesignSupport.h - Designs and per-op problems for accel passes -----===//
//
// Shared by --accel-assign-formats and --accel-map: where a design comes
// from (the module's `accel.design`, a preset, an arch-file), and the
// cost-model problem of one operation on it, with the design's
// exploitable patterns and the op's assigned formats applied.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_DESIGNSUPPORT_H
#define SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_DESIGNSUPPORT_H

#include "SparseAccel/Dialect/Accel/Transforms/LinalgEinsum.h"

#include "SparseAccel/Model/Mapper.h"

#include "mlir/IR/BuiltinOps.h"

namespace mlir::accel {

/// Where to read a design from.
struct DesignSource {
  std::string arch;
  std::string archFile;
  /// Whether arch/arch-file were given explicitly; if not, an existing
  /// `accel.design` on the module wins.
  bool explicitlyChosen = false;
  /// Read the file's loop factors too (a fixed dataflow).
  bool withLoops = false;
};

/// Returns the module's design, loading it (and attaching it as
/// `accel.design`) from the source when needed; `workload` resolves tensor
/// names. Emits a diagnostic on `at` and fails on unknown presets and
/// broken files.
FailureOr<DesignAttr>
getOrLoadDesign(ModuleOp module, Operation *at, const DesignSource &source,
                const sparseaccel::model::WorkloadSpec &workload);

/// The problem of one op on `design`: its Einsum and densities, the
/// design's architecture and SAFs, the op's `accel.formats`, and the
/// density at which the design's patterns let it run the weights
/// (`exploited` describes it for the op's attribute and remarks).
LogicalResult buildOpProblem(DesignAttr design, Operation *op, OpEinsum &einsum,
                             sparseaccel::model::ModelSpec &spec,
                             std::string &exploited, std::string &why);

/// Rewrites every compressed rank of tensor `ds` at every level to the
/// format choice `choice` (`CP`, `B`, `RLE`, optionally `CP(4)`).
LogicalResult applyFormatChoice(sparseaccel::model::ModelSpec &spec,
                                unsigned ds, StringRef choice,
                                std::string &why);

/// edp, energy or latency; emits an error on the module otherwise.
FailureOr<sparseaccel::model::MapObjective> parseObjective(ModuleOp module,
                                                           StringRef objective);

/// Marks a two-input reduction the accelerator cannot run as unmapped and
/// says why (a remark for non-MACs such as pooling, a warning otherwise).
void reportUnmappable(linalg::LinalgOp op, StringRef why);

/// `<function>.<op without "linalg.">.<line>_<column>`, in the characters
/// [A-Za-z0-9._-]: the name outputs give an operation (folders, programs).
std::string operationLabel(Operation *op);

} // namespace mlir::accel

#endif // SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_DESIGNSUPPORT_H
