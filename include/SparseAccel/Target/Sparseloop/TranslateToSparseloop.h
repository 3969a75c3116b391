//===- TranslateToSparseloop.h - Mapped IR -> Timeloop folders --*- C++ -*-===//
//
// `sparse-translate --to-sparseloop`: one folder of public-Timeloop v0.3
// files per mapped operation, so the real Sparseloop can re-check every
// prediction the compiler made.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_SPARSELOOP_TRANSLATETOSPARSELOOP_H
#define SPARSEACCEL_TARGET_SPARSELOOP_TRANSLATETOSPARSELOOP_H

#include "mlir/IR/BuiltinOps.h"

namespace mlir::accel {

/// Writes `outDir`/<function>.<op>.<line>_<col>/ for every operation with
/// `accel.mapping` and `accel.cost`, plus `outDir`/INDEX listing them.
/// Each folder is checked: the cost model on the written files must
/// reproduce the op's `accel.cost` (exactly unless the folder states an
/// approximation). Ops without a mapping, or with features the public
/// Timeloop lacks, get a warning at their location and are skipped.
/// Everything is written under a temporary directory first: on failure
/// nothing is left behind; an existing `outDir` is replaced only if it
/// holds an earlier INDEX.
LogicalResult translateToSparseloop(ModuleOp module, StringRef outDir,
                                    raw_ostream &summary);

} // namespace mlir::accel

#endif // SPARSEACCEL_TARGET_SPARSELOOP_TRANSLATETOSPARSELOOP_H
