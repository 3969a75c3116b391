//===- Executor.h - Run an accelerator program on data ----------*- C++ -*-===//

#ifndef SPARSEACCEL_SIM_EXECUTOR_H
#define SPARSEACCEL_SIM_EXECUTOR_H

#include "SparseAccel/Sim/Program.h"

#include <string>
#include <vector>

namespace sparseaccel::sim {

/// What the run did, in the cost model's categories: DRAM and GLB reads
/// and writes (bytes; GLB words are 4 bytes), MAC slots spent (stored weight
/// entries x rows) split into effectual (both operands non-zero) and gated
/// (a zero operand: the MAC idles, the slot is spent).
struct SimStats {
  uint64_t cycles = 0;
  /// Sums over phases (DMA and compute overlap within a phase).
  uint64_t computeCycles = 0;
  uint64_t dmaCycles = 0;
  uint64_t glbCycles = 0;
  uint64_t macSlots = 0, effectual = 0, gated = 0;
  /// Products of the dense problem never visited: the weights' unstored
  /// blocks (structured skipping).
  uint64_t skipped = 0;
  uint64_t dramReadBytes = 0, dramWriteBytes = 0;
  uint64_t glbReadBytes = 0, glbWriteBytes = 0;
  uint64_t instructions = 0;
};

/// Runs a program (validated first). `tensors[i]` holds tensor i's values:
/// inputs filled by the caller, outputs and scratch sized by the executor.
bool execute(const Program &program, std::vector<std::vector<double>> &tensors,
             SimStats &stats, std::string &error);

} // namespace sparseaccel::sim

#endif // SPARSEACCEL_SIM_EXECUTOR_H
