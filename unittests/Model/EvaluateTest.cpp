//===- EvaluateTest.cpp - The three steps on hand-computable cases --------===//
//
// Every expected number below is derived in the comment next to it from the
// mapping (dense traffic), the formulas of thesis §4.6.3 / survey Table V
// (format models) or exact combinatorics (leader/follower, Fig. 4-6).
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Model/Evaluate.h"

#include "gtest/gtest.h"

#include <cmath>

using namespace sparseaccel::model;

namespace {

/// Z[m,n] += A[m,k] * B[k,n] on a stack of `levels` storage levels.
struct MatmulBuilder {
  ModelSpec s;
  enum { M, N, K };
  enum { A, B, Z };

  MatmulBuilder(int64_t m, int64_t n, int64_t k, unsigned levels) {
    WorkloadSpec &w = s.workload;
    w.dimNames = {"M", "N", "K"};
    w.bounds = {m, n, k};
    w.dataSpaces = {{"A", {{{M, 1}}, {{K, 1}}}, false},
                    {"B", {{{K, 1}}, {{N, 1}}}, false},
                    {"Z", {{{M, 1}}, {{N, 1}}}, true}};
    w.densities.assign(3, DensitySpec());
    for (unsigned l = 0; l < levels; ++l) {
      StorageLevelSpec sl;
      sl.name = "L" + std::to_string(l);
      sl.isDRAM = l + 1 == levels;
      if (!sl.isDRAM)
        sl.size = 1 << 20;
      sl.instances = 64;
      sl.meshX = sl.meshY = 8;
      sl.metadataStorageWidth = 8;
      sl.metadataStorageDepth = 1 << 20;
      for (unsigned op = 0; op < kNumStorageOps; ++op)
        sl.opEnergy[op] = 1.0;
      s.arch.levels.push_back(sl);
      LevelMappingSpec lm;
      lm.keep = {true, true, true};
      s.mapping.levels.push_back(lm);
      s.sparse.levels.emplace_back();
    }
    s.arch.compute.instances = 64;
    s.arch.compute.meshX = s.arch.compute.meshY = 8;
    s.arch.compute.randomEnergy = 1.0;
  }
  void loop(unsigned level, unsigned dim, int64_t bound,
            LoopKind kind = LoopKind::Temporal) {
    s.mapping.levels[level].loops.push_back({dim, bound, kind});
  }
  EvalResult run() const {
    EvalResult r = evaluate(s);
    EXPECT_TRUE(r.success) << (r.errors.empty() ? "" : r.errors.front());
    return r;
  }
};

const TensorLevelStats &at(const EvalResult &r, unsigned level, unsigned ds) {
  return r.levels.at(level).tensors.at(ds);
}

//===----------------------------------------------------------------------===//
// Step 1: dense traffic
//===----------------------------------------------------------------------===//

TEST(DenseTraffic, TemporalReuse) {
  // L0 holds K2; DRAM loops, innermost first: M4, K4, N2. 64 MACs in all.
  MatmulBuilder b(4, 2, 8, 2);
  b.loop(0, MatmulBuilder::K, 2);
  b.loop(1, MatmulBuilder::M, 4);
  b.loop(1, MatmulBuilder::K, 4);
  b.loop(1, MatmulBuilder::N, 2);
  EvalResult r = b.run();
  EXPECT_EQ(r.compute.algorithmic, 64u);
  // A (m,k): every DRAM step moves its 2-element tile: 2 * 32 fills.
  EXPECT_EQ(at(r, 0, MatmulBuilder::A).tileShape, 2u);
  EXPECT_EQ(at(r, 0, MatmulBuilder::A).fills, 64u);
  EXPECT_EQ(at(r, 0, MatmulBuilder::A).reads, 64u); // one per MAC
  // B (k,n): the innermost M4 loop reuses it, so 2 * (K4 * N2) = 16 fills.
  EXPECT_EQ(at(r, 0, MatmulBuilder::B).fills, 16u);
  EXPECT_EQ(at(r, 1, MatmulBuilder::B).reads, 16u);
  // Z (m,n): K4 sits outside M4, so each tile returns 4 times: 4*4*2 = 32
  // fills; 64 updates at L0; its partition is the 8 outputs.
  EXPECT_EQ(at(r, 0, MatmulBuilder::Z).fills, 32u);
  EXPECT_EQ(at(r, 0, MatmulBuilder::Z).updates, 64u);
  EXPECT_EQ(at(r, 0, MatmulBuilder::Z).partitionSize, 8u);
  EXPECT_EQ(at(r, 0, MatmulBuilder::Z).reads, 64u - 8u);
  // DRAM receives 32 updates; the first touch of each of the 8 outputs
  // needs no read.
  EXPECT_EQ(at(r, 1, MatmulBuilder::Z).updates, 32u);
  EXPECT_EQ(at(r, 1, MatmulBuilder::Z).reads, 24u);
}

TEST(DenseTraffic, MulticastAndSpatialReduction) {
  // DRAM fans out N2 (X) and K2 (Y) to 4 L0 instances; L0 iterates M4, K4.
  MatmulBuilder b(4, 2, 8, 2);
  b.loop(0, MatmulBuilder::M, 4);
  b.loop(0, MatmulBuilder::K, 4);
  b.loop(1, MatmulBuilder::N, 2, LoopKind::SpatialX);
  b.loop(1, MatmulBuilder::K, 2, LoopKind::SpatialY);
  EvalResult r = b.run();
  EXPECT_EQ(at(r, 0, MatmulBuilder::A).utilizedInstances, 4u);
  // A (m,k) ignores N: the two N children share each tile (multicast), the
  // two K children differ: DRAM reads 2 * 16 = 32, not 4 * 16.
  EXPECT_EQ(at(r, 0, MatmulBuilder::A).fills, 16u);
  EXPECT_EQ(at(r, 1, MatmulBuilder::A).reads, 32u);
  // Z (m,n) ignores K: the two K children's partial sums are reduced on the
  // way up, so DRAM sees 2 (N) * 4 outputs.
  EXPECT_EQ(at(r, 0, MatmulBuilder::Z).tileShape, 4u);
  EXPECT_EQ(at(r, 1, MatmulBuilder::Z).updates, 8u);
}

TEST(DenseTraffic, SlidingWindowRefillsOnlyTheNewEdge) {
  // O[p] += I[s*p + r] * W[r], P8 R3: L0 holds R3, DRAM walks P8.
  for (int64_t stride : {1, 2}) {
    ModelSpec s;
    s.workload.dimNames = {"P", "R"};
    s.workload.bounds = {8, 3};
    s.workload.dataSpaces = {{"W", {{{1, 1}}}, false},
                             {"I", {{{0, stride}, {1, 1}}}, false},
                             {"O", {{{0, 1}}}, true}};
    s.workload.densities.assign(3, DensitySpec());
    for (unsigned l = 0; l < 2; ++l) {
      StorageLevelSpec sl;
      sl.name = l ? "DRAM" : "Buf";
      sl.isDRAM = l == 1;
      if (!l)
        sl.size = 64;
      s.arch.levels.push_back(sl);
      LevelMappingSpec lm;
      lm.keep = {true, true, true};
      lm.loops = {{l ? 0u : 1u, l ? 8 : 3, LoopKind::Temporal}};
      s.mapping.levels.push_back(lm);
      s.sparse.levels.emplace_back();
    }
    EvalResult r = evaluate(s);
    ASSERT_TRUE(r.success);
    // The window covers 3 inputs; each step of P shifts it by `stride`:
    // 3 + 7 * min(stride, 3) fills.
    EXPECT_EQ(at(r, 0, 1).tileShape, 3u);
    EXPECT_EQ(at(r, 0, 1).fills, uint64_t(3 + 7 * stride)) << stride;
    // W is reused by every P step: filled once.
    EXPECT_EQ(at(r, 0, 0).fills, 3u);
  }
}

//===----------------------------------------------------------------------===//
// Step 2a: format models (thesis §4.6.3, survey Table V)
//===----------------------------------------------------------------------===//

/// A 8x8 (M outer, K inner) held at one level in `upper` over `lower`.
RankCounts formatCapacity(RankFormat upper, RankFormat lower,
                          DensitySpec density) {
  MatmulBuilder b(8, 1, 8, 1);
  b.s.workload.densities[MatmulBuilder::A] = density;
  b.loop(0, MatmulBuilder::K, 8);
  b.loop(0, MatmulBuilder::M, 8);
  RepresentationSpec rep;
  rep.innerToOuter = true;
  rep.ranks = {{lower, 2, 2, {}}, {upper, 2, 2, {}}};
  b.s.sparse.levels[0].formats[MatmulBuilder::A] = rep;
  EvalResult r = b.run();
  return at(r, 0, MatmulBuilder::A).formatCapacity;
}

TEST(FormatModels, FixedStructuredHalfDense) {
  DensitySpec half = DensitySpec::fixedStructured(0.5);
  // Rank 1 has one fibre of S = 8 (M), rank 0 has 8 fibres of S = 8 (K),
  // each with 4 non-zeros. Rank-0 payloads are the data themselves.
  RankCounts uopCp = formatCapacity(RankFormat::UOP, RankFormat::CP, half);
  EXPECT_EQ(uopCp[1][0], 0);     // UOP: no metadata,
  EXPECT_EQ(uopCp[1][1], 1 * 9); // S + 1 offsets per fibre
  EXPECT_EQ(uopCp[0][0], 8 * 4); // CP: one coordinate per non-zero
  EXPECT_EQ(uopCp[0][1], 0);
  RankCounts uopB = formatCapacity(RankFormat::UOP, RankFormat::B, half);
  EXPECT_EQ(uopB[0][0], 8 * 8); // B: S bits per non-empty fibre
  RankCounts uopRle = formatCapacity(RankFormat::UOP, RankFormat::RLE, half);
  EXPECT_EQ(uopRle[0][0], 8 * 4); // RLE: one run length per non-zero
  RankCounts ubCp = formatCapacity(RankFormat::UB, RankFormat::CP, half);
  EXPECT_EQ(ubCp[1][0], 8); // UB: S bits and S payloads per fibre
  EXPECT_EQ(ubCp[1][1], 8);
  RankCounts cpCp = formatCapacity(RankFormat::CP, RankFormat::CP, half);
  EXPECT_EQ(cpCp[1][0], 8); // no row is empty: 8 coordinates and pointers
  EXPECT_EQ(cpCp[1][1], 8);
}

TEST(FormatModels, HypergeometricCoordinatePayload) {
  // 64 elements at density 0.25: 16 non-zeros placed uniformly. A row of 8
  // is empty with probability C(48,8)/C(64,8); a row's expected non-zeros
  // 8 * 16/64 = 2 (rounded up, as a CP fibre is sized for whole entries).
  DensitySpec quarter = DensitySpec::hypergeometric(0.25);
  RankCounts c = formatCapacity(RankFormat::UOP, RankFormat::CP, quarter);
  double pEmptyRow = 1.0;
  for (int i = 0; i < 8; ++i)
    pEmptyRow *= double(48 - i) / double(64 - i);
  double expected = std::ceil(8 * (1 - pEmptyRow) * 2 - 1e-9);
  EXPECT_EQ(c[0][0], expected);
}

//===----------------------------------------------------------------------===//
// Step 2b: leader/follower identification (thesis Fig. 4-6)
//===----------------------------------------------------------------------===//

/// Skip B <- A at L1 ("Buffer"); L0 ("Reg") holds B only so a B value can
/// stay while the loops that ignore it run.
EvalResult fig46(bool kInnermost) {
  MatmulBuilder b(4, 8, 16, 3);
  b.s.mapping.levels[0].keep = {false, true, false};
  b.s.workload.densities[MatmulBuilder::A] =
      DensitySpec::of(DensityKind::Hypergeometric, 0.5);
  if (kInnermost) {
    b.loop(1, MatmulBuilder::K, 16); // mapping 1: k0 innermost
    b.loop(1, MatmulBuilder::M, 4);
  } else {
    b.loop(1, MatmulBuilder::M, 4); // mapping 2: m0 innermost
    b.loop(1, MatmulBuilder::K, 16);
  }
  b.loop(2, MatmulBuilder::N, 8);
  b.s.sparse.levels[1].actions.push_back(
      {ActionOptKind::Skipping, {{MatmulBuilder::B, {MatmulBuilder::A}}}});
  return b.run();
}

TEST(LeaderFollower, Figure4_6) {
  // Mapping 1: each B value meets one A value; the leader is a scalar of A,
  // empty with probability 32/64.
  EvalResult m1 = fig46(true);
  const TensorLevelStats &b1 = at(m1, 1, MatmulBuilder::B);
  EXPECT_EQ(b1.reads, 16u * 4 * 8);
  EXPECT_EQ(b1.skipped[0], std::floor(double(b1.reads) * 0.5));
  // Mapping 2: B stays in Reg across m0, so one B read serves a column of
  // four A values; it is skipped only if the column is empty:
  // C(32,4)/C(64,4).
  EvalResult m2 = fig46(false);
  const TensorLevelStats &b2 = at(m2, 1, MatmulBuilder::B);
  EXPECT_EQ(b2.reads, 16u * 8);
  double pColumn = (32.0 * 31 * 30 * 29) / (64.0 * 63 * 62 * 61);
  EXPECT_EQ(b2.skipped[0], std::floor(double(b2.reads) * pColumn));
  EXPECT_GT(b1.skipped[0] / b1.reads, 5 * b2.skipped[0] / b2.reads);
}

TEST(LeaderFollower, GatingKeepsTheAccessSlot) {
  // Gating instead of skipping: the same fraction becomes gated reads.
  MatmulBuilder b(4, 1, 16, 2);
  b.s.workload.densities[MatmulBuilder::A] =
      DensitySpec::of(DensityKind::FixedStructured, 0.25);
  b.loop(0, MatmulBuilder::K, 16);
  b.loop(1, MatmulBuilder::M, 4);
  b.s.sparse.levels[0].actions.push_back(
      {ActionOptKind::Gating, {{MatmulBuilder::B, {MatmulBuilder::A}}}});
  EvalResult r = b.run();
  const TensorLevelStats &bs = at(r, 0, MatmulBuilder::B);
  EXPECT_EQ(bs.gated[0], std::floor(double(bs.reads) * 0.75));
  EXPECT_EQ(bs.skipped[0], 0);
  EXPECT_EQ(bs.actual[0] + bs.gated[0], double(bs.reads));
}

TEST(LeaderFollower, SpatialSkippingKeepsInstancesWithNonEmptyTiles) {
  // 8 x 3 instances (M spatial over K spatial) each hold one value of A, a
  // quarter of which are non-zero (fixed-structured: every 3 values hold
  // 0.75 on average). Spatial skipping keeps the instances whose own value
  // is non-zero: 24 x 0.25 = 6. Multiplying a factor per spatial loop would
  // also drop M-groups of three that are empty, 24 x 0.25 x 0.75 = 4.5,
  // fewer instances than there are non-zeros to multiply.
  MatmulBuilder b(8, 1, 3, 2);
  // One DRAM fanning out to the 8 x 8 mesh: with spatial skipping each
  // level's own fan-out must fit the mesh below it.
  b.s.arch.levels[1].instances = 1;
  b.s.arch.levels[1].meshX = b.s.arch.levels[1].meshY = 1;
  b.s.workload.densities[MatmulBuilder::A] = DensitySpec::fixedStructured(0.25);
  b.loop(1, MatmulBuilder::K, 3, LoopKind::SpatialX);
  b.loop(1, MatmulBuilder::M, 8, LoopKind::SpatialY);
  RepresentationSpec rep;
  rep.innerToOuter = true;
  rep.ranks = {{RankFormat::CP, 2, 0, {}}, {RankFormat::UOP, 0, 0, {}}};
  b.s.sparse.levels[0].formats[MatmulBuilder::A] = rep;
  b.s.sparse.levels[1].formats[MatmulBuilder::A] = rep;
  // Both followers skip on A, as HighLight's RF does for Inputs and
  // Outputs on Weights.
  b.s.sparse.levels[1].actions.push_back(
      {ActionOptKind::SpatialSkipping,
       {{MatmulBuilder::B, {MatmulBuilder::A}}}});
  b.s.sparse.levels[1].actions.push_back(
      {ActionOptKind::SpatialSkipping,
       {{MatmulBuilder::Z, {MatmulBuilder::A}}}});
  EvalResult r = b.run();
  EXPECT_EQ(r.compute.utilizedInstances, 6u);
}

//===----------------------------------------------------------------------===//
// Validation of the spec and step 3
//===----------------------------------------------------------------------===//

TEST(Validate, FactorsMustMultiplyToTheProblem) {
  MatmulBuilder b(4, 2, 8, 2);
  b.loop(0, MatmulBuilder::K, 2);
  b.loop(1, MatmulBuilder::M, 4);
  b.loop(1, MatmulBuilder::N, 2); // K only reaches 2 of 8
  EvalResult r = evaluate(b.s);
  ASSERT_FALSE(r.success);
  EXPECT_NE(r.errors.front().find("factors of K multiply to 2"),
            std::string::npos)
      << r.errors.front();
}

TEST(MicroArchitecture, TileMustFit) {
  MatmulBuilder b(4, 2, 8, 2);
  b.s.arch.levels[0].size = 4; // A and B tiles of 8 plus Z's 1 need 17
  b.loop(0, MatmulBuilder::K, 8);
  b.loop(1, MatmulBuilder::M, 4);
  b.loop(1, MatmulBuilder::N, 2);
  EvalResult r = evaluate(b.s);
  ASSERT_FALSE(r.success);
  EXPECT_NE(r.errors.front().find("L0: tiles need 17 words"), std::string::npos)
      << r.errors.front();
}

TEST(MicroArchitecture, FanOutMustFitTheMesh) {
  // 16 children along X of an 8x8 mesh: the instance count (16 <= 64) is
  // fine but the X fan-out is not.
  MatmulBuilder b(4, 16, 8, 2);
  b.loop(0, MatmulBuilder::K, 8);
  b.loop(1, MatmulBuilder::N, 16, LoopKind::SpatialX);
  b.loop(1, MatmulBuilder::M, 4);
  EvalResult r = evaluate(b.s);
  ASSERT_FALSE(r.success);
  EXPECT_EQ(r.errors.front(), "MAC: spatial X fan-out 16 exceeds meshX 8");
}

TEST(MicroArchitecture, BandwidthStretchesCycles) {
  // 64 MACs on one unit: 64 compute cycles. L0 reads A and B once per MAC
  // and Z once per update but the first of each of its 8 outputs; at 1 word
  // per cycle the reads set the pace.
  MatmulBuilder b(4, 2, 8, 2);
  b.loop(0, MatmulBuilder::K, 8);
  b.loop(1, MatmulBuilder::M, 4);
  b.loop(1, MatmulBuilder::N, 2);
  b.s.arch.levels[0].readBandwidth = 1.0;
  EvalResult r = b.run();
  uint64_t reads = at(r, 0, 0).reads + at(r, 0, 1).reads + at(r, 0, 2).reads;
  EXPECT_EQ(r.compute.cycles, 64u);
  EXPECT_EQ(reads, 64u + 64u + (64u - 8u));
  EXPECT_NEAR(double(r.cycles), double(reads), 1.0);
  EXPECT_DOUBLE_EQ(r.levels[0].slowdown, 64.0 / double(reads));
}

TEST(MicroArchitecture, EnergyIsVectorAccessesTimesActionEnergy) {
  // Block size 4 at L0: 64 scalar reads of A are 16 vector reads, and its
  // 8-word tile refilled at each of the 8 DRAM steps is 16 vector fills.
  MatmulBuilder b(4, 2, 8, 2);
  b.loop(0, MatmulBuilder::K, 8);
  b.loop(1, MatmulBuilder::M, 4);
  b.loop(1, MatmulBuilder::N, 2);
  b.s.arch.levels[0].blockSize = 4;
  b.s.arch.levels[0].opEnergy[unsigned(StorageOp::RandomRead)] = 3.0;
  EvalResult r = b.run();
  const TensorLevelStats &a = at(r, 0, MatmulBuilder::A);
  EXPECT_EQ(a.vectorAccesses[unsigned(StorageOp::RandomRead)], 16);
  EXPECT_EQ(a.vectorAccesses[unsigned(StorageOp::RandomFill)], 16);
  EXPECT_DOUBLE_EQ(a.energy, 16 * 3.0 + 16 * 1.0);
}

} // namespace
