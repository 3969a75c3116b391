//===- SafAnalysis.cpp - Step 2b: gating, skipping and their propagation --===//
//
// Thesis §4.6.4-4.6.5. A gating/skipping SAF on a target tile is driven by
// the tiles of its leaders (condition-on): the follower's tile is the one a
// single iteration of the innermost loop above the follower's child
// touches, and the leader tile is the operation-space slice that iteration
// co-iterates (Fig. 4-6). The probability that every leader tile is empty
// removes that fraction of the follower's reads; an upper level's saving
// removes the subtree below it (propagation) and the computes it fed.
// Spatial skipping removes spatial instances whose leader sub-tile is empty.
//
//===----------------------------------------------------------------------===//

#include "EvalState.h"

#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <map>

using namespace sparseaccel::model;

namespace {

/// ceil, except that a value within rounding noise of an integer is that
/// integer.
double ceilTolerant(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) <= 1e-9 * std::max(1.0, std::fabs(x)))
    return r;
  return std::ceil(x);
}

enum Op { Read = 0, Fill = 1, Update = 2 };
enum Kind { Random = 0, Gated = 1, Skipped = 2 };

/// Timeloop's spatial-skipping bookkeeping per tensor and architecture
/// level a (0: the compute units, s + 1: storage level s): the share of
/// instances in use and the largest X/Y expansion; tileX/Y hold storage
/// level s's own expansion as Timeloop last recorded it.
struct SpatialState {
  SmallTable<double> avg, maxX, maxY, tileX, tileY;

  /// Carries a reduction of tensor `ds` at architecture level `a` (X/Y
  /// expansion ratios `xr`/`yr`, share of instances `share`) to the levels
  /// below: the expansions scale all the way down, the share only down to
  /// the first level for which `stopsAt` holds.
  template <typename StopsAt>
  void propagateDown(unsigned ds, int a, double xr, double yr, double share,
                     StopsAt stopsAt) {
    bool cross = false;
    for (int in = a - 1; in >= 0; --in) {
      maxX[ds][in] *= xr;
      maxY[ds][in] *= yr;
      cross |= stopsAt(in);
      if (!cross)
        avg[ds][in] *= share;
    }
  }
};

struct OptState {
  SmallTable<char> gate, skip, spatial, scalarGate, scalarSkip;
  SmallTable<double> prob, spatialProb;
  /// Position skipping compacted this operand (the authors' fork only).
  SmallVec<char> scalarStorageOpt;
  /// Timeloop's storage_gs_saf_ / innermost_empty_cond_on_prob_: the
  /// operand's innermost gating/skipping level and its saving.
  SmallVec<char> storageSaf;
  SmallVec<double> innermostEmpty;
  SpatialState sp;

  OptState(unsigned nl, unsigned nds) {
    for (auto *m : {&gate, &skip, &spatial, &scalarGate, &scalarSkip})
      m->assign(nl, SmallVec<char>(nds, 0));
    prob.assign(nl, SmallVec<double>(nds, 0));
    spatialProb.assign(nl, SmallVec<double>(nds, 0));
    scalarStorageOpt.assign(nds, 0);
    storageSaf.assign(nds, 0);
    innermostEmpty.assign(nds, 0);
  }
};

struct Impact {
  unsigned target = 0;
  unsigned level = 0;
  double prob = 0;
  double occupancy = 0;
  bool scalarScalar = false;
  bool ok = false;
};

/// One loop of a level's complete subnest as Timeloop builds it from the
/// mapping: every dimension once per tiling level, the spatial level (if
/// the architecture fans out below this level) before the temporal one,
/// each in its permutation order. The emitted permutations list the loops
/// that iterate first and then the other dimensions in index order.
struct CompleteLoop {
  unsigned dim = 0;
  int64_t bound = 1;
  bool spatial = false;
  /// Loops of the nest [0, end) cover everything up to this one.
  unsigned end = 0;
};

bool fansOut(const EvalState &st, unsigned level) {
  const ArchitectureSpec &a = st.spec.arch;
  uint64_t innerX = level == 0 ? a.compute.meshX : a.levels[level - 1].meshX;
  uint64_t innerY = level == 0 ? a.compute.meshY : a.levels[level - 1].meshY;
  const StorageLevelSpec &l = a.levels[level];
  return (innerX / std::max(1u, l.meshX)) * (innerY / std::max(1u, l.meshY)) >
         1;
}

SmallVec<CompleteLoop> completeSubnest(const EvalState &st, unsigned level) {
  SmallVec<CompleteLoop> out;
  unsigned begin = level ? st.levelEnd[level - 1] : 0;
  auto add = [&](bool spatial) {
    SmallVec<bool> seen(st.numDims, false);
    unsigned last = begin;
    // The mapping's loops in its order, trivial ones included (Timeloop
    // may pick one of them as the target loop); the dimensions it leaves
    // out come outermost, in dimension order.
    for (unsigned i = begin; i < st.levelEnd[level]; ++i) {
      const FlatLoop &lp = st.loops[i];
      if (lp.spatial() != spatial || seen[lp.dim])
        continue;
      out.push_back({lp.dim, lp.bound, spatial, lp.bound > 1 ? i + 1 : last});
      seen[lp.dim] = true;
      if (lp.bound > 1)
        last = i + 1;
    }
    for (unsigned d = 0; d < st.numDims; ++d)
      if (!seen[d])
        out.push_back({d, 1, spatial, last});
  };
  if (fansOut(st, level))
    add(true);
  add(false);
  // A trivial loop covers what the nearest iterating loop below it covers.
  unsigned cover = begin;
  for (CompleteLoop &c : out) {
    cover = std::max(cover, c.end);
    c.end = cover;
  }
  return out;
}

