//===- AccelMap.cpp - Map contractions with the cost model ----------------===//

#include "SparseAccel/Dialect/Accel/Transforms/LinalgEinsum.h"

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace mlir::accel {
#define GEN_PASS_DEF_ACCELMAP
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h.inc"
} // namespace mlir::accel

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel;
using namespace sparseaccel::model;

std::string mlir::accel::presetDirectory() {
  if (const char *env = std::getenv("SPARSEACCEL_PRESETS"))
    return env;
  return SPARSEACCEL_PRESETS_DIR;
}

namespace {

struct AccelMapPass : public accel::impl::AccelMapBase<AccelMapPass> {
  using AccelMapBase::AccelMapBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    std::string file = archFile;
    if (file.empty()) {
      llvm::SmallString<256> p(presetDirectory());
      llvm::sys::path::append(p, std::string(arch) + ".yaml");
      file = std::string(p);
      if (!llvm::sys::fs::exists(file)) {
        module.emitError() << "unknown architecture preset '" << arch
                           << "' (no " << file
                           << "); available: " << listPresets();
        return signalPassFailure();
      }
    }
    MapObjective obj;
    if (objective == "edp")
      obj = MapObjective::EDP;
    else if (objective == "energy")
      obj = MapObjective::Energy;
    else if (objective == "latency")
      obj = MapObjective::Latency;
    else {
      module.emitError() << "unknown objective '" << objective
                         << "' (expected edp, energy or latency)";
      return signalPassFailure();
    }
    if (strategy != "random" && strategy != "exhaustive") {
      module.emitError() << "unknown strategy '" << strategy
                         << "' (expected random or exhaustive)";
      return signalPassFailure();
    }
    std::string label =
        archFile.empty() ? std::string(arch)
                         : llvm::sys::path::stem(std::string(archFile)).str();
    module->setAttr("accel.arch",
                    ArchAttr::get(ctx, StringAttr::get(ctx, label),
                                  StringAttr::get(ctx, file)));
    bool archBroken = false;
    module.walk([&](linalg::LinalgOp op) {
      if (archBroken)
        return;
      std::string why;
      FailureOr<OpEinsum> einsum = extractEinsum(op, activationDensity, why);
      if (failed(einsum)) {
        // Only multiply-accumulates are mapped; say so for the ones that
        // look like contractions but cannot be taken.
        // Only multiply-accumulates run on the accelerator. Say why for
        // anything that reduces over two operands: a remark when it is not
        // a multiply-accumulate at all (pooling), a warning otherwise.
        if (op.getNumReductionLoops() > 0 && op.getNumDpsInputs() == 2) {
          op->setAttr("accel.unmapped", StringAttr::get(ctx, why));
          if (why.find("multiply-accumulate") != std::string::npos)
            op->emitRemark() << "not mapped: " << why;
          else
            op->emitWarning() << "not mapped: " << why;
        }
        return;
      }
      sparseloop::FrontEndResult in =
          sparseloop::loadArchitectureFiles({file}, einsum->workload);
      if (!in.success) {
        InFlightDiagnostic d =
            op->emitError() << "cannot use architecture file '" << file << "'";
        for (const auto &diag : in.diagnostics)
          d.attachNote() << diag.text;
        archBroken = true;
        return;
      }
      MapSearchOptions opts;
      opts.objective = obj;
      opts.strategy = strategy == "exhaustive" ? MapStrategy::Exhaustive
                                               : MapStrategy::Random;
      opts.budget = budget;
      opts.seed = seed;
      opts.threads = threads;
      MapSearchResult found =
          searchMappings(in.spec, freeConstraints(in.spec), opts);
      if (!found.found) {
        op->setAttr("accel.unmapped",
                    StringAttr::get(ctx, "no valid mapping: " + found.reason));
        op->emitWarning() << "not mapped on '"
                          << (archFile.empty() ? std::string(arch)
                                               : std::string(archFile))
                          << "': no valid mapping among " << found.evaluated
                          << " candidates (" << found.reason << ")";
        return;
      }
      // The same design and mapping on dense data, for the speedup.
      ModelSpec dense = in.spec;
      dense.mapping = found.best;
      for (DensitySpec &d : dense.workload.densities)
        d = DensitySpec::dense();
      // The dense run gets its own best mapping (a tile that fitted
      // compressed may not fit dense); the sparse mapping on dense data is a
      // candidate too, so the reference is never worse than either.
      EvalResult denseCost = evaluate(dense);
      MapSearchResult d = searchMappings(dense, freeConstraints(dense), opts);
      if (d.found && (!denseCost.success || objectiveValue(d.cost, obj) <
                                                objectiveValue(denseCost, obj)))
        denseCost = d.cost;
      uint64_t denseCycles = denseCost.success ? denseCost.cycles : 0;
      double denseEnergy = denseCost.success ? denseCost.energy : 0.0;
      op->setAttr("accel.mapping", toMappingAttr(ctx, in.spec, found.best));
      op->setAttr("accel.traffic", toTrafficAttr(ctx, found.cost));
      Type f64 = Float64Type::get(ctx);
      op->setAttr("accel.cost",
                  CostAttr::get(ctx, found.cost.cycles,
                                FloatAttr::get(f64, found.cost.energy),
                                denseCycles, FloatAttr::get(f64, denseEnergy),
                                found.evaluated));
    });
    if (archBroken)
      signalPassFailure();
  }

  static std::string listPresets() {
    std::error_code ec;
    std::string names;
    for (llvm::sys::fs::directory_iterator it(presetDirectory(), ec), end;
         it != end && !ec; it.increment(ec)) {
      StringRef path = it->path();
      if (!path.ends_with(".yaml"))
        continue;
      names += (names.empty() ? "" : ", ") + llvm::sys::path::stem(path).str();
    }
    return names;
  }
};

} // namespace
