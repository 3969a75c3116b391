//===- TimeloopConstraints.cpp - Timeloop mapspace constraints ------------===//

#include "SparseAccel/Target/Sparseloop/TimeloopConstraints.h"

#include "llvm/ADT/StringRef.h"

#include <algorithm>
#include <cctype>
#include <set>

using namespace sparseaccel;
using namespace sparseaccel::sparseloop;
using model::MapSpaceConstraints;
using model::ModelSpec;

namespace {
struct ConstraintReader {
  ModelSpec &spec;
  MapSpaceConstraints &out;
  std::vector<std::string> &errors;

  void error(const YamlLocation &loc, const std::string &msg) {
    errors.push_back(loc.str() + ": error: " + msg);
  }

  const YamlNode *scalar(const YamlNode *n, const char *key) {
    const YamlNode *v = n->get(key);
    if (v && !v->isScalar()) {
      error(v->loc, std::string("'") + key + "' must be a scalar");
      return nullptr;
    }
    return v;
  }

  /// "M=1 K=0 N8": Timeloop's factor syntax (the '=' is optional; 0 is the
  /// whole dimension).
  bool factors(const YamlNode *v, std::vector<int64_t> &perDim) {
    const auto &w = spec.workload;
    perDim.assign(w.dimNames.size(), 0);
    llvm::StringRef rest(v->scalar);
    rest = rest.split('#').first;
    while (!(rest = rest.ltrim(" \t,")).empty()) {
      // Timeloop's syntax: letters, an optional '=', digits.
      size_t n = 0;
      while (n < rest.size() && isalpha((unsigned char)rest[n]))
        ++n;
      llvm::StringRef name = rest.take_front(n);
      rest = rest.drop_front(n).ltrim(" \t").ltrim('=').ltrim(" \t");
      size_t m = 0;
      while (m < rest.size() && isdigit((unsigned char)rest[m]))
        ++m;
      int64_t value;
      if (name.empty() || m == 0 ||
          rest.take_front(m).getAsInteger(10, value)) {
        error(v->loc, "cannot read the factors '" + v->scalar +
                          "' (expected DIM=N ...)");
        return false;
      }
      rest = rest.drop_front(m);
      int d = w.findDim(name.str());
      if (d < 0) {
        error(v->loc, "factors name '" + name.str() +
                          "', which is not a dimension of the problem");
        return false;
      }
      if (perDim[d]) {
        error(v->loc, "factor of '" + name.str() + "' given twice");
        return false;
      }
      perDim[d] = value == 0 || value > w.bounds[d] ? w.bounds[d] : value;
      if (w.bounds[d] % perDim[d] != 0) {
        error(v->loc, "factor " + name.str() + "=" + std::to_string(value) +
                          " does not divide the dimension's bound " +
                          std::to_string(w.bounds[d]));
        return false;
      }
    }
    return true;
  }

  /// "KMN" (one letter per dimension) or "K M N", innermost first.
  bool permutation(const YamlNode *v, std::vector<unsigned> &dims) {
    const auto &w = spec.workload;
    std::vector<std::string> names;
    llvm::StringRef text(v->scalar);
    if (text.contains(' ')) {
      llvm::SmallVector<llvm::StringRef> parts;
      text.split(parts, ' ', -1, false);
      for (llvm::StringRef p : parts)
        names.push_back(p.str());
    } else {
      for (char ch : text)
        names.push_back(std::string(1, ch));
    }
    std::set<int> seen;
    for (const std::string &n : names) {
      int d = w.findDim(n);
      if (d < 0) {
        error(v->loc, "permutation names '" + n +
                          "', which is not a dimension of the problem");
        return false;
      }
      if (!seen.insert(d).second) {
        error(v->loc, "permutation names '" + n + "' twice");
        return false;
      }
      dims.push_back(unsigned(d));
    }
    return true;
  }

  bool tensors(const YamlNode *v, std::vector<int> &out) {
    if (!v)
      return true;
    if (!v->isSeq()) {
      error(v->loc, "'keep' and 'bypass' take a list of tensors");
      return false;
    }
    for (const YamlNode *item : v->items) {
      int ds =
          item->isScalar() ? spec.workload.findDataSpace(item->scalar) : -1;
      if (ds < 0) {
        error(item->loc, "'" + (item->isScalar() ? item->scalar : "?") +
                             "' is not a tensor of the problem");
        return false;
      }
      out.push_back(ds);
    }
    return true;
  }

