//===- sparseloop-fuzzer.cpp - libFuzzer target for sparse-model ----------===//
//
// Feeds arbitrary bytes to the Timeloop YAML front end as one concatenated
// input file and evaluates whatever it accepts. Any crash, sanitizer report
// or abort is a bug: bad input must come back as diagnostics.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  std::string text(reinterpret_cast<const char *>(data), size);
  auto in = sparseaccel::sparseloop::loadTimeloopBuffers({{"fuzz.yaml", text}});
  if (in.success)
    (void)sparseaccel::model::evaluate(in.spec);
  return 0;
}
