//===- StructuredPattern.cpp - G:H and HSS patterns a design exploits -----===//

#include "SparseAccel/Model/StructuredPattern.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"

#include <algorithm>

using namespace sparseaccel::model;

namespace {

/// Parses a number, a set "{2,4}" or a range "{2..8}".
bool parseValues(llvm::StringRef text, std::vector<int64_t> &out) {
  text = text.trim();
  out.clear();
  if (!text.consume_front("{")) {
    int64_t v;
    if (text.getAsInteger(10, v) || v < 1)
      return false;
    out.push_back(v);
    return true;
  }
  if (!text.consume_back("}"))
    return false;
  if (text.contains("..")) {
    auto [lo, hi] = text.split("..");
    int64_t a, b;
    if (lo.trim().getAsInteger(10, a) || hi.trim().getAsInteger(10, b) ||
        a < 1 || b < a || b - a > 4096)
      return false;
    for (int64_t v = a; v <= b; ++v)
      out.push_back(v);
  } else {
    llvm::SmallVector<llvm::StringRef> parts;
    text.split(parts, ',');
    for (llvm::StringRef p : parts) {
      int64_t v;
      if (p.trim().getAsInteger(10, v) || v < 1)
        return false;
      out.push_back(v);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return !out.empty();
}

/// Parses "G:H".
bool parseRule(llvm::StringRef s, PatternRank &rank, std::string &error) {
  s = s.trim();
  if (!s.contains(':')) {
    error = "'" + s.str() + "' is not a G:H rule";
    return false;
  }
  auto [gText, hText] = s.split(':');
  if (!parseValues(gText, rank.gs)) {
    error = "G of '" + s.str() +
            "' must be a positive integer, a set {a,b} or a range {a..b}";
    return false;
  }
  if (!parseValues(hText, rank.hs)) {
    error = "H of '" + s.str() +
            "' must be a positive integer, a set {a,b} or a range {a..b}";
    return false;
  }
  if (rank.gs.front() > rank.hs.back()) {
    error = "G exceeds H in '" + s.str() + "'";
    return false;
  }
  return true;
}

} // namespace

std::optional<StructuredPattern>
sparseaccel::model::parsePattern(const std::string &text, std::string &error) {
  StructuredPattern p;
  p.text = text;
  llvm::StringRef rest = llvm::StringRef(text).trim();
  if (rest.empty()) {
    error = "empty pattern";
    return std::nullopt;
  }
  llvm::SmallVector<llvm::StringRef> parts;
  rest.split(parts, "->");
  // Outermost first in the text; each part may be wrapped as Cn(...).
  int64_t expectRank = int64_t(parts.size()) - 1;
  for (llvm::StringRef part : parts) {
    part = part.trim();
    if (part.starts_with("C") || part.starts_with("c")) {
      size_t open = part.find('(');
      int64_t n;
      if (open == llvm::StringRef::npos || !part.ends_with(")") ||
          part.substr(1, open - 1).trim().getAsInteger(10, n)) {
        error = "rank '" + part.str() + "' must be spelled Cn(G:H)";
        return std::nullopt;
      }
      if (n != expectRank) {
        error = "rank '" + part.str() + "' should be C" +
                std::to_string(expectRank) + " (ranks go from C" +
                std::to_string(parts.size() - 1) + " down to C0)";
        return std::nullopt;
      }
      part = part.substr(open + 1, part.size() - open - 2);
    }
    --expectRank;
    PatternRank rank;
    if (!parseRule(part, rank, error))
      return std::nullopt;
    p.ranks.insert(p.ranks.begin(), rank);
  }
  return p;
}

std::vector<PatternChoice>
sparseaccel::model::patternChoices(const StructuredPattern &pattern) {
  std::vector<PatternChoice> out{PatternChoice{}};
  for (const PatternRank &r : pattern.ranks) {
    std::vector<PatternChoice> next;
    for (const PatternChoice &c : out)
      for (int64_t g : r.gs)
        for (int64_t h : r.hs) {
          if (g > h)
            continue;
          PatternChoice n = c;
          n.ranks.push_back({g, h});
          n.density *= double(g) / double(h);
          next.push_back(n);
        }
    out = std::move(next);
  }
  std::sort(out.begin(), out.end(),
            [](const PatternChoice &a, const PatternChoice &b) {
              if (a.density != b.density)
                return a.density < b.density;
              return a.ranks < b.ranks; // smaller groups first on ties
            });
  return out;
}

bool sparseaccel::model::satisfies(const std::vector<uint8_t> &mask,
                                   const std::vector<int64_t> &shape,
                                   unsigned axis, const PatternChoice &choice) {
  if (axis >= shape.size())
    return false;
  int64_t period = 1;
  for (auto [g, h] : choice.ranks)
    period *= h;
  int64_t extent = shape[axis];
  if (period < 1 || extent % period != 0)
    return false;
  int64_t inner = 1, outer = 1;
  for (unsigned a = axis + 1; a < shape.size(); ++a)
    inner *= shape[a];
  for (unsigned a = 0; a < axis; ++a)
    outer *= shape[a];
  // Count, per group of the current rank, its non-empty members, bottom up:
  // `occupied` holds one flag per member of the rank being checked.
  std::vector<uint8_t> occupied(static_cast<size_t>(extent));
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t i = 0; i < inner; ++i) {
      for (int64_t x = 0; x < extent; ++x)
        occupied[x] = mask[size_t((o * extent + x) * inner + i)] != 0;
      int64_t members = extent;
      for (auto [g, h] : choice.ranks) {
        int64_t groups = members / h;
        for (int64_t grp = 0; grp < groups; ++grp) {
          int64_t n = 0;
          for (int64_t j = 0; j < h; ++j)
            n += occupied[grp * h + j];
          if (n > g)
            return false;
          occupied[grp] = n > 0;
        }
        members = groups;
      }
    }
  return true;
}

std::optional<PatternChoice> sparseaccel::model::exploitedChoice(
    const StructuredPattern &pattern, const std::vector<uint8_t> &mask,
    const std::vector<int64_t> &shape, const std::vector<unsigned> &axes) {
  std::vector<unsigned> candidates = axes;
  if (candidates.empty())
    for (unsigned axis = 0; axis < shape.size(); ++axis)
      candidates.push_back(axis);
  // Tightest first: the first satisfied choice is the answer, and tight
  // choices on data that violates them fail within a few groups.
  for (const PatternChoice &c : patternChoices(pattern))
    for (unsigned axis : candidates)
      if (satisfies(mask, shape, axis, c))
        return c;
  return std::nullopt;
}

std::optional<PatternChoice> sparseaccel::model::exploitedChoice(
    const StructuredPattern &pattern,
    const std::vector<std::pair<int64_t, int64_t>> &declared) {
  // Declared ranks above the pattern's only make the data sparser than the
  // pattern needs: the pattern's ranks are checked against the inner ones.
  for (const PatternChoice &c : patternChoices(pattern)) {
    bool ok = true;
    for (size_t r = 0; r < c.ranks.size() && ok; ++r) {
      auto [g, h] = c.ranks[r];
      if (r < declared.size()) {
        auto [dg, dh] = declared[r];
        if (r == 0 && dh % h == 0)
          // A group of h lies inside a declared group of dh.
          ok = std::min(dg, h) <= g;
        else if (r == 0 && h % dh == 0)
          // A group of h spans h/dh whole declared groups.
          ok = dg * (h / dh) <= g;
        else
          // Above rank 0 the blocks must line up exactly.
          ok = dh == h && dg <= g &&
               declared[r - 1].second == c.ranks[r - 1].second;
      } else
        ok = g == h; // an undeclared outer rank is dense
    }
    if (ok)
      return c;
  }
  return std::nullopt;
}
