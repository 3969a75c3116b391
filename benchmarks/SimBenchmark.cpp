//===- SimBenchmark.cpp - Throughput of the simulator's HSS kernel --------===//
//
// Effectual MACs per second of hssMatmul on one core (target: >= 1e8) for
// HighLight's densest and sparsest weights and a half-zero B.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Sim/HssPacking.h"

#include <benchmark/benchmark.h>

#include <random>

using namespace sparseaccel::sim;

static void BM_HssMatmul(benchmark::State &state) {
  unsigned h1 = unsigned(state.range(0)),
           bZeroPercent = unsigned(state.range(1));
  unsigned m = 256, k = 4 * h1 * 32, n = 256;
  std::mt19937 rng(1);
  std::vector<float> a(uint64_t(m) * k, 0.0f);
  for (unsigned r = 0; r < m; ++r)
    for (unsigned s = 0; s < k; s += 4 * h1)
      for (unsigned b = 0; b < 2; ++b)
        for (unsigned e = 0; e < 2; ++e)
          a[uint64_t(r) * k + s + b * 4 + e] = 1.0f + float(rng() % 7);
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

BENCHMARK_MAIN();
