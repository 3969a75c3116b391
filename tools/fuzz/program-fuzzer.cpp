//===- program-fuzzer.cpp - libFuzzer target for accelerator programs -----===//
//
// The binary loader must refuse every malformed program with an error and
// never crash; a program it accepts must run on zero inputs.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Sim/Executor.h"
#include "SparseAccel/Sim/Program.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/CRC.h"

#include <cstdint>
#include <cstring>
#include <vector>

using namespace sparseaccel::sim;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::vector<uint8_t> bytes(data, data + size);
  // Half the inputs get a valid checksum, so mutations reach the
  // structural checks behind it.
  if (size > 8 && (data[size / 2] & 1)) {
    uint32_t crc = llvm::crc32(llvm::ArrayRef<uint8_t>(bytes.data(), size - 4));
    std::memcpy(bytes.data() + size - 4, &crc, 4);
  }
  Program p;
  std::string error;
  if (!deserialize(bytes, p, error))
    return 0;
  // Inputs of ones; weights packed at load of zeros, which fit any
  // pattern, so that execution is reached.
  std::vector<std::vector<double>> tensors(p.tensors.size());
  for (size_t t = 0; t < p.tensors.size(); ++t)
    if (p.tensors[t].kind == TensorKind::Input)
      tensors[t].assign(p.tensors[t].elements(), 1.0);
  for (const WeightBlob &b : p.weights)
    if (b.source >= 0)
      std::fill(tensors[b.source].begin(), tensors[b.source].end(), 0.0);
  SimStats stats;
  (void)execute(p, tensors, stats, error);
  return 0;
}
