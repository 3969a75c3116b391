//===- EncodingAttr.cpp - #fiber.encoding syntax and verifier -------------===//
//
// Parsing, printing and verification of #fiber.encoding. The grammar is in
// the attribute's description in FiberAttrs.td and in docs/encodings.md.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"

using namespace mlir;
using namespace mlir::fiber;
namespace model = sparseaccel::model;

//===----------------------------------------------------------------------===//
// Names and descriptions
//===----------------------------------------------------------------------===//

/// `m`, `(r, s)`: the dimensions a digit flattens.
static void printGroup(raw_ostream &os, ArrayRef<StringAttr> dimNames,
                       ArrayRef<int64_t> dims) {
  auto name = [&](int64_t d) -> StringRef {
    return d >= 0 && d < static_cast<int64_t>(dimNames.size())
               ? dimNames[d].getValue()
               : StringRef("?");
  };
  if (dims.size() == 1) {
    os << name(dims.front());
    return;
  }
  os << "(";
  llvm::interleaveComma(dims, os, [&](int64_t d) { os << name(d); });
  os << ")";
}

/// `c floordiv 4`, `(c floordiv 4) mod 4`, `(r, s)`.
static void printDigit(raw_ostream &os, ArrayRef<StringAttr> dimNames,
                       DigitAttr digit) {
  bool div = digit.getDivisor() != 1, mod = digit.getModulus() != 0;
  if (div && mod)
    os << "(";
  printGroup(os, dimNames, digit.getDims());
  if (div)
    os << " floordiv " << digit.getDivisor();
  if (div && mod)
    os << ")";
  if (mod)
    os << " mod " << digit.getModulus();
}

static void printRankExpr(raw_ostream &os, ArrayRef<StringAttr> dimNames,
                          RankAttr rank) {
  ArrayRef<DigitAttr> digits = rank.getDigits();
  if (digits.size() == 1) {
    printDigit(os, dimNames, digits.front());
    return;
  }
  os << "(";
  llvm::interleaveComma(
      digits, os, [&](DigitAttr digit) { printDigit(os, dimNames, digit); });
  os << ")";
}

/// `K0 (k mod 4)` for diagnostics.
static std::string describeRank(ArrayRef<StringAttr> dimNames, RankAttr rank) {
  std::string text = rank.getName().getValue().str() + " (";
  llvm::raw_string_ostream os(text);
  printRankExpr(os, dimNames, rank);
  os << ")";
  return text;
}

static std::string groupName(ArrayRef<StringAttr> dimNames,
                             ArrayRef<int64_t> dims) {
  std::string text;
  llvm::raw_string_ostream os(text);
  printGroup(os, dimNames, dims);
  return text;
}

/// Default name of a digit: its dimensions in upper case, plus the index of
/// the piece (0 = lowest digits) when its group is split.
static std::string digitName(ArrayRef<StringAttr> dimNames, DigitAttr digit,
                             ArrayRef<DigitAttr> allDigits) {
  std::string name;
  for (int64_t d : digit.getDims())
    if (d >= 0 && d < static_cast<int64_t>(dimNames.size()))
      name += dimNames[d].getValue().upper();
  unsigned pieces = 0, below = 0;
  for (DigitAttr other : allDigits) {
    if (other.getDims() != digit.getDims())
      continue;
    ++pieces;
    below += other.getDivisor() < digit.getDivisor();
  }
  if (pieces > 1 || digit.isSplit())
    name += std::to_string(below);
  return name;
}

SmallVector<std::string>
mlir::fiber::getDefaultRankNames(ArrayRef<StringAttr> dimNames,
                                 ArrayRef<RankAttr> ranks) {
  SmallVector<DigitAttr> allDigits;
  for (RankAttr rank : ranks)
    llvm::append_range(allDigits, rank.getDigits());
  SmallVector<std::string> names;
  for (RankAttr rank : ranks) {
    std::string name;
    for (DigitAttr digit : rank.getDigits())
      name += digitName(dimNames, digit, allDigits);
    names.push_back(name);
  }
  return names;
}

