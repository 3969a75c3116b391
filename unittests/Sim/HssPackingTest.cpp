//===- HssPackingTest.cpp - Hierarchical CP packing and its kernel --------===//

#include "SparseAccel/Sim/HssPacking.h"

#include "gtest/gtest.h"

#include <random>

using namespace sparseaccel::sim;

namespace {

/// A rows x k matrix obeying `ranks` along k with every group full (G
/// non-empty members, random positions, random non-zero values).
std::vector<float> randomHss(unsigned rows, unsigned k, const HssRanks &ranks,
                             std::mt19937 &rng) {
  std::vector<float> m(uint64_t(rows) * k, 0.0f);
  std::uniform_real_distribution<float> val(0.5f, 2.0f);
  uint64_t period = 1;
  for (auto [g, h] : ranks)
    period *= h;
  for (unsigned r = 0; r < rows; ++r) {
    auto fill = [&](auto &self, size_t rank, uint64_t start,
                    uint64_t size) -> void {
      auto [g, h] = ranks[rank];
      std::vector<unsigned> idx(h);
      for (unsigned i = 0; i < h; ++i)
        idx[i] = i;
      std::shuffle(idx.begin(), idx.end(), rng);
      uint64_t member = size / h;
      for (unsigned i = 0; i < g; ++i) {
        if (rank == 0)
          m[uint64_t(r) * k + start + idx[i]] =
              (rng() % 2 ? 1.0f : -1.0f) * val(rng);
        else
          self(self, rank - 1, start + idx[i] * member, member);
      }
    };
    for (uint64_t s = 0; s < k; s += period)
      fill(fill, ranks.size() - 1, s, period);
  }
  return m;
}

const HssRanks kPatterns[] = {{{2, 4}},
                              {{1, 8}},
                              {{2, 4}, {2, 4}},
                              {{2, 4}, {3, 8}},
                              {{2, 4}, {2, 4}, {1, 2}}};

TEST(HssPacking, RoundTripsAndHasTheClosedFormSize) {
  std::mt19937 rng(3);
  for (const HssRanks &ranks : kPatterns) {
    uint64_t period = 1;
    double density = 1, metaPerPeriod = 0, stored = 1;
    for (auto [g, h] : ranks) {
      period *= h;
      density *= double(g) / h;
    }
    // Coordinates per period: rank r stores G(r) coordinates for every
    // stored member of rank r+1.
    for (size_t r = ranks.size(); r-- > 0;) {
      stored *= ranks[r].first;
      metaPerPeriod += stored * coordinateBits(ranks[r].second);
    }
    unsigned rows = 6, k = unsigned(period) * 3;
    std::vector<float> a = randomHss(rows, k, ranks, rng);
    PackedHss p;
    std::string err;
    ASSERT_TRUE(packHss(a, rows, k, ranks, 16, p, err)) << err;
    EXPECT_EQ(unpackHss(p), a);
    EXPECT_EQ(p.payload.size(), uint64_t(rows * k * density + 0.5));
    EXPECT_EQ(p.payloadBits(), p.payload.size() * 16);
    EXPECT_EQ(p.metadataBits(),
              uint64_t(rows) * (k / period) * uint64_t(metaPerPeriod));
  }
}

TEST(HssPacking, SparserGroupsArePaddedToG) {
  // A 2:4 row with one non-zero in its group still stores two entries.
  std::vector<float> a = {0, 0, 3, 0};
  PackedHss p;
  std::string err;
  ASSERT_TRUE(packHss(a, 1, 4, {{2, 4}}, 8, p, err)) << err;
  EXPECT_EQ(p.payload.size(), 2u);
  EXPECT_EQ(unpackHss(p), a);
  EXPECT_EQ(p.metadataBits(), 4u);
}

TEST(HssPacking, RejectsDataOutsideThePattern) {
  PackedHss p;
  std::string err;
  EXPECT_FALSE(packHss({1, 1, 1, 0}, 1, 4, {{2, 4}}, 8, p, err));
  EXPECT_NE(err.find("3 non-empty members in a 2:4 group"), std::string::npos)
      << err;
  EXPECT_FALSE(packHss(std::vector<float>(6, 0), 1, 6, {{2, 4}}, 8, p, err));
  EXPECT_NE(err.find("not a multiple of the pattern's period 4"),
            std::string::npos);
  // Three non-empty blocks of four under C1(2:4).
  std::vector<float> b(16, 0);
  b[0] = b[4] = b[8] = 1;
  EXPECT_FALSE(packHss(b, 1, 16, {{2, 4}, {2, 4}}, 8, p, err));
  EXPECT_FALSE(packHss({1, 0, 0, 0}, 1, 4, {{5, 4}}, 8, p, err));
}

TEST(HssPacking, KernelMatchesADenseLoopNest) {
  std::mt19937 rng(11);
  std::bernoulli_distribution keepB(0.6);
  for (const HssRanks &ranks : kPatterns) {
    uint64_t period = 1;
    for (auto [g, h] : ranks)
      period *= h;
    unsigned m = 5, k = unsigned(period) * 2, n = 7;
    std::vector<float> a = randomHss(m, k, ranks, rng);
    std::vector<float> b(uint64_t(k) * n);
    uint64_t effectual = 0;
    for (float &x : b)
      x = keepB(rng) ? float(int(rng() % 7) - 3) : 0.0f;
    // The reference: a direct triple loop over the dense operands.
    std::vector<float> ref(uint64_t(m) * n, 0.0f);
    for (unsigned i = 0; i < m; ++i)
      for (unsigned kk = 0; kk < k; ++kk)
        for (unsigned j = 0; j < n; ++j) {
          float av = a[i * k + kk], bv = b[uint64_t(kk) * n + j];
          ref[i * n + j] += av * bv;
          effectual += av != 0 && bv != 0;
        }
    PackedHss p;
    std::string err;
    ASSERT_TRUE(packHss(a, m, k, ranks, 32, p, err)) << err;
    std::vector<float> z(uint64_t(m) * n, 0.0f);
    MacCounts c = hssMatmul(p, b.data(), n, z.data());
    for (size_t i = 0; i < z.size(); ++i)
      EXPECT_FLOAT_EQ(z[i], ref[i]) << i;
    EXPECT_EQ(c.effectual, effectual);
    EXPECT_EQ(c.effectual + c.gated, p.payload.size() * n);
  }
}

TEST(BitStream, FieldsOfAnyWidth) {
  BitStream s;
  s.write(5, 3);
  s.write(0, 1);
  s.write(0x3ff, 10);
  s.write(1, 1);
  EXPECT_EQ(s.sizeInBits(), 15u);
  uint64_t pos = 0;
  EXPECT_EQ(s.read(pos, 3), 5u);
  EXPECT_EQ(s.read(pos, 1), 0u);
  EXPECT_EQ(s.read(pos, 10), 0x3ffu);
  EXPECT_EQ(s.read(pos, 1), 1u);
  // Reading past the end yields zeros, never out-of-bounds access.
  EXPECT_EQ(s.read(pos, 8), 0u);
}

} // namespace
