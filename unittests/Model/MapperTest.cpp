//===- MapperTest.cpp - Mapspace search -----------------------------------===//

#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "gtest/gtest.h"

using namespace sparseaccel;
using namespace sparseaccel::model;

namespace {

ModelSpec stc() {
  std::string dir = std::string(SPARSEACCEL_EXAMPLES_DIR) +
                    "/sparseloop/stc-m512-k256-n1024/";
  auto r = sparseloop::loadTimeloopFiles(
      {dir + "arch.yaml", dir + "problem.yaml", dir + "map.yaml",
       dir + "sparse.yaml", dir + "ERT.yaml"});
  EXPECT_TRUE(r.success);
  return r.spec;
}

TEST(Mapper, DeterministicWhateverTheThreadCount) {
  ModelSpec spec = stc();
  MapSearchOptions opts;
  opts.budget = 1600;
  opts.seed = 5;
  opts.threads = 1;
  MapSearchResult one =
      searchMappings(spec, constraintsFromMapping(spec), opts);
  opts.threads = 4;
  MapSearchResult four =
      searchMappings(spec, constraintsFromMapping(spec), opts);
  ASSERT_TRUE(one.found);
  ASSERT_TRUE(four.found);
  EXPECT_EQ(one.score, four.score);
  EXPECT_EQ(one.evaluated, four.evaluated);
  ASSERT_EQ(one.best.levels.size(), four.best.levels.size());
  for (unsigned l = 0; l < one.best.levels.size(); ++l) {
    ASSERT_EQ(one.best.levels[l].loops.size(),
              four.best.levels[l].loops.size());
    for (unsigned i = 0; i < one.best.levels[l].loops.size(); ++i) {
      EXPECT_EQ(one.best.levels[l].loops[i].dim,
                four.best.levels[l].loops[i].dim);
      EXPECT_EQ(one.best.levels[l].loops[i].bound,
                four.best.levels[l].loops[i].bound);
    }
  }
}

TEST(Mapper, FindsAtLeastTheGivenMapping) {
  // With the given spatial factors fixed, the random search + hill climbing
  // reaches a mapping at least as good as the hand-written one; the budgeted
  // enumeration returns valid mappings whose cost re-evaluates identically.
  ModelSpec spec = stc();
  EvalResult given = evaluate(spec);
  ASSERT_TRUE(given.success);
  for (MapStrategy s : {MapStrategy::Random, MapStrategy::Exhaustive}) {
    MapSearchOptions opts;
    opts.strategy = s;
    opts.budget = 8000;
    MapSearchResult r =
        searchMappings(spec, constraintsFromMapping(spec), opts);
    ASSERT_TRUE(r.found);
    if (s == MapStrategy::Random)
      EXPECT_LE(r.score,
                objectiveValue(given, MapObjective::EDP) * (1 + 1e-12));
    // The best mapping re-evaluates to the reported cost.
    ModelSpec check = spec;
    check.mapping = r.best;
    EvalResult again = evaluate(check);
    ASSERT_TRUE(again.success);
    EXPECT_EQ(again.cycles, r.cost.cycles);
    EXPECT_DOUBLE_EQ(again.energy, r.cost.energy);
    EXPECT_GT(r.valid, 0u);
    EXPECT_LE(r.valid, r.evaluated);
  }
}

TEST(Mapper, ObjectivesRankDifferently) {
  ModelSpec spec = stc();
  MapSearchOptions opts;
  opts.budget = 4000;
  opts.objective = MapObjective::Latency;
  MapSearchResult fast = searchMappings(spec, freeConstraints(spec), opts);
  opts.objective = MapObjective::Energy;
  MapSearchResult frugal = searchMappings(spec, freeConstraints(spec), opts);
  ASSERT_TRUE(fast.found && frugal.found);
  EXPECT_LE(fast.cost.cycles, frugal.cost.cycles);
  EXPECT_LE(frugal.cost.energy, fast.cost.energy);
}

TEST(Mapper, ReportsWhyNothingFits) {
  ModelSpec spec = stc();
  spec.arch.levels[2].size = 8; // SMEM: 8 words
  MapSearchOptions opts;
  opts.budget = 320;
  MapSearchResult r = searchMappings(spec, constraintsFromMapping(spec), opts);
  EXPECT_FALSE(r.found);
  // The smallest tiles the fixed fan-outs allow overflow SMEM: the reason
  // names it, what it must hold and the shortfall.
  EXPECT_NE(r.reason.find("level 'SMEM' must hold"), std::string::npos)
      << r.reason;
  EXPECT_NE(r.reason.find("but holds 8, short by"), std::string::npos)
      << r.reason;
}

TEST(Mapper, RejectsFixedFactorsThatDoNotDivide) {
  ModelSpec spec = stc();
  MapSpaceConstraints c = constraintsFromMapping(spec);
  c.levels[1].spatialX[2] = 3; // K = 256 is not a multiple of 3 * 16
  MapSearchResult r = searchMappings(spec, c, MapSearchOptions());
  EXPECT_FALSE(r.found);
  EXPECT_NE(r.reason.find("fixed factors of K"), std::string::npos) << r.reason;
}

} // namespace
