//===- TileDensity.cpp - Occupancy laws of tensor tiles -------------------===//

#include "SparseAccel/Model/TileDensity.h"
#include "SparseAccel/Model/Density.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <tuple>

using namespace sparseaccel::model;

TileDensity::TileDensity(const DensitySpec &spec, uint64_t tensorSize,
                         const std::vector<int64_t> &extents)
    : kind_(spec.kind), density_(spec.density), tensorSize_(tensorSize) {
  if (dataDriven()) {
    prefix_ = std::make_shared<std::vector<uint32_t>>(tensorSize + 1, 0);
    auto &pre = *prefix_;
    int64_t rows = extents.size() >= 2 ? extents[extents.size() - 2] : 1;
    int64_t cols = extents.empty() ? int64_t(tensorSize) : extents.back();
    for (uint64_t i = 0; i < tensorSize; ++i) {
      bool nz;
      if (kind_ == DensityKind::ActualData) {
        nz = spec.mask && i < spec.mask->size() && (*spec.mask)[i];
      } else {
        int64_t r = int64_t(i / uint64_t(cols)) % rows,
                c = int64_t(i % uint64_t(cols));
        nz = std::llabs(r - c) <= spec.bandWidth;
      }
      pre[i + 1] = pre[i] + (nz ? 1 : 0);
    }
    nonZeros_ = pre[tensorSize];
    density_ = tensorSize ? double(nonZeros_) / double(tensorSize) : 0.0;
    return;
  }
  if (kind_ == DensityKind::HSS || kind_ == DensityKind::FixedStructured)
    blockRanks_ = spec.hss;
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
  case DensityKind::Banded:
    return "banded";
  case DensityKind::ActualData:
    return "actual-data";
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

/// P(no non-zero among `draws` of `population` points holding `successes`),
/// with the cases that need no log-gamma: a single draw, and draws so many
/// that the probability is below what a double can add to 1 (1e-20).
double TileDensity::hypergeometricEmpty(uint64_t population, uint64_t successes,
                                        uint64_t draws) {
  if (draws == 0 || successes == 0)
    return 1.0;
  uint64_t zeros = population - successes;
  if (draws > zeros)
    return 0.0;
  double ratio = double(zeros) / double(population);
  if (draws == 1)
    return ratio;
  if (double(draws) * std::log(ratio) < -46.0) // ratio^draws < 1e-20
    return 0.0;
  return hypergeometricPmf(population, successes, draws, 0);
}

const std::vector<double> &TileDensity::histogram(uint64_t shape) const {
  auto it = histograms_.find(shape);
  if (it != histograms_.end())
    return it->second;
  std::vector<double> h(shape + 1, 0.0);
  uint64_t chunks = shape ? tensorSize_ / shape : 0;
  const auto &pre = *prefix_;
  for (uint64_t i = 0; i < chunks; ++i)
    h[pre[(i + 1) * shape] - pre[i * shape]] += 1.0;
  if (chunks == 0) {
    // A tile larger than the tensor holds all of it.
    h.assign(shape + 1, 0.0);
    h[std::min<uint64_t>(nonZeros_, shape)] = 1.0;
  } else {
    for (double &v : h)
      v /= double(chunks);
  }
  return histograms_.emplace(shape, std::move(h)).first->second;
}

double TileDensity::prob(uint64_t shape, uint64_t occ,
                         const TileConstraint *c) const {
  if (dataDriven()) {
    // Inside a tile of known occupancy the non-zeros are taken as spread
    // uniformly; otherwise read the chunk histogram of the data.
    if (c && c->shape)
      return hypergeometricPmf(c->shape, c->occupancy,
                               std::min(shape, c->shape), occ);
    const auto &h = histogram(shape);
    return occ < h.size() ? h[occ] : 0.0;
  }
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
  case DensityKind::Banded:
  case DensityKind::ActualData:
    break; // handled above
  case DensityKind::Hypergeometric: {
    uint64_t population = tensorSize_, successes = nonZeros_;
    if (c && c->shape) {
      population = c->shape;
      successes = c->occupancy;
    }
    if (shape > population)
      shape = population;
    if (occ == 0)
      return hypergeometricEmpty(population, successes, shape);
    return hypergeometricPmf(population, successes, shape, occ);
  }
  }
  return 0.0;
}

uint64_t TileDensity::minOccupancy(uint64_t shape) const {
  if (dataDriven()) {
    const auto &h = histogram(shape);
    for (uint64_t k = 0; k < h.size(); ++k)
      if (h[k] > 0)
        return k;
    return 0;
  }
  switch (kind_) {
  case DensityKind::Dense:
    return shape;
  case DensityKind::FixedStructured:
  case DensityKind::HSS:
    return uint64_t(std::floor(double(shape) * density_));
  case DensityKind::Banded:
  case DensityKind::ActualData:
    break;
  case DensityKind::Hypergeometric: {
    uint64_t zeros = tensorSize_ - nonZeros_;
    return shape > zeros ? shape - zeros : 0;
  }
  }
  return 0;
}

double TileDensity::expectedOccupancy(uint64_t shape) const {
  if (dataDriven()) {
    const auto &h = histogram(shape);
    double mean = 0;
    for (uint64_t k = 0; k < h.size(); ++k)
      mean += double(k) * h[k];
    return mean;
  }
  switch (kind_) {
  case DensityKind::Dense:
    return double(shape);
  case DensityKind::Hypergeometric:
    shape = std::min(shape, tensorSize_);
    return tensorSize_ ? double(shape) * double(nonZeros_) / double(tensorSize_)
                       : 0.0;
  default: {
    // Fixed-structured and HSS: floor and ceil weighted to the exact mean.
    double exact = double(shape) * density_;
    double lo = std::floor(exact), pCeil = exact - lo;
    return (1 - pCeil) * lo + pCeil * std::ceil(exact);
  }
  }
}

