//===- Api.h - A plain C++ facade for the Python bindings -------*- C++ -*-===//
//
// Everything the Python module needs, with std types only: the pybind11
// translation unit is built with RTTI and exceptions, LLVM/MLIR without, so
// it must not see MLIR classes. Errors never throw: each result carries
// `ok` and the diagnostics (with locations) as text.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_BINDINGS_API_H
#define SPARSEACCEL_BINDINGS_API_H

#include <cstdint>
#include <string>
#include <vector>

namespace sparseaccel::api {

struct Status {
  bool ok = true;
  /// "file:line:col: error: message" lines (warnings too).
  std::string diagnostics;
};

/// A `#fiber.encoding` applied to a tensor shape and element type.
struct EncodingInfo {
  Status status;
  /// The attribute as MLIR prints it.
  std::string text;
  unsigned numRanks = 0;
  std::vector<std::string> rankNames;
  /// 1 - prod G/H over the ruled ranks (the structured density bound).
  double ruleDensity = 1.0;
  /// The density model's expected density (or the rule bound).
  double expectedDensity = 1.0;
  double metadataBits = 0;
  double packedBits = 0;
  double valueBits = 0;
};

EncodingInfo inspectEncoding(const std::string &encoding,
                             const std::vector<int64_t> &shape,
                             const std::string &elementType);

/// The cost model on Timeloop/Sparseloop v0.3 files (paths), or on in-memory
/// (name, text) pairs. `json` holds sparse-model's JSON output.
struct EvalOutput {
  Status status;
  std::string json;
};
EvalOutput evaluateFiles(const std::vector<std::string> &paths);
EvalOutput evaluateTexts(const std::vector<std::string> &names,
                         const std::vector<std::string> &texts);

/// Preset names and the directory they live in.
std::vector<std::string> presetNames();
std::string presetPath(const std::string &name);

/// Runs `pipeline` (a pass pipeline, e.g.
/// "sparse-accel-pipeline{arch=stc budget=2000}") on MLIR text and returns
/// the per-operation report as JSON (`ops`: list of dicts) plus the
/// resulting IR.
struct PipelineOutput {
  Status status;
  std::string reportJson;
  std::string ir;
};
PipelineOutput runPipeline(const std::string &irText,
                           const std::string &pipeline,
                           const std::string &bufferName);

} // namespace sparseaccel::api

#endif // SPARSEACCEL_BINDINGS_API_H