std::string mlir::fiber::stringifyRuleBody(RuleAttr rule) {
  std::string text;
  llvm::raw_string_ostream os(text);
  rule.printBody(os);
  return text;
}

EncodingAttr mlir::fiber::getFiberEncoding(Type type) {
  auto tensor = dyn_cast<RankedTensorType>(type);
  if (!tensor)
    return {};
  return dyn_cast_or_null<EncodingAttr>(tensor.getEncoding());
}

//===----------------------------------------------------------------------===//
// Parsing
//===----------------------------------------------------------------------===//

namespace {
/// A digit while parsing.
struct PendingDigit {
  SmallVector<int64_t> dims;
  int64_t divisor = 1;
  int64_t modulus = 0;
  bool isPlainDim() const {
    return dims.size() == 1 && divisor == 1 && modulus == 0;
  }
};

struct PendingRank {
  std::string name;
  SmallVector<PendingDigit> digits;
  RuleAttr rule;
  FormatAttr format;
};

class EncodingParser {
public:
  EncodingParser(AsmParser &parser) : parser(parser) {}
  Attribute parse();

private:
  ParseResult parseDims();
  ParseResult parseRank();
  ParseResult parseDimByName(StringRef name, SMLoc loc, int64_t &dim);
  ParseResult parseExpr(SmallVectorImpl<PendingDigit> &digits,
                        std::optional<std::pair<StringRef, SMLoc>> first = {});
  ParseResult parsePostfix(SmallVectorImpl<PendingDigit> &digits);
  ParseResult applyFloorDiv(PendingDigit &digit, int64_t d, SMLoc loc);
  ParseResult applyMod(PendingDigit &digit, int64_t m, SMLoc loc);

  AsmParser &parser;
  SmallVector<StringAttr> dimNames;
  SmallVector<PendingRank> ranks;
};
} // namespace

static bool isReservedWord(StringRef word) {
  return word == "floordiv" || word == "mod" || word == "dense" ||
         word == "unconstrained" || model::parseRankFormat(word).has_value();
}

ParseResult EncodingParser::parseDims() {
  return parser.parseCommaSeparatedList(
      AsmParser::Delimiter::Paren, [&]() -> ParseResult {
        SMLoc loc = parser.getCurrentLocation();
        StringRef name;
        if (parser.parseKeyword(&name))
          return failure();
        if (isReservedWord(name))
          return parser.emitError(loc)
                 << "'" << name << "' is reserved and cannot name a dimension";
        for (StringAttr existing : dimNames)
          if (existing.getValue() == name)
            return parser.emitError(loc)
                   << "dimension '" << name << "' is declared twice";
        dimNames.push_back(StringAttr::get(parser.getContext(), name));
        return success();
      });
}

ParseResult EncodingParser::parseDimByName(StringRef name, SMLoc loc,
                                           int64_t &dim) {
  for (auto [i, existing] : llvm::enumerate(dimNames)) {
    if (existing.getValue() == name) {
      dim = i;
      return success();
    }
  }
  std::string known;
  llvm::raw_string_ostream os(known);
  llvm::interleaveComma(dimNames, os,
                        [&](StringAttr s) { os << s.getValue(); });
  return parser.emitError(loc) << "unknown dimension '" << name
                               << "'; the encoding declares (" << known << ")";
}

ParseResult EncodingParser::applyFloorDiv(PendingDigit &digit, int64_t d,
                                          SMLoc loc) {
  if (d < 1)
    return parser.emitError(loc) << "floordiv needs a positive divisor";
  if (digit.modulus != 0) {
    // (x mod M) floordiv D is the middle digit (x floordiv D) mod (M / D).
    if (digit.modulus % d != 0)
      return parser.emitError(loc)
             << "(x mod " << digit.modulus << ") floordiv " << d
             << " is not a digit of x: " << d << " must divide "
             << digit.modulus;
    digit.modulus /= d;
  }
  std::optional<int64_t> divisor = fiber::detail::checkedMul(digit.divisor, d);
  if (!divisor)
    return parser.emitError(loc)
           << "splitting by " << digit.divisor << " and then by " << d
           << " overflows 64 bits";
  digit.divisor = *divisor;
  return success();
}

