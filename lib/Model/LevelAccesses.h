//===- LevelAccesses.h - Accesses a level serves from its own loops -*- C++
//-*-===//
//
// Internal to lib/Model. Timeloop counts, for every storage level and
// tensor, the accesses the level's own loops generate (whether or not the
// level keeps the tensor): the first loop above the level's children either
// walks their tiles in time, or fans them out in space, where equal tiles
// are multicast and a child whose tile a mesh neighbour held in the
// previous step receives it over the link instead of from the level. Those
// per-level numbers are then chained through the levels that bypass the
// tensor (tiling.cpp of the public Timeloop).
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_LIB_MODEL_LEVELACCESSES_H
#define SPARSEACCEL_LIB_MODEL_LEVELACCESSES_H

#include "EvalState.h"

namespace sparseaccel::model {

struct LevelAccessStats {
  /// Accesses per level instance over the whole run (each multicast counts
  /// once).
  double total = 0;
  /// The same, each access weighted by how many children receive it.
  double weighted = 0;
  /// Tile points children received from a neighbour (link transfers).
  double links = 0;
  /// Children per level instance (the product of the level's spatial loops).
  uint64_t fanout = 1;
};

/// The accesses of storage level `level` for tensor `ds` from its own
/// loops, as Timeloop's nest analysis counts them.
LevelAccessStats levelAccessStats(const EvalState &st, unsigned ds,
                                  unsigned level);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_LIB_MODEL_LEVELACCESSES_H
