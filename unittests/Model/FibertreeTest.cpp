//===- FibertreeTest.cpp - Packed fibertree footprints --------------------===//
//
// Checks the per-rank storage rules against the survey's closed forms
// (Table V) and against brute-force counting on concrete tensors.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Model/Fibertree.h"
#include "SparseAccel/Model/Density.h"

#include "gtest/gtest.h"

#include <random>
#include <set>

using namespace sparseaccel::model;

namespace {

FiberRank rank(int64_t extent, RankFormat format, unsigned md = 0,
               unsigned offsets = 0) {
  FiberRank r;
  r.extent = extent;
  r.format = format;
  r.metadataBits = md;
  r.offsetBits = offsets;
  return r;
}

TEST(RankFormat, NamesRoundTrip) {
  for (RankFormat f : {RankFormat::U, RankFormat::B, RankFormat::CP,
                       RankFormat::UOP, RankFormat::RLE, RankFormat::UB})
    EXPECT_EQ(parseRankFormat(toString(f)), f);
  EXPECT_FALSE(parseRankFormat("CSR").has_value());
  EXPECT_EQ(bitsFor(0), 1u);
  EXPECT_EQ(bitsFor(1), 1u);
  EXPECT_EQ(bitsFor(4), 3u);
  EXPECT_EQ(bitsFor(255), 8u);
  EXPECT_EQ(defaultMetadataBits(RankFormat::CP, 4), 2u);
  EXPECT_EQ(defaultMetadataBits(RankFormat::CP, 5), 3u);
  EXPECT_EQ(defaultMetadataBits(RankFormat::B, 1000), 1u);
  EXPECT_EQ(defaultMetadataBits(RankFormat::U, 1000), 0u);
}

TEST(Fibertree, CSRMatchesSurveyFormula) {
  // Survey Table V: CSR bits = NNZ*ceil(log2 N) + (M+1)*ceil(log2(NNZ+1)),
  // with the offset width set to the data-dependent one the survey uses.
  int64_t m = 512, n = 2048;
  double nnz = 0.1 * m * n;
  unsigned offsetBits = bitsFor(static_cast<uint64_t>(nnz));
  std::vector<FiberRank> csr = {rank(m, RankFormat::UOP, 0, offsetBits),
                                rank(n, RankFormat::CP)};
  Footprint fp = computeFootprint(csr, {double(m), nnz}, ValueFormat{16});
  EXPECT_DOUBLE_EQ(fp.formatBits(), nnz * 11 + (m + 1) * offsetBits);
  EXPECT_DOUBLE_EQ(fp.valueBits, nnz * 16);
  EXPECT_DOUBLE_EQ(fp.ranks[0].storedCoords, m);
  EXPECT_DOUBLE_EQ(fp.ranks[1].fibers, m);
}

TEST(Fibertree, DefaultOffsetWidthCoversTheDenseTensor) {
  std::vector<FiberRank> csr = {rank(64, RankFormat::UOP),
                                rank(128, RankFormat::CP)};
  Footprint fp = computeFootprint(csr, {64, 100}, ValueFormat{8});
  EXPECT_EQ(fp.ranks[0].offsetWidth, bitsFor(64 * 128));
  EXPECT_DOUBLE_EQ(fp.ranks[0].offsetBits, 65.0 * 14);
}

TEST(Fibertree, BitmaskAndCoordinateOverheads) {
  // Thesis §4.6.3: B costs one bit per element whatever the density, RLE
  // and CP one field per non-empty element.
  for (double nnz : {0.0, 10.0, 64.0}) {
    Footprint b =
        computeFootprint({rank(64, RankFormat::B)}, {nnz}, ValueFormat{8});
    EXPECT_DOUBLE_EQ(b.formatBits(), 64);
    EXPECT_DOUBLE_EQ(b.valueBits, nnz * 8);
    Footprint rle =
        computeFootprint({rank(64, RankFormat::RLE, 3)}, {nnz}, ValueFormat{8});
    EXPECT_DOUBLE_EQ(rle.formatBits(), nnz * 3);
    Footprint cp =
        computeFootprint({rank(64, RankFormat::CP)}, {nnz}, ValueFormat{8});
    EXPECT_DOUBLE_EQ(cp.formatBits(), nnz * 6);
    Footprint ub =
        computeFootprint({rank(64, RankFormat::UB)}, {nnz}, ValueFormat{8});
    EXPECT_DOUBLE_EQ(ub.formatBits(), 64);
    EXPECT_DOUBLE_EQ(ub.valueBits, 64 * 8);
  }
}

TEST(Fibertree, CompressedChildrenNeedPointersUnlessFixedLength) {
  // CSF = CP-CP: the top CP rank stores one pointer per coordinate.
  std::vector<FiberRank> csf = {rank(16, RankFormat::CP),
                                rank(16, RankFormat::CP)};
  Footprint fp = computeFootprint(csf, {5, 20}, ValueFormat{8});
  EXPECT_DOUBLE_EQ(fp.ranks[0].offsetBits, 5.0 * bitsFor(256));
  EXPECT_DOUBLE_EQ(fp.ranks[1].offsetBits, 0);
  // With a fixed 2:4 occupancy below, positions are implicit.
  FiberRank fixed = rank(4, RankFormat::CP);
  fixed.fixedG = 2;
  fixed.fixedH = 4;
  Footprint hss = computeFootprint({rank(16, RankFormat::CP), fixed}, {5, 7},
                                   ValueFormat{8});
  EXPECT_DOUBLE_EQ(hss.ranks[0].offsetBits, 0);
  // Padded: every stored fiber holds exactly G of each H coordinates.
  EXPECT_DOUBLE_EQ(hss.ranks[1].storedCoords, 10);
  EXPECT_DOUBLE_EQ(hss.valueBits, 80);
}

TEST(Fibertree, HierarchicalRatiosMultiply) {
  // Thesis §5.2.1: C1(3:4) -> C0(2:4) keeps 3/4 * 2/4 of the values.
  std::vector<double> ne = nonEmptyFromRatios({8, 4, 4}, {1.0, 0.75, 0.5});
  EXPECT_DOUBLE_EQ(ne[0], 8);
  EXPECT_DOUBLE_EQ(ne[1], 24);
  EXPECT_DOUBLE_EQ(ne[2], 48);
  EXPECT_DOUBLE_EQ(ne[2] / (8 * 4 * 4), 1 - 0.625);
}

TEST(Fibertree, TileModelMatchesEnumeration) {
  // A 2x4 tensor with 3 uniformly placed non-zeros: the expected number of
  // non-empty rows, by enumerating all C(8,3) placements.
  double rowsTotal = 0;
  int placements = 0;
  for (uint32_t mask = 0; mask < 256; ++mask) {
    if (__builtin_popcount(mask) != 3)
      continue;
    ++placements;
    rowsTotal += ((mask & 0x0f) != 0) + ((mask & 0xf0) != 0);
  }
  UniformDensity uniform{3.0 / 8.0, 8};
  std::vector<double> ne = nonEmptyFromTileModel(
      {2, 4}, [&](uint64_t n) { return uniform.probEmpty(n); });
  EXPECT_NEAR(ne[0], rowsTotal / placements, 1e-12);
  EXPECT_NEAR(ne[1], 3.0, 1e-12);
}

TEST(Fibertree, ExactCountsMatchBruteForce) {
  std::mt19937 rng(7);
  std::vector<FiberRank> ranks = {rank(6, RankFormat::UOP),
                                  rank(5, RankFormat::CP),
                                  rank(8, RankFormat::B)};
  for (int trial = 0; trial < 20; ++trial) {
    std::vector<uint64_t> indices;
    std::set<uint64_t> rows, rowCols;
    for (uint64_t i = 0; i < 6 * 5 * 8; ++i) {
      if (rng() % 7 == 0) {
        indices.push_back(i);
        rows.insert(i / 40);
        rowCols.insert(i / 8);
      }
    }
    size_t nnz = indices.size();
    ExactOccupancy occ = occupancyFromIndices(ranks, indices);
    EXPECT_DOUBLE_EQ(occ.nonEmpty[0], double(rows.size()));
    EXPECT_DOUBLE_EQ(occ.nonEmpty[1], double(rowCols.size()));
    EXPECT_DOUBLE_EQ(occ.nonEmpty[2], double(nnz));
  }
}

TEST(Fibertree, RunLengthPaddingFollowsTheSurvey) {
  // Survey §V-A.3: a run longer than 2^b - 1 needs padding entries. With
  // 2-bit runs, 4 leading zeros take one padding entry; 8 zeros take two.
  std::vector<FiberRank> ranks = {rank(16, RankFormat::RLE, 2)};
  std::vector<uint64_t> indices = {4, 13};
  ExactOccupancy occ = occupancyFromIndices(ranks, indices);
  EXPECT_DOUBLE_EQ(occ.nonEmpty[0], 2);
  EXPECT_DOUBLE_EQ(occ.rlePadding[0], 1 + 2);
  Footprint fp =
      computeFootprint(ranks, occ.nonEmpty, ValueFormat{8}, occ.rlePadding);
  EXPECT_DOUBLE_EQ(fp.ranks[0].storedCoords, 5);
  EXPECT_DOUBLE_EQ(fp.formatBits(), 5 * 2);
  EXPECT_DOUBLE_EQ(fp.valueBits, 5 * 8);
}

TEST(Fibertree, CodebookValuesAreIndices) {
  Footprint fp = computeFootprint({rank(100, RankFormat::CP)}, {40},
                                  ValueFormat{4, 16, 32});
  EXPECT_DOUBLE_EQ(fp.valueBits, 40 * 4);
  EXPECT_DOUBLE_EQ(fp.codebookBits, 16 * 32);
  EXPECT_DOUBLE_EQ(fp.formatBits(), 40 * 7 + 16 * 32);
}

} // namespace
