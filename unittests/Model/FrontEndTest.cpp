//===- FrontEndTest.cpp - Timeloop v0.3 YAML front end --------------------===//

#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <cstdio>

using namespace sparseaccel;
using namespace sparseaccel::sparseloop;

namespace {

using Buffers = std::vector<std::pair<std::string, std::string>>;

std::string read(const std::string &name) {
  std::string path = std::string(SPARSEACCEL_EXAMPLES_DIR) +
                     "/sparseloop/stc-m512-k256-n1024/" + name;
  auto buf = llvm::MemoryBuffer::getFile(path);
  EXPECT_TRUE(bool(buf)) << path;
  return buf ? (*buf)->getBuffer().str() : "";
}

Buffers exampleFiles() {
  Buffers b;
  for (const char *f :
       {"arch.yaml", "problem.yaml", "map.yaml", "sparse.yaml", "ERT.yaml"})
    b.push_back({f, read(f)});
  return b;
}

std::string allDiagnostics(const FrontEndResult &r) {
  std::string s;
  for (const auto &d : r.diagnostics)
    s += d.text + "\n";
  return s;
}

/// Replaces the first occurrence of `from` in file `file`.
Buffers edit(Buffers b, const std::string &file, const std::string &from,
             const std::string &to) {
  for (auto &[name, text] : b)
    if (name == file) {
      size_t at = text.find(from);
      EXPECT_NE(at, std::string::npos) << from;
      if (at != std::string::npos)
        text.replace(at, from.size(), to);
    }
  return b;
}

TEST(FrontEnd, SeparateAndConcatenatedFilesAgree) {
  FrontEndResult separate = loadTimeloopBuffers(exampleFiles());
  ASSERT_TRUE(separate.success) << allDiagnostics(separate);
  std::string all;
  for (auto &[name, text] : exampleFiles())
    all += text + "\n";
  FrontEndResult joined = loadTimeloopBuffers({{"all.yaml", all}});
  ASSERT_TRUE(joined.success) << allDiagnostics(joined);
  model::EvalResult a = model::evaluate(separate.spec);
  model::EvalResult b = model::evaluate(joined.spec);
  ASSERT_TRUE(a.success);
  EXPECT_EQ(a.cycles, b.cycles);
  EXPECT_DOUBLE_EQ(a.energy, b.energy);
  // The spec as read: four storage levels innermost first, 1024 MACs.
  ASSERT_EQ(separate.spec.arch.levels.size(), 4u);
  EXPECT_EQ(separate.spec.arch.levels[0].name, "LRF");
  EXPECT_EQ(separate.spec.arch.levels[0].instances, 1024u);
  EXPECT_EQ(separate.spec.arch.levels[2].blockSize, 64u); // 512 / 8
  EXPECT_EQ(separate.spec.arch.compute.instances, 1024u);
}

TEST(FrontEnd, HyphensAndUnderscoresAreInterchangeable) {
  Buffers b =
      edit(exampleFiles(), "problem.yaml", "data-spaces", "data_spaces");
  b = edit(b, "sparse.yaml", "representation-format", "representation_format");
  b = edit(b, "sparse.yaml", "metadata-word-bits", "metadata_word_bits");
  FrontEndResult r = loadTimeloopBuffers(b);
  ASSERT_TRUE(r.success) << allDiagnostics(r);
  EXPECT_DOUBLE_EQ(
      model::evaluate(r.spec).energy,
      model::evaluate(loadTimeloopBuffers(exampleFiles()).spec).energy);
}

struct BadInput {
  const char *file, *from, *to, *expected;
};

class FrontEndErrors : public ::testing::TestWithParam<BadInput> {};

TEST_P(FrontEndErrors, NameFileLineAndKey) {
  const BadInput &c = GetParam();
  FrontEndResult r =
      loadTimeloopBuffers(edit(exampleFiles(), c.file, c.from, c.to));
  EXPECT_FALSE(r.success);
  std::string diags = allDiagnostics(r);
  EXPECT_NE(diags.find(c.expected), std::string::npos) << diags;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, FrontEndErrors,
    ::testing::Values(
        // Missing key.
        BadInput{"problem.yaml", "    K: 256\n", "",
                 "problem.yaml:16:5: error: missing key 'K' in "
                 "'problem.instance'"},
        // Wrong type.
        BadInput{"problem.yaml", "M: 512", "M: lots",
                 "problem.yaml:16:8: error: bound of 'M' must be a number, "
                 "got 'lots'"},
        // Unknown format.
        BadInput{"sparse.yaml",
                 "format: CP, metadata-word-bits: 2}\n    - name: SMEM",
                 "format: CSR, metadata-word-bits: 2}\n    - name: SMEM",
                 "sparse.yaml:18:26: error: unknown rank format 'CSR'"},
        // Unknown SAF type.
        BadInput{"sparse.yaml", "type: skipping-spatial, target: B",
                 "type: teleport, target: B",
                 "sparse.yaml:32:18: error: unknown action-optimization type "
                 "'teleport'"},
        // Unknown data space in a SAF.
        BadInput{"sparse.yaml", "target: B, condition-on",
                 "target: Q, condition-on", "error: unknown data space 'Q'"},
        // Bad factor.
        BadInput{"map.yaml", "factors: M1 N4 K1", "factors: M1 N4x K1",
                 "map.yaml:13:45: error: bad factor 'N4x'"},
        // Mapping target that is not a level.
        BadInput{"map.yaml", "target: DRAM, type: temporal",
                 "target: HBM, type: temporal",
                 "error: mapping target 'HBM' is not a storage level"},
        // Density outside (0, 1].
        BadInput{
            "problem.yaml", "density: 0.5}", "density: 1.5}",
            "problem.yaml:20:52: error: density of 'A' must lie in (0, 1]"},
        // Malformed YAML.
        BadInput{"map.yaml", "mapping:", "mapping: [",
                 "map.yaml:13:72: error: Could not find closing ]"},
        // Sparseloop's real-data density without its mask file.
        BadInput{"problem.yaml",
                 "{distribution: fixed-structured, density: 0.5}",
                 "{distribution: real-data}",
                 "error: missing key 'data_file_path' in density of 'A'"}));

TEST(FrontEnd, MissingErtEntryUsesTimeloopBuiltInEnergy) {
  // Timeloop prices a level the ERT does not describe with its built-in
  // SRAM model: y = 1 + 5/99.5 (KB - 0.5) units per 16 bits of width.
  FrontEndResult r = loadTimeloopBuffers(edit(exampleFiles(), "ERT.yaml",
                                              "- name: system.SM.SMEM",
                                              "- name: system.SM.XMEM"));
  ASSERT_TRUE(r.success) << allDiagnostics(r);
  EXPECT_NE(allDiagnostics(r).find("warning: no ERT entry for storage level "
                                   "'SMEM': Timeloop's built-in energy"),
            std::string::npos)
      << allDiagnostics(r);
  const model::StorageLevelSpec *smem = nullptr;
  for (const model::StorageLevelSpec &l : r.spec.arch.levels)
    if (l.name == "SMEM")
      smem = &l;
  ASSERT_NE(smem, nullptr);
  double width = double(smem->wordBits) * smem->blockSize * smem->clusterSize;
  double height = double((*smem->size + smem->blockSize - 1) / smem->blockSize);
  double units = 1 + 5.0 / 99.5 * (width * height / 8192 - 0.5);
  double expected = units * width / 16 / smem->clusterSize;
  EXPECT_NEAR(smem->opEnergy[unsigned(model::StorageOp::RandomRead)], expected,
              1e-9 * expected);
  EXPECT_EQ(smem->opEnergy[unsigned(model::StorageOp::GatedRead)], 0.0);
}

TEST(FrontEnd, DensityModels) {
  // Banded, HSS and actual data (a file next to the YAML) are all read.
  std::string dir = ::testing::TempDir();
  std::string maskPath = dir + "/a-mask.txt";
  {
    FILE *f = fopen(maskPath.c_str(), "w");
    ASSERT_TRUE(f);
    for (int i = 0; i < 512 * 256; ++i)
      fprintf(f, "%d ", i % 4 == 0 ? 3 : 0); // one non-zero in four
    fclose(f);
  }
  Buffers b = edit(exampleFiles(), "problem.yaml",
                   "A: {distribution: fixed-structured, density: 0.5}",
                   "A: {distribution: actual-data, file: a-mask.txt}");
  b = edit(b, "problem.yaml",
           "B: {distribution: fixed-structured, density: 1.0}",
           "B: {distribution: hss, ratios: ['2:4', '4:4']}");
  for (auto &[name, text] : b)
    name = dir + "/" + name;
  FrontEndResult r = loadTimeloopBuffers(b);
  ASSERT_TRUE(r.success) << allDiagnostics(r);
  const auto &w = r.spec.workload;
  EXPECT_EQ(w.densities[0].kind, model::DensityKind::ActualData);
  ASSERT_TRUE(w.densities[0].mask);
  EXPECT_EQ(w.densities[0].mask->size(), 512u * 256u);
  EXPECT_EQ((*w.densities[0].mask)[0], 1);
  EXPECT_EQ((*w.densities[0].mask)[1], 0);
  ASSERT_EQ(w.densities[1].hss.size(), 2u);
  EXPECT_EQ(w.densities[1].hss[0].g, 4u); // innermost rank first
  EXPECT_EQ(w.densities[1].hss[1].g, 2u);
  model::EvalResult e = model::evaluate(r.spec);
  EXPECT_TRUE(e.success);

  // A mask of the wrong size is named with its file and sizes.
  {
    FILE *f = fopen(maskPath.c_str(), "w");
    fprintf(f, "1 0 1\n");
    fclose(f);
  }
  FrontEndResult bad = loadTimeloopBuffers(b);
  EXPECT_FALSE(bad.success);
  EXPECT_NE(allDiagnostics(bad).find("has 3 values but the data space has "
                                     "131072"),
            std::string::npos)
      << allDiagnostics(bad);
}

TEST(FrontEnd, MissingSectionIsNamed) {
  Buffers b = exampleFiles();
  b.erase(b.begin() + 2); // map.yaml
  FrontEndResult r = loadTimeloopBuffers(b);
  EXPECT_FALSE(r.success);
  EXPECT_NE(allDiagnostics(r).find("no 'mapping' section"), std::string::npos);
}

TEST(FrontEnd, UnknownKeysWarn) {
  FrontEndResult r = loadTimeloopBuffers(edit(
      exampleFiles(), "map.yaml", "permutation: NMK}", "permutaton: NMK}"));
  EXPECT_TRUE(r.success);
  EXPECT_NE(allDiagnostics(r).find("warning: unknown key 'permutaton'"),
            std::string::npos);
}

} // namespace
