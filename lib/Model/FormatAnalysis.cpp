//===- FormatAnalysis.cpp - Step 2a: fibertree format models --------------===//
//
// Maps the loops of each tile onto the ranks of its representation format
// (thesis §4.6.3): one non-trivial loop per rank unless the rank flattens
// several dimensions; a compressed tile whose child holds more than a scalar
// is "pre-tiled", i.e. keeps its child's ranks below its own. Then the
// expected metadata and payload units per rank follow from the occupancy law
// of the tile and of its sub-tiles (survey Table V):
//   UOP: S+1 offsets per non-empty fibre; CP: one coordinate per non-zero;
//   RLE: one run length per non-zero; B: S bits per non-empty fibre;
//   UB: S bits per fibre.
//
//===----------------------------------------------------------------------===//

#include "EvalState.h"

#include <algorithm>
#include <cmath>

using namespace sparseaccel::model;

namespace {

struct SubnestLoop {
  FlatLoop loop;
  uint64_t subtile; // tile covered up to and including this loop
};

bool inRule(const FormatRankSpec &f, unsigned dim) {
  return std::find(f.flattenedDims.begin(), f.flattenedDims.end(), dim) !=
         f.flattenedDims.end();
}

/// Assigns loops to ranks [firstRank, numRanks). Returns false when loops
/// remain that no rank can hold.
bool applyRanks(llvm::ArrayRef<SubnestLoop> nest, const RepresentationSpec *rep,
                unsigned firstRank, unsigned numRanks, bool innerToOuter,
                bool public2022, llvm::SmallVectorImpl<RankModel> &ranks) {
  bool hasMetadata = rep != nullptr;
  auto ruleOf = [&](unsigned r) -> const FormatRankSpec * {
    if (!hasMetadata || rep->ranks[r].flattenedDims.empty())
      return nullptr;
    return &rep->ranks[r];
  };
  int n = nest.size();
  uint64_t innermostSubtile = n ? nest[0].subtile : 1;
  if (innerToOuter) {
    int i = 0;
    unsigned r = firstRank;
    while (r < numRanks && i < n) {
      while (i < n && nest[i].loop.bound == 1)
        ++i;
      if (i >= n)
        break;
      RankModel &rank = ranks[r];
      const FormatRankSpec *rule = ruleOf(r);
      if (rule && !inRule(*rule, nest[i].loop.dim)) {
        ranks[r].tileShape = 1;
        ++r; // this rank cannot take the loop: it stays a dummy rank
        continue;
      }
      rank.loops.push_back(nest[i].loop);
      rank.tileShape = nest[i].subtile;
      bool spatial = nest[i].loop.spatial();
      ++i;
      // A flattened rank absorbs the following loops of its dimensions, but
      // never across the boundary between spatial and temporal loops.
      if (!hasMetadata || rule)
        while (i < n && (!hasMetadata || nest[i].loop.bound == 1 ||
                         (inRule(*rule, nest[i].loop.dim) &&
                          nest[i].loop.spatial() == spatial))) {
          if (nest[i].loop.bound != 1)
            rank.loops.push_back(nest[i].loop);
          ++i;
        }
      ++r;
    }
    // Outer ranks left without a loop: see below.
    for (; r < numRanks; ++r)
      ranks[r].tileShape = innermostSubtile;
    for (; i < n; ++i)
      if (nest[i].loop.bound != 1)
        return false;
    return true;
  }
  // Outer to inner: the outermost rank takes the outermost loops.
  int i = n - 1;
  int r = int(numRanks);
  while (r > int(firstRank) && i >= 0) {
    while (i >= 0 && nest[i].loop.bound == 1)
      --i;
    if (i < 0)
      break;
    --r;
    RankModel &rank = ranks[r];
    const FormatRankSpec *rule = ruleOf(r);
    if (rule && !inRule(*rule, nest[i].loop.dim)) {
      rank.tileShape = innermostSubtile;
      continue;
    }
    // The rank's tile is the one its first (outermost) loop covers; loops
    // flattened into it do not change it.
    rank.loops.push_back(nest[i].loop);
    rank.tileShape = nest[i].subtile;
    bool spatial = nest[i].loop.spatial();
    --i;
    if (!hasMetadata || rule)
      while (i >= 0 && (!hasMetadata || nest[i].loop.bound == 1 ||
                        (inRule(*rule, nest[i].loop.dim) &&
                         nest[i].loop.spatial() == spatial))) {
        if (nest[i].loop.bound != 1)
          rank.loops.push_back(nest[i].loop);
        --i;
      }
  }
  // Inner ranks left without a loop hold one coordinate per fibre: their
  // tile is a scalar. (The public Timeloop of July 2022 gives them the tile
  // of the subnest's innermost loop instead, so a parent that pre-tiles
  // such a rank sees none of its fibres empty; the fork that produced the
  // Sparseloop references uses the scalar. docs/cost-model.md works an
  // example.)
  while (r > int(firstRank))
    ranks[--r].tileShape = public2022 ? innermostSubtile : 1;
  for (; i >= 0; --i)
    if (nest[i].loop.bound != 1)
      return false;
  return true;
}

} // namespace

