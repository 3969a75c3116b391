//===- MapNeighborhood.cpp - Mapping candidates and their neighbours ------===//

#include "MapNeighborhood.h"

#include <algorithm>

using namespace sparseaccel::model;

std::vector<int64_t> sparseaccel::model::primeFactors(int64_t n) {
  std::vector<int64_t> out;
  for (int64_t p = 2; p * p <= n; ++p)
    while (n % p == 0) {
      out.push_back(p);
      n /= p;
    }
  if (n > 1)
    out.push_back(n);
  return out;
}

namespace {
int64_t pinned(const std::vector<int64_t> &v, unsigned d) {
  return d < v.size() ? v[d] : 0;
}

std::vector<int64_t> distinctPrimes(int64_t n) {
  std::vector<int64_t> ps = primeFactors(n);
  ps.erase(std::unique(ps.begin(), ps.end()), ps.end());
  return ps;
}

int64_t product(const std::vector<int64_t> &v) {
  int64_t p = 1;
  for (int64_t x : v)
    p *= x;
  return p;
}
} // namespace

std::vector<MapCandidate>
sparseaccel::model::neighborhood(const MapCandidate &c,
                                 const MapSpaceConstraints &cons) {
  std::vector<MapCandidate> out;
  unsigned nl = c.temporal.size(), nd = nl ? c.temporal[0].size() : 0;
  auto free = [&](unsigned l, unsigned d) {
    return !pinned(cons.levels[l].temporalFixed, d);
  };
  // fn(l, axis, lc, fac, other, cap, used) for every fan-out axis the
  // search may choose: its factors, the other axis's, its cap and use.
  auto forEachFreeAxis = [&](auto &&fn) {
    for (unsigned l = 0; l < nl; ++l) {
      const LevelMapConstraint &lc = cons.levels[l];
      if (!lc.spatialFree)
        continue;
      for (int axis = 0; axis < 2; ++axis) {
        const auto &fac = axis == 0 ? c.spatialX[l] : c.spatialY[l];
        const auto &other = axis == 0 ? c.spatialY[l] : c.spatialX[l];
        fn(l, axis, lc, fac, other,
           int64_t(axis == 0 ? lc.maxFanoutX : lc.maxFanoutY), product(fac));
      }
    }
  };
  // Temporal prime moves between levels.
  for (unsigned d = 0; d < nd; ++d)
    for (unsigned from = 0; from < nl; ++from) {
      if (!free(from, d) || c.temporal[from][d] <= 1)
        continue;
      for (int64_t p : distinctPrimes(c.temporal[from][d]))
        for (unsigned to = 0; to < nl; ++to) {
          if (to == from || !free(to, d))
            continue;
          MapCandidate n = c;
          n.temporal[from][d] /= p;
          n.temporal[to][d] *= p;
          out.push_back(std::move(n));
        }
    }
  // Spatial <-> temporal moves on free fan-outs.
  forEachFreeAxis([&](unsigned l, int axis, const LevelMapConstraint &lc,
                      const std::vector<int64_t> &fac,
                      const std::vector<int64_t> &other, int64_t cap,
                      int64_t used) {
    for (unsigned d : lc.spatialDims) {
      if (pinned(lc.spatialFixedX, d))
        continue;
      // temporal -> spatial
      if (other[d] == 1)
        for (unsigned from = 0; from < nl; ++from) {
          if (!free(from, d) || c.temporal[from][d] <= 1)
            continue;
          for (int64_t p : distinctPrimes(c.temporal[from][d])) {
            if (used * p > cap)
              continue;
            MapCandidate n = c;
            n.temporal[from][d] /= p;
            (axis == 0 ? n.spatialX : n.spatialY)[l][d] *= p;
            out.push_back(std::move(n));
          }
        }
      // spatial -> temporal
      if (fac[d] > 1)
        for (int64_t p : distinctPrimes(fac[d]))
          for (unsigned to = 0; to < nl; ++to) {
            if (!free(to, d))
              continue;
            MapCandidate n = c;
            (axis == 0 ? n.spatialX : n.spatialY)[l][d] /= p;
            n.temporal[to][d] *= p;
            out.push_back(std::move(n));
          }
    }
  });
  // Exchanges on a fan-out: one prime of a spatial dimension back to the
  // level's temporal loop and, in the same move, a prime of another
  // dimension onto the fan-out. Alone, either half lowers the fan-out's
  // use, so single moves cannot walk from one full spatial tiling to
  // another.
  forEachFreeAxis([&](unsigned l, int axis, const LevelMapConstraint &lc,
                      const std::vector<int64_t> &fac,
                      const std::vector<int64_t> &other, int64_t cap,
                      int64_t used) {
    for (unsigned a : lc.spatialDims) {
      if (fac[a] <= 1 || pinned(lc.spatialFixedX, a) || !free(l, a))
        continue;
      for (int64_t p : distinctPrimes(fac[a]))
        for (unsigned b : lc.spatialDims) {
          if (b == a || other[b] > 1 || pinned(lc.spatialFixedX, b))
            continue;
          for (unsigned from = 0; from < nl; ++from) {
            if (!free(from, b) || c.temporal[from][b] <= 1)
              continue;
            for (int64_t q : distinctPrimes(c.temporal[from][b])) {
              if (used / p * q > cap)
                continue;
              MapCandidate n = c;
              auto &nf = axis == 0 ? n.spatialX[l] : n.spatialY[l];
              nf[a] /= p;
              n.temporal[l][a] *= p;
              n.temporal[from][b] /= q;
              nf[b] *= q;
              out.push_back(std::move(n));
            }
          }
        }
    }
  });
  // Order swaps among the dimensions that have loops at the level (the
  // order of unit loops changes nothing); the pinned innermost prefix
  // stays.
  for (unsigned l = 0; l < nl; ++l) {
    unsigned fixed = cons.levels[l].permutation.size();
    const auto &order = c.order[l];
    for (unsigned i = fixed; i < order.size(); ++i) {
      unsigned a = order[i];
      if (c.temporal[l][a] * c.spatialX[l][a] * c.spatialY[l][a] <= 1)
        continue;
      for (unsigned j = i + 1; j < order.size(); ++j) {
        unsigned b = order[j];
        if (c.temporal[l][b] * c.spatialX[l][b] * c.spatialY[l][b] <= 1)
          continue;
        MapCandidate n = c;
        std::swap(n.order[l][i], n.order[l][j]);
        out.push_back(std::move(n));
      }
    }
  }
  return out;
}
