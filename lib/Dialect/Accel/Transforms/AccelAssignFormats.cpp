//===- AccelAssignFormats.cpp - Per-op formats chosen by the cost model ---===//

#include "SparseAccel/Dialect/Accel/Transforms/DesignSupport.h"

#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Model/ProblemKey.h"

#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Builders.h"
#include "llvm/Support/FormatVariadic.h"

#include <map>

namespace mlir::accel {
#define GEN_PASS_DEF_ACCELASSIGNFORMATS
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h.inc"
} // namespace mlir::accel

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel::model;

namespace {

struct AccelAssignFormatsPass
    : public accel::impl::AccelAssignFormatsBase<AccelAssignFormatsPass> {
  using AccelAssignFormatsBase::AccelAssignFormatsBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    Builder b(&getContext());
    FailureOr<MapObjective> obj = parseObjective(module, objective);
    if (failed(obj))
      return signalPassFailure();
    DesignSource source{arch, archFile, arch.hasValue() || archFile.hasValue()};
    MapSearchOptions opts;
    opts.objective = *obj;
    opts.budget = budget;
    opts.seed = seed;
    opts.threads = threads;
    bool broken = false;
    std::map<std::string, MapSearchResult> searched;
    module.walk([&](linalg::LinalgOp op) {
      if (broken)
        return;
      std::string why;
      FailureOr<OpEinsum> einsum = extractEinsum(op, activationDensity, why);
      if (failed(einsum))
        return;
      FailureOr<DesignAttr> design =
          getOrLoadDesign(module, op, source, einsum->workload);
      if (failed(design)) {
        broken = true;
        return;
      }
      DictionaryAttr choices = design->getFormatChoices();
      if (!choices)
        return;
      op->removeAttr(accel::formatsAttrName());
      SmallVector<NamedAttribute> chosen;
      for (NamedAttribute tensor : choices) {
        std::string best;
        double bestScore = 0;
        std::string table;
        for (Attribute a : cast<ArrayAttr>(tensor.getValue())) {
          StringRef choice = cast<StringAttr>(a).getValue();
          // Earlier tensors' choices stay applied while this one is tried.
          SmallVector<NamedAttribute> trial(chosen);
          trial.push_back(b.getNamedAttr(tensor.getName(), a));
          op->setAttr(accel::formatsAttrName(), b.getDictionaryAttr(trial));
          OpEinsum e = *einsum;
          ModelSpec spec;
          std::string exploited;
          if (failed(buildOpProblem(*design, op, e, spec, exploited, why))) {
            op->emitError()
                << "format '" << choice << "' for '"
                << tensor.getName().getValue() << "' cannot be used: " << why;
            continue;
          }
          // Repeated layers try the same candidates: search each distinct
          // problem once (the search is deterministic).
          std::string key = problemKey(spec);
          auto cached = searched.find(key);
          if (cached == searched.end())
            cached =
                searched
                    .emplace(std::move(key),
                             searchMappings(spec, freeConstraints(spec), opts))
                    .first;
          const MapSearchResult &found = cached->second;
          table += (table.empty() ? "" : ", ") + choice.str() + " ";
          if (!found.found) {
            table += "(no valid mapping)";
            continue;
          }
          table += llvm::formatv("{0:e3}", found.score).str();
          if (best.empty() || found.score < bestScore) {
            best = choice.str();
            bestScore = found.score;
          }
        }
        if (best.empty()) {
          op->emitWarning() << "no format for '" << tensor.getName().getValue()
                            << "' gives a valid mapping (" << table << ")";
          continue;
        }
        chosen.push_back(
            b.getNamedAttr(tensor.getName(), b.getStringAttr(best)));
        op->emitRemark() << "formats for '" << tensor.getName().getValue()
                         << "' by " << std::string(objective) << ": " << table
                         << " -> " << best;
      }
      if (chosen.empty())
        op->removeAttr(accel::formatsAttrName());
      else
        op->setAttr(accel::formatsAttrName(), b.getDictionaryAttr(chosen));
    });
    if (broken)
      signalPassFailure();
  }
};

} // namespace
