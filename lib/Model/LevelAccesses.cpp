//===- LevelAccesses.cpp - Accesses a level serves from its own loops -----===//
//
// Multicast and link transfers at a spatial fan-out, after
// ComputeSpatialWorkingSet / ComputeNetworkLinkTransfers of the public
// Timeloop's nest analysis:
// - the children sit on the fan-out's mesh in the order of their linear
//   index (innermost spatial loop fastest), row by row, a row being as wide
//   as the mesh (or the mapping's X fan-out if that is wider);
// - in each step every child needs its tile's new points; children needing
//   the same points are served by one multicast access;
// - a child whose new points equal what a horizontal or vertical neighbour
//   needed in the previous step takes them over the link. Links are used in
//   a step only if they save accesses.
//
//===----------------------------------------------------------------------===//

#include "LevelAccesses.h"
#include "TileMoves.h"

#include "llvm/ADT/SmallVector.h"

#include <algorithm>

using namespace sparseaccel::model;

namespace {

/// The children of one fan-out: where each sits on the mesh and which
/// point offset (per data-space axis) its tile has. Offsets are packed into
/// one integer per child, in a mixed radix wide enough that the difference
/// of two keys identifies the difference of two offsets.
class Children {
public:
  Children(const EvalState &st, unsigned ds, unsigned begin, unsigned end,
           uint64_t meshX, uint64_t meshY) {
    const auto &axes = st.spec.workload.dataSpaces[ds].axes;
    uint64_t logicalX = 1, logicalY = 1;
    for (unsigned i = begin; i < end; ++i) {
      n_ *= uint64_t(st.loops[i].bound);
      (st.loops[i].kind == LoopKind::SpatialX ? logicalX : logicalY) *=
          uint64_t(st.loops[i].bound);
    }
    uint64_t width = std::max(meshX, logicalX);
    uint64_t height = std::max(meshY, logicalY);
    na_ = axes.size();
    // Each spatial loop moves every axis by a fixed amount per index.
    unsigned nl = end - begin;
    llvm::SmallVector<int64_t, 32> perIndex(nl * na_, 0);
    for (unsigned j = 0; j < nl; ++j) {
      const FlatLoop &lp = st.loops[begin + j];
      int64_t step = st.boundsBelow(begin + j)[lp.dim];
      for (unsigned a = 0; a < na_; ++a)
        for (const ProjectionTerm &t : axes[a])
          if (t.dim == lp.dim)
            perIndex[j * na_ + a] += t.coef * step;
    }
    // The range of every axis, and a mixed radix for the keys.
    span_.assign(na_, 1);
    radix_.assign(na_, 1);
    llvm::SmallVector<int64_t, 8> lo(na_, 0);
    for (unsigned a = 0; a < na_; ++a) {
      int64_t l = 0, h = 0;
      for (unsigned j = 0; j < nl; ++j) {
        int64_t reach = perIndex[j * na_ + a] * (st.loops[begin + j].bound - 1);
        (reach < 0 ? l : h) += reach;
      }
      lo[a] = l;
      span_[a] = h - l + 1;
    }
    __int128 m = 1;
    for (unsigned a = 0; a < na_ && packed_; ++a) {
      radix_[a] = int64_t(m);
      m *= 2 * span_[a] - 1;
      packed_ = m <= (__int128(1) << 60);
    }
    // Keys (and, when keys cannot be packed, offsets) of the children in
    // linear order (innermost loop fastest), walked as an odometer that
    // adds each loop's fixed key step.
    key_.assign(n_, 0);
    llvm::SmallVector<int64_t, 8> idx(nl, 0);
    // Distinct offsets are numbered through a table over the offsets' box
    // when it is not much larger than the children, by sorting otherwise.
    slot_.resize(n_);
    uint64_t box = 1;
    for (unsigned a = 0; a < na_ && box <= (1u << 16); ++a)
      box *= uint64_t(span_[a]);
    bool table = packed_ && box <= 4 * n_ + 64;
    if (packed_) {
      // The key and the position in the box move by a fixed step per loop.
      llvm::SmallVector<int64_t, 8> keyStep(nl, 0), boxStep(nl, 0);
      // Reused across calls: a fresh table per fan-out was a third of the
      // allocations of an evaluation.
      thread_local std::vector<int64_t> seen;
      int64_t k = 0, b = 0;
      for (unsigned a = 0, mult = 1; a < na_; mult *= unsigned(span_[a]), ++a)
        for (unsigned j = 0; j < nl; ++j) {
          keyStep[j] += perIndex[j * na_ + a] * radix_[a];
          boxStep[j] += perIndex[j * na_ + a] * int64_t(mult);
        }
      for (unsigned a = 0, mult = 1; a < na_; mult *= unsigned(span_[a]), ++a) {
        k -= lo[a] * radix_[a];
        b -= lo[a] * int64_t(mult);
      }
      if (table)
        seen.assign(box, -1);
      for (uint64_t c = 0; c < n_; ++c) {
        key_[c] = k;
        if (table) {
          if (seen[b] < 0)
            seen[b] = distinct_++;
          slot_[c] = unsigned(seen[b]);
        }
        for (unsigned j = 0; j < nl; ++j) {
          if (++idx[j] < st.loops[begin + j].bound) {
            k += keyStep[j];
            b += boxStep[j];
            break;
          }
          k -= keyStep[j] * (idx[j] - 1);
          b -= boxStep[j] * (idx[j] - 1);
          idx[j] = 0;
        }
      }
    } else {
      offsets_.assign(n_ * na_, 0);
      llvm::SmallVector<int64_t, 8> cur(na_, 0);
      for (uint64_t c = 0; c < n_; ++c) {
        for (unsigned a = 0; a < na_; ++a)
          offsets_[c * na_ + a] = cur[a];
        for (unsigned j = 0; j < nl; ++j) {
          if (++idx[j] < st.loops[begin + j].bound) {
            for (unsigned a = 0; a < na_; ++a)
              cur[a] += perIndex[j * na_ + a];
            break;
          }
          for (unsigned a = 0; a < na_; ++a)
            cur[a] -= perIndex[j * na_ + a] * (idx[j] - 1);
          idx[j] = 0;
        }
      }
      // Equal offsets share the first child's index as key.
      for (uint64_t c = 0; c < n_; ++c) {
        key_[c] = int64_t(c);
        for (uint64_t e = 0; e < c; ++e)
          if (std::equal(&offsets_[c * na_], &offsets_[c * na_] + na_,
                         &offsets_[e * na_])) {
            key_[c] = key_[e];
            break;
          }
      }
    }
    width_ = width;
    height_ = height;
    if (!table) {
      std::vector<std::pair<int64_t, unsigned>> order(n_);
      for (uint64_t c = 0; c < n_; ++c)
        order[c] = {key_[c], unsigned(c)};
      std::sort(order.begin(), order.end());
      for (uint64_t i = 0; i < n_; ++i) {
        if (i == 0 || order[i].first != order[i - 1].first)
          ++distinct_;
        slot_[order[i].second] = distinct_ - 1;
      }
    }
  }

