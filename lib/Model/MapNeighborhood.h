//===- MapNeighborhood.h - Mapping candidates and their neighbours -*- C++
//-*-===//
//
// The mapper's view of a mapping (factors per level and dimension, loop
// orders) and the mappings one elementary move away from it, which the
// local search walks.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_LIB_MODEL_MAPNEIGHBORHOOD_H
#define SPARSEACCEL_LIB_MODEL_MAPNEIGHBORHOOD_H

#include "SparseAccel/Model/Mapper.h"

#include <cstdint>
#include <vector>

namespace sparseaccel::model {

struct MapCandidate {
  // [level][dim]
  std::vector<std::vector<int64_t>> temporal;
  // [level]: dims innermost first
  std::vector<std::vector<unsigned>> order;
  std::vector<std::vector<int64_t>> spatialX, spatialY;
};

/// The prime factors of `n`, smallest first, with multiplicity.
std::vector<int64_t> primeFactors(int64_t n);

/// Every candidate one move away from `c`: one prime factor of a dimension
/// moved between two levels' temporal loops, between a free spatial loop
/// and a temporal loop (within the fan-out cap), or two dimensions with
/// loops at a level swapped in its order. Pinned factors and orders stay;
/// a move may give a candidate that does not fit (the caller checks).
std::vector<MapCandidate> neighborhood(const MapCandidate &c,
                                       const MapSpaceConstraints &cons);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_LIB_MODEL_MAPNEIGHBORHOOD_H
