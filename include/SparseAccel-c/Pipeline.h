/*===- Pipeline.h - C API for the sparse accelerator pipeline -------------===*\
|*                                                                            *|
|* Register the passes, add the whole pipeline to a pass manager (or run it  *|
|* on a module), and read the per-operation report, e.g. as JSON.           *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#ifndef SPARSEACCEL_C_PIPELINE_H
#define SPARSEACCEL_C_PIPELINE_H

#include "mlir-c/IR.h"
#include "mlir-c/Pass.h"
#include "mlir-c/Support.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Registers the project's passes and the `sparse-accel-pipeline` textual
/// pipeline in the global registry (so mlirParsePassPipeline knows them).
MLIR_CAPI_EXPORTED void sparseaccelRegisterAllPasses(void);

/// Adds the pipeline to `passManager`, which must run on builtin.module.
/// `options` is the textual pipeline's option list, e.g.
/// "arch=highlight budget=2000 report=none" (empty: the defaults, which
/// print a text report to stdout). A malformed option list is reported
/// through `errorCallback` and nothing is added.
MLIR_CAPI_EXPORTED MlirLogicalResult
sparseaccelAddPipeline(MlirOpPassManager passManager, MlirStringRef options,
                       MlirStringCallback errorCallback, void *userData);

/// Runs the pipeline on `module` in place. Errors are emitted as
/// diagnostics on the module's context (attach a handler to see them).
MLIR_CAPI_EXPORTED MlirLogicalResult
sparseaccelRunPipeline(MlirModule module, MlirStringRef options,
                       MlirStringCallback errorCallback, void *userData);

/// Writes the report of a mapped module ("text", "json" or "csv") through
/// `callback`. Fails (with a diagnostic) on an unknown format or a module
/// that holds a malformed cost.
MLIR_CAPI_EXPORTED MlirLogicalResult
sparseaccelPrintReport(MlirModule module, MlirStringRef format,
                       MlirStringCallback callback, void *userData);

#ifdef __cplusplus
}
#endif

#endif /* SPARSEACCEL_C_PIPELINE_H */
