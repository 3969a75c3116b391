//===- ToolVersion.h - --version for the project's tools --------*- C++ -*-===//

#ifndef SPARSEACCEL_SUPPORT_TOOLVERSION_H
#define SPARSEACCEL_SUPPORT_TOOLVERSION_H

#include "SparseAccel/Support/Version.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/raw_ostream.h"

namespace sparseaccel {

/// Makes `<tool> --version` print the project's version and the LLVM it
/// was built against. Call before parsing the command line.
inline void setToolVersionPrinter(const char *tool) {
  static const char *name = tool;
  llvm::cl::SetVersionPrinter([](llvm::raw_ostream &os) {
    os << name << " (SparseAccel) " << SPARSEACCEL_VERSION
       << "\n  built with LLVM/MLIR " << LLVM_VERSION_STRING << "\n";
  });
}

} // namespace sparseaccel

#endif // SPARSEACCEL_SUPPORT_TOOLVERSION_H
