//===- TileDensity.cpp - Occupancy laws of tensor tiles -------------------===//

#include "SparseAccel/Model/TileDensity.h"
#include "SparseAccel/Model/Density.h"

#include <algorithm>
#include <cmath>

using namespace sparseaccel::model;

TileDensity::TileDensity(const DensitySpec &spec, uint64_t tensorSize)
    : kind_(spec.kind), density_(spec.density), tensorSize_(tensorSize) {
  if (kind_ == DensityKind::HSS) {
    // A fibre of every rank keeps g of h children, so any aligned tile holds
    // exactly the product of the ratios: a fixed-structured law.
    double d = 1.0;
    for (const GHRatio &r : spec.hss)
      d *= double(r.g) / double(r.h);
    density_ = double(float(d));
  }
  if (kind_ == DensityKind::Dense)
    density_ = 1.0;
  nonZeros_ = uint64_t(std::ceil(density_ * double(tensorSize_)));
}

const char *TileDensity::typeName() const {
  switch (kind_) {
  case DensityKind::Dense:
  case DensityKind::FixedStructured:
    return "fixed-structured";
  case DensityKind::Hypergeometric:
    return "hypergeometric";
  case DensityKind::HSS:
    return "hss";
  }
  return "unknown";
}

static double fixedProb(double exact, uint64_t occ) {
  double lo = std::floor(exact);
  double pCeil = exact - lo;
  if (lo == double(occ))
    return 1.0 - pCeil;
  if (std::ceil(exact) == double(occ))
    return pCeil;
  return 0.0;
}

double TileDensity::prob(uint64_t shape, uint64_t occ,
                         const TileConstraint *c) const {
  switch (kind_) {
  case DensityKind::Dense:
    return occ == shape ? 1.0 : 0.0;
  case DensityKind::FixedStructured:
  case DensityKind::HSS: {
    double d = density_;
    if (c && c->shape)
      d = double(c->occupancy) / double(c->shape);
    return fixedProb(double(shape) * d, occ);
  }
  case DensityKind::Hypergeometric: {
    uint64_t population = tensorSize_, successes = nonZeros_;
    if (c && c->shape) {
      population = c->shape;
      successes = c->occupancy;
    }
    if (shape > population)
      shape = population;
    return hypergeometricPmf(population, successes, shape, occ);
  }
  }
  return 0.0;
}

uint64_t TileDensity::minOccupancy(uint64_t shape) const {
  switch (kind_) {
  case DensityKind::Dense:
    return shape;
  case DensityKind::FixedStructured:
  case DensityKind::HSS:
    return uint64_t(std::floor(double(shape) * density_));
  case DensityKind::Hypergeometric: {
    uint64_t zeros = tensorSize_ - nonZeros_;
    return shape > zeros ? shape - zeros : 0;
  }
  }
  return 0;
}

uint64_t TileDensity::maxOccupancy(uint64_t shape) const {
  switch (kind_) {
  case DensityKind::Dense:
    return shape;
  case DensityKind::FixedStructured:
  case DensityKind::HSS:
    return uint64_t(std::ceil(double(shape) * density_));
  case DensityKind::Hypergeometric:
    return std::min(shape, nonZeros_);
  }
  return shape;
}

void TileDensity::support(uint64_t shape,
                          std::vector<std::pair<uint64_t, double>> &out) const {
  out.clear();
  uint64_t lo = minOccupancy(shape), hi = maxOccupancy(shape);
  if (kind_ != DensityKind::Hypergeometric || hi - lo < 64) {
    for (uint64_t k = lo; k <= hi; ++k) {
      double p = prob(shape, k);
      if (p != 0)
        out.push_back({k, p});
    }
    return;
  }
  // Walk out from the mode until the terms no longer matter; the law is
  // unimodal so both tails decrease monotonically.
  double mean = double(shape) * double(nonZeros_) / double(tensorSize_);
  uint64_t mode = std::clamp<uint64_t>(uint64_t(mean), lo, hi);
  double peak = prob(shape, mode);
  out.push_back({mode, peak});
  for (uint64_t k = mode; k > lo;) {
    --k;
    double p = prob(shape, k);
    if (p < peak * 1e-16)
      break;
    out.push_back({k, p});
  }
  for (uint64_t k = mode + 1; k <= hi; ++k) {
    double p = prob(shape, k);
    if (p < peak * 1e-16)
      break;
    out.push_back({k, p});
  }
  std::sort(out.begin(), out.end());
  // The log-gamma evaluation leaves the mass a few ulps off 1; expected
  // counts are later rounded up, so renormalise.
  double mass = 0;
  for (auto &kp : out)
    mass += kp.second;
  if (mass > 0)
    for (auto &kp : out)
      kp.second /= mass;
}
