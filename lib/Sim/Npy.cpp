//===- Npy.cpp - NumPy .npy files for the simulator -----------------------===//

#include "SparseAccel/Sim/Npy.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>

using namespace sparseaccel::sim;

namespace {

/// The value of `key` in numpy's header dict, e.g. "'descr': '<f4'".
bool field(llvm::StringRef header, llvm::StringRef key,
           llvm::StringRef &value) {
  size_t at = header.find("'" + key.str() + "'");
  if (at == llvm::StringRef::npos)
    return false;
  llvm::StringRef rest = header.substr(at + key.size() + 2).ltrim();
  if (!rest.consume_front(":"))
    return false;
  value = rest.ltrim();
  return true;
}

} // namespace

bool sparseaccel::sim::parseNpy(const std::vector<uint8_t> &bytes,
                                NpyArray &out, std::string &error) {
  out = NpyArray();
  static const char magic[] = "\x93NUMPY";
  if (bytes.size() < 10 || std::memcmp(bytes.data(), magic, 6) != 0) {
    error = "not a .npy file (bad magic)";
    return false;
  }
  unsigned major = bytes[6];
  size_t headerLen, start;
  if (major == 1) {
    headerLen = bytes[8] | (size_t(bytes[9]) << 8);
    start = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12) {
      error = "truncated .npy header";
      return false;
    }
    headerLen = bytes[8] | (size_t(bytes[9]) << 8) | (size_t(bytes[10]) << 16) |
                (size_t(bytes[11]) << 24);
    start = 12;
  } else {
    error = "unsupported .npy version " + std::to_string(major);
    return false;
  }
  if (start + headerLen > bytes.size()) {
    error = "truncated .npy header";
    return false;
  }
  llvm::StringRef header(reinterpret_cast<const char *>(bytes.data()) + start,
                         headerLen);
  llvm::StringRef descr, order, shape;
  if (!field(header, "descr", descr) ||
      !field(header, "fortran_order", order) ||
      !field(header, "shape", shape)) {
    error = "the .npy header lacks descr, fortran_order or shape";
    return false;
  }
  if (!order.starts_with("False")) {
    error = "Fortran-ordered arrays are not supported";
    return false;
  }
  if (!descr.consume_front("'") || descr.size() < 3) {
    error = "bad descr in the .npy header";
    return false;
  }
  char endian = descr[0];
  std::string dt = descr.substr(1, descr.find('\'') - 1).str();
  if (endian == '>' && dt != "i1") {
    error = "big-endian data is not supported";
    return false;
  }
  unsigned width = dt == "f4" || dt == "i4"   ? 4
                   : dt == "f8" || dt == "i8" ? 8
                   : dt == "i1"               ? 1
                                              : 0;
  if (!width) {
    error = "unsupported dtype '" + dt + "' (expected f4, f8, i1, i4 or i8)";
    return false;
  }
  out.dtype = dt;
  if (!shape.consume_front("(")) {
    error = "bad shape in the .npy header";
    return false;
  }
  shape = shape.substr(0, shape.find(')'));
  uint64_t count = 1;
  while (!(shape = shape.trim()).empty()) {
    auto [num, rest] = shape.split(',');
    int64_t d;
    if (num.trim().getAsInteger(10, d) || d < 0 || d > (int64_t(1) << 40)) {
      error = "bad dimension '" + num.trim().str() + "' in the .npy shape";
      return false;
    }
    out.shape.push_back(d);
    count *= uint64_t(d);
    if (count > (uint64_t(1) << 34)) {
      error = "the .npy array is too large";
      return false;
    }
    shape = rest;
  }
  size_t data = start + headerLen;
  if (bytes.size() - data < count * width) {
    error = "truncated .npy data: " + std::to_string(bytes.size() - data) +
            " bytes for " + std::to_string(count) + " values of " +
            std::to_string(width);
    return false;
  }
  out.values.resize(count);
  const uint8_t *p = bytes.data() + data;
  for (uint64_t i = 0; i < count; ++i, p += width) {
    if (dt == "f4") {
      float f;
      std::memcpy(&f, p, 4);
      out.values[i] = f;
    } else if (dt == "f8") {
      double f;
      std::memcpy(&f, p, 8);
      out.values[i] = f;
    } else if (dt == "i1") {
      out.values[i] = double(int8_t(*p));
    } else if (dt == "i4") {
      int32_t v;
      std::memcpy(&v, p, 4);
      out.values[i] = double(v);
    } else {
      int64_t v;
      std::memcpy(&v, p, 8);
      out.values[i] = double(v);
    }
  }
  return true;
}

bool sparseaccel::sim::readNpy(const std::string &path, NpyArray &out,
                               std::string &error) {
  auto buf = llvm::MemoryBuffer::getFile(path);
  if (!buf) {
    error = "cannot read '" + path + "': " + buf.getError().message();
    return false;
  }
  llvm::StringRef b = (*buf)->getBuffer();
  std::vector<uint8_t> bytes(b.begin(), b.end());
  if (!parseNpy(bytes, out, error)) {
    error = path + ": " + error;
    return false;
  }
  return true;
}

bool sparseaccel::sim::writeNpy(const std::string &path,
                                const std::vector<int64_t> &shape,
                                const std::vector<double> &values,
                                const std::string &dtype, std::string &error) {
  if (dtype != "f4" && dtype != "i4") {
    error = "cannot write dtype '" + dtype + "' (f4 or i4)";
    return false;
  }
  std::string dims;
  for (size_t i = 0; i < shape.size(); ++i)
    dims += (i ? ", " : "") + std::to_string(shape[i]);
  if (shape.size() == 1)
    dims += ","; // numpy spells a 1-tuple "(3,)"
  std::string dict = "{'descr': '<" + dtype +
                     "', 'fortran_order': False, 'shape': (" + dims + "), }";
  size_t total = 10 + dict.size() + 1;
  dict.append((64 - total % 64) % 64, ' ');
  dict += '\n';
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    error = "cannot write '" + path + "': " + ec.message();
    return false;
  }
  os << "\x93NUMPY" << char(1) << char(0) << char(dict.size() & 0xff)
     << char(dict.size() >> 8) << dict;
  // Both dtypes are 4 bytes wide.
  std::vector<char> data(values.size() * 4);
  for (size_t i = 0; i < values.size(); ++i) {
    if (dtype == "f4") {
      float f = float(values[i]);
      std::memcpy(&data[i * 4], &f, 4);
    } else {
      int32_t v = int32_t(values[i]);
      std::memcpy(&data[i * 4], &v, 4);
    }
  }
  os.write(data.data(), data.size());
  os.close();
  if (os.has_error()) {
    error = "cannot write '" + path + "'";
    os.clear_error();
    return false;
  }
  return true;
}
