//===- AccelAttrs.cpp - accel dialect attributes --------------------------===//

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::accel;

#define GET_ATTRDEF_CLASSES
#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.cpp.inc"

void AccelDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.cpp.inc"
      >();
}

LogicalResult LoopAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               StringAttr dim, int64_t bound, StringAttr kind) {
  if (!dim || dim.getValue().empty())
    return emitError() << "a loop needs a dimension name";
  if (bound < 1)
    return emitError() << "loop bound must be >= 1, got " << bound;
  if (!kind ||
      (kind.getValue() != "temporal" && kind.getValue() != "spatial_x" &&
       kind.getValue() != "spatial_y"))
    return emitError() << "loop kind must be \"temporal\", \"spatial_x\" or "
                          "\"spatial_y\"";
  return success();
}

LogicalResult
LevelMappingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                         StringAttr name, ArrayAttr loops, ArrayAttr keep) {
  if (!name || name.getValue().empty())
    return emitError() << "a level mapping needs the level's name";
  for (Attribute a : loops)
    if (!isa<LoopAttr>(a))
      return emitError() << "loops must be #accel.loop attributes";
  for (Attribute a : keep)
    if (!isa<StringAttr>(a))
      return emitError() << "keep must list tensor names as strings";
  return success();
}

LogicalResult MappingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  ArrayAttr levels) {
  if (levels.empty())
    return emitError() << "a mapping needs at least one level";
  for (Attribute a : levels)
    if (!isa<LevelMappingAttr>(a))
      return emitError() << "levels must be #accel.level attributes";
  return success();
}
