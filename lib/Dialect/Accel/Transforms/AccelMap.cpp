//===- AccelMap.cpp - Map contractions with the cost model ----------------===//

#include "SparseAccel/Dialect/Accel/Transforms/DesignSupport.h"

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Model/ProblemKey.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/BuiltinOps.h"

#include <map>
#include <optional>

namespace mlir::accel {
#define GEN_PASS_DEF_ACCELMAP
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h.inc"
} // namespace mlir::accel

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel;
using namespace sparseaccel::model;

FailureOr<MapObjective> mlir::accel::parseObjective(ModuleOp module,
                                                    StringRef objective) {
  if (objective == "edp")
    return MapObjective::EDP;
  if (objective == "energy")
    return MapObjective::Energy;
  if (objective == "latency")
    return MapObjective::Latency;
  module.emitError() << "unknown objective '" << objective
                     << "' (expected edp, energy or latency)";
  return failure();
}

/// Only multiply-accumulates run on the accelerator. Says why for anything
/// that reduces over two operands: a remark when it is not a
/// multiply-accumulate at all (pooling), a warning otherwise.
void mlir::accel::reportUnmappable(linalg::LinalgOp op, StringRef why) {
  if (op.getNumReductionLoops() == 0 || op.getNumDpsInputs() != 2)
    return;
  op->setAttr(accel::unmappedAttrName(),
              StringAttr::get(op->getContext(), why));
  if (why.contains("multiply-accumulate"))
    op->emitRemark() << "not mapped: " << why;
  else
    op->emitWarning() << "not mapped: " << why;
}

