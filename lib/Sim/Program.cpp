//===- Program.cpp - Accelerator programs and their binary form -----------===//

#include "SparseAccel/Sim/Program.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/CRC.h"

#include <cstring>

using namespace sparseaccel::sim;

static const char kMagic[8] = {'S', 'P', 'A', 'C', 'C', 'E', 'L', '1'};
static const uint32_t kVersion = 1;

uint64_t TensorDecl::elements() const {
  uint64_t n = 1;
  for (uint32_t d : shape)
    n *= d;
  return n;
}

namespace {

struct Writer {
  std::vector<uint8_t> out;
  void u8(uint8_t v) { out.push_back(v); }
  void u16(uint16_t v) { put(&v, 2); }
  void u32(uint32_t v) { put(&v, 4); }
  void u64(uint64_t v) { put(&v, 8); }
  void put(const void *p, size_t n) {
    const uint8_t *b = static_cast<const uint8_t *>(p);
    out.insert(out.end(), b, b + n);
  }
};

struct Reader {
  const std::vector<uint8_t> &in;
  size_t pos = 0;
  std::string error;
  bool need(size_t n, const char *what) {
    if (!error.empty())
      return false;
    if (in.size() - pos < n) {
      error =
          std::string("truncated ") + what + " at byte " + std::to_string(pos);
      return false;
    }
    return true;
  }
  template <typename T> T get(const char *what) {
    T v{};
    if (need(sizeof(T), what)) {
      std::memcpy(&v, in.data() + pos, sizeof(T));
      pos += sizeof(T);
    }
    return v;
  }
};

} // namespace

std::vector<uint8_t> sparseaccel::sim::serialize(const Program &p) {
  Writer w;
  w.put(kMagic, 8);
  w.u32(kVersion);
  w.u32(p.macs);
  w.u32(p.glbBytes);
  w.u32(p.dramBytesPerCycle);
  w.u32(uint32_t(p.tensors.size()));
  w.u32(uint32_t(p.weights.size()));
  w.u32(uint32_t(p.code.size()));
  for (const TensorDecl &t : p.tensors) {
    w.u32(uint32_t(t.name.size()));
    w.put(t.name.data(), t.name.size());
    w.u8(t.output);
    w.u8(uint8_t(t.shape.size()));
    for (uint32_t d : t.shape)
      w.u32(d);
  }
  for (const PackedHss &h : p.weights) {
    w.u32(h.rows);
    w.u32(h.k);
    w.u32(h.valueBits);
    w.u8(uint8_t(h.ranks.size()));
    for (auto [g, hh] : h.ranks) {
      w.u16(uint16_t(g));
      w.u16(uint16_t(hh));
    }
    w.u64(h.payload.size());
    w.put(h.payload.data(), h.payload.size() * sizeof(float));
    for (const BitStream &m : h.metadata) {
      w.u64(m.sizeInBits());
      w.put(m.bytes().data(), m.bytes().size());
    }
  }
  for (const Instruction &i : p.code) {
    w.u8(uint8_t(i.op));
    w.u8(i.r0);
    w.u16(i.r1);
    w.u32(i.a);
    w.u32(i.b);
    w.u32(i.c);
  }
  w.u32(llvm::crc32(llvm::ArrayRef<uint8_t>(w.out)));
  return w.out;
}

