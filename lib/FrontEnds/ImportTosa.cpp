//===- ImportTosa.cpp - TOSA to linalg on tensors, when present ----------===//

#include "SparseAccel/FrontEnds/Passes.h"

#include "mlir/Conversion/TosaToArith/TosaToArith.h"
#include "mlir/Conversion/TosaToLinalg/TosaToLinalg.h"
#include "mlir/Conversion/TosaToTensor/TosaToTensor.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Dialect/Tosa/Transforms/Passes.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Transforms/Passes.h"

namespace sparseaccel {
#define GEN_PASS_DEF_SPARSEIMPORTTOSA
#include "SparseAccel/FrontEnds/Passes.h.inc"
} // namespace sparseaccel

using namespace mlir;

namespace {
/// MLIR's own TOSA lowering, as its tosa-to-linalg-pipeline composes it
/// (with one constant fold more, first), plus the conversions for constants
/// and shape operations.
void buildTosaLowering(OpPassManager &pm) {
  OpPassManager &fn = pm.nest<func::FuncOp>();
  fn.addPass(tosa::createTosaOptionalDecompositionsPass());
  fn.addPass(createCanonicalizerPass());
  fn.addPass(tosa::createTosaInferShapesPass());
  fn.addPass(tosa::createTosaMakeBroadcastablePass());
  // Fold constant transposes while they are still TOSA: torch-mlir writes
  // OIHW weights as tosa.const + tosa.transpose to OHWI, and the weights'
  // sparsity can only be measured on a constant.
  fn.addPass(tosa::createTosaLayerwiseConstantFoldPass());
  fn.addPass(tosa::createTosaToLinalgNamed());
  fn.addPass(createCanonicalizerPass());
  fn.addPass(tosa::createTosaLayerwiseConstantFoldPass());
  fn.addPass(tosa::createTosaMakeBroadcastablePass());
  fn.addPass(tosa::createTosaToLinalg());
  fn.addPass(createTosaToArithPass());
  fn.addPass(createTosaToTensorPass());
  pm.addPass(createCanonicalizerPass());
}

struct SparseImportTosaPass
    : public sparseaccel::impl::SparseImportTosaBase<SparseImportTosaPass> {
  void getDependentDialects(DialectRegistry &registry) const override {
    // The nested pipeline creates linalg, arith, math, tensor, ... ops: their
    // dialects must be loaded before passes run in parallel.
    OpPassManager pm(ModuleOp::getOperationName());
    buildTosaLowering(pm);
    pm.getDependentDialects(registry);
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    auto isTosa = [](Operation *op) {
      return isa<tosa::TosaDialect>(op->getDialect());
    };
    if (!module
             .walk([&](Operation *op) {
               return isTosa(op) ? WalkResult::interrupt()
                                 : WalkResult::advance();
             })
             .wasInterrupted())
      return;
    OpPassManager pm(ModuleOp::getOperationName());
    buildTosaLowering(pm);
    if (failed(runPipeline(pm, module)))
      return signalPassFailure();
    // A conversion that leaves TOSA behind has said why; make sure nothing
    // is passed on half-lowered.
    bool left = false;
    module.walk([&](Operation *op) {
      if (isTosa(op)) {
        op->emitError() << "'" << op->getName()
                        << "' was not lowered to linalg by MLIR's TOSA "
                           "conversions";
        left = true;
      }
    });
    if (left)
      signalPassFailure();
  }
};
} // namespace
