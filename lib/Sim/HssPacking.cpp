//===- HssPacking.cpp - Hierarchical CP packing of HSS operands -----------===//

#include "SparseAccel/Sim/HssPacking.h"

#include <algorithm>

using namespace sparseaccel::sim;

void BitStream::write(uint64_t value, unsigned bits) {
  for (unsigned i = 0; i < bits; ++i, ++bits_) {
    if (bits_ % 8 == 0)
      bytes_.push_back(0);
    if ((value >> i) & 1)
      bytes_.back() |= uint8_t(1u << (bits_ % 8));
  }
}

uint64_t BitStream::read(uint64_t &pos, unsigned bits) const {
  uint64_t v = 0;
  for (unsigned i = 0; i < bits; ++i, ++pos)
    if (pos < bits_ && ((bytes_[pos / 8] >> (pos % 8)) & 1))
      v |= uint64_t(1) << i;
  return v;
}

BitStream BitStream::fromBytes(std::vector<uint8_t> bytes, uint64_t bits) {
  BitStream s;
  s.bytes_ = std::move(bytes);
  s.bits_ = std::min<uint64_t>(bits, uint64_t(s.bytes_.size()) * 8);
  return s;
}

unsigned sparseaccel::sim::coordinateBits(unsigned h) {
  unsigned b = 0;
  while ((1u << b) < h)
    ++b;
  return b;
}

uint64_t PackedHss::metadataBits() const {
  uint64_t bits = 0;
  for (const BitStream &m : metadata)
    bits += m.sizeInBits();
  return bits;
}

bool sparseaccel::sim::packHss(const std::vector<float> &dense, unsigned rows,
                               unsigned k, const HssRanks &ranks,
                               unsigned valueBits, PackedHss &out,
                               std::string &error) {
  out = PackedHss();
  out.rows = rows;
  out.k = k;
  out.ranks = ranks;
  out.valueBits = valueBits;
  out.metadata.assign(ranks.size(), BitStream());
  uint64_t period = 1;
  for (auto [g, h] : ranks) {
    if (h == 0 || g == 0 || g > h) {
      error = "bad rule " + std::to_string(g) + ":" + std::to_string(h);
      return false;
    }
    period *= h;
  }
  if (ranks.empty() || k % period) {
    error = "K = " + std::to_string(k) +
            " is not a multiple of the pattern's period " +
            std::to_string(period);
    return false;
  }
  if (dense.size() != uint64_t(rows) * k) {
    error = "the matrix has " + std::to_string(dense.size()) +
            " values, not rows x K";
    return false;
  }
  // Recursive descent from the top rank: a member of rank r is a block of
  // prod_{i<r} H(i) elements; it is non-empty if any element is.
  std::vector<uint64_t> blockSize(ranks.size() + 1, 1);
  for (size_t r = 0; r < ranks.size(); ++r)
    blockSize[r + 1] = blockSize[r] * ranks[r].second;
  for (unsigned row = 0; row < rows; ++row) {
    const float *x = &dense[uint64_t(row) * k];
    auto nonEmpty = [&](uint64_t start, uint64_t size) {
      for (uint64_t i = 0; i < size; ++i)
        if (x[start + i] != 0.0f)
          return true;
      return false;
    };
    // pack(r, start): the group of rank r starting at element `start`.
    bool ok = true;
    auto pack = [&](auto &self, size_t r, uint64_t start) -> void {
      if (!ok)
        return;
      auto [g, h] = ranks[r];
      uint64_t member = blockSize[r];
      std::vector<unsigned> chosen;
      for (unsigned j = 0; j < h; ++j)
        if (nonEmpty(start + j * member, member))
          chosen.push_back(j);
      if (chosen.size() > g) {
        error = "row " + std::to_string(row) + ": " +
                std::to_string(chosen.size()) + " non-empty members in a " +
                std::to_string(g) + ":" + std::to_string(h) +
                " group of rank " + std::to_string(r) +
                " at K = " + std::to_string(start);
        ok = false;
        return;
      }
      // Exactly G entries: pad with the lowest unused coordinates.
      for (unsigned j = 0; chosen.size() < g && j < h; ++j)
        if (!std::count(chosen.begin(), chosen.end(), j))
          chosen.push_back(j);
      std::sort(chosen.begin(), chosen.end());
      unsigned bits = coordinateBits(h);
      for (unsigned j : chosen) {
        out.metadata[r].write(j, bits);
        if (r == 0)
          out.payload.push_back(x[start + j]);
        else
          self(self, r - 1, start + j * member);
      }
    };
    for (uint64_t s = 0; s < k && ok; s += period)
      pack(pack, ranks.size() - 1, s);
    if (!ok)
      return false;
  }
  return true;
}

