//===- Dialects.cpp - C API for the project's dialects --------------------===//

#include "SparseAccel-c/Dialects.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"
#include "SparseAccel/InitAll.h"
#include "SparseAccel/Support/Version.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Registration.h"

MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Fiber, fiber, mlir::fiber::FiberDialect)
MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(Accel, accel, mlir::accel::AccelDialect)
MLIR_DEFINE_CAPI_DIALECT_REGISTRATION(AccelISA, accel_isa,
                                      mlir::accel_isa::AccelISADialect)

void sparseaccelRegisterAllDialects(MlirDialectRegistry registry) {
  sparseaccel::registerAllDialects(*unwrap(registry));
}

MlirStringRef sparseaccelGetVersion(void) {
  return mlirStringRefCreateFromCString(SPARSEACCEL_VERSION);
}
