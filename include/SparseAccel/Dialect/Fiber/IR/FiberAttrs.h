//===- FiberAttrs.h - Fibertree encoding attributes -------------*- C++ -*-===//

#ifndef SPARSEACCEL_DIALECT_FIBER_IR_FIBERATTRS_H
#define SPARSEACCEL_DIALECT_FIBER_IR_FIBERATTRS_H

#include "SparseAccel/Model/Fibertree.h"
#include "SparseAccel/Model/RankFormat.h"

#include "mlir/IR/Attributes.h"
#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/OpImplementation.h"
#include "mlir/IR/TensorEncoding.h"

#include "SparseAccel/Dialect/Fiber/IR/FiberEnums.h.inc"

#define GET_ATTRDEF_CLASSES
#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h.inc"

namespace mlir::fiber {

/// The fiber encoding of `type`, or null.
EncodingAttr getFiberEncoding(Type type);

namespace detail {
/// a * b, or nullopt when the product overflows int64_t (split sizes and
/// extents come from user input and may be anything).
std::optional<int64_t> checkedMul(int64_t a, int64_t b);

/// Parses the rest of a per-rank format whose name was already read.
FailureOr<FormatAttr> parseFormatAfterKeyword(AsmParser &parser,
                                              StringRef keyword, SMLoc loc);
} // namespace detail

/// The names unnamed ranks get: their dimensions in upper case, plus the
/// piece index (0 = lowest digits) for split dimensions.
SmallVector<std::string> getDefaultRankNames(ArrayRef<StringAttr> dimNames,
                                             ArrayRef<RankAttr> ranks);

/// A rule as written in an encoding, e.g. `2:[2, 8]` or `unconstrained`.
std::string stringifyRuleBody(RuleAttr rule);

} // namespace mlir::fiber

#endif // SPARSEACCEL_DIALECT_FIBER_IR_FIBERATTRS_H
