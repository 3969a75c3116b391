//===- AccelISADialect.cpp - Accelerator instruction stream dialect -------===//

#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::accel_isa;

#include "SparseAccel/Dialect/AccelISA/IR/AccelISADialect.cpp.inc"
#include "SparseAccel/Dialect/AccelISA/IR/AccelISAEnums.cpp.inc"

void AccelISADialect::initialize() {
  addOperations<
#define GET_OP_LIST
#include "SparseAccel/Dialect/AccelISA/IR/AccelISAOps.cpp.inc"
      >();
}
