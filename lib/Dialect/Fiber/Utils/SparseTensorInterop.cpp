//===- SparseTensorInterop.cpp - fiber <-> sparse_tensor encodings --------===//

#include "SparseAccel/Dialect/Fiber/Utils/SparseTensorInterop.h"

#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/AffineMap.h"
#include "mlir/IR/BuiltinTypes.h"

using namespace mlir;
using namespace mlir::fiber;
using namespace mlir::sparse_tensor;
namespace model = sparseaccel::model;

/// Dimension names for imported encodings: i, j, k, l, ... then dN.
static SmallVector<StringAttr> dimNamesFor(MLIRContext *ctx, unsigned rank) {
  static constexpr StringLiteral letters = "ijklmnopqrstuvwxyz";
  SmallVector<StringAttr> names;
  for (unsigned d = 0; d < rank; ++d) {
    std::string name = d < letters.size() ? std::string(1, letters[d])
                                          : "d" + std::to_string(d);
    names.push_back(StringAttr::get(ctx, name));
  }
  return names;
}

namespace {
/// A level expression `d`, `d floordiv c` or `d mod c`.
struct LevelExpr {
  int64_t dim = -1;
  int64_t divisor = 1;
  int64_t modulus = 0;
};
} // namespace

static FailureOr<LevelExpr> decodeLevelExpr(AffineExpr expr) {
  if (auto dim = dyn_cast<AffineDimExpr>(expr))
    return LevelExpr{dim.getPosition(), 1, 0};
  auto binary = dyn_cast<AffineBinaryOpExpr>(expr);
  if (!binary)
    return failure();
  auto dim = dyn_cast<AffineDimExpr>(binary.getLHS());
  auto constant = dyn_cast<AffineConstantExpr>(binary.getRHS());
  if (!dim || !constant || constant.getValue() < 1)
    return failure();
  if (binary.getKind() == AffineExprKind::FloorDiv)
    return LevelExpr{dim.getPosition(), constant.getValue(), 0};
  if (binary.getKind() == AffineExprKind::Mod)
    return LevelExpr{dim.getPosition(), 1, constant.getValue()};
  return failure();
}

static std::string levelName(unsigned level, LevelType type) {
  return "level " + std::to_string(level) + " (" + type.toMLIRString() + ")";
}

