//===- TimeloopFrontEnd.h - Timeloop/Sparseloop v0.3 inputs -----*- C++ -*-===//
//
// Reads the files `timeloop-model` takes (problem with densities, v0.3
// architecture tree, mapping, sparse_optimizations, Accelergy ERT), given
// separately or concatenated, into a model::ModelSpec. Every problem is
// reported with file, line and key; nothing is silently defaulted except
// what Timeloop itself documents as optional.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPFRONTEND_H
#define SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPFRONTEND_H

#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Model/Spec.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sparseaccel::sparseloop {

struct FrontEndDiagnostic {
  bool isError = true;
  /// "file:line:col: error: message".
  std::string text;
};

/// The compiler's own `preset:` section of an architecture file (Timeloop
/// ignores it): what the hardware can exploit beyond its SAFs.
struct PresetInfo {
  std::string name;
  /// Per tensor role: structured patterns the hardware exploits
  /// (`2:4`, `C1(2:{2..8})->C0(2:{2..4})`); empty: none declared.
  std::map<std::string, std::vector<std::string>> patterns;
  /// Whether the structured operand may be either input of a product.
  bool swapOperands = true;
  /// Per tensor role: the rank formats the hardware decodes for its
  /// compressed ranks (`CP`, `B`, `RLE`, optionally with metadata bits
  /// `CP(4)`), for --accel-assign-formats.
  std::map<std::string, std::vector<std::string>> formatChoices;
};

struct FrontEndResult {
  bool success = false;
  model::ModelSpec spec;
  PresetInfo preset;
  std::vector<FrontEndDiagnostic> diagnostics;
  /// "file:line:col" of every architecture component, by name, so errors
  /// the model finds later (a tile that does not fit) can point at it.
  std::map<std::string, std::string> componentLocations;
  /// Timeloop's mapspace constraints (`mapspace_constraints:`, or
  /// `mapspace:` with a `constraints:` list), when the inputs give them:
  /// what a search may choose. Their keep/bypass is already in `spec`.
  std::optional<model::MapSpaceConstraints> constraints;
};

/// Loads and merges `files` (paths). Top-level keys may come from any file.
FrontEndResult loadTimeloopFiles(const std::vector<std::string> &files);

/// Same, from in-memory (name, text) pairs.
FrontEndResult
loadTimeloopBuffers(const std::vector<std::pair<std::string, std::string>> &);

/// Reads an architecture, its ERT, its sparse optimisations and a
/// keep/bypass-only mapping for a workload given in memory (the presets and
/// `arch-file=` of the compiler): data-space names in the files refer to
/// `workload`'s. Loop factors in the files are ignored and the mapping of
/// the result holds keep/bypass only, unless `withLoops`: then the files'
/// mapping must give every level's factors for `workload` (a fixed
/// dataflow), named by `workload`'s dimensions.
FrontEndResult loadArchitectureFiles(const std::vector<std::string> &files,
                                     const model::WorkloadSpec &workload,
                                     bool withLoops = false);

} // namespace sparseaccel::sparseloop

#endif // SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPFRONTEND_H
