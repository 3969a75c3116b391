//===- Density.h - Statistical density models -------------------*- C++ -*-===//
//
// The density models of thesis §4.6.2 (Table 4.1), with the semantics of
// Sparseloop's implementation so that the same numbers come out:
//
//  * fixed-structured: every tile of n elements holds n*d non-zeros
//    (floor or ceil, expectation exactly n*d);
//  * uniform: non-zeros placed uniformly at random; a tile of n elements out
//    of a tensor of N with K = ceil(d*N) non-zeros follows the
//    hypergeometric distribution;
//  * banded: a square 2-D matrix whose non-zeros are |row - col| <= width;
//  * HSS: per-rank G:H ratios (thesis §5.2), exact per fiber.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_DENSITY_H
#define SPARSEACCEL_MODEL_DENSITY_H

#include <cstdint>

namespace sparseaccel::model {

/// log(n choose k); -inf when k > n.
double logChoose(uint64_t n, uint64_t k);

/// P(X = k) for X ~ Hypergeometric(population N, successes K, draws n).
double hypergeometricPmf(uint64_t population, uint64_t successes,
                         uint64_t draws, uint64_t k);

/// Uniformly random non-zeros (Sparseloop "hypergeometric"/"uniform").
struct UniformDensity {
  double density = 1.0;
  uint64_t tensorSize = 0;

  /// Total non-zeros of the tensor: ceil(density * tensorSize).
  uint64_t nonZeros() const;
  /// Probability that a tile of `tileSize` elements holds no non-zero.
  double probEmpty(uint64_t tileSize) const;
};

/// Evenly spread non-zeros (Sparseloop "fixed-structured").
struct FixedStructuredDensity {
  double density = 1.0;

  /// A tile holds floor(n*d) or ceil(n*d) non-zeros, with P(ceil) equal to
  /// the fractional part; it is empty only when floor(n*d) == 0.
  double probEmpty(uint64_t tileSize) const;
};

/// Non-zeros on the band |row - col| <= width of a square matrix.
struct BandedDensity {
  uint64_t width = 0;
  uint64_t side = 0;

  uint64_t nonZeros() const;
  double density() const;
};

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_DENSITY_H
