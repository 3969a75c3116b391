//===- host-compiler.cpp - A host compiler that embeds SparseAccel --------===//
//
// Parses a linalg-on-tensors module, runs the host's own pass (it tags every
// contraction with `host.stage`), then splices SparseAccel's pipeline in
// with the C++ pipeline builder, and prints the module and the report:
//
//   host-compiler model.mlir [arch] [budget]
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/InitAll.h"
#include "SparseAccel/Pipelines/Pipelines.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/Pass.h"
#include "mlir/Pass/PassManager.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace mlir;

namespace {
/// The host's own pass: marks the contractions it hands to SparseAccel.
struct TagContractionsPass
    : public PassWrapper<TagContractionsPass, OperationPass<ModuleOp>> {
  MLIR_DEFINE_EXPLICIT_INTERNAL_INLINE_TYPE_ID(TagContractionsPass)
  StringRef getArgument() const final { return "host-tag-contractions"; }
  void runOnOperation() override {
    Builder b(&getContext());
    getOperation().walk([&](linalg::LinalgOp op) {
      if (op.getNumReductionLoops() > 0)
        op->setAttr("host.stage", b.getStringAttr("before-sparseaccel"));
    });
  }
};
} // namespace

int main(int argc, char **argv) {
  if (argc < 2) {
    llvm::errs() << "usage: host-compiler model.mlir [arch] [budget]\n";
    return 2;
  }
  DialectRegistry registry;
  sparseaccel::registerAllDialects(registry);
  MLIRContext context(registry);
  OwningOpRef<ModuleOp> module = parseSourceFile<ModuleOp>(argv[1], &context);
  if (!module)
    return 1;

  PassManager pm(&context);
  pm.addPass(std::make_unique<TagContractionsPass>());
  sparseaccel::SparseAccelPipelineOptions options;
  options.arch = argc > 2 ? argv[2] : "stc";
  options.budget = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 500;
  options.report = "none"; // the host prints the report itself, below
  sparseaccel::buildSparseAccelPipeline(pm, options);
  if (failed(pm.run(*module)))
    return 1;

  module->print(llvm::outs());
  llvm::outs() << "\n// host-compiler report:\n";
  if (failed(accel::writeAccelReport(*module, "text", llvm::outs())))
    return 1;
  return 0;
}
