//===- ProgramTest.cpp - Binary programs: round trip, checks, execution ---===//

#include "SparseAccel/Sim/Program.h"
#include "SparseAccel/Sim/Executor.h"

#include "gtest/gtest.h"

#include <random>

using namespace sparseaccel::sim;

namespace {

/// Z[M x N] = X[M x K] x W[K x N], W 2:4 along K, passes of `tile` rows.
Program matmulProgram(unsigned m, unsigned k, unsigned n, unsigned tile,
                      const HssRanks &ranks, std::vector<float> &w,
                      std::mt19937 &rng) {
  // W column-major along K: row c of the packing is column c of W.
  std::vector<float> cols(uint64_t(n) * k, 0.0f);
  uint64_t period = 1;
  for (auto [g, h] : ranks)
    period *= h;
  for (unsigned c = 0; c < n; ++c)
    for (unsigned s = 0; s < k; s += unsigned(period))
      for (unsigned i = 0; i < period; ++i)
        if (i % ranks[0].second < ranks[0].first &&
            (ranks.size() < 2 || i / ranks[0].second < ranks[1].first))
          cols[uint64_t(c) * k + s + i] = float(int(rng() % 9) - 4) + 0.5f;
  w.assign(uint64_t(k) * n, 0.0f);
  for (unsigned c = 0; c < n; ++c)
    for (unsigned kk = 0; kk < k; ++kk)
      w[uint64_t(kk) * n + c] = cols[uint64_t(c) * k + kk];
  Program p;
  p.tensors = {{"x", false, {m, k}}, {"z", true, {m, n}}};
  PackedHss packed;
  std::string err;
  EXPECT_TRUE(packHss(cols, n, k, ranks, 32, packed, err)) << err;
  p.weights.push_back(packed);
  unsigned passes = (m + tile - 1) / tile;
  p.code = {{Opcode::Zero, 0, 0, 1, 0, 0},
            {Opcode::LoadWeights, 0, 0, 0, 0, 0},
            {Opcode::Loop, 0, 0, passes, 0, 0},
            {Opcode::MatMul, 0, uint16_t(tile), 0, 0, 1},
            {Opcode::EndLoop, 0, 0, 0, 0, 0},
            {Opcode::Halt, 0, 0, 0, 0, 0}};
  return p;
}

TEST(Program, RoundTripsAndComputesTheReference) {
  std::mt19937 rng(2);
  for (HssRanks ranks :
       {HssRanks{{2, 4}}, HssRanks{{2, 4}, {2, 4}}, HssRanks{{1, 1}}}) {
    // Odd sizes: M is not a multiple of the pass, N of anything.
    unsigned m = 13, k = 32, n = 7, tile = 4;
    std::vector<float> w;
    Program p = matmulProgram(m, k, n, tile, ranks, w, rng);
    std::vector<uint8_t> bin = serialize(p);
    Program q;
    std::string err;
    ASSERT_TRUE(deserialize(bin, q, err)) << err;
    EXPECT_EQ(serialize(q), bin);
    std::vector<float> x(uint64_t(m) * k);
    for (float &v : x)
      v = rng() % 3 == 0 ? 0.0f : float(int(rng() % 11) - 5);
    std::vector<std::vector<float>> tensors = {x, {}};
    SimStats stats;
    ASSERT_TRUE(execute(q, tensors, stats, err)) << err;
    // An independent reference: the dense triple loop.
    uint64_t effectual = 0;
    for (unsigned i = 0; i < m; ++i)
      for (unsigned j = 0; j < n; ++j) {
        float ref = 0;
        for (unsigned kk = 0; kk < k; ++kk) {
          float a = x[uint64_t(i) * k + kk], b = w[uint64_t(kk) * n + j];
          ref += a * b;
          effectual += a != 0 && b != 0;
        }
        EXPECT_FLOAT_EQ(tensors[1][uint64_t(i) * n + j], ref) << i << "," << j;
      }
    EXPECT_EQ(stats.effectual, effectual);
    EXPECT_EQ(stats.macSlots, uint64_t(q.weights[0].payload.size()) * m);
    EXPECT_EQ(stats.effectual + stats.gated, stats.macSlots);
    EXPECT_GT(stats.cycles, 0u);
  }
}

TEST(Program, CorruptionAndTruncationAreDetected) {
  std::mt19937 rng(4);
  std::vector<float> w;
  Program p = matmulProgram(8, 16, 4, 4, {{2, 4}}, w, rng);
  std::vector<uint8_t> bin = serialize(p);
  Program q;
  std::string err;
  for (size_t at : {size_t(0), size_t(9), bin.size() / 2, bin.size() - 5}) {
    std::vector<uint8_t> bad = bin;
    bad[at] ^= 0x40;
    EXPECT_FALSE(deserialize(bad, q, err)) << at;
    EXPECT_FALSE(err.empty());
  }
  for (size_t len : {size_t(0), size_t(7), size_t(40), bin.size() - 1}) {
    std::vector<uint8_t> cut(bin.begin(), bin.begin() + len);
    EXPECT_FALSE(deserialize(cut, q, err)) << len;
  }
}

TEST(Program, ValidationNamesTheProblem) {
  std::mt19937 rng(5);
  std::vector<float> w;
  std::string err;
  auto expectError = [&](Program p, const char *what) {
    err.clear();
    EXPECT_FALSE(validate(p, err)) << what;
    EXPECT_NE(err.find(what), std::string::npos) << err;
    // The loader refuses the same program.
    Program q;
    EXPECT_FALSE(deserialize(serialize(p), q, err));
  };
  Program base = matmulProgram(8, 16, 4, 4, {{2, 4}}, w, rng);
  Program p = base;
  p.glbBytes = 8;
  expectError(p, "but the GLB holds 8");
  p = base;
  p.code[3].c = 0; // Z is the input
  expectError(p, "is not an output");
  p = base;
  p.code[3].r1 = 3; // 2 passes of 3 rows < 8
  expectError(p, "do not cover X's 8 rows");
  p = base;
  p.code.pop_back();
  expectError(p, "does not end with Halt");
  p = base;
  p.code.erase(p.code.begin() + 4);
  expectError(p, "unterminated Loop");
  p = base;
  p.code[0].op = Opcode(0x42);
  expectError(p, "unknown opcode 66");
  p = base;
  p.tensors[0].shape = {8, 20};
  expectError(p, "shapes do not agree");
  p = base;
  p.weights[0].payload.pop_back();
  expectError(p, "its pattern needs");
}

TEST(Program, InputsOfTheWrongSizeAreRefused) {
  std::mt19937 rng(6);
  std::vector<float> w;
  Program p = matmulProgram(8, 16, 4, 4, {{2, 4}}, w, rng);
  std::vector<std::vector<float>> tensors = {std::vector<float>(7), {}};
  SimStats stats;
  std::string err;
  EXPECT_FALSE(execute(p, tensors, stats, err));
  EXPECT_NE(err.find("input 'x' has 7 values"), std::string::npos) << err;
}

TEST(Program, ListingShowsTheStream) {
  std::mt19937 rng(7);
  std::vector<float> w;
  std::string l = listing(matmulProgram(8, 16, 4, 4, {{2, 4}}, w, rng));
  EXPECT_NE(l.find("packed along K as C0(2:4)"), std::string::npos) << l;
  EXPECT_NE(l.find("loop        2"), std::string::npos) << l;
  EXPECT_NE(l.find("  matmul      t1 += t0 x w0, 4 rows/pass"),
            std::string::npos)
      << l;
}

} // namespace
