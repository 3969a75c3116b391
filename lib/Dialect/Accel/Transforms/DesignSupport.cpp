//===- DesignSupport.cpp - Designs and per-op problems for accel passes ---===//

#include "SparseAccel/Dialect/Accel/Transforms/DesignSupport.h"

#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Model/RankFormat.h"
#include "SparseAccel/Model/StructuredPattern.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cstdio>
#include <dlfcn.h>

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel;
using namespace sparseaccel::model;

/// <prefix>/share/sparseaccel/presets of an installed copy, found from the
/// file this code was loaded from: a tool in <prefix>/bin, a library or
/// plugin in <prefix>/lib, the Python module in
/// <prefix>/lib/python3/dist-packages/sparseaccel. Empty when not installed
/// (a build tree), so installs are relocatable and need no variable.
static std::string installedPresetDirectory() {
  Dl_info info;
  if (!dladdr(reinterpret_cast<void *>(&installedPresetDirectory), &info) ||
      !info.dli_fname)
    return "";
  llvm::SmallString<256> dir;
  if (llvm::sys::fs::real_path(info.dli_fname, dir))
    return "";
  for (int up = 0; up < 6 && !dir.empty(); ++up) {
    llvm::sys::path::remove_filename(dir);
    llvm::SmallString<256> candidate(dir);
    llvm::sys::path::append(candidate, "share", "sparseaccel", "presets");
    if (llvm::sys::fs::is_directory(candidate))
      return std::string(candidate);
  }
  return "";
}

std::string mlir::accel::presetDirectory() {
  if (const char *env = std::getenv("SPARSEACCEL_PRESETS"))
    return env;
  static const std::string installed = installedPresetDirectory();
  if (!installed.empty())
    return installed;
  return SPARSEACCEL_PRESETS_DIR;
}

static std::string listPresets() {
  std::error_code ec;
  std::vector<std::string> names;
  for (llvm::sys::fs::directory_iterator it(presetDirectory(), ec), end;
       it != end && !ec; it.increment(ec)) {
    StringRef path = it->path();
    if (path.ends_with(".yaml"))
      names.push_back(llvm::sys::path::stem(path).str());
  }
  llvm::sort(names);
  return llvm::join(names, ", ");
}

FailureOr<DesignAttr>
mlir::accel::getOrLoadDesign(ModuleOp module, Operation *at,
                             const DesignSource &source,
                             const WorkloadSpec &workload) {
  auto existing = module->getAttrOfType<DesignAttr>(accel::designAttrName());
  if (existing && !source.explicitlyChosen)
    return existing;
  if (existing && source.archFile.empty() &&
      existing.getName().getValue() == source.arch)
    return existing;
  std::string file = source.archFile;
  if (file.empty()) {
    llvm::SmallString<256> p(presetDirectory());
    llvm::sys::path::append(p, source.arch + ".yaml");
    file = std::string(p);
    if (!llvm::sys::fs::exists(file)) {
      module.emitError() << "unknown architecture preset '" << source.arch
                         << "' (no " << file
                         << "); available: " << listPresets();
      return failure();
    }
  }
  sparseloop::FrontEndResult in =
      sparseloop::loadArchitectureFiles({file}, workload, source.withLoops);
  if (!in.success) {
    InFlightDiagnostic d = at->emitError()
                           << "cannot use architecture file '" << file << "'";
    for (const auto &diag : in.diagnostics)
      d.attachNote() << diag.text;
    return failure();
  }
  std::string label = source.archFile.empty()
                          ? source.arch
                          : llvm::sys::path::stem(source.archFile).str();
  MLIRContext *ctx = module.getContext();
  DesignAttr design = toDesignAttr(ctx, label, in.spec, in.preset);
  module->setAttr(accel::designAttrName(), design);
  module->setAttr(accel::archAttrName(),
                  ArchAttr::get(ctx, StringAttr::get(ctx, label),
                                StringAttr::get(ctx, file)));
  return design;
}

static std::string formatDensity(double d) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%g", d);
  return buf;
}

