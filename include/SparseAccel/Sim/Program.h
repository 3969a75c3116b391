//===- Program.h - Accelerator programs and their binary form ---*- C++ -*-===//
//
// A program for a HighLight-class accelerator (docs/isa.md): declared
// buffer capacities and MAC count, the tensors it exchanges with the host,
// packed weight blobs (hierarchical CP, HssPacking.h), and a compact
// instruction stream. `serialize`/`deserialize` are the binary form; the
// loader checks everything (magic, version, sizes, offsets, CRC, operand
// references, capacities) before anything runs.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_SIM_PROGRAM_H
#define SPARSEACCEL_SIM_PROGRAM_H

#include "SparseAccel/Sim/HssPacking.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sparseaccel::sim {

enum class Opcode : uint8_t {
  /// Z = 0 for output tensor `a`.
  Zero = 1,
  /// DMA weight blob `a` (payload + metadata) from DRAM into the GLB.
  LoadWeights = 2,
  /// Z[c] (M x N) += X[b] (M x K) x W[a] (K x N, packed by columns along
  /// K), rows [r0, r0 + r1) of X in this pass: the PE arrays walk the
  /// stored blocks of each weight column (rank-1 skipping), select X
  /// columns from rank-0 coordinates, and gate on zeros of X.
  MatMul = 3,
  /// Repeat the instructions up to the matching EndLoop `a` times.
  Loop = 4,
  EndLoop = 5,
  /// Wait for outstanding DMA (timing only).
  Barrier = 6,
  Halt = 0xff,
};

struct Instruction {
  Opcode op = Opcode::Halt;
  uint8_t r0 = 0;
  uint16_t r1 = 0;
  uint32_t a = 0, b = 0, c = 0;
};

struct TensorDecl {
  std::string name;
  bool output = false;
  std::vector<uint32_t> shape; // 1..4 dims
  uint64_t elements() const;
};

struct Program {
  uint32_t macs = 1024;       // MACs per cycle
  uint32_t glbBytes = 262144; // global buffer capacity
  uint32_t dramBytesPerCycle = 32;
  std::vector<TensorDecl> tensors;
  std::vector<PackedHss> weights;
  std::vector<Instruction> code;
};

std::vector<uint8_t> serialize(const Program &program);

/// Parses and validates; on failure `error` says what and where (byte
/// offset) and `out` is unspecified.
bool deserialize(const std::vector<uint8_t> &bytes, Program &out,
                 std::string &error);

/// Checks references, loop nesting and that every weight blob fits the
/// declared GLB (also run by deserialize).
bool validate(const Program &program, std::string &error);

/// A human-readable listing.
std::string listing(const Program &program);

} // namespace sparseaccel::sim

#endif // SPARSEACCEL_SIM_PROGRAM_H