  uint64_t size() const { return n_; }
  unsigned distinct() const { return distinct_; }

  /// For a fetch that moved by `shift` since the previous step: how many
  /// children take it over a link, and how many distinct offsets the
  /// others still need from the level.
  std::pair<uint64_t, unsigned> withLinks(llvm::ArrayRef<int64_t> shift) {
    int64_t want = 0;
    for (unsigned a = 0; a < na_; ++a) {
      if (std::llabs(shift[a]) >= span_[a])
        return {0, distinct()}; // no two children are that far apart
      want += shift[a] * radix_[a];
    }
    if (packed_)
      for (const auto &[k, v] : memo_)
        if (k == want)
          return v;
    need_.assign(distinct_, 0);
    for (uint64_t c = 0; c < n_; ++c)
      ++need_[slot_[c]];
    uint64_t linked = 0;
    for (uint64_t c = 0; c < n_; ++c) {
      // Neighbours on the mesh (rows of `width_` children): below, above,
      // left, right; the first that needed the same points links.
      uint64_t h = c % width_, v = c / width_;
      int64_t nbs[4];
      unsigned k = 0;
      if (v + 1 < height_ && c + width_ < n_)
        nbs[k++] = int64_t(c + width_);
      if (v > 0)
        nbs[k++] = int64_t(c - width_);
      if (h > 0)
        nbs[k++] = int64_t(c - 1);
      if (h + 1 < width_ && c + 1 < n_)
        nbs[k++] = int64_t(c + 1);
      for (unsigned i = 0; i < k; ++i) {
        int64_t nb = nbs[i];
        if (packed_ ? key_[nb] - key_[c] == want : matches(c, nb, shift)) {
          ++linked;
          --need_[slot_[c]];
          break;
        }
      }
    }
    unsigned left = 0;
    for (unsigned x : need_)
      left += x > 0;
    if (packed_)
      memo_.push_back({want, {linked, left}});
    return {linked, left};
  }

private:
  bool matches(uint64_t c, int64_t nb,
               const std::vector<int64_t> &shift) const {
    for (unsigned a = 0; a < na_; ++a)
      if (offsets_[nb * na_ + a] - offsets_[c * na_ + a] != shift[a])
        return false;
    return true;
  }

