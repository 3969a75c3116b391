//===- ConstantData.cpp - Reading tensor constants ------------------------===//

#include "SparseAccel/Dialect/Fiber/Utils/ConstantData.h"

#include "mlir/IR/BuiltinAttributes.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectResourceBlobManager.h"

#include "llvm/Support/ScopedPrinter.h"

#include <algorithm>
#include <cstring>

using namespace mlir;

FailureOr<SmallVector<bool>> mlir::fiber::getNonZeroFlags(ElementsAttr attr,
                                                          std::string *reason) {
  auto fail = [&](const Twine &why) -> FailureOr<SmallVector<bool>> {
    if (reason)
      *reason = why.str();
    return failure();
  };
  ShapedType type = attr.getShapedType();
  if (!type.hasStaticShape())
    return fail("the constant has a dynamic shape");
  // Splats of huge shapes hold one value; do not materialise billions of
  // flags for them.
  static constexpr int64_t kMaxElements = int64_t(1) << 28;
  int64_t count = 1;
  for (int64_t extent : type.getShape()) {
    if (extent > kMaxElements ||
        count > kMaxElements / std::max<int64_t>(1, extent))
      return fail("the constant has more than 2^28 elements");
    count *= extent;
  }
  Type elementType = type.getElementType();

  if (elementType.isInteger(1)) {
    auto dense = dyn_cast<DenseElementsAttr>(attr);
    if (!dense)
      return fail("i1 data is only read from dense<...> constants");
    SmallVector<bool> flags(dense.getValues<bool>());
    return flags;
  }
  if (!elementType.isIntOrFloat() || elementType.getIntOrFloatBitWidth() % 8)
    return fail("elements of type " + llvm::to_string(elementType) +
                " have no whole-byte width");
  unsigned bytes = elementType.getIntOrFloatBitWidth() / 8;
  bool isFloat = isa<FloatType>(elementType);

  ArrayRef<char> raw;
  bool splat = false;
  if (auto dense = dyn_cast<DenseElementsAttr>(attr)) {
    raw = dense.getRawData();
    splat = dense.isSplat();
  } else if (auto resource = dyn_cast<DenseResourceElementsAttr>(attr)) {
    AsmResourceBlob *blob = resource.getRawHandle().getBlob();
    if (!blob)
      return fail("resource '" + resource.getRawHandle().getKey() +
                  "' has no data");
    raw = blob->getData();
  } else {
    return fail("only dense<...> and dense_resource<...> constants are read");
  }
  if (splat ? raw.size() < bytes : raw.size() != size_t(count) * bytes)
    return fail("the constant holds " + Twine(raw.size()) + " bytes but " +
                llvm::to_string(type) + " needs " + Twine(count * bytes));

  // The sign is the top bit of the last (little-endian) byte of a float.
  auto isNonZero = [&](const char *element) {
    for (unsigned b = 0; b < bytes; ++b) {
      unsigned char byte = static_cast<unsigned char>(element[b]);
      if (isFloat && b + 1 == bytes)
        byte &= 0x7f;
      if (byte)
        return true;
    }
    return false;
  };
  SmallVector<bool> flags(count);
  if (splat) {
    bool nonZero = isNonZero(raw.data());
    std::fill(flags.begin(), flags.end(), nonZero);
    return flags;
  }
  for (int64_t i = 0; i < count; ++i)
    flags[i] = isNonZero(raw.data() + i * bytes);
  return flags;
}
