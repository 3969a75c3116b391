//===- Report.cpp - Text and JSON renderings of an evaluation -------------===//

#include "SparseAccel/Model/Report.h"

#include "llvm/Support/Format.h"

using namespace sparseaccel::model;
using llvm::json::Array;
using llvm::json::Object;

static const char *kOps[3] = {"reads", "fills", "updates"};

static Array ranksJson(const RankCounts &rc) {
  Array out;
  for (const auto &r : rc)
    out.push_back(Array{r[0], r[1]});
  return out;
}

llvm::json::Value sparseaccel::model::toJson(const ModelSpec &spec,
                                             const EvalResult &res) {
  Object root;
  root["success"] = res.success;
  Array errors;
  for (const std::string &e : res.errors)
    errors.push_back(e);
  root["errors"] = std::move(errors);
  root["cycles"] = int64_t(res.cycles);
  root["energy_pJ"] = res.energy;
  const ComputeStats &c = res.compute;
  root["compute"] = Object{{"name", spec.arch.compute.name},
                           {"algorithmic", int64_t(c.algorithmic)},
                           {"actual", c.actual},
                           {"gated", c.gated},
                           {"skipped", c.skipped},
                           {"utilized_instances", int64_t(c.utilizedInstances)},
                           {"cycles", int64_t(c.cycles)},
                           {"energy_pJ", c.energy}};
  Array levels;
  for (const LevelStats &l : res.levels) {
    Object lo;
    lo["name"] = l.name;
    lo["cycles"] = int64_t(l.cycles);
    lo["slowdown"] = l.slowdown;
    lo["energy_pJ"] = l.energy;
    Object tensors;
    for (unsigned ds = 0; ds < l.tensors.size(); ++ds) {
      const TensorLevelStats &t = l.tensors[ds];
      if (!t.kept && !t.streamed)
        continue;
      Object to;
      to["streamed"] = t.streamed;
      to["tile_shape"] = int64_t(t.tileShape);
      to["partition_size"] = int64_t(t.partitionSize);
      to["utilized_capacity"] = int64_t(t.utilizedCapacity);
      to["utilized_instances"] = t.utilizedInstances;
      to["density"] = t.expectedDensity;
      to["format"] = t.formatName;
      to["format_capacity"] = ranksJson(t.formatCapacity);
      to["format_word_bits"] = ranksJson(t.formatWordBits);
      const uint64_t alg[3] = {t.reads, t.fills, t.updates};
      for (int op = 0; op < 3; ++op) {
        to[kOps[op]] = Object{{"algorithmic", int64_t(alg[op])},
                              {"actual", t.actual[op]},
                              {"gated", t.gated[op]},
                              {"skipped", t.skipped[op]}};
        to[std::string("format_") + kOps[op]] =
            Object{{"actual", ranksJson(t.formatActual[op])},
                   {"gated", ranksJson(t.formatGated[op])},
                   {"skipped", ranksJson(t.formatSkipped[op])}};
      }
      to["temporal_reductions"] = t.temporalReductions;
      to["decompressions"] = t.decompressions;
      to["compressions"] = t.compressions;
      Object vec;
      for (unsigned op = 0; op < kNumStorageOps; ++op)
        if (t.vectorAccesses[op] != 0)
          vec[toString(StorageOp(op))] = t.vectorAccesses[op];
      to["vector_accesses"] = std::move(vec);
      to["energy_per_instance_pJ"] = t.energyPerInstance;
      to["energy_pJ"] = t.energy;
      tensors[spec.workload.dataSpaces[ds].name] = std::move(to);
    }
    lo["tensors"] = std::move(tensors);
    levels.push_back(std::move(lo));
  }
  root["levels"] = std::move(levels);
  return root;
}

static void printRanks(llvm::raw_ostream &os, const char *label,
                       const RankCounts &rc) {
  bool any = false;
  for (const auto &r : rc)
    any |= r[0] != 0 || r[1] != 0;
  os << llvm::format("        %-36s", label);
  if (!any) {
    os << ": 0\n";
    return;
  }
  os << "\n";
  for (int r = int(rc.size()) - 1; r >= 0; --r)
    os << llvm::format(
        "            Rank %d (metadata, payload): (%.0f, %.0f)\n", r, rc[r][0],
        rc[r][1]);
}

