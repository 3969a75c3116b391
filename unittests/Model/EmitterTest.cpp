//===- EmitterTest.cpp - Model structs -> Timeloop YAML -> model structs --===//

#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Target/Sparseloop/TimeloopEmitter.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "gtest/gtest.h"

using namespace sparseaccel;
using namespace sparseaccel::model;
using namespace sparseaccel::sparseloop;

namespace {

FrontEndResult loadExample() {
  std::string dir = std::string(SPARSEACCEL_EXAMPLES_DIR) +
                    "/sparseloop/stc-m512-k256-n1024/";
  std::vector<std::string> files;
  for (const char *f :
       {"arch.yaml", "problem.yaml", "map.yaml", "sparse.yaml", "ERT.yaml"})
    files.push_back(dir + f);
  return loadTimeloopFiles(files);
}

FrontEndResult reload(const EmittedConfig &c) {
  return loadTimeloopBuffers({{"problem.yaml", c.problem},
                              {"arch.yaml", c.arch},
                              {"map.yaml", c.mapping},
                              {"sparse_opt.yaml", c.sparseOpt},
                              {"ERT.yaml", c.ert}});
}

TEST(Emitter, RoundTripReproducesTheSpecAndItsCost) {
  FrontEndResult in = loadExample();
  ASSERT_TRUE(in.success);
  std::vector<std::string> renamed;
  ModelSpec spec = withTimeloopDimNames(in.spec, renamed);
  EmittedConfig cfg;
  std::string err;
  ASSERT_TRUE(emitTimeloopConfig(spec, cfg, err)) << err;
  FrontEndResult back = reload(cfg);
  std::string diags;
  for (const auto &d : back.diagnostics)
    diags += d.text + "\n";
  ASSERT_TRUE(back.success) << diags << cfg.arch << cfg.sparseOpt;
  // Same structure...
  const ModelSpec &b = back.spec;
  EXPECT_EQ(b.workload.bounds, spec.workload.bounds);
  ASSERT_EQ(b.arch.levels.size(), spec.arch.levels.size());
  for (unsigned l = 0; l < b.arch.levels.size(); ++l) {
    const StorageLevelSpec &x = spec.arch.levels[l], &y = b.arch.levels[l];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.instances, y.instances);
    EXPECT_EQ(x.meshX, y.meshX);
    EXPECT_EQ(x.size, y.size);
    EXPECT_EQ(x.blockSize, y.blockSize);
    EXPECT_EQ(x.metadataStorageWidth, y.metadataStorageWidth);
    EXPECT_EQ(x.readBandwidth, y.readBandwidth);
    for (unsigned op = 0; op < kNumStorageOps; ++op)
      EXPECT_EQ(x.opEnergy[op], y.opEnergy[op]) << x.name << " " << op;
    EXPECT_EQ(x.isDRAM, y.isDRAM);
  }
  EXPECT_EQ(b.arch.compute.instances, spec.arch.compute.instances);
  EXPECT_EQ(b.arch.compute.randomEnergy, spec.arch.compute.randomEnergy);
  ASSERT_EQ(b.sparse.levels.size(), spec.sparse.levels.size());
  for (unsigned l = 0; l < b.sparse.levels.size(); ++l) {
    EXPECT_EQ(b.sparse.levels[l].formats.size(),
              spec.sparse.levels[l].formats.size());
    EXPECT_EQ(b.sparse.levels[l].actions.size(),
              spec.sparse.levels[l].actions.size());
  }
  // ...and exactly the same cost.
  EvalResult x = evaluate(spec), y = evaluate(b);
  ASSERT_TRUE(x.success && y.success);
  EXPECT_EQ(x.cycles, y.cycles);
  EXPECT_EQ(x.energy, y.energy);
  // No approximation was needed for this case.
  EXPECT_TRUE(cfg.approximations.empty());
}

TEST(Emitter, PositionSkippingHasNoPublicEquivalent) {
  FrontEndResult in = loadExample();
  ASSERT_TRUE(in.success);
  std::vector<std::string> renamed;
  ModelSpec spec = withTimeloopDimNames(in.spec, renamed);
  ActionOptSpec pos;
  pos.kind = ActionOptKind::PositionSkipping;
  pos.options.push_back({0, {}});
  spec.sparse.levels[0].actions.push_back(pos);
  EmittedConfig cfg;
  std::string err;
  EXPECT_FALSE(emitTimeloopConfig(spec, cfg, err));
  EXPECT_NE(err.find("position-skipping"), std::string::npos) << err;
}

TEST(Emitter, ApproximationsAreNamed) {
  FrontEndResult in = loadExample();
  ASSERT_TRUE(in.success);
  std::vector<std::string> renamed;
  ModelSpec spec = withTimeloopDimNames(in.spec, renamed);
  spec.workload.densities[0] =
      DensitySpec::hierarchical({GHRatio{2, 4}, GHRatio{2, 4}});
  auto mask =
      std::make_shared<std::vector<uint8_t>>(spec.workload.dataSpaceSize(1), 0);
  for (size_t i = 0; i < mask->size(); i += 3)
    (*mask)[i] = 1;
  spec.workload.densities[1] = DensitySpec::actualData(mask);
  spec.arch.levels[1].opEnergy[unsigned(StorageOp::RandomUpdate)] += 1;
  EmittedConfig cfg;
  std::string err;
  ASSERT_TRUE(emitTimeloopConfig(spec, cfg, err)) << err;
  // An update energy that differs from the fill energy is not an
  // approximation: every storage action is written under its own name.
  ASSERT_EQ(cfg.approximations.size(), 2u);
  EXPECT_NE(cfg.approximations[0].find("HSS 2:4->2:4"), std::string::npos);
  EXPECT_NE(cfg.approximations[1].find("actual non-zero pattern"),
            std::string::npos);
  FrontEndResult back = reload(cfg);
  ASSERT_TRUE(back.success);
  EXPECT_DOUBLE_EQ(
      back.spec.arch.levels[1].opEnergy[unsigned(StorageOp::RandomUpdate)],
      spec.arch.levels[1].opEnergy[unsigned(StorageOp::RandomUpdate)]);
  EXPECT_NE(cfg.problem.find("fixed-structured, density: 0.25"),
            std::string::npos)
      << cfg.problem;
  EXPECT_NE(cfg.problem.find("hypergeometric"), std::string::npos);
  // Still loadable.
  EXPECT_TRUE(reload(cfg).success);
}

TEST(Emitter, NonNestingInstanceCountsAreRejected) {
  FrontEndResult in = loadExample();
  ASSERT_TRUE(in.success);
  std::vector<std::string> renamed;
  ModelSpec spec = withTimeloopDimNames(in.spec, renamed);
  spec.arch.levels[0].instances = 3;
  spec.arch.levels[0].meshX = 3;
  spec.arch.levels[0].meshY = 1;
  EmittedConfig cfg;
  std::string err;
  EXPECT_FALSE(emitTimeloopConfig(spec, cfg, err));
  EXPECT_NE(err.find("cannot nest"), std::string::npos) << err;
}

} // namespace
