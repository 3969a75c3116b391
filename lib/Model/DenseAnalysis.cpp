//===- DenseAnalysis.cpp - Step 1: dense traffic from the mapping ---------===//
//
// Tiles are axis-aligned boxes of the data space. What each level serves
// comes from its own loops (LevelAccesses.h: tile moves in time, multicast
// and link transfers at a fan-out) and is chained through the levels that
// bypass a tensor, as in Timeloop's nest analysis and tile collapsing; fills
// of a level are what the level above serves it on average.
//
//===----------------------------------------------------------------------===//

#include "EvalState.h"
#include "LevelAccesses.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

using namespace sparseaccel::model;

uint64_t EvalState::projectSize(unsigned ds,
                                llvm::ArrayRef<int64_t> dimBounds) const {
  return spec.workload.dataSpaces[ds].boxSize(dimBounds);
}

namespace {
/// One thread's containers from its last evaluation, kept for their
/// capacity.
struct EvalPool {
  std::vector<FlatLoop> loops;
  std::vector<unsigned> levelEnd;
  std::vector<int64_t> cumulativeBounds;
  std::vector<std::vector<TileRecord>> tiles;
};
thread_local EvalPool pool;
} // namespace

EvalState::EvalState(const ModelSpec &s, EvalResult &r) : spec(s), result(r) {
  loops.swap(pool.loops);
  levelEnd.swap(pool.levelEnd);
  cumulativeBounds.swap(pool.cumulativeBounds);
  tiles.swap(pool.tiles);
  loops.clear();
  levelEnd.clear();
}

EvalState::~EvalState() {
  pool.loops.swap(loops);
  pool.levelEnd.swap(levelEnd);
  pool.cumulativeBounds.swap(cumulativeBounds);
  pool.tiles.swap(tiles);
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
  unsigned nd = st.numDims;
  st.cumulativeBounds.assign((st.loops.size() + 1) * nd, 1);
  for (unsigned i = 0; i < st.loops.size(); ++i) {
    int64_t *row = st.cumulativeBounds.data() + i * nd;
    std::copy(row, row + nd, row + nd);
    row[nd + st.loops[i].dim] *= st.loops[i].bound;
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

  // Reset in place: the records' rank vectors keep their capacity.
  st.tiles.resize(st.numDS);
  for (std::vector<TileRecord> &levels : st.tiles) {
    levels.resize(nl);
    for (TileRecord &t : levels)
      t = TileRecord();
  }
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
    // Every level's own accesses, then Timeloop's chaining through the
    // levels that bypass the tensor: a bypassing level's accesses reach the
    // next level up, spread over its fan-out at its multicast rate, and its
    // links are lost (tiling.cpp: MaskTiles).
    std::vector<LevelAccessStats> own(nl);
    for (unsigned l = 0; l < nl; ++l)
      own[l] = levelAccessStats(st, ds, l);
    std::vector<double> content(nl), links(nl);
    for (unsigned l = 0; l < nl; ++l) {
      content[l] = own[l].total;
      links[l] = own[l].links;
      if (l > 0 && !st.tiles[ds][l - 1].kept && own[l].weighted > 0) {
        content[l] = content[l - 1] * double(own[l].fanout) * own[l].total /
                     own[l].weighted;
        links[l] = 0;
      }
    }
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (streamsThrough(spec, l, ds) &&
          spec.variant != TimeloopVariant::Public2022) {
        // Streamed through a level that does not keep it: what the level
        // would serve its children passes through it once. (The public
        // Timeloop of July 2022 ignores `stream:`.)
        t.streamed = true;
        t.streamedAccesses = content[l];
      }
      if (!t.kept)
        continue;
      unsigned end = st.levelEnd[l];
      DimBounds b(st.boundsBelow(end));
      t.shape = st.projectSize(ds, b);
      for (unsigned i = end; i < st.loops.size(); ++i)
        if (!st.loops[i].spatial())
          b[st.loops[i].dim] *= st.loops[i].bound;
      t.partition = st.projectSize(ds, b);
      // Points received from mesh neighbours are read from, and filled
      // into, this level's instances on top of its own traffic; Timeloop
      // spreads them over all instances of the level.
      double peer = l + 1 < nl ? links[l + 1] / double(t.replication) : 0;
      // Timeloop stores fills as an integer (truncated), reads rounded.
      if (t.parent >= 0)
        t.fills = uint64_t(std::floor(
            own[l + 1].weighted / double(own[l + 1].fanout) + peer + 1e-9));
      uint64_t accesses = uint64_t(std::llround(content[l] + peer));
      if (rw) {
        t.updates = uint64_t(std::llround(content[l]));
        t.reads = accesses > t.partition ? accesses - t.partition : 0;
        t.temporalReductions = double(t.reads);
      } else {
        t.reads = accesses;
      }
    }
  }
}
