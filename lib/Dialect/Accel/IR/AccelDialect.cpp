//===- AccelDialect.cpp - Accelerator mappings and costs ------------------===//

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"

#include "mlir/IR/DialectImplementation.h"

using namespace mlir;
using namespace mlir::accel;

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.cpp.inc"

void AccelDialect::initialize() { registerAttributes(); }
