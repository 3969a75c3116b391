//===- TimeloopEmitter.cpp - Model structs back to Timeloop YAML ----------===//

#include "SparseAccel/Target/Sparseloop/TimeloopEmitter.h"

using namespace sparseaccel;
using namespace sparseaccel::model;

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
