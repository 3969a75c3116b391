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

/// The binary encoding of each is in docs/isa.md. "The current tile" of
/// problem dimension M, N or K is the mixed-radix index of the enclosing
/// loops tagged with it (0 when none), times the configured tile extent.
enum class Opcode : uint8_t {
  /// Select loop nest `a` (tile extents, GLB-level order, MAC lanes, VFMU
  /// shift; see LoopNest).
  Config = 1,
  /// Tensor `a` (output or scratch) = 0, in the GLB.
  Zero = 2,
  /// DMA weight blob `a` DRAM -> GLB: all of it (`r0` = 0) or the stored
  /// entries and metadata of the current (N, K) tile (`r0` = 1). The blob
  /// header programs the per-rank G:H of the PE arrays.
  LoadWeights = 3,
  /// DMA tensor `a` DRAM -> GLB: `r0` = 0 all of it, 1 its current (M, K)
  /// tile (an operand; an NCHW tensor its proportional share), 2 its
  /// current (M, N) tile (a result), 3 the same but only when the current
  /// K tile is not the first (partial sums coming back).
  Load = 4,
  /// DMA tensor `a` GLB -> DRAM: `r0` = 0 all of it, 2 its current (M, N)
  /// tile.
  Store = 5,
  /// Toeplitz expansion in the GLB: scratch `b` [N*OH*OW, KH*KW*C] from
  /// the NCHW tensor `a` with convolution geometry `c`; all rows (`r0` = 0)
  /// or those of the current M tile (`r0` = 1).
  Im2Col = 6,
  /// Z[c][M tile, N tile] += X[b][M tile, K tile] x W[a]^T[K tile, N tile]:
  /// the PE arrays walk the stored blocks of each packed weight row (rank-1
  /// skipping), select X values by rank-0 coordinates and gate MACs on
  /// zeros of X. The GLB-level loops of the nest run inside.
  MatMul = 7,
  /// Output `b` [N, F, OH, OW] from scratch `a` [N*OH*OW, F]: all rows
  /// (`r0` = 0) or those of the current M tile (`r0` = 1).
  RowsToNCHW = 8,
  /// Repeat the instructions up to the matching EndLoop `a` times; `r0`
  /// tags the loop with the dimension it tiles (0 M, 1 N, 2 K, 3 none,
  /// 4 the batch of a batched product).
  Loop = 9,
  EndLoop = 10,
  /// Wait for outstanding DMA and compute: DMA, GLB traffic and compute
  /// overlap between barriers (double buffering).
  Barrier = 11,
  /// Tensor `a` = input `b`: a product that accumulates into an initial
  /// value (a bias); DMA DRAM -> GLB. Same shape, or `b` NCHW [N, F, OH,
  /// OW] unfolded into the scratch rows `a` [N*OH*OW, F] of a convolution.
  Init = 12,
  Halt = 0xff,
};

struct Instruction {
  Opcode op = Opcode::Halt;
  uint8_t r0 = 0;
  uint16_t r1 = 0;
  uint32_t a = 0, b = 0, c = 0;
};

enum class TensorKind : uint8_t { Input = 0, Output = 1, Scratch = 2 };

/// Element types. A MatMul multiplies f32 by f32 into f32 (accumulated in
/// f32), or i8 by i8 into i32 (exact, wrapping like 32-bit accumulators).
enum class DType : uint8_t { F32 = 0, I8 = 1, I32 = 2 };

struct TensorDecl {
  std::string name;
  TensorKind kind = TensorKind::Input;
  DType dtype = DType::F32;
  std::vector<uint32_t> shape; // 1..4 dims
  uint64_t elements() const;
};

/// How an input tensor holds weights that are packed when the program is
/// loaded: W [K, N] (a matmul), W [F, C, KH, KW] (a convolution, K in
/// (kh, kw, c) order) or W [B, K, N] (a batch matmul).
enum class WeightLayout : uint8_t { KN = 0, FCHW = 1, BKN = 2 };

/// A packed weight operand: row n of the packing is column n of W^T, so
/// the blob is N x K packed along K. Its values are in the program, or
/// (`source` >= 0) in input tensor `source`, packed by the simulator at
/// load time (weights that arrive as function arguments).
struct WeightBlob {
  PackedHss packed;
  int32_t source = -1;
  WeightLayout layout = WeightLayout::KN;
};

/// Packs the runtime blobs of `program` from the input tensors (values as
/// the executor holds them); fails, with `error`, when the data breaks the
/// blob's pattern.
struct Program;
bool packRuntimeWeights(const Program &program,
                        const std::vector<std::vector<double>> &tensors,
                        std::vector<WeightBlob> &resolved, std::string &error);

/// Kernel, stride and dilation of a convolution (no padding: the host pads).
struct ConvGeometry {
  uint16_t kh = 1, kw = 1, strideH = 1, strideW = 1, dilationH = 1,
           dilationW = 1;
};

/// How a MatMul walks its problem (M rows, N columns, K reduction): the
/// DRAM-level tile held in the GLB (`tile`), the step the GLB hands the
/// arrays per GLB-level iteration (`step`, spatial fan-out included), the
/// GLB-level loop order (innermost first), which tensors the GLB keeps
/// (bit 0 X, 1 W, 2 Z; the others stream from DRAM past it), which a
/// buffer below the GLB holds (same bits: a tensor held below is fetched
/// when its step changes, one that is not is fetched for every use, once
/// per multicast group of the spatial fan-out below), that fan-out per
/// dimension, which of the held tensors are nonetheless refetched whole on
/// every GLB step (`streamed`: loops between their holder and the GLB move
/// the holder's tile within a step), whether the GLB skips X reads where
/// the weight step stores nothing, and the MAC lanes in use. With `xBlock`
/// > 0, X is held compressed block-CSR along K (thesis §6.3.4): each block
/// of `xBlock` values keeps its non-zeros plus `xBlockMetaBits` of start and
/// end addresses, so DMA and GLB reads of X move only those.
struct LoopNest {
  /// `batch` independent products (X [batch, M, K], Z [batch, M, N], the
  /// blob's rows batch-major); the current one is the batch loops' index.
  uint32_t batch = 1;
  uint32_t m = 1, n = 1, k = 1;
  uint32_t tile[3] = {1, 1, 1};
  uint32_t step[3] = {1, 1, 1};
  uint8_t order[3] = {2, 1, 0};
  uint8_t glbKeeps = 7;
  uint8_t heldBelow = 7;
  uint8_t streamed = 0;
  uint32_t fanout[3] = {1, 1, 1};
  uint8_t skipXOnW = 0;
  uint32_t lanes = 1;
  uint32_t vfmuShift = 1;
  uint32_t xBlock = 0;
  uint32_t xBlockMetaBits = 0;
  /// A streamed X or W is fetched this many times per GLB step: loops
  /// between its holder and the GLB that it does not depend on, outside
  /// those it does, cycle its tile again.
  uint32_t refetch[2] = {1, 1};
};

struct Program {
  uint32_t macs = 1024;       // MACs per cycle
  uint32_t glbBytes = 262144; // global buffer capacity
  uint32_t dramBytesPerCycle = 32;
  /// GLB bandwidth per direction; 0 is unlimited.
  uint32_t glbBytesPerCycle = 0;
  /// The datapath's word width: DMA, GLB capacity and traffic count data
  /// in words of this many bits (the simulator computes in f32).
  uint32_t wordBits = 32;
  std::vector<TensorDecl> tensors;
  std::vector<WeightBlob> weights;
  std::vector<ConvGeometry> convs;
  std::vector<LoopNest> nests;
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
