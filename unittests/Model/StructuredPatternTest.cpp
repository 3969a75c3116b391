//===- StructuredPatternTest.cpp - G:H / HSS patterns a design exploits ---===//

#include "SparseAccel/Model/StructuredPattern.h"

#include "gtest/gtest.h"

#include <random>

using namespace sparseaccel::model;

namespace {

StructuredPattern parse(const std::string &text) {
  std::string err;
  auto p = parsePattern(text, err);
  EXPECT_TRUE(p.has_value()) << text << ": " << err;
  return p ? *p : StructuredPattern{};
}

/// A row-major 1 x n mask from a string of 0/1.
std::vector<uint8_t> bits(const std::string &s) {
  std::vector<uint8_t> m;
  for (char c : s)
    m.push_back(c == '1');
  return m;
}

TEST(StructuredPattern, ParsesEverySpelling) {
  StructuredPattern stc = parse("2:4");
  ASSERT_EQ(stc.ranks.size(), 1u);
  EXPECT_EQ(stc.ranks[0].gs, std::vector<int64_t>{2});
  EXPECT_EQ(stc.ranks[0].hs, std::vector<int64_t>{4});

  StructuredPattern flex = parse("2:{8,4,6}");
  EXPECT_EQ(flex.ranks[0].hs, (std::vector<int64_t>{4, 6, 8}));

  StructuredPattern s2ta = parse("{1..4}:8");
  EXPECT_EQ(s2ta.ranks[0].gs, (std::vector<int64_t>{1, 2, 3, 4}));

  // HighLight: the text lists C1 first; the struct keeps C0 first.
  StructuredPattern hl = parse("C1(2:{2..8})->C0(2:{2..4})");
  ASSERT_EQ(hl.ranks.size(), 2u);
  EXPECT_EQ(hl.ranks[0].hs, (std::vector<int64_t>{2, 3, 4}));
  EXPECT_EQ(hl.ranks[1].hs, (std::vector<int64_t>{2, 3, 4, 5, 6, 7, 8}));
}

TEST(StructuredPattern, RejectsMalformedPatterns) {
  for (const char *bad : {"", "2", "0:4", "5:4", "2:{4", "2:{8..4}",
                          "C0(2:4)->C1(2:4)", "C1(2:4)", "2:x", "C1 2:4"}) {
    std::string err;
    EXPECT_FALSE(parsePattern(bad, err).has_value()) << bad;
    EXPECT_FALSE(err.empty()) << bad;
  }
}

TEST(StructuredPattern, HighLightHasFifteenDistinctDegrees) {
  // Thesis Table 6.2: C1(2:{2..8}) x C0(2:{2..4}) spans 15 sparsity degrees
  // from 0 to 87.5 %.
  std::vector<double> densities;
  for (const PatternChoice &c :
       patternChoices(parse("C1(2:{2..8})->C0(2:{2..4})"))) {
    bool fresh = true;
    for (double d : densities)
      fresh &= std::abs(d - c.density) > 1e-12;
    if (fresh)
      densities.push_back(c.density);
  }
  EXPECT_EQ(densities.size(), 15u);
  EXPECT_DOUBLE_EQ(densities.front(), 0.125); // 2/8 * 2/4, tightest first
  EXPECT_DOUBLE_EQ(densities.back(), 1.0);    // 2:2 -> 2:2 is dense
}

TEST(StructuredPattern, SatisfiesCountsEveryAlignedGroup) {
  PatternChoice c24{{{2, 4}}, 0.5};
  EXPECT_TRUE(satisfies(bits("11000110"), {1, 8}, 1, c24));
  EXPECT_FALSE(satisfies(bits("11100000"), {1, 8}, 1, c24));
  // Groups are aligned: 0110|0110 is fine although 1100 never occurs.
  EXPECT_TRUE(satisfies(bits("01100110"), {1, 8}, 1, c24));
  // The axis must be a multiple of the period.
  EXPECT_FALSE(satisfies(bits("110000"), {1, 6}, 1, c24));
  // Along the other axis of a 4 x 2 matrix.
  EXPECT_TRUE(satisfies(bits("10"
                             "01"
                             "00"
                             "10"),
                        {4, 2}, 0, c24));
  EXPECT_FALSE(satisfies(bits("10"
                              "10"
                              "10"
                              "00"),
                         {4, 2}, 0, c24));
}

TEST(StructuredPattern, HierarchicalRanksCountNonEmptyBlocks) {
  // C1(2:4) -> C0(2:4): at most 2 non-empty blocks of 4 per 4 blocks.
  PatternChoice hss{{{2, 4}, {2, 4}}, 0.25};
  EXPECT_TRUE(satisfies(bits("1100"
                             "0000"
                             "0011"
                             "0000"),
                        {1, 16}, 1, hss));
  EXPECT_FALSE(satisfies(bits("1000"
                              "0100"
                              "0010"
                              "0000"),
                         {1, 16}, 1, hss));
  EXPECT_FALSE(satisfies(bits("1110"
                              "0000"
                              "0000"
                              "0000"),
                         {1, 16}, 1, hss));
}

TEST(StructuredPattern, ExploitedChoiceIsTheTightestSatisfied) {
  StructuredPattern stc = parse("2:4");
  // 1:4 data runs as 2:4 on STC (zeros are stored explicitly).
  auto c = exploitedChoice(stc, bits("10000100"), {1, 8});
  ASSERT_TRUE(c);
  EXPECT_DOUBLE_EQ(c->density, 0.5);
  // Three non-zeros in a group: STC cannot exploit it.
  EXPECT_FALSE(exploitedChoice(stc, bits("11100000"), {1, 8}));

  StructuredPattern hl = parse("C1(2:{2..8})->C0(2:{2..4})");
  auto h = exploitedChoice(hl,
                           bits("1100"
                                "0000"
                                "0011"
                                "0000"),
                           {1, 16});
  ASSERT_TRUE(h);
  EXPECT_DOUBLE_EQ(h->density, 0.25);

  // S2TA's {1..4}:8 runs 2:8 data at its own density.
  auto s = exploitedChoice(parse("{1..4}:8"),
                           bits("10000001"
                                "01100000"),
                           {1, 16});
  ASSERT_TRUE(s);
  EXPECT_DOUBLE_EQ(s->density, 0.25);
}

TEST(StructuredPattern, OnlyTheGivenAxesCount) {
  // 2 x 4: each row is 2:4 along axis 1, but a column of 2 holds 2 of 2.
  std::vector<uint8_t> mask = bits("1100"
                                   "1100");
  StructuredPattern stc = parse("2:4");
  EXPECT_TRUE(exploitedChoice(stc, mask, {2, 4}, {1}));
  // Axis 0 has extent 2, not a multiple of 4: nothing to exploit there.
  EXPECT_FALSE(exploitedChoice(stc, mask, {2, 4}, {0}));
  EXPECT_TRUE(exploitedChoice(stc, mask, {2, 4}));
}

TEST(StructuredPattern, UniformRandomDataSatisfiesNoTightPattern) {
  std::mt19937 rng(7);
  std::bernoulli_distribution keep(0.5);
  std::vector<uint8_t> mask(64 * 64);
  for (auto &m : mask)
    m = keep(rng);
  EXPECT_FALSE(exploitedChoice(parse("2:4"), mask, {64, 64}));
  // HighLight still has 2:2 -> 2:2, which any data satisfies, at density 1.
  auto c = exploitedChoice(parse("C1(2:{2..8})->C0(2:{2..4})"), mask, {64, 64});
  ASSERT_TRUE(c);
  EXPECT_DOUBLE_EQ(c->density, 1.0);
}

TEST(StructuredPattern, DeclaredRulesMatchRankByRank) {
  StructuredPattern stc = parse("2:4");
  // 1:4 and 2:8 data both satisfy 2:4; 3:8 does not.
  EXPECT_TRUE(exploitedChoice(stc, {{1, 4}}));
  EXPECT_TRUE(exploitedChoice(stc, {{2, 8}}));
  EXPECT_FALSE(exploitedChoice(stc, {{3, 8}}));
  // 1:2 data: a group of 4 holds two groups of 2, so at most 2.
  EXPECT_TRUE(exploitedChoice(stc, {{1, 2}}));

  StructuredPattern hl = parse("C1(2:{2..8})->C0(2:{2..4})");
  auto c = exploitedChoice(hl, {{2, 4}, {2, 4}});
  ASSERT_TRUE(c);
  EXPECT_DOUBLE_EQ(c->density, 0.25);
  // Plain 2:4 on HighLight: the outer rank is 2:2 (dense).
  auto d = exploitedChoice(hl, {{2, 4}});
  ASSERT_TRUE(d);
  EXPECT_DOUBLE_EQ(d->density, 0.5);
  // HSS data on a single-rank design: its rank 0 is what STC sees.
  auto e = exploitedChoice(stc, {{2, 4}, {2, 4}});
  ASSERT_TRUE(e);
  EXPECT_DOUBLE_EQ(e->density, 0.5);
}

} // namespace
