//===- DenseAnalysis.cpp - Step 1: dense traffic from the mapping ---------===//
//
// Tiles are axis-aligned boxes of the data space. A level refills its tile
// whenever a temporal loop above it moves the box; the refill is the part of
// the new box not in the previous one when the move is along a single axis
// (sliding windows), and the whole box otherwise. A parent serves each of
// its spatial children in the same step; children that need the same tile
// share one access (multicast) and read-write tiles are reduced spatially.
//
//===----------------------------------------------------------------------===//

#include "EvalState.h"

#include <algorithm>
#include <cstdlib>

using namespace sparseaccel::model;

uint64_t EvalState::projectSize(unsigned ds,
                                const std::vector<int64_t> &dimBounds) const {
  uint64_t size = 1;
  for (const auto &axis : spec.workload.dataSpaces[ds].axes) {
    int64_t extent = 1;
    for (const ProjectionTerm &t : axis)
      extent += std::llabs(t.coef) * (dimBounds[t.dim] - 1);
    size *= uint64_t(extent);
  }
  return size;
}

void sparseaccel::model::buildLoopNest(EvalState &st) {
  const ModelSpec &spec = st.spec;
  st.numDims = spec.workload.dimNames.size();
  st.numDS = spec.workload.dataSpaces.size();
  st.numLevels = spec.arch.levels.size();
  for (unsigned l = 0; l < st.numLevels; ++l) {
    for (const LoopSpec &lp : spec.mapping.levels[l].loops)
      st.loops.push_back({lp.dim, lp.bound, lp.kind, l});
    st.levelEnd.push_back(st.loops.size());
  }
  st.cumulativeBounds.assign(st.loops.size() + 1,
                             std::vector<int64_t>(st.numDims, 1));
  for (unsigned i = 0; i < st.loops.size(); ++i) {
    st.cumulativeBounds[i + 1] = st.cumulativeBounds[i];
    st.cumulativeBounds[i + 1][st.loops[i].dim] *= st.loops[i].bound;
  }
  st.relevantDims.assign(st.numDS, 0);
  for (unsigned ds = 0; ds < st.numDS; ++ds)
    for (const auto &axis : spec.workload.dataSpaces[ds].axes)
      for (const ProjectionTerm &t : axis)
        if (t.coef != 0)
          st.relevantDims[ds] |= uint64_t(1) << t.dim;
  for (unsigned ds = 0; ds < st.numDS; ++ds) {
    DensitySpec d = spec.workload.densities[ds];
    uint64_t size = spec.workload.dataSpaceSize(ds);
    std::vector<int64_t> extents = spec.workload.axisExtents(ds);
    st.densities.emplace_back(d, size, extents);
    d.density = double(float(d.density));
    st.leaderDensities.emplace_back(d, size, extents);
  }
}

namespace {

/// A request of one child in one step: the whole tile, or a slab of `width`
/// along `axis` (the new edge of a sliding window).
struct Region {
  bool empty = false;
  int axis = -1;
  int64_t width = 0;
};

/// Traffic between one holder level (or compute) and the level serving it.
/// Children whose spatial index does not affect the data space receive the
/// same tile (multicast, or reduction for read-write data); every other
/// child is served its own copy, even when sliding-window tiles of
/// neighbours overlap, as in Timeloop.
class TransferModel {
public:
  TransferModel(const EvalState &st, unsigned ds, unsigned childEnd,
                unsigned parentEnd, bool childIsCompute)
      : st_(st), ds_(ds), compute_(childIsCompute) {
    const auto &axes = st.spec.workload.dataSpaces[ds].axes;
    std::vector<int64_t> tile = childIsCompute
                                    ? std::vector<int64_t>(st.numDims, 1)
                                    : st.boundsBelow(childEnd);
    for (const auto &axis : axes) {
      int64_t e = 1;
      for (const ProjectionTerm &t : axis)
        e += std::llabs(t.coef) * (tile[t.dim] - 1);
      extent_.push_back(e);
    }
    // Steps of every loop: the product of the inner loops on its dimension.
    std::vector<int64_t> running(st.numDims, 1);
    for (unsigned i = 0; i < st.loops.size(); ++i) {
      const FlatLoop &lp = st.loops[i];
      int64_t step = running[lp.dim];
      running[lp.dim] *= lp.bound;
      if (i < childEnd || lp.bound == 1)
        continue;
      if (lp.spatial()) {
        if (i < parentEnd && st.relevant(ds, lp.dim))
          fanout_ *= lp.bound;
        continue;
      }
      temporal_.push_back({lp.dim, lp.bound, step});
    }
  }

