//===- Program.cpp - Accelerator programs and their binary form -----------===//

#include "SparseAccel/Sim/Program.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/CRC.h"

#include <cmath>
#include <cstring>

using namespace sparseaccel::sim;

static const char kMagic[8] = {'S', 'P', 'A', 'C', 'C', 'E', 'L', '1'};
static const uint32_t kVersion = 7;

uint32_t sparseaccel::sim::convOutputExtent(uint32_t in, uint16_t kernel,
                                            uint16_t stride,
                                            uint16_t dilation) {
  uint64_t span = uint64_t(dilation) * (kernel - 1) + 1;
  if (kernel == 0 || stride == 0 || dilation == 0 || span > in)
    return 0;
  return uint32_t((in - span) / stride + 1);
}

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
  w.u32(p.glbBytesPerCycle);
  w.u32(p.wordBits);
  w.u32(uint32_t(p.tensors.size()));
  w.u32(uint32_t(p.weights.size()));
  w.u32(uint32_t(p.convs.size()));
  w.u32(uint32_t(p.nests.size()));
  w.u32(uint32_t(p.code.size()));
  for (const TensorDecl &t : p.tensors) {
    w.u32(uint32_t(t.name.size()));
    w.put(t.name.data(), t.name.size());
    w.u8(uint8_t(t.kind));
    w.u8(uint8_t(t.dtype));
    w.u8(uint8_t(t.shape.size()));
    for (uint32_t d : t.shape)
      w.u32(d);
  }
  for (const WeightBlob &b : p.weights) {
    const PackedHss &h = b.packed;
    w.u32(h.rows);
    w.u32(h.k);
    w.u32(h.valueBits);
    w.u32(uint32_t(b.source)); // 0xffffffff: the values follow
    w.u8(uint8_t(b.layout));
    w.u8(uint8_t(h.ranks.size()));
    for (auto [g, hh] : h.ranks) {
      w.u16(uint16_t(g));
      w.u16(uint16_t(hh));
    }
    if (b.source >= 0)
      continue; // packed at load time
    w.u64(h.payload.size());
    w.put(h.payload.data(), h.payload.size() * sizeof(float));
    for (const BitStream &m : h.metadata) {
      w.u64(m.sizeInBits());
      w.put(m.bytes().data(), m.bytes().size());
    }
  }
  for (const ConvGeometry &c : p.convs)
    for (uint16_t v :
         {c.kh, c.kw, c.strideH, c.strideW, c.dilationH, c.dilationW})
      w.u16(v);
  for (const LoopNest &n : p.nests) {
    for (uint32_t v :
         {n.batch, n.m, n.n, n.k, n.tile[0], n.tile[1], n.tile[2], n.step[0],
          n.step[1], n.step[2], n.fanout[0], n.fanout[1], n.fanout[2], n.lanes,
          n.vfmuShift, n.xBlock, n.xBlockMetaBits, n.refetch[0], n.refetch[1]})
      w.u32(v);
    for (uint8_t v : {n.order[0], n.order[1], n.order[2], n.glbKeeps,
                      n.heldBelow, n.streamed, n.skipXOnW})
      w.u8(v);
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
  if (bytes.size() < 8 + 4 * 12 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
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
    error = "unsupported program version " + std::to_string(version) +
            " (this simulator reads version " + std::to_string(kVersion) + ")";
    return false;
  }
  p.macs = r.get<uint32_t>("header");
  p.glbBytes = r.get<uint32_t>("header");
  p.dramBytesPerCycle = r.get<uint32_t>("header");
  p.glbBytesPerCycle = r.get<uint32_t>("header");
  p.wordBits = r.get<uint32_t>("header");
  uint32_t nt = r.get<uint32_t>("header"), nw = r.get<uint32_t>("header"),
           ng = r.get<uint32_t>("header"), nn = r.get<uint32_t>("header"),
           nc = r.get<uint32_t>("header");
  if (r.error.empty() &&
      (nt > 1024 || nw > 1024 || ng > 1024 || nn > 1024 || nc > (1u << 24))) {
    error = "implausible counts in the header (" + std::to_string(nt) +
            " tensors, " + std::to_string(nw) + " weight blobs, " +
            std::to_string(ng) + " convolutions, " + std::to_string(nn) +
            " loop nests, " + std::to_string(nc) + " instructions)";
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
    if (llvm::any_of(t.name, [](char c) { return c < 0x20 || c > 0x7e; })) {
      r.error = "tensor " + std::to_string(i) +
                " has a name with non-printable characters";
      break;
    }
    uint8_t kind = r.get<uint8_t>("tensor");
    if (r.error.empty() && kind > uint8_t(TensorKind::Scratch)) {
      r.error =
          "tensor '" + t.name + "' has unknown kind " + std::to_string(kind);
      break;
    }
    t.kind = TensorKind(kind);
    uint8_t dtype = r.get<uint8_t>("tensor");
    if (r.error.empty() && dtype > uint8_t(DType::I32)) {
      r.error = "tensor '" + t.name + "' has unknown element type " +
                std::to_string(dtype);
      break;
    }
    t.dtype = DType(dtype);
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
    WeightBlob b;
    PackedHss &h = b.packed;
    h.rows = r.get<uint32_t>("weight blob");
    h.k = r.get<uint32_t>("weight blob");
    h.valueBits = r.get<uint32_t>("weight blob");
    uint32_t source = r.get<uint32_t>("weight blob");
    uint8_t layout = r.get<uint8_t>("weight blob");
    if (r.error.empty() && ((source != 0xffffffffu && source >= nt) ||
                            layout > uint8_t(WeightLayout::BKN))) {
      r.error = "weight blob " + std::to_string(i) +
                " names a source tensor or layout that does not exist";
      break;
    }
    b.source = source == 0xffffffffu ? -1 : int32_t(source);
    b.layout = WeightLayout(layout);
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
    if (b.source >= 0) {
      p.weights.push_back(std::move(b));
      continue;
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
                  " metadata bits, more than the file holds";
      if (!r.error.empty() || !r.need(n, "weight metadata"))
        break;
      h.metadata.push_back(BitStream::fromBytes(
          std::vector<uint8_t>(body.begin() + r.pos, body.begin() + r.pos + n),
          bits));
      r.pos += n;
    }
    p.weights.push_back(std::move(b));
  }
  for (uint32_t i = 0; i < ng && r.error.empty(); ++i) {
    ConvGeometry c;
    for (uint16_t *v :
         {&c.kh, &c.kw, &c.strideH, &c.strideW, &c.dilationH, &c.dilationW})
      *v = r.get<uint16_t>("convolution geometry");
    p.convs.push_back(c);
  }
  for (uint32_t i = 0; i < nn && r.error.empty(); ++i) {
    LoopNest n;
    for (uint32_t *v :
         {&n.batch, &n.m, &n.n, &n.k, &n.tile[0], &n.tile[1], &n.tile[2],
          &n.step[0], &n.step[1], &n.step[2], &n.fanout[0], &n.fanout[1],
          &n.fanout[2], &n.lanes, &n.vfmuShift, &n.xBlock, &n.xBlockMetaBits,
          &n.refetch[0], &n.refetch[1]})
      *v = r.get<uint32_t>("loop nest");
    for (uint8_t *v : {&n.order[0], &n.order[1], &n.order[2], &n.glbKeeps,
                       &n.heldBelow, &n.streamed, &n.skipXOnW})
      *v = r.get<uint8_t>("loop nest");
    p.nests.push_back(n);
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

static std::string shapeString(const TensorDecl &t) {
  std::string s = "[";
  for (size_t d = 0; d < t.shape.size(); ++d)
    s += (d ? "x" : "") + std::to_string(t.shape[d]);
  return s + "]";
}

static bool validateBlob(const Program &p, size_t w, std::string &error) {
  const PackedHss &h = p.weights[w].packed;
  std::string at = "weight blob " + std::to_string(w);
  if (h.valueBits != p.wordBits) {
    error = at + " has " + std::to_string(h.valueBits) +
            "-bit values but the datapath " + std::to_string(p.wordBits);
    return false;
  }
  if (h.rows == 0 || uint64_t(h.rows) * h.k > (uint64_t(1) << 26)) {
    error = at + " has " + std::to_string(h.rows) + " rows of " +
            std::to_string(h.k) + " (1 to 2^26 values)";
    return false;
  }
  uint64_t period = 1, stored = 1;
  for (auto [g, hh] : h.ranks) {
    if (g == 0 || hh == 0 || g > hh || hh > 1024) {
      error = at + " has rule " + std::to_string(g) + ":" + std::to_string(hh);
      return false;
    }
    period *= hh;
    if (period > (1u << 20)) {
      error = at + ": its pattern spans more than 2^20 values";
      return false;
    }
  }
  if (h.k == 0 || h.k % period) {
    error = at + ": K = " + std::to_string(h.k) +
            " is not a multiple of its period " + std::to_string(period);
    return false;
  }
  // Exactly what the pattern stores, no more, no less.
  for (size_t r = h.ranks.size(); r-- > 0;)
    stored *= h.ranks[r].first;
  uint64_t groups = uint64_t(h.rows) * (h.k / period);
  if (p.weights[w].source >= 0) {
    // Packed at load time from an input of the layout's shape.
    const WeightBlob &b = p.weights[w];
    if (size_t(b.source) >= p.tensors.size() ||
        p.tensors[b.source].kind != TensorKind::Input || !h.payload.empty() ||
        !h.metadata.empty()) {
      error = at + " must come from an input tensor, with no values of its "
                   "own";
      return false;
    }
    const std::vector<uint32_t> &s = p.tensors[b.source].shape;
    uint64_t kk = 0, rows = 0;
    if (b.layout == WeightLayout::KN && s.size() == 2) {
      kk = s[0];
      rows = s[1];
    } else if (b.layout == WeightLayout::FCHW && s.size() == 4) {
      rows = s[0];
      kk = uint64_t(s[1]) * s[2] * s[3];
    } else if (b.layout == WeightLayout::BKN && s.size() == 3) {
      kk = s[1];
      rows = uint64_t(s[0]) * s[2];
    }
    if (kk != h.k || rows != h.rows) {
      error = at + " is " + std::to_string(h.rows) + "x" + std::to_string(h.k) +
              " but its source '" + p.tensors[b.source].name + "' " +
              shapeString(p.tensors[b.source]) +
              " does not have that shape in its layout";
      return false;
    }
    return true;
  }
  if (h.payload.size() != groups * stored) {
    error = at + " holds " + std::to_string(h.payload.size()) +
            " values; its pattern needs " + std::to_string(groups * stored);
    return false;
  }
  uint64_t perRank = 1;
  for (size_t r = h.ranks.size(); r-- > 0;) {
    perRank *= h.ranks[r].first;
    uint64_t bits = groups * perRank * coordinateBits(h.ranks[r].second);
    if (h.metadata.size() != h.ranks.size() ||
        h.metadata[r].sizeInBits() != bits) {
      error =
          at + ": rank " + std::to_string(r) + " metadata has the wrong size";
      return false;
    }
  }
  return true;
}

bool sparseaccel::sim::validate(const Program &p, std::string &error,
                                int64_t *faultAt) {
  if (faultAt)
    *faultAt = -1;
  if (p.macs == 0 || p.dramBytesPerCycle == 0 || p.glbBytes == 0) {
    error = "the program declares no MACs, no GLB or no DRAM bandwidth";
    return false;
  }
  if (p.wordBits != 8 && p.wordBits != 16 && p.wordBits != 32) {
    error = "the datapath is " + std::to_string(p.wordBits) +
            " bits wide (8, 16 or 32)";
    return false;
  }
  // Caps keep a hostile file from making the simulator allocate gigabytes.
  uint64_t totalElements = 0;
  for (const TensorDecl &t : p.tensors) {
    if (t.elements() == 0 || t.elements() > (uint64_t(1) << 25)) {
      error = "tensor '" + t.name + "' has " + std::to_string(t.elements()) +
              " elements (1 to 2^25)";
      return false;
    }
    totalElements += t.elements();
  }
  if (totalElements > (uint64_t(1) << 26)) {
    error = "the tensors hold " + std::to_string(totalElements) +
            " elements in all (at most 2^26)";
    return false;
  }
  for (size_t w = 0; w < p.weights.size(); ++w)
    if (!validateBlob(p, w, error))
      return false;
  for (size_t c = 0; c < p.convs.size(); ++c) {
    const ConvGeometry &g = p.convs[c];
    if (!g.kh || !g.kw || !g.strideH || !g.strideW || !g.dilationH ||
        !g.dilationW) {
      error = "convolution " + std::to_string(c) + " has a zero parameter";
      return false;
    }
  }

  for (size_t i = 0; i < p.nests.size(); ++i) {
    const LoopNest &n = p.nests[i];
    std::string at = "loop nest " + std::to_string(i) + ": ";
    uint32_t total[3] = {n.m, n.n, n.k};
    bool seen[3] = {false, false, false};
    for (unsigned d = 0; d < 3; ++d) {
      if (total[d] == 0 || n.tile[d] == 0 || n.step[d] == 0 ||
          total[d] % n.tile[d] || n.tile[d] % n.step[d]) {
        error = at + "dimension " + "MNK"[d] + ": " + std::to_string(total[d]) +
                " in tiles of " + std::to_string(n.tile[d]) + " in steps of " +
                std::to_string(n.step[d]) + " (each must divide the last)";
        return false;
      }
      if (n.fanout[d] == 0 || n.step[d] % n.fanout[d]) {
        error = at + "dimension " + "MNK"[d] + ": a fan-out of " +
                std::to_string(n.fanout[d]) + " does not divide its step " +
                std::to_string(n.step[d]);
        return false;
      }
      if (n.order[d] > 2 || seen[n.order[d]]) {
        error = at + "the GLB loop order is not a permutation of M, N, K";
        return false;
      }
      seen[n.order[d]] = true;
    }
    if (n.xBlock && (n.step[2] % n.xBlock || n.xBlockMetaBits > 64)) {
      error = at + "X blocks of " + std::to_string(n.xBlock) +
              " must divide the K step " + std::to_string(n.step[2]) +
              " and carry at most 64 metadata bits";
      return false;
    }
    // The executor's per-step bookkeeping is as large as the operands:
    // the same caps as the tensors.
    const uint64_t cap = uint64_t(1) << 26;
    if (n.batch == 0 || uint64_t(n.batch) * n.m * n.k > cap ||
        uint64_t(n.batch) * n.m * n.n > cap ||
        uint64_t(n.batch) * n.n * n.k > cap) {
      error = at + "a batch of " + std::to_string(n.batch) + " products of " +
              std::to_string(n.m) + "x" + std::to_string(n.n) + "x" +
              std::to_string(n.k) + " is too large (operands up to 2^26)";
      return false;
    }
    if (n.refetch[0] == 0 || n.refetch[1] == 0 || n.refetch[0] > 65536 ||
        n.refetch[1] > 65536) {
      error = at + "refetch factors must be between 1 and 65536";
      return false;
    }
    if (n.lanes == 0 || n.lanes > p.macs || n.vfmuShift == 0 ||
        n.glbKeeps > 7 || n.heldBelow > 7 || n.streamed > 7 || n.skipXOnW > 1) {
      error = at + "needs 1 to " + std::to_string(p.macs) +
              " lanes, a VFMU shift, keep bits 0-7 and skip 0 or 1";
      return false;
    }
  }

  // One pass over the stream with the configuration and the loop stack.
  const LoopNest *cfg = nullptr;
  struct Open {
    uint64_t count;
    uint8_t tag;
  };
  std::vector<Open> loops;
  // The NCHW source of each Toeplitz matrix: the GLB holds the source, the
  // expansion is address generation.
  std::vector<int64_t> toeplitzOf(p.tensors.size(), -1);
  uint64_t trips = 1; // iterations of the innermost body, all loops
  uint64_t work = 0;  // MAC slots and GLB steps over the whole run
  bool halted = false;
  for (size_t i = 0; i < p.code.size(); ++i) {
    const Instruction &in = p.code[i];
    std::string at = "instruction " + std::to_string(i) + ": ";
    auto fail = [&](const std::string &why) {
      error = at + why;
      if (faultAt)
        *faultAt = int64_t(i);
      return false;
    };
    // Bounds the simulation's work: `steps` per execution of this
    // instruction (MAC slots, GLB steps, copied or scanned elements).
    auto addWork = [&](uint64_t steps) {
      work += trips * steps;
      return work <= (uint64_t(1) << 31) ||
             fail("the program simulates more than 2^31 steps");
    };
    auto tensor = [&](uint32_t t, std::initializer_list<TensorKind> kinds,
                      const char *role) {
      if (t >= p.tensors.size())
        return fail(std::string("no tensor ") + std::to_string(t) + " (" +
                    role + ")");
      for (TensorKind k : kinds)
        if (p.tensors[t].kind == k)
          return true;
      return fail("tensor '" + p.tensors[t].name + "' cannot be the " + role);
    };
    auto blob = [&](uint32_t b) {
      return b < p.weights.size() ||
             fail("no weight blob " + std::to_string(b));
    };
    auto configured = [&](const char *what) {
      return cfg != nullptr || fail(std::string(what) + " before Config");
    };
    // The enclosing loops tagged d must step through all of d's tiles (the
    // batch, tag 4, one product at a time).
    auto covered = [&](unsigned d) {
      uint64_t tiles = 1;
      for (const Open &o : loops)
        if (o.tag == d)
          tiles *= o.count;
      uint32_t total[5] = {cfg->m, cfg->n, cfg->k, 1, cfg->batch};
      uint32_t tile = d < 3 ? cfg->tile[d] : 1;
      if (tiles * tile != total[d])
        return fail(std::to_string(tiles) + " tiles of " +
                    std::to_string(tile) + " along " + "MNK-B"[d] +
                    " do not cover its " + std::to_string(total[d]) +
                    " exactly once");
      return true;
    };
    auto matrix = [&](uint32_t t, uint32_t rows, uint32_t cols,
                      const char *role) {
      const TensorDecl &d = p.tensors[t];
      std::vector<uint32_t> want = {rows, cols};
      if (cfg->batch > 1)
        want.insert(want.begin(), cfg->batch);
      if (d.shape != want)
        return fail("tensor '" + d.name + "' " + shapeString(d) + " (" + role +
                    ") is not the configured [" +
                    (cfg->batch > 1 ? std::to_string(cfg->batch) + "x" : "") +
                    std::to_string(rows) + "x" + std::to_string(cols) + "]");
      return true;
    };
    uint8_t raw = uint8_t(in.op);
    if (raw < uint8_t(Opcode::Config) ||
        (raw > uint8_t(Opcode::Init) && raw != uint8_t(Opcode::Halt)))
      return fail("unknown opcode " + std::to_string(unsigned(raw)));
    switch (in.op) {
    case Opcode::Config:
      if (in.a >= p.nests.size())
        return fail("no loop nest " + std::to_string(in.a));
      cfg = &p.nests[in.a];
      break;
    case Opcode::Init: {
      if (!tensor(in.a, {TensorKind::Output, TensorKind::Scratch},
                  "initialised tensor") ||
          !tensor(in.b, {TensorKind::Input}, "initial value"))
        return false;
      const TensorDecl &to = p.tensors[in.a], &from = p.tensors[in.b];
      bool unfold = to.shape.size() == 2 && from.shape.size() == 4 &&
                    to.shape[1] == from.shape[1] &&
                    uint64_t(to.shape[0]) ==
                        uint64_t(from.shape[0]) * from.shape[2] * from.shape[3];
      if ((to.shape != from.shape && !unfold) || to.dtype != from.dtype)
        return fail("Init copies '" + p.tensors[in.b].name + "' " +
                    shapeString(p.tensors[in.b]) + " into '" +
                    p.tensors[in.a].name + "' " + shapeString(p.tensors[in.a]) +
                    ": shapes and types must agree");
      break;
    }
    case Opcode::Zero:
      if (!tensor(in.a, {TensorKind::Output, TensorKind::Scratch}, "target"))
        return false;
      break;
    case Opcode::LoadWeights:
      if (!blob(in.a))
        return false;
      if (in.r0 > 1)
        return fail("mode " + std::to_string(in.r0) + " (0 whole, 1 tile)");
      if (in.r0 && (!configured("a tile DMA") ||
                    uint64_t(p.weights[in.a].packed.rows) !=
                        uint64_t(cfg->n) * cfg->batch ||
                    p.weights[in.a].packed.k != cfg->k))
        return fail("weight blob " + std::to_string(in.a) +
                    " is not the configured (batch x N) x K");
      break;
    case Opcode::Load:
    case Opcode::Store: {
      bool load = in.op == Opcode::Load;
      if (!tensor(in.a,
                  load ? std::initializer_list<TensorKind>{TensorKind::Input,
                                                           TensorKind::Output}
                       : std::initializer_list<TensorKind>{TensorKind::Output},
                  load ? "DMA source" : "DMA target"))
        return false;
      if (in.r0 > 3 || (!load && (in.r0 == 1 || in.r0 == 3)))
        return fail("mode " + std::to_string(in.r0) +
                    (load ? " (0 whole, 1 operand tile, 2 result tile, 3 "
                            "partial sums)"
                          : " (0 whole, 2 result tile)"));
      if (in.r0 && !configured("a tile DMA"))
        return false;
      break;
    }
    case Opcode::Im2Col: {
      if (in.r0 > 1)
        return fail("mode " + std::to_string(in.r0) + " (0 whole, 1 tile)");
      if (!tensor(in.a, {TensorKind::Input, TensorKind::Scratch}, "source") ||
          !tensor(in.b, {TensorKind::Scratch}, "Toeplitz matrix"))
        return false;
      if (in.c >= p.convs.size())
        return fail("no convolution " + std::to_string(in.c));
      const TensorDecl &x = p.tensors[in.a], &t = p.tensors[in.b];
      const ConvGeometry &g = p.convs[in.c];
      if (x.shape.size() != 4 || t.shape.size() != 2)
        return fail("Im2Col takes an NCHW tensor to a matrix");
      toeplitzOf[in.b] = in.a;
      if (x.dtype != t.dtype)
        return fail("Im2Col keeps the element type");
      uint64_t oh = convOutputExtent(x.shape[2], g.kh, g.strideH, g.dilationH),
               ow = convOutputExtent(x.shape[3], g.kw, g.strideW, g.dilationW);
      if (!oh || !ow || t.shape[0] != x.shape[0] * oh * ow ||
          t.shape[1] != uint64_t(x.shape[1]) * g.kh * g.kw)
        return fail("the Toeplitz matrix of '" + x.name + "' " +
                    shapeString(x) + " under convolution " +
                    std::to_string(in.c) + " is not " + shapeString(t));
      if (in.r0 && (!configured("a tile Im2Col") || !covered(0) ||
                    t.shape[0] != cfg->m || cfg->batch != 1))
        return fail("a tile Im2Col needs the configured M rows");
      if (!addWork((in.r0 ? uint64_t(cfg->tile[0]) : uint64_t(t.shape[0])) *
                   t.shape[1]))
        return false;
      break;
    }
    case Opcode::RowsToNCHW: {
      if (in.r0 > 1)
        return fail("mode " + std::to_string(in.r0) + " (0 whole, 1 tile)");
      if (!tensor(in.a, {TensorKind::Scratch}, "source") ||
          !tensor(in.b, {TensorKind::Output}, "target"))
        return false;
      const TensorDecl &s = p.tensors[in.a], &o = p.tensors[in.b];
      if (s.shape.size() != 2 || o.shape.size() != 4 ||
          s.shape[1] != o.shape[1] ||
          uint64_t(s.shape[0]) !=
              uint64_t(o.shape[0]) * o.shape[2] * o.shape[3])
        return fail("'" + s.name + "' " + shapeString(s) +
                    " does not fold into '" + o.name + "' " + shapeString(o));
      if (s.dtype != o.dtype)
        return fail("RowsToNCHW keeps the element type");
      if (in.r0 && (!configured("a tile RowsToNCHW") || !covered(0) ||
                    s.shape[0] != cfg->m || cfg->batch != 1))
        return fail("a tile RowsToNCHW needs the configured M rows");
      if (!addWork((in.r0 ? uint64_t(cfg->tile[0]) : uint64_t(s.shape[0])) *
                   s.shape[1]))
        return false;
      break;
    }
    case Opcode::MatMul: {
      if (!blob(in.a) ||
          !tensor(in.b, {TensorKind::Input, TensorKind::Scratch}, "X") ||
          !tensor(in.c, {TensorKind::Output, TensorKind::Scratch}, "Z") ||
          !configured("MatMul") || !covered(0) || !covered(1) || !covered(2) ||
          !covered(4) || !matrix(in.b, cfg->m, cfg->k, "X") ||
          !matrix(in.c, cfg->m, cfg->n, "Z"))
        return false;
      const WeightBlob &b = p.weights[in.a];
      const PackedHss &w = b.packed;
      DType xt = p.tensors[in.b].dtype, zt = p.tensors[in.c].dtype;
      if (!(xt == DType::F32 && zt == DType::F32) &&
          !(xt == DType::I8 && zt == DType::I32))
        return fail("MatMul takes f32 x f32 -> f32 or i8 x i8 -> i32, not '" +
                    p.tensors[in.b].name + "' -> '" + p.tensors[in.c].name +
                    "' of other types");
      if (xt == DType::I8 && b.source >= 0 &&
          p.tensors[b.source].dtype != DType::I8)
        return fail("weight blob " + std::to_string(in.a) +
                    " comes from a tensor that is not i8");
      if (xt == DType::I8)
        for (size_t i = 0; i < b.packed.payload.size(); ++i) {
          float v = b.packed.payload[i];
          if (!(v >= -128.0f && v <= 127.0f) || v != std::floor(v))
            return fail("weight blob " + std::to_string(in.a) + " value " +
                        std::to_string(i) +
                        " is not an i8, but the MatMul is "
                        "i8 x i8 -> i32");
        }
      if (w.k != cfg->k || uint64_t(w.rows) != uint64_t(cfg->n) * cfg->batch)
        return fail("weight blob " + std::to_string(in.a) + " is " +
                    std::to_string(w.rows) + "x" + std::to_string(w.k) +
                    ", not the configured (batch x N) x K");
      uint64_t period = 1, stored = 1;
      for (auto [g, h] : w.ranks) {
        period *= h;
        stored *= g;
      }
      if (period != cfg->vfmuShift)
        return fail("the VFMU shift is " + std::to_string(cfg->vfmuShift) +
                    " but weight blob " + std::to_string(in.a) +
                    "'s pattern spans " + std::to_string(period));
      if (cfg->tile[2] % period)
        return fail("K tiles of " + std::to_string(cfg->tile[2]) +
                    " split the weight pattern's groups of " +
                    std::to_string(period));
      // The GLB holds the tiles of the tensors it keeps.
      uint64_t wordBits = p.wordBits;
      uint64_t wTile = uint64_t(cfg->tile[1]) * cfg->tile[2] / period;
      uint64_t bits = 0;
      if (cfg->glbKeeps & 1) {
        if (toeplitzOf[in.b] >= 0)
          // The share of the NCHW source the tile's rows and columns need.
          bits += (p.tensors[toeplitzOf[in.b]].elements() * wordBits *
                       cfg->tile[0] / cfg->m * cfg->tile[2] +
                   cfg->k - 1) /
                  cfg->k;
        else
          bits += uint64_t(cfg->tile[0]) * cfg->tile[2] * wordBits;
      }
      if (cfg->glbKeeps & 2) {
        uint64_t perRank = 1, metaPerGroup = 0;
        for (size_t r = w.ranks.size(); r-- > 0;) {
          perRank *= w.ranks[r].first;
          metaPerGroup += perRank * coordinateBits(w.ranks[r].second);
        }
        bits += wTile * (stored * wordBits + metaPerGroup);
      }
      if (cfg->glbKeeps & 4)
        bits += uint64_t(cfg->tile[0]) * cfg->tile[1] * wordBits;
      uint64_t bytes = (bits + 7) / 8;
      if (bytes > p.glbBytes)
        return fail("the tiles the GLB keeps need " + std::to_string(bytes) +
                    " bytes but it holds " + std::to_string(p.glbBytes));
      // Bound the simulation's work: every execution of this MatMul visits
      // its tile's MAC slots and GLB steps.
      uint64_t tileWork = uint64_t(cfg->tile[0]) * cfg->tile[1] * cfg->tile[2] +
                          uint64_t(cfg->tile[0] / cfg->step[0]) *
                              (cfg->tile[1] / cfg->step[1]) *
                              (cfg->tile[2] / cfg->step[2]);
      if (!addWork(tileWork))
        return false;
      break;
    }
    case Opcode::Loop:
      if (in.a == 0)
        return fail("a loop of 0 iterations");
      if (in.r0 > 4)
        return fail("loop tag " + std::to_string(in.r0) +
                    " (0 M, 1 N, 2 K, 3 none, 4 batch)");
      if (loops.size() >= 16)
        return fail("loops nest deeper than 16");
      trips *= in.a;
      if (trips > (1u << 24))
        return fail("the loop nest runs more than 2^24 iterations");
      loops.push_back({in.a, in.r0});
      break;
    case Opcode::EndLoop:
      if (loops.empty())
        return fail("EndLoop without Loop");
      trips /= loops.back().count;
      loops.pop_back();
      break;
    case Opcode::Barrier:
      break;
    case Opcode::Halt:
      halted = true;
      break;
    }
    // Copies and DMA accounting touch whole tensors (block-CSR counts
    // their non-zeros): part of the work bound too.
    if ((in.op == Opcode::Zero || in.op == Opcode::Init ||
         in.op == Opcode::Load || in.op == Opcode::Store) &&
        !addWork(p.tensors[in.a].elements()))
      return false;
    if (halted && i + 1 != p.code.size())
      return fail("Halt before the end of the stream");
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

bool sparseaccel::sim::packRuntimeWeights(
    const Program &p, const std::vector<std::vector<double>> &tensors,
    std::vector<WeightBlob> &resolved, std::string &error) {
  resolved = p.weights;
  for (size_t i = 0; i < resolved.size(); ++i) {
    WeightBlob &b = resolved[i];
    if (b.source < 0)
      continue;
    const std::vector<uint32_t> &s = p.tensors[b.source].shape;
    const std::vector<double> &v = tensors[b.source];
    uint64_t rows = b.packed.rows, k = b.packed.k;
    std::vector<float> dense(rows * k);
    for (uint64_t r = 0; r < rows; ++r)
      for (uint64_t kk = 0; kk < k; ++kk) {
        uint64_t at = 0;
        if (b.layout == WeightLayout::KN) {
          at = kk * rows + r;
        } else if (b.layout == WeightLayout::BKN) {
          uint64_t n = s[2], batch = r / n, col = r % n;
          at = (batch * k + kk) * n + col;
        } else {
          // K in (kh, kw, c) order: channels innermost.
          uint64_t c = s[1], kh = s[2], kw = s[3];
          uint64_t ch = kk % c, j = (kk / c) % kw, i = kk / (c * kw);
          at = ((r * c + ch) * kh + i) * kw + j;
        }
        dense[r * k + kk] = float(v[at]);
      }
    PackedHss packed;
    if (!packHss(dense, unsigned(rows), unsigned(k), b.packed.ranks,
                 b.packed.valueBits, packed, error)) {
      error = "input '" + p.tensors[b.source].name +
              "' does not fit weight blob " + std::to_string(i) +
              "'s pattern: " + error;
      return false;
    }
    b.packed = std::move(packed);
  }
  return true;
}
