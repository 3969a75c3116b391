//===- FiberAttrs.cpp - Fibertree encoding attributes ---------------------===//
//
// Parsing, printing and verification of #fiber.rule, #fiber.format and
// #fiber.density. #fiber.encoding lives in EncodingAttr.cpp, its derived
// numbers (density, metadata bits, packed size) in EncodingMethods.cpp.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/TypeSwitch.h"
#include "llvm/Support/MathExtras.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

using namespace mlir;
using namespace mlir::fiber;
namespace model = sparseaccel::model;

#include "SparseAccel/Dialect/Fiber/IR/FiberEnums.cpp.inc"

#define GET_ATTRDEF_CLASSES
#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.cpp.inc"

void FiberDialect::registerAttributes() {
  addAttributes<
#define GET_ATTRDEF_LIST
#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.cpp.inc"
      >();
}

std::optional<int64_t> mlir::fiber::detail::checkedMul(int64_t a, int64_t b) {
  int64_t result;
  if (llvm::MulOverflow(a, b, result))
    return std::nullopt;
  return result;
}

//===----------------------------------------------------------------------===//
// Integer sets: `2`, `[2, 8]`, `{2, 4, 8}`
//===----------------------------------------------------------------------===//

/// Largest G or H accepted: far above any hardware pattern, small enough that
/// ranges expand cheaply.
static constexpr int64_t kMaxRatioTerm = 1 << 16;

static ParseResult parseIntSet(AsmParser &parser,
                               SmallVectorImpl<int64_t> &values) {
  SMLoc loc = parser.getCurrentLocation();
  if (succeeded(parser.parseOptionalLSquare())) {
    int64_t lo, hi;
    if (parser.parseInteger(lo) || parser.parseComma() ||
        parser.parseInteger(hi) || parser.parseRSquare())
      return failure();
    if (hi < lo)
      return parser.emitError(loc) << "empty range [" << lo << ", " << hi
                                   << "]: the lower bound comes first";
    if (lo < 0 || hi > kMaxRatioTerm)
      return parser.emitError(loc)
             << "range [" << lo << ", " << hi << "] must lie within [0, "
             << kMaxRatioTerm << "]";
    for (int64_t v = lo; v <= hi; ++v)
      values.push_back(v);
  } else if (succeeded(parser.parseOptionalLBrace())) {
    if (parser.parseCommaSeparatedList([&]() -> ParseResult {
          int64_t v;
          if (parser.parseInteger(v))
            return failure();
          values.push_back(v);
          return success();
        }) ||
        parser.parseRBrace())
      return failure();
  } else {
    int64_t v;
    if (parser.parseInteger(v))
      return failure();
    values.push_back(v);
  }
  llvm::sort(values);
  values.erase(std::unique(values.begin(), values.end()), values.end());
  return success();
}

static void printIntSet(raw_ostream &os, ArrayRef<int64_t> values) {
  if (values.size() == 1) {
    os << values.front();
    return;
  }
  bool consecutive =
      values.back() - values.front() + 1 == static_cast<int64_t>(values.size());
  if (consecutive && values.size() >= 3) {
    os << "[" << values.front() << ", " << values.back() << "]";
    return;
  }
  os << "{";
  llvm::interleaveComma(values, os);
  os << "}";
}

//===----------------------------------------------------------------------===//
// RuleAttr
//===----------------------------------------------------------------------===//

bool RuleAttr::allows(int64_t g, int64_t h) const {
  if (!isStructured())
    return false;
  return llvm::is_contained(getGs(), g) && llvm::is_contained(getHs(), h);
}

double RuleAttr::getMaxDensity(int64_t extent) const {
  if (!isStructured())
    return 1.0;
  for (int64_t h : getHs())
    if (extent <= 0 || extent % h == 0)
      return double(getGs().back()) / double(h);
  return double(getGs().back()) / double(getHs().front());
}

