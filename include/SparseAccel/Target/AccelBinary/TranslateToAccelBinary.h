//===- TranslateToAccelBinary.h - Mapped IR -> accelerator programs -*- C++
//-*-//
//
// `sparse-translate --to-accel-binary`: for every mapped matmul whose weight
// is a constant the design can run (dense, G:H or HSS along the reduction),
// packs the weight (hierarchical CP) and writes a program (docs/isa.md)
// plus its listing; other operations stay on the host and are listed in
// HOST. Everything is written under a temporary directory first.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_ACCELBINARY_TRANSLATETOACCELBINARY_H
#define SPARSEACCEL_TARGET_ACCELBINARY_TRANSLATETOACCELBINARY_H

#include "mlir/IR/BuiltinOps.h"

namespace mlir::accel {

LogicalResult translateToAccelBinary(ModuleOp module, StringRef outDir,
                                     raw_ostream &summary);

} // namespace mlir::accel

#endif
