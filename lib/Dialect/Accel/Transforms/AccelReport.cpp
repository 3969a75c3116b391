//===- AccelReport.cpp - Per-operation predicted costs --------------------===//

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"

#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/BuiltinOps.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace mlir::accel {
#define GEN_PASS_DEF_ACCELREPORT
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h.inc"
} // namespace mlir::accel

using namespace mlir;
using namespace mlir::accel;

namespace {

struct Row {
  std::string func, op, loc;
  CostAttr cost;
  std::string why;
  ArrayAttr traffic;
};

std::string locString(Location loc) {
  std::string s;
  llvm::raw_string_ostream os(s);
  if (auto fl = dyn_cast<FileLineColLoc>(loc))
    os << fl.getFilename().getValue() << ":" << fl.getLine() << ":"
       << fl.getColumn();
  else
    loc.print(os);
  return s;
}

struct Reporter {
  LogicalResult run(ModuleOp module, StringRef format, llvm::raw_ostream &os) {
    if (format != "text" && format != "json" && format != "csv")
      return module.emitError() << "unknown report format '" << format
                                << "' (expected text, json or csv)";
    std::vector<Row> rows;
    module.walk([&](Operation *any) {
      auto op = dyn_cast<linalg::LinalgOp>(any);
      auto unmapped = any->getAttrOfType<StringAttr>(accel::unmappedAttrName());
      if (!op) {
        // An operation a front end could not convert (a torch operation
        // kept as it was) is listed as not mapped with its reason.
        if (unmapped) {
          auto fn = any->getParentOfType<func::FuncOp>();
          rows.push_back(Row{fn ? fn.getName().str() : "",
                             any->getName().getStringRef().str(),
                             locString(any->getLoc()), CostAttr(),
                             unmapped.str(), ArrayAttr()});
        }
        return;
      }
      auto fn = op->getParentOfType<func::FuncOp>();
      Row r{fn ? fn.getName().str() : "",
            op->getName().getStringRef().str(),
            locString(op->getLoc()),
            op->getAttrOfType<CostAttr>(accel::costAttrName()),
            "",
            op->getAttrOfType<ArrayAttr>(accel::trafficAttrName())};
      if (unmapped)
        r.why = unmapped.str();
      if (r.cost ||
          (op.getNumReductionLoops() > 0 && op.getNumDpsInputs() == 2))
        rows.push_back(r);
    });
    std::string archName;
    if (auto a = module->getAttrOfType<ArchAttr>(accel::archAttrName()))
      archName = a.getName().str();
    if (format == "json")
      printJson(os, rows, archName);
    else if (format == "csv")
      printCsv(os, rows);
    else
      printText(os, rows, archName);
    os.flush();
    return success();
  }

  static double speedup(CostAttr c) {
    return c.getCycles() ? double(c.getDenseCycles()) / double(c.getCycles())
                         : 0.0;
  }

  void printText(llvm::raw_ostream &os, const std::vector<Row> &rows,
                 const std::string &arch) {
    os << "accel report" << (arch.empty() ? "" : " (arch " + arch + ")")
       << "\n";
    std::string current;
    uint64_t cycles = 0, dense = 0;
    double energy = 0;
    auto flush = [&] {
      if (current.empty())
        return;
      os << llvm::format("  total: %llu cycles, %.3f uJ, EDP %.3e J*cycle, "
                         "speedup vs dense %.2fx\n",
                         (unsigned long long)cycles, energy / 1e6,
                         energy * 1e-12 * double(cycles),
                         cycles ? double(dense) / double(cycles) : 0.0);
    };
    for (const Row &r : rows) {
      if (r.func != current) {
        flush();
        current = r.func;
        cycles = dense = 0;
        energy = 0;
        os << "@" << r.func << "\n";
      }
      if (!r.cost) {
        os << "  " << r.op << " at " << r.loc << ": not mapped"
           << (r.why.empty() ? "" : " (" + r.why + ")") << "\n";
        continue;
      }
      cycles += r.cost.getCycles();
      dense += r.cost.getDenseCycles();
      energy += r.cost.getEnergyPJ();
      std::string sp = r.cost.getDenseCycles()
                           ? llvm::formatv("{0:f2}x", speedup(r.cost)).str()
                           : std::string("n/a (no dense mapping found)");
      os << llvm::format("  %-28s %12llu cycles %12.3f uJ  EDP %.3e  "
                         "speedup %s  (%s)\n",
                         r.op.c_str(), (unsigned long long)r.cost.getCycles(),
                         r.cost.getEnergyPJ() / 1e6, r.cost.getEDP(),
                         sp.c_str(), r.loc.c_str());
    }
    flush();
  }