FailureOr<EncodingAttr> mlir::fiber::importSparseTensorEncoding(
    SparseTensorEncodingAttr encoding, RankedTensorType type,
    function_ref<InFlightDiagnostic()> emitError) {
  MLIRContext *ctx = type.getContext();
  if (encoding.getExplicitVal() || encoding.getImplicitVal())
    return emitError() << "explicitVal/implicitVal (tensors whose stored "
                          "values are one constant) have no fiber equivalent";
  if (!encoding.getDimSlices().empty())
    return emitError() << "sparse tensor slices have no fiber equivalent";

  unsigned dimRank = type.getRank();
  AffineMap dimToLvl = encoding.getDimToLvl();
  if (!dimToLvl)
    dimToLvl = AffineMap::getMultiDimIdentityMap(dimRank, ctx);
  ArrayRef<LevelType> levels = encoding.getLvlTypes();

  SmallVector<LevelExpr> exprs;
  for (auto [l, expr] : llvm::enumerate(dimToLvl.getResults())) {
    FailureOr<LevelExpr> decoded = decodeLevelExpr(expr);
    if (failed(decoded)) {
      std::string text;
      llvm::raw_string_ostream(text) << expr;
      return emitError() << "level " << l << " expression " << text
                         << " has no fiber equivalent (expected d, d floordiv "
                            "c or d mod c)";
    }
    exprs.push_back(*decoded);
  }

  unsigned crdWidth = encoding.getCrdWidth();
  unsigned posWidth = encoding.getPosWidth();
  SmallVector<RankAttr> ranks;
  SmallVector<StringAttr> dimNames = dimNamesFor(ctx, dimRank);
  RuleAttr dense = RuleAttr::get(ctx, RuleKind::Dense);
  RuleAttr unconstrained = RuleAttr::get(ctx, RuleKind::Unconstrained);
  // Whether each produced rank must hold pointers to its (compressed) child.
  auto childHasPositions = [&](unsigned next) {
    return next < levels.size() && levels[next].isWithPosLT();
  };

  for (unsigned l = 0; l < levels.size(); ++l) {
    LevelType lt = levels[l];
    const LevelExpr &expr = exprs[l];
    unsigned nextLevel = l + 1;
    SmallVector<int64_t> dims{expr.dim};
    model::RankFormat format;
    RuleAttr rule = dense;
    unsigned md = 0, pl = 0;

    if (lt.isa<LevelFormat::Dense, LevelFormat::Batch>()) {
      format = model::RankFormat::U;
      if (childHasPositions(nextLevel)) {
        format = model::RankFormat::UOP;
        pl = posWidth;
      }
    } else if (lt.isa<LevelFormat::Compressed,
                      LevelFormat::LooseCompressed>()) {
      format = model::RankFormat::CP;
      rule = unconstrained;
      if (!lt.isa<LevelPropNonDefault::Nonunique>()) {
        md = crdWidth;
      } else {
        // COO: compressed(nonunique) followed by singletons flattens their
        // dimensions into one rank whose coordinates are tuples.
        while (nextLevel < levels.size() &&
               levels[nextLevel].isa<LevelFormat::Singleton>())
          dims.push_back(exprs[nextLevel++].dim);
        if (dims.size() == 1)
          return emitError()
                 << levelName(l, lt)
                 << " is non-unique without singleton levels below; fiber "
                    "ranks hold each coordinate once";
        for (unsigned k = l; k < nextLevel; ++k)
          if (exprs[k].divisor != 1 || exprs[k].modulus != 0)
            return emitError() << "a COO run over split dimensions (level " << k
                               << ") has no fiber equivalent";
        md = crdWidth * dims.size();
      }
      if (childHasPositions(nextLevel))
        pl = posWidth;
    } else if (lt.isa<LevelFormat::NOutOfM>()) {
      format = model::RankFormat::CP;
      rule = RuleAttr::get(ctx, getN(lt), getM(lt));
      md = crdWidth;
    } else {
      return emitError() << levelName(l, lt)
                         << " has no fiber equivalent; singleton levels must "
                            "follow a compressed(nonunique) level (COO)";
    }
    FormatAttr formatAttr = FormatAttr::get(ctx, format, md, pl);
    DigitAttr digit =
        DigitAttr::get(ctx, dims, dims.size() > 1 ? 1 : expr.divisor,
                       dims.size() > 1 ? 0 : expr.modulus);
    // Names are filled in below, once every rank is known.
    ranks.push_back(RankAttr::get(ctx, StringAttr::get(ctx, ""), {digit}, rule,
                                  formatAttr));
    l = nextLevel - 1;
  }

  // Name the ranks the way the parser names unnamed ones.
  SmallVector<std::string> names = getDefaultRankNames(dimNames, ranks);
  SmallVector<RankAttr> named;
  for (auto [rank, name] : llvm::zip(ranks, names))
    named.push_back(RankAttr::get(ctx, StringAttr::get(ctx, name),
                                  rank.getDigits(), rank.getRule(),
                                  rank.getFormat()));
  EncodingAttr result = EncodingAttr::getChecked(
      emitError, ctx, ArrayRef<StringAttr>(dimNames), ArrayRef<RankAttr>(named),
      0u, uint64_t(0), DensityAttr());
  if (!result || failed(result.verifyEncoding(
                     type.getShape(), type.getElementType(), emitError)))
    return failure();
  return result;
}

//===----------------------------------------------------------------------===//
// fiber -> sparse_tensor
//===----------------------------------------------------------------------===//

static bool isSparseTensorWidth(unsigned bits) {
  return bits == 0 || bits == 8 || bits == 16 || bits == 32 || bits == 64;
}

/// Records a width that must be the same for every rank using it.
static LogicalResult unifyWidth(unsigned &width, unsigned candidate,
                                StringRef what, StringRef rankName,
                                function_ref<InFlightDiagnostic()> emitError) {
  if (!candidate)
    return success();
  if (!isSparseTensorWidth(candidate))
    return emitError() << what << " of " << candidate << " bits on rank "
                       << rankName
                       << " has no sparse_tensor equivalent (widths are 8, "
                          "16, 32 or 64)";
  if (width && width != candidate)
    return emitError() << "ranks use " << what << "s of " << width << " and "
                       << candidate
                       << " bits; sparse_tensor has a single one per tensor";
  width = candidate;
  return success();
}

