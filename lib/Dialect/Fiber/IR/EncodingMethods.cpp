//===- EncodingMethods.cpp - Numbers derived from a fiber encoding --------===//
//
// Density, metadata bits and packed size of a tensor under its encoding. The
// arithmetic lives in the model library (Model/Fibertree.h) so that the cost
// model, the simulator and these methods agree to the bit.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Model/Density.h"

#include "mlir/IR/BuiltinTypes.h"
#include "llvm/Support/raw_ostream.h"

using namespace mlir;
using namespace mlir::fiber;
namespace model = sparseaccel::model;

/// Storage bits of one element of `type` (0 when it has no fixed width).
static unsigned elementBits(Type type) {
  if (type.isIntOrFloat())
    return type.getIntOrFloatBitWidth();
  if (type.isIndex())
    return 64;
  if (auto complex = dyn_cast<ComplexType>(type))
    return 2 * elementBits(complex.getElementType());
  return 0;
}

/// Number of values a digit takes; -1 if it depends on a dynamic dimension
/// or does not fit 64 bits.
static int64_t digitExtent(ArrayRef<int64_t> shape, DigitAttr digit) {
  if (digit.getModulus() != 0)
    return digit.getModulus();
  std::optional<int64_t> extent = 1;
  for (int64_t d : digit.getDims()) {
    if (ShapedType::isDynamic(shape[d]) || !extent)
      return -1;
    extent = fiber::detail::checkedMul(*extent, shape[d]);
  }
  return extent ? *extent / digit.getDivisor() : -1;
}

SmallVector<int64_t>
EncodingAttr::getRankExtents(ArrayRef<int64_t> shape) const {
  SmallVector<int64_t> extents;
  for (RankAttr rank : getRanks()) {
    int64_t extent = 1;
    for (DigitAttr digit : rank.getDigits()) {
      int64_t e = digitExtent(shape, digit);
      std::optional<int64_t> product =
          (e < 0 || extent < 0) ? std::nullopt
                                : fiber::detail::checkedMul(extent, e);
      extent = product ? *product : -1;
    }
    extents.push_back(extent);
  }
  return extents;
}

double EncodingAttr::getRuleDensity() const {
  double density = 1.0;
  for (RankAttr rank : getRanks())
    density *= rank.getRule().getMaxDensity();
  return density;
}

SmallVector<RankAttr> EncodingAttr::getRuledRanks() const {
  SmallVector<RankAttr> ruled;
  for (RankAttr rank : getRanks())
    if (rank.getRule().isStructured())
      ruled.push_back(rank);
  return ruled;
}

unsigned EncodingAttr::getStoredValueBits(Type elementType) const {
  if (getValueBits())
    return getValueBits();
  if (getCodebook())
    return model::bitsFor(getCodebook() - 1);
  return elementBits(elementType);
}

FailureOr<SmallVector<model::FiberRank>>
EncodingAttr::getFiberRanks(ArrayRef<int64_t> shape) const {
  if (shape.size() != getNumDims())
    return failure();
  SmallVector<int64_t> extents = getRankExtents(shape);
  SmallVector<model::FiberRank> ranks;
  for (auto [rank, extent] : llvm::zip(getRanks(), extents)) {
    if (extent < 0)
      return failure();
    model::FiberRank out;
    out.name = rank.getName().getValue().str();
    out.extent = extent;
    out.format = rank.getFormat().getFormat();
    out.metadataBits = rank.getFormat().getMetadataBits();
    out.offsetBits = rank.getFormat().getPayloadBits();
    // The coordinate of a flattened CP/RLE rank is a tuple with one field
    // per flattened coordinate (thesis: 2-D COO = CP^2); a flattening that
    // is itself split has a single coordinate.
    bool coordinates = out.format == model::RankFormat::CP ||
                       out.format == model::RankFormat::RLE;
    if (!out.metadataBits && coordinates && rank.isFlattened()) {
      ArrayRef<DigitAttr> digits = rank.getDigits();
      if (digits.size() > 1) {
        for (DigitAttr digit : digits)
          out.metadataBits +=
              model::defaultMetadataBits(out.format, digitExtent(shape, digit));
      } else if (!digits.front().isSplit()) {
        for (int64_t d : digits.front().getDims())
          out.metadataBits += model::defaultMetadataBits(out.format, shape[d]);
      }
    }
    RuleAttr rule = rank.getRule();
    if (rule.isSingle() && (out.format == model::RankFormat::CP ||
                            out.format == model::RankFormat::RLE)) {
      out.fixedG = rule.getGs().front();
      out.fixedH = rule.getHs().front();
    }
    ranks.push_back(std::move(out));
  }
  return ranks;
}

