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
  /// The values converted to float (the simulator computes in float).
  std::vector<float> values;
};

bool readNpy(const std::string &path, NpyArray &out, std::string &error);
bool parseNpy(const std::vector<uint8_t> &bytes, NpyArray &out,
              std::string &error);
/// Writes float32.
bool writeNpy(const std::string &path, const std::vector<int64_t> &shape,
              const std::vector<float> &values, std::string &error);

} // namespace sparseaccel::sim

#endif // SPARSEACCEL_SIM_NPY_H
