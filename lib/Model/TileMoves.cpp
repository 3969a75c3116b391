//===- TileMoves.cpp - How a tile moves through the loops above it --------===//
//
// Follows Timeloop's nest analysis (loop-analysis/nest-analysis.cpp and
// workload/shape-models/operation-space.cpp of the public Timeloop):
// - temporal extrapolation: each loop runs iterations 0 and 1 and the
//   second is weighted by bound-1, so when an outer loop advances, every
//   inner loop steps back from iteration 1 (not from its last iteration);
// - a move fetches the exact set difference with the previous position only
//   while its translation repeats the previous move's (or follows a reset);
//   a different translation discards the residue and fetches the whole
//   tile. The innermost loop runs twice, so the move before an outer move
//   is always an innermost one;
// - working sets are bounding boxes (Timeloop extrudes point sets).
//
//===----------------------------------------------------------------------===//

#include "TileMoves.h"

#include <algorithm>
#include <cstdlib>

using namespace sparseaccel::model;

TileMoves::TileMoves(const EvalState &st, unsigned ds, unsigned childEnd,
                     bool points) {
  const auto &axes = st.spec.workload.dataSpaces[ds].axes;
  llvm::ArrayRef<int64_t> tile = st.boundsBelow(childEnd);
  extent_.reserve(axes.size());
  for (const auto &axis : axes) {
    int64_t e = 1;
    if (!points)
      for (const ProjectionTerm &t : axis)
        e += std::llabs(t.coef) * (tile[t.dim] - 1);
    extent_.push_back(e);
    whole_ *= uint64_t(e);
  }
  struct Loop {
    unsigned dim;
    int64_t bound, step;
  };
  llvm::SmallVector<Loop, 16> loops;
  loops.reserve(st.loops.size());
  llvm::SmallVector<int64_t, 8> running(st.numDims, 1);
  for (unsigned i = 0; i < st.loops.size(); ++i) {
    const FlatLoop &lp = st.loops[i];
    int64_t step = running[lp.dim];
    running[lp.dim] *= lp.bound;
    if (i >= childEnd && lp.bound > 1 && !lp.spatial())
      loops.push_back({lp.dim, lp.bound, step});
  }

  moves_.reserve(loops.size() + 1);
  TileMove first;
  first.count = 1;
  first.points = whole_;
  first.shape = FetchShape::Full;
  first.shift.assign(axes.size(), 0);
  moves_.push_back(first);
  if (loops.empty())
    return;

  llvm::SmallVector<int64_t, 8> dimShift(st.numDims);
  llvm::SmallVector<int64_t, 4> innermost;
  for (unsigned i = 0; i < loops.size(); ++i) {
    TileMove m;
    m.count = uint64_t(loops[i].bound - 1);
    for (unsigned j = i + 1; j < loops.size(); ++j)
      m.count *= uint64_t(loops[j].bound);
    std::fill(dimShift.begin(), dimShift.end(), 0);
    dimShift[loops[i].dim] += loops[i].step;
    for (unsigned j = 0; j < i; ++j)
      dimShift[loops[j].dim] -= loops[j].step; // inner loops step back from 1
    m.shift.assign(axes.size(), 0);
    for (unsigned a = 0; a < axes.size(); ++a)
      for (const ProjectionTerm &t : axes[a])
        m.shift[a] += t.coef * dimShift[t.dim];
    if (i == 0)
      innermost = m.shift;
    m.previous = i == 0 ? -1 : 1;
    if (points) {
      // A MAC's operand is fetched whole at every step.
      m.points = 1;
      m.shape = FetchShape::Full;
    } else if (i != 0 && m.shift != innermost) {
      m.points = whole_;
      m.shape = FetchShape::Full;
    } else {
      uint64_t kept = 1;
      for (unsigned a = 0; a < axes.size(); ++a)
        kept *=
            uint64_t(std::max<int64_t>(0, extent_[a] - std::llabs(m.shift[a])));
      m.points = whole_ - kept;
      m.shape = m.points == 0 ? FetchShape::Empty
                : kept == 0   ? FetchShape::Full
                              : FetchShape::Partial;
    }
    moves_.push_back(m);
  }
  // The innermost loop's moves follow the first placement once and every
  // outer move once per outer step.
  uint64_t runs = uint64_t(loops[0].bound - 1);
  precededBy_.assign(moves_.size(), 0);
  precededBy_[0] = runs;
  for (unsigned k = 2; k < moves_.size(); ++k)
    precededBy_[k] = moves_[k].count * runs;
}

uint64_t TileMoves::totalFetched() const {
  uint64_t total = 0;
  for (const TileMove &m : moves_)
    total += m.count * m.points;
  return total;
}
