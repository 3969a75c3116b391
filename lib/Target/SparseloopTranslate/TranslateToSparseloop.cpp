//===- TranslateToSparseloop.cpp - Mapped IR -> Timeloop folders ----------===//

#include "SparseAccel/Target/Sparseloop/TranslateToSparseloop.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/Accel/Transforms/DesignSupport.h"
#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFolder.h"
#include "SparseAccel/Target/Support/OutputFiles.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/Path.h"

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel;
using namespace sparseaccel::model;

namespace {

/// "<function>.<op>.<line>_<col>", unique within the output.
std::string folderName(Operation *op, llvm::StringSet<> &used) {
  std::string base = operationLabel(op);
  std::string out = base;
  for (int i = 2; !used.insert(out).second; ++i)
    out = base + "." + std::to_string(i);
  return out;
}

/// Rebuilds the cost-model problem the mapping was chosen for.
LogicalResult rebuild(DesignAttr design, linalg::LinalgOp op, ModelSpec &spec,
                      std::vector<std::string> &notes, std::string &why) {
  double activation = 1.0;
  if (auto a = op->getAttrOfType<FloatAttr>(accel::activationDensityAttrName()))
    activation = a.getValueAsDouble();
  FailureOr<OpEinsum> einsum = extractEinsum(op, activation, why);
  if (failed(einsum))
    return failure();
  std::string exploited;
  if (failed(buildOpProblem(design, op, *einsum, spec, exploited, why)))
    return failure();
  // An HSS weight's density is fixed-structured (every tile holds the same
  // fraction) in both models; its per-rank structure lives in the per-rank
  // formats, whose occupancy the compiler's model counts by the HSS block
  // law and Timeloop cannot (the folder then lists that approximation).
  if (einsum->declaredRanks.size() > 1) {
    std::string rule;
    for (size_t r = einsum->declaredRanks.size(); r-- > 0;) {
      auto [g, h] = einsum->declaredRanks[r];
      rule += (rule.empty() ? "" : "->") + std::string("C") +
              std::to_string(r) + "(" + std::to_string(g) + ":" +
              std::to_string(h) + ")";
    }
    notes.push_back("Weights: HSS " + rule +
                    " is a fixed-structured density (every tile holds the "
                    "same fraction); the per-rank structure is carried by "
                    "the per-rank formats of sparse_opt.yaml (the compiler "
                    "counts their occupancy by the HSS block law)");
  }
  if (!exploited.empty())
    notes.push_back(exploited +
                    " (the design processes every group as holding exactly G "
                    "elements)");
  FailureOr<MappingSpec> mapping = fromMappingAttr(
      op->getAttrOfType<MappingAttr>(accel::mappingAttrName()), spec, why);
  if (failed(mapping))
    return failure();
  spec.mapping = *mapping;
  spec.workload.name = op->getName().getStringRef().str();
  return success();
}

std::string energyText(double pJ) {
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%.17g", pJ);
  return buf;
}

} // namespace

