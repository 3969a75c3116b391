//===- Executor.cpp - Run an accelerator program on data ------------------===//
//
// Functional execution plus the timing model of docs/isa.md. DRAM reads
// and writes each move `dramBytesPerCycle`, the GLB `glbBytesPerCycle`
// per direction. A MatMul runs its tile of the problem: functionally over
// the stored entries of the packed weights; for timing it walks the
// GLB-level loops of its nest, counting a GLB (or, for a tensor the GLB
// does not keep, DRAM) transfer whenever the step of a tensor changes;
// `lanes` MACs each take one stored weight entry and one X row per cycle
// (unstored rank-1 blocks are skipped, zeros of X gate). Everything
// between barriers overlaps (double buffering): a phase costs its
// slowest resource.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Sim/Executor.h"

#include <algorithm>
#include <cmath>

using namespace sparseaccel::sim;

namespace {

/// Per-rank layout of a packed operand: the pattern's period, entries and
/// metadata bits per group, so that any group can be decoded directly.
struct GroupLayout {
  uint64_t period = 1, stored = 1;
  std::vector<uint64_t> blockSize, entriesPerGroup, bitsPerGroup;
  std::vector<unsigned> coordBits;
  uint64_t metadataBitsPerGroup = 0;

  explicit GroupLayout(const PackedHss &w) {
    size_t r = w.ranks.size();
    blockSize.assign(r + 1, 1);
    for (size_t i = 0; i < r; ++i)
      blockSize[i + 1] = blockSize[i] * w.ranks[i].second;
    period = blockSize[r];
    entriesPerGroup.assign(r, 1);
    bitsPerGroup.assign(r, 0);
    coordBits.assign(r, 0);
    uint64_t entries = 1;
    for (size_t i = r; i-- > 0;) {
      entries *= w.ranks[i].first;
      entriesPerGroup[i] = entries;
      coordBits[i] = coordinateBits(w.ranks[i].second);
      bitsPerGroup[i] = entries * coordBits[i];
      metadataBitsPerGroup += bitsPerGroup[i];
    }
    stored = entries;
  }

  /// Appends the stored (k, value) pairs of group `g` of row `row`.
  void decode(const PackedHss &w, uint64_t row, uint64_t g,
              std::vector<uint32_t> &ks, std::vector<float> &vs) const {
    uint64_t global = row * (w.k / period) + g;
    std::vector<uint64_t> pos(w.ranks.size());
    for (size_t r = 0; r < w.ranks.size(); ++r)
      pos[r] = global * bitsPerGroup[r];
    uint64_t value = global * stored;
    auto walk = [&](auto &self, size_t r, uint64_t start) -> void {
      for (unsigned i = 0; i < w.ranks[r].first; ++i) {
        uint64_t j = w.metadata[r].read(pos[r], coordBits[r]);
        if (r == 0) {
          ks.push_back(uint32_t(start + j));
          vs.push_back(w.payload[value++]);
        } else {
          self(self, r - 1, start + j * blockSize[r]);
        }
      }
    };
    walk(walk, w.ranks.size() - 1, g * period);
  }
};

} // namespace