Impact ineffectualReadImpact(EvalState &st, unsigned level,
                             const ActionOptionSpec &opt) {
  // After ComputeIneffectualReadImpact of the public Timeloop
  // (sparse-analysis/storage-gs-analyzer.cpp).
  Impact out;
  out.target = opt.target;
  unsigned target = opt.target;
  unsigned tl = level;
  while (tl < st.numLevels && !st.tiles[target][tl].kept)
    ++tl;
  if (tl == st.numLevels) {
    st.fail(st.spec.arch.levels[level].name + ": " +
            st.spec.workload.dataSpaces[target].name +
            " is gated/skipped here but no level at or above holds it");
    return out;
  }
  const TileRecord &tt = st.tiles[target][tl];
  int child = tt.child;
  llvm::SmallVector<SmallVec<CompleteLoop>, 6> nests(tl + 1);
  for (unsigned l = unsigned(child + 1); l <= tl; ++l)
    nests[l] = completeSubnest(st, l);

  // The target loop: the innermost iterating loop above the target's child
  // that moves the target. Feeding the MACs, it is the innermost spatial
  // loop that moves the target, else the top of the fan-out, or (without
  // a fan-out) a single operation.
  bool found = false, scalarMold = false;
  unsigned foundLevel = tl, foundIdx = 0;
  for (unsigned l = unsigned(child + 1); l <= tl && !found; ++l)
    for (unsigned i = 0; i < nests[l].size() && !found; ++i) {
      const CompleteLoop &c = nests[l][i];
      if (child >= 0) {
        found = c.bound > 1 && st.relevant(target, c.dim);
      } else {
        bool nextSpatial = i + 1 < nests[l].size() && nests[l][i + 1].spatial;
        if (!nextSpatial) {
          found = true;
          scalarMold = !c.spatial;
        } else {
          found = c.bound > 1 && st.relevant(target, c.dim);
        }
      }
      if (found) {
        foundLevel = l;
        foundIdx = i;
      }
    }
  if (!found) { // the topmost (trivial) loop of the target's level
    foundLevel = tl;
    foundIdx = unsigned(nests[tl].size() - 1);
  }
  const CompleteLoop &targetLoop = nests[foundLevel][foundIdx];
  unsigned td = targetLoop.dim;
  DimBounds mold = scalarMold ? DimBounds(st.numDims, 1)
                              : DimBounds(st.boundsBelow(targetLoop.end));
  DimBounds condMold = mold;
  bool isSpatial = targetLoop.spatial;
  bool located = !isSpatial;
  SmallVec<CompleteLoop> relevantLoops = {targetLoop};
  for (unsigned l = foundLevel; l <= tl; ++l)
    for (unsigned i = l == foundLevel ? foundIdx + 1 : 0; i < nests[l].size();
         ++i) {
      const CompleteLoop &u = nests[l][i];
      if (u.bound <= 1)
        continue;
      bool nonTargetAboveSpatial =
          !located && !u.spatial && child >= 0 && !st.relevant(target, u.dim);
      if (u.spatial || nonTargetAboveSpatial) {
        condMold[u.dim] *= u.bound;
        relevantLoops.push_back(u);
      }
      if (isSpatial && !u.spatial && (child < 0 || st.relevant(target, u.dim)))
        located = true;
    }

  double effectual = 1.0;
  unsigned block = st.spec.arch.levels[tl].blockSize;
  bool pointwise = !opt.conditionOn.empty();
  for (unsigned cond : opt.conditionOn) {
    std::map<unsigned, double> coIteration;
    double aggregated = 1.0;
    bool coIterated = false, ineffective = false;
    for (const CompleteLoop &r : relevantLoops) {
      if (scalarMold)
        break;
      // A loop over the leader above a co-iterated spatial loop would need
      // a discordant traversal of the leader: the SAF cannot apply.
      if (isSpatial && coIterated && st.relevant(cond, r.dim)) {
        ineffective = true;
        break;
      }
      if (st.relevant(target, r.dim) && st.relevant(cond, r.dim)) {
        auto it = coIteration.emplace(r.dim, 1.0).first;
        it->second *= double(r.bound);
        aggregated *= double(r.bound);
        coIterated = true;
      }
    }
    if (ineffective)
      continue;
    SmallVec<double> tm(mold.begin(), mold.end()),
        cm(condMold.begin(), condMold.end());
    double granularity = double(st.projectSize(target, mold));
    double scaling = std::ceil(double(block) / (granularity / aggregated));
    for (const auto &[dim, factor] : coIteration) {
      double effective = factor / scaling;
      tm[dim] = std::ceil(tm[dim] / effective);
      cm[dim] = std::ceil(cm[dim] / effective);
      scaling /= factor;
    }
    if (scaling > 1) {
      cm[td] *= scaling;
      tm[td] *= scaling;
    }
    DimBounds ti(tm.begin(), tm.end()), ci(cm.begin(), cm.end());
    uint64_t tgran = st.projectSize(target, ti);
    uint64_t cgran = st.projectSize(cond, ci);
    if (cgran == 1 || tgran == 1)
      out.scalarScalar = true;
    pointwise &= cgran == 1 && tgran == 1;
    effectual *= 1.0 - st.leaderDensities[cond].probEmpty(cgran);
  }
  // Operands given by their actual data (jointOperandDensity): a leader
  // and a follower of one point each meet where the data says, not
  // independently. Skipping the results on both operands keeps the pairs
  // that are both non-zero (J); skipping a compressed operand on the other
  // one keeps, of its non-zeros, those whose partner is non-zero
  // (J / d(follower) = kappa * d(leader)). An uncompressed follower also
  // reads its zeros, over which the leader is non-zero at its own density.
  if (pointwise && st.spec.workload.jointOperandDensity) {
    std::vector<unsigned> operands;
    for (unsigned ds = 0; ds < st.numDS; ++ds)
      if (!st.spec.workload.dataSpaces[ds].readWrite)
        operands.push_back(ds);
    auto isOperand = [&](unsigned ds) {
      return !st.spec.workload.dataSpaces[ds].readWrite;
    };
    double da = st.densities[operands[0]].expectedOccupancy(1),
           db = st.densities[operands[1]].expectedOccupancy(1);
    double kappa = da > 0 && db > 0
                       ? *st.spec.workload.jointOperandDensity / (da * db)
                       : 1.0;
    const auto &conds = opt.conditionOn;
    bool bothLeaders = !isOperand(target) && conds.size() == 2 &&
                       isOperand(conds[0]) && isOperand(conds[1]) &&
                       conds[0] != conds[1];
    bool otherLeader = isOperand(target) && conds.size() == 1 &&
                       isOperand(conds[0]) && conds[0] != target &&
                       tt.hasMetadata;
    if (bothLeaders || otherLeader)
      effectual = std::min(1.0, effectual * kappa);
  }
  out.prob = 1.0 - effectual;
  out.level = tl;
  double occ = tt.expectedOccupancy;
  unsigned ml = child >= 0 ? unsigned(child) : tl;
  const StorageLevelSpec &ls = st.spec.arch.levels[tl];
  double ratio =
      ls.wordBits ? double(ls.defaultMetadataWordBits / ls.wordBits) : 0.0;
  for (const auto &rc : st.tiles[target][ml].expectedMetadata)
    occ += (rc[0] + rc[1]) * ratio;
  out.occupancy = occ;
  out.ok = true;
  return out;
}