void sparseaccel::model::printTextReport(const ModelSpec &spec,
                                         const EvalResult &res,
                                         llvm::raw_ostream &os) {
  const ComputeStats &c = res.compute;
  os << "=== " << spec.arch.compute.name << " (compute) ===\n";
  os << llvm::format("    Utilized instances     : %llu\n",
                     (unsigned long long)c.utilizedInstances);
  os << llvm::format("    Cycles                 : %llu\n",
                     (unsigned long long)c.cycles);
  os << llvm::format("    Algorithmic computes   : %llu\n",
                     (unsigned long long)c.algorithmic);
  os << llvm::format("    Actual computes        : %.0f\n", c.actual);
  os << llvm::format("    Gated computes         : %.0f\n", c.gated);
  os << llvm::format("    Skipped computes       : %.0f\n", c.skipped);
  os << llvm::format("    Energy                 : %.2f pJ\n\n", c.energy);
  for (const LevelStats &l : res.levels) {
    os << "=== " << l.name << " ===\n";
    os << llvm::format("    Cycles                 : %llu\n",
                       (unsigned long long)l.cycles);
    os << llvm::format("    Bandwidth throttling   : %.2f\n", l.slowdown);
    os << llvm::format("    Energy                 : %.2f pJ\n", l.energy);
    for (unsigned ds = 0; ds < l.tensors.size(); ++ds) {
      const TensorLevelStats &t = l.tensors[ds];
      if (!t.kept && !t.streamed)
        continue;
      os << "    " << spec.workload.dataSpaces[ds].name
         << (t.streamed ? " (Streamed)" : "") << ":\n";
      os << llvm::format("        %-36s: %llu\n", "Tile shape",
                         (unsigned long long)t.tileShape);
      os << llvm::format("        %-36s: %llu\n", "Partition size",
                         (unsigned long long)t.partitionSize);
      os << llvm::format("        %-36s: %llu\n", "Max utilized capacity",
                         (unsigned long long)t.utilizedCapacity);
      os << llvm::format("        %-36s: %g\n", "Utilized instances",
                         t.utilizedInstances);
      os << llvm::format("        %-36s: %s\n", "Representation format",
                         t.formatName.c_str());
      const uint64_t alg[3] = {t.reads, t.fills, t.updates};
      for (int op = 0; op < 3; ++op) {
        std::string what =
            std::string(" scalar ") + kOps[op] + " (per-instance)";
        os << llvm::format("        %-36s: %llu\n",
                           ("Algorithmic" + what).c_str(),
                           (unsigned long long)alg[op]);
        os << llvm::format("        %-36s: %.0f\n", ("Actual" + what).c_str(),
                           t.actual[op]);
        os << llvm::format("        %-36s: %.0f\n", ("Gated" + what).c_str(),
                           t.gated[op]);
        os << llvm::format("        %-36s: %.0f\n", ("Skipped" + what).c_str(),
                           t.skipped[op]);
      }
      if (t.formatName != "none")
        for (int op = 0; op < 3; ++op) {
          std::string what = std::string(" format ") + kOps[op];
          printRanks(os, ("Actual" + what).c_str(), t.formatActual[op]);
          printRanks(os, ("Gated" + what).c_str(), t.formatGated[op]);
          printRanks(os, ("Skipped" + what).c_str(), t.formatSkipped[op]);
        }
      os << llvm::format("        %-36s: %.2f pJ\n", "Energy (total)",
                         t.energy);
    }
    os << "\n";
  }
  os << "Summary\n-------\n";
  os << llvm::format("Cycles: %llu\n", (unsigned long long)res.cycles);
  os << llvm::format("Energy: %.2f uJ\n", res.energy / 1e6);
  os << llvm::format("EDP(J*cycle): %.3e\n", res.energy * 1e-12 * res.cycles);
}
