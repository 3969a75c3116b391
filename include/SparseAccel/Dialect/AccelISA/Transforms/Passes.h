//===- Passes.h - accel_isa passes ------------------------------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCELISA_TRANSFORMS_PASSES_H
#define SPARSEACCEL_DIALECT_ACCELISA_TRANSFORMS_PASSES_H

#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::accel_isa {

#define GEN_PASS_DECL
#include "SparseAccel/Dialect/AccelISA/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "SparseAccel/Dialect/AccelISA/Transforms/Passes.h.inc"

} // namespace mlir::accel_isa

#endif // SPARSEACCEL_DIALECT_ACCELISA_TRANSFORMS_PASSES_H
