//===- DensityTest.cpp - Density models against exact combinatorics -------===//

#include "SparseAccel/Model/Density.h"

#include "gtest/gtest.h"

#include <cmath>
#include <cstdint>

using namespace sparseaccel::model;

namespace {

/// Number of k-element subsets of an n-element set, by Pascal's triangle.
uint64_t choose(unsigned n, unsigned k) {
  std::vector<std::vector<uint64_t>> c(n + 1, std::vector<uint64_t>(n + 1, 0));
  for (unsigned i = 0; i <= n; ++i) {
    c[i][0] = 1;
    for (unsigned j = 1; j <= i; ++j)
      c[i][j] = c[i - 1][j - 1] + (j <= i - 1 ? c[i - 1][j] : 0);
  }
  return k <= n ? c[n][k] : 0;
}

/// P(X = k) by enumerating every placement of `successes` non-zeros among
/// `population` positions and counting those with exactly k in the first
/// `draws` positions.
double bruteForceHypergeometric(unsigned population, unsigned successes,
                                unsigned draws, unsigned k) {
  uint64_t hits = 0, total = 0;
  for (uint32_t mask = 0; mask < (1u << population); ++mask) {
    if (static_cast<unsigned>(__builtin_popcount(mask)) != successes)
      continue;
    ++total;
    unsigned inTile = __builtin_popcount(mask & ((1u << draws) - 1));
    hits += inTile == k;
  }
  return double(hits) / double(total);
}

TEST(Density, LogChooseMatchesPascal) {
  for (unsigned n = 0; n <= 20; ++n)
    for (unsigned k = 0; k <= n; ++k)
      EXPECT_NEAR(std::exp(logChoose(n, k)), double(choose(n, k)),
                  1e-9 * double(choose(n, k)))
          << n << " choose " << k;
  EXPECT_TRUE(std::isinf(logChoose(3, 4)));
}

TEST(Density, HypergeometricMatchesEnumeration) {
  for (unsigned population : {6u, 10u, 12u})
    for (unsigned successes = 0; successes <= population; successes += 3)
      for (unsigned draws = 1; draws <= population; draws += 2)
        for (unsigned k = 0; k <= draws; ++k)
          EXPECT_NEAR(hypergeometricPmf(population, successes, draws, k),
                      bruteForceHypergeometric(population, successes, draws, k),
                      1e-12)
              << "N=" << population << " K=" << successes << " n=" << draws
              << " k=" << k;
}

TEST(Density, HypergeometricSumsToOne) {
  double sum = 0;
  for (uint64_t k = 0; k <= 300; ++k)
    sum += hypergeometricPmf(100000, 25000, 300, k);
  EXPECT_NEAR(sum, 1.0, 1e-9);
}

TEST(Density, EmptyProbabilityIsContinuousAcrossEvaluationPaths) {
  // draws <= 4096 uses an exact product, above that lgamma; both must agree.
  double below = hypergeometricPmf(1u << 20, 1000, 4096, 0);
  double above = hypergeometricPmf(1u << 20, 1000, 4097, 0);
  double ratio = double((1u << 20) - 1000 - 4096) / double((1u << 20) - 4096);
  EXPECT_NEAR(above / below, ratio, 1e-6);
}

TEST(Density, UniformUsesCeilOfDensityTimesSize) {
  UniformDensity uniform{0.3, 10};
  EXPECT_EQ(uniform.nonZeros(), 3u);
  UniformDensity rounding{0.31, 10};
  EXPECT_EQ(rounding.nonZeros(), 4u);
  // A 4-element tile of a 10-element tensor with 3 non-zeros is empty with
  // probability C(7,4)/C(10,4) = 35/210.
  EXPECT_NEAR(uniform.probEmpty(4), 35.0 / 210.0, 1e-12);
  EXPECT_NEAR(uniform.probEmpty(4), bruteForceHypergeometric(10, 3, 4, 0),
              1e-12);
  EXPECT_EQ(uniform.probEmpty(0), 1.0);
  EXPECT_EQ((UniformDensity{1.0, 64}.probEmpty(1)), 0.0);
}

TEST(Density, FixedStructuredIsEmptyOnlyBelowOneNonZero) {
  FixedStructuredDensity quarter{0.25};
  EXPECT_DOUBLE_EQ(quarter.probEmpty(1), 0.75);
  EXPECT_DOUBLE_EQ(quarter.probEmpty(2), 0.5);
  EXPECT_DOUBLE_EQ(quarter.probEmpty(4), 0.0);
  EXPECT_DOUBLE_EQ(quarter.probEmpty(7), 0.0);
  EXPECT_DOUBLE_EQ(FixedStructuredDensity{0.0}.probEmpty(1000), 1.0);
}

TEST(Density, BandedCountsTheDiagonals) {
  // |i - j| <= w on an n x n matrix, counted by brute force.
  for (uint64_t side : {1u, 4u, 9u})
    for (uint64_t width : {0u, 1u, 3u, 20u}) {
      uint64_t count = 0;
      for (uint64_t i = 0; i < side; ++i)
        for (uint64_t j = 0; j < side; ++j)
          count += (i > j ? i - j : j - i) <= width;
      BandedDensity banded{width, side};
      EXPECT_EQ(banded.nonZeros(), count) << side << " " << width;
      EXPECT_DOUBLE_EQ(banded.density(), double(count) / double(side * side));
    }
}

} // namespace
