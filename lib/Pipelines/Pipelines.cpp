//===- Pipelines.cpp - The sparse accelerator pipeline --------------------===//

#include "SparseAccel/Pipelines/Pipelines.h"

#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h"
#include "SparseAccel/FrontEnds/Passes.h"

#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"

using namespace mlir;

/// The options every searching pass takes, projected from the pipeline's.
template <typename PassOptions>
static PassOptions
projectSearchOptions(const sparseaccel::SparseAccelPipelineOptions &o) {
  PassOptions p;
  p.arch = o.arch;
  p.archFile = o.archFile;
  p.objective = o.objective;
  p.seed = o.seed;
  p.threads = o.threads;
  p.activationDensity = o.activationDensity;
  return p;
}

void sparseaccel::buildSparseAccelPipeline(
    OpPassManager &pm, const SparseAccelPipelineOptions &o) {
  // torch-mlir's torch and tosa outputs become linalg on tensors; a module
  // without either is untouched.
  pm.addPass(sparseaccel::createSparseImportTorch());
  pm.addPass(sparseaccel::createSparseImportTosa());
  // torch-mlir's #sparse_tensor inputs become fibertrees (what cannot be
  // imported stays dense and is said so), weights are measured, then every
  // contraction gets formats and a mapping.
  fiber::FiberImportSparseTensorOptions imp;
  imp.allowPartial = true;
  pm.addPass(fiber::createFiberImportSparseTensor(imp));
  fiber::FiberInferSparsityOptions infer;
  // Below 1 the activations are sparse; 1 means "dense", which the
  // inference pass spells 0 (leave activations alone).
  infer.activationDensity =
      o.activationDensity < 1.0 ? double(o.activationDensity) : 0.0;
  pm.addPass(fiber::createFiberInferSparsity(infer));

  // The format chooser and the mapper share the design and search options;
  // each has its own budget.
  auto formats = projectSearchOptions<accel::AccelAssignFormatsOptions>(o);
  formats.budget = o.formatBudget;
  pm.addPass(accel::createAccelAssignFormats(formats));

  auto map = projectSearchOptions<accel::AccelMapOptions>(o);
  map.budget = o.budget;
  map.strategy = o.strategy;
  map.dataflow = o.dataflow;
  pm.addPass(accel::createAccelMap(map));

  if (o.report != "none") {
    accel::AccelReportOptions rep;
    rep.format = o.report;
    pm.addPass(accel::createAccelReport(rep));
  }
}

void sparseaccel::registerSparseAccelPipeline() {
  PassPipelineRegistration<SparseAccelPipelineOptions>(
      "sparse-accel-pipeline",
      "Map every contraction onto an accelerator with the cost model and "
      "report the predicted costs",
      buildSparseAccelPipeline);
}
