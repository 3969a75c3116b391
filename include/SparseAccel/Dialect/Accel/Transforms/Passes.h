//===- Passes.h - accel dialect passes --------------------------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_PASSES_H
#define SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_PASSES_H

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::accel {

#define GEN_PASS_DECL
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h.inc"

/// The report --accel-report prints (text, json or csv), to `os`.
LogicalResult writeAccelReport(ModuleOp module, StringRef format,
                               llvm::raw_ostream &os);

/// Where the preset architecture files live: $SPARSEACCEL_PRESETS, else
/// <prefix>/share/sparseaccel/presets of an installed copy, else the source
/// tree's presets/.
std::string presetDirectory();

} // namespace mlir::accel

#endif // SPARSEACCEL_DIALECT_ACCEL_TRANSFORMS_PASSES_H
