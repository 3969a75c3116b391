//===- AccelAttrs.cpp - accel dialect attributes --------------------------===//

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"

#include "SparseAccel/Model/RankFormat.h"
#include "SparseAccel/Model/Spec.h"
#include "SparseAccel/Model/StructuredPattern.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"

#include "llvm/ADT/StringSet.h"
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

//===----------------------------------------------------------------------===//
// Architecture attributes
//===----------------------------------------------------------------------===//

static LogicalResult verifyEnergy(function_ref<InFlightDiagnostic()> emitError,
                                  DictionaryAttr energy) {
  for (NamedAttribute e : energy) {
    auto f = dyn_cast<FloatAttr>(e.getValue());
    if (!f)
      return emitError() << "energy of '" << e.getName().getValue()
                         << "' must be a float (pJ)";
    if (f.getValueAsDouble() < 0)
      return emitError() << "energy of '" << e.getName().getValue()
                         << "' must be >= 0";
  }
  return success();
}

static bool isStorageAction(StringRef name) {
  for (unsigned op = 0; op < sparseaccel::model::kNumStorageOps; ++op)
    if (name == sparseaccel::model::toString(
                    static_cast<sparseaccel::model::StorageOp>(op)))
      return true;
  return false;
}

LogicalResult StorageAttr::verify(
    function_ref<InFlightDiagnostic()> emitError, StringAttr name,
    unsigned wordBits, bool, unsigned blockSize, unsigned clusterSize, uint64_t,
    unsigned, uint64_t, unsigned metadataBlock, unsigned, uint64_t instances,
    unsigned meshX, unsigned meshY, FloatAttr readBw, FloatAttr writeBw,
    FloatAttr multipleBuffering, bool, bool, DictionaryAttr energy) {
  if (!name || name.getValue().empty())
    return emitError() << "a storage level needs a name";
  if (wordBits == 0 || blockSize == 0 || clusterSize == 0 ||
      metadataBlock == 0 || instances == 0 || meshX == 0 || meshY == 0)
    return emitError() << "storage '" << name.getValue()
                       << "': word_bits, block_size, cluster_size, "
                          "metadata_block, instances and the mesh must be "
                          ">= 1";
  if (uint64_t(meshX) * meshY > instances || instances % (meshX * meshY))
    return emitError() << "storage '" << name.getValue() << "': mesh " << meshX
                       << "x" << meshY << " does not divide " << instances
                       << " instances";
  for (FloatAttr bw : {readBw, writeBw, multipleBuffering})
    if (bw && bw.getValueAsDouble() <= 0)
      return emitError() << "storage '" << name.getValue()
                         << "': bandwidths and multiple_buffering must be > 0";
  for (NamedAttribute e : energy)
    if (!isStorageAction(e.getName().getValue()))
      return emitError() << "storage '" << name.getValue()
                         << "': unknown action '" << e.getName().getValue()
                         << "' in energy";
  return verifyEnergy(emitError, energy);
}

LogicalResult ComputeAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  StringAttr name, unsigned wordBits,
                                  uint64_t instances, unsigned meshX,
                                  unsigned meshY, DictionaryAttr energy) {
  if (!name || name.getValue().empty())
    return emitError() << "compute needs a name";
  if (wordBits == 0 || instances == 0 || meshX == 0 || meshY == 0)
    return emitError() << "compute: word_bits, instances and the mesh must "
                          "be >= 1";
  for (NamedAttribute e : energy)
    if (!llvm::is_contained({"random", "gated", "skipped"},
                            e.getName().getValue()))
      return emitError() << "compute energy actions are random, gated and "
                            "skipped, not '"
                         << e.getName().getValue() << "'";
  return verifyEnergy(emitError, energy);
}

LogicalResult
RankFormatAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                       StringAttr format, unsigned metadataBits, unsigned,
                       ArrayAttr flattened) {
  if (!format || !sparseaccel::model::parseRankFormat(format.getValue()))
    return emitError() << "unknown rank format '"
                       << (format ? format.getValue() : "")
                       << "' (expected U, B, CP, UOP, RLE or UB)";
  if (metadataBits > 64)
    return emitError() << "metadata_bits must be <= 64";
  if (flattened)
    for (Attribute a : flattened)
      if (!isa<StringAttr>(a))
        return emitError() << "flattened must list dimension names";
  return success();
}

LogicalResult
TensorFormatAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                         StringAttr tensor, ArrayAttr ranks, bool) {
  if (!tensor || tensor.getValue().empty())
    return emitError() << "a format needs a tensor name";
  if (ranks.empty())
    return emitError() << "a format needs at least one rank";
  for (Attribute a : ranks)
    if (!isa<RankFormatAttr>(a))
      return emitError() << "ranks must be #accel.rank attributes";
  return success();
}

