//===- ForeignDialects.h - Inputs in dialects sparse-opt cannot read -*- C++
//-*-===//
//
// Other front ends' dialects (StableHLO, MHLO, torch, TensorFlow, ONNX) are
// not part of upstream MLIR, so sparse-opt cannot load them. Rather than the
// parser's "unregistered dialect", the user gets the first such operation's
// location, the dialect's name and the command that turns the file into
// something sparse-opt reads (linalg on tensors or TOSA).
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_FRONTENDS_FOREIGNDIALECTS_H
#define SPARSEACCEL_FRONTENDS_FOREIGNDIALECTS_H

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace sparseaccel {

struct ForeignOperation {
  unsigned line;      ///< 1-based
  unsigned column;    ///< 1-based, at the operation name
  std::string name;   ///< e.g. "stablehlo.convolution"
  std::string advice; ///< the dialect and how to convert it first
};

/// The first operation (in textual order) of a dialect sparse-opt cannot
/// load, if any.
std::optional<ForeignOperation> findForeignOperation(llvm::StringRef text);

} // namespace sparseaccel

#endif // SPARSEACCEL_FRONTENDS_FOREIGNDIALECTS_H
