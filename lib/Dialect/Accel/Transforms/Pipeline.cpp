//===- Pipeline.cpp - --sparse-accel-pipeline -----------------------------===//

#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

namespace {
struct PipelineOptions : public PassPipelineOptions<PipelineOptions> {
  Option<std::string> arch{*this, "arch", llvm::cl::desc("Preset"),
                           llvm::cl::init("stc")};
  Option<std::string> archFile{*this, "arch-file",
                               llvm::cl::desc("Timeloop architecture file"),
                               llvm::cl::init("")};
  Option<std::string> objective{*this, "objective",
                                llvm::cl::desc("edp, energy or latency"),
                                llvm::cl::init("edp")};
  Option<uint64_t> budget{*this, "budget",
                          llvm::cl::desc("Mappings to evaluate per op"),
                          llvm::cl::init(10000)};
  Option<uint64_t> seed{*this, "seed", llvm::cl::desc("Search seed"),
                        llvm::cl::init(1)};
  Option<double> activationDensity{
      *this, "activation-density",
      llvm::cl::desc("Density of non-constant inputs"), llvm::cl::init(1.0)};
  Option<std::string> dataflow{
      *this, "dataflow",
      llvm::cl::desc("free, spatial or fixed (see --accel-map)"),
      llvm::cl::init("free")};
  Option<std::string> report{*this, "report",
                             llvm::cl::desc("Report format: text, json, csv"),
                             llvm::cl::init("text")};
};
} // namespace

void mlir::accel::registerSparseAccelPipeline() {
  PassPipelineRegistration<PipelineOptions>(
      "sparse-accel-pipeline",
      "Map every contraction onto an accelerator with the cost model and "
      "report the predicted costs",
      [](OpPassManager &pm, const PipelineOptions &o) {
        // torch-mlir's #sparse_tensor inputs become fibertrees, weights are
        // measured, then every contraction is mapped and reported.
        fiber::FiberImportSparseTensorOptions imp;
        imp.allowPartial = true;
        pm.addPass(fiber::createFiberImportSparseTensor(imp));
        fiber::FiberInferSparsityOptions infer;
        infer.activationDensity =
            o.activationDensity < 1.0 ? double(o.activationDensity) : 0.0;
        pm.addPass(fiber::createFiberInferSparsity(infer));
        AccelAssignFormatsOptions formats;
        formats.arch = o.arch;
        formats.archFile = o.archFile;
        formats.objective = o.objective;
        formats.seed = o.seed;
        formats.activationDensity = o.activationDensity;
        pm.addPass(createAccelAssignFormats(formats));
        AccelMapOptions map;
        map.arch = o.arch;
        map.archFile = o.archFile;
        map.objective = o.objective;
        map.budget = o.budget;
        map.seed = o.seed;
        map.activationDensity = o.activationDensity;
        map.dataflow = o.dataflow;
        pm.addPass(createAccelMap(map));
        AccelReportOptions rep;
        rep.format = o.report;
        pm.addPass(createAccelReport(rep));
      });
}
