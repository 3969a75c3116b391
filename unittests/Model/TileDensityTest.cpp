//===- TileDensityTest.cpp - Tile occupancy laws vs exact counting --------===//

#include "SparseAccel/Model/TileDensity.h"

#include "gtest/gtest.h"

#include <cmath>

using namespace sparseaccel::model;

namespace {

/// P(a tile of `draws` positions holds k non-zeros) by enumerating every
/// placement of `nnz` non-zeros among `n` positions.
double countPlacements(unsigned n, unsigned nnz, unsigned draws, unsigned k) {
  uint64_t hits = 0, total = 0;
  for (uint32_t mask = 0; mask < (1u << n); ++mask) {
    if (unsigned(__builtin_popcount(mask)) != nnz)
      continue;
    ++total;
    hits += unsigned(__builtin_popcount(mask & ((1u << draws) - 1))) == k;
  }
  return double(hits) / double(total);
}

DensitySpec spec(DensityKind kind, double d) {
  return DensitySpec::of(kind, d);
}

TEST(TileDensity, HypergeometricMatchesCounting) {
  // 16 positions, density 0.4 -> ceil(6.4) = 7 non-zeros.
  TileDensity law(spec(DensityKind::Hypergeometric, 0.4), 16);
  for (unsigned draws : {1u, 3u, 8u, 16u})
    for (unsigned k = 0; k <= draws; ++k)
      EXPECT_NEAR(law.prob(draws, k), countPlacements(16, 7, draws, k), 1e-12)
          << "draws " << draws << " k " << k;
}

TEST(TileDensity, HypergeometricEmptyTile) {
  // P(empty) = C(N-K, n) / C(N, n) with N = 20, K = ceil(0.25 * 20) = 5.
  TileDensity law(spec(DensityKind::Hypergeometric, 0.25), 20);
  double expected = 1.0;
  for (unsigned i = 0; i < 4; ++i)
    expected *= double(15 - i) / double(20 - i);
  EXPECT_NEAR(law.probEmpty(4), expected, 1e-12);
}

TEST(TileDensity, ConstraintReplacesThePopulation) {
  // Knowing the enclosing 12-point tile holds 3 non-zeros, a 4-point
  // sub-tile follows Hypergeometric(12, 3, 4) whatever the tensor density.
  TileDensity law(spec(DensityKind::Hypergeometric, 0.9), 1000);
  TileConstraint c{12, 3};
  for (unsigned k = 0; k <= 3; ++k)
    EXPECT_NEAR(law.prob(4, k, &c), countPlacements(12, 3, 4, k), 1e-12);
}

TEST(TileDensity, SupportSumsToOneAndKeepsTheMean) {
  TileDensity law(spec(DensityKind::Hypergeometric, 0.3), 1 << 20);
  std::vector<std::pair<uint64_t, double>> support;
  law.support(4096, support);
  double mass = 0, mean = 0;
  for (auto [k, p] : support) {
    mass += p;
    mean += p * double(k);
  }
  EXPECT_NEAR(mass, 1.0, 1e-12);
  // Mean of the hypergeometric law: n * K / N.
  double nnz = std::ceil(0.3 * double(1 << 20));
  EXPECT_NEAR(mean, 4096.0 * nnz / double(1 << 20), 1e-6);
  // The mode region alone is far smaller than the full 0..4096 range.
  EXPECT_LT(support.size(), 4096u);
}

TEST(TileDensity, FixedStructuredFloorAndCeil) {
  // 10 points at density 0.25 hold 2 or 3 non-zeros, 3 with P = 0.5 so the
  // mean is exactly 2.5.
  TileDensity law(spec(DensityKind::FixedStructured, 0.25), 100);
  EXPECT_EQ(law.minOccupancy(10), 2u);
  EXPECT_EQ(law.maxOccupancy(10), 3u);
  EXPECT_DOUBLE_EQ(law.prob(10, 3), 0.5);
  EXPECT_DOUBLE_EQ(law.prob(10, 2), 0.5);
  EXPECT_DOUBLE_EQ(law.prob(10, 4), 0.0);
  // 8 points: exactly 2, never empty.
  EXPECT_DOUBLE_EQ(law.prob(8, 2), 1.0);
  EXPECT_DOUBLE_EQ(law.probEmpty(8), 0.0);
  // A single point is empty with probability 1 - d.
  EXPECT_DOUBLE_EQ(law.probEmpty(1), 0.75);
}

TEST(TileDensity, HssIsTheProductOfRankRatios) {
  // C1(2:4) -> C0(2:4): density 1/4, and an aligned 16-point tile holds 4.
  DensitySpec d = DensitySpec::hierarchical({{2, 4}, {2, 4}});
  TileDensity law(d, 1024);
  EXPECT_DOUBLE_EQ(law.density(), 0.25);
  EXPECT_DOUBLE_EQ(law.prob(16, 4), 1.0);
  EXPECT_DOUBLE_EQ(law.probEmpty(16), 0.0);
}

TEST(TileDensity, ActualDataUsesTheChunkHistogram) {
  // 12 elements: chunks of 4 hold 2, 0 and 4 non-zeros.
  auto mask = std::make_shared<std::vector<uint8_t>>(
      std::vector<uint8_t>{1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1});
  TileDensity law(DensitySpec::actualData(mask), 12);
  EXPECT_DOUBLE_EQ(law.density(), 6.0 / 12.0);
  EXPECT_DOUBLE_EQ(law.prob(4, 2), 1.0 / 3);
  EXPECT_DOUBLE_EQ(law.prob(4, 0), 1.0 / 3);
  EXPECT_DOUBLE_EQ(law.prob(4, 4), 1.0 / 3);
  EXPECT_DOUBLE_EQ(law.prob(4, 1), 0.0);
  EXPECT_EQ(law.minOccupancy(4), 0u);
  EXPECT_EQ(law.maxOccupancy(4), 4u);
  // Scalars: empty with probability 6/12.
  EXPECT_DOUBLE_EQ(law.probEmpty(1), 0.5);
  // Inside a tile of known occupancy, uniform placement (hypergeometric).
  TileConstraint c{4, 2};
  EXPECT_NEAR(law.prob(2, 0, &c), countPlacements(4, 2, 2, 0), 1e-12);
}

TEST(TileDensity, BandedMatchesTheDiagonalCount) {
  // 6x6 matrix, |r - c| <= 1: 6 + 2*5 = 16 non-zeros; each row of 6 holds
  // 2 (first and last rows) or 3.
  TileDensity law(DensitySpec::banded(1), 36, {6, 6});
  EXPECT_DOUBLE_EQ(law.density(), 16.0 / 36.0);
  EXPECT_DOUBLE_EQ(law.prob(6, 2), 2.0 / 6);
  EXPECT_DOUBLE_EQ(law.prob(6, 3), 4.0 / 6);
}

TEST(TileDensity, DenseIsAlwaysFull) {
  TileDensity law(spec(DensityKind::Dense, 1.0), 64);
  EXPECT_DOUBLE_EQ(law.prob(8, 8), 1.0);
  EXPECT_DOUBLE_EQ(law.probEmpty(8), 0.0);
}

} // namespace

