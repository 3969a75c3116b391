//===- Spec.h - Inputs of the Sparseloop-equivalent cost model --*- C++ -*-===//
//
// Plain structs describing one evaluation: the Einsum (workload), the
// architecture tree flattened into storage levels plus a compute level, the
// mapping, the per-level sparse acceleration features (formats, gating and
// skipping) and the energy of every action. No MLIR types: the front ends
// (Timeloop YAML, the accel dialect) fill these in.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_SPEC_H
#define SPARSEACCEL_MODEL_SPEC_H

#include "SparseAccel/Model/RankFormat.h"

#include "llvm/ADT/ArrayRef.h"

#include <cstdint>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace sparseaccel::model {

//===----------------------------------------------------------------------===//
// Workload
//===----------------------------------------------------------------------===//

/// One term `coef * dim` of a projection; a tensor axis is a sum of terms,
/// which is how convolutions express strides and dilations.
struct ProjectionTerm {
  unsigned dim = 0;
  int64_t coef = 1;
};

struct DataSpaceSpec {
  std::string name;
  /// One entry per tensor axis, outermost first.
  std::vector<std::vector<ProjectionTerm>> axes;
  bool readWrite = false;

  /// Size of the box the tensor spans when every dimension d takes
  /// `bounds[d]` points (a projection sum c*d + ... spans
  /// 1 + sum |c| * (bound - 1) coordinates).
  uint64_t boxSize(llvm::ArrayRef<int64_t> bounds) const {
    uint64_t size = 1;
    for (const auto &axis : axes) {
      int64_t extent = 1;
      for (const ProjectionTerm &t : axis)
        extent += std::llabs(t.coef) * (bounds[t.dim] - 1);
      size *= uint64_t(extent);
    }
    return size;
  }
};

enum class DensityKind {
  /// Every element non-zero.
  Dense,
  /// Every tile of n elements holds floor(n*d) or ceil(n*d) non-zeros.
  FixedStructured,
  /// Non-zeros placed uniformly at random: tiles follow a hypergeometric law.
  Hypergeometric,
  /// Hierarchical structured sparsity: per-rank G:H, innermost rank first.
  /// Tile occupancy is fixed by the product of the per-rank ratios.
  HSS,
  /// Non-zeros on the diagonals |row - col| <= bandWidth of the data space's
  /// last two axes (banded matrices, e.g. attention windows).
  Banded,
  /// The actual non-zero pattern of the data (row-major mask).
  ActualData,
};

struct GHRatio {
  unsigned g = 1;
  unsigned h = 1;
};

struct DensitySpec {
  DensityKind kind = DensityKind::Dense;
  /// Tile-occupancy laws use its single-precision value, as Sparseloop does.
  double density = 1.0;
  /// HSS: the ranks. On a FixedStructured law (what a design that processes
  /// every group as holding exactly G elements sees): the hierarchical
  /// structure its format ranks follow (TileDensity::blockProbEmpty).
  std::vector<GHRatio> hss;
  int64_t bandWidth = 0;
  /// ActualData: one byte per element, non-zero = non-empty, in Timeloop's
  /// order: the data space's first axis varies fastest (so a 1x1
  /// convolution's Inputs file is pixel-major with channels contiguous).
  std::shared_ptr<const std::vector<uint8_t>> mask;

  static DensitySpec dense() { return DensitySpec(); }
  static DensitySpec of(DensityKind kind, double d) {
    DensitySpec s;
    s.kind = kind;
    s.density = d;
    return s;
  }
  static DensitySpec fixedStructured(double d) {
    return of(DensityKind::FixedStructured, d);
  }
  static DensitySpec hypergeometric(double d) {
    return of(DensityKind::Hypergeometric, d);
  }
  static DensitySpec hierarchical(std::vector<GHRatio> ranks) {
    DensitySpec s = of(DensityKind::HSS, 1.0);
    s.hss = std::move(ranks);
    return s;
  }
  static DensitySpec banded(int64_t width) {
    DensitySpec s = of(DensityKind::Banded, 1.0);
    s.bandWidth = width;
    return s;
  }
  static DensitySpec actualData(std::shared_ptr<const std::vector<uint8_t>> m) {
    DensitySpec s = of(DensityKind::ActualData, 1.0);
    s.mask = std::move(m);
    return s;
  }
};