/// Elements of a static shape; -1 when that exceeds 2^63.
static int64_t numElements(ArrayRef<int64_t> shape) {
  std::optional<int64_t> n = 1;
  for (int64_t e : shape)
    if (n)
      n = fiber::detail::checkedMul(*n, e);
  return n ? *n : -1;
}

FailureOr<double>
EncodingAttr::getExpectedDensity(ArrayRef<int64_t> shape) const {
  DensityAttr density = getDensity();
  if (!density)
    return getRuleDensity();
  switch (density.getKind()) {
  case DensityKind::HSS:
    return density.getHSSDensity();
  case DensityKind::Banded: {
    if (shape.size() != 2 || ShapedType::isDynamic(shape[0]))
      return failure();
    model::BandedDensity banded{static_cast<uint64_t>(density.getBandWidth()),
                                static_cast<uint64_t>(shape[0])};
    return banded.density();
  }
  case DensityKind::Actual:
    if (ElementsAttr mask = density.getMask()) {
      int64_t nonZeros = 0, total = 0;
      for (bool bit : mask.getValues<bool>()) {
        nonZeros += bit;
        ++total;
      }
      return total ? double(nonZeros) / double(total) : 0.0;
    }
    [[fallthrough]];
  default:
    if (!density.hasDensity())
      return failure();
    return density.getDensityValue();
  }
}

/// Row-major non-zero flags of a banded square matrix.
static std::vector<bool> bandedMask(int64_t side, int64_t width) {
  std::vector<bool> mask(static_cast<size_t>(side * side), false);
  for (int64_t i = 0; i < side; ++i)
    for (int64_t j = std::max<int64_t>(0, i - width);
         j <= std::min<int64_t>(side - 1, i + width); ++j)
      mask[static_cast<size_t>(i * side + j)] = true;
  return mask;
}

/// Tensors materialised to count a coordinate-dependent model exactly.
static constexpr int64_t kMaxMaterialisedElements = int64_t(1) << 24;

