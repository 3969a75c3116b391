//===- AccelDialect.h - Accelerator mappings and costs ----------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_IR_ACCELDIALECT_H
#define SPARSEACCEL_DIALECT_ACCEL_IR_ACCELDIALECT_H

#include "mlir/IR/Dialect.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h.inc"

#endif // SPARSEACCEL_DIALECT_ACCEL_IR_ACCELDIALECT_H
