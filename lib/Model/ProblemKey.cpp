//===- ProblemKey.cpp - Identity of a mapping problem ---------------------===//

#include "SparseAccel/Model/ProblemKey.h"

#include "llvm/ADT/Hashing.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace sparseaccel::model;

namespace {
template <typename T>
void list(llvm::raw_ostream &os, const std::vector<T> &v) {
  os << '[';
  for (const T &x : v)
    os << x << ',';
  os << ']';
}

void writeDensity(llvm::raw_ostream &os, const DensitySpec &d) {
  // %a: the value the laws use, exactly (hex float).
  os << "d" << unsigned(d.kind) << ':' << llvm::format("%a", d.density) << ":b"
     << d.bandWidth << ":h";
  for (const GHRatio &r : d.hss)
    os << r.g << '/' << r.h << ',';
  if (d.mask)
    os << ":m" << d.mask->size() << '#'
       << uint64_t(llvm::hash_combine_range(d.mask->begin(), d.mask->end()));
}
} // namespace

std::string sparseaccel::model::problemKey(const ModelSpec &spec) {
  std::string key;
  llvm::raw_string_ostream os(key);
  const WorkloadSpec &w = spec.workload;
  os << "W";
  // Dimension names name the loops of the mapping the result is written as.
  for (const std::string &n : w.dimNames)
    os << n << ',';
  list(os, w.bounds);
  for (const DataSpaceSpec &ds : w.dataSpaces) {
    os << '{' << ds.name << (ds.readWrite ? ":rw" : ":ro");
    for (const auto &axis : ds.axes) {
      os << '(';
      for (const ProjectionTerm &t : axis)
        os << t.coef << '*' << t.dim << '+';
      os << ')';
    }
    os << '}';
  }
  for (const DensitySpec &d : w.densities)
    writeDensity(os, d);
  if (w.jointOperandDensity)
    os << ":j" << llvm::format("%a", *w.jointOperandDensity);

  os << "|M";
  for (const LevelMappingSpec &l : spec.mapping.levels) {
    os << '<';
    for (const LoopSpec &lp : l.loops)
      os << lp.dim << 'x' << lp.bound << 'k' << unsigned(lp.kind) << ',';
    os << "keep";
    for (bool k : l.keep)
      os << k;
    os << "stream";
    for (bool s : l.stream)
      os << s;
    os << '>';
  }

  os << "|S" << spec.sparse.computeGateOnZero
     << spec.sparse.computeSkipUnaligned;
  for (const LevelSafSpec &l : spec.sparse.levels) {
    os << '<';
    for (const auto &[ds, rep] : l.formats) {
      os << ds << (rep.innerToOuter ? "io" : "oi") << ':';
      for (const FormatRankSpec &r : rep.ranks) {
        os << unsigned(r.format) << '/' << r.metadataBits << '/'
           << r.payloadBits;
        list(os, r.flattenedDims);
      }
      os << ';';
    }
    for (const ActionOptSpec &a : l.actions) {
      os << 'a' << unsigned(a.kind) << (a.publicAsSkipping ? "p" : "");
      for (const ActionOptionSpec &o : a.options) {
        os << o.target << "on";
        list(os, o.conditionOn);
      }
    }
    os << '>';
  }
  os << "|V" << unsigned(spec.variant);
  return key;
}
