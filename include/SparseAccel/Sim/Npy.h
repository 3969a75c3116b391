//===- Npy.h - NumPy .npy files for the simulator ---------------*- C++ -*-===//
//
// Reads and writes version 1.0/2.0 .npy files of little-endian float32,
// float64, int8, int32 and int64 arrays in C order. Every malformed header
// is an error naming what is wrong.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_SIM_NPY_H
#define SPARSEACCEL_SIM_NPY_H

#include <cstdint>
#include <string>
#include <vector>

namespace sparseaccel::sim {

struct NpyArray {
  /// numpy's descr without the byte-order mark: "f4", "f8", "i1", "i4", "i8".
  std::string dtype;
  std::vector<int64_t> shape;
  /// The values as double: exact for every supported dtype but int64
  /// beyond 2^53.
  std::vector<double> values;
};

bool readNpy(const std::string &path, NpyArray &out, std::string &error);
bool parseNpy(const std::vector<uint8_t> &bytes, NpyArray &out,
              std::string &error);
/// Writes `dtype` "f4" (float32) or "i4" (int32; values must be integers
/// in range).
bool writeNpy(const std::string &path, const std::vector<int64_t> &shape,
              const std::vector<double> &values, const std::string &dtype,
              std::string &error);

} // namespace sparseaccel::sim

#endif // SPARSEACCEL_SIM_NPY_H
