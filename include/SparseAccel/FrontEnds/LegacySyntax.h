//===- LegacySyntax.h - Read IR written by older MLIRs ----------*- C++ -*-===//
//
// torch-mlir outputs of the last years use spellings MLIR has since
// changed. Where the old text determines the new one, it is upgraded before
// parsing, line by line, so every location still names the original line.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_FRONTENDS_LEGACYSYNTAX_H
#define SPARSEACCEL_FRONTENDS_LEGACYSYNTAX_H

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace sparseaccel {

/// One upgraded spelling.
struct SyntaxUpgrade {
  unsigned line;      ///< 1-based line of the original text
  unsigned column;    ///< 1-based column of the operation name
  std::string change; ///< what was changed, for a remark
};

/// Returns what `text` needs upgraded and, when that is anything, the
/// upgraded text in `upgraded` (untouched otherwise):
/// - `tensor.expand_shape %x [[...]] : A into B` without `output_shape`
///   (before MLIR 19) gains `output_shape [d0, d1, ...]` read from the
///   static result type B. A dynamic result leaves the line as it is (the
///   parser then says what is missing).
std::vector<SyntaxUpgrade> upgradeLegacySyntax(llvm::StringRef text,
                                               std::string &upgraded);

} // namespace sparseaccel

#endif // SPARSEACCEL_FRONTENDS_LEGACYSYNTAX_H
