//===- Mapper.h - Mapspace search with the cost model -----------*- C++ -*-===//
//
// Searches loop tilings, loop orders and spatial splits for one Einsum on
// one architecture, evaluating each candidate with `evaluate`. Two
// strategies: an exhaustive enumeration of temporal factorisations (pruned
// by capacity, capped by a budget) and a seeded random search followed by
// hill climbing. Multithreaded; the result depends only on the seed, never
// on thread scheduling.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_MAPPER_H
#define SPARSEACCEL_MODEL_MAPPER_H

#include "SparseAccel/Model/Evaluate.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace sparseaccel::model {

/// What the search may change at one storage level.
struct LevelMapConstraint {
  /// Spatial factor per dimension fanning out below this level, X and Y
  /// (1: none). Fixed unless `spatialFree`.
  std::vector<int64_t> spatialX, spatialY;
  /// Let the search choose spatial factors, within the mesh of the level
  /// below and only for the dimensions listed in `spatialDims`.
  bool spatialFree = false;
  std::vector<unsigned> spatialDims;
  unsigned maxFanoutX = 1, maxFanoutY = 1;
  /// The physical mesh fan-out (maxFanout may exceed it where spatial
  /// skipping compacts the data); 0 means maxFanout.
  unsigned meshFanoutX = 0, meshFanoutY = 0;
  /// Temporal factor per dimension pinned by the user (0: free).
  std::vector<int64_t> temporalFixed;
  /// With spatialFree: spatial factors (X) pinned per dimension (0: free).
  std::vector<int64_t> spatialFixedX;
  /// Dimensions the level's loop order starts with, innermost first
  /// (Timeloop's permutation constraint; the rest follow in any order).
  std::vector<unsigned> permutation;
  /// Fewest of the fan-out's instances a mapping must use (Timeloop's
  /// utilization constraint `min`), as a fraction of the physical mesh.
  double minUtilization = 0;
};

struct MapSpaceConstraints {
  /// One per storage level, innermost first; the keep/bypass choice comes
  /// from the template spec's mapping.
  std::vector<LevelMapConstraint> levels;
};

enum class MapObjective { EDP, Energy, Latency };
enum class MapStrategy { Exhaustive, Random };

struct MapSearchOptions {
  MapObjective objective = MapObjective::EDP;
  MapStrategy strategy = MapStrategy::Random;
  uint64_t seed = 1;
  unsigned threads = 0; // 0: hardware concurrency
  /// Evaluations allowed (both strategies).
  uint64_t budget = 20000;
};

struct MapSearchResult {
  bool found = false;
  MappingSpec best;
  EvalResult cost;
  double score = 0;
  uint64_t evaluated = 0;
  uint64_t valid = 0;
  double seconds = 0;
  /// Why nothing was found (the most frequent failure reason).
  std::string reason;
  /// Invalid candidates by reason (numbers in the messages folded to N).
  std::map<std::string, uint64_t> failures;
};

/// Derives constraints that keep `spec.mapping`'s spatial factors and
/// leave every temporal factor and order free.
MapSpaceConstraints constraintsFromMapping(const ModelSpec &spec);

/// Derives constraints that let the search choose spatial factors for every
/// dimension, up to each level's fan-out (the mesh of the level below).
MapSpaceConstraints freeConstraints(const ModelSpec &spec);

double objectiveValue(const EvalResult &r, MapObjective objective);

/// The form in which a Timeloop mapping file states `mapping`: per level,
/// the non-trivial spatial X loops, the non-trivial spatial Y loops and,
/// when the level fans out at all, every other dimension as a trivial Y
/// loop (in dimension order); then the non-trivial temporal loops followed
/// by every other dimension as a trivial loop (in dimension order). Loops
/// of one dimension and kind are merged. The model sees trivial loops (a
/// tile's extent from the levels below lands on the level's loop of that
/// dimension), so every mapping the compiler evaluates, stores or emits is
/// in this form: the same mapping read back from its YAML evaluates
/// identically.
MappingSpec canonicalMapping(const WorkloadSpec &workload,
                             const MappingSpec &mapping);

MapSearchResult searchMappings(const ModelSpec &tmpl,
                               const MapSpaceConstraints &constraints,
                               const MapSearchOptions &options);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_MAPPER_H
