//===- StructuredPattern.h - G:H and HSS patterns a design exploits -*- C++
//-*-//
//
// A structured-sparsity pattern is a hierarchy of G:H rules, one per rank of
// a split dimension (thesis §5.1): `2:4` (STC), `2:{4,6,8}` (STC-flexible),
// `C1(2:{2..8})->C0(2:{2..4})` (HighLight). Hardware that exploits a
// pattern processes every group as if it held exactly G non-empty
// elements, so an operand runs at the density of the tightest choice it
// satisfies, or dense when it satisfies none.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_STRUCTUREDPATTERN_H
#define SPARSEACCEL_MODEL_STRUCTUREDPATTERN_H

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sparseaccel::model {

struct PatternRank {
  /// Allowed G and H values, ascending (`{1..4}:8` is S2TA's weights).
  std::vector<int64_t> gs;
  std::vector<int64_t> hs;
};

struct StructuredPattern {
  /// Innermost rank (C0) first.
  std::vector<PatternRank> ranks;
  std::string text;
};

/// Parses `G:H`, where G and H are each a number, a set `{2,4}` or a
/// range `{2..8}`, or `Cn(...)->...->C0(...)`
/// (outermost first). Fails with `error` saying what is wrong.
std::optional<StructuredPattern> parsePattern(const std::string &text,
                                              std::string &error);

/// One choice of H per rank (innermost first) and its density prod G/H.
struct PatternChoice {
  std::vector<std::pair<int64_t, int64_t>> ranks;
  double density = 1;
};

/// Every choice of the pattern, tightest (lowest density) first.
std::vector<PatternChoice> patternChoices(const StructuredPattern &pattern);

/// True when, along `axis` of the row-major `mask` of `shape`, every aligned
/// group obeys `choice`: at most G0 non-zeros per H0 elements, at most G1
/// non-empty H0-blocks per H1 blocks, and so on.
bool satisfies(const std::vector<uint8_t> &mask,
               const std::vector<int64_t> &shape, unsigned axis,
               const PatternChoice &choice);

/// The density at which hardware exploiting `pattern` runs the data: the
/// tightest choice the mask satisfies along one of `axes` (empty: any
/// axis); none if it satisfies no choice.
std::optional<PatternChoice> exploitedChoice(
    const StructuredPattern &pattern, const std::vector<uint8_t> &mask,
    const std::vector<int64_t> &shape, const std::vector<unsigned> &axes = {});

/// Same for data known only by its declared per-rank rules (G, H),
/// innermost first: a choice is satisfied when each of its ranks is met by
/// the declared rank at the same level (same H and at most G; rank 0 also
/// by any H that divides or is a multiple of the declared one); choice
/// ranks above the declared ones must be dense, declared ranks above the
/// choice's are ignored (they only thin the data further).
std::optional<PatternChoice>
exploitedChoice(const StructuredPattern &pattern,
                const std::vector<std::pair<int64_t, int64_t>> &declared);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_STRUCTUREDPATTERN_H