  void printCsv(llvm::raw_ostream &os, const std::vector<Row> &rows) {
    os << "function,op,location,cycles,energy_pJ,edp_J_cycle,dense_cycles,"
          "speedup\n";
    for (const Row &r : rows) {
      os << r.func << "," << r.op << ",\"" << r.loc << "\",";
      if (!r.cost) {
        os << ",,,,\n";
        continue;
      }
      os << r.cost.getCycles() << ","
         << llvm::format("%.6e", r.cost.getEnergyPJ()) << ","
         << llvm::format("%.6e", r.cost.getEDP()) << ","
         << r.cost.getDenseCycles() << ","
         << llvm::format("%.4f", speedup(r.cost)) << "\n";
    }
  }

  void printJson(llvm::raw_ostream &os, const std::vector<Row> &rows,
                 const std::string &arch) {
    llvm::json::Array ops;
    for (const Row &r : rows) {
      llvm::json::Object o{{"function", r.func},
                           {"op", r.op},
                           {"location", r.loc},
                           {"mapped", bool(r.cost)}};
      if (!r.cost && !r.why.empty())
        o["reason"] = r.why;
      if (r.cost) {
        o["cycles"] = int64_t(r.cost.getCycles());
        o["energy_pJ"] = r.cost.getEnergyPJ();
        o["edp"] = r.cost.getEDP();
        o["dense_cycles"] = int64_t(r.cost.getDenseCycles());
        o["dense_energy_pJ"] = r.cost.getDenseEnergyPJ();
        o["speedup_vs_dense"] = speedup(r.cost);
        o["mappings_evaluated"] = int64_t(r.cost.getEvaluated());
        if (r.traffic) {
          llvm::json::Array levels;
          for (Attribute a : r.traffic) {
            auto d = dyn_cast<DictionaryAttr>(a);
            if (!d)
              continue;
            llvm::json::Object lv;
            for (NamedAttribute na : d) {
              if (auto s = dyn_cast<StringAttr>(na.getValue()))
                lv[na.getName().str()] = s.str();
              else if (auto i = dyn_cast<IntegerAttr>(na.getValue()))
                lv[na.getName().str()] = i.getInt();
              else if (auto f = dyn_cast<FloatAttr>(na.getValue()))
                lv[na.getName().str()] = f.getValueAsDouble();
            }
            levels.push_back(std::move(lv));
          }
          o["levels"] = std::move(levels);
        }
      }
      ops.push_back(std::move(o));
    }
    llvm::json::Object root{{"arch", arch}, {"ops", std::move(ops)}};
    os << llvm::formatv("{0:2}", llvm::json::Value(std::move(root))) << "\n";
  }
};

struct AccelReportPass : public accel::impl::AccelReportBase<AccelReportPass> {
  using AccelReportBase::AccelReportBase;
  void runOnOperation() override {
    if (failed(Reporter().run(getOperation(), format, llvm::outs())))
      signalPassFailure();
  }
};

} // namespace

LogicalResult mlir::accel::writeAccelReport(ModuleOp module, StringRef format,
                                            llvm::raw_ostream &os) {
  return Reporter().run(module, format, os);
}
