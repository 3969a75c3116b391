//===- SimBenchmark.cpp - Throughput of the simulator ---------------------===//
//
// Effectual MACs per second on one core (target: >= 1e8): of hssMatmul,
// the packing library's kernel, and of a whole program through execute(),
// the path sparse-sim runs (tiles, GLB walk and timing included), for
// HighLight's densest and sparsest weights and activations with and without
// half zeros.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Sim/Executor.h"
#include "SparseAccel/Sim/HssPacking.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace sparseaccel::sim;

/// `rows` rows of `k` values in C1(2:h1)->C0(2:4): in every group of 4 x h1
/// values, the first two of the first two blocks of 4 are non-zero.
static std::vector<float> hssRows(unsigned rows, unsigned k, unsigned h1,
                                  std::mt19937 &rng) {
  std::vector<float> a(uint64_t(rows) * k, 0.0f);
  for (unsigned r = 0; r < rows; ++r)
    for (unsigned s = 0; s < k; s += 4 * h1)
      for (unsigned b = 0; b < 2; ++b)
        for (unsigned e = 0; e < 2; ++e)
          a[uint64_t(r) * k + s + b * 4 + e] = 1.0f + float(rng() % 7);
  return a;
}

static void BM_HssMatmul(benchmark::State &state) {
  unsigned h1 = unsigned(state.range(0)),
           bZeroPercent = unsigned(state.range(1));
  unsigned m = 256, k = 4 * h1 * 32, n = 256;
  std::mt19937 rng(1);
  std::vector<float> a = hssRows(m, k, h1, rng);
  std::vector<float> bm(uint64_t(k) * n);
  for (float &x : bm)
    x = rng() % 100 < bZeroPercent ? 0.0f : float(rng() % 5 + 1);
  PackedHss p;
  std::string err;
  if (!packHss(a, m, k, {{2, 4}, {2, h1}}, 16, p, err)) {
    state.SkipWithError(err.c_str());
    return;
  }
  std::vector<float> z(uint64_t(m) * n);
  uint64_t effectual = 0;
  for (auto _ : state) {
    std::fill(z.begin(), z.end(), 0.0f);
    MacCounts c = hssMatmul(p, bm.data(), n, z.data());
    effectual += c.effectual;
    benchmark::DoNotOptimize(z.data());
  }
  state.counters["effectual_MACs_per_s"] =
      benchmark::Counter(double(effectual), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_HssMatmul)
    ->Args({2, 0})
    ->Args({8, 0})
    ->Args({2, 50})
    ->Args({8, 50})
    ->Unit(benchmark::kMillisecond);

/// A 512 x 1024 x 1024 product with C1(2:h1)->C0(2:4) weights in 128 x
/// 256 x 512 tiles, GLB steps of 16 x 16 x 64 walked K, N, M.
static void BM_Program(benchmark::State &state) {
  unsigned h1 = unsigned(state.range(0)),
           xZeroPercent = unsigned(state.range(1));
  unsigned m = 512, k = 1024, n = 1024;
  std::mt19937 rng(2);
  std::vector<float> rows = hssRows(n, k, h1, rng);
  Program p;
  p.wordBits = 8;
  p.glbBytes = 1u << 22;
  p.glbBytesPerCycle = 42;
  p.tensors = {{"x", TensorKind::Input, DType::F32, {m, k}},
               {"y", TensorKind::Output, DType::F32, {m, n}}};
  PackedHss packed;
  std::string err;
  if (!packHss(rows, n, k, {{2, 4}, {2, h1}}, 8, packed, err)) {
    state.SkipWithError(err.c_str());
    return;
  }
  p.weights.push_back({packed});
  LoopNest nest;
  nest.m = m;
  nest.n = n;
  nest.k = k;
  uint32_t tile[3] = {128, 256, 512}, step[3] = {16, 16, 64};
  for (unsigned d = 0; d < 3; ++d) {
    nest.tile[d] = tile[d];
    nest.step[d] = step[d];
  }
  nest.fanout[1] = 16;
  nest.heldBelow = 6;
  nest.glbKeeps = 3;
  nest.skipXOnW = 1;
  nest.lanes = 1024;
  nest.vfmuShift = 4 * h1;
  p.nests.push_back(nest);
  p.code = {{Opcode::Config, 0, 0, 0, 0, 0},
            {Opcode::Zero, 0, 0, 1, 0, 0},
            {Opcode::Loop, 0, 0, m / tile[0], 0, 0},
            {Opcode::Loop, 2, 0, k / tile[2], 0, 0},
            {Opcode::Load, 1, 0, 0, 0, 0},
            {Opcode::Loop, 1, 0, n / tile[1], 0, 0},
            {Opcode::LoadWeights, 1, 0, 0, 0, 0},
            {Opcode::Load, 3, 0, 1, 0, 0},
            {Opcode::MatMul, 0, 0, 0, 0, 1},
            {Opcode::Store, 2, 0, 1, 0, 0},
            {Opcode::EndLoop, 0, 0, 0, 0, 0},
            {Opcode::EndLoop, 0, 0, 0, 0, 0},
            {Opcode::EndLoop, 0, 0, 0, 0, 0},
            {Opcode::Halt, 0, 0, 0, 0, 0}};
  if (!validate(p, err)) {
    state.SkipWithError(err.c_str());
    return;
  }
  std::vector<double> x(uint64_t(m) * k);
  for (double &v : x)
    v = rng() % 100 < xZeroPercent ? 0.0f : float(rng() % 5 + 1);
  uint64_t effectual = 0;
  for (auto _ : state) {
    std::vector<std::vector<double>> tensors = {x, {}};
    SimStats stats;
    if (!execute(p, tensors, stats, err)) {
      state.SkipWithError(err.c_str());
      return;
    }
    effectual += stats.effectual;
    benchmark::DoNotOptimize(tensors[1].data());
  }
  state.counters["effectual_MACs_per_s"] =
      benchmark::Counter(double(effectual), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Program)
    ->Args({2, 0})
    ->Args({8, 0})
    ->Args({2, 50})
    ->Args({8, 50})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