FailureOr<model::Footprint> EncodingAttr::getFootprint(ArrayRef<int64_t> shape,
                                                       Type elementType) const {
  FailureOr<SmallVector<model::FiberRank>> ranks = getFiberRanks(shape);
  unsigned valueBits = getStoredValueBits(elementType);
  if (failed(ranks) || !valueBits)
    return failure();
  model::ValueFormat value{valueBits, getCodebook(), elementBits(elementType)};
  SmallVector<int64_t> extents = getRankExtents(shape);

  DensityAttr density = getDensity();
  if (!density || density.getKind() == DensityKind::HSS) {
    // Per-rank ratios: the realised HSS ratios, or the densest the rules
    // allow (a capacity bound) when no density model is given.
    SmallVector<double> ratios;
    unsigned ruledIndex = 0;
    for (auto [rank, fiberRank] : llvm::zip(getRanks(), *ranks)) {
      RuleAttr rule = rank.getRule();
      if (density && rule.isStructured()) {
        int64_t g = density.getGs()[ruledIndex];
        int64_t h = density.getHs()[ruledIndex++];
        ratios.push_back(double(g) / double(h));
        if (fiberRank.format == model::RankFormat::CP ||
            fiberRank.format == model::RankFormat::RLE) {
          fiberRank.fixedG = g;
          fiberRank.fixedH = h;
        }
      } else {
        ratios.push_back(rule.getMaxDensity(fiberRank.extent));
      }
    }
    return model::computeFootprint(
        *ranks, model::nonEmptyFromRatios(extents, ratios), value);
  }

  if (numElements(shape) < 0)
    return failure();
  uint64_t total = static_cast<uint64_t>(numElements(shape));
  switch (density.getKind()) {
  case DensityKind::Uniform: {
    model::UniformDensity uniform{density.getDensityValue(), total};
    return model::computeFootprint(
        *ranks,
        model::nonEmptyFromTileModel(
            extents, [&](uint64_t n) { return uniform.probEmpty(n); }),
        value);
  }
  case DensityKind::FixedStructured: {
    model::FixedStructuredDensity fixed{density.getDensityValue()};
    return model::computeFootprint(
        *ranks,
        model::nonEmptyFromTileModel(
            extents, [&](uint64_t n) { return fixed.probEmpty(n); }),
        value);
  }
  case DensityKind::Banded: {
    if (shape.size() != 2 || shape[0] != shape[1] ||
        numElements(shape) > kMaxMaterialisedElements)
      return failure();
    std::vector<bool> mask = bandedMask(shape[0], density.getBandWidth());
    SmallVector<bool> flags(mask.begin(), mask.end());
    return getFootprint(shape, elementType, flags);
  }
  case DensityKind::Actual: {
    if (ElementsAttr mask = density.getMask()) {
      SmallVector<bool> flags(mask.getValues<bool>());
      return getFootprint(shape, elementType, flags);
    }
    if (!density.hasDensity())
      return failure();
    // Without the data, the measured density stands in as a uniform model.
    model::UniformDensity uniform{density.getDensityValue(), total};
    return model::computeFootprint(
        *ranks,
        model::nonEmptyFromTileModel(
            extents, [&](uint64_t n) { return uniform.probEmpty(n); }),
        value);
  }
  case DensityKind::HSS:
    break;
  }
  return failure();
}

FailureOr<std::vector<uint64_t>>
EncodingAttr::getRankOrderedIndices(ArrayRef<int64_t> shape,
                                    ArrayRef<bool> isNonZero) const {
  FailureOr<SmallVector<model::FiberRank>> ranks = getFiberRanks(shape);
  if (failed(ranks))
    return failure();
  int64_t total = numElements(shape);
  if (static_cast<int64_t>(isNonZero.size()) != total)
    return failure();

  // Weight of one step of each rank in the rank-ordered linear index.
  size_t numRanks = ranks->size();
  SmallVector<uint64_t> rankStride(numRanks, 1);
  for (size_t r = numRanks; r-- > 1;)
    rankStride[r - 1] =
        rankStride[r] * static_cast<uint64_t>((*ranks)[r].extent);
  // For every digit of every rank: the row-major weight of each dimension in
  // its group, and the digit's weight in the rank-ordered index.
  struct DigitPlan {
    DigitAttr digit;
    SmallVector<int64_t> dimWeights;
    uint64_t weight;
  };
  SmallVector<DigitPlan> plans;
  for (auto [r, rank] : llvm::enumerate(getRanks())) {
    uint64_t weight = rankStride[r];
    for (DigitAttr digit : llvm::reverse(rank.getDigits())) {
      SmallVector<int64_t> weights(digit.getDims().size(), 1);
      for (size_t i = weights.size(); i-- > 1;)
        weights[i - 1] = weights[i] * shape[digit.getDims()[i]];
      plans.push_back({digit, std::move(weights), weight});
      weight *= static_cast<uint64_t>(digitExtent(shape, digit));
    }
  }

  std::vector<uint64_t> indices;
  SmallVector<int64_t> coord(shape.size(), 0);
  for (int64_t element = 0; element < total; ++element) {
    if (isNonZero[element]) {
      uint64_t index = 0;
      for (const DigitPlan &plan : plans) {
        int64_t linear = 0;
        for (auto [d, weight] :
             llvm::zip(plan.digit.getDims(), plan.dimWeights))
          linear += coord[d] * weight;
        int64_t value = linear / plan.digit.getDivisor();
        if (plan.digit.getModulus())
          value %= plan.digit.getModulus();
        index += static_cast<uint64_t>(value) * plan.weight;
      }
      indices.push_back(index);
    }
    // Advance the row-major odometer.
    for (size_t d = shape.size(); d-- > 0;) {
      if (++coord[d] < shape[d])
        break;
      coord[d] = 0;
    }
  }
  llvm::sort(indices);
  return indices;
}