LogicalResult
ConditionAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                      StringAttr target, ArrayAttr conditionOn) {
  if (!target || target.getValue().empty())
    return emitError() << "a condition needs a target tensor";
  for (Attribute a : conditionOn) {
    auto s = dyn_cast<StringAttr>(a);
    if (!s)
      return emitError() << "condition_on must list tensor names";
    if (s == target)
      return emitError() << "'" << target.getValue()
                         << "' cannot be conditioned on itself";
  }
  return success();
}

LogicalResult ActionAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 StringAttr kind, ArrayAttr options,
                                 bool publicSkipping) {
  if (publicSkipping && kind && kind.getValue() != "position_skipping")
    return emitError() << "public_skipping applies to position_skipping only";
  if (!kind || !llvm::is_contained({"gating", "skipping", "skipping_spatial",
                                    "position_skipping"},
                                   kind.getValue()))
    return emitError() << "action kind must be gating, skipping, "
                          "skipping_spatial or position_skipping";
  if (options.empty())
    return emitError() << "an action needs at least one #accel.cond";
  for (Attribute a : options) {
    auto c = dyn_cast<ConditionAttr>(a);
    if (!c)
      return emitError() << "options must be #accel.cond attributes";
    if (c.getConditionOn().empty() && kind.getValue() != "position_skipping")
      return emitError() << "'" << c.getTarget().getValue()
                         << "' needs at least one leader";
  }
  return success();
}

LogicalResult LevelSafAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   StringAttr level, ArrayAttr formats,
                                   ArrayAttr actions) {
  if (!level || level.getValue().empty())
    return emitError() << "a SAF needs its level's name";
  llvm::StringSet<> seen;
  if (formats)
    for (Attribute a : formats) {
      auto f = dyn_cast<TensorFormatAttr>(a);
      if (!f)
        return emitError() << "formats must be #accel.format attributes";
      if (!seen.insert(f.getTensor().getValue()).second)
        return emitError() << "level '" << level.getValue()
                           << "' has two formats for '"
                           << f.getTensor().getValue() << "'";
    }
  if (actions)
    for (Attribute a : actions)
      if (!isa<ActionAttr>(a))
        return emitError() << "actions must be #accel.action attributes";
  return success();
}

LogicalResult DesignAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                 StringAttr name, ArrayAttr levels,
                                 ComputeAttr compute, ArrayAttr safs, bool,
                                 bool, MappingAttr keep,
                                 DictionaryAttr patterns, bool,
                                 DictionaryAttr formatChoices) {
  if (!name || name.getValue().empty())
    return emitError() << "a design needs a name";
  if (levels.empty())
    return emitError() << "a design needs at least one storage level";
  llvm::StringSet<> names;
  for (Attribute a : levels) {
    auto s = dyn_cast<StorageAttr>(a);
    if (!s)
      return emitError() << "levels must be #accel.storage attributes";
    if (!names.insert(s.getName().getValue()).second)
      return emitError() << "two storage levels named '"
                         << s.getName().getValue() << "'";
  }
  if (!compute)
    return emitError() << "a design needs compute";
  for (Attribute a : safs) {
    auto s = dyn_cast<LevelSafAttr>(a);
    if (!s)
      return emitError() << "safs must be #accel.saf attributes";
    if (!names.contains(s.getLevel().getValue()))
      return emitError() << "SAF for unknown level '" << s.getLevel().getValue()
                         << "'";
  }
  if (keep.getLevels().size() != levels.size())
    return emitError() << "keep has " << keep.getLevels().size()
                       << " levels but the design " << levels.size();
  for (auto [k, l] : llvm::zip(keep.getLevels(), levels))
    if (cast<LevelMappingAttr>(k).getName() != cast<StorageAttr>(l).getName())
      return emitError() << "keep level '"
                         << cast<LevelMappingAttr>(k).getName().getValue()
                         << "' does not match storage level '"
                         << cast<StorageAttr>(l).getName().getValue() << "'";
  if (patterns)
    for (NamedAttribute p : patterns) {
      auto list = dyn_cast<ArrayAttr>(p.getValue());
      if (!list)
        return emitError() << "patterns of '" << p.getName().getValue()
                           << "' must be a list of strings";
      for (Attribute a : list) {
        auto s = dyn_cast<StringAttr>(a);
        std::string err;
        if (!s)
          return emitError() << "patterns must be strings";
        if (!sparseaccel::model::parsePattern(s.str(), err))
          return emitError() << "bad pattern '" << s.getValue() << "': " << err;
      }
    }
  if (formatChoices)
    for (NamedAttribute p : formatChoices) {
      auto list = dyn_cast<ArrayAttr>(p.getValue());
      if (!list || list.empty())
        return emitError() << "format choices of '" << p.getName().getValue()
                           << "' must be a non-empty list of strings";
      for (Attribute a : list) {
        auto s = dyn_cast<StringAttr>(a);
        unsigned bits;
        if (!s || !sparseaccel::model::parseFormatChoice(s.getValue(), bits))
          return emitError() << "bad format choice " << a
                             << " (expected CP, B or RLE, optionally with "
                                "metadata bits: CP(4))";
      }
    }
  return success();
}
