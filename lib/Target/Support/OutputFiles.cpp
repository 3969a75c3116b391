//===- OutputFiles.cpp - Writing translation outputs safely ---------------===//

#include "SparseAccel/Target/Support/OutputFiles.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace sparseaccel::target;

bool sparseaccel::target::writeFile(llvm::StringRef path, llvm::StringRef bytes,
                                    std::string &error) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (!ec) {
    os << bytes;
    os.close();
    if (os.has_error())
      ec = os.error();
    os.clear_error();
  }
  if (ec)
    error = "cannot write '" + path.str() + "': " + ec.message();
  return !ec;
}

bool StagedDirectory::open(llvm::StringRef dir, llvm::StringRef marker,
                           llvm::StringRef what, std::string &error) {
  if (llvm::sys::fs::exists(dir)) {
    llvm::SmallString<256> m(dir);
    llvm::sys::path::append(m, marker);
    if (!llvm::sys::fs::is_directory(dir) || !llvm::sys::fs::exists(m)) {
      error = "output '" + dir.str() + "' exists and is not an earlier " +
              what.str() + " output; refusing to overwrite it";
      return false;
    }
  }
  dir_ = dir;
  staging_ = dir;
  staging_ += ".partial-" + std::to_string(llvm::sys::Process::getProcessId());
  llvm::sys::fs::remove_directories(staging_);
  if (std::error_code ec = llvm::sys::fs::create_directories(staging_)) {
    error = "cannot create '" + staging_.str().str() + "': " + ec.message();
    return false;
  }
  open_ = true;
  return true;
}

bool StagedDirectory::commit(std::string &error) {
  if (llvm::sys::fs::exists(dir_))
    if (std::error_code ec = llvm::sys::fs::remove_directories(dir_)) {
      error = "cannot replace '" + dir_.str().str() + "': " + ec.message();
      return false;
    }
  if (std::error_code ec = llvm::sys::fs::rename(staging_, dir_)) {
    error = "cannot move the output into '" + dir_.str().str() +
            "': " + ec.message();
    return false;
  }
  open_ = false;
  return true;
}

StagedDirectory::~StagedDirectory() {
  if (open_ && !keep)
    llvm::sys::fs::remove_directories(staging_);
}