bool sparseaccel::sim::deserialize(const std::vector<uint8_t> &bytes,
                                   Program &p, std::string &error) {
  p = Program();
  if (bytes.size() < 8 + 4 * 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    error = "not an accelerator program (bad magic)";
    return false;
  }
  uint32_t crc;
  std::memcpy(&crc, bytes.data() + bytes.size() - 4, 4);
  if (llvm::crc32(llvm::ArrayRef<uint8_t>(bytes.data(), bytes.size() - 4)) !=
      crc) {
    error = "checksum mismatch: the program is corrupted or truncated";
    return false;
  }
  std::vector<uint8_t> body(bytes.begin(), bytes.end() - 4);
  Reader r{body, 0, {}};
  r.pos = 8;
  uint32_t version = r.get<uint32_t>("header");
  if (r.error.empty() && version != kVersion) {
    error = "unsupported program version " + std::to_string(version);
    return false;
  }
  p.macs = r.get<uint32_t>("header");
  p.glbBytes = r.get<uint32_t>("header");
  p.dramBytesPerCycle = r.get<uint32_t>("header");
  uint32_t nt = r.get<uint32_t>("header"), nw = r.get<uint32_t>("header"),
           nc = r.get<uint32_t>("header");
  if (r.error.empty() && (nt > 1024 || nw > 1024 || nc > (1u << 24))) {
    error = "implausible counts in the header (" + std::to_string(nt) +
            " tensors, " + std::to_string(nw) + " weight blobs, " +
            std::to_string(nc) + " instructions)";
    return false;
  }
  for (uint32_t i = 0; i < nt && r.error.empty(); ++i) {
    TensorDecl t;
    uint32_t len = r.get<uint32_t>("tensor name");
    if (len > 256 || !r.need(len, "tensor name")) {
      if (r.error.empty())
        r.error = "tensor name too long at byte " + std::to_string(r.pos);
      break;
    }
    t.name.assign(reinterpret_cast<const char *>(body.data() + r.pos), len);
    r.pos += len;
    t.output = r.get<uint8_t>("tensor") != 0;
    uint8_t rank = r.get<uint8_t>("tensor");
    if (r.error.empty() && (rank == 0 || rank > 4)) {
      r.error = "tensor '" + t.name + "' has rank " + std::to_string(rank) +
                " (1 to 4)";
      break;
    }
    for (unsigned d = 0; d < rank; ++d)
      t.shape.push_back(r.get<uint32_t>("tensor shape"));
    p.tensors.push_back(t);
  }
  for (uint32_t i = 0; i < nw && r.error.empty(); ++i) {
    PackedHss h;
    h.rows = r.get<uint32_t>("weight blob");
    h.k = r.get<uint32_t>("weight blob");
    h.valueBits = r.get<uint32_t>("weight blob");
    uint8_t nr = r.get<uint8_t>("weight blob");
    if (r.error.empty() && (nr == 0 || nr > 8)) {
      r.error = "weight blob " + std::to_string(i) + " has " +
                std::to_string(nr) + " ranks";
      break;
    }
    for (unsigned k = 0; k < nr; ++k) {
      unsigned g = r.get<uint16_t>("weight ranks");
      unsigned hh = r.get<uint16_t>("weight ranks");
      h.ranks.push_back({g, hh});
    }
    uint64_t count = r.get<uint64_t>("weight payload");
    if (!r.error.empty())
      break;
    if (count > body.size() / 4) {
      r.error = "weight blob " + std::to_string(i) + " claims " +
                std::to_string(count) + " values, more than the file holds";
      break;
    }
    if (!r.need(count * 4, "weight payload"))
      break;
    h.payload.resize(count);
    if (count)
      std::memcpy(h.payload.data(), body.data() + r.pos, count * 4);
    r.pos += count * 4;
    for (unsigned k = 0; k < nr && r.error.empty(); ++k) {
      uint64_t bits = r.get<uint64_t>("weight metadata");
      uint64_t n = (bits + 7) / 8;
      if (r.error.empty() && n > body.size())
        r.error = "weight blob " + std::to_string(i) + " claims " +
                  std::to_string(bits) +
                  " metadata bits, more than the "
                  "file holds";
      if (!r.error.empty() || !r.need(n, "weight metadata"))
        break;
      h.metadata.push_back(BitStream::fromBytes(
          std::vector<uint8_t>(body.begin() + r.pos, body.begin() + r.pos + n),
          bits));
      r.pos += n;
    }
    p.weights.push_back(std::move(h));
  }
  for (uint32_t i = 0; i < nc && r.error.empty(); ++i) {
    Instruction in;
    in.op = Opcode(r.get<uint8_t>("instruction"));
    in.r0 = r.get<uint8_t>("instruction");
    in.r1 = r.get<uint16_t>("instruction");
    in.a = r.get<uint32_t>("instruction");
    in.b = r.get<uint32_t>("instruction");
    in.c = r.get<uint32_t>("instruction");
    p.code.push_back(in);
  }
  if (!r.error.empty()) {
    error = r.error;
    return false;
  }
  if (r.pos != body.size()) {
    error = std::to_string(body.size() - r.pos) +
            " stray bytes after the instruction stream";
    return false;
  }
  return validate(p, error);
}