  /// Accesses the parent serves per parent instance over the whole run.
  uint64_t parentAccesses() const {
    if (compute_) {
      uint64_t steps = 1;
      for (const auto &t : temporal_)
        steps *= t.bound;
      return steps * unionSize(Region{});
    }
    uint64_t total = unionSize(Region{});
    forEachTransition([&](uint64_t count, const Region &r) {
      if (!r.empty)
        total += count * unionSize(r);
    });
    return total;
  }

  /// Fills of one child instance over the whole run.
  uint64_t childFills() const {
    uint64_t total = tileSize(Region{});
    forEachTransition([&](uint64_t count, const Region &r) {
      if (!r.empty)
        total += count * tileSize(r);
    });
    return total;
  }

private:
  struct Temporal {
    unsigned dim;
    int64_t bound, step;
  };

  template <typename Fn> void forEachTransition(Fn fn) const {
    const auto &axes = st_.spec.workload.dataSpaces[ds_].axes;
    std::vector<int64_t> dimShift(st_.numDims);
    for (unsigned i = 0; i < temporal_.size(); ++i) {
      uint64_t count = temporal_[i].bound - 1;
      for (unsigned j = i + 1; j < temporal_.size(); ++j)
        count *= temporal_[j].bound;
      std::fill(dimShift.begin(), dimShift.end(), 0);
      dimShift[temporal_[i].dim] += temporal_[i].step;
      for (unsigned j = 0; j < i; ++j)
        dimShift[temporal_[j].dim] -=
            (temporal_[j].bound - 1) * temporal_[j].step;
      Region r;
      int moved = 0;
      for (unsigned a = 0; a < axes.size(); ++a) {
        int64_t shift = 0;
        for (const ProjectionTerm &t : axes[a])
          shift += t.coef * dimShift[t.dim];
        if (shift == 0)
          continue;
        ++moved;
        r.axis = a;
        r.width = std::min<int64_t>(std::llabs(shift), extent_[a]);
      }
      if (moved == 0)
        r.empty = true;
      else if (moved > 1 || r.width >= extent_[r.axis])
        r.axis = -1; // not a single-axis slide: the whole tile is new
      fn(count, r);
    }
  }

  uint64_t tileSize(const Region &r) const {
    uint64_t s = 1;
    for (unsigned a = 0; a < extent_.size(); ++a)
      s *= uint64_t(int(a) == r.axis ? r.width : extent_[a]);
    return s;
  }

  uint64_t unionSize(const Region &r) const { return tileSize(r) * fanout_; }

  const EvalState &st_;
  unsigned ds_;
  bool compute_;
  std::vector<int64_t> extent_;
  uint64_t fanout_ = 1; // children served distinct data
  std::vector<Temporal> temporal_;
};

} // namespace

void sparseaccel::model::analyzeDenseTraffic(EvalState &st) {
  const ModelSpec &spec = st.spec;
  unsigned nl = st.numLevels;
  std::vector<uint64_t> replication(nl, 1);
  st.computeReplication = 1;
  st.computeOps = 1;
  for (unsigned i = 0; i < st.loops.size(); ++i) {
    const FlatLoop &lp = st.loops[i];
    if (lp.spatial()) {
      st.computeReplication *= lp.bound;
      for (unsigned l = 0; l < nl; ++l)
        if (i >= st.levelEnd[l])
          replication[l] *= lp.bound;
    } else {
      st.computeOps *= lp.bound;
    }
  }
  st.computeEffectiveReplication = double(st.computeReplication);

  st.tiles.assign(st.numDS, std::vector<TileRecord>(nl));
  for (unsigned ds = 0; ds < st.numDS; ++ds) {
    bool rw = spec.workload.dataSpaces[ds].readWrite;
    int below = -1;
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      t.replication = replication[l];
      t.effectiveReplication = double(replication[l]);
      t.kept = spec.mapping.levels[l].keep[ds];
      if (!t.kept)
        continue;
      t.child = below;
      if (below >= 0)
        st.tiles[ds][below].parent = l;
      below = l;
    }
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (!t.kept)
        continue;
      unsigned end = st.levelEnd[l];
      std::vector<int64_t> b = st.boundsBelow(end);
      t.shape = st.projectSize(ds, b);
      for (unsigned i = end; i < st.loops.size(); ++i)
        if (!st.loops[i].spatial())
          b[st.loops[i].dim] *= st.loops[i].bound;
      t.partition = st.projectSize(ds, b);
      if (t.parent >= 0)
        t.fills = TransferModel(st, ds, end, 0, false).childFills();
      unsigned childEnd = t.child >= 0 ? st.levelEnd[t.child] : 0;
      TransferModel toChild(st, ds, childEnd, end, t.child < 0);
      uint64_t accesses = toChild.parentAccesses();
      if (rw) {
        t.updates = accesses;
        t.reads = accesses > t.partition ? accesses - t.partition : 0;
        t.temporalReductions = double(t.reads);
      } else {
        t.reads = accesses;
      }
    }
  }
}