ParseResult EncodingParser::applyMod(PendingDigit &digit, int64_t m,
                                     SMLoc loc) {
  if (m < 1)
    return parser.emitError(loc) << "mod needs a positive modulus";
  if (digit.modulus != 0 && digit.modulus % m != 0)
    return parser.emitError(loc)
           << "(x mod " << digit.modulus << ") mod " << m
           << " is not a digit of x: " << m << " must divide " << digit.modulus;
  digit.modulus = m;
  return success();
}

/// `floordiv` / `mod` after an expression. A flattening of whole dimensions
/// becomes one digit that can be split; a flattening of pieces cannot.
ParseResult
EncodingParser::parsePostfix(SmallVectorImpl<PendingDigit> &digits) {
  while (true) {
    SMLoc loc = parser.getCurrentLocation();
    bool isDiv = succeeded(parser.parseOptionalKeyword("floordiv"));
    if (!isDiv && failed(parser.parseOptionalKeyword("mod")))
      return success();
    int64_t value;
    if (parser.parseInteger(value))
      return failure();
    if (digits.size() > 1) {
      if (!llvm::all_of(digits,
                        [](const PendingDigit &d) { return d.isPlainDim(); }))
        return parser.emitError(loc)
               << "only a flattening of whole dimensions can be split; "
                  "this one flattens pieces of split dimensions";
      PendingDigit merged;
      for (const PendingDigit &d : digits)
        merged.dims.push_back(d.dims.front());
      digits.assign({merged});
    }
    if (isDiv ? applyFloorDiv(digits.front(), value, loc)
              : applyMod(digits.front(), value, loc))
      return failure();
  }
}

ParseResult
EncodingParser::parseExpr(SmallVectorImpl<PendingDigit> &digits,
                          std::optional<std::pair<StringRef, SMLoc>> first) {
  if (!first && succeeded(parser.parseOptionalLParen())) {
    SmallVector<PendingDigit> inner;
    do {
      SmallVector<PendingDigit> item;
      if (parseExpr(item))
        return failure();
      llvm::append_range(inner, item);
    } while (succeeded(parser.parseOptionalComma()));
    if (parser.parseRParen())
      return failure();
    // A flattening of whole dimensions is one digit: (r, s).
    if (inner.size() > 1 && llvm::all_of(inner, [](const PendingDigit &d) {
          return d.isPlainDim();
        })) {
      PendingDigit merged;
      for (const PendingDigit &d : inner)
        merged.dims.push_back(d.dims.front());
      inner.assign({merged});
    }
    digits.append(inner.begin(), inner.end());
  } else {
    StringRef name;
    SMLoc loc;
    if (first) {
      std::tie(name, loc) = *first;
    } else {
      loc = parser.getCurrentLocation();
      if (parser.parseKeyword(&name))
        return failure();
    }
    PendingDigit digit;
    digit.dims.push_back(0);
    if (parseDimByName(name, loc, digit.dims.front()))
      return failure();
    digits.push_back(digit);
  }
  return parsePostfix(digits);
}

