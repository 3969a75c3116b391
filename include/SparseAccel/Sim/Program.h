//===- Program.h - Accelerator programs and their binary form ---*- C++ -*-===//
//
// A program for a HighLight-class accelerator (docs/isa.md): declared
// buffer capacity, MAC count and DRAM bandwidth; the tensors it exchanges
// with the host and its scratch tensors; packed weight blobs (hierarchical
// CP, HssPacking.h); convolution geometries for the Toeplitz (im2col)
// expansion; and a compact stream of 16-byte instructions.
// `serialize`/`deserialize` are the binary form; the loader checks
// everything (magic, version, sizes, offsets, CRC, operand references,
// shapes, loop nesting, buffer capacities) before anything runs.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_SIM_PROGRAM_H
#define SPARSEACCEL_SIM_PROGRAM_H

#include "SparseAccel/Sim/HssPacking.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sparseaccel::sim {

/// The binary encoding of each is in docs/isa.md.
enum class Opcode : uint8_t {
  /// Tile configuration: `r1` rows of the streamed operand per tile out of
  /// `b` in all, `a` MAC lanes in use (the mapping's spatial unrolling),
  /// VFMU shift `c` (values of X the multiplexers advance per group of the
  /// weight pattern, the product of its H).
  Config = 1,
  /// Tensor `a` (output or scratch) = 0, in the GLB.
  Zero = 2,
  /// DMA weight blob `a` (payload and per-rank metadata) DRAM -> GLB; its
  /// header programs the per-rank G:H of the PE arrays.
  LoadWeights = 3,
  /// DMA tensor `a` DRAM -> GLB: all of it (`r0` = 0) or the current tile's
  /// share (`r0` = 1).
  Load = 4,
  /// DMA tensor `a` GLB -> DRAM, whole (`r0` = 0) or the current tile;
  /// `b` > 0 restricts it to the Z columns of weight blob `b` - 1.
  Store = 5,
  /// Toeplitz expansion in the GLB: scratch `b` [N*OH*OW, KH*KW*C] from
  /// the NCHW tensor `a` with convolution geometry `c`.
  Im2Col = 6,
  /// Z[c][tile rows, column .. column + W.rows) += X[b][tile rows, :] x
  /// W[a]^T: the PE arrays walk the stored blocks of each packed weight
  /// row (rank-1 skipping), select X values by rank-0 coordinates, and gate
  /// MACs on zeros of X.
  MatMul = 7,
  /// Output `b` [N, F, OH, OW] from scratch `a` [N*OH*OW, F] in the GLB.
  RowsToNCHW = 8,
  /// Repeat the instructions up to the matching EndLoop `a` times; the
  /// innermost loop's iteration is the current tile.
  Loop = 9,
  EndLoop = 10,
  /// Wait for outstanding DMA and compute: DMA and compute overlap between
  /// barriers (double buffering).
  Barrier = 11,
  Halt = 0xff,
};

struct Instruction {
  Opcode op = Opcode::Halt;
  uint8_t r0 = 0;
  uint16_t r1 = 0;
  uint32_t a = 0, b = 0, c = 0;
};

enum class TensorKind : uint8_t { Input = 0, Output = 1, Scratch = 2 };

struct TensorDecl {
  std::string name;
  TensorKind kind = TensorKind::Input;
  std::vector<uint32_t> shape; // 1..4 dims
  uint64_t elements() const;
};

/// A packed weight operand and the first column of Z it produces.
struct WeightBlob {
  PackedHss packed;
  uint32_t column = 0;
};

/// Kernel, stride and dilation of a convolution (no padding: the host pads).
struct ConvGeometry {
  uint16_t kh = 1, kw = 1, strideH = 1, strideW = 1, dilationH = 1,
           dilationW = 1;
};

struct Program {
  uint32_t macs = 1024;       // MACs per cycle
  uint32_t glbBytes = 262144; // global buffer capacity
  uint32_t dramBytesPerCycle = 32;
  /// The datapath's word width: DMA, GLB capacity and traffic count data
  /// in words of this many bits (the simulator computes in f32).
  uint32_t wordBits = 32;
  std::vector<TensorDecl> tensors;
  std::vector<WeightBlob> weights;
  std::vector<ConvGeometry> convs;
  std::vector<Instruction> code;
};

std::vector<uint8_t> serialize(const Program &program);

/// Parses and validates; on failure `error` says what and where (byte
/// offset or instruction) and `out` is unspecified.
bool deserialize(const std::vector<uint8_t> &bytes, Program &out,
                 std::string &error);

/// Checks references, shapes, loop nesting, tiling and that the working
/// set (weights plus the tiles of every MatMul) fits the declared GLB (also
/// run by deserialize). When the fault is in an instruction, `*at` (if
/// given) is its index, else -1.
bool validate(const Program &program, std::string &error,
              int64_t *at = nullptr);

/// A human-readable listing.
std::string listing(const Program &program);

/// The output extent of a convolution along one axis, 0 if none fits.
uint32_t convOutputExtent(uint32_t in, uint16_t kernel, uint16_t stride,
                          uint16_t dilation);

} // namespace sparseaccel::sim

#endif // SPARSEACCEL_SIM_PROGRAM_H
