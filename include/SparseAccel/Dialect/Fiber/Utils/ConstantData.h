//===- ConstantData.h - Reading tensor constants ----------------*- C++ -*-===//
//
// Non-zero flags of `dense<...>` and `dense_resource<...>` constants, read
// straight from their raw bytes (a ResNet-50 weight tensor has millions of
// elements; going through APFloat per element would dominate compile time).
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_DIALECT_FIBER_UTILS_CONSTANTDATA_H
#define SPARSEACCEL_DIALECT_FIBER_UTILS_CONSTANTDATA_H

#include "mlir/IR/BuiltinAttributeInterfaces.h"
#include "mlir/Support/LLVM.h"

#include <string>

namespace mlir::fiber {

/// Row-major flags, true where the element is non-zero (-0.0 counts as zero).
/// Fails, saying why in `reason` when given, for element types without a
/// fixed byte width, resources whose blob is missing, and data whose size
/// does not match the type.
FailureOr<SmallVector<bool>> getNonZeroFlags(ElementsAttr attr,
                                             std::string *reason = nullptr);

} // namespace mlir::fiber

#endif // SPARSEACCEL_DIALECT_FIBER_UTILS_CONSTANTDATA_H
