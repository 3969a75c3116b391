//===- Density.cpp - Statistical density models ---------------------------===//

#include "SparseAccel/Model/Density.h"

#include <cmath>
#include <limits>

namespace sparseaccel::model {

double logChoose(uint64_t n, uint64_t k) {
  if (k > n)
    return -std::numeric_limits<double>::infinity();
  if (k == 0 || k == n)
    return 0.0;
  return std::lgamma(double(n) + 1) - std::lgamma(double(k) + 1) -
         std::lgamma(double(n - k) + 1);
}

double hypergeometricPmf(uint64_t population, uint64_t successes,
                         uint64_t draws, uint64_t k) {
  if (successes > population || draws > population)
    return 0.0;
  if (k > successes || k > draws || draws - k > population - successes)
    return 0.0;
  // Exact product for the empty case, which dominates the format and SAF
  // models: C(N-K, n) / C(N, n) = prod_{i<n} (N-K-i)/(N-i).
  if (k == 0 && draws <= 4096) {
    double p = 1.0;
    for (uint64_t i = 0; i < draws; ++i)
      p *= double(population - successes - i) / double(population - i);
    return p;
  }
  double logP = logChoose(successes, k) +
                logChoose(population - successes, draws - k) -
                logChoose(population, draws);
  return std::exp(logP);
}

uint64_t UniformDensity::nonZeros() const {
  return static_cast<uint64_t>(std::ceil(density * double(tensorSize)));
}

double UniformDensity::probEmpty(uint64_t tileSize) const {
  if (tileSize == 0)
    return 1.0;
  return hypergeometricPmf(tensorSize, nonZeros(), tileSize, 0);
}

double FixedStructuredDensity::probEmpty(uint64_t tileSize) const {
  double occupancy = double(tileSize) * density;
  double whole = std::floor(occupancy);
  if (whole >= 1.0)
    return 0.0;
  return 1.0 - (occupancy - whole);
}

uint64_t BandedDensity::nonZeros() const {
  uint64_t nnz = side;
  for (uint64_t d = 1; d <= width && d < side; ++d)
    nnz += 2 * (side - d);
  return nnz;
}

double BandedDensity::density() const {
  if (side == 0)
    return 0.0;
  return double(nonZeros()) / (double(side) * double(side));
}

} // namespace sparseaccel::model
