//===- NpyTest.cpp - .npy reading and writing
//------------------------------===//

#include "SparseAccel/Sim/Npy.h"

#include "llvm/Support/FileSystem.h"

#include "gtest/gtest.h"

#include <cstring>

using namespace sparseaccel::sim;

namespace {

std::vector<uint8_t> npy(const std::string &dict, const void *data,
                         size_t bytes) {
  std::string h = dict;
  size_t total = 10 + h.size() + 1;
  h.append((64 - total % 64) % 64, ' ');
  h += '\n';
  std::vector<uint8_t> out = {0x93,
                              'N',
                              'U',
                              'M',
                              'P',
                              'Y',
                              1,
                              0,
                              uint8_t(h.size() & 0xff),
                              uint8_t(h.size() >> 8)};
  out.insert(out.end(), h.begin(), h.end());
  const uint8_t *p = static_cast<const uint8_t *>(data);
  out.insert(out.end(), p, p + bytes);
  return out;
}

TEST(Npy, ReadsTheDtypesNumpyWrites) {
  float f[6] = {0, 1, 2, 3, 4, 5};
  NpyArray a;
  std::string err;
  ASSERT_TRUE(parseNpy(npy("{'descr': '<f4', 'fortran_order': False, "
                           "'shape': (2, 3), }",
                           f, sizeof f),
                       a, err))
      << err;
  EXPECT_EQ(a.dtype, "f4");
  EXPECT_EQ(a.shape, (std::vector<int64_t>{2, 3}));
  EXPECT_EQ(a.values[5], 5.0);
  int8_t i[3] = {-1, 0, 7};
  ASSERT_TRUE(parseNpy(npy("{'descr': '|i1', 'fortran_order': False, "
                           "'shape': (3,), }",
                           i, sizeof i),
                       a, err))
      << err;
  EXPECT_EQ(a.values, (std::vector<double>{-1, 0, 7}));
  double d[1] = {2.5};
  ASSERT_TRUE(parseNpy(npy("{'descr': '<f8', 'fortran_order': False, "
                           "'shape': (), }",
                           d, sizeof d),
                       a, err));
  EXPECT_TRUE(a.shape.empty());
  EXPECT_EQ(a.values, std::vector<double>{2.5});
}

TEST(Npy, RejectsEverythingElseWithAReason) {
  float f[4] = {1, 2, 3, 4};
  NpyArray a;
  std::string err;
  auto bad = [&](std::vector<uint8_t> bytes, const char *why) {
    err.clear();
    EXPECT_FALSE(parseNpy(bytes, a, err)) << why;
    EXPECT_NE(err.find(why), std::string::npos) << err;
  };
  bad({1, 2, 3}, "bad magic");
  bad(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }", f,
          sizeof f),
      "truncated .npy data");
  bad(npy("{'descr': '<c8', 'fortran_order': False, 'shape': (1,), }", f, 8),
      "unsupported dtype 'c8'");
  bad(npy("{'descr': '<f4', 'fortran_order': True, 'shape': (4,), }", f,
          sizeof f),
      "Fortran-ordered");
  bad(npy("{'descr': '>f4', 'fortran_order': False, 'shape': (4,), }", f,
          sizeof f),
      "big-endian");
  bad(npy("{'descr': '<f4', 'shape': (4,), }", f, sizeof f),
      "lacks descr, fortran_order or shape");
  bad(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (x,), }", f,
          sizeof f),
      "bad dimension 'x'");
  auto truncated = npy("{'descr': '<f4', 'fortran_order': False, "
                       "'shape': (4,), }",
                       f, sizeof f);
  truncated.resize(20);
  bad(truncated, "truncated .npy header");
}

TEST(Npy, WritesWhatItReads) {
  llvm::SmallString<128> path;
  ASSERT_FALSE(llvm::sys::fs::createTemporaryFile("npy", "npy", path));
  std::string err;
  std::vector<double> v = {1.5, -2, 0, 4};
  ASSERT_TRUE(writeNpy(std::string(path), {2, 2}, v, "f4", err)) << err;
  NpyArray a;
  ASSERT_TRUE(readNpy(std::string(path), a, err)) << err;
  EXPECT_EQ(a.shape, (std::vector<int64_t>{2, 2}));
  EXPECT_EQ(a.dtype, "f4");
  EXPECT_EQ(a.values, v);
  // int32 keeps every value of its range exactly.
  std::vector<double> ints = {-2147483648.0, 2147483647.0, 0, 16777217.0};
  ASSERT_TRUE(writeNpy(std::string(path), {4}, ints, "i4", err));
  ASSERT_TRUE(readNpy(std::string(path), a, err)) << err;
  EXPECT_EQ(a.shape, (std::vector<int64_t>{4}));
  EXPECT_EQ(a.dtype, "i4");
  EXPECT_EQ(a.values, ints);
  EXPECT_FALSE(writeNpy(std::string(path), {4}, ints, "u2", err));
  llvm::sys::fs::remove(path);
  EXPECT_FALSE(readNpy("/nonexistent/x.npy", a, err));
}

} // namespace
