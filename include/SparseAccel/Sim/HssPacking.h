//===- HssPacking.h - Hierarchical CP packing of HSS operands ---*- C++ -*-===//
//
// The storage format of HighLight's structured operand (thesis Fig. 6-5):
// along the reduction dimension, every group of H(r) blocks keeps exactly
// G(r) of them, each named by a CP coordinate of ceil(log2 H(r)) bits; the
// innermost rank keeps G0 values per block of H0 with ceil(log2 H0)-bit
// coordinates. Rows are independent. The packed size is therefore fixed by
// the pattern, which is what `#fiber.encoding` predicts.
//
// Plain C++: used by the simulator and by the lowering to pack constants.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_SIM_HSSPACKING_H
#define SPARSEACCEL_SIM_HSSPACKING_H

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sparseaccel::sim {

/// Appends and reads fields of a few bits, LSB first.
class BitStream {
public:
  void write(uint64_t value, unsigned bits);
  uint64_t read(uint64_t &pos, unsigned bits) const;
  uint64_t sizeInBits() const { return bits_; }
  const std::vector<uint8_t> &bytes() const { return bytes_; }
  static BitStream fromBytes(std::vector<uint8_t> bytes, uint64_t bits);

private:
  std::vector<uint8_t> bytes_;
  uint64_t bits_ = 0;
};

/// G:H per rank, innermost (C0) first.
using HssRanks = std::vector<std::pair<unsigned, unsigned>>;

/// A rows x K operand packed along K.
struct PackedHss {
  unsigned rows = 0, k = 0;
  HssRanks ranks;
  /// Values, G0 per stored block, in storage order.
  std::vector<float> payload;
  /// Per rank (innermost first), the CP coordinates.
  std::vector<BitStream> metadata;
  unsigned valueBits = 32;

  uint64_t metadataBits() const;
  uint64_t payloadBits() const { return uint64_t(payload.size()) * valueBits; }
  uint64_t totalBits() const { return metadataBits() + payloadBits(); }
};

unsigned coordinateBits(unsigned h);

/// Packs a row-major rows x k matrix whose rows obey `ranks` along k. A
/// group with fewer non-empty members than G stores explicit zeros (the
/// hardware always reads G). Fails, with `error`, when k is not a multiple
/// of the pattern's period or a group holds more than G non-empty members.
bool packHss(const std::vector<float> &dense, unsigned rows, unsigned k,
             const HssRanks &ranks, unsigned valueBits, PackedHss &out,
             std::string &error);

/// The dense rows x k matrix back.
std::vector<float> unpackHss(const PackedHss &packed);

/// Z[rows x n] += A[rows x k] x B[k x n] with A packed: only stored values
/// are multiplied (structured skipping); a zero in B gates the MAC.
struct MacCounts {
  uint64_t effectual = 0; // both operands non-zero
  uint64_t gated = 0;     // B (or a padded A entry) was zero
};
MacCounts hssMatmul(const PackedHss &a, const float *b, unsigned n, float *z);

} // namespace sparseaccel::sim

#endif // SPARSEACCEL_SIM_HSSPACKING_H
