//===- fiber-fuzzer.cpp - libFuzzer target for the fiber dialect ----------===//
//
// Parses each input as an MLIR module with every dialect sparse-opt knows,
// then runs the fiber report and both sparse_tensor interop passes on it.
// Any crash, sanitizer report or abort is a bug: bad input must only ever
// produce diagnostics. Built with -DSPARSEACCEL_ENABLE_FUZZERS=ON (clang).
//
//   ASAN_OPTIONS=allow_user_poisoning=0 \
//     build-fuzz/bin/fiber-fuzzer -max_len=2048 NEW_CORPUS_DIR test/Fuzz/corpus
//
// allow_user_poisoning=0: LLVM's BumpPtrAllocator poisons its slabs when
// compiled with ASan, which only this project's code is; the uninstrumented
// libMLIR.so then writes to "poisoned" memory it legitimately owns.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/InitAll.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

#include <cstdint>
#include <string>

using namespace mlir;

static MLIRContext &getContext() {
  static MLIRContext *context = [] {
    DialectRegistry registry;
    sparseaccel::registerAllDialects(registry);
    sparseaccel::registerAllPasses();
    auto *ctx = new MLIRContext(registry);
    ctx->loadAllAvailableDialects();
    ctx->disableMultithreading();
    return ctx;
  }();
  return *context;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  MLIRContext &context = getContext();
  ScopedDiagnosticHandler quiet(&context,
                                [](Diagnostic &) { return success(); });
  // MLIR's lexer relies on the NUL that ends every real input buffer;
  // libFuzzer's buffer has none, so copy it into a string that does.
  std::string text(reinterpret_cast<const char *>(data), size);
  OwningOpRef<ModuleOp> module = parseSourceString<ModuleOp>(text, &context);
  if (!module)
    return 0;
  for (StringRef pipeline :
       {"builtin.module(fiber-report{format=json})",
        "builtin.module(fiber-export-sparse-tensor{allow-partial=true})",
        "builtin.module(fiber-import-sparse-tensor{allow-partial=true})"}) {
    OwningOpRef<ModuleOp> copy = module->clone();
    PassManager pm(&context);
    if (succeeded(parsePassPipeline(pipeline, pm)))
      (void)pm.run(*copy);
  }
  return 0;
}