bool sparseaccel::sim::execute(const Program &p,
                               std::vector<std::vector<double>> &tensors,
                               SimStats &stats, std::string &error) {
  if (!validate(p, error))
    return false;
  tensors.resize(p.tensors.size());
  for (size_t t = 0; t < p.tensors.size(); ++t) {
    uint64_t n = p.tensors[t].elements();
    if (p.tensors[t].kind != TensorKind::Input)
      tensors[t].assign(n, 0.0f);
    else if (tensors[t].size() != n) {
      error = "input '" + p.tensors[t].name + "' has " +
              std::to_string(tensors[t].size()) + " values, the program " +
              "expects " + std::to_string(n);
      return false;
    } else if (p.tensors[t].dtype != DType::F32) {
      double lo = p.tensors[t].dtype == DType::I8 ? -128.0 : -2147483648.0,
             hi = p.tensors[t].dtype == DType::I8 ? 127.0 : 2147483647.0;
      for (size_t i = 0; i < n; ++i)
        if (!(tensors[t][i] >= lo && tensors[t][i] <= hi) ||
            tensors[t][i] != std::floor(tensors[t][i])) {
          error = "input '" + p.tensors[t].name + "' element " +
                  std::to_string(i) + " is not an " +
                  (p.tensors[t].dtype == DType::I8 ? "i8" : "i32");
          return false;
        }
    } else {
      // f32 storage.
      for (double &v : tensors[t])
        v = double(float(v));
    }
  }
  // Weights that arrive as inputs are packed now; a pattern they break is
  // an error before anything runs.
  std::vector<WeightBlob> blobs;
  if (!packRuntimeWeights(p, tensors, blobs, error))
    return false;
  auto ceilDiv = [](uint64_t a, uint64_t b) { return (a + b - 1) / b; };
  const uint64_t wordBits = p.wordBits;
  // Phase accumulators, in bits for traffic.
  uint64_t dramRead = 0, dramWrite = 0, glbRead = 0, glbWrite = 0, compute = 0;
  auto endPhase = [&] {
    uint64_t dma =
        std::max(ceilDiv(dramRead, 8 * uint64_t(p.dramBytesPerCycle)),
                 ceilDiv(dramWrite, 8 * uint64_t(p.dramBytesPerCycle)));
    uint64_t glb = 0;
    if (p.glbBytesPerCycle)
      glb = std::max(ceilDiv(glbRead, 8 * uint64_t(p.glbBytesPerCycle)),
                     ceilDiv(glbWrite, 8 * uint64_t(p.glbBytesPerCycle)));
    stats.cycles += std::max({dma, glb, compute});
    stats.dmaCycles += dma;
    stats.glbCycles += glb;
    stats.computeCycles += compute;
    stats.dramReadBytes += dramRead / 8;
    stats.dramWriteBytes += dramWrite / 8;
    stats.glbReadBytes += glbRead / 8;
    stats.glbWriteBytes += glbWrite / 8;
    dramRead = dramWrite = glbRead = glbWrite = compute = 0;
  };
  struct Frame {
    size_t start;
    uint64_t count, iter;
    uint8_t tag;
  };
  std::vector<Frame> loops;
  const LoopNest *cfg = nullptr;
  // The current tile of dimension d: mixed radix over the loops tagged d.
  auto tileIndex = [&](unsigned d) {
    uint64_t idx = 0;
    for (const Frame &f : loops)
      if (f.tag == d)
        idx = idx * f.count + f.iter;
    return idx;
  };
  auto keeps = [&](unsigned bit) { return (cfg->glbKeeps >> bit) & 1; };
  // Bits of tensor t's current tile along (rows dimension 0, columns d).
  auto tileBits = [&](uint32_t t, unsigned d) {
    const TensorDecl &decl = p.tensors[t];
    uint32_t total[3] = {cfg->m, cfg->n, cfg->k};
    uint64_t all = decl.elements() * wordBits;
    return all / (uint64_t(cfg->batch) * total[0] * total[d]) * cfg->tile[0] *
           cfg->tile[d];
  };
  // What the buffers below the GLB hold (absolute step coordinates), for
  // the walk of the current nest, and which Z steps hold partial sums.
  struct Below {
    int64_t x[2] = {-1, -1}, w[2] = {-1, -1}, z[2] = {-1, -1};
    std::vector<bool> zVisited;
  } below;
  // A Z step still held below is written back when the nest ends.
  auto flushBelow = [&] {
    if (cfg && ((cfg->heldBelow >> 2) & 1) && below.z[0] >= 0)
      (keeps(2) ? glbWrite : dramWrite) +=
          uint64_t(cfg->step[0]) * cfg->step[1] * wordBits;
    below = Below();
    if (cfg)
      below.zVisited.assign(uint64_t(cfg->batch) * (cfg->m / cfg->step[0]) *
                                (cfg->n / cfg->step[1]),
                            false);
  };
  // Block-CSR X: the non-zeros of the current (M, K) tile plus the start
  // and end addresses of each block (an NCHW input: its share of the
  // tensor's non-zeros).
  auto compressedXBits = [&](uint32_t t, uint64_t denseBits) {
    const TensorDecl &d = p.tensors[t];
    const std::vector<double> &v = tensors[t];
    uint64_t tm = cfg->tile[0], tk = cfg->tile[2];
    uint64_t blocks = tm * (tk / cfg->xBlock);
    uint64_t nz = 0;
    if (d.shape.size() == 2 && d.shape[0] == cfg->m && d.shape[1] == cfg->k) {
      uint64_t m0 = tileIndex(0) * tm, k0 = tileIndex(2) * tk;
      for (uint64_t m = m0; m < m0 + tm; ++m)
        for (uint64_t k = k0; k < k0 + tk; ++k)
          nz += v[m * cfg->k + k] != 0.0;
      return nz * wordBits + blocks * cfg->xBlockMetaBits;
    }
    for (double x : v)
      nz += x != 0.0;
    return uint64_t(double(denseBits) * double(nz) / double(v.size())) +
           blocks * cfg->xBlockMetaBits;
  };
  std::vector<uint32_t> ks;
  std::vector<float> vs;
  std::vector<int64_t> wInt;
  // 32-bit accumulators wrap: integer results are kept exact in doubles
  // (up to 2^53) and wrapped once at the end.
  auto wrapIntegers = [&] {
    for (size_t t = 0; t < p.tensors.size(); ++t)
      if (p.tensors[t].dtype == DType::I32)
        for (double &v : tensors[t])
          v = double(int32_t(uint32_t(uint64_t(int64_t(v)))));
  };
  for (size_t pc = 0; pc < p.code.size(); ++pc) {
    const Instruction &in = p.code[pc];
    ++stats.instructions;
    switch (in.op) {
    case Opcode::Config:
      flushBelow();
      cfg = &p.nests[in.a];
      flushBelow();
      break;
    case Opcode::Init: {
      const TensorDecl &to = p.tensors[in.a], &from = p.tensors[in.b];
      if (to.shape == from.shape) {
        tensors[in.a] = tensors[in.b];
      } else {
        // NCHW -> rows (n, oh, ow) x F: the inverse of RowsToNCHW.
        uint64_t f = from.shape[1],
                 hw = uint64_t(from.shape[2]) * from.shape[3];
        const std::vector<double> &src = tensors[in.b];
        std::vector<double> &dst = tensors[in.a];
        for (uint64_t row = 0; row < to.shape[0]; ++row)
          for (uint64_t ch = 0; ch < f; ++ch)
            dst[row * f + ch] = src[((row / hw) * f + ch) * hw + row % hw];
      }
      uint64_t bits = p.tensors[in.b].elements() * wordBits;
      dramRead += bits;
      glbWrite += bits;
      break;
    }
    case Opcode::Zero:
      std::fill(tensors[in.a].begin(), tensors[in.a].end(), 0.0f);
      break;
    case Opcode::LoadWeights: {
      const PackedHss &w = blobs[in.a].packed;
      uint64_t bits = w.totalBits();
      if (in.r0) {
        GroupLayout layout(w);
        uint64_t groups =
            uint64_t(cfg->tile[1]) * (cfg->tile[2] / layout.period);
        bits = groups *
               (layout.stored * w.valueBits + layout.metadataBitsPerGroup);
      }
      dramRead += bits;
      if (!in.r0 || keeps(1))
        glbWrite += bits;
      break;
    }
    case Opcode::Load:
    case Opcode::Store: {
      bool load = in.op == Opcode::Load;
      uint64_t bits = p.tensors[in.a].elements() * wordBits;
      bool viaGlb = true;
      if (in.r0 == 1) {
        bits = tileBits(in.a, 2);
        viaGlb = keeps(0);
        if (cfg->xBlock)
          bits = compressedXBits(in.a, bits);
      } else if (in.r0 >= 2) {
        if (in.r0 == 3 && tileIndex(2) == 0)
          break; // the first K tile starts from zero
        bits = tileBits(in.a, 1);
        viaGlb = keeps(2);
      }
      (load ? dramRead : dramWrite) += bits;
      if (viaGlb)
        (load ? glbWrite : glbRead) += bits;
      break;
    }
    case Opcode::Im2Col: {
      const TensorDecl &x = p.tensors[in.a];
      const ConvGeometry &g = p.convs[in.c];
      uint32_t n = x.shape[0], c = x.shape[1], h = x.shape[2], w = x.shape[3];
      uint32_t oh = convOutputExtent(h, g.kh, g.strideH, g.dilationH),
               ow = convOutputExtent(w, g.kw, g.strideW, g.dilationW);
      uint64_t k = uint64_t(c) * g.kh * g.kw;
      const double *src = tensors[in.a].data();
      double *dst = tensors[in.b].data();
      uint64_t row0 = 0, rows = uint64_t(n) * oh * ow;
      if (in.r0) {
        row0 = tileIndex(0) * cfg->tile[0];
        rows = cfg->tile[0];
      }
      // Column (i * KW + j) * C + ch: channels innermost, so a weight
      // pattern along C stays contiguous along K.
      for (uint64_t row = row0; row < row0 + rows; ++row) {
        uint64_t b = row / (uint64_t(oh) * ow), rem = row % (uint64_t(oh) * ow);
        uint64_t y = rem / ow, xo = rem % ow;
        double *out = dst + row * k;
        for (unsigned i = 0; i < g.kh; ++i)
          for (unsigned j = 0; j < g.kw; ++j) {
            uint64_t iy = y * g.strideH + uint64_t(i) * g.dilationH,
                     ix = xo * g.strideW + uint64_t(j) * g.dilationW;
            for (unsigned ch = 0; ch < c; ++ch)
              *out++ = src[((b * c + ch) * h + iy) * w + ix];
          }
      }
      // Address generation in the GLB: the expansion is read by the
      // arrays as X, which the MatMul counts.
      break;
    }
    case Opcode::RowsToNCHW: {
      const TensorDecl &o = p.tensors[in.b];
      uint64_t f = o.shape[1], hw = uint64_t(o.shape[2]) * o.shape[3];
      const double *src = tensors[in.a].data();
      double *dst = tensors[in.b].data();
      uint64_t row0 = 0, rows = uint64_t(o.shape[0]) * hw;
      if (in.r0) {
        row0 = tileIndex(0) * cfg->tile[0];
        rows = cfg->tile[0];
      }
      for (uint64_t row = row0; row < row0 + rows; ++row) {
        uint64_t b = row / hw, pix = row % hw;
        for (uint64_t ch = 0; ch < f; ++ch)
          dst[(b * f + ch) * hw + pix] = src[row * f + ch];
      }
      break;
    }
    case Opcode::MatMul: {
      const PackedHss &w = blobs[in.a].packed;
      GroupLayout layout(w);
      const LoopNest &c = *cfg;
      uint64_t m0 = tileIndex(0) * c.tile[0], n0 = tileIndex(1) * c.tile[1],
               k0 = tileIndex(2) * c.tile[2];
      uint64_t tm = c.tile[0], tn = c.tile[1], tk = c.tile[2];
      uint64_t cnt[3] = {tm / c.step[0], tn / c.step[1], tk / c.step[2]};
      // Stored entries per (N step, K step) of the tile, for the walk.
      std::vector<uint64_t> storedInStep(cnt[1] * cnt[2], 0);
      // The current product of a batch: its X and Z planes, its blob rows.
      const uint64_t bi = tileIndex(4);
      const double *x = tensors[in.b].data() + bi * c.m * c.k;
      double *z = tensors[in.c].data() + bi * c.m * c.n;
      bool integer = p.tensors[in.c].dtype == DType::I32;
      uint64_t kTotal = c.k, nTotal = c.n;
      uint64_t entries = 0;
      for (uint64_t j = n0; j < n0 + tn; ++j) {
        ks.clear();
        vs.clear();
        for (uint64_t g = k0 / layout.period; g < (k0 + tk) / layout.period;
             ++g)
          layout.decode(w, bi * c.n + j, g, ks, vs);
        entries += ks.size();
        uint64_t sn = (j - n0) / c.step[1];
        for (uint32_t kk : ks)
          ++storedInStep[sn * cnt[2] + (kk - k0) / c.step[2]];
        if (integer) {
          wInt.assign(vs.begin(), vs.end());
        }
        for (uint64_t m = m0; m < m0 + tm; ++m) {
          const double *xr = x + m * kTotal;
          uint64_t effectual = 0;
          double &out = z[m * nTotal + j];
          if (integer) {
            // i8 x i8 products summed exactly (wrapped to 32 bits at the
            // end of the run, as 32-bit accumulators would).
            int64_t acc = 0;
            for (size_t i = 0; i < ks.size(); ++i) {
              int64_t xv = int64_t(xr[ks[i]]), wv = wInt[i];
              acc += xv * wv;
              effectual += (xv != 0) & (wv != 0);
            }
            out += double(acc);
          } else {
            float acc = 0;
            for (size_t i = 0; i < ks.size(); ++i) {
              float xv = float(xr[ks[i]]), wv = vs[i];
              bool live = xv != 0.0f && wv != 0.0f;
              acc += live ? xv * wv : 0.0f;
              effectual += live;
            }
            out = double(float(out) + acc);
          }
          stats.effectual += effectual;
          stats.gated += ks.size() - effectual;
        }
      }
      uint64_t slots = entries * tm;
      stats.macSlots += slots;
      stats.skipped += tm * tn * tk - slots;
      compute += ceilDiv(slots, c.lanes);
      // The GLB-level walk. A tensor held below the GLB moves when its
      // step changes (the buffers below keep their contents across
      // MatMuls); one that is not moves for every use, once per multicast
      // group (the fan-out over the dimension it ignores).
      double metaPerEntry =
          double(layout.metadataBitsPerGroup) / double(layout.stored);
      auto held = [&](unsigned bit) { return (c.heldBelow >> bit) & 1; };
      auto streamed = [&](unsigned bit) { return (c.streamed >> bit) & 1; };
      const uint64_t am = c.step[0], an = c.step[1], ak = c.step[2];
      // Block-CSR X: words per step are its non-zeros plus block addresses.
      std::vector<double> xCompression;
      if (c.xBlock) {
        xCompression.assign(cnt[0] * cnt[2], 0.0);
        for (uint64_t m = 0; m < tm; ++m)
          for (uint64_t k = 0; k < tk; ++k)
            xCompression[(m / am) * cnt[2] + k / ak] +=
                x[(m0 + m) * kTotal + k0 + k] != 0.0;
        double meta = double(am) * double(ak / c.xBlock) *
                      double(c.xBlockMetaBits) / double(wordBits);
        for (double &words : xCompression)
          words = (words + meta) / double(am * ak);
      }
      // Absolute step coordinates of this tile's first step.
      const uint64_t bm = m0 / am, bn = n0 / an, bk = k0 / ak;
      uint64_t s[3];
      const unsigned o0 = c.order[0], o1 = c.order[1], o2 = c.order[2];
      for (s[o2] = 0; s[o2] < cnt[o2]; ++s[o2])
        for (s[o1] = 0; s[o1] < cnt[o1]; ++s[o1])
          for (s[o0] = 0; s[o0] < cnt[o0]; ++s[o0]) {
            uint64_t stored = storedInStep[s[1] * cnt[2] + s[2]];
            // Steps of other products of the batch are other data.
            int64_t xm = int64_t(bi * (c.m / am) + bm + s[0]),
                    xn = int64_t(bi * (c.n / an) + bn + s[1]),
                    zn = int64_t(bn + s[1]), xk = int64_t(bk + s[2]);
            // X: with skipping, not at all for a step whose weights store
            // nothing (the leader is the whole weight tile the arrays use
            // in the step: blocks the VFMU skips inside a step are still
            // fetched, as its aligned GLB reads are).
            double xWords = 0;
            bool xSkipped = c.skipXOnW && stored == 0;
            if (xSkipped)
              xWords = 0;
            else if (!held(0))
              xWords =
                  double(am) * double(an) * double(ak) / double(c.fanout[1]);
            else if (streamed(0) || below.x[0] != xm || below.x[1] != xk)
              xWords =
                  double(am) * double(ak) * (streamed(0) ? c.refetch[0] : 1);
            below.x[0] = xm;
            below.x[1] = xk;
            if (c.xBlock)
              xWords *= xCompression[s[0] * cnt[2] + s[2]];
            (keeps(0) ? glbRead : dramRead) += uint64_t(xWords * wordBits);
            double wEntries = 0;
            if (!held(1))
              wEntries = double(stored) * double(am) / double(c.fanout[0]);
            else if (streamed(1) || below.w[0] != xn || below.w[1] != xk)
              wEntries = double(stored) * (streamed(1) ? c.refetch[1] : 1);
            below.w[0] = xn;
            below.w[1] = xk;
            (keeps(1) ? glbRead : dramRead) +=
                uint64_t(wEntries * (w.valueBits + metaPerEntry));
            // Z goes to the GLB if it keeps Z, else to DRAM; partial sums
            // come back on every visit but the first.
            uint64_t &zRead = keeps(2) ? glbRead : dramRead;
            uint64_t &zWrite = keeps(2) ? glbWrite : dramWrite;
            uint64_t at = uint64_t(xm) * (c.n / an) + uint64_t(zn);
            bool first = !below.zVisited[at];
            below.zVisited[at] = true;
            if (!held(2)) {
              // Every reduction step below updates the level above.
              uint64_t updates = am * an * (ak / c.fanout[2]);
              zWrite += updates * wordBits;
              zRead += (updates - (first ? am * an : 0)) * wordBits;
            } else if (streamed(2) || below.z[0] != xm || below.z[1] != zn) {
              if (below.z[0] >= 0)
                zWrite += am * an * wordBits;
              if (!first)
                zRead += am * an * wordBits;
              below.z[0] = xm;
              below.z[1] = zn;
            }
          }
      break;
    }
    case Opcode::Loop:
      loops.push_back({pc, in.a, 0, in.r0});
      break;
    case Opcode::EndLoop:
      if (++loops.back().iter < loops.back().count)
        pc = loops.back().start;
      else
        loops.pop_back();
      break;
    case Opcode::Barrier:
      endPhase();
      break;
    case Opcode::Halt:
      flushBelow();
      endPhase();
      wrapIntegers();
      return true;
    }
  }
  flushBelow();
  endPhase();
  wrapIntegers();
  return true;
}
