//===- Fibertree.h - Storage footprint of a packed fibertree ----*- C++ -*-===//
//
// Sizes a whole tensor stored as a fibertree (thesis §5.1) with one
// representation format per rank. Ranks are listed from the top (rank N-1,
// outermost) to the bottom (rank 0, whose payloads are the values).
//
// Storage rules, rank by rank from the top (F = fibers stored at the rank,
// S = fiber shape, stored = coordinates stored):
//   U, UB, UOP : stored = F*S (every coordinate, empty or not)
//   CP, RLE    : stored = non-empty coordinates, or exactly F*S*G/H when the
//                rank carries a single G:H rule (fibers padded to G)
//   B          : stored = non-empty coordinates
//   metadata   : B, UB: F*S*mdBits; CP, RLE: stored*mdBits; U, UOP: none
//   offsets    : UOP: F*(S+1) offsets into the rank below; any other rank
//                whose child fibers have a data-dependent length (CP or RLE
//                without a fixed G) needs one pointer per stored coordinate
//   values     : coordinates stored at the bottom rank times the value bits,
//                plus the codebook when values are indices into one.
// The fibers of rank r+1 are the coordinates stored at rank r.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_FIBERTREE_H
#define SPARSEACCEL_MODEL_FIBERTREE_H

#include "SparseAccel/Model/RankFormat.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <cstdint>
#include <string>
#include <vector>

namespace sparseaccel::model {

/// One rank of a packed fibertree.
struct FiberRank {
  std::string name;
  int64_t extent = 1;
  RankFormat format = RankFormat::U;
  /// Metadata bits per unit (coordinate, mask bit, run). 0: format default.
  unsigned metadataBits = 0;
  /// Offset / pointer bits. 0: wide enough for any offset into the rank below.
  unsigned offsetBits = 0;
  /// A single G:H rule (G > 0) makes the fiber length fixed at S*G/H.
  unsigned fixedG = 0;
  unsigned fixedH = 0;

  bool hasFixedOccupancy() const { return fixedG > 0 && fixedH > 0; }
  /// True when the position of each child fiber must be stored explicitly.
  bool hasVariableLength() const {
    return (format == RankFormat::CP || format == RankFormat::RLE) &&
           !hasFixedOccupancy();
  }
};

/// How values are stored: `bits` per value, or indices into a codebook.
struct ValueFormat {
  unsigned bits = 32;
  uint64_t codebookEntries = 0;
  unsigned codebookEntryBits = 0;
};

struct RankFootprint {
  double fibers = 0;
  double storedCoords = 0;
  double nonEmpty = 0;
  double metadataBits = 0;
  double offsetBits = 0;
  unsigned metadataWidth = 0;
  unsigned offsetWidth = 0;
};

struct Footprint {
  std::vector<RankFootprint> ranks;
  double storedValues = 0;
  double valueBits = 0;
  double codebookBits = 0;

  /// Everything that is not a value: coordinates, masks, runs, offsets,
  /// pointers, and the codebook.
  double formatBits() const;
  double totalBits() const { return formatBits() + valueBits; }
};

/// Sizes the fibertree given the number of non-empty coordinates per rank
/// (`nonEmpty[r]`, over the whole tensor) and the padding entries that
/// run-length ranks need for runs longer than their field (`rlePadding`,
/// may be empty).
Footprint computeFootprint(llvm::ArrayRef<FiberRank> ranks,
                           llvm::ArrayRef<double> nonEmpty,
                           const ValueFormat &value,
                           llvm::ArrayRef<double> rlePadding = {});

/// Non-empty coordinates per rank for a coordinate-independent model in
/// which an aligned tile of n elements is empty with probability
/// `probEmpty(n)`.
std::vector<double>
nonEmptyFromTileModel(llvm::ArrayRef<int64_t> extents,
                      llvm::function_ref<double(uint64_t)> probEmpty);

/// Non-empty coordinates per rank when every non-empty fiber of rank r keeps
/// exactly `ratios[r]` of its coordinates (HSS G/H, 1 for unruled ranks).
std::vector<double> nonEmptyFromRatios(llvm::ArrayRef<int64_t> extents,
                                       llvm::ArrayRef<double> ratios);

/// Exact occupancy of a concrete tensor.
struct ExactOccupancy {
  std::vector<double> nonEmpty;
  std::vector<double> rlePadding;
};

/// Counts from the rank-ordered linear index of every non-zero (the index in
/// the mixed radix of the rank extents, top rank most significant). The
/// indices are sorted in place.
ExactOccupancy occupancyFromIndices(llvm::ArrayRef<FiberRank> ranks,
                                    std::vector<uint64_t> &indices);

/// The largest number of non-empty coordinates in any aligned group of
/// `groupSize` coordinates of a rank-`rank` fiber. `indices` are rank-ordered
/// linear indices of the non-zeros, sorted and unique (as
/// occupancyFromIndices leaves them).
uint64_t maxGroupOccupancy(llvm::ArrayRef<FiberRank> ranks,
                           llvm::ArrayRef<uint64_t> indices, size_t rank,
                           uint64_t groupSize);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_FIBERTREE_H
