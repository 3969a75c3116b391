//===- TileDensity.h - Occupancy laws of tensor tiles -----------*- C++ -*-===//
//
// Answers the questions the sparse analysis asks of a
// density model: the probability that a tile of `shape` points holds `occ`
// non-zeros, optionally knowing that an enclosing tile of `constraintShape`
// points holds `constraintOcc` non-zeros.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_TILEDENSITY_H
#define SPARSEACCEL_MODEL_TILEDENSITY_H

#include "SparseAccel/Model/Spec.h"

#include <cstdint>
#include <map>
#include <memory>
#include <vector>

namespace sparseaccel::model {

struct TileConstraint {
  uint64_t shape = 0;
  uint64_t occupancy = 0;
};

class TileDensity {
public:
  TileDensity() = default;
  /// `extents`: the data space's axis sizes, outermost first (Banded needs
  /// the last two).
  TileDensity(const DensitySpec &spec, uint64_t tensorSize,
              const std::vector<int64_t> &extents = {});

  DensityKind kind() const { return kind_; }
  double density() const { return density_; }
  const char *typeName() const;

  double prob(uint64_t shape, uint64_t occ,
              const TileConstraint *c = nullptr) const;
  double probEmpty(uint64_t shape, const TileConstraint *c = nullptr) const {
    return prob(shape, 0, c);
  }
  /// P(an aligned run of `shape` points along the structured axis holds
  /// nothing), for the format ranks of hierarchically structured data
  /// (DensitySpec::hss on a fixed-structured law): a G:H rank keeps G of H
  /// blocks, so a block is empty with the probability that its ancestors
  /// dropped it, however dense the data are on average. Other laws: probEmpty.
  double blockProbEmpty(uint64_t shape,
                        const TileConstraint *c = nullptr) const;
  uint64_t minOccupancy(uint64_t shape) const;
  /// Mean occupancy of a tile of `shape` points, in closed form.
  double expectedOccupancy(uint64_t shape) const;
  uint64_t maxOccupancy(uint64_t shape) const;

  /// The occupancies worth enumerating for an expectation, with their
  /// probabilities (negligible tails of the hypergeometric law are dropped).
  void support(uint64_t shape,
               std::vector<std::pair<uint64_t, double>> &out) const;

  static double hypergeometricEmpty(uint64_t population, uint64_t successes,
                                    uint64_t draws);

private:
  void computeSupport(uint64_t shape,
                      std::vector<std::pair<uint64_t, double>> &out) const;
  /// Data-driven laws: occupancy histogram of the aligned row-major chunks
  /// of `shape` elements, from a prefix sum of the non-zero mask.
  const std::vector<double> &histogram(uint64_t shape) const;
  bool dataDriven() const {
    return kind_ == DensityKind::Banded || kind_ == DensityKind::ActualData;
  }

  /// Hierarchical G:H ranks, innermost first (empty: unstructured law).
  std::vector<GHRatio> blockRanks_;
  DensityKind kind_ = DensityKind::Dense;
  double density_ = 1.0;
  uint64_t tensorSize_ = 0;
  uint64_t nonZeros_ = 0;
  std::shared_ptr<std::vector<uint32_t>> prefix_; // nnz before element i
  mutable std::map<uint64_t, std::vector<double>> histograms_;
};

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_TILEDENSITY_H
