//===- Passes.h - Front ends: what torch-mlir emits, to linalg --*- C++ -*-===//

#ifndef SPARSEACCEL_FRONTENDS_PASSES_H
#define SPARSEACCEL_FRONTENDS_PASSES_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace sparseaccel {

#define GEN_PASS_DECL
#include "SparseAccel/FrontEnds/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "SparseAccel/FrontEnds/Passes.h.inc"

} // namespace sparseaccel

#endif // SPARSEACCEL_FRONTENDS_PASSES_H
