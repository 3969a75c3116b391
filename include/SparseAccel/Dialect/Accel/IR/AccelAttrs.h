//===- AccelAttrs.h - accel dialect attributes ------------------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCEL_IR_ACCELATTRS_H
#define SPARSEACCEL_DIALECT_ACCEL_IR_ACCELATTRS_H

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OpImplementation.h"

#define GET_ATTRDEF_CLASSES
#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h.inc"

#endif // SPARSEACCEL_DIALECT_ACCEL_IR_ACCELATTRS_H