LogicalResult RuleAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                               RuleKind kind, ArrayRef<int64_t> gs,
                               ArrayRef<int64_t> hs) {
  if (kind != RuleKind::Structured) {
    if (!gs.empty() || !hs.empty())
      return emitError() << "a " << stringifyRuleKind(kind)
                         << " rule takes no G:H values";
    return success();
  }
  if (gs.empty() || hs.empty())
    return emitError() << "a G:H rule needs at least one G and one H";
  if (!llvm::is_sorted(gs) || !llvm::is_sorted(hs) ||
      std::adjacent_find(gs.begin(), gs.end()) != gs.end() ||
      std::adjacent_find(hs.begin(), hs.end()) != hs.end())
    return emitError() << "G and H sets must be sorted and free of duplicates";
  if (gs.front() < 1)
    return emitError() << "G must be at least 1, got " << gs.front()
                       << " (a rank whose fibers are all empty holds nothing)";
  if (hs.front() < 1)
    return emitError() << "H must be at least 1, got " << hs.front();
  if (gs.back() > hs.front())
    return emitError() << "G:H rule allows G = " << gs.back()
                       << " larger than H = " << hs.front()
                       << "; G counts the non-empty coordinates among H, so "
                          "every allowed G must be <= every allowed H";
  if (hs.back() > kMaxRatioTerm)
    return emitError() << "H = " << hs.back() << " exceeds the limit of "
                       << kMaxRatioTerm;
  return success();
}

FailureOr<RuleAttr> RuleAttr::parseBody(AsmParser &parser) {
  SMLoc loc = parser.getCurrentLocation();
  auto emitError = [&]() { return parser.emitError(loc); };
  MLIRContext *ctx = parser.getContext();
  if (succeeded(parser.parseOptionalKeyword("dense")))
    return RuleAttr::getChecked(emitError, ctx, RuleKind::Dense,
                                ArrayRef<int64_t>{}, ArrayRef<int64_t>{});
  if (succeeded(parser.parseOptionalKeyword("unconstrained")))
    return RuleAttr::getChecked(emitError, ctx, RuleKind::Unconstrained,
                                ArrayRef<int64_t>{}, ArrayRef<int64_t>{});
  StringRef keyword;
  if (succeeded(parser.parseOptionalKeyword(&keyword)))
    return parser.emitError(loc)
           << "unknown rule '" << keyword
           << "'; expected 'dense', 'unconstrained' or G:H (e.g. 2:4, "
              "[1, 4]:8, 2:[2, 8], {2, 4}:8)";
  SmallVector<int64_t> gs, hs;
  if (parseIntSet(parser, gs) || parser.parseColon() || parseIntSet(parser, hs))
    return failure();
  RuleAttr rule =
      RuleAttr::getChecked(emitError, ctx, RuleKind::Structured, gs, hs);
  if (!rule)
    return failure();
  return rule;
}

void RuleAttr::printBody(raw_ostream &os) const {
  if (!isStructured()) {
    os << stringifyRuleKind(getKind());
    return;
  }
  printIntSet(os, getGs());
  os << ":";
  printIntSet(os, getHs());
}

Attribute RuleAttr::parse(AsmParser &parser, Type) {
  if (parser.parseLess())
    return {};
  FailureOr<RuleAttr> rule = parseBody(parser);
  if (failed(rule) || parser.parseGreater())
    return {};
  return *rule;
}

void RuleAttr::print(AsmPrinter &printer) const {
  printer << "<";
  printBody(printer.getStream());
  printer << ">";
}

//===----------------------------------------------------------------------===//
// FormatAttr
//===----------------------------------------------------------------------===//

