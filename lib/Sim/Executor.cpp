//===- Executor.cpp - Run an accelerator program on data ------------------===//
//
// Functional execution plus the timing model of docs/isa.md: DMA reads and
// writes each move `dramBytesPerCycle` bytes per cycle; a MatMul keeps `lanes`
// MACs busy with one stored weight entry and one X row each per cycle (rank-1
// blocks that are not stored are skipped, zeros of X gate); DMA and compute
// overlap until the next Barrier (double buffering), so a phase costs the
// larger of the two. Toeplitz expansion and folding are GLB address
// generation and cost GLB traffic, not cycles.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Sim/Executor.h"

#include <algorithm>

using namespace sparseaccel::sim;

MacCounts sparseaccel::sim::hssMatmulRight(const PackedHss &w, const float *x,
                                           unsigned k, unsigned row0,
                                           unsigned rows, float *z) {
  MacCounts counts;
  std::vector<uint64_t> pos(w.ranks.size(), 0);
  std::vector<uint64_t> blockSize(w.ranks.size() + 1, 1);
  for (size_t r = 0; r < w.ranks.size(); ++r)
    blockSize[r + 1] = blockSize[r] * w.ranks[r].second;
  uint64_t period = blockSize.back(), value = 0;
  std::vector<uint32_t> ks;
  std::vector<float> vs;
  unsigned n = w.rows;
  for (unsigned col = 0; col < n; ++col) {
    // Decode the column's stored coordinates (the VFMU's job) once.
    ks.clear();
    vs.clear();
    auto decode = [&](auto &self, size_t r, uint64_t start) -> void {
      auto [g, h] = w.ranks[r];
      unsigned bits = coordinateBits(h);
      for (unsigned i = 0; i < g; ++i) {
        uint64_t j = w.metadata[r].read(pos[r], bits);
        if (r == 0) {
          ks.push_back(uint32_t(start + j));
          vs.push_back(w.payload[value++]);
        } else {
          self(self, r - 1, start + j * blockSize[r]);
        }
      }
    };
    for (uint64_t s = 0; s < w.k; s += period)
      decode(decode, w.ranks.size() - 1, s);
    for (unsigned m = row0; m < row0 + rows; ++m) {
      const float *xr = x + uint64_t(m) * k;
      float acc = 0;
      for (size_t i = 0; i < ks.size(); ++i) {
        float xv = xr[ks[i]], wv = vs[i];
        if (xv == 0.0f || wv == 0.0f) {
          ++counts.gated;
          continue;
        }
        acc += xv * wv;
        ++counts.effectual;
      }
      z[uint64_t(m) * n + col] += acc;
    }
  }
  return counts;
}