static void defineRankModels(EvalState &st, unsigned ds) {
  const ModelSpec &spec = st.spec;
  for (unsigned l = 0; l < st.numLevels; ++l) {
    TileRecord &t = st.tiles[ds][l];
    if (!t.kept)
      continue;
    auto it = spec.sparse.levels[l].formats.find(ds);
    const RepresentationSpec *rep =
        it == spec.sparse.levels[l].formats.end() ? nullptr : &it->second;
    unsigned numRanks = rep ? rep->ranks.size() : 1;
    t.ranks.assign(numRanks, RankModel());
    if (rep)
      for (unsigned r = 0; r < numRanks; ++r)
        t.ranks[r].format = rep->ranks[r];

    bool preTile =
        t.compressed && t.child >= 0 && st.tiles[ds][t.child].shape > 1;
    unsigned firstRank = 0;
    const TileRecord *child = t.child >= 0 ? &st.tiles[ds][t.child] : nullptr;
    if (preTile) {
      if (child->ranks.size() > numRanks) {
        st.fail(spec.arch.levels[l].name + ": " +
                spec.workload.dataSpaces[ds].name +
                " must be pre-tiled but has fewer format ranks than " +
                spec.arch.levels[t.child].name);
        return;
      }
      // The pre-tiled ranks are the child's: the formats must be too.
      if (child->compressed)
        for (unsigned r = 0; r < child->ranks.size(); ++r)
          if (child->ranks[r].format.format != t.ranks[r].format.format) {
            st.fail(spec.arch.levels[l].name + ": " +
                    spec.workload.dataSpaces[ds].name +
                    " must be pre-tiled, but its format rank " +
                    std::to_string(r) + " (innermost is 0) is " +
                    toString(t.ranks[r].format.format).str() + " here and " +
                    toString(child->ranks[r].format.format).str() + " at " +
                    spec.arch.levels[t.child].name);
            return;
          }
      firstRank = child->ranks.size();
      for (unsigned r = 0; r < firstRank; ++r) {
        t.ranks[r].loops = child->ranks[r].loops;
        t.ranks[r].tileShape = child->ranks[r].tileShape;
      }
    }

    unsigned begin = t.child >= 0 ? st.levelEnd[t.child] : 0;
    llvm::SmallVector<SubnestLoop, 16> nest;
    for (unsigned i = begin; i < st.levelEnd[l]; ++i)
      if (st.relevant(ds, st.loops[i].dim))
        nest.push_back(
            {st.loops[i], st.projectSize(ds, st.boundsBelow(i + 1))});
    if (!preTile) {
      // The tile spans the levels below too: the innermost loop of each
      // dimension absorbs their extent.
      DimBounds below(st.boundsBelow(begin));
      for (SubnestLoop &s : nest) {
        s.loop.bound *= below[s.loop.dim];
        below[s.loop.dim] = 1;
      }
      // A dimension without a loop here (a mapping may leave out trivial
      // loops) still spans its extent from below: it lands where a
      // Timeloop mapping file puts unlisted dimensions, outermost, in
      // dimension order.
      uint64_t whole = st.projectSize(ds, st.boundsBelow(st.levelEnd[l]));
      for (unsigned d = 0; d < below.size(); ++d)
        if (below[d] > 1 && st.relevant(ds, d))
          nest.push_back({FlatLoop{d, below[d], LoopKind::Temporal, l}, whole});
    }
    // Without a format, Timeloop fills its one rank outer to inner.
    bool innerToOuter = rep ? rep->innerToOuter : false;
    t.ranksInnerToOuter = innerToOuter;
    if (!applyRanks(nest, rep, firstRank, numRanks, innerToOuter,
                    spec.variant == TimeloopVariant::Public2022, t.ranks)) {
      st.fail(spec.arch.levels[l].name + ": " +
              spec.workload.dataSpaces[ds].name +
              " needs more format ranks than the " + std::to_string(numRanks) +
              " specified for this mapping");
      return;
    }
    for (RankModel &rank : t.ranks) {
      DimBounds b(st.numDims, 1);
      for (const FlatLoop &lp : rank.loops)
        b[lp.dim] *= lp.bound;
      rank.fiberShape = st.projectSize(ds, b);
    }
  }
}