namespace {

struct AccelMapPass : public accel::impl::AccelMapBase<AccelMapPass> {
  using AccelMapBase::AccelMapBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    FailureOr<MapObjective> obj = parseObjective(module, objective);
    if (failed(obj))
      return signalPassFailure();
    if (strategy != "random" && strategy != "exhaustive") {
      module.emitError() << "unknown strategy '" << strategy
                         << "' (expected random or exhaustive)";
      return signalPassFailure();
    }
    if (dataflow != "free" && dataflow != "spatial" && dataflow != "fixed") {
      module.emitError() << "unknown dataflow '" << dataflow
                         << "' (expected free, spatial or fixed)";
      return signalPassFailure();
    }
    // One search per distinct problem in this module.
    std::map<std::string, SearchOutcome> searched;
    // Dense references by problem: layers of one shape share theirs.
    std::map<std::string, std::optional<EvalResult>> denseSearched;
    unsigned reused = 0;
    DesignSource source{arch, archFile, arch.hasValue() || archFile.hasValue(),
                        dataflow != "free"};
    bool broken = false;
    module.walk([&](linalg::LinalgOp op) {
      if (broken)
        return;
      std::string why;
      FailureOr<OpEinsum> einsum = extractEinsum(op, activationDensity, why);
      if (failed(einsum))
        return reportUnmappable(op, why);
      FailureOr<DesignAttr> design =
          getOrLoadDesign(module, op, source, einsum->workload);
      if (failed(design)) {
        broken = true;
        return;
      }
      ModelSpec spec;
      std::string exploited;
      if (failed(buildOpProblem(*design, op, *einsum, spec, exploited, why))) {
        op->setAttr(accel::unmappedAttrName(), StringAttr::get(ctx, why));
        op->emitWarning() << "not mapped: " << why;
        return;
      }
      if (!exploited.empty())
        op->setAttr(accel::exploitedAttrName(),
                    StringAttr::get(ctx, exploited));
      MapSearchOptions opts;
      opts.objective = *obj;
      opts.strategy = strategy == "exhaustive" ? MapStrategy::Exhaustive
                                               : MapStrategy::Random;
      opts.budget = budget;
      opts.seed = seed;
      opts.threads = threads;
      bool hasLoops = false;
      for (const LevelMappingSpec &lm : spec.mapping.levels)
        for (const LoopSpec &lp : lm.loops)
          hasLoops |= lp.bound > 1;
      if (dataflow != "free" && !hasLoops) {
        op->setAttr(accel::unmappedAttrName(),
                    StringAttr::get(ctx, "dataflow=" + std::string(dataflow) +
                                             " needs a design with loops"));
        op->emitWarning() << "not mapped: dataflow=" << std::string(dataflow)
                          << " needs a design whose mapping gives loop "
                             "factors (an arch-file with a full mapping)";
        return;
      }
      // Repeated layers pose the same problem: search once per problem
      // (the search is deterministic, so the result is the same).
      std::string key = problemKey(spec);
      auto cached = searched.find(key);
      if (cached != searched.end()) {
        ++reused;
        writeResult(op, spec, cached->second);
        return;
      }
      MapSearchResult found;
      if (dataflow == "fixed") {
        found.cost = evaluate(spec);
        found.evaluated = 1;
        found.found = found.cost.success;
        found.best = spec.mapping;
        if (!found.found)
          found.reason = found.cost.errors.empty() ? "invalid mapping"
                                                   : found.cost.errors.front();
      } else {
        found =
            searchMappings(spec,
                           dataflow == "spatial" ? constraintsFromMapping(spec)
                                                 : freeConstraints(spec),
                           opts);
      }
      if (!found.found) {
        op->setAttr(accel::unmappedAttrName(),
                    StringAttr::get(ctx, "no valid mapping: " + found.reason));
        op->emitWarning() << "not mapped on '" << design->getName().getValue()
                          << "': no valid mapping among " << found.evaluated
                          << " candidates (" << found.reason << ")";
        return;
      }
      // The same design on dense data, for the speedup. The problem keeps
      // the design's own mapping template, so that a problem dense already
      // has the key it was just searched under.
      ModelSpec denseProblem = spec;
      for (DensitySpec &d : denseProblem.workload.densities)
        d = DensitySpec::dense();
      // The dense run gets its own best mapping (a tile that fitted
      // compressed may not fit dense); the sparse mapping on dense data is a
      // candidate too, so the reference is never worse than either.
      ModelSpec dense = denseProblem;
      dense.mapping = found.best;
      EvalResult denseCost = evaluate(dense);
      if (dataflow == "free") {
        // A problem that is dense already is its own reference: the search
        // just made is the one a dense search would make.
        std::string denseKey = problemKey(denseProblem);
        std::optional<EvalResult> best;
        if (denseKey == key) {
          best = found.cost;
        } else if (auto it = denseSearched.find(denseKey);
                   it != denseSearched.end()) {
          best = it->second;
        } else {
          MapSearchResult d =
              searchMappings(denseProblem, freeConstraints(denseProblem), opts);
          if (d.found)
            best = d.cost;
          denseSearched.emplace(denseKey, best);
        }
        if (best && (!denseCost.success || objectiveValue(*best, *obj) <
                                               objectiveValue(denseCost, *obj)))
          denseCost = *best;
      }
      SearchOutcome outcome{std::move(found), std::move(denseCost)};
      writeResult(op, spec, outcome);
      searched.emplace(std::move(key), std::move(outcome));
    });
    if (broken)
      return signalPassFailure();
    // At the module's location, without the module itself as a note.
    if (reused)
      emitRemark(module.getLoc())
          << "accel-map: " << searched.size() + reused << " operations mapped, "
          << searched.size() << " distinct problems searched (" << reused
          << " repeated an earlier problem and reuse its "
             "result)";
  }

private:
  /// What mapping one problem gave: the best mapping and its cost, and the
  /// same design's best on dense data.
  struct SearchOutcome {
    MapSearchResult found;
    EvalResult denseCost;
  };

  void writeResult(Operation *op, const ModelSpec &spec,
                   const SearchOutcome &outcome) {
    MLIRContext *ctx = op->getContext();
    const MapSearchResult &found = outcome.found;
    const EvalResult &denseCost = outcome.denseCost;
    uint64_t denseCycles = denseCost.success ? denseCost.cycles : 0;
    double denseEnergy = denseCost.success ? denseCost.energy : 0.0;
    op->removeAttr(accel::unmappedAttrName());
    // What the mapping assumed of the activations, for translations that
    // rebuild the problem from the IR.
    if (activationDensity > 0 && activationDensity < 1)
      op->setAttr(accel::activationDensityAttrName(),
                  FloatAttr::get(Float64Type::get(ctx), activationDensity));
    else
      op->removeAttr(accel::activationDensityAttrName());
    op->setAttr(accel::mappingAttrName(), toMappingAttr(ctx, spec, found.best));
    op->setAttr(accel::trafficAttrName(), toTrafficAttr(ctx, found.cost));
    Type f64 = Float64Type::get(ctx);
    op->setAttr(accel::costAttrName(),
                CostAttr::get(ctx, found.cost.cycles,
                              FloatAttr::get(f64, found.cost.energy),
                              denseCycles, FloatAttr::get(f64, denseEnergy),
                              found.evaluated));
  }
};

} // namespace
