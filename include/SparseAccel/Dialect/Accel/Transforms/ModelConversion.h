//===- ModelConversion.h - accel attributes <-> cost-model structs -*- C++ -*-//
//
// The one place where accel attributes and the cost model's plain structs
// meet: mappings, costs/traffic and whole designs, both ways.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_MODELCONVERSION_H
#define SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_MODELCONVERSION_H

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Model/Spec.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

namespace mlir::accel {

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

/// The design of `spec` (architecture, SAFs, keep/bypass of its mapping)
/// plus what `preset` says the hardware exploits.
DesignAttr toDesignAttr(MLIRContext *ctx, StringRef name,
                        const sparseaccel::model::ModelSpec &spec,
                        const sparseaccel::sparseloop::PresetInfo &preset);

/// Fills `spec.arch`, `spec.sparse` and the keep/bypass of `spec.mapping`
/// from `design`, resolving tensor and dimension names against
/// `spec.workload`. Fails with `why` on names the workload lacks.
LogicalResult fromDesignAttr(DesignAttr design,
                             sparseaccel::model::ModelSpec &spec,
                             std::string &why);

} // namespace mlir::accel

#endif // SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_MODELCONVERSION_H