struct WorkloadSpec {
  std::string name;
  std::vector<std::string> dimNames;
  std::vector<int64_t> bounds;
  std::vector<DataSpaceSpec> dataSpaces;
  /// One per data space.
  std::vector<DensitySpec> densities;
  /// When both operands are given by their actual data: the fraction of
  /// operation points at which both are non-zero (fillJointOperandDensity).
  /// Effectual work depends on where the non-zeros meet, not only on how
  /// many there are; unset means the operands are independent.
  std::optional<double> jointOperandDensity;

  int findDim(const std::string &name) const;
  int findDataSpace(const std::string &name) const;
  /// Number of points of the data space over the whole operation space.
  uint64_t dataSpaceSize(unsigned ds) const;
  /// Size of each axis of the data space, outermost first.
  std::vector<int64_t> axisExtents(unsigned ds) const;
  uint64_t totalOperations() const;
  /// Sets jointOperandDensity when the workload has exactly two read-only
  /// data spaces and both are ActualData masks of the right size, by
  /// walking the operation space once (mapping-independent, so the front
  /// end pays it once per problem, not once per evaluated mapping).
  void fillJointOperandDensity();
};

//===----------------------------------------------------------------------===//
// Architecture
//===----------------------------------------------------------------------===//

/// The storage actions the model counts; energies are looked up per action.
enum class StorageOp : unsigned {
  RandomRead,
  GatedRead,
  SkippedRead,
  RandomFill,
  GatedFill,
  SkippedFill,
  RandomUpdate,
  GatedUpdate,
  SkippedUpdate,
  RandomMetadataRead,
  GatedMetadataRead,
  SkippedMetadataRead,
  RandomMetadataFill,
  GatedMetadataFill,
  SkippedMetadataFill,
  RandomMetadataUpdate,
  GatedMetadataUpdate,
  SkippedMetadataUpdate,
  Decompression,
  Compression,
  Count
};
constexpr unsigned kNumStorageOps = static_cast<unsigned>(StorageOp::Count);
const char *toString(StorageOp op);

struct StorageLevelSpec {
  std::string name;
  bool isDRAM = false;
  unsigned wordBits = 16;
  unsigned blockSize = 1;
  unsigned clusterSize = 1;
  /// Capacity in words; unset means unbounded (DRAM).
  std::optional<uint64_t> size;
  unsigned metadataStorageWidth = 0;
  uint64_t metadataStorageDepth = 0;
  unsigned metadataBlockSize = 1;
  /// Word bits of a format rank whose YAML gives none.
  unsigned defaultMetadataWordBits = 0;
  uint64_t instances = 1;
  unsigned meshX = 1;
  unsigned meshY = 1;
  std::optional<double> readBandwidth;
  std::optional<double> writeBandwidth;
  double multipleBuffering = 1.0;
  bool compressionSupported = false;
  bool decompressionSupported = false;
  /// Energy per vector action (pJ), indexed by StorageOp.
  double opEnergy[kNumStorageOps] = {};

  uint64_t effectiveSize() const;
  uint64_t effectiveMetadataBits() const;
};

struct ComputeSpec {
  std::string name = "MAC";
  uint64_t instances = 1;
  unsigned meshX = 1;
  unsigned meshY = 1;
  unsigned wordBits = 16;
  double randomEnergy = 0;
  double gatedEnergy = 0;
  double skippedEnergy = 0;
};

struct ArchitectureSpec {
  /// Storage levels, innermost (closest to compute) first.
  std::vector<StorageLevelSpec> levels;
  ComputeSpec compute;

  int findLevel(const std::string &name) const;
};

//===----------------------------------------------------------------------===//
// Mapping
//===----------------------------------------------------------------------===//

enum class LoopKind { Temporal, SpatialX, SpatialY };

struct LoopSpec {
  unsigned dim = 0;
  int64_t bound = 1;
  LoopKind kind = LoopKind::Temporal;
  bool isSpatial() const { return kind != LoopKind::Temporal; }
};

