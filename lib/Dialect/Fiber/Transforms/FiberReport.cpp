//===- FiberReport.cpp - Storage report of fiber-encoded tensors ----------===//

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/Utils/ConstantData.h"

#include "mlir/IR/AsmState.h"
#include "mlir/IR/Matchers.h"
#include "mlir/Interfaces/FunctionInterfaces.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/JSON.h"

namespace mlir::fiber {
#define GEN_PASS_DEF_FIBERREPORT
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h.inc"
} // namespace mlir::fiber

using namespace mlir;
using namespace mlir::fiber;
namespace model = sparseaccel::model;

namespace {
/// Everything reported about one encoded value.
struct Entry {
  std::string function;
  std::string value;
  std::string type;
  std::string densitySource;
  std::optional<double> density;
  double ruleDensity = 1.0;
  double denseBits = 0;
  std::optional<model::Footprint> footprint;
  SmallVector<std::string> rankNames;
  SmallVector<std::string> rankFormats;
  std::string unavailable;
  std::string violation;
};

std::string formatNumber(double value) {
  if (value == std::floor(value) && std::abs(value) < 1e15)
    return std::to_string(static_cast<int64_t>(value));
  std::string text;
  llvm::raw_string_ostream(text) << llvm::format("%.2f", value);
  return text;
}

Entry describe(Value value, EncodingAttr encoding, AsmState &state,
               StringRef function) {
  auto type = cast<RankedTensorType>(value.getType());
  Entry entry;
  entry.function = function.str();
  {
    llvm::raw_string_ostream os(entry.value);
    value.printAsOperand(os, state);
  }
  llvm::raw_string_ostream(entry.type)
      << RankedTensorType::get(type.getShape(), type.getElementType());
  entry.ruleDensity = encoding.getRuleDensity();
  for (RankAttr rank : encoding.getRanks()) {
    entry.rankNames.push_back(rank.getName().getValue().str());
    std::string format;
    llvm::raw_string_ostream os(format);
    rank.getFormat().printBody(os);
    if (!rank.getRule().isDense())
      os << " (" << stringifyRuleBody(rank.getRule()) << ")";
    entry.rankFormats.push_back(format);
  }
  if (!type.hasStaticShape()) {
    entry.unavailable = "dynamic shape";
    return entry;
  }
  Type elementType = type.getElementType();
  unsigned elementBits =
      elementType.isIntOrFloat() ? elementType.getIntOrFloatBitWidth() : 64;
  entry.denseBits = elementBits;
  for (int64_t extent : type.getShape())
    entry.denseBits *= double(extent);

  // Constants are sized exactly from their data.
  ElementsAttr data;
  std::string unreadable;
  if (matchPattern(value, m_Constant(&data))) {
    FailureOr<SmallVector<bool>> flags = getNonZeroFlags(data, &unreadable);
    if (succeeded(flags)) {
      if (auto violation = encoding.findRuleViolation(type.getShape(), *flags))
        entry.violation = *violation;
      FailureOr<model::Footprint> footprint =
          encoding.getFootprint(type.getShape(), elementType, *flags);
      if (succeeded(footprint)) {
        entry.footprint = *footprint;
        entry.density = double(llvm::count(*flags, true)) /
                        double(std::max<int64_t>(1, flags->size()));
        entry.densitySource = "measured from the constant";
        return entry;
      }
    }
  }

  FailureOr<double> density = encoding.getExpectedDensity(type.getShape());
  if (succeeded(density))
    entry.density = *density;
  if (DensityAttr model = encoding.getDensity()) {
    llvm::raw_string_ostream(entry.densitySource) << model;
  } else {
    entry.densitySource = "densest the rules allow";
  }
  if (!unreadable.empty())
    entry.densitySource += " (constant data unreadable: " + unreadable + ")";
  FailureOr<model::Footprint> footprint =
      encoding.getFootprint(type.getShape(), elementType);
  if (succeeded(footprint))
    entry.footprint = *footprint;
  else
    entry.unavailable = "the density model needs the tensor's data";
  return entry;
}

void printText(ArrayRef<Entry> entries, raw_ostream &os) {
  StringRef currentFunction;
  for (const Entry &entry : entries) {
    if (entry.function != currentFunction) {
      os << "== " << entry.function << " ==\n";
      currentFunction = entry.function;
    }
    os << entry.value << " : " << entry.type << "\n";
    os << "  ranks     ";
    for (auto [i, name] : llvm::enumerate(entry.rankNames))
      os << (i ? " -> " : "") << name << " " << entry.rankFormats[i];
    os << "\n";
    os << llvm::format("  rules     density <= %.4f\n", entry.ruleDensity);
    if (entry.density)
      os << llvm::format("  density   %.4f (sparsity %.1f%%), %s\n",
                         *entry.density, 100.0 * (1.0 - *entry.density),
                         entry.densitySource.c_str());
    if (!entry.violation.empty())
      os << "  WARNING   the data breaks the encoding: " << entry.violation
         << "; the sizes below are not achievable\n";
    if (!entry.footprint) {
      os << "  packed    unavailable: " << entry.unavailable << "\n";
      continue;
    }
    const model::Footprint &fp = *entry.footprint;
    os << "  dense     " << formatNumber(entry.denseBits) << " bits\n";
    os << "  packed    " << formatNumber(fp.totalBits())
       << " bits = " << formatNumber(fp.valueBits) << " values + "
       << formatNumber(fp.formatBits()) << " metadata";
    if (fp.totalBits() > 0)
      os << llvm::format(" (compression %.2fx)",
                         entry.denseBits / fp.totalBits());
    os << "\n";
    os << llvm::format("  %-8s %-22s %10s %12s %12s %12s %12s\n", "rank",
                       "format", "fibers", "stored", "non-empty", "md bits",
                       "offset bits");
    for (auto [i, rank] : llvm::enumerate(fp.ranks))
      os << llvm::format(
          "  %-8s %-22s %10s %12s %12s %12s %12s\n", entry.rankNames[i].c_str(),
          entry.rankFormats[i].c_str(), formatNumber(rank.fibers).c_str(),
          formatNumber(rank.storedCoords).c_str(),
          formatNumber(rank.nonEmpty).c_str(),
          formatNumber(rank.metadataBits).c_str(),
          formatNumber(rank.offsetBits).c_str());
  }
}

void printJson(ArrayRef<Entry> entries, raw_ostream &os) {
  llvm::json::Array array;
  for (const Entry &entry : entries) {
    llvm::json::Object object{{"function", entry.function},
                              {"value", entry.value},
                              {"type", entry.type},
                              {"rule_density", entry.ruleDensity}};
    if (entry.density) {
      object["density"] = *entry.density;
      object["density_source"] = entry.densitySource;
    }
    if (!entry.violation.empty())
      object["rule_violation"] = entry.violation;
    if (entry.footprint) {
      const model::Footprint &fp = *entry.footprint;
      object["dense_bits"] = entry.denseBits;
      object["packed_bits"] = fp.totalBits();
      object["value_bits"] = fp.valueBits;
      object["metadata_bits"] = fp.formatBits();
      llvm::json::Array ranks;
      for (auto [i, rank] : llvm::enumerate(fp.ranks))
        ranks.push_back(llvm::json::Object{{"name", entry.rankNames[i]},
                                           {"format", entry.rankFormats[i]},
                                           {"fibers", rank.fibers},
                                           {"stored", rank.storedCoords},
                                           {"non_empty", rank.nonEmpty},
                                           {"metadata_bits", rank.metadataBits},
                                           {"offset_bits", rank.offsetBits}});
      object["ranks"] = std::move(ranks);
    } else {
      object["unavailable"] = entry.unavailable;
    }
    array.push_back(std::move(object));
  }
  os << llvm::formatv("{0:2}", llvm::json::Value(std::move(array))) << "\n";
}

struct FiberReportPass : public fiber::impl::FiberReportBase<FiberReportPass> {
  using Base::Base;

  void runOnOperation() override {
    if (format != "text" && format != "json") {
      getOperation().emitError()
          << "unknown report format '" << format << "'; expected text or json";
      return signalPassFailure();
    }
    std::vector<Entry> entries;
    getOperation().walk([&](FunctionOpInterface function) {
      AsmState state(function);
      std::string name = ("@" + function.getName()).str();
      auto consider = [&](Value value) {
        if (EncodingAttr encoding = getFiberEncoding(value.getType()))
          entries.push_back(describe(value, encoding, state, name));
      };
      for (BlockArgument arg : function.getArguments())
        consider(arg);
      function->walk([&](Operation *op) {
        for (Value result : op->getResults())
          consider(result);
      });
    });
    if (format == "json")
      printJson(entries, llvm::outs());
    else
      printText(entries, llvm::outs());
    markAllAnalysesPreserved();
  }
};
} // namespace