ParseResult EncodingParser::parseRank() {
  PendingRank rank;
  SMLoc loc = parser.getCurrentLocation();
  StringRef first;
  if (succeeded(parser.parseOptionalKeyword(&first))) {
    if (succeeded(parser.parseOptionalEqual())) {
      rank.name = first.str();
      if (parseExpr(rank.digits))
        return failure();
    } else if (parseExpr(rank.digits, std::make_pair(first, loc))) {
      return failure();
    }
  } else if (parseExpr(rank.digits)) {
    return failure();
  }
  // The same tensor coordinate twice in one rank is a parse error: it would
  // make the flattening ambiguous.
  for (size_t i = 0; i < rank.digits.size(); ++i)
    for (size_t j = i + 1; j < rank.digits.size(); ++j)
      if (rank.digits[i].dims == rank.digits[j].dims &&
          rank.digits[i].divisor == rank.digits[j].divisor)
        return parser.emitError(loc)
               << "rank flattens the same piece of "
               << groupName(dimNames, rank.digits[i].dims) << " twice";

  if (succeeded(parser.parseOptionalLParen())) {
    FailureOr<RuleAttr> rule = RuleAttr::parseBody(parser);
    if (failed(rule) || parser.parseRParen())
      return failure();
    rank.rule = *rule;
  } else {
    rank.rule = RuleAttr::get(parser.getContext(), RuleKind::Dense);
  }

  SMLoc formatLoc = parser.getCurrentLocation();
  StringRef keyword;
  if (succeeded(parser.parseOptionalKeyword(&keyword))) {
    FailureOr<FormatAttr> format =
        fiber::detail::parseFormatAfterKeyword(parser, keyword, formatLoc);
    if (failed(format))
      return failure();
    rank.format = *format;
  } else {
    rank.format = FormatAttr::get(parser.getContext(), model::RankFormat::U);
  }
  ranks.push_back(std::move(rank));
  return success();
}

Attribute EncodingParser::parse() {
  MLIRContext *ctx = parser.getContext();
  SMLoc loc = parser.getCurrentLocation();
  if (parser.parseLess() || parseDims() || parser.parseArrow() ||
      parser.parseCommaSeparatedList(AsmParser::Delimiter::Square,
                                     [&]() { return parseRank(); }))
    return {};

  unsigned valueBits = 0;
  uint64_t codebook = 0;
  DensityAttr density;
  while (succeeded(parser.parseOptionalComma())) {
    SMLoc keyLoc = parser.getCurrentLocation();
    StringRef key;
    if (parser.parseKeyword(&key) || parser.parseEqual())
      return {};
    SMLoc valueLoc = parser.getCurrentLocation();
    if (key == "bits") {
      int64_t bits;
      if (parser.parseInteger(bits))
        return {};
      if (bits < 1 || bits > 64) {
        parser.emitError(valueLoc)
            << "value bit width must be between 1 and 64, got " << bits;
        return {};
      }
      valueBits = bits;
    } else if (key == "codebook") {
      int64_t entries;
      if (parser.parseInteger(entries))
        return {};
      if (entries < 1) {
        parser.emitError(valueLoc)
            << "a codebook needs at least one entry, got " << entries;
        return {};
      }
      codebook = entries;
    } else if (key == "density") {
      Attribute attr;
      if (parser.parseAttribute(attr))
        return {};
      density = dyn_cast<DensityAttr>(attr);
      if (!density) {
        parser.emitError(valueLoc)
            << "expected a #fiber.density attribute, got " << attr;
        return {};
      }
    } else {
      parser.emitError(keyLoc) << "unknown encoding field '" << key
                               << "'; expected 'bits', 'codebook' or 'density'";
      return {};
    }
  }
  if (parser.parseGreater())
    return {};

  // Build the ranks, naming the unnamed ones after their dimensions.
  SmallVector<RankAttr> rankAttrs;
  StringAttr unnamed = StringAttr::get(ctx, "");
  for (PendingRank &rank : ranks) {
    SmallVector<DigitAttr> digits;
    for (PendingDigit &digit : rank.digits)
      digits.push_back(
          DigitAttr::get(ctx, digit.dims, digit.divisor, digit.modulus));
    rankAttrs.push_back(
        RankAttr::get(ctx, unnamed, digits, rank.rule, rank.format));
  }
  SmallVector<std::string> defaults = getDefaultRankNames(dimNames, rankAttrs);
  for (auto [i, rank] : llvm::enumerate(ranks)) {
    StringRef name = rank.name.empty() ? StringRef(defaults[i]) : rank.name;
    RankAttr attr = rankAttrs[i];
    rankAttrs[i] =
        RankAttr::get(ctx, StringAttr::get(ctx, name), attr.getDigits(),
                      attr.getRule(), attr.getFormat());
  }
  return EncodingAttr::getChecked([&]() { return parser.emitError(loc); }, ctx,
                                  ArrayRef<StringAttr>(dimNames),
                                  ArrayRef<RankAttr>(rankAttrs), valueBits,
                                  codebook, density);
}