void defineReadImpact(EvalState &st, OptState &os, unsigned level,
                      const ActionOptSpec &group, bool gating) {
  SmallVec<Impact> impacts;
  for (const ActionOptionSpec &opt : group.options) {
    impacts.push_back(ineffectualReadImpact(st, level, opt));
    if (!impacts.back().ok)
      return;
  }
  double best = 0;
  unsigned choice = 0;
  bool scalar = false;
  for (unsigned i = 0; i < impacts.size(); ++i) {
    const Impact &im = impacts[i];
    const StorageLevelSpec &ls = st.spec.arch.levels[im.level];
    double cost = ls.opEnergy[unsigned(StorageOp::RandomRead)];
    double savings = cost / ls.blockSize * im.occupancy * im.prob;
    if (savings >= best) {
      best = savings;
      choice = i;
      scalar = im.scalarScalar;
    }
  }
  const Impact &im = impacts[choice];
  unsigned l = im.level, ds = im.target;
  auto &mask = gating ? os.gate : os.skip;
  auto &scalarMask = gating ? os.scalarGate : os.scalarSkip;
  if (os.gate[l][ds] || os.skip[l][ds]) {
    if (os.prob[l][ds] < im.prob) {
      os.gate[l][ds] = os.skip[l][ds] = 0;
      os.prob[l][ds] = im.prob;
      mask[l][ds] = 1;
      scalarMask[l][ds] = scalar;
    }
  } else {
    mask[l][ds] = 1;
    os.prob[l][ds] = im.prob;
    scalarMask[l][ds] = scalar;
  }
}

/// The elements of a fibre that spatial loop `i` spreads over its
/// instances, at most, relative to the loop's bound: the fibre of `on` the
/// loop covers holds at most `maxOccupancy` non-zeros, so that many
/// sub-tiles at most are non-empty.
double fiberCompaction(const EvalState &st, unsigned on, unsigned i,
                       DimBounds mold) {
  const FlatLoop &lp = st.loops[i];
  uint64_t element = st.projectSize(on, mold);
  mold[lp.dim] *= lp.bound;
  uint64_t fiber = st.projectSize(on, mold);
  uint64_t elements = uint64_t(lp.bound);
  uint64_t most = st.densities[on].maxOccupancy(fiber);
  if (element > 0 && fiber % element == 0)
    elements = std::min<uint64_t>(fiber / element, most);
  return double(elements) / double(lp.bound);
}