FailureOr<model::Footprint>
EncodingAttr::getFootprint(ArrayRef<int64_t> shape, Type elementType,
                           ArrayRef<bool> isNonZero) const {
  FailureOr<SmallVector<model::FiberRank>> ranks = getFiberRanks(shape);
  unsigned valueBits = getStoredValueBits(elementType);
  FailureOr<std::vector<uint64_t>> indices =
      getRankOrderedIndices(shape, isNonZero);
  if (failed(ranks) || !valueBits || failed(indices))
    return failure();
  model::ValueFormat value{valueBits, getCodebook(), elementBits(elementType)};
  model::ExactOccupancy occupancy =
      model::occupancyFromIndices(*ranks, *indices);
  return model::computeFootprint(*ranks, occupancy.nonEmpty, value,
                                 occupancy.rlePadding);
}

std::optional<std::string>
EncodingAttr::findRuleViolation(ArrayRef<int64_t> shape,
                                ArrayRef<bool> isNonZero) const {
  FailureOr<SmallVector<model::FiberRank>> ranks = getFiberRanks(shape);
  FailureOr<std::vector<uint64_t>> indices =
      getRankOrderedIndices(shape, isNonZero);
  if (failed(ranks) || failed(indices))
    return std::string("the data cannot be laid out in this encoding");
  for (auto [r, rank] : llvm::enumerate(getRanks())) {
    RuleAttr rule = rank.getRule();
    if (rule.isUnconstrained())
      continue;
    if (rule.isDense()) {
      // Dense ranks only lose coordinates whose whole subtree is zero, which
      // is what "empty" means; no check applies to the data.
      continue;
    }
    // The data follows the rule when some allowed H that fits the rank sees
    // at most max(G) non-empty coordinates in every aligned group.
    int64_t extent = (*ranks)[r].extent;
    std::optional<std::pair<int64_t, uint64_t>> closest;
    bool satisfied = false;
    for (int64_t h : rule.getHs()) {
      if (extent % h != 0)
        continue;
      uint64_t worst = model::maxGroupOccupancy(*ranks, *indices, r, h);
      if (static_cast<int64_t>(worst) <= rule.getGs().back()) {
        satisfied = true;
        break;
      }
      if (!closest)
        closest = {h, worst};
    }
    if (!satisfied && closest) {
      std::string text;
      llvm::raw_string_ostream os(text);
      os << "rank " << rank.getName().getValue() << " has a group of "
         << closest->first << " coordinates with " << closest->second
         << " non-empty, more than its rule " << stringifyRuleBody(rule)
         << " allows";
      return text;
    }
  }
  return std::nullopt;
}

FailureOr<double> EncodingAttr::getMetadataBits(ArrayRef<int64_t> shape,
                                                Type elementType) const {
  FailureOr<model::Footprint> footprint = getFootprint(shape, elementType);
  if (failed(footprint))
    return failure();
  return footprint->formatBits();
}

FailureOr<double> EncodingAttr::getPackedBits(ArrayRef<int64_t> shape,
                                              Type elementType) const {
  FailureOr<model::Footprint> footprint = getFootprint(shape, elementType);
  if (failed(footprint))
    return failure();
  return footprint->totalBits();
}
