//===- Evaluate.cpp - Spec helpers, validation and the evaluation driver --===//

#include "SparseAccel/Model/Evaluate.h"
#include "EvalState.h"

#include <cmath>

using namespace sparseaccel::model;

int WorkloadSpec::findDim(const std::string &n) const {
  for (unsigned i = 0; i < dimNames.size(); ++i)
    if (dimNames[i] == n)
      return i;
  return -1;
}

int WorkloadSpec::findDataSpace(const std::string &n) const {
  for (unsigned i = 0; i < dataSpaces.size(); ++i)
    if (dataSpaces[i].name == n)
      return i;
  return -1;
}

uint64_t WorkloadSpec::dataSpaceSize(unsigned ds) const {
  return dataSpaces[ds].boxSize(bounds);
}

std::vector<int64_t> WorkloadSpec::axisExtents(unsigned ds) const {
  std::vector<int64_t> out;
  for (const auto &axis : dataSpaces[ds].axes) {
    int64_t extent = 1;
    for (const ProjectionTerm &t : axis)
      extent += std::llabs(t.coef) * (bounds[t.dim] - 1);
    out.push_back(extent);
  }
  return out;
}

uint64_t WorkloadSpec::totalOperations() const {
  uint64_t n = 1;
  for (int64_t b : bounds)
    n *= uint64_t(b);
  return n;
}

int ArchitectureSpec::findLevel(const std::string &n) const {
  for (unsigned i = 0; i < levels.size(); ++i)
    if (levels[i].name == n)
      return i;
  return -1;
}

uint64_t StorageLevelSpec::effectiveSize() const {
  return size ? uint64_t(std::floor(double(*size) / multipleBuffering)) : 0;
}

uint64_t StorageLevelSpec::effectiveMetadataBits() const {
  return uint64_t(std::floor(double(metadataStorageDepth) *
                             metadataStorageWidth / multipleBuffering));
}

bool RepresentationSpec::compressed() const {
  for (const FormatRankSpec &r : ranks)
    if (isCompressed(r.format))
      return true;
  return false;
}

const char *sparseaccel::model::toString(StorageOp op) {
  static const char *names[] = {"random_read",
                                "gated_read",
                                "skipped_read",
                                "random_fill",
                                "gated_fill",
                                "skipped_fill",
                                "random_update",
                                "gated_update",
                                "skipped_update",
                                "random_metadata_read",
                                "gated_metadata_read",
                                "skipped_metadata_read",
                                "random_metadata_fill",
                                "gated_metadata_fill",
                                "skipped_metadata_fill",
                                "random_metadata_update",
                                "gated_metadata_update",
                                "skipped_metadata_update",
                                "decompression_count",
                                "compression_count"};
  return names[unsigned(op)];
}

std::vector<std::string>
sparseaccel::model::validateSpec(const ModelSpec &spec) {
  std::vector<std::string> errs;
  const WorkloadSpec &w = spec.workload;
  unsigned nd = w.dimNames.size(), nds = w.dataSpaces.size();
  if (w.bounds.size() != nd)
    errs.push_back("workload: every dimension needs a bound");
  for (unsigned d = 0; d < w.bounds.size(); ++d)
    if (w.bounds[d] < 1)
      errs.push_back("workload: dimension " + w.dimNames[d] +
                     " has a non-positive bound");
  if (w.densities.size() != nds)
    errs.push_back("workload: every data space needs a density");
  if (nd > 64)
    errs.push_back("workload: at most 64 dimensions are supported");
  // Counts are kept in 64 bits; refuse problems whose sizes would overflow.
  const uint64_t limit = uint64_t(1) << 52;
  uint64_t ops = 1;
  bool overflow = false;
  for (int64_t b : w.bounds)
    overflow |= b > 0 && __builtin_mul_overflow(ops, uint64_t(b), &ops);
  for (unsigned ds = 0; ds < nds && !overflow; ++ds)
    for (const auto &axis : w.dataSpaces[ds].axes)
      for (const ProjectionTerm &t : axis)
        overflow |= t.dim >= nd || std::llabs(t.coef) > int64_t(1 << 20);
  if (overflow || ops > limit)
    errs.push_back("workload: the operation space exceeds 2^52 points, or a "
                   "projection names an unknown dimension or a coefficient "
                   "above 2^20");
  if (!errs.empty())
    return errs;
  for (unsigned ds = 0; ds < w.densities.size() && ds < nds; ++ds) {
    const DensitySpec &d = w.densities[ds];
    if (d.kind == DensityKind::ActualData) {
      if (!d.mask || d.mask->size() != w.dataSpaceSize(ds))
        errs.push_back("workload: the actual-data mask of " +
                       w.dataSpaces[ds].name + " has " +
                       std::to_string(d.mask ? d.mask->size() : 0) +
                       " elements but the data space has " +
                       std::to_string(w.dataSpaceSize(ds)));
    } else if (d.kind == DensityKind::Banded) {
      if (d.bandWidth < 0 || w.dataSpaces[ds].axes.size() < 2)
        errs.push_back("workload: a banded density needs a data space of "
                       "rank >= 2 and a band width >= 0");
    } else if (d.kind == DensityKind::HSS) {
      for (const GHRatio &r : d.hss)
        if (r.h == 0 || r.g > r.h)
          errs.push_back("workload: HSS ratios need 0 <= G <= H, H > 0");
    } else if (!(d.density > 0 && d.density <= 1)) {
      errs.push_back("workload: densities must lie in (0, 1]");
    }
  }
  if (spec.arch.levels.empty())
    errs.push_back("architecture: no storage level");
  if (spec.mapping.levels.size() != spec.arch.levels.size())
    errs.push_back("mapping: one entry per storage level is required");
  if (spec.sparse.levels.size() != spec.arch.levels.size())
    errs.push_back("sparse optimizations: one entry per storage level is "
                   "required");
  if (!errs.empty())
    return errs;
  std::vector<int64_t> product(nd, 1);
  for (unsigned l = 0; l < spec.mapping.levels.size(); ++l) {
    const LevelMappingSpec &lm = spec.mapping.levels[l];
    if (lm.keep.size() != nds)
      errs.push_back("mapping: level " + spec.arch.levels[l].name +
                     " needs a keep/bypass flag per data space");
    for (const LoopSpec &lp : lm.loops) {
      if (lp.dim >= nd || lp.bound < 1) {
        errs.push_back("mapping: level " + spec.arch.levels[l].name +
                       " has an invalid loop");
        continue;
      }
      product[lp.dim] *= lp.bound;
    }
  }
  for (unsigned d = 0; d < nd; ++d)
    if (product[d] != w.bounds[d])
      errs.push_back("mapping: factors of " + w.dimNames[d] + " multiply to " +
                     std::to_string(product[d]) + " but the problem has " +
                     std::to_string(w.bounds[d]));
  return errs;
}

EvalResult sparseaccel::model::evaluate(const ModelSpec &spec) {
  EvalResult result;
  for (std::string &e : validateSpec(spec))
    result.errors.push_back(std::move(e));
  if (!result.errors.empty()) {
    result.success = false;
    return result;
  }
  EvalState st(spec, result);
  buildLoopNest(st);
  analyzeDenseTraffic(st);
  analyzeFormats(st);
  if (result.success)
    analyzeActionOptimizations(st);
  if (result.success)
    analyzeMicroArchitecture(st);
  return result;
}
