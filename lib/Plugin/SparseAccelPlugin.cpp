//===- SparseAccelPlugin.cpp - Plugin for stock mlir-opt ------------------===//
//
// One shared object that is both a dialect plugin and a pass plugin:
//
//   mlir-opt-22 --load-dialect-plugin=libSparseAccelPlugin.so \
//               --load-pass-plugin=libSparseAccelPlugin.so \
//               --pass-pipeline='builtin.module(sparse-accel-pipeline{arch=stc})'
//
// mlir-opt already registers every upstream dialect and pass, so the plugin
// adds only the project's own. It links libMLIR.so like mlir-opt-22 does, so
// both share one copy of MLIR's registries and type ids.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"
#include "SparseAccel/Dialect/AccelISA/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h"
#include "SparseAccel/FrontEnds/Passes.h"
#include "SparseAccel/Pipelines/Pipelines.h"
#include "SparseAccel/Support/Version.h"

#include "mlir/Tools/Plugins/DialectPlugin.h"
#include "mlir/Tools/Plugins/PassPlugin.h"

using namespace mlir;

extern "C" LLVM_ATTRIBUTE_WEAK DialectPluginLibraryInfo
mlirGetDialectPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "SparseAccelDialects", SPARSEACCEL_VERSION,
          [](DialectRegistry *registry) {
            registry->insert<fiber::FiberDialect, accel::AccelDialect,
                             accel_isa::AccelISADialect>();
          }};
}

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo mlirGetPassPluginInfo() {
  return {MLIR_PLUGIN_API_VERSION, "SparseAccelPasses", SPARSEACCEL_VERSION,
          []() {
            fiber::registerFiberPasses();
            accel::registerAccelPasses();
            accel_isa::registerAccelISAPasses();
            sparseaccel::registerFrontEndsPasses();
            sparseaccel::registerSparseAccelPipeline();
          }};
}