FailureOr<FormatAttr>
mlir::fiber::detail::parseFormatAfterKeyword(AsmParser &parser,
                                             StringRef keyword, SMLoc loc) {
  std::optional<model::RankFormat> format = model::parseRankFormat(keyword);
  if (!format)
    return parser.emitError(loc)
           << "unknown rank format '" << keyword
           << "'; expected one of U, B, CP, UOP, RLE, UB (multi-rank formats "
              "are written per rank: CSR is a UOP rank above a CP rank)";
  unsigned md = 0, pl = 0;
  if (succeeded(parser.parseOptionalLess())) {
    auto parseWidth = [&]() -> ParseResult {
      SMLoc keyLoc = parser.getCurrentLocation();
      StringRef key;
      int64_t bits;
      if (parser.parseKeyword(&key) || parser.parseEqual())
        return failure();
      SMLoc valueLoc = parser.getCurrentLocation();
      if (parser.parseInteger(bits))
        return failure();
      // Tuple coordinates of flattened ranks can be wider than a word.
      if (bits < 1 || bits > 1024)
        return parser.emitError(valueLoc)
               << "bit width must be between 1 and 1024, got " << bits;
      if (key == "md") {
        if (*format == model::RankFormat::U ||
            *format == model::RankFormat::UOP)
          return parser.emitError(keyLoc)
                 << model::toString(*format)
                 << " stores no per-coordinate metadata; 'md' does not apply";
        md = bits;
      } else if (key == "pl") {
        pl = bits;
      } else {
        return parser.emitError(keyLoc)
               << "unknown width '" << key
               << "'; expected 'md' (metadata bits) or 'pl' (offset bits)";
      }
      return success();
    };
    if (parser.parseCommaSeparatedList(parseWidth) || parser.parseGreater())
      return failure();
  }
  return FormatAttr::get(parser.getContext(), *format, md, pl);
}

FailureOr<FormatAttr> FormatAttr::parseBody(AsmParser &parser) {
  SMLoc loc = parser.getCurrentLocation();
  StringRef keyword;
  if (parser.parseKeyword(&keyword))
    return failure();
  return fiber::detail::parseFormatAfterKeyword(parser, keyword, loc);
}

void FormatAttr::printBody(raw_ostream &os) const {
  os << model::toString(getFormat());
  if (!getMetadataBits() && !getPayloadBits())
    return;
  os << "<";
  if (getMetadataBits()) {
    os << "md = " << getMetadataBits();
    if (getPayloadBits())
      os << ", ";
  }
  if (getPayloadBits())
    os << "pl = " << getPayloadBits();
  os << ">";
}

Attribute FormatAttr::parse(AsmParser &parser, Type) {
  if (parser.parseLess())
    return {};
  FailureOr<FormatAttr> format = parseBody(parser);
  if (failed(format) || parser.parseGreater())
    return {};
  return *format;
}

void FormatAttr::print(AsmPrinter &printer) const {
  printer << "<";
  printBody(printer.getStream());
  printer << ">";
}

//===----------------------------------------------------------------------===//
// DensityAttr
//===----------------------------------------------------------------------===//

double DensityAttr::getHSSDensity() const {
  double density = 1.0;
  for (auto [g, h] : llvm::zip(getGs(), getHs()))
    density *= double(g) / double(h);
  return density;
}

LogicalResult DensityAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                  DensityKind kind, FloatAttr density,
                                  int64_t bandWidth, ArrayRef<int64_t> gs,
                                  ArrayRef<int64_t> hs, ElementsAttr mask) {
  if (density) {
    double d = density.getValueAsDouble();
    if (!(d >= 0.0 && d <= 1.0))
      return emitError() << "density must lie in [0, 1], got " << d;
  }
  switch (kind) {
  case DensityKind::Uniform:
  case DensityKind::FixedStructured:
    if (!density)
      return emitError() << stringifyDensityKind(kind)
                         << " density needs its average density";
    break;
  case DensityKind::Banded:
    if (bandWidth < 0)
      return emitError() << "band width must be non-negative, got "
                         << bandWidth;
    break;
  case DensityKind::Actual:
    if (mask && !mask.getElementType().isInteger(1))
      return emitError() << "an actual-data mask must hold i1 values, got "
                         << mask.getElementType();
    break;
  case DensityKind::HSS:
    if (gs.empty() || gs.size() != hs.size())
      return emitError() << "hss density needs one G:H ratio per ruled rank";
    for (auto [g, h] : llvm::zip(gs, hs))
      if (g < 1 || h < 1 || g > h)
        return emitError() << "hss ratio " << g << ":" << h
                           << " must satisfy 1 <= G <= H";
    break;
  }
  if (kind != DensityKind::HSS && !gs.empty())
    return emitError() << "only hss densities carry G:H ratios";
  return success();
}

