//===- Pipelines.h - The sparse accelerator pipeline ------------*- C++ -*-===//
//
// The whole compiler pipeline as one entry point a host compiler can splice
// between its own passes:
//
//   mlir::PassManager pm(ctx);
//   pm.addPass(createMyFrontEndPass());
//   sparseaccel::SparseAccelPipelineOptions options;
//   options.arch = "highlight";
//   sparseaccel::buildSparseAccelPipeline(pm, options);
//
// The same pipeline is registered as the textual pipeline
// `sparse-accel-pipeline{arch=... budget=...}`.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_PIPELINES_PIPELINES_H
#define SPARSEACCEL_PIPELINES_PIPELINES_H

#include "mlir/Pass/PassOptions.h"

namespace mlir {
class OpPassManager;
} // namespace mlir

namespace sparseaccel {

/// Every option of the pipeline; each pass gets the projection it needs
/// (see buildSparseAccelPipeline).
struct SparseAccelPipelineOptions
    : public mlir::PassPipelineOptions<SparseAccelPipelineOptions> {
  Option<std::string> arch{
      *this, "arch",
      llvm::cl::desc("Preset architecture (sparse-opt --help lists them)"),
      llvm::cl::init("stc")};
  Option<std::string> archFile{
      *this, "arch-file",
      llvm::cl::desc("Timeloop v0.3 architecture file (overrides arch)"),
      llvm::cl::init("")};
  Option<std::string> objective{*this, "objective",
                                llvm::cl::desc("edp, energy or latency"),
                                llvm::cl::init("edp")};
  Option<std::string> strategy{
      *this, "strategy",
      llvm::cl::desc("Mapper: random (sampling + hill climbing) or "
                     "exhaustive"),
      llvm::cl::init("random")};
  Option<uint64_t> budget{*this, "budget",
                          llvm::cl::desc("Mappings to evaluate per operation"),
                          llvm::cl::init(10000)};
  Option<uint64_t> formatBudget{
      *this, "format-budget",
      llvm::cl::desc("Mappings to evaluate per operation and candidate "
                     "format when formats are chosen"),
      llvm::cl::init(2000)};
  Option<uint64_t> seed{*this, "seed", llvm::cl::desc("Search seed"),
                        llvm::cl::init(1)};
  Option<unsigned> threads{
      *this, "threads",
      llvm::cl::desc("Search threads (0: all cores); never changes the "
                     "result"),
      llvm::cl::init(0)};
  Option<double> activationDensity{
      *this, "activation-density",
      llvm::cl::desc("Density of non-constant inputs"), llvm::cl::init(1.0)};
  Option<std::string> dataflow{
      *this, "dataflow",
      llvm::cl::desc("free, spatial or fixed (see --accel-map)"),
      llvm::cl::init("free")};
  Option<std::string> report{
      *this, "report",
      llvm::cl::desc("Report printed to stdout: text, json, csv or none"),
      llvm::cl::init("text")};
};

/// Adds the pipeline to `pm` (which must run on builtin.module): import
/// #sparse_tensor encodings as fibertrees, infer weight sparsity, choose
/// formats, map every contraction, then (unless report=none) print the
/// report.
void buildSparseAccelPipeline(mlir::OpPassManager &pm,
                              const SparseAccelPipelineOptions &options);

/// Registers `sparse-accel-pipeline` as a textual pipeline.
void registerSparseAccelPipeline();

} // namespace sparseaccel

#endif // SPARSEACCEL_PIPELINES_PIPELINES_H
