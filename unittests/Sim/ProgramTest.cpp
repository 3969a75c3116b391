//===- ProgramTest.cpp - Binary programs: round trip, checks, execution ---===//

#include "SparseAccel/Sim/Program.h"
#include "SparseAccel/Sim/Executor.h"

#include "gtest/gtest.h"

#include <random>

using namespace sparseaccel::sim;

namespace {

/// Z[M x N] = X[M x K] x W[K x N], W packed along K with `ranks`, in DRAM
/// tiles of tm x tn x tk walked M, K, N (outermost first) so that partial
/// sums go back and forth; GLB steps of 1 x 1 x period.
Program matmulProgram(unsigned m, unsigned k, unsigned n, unsigned tm,
                      unsigned tn, unsigned tk, const HssRanks &ranks,
                      std::vector<float> &w, std::mt19937 &rng) {
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
  p.tensors = {{"x", TensorKind::Input, DType::F32, {m, k}},
               {"z", TensorKind::Output, DType::F32, {m, n}}};
  PackedHss packed;
  std::string err;
  EXPECT_TRUE(packHss(cols, n, k, ranks, 32, packed, err)) << err;
  p.weights.push_back({packed});
  LoopNest nest;
  nest.m = m;
  nest.n = n;
  nest.k = k;
  nest.tile[0] = tm;
  nest.tile[1] = tn;
  nest.tile[2] = tk;
  nest.step[2] = uint32_t(period);
  nest.lanes = 64;
  nest.vfmuShift = uint32_t(period);
  p.nests.push_back(nest);
  p.code = {
      {Opcode::Config, 0, 0, 0, 0, 0},      {Opcode::Zero, 0, 0, 1, 0, 0},
      {Opcode::Loop, 0, 0, m / tm, 0, 0},   {Opcode::Loop, 2, 0, k / tk, 0, 0},
      {Opcode::Load, 1, 0, 0, 0, 0},        {Opcode::Loop, 1, 0, n / tn, 0, 0},
      {Opcode::LoadWeights, 1, 0, 0, 0, 0}, {Opcode::Load, 3, 0, 1, 0, 0},
      {Opcode::MatMul, 0, 0, 0, 0, 1},      {Opcode::Store, 2, 0, 1, 0, 0},
      {Opcode::EndLoop, 0, 0, 0, 0, 0},     {Opcode::EndLoop, 0, 0, 0, 0, 0},
      {Opcode::EndLoop, 0, 0, 0, 0, 0},     {Opcode::Halt, 0, 0, 0, 0, 0}};
  return p;
}

TEST(Program, RoundTripsAndComputesTheReference) {
  std::mt19937 rng(2);
  for (HssRanks ranks :
       {HssRanks{{2, 4}}, HssRanks{{2, 4}, {2, 4}}, HssRanks{{1, 1}}}) {
    // Odd sizes: 13 rows in one tile, 7 columns in one, K in two.
    unsigned m = 13, k = 32, n = 7, tm = 13, tn = 7, tk = 16;
    std::vector<float> w;
    Program p = matmulProgram(m, k, n, tm, tn, tk, ranks, w, rng);
    std::vector<uint8_t> bin = serialize(p);
    Program q;
    std::string err;
    ASSERT_TRUE(deserialize(bin, q, err)) << err;
    EXPECT_EQ(serialize(q), bin);
    std::vector<double> x(uint64_t(m) * k);
    for (double &v : x)
      v = rng() % 3 == 0 ? 0.0f : float(int(rng() % 11) - 5);
    std::vector<std::vector<double>> tensors = {x, {}};
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
    const PackedHss &h = q.weights[0].packed;
    EXPECT_EQ(stats.macSlots, uint64_t(h.payload.size()) * m);
    EXPECT_EQ(stats.effectual + stats.gated, stats.macSlots);
    EXPECT_EQ(stats.macSlots + stats.skipped, uint64_t(m) * n * k);
    // DRAM: X and W once (one M and N tile), Z partial sums back once and
    // out twice (two K tiles).
    EXPECT_EQ(stats.dramReadBytes,
              uint64_t(m) * k * 4 + h.totalBits() / 8 + uint64_t(m) * n * 4);
    EXPECT_EQ(stats.dramWriteBytes, 2 * uint64_t(m) * n * 4);
    // Compute per tile is ceil(slots / lanes).
    uint64_t perTile = uint64_t(h.payload.size()) / 2 * m;
    EXPECT_EQ(stats.computeCycles, 2 * ((perTile + 63) / 64));
    EXPECT_GE(stats.cycles, stats.computeCycles);
  }
}

TEST(Program, TilesOfEveryDimensionCoverTheProblem) {
  std::mt19937 rng(3);
  std::vector<float> w;
  // 3 x 2 x 4 tiles.
  Program p = matmulProgram(12, 64, 6, 4, 3, 16, {{2, 4}, {2, 4}}, w, rng);
  std::vector<double> x(12 * 64);
  for (double &v : x)
    v = float(int(rng() % 7) - 3);
  std::vector<std::vector<double>> tensors = {x, {}};
  SimStats stats;
  std::string err;
  ASSERT_TRUE(execute(p, tensors, stats, err)) << err;
  for (unsigned i = 0; i < 12; ++i)
    for (unsigned j = 0; j < 6; ++j) {
      float ref = 0;
      for (unsigned kk = 0; kk < 64; ++kk)
        ref += x[i * 64 + kk] * w[kk * 6 + j];
      EXPECT_EQ(tensors[1][i * 6 + j], ref);
    }
  // X tiles: 3 M x 4 K, each loaded once; Z: 3 x 4 x 2 stores of 4 x 3.
  EXPECT_EQ(stats.dramWriteBytes, 3u * 4 * 2 * 4 * 3 * 4);
}

TEST(Program, StreamedWeightsAreRefetchedPerIntermediateLoop) {
  // W held below the GLB but streamed: read whole on every GLB step, and
  // again for each iteration of a loop it does not depend on outside one
  // it does (refetch). X bypasses the GLB, so GLB reads are W's alone.
  std::mt19937 rng(10);
  std::vector<float> w;
  Program p = matmulProgram(8, 16, 4, 8, 4, 16, {{2, 4}}, w, rng);
  LoopNest &n = p.nests[0];
  n.step[0] = 2; // 4 M steps over the same W step
  n.glbKeeps = 2;
  n.heldBelow = 2;
  n.streamed = 2;
  std::vector<double> x(8 * 16, 1.0);
  uint64_t reads[2];
  for (unsigned r = 1; r <= 3; r += 2) {
    n.refetch[1] = r;
    std::vector<std::vector<double>> tensors = {x, {}};
    SimStats stats;
    std::string err;
    ASSERT_TRUE(execute(p, tensors, stats, err)) << err;
    reads[r / 2] = stats.glbReadBytes;
  }
  const PackedHss &h = p.weights[0].packed;
  // 4 steps x the whole blob (payload and metadata) per refetch.
  EXPECT_EQ(reads[0], 4 * h.totalBits() / 8);
  EXPECT_EQ(reads[1], 3 * reads[0]);
}

TEST(Program, CorruptionAndTruncationAreDetected) {
  std::mt19937 rng(4);
  std::vector<float> w;
  Program p = matmulProgram(8, 16, 4, 4, 4, 16, {{2, 4}}, w, rng);
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
  Program base = matmulProgram(8, 16, 4, 4, 4, 16, {{2, 4}}, w, rng);
  Program p = base;
  p.glbBytes = 8;
  expectError(p, "but it holds 8");
  p = base;
  p.code[8].c = 0; // Z is the input
  expectError(p, "tensor 'x' cannot be the Z");
  p = base;
  p.code[2].a = 1; // 1 M tile of 4 rows < 8
  expectError(p, "1 tiles of 4 along M do not cover its 8");
  p = base;
  p.nests[0].vfmuShift = 8; // the pattern spans 4
  expectError(p, "VFMU shift is 8");
  p = base;
  p.nests[0].lanes = 2048; // more lanes than MACs
  expectError(p, "1 to 1024 lanes");
  p = base;
  p.nests[0].tile[0] = 3; // does not divide 8
  expectError(p, "dimension M: 8 in tiles of 3");
  p = base;
  p.nests[0].order[1] = 2; // K twice
  expectError(p, "not a permutation");
  p = base;
  p.code.erase(p.code.begin()); // no Config at all
  expectError(p, "before Config");
  p = base;
  p.code[4].r0 = 7;
  expectError(p, "mode 7");
  p = base;
  p.code[3].r0 = 9;
  expectError(p, "loop tag 9");
  p = base;
  p.code.pop_back();
  expectError(p, "does not end with Halt");
  p = base;
  p.code.erase(p.code.begin() + 10);
  expectError(p, "unterminated Loop");
  p = base;
  p.code[1].op = Opcode(0x42);
  expectError(p, "unknown opcode 66");
  p = base;
  p.tensors[0].shape = {8, 20};
  expectError(p, "is not the configured [8x16]");
  p = base;
  p.weights[0].packed.payload.pop_back();
  expectError(p, "its pattern needs");
}

/// i8 x i8 -> i32 is exact where an f32 accumulator is not: K = 4096
/// products of up to 127 x 127 sum past 2^24, and the result wraps at 32
/// bits like the hardware's accumulators.
TEST(Program, IntegerProductsAreBitExact) {
  std::mt19937 rng(9);
  std::vector<float> w;
  unsigned m = 3, k = 4096, n = 5;
  Program p = matmulProgram(m, k, n, 3, 5, 1024, {{2, 4}}, w, rng);
  p.tensors[0].dtype = DType::I8;
  p.tensors[1].dtype = DType::I32;
  // Weights of +-127 where the pattern keeps them.
  std::vector<float> rows(uint64_t(n) * k, 0.0f);
  for (unsigned c = 0; c < n; ++c)
    for (unsigned kk = 0; kk < k; ++kk) {
      float v =
          w[uint64_t(kk) * n + c] != 0.0f ? (kk % 3 ? 127.0f : -128.0f) : 0.0f;
      rows[uint64_t(c) * k + kk] = v;
      w[uint64_t(kk) * n + c] = v;
    }
  std::string err;
  ASSERT_TRUE(packHss(rows, n, k, {{2, 4}}, 32, p.weights[0].packed, err));
  std::vector<double> x(uint64_t(m) * k);
  for (double &v : x)
    v = rng() % 2 ? 127.0 : -127.0;
  x[0] = -128.0;
  std::vector<std::vector<double>> tensors = {x, {}};
  SimStats stats;
  ASSERT_TRUE(execute(p, tensors, stats, err)) << err;
  for (unsigned i = 0; i < m; ++i)
    for (unsigned j = 0; j < n; ++j) {
      int64_t ref = 0;
      for (unsigned kk = 0; kk < k; ++kk)
        ref +=
            int64_t(x[uint64_t(i) * k + kk]) * int64_t(w[uint64_t(kk) * n + j]);
      EXPECT_EQ(tensors[1][uint64_t(i) * n + j],
                double(int32_t(uint32_t(uint64_t(ref)))))
          << i << "," << j;
    }
  // Out-of-range inputs and mixed types are refused.
  tensors = {x, {}};
  tensors[0][5] = 200.0;
  EXPECT_FALSE(execute(p, tensors, stats, err));
  EXPECT_NE(err.find("element 5 is not an i8"), std::string::npos) << err;
  p.tensors[1].dtype = DType::F32;
  EXPECT_FALSE(validate(p, err));
  EXPECT_NE(err.find("i8 x i8 -> i32"), std::string::npos) << err;
}

TEST(Program, InputsOfTheWrongSizeAreRefused) {
  std::mt19937 rng(6);
  std::vector<float> w;
  Program p = matmulProgram(8, 16, 4, 4, 4, 16, {{2, 4}}, w, rng);
  std::vector<std::vector<double>> tensors = {std::vector<double>(7), {}};
  SimStats stats;
  std::string err;
  EXPECT_FALSE(execute(p, tensors, stats, err));
  EXPECT_NE(err.find("input 'x' has 7 values"), std::string::npos) << err;
}

TEST(Program, ListingShowsTheStream) {
  std::mt19937 rng(7);
  std::vector<float> w;
  std::string l = listing(matmulProgram(8, 16, 4, 4, 4, 16, {{2, 4}}, w, rng));
  EXPECT_NE(l.find("packed along K as C0(2:4)"), std::string::npos) << l;
  EXPECT_NE(l.find("0002  loop        2 over M"), std::string::npos) << l;
  EXPECT_NE(l.find("0008        matmul      t1 += t0 x w0"), std::string::npos)
      << l;
  EXPECT_NE(l.find("tiles 4x4x16, GLB steps 1x1x4"), std::string::npos) << l;
}

/// A strided, dilated convolution through the Toeplitz expansion, with
/// G:H weights along C, checked against a direct seven-deep loop nest.
TEST(Program, StridedConvolutionMatchesTheDirectLoopNest) {
  std::mt19937 rng(8);
  const unsigned n = 2, c = 8, h = 11, w = 9, f = 5, kh = 3, kw = 2;
  ConvGeometry g;
  g.kh = kh;
  g.kw = kw;
  g.strideH = 2;
  g.strideW = 3;
  g.dilationH = 1;
  g.dilationW = 2;
  unsigned oh = convOutputExtent(h, kh, 2, 1),
           ow = convOutputExtent(w, kw, 3, 2);
  ASSERT_EQ(oh, 5u);
  ASSERT_EQ(ow, 3u);
  // W[f][c][i][j] with 2:4 along c; packed rows are (i, j, c) flattened.
  std::vector<float> wt(uint64_t(f) * c * kh * kw, 0.0f);
  for (unsigned o = 0; o < f; ++o)
    for (unsigned ch = 0; ch < c; ++ch)
      for (unsigned i = 0; i < kh; ++i)
        for (unsigned j = 0; j < kw; ++j)
          if ((ch + o + i + j) % 4 < 2)
            wt[((uint64_t(o) * c + ch) * kh + i) * kw + j] =
                float(int(rng() % 7) - 3);
  unsigned k = c * kh * kw, m = n * oh * ow;
  std::vector<float> rows(uint64_t(f) * k);
  for (unsigned o = 0; o < f; ++o)
    for (unsigned i = 0; i < kh; ++i)
      for (unsigned j = 0; j < kw; ++j)
        for (unsigned ch = 0; ch < c; ++ch)
          rows[uint64_t(o) * k + (i * kw + j) * c + ch] =
              wt[((uint64_t(o) * c + ch) * kh + i) * kw + j];
  Program p;
  p.tensors = {{"x", TensorKind::Input, DType::F32, {n, c, h, w}},
               {"y", TensorKind::Output, DType::F32, {n, f, oh, ow}},
               {"cols", TensorKind::Scratch, DType::F32, {m, k}},
               {"z", TensorKind::Scratch, DType::F32, {m, f}}};
  PackedHss packed;
  std::string err;
  ASSERT_TRUE(packHss(rows, f, k, {{2, 4}}, 32, packed, err)) << err;
  p.weights.push_back({packed});
  p.convs.push_back(g);
  LoopNest nest;
  nest.m = m;
  nest.n = f;
  nest.k = k;
  unsigned tile = 6, tiles = m / tile; // 30 rows in 5 tiles
  nest.tile[0] = tile;
  nest.tile[1] = f;
  nest.tile[2] = k;
  nest.lanes = 16;
  nest.vfmuShift = 4;
  p.nests.push_back(nest);
  p.code = {
      {Opcode::Config, 0, 0, 0, 0, 0},      {Opcode::Zero, 0, 0, 3, 0, 0},
      {Opcode::LoadWeights, 0, 0, 0, 0, 0}, {Opcode::Loop, 0, 0, tiles, 0, 0},
      {Opcode::Load, 1, 0, 0, 0, 0},        {Opcode::Im2Col, 1, 0, 0, 2, 0},
      {Opcode::MatMul, 0, 0, 0, 2, 3},      {Opcode::RowsToNCHW, 1, 0, 3, 1, 0},
      {Opcode::Store, 2, 0, 1, 0, 0},       {Opcode::Barrier, 0, 0, 0, 0, 0},
      {Opcode::EndLoop, 0, 0, 0, 0, 0},     {Opcode::Halt, 0, 0, 0, 0, 0}};
  Program q;
  ASSERT_TRUE(deserialize(serialize(p), q, err)) << err;
  std::vector<double> x(uint64_t(n) * c * h * w);
  for (double &v : x)
    v = rng() % 4 == 0 ? 0.0f : float(int(rng() % 9) - 4);
  std::vector<std::vector<double>> tensors = {x, {}, {}, {}};
  SimStats stats;
  ASSERT_TRUE(execute(q, tensors, stats, err)) << err;
  for (unsigned b = 0; b < n; ++b)
    for (unsigned o = 0; o < f; ++o)
      for (unsigned y = 0; y < oh; ++y)
        for (unsigned xo = 0; xo < ow; ++xo) {
          float ref = 0;
          for (unsigned ch = 0; ch < c; ++ch)
            for (unsigned i = 0; i < kh; ++i)
              for (unsigned j = 0; j < kw; ++j)
                ref += x[((uint64_t(b) * c + ch) * h + y * 2 + i) * w + xo * 3 +
                         j * 2] *
                       wt[((uint64_t(o) * c + ch) * kh + i) * kw + j];
          // Small integers: exact in f32.
          EXPECT_EQ(tensors[1][((uint64_t(b) * f + o) * oh + y) * ow + xo], ref)
              << b << "," << o << "," << y << "," << xo;
        }
  EXPECT_EQ(stats.macSlots, uint64_t(m) * f * k / 2);
  // A Toeplitz matrix of the wrong shape is refused before running.
  p.tensors[2].shape = {m, k + 1};
  EXPECT_FALSE(validate(p, err));
  EXPECT_NE(err.find("is not [30x49]"), std::string::npos) << err;
}

} // namespace
