//===- FiberDialect.cpp - Fibertree encodings dialect ---------------------===//

#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"

#include "mlir/IR/DialectImplementation.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::fiber;

#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.cpp.inc"

namespace {
/// Prints encodings once as `#fiber_enc = #fiber.encoding<...>` at the top of
/// the module instead of inline in every tensor type that carries them.
struct FiberOpAsmInterface : public OpAsmDialectInterface {
  using OpAsmDialectInterface::OpAsmDialectInterface;
  AliasResult getAlias(Attribute attr, raw_ostream &os) const override {
    if (isa<EncodingAttr>(attr)) {
      os << "fiber_enc";
      return AliasResult::OverridableAlias;
    }
    return AliasResult::NoAlias;
  }
};
} // namespace

void FiberDialect::initialize() {
  registerAttributes();
  addInterfaces<FiberOpAsmInterface>();
}
