//===- Executor.cpp - Run an accelerator program on data ------------------===//
//
// Functional execution plus a simple timing model: per MatMul pass, the
// arrays spend ceil(slots / MACs) cycles (every stored weight entry meets
// every row of the pass; zeros of X gate, they do not skip), the DMA of the
// pass's X rows and Z rows takes ceil(bytes / bandwidth), and with double
// buffering a pass costs the larger of the two. Weight loads are DMA.
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
    if (p.tensors[t].output)
      tensors[t].assign(n, 0.0f);
    else if (tensors[t].size() != n) {
      error = "input '" + p.tensors[t].name + "' has " +
              std::to_string(tensors[t].size()) + " values, the program " +
              "expects " + std::to_string(n);
      return false;
    }
  }
  auto ceilDiv = [](uint64_t a, uint64_t b) { return (a + b - 1) / b; };
  // Loop stack: (start pc, iterations left, current iteration).
  struct Frame {
    size_t start;
    uint64_t count, iter;
  };
  std::vector<Frame> loops;
  for (size_t pc = 0; pc < p.code.size(); ++pc) {
    const Instruction &in = p.code[pc];
    switch (in.op) {
    case Opcode::Zero:
      std::fill(tensors[in.a].begin(), tensors[in.a].end(), 0.0f);
      break;
    case Opcode::LoadWeights: {
      uint64_t bytes = (p.weights[in.a].totalBits() + 7) / 8;
      stats.dramReadBytes += bytes;
      uint64_t c = ceilDiv(bytes, p.dramBytesPerCycle);
      stats.dmaCycles += c;
      stats.cycles += c;
      break;
    }
    case Opcode::MatMul: {
      const PackedHss &w = p.weights[in.a];
      const TensorDecl &x = p.tensors[in.b];
      uint64_t iter = loops.empty() ? 0 : loops.back().iter;
      unsigned row0 = unsigned(iter * in.r1);
      unsigned rows = std::min<unsigned>(in.r1, x.shape[0] - row0);
      MacCounts c = hssMatmulRight(w, tensors[in.b].data(), w.k, row0, rows,
                                   tensors[in.c].data());
      uint64_t slots = uint64_t(w.payload.size()) * rows;
      stats.macSlots += slots;
      stats.effectual += c.effectual;
      stats.gated += c.gated;
      uint64_t compute = ceilDiv(slots, p.macs);
      uint64_t bytesIn = uint64_t(rows) * w.k * 4,
               bytesOut = uint64_t(rows) * w.rows * 4;
      stats.dramReadBytes += bytesIn;
      stats.dramWriteBytes += bytesOut;
      uint64_t dma = ceilDiv(bytesIn + bytesOut, p.dramBytesPerCycle);
      stats.computeCycles += compute;
      stats.dmaCycles += dma;
      stats.cycles += std::max(compute, dma);
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
      break;
    case Opcode::Halt:
      return true;
    }
  }
  return true;
}

std::string sparseaccel::sim::listing(const Program &p) {
  std::string s = "; accelerator program: " + std::to_string(p.macs) +
                  " MACs, GLB " + std::to_string(p.glbBytes) + " bytes, DRAM " +
                  std::to_string(p.dramBytesPerCycle) + " bytes/cycle\n";
  for (size_t t = 0; t < p.tensors.size(); ++t) {
    s += "; tensor " + std::to_string(t) + " " +
         (p.tensors[t].output ? "output " : "input  ") + p.tensors[t].name +
         " [";
    for (size_t d = 0; d < p.tensors[t].shape.size(); ++d)
      s += (d ? "x" : "") + std::to_string(p.tensors[t].shape[d]);
    s += "]\n";
  }
  for (size_t w = 0; w < p.weights.size(); ++w) {
    const PackedHss &h = p.weights[w];
    s += "; weights " + std::to_string(w) + ": " + std::to_string(h.k) + "x" +
         std::to_string(h.rows) + " packed along K as ";
    for (size_t r = h.ranks.size(); r-- > 0;)
      s += "C" + std::to_string(r) + "(" + std::to_string(h.ranks[r].first) +
           ":" + std::to_string(h.ranks[r].second) + ")" + (r ? "->" : "");
    s += ", " + std::to_string(h.payload.size()) + " values, " +
         std::to_string(h.metadataBits()) + " metadata bits\n";
  }
  unsigned indent = 0;
  for (const Instruction &in : p.code) {
    if (in.op == Opcode::EndLoop && indent)
      --indent;
    s += std::string(2 * indent, ' ');
    switch (in.op) {
    case Opcode::Zero:
      s += "zero        t" + std::to_string(in.a);
      break;
    case Opcode::LoadWeights:
      s += "load.w      w" + std::to_string(in.a);
      break;
    case Opcode::MatMul:
      s += "matmul      t" + std::to_string(in.c) + " += t" +
           std::to_string(in.b) + " x w" + std::to_string(in.a) + ", " +
           std::to_string(in.r1) + " rows/pass";
      break;
    case Opcode::Loop:
      s += "loop        " + std::to_string(in.a);
      ++indent;
      break;
    case Opcode::EndLoop:
      s += "endloop";
      break;
    case Opcode::Barrier:
      s += "barrier";
      break;
    case Opcode::Halt:
      s += "halt";
      break;
    }
    s += "\n";
  }
  return s;
}