FailureOr<SparseTensorEncodingAttr> mlir::fiber::exportSparseTensorEncoding(
    EncodingAttr encoding, RankedTensorType type,
    function_ref<InFlightDiagnostic()> emitError) {
  MLIRContext *ctx = type.getContext();
  Type elementType = type.getElementType();
  if (encoding.getCodebook())
    return emitError() << "a value codebook (" << encoding.getCodebook()
                       << " entries) has no sparse_tensor equivalent";
  if (encoding.getValueBits() && elementType.isIntOrFloat() &&
      encoding.getValueBits() != elementType.getIntOrFloatBitWidth())
    return emitError() << "storing " << elementType << " values in "
                       << encoding.getValueBits()
                       << " bits has no sparse_tensor equivalent";

  SmallVector<RankAttr> ruled = encoding.getRuledRanks();
  if (ruled.size() > 1) {
    InFlightDiagnostic diag = emitError();
    diag << "multi-rank HSS (";
    llvm::interleaveComma(ruled, diag, [&](RankAttr rank) {
      diag << rank.getName().getValue() << " "
           << stringifyRuleBody(rank.getRule());
    });
    diag << ") has no sparse_tensor equivalent: it supports one "
            "structured[n, m] level";
    return diag;
  }

  SmallVector<LevelType> levels;
  SmallVector<AffineExpr> exprs;
  unsigned crdWidth = 0, posWidth = 0;
  for (RankAttr rank : encoding.getRanks()) {
    StringRef name = rank.getName().getValue();
    model::RankFormat format = rank.getFormat().getFormat();
    RuleAttr rule = rank.getRule();
    unsigned md = rank.getFormat().getMetadataBits();
    unsigned pl = rank.getFormat().getPayloadBits();

    if (format == model::RankFormat::B || format == model::RankFormat::RLE ||
        format == model::RankFormat::UB)
      return emitError() << "rank " << name << " is stored as "
                         << model::toString(format)
                         << (format == model::RankFormat::B ? " (bitmask)"
                             : format == model::RankFormat::RLE
                                 ? " (run-length)"
                                 : " (uncompressed "
                                   "bitmask)")
                         << ", which has no sparse_tensor level format";
    if (rule.isStructured() && format != model::RankFormat::CP)
      return emitError() << "rank " << name << " has rule "
                         << stringifyRuleBody(rule) << " but is stored as "
                         << model::toString(format)
                         << "; only a CP rank maps to structured[n, m]";
    if (failed(unifyWidth(posWidth, pl, "offset width", name, emitError)))
      return failure();

    if (rank.getDigits().size() > 1)
      return emitError() << "rank " << name
                         << " flattens pieces of split dimensions; "
                            "sparse_tensor levels index one (piece of a) "
                            "dimension each";
    DigitAttr digit = rank.getDigits().front();
    if (rank.isFlattened()) {
      if (format != model::RankFormat::CP || rank.isSplit() ||
          rule.isStructured())
        return emitError()
               << "rank " << name << " flattens " << digit.getDims().size()
               << " dimensions as " << model::toString(format)
               << "; sparse_tensor levels index one dimension each, and only "
                  "an unsplit CP flattening maps (to COO)";
      unsigned fields = digit.getDims().size();
      if (md % fields != 0)
        return emitError() << "COO rank " << name << " has " << md
                           << " coordinate bits, not a multiple of its "
                           << fields << " fields";
      if (failed(unifyWidth(crdWidth, md / fields, "coordinate width", name,
                            emitError)))
        return failure();
      for (auto [i, d] : llvm::enumerate(digit.getDims())) {
        exprs.push_back(getAffineDimExpr(d, ctx));
        levels.push_back(*buildLevelType(
            i == 0 ? LevelFormat::Compressed : LevelFormat::Singleton,
            /*ordered=*/true, /*unique=*/i + 1 == fields));
      }
      continue;
    }

    AffineExpr dim = getAffineDimExpr(digit.getDims().front(), ctx);
    if (digit.getDivisor() != 1 && digit.getModulus() != 0)
      return emitError() << "rank " << name
                         << " is a middle digit of its dimension; "
                            "sparse_tensor splits a dimension into at most "
                            "two levels (d floordiv c, d mod c)";
    if (digit.getDivisor() != 1)
      dim = dim.floorDiv(digit.getDivisor());
    else if (digit.getModulus() != 0)
      dim = dim % digit.getModulus();
    exprs.push_back(dim);

    switch (format) {
    case model::RankFormat::U:
    case model::RankFormat::UOP:
      levels.push_back(LevelFormat::Dense);
      break;
    case model::RankFormat::CP:
      if (failed(unifyWidth(crdWidth, md, "coordinate width", name, emitError)))
        return failure();
      if (rule.isStructured()) {
        if (!rule.isSingle())
          return emitError()
                 << "rule " << stringifyRuleBody(rule) << " on rank " << name
                 << " allows several G:H; structured[n, m] fixes "
                    "one";
        int64_t n = rule.getGs().front(), m = rule.getHs().front();
        if (digit.getModulus() != m)
          return emitError() << "rule " << n << ":" << m << " on rank " << name
                             << " applies to groups smaller than its fiber; "
                                "structured[n, m] needs a `d mod m` level";
        if (n > 255 || m > 255)
          return emitError() << "structured[" << n << ", " << m
                             << "] exceeds sparse_tensor's 8-bit n and m";
        levels.push_back(
            *buildLevelType(LevelFormat::NOutOfM, true, true, n, m));
      } else {
        levels.push_back(LevelFormat::Compressed);
      }
      break;
    default:
      llvm_unreachable("rejected above");
    }
  }

  AffineMap dimToLvl =
      AffineMap::get(type.getRank(), /*symbolCount=*/0, exprs, ctx);
  AffineMap lvlToDim = inferLvlToDim(dimToLvl, ctx);
  auto result = SparseTensorEncodingAttr::getChecked(
      emitError, ctx, ArrayRef<LevelType>(levels), dimToLvl, lvlToDim, posWidth,
      crdWidth, Attribute(), Attribute(), ArrayRef<SparseTensorDimSliceAttr>{});
  if (!result)
    return failure();
  return result;
}
