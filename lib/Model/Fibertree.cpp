//===- Fibertree.cpp - Storage footprint of a packed fibertree ------------===//

#include "SparseAccel/Model/Fibertree.h"

#include <algorithm>
#include <cmath>

namespace sparseaccel::model {

double Footprint::formatBits() const {
  double bits = codebookBits;
  for (const RankFootprint &rank : ranks)
    bits += rank.metadataBits + rank.offsetBits;
  return bits;
}

/// Largest number of coordinates a rank can hold: the product of the extents
/// of it and every rank above it. Offsets into that rank never exceed it.
static uint64_t maxCoordsThrough(llvm::ArrayRef<FiberRank> ranks, size_t last) {
  double product = 1;
  for (size_t r = 0; r <= last && r < ranks.size(); ++r)
    product *= double(ranks[r].extent);
  return product >= 1.8e19 ? UINT64_MAX : static_cast<uint64_t>(product);
}

Footprint computeFootprint(llvm::ArrayRef<FiberRank> ranks,
                           llvm::ArrayRef<double> nonEmpty,
                           const ValueFormat &value,
                           llvm::ArrayRef<double> rlePadding) {
  Footprint result;
  result.ranks.resize(ranks.size());
  double fibers = 1;
  for (size_t r = 0; r < ranks.size(); ++r) {
    const FiberRank &rank = ranks[r];
    RankFootprint &out = result.ranks[r];
    double shape = double(rank.extent);
    out.fibers = fibers;
    out.nonEmpty = r < nonEmpty.size() ? nonEmpty[r] : fibers * shape;

    switch (rank.format) {
    case RankFormat::U:
    case RankFormat::UB:
    case RankFormat::UOP:
      out.storedCoords = fibers * shape;
      break;
    case RankFormat::B:
      out.storedCoords = out.nonEmpty;
      break;
    case RankFormat::CP:
    case RankFormat::RLE:
      if (rank.hasFixedOccupancy())
        out.storedCoords = fibers * shape * rank.fixedG / rank.fixedH;
      else
        out.storedCoords =
            out.nonEmpty + (r < rlePadding.size() ? rlePadding[r] : 0.0);
      break;
    }

    out.metadataWidth = rank.metadataBits
                            ? rank.metadataBits
                            : defaultMetadataBits(rank.format, rank.extent);
    switch (rank.format) {
    case RankFormat::B:
    case RankFormat::UB:
      out.metadataBits = fibers * shape * out.metadataWidth;
      break;
    case RankFormat::CP:
    case RankFormat::RLE:
      out.metadataBits = out.storedCoords * out.metadataWidth;
      break;
    case RankFormat::U:
    case RankFormat::UOP:
      out.metadataBits = 0;
      break;
    }

    // Offsets: UOP stores S+1 per fiber; other ranks store one pointer per
    // coordinate when the child fibers' lengths depend on the data.
    bool isLast = r + 1 == ranks.size();
    bool childVariable = !isLast && ranks[r + 1].hasVariableLength();
    if (rank.format == RankFormat::UOP || childVariable) {
      out.offsetWidth =
          rank.offsetBits
              ? rank.offsetBits
              : bitsFor(maxCoordsThrough(ranks, isLast ? r : r + 1));
      double count = rank.format == RankFormat::UOP ? fibers * (shape + 1)
                                                    : out.storedCoords;
      out.offsetBits = count * out.offsetWidth;
    }
    fibers = out.storedCoords;
  }

  result.storedValues = ranks.empty() ? 1 : fibers;
  if (value.codebookEntries > 0) {
    result.valueBits = result.storedValues * value.bits;
    result.codebookBits =
        double(value.codebookEntries) * double(value.codebookEntryBits);
  } else {
    result.valueBits = result.storedValues * value.bits;
  }
  return result;
}

std::vector<double>
nonEmptyFromTileModel(llvm::ArrayRef<int64_t> extents,
                      llvm::function_ref<double(uint64_t)> probEmpty) {
  double total = 1;
  for (int64_t e : extents)
    total *= double(e);
  std::vector<double> nonEmpty(extents.size());
  double coords = 1;
  for (size_t r = 0; r < extents.size(); ++r) {
    coords *= double(extents[r]);
    double tile = total / coords;
    nonEmpty[r] =
        coords * (1.0 - probEmpty(static_cast<uint64_t>(std::llround(tile))));
  }
  return nonEmpty;
}

std::vector<double> nonEmptyFromRatios(llvm::ArrayRef<int64_t> extents,
                                       llvm::ArrayRef<double> ratios) {
  std::vector<double> nonEmpty(extents.size());
  double parent = 1;
  for (size_t r = 0; r < extents.size(); ++r) {
    double ratio = r < ratios.size() ? ratios[r] : 1.0;
    nonEmpty[r] = parent * double(extents[r]) * ratio;
    parent = nonEmpty[r];
  }
  return nonEmpty;
}

ExactOccupancy occupancyFromIndices(llvm::ArrayRef<FiberRank> ranks,
                                    std::vector<uint64_t> &indices) {
  size_t n = ranks.size();
  ExactOccupancy result;
  result.nonEmpty.assign(n, 0);
  result.rlePadding.assign(n, 0);
  std::sort(indices.begin(), indices.end());
  indices.erase(std::unique(indices.begin(), indices.end()), indices.end());

  // stride[r]: index weight of one coordinate step at rank r.
  std::vector<uint64_t> stride(n, 1);
  for (size_t r = n; r-- > 1;)
    stride[r - 1] = stride[r] * static_cast<uint64_t>(ranks[r].extent);

  for (size_t r = 0; r < n; ++r) {
    const FiberRank &rank = ranks[r];
    bool countRuns = rank.format == RankFormat::RLE;
    uint64_t runLimit = 0;
    if (countRuns) {
      unsigned width = rank.metadataBits
                           ? rank.metadataBits
                           : defaultMetadataBits(rank.format, rank.extent);
      runLimit = width >= 63 ? UINT64_MAX : (uint64_t(1) << width);
    }
    uint64_t extent = static_cast<uint64_t>(rank.extent);
    bool havePrev = false;
    uint64_t prevPrefix = 0, prevFiber = 0, prevCoord = 0;
    for (uint64_t index : indices) {
      uint64_t prefix = index / stride[r];
      if (havePrev && prefix == prevPrefix)
        continue;
      result.nonEmpty[r] += 1;
      if (countRuns) {
        uint64_t fiber = prefix / extent, coord = prefix % extent;
        uint64_t run =
            (havePrev && fiber == prevFiber) ? coord - prevCoord - 1 : coord;
        // A run of z empty coordinates needs floor(z / 2^b) padding entries,
        // each standing for 2^b - 1 zeros plus one explicit zero.
        result.rlePadding[r] += double(run / runLimit);
        prevFiber = fiber;
        prevCoord = coord;
      }
      havePrev = true;
      prevPrefix = prefix;
    }
  }
  return result;
}

uint64_t maxGroupOccupancy(llvm::ArrayRef<FiberRank> ranks,
                           llvm::ArrayRef<uint64_t> indices, size_t rank,
                           uint64_t groupSize) {
  uint64_t stride = 1;
  for (size_t r = rank + 1; r < ranks.size(); ++r)
    stride *= static_cast<uint64_t>(ranks[r].extent);
  uint64_t extent = static_cast<uint64_t>(ranks[rank].extent);
  uint64_t best = 0, count = 0;
  bool havePrev = false;
  uint64_t prevPrefix = 0, prevGroup = 0;
  for (uint64_t index : indices) {
    uint64_t prefix = index / stride;
    if (havePrev && prefix == prevPrefix)
      continue;
    // Groups are numbered across fibers: fiber * groupsPerFiber + group.
    uint64_t group = (prefix / extent) * (extent / groupSize) +
                     (prefix % extent) / groupSize;
    count = (havePrev && group == prevGroup) ? count + 1 : 1;
    best = std::max(best, count);
    havePrev = true;
    prevPrefix = prefix;
    prevGroup = group;
  }
  return best;
}

} // namespace sparseaccel::model
