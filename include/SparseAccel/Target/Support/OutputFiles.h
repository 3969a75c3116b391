//===- OutputFiles.h - Writing translation outputs safely -------*- C++ -*-===//
//
// The translations write whole directories: nothing must be left half
// written when they fail, and a directory that is not their own earlier
// output must never be replaced. Plain C++ over LLVM Support.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_SUPPORT_OUTPUTFILES_H
#define SPARSEACCEL_TARGET_SUPPORT_OUTPUTFILES_H

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace sparseaccel::target {

/// Writes `bytes` to `path`; on failure `error` names the file and why.
bool writeFile(llvm::StringRef path, llvm::StringRef bytes, std::string &error);

/// An output directory built in `<dir>.partial-<pid>` and moved onto `dir`
/// only by `commit`; until then (or on failure) the staging directory is
/// removed when this goes away, unless `keep` is set (for debugging).
class StagedDirectory {
public:
  StagedDirectory() = default;
  StagedDirectory(const StagedDirectory &) = delete;
  StagedDirectory &operator=(const StagedDirectory &) = delete;
  ~StagedDirectory();

  /// Refuses an existing `dir` that is not a directory holding `marker`
  /// (an earlier output of `what`, e.g. "--to-sparseloop"), then creates
  /// the staging directory.
  bool open(llvm::StringRef dir, llvm::StringRef marker, llvm::StringRef what,
            std::string &error);
  /// Where to write.
  llvm::StringRef path() const { return staging_; }
  /// Replaces `dir` with the staging directory.
  bool commit(std::string &error);

  bool keep = false;

private:
  llvm::SmallString<256> dir_, staging_;
  bool open_ = false;
};

} // namespace sparseaccel::target

#endif // SPARSEACCEL_TARGET_SUPPORT_OUTPUTFILES_H
