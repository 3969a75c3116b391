//===- MicroArchitecture.cpp - Step 3: capacity, bandwidth, energy --------===//
//
// Thesis §4.7. Scalar accesses become vector accesses of `block_size` words
// (metadata packs into `metadata_storage_width`-bit words); every vector
// action costs its ERT energy; the slowest level's bandwidth demand
// stretches the compute cycles; a tile (with its metadata) that does not fit
// its buffer makes the mapping invalid.
//
//===----------------------------------------------------------------------===//

#include "EvalState.h"

#include <algorithm>
#include <cmath>
#include <map>

using namespace sparseaccel::model;

namespace {

/// Density thresholds (tile shape / block size) below which the number of
/// vector accesses of a compressed tile must account for partially filled
/// blocks. Sparseloop's table, indexed by block size then density decile.
const std::map<unsigned, std::array<double, 10>> kVectorWidthThresholds = {
    {2, {251, 125, 84, 63, 51, 42, 36, 32, 28, 1}},
    {4, {375, 188, 125, 94, 75, 63, 54, 47, 42, 1}},
    {8, {438, 219, 146, 110, 88, 73, 63, 55, 49, 1}},
    {16, {469, 235, 157, 118, 94, 79, 67, 59, 52, 1}},
    {32, {485, 243, 162, 122, 97, 81, 70, 61, 52, 1}},
};

double blockRatio(const EvalState &st, unsigned ds, const TileRecord &t,
                  unsigned block) {
  double d = t.expectedDensity;
  if (!t.compressed || t.shape == 0 || block <= 1 || d >= 1.0)
    return 1.0;
  // Timeloop tabulates 2-32 only (and stops on other widths); the oracle
  // build, like this model, uses the widest tabulated width not above the
  // block (shared/oracle: TIMELOOP_VW_FALLBACK).
  auto it = kVectorWidthThresholds.upper_bound(block);
  if (it == kVectorWidthThresholds.begin())
    return 1.0;
  --it;
  unsigned idx = d >= 0.1 ? unsigned(std::floor(d / 0.1)) - 1 : 0;
  if (it->second[std::min(idx, 9u)] <= double(t.shape / block))
    return 1.0;
  double total = 0;
  for (uint64_t nnz = 1; nnz <= t.shape; ++nnz)
    total +=
        std::ceil(double(nnz) / block) * st.densities[ds].prob(t.shape, nnz);
  double naive = double(t.shape) * d / block;
  return naive > 0 ? total / naive : 1.0;
}

double formatBits(const RankCounts &rc, const TileRecord &t) {
  double bits = 0;
  for (unsigned r = 0; r < rc.size() && r < t.ranks.size(); ++r)
    bits += rc[r][0] * t.ranks[r].format.metadataBits +
            rc[r][1] * t.ranks[r].format.payloadBits;
  return bits;
}

/// Whether spatial skipping leaves some of level l's instances idle for
/// some tensor (the mesh then bounds the expansion after skipping, which
/// checkSkippedFanouts checks).
bool thinned(const EvalState &st, unsigned l) {
  for (unsigned ds = 0; ds < st.numDS; ++ds)
    if (st.tiles[ds][l].effectiveReplication <
        double(st.tiles[ds][l].replication))
      return true;
  return false;
}

/// The spatial loops above `end` fan out along the mesh of the level below
/// them: their X (Y) factors must fit its meshX (meshY). Spatial skipping
/// compacts the fan-out, so a level it thins is only held to its instance
/// count.
void checkMesh(EvalState &st, unsigned end, const std::string &name,
               unsigned meshX, unsigned meshY, bool thinned) {
  if (thinned)
    return;
  uint64_t x = 1, y = 1;
  for (unsigned i = end; i < st.loops.size(); ++i) {
    if (st.loops[i].kind == LoopKind::SpatialX)
      x *= st.loops[i].bound;
    else if (st.loops[i].kind == LoopKind::SpatialY)
      y *= st.loops[i].bound;
  }
  if (x > meshX)
    st.fail(name + ": spatial X fan-out " + std::to_string(x) +
            " exceeds meshX " + std::to_string(meshX));
  else if (y > meshY)
    st.fail(name + ": spatial Y fan-out " + std::to_string(y) +
            " exceeds meshY " + std::to_string(meshY));
}

/// With spatial skipping anywhere in the design, the public Timeloop holds
/// each level's own X and Y fan-out, shrunk by what sparsity lets it skip,
/// to the hardware's fan-out below that level (storage-gs-analyzer.cpp:
/// InitializeSpatialInstances, CalculateSpatialOptimizationImpact,
/// SummarizeAndPropagateSpatialCapacityReduction). The mapping fails if any
/// tensor's shrunk fan-out does not fit.
void checkSkippedFanouts(EvalState &st) {
  const ArchitectureSpec &a = st.spec.arch;
  unsigned nl = st.numLevels;
  if (st.spatialMaxX.empty())
    return;
  for (unsigned ds = 0; ds < st.numDS; ++ds)
    for (unsigned s = 0; s < nl; ++s) {
      uint64_t childX = s == 0 ? a.compute.meshX : a.levels[s - 1].meshX;
      uint64_t childY = s == 0 ? a.compute.meshY : a.levels[s - 1].meshY;
      uint64_t fanX = childX / std::max(1u, a.levels[s].meshX);
      uint64_t fanY = childY / std::max(1u, a.levels[s].meshY);
      uint64_t needX =
          uint64_t(st.spatialMaxX[ds][s] / st.spatialMaxX[ds][s + 1]);
      uint64_t needY =
          uint64_t(st.spatialMaxY[ds][s] / st.spatialMaxY[ds][s + 1]);
      if (needX > fanX || needY > fanY) {
        bool isX = needX > fanX;
        st.fail(a.levels[s].name + ": spatial " + (isX ? "X" : "Y") +
                " fan-out " + std::to_string(isX ? needX : needY) + " for " +
                st.spec.workload.dataSpaces[ds].name +
                " (after skipping) exceeds "
                "the hardware's " +
                std::to_string(isX ? fanX : fanY) + " below it");
        return;
      }
    }
}

/// The stats of a tensor streamed through level `l` (read there and filled
/// there once per access, never kept). It moves as its nearest kept child
/// receives it: the child's actual share of its fills scales the dense
/// pass-through. Returns the accesses per instance that pass through.
double streamedStats(const EvalState &st, unsigned ds, unsigned l,
                     TensorLevelStats &ts) {
  const TileRecord &t = st.tiles[ds][l];
  const StorageLevelSpec &ls = st.spec.arch.levels[l];
  double share = 1.0;
  for (int c = int(l) - 1; c >= 0; --c)
    if (st.tiles[ds][c].kept) {
      const TileRecord &child = st.tiles[ds][c];
      if (child.fills)
        share = child.fg[0][1] / double(child.fills);
      break;
    }
  ts.streamed = true;
  ts.utilizedInstances = t.effectiveReplication;
  ts.reads = ts.fills = uint64_t(std::llround(t.streamedAccesses));
  double actual = std::round(t.streamedAccesses * share);
  ts.actual[0] = ts.actual[1] = actual;
  unsigned block = ls.blockSize;
  double vec = double((uint64_t(actual) + block - 1) / block);
  ts.vectorAccesses[unsigned(StorageOp::RandomRead)] = vec;
  ts.vectorAccesses[unsigned(StorageOp::RandomFill)] = vec;
  ts.energyPerInstance = vec * (ls.opEnergy[unsigned(StorageOp::RandomRead)] +
                                ls.opEnergy[unsigned(StorageOp::RandomFill)]);
  ts.energy = ts.energyPerInstance * ts.utilizedInstances;
  return actual;
}

} // namespace

