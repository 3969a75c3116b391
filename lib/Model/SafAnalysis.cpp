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

#include <cmath>
#include <map>

using namespace sparseaccel::model;

namespace {

/// Rounds up, ignoring floating-point noise just above an integer.
double ceilTolerant(double x) {
  double r = std::round(x);
  if (std::fabs(x - r) <= 1e-9 * std::max(1.0, std::fabs(x)))
    return r;
  return std::ceil(x);
}

enum Op { Read = 0, Fill = 1, Update = 2 };
enum Kind { Random = 0, Gated = 1, Skipped = 2 };

struct OptState {
  std::vector<std::vector<char>> gate, skip, spatial, scalarGate, scalarSkip;
  std::vector<std::vector<double>> prob, spatialProb;
  std::vector<char> scalarStorageOpt;
  std::vector<std::vector<uint64_t>> instances; // [ds][0]=compute, [l+1]

  OptState(unsigned nl, unsigned nds) {
    for (auto *m : {&gate, &skip, &spatial, &scalarGate, &scalarSkip})
      m->assign(nl, std::vector<char>(nds, 0));
    prob.assign(nl, std::vector<double>(nds, 0));
    spatialProb.assign(nl, std::vector<double>(nds, 0));
    scalarStorageOpt.assign(nds, 0);
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

Impact ineffectualReadImpact(EvalState &st, unsigned level,
                             const ActionOptionSpec &opt) {
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
  int found = -1;
  bool scalarMold = false;
  unsigned begin = child >= 0 ? st.levelEnd[child] : 0;
  // A follower that feeds the compute units directly is gated or skipped
  // one operation at a time: its tile and its leaders' tiles are scalars.
  // Otherwise the follower tile is what one iteration of the innermost
  // loop above its child that touches the follower moves (Fig. 4-6).
  for (unsigned i = begin; i < st.levelEnd[tl] && found < 0; ++i) {
    const FlatLoop &lp = st.loops[i];
    if (child < 0) {
      // Trivial loops (bound 1) do not move anything: the mapping means the
      // same with or without them.
      if (lp.bound > 1 || i + 1 == st.levelEnd[tl]) {
        found = i;
        scalarMold = true;
      }
    } else if (lp.bound > 1 && st.relevant(target, lp.dim)) {
      found = i;
    }
  }
  if (found < 0) {
    found = begin < st.loops.size() ? begin : 0;
    scalarMold = true;
  }
  const FlatLoop &targetLoop = st.loops[found];
  unsigned td = targetLoop.dim;
  std::vector<int64_t> mold = scalarMold ? std::vector<int64_t>(st.numDims, 1)
                                         : st.boundsBelow(found + 1);
  std::vector<int64_t> condMold = mold;
  bool isSpatial = targetLoop.spatial();
  bool located = !isSpatial;
  std::vector<FlatLoop> upper;
  for (unsigned i = found + 1; i < st.levelEnd[tl] && !scalarMold; ++i) {
    const FlatLoop &u = st.loops[i];
    if (u.bound == 1)
      continue;
    bool nonTargetAboveSpatial =
        !located && !u.spatial() && child >= 0 && !st.relevant(target, u.dim);
    if (u.spatial() || nonTargetAboveSpatial) {
      condMold[td] *= u.bound;
      upper.push_back(u);
    }
    if (isSpatial && !u.spatial() && (child < 0 || st.relevant(target, u.dim)))
      located = true;
  }

  double effectual = 1.0;
  unsigned block = st.spec.arch.levels[tl].blockSize;
  for (unsigned cond : opt.conditionOn) {
    bool coIter = st.relevant(target, td) && st.relevant(cond, td);
    double cif = coIter ? double(targetLoop.bound) : 1.0;
    bool ineffective = false;
    for (const FlatLoop &u : upper) {
      if (isSpatial && coIter && st.relevant(cond, u.dim)) {
        ineffective = true;
        break;
      }
      if (st.relevant(target, u.dim) && st.relevant(cond, u.dim))
        cif *= u.bound;
    }
    if (ineffective)
      continue;
    if (scalarMold)
      cif = 1;
    std::vector<int64_t> tm = mold, cm = condMold;
    uint64_t tgran =
        uint64_t(std::floor(double(st.projectSize(target, mold)) / cif));
    int64_t icif = int64_t(cif);
    if (tgran < block) {
      int64_t scaled = tm[td] / icif;
      int64_t ratio = int64_t(std::ceil(double(block) / double(scaled)));
      tm[td] = scaled * ratio;
      cm[td] = cm[td] / icif * ratio;
    } else {
      tm[td] /= icif;
      cm[td] /= icif;
    }
    tgran = st.projectSize(target, tm);
    uint64_t cgran = st.projectSize(cond, cm);
    if (cgran == 1 || tgran == 1)
      out.scalarScalar = true;
    effectual *= 1.0 - st.leaderDensities[cond].probEmpty(cgran);
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
  std::vector<Impact> impacts;
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

void initializeSpatialInstances(EvalState &st, OptState &os) {
  os.instances.assign(st.numDS, std::vector<uint64_t>(st.numLevels + 1, 0));
  for (unsigned ds = 0; ds < st.numDS; ++ds) {
    auto &inst = os.instances[ds];
    inst[0] = st.computeReplication;
    for (unsigned l = 0; l < st.numLevels; ++l) {
      inst[l + 1] = st.tiles[ds][l].replication;
      unsigned in = l;
      while (!st.tiles[ds][in].kept && in < st.numLevels - 1)
        ++in;
      if (!st.tiles[ds][in].hasMetadata)
        continue;
      double ratio = 1.0;
      unsigned begin = l ? st.levelEnd[l - 1] : 0;
      for (unsigned i = begin; i < st.levelEnd[l]; ++i) {
        const FlatLoop &lp = st.loops[i];
        if (!lp.spatial() || lp.bound <= 1 || !st.relevant(ds, lp.dim))
          continue;
        uint64_t sub = st.projectSize(ds, st.boundsBelow(i));
        ratio *= 1.0 - st.leaderDensities[ds].probEmpty(sub);
      }
      inst[l] = uint64_t(ratio * double(inst[l]));
    }
  }
}

void spatialImpact(EvalState &st, OptState &os, unsigned level,
                   const ActionOptionSpec &opt) {
  unsigned target = opt.target;
  int child = int(level) - 1;
  for (; child >= 0; --child)
    if (st.tiles[target][child].kept)
      break;
  std::map<unsigned, double> perDim;
  double innermostRatio = 1.0;
  bool haveInnermost = false;
  unsigned begin = level ? st.levelEnd[level - 1] : 0;
  for (unsigned i = begin; i < st.levelEnd[level]; ++i) {
    const FlatLoop &lp = st.loops[i];
    if (!lp.spatial() || lp.bound <= 1)
      continue;
    for (unsigned cond : opt.conditionOn) {
      if (!st.relevant(cond, lp.dim))
        continue;
      unsigned in = level;
      while (in < st.numLevels && !st.tiles[cond][in].kept)
        ++in;
      if (in == st.numLevels || !st.tiles[cond][in].hasMetadata) {
        perDim[lp.dim] = 1.0;
        continue;
      }
      std::vector<int64_t> mold = st.boundsBelow(i);
      bool coIter = st.relevant(target, lp.dim) && st.relevant(cond, lp.dim);
      if (child != -1 && coIter) {
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
      uint64_t sub = st.projectSize(cond, mold);
      perDim[lp.dim] = 1.0 - st.leaderDensities[cond].probEmpty(sub);
      if (!haveInnermost) {
        innermostRatio = perDim[lp.dim];
        haveInnermost = true;
      }
    }
  }
  // An instance is skipped when its own leader tile is empty: the
  // compaction is the non-empty probability of the innermost spatial
  // loop's sub-tile (the per-instance tile), not a product over loops,
  // which would count instances of already empty groups twice.
  double ratio = 1.0;
  if (!perDim.empty())
    ratio = innermostRatio;
  uint64_t &inst = os.instances[target][level];
  inst = uint64_t(std::ceil(ratio * double(inst)));
  os.spatial[level][target] = 1;
}

void summarizeSpatial(EvalState &st, OptState &os) {
  unsigned nl = st.numLevels;
  for (int l = int(nl) - 2; l >= 0; --l) {
    uint64_t maxInst = os.instances[0][l + 1];
    for (unsigned ds = 0; ds < st.numDS; ++ds)
      maxInst = std::max(maxInst, os.instances[ds][l + 1]);
    for (unsigned ds = 0; ds < st.numDS; ++ds)
      st.tiles[ds][l].effectiveReplication = double(maxInst);
    double reduction = double(maxInst) / double(st.tiles[0][l].replication);
    if (reduction != 1.0)
      for (int in = l - 1; in >= -1; --in)
        for (unsigned ds = 0; ds < st.numDS; ++ds)
          os.instances[ds][in + 1] =
              uint64_t(double(os.instances[ds][in + 1]) * reduction);
  }
  uint64_t maxInst = os.instances[0][0];
  for (unsigned ds = 0; ds < st.numDS; ++ds)
    maxInst = std::max(maxInst, os.instances[ds][0]);
  st.computeEffectiveReplication = double(maxInst);

  std::vector<double> upper(st.numDS, 0.0);
  for (int l = int(nl) - 1; l >= 0; --l)
    for (unsigned ds = 0; ds < st.numDS; ++ds) {
      if (!os.spatial[l][ds])
        continue;
      double cur = l != 0 ? 1.0 - st.tiles[ds][l - 1].effectiveReplication /
                                      double(st.tiles[ds][l - 1].replication)
                          : 1.0 - st.computeEffectiveReplication /
                                      double(st.computeReplication);
      if (upper[ds] <= cur)
        os.spatialProb[l][ds] = 1.0 - (1.0 - cur) / (1.0 - upper[ds]);
      upper[ds] = cur;
    }
}

void scaleFormat(RankCounts &rc, double p, unsigned upTo) {
  for (unsigned r = 0; r < rc.size() && r <= upTo; ++r) {
    rc[r][0] -= std::floor(rc[r][0] * p);
    rc[r][1] -= std::floor(rc[r][1] * p);
  }
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
        double ratio = double(alg[op]) / double(t.shape);
        for (unsigned r = 0; r < t.expectedMetadata.size(); ++r)
          for (int u = 0; u < 2; ++u)
            t.fmt[Random][op][r][u] =
                ceilTolerant(t.expectedMetadata[r][u] * ratio);
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

  // Propagate each saving down the subtree it chops off, and to compute.
  double computes = double(st.computeReplication) * double(st.computeOps);
  for (unsigned ds = 0; ds < nds; ++ds) {
    bool rw = spec.workload.dataSpaces[ds].readWrite;
    for (int l = int(nl) - 1; l >= 0; --l) {
      if (!os.gate[l][ds] && !os.skip[l][ds] && !os.spatial[l][ds])
        continue;
      double p = 0;
      if (os.gate[l][ds] || os.skip[l][ds])
        p = os.prob[l][ds];
      if (os.spatial[l][ds])
        p += (1 - p) * os.spatialProb[l][ds];
      const TileRecord &src = st.tiles[ds][l];
      for (int in = l - 1; in >= 0; --in) {
        TileRecord &t = st.tiles[ds][in];
        if (!t.kept)
          continue;
        t.fg[Random][Read] -= std::floor(t.fg[Random][Read] * p);
        t.fg[Random][Fill] -= std::floor(t.fg[Random][Fill] * p);
        if (src.hasMetadata) {
          unsigned upTo = src.fmt[Random][Read].empty()
                              ? 0
                              : src.fmt[Random][Read].size() - 1;
          scaleFormat(t.fmt[Random][Read], p, upTo);
          scaleFormat(t.fmt[Random][Fill], p, upTo);
          if (rw) {
            t.fg[Random][Update] -= std::floor(t.fg[Random][Read] * p);
            scaleFormat(t.fmt[Random][Update], p, ~0u);
          }
        }
      }
      if (rw)
        continue;
      if (src.kept && src.child >= 0) {
        computes -= std::floor(computes * p);
      } else if (!os.scalarGate[l][ds] && !os.scalarSkip[l][ds]) {
        computes -= std::floor(computes * p);
      } else {
        os.scalarStorageOpt[ds] = 1;
      }
    }
  }

  // Per-level gated/skipped split.
  for (unsigned ds = 0; ds < nds; ++ds) {
    bool rw = spec.workload.dataSpaces[ds].readWrite;
    for (unsigned l = 0; l < nl; ++l) {
      TileRecord &t = st.tiles[ds][l];
      if (!t.kept)
        continue;
      if (os.gate[l][ds] || os.skip[l][ds]) {
        int kind = os.gate[l][ds] ? Gated : Skipped;
        double p = os.prob[l][ds];
        double &reads = t.fg[Random][Read];
        double delta = rw ? std::ceil(reads * p) : std::floor(reads * p);
        t.fg[kind][Read] += delta;
        reads -= delta;
        double &updates = t.fg[Random][Update];
        double du = std::floor(updates * p);
        t.fg[kind][Update] += du;
        updates -= du;
        unsigned childRanks =
            t.child >= 0 ? st.tiles[ds][t.child].ranks.size() : t.ranks.size();
        if (!t.hasMetadata)
          childRanks = 0;
        for (unsigned r = 0; r < childRanks && r < t.fmt[Random][Read].size();
             ++r)
          for (int u = 0; u < 2; ++u) {
            double dr = std::floor(t.fmt[Random][Read][r][u] * p);
            t.fmt[Random][Read][r][u] -= dr;
            t.fmt[kind][Read][r][u] += dr;
            double dup = std::floor(t.fmt[Random][Update][r][u] * p);
            t.fmt[Random][Update][r][u] -= dup;
            t.fmt[kind][Update][r][u] += dup;
          }
      }
      if (rw && t.updates)
        t.temporalReductions = std::ceil(
            t.temporalReductions * t.fg[Random][Update] / double(t.updates));
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

  // Compute: two operands, each existing-non-zero, existing-zero or absent.
  std::vector<unsigned> operands;
  for (unsigned ds = 0; ds < nds; ++ds)
    if (!spec.workload.dataSpaces[ds].readWrite)
      operands.push_back(ds);
  double random = computes, gated = 0, skipped = 0, nonexistent = 0;
  if (operands.size() == 2) {
    double enz[2], ez[2], ne[2];
    for (int i = 0; i < 2; ++i) {
      unsigned ds = operands[i];
      const TileRecord *inner = nullptr;
      for (unsigned l = 0; l < nl && !inner; ++l)
        if (st.tiles[ds][l].kept)
          inner = &st.tiles[ds][l];
      // A tile conditioned on being non-empty (fed by a compressed parent)
      // presents only non-zeros to the compute unit.
      double d = inner && inner->conditionedNonEmpty ? inner->expectedDensity
                 : spec.workload.densities[ds].kind == DensityKind::Dense
                     ? 1.0
                     : spec.workload.densities[ds].density;
      bool md = inner && inner->hasMetadata;
      enz[i] = d;
      ez[i] = md ? 0 : 1 - d;
      ne[i] = md ? 1 - d : 0;
    }
    bool a = os.scalarStorageOpt[operands[0]],
         b = os.scalarStorageOpt[operands[1]];
    double P[3][3] = {}; // [a state][b state]: 0 ENZ, 1 EZ, 2 NE
    double sa[3] = {enz[0], ez[0], ne[0]}, sb[3] = {enz[1], ez[1], ne[1]};
    if (a && b) {
      P[0][0] = enz[0] * enz[1];
      P[2][2] = 1 - P[0][0];
    } else if (a) {
      P[0][0] = enz[0] * enz[1];
      P[1][0] = ez[0] * enz[1];
      P[2][0] = ne[0] * enz[1];
      P[2][2] = ne[1] + ez[1];
    } else if (b) {
      P[0][0] = enz[0] * enz[1];
      P[0][1] = enz[0] * ez[1];
      P[0][2] = enz[0] * ne[1];
      P[2][2] = ne[0] + ez[0];
    } else {
      for (int i = 0; i < 3; ++i)
        for (int j = 0; j < 3; ++j)
          P[i][j] = sa[i] * sb[j];
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
