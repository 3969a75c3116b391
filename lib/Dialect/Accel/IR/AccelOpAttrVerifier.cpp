//===- AccelOpAttrVerifier.cpp - Checks accel.* attributes on ops ---------===//
//
// The passes record their results as discardable attributes (accel.cost,
// accel.mapping, ... on operations; accel.design and accel.arch on the
// module). Every consumer reads them back: the report sums costs, the
// emitters rebuild problems from mappings. A mistyped or half-present
// attribute must therefore be an error where the IR is read, with its
// location, never an operation silently treated as "not mapped".
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"

#include "mlir/IR/BuiltinOps.h"

using namespace mlir;
using namespace mlir::accel;

/// The dialect, for its typed attribute helpers (A::CostAttrHelper, ...).
using A = mlir::accel::AccelDialect;

namespace {
/// An `accel.traffic` entry as the mapper writes it: one dictionary per
/// storage level.
bool isTrafficEntry(Attribute a) {
  auto d = dyn_cast<DictionaryAttr>(a);
  if (!d || d.size() != 5 || !isa_and_nonnull<StringAttr>(d.get("level")) ||
      !isa_and_nonnull<FloatAttr>(d.get("energy_pJ")))
    return false;
  for (StringRef count : {"reads", "fills", "updates"})
    if (!isa_and_nonnull<IntegerAttr>(d.get(count)))
      return false;
  return true;
}
} // namespace

LogicalResult AccelDialect::verifyOperationAttribute(Operation *op,
                                                     NamedAttribute attr) {
  StringRef name = attr.getName().strref();
  Attribute value = attr.getValue();
  auto mustBe = [&](StringRef what) {
    return op->emitOpError() << "attribute '" << name << "' must be " << what
                             << ", got " << value;
  };
  auto check = [&](bool ok, StringRef what) {
    return ok ? success() : mustBe(what);
  };
  auto has = [&](StringRef other) { return bool(op->getAttr(other)); };

  // Module attributes: the design the module is mapped onto.
  if (name == A::DesignAttrHelper::getNameStr() ||
      name == A::ArchAttrHelper::getNameStr()) {
    if (!isa<ModuleOp>(op))
      return op->emitOpError()
             << "attribute '" << name << "' belongs on the module, not on '"
             << op->getName() << "'";
    if (name == A::DesignAttrHelper::getNameStr())
      return check(isa<DesignAttr>(value), "a #accel.design");
    return check(isa<ArchAttr>(value), "a #accel.arch");
  }

  // Operation attributes.
  if (name == A::CostAttrHelper::getNameStr()) {
    if (!isa<CostAttr>(value))
      return mustBe("a #accel.cost");
    if (!has(A::MappingAttrHelper::getNameStr()))
      return op->emitOpError() << "has accel.cost but no accel.mapping: a "
                                  "cost is the cost of a mapping";
    if (has(A::UnmappedAttrHelper::getNameStr()))
      return op->emitOpError() << "is both mapped (accel.cost) and unmapped "
                                  "(accel.unmapped)";
    return success();
  }
  if (name == A::MappingAttrHelper::getNameStr()) {
    if (!isa<MappingAttr>(value))
      return mustBe("a #accel.mapping");
    if (!has(A::CostAttrHelper::getNameStr()))
      return op->emitOpError() << "has accel.mapping but no accel.cost";
    return success();
  }
  if (name == A::TrafficAttrHelper::getNameStr()) {
    auto array = dyn_cast<ArrayAttr>(value);
    if (!array || !llvm::all_of(array, isTrafficEntry))
      return mustBe("an array of {level, reads, fills, updates, energy_pJ} "
                    "dictionaries");
    return success();
  }
  if (name == A::UnmappedAttrHelper::getNameStr())
    return check(isa<StringAttr>(value), "a string (the reason)");
  if (name == A::ExploitedAttrHelper::getNameStr())
    return check(isa<StringAttr>(value), "a string");
  if (name == A::FormatsAttrHelper::getNameStr()) {
    auto dict = dyn_cast<DictionaryAttr>(value);
    if (!dict || !llvm::all_of(dict, [](NamedAttribute f) {
          return isa<StringAttr>(f.getValue());
        }))
      return mustBe("a dictionary (tensor name -> format)");
    return success();
  }
  if (name == A::ActivationDensityAttrHelper::getNameStr()) {
    auto f = dyn_cast<FloatAttr>(value);
    if (!f || !(f.getValueAsDouble() > 0.0 && f.getValueAsDouble() <= 1.0))
      return mustBe("a float in (0, 1]");
    return success();
  }
  return op->emitOpError()
         << "unknown attribute '" << name
         << "' of the accel dialect (known: accel.cost, accel.mapping, "
            "accel.traffic, accel.unmapped, accel.exploited, accel.formats, "
            "accel.activation_density, accel.design, accel.arch)";
}
