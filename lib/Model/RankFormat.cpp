//===- RankFormat.cpp - Per-rank representation formats -------------------===//

#include "SparseAccel/Model/RankFormat.h"

#include "llvm/ADT/StringSwitch.h"

namespace sparseaccel::model {

llvm::StringRef toString(RankFormat format) {
  switch (format) {
  case RankFormat::U:
    return "U";
  case RankFormat::B:
    return "B";
  case RankFormat::CP:
    return "CP";
  case RankFormat::UOP:
    return "UOP";
  case RankFormat::RLE:
    return "RLE";
  case RankFormat::UB:
    return "UB";
  }
  return "?";
}

std::optional<RankFormat> parseRankFormat(llvm::StringRef name) {
  return llvm::StringSwitch<std::optional<RankFormat>>(name)
      .Case("U", RankFormat::U)
      .Case("B", RankFormat::B)
      .Case("CP", RankFormat::CP)
      .Case("UOP", RankFormat::UOP)
      .Case("RLE", RankFormat::RLE)
      .Case("UB", RankFormat::UB)
      .Default(std::nullopt);
}

unsigned bitsFor(uint64_t value) {
  unsigned bits = 1;
  while (bits < 64 && (value >> bits) != 0)
    ++bits;
  return bits;
}

unsigned defaultMetadataBits(RankFormat format, int64_t extent) {
  switch (format) {
  case RankFormat::U:
  case RankFormat::UOP:
    return 0;
  case RankFormat::B:
  case RankFormat::UB:
    return 1;
  case RankFormat::CP:
  case RankFormat::RLE:
    return extent > 1 ? bitsFor(static_cast<uint64_t>(extent - 1)) : 1;
  }
  return 0;
}

} // namespace sparseaccel::model

std::optional<sparseaccel::model::RankFormat>
sparseaccel::model::parseFormatChoice(llvm::StringRef text, unsigned &bits) {
  text = text.trim();
  bits = 0;
  llvm::StringRef name = text;
  if (size_t open = text.find('('); open != llvm::StringRef::npos) {
    if (!text.ends_with(")"))
      return std::nullopt;
    name = text.substr(0, open).trim();
    if (text.substr(open + 1, text.size() - open - 2)
            .trim()
            .getAsInteger(10, bits) ||
        bits == 0 || bits > 64)
      return std::nullopt;
  }
  auto f = parseRankFormat(name);
  if (!f || !isCompressed(*f))
    return std::nullopt;
  return f;
}
