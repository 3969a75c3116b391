//===- RankFormat.h - Per-rank representation formats -----------*- C++ -*-===//
//
// The five per-rank formats of Sparseloop (thesis §3.2.1, §4.6.3) plus
// uncompressed. A tensor format is a hierarchy of these, one per fibertree
// rank (CSR = UOP-CP, COO = CP^2, CSB = UOP-CP-CP, CSF = CP-CP-CP).
//
// Plain C++: shared by the cost model, the fiber dialect and the simulator.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_RANKFORMAT_H
#define SPARSEACCEL_MODEL_RANKFORMAT_H

#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <optional>

namespace sparseaccel::model {

enum class RankFormat : uint8_t {
  /// Uncompressed: every coordinate of the fiber is stored, no metadata.
  U,
  /// Bitmask: one bit per coordinate, payloads only for non-empty ones.
  B,
  /// Coordinate-payload: an explicit coordinate per non-empty element.
  CP,
  /// Uncompressed offset pairs: S+1 offsets per fiber into the rank below.
  UOP,
  /// Run-length: the number of empty coordinates before each non-empty one.
  RLE,
  /// Uncompressed bitmask: every coordinate stored, plus a bitmask.
  UB,
};

llvm::StringRef toString(RankFormat format);
std::optional<RankFormat> parseRankFormat(llvm::StringRef name);

/// True for formats that store only the non-empty coordinates of a fiber.
inline bool isCompressed(RankFormat format) {
  return format == RankFormat::B || format == RankFormat::CP ||
         format == RankFormat::RLE;
}

/// A compressed rank format a design can decode: `CP`, `B` or `RLE`,
/// optionally with its metadata word bits, `CP(4)` (`bits` 0: not given).
std::optional<RankFormat> parseFormatChoice(llvm::StringRef text,
                                            unsigned &bits);

/// Bits needed to count up to `value` inclusive (at least 1).
unsigned bitsFor(uint64_t value);

/// Default metadata bits per stored unit of a rank of fiber shape `extent`:
/// CP and RLE need ceil(log2(extent)) (a coordinate, or a run that never
/// overflows), B and UB one bit per coordinate, U and UOP none.
unsigned defaultMetadataBits(RankFormat format, int64_t extent);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_RANKFORMAT_H