/// Expected (metadata, payload) units per rank for a tile holding `occ`
/// non-zeros (Sparseloop's GetMetaDataTileOccupancyGivenDataTile).
static RankCounts metadataGivenOccupancy(const EvalState &st, unsigned ds,
                                         const TileRecord &t, uint64_t occ) {
  const TileDensity &dens = st.densities[ds];
  TileConstraint c{t.shape, occ};
  RankCounts out(t.ranks.size(), {0.0, 0.0});
  double maxFibers = 1;
  for (int r = int(t.ranks.size()) - 1; r >= 0; --r) {
    const RankModel &rank = t.ranks[r];
    double s = double(rank.fiberShape);
    // Timeloop's coordinate tiles: the whole data tile for the top rank,
    // each rank's own tile below it, a scalar under the innermost rank.
    uint64_t curTile = r == int(t.ranks.size()) - 1 ? t.shape : rank.tileShape;
    uint64_t nextTile = r > 0 ? t.ranks[r - 1].tileShape : 1;
    RankFormat f = rank.format.format;
    // A rank over a trivial loop holds nothing unless it is the rank that
    // the loops were assigned to first (the top rank when ranks are filled
    // outer to inner, the innermost otherwise): the hardware skips
    // traversing it.
    bool firstAssigned =
        t.ranksInnerToOuter ? r == 0 : r == int(t.ranks.size()) - 1;
    if (rank.fiberShape == 1 && !firstAssigned) {
      out[r] = {0.0, 0.0};
      continue;
    }
    double md = 0, pl = 0;
    // Structured (HSS) data: which blocks hold anything follows the ranks.
    auto nonEmptyFibers = [&] {
      return maxFibers * (1.0 - dens.blockProbEmpty(curTile, &c));
    };
    double pNext = 1.0 - dens.blockProbEmpty(nextTile, &c);
    bool actualData = dens.kind() == DensityKind::ActualData;
    switch (f) {
    case RankFormat::U:
      break;
    case RankFormat::UOP:
      // S+1 offsets for each fibre that holds anything.
      pl = nonEmptyFibers() * (s + 1);
      break;
    case RankFormat::UB:
      md = pl = maxFibers * s;
      break;
    case RankFormat::CP: {
      // One coordinate per expected non-zero (the public Timeloop of July
      // 2022 rounds each fibre's count up, storing more coordinates than
      // there are non-zeros). Measured data: exactly one per non-zero, as
      // for RLE below.
      double fibers = actualData ? maxFibers : nonEmptyFibers();
      double perFiber = s * pNext;
      if (st.spec.variant == TimeloopVariant::Public2022)
        perFiber = std::ceil(perFiber);
      md = pl = fibers * perFiber;
      break;
    }
    case RankFormat::RLE: {
      // Timeloop's law: s * P(non-zero) per non-empty fibre, which under a
      // statistical law undercounts by P(fibre empty) (a non-empty fibre
      // holds s P(non-zero) / (1 - P(empty)) on average). The authors' fork
      // counts measured data exactly (one run length per non-zero, e.g.
      // 2131 for the 2131 non-zero weights of fig12 L07), and so do we.
      double fibers = actualData ? maxFibers : nonEmptyFibers();
      md = pl = fibers * s * pNext;
      break;
    }
    case RankFormat::B: {
      double fibers = nonEmptyFibers();
      md = fibers * s;
      pl = fibers * std::ceil(s * pNext);
      break;
    }
    }
    out[r] = {md, pl};
    maxFibers *= s;
  }
  // The payloads of the innermost rank that holds anything are the data
  // themselves, not metadata.
  for (auto &rank : out)
    if (rank[0] != 0 || rank[1] != 0) {
      rank[1] = 0;
      break;
    }
  return out;
}