Attribute DensityAttr::parse(AsmParser &parser, Type) {
  MLIRContext *ctx = parser.getContext();
  SMLoc loc = parser.getCurrentLocation();
  auto emitError = [&]() { return parser.emitError(loc); };
  StringRef kindName;
  if (parser.parseLess())
    return {};
  SMLoc kindLoc = parser.getCurrentLocation();
  if (parser.parseKeyword(&kindName))
    return {};
  std::optional<DensityKind> kind = symbolizeDensityKind(kindName);
  if (!kind) {
    parser.emitError(kindLoc)
        << "unknown density model '" << kindName
        << "'; expected uniform, fixed_structured, banded, actual or hss";
    return {};
  }
  FloatAttr density;
  int64_t bandWidth = 0;
  SmallVector<int64_t> gs, hs;
  ElementsAttr mask;
  auto parseDensity = [&]() -> ParseResult {
    double value;
    if (parser.parseFloat(value))
      return failure();
    density = FloatAttr::get(Float64Type::get(ctx), value);
    return success();
  };
  switch (*kind) {
  case DensityKind::Uniform:
  case DensityKind::FixedStructured:
    if (failed(parser.parseOptionalComma())) {
      parser.emitError(parser.getCurrentLocation())
          << kindName << " density needs its average density, e.g. "
          << "#fiber.density<" << kindName << ", 0.3>";
      return {};
    }
    if (parseDensity())
      return {};
    break;
  case DensityKind::Banded:
    if (parser.parseComma() || parser.parseKeyword("width") ||
        parser.parseEqual() || parser.parseInteger(bandWidth))
      return {};
    break;
  case DensityKind::Actual:
    while (succeeded(parser.parseOptionalComma())) {
      if (succeeded(parser.parseOptionalKeyword("mask"))) {
        Attribute attr;
        SMLoc maskLoc = parser.getCurrentLocation();
        if (parser.parseEqual() || parser.parseAttribute(attr))
          return {};
        mask = dyn_cast<ElementsAttr>(attr);
        if (!mask) {
          parser.emitError(maskLoc) << "mask must be an elements attribute";
          return {};
        }
      } else if (parseDensity()) {
        return {};
      }
    }
    break;
  case DensityKind::HSS:
    if (parser.parseComma() ||
        parser.parseCommaSeparatedList(
            AsmParser::Delimiter::Square, [&]() -> ParseResult {
              int64_t g, h;
              if (parser.parseInteger(g) || parser.parseColon() ||
                  parser.parseInteger(h))
                return failure();
              gs.push_back(g);
              hs.push_back(h);
              return success();
            }))
      return {};
    break;
  }
  if (parser.parseGreater())
    return {};
  return DensityAttr::getChecked(emitError, ctx, *kind, density, bandWidth, gs,
                                 hs, mask);
}

/// The shortest decimal that parses back to exactly `value`.
static void printShortestDouble(raw_ostream &os, double value) {
  char buffer[32];
  for (int precision = 1; precision <= 17; ++precision) {
    snprintf(buffer, sizeof(buffer), "%.*g", precision, value);
    if (std::strtod(buffer, nullptr) == value)
      break;
  }
  StringRef text(buffer);
  os << text;
  // Keep it a float literal for the parser: 1 -> 1.0.
  if (text.find_first_of(".eEn") == StringRef::npos)
    os << ".0";
}

void DensityAttr::print(AsmPrinter &printer) const {
  printer << "<" << stringifyDensityKind(getKind());
  switch (getKind()) {
  case DensityKind::Uniform:
  case DensityKind::FixedStructured:
  case DensityKind::Actual:
    if (getDensity()) {
      printer << ", ";
      printShortestDouble(printer.getStream(), getDensityValue());
    }
    if (getMask())
      printer << ", mask = " << getMask();
    break;
  case DensityKind::Banded:
    printer << ", width = " << getBandWidth();
    break;
  case DensityKind::HSS:
    printer << ", [";
    llvm::interleaveComma(llvm::zip(getGs(), getHs()), printer, [&](auto p) {
      printer << std::get<0>(p) << ":" << std::get<1>(p);
    });
    printer << "]";
    break;
  }
  printer << ">";
}