/// Expansion of architecture level a (0: the compute units, s + 1: storage
/// level s) along X or Y: the spatial loops of the levels at and above a.
double expansionOf(const EvalState &st, unsigned a, bool x) {
  double e = 1;
  for (unsigned i = a ? st.levelEnd[a - 1] : 0; i < st.loops.size(); ++i)
    if (st.loops[i].kind == (x ? LoopKind::SpatialX : LoopKind::SpatialY))
      e *= double(st.loops[i].bound);
  return e;
}

/// Timeloop's InitializeSpatialInstances: a tensor whose holder carries
/// metadata needs no instance for an empty sub-tile. Per tensor and
/// architecture level: the average share of instances in use (the
/// non-empty probability of the innermost relevant spatial loop's
/// per-instance tile) and the largest expansion (each loop's fibre holds
/// at most so many non-empty sub-tiles); reductions propagate to the
/// levels below until one that reduces on its own.
void initializeSpatialInstances(EvalState &st, OptState &os) {
  unsigned nl = st.numLevels, nds = st.numDS;
  SpatialState &sp = os.sp;
  sp.avg.assign(nds, SmallVec<double>(nl + 1, 1.0));
  sp.maxX.assign(nds, SmallVec<double>(nl + 1, 1.0));
  sp.maxY = sp.maxX;
  sp.tileX.assign(nds, SmallVec<double>(nl, 1.0));
  sp.tileY = sp.tileX;
  SmallTable<char> reduced(nds, SmallVec<char>(nl + 1, 0));
  for (unsigned ds = 0; ds < nds; ++ds) {
    for (unsigned a = 0; a <= nl; ++a) {
      sp.maxX[ds][a] = expansionOf(st, a, true);
      sp.maxY[ds][a] = expansionOf(st, a, false);
      if (a) {
        sp.tileX[ds][a - 1] = sp.maxX[ds][a];
        sp.tileY[ds][a - 1] = sp.maxY[ds][a];
      }
    }
    for (unsigned u = 0; u < nl; ++u) {
      unsigned in = u;
      while (!st.tiles[ds][in].kept && in < nl - 1)
        ++in;
      if (!st.tiles[ds][in].hasMetadata)
        continue;
      double effective = 1.0;
      bool innermost = true;
      for (unsigned i = u ? st.levelEnd[u - 1] : 0; i < st.levelEnd[u]; ++i) {
        const FlatLoop &lp = st.loops[i];
        if (!lp.spatial() || lp.bound <= 1 || !st.relevant(ds, lp.dim))
          continue;
        DimBounds mold(st.boundsBelow(i));
        if (innermost) {
          effective =
              1.0 - st.densities[ds].probEmpty(st.projectSize(ds, mold));
          innermost = false;
        }
        double ratio = fiberCompaction(st, ds, i, mold);
        (lp.kind == LoopKind::SpatialX ? sp.maxX : sp.maxY)[ds][u] *= ratio;
      }
      sp.avg[ds][u] = effective;
      reduced[ds][u] = effective != 1.0;
    }
    for (int a = int(nl); a >= 1; --a) {
      double xr = sp.maxX[ds][a] / sp.tileX[ds][a - 1],
             yr = sp.maxY[ds][a] / sp.tileY[ds][a - 1];
      if (xr == 1.0 && yr == 1.0)
        continue;
      sp.tileX[ds][a - 1] = sp.maxX[ds][a];
      sp.tileY[ds][a - 1] = sp.maxY[ds][a];
      sp.propagateDown(ds, a, xr, yr, sp.avg[ds][a],
                       [&](int in) { return reduced[ds][in] != 0; });
    }
  }
}

/// Timeloop's CalculateSpatialOptimizationImpact: spatial skipping of
/// `target` at storage level `level` on its leaders. Per leader, the
/// instances in use are the non-empty probability of the leader's tile
/// under the innermost relevant spatial loop (stretched, above a
/// co-iterated loop, over the temporal loops that keep the target's tile
/// where it is); the leaders' shares multiply and replace the level's
/// share from initializeSpatialInstances. (Spatial skipping reads the
/// density laws at double precision, unlike gating and skipping.)
void spatialImpact(EvalState &st, OptState &os, unsigned level,
                   const ActionOptionSpec &opt) {
  SpatialState &sp = os.sp;
  unsigned target = opt.target;
  int child = int(level) - 1;
  for (; child >= 0; --child)
    if (st.tiles[target][child].kept)
      break;
  double aggregated = 1.0;
  unsigned begin = level ? st.levelEnd[level - 1] : 0;
  for (unsigned cond : opt.conditionOn) {
    unsigned in = level;
    while (in < st.numLevels && !st.tiles[cond][in].kept)
      ++in;
    if (in == st.numLevels || !st.tiles[cond][in].hasMetadata)
      continue;
    double share = 1.0;
    bool captured = false;
    for (unsigned i = begin; i < st.levelEnd[level]; ++i) {
      const FlatLoop &lp = st.loops[i];
      if (!lp.spatial() || lp.bound <= 1 || !st.relevant(cond, lp.dim))
        continue;
      DimBounds mold(st.boundsBelow(i));
      if (child != -1 && st.relevant(target, lp.dim)) {
        unsigned tsl = level;
        while (!st.tiles[target][tsl].kept && tsl < st.numLevels - 1)
          ++tsl;
        bool stop = false;
        for (unsigned j = begin; j < st.levelEnd[tsl] && !stop; ++j) {
          const FlatLoop &u = st.loops[j];
          if (u.spatial() || u.bound <= 1)
            continue;
          if (st.relevant(target, u.dim))
            stop = true;
          else
            mold[u.dim] *= u.bound;
        }
      }
      if (!captured) {
        share = 1.0 - st.densities[cond].probEmpty(st.projectSize(cond, mold));
        captured = true;
      }
      double ratio = fiberCompaction(st, cond, i, mold);
      (lp.kind == LoopKind::SpatialX ? sp.maxX : sp.maxY)[target][level] *=
          ratio;
    }
    aggregated *= share;
  }
  sp.avg[target][level] = aggregated;
  os.spatial[level][target] = 1;
}

