//===- TimeloopEmitter.h - Model structs back to Timeloop YAML --*- C++ -*-===//
//
// Writes a model::ModelSpec as the files `timeloop-model` takes: problem
// (with densities), v0.3 architecture tree, mapping, sparse_optimizations
// and ERT, using only keys the public Timeloop/Sparseloop accepts. The
// front end (TimeloopFrontEnd.h) reads every file back into the same spec.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPEMITTER_H
#define SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPEMITTER_H

#include "SparseAccel/Model/Spec.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace sparseaccel::sparseloop {

/// Writes `mapping` as a Timeloop v0.3 `mapping:` section: keep/bypass per
/// level, then temporal and spatial factors with permutations (innermost
/// first) and the X/Y split, in a form the front end reads back unchanged.
void emitMapping(const model::ModelSpec &spec,
                 const model::MappingSpec &mapping, llvm::raw_ostream &os);

/// The five files of one evaluation, and what had to be approximated.
struct EmittedConfig {
  std::string problem, arch, mapping, sparseOpt, ert;
  /// Human-readable notes on everything the public Timeloop cannot express
  /// exactly (also written as comments into the files).
  std::vector<std::string> approximations;
  /// Differences that may change nothing (HSS format ranks written as a
  /// fixed-structured law): listed only when the files do not reproduce
  /// the reference.
  std::vector<std::string> approximationsIfDifferent;
};

/// Renames the problem dimensions to single capital letters (Timeloop
/// parses permutations character by character); returns the spec to emit.
/// `renamed` receives "d0 -> A" style lines.
model::ModelSpec withTimeloopDimNames(const model::ModelSpec &spec,
                                      std::vector<std::string> &renamed);

/// Emits every file. Fails (returning false, `error` set) for features the
/// public Timeloop lacks and that have no close equivalent (position
/// skipping), or an architecture whose instance counts do not nest.
bool emitTimeloopConfig(const model::ModelSpec &spec, EmittedConfig &out,
                        std::string &error);

} // namespace sparseaccel::sparseloop

#endif // SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPEMITTER_H