Attribute EncodingAttr::parse(AsmParser &parser, Type) {
  return EncodingParser(parser).parse();
}

//===----------------------------------------------------------------------===//
// Printing
//===----------------------------------------------------------------------===//

void EncodingAttr::print(AsmPrinter &printer) const {
  raw_ostream &os = printer.getStream();
  ArrayRef<StringAttr> dims = getDimNames();
  os << "<(";
  llvm::interleaveComma(dims, os, [&](StringAttr d) { os << d.getValue(); });
  os << ") -> [";
  SmallVector<std::string> defaults = getDefaultRankNames(dims, getRanks());
  llvm::interleaveComma(llvm::enumerate(getRanks()), os, [&](auto it) {
    RankAttr rank = it.value();
    if (rank.getName().getValue() != defaults[it.index()])
      os << rank.getName().getValue() << " = ";
    printRankExpr(os, dims, rank);
    if (!rank.getRule().isDense()) {
      os << " (";
      rank.getRule().printBody(os);
      os << ")";
    }
    FormatAttr format = rank.getFormat();
    if (format.getFormat() != model::RankFormat::U ||
        format.getMetadataBits() || format.getPayloadBits()) {
      os << " ";
      format.printBody(os);
    }
  });
  os << "]";
  if (getValueBits())
    os << ", bits = " << getValueBits();
  if (getCodebook())
    os << ", codebook = " << getCodebook();
  if (getDensity())
    printer << ", density = " << getDensity();
  os << ">";
}

//===----------------------------------------------------------------------===//
// Verification
//===----------------------------------------------------------------------===//

/// A rule's H must fit its rank: for a single G:H, H divides the extent; for
/// a set, at least one allowed H does (the others cannot be realised at this
/// extent). The ratio a density model realises must divide it too.
static LogicalResult
verifyRuleFits(function_ref<InFlightDiagnostic()> emitError,
               ArrayRef<StringAttr> dimNames, RankAttr rank, int64_t extent,
               std::optional<int64_t> realisedH) {
  RuleAttr rule = rank.getRule();
  if (!rule.isStructured())
    return success();
  ArrayRef<int64_t> hs = rule.getHs();
  if (hs.size() == 1 && extent % hs.front() != 0)
    return emitError() << "rule " << stringifyRuleBody(rule) << " on rank "
                       << describeRank(dimNames, rank)
                       << " needs H = " << hs.front()
                       << " to divide the rank's extent " << extent;
  if (llvm::none_of(hs, [&](int64_t h) { return extent % h == 0; }))
    return emitError() << "no H of rule " << stringifyRuleBody(rule)
                       << " on rank " << describeRank(dimNames, rank)
                       << " divides the rank's extent " << extent;
  if (realisedH && extent % *realisedH != 0)
    return emitError() << "the density model realises H = " << *realisedH
                       << " on rank " << describeRank(dimNames, rank)
                       << ", which does not divide the rank's extent "
                       << extent;
  return success();
}

/// The H the encoding's hss density realises at each ruled rank.
static SmallVector<std::optional<int64_t>> realisedHs(ArrayRef<RankAttr> ranks,
                                                      DensityAttr density) {
  SmallVector<std::optional<int64_t>> result(ranks.size());
  if (!density || density.getKind() != DensityKind::HSS)
    return result;
  unsigned next = 0;
  for (auto [i, rank] : llvm::enumerate(ranks))
    if (rank.getRule().isStructured() && next < density.getHs().size())
      result[i] = density.getHs()[next++];
  return result;
}