bool sparseaccel::sim::execute(const Program &p,
                               std::vector<std::vector<float>> &tensors,
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
    }
  }
  auto ceilDiv = [](uint64_t a, uint64_t b) { return (a + b - 1) / b; };
  uint32_t tileRows = 0, totalRows = 1, lanes = p.macs;
  // DRAM reads and writes use separate channels of dramBytesPerCycle each.
  uint64_t phaseRead = 0, phaseWrite = 0, phaseCompute = 0;
  auto endPhase = [&] {
    uint64_t dma = std::max(ceilDiv(phaseRead, p.dramBytesPerCycle),
                            ceilDiv(phaseWrite, p.dramBytesPerCycle));
    stats.cycles += std::max(dma, phaseCompute);
    stats.dmaCycles += dma;
    stats.computeCycles += phaseCompute;
    phaseRead = phaseWrite = phaseCompute = 0;
  };
  // Loop stack: (first instruction of the body, trips, current trip).
  struct Frame {
    size_t start;
    uint64_t count, iter;
  };
  std::vector<Frame> loops;
  // The rows [row0, row0 + rows) of the current tile (or all of them).
  auto tile = [&](bool whole, uint32_t &row0, uint32_t &rows) {
    if (whole) {
      row0 = 0;
      rows = totalRows;
      return;
    }
    uint64_t iter = loops.empty() ? 0 : loops.back().iter;
    row0 = uint32_t(iter * tileRows);
    rows = std::min<uint32_t>(tileRows, totalRows - row0);
  };
  // Bytes of tensor t in the current tile: its rows for a matrix with the
  // configured rows, its proportional share otherwise (an NCHW input
  // streamed with the output rows it feeds; halos are not counted).
  const uint64_t wordBytes = p.wordBits / 8;
  auto dmaBytes = [&](uint32_t t, bool whole, uint32_t columnsOf) {
    const TensorDecl &d = p.tensors[t];
    uint64_t all = d.elements() * wordBytes;
    if (columnsOf)
      all = all / d.shape[1] * p.weights[columnsOf - 1].packed.rows;
    if (whole)
      return all;
    uint32_t row0, rows;
    tile(false, row0, rows);
    return ceilDiv(all * rows, totalRows);
  };
  for (size_t pc = 0; pc < p.code.size(); ++pc) {
    const Instruction &in = p.code[pc];
    ++stats.instructions;
    switch (in.op) {
    case Opcode::Config:
      tileRows = in.r1;
      totalRows = in.b;
      lanes = in.a;
      break;
    case Opcode::Zero:
      std::fill(tensors[in.a].begin(), tensors[in.a].end(), 0.0f);
      break;
    case Opcode::LoadWeights: {
      uint64_t bytes = (p.weights[in.a].packed.totalBits() + 7) / 8;
      stats.dramReadBytes += bytes;
      stats.glbWriteBytes += bytes;
      phaseRead += bytes;
      break;
    }
    case Opcode::Load:
    case Opcode::Store: {
      uint64_t bytes = dmaBytes(in.a, in.r0 == 0, in.b);
      (in.op == Opcode::Load ? stats.dramReadBytes : stats.dramWriteBytes) +=
          bytes;
      (in.op == Opcode::Load ? stats.glbWriteBytes : stats.glbReadBytes) +=
          bytes;
      (in.op == Opcode::Load ? phaseRead : phaseWrite) += bytes;
      break;
    }
    case Opcode::Im2Col: {
      const TensorDecl &x = p.tensors[in.a];
      const ConvGeometry &g = p.convs[in.c];
      uint32_t n = x.shape[0], c = x.shape[1], h = x.shape[2], w = x.shape[3];
      uint32_t oh = convOutputExtent(h, g.kh, g.strideH, g.dilationH),
               ow = convOutputExtent(w, g.kw, g.strideW, g.dilationW);
      uint64_t k = uint64_t(c) * g.kh * g.kw;
      const float *src = tensors[in.a].data();
      float *dst = tensors[in.b].data();
      uint32_t row0, rows;
      tile(in.r0 == 0, row0, rows);
      // Column (i * KW + j) * C + ch: channels innermost, so a weight
      // pattern along C stays contiguous along K.
      for (uint64_t row = row0; row < uint64_t(row0) + rows; ++row) {
        uint64_t b = row / (uint64_t(oh) * ow), rem = row % (uint64_t(oh) * ow);
        uint64_t y = rem / ow, xo = rem % ow;
        float *out = dst + row * k;
        for (unsigned i = 0; i < g.kh; ++i)
          for (unsigned j = 0; j < g.kw; ++j) {
            uint64_t iy = y * g.strideH + uint64_t(i) * g.dilationH,
                     ix = xo * g.strideW + uint64_t(j) * g.dilationW;
            for (unsigned ch = 0; ch < c; ++ch)
              *out++ = src[((b * c + ch) * h + iy) * w + ix];
          }
      }
      stats.glbReadBytes += uint64_t(rows) * k * wordBytes;
      stats.glbWriteBytes += uint64_t(rows) * k * wordBytes;
      break;
    }
    case Opcode::RowsToNCHW: {
      const TensorDecl &o = p.tensors[in.b];
      uint64_t f = o.shape[1], hw = uint64_t(o.shape[2]) * o.shape[3];
      const float *src = tensors[in.a].data();
      float *dst = tensors[in.b].data();
      uint32_t row0, rows;
      tile(in.r0 == 0, row0, rows);
      for (uint64_t row = row0; row < uint64_t(row0) + rows; ++row) {
        uint64_t b = row / hw, pix = row % hw;
        for (uint64_t ch = 0; ch < f; ++ch)
          dst[(b * f + ch) * hw + pix] = src[row * f + ch];
      }
      stats.glbReadBytes += uint64_t(rows) * f * wordBytes;
      stats.glbWriteBytes += uint64_t(rows) * f * wordBytes;
      break;
    }
    case Opcode::MatMul: {
      const WeightBlob &blob = p.weights[in.a];
      const PackedHss &w = blob.packed;
      uint32_t row0, rows;
      tile(false, row0, rows);
      uint32_t zCols = p.tensors[in.c].shape[1];
      // Each output row of Z is written at its column offset: run the
      // kernel into a contiguous scratch row block, then add it in place.
      std::vector<float> part(uint64_t(rows) * w.rows, 0.0f);
      MacCounts c =
          hssMatmulRight(w, tensors[in.b].data() + uint64_t(row0) * w.k, w.k, 0,
                         rows, part.data());
      float *z = tensors[in.c].data();
      for (uint64_t r = 0; r < rows; ++r)
        for (uint64_t j = 0; j < w.rows; ++j)
          z[(row0 + r) * zCols + blob.column + j] += part[r * w.rows + j];
      uint64_t slots = uint64_t(w.payload.size()) * rows;
      stats.macSlots += slots;
      stats.effectual += c.effectual;
      stats.gated += c.gated;
      // Reads of weights (payload and metadata) and X, writes of Z.
      stats.glbReadBytes +=
          (w.totalBits() + 7) / 8 + uint64_t(rows) * w.k * wordBytes;
      stats.glbWriteBytes += uint64_t(rows) * w.rows * wordBytes;
      phaseCompute += ceilDiv(slots, lanes);
      break;
    }
    case Opcode::Loop:
      loops.push_back({pc, in.a, 0});
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
      endPhase();
      return true;
    }
  }
  endPhase();
  return true;
}
