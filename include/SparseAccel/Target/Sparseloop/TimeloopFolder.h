//===- TimeloopFolder.h - One runnable Timeloop folder ----------*- C++ -*-===//
//
// Writes one evaluation as a folder the public `timeloop-model` runs: the
// five YAML files of TimeloopEmitter.h and a README that says how to run
// it, what the files assume, what they approximate and what difference the
// approximations make. Before anything is written the files are read back
// with the cost model's own front end and evaluated, so the README states
// the numbers the files give next to the numbers they stand for.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPFOLDER_H
#define SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPFOLDER_H

#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Target/Sparseloop/TimeloopEmitter.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sparseaccel::sparseloop {

/// What a folder is for.
struct FolderRequest {
  /// The README's heading.
  std::string title;
  /// Lines after the commands ("Operation: ...", "Design: ...").
  std::vector<std::string> facts;
  /// Assumptions of the problem itself, shared by the reference numbers
  /// (e.g. "weights run at the design's 2:4 pattern"); they are not
  /// approximations of the files.
  std::vector<std::string> modellingNotes;
  /// The numbers the files stand for, and their name in the README.
  std::string referenceName = "accel.cost";
  uint64_t referenceCycles = 0;
  double referenceEnergyPJ = 0;
};

/// Why nothing was written.
enum class FolderFailure {
  None,
  /// The spec uses something the public Timeloop cannot run (position
  /// skipping without a public fallback, an architecture that cannot nest).
  Unsupported,
  /// The files do not read back or do not reproduce the reference: a bug.
  Internal,
  /// The directory exists or cannot be written.
  Io
};

/// What was written.
struct FolderResult {
  FolderFailure failure = FolderFailure::None;
  /// Everything the files express differently from the spec.
  std::vector<std::string> approximations;
  /// The files as the cost model reads and evaluates them.
  model::EvalResult files;
  /// The files give exactly the reference's cycles and energy.
  bool reproducesReference = false;
  /// The files as the public Timeloop of July 2022 counts them, where that
  /// differs from Sparseloop (model::TimeloopVariant::Public2022).
  std::optional<model::EvalResult> public2022;
  /// Why the public Timeloop of July 2022 refuses files that Sparseloop
  /// evaluates (its rounding makes a tile overflow), or empty.
  std::string public2022Refusal;
};

/// Writes `dir` (which must not exist) through a temporary sibling, so a
/// failure leaves nothing behind. Fails, writing nothing, when the spec
/// cannot be emitted, when the files do not read back, or when they list
/// no approximation yet do not reproduce the reference (an emitter bug;
/// `result.files` then holds the files' evaluation for the diagnostic).
bool writeTimeloopFolder(const model::ModelSpec &spec, const std::string &dir,
                         const FolderRequest &request, FolderResult &result,
                         std::string &error);

/// The command that runs Sparseloop on a folder written above.
extern const char *const kTimeloopCommand;

} // namespace sparseaccel::sparseloop

#endif // SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPFOLDER_H
