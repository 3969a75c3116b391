//===- FiberDialect.h - Fibertree encodings dialect -------------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_FIBER_IR_FIBERDIALECT_H
#define SPARSEACCEL_DIALECT_FIBER_IR_FIBERDIALECT_H

#include "mlir/IR/Dialect.h"

#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h.inc"

#endif // SPARSEACCEL_DIALECT_FIBER_IR_FIBERDIALECT_H
