//===- TimeloopFolder.cpp - One runnable Timeloop folder ------------------===//

#include "SparseAccel/Target/Sparseloop/TimeloopFolder.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"
#include "SparseAccel/Target/Support/OutputFiles.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <cmath>
#include <cstdio>

using namespace sparseaccel;
using namespace sparseaccel::model;
using namespace sparseaccel::sparseloop;

const char *const sparseloop::kTimeloopCommand =
    "timeloop-model arch.yaml problem.yaml map.yaml sparse_opt.yaml ERT.yaml";

static const char *const kModelCommand =
    "sparse-model arch.yaml problem.yaml map.yaml sparse_opt.yaml ERT.yaml";

namespace {

std::string exact(double v) {
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%.17g", v);
  return buf;
}

std::string percent(double files, double reference) {
  if (reference == 0)
    return files == 0 ? "+0.00 %" : "n/a (reference is 0)";
  char buf[40];
  std::snprintf(buf, sizeof(buf), "%+.2f %%", 100.0 * (files / reference - 1));
  return buf;
}

std::string readme(const FolderRequest &req,
                   const std::vector<std::string> &renamed,
                   const FolderResult &res) {
  std::string s = "# " + req.title +
                  "\n\nRun Sparseloop on this folder:\n\n    " +
                  kTimeloopCommand +
                  "\n\nor the compiler's model on the same files:\n\n    " +
                  kModelCommand + "\n\n";
  for (const std::string &f : req.facts)
    s += f + "\n";
  if (!renamed.empty()) {
    s += "\nDimensions (Timeloop wants one letter each):";
    for (const std::string &r : renamed)
      s += " " + r + ";";
    s += "\n";
  }
  if (!req.modellingNotes.empty()) {
    s += "\nModelling assumptions (of the problem itself; " +
         req.referenceName + " makes them too):\n";
    for (const std::string &n : req.modellingNotes)
      s += "- " + n + "\n";
  }
  if (res.public2022) {
    // The line the oracle check reads when the two Timeloops differ.
    s += "\nTimeloop versions: the public Timeloop of July 2022 gives " +
         std::to_string(res.public2022->cycles) + " cycles and " +
         exact(res.public2022->energy) + " pJ on these files (cycles " +
         percent(double(res.public2022->cycles), double(res.files.cycles)) +
         ", energy " + percent(res.public2022->energy, res.files.energy) +
         " against Sparseloop): it rounds each coordinate-list fibre's "
         "coordinate count up, and gives a format rank without a loop the "
         "tile of the innermost loop. `sparse-model "
         "--timeloop-variant=public-2022` reproduces it (docs/cost-model.md, "
         "\"Two Timeloops\").\n";
  }
  if (!res.public2022Refusal.empty()) {
    // The line the oracle check reads: Timeloop must refuse these files.
    s += "\nTimeloop versions: the public Timeloop of July 2022 refuses "
         "these files (" +
         res.public2022Refusal +
         "): it rounds each coordinate-list fibre's coordinate count up, "
         "which can overflow a buffer that Sparseloop's count fits. "
         "`sparse-model --timeloop-variant=public-2022` refuses them too "
         "(docs/cost-model.md, \"Two Timeloops\").\n";
  }
  if (res.approximations.empty()) {
    s += "\nApproximations: none (these files reproduce " + req.referenceName +
         ": " + std::to_string(res.files.cycles) + " cycles, " +
         exact(res.files.energy) + " pJ).\n";
    return s;
  }
  // The line the oracle check reads: the numbers the files give next to
  // the ones they stand for.
  s += "\nApproximations (these files give " +
       std::to_string(res.files.cycles) + " cycles and " +
       exact(res.files.energy) + " pJ; " + req.referenceName + " says " +
       std::to_string(req.referenceCycles) + " cycles and " +
       exact(req.referenceEnergyPJ) + " pJ: cycles " +
       percent(double(res.files.cycles), double(req.referenceCycles)) +
       ", energy " + percent(res.files.energy, req.referenceEnergyPJ) + "):\n";
  for (const std::string &a : res.approximations)
    s += "- " + a + "\n";
  return s;
}

} // namespace