/// Applies the design's patterns for the weights: the density the
/// hardware runs them at, or dense when it cannot exploit them.
static void applyPatterns(DesignAttr design, OpEinsum &einsum, ModelSpec &spec,
                          std::string &exploited) {
  exploited.clear();
  DictionaryAttr patterns = design.getPatterns();
  if (!patterns)
    return;
  WorkloadSpec &w = spec.workload;
  for (NamedAttribute entry : patterns) {
    int ds = w.findDataSpace(entry.getName().str());
    if (ds < 0)
      continue;
    DensitySpec &density = w.densities[ds];
    bool isWeight = w.dataSpaces[ds].name == "Weights";
    if (density.kind == DensityKind::Dense &&
        (!isWeight || einsum.weightDensity >= 1.0))
      continue; // nothing to exploit
    std::optional<PatternChoice> best;
    std::string bestText;
    std::string reason;
    if (isWeight && !design.getSwapOperands() && einsum.weightOperand != 0) {
      reason = "the weights are the second operand and the design cannot "
               "swap operands";
    } else if (isWeight) {
      for (Attribute a : cast<ArrayAttr>(entry.getValue())) {
        std::string err;
        auto pattern = parsePattern(cast<StringAttr>(a).str(), err);
        if (!pattern)
          continue;
        std::optional<PatternChoice> c =
            einsum.weightMask ? exploitedChoice(*pattern, *einsum.weightMask,
                                                einsum.weightShape,
                                                einsum.weightReductionAxes)
                              : exploitedChoice(*pattern, einsum.declaredRanks);
        if (c && (!best || c->density < best->density)) {
          best = c;
          bestText = pattern->text;
        }
      }
      if (!best)
        reason = "the weights satisfy none of the design's patterns";
    } else {
      reason = "'" + w.dataSpaces[ds].name +
               "' has no declared structure the design's patterns can use";
    }
    if (!best) {
      density = DensitySpec::dense();
      if (isWeight)
        einsum.weightDensity = 1.0;
      exploited += (exploited.empty() ? "" : "; ") + w.dataSpaces[ds].name +
                   ": dense (" + reason + ")";
      continue;
    }
    std::string choice;
    for (auto it = best->ranks.rbegin(); it != best->ranks.rend(); ++it)
      choice += (choice.empty() ? "" : "->") + std::to_string(it->first) + ":" +
                std::to_string(it->second);
    exploited += (exploited.empty() ? "" : "; ") + w.dataSpaces[ds].name +
                 ": " + choice + " of " + bestText + " at density " +
                 formatDensity(best->density);
    // The hardware processes each group as holding exactly G elements; its
    // format ranks follow the hierarchy (which blocks hold anything).
    density = DensitySpec::fixedStructured(best->density);
    if (best->ranks.size() > 1)
      for (const auto &[g, h] : best->ranks)
        density.hss.push_back({unsigned(g), unsigned(h)});
    einsum.weightDensity = best->density;
    einsum.exploitedRanks = best->ranks;
  }
}

LogicalResult mlir::accel::buildOpProblem(DesignAttr design, Operation *op,
                                          OpEinsum &einsum, ModelSpec &spec,
                                          std::string &exploited,
                                          std::string &why) {
  spec = ModelSpec();
  spec.workload = einsum.workload;
  if (failed(fromDesignAttr(design, spec, why)))
    return failure();
  if (auto formats =
          op->getAttrOfType<DictionaryAttr>(accel::formatsAttrName()))
    for (NamedAttribute f : formats) {
      int ds = spec.workload.findDataSpace(f.getName().str());
      auto choice = dyn_cast<StringAttr>(f.getValue());
      if (ds < 0 || !choice) {
        why = "accel.formats: '" + f.getName().str() +
              "' is not a tensor of the operation or its format is not a "
              "string";
        return failure();
      }
      if (failed(applyFormatChoice(spec, unsigned(ds), choice.getValue(), why)))
        return failure();
    }
  applyPatterns(design, einsum, spec, exploited);
  return success();
}

LogicalResult mlir::accel::applyFormatChoice(ModelSpec &spec, unsigned ds,
                                             StringRef choice,
                                             std::string &why) {
  unsigned bits = 0;
  std::optional<RankFormat> format = parseFormatChoice(choice, bits);
  if (!format) {
    why = "bad format choice '" + choice.str() +
          "' (expected CP, B or RLE, optionally with metadata bits: CP(4))";
    return failure();
  }
  for (LevelSafSpec &level : spec.sparse.levels) {
    auto it = level.formats.find(ds);
    if (it == level.formats.end())
      continue;
    for (FormatRankSpec &rank : it->second.ranks) {
      if (!isCompressed(rank.format))
        continue;
      unsigned width = bits;
      if (!width) {
        // A bitmask spends one bit per coordinate; a coordinate or a run
        // keeps the width the design gave its compressed rank.
        if (*format == RankFormat::B)
          width = 1;
        else if (rank.format != RankFormat::B)
          width = rank.metadataBits;
        else {
          why = "format choice '" + choice.str() +
                "' replaces a bitmask rank: give its metadata bits, as in " +
                choice.str() + "(4)";
          return failure();
        }
      }
      rank.format = *format;
      rank.metadataBits = width;
    }
  }
  return success();
}

std::string mlir::accel::operationLabel(Operation *op) {
  std::string func = "module";
  if (auto f = op->getParentOfType<func::FuncOp>())
    func = f.getSymName().str();
  StringRef name = op->getName().getStringRef();
  name.consume_front("linalg.");
  std::string where = "unknown";
  if (auto loc = dyn_cast<FileLineColLoc>(op->getLoc()))
    where =
        std::to_string(loc.getLine()) + "_" + std::to_string(loc.getColumn());
  std::string label = func + "." + name.str() + "." + where;
  for (char &c : label)
    if (!isalnum((unsigned char)c) && c != '.' && c != '_' && c != '-')
      c = '_';
  return label;
}