// C1(2:4)->C0(2:4) at 1/4: a 4-point block is kept by rank 1 with 2/4, so
// it is empty half the time (a fixed-structured law never empties it); a
// 2-point run inside a kept block misses both of its 2 non-zeros with
// C(2,2)/C(4,2) = 1/6; a whole 16-point top block always holds 4. Knowing
// that an 8-point run holds 2 non-zeros (one kept block of its two), each
// 4-point half is empty with 1/2; knowing it holds 4, never.
TEST(TileDensity, HierarchicalBlocksFollowTheRanks) {
  DensitySpec spec = DensitySpec::fixedStructured(0.25);
  spec.hss = {{2, 4}, {2, 4}}; // innermost first
  TileDensity d(spec, 1024);
  EXPECT_DOUBLE_EQ(d.blockProbEmpty(4), 0.5);
  EXPECT_DOUBLE_EQ(d.probEmpty(4), 0.0);
  EXPECT_DOUBLE_EQ(d.blockProbEmpty(2), 0.5 + 0.5 * (1.0 / 6.0));
  EXPECT_DOUBLE_EQ(d.blockProbEmpty(16), 0.0);
  EXPECT_DOUBLE_EQ(d.blockProbEmpty(64), 0.0);
  TileConstraint two{8, 2}, four{8, 4}, none{8, 0};
  EXPECT_DOUBLE_EQ(d.blockProbEmpty(4, &two), 0.5);
  EXPECT_DOUBLE_EQ(d.blockProbEmpty(4, &four), 0.0);
  EXPECT_DOUBLE_EQ(d.blockProbEmpty(4, &none), 1.0);
  // Without ranks it is the law's own emptiness.
  TileDensity flat(DensitySpec::fixedStructured(0.25), 1024);
  EXPECT_DOUBLE_EQ(flat.blockProbEmpty(4), flat.probEmpty(4));
}
