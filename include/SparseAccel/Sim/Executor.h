//===- Executor.h - Run an accelerator program on data ----------*- C++ -*-===//

#ifndef SPARSEACCEL_SIM_EXECUTOR_H
#define SPARSEACCEL_SIM_EXECUTOR_H

#include "SparseAccel/Sim/Program.h"

#include <string>
#include <vector>

namespace sparseaccel::sim {

/// What the run did, in the cost model's categories.
struct SimStats {
  uint64_t cycles = 0;
  uint64_t computeCycles = 0;
  uint64_t dmaCycles = 0;
  /// MAC slots the arrays spent (stored weight entries x rows), of which
  /// effectual (both operands non-zero) and gated (a zero operand).
  uint64_t macSlots = 0, effectual = 0, gated = 0;
  uint64_t dramReadBytes = 0, dramWriteBytes = 0;
};

/// Z[M x N] += X[M x K] x W[K x N] for rows [row0, row0 + rows), W packed
/// by columns along K.
MacCounts hssMatmulRight(const PackedHss &w, const float *x, unsigned k,
                         unsigned row0, unsigned rows, float *z);

/// Runs a validated program. `tensors[i]` holds tensor i's values (inputs
/// filled, outputs sized by the executor).
bool execute(const Program &program, std::vector<std::vector<float>> &tensors,
             SimStats &stats, std::string &error);

} // namespace sparseaccel::sim

#endif // SPARSEACCEL_SIM_EXECUTOR_H