bool sparseaccel::sim::validate(const Program &p, std::string &error) {
  if (p.macs == 0 || p.dramBytesPerCycle == 0) {
    error = "the program declares no MACs or no DRAM bandwidth";
    return false;
  }
  // Caps keep a hostile file from making the simulator allocate gigabytes.
  uint64_t totalElements = 0;
  for (const TensorDecl &t : p.tensors) {
    if (t.elements() == 0 || t.elements() > (uint64_t(1) << 26)) {
      error = "tensor '" + t.name + "' has " + std::to_string(t.elements()) +
              " elements (1 to 2^26)";
      return false;
    }
    totalElements += t.elements();
  }
  if (totalElements > (uint64_t(1) << 27)) {
    error = "the tensors hold " + std::to_string(totalElements) +
            " elements in all (at most 2^27)";
    return false;
  }
  for (size_t w = 0; w < p.weights.size(); ++w) {
    const PackedHss &h = p.weights[w];
    if (uint64_t(h.rows) * h.k > (uint64_t(1) << 26)) {
      error = "weight blob " + std::to_string(w) + " is too large";
      return false;
    }
    uint64_t period = 1, stored = 1;
    for (auto [g, hh] : h.ranks) {
      if (g == 0 || hh == 0 || g > hh || hh > 1024) {
        error = "weight blob " + std::to_string(w) + " has rule " +
                std::to_string(g) + ":" + std::to_string(hh);
        return false;
      }
      period *= hh;
    }
    if (h.k == 0 || h.k % period) {
      error = "weight blob " + std::to_string(w) +
              ": K = " + std::to_string(h.k) +
              " is not a multiple of its period";
      return false;
    }
    // Exactly what the pattern stores, no more, no less.
    for (size_t r = h.ranks.size(); r-- > 0;)
      stored *= h.ranks[r].first;
    uint64_t groups = uint64_t(h.rows) * (h.k / period);
    if (h.payload.size() != groups * stored) {
      error = "weight blob " + std::to_string(w) + " holds " +
              std::to_string(h.payload.size()) + " values; its pattern needs " +
              std::to_string(groups * stored);
      return false;
    }
    uint64_t perRank = 1;
    for (size_t r = h.ranks.size(); r-- > 0;) {
      perRank *= h.ranks[r].first;
      uint64_t bits = groups * perRank * coordinateBits(h.ranks[r].second);
      if (h.metadata.size() != h.ranks.size() ||
          h.metadata[r].sizeInBits() != bits) {
        error = "weight blob " + std::to_string(w) + ": rank " +
                std::to_string(r) + " metadata has the wrong size";
        return false;
      }
    }
    uint64_t bytes = (h.totalBits() + 7) / 8;
    if (bytes > p.glbBytes) {
      error = "weight blob " + std::to_string(w) + " needs " +
              std::to_string(bytes) + " bytes but the GLB holds " +
              std::to_string(p.glbBytes);
      return false;
    }
  }
  std::vector<uint64_t> loops;
  bool halted = false;
  for (size_t i = 0; i < p.code.size(); ++i) {
    const Instruction &in = p.code[i];
    std::string at = "instruction " + std::to_string(i) + ": ";
    auto tensor = [&](uint32_t t, bool output) {
      if (t >= p.tensors.size() || p.tensors[t].output != output) {
        error = at + "tensor " + std::to_string(t) + " is not an " +
                (output ? "output" : "input");
        return false;
      }
      return true;
    };
    uint8_t raw = uint8_t(in.op);
    if (raw < uint8_t(Opcode::Zero) ||
        (raw > uint8_t(Opcode::Barrier) && raw != uint8_t(Opcode::Halt))) {
      error = at + "unknown opcode " + std::to_string(unsigned(raw));
      return false;
    }
    switch (in.op) {
    case Opcode::Zero:
      if (!tensor(in.a, true))
        return false;
      break;
    case Opcode::LoadWeights:
      if (in.a >= p.weights.size()) {
        error = at + "no weight blob " + std::to_string(in.a);
        return false;
      }
      break;
    case Opcode::MatMul: {
      if (in.a >= p.weights.size()) {
        error = at + "no weight blob " + std::to_string(in.a);
        return false;
      }
      if (!tensor(in.b, false) || !tensor(in.c, true))
        return false;
      const PackedHss &w = p.weights[in.a];
      const TensorDecl &x = p.tensors[in.b], &z = p.tensors[in.c];
      if (x.shape.size() != 2 || z.shape.size() != 2 || x.shape[1] != w.k ||
          z.shape[0] != x.shape[0] || z.shape[1] != w.rows) {
        error = at + "shapes do not agree: X " + x.name + ", W " +
                std::to_string(w.k) + "x" + std::to_string(w.rows) + ", Z " +
                z.name;
        return false;
      }
      // Pass i of the innermost enclosing loop covers rows
      // [i * r1, (i + 1) * r1) of X, the last pass clipped.
      uint64_t passes = loops.empty() ? 1 : loops.back();
      uint64_t rows = x.shape[0];
      if (in.r1 == 0 || passes * in.r1 < rows || (passes - 1) * in.r1 >= rows) {
        error = at + std::to_string(passes) + " passes of " +
                std::to_string(in.r1) + " rows do not cover X's " +
                std::to_string(rows) + " rows exactly once";
        return false;
      }
      break;
    }
    case Opcode::Loop:
      if (in.a == 0) {
        error = at + "a loop of 0 iterations";
        return false;
      }
      loops.push_back(in.a);
      break;
    case Opcode::EndLoop:
      if (loops.empty()) {
        error = at + "EndLoop without Loop";
        return false;
      }
      loops.pop_back();
      break;
    case Opcode::Barrier:
      break;
    case Opcode::Halt:
      halted = true;
      break;
    }
    if (halted && i + 1 != p.code.size()) {
      error = at + "Halt before the end of the stream";
      return false;
    }
  }
  if (!loops.empty()) {
    error = "unterminated Loop";
    return false;
  }
  if (!halted) {
    error = "the stream does not end with Halt";
    return false;
  }
  return true;
}
