//===- AccelISA.h - Accelerator instruction stream ops ----------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_ACCELISA_IR_ACCELISA_H
#define SPARSEACCEL_DIALECT_ACCELISA_IR_ACCELISA_H

#include "mlir/Bytecode/BytecodeOpInterface.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpDefinition.h"
#include "mlir/IR/SymbolTable.h"
#include "mlir/Interfaces/SideEffectInterfaces.h"

#include "SparseAccel/Dialect/AccelISA/IR/AccelISADialect.h.inc"
#include "SparseAccel/Dialect/AccelISA/IR/AccelISAEnums.h.inc"

#define GET_OP_CLASSES
#include "SparseAccel/Dialect/AccelISA/IR/AccelISAOps.h.inc"

namespace sparseaccel::sim {
struct Program;
}

namespace mlir::accel_isa {

/// The program in the simulator's form. `instructions[i]` is the op of
/// instruction i (the trailing Halt maps to the program). With
/// `withData` false the weight payloads are sized but not copied (enough
/// for validation). Fails with a diagnostic at the offending op.
LogicalResult toSimProgram(ProgramOp program, sparseaccel::sim::Program &out,
                           SmallVectorImpl<Operation *> *instructions,
                           bool withData);

} // namespace mlir::accel_isa

#endif // SPARSEACCEL_DIALECT_ACCELISA_IR_ACCELISA_H