bool sparseloop::writeTimeloopFolder(const ModelSpec &input,
                                     const std::string &dir,
                                     const FolderRequest &req,
                                     FolderResult &result, std::string &error) {
  result = FolderResult();
  std::vector<std::string> renamed;
  ModelSpec spec = withTimeloopDimNames(input, renamed);
  EmittedConfig cfg;
  if (!emitTimeloopConfig(spec, cfg, error)) {
    result.failure = FolderFailure::Unsupported;
    return false;
  }
  result.approximations = cfg.approximations;

  // Every file starts with the same header; the approximations listed there
  // may grow once the files are evaluated (approximationsIfDifferent).
  const std::vector<std::pair<std::string, std::string>> bodies = {
      {"arch.yaml", cfg.arch},
      {"problem.yaml", cfg.problem},
      {"map.yaml", cfg.mapping},
      {"sparse_opt.yaml", cfg.sparseOpt},
      {"ERT.yaml", cfg.ert}};
  auto withHeader = [&](const std::vector<std::string> &approximations) {
    std::string header = "# Written by sparse-translate/sparse-model for the "
                         "public Timeloop/Sparseloop (only keys it reads).\n";
    if (!renamed.empty()) {
      header += "# Dimensions renamed:";
      for (const std::string &r : renamed)
        header += " " + r + ";";
      header += "\n";
    }
    for (const std::string &n : req.modellingNotes)
      header += "# Assumed: " + n + "\n";
    for (const std::string &a : approximations)
      header += "# Approximated: " + a + "\n";
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto &[name, body] : bodies)
      files.push_back({name, header + body});
    return files;
  };
  std::vector<std::pair<std::string, std::string>> files =
      withHeader(result.approximations);

  // Read the files back exactly as a user's sparse-model would.
  FrontEndResult back = loadTimeloopBuffers(files);
  if (!back.success) {
    error = "internal error: the emitted files do not read back";
    for (const FrontEndDiagnostic &d : back.diagnostics)
      error += "; " + d.text;
    result.failure = FolderFailure::Internal;
    return false;
  }
  // Counted the way the reference was (sparse-model's --timeloop-variant).
  back.spec.variant = spec.variant;
  result.files = evaluate(back.spec);
  if (!result.files.success && !cfg.approximationsIfDifferent.empty()) {
    // Timeloop's law cannot hold what the hierarchy lets the hardware
    // store (fewer HSS coordinates): the mapping does not fit there.
    error = "Timeloop cannot run this mapping: under its fixed-structured "
            "law " +
            (result.files.errors.empty() ? std::string("it is invalid")
                                         : result.files.errors.front()) +
            " (" + cfg.approximationsIfDifferent.front() + ")";
    result.failure = FolderFailure::Unsupported;
    return false;
  }
  if (!result.files.success) {
    error = "internal error: the emitted files do not evaluate (" +
            (result.files.errors.empty() ? std::string("no reason")
                                         : result.files.errors.front()) +
            ")";
    result.failure = FolderFailure::Internal;
    return false;
  }
  result.reproducesReference = result.files.cycles == req.referenceCycles &&
                               result.files.energy == req.referenceEnergyPJ;
  if (!result.reproducesReference && !cfg.approximationsIfDifferent.empty()) {
    llvm::append_range(result.approximations, cfg.approximationsIfDifferent);
    files = withHeader(result.approximations);
  }
  if (result.approximations.empty() && !result.reproducesReference) {
    error =
        "internal error: the emitted files list no approximation but give " +
        std::to_string(result.files.cycles) + " cycles, " +
        exact(result.files.energy) + " pJ instead of " + req.referenceName +
        "'s " + std::to_string(req.referenceCycles) + " cycles, " +
        exact(req.referenceEnergyPJ) + " pJ";
    result.failure = FolderFailure::Internal;
    return false;
  }
  {
    ModelSpec publicSpec = back.spec;
    publicSpec.variant = TimeloopVariant::Public2022;
    EvalResult pub = evaluate(publicSpec);
    if (!pub.success)
      result.public2022Refusal =
          pub.errors.empty() ? std::string("no reason given") : pub.errors[0];
    else if (pub.cycles != result.files.cycles ||
             pub.energy != result.files.energy)
      result.public2022 = pub;
  }
  files.push_back({"README", readme(req, renamed, result)});

  result.failure = FolderFailure::Io;
  if (llvm::sys::fs::exists(dir)) {
    error = "'" + dir + "' already exists";
    return false;
  }
  llvm::SmallString<256> tmp(dir);
  tmp += ".partial";
  if (llvm::sys::fs::exists(tmp))
    llvm::sys::fs::remove_directories(tmp);
  if (std::error_code ec = llvm::sys::fs::create_directories(tmp)) {
    error = "cannot create '" + std::string(tmp) + "': " + ec.message();
    return false;
  }
  for (auto &[name, text] : files) {
    llvm::SmallString<256> path(tmp);
    llvm::sys::path::append(path, name);
    if (!target::writeFile(path, text, error)) {
      llvm::sys::fs::remove_directories(tmp);
      return false;
    }
  }
  if (std::error_code ec = llvm::sys::fs::rename(tmp, dir)) {
    error = "cannot move '" + std::string(tmp) + "' to '" + dir +
            "': " + ec.message();
    llvm::sys::fs::remove_directories(tmp);
    return false;
  }
  result.failure = FolderFailure::None;
  return true;
}
