//===- PackedSizeTest.cpp - Packed HSS weights vs the encoding's size -----===//
//
// The simulator's hierarchical CP packing must take exactly the bits that
// `#fiber.encoding` predicts, for every HSS degree HighLight supports.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"
#include "SparseAccel/Sim/HssPacking.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/MLIRContext.h"

#include "gtest/gtest.h"

#include <random>

using namespace mlir;
using namespace sparseaccel::sim;

namespace {

/// Rows of `k` values, every group full for C1(g1:h1) -> C0(g0:h0).
std::vector<float> fullHss(unsigned rows, unsigned k, unsigned g1, unsigned h1,
                           unsigned g0, unsigned h0, std::mt19937 &rng) {
  std::vector<float> m(uint64_t(rows) * k, 0.0f);
  for (unsigned r = 0; r < rows; ++r)
    for (unsigned s = 0; s < k; s += h0 * h1) {
      std::vector<unsigned> blocks(h1), elems(h0);
      for (unsigned i = 0; i < h1; ++i)
        blocks[i] = i;
      std::shuffle(blocks.begin(), blocks.end(), rng);
      for (unsigned b = 0; b < g1; ++b) {
        for (unsigned i = 0; i < h0; ++i)
          elems[i] = i;
        std::shuffle(elems.begin(), elems.end(), rng);
        for (unsigned e = 0; e < g0; ++e)
          m[uint64_t(r) * k + s + blocks[b] * h0 + elems[e]] = 1.0f + e;
      }
    }
  return m;
}

TEST(PackedSize, EveryHighLightDegreeMatchesTheEncodingToTheBit) {
  MLIRContext ctx;
  ctx.loadDialect<fiber::FiberDialect>();
  std::mt19937 rng(5);
  Type f16 = Float16Type::get(&ctx);
  unsigned cases = 0;
  for (unsigned h1 = 2; h1 <= 8; ++h1)
    for (unsigned h0 = 2; h0 <= 4; ++h0) {
      unsigned period = h0 * h1, k = period * 4, n = 24;
      std::string text =
          "#fiber.encoding<(k, n) -> [n, k floordiv " + std::to_string(period) +
          ", (k floordiv " + std::to_string(h0) + ") mod " +
          std::to_string(h1) + " (2:" + std::to_string(h1) + ") CP, k mod " +
          std::to_string(h0) + " (2:" + std::to_string(h0) + ") CP]>";
      auto enc =
          dyn_cast_or_null<fiber::EncodingAttr>(parseAttribute(text, &ctx));
      ASSERT_TRUE(enc) << text;
      FailureOr<double> predicted = enc.getPackedBits({k, n}, f16);
      ASSERT_TRUE(succeeded(predicted)) << text;
      // The encoding is (k, n) with k inside each n: pack n rows along k.
      std::vector<float> rows = fullHss(n, k, 2, h1, 2, h0, rng);
      PackedHss p;
      std::string err;
      ASSERT_TRUE(packHss(rows, n, k, {{2, h0}, {2, h1}}, 16, p, err)) << err;
      EXPECT_EQ(double(p.totalBits()), *predicted) << text;
      FailureOr<double> meta = enc.getMetadataBits({k, n}, f16);
      ASSERT_TRUE(succeeded(meta));
      EXPECT_EQ(double(p.metadataBits()), *meta) << text;
      ++cases;
    }
  EXPECT_EQ(cases, 21u); // 7 x 3 (H1, H0) choices, 15 distinct degrees
}

} // namespace