std::vector<float> sparseaccel::sim::unpackHss(const PackedHss &p) {
  std::vector<float> dense(uint64_t(p.rows) * p.k, 0.0f);
  std::vector<uint64_t> pos(p.ranks.size(), 0);
  std::vector<uint64_t> blockSize(p.ranks.size() + 1, 1);
  for (size_t r = 0; r < p.ranks.size(); ++r)
    blockSize[r + 1] = blockSize[r] * p.ranks[r].second;
  uint64_t period = blockSize.back(), value = 0;
  for (unsigned row = 0; row < p.rows; ++row) {
    float *x = &dense[uint64_t(row) * p.k];
    auto unpack = [&](auto &self, size_t r, uint64_t start) -> void {
      auto [g, h] = p.ranks[r];
      unsigned bits = coordinateBits(h);
      for (unsigned i = 0; i < g; ++i) {
        uint64_t j = p.metadata[r].read(pos[r], bits);
        if (r == 0)
          x[start + j] = value < p.payload.size() ? p.payload[value++] : 0.0f;
        else
          self(self, r - 1, start + j * blockSize[r]);
      }
    };
    for (uint64_t s = 0; s < p.k; s += period)
      unpack(unpack, p.ranks.size() - 1, s);
  }
  return dense;
}

MacCounts sparseaccel::sim::hssMatmul(const PackedHss &a, const float *b,
                                      unsigned n, float *z) {
  // Decode each row's K coordinates once (what the VFMU does), then stream
  // B's rows for the stored values only.
  MacCounts counts;
  std::vector<uint64_t> pos(a.ranks.size(), 0);
  std::vector<uint64_t> blockSize(a.ranks.size() + 1, 1);
  for (size_t r = 0; r < a.ranks.size(); ++r)
    blockSize[r + 1] = blockSize[r] * a.ranks[r].second;
  uint64_t period = blockSize.back(), value = 0;
  std::vector<uint32_t> ks;
  for (unsigned row = 0; row < a.rows; ++row) {
    ks.clear();
    auto decode = [&](auto &self, size_t r, uint64_t start) -> void {
      auto [g, h] = a.ranks[r];
      unsigned bits = coordinateBits(h);
      for (unsigned i = 0; i < g; ++i) {
        uint64_t j = a.metadata[r].read(pos[r], bits);
        if (r == 0)
          ks.push_back(uint32_t(start + j));
        else
          self(self, r - 1, start + j * blockSize[r]);
      }
    };
    for (uint64_t s = 0; s < a.k; s += period)
      decode(decode, a.ranks.size() - 1, s);
    float *zr = z + uint64_t(row) * n;
    for (uint32_t kk : ks) {
      float av = a.payload[value++];
      if (av == 0.0f) {
        // A padded entry (the group had fewer than G non-zeros): the
        // hardware still spends its slot, gated.
        counts.gated += n;
        continue;
      }
      const float *br = b + uint64_t(kk) * n;
      for (unsigned j = 0; j < n; ++j) {
        float bv = br[j];
        if (bv == 0.0f) {
          ++counts.gated;
          continue;
        }
        zr[j] += av * bv;
        ++counts.effectual;
      }
    }
  }
  return counts;
}
