/*===- Dialects.h - C API for the fiber, accel and accel_isa dialects -----===*\
|*                                                                            *|
|* MLIR C API conventions: dialect handles for the project's dialects, and   *|
|* one call that registers everything sparse-opt parses (the project's      *|
|* dialects plus the upstream ones torch-mlir's linalg output uses).        *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef SPARSEACCEL_C_DIALECTS_H
#define SPARSEACCEL_C_DIALECTS_H

#include "mlir-c/IR.h"

#ifdef __cplusplus
extern "C" {
#endif

MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Fiber, fiber);
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(Accel, accel);
MLIR_DECLARE_CAPI_DIALECT_REGISTRATION(AccelISA, accel_isa);

/// Inserts the project's dialects and func, arith, math, linalg, tensor, scf,
/// cf, memref, bufferization, ml_program and sparse_tensor into `registry`.
MLIR_CAPI_EXPORTED void
sparseaccelRegisterAllDialects(MlirDialectRegistry registry);

/// The project's version, e.g. "0.3.0" (static storage).
MLIR_CAPI_EXPORTED MlirStringRef sparseaccelGetVersion(void);

#ifdef __cplusplus
}
#endif

#endif /* SPARSEACCEL_C_DIALECTS_H */
