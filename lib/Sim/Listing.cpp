//===- Listing.cpp - Human-readable accelerator programs ------------------===//
//
// One line per instruction with its address, loop bodies indented; the
// header lines (starting with ';') describe tensors, weight blobs and
// convolution geometries, so a listing reads on its own.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Sim/Program.h"

#include <cstdio>

using namespace sparseaccel::sim;

static std::string shapeOf(const TensorDecl &t) {
  std::string s;
  for (size_t d = 0; d < t.shape.size(); ++d)
    s += (d ? "x" : "") + std::to_string(t.shape[d]);
  return s;
}

std::string sparseaccel::sim::listing(const Program &p) {
  static const char *kinds[] = {"input  ", "output ", "scratch"};
  std::string s = "; accelerator program: " + std::to_string(p.macs) +
                  " MACs, GLB " + std::to_string(p.glbBytes) + " bytes, DRAM " +
                  std::to_string(p.dramBytesPerCycle) + " bytes/cycle, GLB " +
                  (p.glbBytesPerCycle
                       ? std::to_string(p.glbBytesPerCycle) + " bytes/cycle, "
                       : std::string("unlimited, ")) +
                  std::to_string(p.wordBits) + "-bit words\n";
  for (size_t t = 0; t < p.tensors.size(); ++t)
    s += "; t" + std::to_string(t) + " " +
         kinds[std::min<unsigned>(unsigned(p.tensors[t].kind), 2)] + " " +
         p.tensors[t].name + " [" + shapeOf(p.tensors[t]) + "]\n";
  for (size_t w = 0; w < p.weights.size(); ++w) {
    const PackedHss &h = p.weights[w].packed;
    s += "; w" + std::to_string(w) + " " + std::to_string(h.rows) + "x" +
         std::to_string(h.k) + " packed along K as ";
    for (size_t r = h.ranks.size(); r-- > 0;)
      s += "C" + std::to_string(r) + "(" + std::to_string(h.ranks[r].first) +
           ":" + std::to_string(h.ranks[r].second) + ")" + (r ? "->" : "");
    if (p.weights[w].source >= 0) {
      static const char *layouts[] = {"[K,N]", "[F,C,KH,KW]", "[B,K,N]"};
      s += ", packed at load from t" + std::to_string(p.weights[w].source) +
           " " + layouts[unsigned(p.weights[w].layout) % 3] + "\n";
      continue;
    }
    s += ", " + std::to_string(h.payload.size()) + " values, " +
         std::to_string(h.metadataBits()) + " metadata bits\n";
  }
  for (size_t c = 0; c < p.convs.size(); ++c) {
    const ConvGeometry &g = p.convs[c];
    s += "; g" + std::to_string(c) + " kernel " + std::to_string(g.kh) + "x" +
         std::to_string(g.kw) + ", stride " + std::to_string(g.strideH) + "x" +
         std::to_string(g.strideW) + ", dilation " +
         std::to_string(g.dilationH) + "x" + std::to_string(g.dilationW) + "\n";
  }
  for (size_t i = 0; i < p.nests.size(); ++i) {
    const LoopNest &n = p.nests[i];
    auto dims = [](const uint32_t v[3]) {
      return std::to_string(v[0]) + "x" + std::to_string(v[1]) + "x" +
             std::to_string(v[2]);
    };
    uint32_t total[3] = {n.m, n.n, n.k};
    std::string order, keeps, held, streamed;
    for (unsigned d = 0; d < 3; ++d) {
      order += "MNK"[n.order[d]];
      if ((n.glbKeeps >> d) & 1)
        keeps += "XWZ"[d];
      if ((n.heldBelow >> d) & 1)
        held += "XWZ"[d];
      if ((n.streamed >> d) & 1)
        streamed += "XWZ"[d];
    }
    s += "; n" + std::to_string(i) +
         (n.batch > 1 ? " batch of " + std::to_string(n.batch) : "") +
         " MxNxK " + dims(total) + ", tiles " + dims(n.tile) + ", GLB steps " +
         dims(n.step) + " (GLB loops innermost first " + order +
         "), GLB keeps " + (keeps.empty() ? "-" : keeps) + ", held below " +
         (held.empty() ? "-" : held) +
         (streamed.empty() ? "" : ", streamed " + streamed) +
         (n.refetch[0] > 1 || n.refetch[1] > 1
              ? " (refetched x" + std::to_string(n.refetch[0]) + " X, x" +
                    std::to_string(n.refetch[1]) + " W)"
              : std::string()) +
         (n.skipXOnW ? ", skips X on W" : "") +
         (n.xBlock ? ", X block-CSR in blocks of " + std::to_string(n.xBlock) +
                         " with " + std::to_string(n.xBlockMetaBits) +
                         " address bits"
                   : std::string()) +
         ", " + std::to_string(n.lanes) + " lanes, VFMU shift " +
         std::to_string(n.vfmuShift) + "\n";
  }
  auto t = [](uint32_t i) { return "t" + std::to_string(i); };
  auto mode = [](uint8_t r0) {
    static const char *modes[] = {"", " tile", " tile", " partial"};
    return std::string(modes[r0 & 3]);
  };
  unsigned indent = 0;
  for (size_t pc = 0; pc < p.code.size(); ++pc) {
    const Instruction &in = p.code[pc];
    if (in.op == Opcode::EndLoop && indent)
      --indent;
    char addr[16];
    std::snprintf(addr, sizeof(addr), "%04zu  ", pc);
    s += addr + std::string(2 * indent, ' ');
    switch (in.op) {
    case Opcode::Config:
      s += "config      n" + std::to_string(in.a);
      break;
    case Opcode::Init:
      s += "init        " + t(in.a) + " <- " + t(in.b);
      break;
    case Opcode::Zero:
      s += "zero        " + t(in.a);
      break;
    case Opcode::LoadWeights:
      s += "load.w      w" + std::to_string(in.a) + mode(in.r0);
      break;
    case Opcode::Load:
      s += "load        " + t(in.a) + mode(in.r0);
      break;
    case Opcode::Store:
      s += "store       " + t(in.a) + mode(in.r0);
      break;
    case Opcode::Im2Col:
      s += "im2col      " + t(in.b) + " <- " + t(in.a) + " g" +
           std::to_string(in.c) + mode(in.r0);
      break;
    case Opcode::RowsToNCHW:
      s += "to.nchw     " + t(in.b) + " <- " + t(in.a) + mode(in.r0);
      break;
    case Opcode::MatMul:
      s += "matmul      " + t(in.c) + " += " + t(in.b) + " x w" +
           std::to_string(in.a);
      break;
    case Opcode::Loop:
      s += "loop        " + std::to_string(in.a) +
           (in.r0 != 3 && in.r0 < 5 ? std::string(" over ") + "MNK-B"[in.r0]
                                    : "");
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
    default:
      s += "?";
    }
    s += "\n";
  }
  return s;
}
