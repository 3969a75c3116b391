//===- InitAll.h - Register everything sparse-opt knows --------*- C++ -*-===//

#ifndef SPARSEACCEL_INITALL_H
#define SPARSEACCEL_INITALL_H

#include "mlir/IR/DialectRegistry.h"

namespace sparseaccel {

/// The project's dialects plus everything torch-mlir's linalg-on-tensors
/// output uses: func, arith, math, linalg, tensor, scf, cf, memref,
/// bufferization, ml_program, sparse_tensor.
void registerAllDialects(mlir::DialectRegistry &registry);

/// The project's passes plus the generic upstream ones (canonicalize, cse,
/// symbol-dce, ...).
void registerAllPasses();

} // namespace sparseaccel

#endif // SPARSEACCEL_INITALL_H