uint64_t TileDensity::maxOccupancy(uint64_t shape) const {
  if (dataDriven()) {
    const auto &h = histogram(shape);
    for (uint64_t k = h.size(); k > 0; --k)
      if (h[k - 1] > 0)
        return k - 1;
    return 0;
  }
  switch (kind_) {
  case DensityKind::Dense:
    return shape;
  case DensityKind::FixedStructured:
  case DensityKind::HSS:
    return uint64_t(std::ceil(double(shape) * density_));
  case DensityKind::Banded:
  case DensityKind::ActualData:
    break;
  case DensityKind::Hypergeometric:
    return std::min(shape, nonZeros_);
  }
  return shape;
}

void TileDensity::support(uint64_t shape,
                          std::vector<std::pair<uint64_t, double>> &out) const {
  // The mapper asks for the same hypergeometric supports over and over:
  // memoise them per thread (exact values, so results do not change).
  struct Key {
    uint64_t n, k, s;
    bool operator<(const Key &o) const {
      return std::tie(n, k, s) < std::tie(o.n, o.k, o.s);
    }
  };
  thread_local std::map<Key, std::vector<std::pair<uint64_t, double>>> cache;
  bool cacheable = kind_ == DensityKind::Hypergeometric;
  if (cacheable) {
    auto it = cache.find({tensorSize_, nonZeros_, shape});
    if (it != cache.end()) {
      out = it->second;
      return;
    }
  }
  computeSupport(shape, out);
  if (cacheable) {
    if (cache.size() > 4096)
      cache.clear();
    cache[{tensorSize_, nonZeros_, shape}] = out;
  }
}

void TileDensity::computeSupport(
    uint64_t shape, std::vector<std::pair<uint64_t, double>> &out) const {
  out.clear();
  uint64_t lo = minOccupancy(shape), hi = maxOccupancy(shape);
  if (kind_ != DensityKind::Hypergeometric || hi - lo < 64) {
    // (Data-driven laws: the histogram is exact and already normalised.)
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

/// P(none of `draws` children drawn from `population` of which `kept` are
/// kept is kept); `draws` may be fractional (a run that ends inside a
/// block): interpolated between its floor and ceiling.
static double noneKept(double population, double kept, double draws) {
  auto at = [&](uint64_t m) {
    if (m == 0)
      return 1.0;
    if (double(m) > population - kept)
      return 0.0;
    double p = 1.0;
    for (uint64_t i = 0; i < m; ++i)
      p *= (population - kept - double(i)) / (population - double(i));
    return p;
  };
  uint64_t lo = uint64_t(std::floor(draws));
  double frac = draws - double(lo);
  return frac == 0 ? at(lo) : (1 - frac) * at(lo) + frac * at(lo + 1);
}

double TileDensity::blockProbEmpty(uint64_t shape,
                                   const TileConstraint *c) const {
  if (blockRanks_.empty())
    return probEmpty(shape, c);
  if (shape == 0)
    return 1.0;
  // Block sizes: level 0 is a point, level i + 1 a block of h_i level-i
  // blocks; a kept level-i block holds prod_{r < i} g_r non-zeros.
  unsigned levels = unsigned(blockRanks_.size());
  std::vector<double> size(levels + 1, 1.0), held(levels + 1, 1.0);
  for (unsigned i = 0; i < levels; ++i) {
    size[i + 1] = size[i] * double(blockRanks_[i].h);
    held[i + 1] = held[i] * double(blockRanks_[i].g);
  }
  if (held[levels] == 0)
    return 1.0;
  // The smallest block holding a run of `n` points (runs are aligned).
  auto levelOf = [&](uint64_t n) {
    unsigned j = 0;
    while (j < levels && double(n) >= size[j + 1])
      ++j;
    return j; // size[j] <= n < size[j + 1], or j == levels
  };
  unsigned j = levelOf(shape);
  if (j == levels)
    return 0.0; // whole top blocks: each holds prod g non-zeros
  // Which enclosing block is known to be kept: the top one, or the one
  // holding a non-empty enclosing run.
  unsigned known = levels;
  if (c && c->shape && c->shape < uint64_t(size[levels])) {
    if (c->occupancy == 0)
      return 1.0;
    unsigned jc = levelOf(c->shape);
    if (jc == j) {
      // Same block: the enclosing run covers c->shape / size[j] children of
      // which occupancy / held[j] are kept.
      double children = double(c->shape) / size[j];
      double kept = std::min(children, double(c->occupancy) / held[j]);
      return noneKept(children, kept, double(shape) / size[j]);
    }
    known = jc + 1;
  }
  // The run's level-(j + 1) block is kept with the product of the keep
  // ratios of the ranks between it and the known one; within it, the run
  // covers shape / size[j] of h_j children, g_j of them kept.
  double keptBlock = 1.0;
  for (unsigned i = j + 1; i < known && i < levels; ++i)
    keptBlock *= double(blockRanks_[i].g) / double(blockRanks_[i].h);
  double empty = noneKept(double(blockRanks_[j].h), double(blockRanks_[j].g),
                          double(shape) / size[j]);
  return (1 - keptBlock) + keptBlock * empty;
}