/// Extent of a rank computable without the tensor shape (every digit has a
/// modulus), or nullopt.
static std::optional<int64_t> staticRankExtent(RankAttr rank) {
  std::optional<int64_t> extent = 1;
  for (DigitAttr digit : rank.getDigits()) {
    if (!digit.getModulus() || !extent)
      return std::nullopt;
    extent = fiber::detail::checkedMul(*extent, digit.getModulus());
  }
  return extent;
}

LogicalResult EncodingAttr::verify(function_ref<InFlightDiagnostic()> emitError,
                                   ArrayRef<StringAttr> dimNames,
                                   ArrayRef<RankAttr> ranks, unsigned valueBits,
                                   uint64_t codebook, DensityAttr density) {
  if (dimNames.empty())
    return emitError() << "a fiber encoding needs at least one dimension";
  if (ranks.empty())
    return emitError() << "a fiber encoding needs at least one rank";
  int64_t numDims = dimNames.size();

  // Every rank well-formed, uniquely named.
  llvm::StringSet<> names;
  SmallVector<std::pair<DigitAttr, RankAttr>> digits;
  for (RankAttr rank : ranks) {
    if (rank.getDigits().empty())
      return emitError() << "rank " << rank.getName().getValue()
                         << " uses no dimension";
    for (DigitAttr digit : rank.getDigits()) {
      if (digit.getDims().empty())
        return emitError() << "rank " << rank.getName().getValue()
                           << " has a piece without dimensions";
      for (int64_t d : digit.getDims())
        if (d < 0 || d >= numDims)
          return emitError() << "rank " << rank.getName().getValue()
                             << " refers to dimension #" << d
                             << ", but the encoding has " << numDims;
      if (digit.getDivisor() < 1 || digit.getModulus() < 0)
        return emitError() << "rank " << describeRank(dimNames, rank)
                           << " has a non-positive split";
      digits.push_back({digit, rank});
    }
  }

  // Every dimension in exactly one flattening, split into pieces that tile it.
  SmallVector<std::optional<std::pair<DigitAttr, RankAttr>>> firstUser(numDims);
  for (auto [digit, rank] : digits) {
    for (int64_t d : digit.getDims()) {
      if (!firstUser[d]) {
        firstUser[d] = {digit, rank};
        continue;
      }
      if (firstUser[d]->first.getDims() != digit.getDims())
        return emitError()
               << "dimension '" << dimNames[d].getValue()
               << "' is referenced twice, by ranks "
               << describeRank(dimNames, firstUser[d]->second) << " and "
               << describeRank(dimNames, rank)
               << "; a dimension belongs to one rank, or to the pieces of "
                  "one split of the same flattening";
    }
  }
  for (int64_t d = 0; d < numDims; ++d)
    if (!firstUser[d])
      return emitError() << "dimension '" << dimNames[d].getValue()
                         << "' is missing: no rank uses it; every tensor "
                            "dimension must appear in a rank";

  SmallVector<ArrayRef<int64_t>> groups;
  for (auto [digit, rank] : digits)
    if (!llvm::is_contained(groups, digit.getDims()))
      groups.push_back(digit.getDims());
  for (ArrayRef<int64_t> group : groups) {
    SmallVector<std::pair<DigitAttr, RankAttr>> pieces;
    for (auto entry : digits)
      if (entry.first.getDims() == group)
        pieces.push_back(entry);
    llvm::sort(pieces, [](auto a, auto b) {
      return a.first.getDivisor() < b.first.getDivisor();
    });
    std::string what = groupName(dimNames, group);
    auto [lowest, lowestRank] = pieces.front();
    if (lowest.getDivisor() != 1)
      return emitError() << "the ranks of " << what
                         << " miss its lowest digits: the lowest piece is in "
                         << describeRank(dimNames, lowestRank)
                         << "; add a rank " << what << " mod "
                         << lowest.getDivisor();
    for (size_t i = 0; i + 1 < pieces.size(); ++i) {
      auto [lo, loRank] = pieces[i];
      auto [hi, hiRank] = pieces[i + 1];
      if (lo.getDivisor() == hi.getDivisor())
        return emitError() << "ranks " << describeRank(dimNames, loRank)
                           << " and " << describeRank(dimNames, hiRank)
                           << " overlap: both hold " << what << " floordiv "
                           << lo.getDivisor();
      if (lo.getModulus() == 0)
        return emitError() << "rank " << describeRank(dimNames, loRank)
                           << " holds every digit of " << what
                           << " from floordiv " << lo.getDivisor()
                           << " up, so it overlaps "
                           << describeRank(dimNames, hiRank)
                           << "; bound it with mod "
                           << hi.getDivisor() / lo.getDivisor();
      std::optional<int64_t> end =
          fiber::detail::checkedMul(lo.getDivisor(), lo.getModulus());
      if (!end)
        return emitError() << "the pieces of " << what << " overflow 64 bits: "
                           << describeRank(dimNames, loRank) << " ends beyond "
                           << "floordiv 2^63";
      if (*end != hi.getDivisor())
        return emitError() << "the pieces of " << what << " do not tile it: "
                           << describeRank(dimNames, loRank) << " ends at "
                           << what << " floordiv " << *end
                           << " but the next piece, in "
                           << describeRank(dimNames, hiRank)
                           << ", starts at floordiv " << hi.getDivisor();
    }
  }

  // Names last: overlapping pieces also get clashing default names, and the
  // overlap is the better message.
  for (RankAttr rank : ranks) {
    if (rank.getName().getValue().empty())
      return emitError() << "every rank needs a name";
    if (!names.insert(rank.getName().getValue()).second)
      return emitError() << "two ranks are named '" << rank.getName().getValue()
                         << "'; give one of them another name";
  }

  // Rules on ranks whose extent the split alone fixes; UOP placement.
  SmallVector<std::optional<int64_t>> realised = realisedHs(ranks, density);
  for (auto [i, rank] : llvm::enumerate(ranks)) {
    if (std::optional<int64_t> extent = staticRankExtent(rank))
      if (failed(
              verifyRuleFits(emitError, dimNames, rank, *extent, realised[i])))
        return failure();
    if (i + 1 == ranks.size() &&
        rank.getFormat().getFormat() == model::RankFormat::UOP)
      return emitError() << "UOP cannot be the bottom rank ("
                         << rank.getName().getValue()
                         << "): its offsets point into the rank below; use "
                            "CP, B, RLE, U or UB";
  }

  if (valueBits > 64)
    return emitError() << "value bit width must be at most 64";
  if (codebook && valueBits && valueBits < 64 &&
      codebook > (uint64_t(1) << valueBits))
    return emitError() << "a codebook of " << codebook << " entries needs "
                       << model::bitsFor(codebook - 1)
                       << " index bits, but bits = " << valueBits;

  if (density) {
    SmallVector<RankAttr> ruled;
    for (RankAttr rank : ranks)
      if (rank.getRule().isStructured())
        ruled.push_back(rank);
    if (density.getKind() == DensityKind::HSS) {
      if (density.getGs().size() != ruled.size())
        return emitError() << "hss density lists " << density.getGs().size()
                           << " ratio(s) but the encoding has " << ruled.size()
                           << " rank(s) with a G:H rule";
      for (auto [rank, g, h] :
           llvm::zip(ruled, density.getGs(), density.getHs()))
        if (!rank.getRule().allows(g, h))
          return emitError()
                 << "hss ratio " << g << ":" << h << " for rank "
                 << rank.getName().getValue() << " is not allowed by its rule "
                 << stringifyRuleBody(rank.getRule());
    }
    if (density.getKind() == DensityKind::Banded && numDims != 2)
      return emitError() << "banded density describes 2-D matrices, but the "
                            "encoding has "
                         << numDims << " dimensions";
  }
  return success();
}

