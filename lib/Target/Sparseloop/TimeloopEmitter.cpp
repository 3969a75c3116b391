//===- TimeloopEmitter.cpp - Model structs back to Timeloop YAML ----------===//

#include "SparseAccel/Target/Sparseloop/TimeloopEmitter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

using namespace sparseaccel;
using namespace sparseaccel::model;
using namespace sparseaccel::sparseloop;

static void emitFactors(const ModelSpec &spec,
                        const std::vector<LoopSpec> &loops,
                        llvm::raw_ostream &os) {
  const auto &names = spec.workload.dimNames;
  std::vector<int64_t> f(names.size(), 1);
  for (const LoopSpec &lp : loops)
    f[lp.dim] *= lp.bound;
  os << "factors: ";
  for (unsigned d = 0; d < names.size(); ++d)
    os << (d ? " " : "") << names[d] << "=" << f[d];
}

void sparseloop::emitMapping(const ModelSpec &spec, const MappingSpec &mapping,
                             llvm::raw_ostream &os) {
  const auto &names = spec.workload.dimNames;
  os << "mapping:\n";
  for (unsigned l = 0; l < mapping.levels.size(); ++l) {
    const LevelMappingSpec &lm = mapping.levels[l];
    const std::string &target = spec.arch.levels[l].name;
    os << "  - {target: " << target << ", type: datatype, keep: [";
    bool first = true;
    for (unsigned ds = 0; ds < lm.keep.size(); ++ds)
      if (lm.keep[ds]) {
        os << (first ? "" : ", ") << spec.workload.dataSpaces[ds].name;
        first = false;
      }
    os << "], bypass: [";
    first = true;
    for (unsigned ds = 0; ds < lm.keep.size(); ++ds)
      if (!lm.keep[ds]) {
        os << (first ? "" : ", ") << spec.workload.dataSpaces[ds].name;
        first = false;
      }
    os << "]}\n";
    std::vector<LoopSpec> temporal, spatial;
    for (const LoopSpec &lp : lm.loops)
      (lp.isSpatial() ? spatial : temporal).push_back(lp);
    // Temporal: the listed order, then the dimensions without a loop.
    os << "  - {target: " << target << ", type: temporal, ";
    emitFactors(spec, temporal, os);
    os << ", permutation: ";
    std::vector<bool> seen(names.size(), false);
    std::string perm;
    for (const LoopSpec &lp : temporal)
      if (!seen[lp.dim]) {
        perm += names[lp.dim];
        seen[lp.dim] = true;
      }
    for (unsigned d = 0; d < names.size(); ++d)
      if (!seen[d])
        perm += names[d];
    os << perm << "}\n";
    if (spatial.empty())
      continue;
    // Spatial: X dimensions first, then Y; split = number of X dimensions.
    std::string sperm;
    std::vector<bool> sseen(names.size(), false);
    unsigned split = 0;
    for (LoopKind k : {LoopKind::SpatialX, LoopKind::SpatialY})
      for (const LoopSpec &lp : spatial)
        if (lp.kind == k && !sseen[lp.dim]) {
          sperm += names[lp.dim];
          sseen[lp.dim] = true;
          split += k == LoopKind::SpatialX;
        }
    for (unsigned d = 0; d < names.size(); ++d)
      if (!sseen[d])
        sperm += names[d];
    os << "  - {target: " << target << ", type: spatial, ";
    emitFactors(spec, spatial, os);
    os << ", permutation: " << sperm << ", split: " << split << "}\n";
  }
}

//===----------------------------------------------------------------------===//
// Whole configurations
//===----------------------------------------------------------------------===//

