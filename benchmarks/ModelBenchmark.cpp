//===- ModelBenchmark.cpp - Speed of one cost-model evaluation ------------===//
//
// BM_EvaluateStc: the fig15 STC case (M512-K256-N1024), parsed once, then
// evaluated repeatedly (parsing excluded), the figure the cost-model issue
// asks for. BM_Levels/BM_Rank: how the time grows with the number of
// storage levels and with the tensor rank, on generated matmul-like specs
// with compressed operands and skipping so every step of the model runs.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace sparseaccel;
using namespace sparseaccel::model;

static ModelSpec loadStc() {
  std::string dir = std::string(SPARSEACCEL_EXAMPLES_DIR) +
                    "/sparseloop/stc-m512-k256-n1024/";
  auto res = sparseloop::loadTimeloopFiles(
      {dir + "arch.yaml", dir + "problem.yaml", dir + "map.yaml",
       dir + "sparse.yaml", dir + "ERT.yaml"});
  if (!res.success) {
    for (auto &d : res.diagnostics)
      std::fprintf(stderr, "%s\n", d.text.c_str());
    std::abort();
  }
  return res.spec;
}

static void BM_EvaluateStc(benchmark::State &state) {
  ModelSpec spec = loadStc();
  for (auto _ : state) {
    EvalResult r = evaluate(spec);
    benchmark::DoNotOptimize(r.energy);
  }
  EvalResult r = evaluate(spec);
  state.counters["cycles"] = double(r.cycles);
  state.counters["energy_uJ"] = r.energy / 1e6;
}
BENCHMARK(BM_EvaluateStc)->Unit(benchmark::kMicrosecond);

/// Z[x1..x(r-1)] += A[x1..x(r-1), k] * B[k, x1]: operand A has rank r and
/// every dimension has 256 points. `levels` storage levels: each level below
/// the top splits every dimension by 2 and the top takes the rest; A is
/// CP-compressed everywhere (one rank per loop) and the innermost level
/// skips B on A.
static ModelSpec syntheticSpec(unsigned levels, unsigned rank) {
  ModelSpec s;
  WorkloadSpec &w = s.workload;
  unsigned outDims = rank - 1;
  for (unsigned d = 0; d < outDims; ++d)
    w.dimNames.push_back("X" + std::to_string(d));
  w.dimNames.push_back("K");
  unsigned k = outDims;
  w.bounds.assign(w.dimNames.size(), 256);
  DataSpaceSpec a{"A", {}, false}, b{"B", {}, false}, z{"Z", {}, true};
  for (unsigned d = 0; d < outDims; ++d) {
    a.axes.push_back({{d, 1}});
    z.axes.push_back({{d, 1}});
  }
  a.axes.push_back({{k, 1}});
  b.axes = {{{k, 1}}, {{0, 1}}};
  w.dataSpaces = {a, b, z};
  w.densities = {DensitySpec::of(DensityKind::FixedStructured, 0.5),
                 DensitySpec::of(DensityKind::Hypergeometric, 0.7),
                 DensitySpec::of(DensityKind::Dense, 1.0)};
  for (unsigned l = 0; l < levels; ++l) {
    StorageLevelSpec sl;
    sl.name = "L" + std::to_string(l);
    sl.wordBits = 8;
    sl.isDRAM = l + 1 == levels;
    if (!sl.isDRAM)
      sl.size = uint64_t(1) << 40;
    sl.metadataStorageWidth = 8;
    sl.metadataStorageDepth = uint64_t(1) << 40;
    sl.instances = 1;
    for (unsigned op = 0; op < kNumStorageOps; ++op)
      sl.opEnergy[op] = 1.0 + l;
    s.arch.levels.push_back(sl);
    LevelMappingSpec lm;
    lm.keep = {true, true, true};
    int64_t factor = l + 1 == levels ? 256 >> (levels - 1) : 2;
    for (unsigned d = 0; d < w.dimNames.size(); ++d)
      lm.loops.push_back({d, factor, LoopKind::Temporal});
    s.mapping.levels.push_back(lm);
    LevelSafSpec saf;
    RepresentationSpec rep;
    rep.innerToOuter = true;
    for (unsigned r = 0; r + 1 < rank * (l + 1); ++r)
      rep.ranks.push_back({RankFormat::UOP, 0, 0, {}});
    rep.ranks.insert(rep.ranks.begin(), {RankFormat::CP, 2, 0, {}});
    saf.formats[0] = rep;
    if (l == 0)
      saf.actions.push_back({ActionOptKind::Skipping, {{1, {0}}}});
    s.sparse.levels.push_back(saf);
  }
  s.arch.compute.instances = 1;
  s.arch.compute.randomEnergy = 1;
  return s;
}

static void BM_Levels(benchmark::State &state) {
  ModelSpec spec = syntheticSpec(unsigned(state.range(0)), 3);
  EvalResult check = evaluate(spec);
  if (!check.success) {
    state.SkipWithError(check.errors.front().c_str());
    return;
  }
  for (auto _ : state)
    benchmark::DoNotOptimize(evaluate(spec).energy);
}
BENCHMARK(BM_Levels)->DenseRange(2, 8, 1)->Unit(benchmark::kMicrosecond);

static void BM_Rank(benchmark::State &state) {
  ModelSpec spec = syntheticSpec(4, unsigned(state.range(0)));
  EvalResult check = evaluate(spec);
  if (!check.success) {
    state.SkipWithError(check.errors.front().c_str());
    return;
  }
  for (auto _ : state)
    benchmark::DoNotOptimize(evaluate(spec).energy);
}
BENCHMARK(BM_Rank)->DenseRange(2, 6, 1)->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