LogicalResult EncodingAttr::verifyEncoding(
    ArrayRef<int64_t> shape, Type elementType,
    function_ref<InFlightDiagnostic()> emitError) const {
  ArrayRef<StringAttr> dimNames = getDimNames();
  if (shape.size() != dimNames.size()) {
    std::string dims;
    llvm::raw_string_ostream os(dims);
    llvm::interleaveComma(dimNames, os,
                          [&](StringAttr s) { os << s.getValue(); });
    return emitError() << "encoding describes " << dimNames.size()
                       << " dimension(s) (" << dims
                       << ") but the tensor has rank " << shape.size();
  }

  // Splits must tile each flattened extent.
  SmallVector<DigitAttr> allDigits;
  for (RankAttr rank : getRanks())
    llvm::append_range(allDigits, rank.getDigits());
  for (RankAttr rank : getRanks()) {
    for (DigitAttr digit : rank.getDigits()) {
      std::optional<int64_t> extent = 1;
      bool dynamic = false;
      for (int64_t d : digit.getDims()) {
        if (ShapedType::isDynamic(shape[d]))
          dynamic = true;
        else if (extent)
          extent = fiber::detail::checkedMul(*extent, shape[d]);
      }
      if (dynamic)
        continue;
      if (!extent)
        return emitError() << "the tensor's "
                           << groupName(dimNames, digit.getDims())
                           << " has more than 2^63 coordinates";
      std::string what = groupName(dimNames, digit.getDims());
      bool isTop = llvm::none_of(allDigits, [&](DigitAttr other) {
        return other.getDims() == digit.getDims() &&
               other.getDivisor() > digit.getDivisor();
      });
      if (!isTop)
        continue;
      std::optional<int64_t> covered =
          fiber::detail::checkedMul(digit.getDivisor(), digit.getModulus());
      if (digit.getModulus() != 0 && covered != extent)
        return emitError() << "the ranks of " << what << " cover "
                           << (covered ? std::to_string(*covered)
                                       : std::string("more than 2^63"))
                           << " coordinates but the tensor's " << what
                           << " has " << *extent;
      if (digit.getModulus() == 0 && *extent % digit.getDivisor() != 0)
        return emitError() << what << " has " << *extent
                           << " coordinates, which splitting into pieces of "
                           << digit.getDivisor() << " (rank "
                           << describeRank(dimNames, rank)
                           << ") does not divide";
    }
  }

  // Rule H must divide the rank's extent.
  SmallVector<int64_t> extents = getRankExtents(shape);
  SmallVector<std::optional<int64_t>> realised =
      realisedHs(getRanks(), getDensity());
  for (auto [i, rank] : llvm::enumerate(getRanks()))
    if (extents[i] > 0 && failed(verifyRuleFits(emitError, dimNames, rank,
                                                extents[i], realised[i])))
      return failure();

  // The parser calls this even when the element type failed to parse.
  if (getCodebook() && !getValueBits() && elementType &&
      elementType.isIntOrFloat()) {
    unsigned bits = elementType.getIntOrFloatBitWidth();
    if (bits < 64 && getCodebook() > (uint64_t(1) << bits))
      return emitError() << "a codebook of " << getCodebook()
                         << " entries does not fit " << bits
                         << "-bit indices; set bits = "
                         << model::bitsFor(getCodebook() - 1);
  }

  if (DensityAttr density = getDensity()) {
    if (density.getKind() == DensityKind::Banded &&
        !ShapedType::isDynamic(shape[0]) && !ShapedType::isDynamic(shape[1]) &&
        shape[0] != shape[1])
      return emitError() << "banded density needs a square matrix, got "
                         << shape[0] << "x" << shape[1];
    if (ElementsAttr mask = density.getMask()) {
      auto maskType = dyn_cast<ShapedType>(mask.getType());
      if (!maskType || maskType.getShape() != shape)
        return emitError() << "actual-data mask of type " << mask.getType()
                           << " does not match the tensor's shape";
    }
  }
  return success();
}