/// Timeloop's SummarizeAndPropagateSpatialCapacityReduction: each level's
/// instances in use (its replication times the share), the saving the
/// combiner propagates (1 - share), and the reductions carried to the
/// levels below up to the next one that skips spatially itself.
void summarizeSpatial(EvalState &st, OptState &os) {
  SpatialState &sp = os.sp;
  unsigned nl = st.numLevels;
  bool first = true;
  for (unsigned ds = 0; ds < st.numDS; ++ds) {
    SmallVec<double> origX = sp.tileX[ds], origY = sp.tileY[ds];
    for (int a = int(nl); a >= 0; --a) {
      double ratio = sp.avg[ds][a], xr = 1.0, yr = 1.0;
      if (a != 0) {
        TileRecord &t = st.tiles[ds][a - 1];
        t.effectiveReplication = double(t.replication) * ratio;
        sp.tileX[ds][a - 1] = sp.maxX[ds][a];
        sp.tileY[ds][a - 1] = sp.maxY[ds][a];
        xr = sp.maxX[ds][a] / origX[a - 1];
        yr = sp.maxY[ds][a] / origY[a - 1];
      } else {
        double r = double(st.computeReplication) * ratio;
        st.computeEffectiveReplication =
            first ? r : std::max(st.computeEffectiveReplication, r);
        first = false;
      }
      if (a < int(nl))
        os.spatialProb[a][ds] = 1.0 - ratio;
      if (xr == 1.0 && yr == 1.0)
        continue;
      sp.propagateDown(ds, a, xr, yr, ratio,
                       [&](int in) { return os.spatial[in][ds] != 0; });
    }
  }
  st.spatialMaxX = sp.maxX;
  st.spatialMaxY = sp.maxY;
}

/// Position skipping (DSTC's operand collector; only the authors' fork of
/// Sparseloop implements it, so this is derived from thesis §4.8.3 and the
/// reference numbers). At the level that applies it, each target's tile is
/// compacted: its non-zeros are packed onto the spatial fan-out below, so a
/// tile of t*w positions over w units takes ceil(nnz/w) steps instead of t.
/// Both operands meet only where both are non-zero (the compute sees an
/// intersection), an operand is re-read once per compacted step of its
/// partner, and the compute time shrinks by the product of the per-operand
/// compaction ratios.
void applyPositionSkipping(EvalState &st, OptState &os) {
  const ModelSpec &spec = st.spec;
  std::vector<std::pair<unsigned, unsigned>> targets; // (ds, level)
  for (unsigned l = 0; l < st.numLevels; ++l)
    for (const ActionOptSpec &a : spec.sparse.levels[l].actions)
      if (a.kind == ActionOptKind::PositionSkipping)
        for (const ActionOptionSpec &o : a.options) {
          unsigned tl = l;
          while (tl < st.numLevels && !st.tiles[o.target][tl].kept)
            ++tl;
          if (tl == st.numLevels) {
            st.fail(spec.arch.levels[l].name + ": " +
                    spec.workload.dataSpaces[o.target].name +
                    " is position-skipped but no level at or above holds it");
            return;
          }
          targets.push_back({o.target, tl});
        }
  if (targets.empty())
    return;
  std::vector<double> ratio(targets.size(), 1.0);
  std::vector<std::pair<uint64_t, double>> support;
  for (unsigned i = 0; i < targets.size(); ++i) {
    auto [ds, l] = targets[i];
    const TileRecord &t = st.tiles[ds][l];
    uint64_t width = 1;
    unsigned begin = t.child >= 0 ? st.levelEnd[t.child] : 0;
    for (unsigned j = begin; j < st.levelEnd[l]; ++j)
      if (st.loops[j].spatial() && st.relevant(ds, st.loops[j].dim))
        width *= st.loops[j].bound;
    if (t.shape == 0 || width == 0)
      continue;
    double steps = double((t.shape + width - 1) / width);
    st.densities[ds].support(t.shape, support);
    double expected = 0;
    for (auto [k, p] : support)
      expected += p * double((k + width - 1) / width);
    ratio[i] = expected / steps;
    os.scalarStorageOpt[ds] = 1;
  }
  for (unsigned i = 0; i < targets.size(); ++i) {
    auto [ds, l] = targets[i];
    double partners = 1.0;
    for (unsigned j = 0; j < targets.size(); ++j)
      if (j != i && targets[j].second == l)
        partners *= ratio[j];
    // Metadata is still walked in full to find the non-zeros.
    TileRecord &t = st.tiles[ds][l];
    t.fg[Random][Read] = std::ceil(t.fg[Random][Read] * partners);
    st.computeTimeScale *= ratio[i];
  }
}

} // namespace