struct LevelMappingSpec {
  /// Loops of this storage level, innermost first: spatial-X, spatial-Y,
  /// then temporal (the spatial fan-out sits below the level's own time).
  std::vector<LoopSpec> loops;
  /// Per data space: does this level hold a copy?
  std::vector<bool> keep;
  /// Per data space: is a tensor this level does not keep read through it
  /// (Sparseloop's `stream:`): its reads and fills pass through the level,
  /// costing its read and fill energy and bandwidth, without occupying it.
  std::vector<bool> stream;
};

struct MappingSpec {
  /// One per storage level, innermost first.
  std::vector<LevelMappingSpec> levels;
};

//===----------------------------------------------------------------------===//
// Sparse acceleration features
//===----------------------------------------------------------------------===//

struct FormatRankSpec {
  RankFormat format = RankFormat::U;
  unsigned metadataBits = 0;
  unsigned payloadBits = 0;
  /// Problem dimensions this rank may absorb; empty means any.
  std::vector<unsigned> flattenedDims;
};

struct RepresentationSpec {
  /// Innermost rank first.
  std::vector<FormatRankSpec> ranks;
  bool innerToOuter = false;
  bool compressed() const;
};

enum class ActionOptKind {
  Gating,
  Skipping,
  SpatialSkipping,
  PositionSkipping
};

/// One option of a gating/skipping SAF: `target` is gated or skipped when the
/// tiles of all `conditionOn` data spaces are empty (leader -> follower). A
/// double-sided intersection is a pair of these.
struct ActionOptionSpec {
  unsigned target = 0;
  std::vector<unsigned> conditionOn;
};

struct ActionOptSpec {
  ActionOptKind kind = ActionOptKind::Skipping;
  /// Alternatives; the model keeps the one that saves the most energy.
  std::vector<ActionOptionSpec> options;
  /// Position skipping only: the design says how to write it for the public
  /// Timeloop, which lacks it: as double-sided skipping of the same targets
  /// (right for structured operands, whose compaction is a plain skip).
  /// Without this the export refuses the design.
  bool publicAsSkipping = false;
};

struct LevelSafSpec {
  /// Per data space (absent: uncompressed, no metadata).
  std::map<unsigned, RepresentationSpec> formats;
  std::vector<ActionOptSpec> actions;
};

struct SparseOptSpec {
  /// Per storage level (same indexing as ArchitectureSpec::levels).
  std::vector<LevelSafSpec> levels;
  bool computeGateOnZero = false;
  bool computeSkipUnaligned = false;
};

/// Everything one evaluation needs.
/// Which of the two published Sparseloop implementations the model follows
/// where they count differently (docs/cost-model.md, "Two Timeloops").
enum class TimeloopVariant : uint8_t {
  /// Sparseloop as its authors published it (the MICRO'22 artifact whose
  /// outputs ../shared/validation holds): coordinate-list ranks store the
  /// expected number of coordinates, and a format rank left without a loop
  /// holds one coordinate per fibre.
  Sparseloop,
  /// The public Timeloop/Sparseloop source of July 2022: it rounds each
  /// fibre's coordinate count up, and gives a loop-less inner rank the tile
  /// of the subnest's innermost loop.
  Public2022,
};

struct ModelSpec {
  WorkloadSpec workload;
  ArchitectureSpec arch;
  MappingSpec mapping;
  SparseOptSpec sparse;
  TimeloopVariant variant = TimeloopVariant::Sparseloop;
};

/// Whether level `l` streams data space `ds` (Sparseloop's `stream:`): a
/// read-only tensor the level does not keep, read through it on its way
/// from the top level down.
inline bool streamsThrough(const ModelSpec &spec, unsigned l, unsigned ds) {
  const LevelMappingSpec &lm = spec.mapping.levels[l];
  return l + 1 < spec.mapping.levels.size() && ds < lm.stream.size() &&
         lm.stream[ds] && !lm.keep[ds] &&
         !spec.workload.dataSpaces[ds].readWrite;
}

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_SPEC_H