  uint64_t n_ = 1, width_ = 1, height_ = 1;
  unsigned na_ = 0;
  bool packed_ = true;
  std::vector<int64_t> offsets_, key_;
  llvm::SmallVector<int64_t, 8> span_, radix_;
  std::vector<unsigned> slot_, need_;
  unsigned distinct_ = 0;
  std::vector<std::pair<int64_t, std::pair<uint64_t, unsigned>>> memo_;
};

/// Whether two fetches have the same shape, so that one can be the other
/// translated.
bool sameShape(const TileMove &a, const TileMove &b) {
  return a.shape != FetchShape::Empty && a.shape == b.shape;
}

} // namespace

LevelAccessStats sparseaccel::model::levelAccessStats(const EvalState &st,
                                                      unsigned ds,
                                                      unsigned level) {
  LevelAccessStats out;
  unsigned begin = level == 0 ? 0 : st.levelEnd[level - 1];
  unsigned end = begin;
  bool fansOut = false;
  while (end < st.levelEnd[level] && st.loops[end].spatial()) {
    fansOut |= st.loops[end].bound > 1;
    out.fanout *= uint64_t(st.loops[end].bound);
    ++end;
  }
  if (!fansOut) {
    out.fanout = 1;
    if (level == 0) {
      // The innermost loop of the nest is temporal: every operation
      // accesses every operand.
      out.total = double(st.computeOps);
    } else {
      out.total = double(TileMoves(st, ds, begin).totalFetched());
    }
    out.weighted = out.total;
    return out;
  }

  const StorageLevelSpec &lv = st.spec.arch.levels[level];
  uint64_t childX = level == 0 ? st.spec.arch.compute.meshX
                               : st.spec.arch.levels[level - 1].meshX;
  uint64_t childY = level == 0 ? st.spec.arch.compute.meshY
                               : st.spec.arch.levels[level - 1].meshY;
  Children kids(st, ds, begin, end, std::max<uint64_t>(1, childX / lv.meshX),
                std::max<uint64_t>(1, childY / lv.meshY));
  uint64_t n = kids.size();
  TileMoves moves(st, ds, begin, /*points=*/level == 0);
  llvm::ArrayRef<TileMove> ms = moves.moves();

  // One step of a move kind, with links allowed when `shift` is set.
  auto step = [&](const TileMove &m, const decltype(TileMove::shift) *shift,
                  double weight) {
    if (m.points == 0 || weight == 0)
      return;
    double pts = double(m.points);
    if (shift) {
      auto [nLinked, with] = kids.withLinks(*shift);
      if (with < kids.distinct()) {
        out.total += weight * with * pts;
        out.weighted += weight * double(n - nLinked) * pts;
        out.links += weight * double(nLinked) * pts;
        return;
      }
    }
    out.total += weight * kids.distinct() * pts;
    out.weighted += weight * double(n) * pts;
  };

  // The first placement has no previous step to link from.
  step(ms[0], nullptr, double(ms[0].count));
  if (ms.size() < 2)
    return out;
  // The innermost loop's moves, split by the move they follow.
  llvm::ArrayRef<uint64_t> after = moves.innermostPrecededBy();
  for (unsigned k = 0; k < ms.size(); ++k) {
    if (k == 1 || after[k] == 0)
      continue;
    bool link = level == 0 || sameShape(ms[1], ms[k]);
    step(ms[1], link ? &ms[1].shift : nullptr, double(after[k]));
  }
  // Outer moves follow an innermost move.
  for (unsigned k = 2; k < ms.size(); ++k) {
    bool link = level == 0 || sameShape(ms[k], ms[1]);
    step(ms[k], link ? &ms[k].shift : nullptr, double(ms[k].count));
  }
  return out;
}
