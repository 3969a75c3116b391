//===- Passes.h - fiber dialect passes --------------------------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_FIBER_TRANSFORMS_PASSES_H
#define SPARSEACCEL_DIALECT_FIBER_TRANSFORMS_PASSES_H

#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"

#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Pass/Pass.h"

namespace mlir::fiber {

#define GEN_PASS_DECL
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h.inc"

#define GEN_PASS_REGISTRATION
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h.inc"

} // namespace mlir::fiber

#endif // SPARSEACCEL_DIALECT_FIBER_TRANSFORMS_PASSES_H