  bool one(const YamlNode *c) {
    if (!c->isMap()) {
      error(c->loc, "a mapspace constraint must be a mapping");
      return false;
    }
    static const std::set<std::string> known = {
        "target", "type", "factors", "permutation", "keep",
        "bypass", "min",  "split",   "attributes"};
    for (const YamlNode::Entry &e : c->entries)
      if (!known.count(e.key)) {
        error(e.keyLoc, "unknown key '" + e.spelled +
                            "' in a mapspace constraint (known: target, "
                            "type, factors, permutation, keep, bypass, min, "
                            "split)");
        return false;
      }
    const YamlNode *attrs = c->get("attributes");
    const YamlNode *src = attrs && attrs->isMap() ? attrs : c;
    const YamlNode *target = scalar(c, "target"), *type = scalar(c, "type");
    if (!target || !type) {
      error(c->loc, "a mapspace constraint needs 'target' and 'type'");
      return false;
    }
    int level = -1;
    for (unsigned l = 0; l < spec.arch.levels.size(); ++l)
      if (spec.arch.levels[l].name == target->scalar)
        level = int(l);
    if (level < 0) {
      error(target->loc, "constraint target '" + target->scalar +
                             "' is not a storage level of the architecture");
      return false;
    }
    model::LevelMapConstraint &lc = out.levels[level];
    const std::string &t = type->scalar;
    if (t == "temporal" || t == "spatial") {
      if (const YamlNode *f = scalar(src, "factors")) {
        std::vector<int64_t> perDim;
        if (!factors(f, perDim))
          return false;
        auto &fixed = t == "temporal" ? lc.temporalFixed : lc.spatialFixedX;
        fixed.resize(perDim.size(), 0);
        for (unsigned d = 0; d < perDim.size(); ++d)
          if (perDim[d])
            fixed[d] = perDim[d];
      }
      if (const YamlNode *p = scalar(src, "permutation")) {
        if (t == "temporal") {
          if (!lc.permutation.empty()) {
            error(p->loc,
                  "permutation of '" + target->scalar + "' given twice");
            return false;
          }
          if (!permutation(p, lc.permutation))
            return false;
        } else {
          // The spatial loop order only says which dimension goes along
          // X; the search keeps spatial factors on X.
          std::vector<unsigned> ignored;
          if (!permutation(p, ignored))
            return false;
        }
      }
      return true;
    }
    if (t == "bypass" || t == "datatype") {
      std::vector<int> keep, bypass;
      if (!tensors(src->get("keep"), keep) ||
          !tensors(src->get("bypass"), bypass))
        return false;
      auto &flags = spec.mapping.levels[level].keep;
      for (int ds : keep)
        flags[ds] = true;
      for (int ds : bypass) {
        if (std::find(keep.begin(), keep.end(), ds) != keep.end()) {
          error(c->loc, "'" + spec.workload.dataSpaces[ds].name +
                            "' is both kept and bypassed");
          return false;
        }
        flags[ds] = false;
      }
      return true;
    }
    if (t == "utilization") {
      const YamlNode *m = scalar(src, "min");
      double v = 0;
      if (!m || llvm::StringRef(m->scalar).getAsDouble(v) || v < 0 || v > 1) {
        error(m ? m->loc : c->loc,
              "a utilization constraint needs 'min' between 0 and 1");
        return false;
      }
      lc.minUtilization = v;
      return true;
    }
    error(type->loc, "unknown constraint type '" + t +
                         "' (temporal, spatial, bypass, datatype, "
                         "utilization)");
    return false;
  }
};
} // namespace

bool sparseaccel::sparseloop::readMapspaceConstraints(
    const YamlNode *section, ModelSpec &spec, MapSpaceConstraints &out,
    std::vector<std::string> &errors) {
  out = model::freeConstraints(spec);
  ConstraintReader r{spec, out, errors};
  // The list itself, or a map holding it under 'constraints' or 'targets'
  // (Timeloop accepts all three).
  const YamlNode *list = section;
  if (section && section->isMap()) {
    list = section->get("constraints");
    if (!list)
      list = section->get("targets");
  }
  if (!list || !list->isSeq()) {
    r.error(section ? section->loc : YamlLocation{},
            "mapspace constraints must be a list (or a map with "
            "'constraints:' or 'targets:' holding one)");
    return false;
  }
  bool ok = true;
  for (const YamlNode *item : list->items) {
    // Timeloop's newer form: a target with a 'constraints' list of its own.
    if (item->isMap() && item->get("constraints") &&
        item->get("constraints")->isSeq()) {
      for (const YamlNode *c : item->get("constraints")->items) {
        YamlNode merged = *c;
        if (const YamlNode::Entry *t = item->entry("target"))
          merged.entries.push_back(*t);
        ok &= r.one(&merged);
      }
      continue;
    }
    ok &= r.one(item);
  }
  return ok;
}