/// What the hardware must do where a tensor's representation changes
/// between a level and the next one above that keeps it, as the public
/// Timeloop checks it (sparse-analysis.cpp, CheckFormatModelsAndMapping):
/// an uncompressed level under a compressed one decompresses what it
/// receives (and compresses read-write data it sends back), and a
/// compressed level may not have more format ranks than its compressed
/// parent (that would need partitioning tiles at run time).
static void checkCompressionSupport(EvalState &st, unsigned ds) {
  const ModelSpec &spec = st.spec;
  const std::string &name = spec.workload.dataSpaces[ds].name;
  bool rw = spec.workload.dataSpaces[ds].readWrite;
  auto ranks = [&](unsigned l) {
    auto it = spec.sparse.levels[l].formats.find(ds);
    return it == spec.sparse.levels[l].formats.end() ? size_t(0)
                                                     : it->second.ranks.size();
  };
  for (unsigned l = 0; l < st.numLevels; ++l) {
    const TileRecord &t = st.tiles[ds][l];
    if (!t.kept || t.parent < 0)
      continue;
    const TileRecord &p = st.tiles[ds][t.parent];
    const StorageLevelSpec &lv = spec.arch.levels[l];
    if (p.compressed && !t.compressed && !lv.decompressionSupported) {
      st.fail(lv.name + ": " + name + " arrives compressed from " +
              spec.arch.levels[t.parent].name +
              " but is kept uncompressed here, and the level does not "
              "support decompression (decompression_supported)");
      return;
    }
    if (rw && p.compressed && !t.compressed && !lv.compressionSupported) {
      st.fail(lv.name + ": " + name +
              " must be compressed on its way back to " +
              spec.arch.levels[t.parent].name +
              ", and the level does not support compression "
              "(compression_supported)");
      return;
    }
    if (!p.compressed && t.compressed) {
      st.fail(spec.arch.levels[t.parent].name + ": " + name +
              " is kept uncompressed here but compressed at " + lv.name +
              " below: compressing on chip between the two is not modelled "
              "(as in Timeloop)");
      return;
    }
    if (p.compressed && t.compressed && ranks(t.parent) < ranks(l)) {
      st.fail(lv.name + ": " + name + " has more format ranks than at " +
              spec.arch.levels[t.parent].name +
              ", which would need run-time tile partitioning");
      return;
    }
  }
}

void sparseaccel::model::analyzeFormats(EvalState &st) {
  const ModelSpec &spec = st.spec;
  for (unsigned ds = 0; ds < st.numDS; ++ds) {
    for (unsigned l = 0; l < st.numLevels; ++l) {
      TileRecord &t = st.tiles[ds][l];
      auto it = spec.sparse.levels[l].formats.find(ds);
      if (!t.kept || it == spec.sparse.levels[l].formats.end())
        continue;
      t.hasMetadata = !it->second.ranks.empty();
      t.compressed = it->second.compressed();
    }
    // A parent with metadata never sends an empty tile (Timeloop's
    // CalculateExpectedOccupancy): the tile's occupancy is conditioned on
    // being non-empty, and the instances holding empty tiles are idle.
    for (unsigned l = 0; l < st.numLevels; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (t.kept && t.parent >= 0 && st.tiles[ds][t.parent].hasMetadata)
        t.conditionedNonEmpty = true;
    }
    checkCompressionSupport(st, ds);
    defineRankModels(st, ds);
  }
  if (!st.result.success)
    return;

  std::vector<std::pair<uint64_t, double>> support;
  for (unsigned ds = 0; ds < st.numDS; ++ds) {
    const TileDensity &dens = st.densities[ds];
    for (unsigned l = 0; l < st.numLevels; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (!t.kept)
        continue;
      t.maxOccupancy = t.compressed ? dens.maxOccupancy(t.shape) : t.shape;
      if (!t.hasMetadata && !t.conditionedNonEmpty) {
        // No metadata to weigh per occupancy: the mean is enough.
        t.expectedOccupancy = dens.expectedOccupancy(t.shape);
        t.expectedDensity = t.shape ? t.expectedOccupancy / double(t.shape) : 0;
        continue;
      }
      dens.support(t.shape, support);
      if (t.conditionedNonEmpty) {
        double empty = 0;
        for (auto &[k, p] : support)
          empty += k ? 0 : p;
        if (empty > 0 && empty < 1) {
          for (auto &[k, p] : support)
            p = k ? p / (1 - empty) : 0;
          t.effectiveReplication *= 1 - empty;
        }
      }
      double occ = 0;
      RankCounts md;
      for (auto [k, p] : support) {
        if (p == 0)
          continue;
        occ += p * double(k);
        if (!t.hasMetadata)
          continue;
        RankCounts one = metadataGivenOccupancy(st, ds, t, k);
        if (md.empty())
          md.assign(one.size(), {0.0, 0.0});
        for (unsigned r = 0; r < one.size(); ++r) {
          md[r][0] += p * one[r][0];
          md[r][1] += p * one[r][1];
        }
      }
      t.expectedOccupancy = occ;
      t.expectedDensity = t.shape ? occ / double(t.shape) : 0;
      t.expectedMetadata = md;
      if (t.hasMetadata)
        t.maxMetadata =
            metadataGivenOccupancy(st, ds, t, dens.maxOccupancy(t.shape));
    }
  }
}