LogicalResult mlir::accel::translateToSparseloop(ModuleOp module,
                                                 StringRef outDir,
                                                 raw_ostream &summary) {
  auto design = module->getAttrOfType<DesignAttr>(accel::designAttrName());
  if (!design)
    return module.emitError()
           << "the module has no accel.design: run --accel-map (or "
              "--sparse-accel-pipeline) first";
  std::string error;
  target::StagedDirectory out;
  out.keep = getenv("KEEPTMP") != nullptr; // for debugging
  if (!out.open(outDir, "INDEX", "--to-sparseloop", error))
    return module.emitError() << error;

  std::string index = "# sparse-translate --to-sparseloop: one folder per "
                      "mapped operation.\n# Run Sparseloop in a folder "
                      "with:\n#   " +
                      std::string(sparseloop::kTimeloopCommand) +
                      "\n# folder\tlocation\tcycles\tenergy_pJ\tcheck\n";
  llvm::StringSet<> used;
  unsigned written = 0, skipped = 0;
  bool failedHard = false;
  module.walk([&](linalg::LinalgOp op) {
    if (failedHard)
      return;
    auto cost = op->getAttrOfType<CostAttr>(accel::costAttrName());
    auto mapping = op->getAttrOfType<MappingAttr>(accel::mappingAttrName());
    if (!cost || !mapping) {
      if (auto why = op->getAttrOfType<StringAttr>(accel::unmappedAttrName())) {
        op->emitWarning() << "not emitted: the operation is not mapped ("
                          << why.getValue() << ")";
        ++skipped;
      }
      return;
    }
    ModelSpec spec;
    std::string why;
    std::vector<std::string> notes;
    if (failed(rebuild(design, op, spec, notes, why))) {
      op->emitWarning() << "not emitted: " << why;
      ++skipped;
      return;
    }
    EvalResult again = evaluate(spec);
    if (!again.success) {
      op->emitWarning() << "not emitted: the recorded mapping does not "
                           "evaluate on the module's design ("
                        << (again.errors.empty() ? "" : again.errors.front())
                        << ")";
      ++skipped;
      return;
    }
    std::string name = folderName(op, used);
    llvm::SmallString<256> dir(out.path());
    llvm::sys::path::append(dir, name);
    std::string loc;
    if (auto fl = dyn_cast<FileLineColLoc>(op->getLoc()))
      loc = fl.getFilename().str() + ":" + std::to_string(fl.getLine()) + ":" +
            std::to_string(fl.getColumn());
    else {
      llvm::raw_string_ostream ls(loc);
      op->getLoc().print(ls);
    }
    sparseloop::FolderRequest req;
    req.title = "Sparseloop inputs for " + name;
    req.facts = {"Operation: " + op->getName().getStringRef().str() + " at " +
                     loc,
                 "Design: " + design.getName().str(),
                 "Predicted by the compiler (accel.cost): " +
                     std::to_string(cost.getCycles()) + " cycles, " +
                     energyText(cost.getEnergyPJ()) + " pJ."};
    req.modellingNotes = notes;
    req.referenceCycles = cost.getCycles();
    req.referenceEnergyPJ = cost.getEnergyPJ();
    // accel.cost must be what the IR's problem evaluates to; anything else
    // is an edited or stale attribute, not an emitter matter.
    if (again.cycles != cost.getCycles() ||
        again.energy != cost.getEnergyPJ()) {
      op->emitWarning() << "not emitted: accel.cost (" << cost.getCycles()
                        << " cycles, " << energyText(cost.getEnergyPJ())
                        << " pJ) is not what the recorded mapping evaluates "
                           "to on the module's design ("
                        << again.cycles << " cycles, "
                        << energyText(again.energy) << " pJ)";
      ++skipped;
      return;
    }
    sparseloop::FolderResult res;
    if (!sparseloop::writeTimeloopFolder(spec, std::string(dir), req, res,
                                         why)) {
      if (res.failure == sparseloop::FolderFailure::Unsupported) {
        op->emitWarning() << "not emitted: " << why;
        ++skipped;
        return;
      }
      InFlightDiagnostic d = op->emitError()
                             << "cannot write " << name << ": " << why;
      if (res.failure == sparseloop::FolderFailure::Internal &&
          res.files.success)
        for (unsigned l = 0;
             l < again.levels.size() && l < res.files.levels.size(); ++l)
          for (unsigned t = 0; t < again.levels[l].tensors.size(); ++t) {
            const auto &a = again.levels[l].tensors[t];
            const auto &b = res.files.levels[l].tensors[t];
            if (a.energy != b.energy)
              d.attachNote() << again.levels[l].name << " "
                             << spec.workload.dataSpaces[t].name << ": energy "
                             << energyText(a.energy) << " pJ from the IR, "
                             << energyText(b.energy) << " pJ from the files";
          }
      failedHard = true;
      return;
    }
    std::string check;
    if (res.approximations.empty()) {
      check = "sparse-model reproduces accel.cost";
    } else {
      check = "approximated: sparse-model gives " +
              std::to_string(res.files.cycles) + " cycles, " +
              energyText(res.files.energy) + " pJ";
      op->emitRemark() << name << ": the written files are approximate ("
                       << res.approximations.front() << ")";
    }
    index += name + "\t" + loc + "\t" + std::to_string(cost.getCycles()) +
             "\t" + energyText(cost.getEnergyPJ()) + "\t" + check + "\n";
    ++written;
  });
  if (failedHard)
    return failure();
  llvm::SmallString<256> indexPath(out.path());
  llvm::sys::path::append(indexPath, "INDEX");
  if (!target::writeFile(indexPath, index, error) || !out.commit(error))
    return module.emitError() << error;
  summary << "wrote " << written << " operation folder"
          << (written == 1 ? "" : "s") << " to " << outDir;
  if (skipped)
    summary << " (" << skipped << " skipped, see the warnings)";
  summary << "\n";
  return success();
}