void sparseaccel::model::analyzeActionOptimizations(EvalState &st) {
  const ModelSpec &spec = st.spec;
  unsigned nl = st.numLevels, nds = st.numDS;
  OptState os(nl, nds);

  // Format accesses scale with how many times the tile is read or filled.
  for (unsigned ds = 0; ds < nds; ++ds)
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (!t.kept)
        continue;
      const uint64_t alg[3] = {t.reads, t.fills, t.updates};
      for (int op = 0; op < 3; ++op) {
        t.fg[Random][op] = double(alg[op]);
        for (int k = 0; k < 3; ++k)
          t.fmt[k][op].assign(t.expectedMetadata.size(), {0.0, 0.0});
        if (!t.hasMetadata || !t.shape)
          continue;
        // Timeloop computes ceil(units * (accesses / shape)) in doubles.
        // Where the units are a whole number both sides multiply the same
        // two doubles, so a plain ceil reproduces Timeloop even on its
        // rounding noise (Eyeriss v2, a ResNet-50 conv: 29 * (222720 /
        // 215296) = 30.000...04 counts 31). Expected (fractional) units
        // come from formulas whose last bits differ from Timeloop's, so
        // there a product within noise of an integer is that integer.
        double ratio = double(alg[op]) / double(t.shape);
        for (unsigned r = 0; r < t.expectedMetadata.size(); ++r)
          for (int u = 0; u < 2; ++u) {
            double units = t.expectedMetadata[r][u];
            t.fmt[Random][op][r][u] = units == std::floor(units)
                                          ? std::ceil(units * ratio)
                                          : ceilTolerant(units * ratio);
          }
      }
    }

  // Explicit gating and skipping, then spatial skipping.
  for (int pass = 0; pass < 2; ++pass)
    for (unsigned l = 0; l < nl; ++l)
      for (const ActionOptSpec &a : spec.sparse.levels[l].actions) {
        bool gating = a.kind == ActionOptKind::Gating;
        bool skipping = a.kind == ActionOptKind::Skipping;
        if ((pass == 0 && gating) || (pass == 1 && skipping))
          defineReadImpact(st, os, l, a, gating);
      }
  if (!st.result.success)
    return;
  bool anySpatial = false;
  for (unsigned l = 0; l < nl; ++l)
    for (const ActionOptSpec &a : spec.sparse.levels[l].actions)
      anySpatial |= a.kind == ActionOptKind::SpatialSkipping;
  if (anySpatial) {
    initializeSpatialInstances(st, os);
    for (unsigned l = 0; l < nl; ++l)
      for (const ActionOptSpec &a : spec.sparse.levels[l].actions)
        if (a.kind == ActionOptKind::SpatialSkipping && !a.options.empty())
          spatialImpact(st, os, l, a.options[0]);
    summarizeSpatial(st, os);
  }

  // Compressed tiles never touch their empty elements.
  for (unsigned ds = 0; ds < nds; ++ds)
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (!t.kept || !t.hasMetadata)
        continue;
      double sparsity = 1.0 - t.expectedDensity;
      const uint64_t alg[3] = {t.reads, t.fills, t.updates};
      for (int op = 0; op < 3; ++op) {
        if (op == Update && !spec.workload.dataSpaces[ds].readWrite)
          continue;
        t.fg[Random][op] =
            double(alg[op]) - std::floor(double(alg[op]) * sparsity);
      }
    }

  applyPositionSkipping(st, os);

  // Combine the SAFs of all levels (storage-optimization-combiner.cpp of
  // the public Timeloop): each level's saving chops the subtree below it
  // down to the next level with a SAF of its own, which then applies the
  // part of its saving not already taken above; only the innermost SAF
  // level of an operand reduces the computes. Two quirks are kept because
  // the public Timeloop has them: format reads below a level are scaled
  // only in rank 0 and only when that level has a single format rank, and
  // a level finalized by an upper level's propagation takes its format
  // updates as its format reads.
  double computes = double(st.computeReplication) * double(st.computeOps);
  for (unsigned ds = 0; ds < nds; ++ds) {
    bool rw = spec.workload.dataSpaces[ds].readWrite;
    std::vector<std::array<double, 3>> maxFg(nl);
    std::vector<std::array<RankCounts, 3>> maxFmt(nl);
    for (unsigned l = 0; l < nl; ++l)
      for (int op = 0; op < 3; ++op) {
        maxFg[l][op] = st.tiles[ds][l].fg[Random][op];
        maxFmt[l][op] = st.tiles[ds][l].fmt[Random][op];
      }
    auto hasSaf = [&](unsigned l) {
      return os.gate[l][ds] || os.skip[l][ds] || os.spatial[l][ds];
    };
    // Only rank 0, and only when the upper level has one format rank.
    auto scaleRank0 = [](RankCounts &rc, double p, size_t lower) {
      if (lower != 0 || rc.empty())
        return;
      rc[0][0] -= std::floor(rc[0][0] * p);
      rc[0][1] -= std::floor(rc[0][1] * p);
    };
    auto applyLocal = [&](unsigned l, double p, int kind) {
      TileRecord &t = st.tiles[ds][l];
      double &reads = t.fg[Random][Read];
      double delta = rw ? std::ceil(reads * p) : std::floor(reads * p);
      t.fg[kind][Read] += delta;
      reads -= delta;
      double &updates = t.fg[Random][Update];
      double du = std::floor(updates * p);
      t.fg[kind][Update] += du;
      updates -= du;
      size_t childRanks =
          t.child >= 0 ? st.tiles[ds][t.child].ranks.size() : t.ranks.size();
      if (t.child >= 0 && !st.tiles[ds][t.child].hasMetadata)
        childRanks = 0;
      for (size_t r = 0; r < childRanks && r < t.fmt[Random][Read].size(); ++r)
        for (int u = 0; u < 2; ++u) {
          double dr = std::floor(t.fmt[Random][Read][r][u] * p);
          t.fmt[Random][Read][r][u] -= dr;
          t.fmt[kind][Read][r][u] += dr;
          if (r < t.fmt[Random][Update].size()) {
            double dup = std::floor(t.fmt[Random][Update][r][u] * p);
            t.fmt[Random][Update][r][u] -= dup;
            t.fmt[kind][Update][r][u] += dup;
          }
        }
      if (rw && t.updates)
        t.temporalReductions = std::ceil(
            t.temporalReductions * t.fg[Random][Update] / double(t.updates));
    };
    std::vector<char> finalized(nl, 0);
    for (int l = int(nl) - 1; l >= 0; --l) {
      if (!hasSaf(l))
        continue;
      double p = 0;
      if (os.gate[l][ds] || os.skip[l][ds])
        p = os.prob[l][ds];
      if (os.spatial[l][ds])
        p += (1 - p) * os.spatialProb[l][ds];
      int in = l - 1;
      for (; in >= 0; --in) {
        TileRecord &t = st.tiles[ds][in];
        for (int op = 0; op < 3; ++op)
          maxFg[in][op] -= std::floor(maxFg[in][op] * p);
        if (t.hasMetadata) {
          size_t upper = maxFmt[l][Read].size();
          size_t limit = upper == 0 ? SIZE_MAX : upper - 1;
          scaleRank0(maxFmt[in][Fill], p,
                     std::min(maxFmt[in][Fill].size(), limit));
          scaleRank0(maxFmt[in][Read], p,
                     std::min(maxFmt[in][Read].size(), limit));
          scaleRank0(maxFmt[in][Update], p, maxFmt[in][Update].size());
        }
        if (!hasSaf(in))
          continue;
        bool spatialOnly =
            os.spatial[in][ds] && !os.gate[in][ds] && !os.skip[in][ds];
        double local = spatialOnly ? os.spatialProb[in][ds] : os.prob[in][ds];
        double effective = p < 1 ? 1 - (1 - local) / (1 - p) : 0;
        t.fg[Random][Fill] = maxFg[in][Fill];
        t.fg[Random][Read] = maxFg[in][Read];
        t.fg[Random][Update] = maxFg[in][Update];
        t.fmt[Random][Fill] = maxFmt[in][Fill];
        t.fmt[Random][Read] = maxFmt[in][Update];
        t.fmt[Random][Update] = maxFmt[in][Update];
        if (!spatialOnly)
          applyLocal(in, effective, os.gate[in][ds] ? Gated : Skipped);
        finalized[in] = 1;
        break;
      }
      if (!finalized[l]) {
        finalized[l] = 1;
        TileRecord &t = st.tiles[ds][l];
        for (int op = 0; op < 3; ++op) {
          t.fg[Random][op] = maxFg[l][op];
          t.fmt[Random][op] = maxFmt[l][op];
        }
        if (os.gate[l][ds] || os.skip[l][ds])
          applyLocal(l, p, os.gate[l][ds] ? Gated : Skipped);
      }
      if (in < 0 && !rw) {
        computes -= std::floor(computes * p);
        os.storageSaf[ds] = 1;
        os.innermostEmpty[ds] = std::round(p * 1e6) / 1e6;
      }
    }
    // Levels without gating or skipping keep what propagation left them.
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (os.gate[l][ds] || os.skip[l][ds] || !t.kept)
        continue;
      for (int op = 0; op < 3; ++op) {
        t.fg[Random][op] = maxFg[l][op];
        t.fmt[Random][op] = maxFmt[l][op];
      }
      t.temporalReductions =
          t.updates == 0 ? 0
                         : std::ceil(t.temporalReductions *
                                     t.fg[Random][Update] / double(t.updates));
    }
  }

  // (De)compression where a compressed parent meets an uncompressed level.
  for (unsigned ds = 0; ds < nds; ++ds)
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (t.kept && !t.compressed && t.parent >= 0 &&
          st.tiles[ds][t.parent].compressed) {
        t.decompressions = t.fg[Random][Fill];
        // Read-write data are compressed here on their way back up.
        if (spec.workload.dataSpaces[ds].readWrite)
          t.compressions = st.tiles[ds][t.parent].fg[Random][Update];
      }
    }

  // Compute: two operands, each existing-non-zero, existing-zero or absent
  // (CalculateFineGrainedComputeAccesses2Operand of the public Timeloop).
  // An operand whose innermost level gates or skips on the other sees the
  // other's states conditioned on its leader tile being non-empty.
  std::vector<unsigned> operands;
  for (unsigned ds = 0; ds < nds; ++ds)
    if (!spec.workload.dataSpaces[ds].readWrite)
      operands.push_back(ds);
  double random = computes, gated = 0, skipped = 0, nonexistent = 0;
  if (operands.size() == 2) {
    double enz[2], ez[2], ne[2], d[2];
    bool md[2];
    for (int i = 0; i < 2; ++i) {
      unsigned ds = operands[i];
      const TileRecord *inner = nullptr;
      for (unsigned l = 0; l < nl && !inner; ++l)
        if (st.tiles[ds][l].kept)
          inner = &st.tiles[ds][l];
      // The density of one scalar of the operand (Timeloop asks the
      // innermost tile's density law about a one-point tile).
      double di = st.densities[ds].expectedOccupancy(1);
      d[i] = std::round(di * 1e6) / 1e6;
      md[i] = inner && inner->hasMetadata;
      enz[i] = d[i];
      ez[i] = md[i] ? 0 : 1 - d[i];
      ne[i] = md[i] ? 1 - d[i] : 0;
    }
    bool a = os.scalarStorageOpt[operands[0]],
         b = os.scalarStorageOpt[operands[1]];
    double P[3][3] = {}; // [a state][b state]: 0 ENZ, 1 EZ, 2 NE
    if (a || b) {
      // Position skipping (the authors' fork): only non-zero pairs meet.
      if (a && b) {
        P[0][0] = enz[0] * enz[1];
        P[2][2] = 1 - P[0][0];
      } else if (a) {
        P[0][0] = enz[0] * enz[1];
        P[1][0] = ez[0] * enz[1];
        P[2][0] = ne[0] * enz[1];
        P[2][2] = ne[1] + ez[1];
      } else {
        P[0][0] = enz[0] * enz[1];
        P[0][1] = enz[0] * ez[1];
        P[0][2] = enz[0] * ne[1];
        P[2][2] = ne[0] + ez[0];
      }
    } else {
      auto condition = [&](int i, double ratio) {
        double v = d[i] / ratio;
        enz[i] = v;
        ez[i] = md[i] ? 0 : 1 - v;
        ne[i] = md[i] ? 1 - v : 0;
      };
      bool ga = os.storageSaf[operands[0]], gb = os.storageSaf[operands[1]];
      if (ga && gb) {
        condition(0, 1 - os.innermostEmpty[operands[1]]);
        condition(1, 1 - os.innermostEmpty[operands[0]]);
      } else if (ga) {
        condition(1, 1 - os.innermostEmpty[operands[0]]);
      } else if (gb) {
        condition(0, 1 - os.innermostEmpty[operands[1]]);
      }
      double sa[3] = {enz[0], ez[0], ne[0]}, sb[3] = {enz[1], ez[1], ne[1]};
      for (double *v : {sa, sb})
        for (int k = 0; k < 3; ++k)
          v[k] = std::min(1.0, std::max(0.0, v[k]));
      for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
          P[i][j] = sa[i] * sb[j];
    }
    // Operands given by their actual data meet where their non-zeros do:
    // scale the both-non-zero mass by J / (dA dB) (1 for independent data)
    // and take the difference from the cells where exactly one is zero.
    // An operand conditioned to be non-zero (a scalar leader) keeps its
    // zero states empty, so only the other operand's density moves: then
    // P(both) = J / d(leader), the exact share of effectual pairs.
    if (spec.workload.jointOperandDensity) {
      double da = st.densities[operands[0]].expectedOccupancy(1),
             db = st.densities[operands[1]].expectedOccupancy(1);
      if (da > 0 && db > 0) {
        double kappa = *spec.workload.jointOperandDensity / (da * db);
        int za = md[0] ? 2 : 1, zb = md[1] ? 2 : 1;
        double delta = P[0][0] * (kappa - 1);
        double &y = P[0][zb], &z = P[za][0], &w = P[za][zb];
        // Rounding leaves ~1e-17 where a conditioned operand has no mass.
        const double eps = 1e-12;
        if (y > eps && z > eps) {
          delta =
              std::max(std::min(delta, std::min(y, z)), -std::min(P[0][0], w));
          y -= delta, z -= delta, w += delta;
        } else if (y > eps) {
          delta = std::max(std::min(delta, y), -P[0][0]);
          y -= delta;
        } else if (z > eps) {
          delta = std::max(std::min(delta, z), -P[0][0]);
          z -= delta;
        } else {
          delta = 0;
        }
        P[0][0] += delta;
      }
    }
    bool gateZero = spec.sparse.computeGateOnZero;
    bool skipUnaligned = spec.sparse.computeSkipUnaligned;
    double total = computes;
    double rnd = total * P[0][0];
    auto gateOrRandom = [&](double v) { (gateZero ? gated : rnd) += v; };
    gateOrRandom(total * (P[0][1] + P[1][0]));
    double oneMissing = total * (P[0][2] + P[2][0] + P[1][2] + P[2][1]);
    if (skipUnaligned)
      skipped += oneMissing;
    else
      gateOrRandom(oneMissing);
    gateOrRandom(total * P[1][1]);
    nonexistent += total * P[2][2];
    skipped = std::floor(skipped);
    gated = std::floor(gated);
    random = total - skipped - gated - std::floor(nonexistent);
  }
  st.computeRandom = random;
  st.computeGated = gated;
  st.computeSkipped = skipped;
}
