//===- EvalState.h - Working state of one evaluation ------------*- C++ -*-===//
//
// Internal to lib/Model: the flattened loop nest and the per-tensor,
// per-level tile records that the dense, sparse and micro-architecture
// steps fill in turn.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_LIB_MODEL_EVALSTATE_H
#define SPARSEACCEL_LIB_MODEL_EVALSTATE_H

#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Model/TileDensity.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"

#include <algorithm>
#include <array>
#include <vector>

namespace sparseaccel::model {

/// Inline storage for an evaluation's per-dimension, per-level and
/// per-tensor temporaries (a handful of entries each): with heap vectors,
/// allocation took half of an evaluation's time.
template <typename T> using SmallVec = llvm::SmallVector<T, 8>;
template <typename T> using SmallTable = llvm::SmallVector<SmallVec<T>, 8>;
/// Per-dimension loop-bound products.
using DimBounds = SmallVec<int64_t>;

struct FlatLoop {
  unsigned dim;
  int64_t bound;
  LoopKind kind;
  unsigned level;
  bool spatial() const { return kind != LoopKind::Temporal; }
};

/// One fibertree rank of a tile: the loops folded into it and the size of
/// the sub-tile it points into.
struct RankModel {
  llvm::SmallVector<FlatLoop, 8> loops;
  uint64_t fiberShape = 1;
  uint64_t tileShape = 1; // points covered by this rank and those below
  FormatRankSpec format;
};

struct TileRecord {
  bool kept = false;
  int child = -1;  // nearest lower level keeping the tensor, -1 = compute
  int parent = -1; // nearest upper level keeping the tensor, -1 = none
  uint64_t shape = 0;
  uint64_t partition = 0;
  uint64_t reads = 0, fills = 0, updates = 0;
  uint64_t replication = 1;
  double effectiveReplication = 1;

  /// Not kept but read through this level (`stream:`): the accesses per
  /// instance that pass through it.
  bool streamed = false;
  double streamedAccesses = 0;

  // Sparse state.
  bool hasMetadata = false;
  bool compressed = false;
  llvm::SmallVector<RankModel, 4> ranks; // innermost first
  bool ranksInnerToOuter = true;         // the order loops were given to ranks
  double expectedDensity = 1.0;
  double expectedOccupancy = 0;
  RankCounts expectedMetadata;
  RankCounts maxMetadata;
  uint64_t maxOccupancy = 0;
  /// Condition the occupancy law on the tile being non-empty: a compressed
  /// parent never sends an empty tile.
  bool conditionedNonEmpty = false;

  double fg[3][3] = {}; // [random|gated|skipped][read|fill|update]
  RankCounts fmt[3][3];
  double decompressions = 0;
  double compressions = 0;
  double temporalReductions = 0;
};

struct EvalState {
  const ModelSpec &spec;
  unsigned numDims = 0, numDS = 0, numLevels = 0;
  std::vector<FlatLoop> loops;        // innermost first
  std::vector<unsigned> levelEnd;     // one past the last loop of a level
  std::vector<TileDensity> densities; // per data space
  /// The same laws at single precision: Sparseloop evaluates the emptiness
  /// of leader tiles (gating/skipping) with float densities, which decides
  /// the rounding of gated and skipped counts.
  std::vector<TileDensity> leaderDensities;
  std::vector<std::vector<TileRecord>> tiles; // [ds][level]
  uint64_t computeReplication = 1;
  double computeEffectiveReplication = 1;
  /// With spatial skipping: per tensor and architecture level (0: the
  /// compute units, s + 1: storage level s), the largest X/Y expansion
  /// after skipping (SafAnalysis), which the fan-out check holds to the
  /// hardware.
  SmallTable<double> spatialMaxX, spatialMaxY;
  uint64_t computeOps = 0; // per compute instance
  double computeRandom = 0, computeGated = 0, computeSkipped = 0;
  /// Fraction of the dense compute time left after position skipping.
  double computeTimeScale = 1.0;
  EvalResult &result;

  /// The containers come from (and go back to) a pool of the thread's
  /// previous evaluation, so that a search does not allocate them anew
  /// for every candidate.
  EvalState(const ModelSpec &s, EvalResult &r);
  ~EvalState();
  EvalState(const EvalState &) = delete;
  EvalState &operator=(const EvalState &) = delete;

  void fail(std::string msg) {
    result.success = false;
    result.errors.push_back(std::move(msg));
  }

  /// Size of the data-space box spanned by per-dimension bounds `dimBounds`.
  uint64_t projectSize(unsigned ds, llvm::ArrayRef<int64_t> dimBounds) const;
  /// Per-dimension product of the loop bounds in [0, end).
  llvm::ArrayRef<int64_t> boundsBelow(unsigned end) const {
    size_t i = std::min<size_t>(end, loops.size());
    return llvm::ArrayRef<int64_t>(cumulativeBounds)
        .slice(i * numDims, numDims);
  }
  bool relevant(unsigned ds, unsigned dim) const {
    return (relevantDims[ds] >> dim) & 1;
  }

  /// Row i (numDims entries): per-dimension product of loops [0, i).
  std::vector<int64_t> cumulativeBounds;
  /// Bit d set when dimension d projects onto the data space.
  std::vector<uint64_t> relevantDims;
};

// The three steps.
void buildLoopNest(EvalState &st);
void analyzeDenseTraffic(EvalState &st);
void analyzeFormats(EvalState &st);
void analyzeActionOptimizations(EvalState &st);
void analyzeMicroArchitecture(EvalState &st);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_LIB_MODEL_EVALSTATE_H
