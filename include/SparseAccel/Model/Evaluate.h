//===- Evaluate.h - Sparseloop-equivalent evaluation ------------*- C++ -*-===//
//
// `evaluate` runs the three steps of Sparseloop (thesis §4.5-4.7) on a
// ModelSpec: dense traffic from the mapping, sparse post-processing (format
// models, gating/skipping, propagation), then the micro-architectural model
// (capacity, vector accesses, bandwidth throttling, cycles, energy).
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_EVALUATE_H
#define SPARSEACCEL_MODEL_EVALUATE_H

#include "SparseAccel/Model/Spec.h"

#include "llvm/ADT/SmallVector.h"

#include <array>
#include <string>
#include <vector>

namespace sparseaccel::model {

/// (metadata units, payload units) of one format rank, innermost rank first.
/// Inline storage: an evaluation fills a few dozen of these per tensor and
/// level, and heap vectors made allocation most of its time.
using RankCounts = llvm::SmallVector<std::array<double, 2>, 4>;

struct TensorLevelStats {
  bool kept = false;
  /// Not kept but read through the level (`stream:`): reads and fills only.
  bool streamed = false;
  uint64_t tileShape = 0;
  uint64_t partitionSize = 0;
  /// Words the tile occupies at most (compressed: the largest occupancy).
  uint64_t utilizedCapacity = 0;
  /// Instances in use on average (spatial skipping leaves some idle).
  double utilizedInstances = 0;
  double expectedDensity = 1.0;
  std::string formatName = "none";
  RankCounts formatCapacity;
  /// Per rank (innermost first): the metadata and payload word bits.
  RankCounts formatWordBits;

  // Algorithmic (dense) scalar counts, per instance.
  uint64_t reads = 0, fills = 0, updates = 0;
  // Fine-grained scalar counts, per instance.
  double actual[3] = {}, gated[3] = {}, skipped[3] = {};
  // Format (metadata, payload) accesses per rank, per instance, for
  // reads/fills/updates.
  RankCounts formatActual[3], formatGated[3], formatSkipped[3];
  double temporalReductions = 0;
  double decompressions = 0;
  double compressions = 0;

  /// Vector accesses per action, per instance.
  double vectorAccesses[kNumStorageOps] = {};
  double energyPerInstance = 0;
  double energy = 0; // total over utilized instances
};

struct LevelStats {
  std::string name;
  uint64_t cycles = 0;
  double slowdown = 1.0;
  double energy = 0;
  std::vector<TensorLevelStats> tensors;
};

struct ComputeStats {
  uint64_t algorithmic = 0;
  double actual = 0, gated = 0, skipped = 0;
  uint64_t utilizedInstances = 0;
  uint64_t cycles = 0;
  double energy = 0;
};

struct EvalResult {
  bool success = true;
  /// One message per failure (capacity, fan-out, unsupported format...).
  std::vector<std::string> errors;
  ComputeStats compute;
  /// Innermost first, same order as the architecture.
  std::vector<LevelStats> levels;
  uint64_t cycles = 0;
  double energy = 0; // pJ
};

/// Checks that the spec is self-consistent (factors multiply to the problem
/// size, every level has a mapping, formats name known data spaces) and
/// returns one message per problem; empty means valid.
std::vector<std::string> validateSpec(const ModelSpec &spec);

/// Evaluates one mapping. Never throws; failures land in `errors`.
EvalResult evaluate(const ModelSpec &spec);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_EVALUATE_H