void sparseaccel::model::analyzeMicroArchitecture(EvalState &st) {
  checkSkippedFanouts(st);
  const ModelSpec &spec = st.spec;
  EvalResult &res = st.result;
  ComputeStats &cs = res.compute;
  cs.algorithmic = st.computeReplication * st.computeOps;
  cs.actual = st.computeRandom;
  cs.gated = st.computeGated;
  cs.skipped = st.computeSkipped;
  cs.utilizedInstances = uint64_t(st.computeEffectiveReplication);
  const ComputeSpec &cspec = spec.arch.compute;
  if (cs.utilizedInstances > cspec.instances)
    st.fail(cspec.name + ": mapping uses " +
            std::to_string(cs.utilizedInstances) + " compute instances but " +
            std::to_string(cspec.instances) + " exist");
  else
    checkMesh(st, 0, cspec.name, cspec.meshX, cspec.meshY,
              st.computeEffectiveReplication < double(st.computeReplication));
  uint64_t busy = uint64_t(cs.actual + cs.gated);
  // Timeloop keeps the average number of busy compute instances as an
  // integer: below one it divides by zero and reports 2^63 cycles. Such a
  // mapping (a fan-out that spatial skipping leaves mostly idle) has no
  // meaningful cost on either side, so it is refused.
  if (busy > 0 && cs.utilizedInstances == 0 && st.result.success)
    st.fail(cspec.name + ": spatial skipping leaves " +
            std::to_string(st.computeEffectiveReplication) +
            " compute instances busy on average (below one, which Timeloop "
            "cannot evaluate)");
  if (st.computeTimeScale != 1.0)
    busy = std::max<uint64_t>(busy, uint64_t(std::ceil(double(cs.algorithmic) *
                                                       st.computeTimeScale)));
  cs.cycles = cs.utilizedInstances
                  ? (busy + cs.utilizedInstances - 1) / cs.utilizedInstances
                  : 0;
  cs.energy = cs.actual * cspec.randomEnergy + cs.gated * cspec.gatedEnergy +
              cs.skipped * cspec.skippedEnergy;
  res.cycles = cs.cycles;
  res.energy = cs.energy;
  double computeCycles = double(std::max<uint64_t>(cs.cycles, 1));

  res.levels.resize(st.numLevels);
  for (unsigned l = 0; l < st.numLevels; ++l) {
    const StorageLevelSpec &ls = spec.arch.levels[l];
    LevelStats &out = res.levels[l];
    out.name = ls.name;
    out.tensors.resize(st.numDS);
    double capacity = 0, mdBits = 0, readBw = 0, writeBw = 0;
    double usedInstances = 0;
    for (unsigned ds = 0; ds < st.numDS; ++ds) {
      const TileRecord &t = st.tiles[ds][l];
      TensorLevelStats &ts = out.tensors[ds];
      ts.kept = t.kept;
      if (!t.kept) {
        if (t.streamed) {
          double passed = streamedStats(st, ds, l, ts);
          out.energy += ts.energy;
          readBw += passed / computeCycles;
          writeBw += passed / computeCycles;
        }
        continue;
      }
      ts.tileShape = t.shape;
      ts.partitionSize = t.partition;
      ts.utilizedCapacity = t.compressed ? t.maxOccupancy : t.shape;
      ts.utilizedInstances = t.effectiveReplication;
      usedInstances = std::max(usedInstances, ts.utilizedInstances);
      ts.expectedDensity = t.expectedDensity;
      ts.reads = t.reads;
      ts.fills = t.fills;
      ts.updates = t.updates;
      for (int op = 0; op < 3; ++op) {
        ts.actual[op] = t.fg[0][op];
        ts.gated[op] = t.fg[1][op];
        ts.skipped[op] = t.fg[2][op];
        ts.formatActual[op] = t.fmt[0][op];
        ts.formatGated[op] = t.fmt[1][op];
        ts.formatSkipped[op] = t.fmt[2][op];
      }
      ts.temporalReductions = t.temporalReductions;
      ts.decompressions = t.decompressions;
      ts.compressions = t.compressions;
      if (t.hasMetadata) {
        ts.formatName.clear();
        for (int r = int(t.ranks.size()) - 1; r >= 0; --r) {
          ts.formatName += toString(t.ranks[r].format.format).lower();
          ts.formatName += r ? " " : "";
        }
        for (const auto &rc : t.maxMetadata)
          ts.formatCapacity.push_back({std::ceil(rc[0]), std::ceil(rc[1])});
        for (const RankModel &r : t.ranks)
          ts.formatWordBits.push_back(
              {double(r.format.metadataBits), double(r.format.payloadBits)});
      }
      capacity += double(ts.utilizedCapacity);
      if (t.hasMetadata)
        mdBits += std::ceil(formatBits(t.maxMetadata, t));

      // Vector accesses and energy.
      unsigned block = ls.blockSize;
      double ratio = blockRatio(st, ds, t, block);
      static const StorageOp dataOps[3][3] = {
          {StorageOp::RandomRead, StorageOp::RandomFill,
           StorageOp::RandomUpdate},
          {StorageOp::GatedRead, StorageOp::GatedFill, StorageOp::GatedUpdate},
          {StorageOp::SkippedRead, StorageOp::SkippedFill,
           StorageOp::SkippedUpdate}};
      static const StorageOp mdOps[3][3] = {
          {StorageOp::RandomMetadataRead, StorageOp::RandomMetadataFill,
           StorageOp::RandomMetadataUpdate},
          {StorageOp::GatedMetadataRead, StorageOp::GatedMetadataFill,
           StorageOp::GatedMetadataUpdate},
          {StorageOp::SkippedMetadataRead, StorageOp::SkippedMetadataFill,
           StorageOp::SkippedMetadataUpdate}};
      double bits[3][3] = {};
      for (int k = 0; k < 3; ++k)
        for (int op = 0; op < 3; ++op) {
          uint64_t scalar = uint64_t(t.fg[k][op]);
          double vec = double((scalar + block - 1) / block) * ratio;
          ts.vectorAccesses[unsigned(dataOps[k][op])] = vec;
          bits[k][op] = formatBits(t.fmt[k][op], t);
          ts.vectorAccesses[unsigned(mdOps[k][op])] =
              ls.metadataStorageWidth
                  ? std::ceil(bits[k][op] / ls.metadataStorageWidth)
                  : 0;
        }
      ts.vectorAccesses[unsigned(StorageOp::Decompression)] = t.decompressions;
      ts.vectorAccesses[unsigned(StorageOp::Compression)] = t.compressions;
      double e = 0;
      for (unsigned op = 0; op < kNumStorageOps; ++op)
        e += ts.vectorAccesses[op] * ls.opEnergy[op];
      ts.energyPerInstance = e;
      ts.energy = e * double(ts.utilizedInstances);
      out.energy += ts.energy;

      // Bandwidth demand per instance, in words per compute cycle.
      double reads = t.fg[0][0] + t.fg[1][0];
      double writes = t.fg[0][1] + t.fg[1][1] + t.fg[0][2] + t.fg[1][2];
      double readBits = bits[0][0] + bits[1][0];
      double writeBits = bits[0][1] + bits[1][1] + bits[0][2] + bits[1][2];
      reads += std::floor(uint64_t(readBits) / ls.wordBits);
      writes += std::floor(uint64_t(writeBits) / ls.wordBits);
      // Instances that hold a tile only part of the time (empty tiles,
      // spatial skipping) spread the demand over all of them (Timeloop's
      // buffer.cpp: the average, not the peak, per instance).
      if (t.effectiveReplication > 0 &&
          t.effectiveReplication < double(t.replication)) {
        double spread = double(t.replication) / t.effectiveReplication;
        reads = std::ceil(std::floor(reads) / spread);
        writes = std::ceil(std::floor(writes) / spread);
      }
      readBw += reads / computeCycles;
      writeBw += writes / computeCycles;
    }
    if (ls.size) {
      if (capacity > double(ls.effectiveSize()))
        st.fail(ls.name + ": tiles need " + std::to_string(uint64_t(capacity)) +
                " words but the buffer holds " +
                std::to_string(ls.effectiveSize()));
      else if (mdBits > double(ls.effectiveMetadataBits()))
        st.fail(ls.name + ": metadata needs " +
                std::to_string(uint64_t(mdBits)) +
                " bits but the metadata buffer holds " +
                std::to_string(ls.effectiveMetadataBits()));
    }
    if (usedInstances > ls.instances)
      st.fail(ls.name + ": mapping uses " +
              std::to_string(uint64_t(std::ceil(usedInstances))) +
              " instances but " + std::to_string(ls.instances) + " exist");
    else
      checkMesh(st, st.levelEnd[l], ls.name, ls.meshX, ls.meshY,
                thinned(st, l));
    double slowdown = 1.0;
    if (ls.readBandwidth && *ls.readBandwidth < readBw)
      slowdown = std::min(slowdown, *ls.readBandwidth / readBw);
    if (ls.writeBandwidth && *ls.writeBandwidth < writeBw)
      slowdown = std::min(slowdown, *ls.writeBandwidth / writeBw);
    out.slowdown = slowdown;
    out.cycles = uint64_t(std::ceil(double(cs.cycles) / slowdown));
    res.cycles = std::max(res.cycles, out.cycles);
    res.energy += out.energy;
  }
}
