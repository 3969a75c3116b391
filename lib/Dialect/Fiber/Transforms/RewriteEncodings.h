//===- RewriteEncodings.h - Replace tensor encodings module-wide *- C++ -*-===//

#ifndef SPARSEACCEL_LIB_DIALECT_FIBER_TRANSFORMS_REWRITEENCODINGS_H
#define SPARSEACCEL_LIB_DIALECT_FIBER_TRANSFORMS_REWRITEENCODINGS_H

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/BuiltinTypes.h"

namespace mlir::fiber {

/// Converts the encoding of a tensor type; returns null when the encoding is
/// not one this conversion handles, and failure after reporting through
/// `emitDiag` when it is but has no equivalent.
using EncodingConverter = function_ref<FailureOr<Attribute>(
    RankedTensorType type, function_ref<InFlightDiagnostic()> emitDiag)>;

/// Rewrites every tensor type in `module` (signatures, block arguments,
/// results, attributes) whose encoding `convert` handles. Each distinct type
/// is converted once; a failure is reported at the first operation that uses
/// it, as an error, or as a warning that leaves the type unchanged when
/// `allowPartial` is set. Returns failure when an error was reported.
LogicalResult rewriteTensorEncodings(ModuleOp module, EncodingConverter convert,
                                     bool allowPartial);

} // namespace mlir::fiber

#endif // SPARSEACCEL_LIB_DIALECT_FIBER_TRANSFORMS_REWRITEENCODINGS_H