namespace {

/// Shortest text that reads back as the same double.
std::string num(double v) {
  char buf[40];
  for (int prec = 6; prec <= 17; ++prec) {
    std::snprintf(buf, sizeof(buf), "%.*g", prec, v);
    if (std::strtod(buf, nullptr) == v)
      break;
  }
  return buf;
}

std::string dimLetter(unsigned d) {
  // A..Z, then AA.. would break Timeloop's one-character permutations;
  // einsums of linalg ops have at most 7 loops (conv), far below 26.
  return std::string(1, char('A' + d));
}

/// A density that holds every element. Such tensors get no `densities`
/// entry (Timeloop's default, fixed-structured 1.0): the public Timeloop
/// mis-evaluates `hypergeometric` at density 1 (tiles come out empty,
/// with zero utilised instances), and an all-ones mask needs no
/// actual-data approximation.
bool holdsEveryElement(const DensitySpec &d) {
  switch (d.kind) {
  case DensityKind::Dense:
    return true;
  case DensityKind::FixedStructured:
  case DensityKind::Hypergeometric:
    return d.density >= 1.0;
  case DensityKind::ActualData:
    if (!d.mask)
      return true;
    for (uint8_t m : *d.mask)
      if (!m)
        return false;
    return true;
  case DensityKind::HSS:
    for (const auto &r : d.hss)
      if (r.g != r.h)
        return false;
    return true;
  case DensityKind::Banded:
    return false;
  }
  return false;
}

void emitProblem(const ModelSpec &spec, EmittedConfig &out) {
  const WorkloadSpec &w = spec.workload;
  std::string s;
  llvm::raw_string_ostream os(s);
  // Coefficients other than 1 get names (Timeloop wants them declared).
  std::map<int64_t, std::string> coefs;
  for (const DataSpaceSpec &ds : w.dataSpaces)
    for (const auto &axis : ds.axes)
      for (const ProjectionTerm &t : axis)
        if (t.coef != 1 && !coefs.count(t.coef))
          coefs[t.coef] = "Coef" + std::to_string(t.coef);
  os << "problem:\n  shape:\n    name: "
     << (w.name.empty() ? std::string("op") : w.name) << "\n    dimensions: [";
  for (unsigned d = 0; d < w.dimNames.size(); ++d)
    os << (d ? ", " : "") << w.dimNames[d];
  os << "]\n";
  if (!coefs.empty()) {
    os << "    coefficients:\n";
    for (const auto &[v, n] : coefs)
      os << "      - {name: " << n << ", default: " << v << "}\n";
  }
  os << "    data-spaces:\n";
  for (const DataSpaceSpec &ds : w.dataSpaces) {
    os << "      - name: " << ds.name << "\n        projection:\n";
    for (const auto &axis : ds.axes) {
      os << "          - [";
      for (unsigned i = 0; i < axis.size(); ++i) {
        os << (i ? ", " : "") << "[" << w.dimNames[axis[i].dim];
        if (axis[i].coef != 1)
          os << ", " << coefs[axis[i].coef];
        os << "]";
      }
      os << "]\n";
    }
    if (ds.readWrite)
      os << "        read-write: true\n";
  }
  os << "  instance:\n";
  for (unsigned d = 0; d < w.dimNames.size(); ++d)
    os << "    " << w.dimNames[d] << ": " << w.bounds[d] << "\n";
  bool any = false;
  for (unsigned ds = 0; ds < w.densities.size(); ++ds) {
    const DensitySpec &d = w.densities[ds];
    if (holdsEveryElement(d))
      continue;
    if (!any)
      os << "    densities:\n";
    any = true;
    const std::string &name = w.dataSpaces[ds].name;
    os << "      " << name << ": {distribution: ";
    switch (d.kind) {
    case DensityKind::FixedStructured:
      os << "fixed-structured, density: " << num(d.density) << "}\n";
      if (!d.hss.empty()) {
        std::string rule;
        for (auto it = d.hss.rbegin(); it != d.hss.rend(); ++it)
          rule += (rule.empty() ? "" : "->") + std::to_string(it->g) + ":" +
                  std::to_string(it->h);
        out.approximationsIfDifferent.push_back(
            name + ": the format ranks follow HSS " + rule +
            " (which blocks hold anything); Timeloop's fixed-structured law "
            "spreads the non-zeros evenly over every block instead");
      }
      break;
    case DensityKind::Hypergeometric:
      os << "hypergeometric, density: " << num(d.density) << "}\n";
      break;
    case DensityKind::HSS: {
      double p = 1;
      std::string rule;
      for (auto it = d.hss.rbegin(); it != d.hss.rend(); ++it) {
        p *= double(it->g) / double(it->h);
        rule += (rule.empty() ? "" : "->") + std::to_string(it->g) + ":" +
                std::to_string(it->h);
      }
      os << "fixed-structured, density: " << num(p) << "}\n";
      out.approximations.push_back(
          name + ": HSS " + rule +
          " written as fixed-structured at the product density " + num(p) +
          " (every tile holds that fraction; the per-rank structure is in "
          "the formats)");
      break;
    }
    case DensityKind::Banded:
      // Timeloop reads `band_width` (underscore) for this one key.
      os << "banded, band_width: " << d.bandWidth << "}\n";
      break;
    case DensityKind::ActualData: {
      uint64_t nnz = 0;
      for (uint8_t m : *d.mask)
        nnz += m != 0;
      double dens = d.mask->empty() ? 1.0 : double(nnz) / d.mask->size();
      os << "hypergeometric, density: " << num(dens) << "}\n";
      out.approximations.push_back(
          name +
          ": the actual non-zero pattern is written as a uniformly "
          "random (hypergeometric) density " +
          num(dens) +
          " (the public Timeloop has no actual-data model); "
          "Sparseloop's prediction may differ from the compiler's");
      break;
    }
    case DensityKind::Dense:
      break;
    }
  }
  out.problem = s;
}

const char *actionType(ActionOptKind k) {
  switch (k) {
  case ActionOptKind::Gating:
    return "gating";
  case ActionOptKind::Skipping:
    return "skipping";
  case ActionOptKind::SpatialSkipping:
    return "skipping-spatial";
  case ActionOptKind::PositionSkipping:
    return "position-skipping";
  }
  return "skipping";
}

/// The SAFs of level `l` as the public Timeloop can run them. Position
/// skipping exists only in the authors' fork: a design that says how to
/// write it (`public-timeloop: skipping`) gets skipping of each target on
/// the others (compaction of structured operands is a plain skip); any
/// other design is refused.
bool publicActions(const ModelSpec &spec, unsigned l,
                   std::vector<ActionOptSpec> &actions, EmittedConfig &out,
                   std::string &error) {
  const WorkloadSpec &w = spec.workload;
  const LevelSafSpec &saf = spec.sparse.levels[l];
  std::vector<unsigned> compacted;
  for (const ActionOptSpec &a : saf.actions) {
    if (a.kind != ActionOptKind::PositionSkipping) {
      actions.push_back(a);
      continue;
    }
    if (!a.publicAsSkipping) {
      error = spec.arch.levels[l].name +
              " uses position-skipping, which only the Sparseloop authors' "
              "fork implements (the public Timeloop cannot run it; a design "
              "whose position-skipped operands are structured can say "
              "'public-timeloop: skipping')";
      return false;
    }
    for (const ActionOptionSpec &o : a.options)
      if (std::find(compacted.begin(), compacted.end(), o.target) ==
          compacted.end())
        compacted.push_back(o.target);
  }
  if (compacted.empty())
    return true;
  std::string names;
  for (unsigned t : compacted) {
    ActionOptSpec skip;
    skip.kind = ActionOptKind::Skipping;
    ActionOptionSpec o;
    o.target = t;
    for (unsigned u : compacted)
      if (u != t)
        o.conditionOn.push_back(u);
    if (o.conditionOn.empty()) // one compacted operand: skip it on the others
      for (unsigned u = 0; u < w.dataSpaces.size(); ++u)
        if (u != t && !w.dataSpaces[u].readWrite)
          o.conditionOn.push_back(u);
    skip.options.push_back(o);
    actions.push_back(skip);
    names += (names.empty() ? "" : ", ") + w.dataSpaces[t].name;
  }
  out.approximations.push_back(
      spec.arch.levels[l].name + ": position skipping of " + names +
      " (compaction onto the fan-out, in the Sparseloop authors' fork only) "
      "written as skipping of each on the other" +
      (compacted.size() > 2 ? "s" : "") +
      ": zero operands are skipped, but the fan-out is not compacted");
  return true;
}

bool emitSparseOpt(const ModelSpec &spec, EmittedConfig &out,
                   std::string &error) {
  const WorkloadSpec &w = spec.workload;
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "sparse_optimizations:\n  targets:";
  bool anyTarget =
      spec.sparse.computeGateOnZero || spec.sparse.computeSkipUnaligned;
  for (const LevelSafSpec &saf : spec.sparse.levels)
    anyTarget |= !saf.formats.empty() || !saf.actions.empty();
  os << (anyTarget ? "\n" : " []\n");
  for (unsigned l = 0; l < spec.arch.levels.size(); ++l) {
    if (l >= spec.sparse.levels.size())
      break;
    const LevelSafSpec &saf = spec.sparse.levels[l];
    if (saf.formats.empty() && saf.actions.empty())
      continue;
    os << "    - name: " << spec.arch.levels[l].name << "\n";
    if (!saf.formats.empty()) {
      os << "      representation-format:\n        data-spaces:\n";
      for (const auto &[ds, rep] : saf.formats) {
        os << "          - name: " << w.dataSpaces[ds].name << "\n";
        os << "            rank-application-order: "
           << (rep.innerToOuter ? "inner-to-outer" : "outer-to-inner") << "\n";
        os << "            ranks:\n";
        for (auto it = rep.ranks.rbegin(); it != rep.ranks.rend(); ++it) {
          os << "              - {format: " << toString(it->format);
          // Zero widths are written out: unlike an absent key they do not
          // fall back to the level's default.
          os << ", metadata-word-bits: " << it->metadataBits;
          os << ", payload-word-bits: " << it->payloadBits;
          if (!it->flattenedDims.empty()) {
            os << ", flattened-rankIDs: [[";
            for (unsigned i = 0; i < it->flattenedDims.size(); ++i)
              os << (i ? ", " : "") << w.dimNames[it->flattenedDims[i]];
            os << "]]";
          }
          os << "}\n";
        }
      }
    }
    if (!saf.actions.empty()) {
      os << "      action-optimization:\n";
      std::vector<ActionOptSpec> actions;
      if (!publicActions(spec, l, actions, out, error))
        return false;
      for (const ActionOptSpec &a : actions) {
        os << "        - type: " << actionType(a.kind) << "\n";
        auto cond = [&](const ActionOptionSpec &o, const char *indent) {
          os << indent << "target: " << w.dataSpaces[o.target].name << "\n"
             << indent << "condition-on: [";
          for (unsigned i = 0; i < o.conditionOn.size(); ++i)
            os << (i ? ", " : "") << w.dataSpaces[o.conditionOn[i]].name;
          os << "]\n";
        };
        if (a.options.size() == 1) {
          cond(a.options.front(), "          ");
        } else {
          os << "          options:\n";
          for (const ActionOptionSpec &o : a.options) {
            os << "            - target: " << w.dataSpaces[o.target].name
               << "\n";
            os << "              condition-on: [";
            for (unsigned i = 0; i < o.conditionOn.size(); ++i)
              os << (i ? ", " : "") << w.dataSpaces[o.conditionOn[i]].name;
            os << "]\n";
          }
        }
      }
    }
  }
  if (spec.sparse.computeGateOnZero || spec.sparse.computeSkipUnaligned) {
    os << "    - name: " << spec.arch.compute.name << "\n";
    os << "      compute-optimization:\n";
    // Timeloop's spellings (sparse-optimization-parser.cpp): `gating` or
    // `gate-on-zero-operand`, `skipping` or `skip_on_not_aligned_operands`.
    if (spec.sparse.computeGateOnZero)
      os << "        - type: gating\n";
    if (spec.sparse.computeSkipUnaligned)
      os << "        - type: skipping\n";
  }
  out.sparseOpt = s;
  return true;
}

/// The architecture as a chain of subtrees, one per level whose instance
/// count grows, outermost first; `paths` receives each component's full
/// name for the ERT.
bool emitArch(const ModelSpec &spec, EmittedConfig &out,
              std::vector<std::string> &paths, std::string &error) {
  const ArchitectureSpec &a = spec.arch;
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "architecture:\n  version: 0.3\n  subtree:\n";
  std::string indent = "    ";
  std::string path = "system";
  os << indent << "- name: system\n"
     << indent << "  attributes: {technology: 45nm}\n";
  uint64_t instances = 1;
  auto openNode = [&](const std::string &base, uint64_t count) {
    std::string name =
        count > 1 ? base + "[0.." + std::to_string(count - 1) + "]" : base;
    os << indent << "  subtree:\n";
    indent += "    ";
    os << indent << "- name: " << name << "\n";
    path += "." + name;
  };
  paths.assign(a.levels.size() + 1, "");
  for (int l = int(a.levels.size()) - 1; l >= 0; --l) {
    const StorageLevelSpec &lv = a.levels[l];
    if (lv.instances % instances != 0) {
      error = lv.name + " has " + std::to_string(lv.instances) +
              " instances, not a multiple of the " + std::to_string(instances) +
              " of the level above (the tree cannot nest)";
      return false;
    }
    if (lv.instances != instances || l == int(a.levels.size()) - 1) {
      if (l != int(a.levels.size()) - 1)
        openNode(lv.name + "_array", lv.instances / instances);
      os << indent << "  local:\n";
    }
    instances = lv.instances;
    os << indent << "    - name: " << lv.name << "\n";
    os << indent << "      class: " << (lv.isDRAM ? "DRAM" : "storage") << "\n";
    if (!lv.isDRAM)
      os << indent << "      subclass: SRAM_MD\n";
    os << indent << "      attributes:\n";
    std::string at = indent + "        ";
    unsigned width = lv.wordBits * lv.blockSize * lv.clusterSize;
    os << at << "datawidth: " << lv.wordBits << "\n";
    os << at << "width: " << width << "\n";
    os << at << "block_size: " << lv.blockSize << "\n";
    os << at << "cluster-size: " << lv.clusterSize << "\n";
    if (lv.size) {
      if (*lv.size % lv.blockSize == 0)
        os << at << "depth: " << *lv.size / lv.blockSize << "\n";
      else
        os << at << "entries: " << *lv.size << "\n";
    } else if (!lv.isDRAM) {
      // Timeloop needs the size of every SRAM level (it asserts on a
      // missing one). A level that keeps nothing in this mapping is exact
      // at 0 words; one that keeps data gets the largest size Timeloop
      // reads (32 bits), which no tile of a checked problem reaches.
      bool keeps = false;
      if (l < int(spec.mapping.levels.size()))
        for (bool k : spec.mapping.levels[l].keep)
          keeps |= k;
      os << at << "entries: " << (keeps ? 4294967295u : 0u) << "\n";
      if (keeps)
        out.approximations.push_back(
            lv.name + " has no size in the design (unbounded); written as "
                      "4294967295 words, the largest size Timeloop reads");
    }
    if (lv.metadataStorageWidth)
      os << at << "metadata_storage_width: " << lv.metadataStorageWidth << "\n";
    if (lv.metadataStorageDepth)
      os << at << "metadata_storage_depth: " << lv.metadataStorageDepth << "\n";
    if (lv.defaultMetadataWordBits)
      os << at << "metadata_datawidth: " << lv.defaultMetadataWordBits << "\n";
    if (lv.metadataBlockSize != 1)
      os << at << "metadata_block_size: " << lv.metadataBlockSize << "\n";
    if (lv.readBandwidth)
      os << at << "read_bandwidth: " << num(*lv.readBandwidth) << "\n";
    if (lv.writeBandwidth)
      os << at << "write_bandwidth: " << num(*lv.writeBandwidth) << "\n";
    if (lv.multipleBuffering != 1.0)
      os << at << "multiple-buffering: " << num(lv.multipleBuffering) << "\n";
    if (lv.compressionSupported)
      os << at << "compression_supported: true\n";
    if (lv.decompressionSupported)
      os << at << "decompression_supported: true\n";
    os << at << "meshX: " << lv.meshX << "\n";
    os << at << "meshY: " << lv.meshY << "\n";
    paths[l] = path + "." + lv.name;
  }
  const ComputeSpec &c = a.compute;
  if (c.instances % instances != 0) {
    error = "compute has " + std::to_string(c.instances) +
            " instances, not a multiple of the " + std::to_string(instances) +
            " of the innermost storage level";
    return false;
  }
  uint64_t fan = c.instances / instances;
  std::string cname =
      fan > 1 ? c.name + "[0.." + std::to_string(fan - 1) + "]" : c.name;
  os << indent << "    - name: " << cname << "\n";
  os << indent << "      class: compute\n";
  os << indent << "      attributes: {datawidth: " << c.wordBits
     << ", meshX: " << c.meshX << ", meshY: " << c.meshY << "}\n";
  paths[a.levels.size()] = path + "." + cname;
  out.arch = s;
  return true;
}

void emitERT(const ModelSpec &spec, const std::vector<std::string> &paths,
             EmittedConfig &out) {
  const ArchitectureSpec &a = spec.arch;
  std::string s;
  llvm::raw_string_ostream os(s);
  os << "ERT:\n  version: 0.3\n  tables:\n";
  auto e = [](const StorageLevelSpec &l, StorageOp op) {
    return l.opEnergy[unsigned(op)];
  };
  for (unsigned l = 0; l < a.levels.size(); ++l) {
    const StorageLevelSpec &lv = a.levels[l];
    os << "    - name: " << paths[l] << "\n      actions:\n";
    // Every action under the name Timeloop looks up first for it (model/
    // topology.hpp), so no fallback between actions ever applies.
    for (unsigned op = 0; op < kNumStorageOps; ++op)
      os << "        - {name: " << toString(StorageOp(op))
         << ", energy: " << num(e(lv, StorageOp(op))) << "}\n";
  }
  os << "    - name: " << paths[a.levels.size()] << "\n      actions:\n";
  os << "        - {name: mac_random, energy: " << num(a.compute.randomEnergy)
     << "}\n";
  os << "        - {name: mac_gated, energy: " << num(a.compute.gatedEnergy)
     << "}\n";
  os << "        - {name: mac_skipped, energy: " << num(a.compute.skippedEnergy)
     << "}\n";
  out.ert = s;
}

} // namespace

