//===- EncodingMethodsTest.cpp - Numbers derived from fiber encodings -----===//

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

#include "gtest/gtest.h"

#include <random>

using namespace mlir;
using namespace mlir::fiber;

namespace {

class EncodingTest : public ::testing::Test {
protected:
  EncodingTest() { context.loadDialect<FiberDialect>(); }

  EncodingAttr parse(StringRef text) {
    Attribute attr = parseAttribute(text, &context);
    return dyn_cast_or_null<EncodingAttr>(attr);
  }

  MLIRContext context;
};

TEST_F(EncodingTest, RuleDensityIsProductOfRatios) {
  // Thesis §5.2.1: RS -> C2 -> C1(3:4) -> C0(2:4) has sparsity 0.625.
  EncodingAttr enc = parse("#fiber.encoding<(c, r, s) -> [(r, s), c floordiv "
                           "16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) "
                           "CP]>");
  ASSERT_TRUE(enc);
  EXPECT_DOUBLE_EQ(enc.getRuleSparsity(), 0.625);
  EXPECT_EQ(enc.getRuledRanks().size(), 2u);
  SmallVector<int64_t> extents = enc.getRankExtents({64, 3, 3});
  EXPECT_EQ(extents, (SmallVector<int64_t>{9, 4, 4, 4}));
}

TEST_F(EncodingTest, HighLightPatternFamilyDensities) {
  // HighLight's C1(2:{2..8}) -> C0(2:{2..4}) realises 15 distinct densities
  // (DIGEST §3.4): every product G1/H1 * G0/H0 over the allowed sets.
  EncodingAttr enc = parse("#fiber.encoding<(m, k) -> [m, k floordiv 3360, "
                           "(k floordiv 4) mod 840 (2:[2, 8]) CP, k mod 4 "
                           "(2:[2, 4]) CP]>");
  ASSERT_TRUE(enc);
  std::set<std::pair<int64_t, int64_t>> densities;
  auto ruled = enc.getRuledRanks();
  for (int64_t h1 : ruled[0].getRule().getHs())
    for (int64_t h0 : ruled[1].getRule().getHs()) {
      int64_t num = 4, den = h1 * h0;
      int64_t g = std::gcd(num, den);
      densities.insert({num / g, den / g});
    }
  EXPECT_EQ(densities.size(), 15u);
}

TEST_F(EncodingTest, ExactFootprintMatchesStatisticalForStructuredData) {
  // A 2:4 -> 2:4 tensor built to satisfy the pattern exactly: the exact
  // footprint of the data equals the HSS density model's.
  EncodingAttr statistical =
      parse("#fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 "
            "(2:4) CP, k mod 4 (2:4) CP], density = #fiber.density<hss, [2:4, "
            "2:4]>>");
  EncodingAttr plain = parse("#fiber.encoding<(m, k) -> [m, k floordiv 16, (k "
                             "floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP]>");
  ASSERT_TRUE(statistical && plain);
  Type i8 = IntegerType::get(&context, 8);
  int64_t m = 8, k = 64;
  std::mt19937 rng(3);
  SmallVector<bool> flags(m * k, false);
  for (int64_t row = 0; row < m; ++row)
    for (int64_t block = 0; block < k / 16; ++block) {
      // Two of four rank-1 blocks, two of four values in each.
      int b0 = rng() % 4, b1 = (b0 + 1 + rng() % 3) % 4;
      for (int b : {b0, b1}) {
        int v0 = rng() % 4, v1 = (v0 + 1 + rng() % 3) % 4;
        for (int v : {v0, v1})
          flags[row * k + block * 16 + b * 4 + v] = true;
      }
    }
  auto exact = plain.getFootprint({m, k}, i8, flags);
  auto expected = statistical.getFootprint({m, k}, i8);
  ASSERT_TRUE(succeeded(exact) && succeeded(expected));
  EXPECT_DOUBLE_EQ(exact->totalBits(), expected->totalBits());
  EXPECT_DOUBLE_EQ(exact->formatBits(), expected->formatBits());
  // Values 8*64/4 = 128 bytes; metadata 2 bits per stored coordinate.
  EXPECT_DOUBLE_EQ(exact->valueBits, 128 * 8);
  EXPECT_DOUBLE_EQ(exact->formatBits(), 2 * (64 + 128));
}

TEST_F(EncodingTest, WorstCaseFootprintWithoutDensity) {
  EncodingAttr csr =
      parse("#fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>");
  ASSERT_TRUE(csr);
  Type f32 = Float32Type::get(&context);
  auto fp = csr.getFootprint({4, 16}, f32);
  ASSERT_TRUE(succeeded(fp));
  // Dense worst case: 64 values, 64 4-bit coordinates, 5 offsets of 7 bits.
  EXPECT_DOUBLE_EQ(fp->valueBits, 64 * 32);
  EXPECT_DOUBLE_EQ(fp->formatBits(), 64 * 4 + 5 * 7);
  // Dynamic shapes have no footprint.
  EXPECT_TRUE(failed(csr.getFootprint({ShapedType::kDynamic, 16}, f32)));
}

TEST_F(EncodingTest, UniformDensityShrinksCompressedRanks) {
  EncodingAttr enc = parse("#fiber.encoding<(m, k) -> [m (unconstrained) CP, "
                           "k (unconstrained) CP], density = "
                           "#fiber.density<uniform, 0.01>>");
  ASSERT_TRUE(enc);
  auto fp = enc.getFootprint({100, 100}, Float32Type::get(&context));
  ASSERT_TRUE(succeeded(fp));
  EXPECT_NEAR(fp->storedValues, 100, 1e-9);
  // With 100 non-zeros in 100 rows of 100, about 63 rows are non-empty.
  EXPECT_GT(fp->ranks[0].nonEmpty, 60);
  EXPECT_LT(fp->ranks[0].nonEmpty, 65);
}

TEST_F(EncodingTest, DefaultNamesFollowDimensions) {
  EncodingAttr enc =
      parse("#fiber.encoding<(c, r, s) -> [(r, s), c floordiv 4, c mod 4]>");
  ASSERT_TRUE(enc);
  EXPECT_EQ(enc.getRanks()[0].getName().getValue(), "RS");
  EXPECT_EQ(enc.getRanks()[1].getName().getValue(), "C1");
  EXPECT_EQ(enc.getRanks()[2].getName().getValue(), "C0");
}

} // namespace
