//===- Pipeline.cpp - C API for the sparse accelerator pipeline -----------===//

#include "SparseAccel-c/Pipeline.h"

#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/InitAll.h"
#include "SparseAccel/Pipelines/Pipelines.h"

#include "mlir/CAPI/IR.h"
#include "mlir/CAPI/Pass.h"
#include "mlir/CAPI/Support.h"
#include "mlir/CAPI/Utils.h"
#include "mlir/Pass/PassManager.h"

using namespace mlir;

void sparseaccelRegisterAllPasses(void) { sparseaccel::registerAllPasses(); }

MlirLogicalResult sparseaccelAddPipeline(MlirOpPassManager passManager,
                                         MlirStringRef options,
                                         MlirStringCallback errorCallback,
                                         void *userData) {
  // The options parser prints what it rejects; route that to the caller.
  std::string errors;
  llvm::raw_string_ostream errorStream(errors);
  sparseaccel::SparseAccelPipelineOptions parsed;
  if (failed(parsed.parseFromString(unwrap(options), errorStream))) {
    if (errorCallback) {
      if (errors.empty())
        errors = "invalid sparse-accel-pipeline options";
      errorCallback(mlirStringRefCreate(errors.data(), errors.size()),
                    userData);
    }
    return mlirLogicalResultFailure();
  }
  sparseaccel::buildSparseAccelPipeline(*unwrap(passManager), parsed);
  return mlirLogicalResultSuccess();
}

MlirLogicalResult sparseaccelRunPipeline(MlirModule module,
                                         MlirStringRef options,
                                         MlirStringCallback errorCallback,
                                         void *userData) {
  ModuleOp op = unwrap(module);
  PassManager pm(op->getContext());
  if (mlirLogicalResultIsFailure(
          sparseaccelAddPipeline(wrap(static_cast<OpPassManager *>(&pm)),
                                 options, errorCallback, userData)))
    return mlirLogicalResultFailure();
  return wrap(pm.run(op));
}

MlirLogicalResult sparseaccelPrintReport(MlirModule module,
                                         MlirStringRef format,
                                         MlirStringCallback callback,
                                         void *userData) {
  // Buffer the whole report: a failure must not leave half of it written.
  std::string text;
  llvm::raw_string_ostream os(text);
  if (failed(accel::writeAccelReport(unwrap(module), unwrap(format), os)))
    return mlirLogicalResultFailure();
  detail::CallbackOstream out(callback, userData);
  out << text;
  out.flush();
  return mlirLogicalResultSuccess();
}