ModelSpec sparseloop::withTimeloopDimNames(const ModelSpec &spec,
                                           std::vector<std::string> &renamed) {
  ModelSpec out = spec;
  renamed.clear();
  // Names that are already single distinct characters stay as they are.
  std::set<std::string> seen;
  bool fine = true;
  for (const std::string &n : out.workload.dimNames)
    fine &= n.size() == 1 && std::isalpha((unsigned char)n[0]) &&
            seen.insert(n).second;
  if (fine)
    return out;
  for (unsigned d = 0; d < out.workload.dimNames.size(); ++d) {
    std::string letter = dimLetter(d);
    if (out.workload.dimNames[d] != letter)
      renamed.push_back(out.workload.dimNames[d] + " -> " + letter);
    out.workload.dimNames[d] = letter;
  }
  return out;
}

bool sparseloop::emitTimeloopConfig(const ModelSpec &spec, EmittedConfig &out,
                                    std::string &error) {
  out = EmittedConfig();
  if (spec.workload.dimNames.size() > 26) {
    error = "more than 26 problem dimensions";
    return false;
  }
  for (const std::string &n : spec.workload.dimNames)
    if (n.size() != 1) {
      error = "dimension '" + n +
              "' is not one character (use withTimeloopDimNames)";
      return false;
    }
  for (unsigned l = 0; l < spec.mapping.levels.size(); ++l) {
    std::set<unsigned> x, y;
    for (const LoopSpec &lp : spec.mapping.levels[l].loops)
      (lp.kind == LoopKind::SpatialX   ? x
       : lp.kind == LoopKind::SpatialY ? y
                                       : x)
          .insert(lp.isSpatial() ? lp.dim : ~0u);
    for (unsigned d : x)
      if (d != ~0u && y.count(d)) {
        error = "the mapping fans dimension " + spec.workload.dimNames[d] +
                " out along both X and Y at " + spec.arch.levels[l].name +
                ", which a Timeloop mapping cannot express";
        return false;
      }
  }
  std::vector<std::string> paths;
  if (!emitArch(spec, out, paths, error) || !emitSparseOpt(spec, out, error))
    return false;
  emitProblem(spec, out);
  emitERT(spec, paths, out);
  std::string m;
  llvm::raw_string_ostream ms(m);
  emitMapping(spec, spec.mapping, ms);
  out.mapping = m;
  // `stream:` exists only in the authors' Sparseloop: the public Timeloop
  // does not read it, so the files leave it out.
  for (unsigned l = 0; l < spec.mapping.levels.size(); ++l)
    for (unsigned ds = 0; ds < spec.workload.dataSpaces.size(); ++ds)
      if (streamsThrough(spec, l, ds))
        out.approximations.push_back(
            spec.arch.levels[l].name + " streams " +
            spec.workload.dataSpaces[ds].name +
            " (`stream:`, read only by the authors' Sparseloop): left out, "
            "so its reads and fills there are not counted");
  return true;
}
