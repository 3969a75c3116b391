//===- TimeloopFrontEnd.cpp - Timeloop/Sparseloop v0.3 inputs -------------===//
//
// Each section has its own reader below; they share a Reader that knows how
// to fetch typed values and reports "file:line:col: error: ..." naming the
// key. Timeloop's own defaults are applied where Timeloop documents them
// (keep everything unless bypassed, 16-bit words, block size from width);
// a missing key Timeloop would need is an error.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"
#include "SparseAccel/Target/Sparseloop/TimeloopConstraints.h"
#include "SparseAccel/Target/Sparseloop/YamlTree.h"

#include "SparseAccel/Model/RankFormat.h"
#include "SparseAccel/Model/StructuredPattern.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

using namespace sparseaccel;
using namespace sparseaccel::sparseloop;
using namespace sparseaccel::model;

namespace {

class Reader {
public:
  explicit Reader(std::vector<FrontEndDiagnostic> &diags) : diags_(diags) {}

  void error(const YamlLocation &loc, const std::string &msg) {
    diags_.push_back({true, loc.str() + ": error: " + msg});
    failed_ = true;
  }
  void warning(const YamlLocation &loc, const std::string &msg) {
    diags_.push_back({false, loc.str() + ": warning: " + msg});
  }
  bool failed() const { return failed_; }

  const YamlNode *require(const YamlNode *map, const char *key,
                          const std::string &where) {
    const YamlNode *n = map ? map->get(key) : nullptr;
    if (!n)
      error(map ? map->loc : YamlLocation(),
            "missing key '" + std::string(key) + "' in " + where);
    return n;
  }

  bool expect(const YamlNode *n, YamlNode::Kind kind, const std::string &what) {
    if (n && n->kind == kind)
      return true;
    if (n)
      error(n->loc,
            what + " must be a " +
                (kind == YamlNode::Kind::Map   ? std::string("mapping")
                 : kind == YamlNode::Kind::Seq ? std::string("sequence")
                                               : std::string("scalar")) +
                ", not a " + n->kindName());
    return false;
  }

  std::optional<double> number(const YamlNode *n, const std::string &what) {
    if (!expect(n, YamlNode::Kind::Scalar, what))
      return std::nullopt;
    double v;
    if (llvm::StringRef(n->scalar).trim().getAsDouble(v) || !std::isfinite(v)) {
      error(n->loc, what + " must be a number, got '" + n->scalar + "'");
      return std::nullopt;
    }
    return v;
  }

  std::optional<int64_t> integer(const YamlNode *n, const std::string &what,
                                 int64_t min = 0) {
    auto v = number(n, what);
    if (!v)
      return std::nullopt;
    if (*v != std::floor(*v) || *v < double(min) || *v > 9.0e15) {
      error(n->loc, what + " must be an integer >= " + std::to_string(min) +
                        ", got '" + n->scalar + "'");
      return std::nullopt;
    }
    return int64_t(*v);
  }

  std::optional<bool> boolean(const YamlNode *n, const std::string &what) {
    if (!expect(n, YamlNode::Kind::Scalar, what))
      return std::nullopt;
    std::string s = llvm::StringRef(n->scalar).lower();
    if (s == "true" || s == "yes" || s == "1")
      return true;
    if (s == "false" || s == "no" || s == "0")
      return false;
    error(n->loc, what + " must be true or false, got '" + n->scalar + "'");
    return std::nullopt;
  }

  std::optional<std::string> string(const YamlNode *n,
                                    const std::string &what) {
    if (!expect(n, YamlNode::Kind::Scalar, what))
      return std::nullopt;
    return n->scalar;
  }

  /// Warns about keys outside `known` (typos would otherwise be silent).
  void checkKeys(const YamlNode *map, std::initializer_list<const char *> known,
                 const std::string &where) {
    if (!map || !map->isMap())
      return;
    for (const YamlNode::Entry &e : map->entries) {
      bool ok = false;
      for (const char *k : known)
        ok |= e.key == YamlForest::normalizeKey(k);
      if (!ok)
        warning(e.keyLoc,
                "unknown key '" + e.spelled + "' in " + where + " is ignored");
    }
  }

private:
  std::vector<FrontEndDiagnostic> &diags_;
  bool failed_ = false;
};

/// "PE[0..255]" -> ("PE", 256).
std::pair<std::string, uint64_t> splitRange(const std::string &name) {
  size_t lb = name.find('[');
  if (lb == std::string::npos || name.back() != ']')
    return {name, 1};
  std::string range = name.substr(lb + 1, name.size() - lb - 2);
  size_t dots = range.find("..");
  uint64_t lo = 0, hi = 0;
  if (dots == std::string::npos ||
      llvm::StringRef(range.substr(0, dots)).getAsInteger(10, lo) ||
      llvm::StringRef(range.substr(dots + 2)).getAsInteger(10, hi) || hi < lo)
    return {name, 0};
  return {name.substr(0, lb), hi - lo + 1};
}

//===----------------------------------------------------------------------===//
// problem
//===----------------------------------------------------------------------===//

/// Reads a whitespace-separated list of `expected` numbers (the tensor in
/// row-major order; non-zero entries are non-zeros), relative to the YAML
/// file that names it.
std::shared_ptr<const std::vector<uint8_t>>
readMask(Reader &r, const YamlNode *where, const std::string &path,
         uint64_t expected, bool packed = false) {
  llvm::SmallString<256> full(path);
  if (!llvm::sys::path::is_absolute(full)) {
    full = llvm::sys::path::parent_path(where->loc.file);
    llvm::sys::path::append(full, path);
  }
  auto buf = llvm::MemoryBuffer::getFile(full);
  if (!buf) {
    r.error(where->loc, "cannot read actual-data file '" + full.str().str() +
                            "': " + buf.getError().message());
    return nullptr;
  }
  auto mask = std::make_shared<std::vector<uint8_t>>();
  mask->reserve(expected);
  llvm::StringRef rest = (*buf)->getBuffer();
  // Sparseloop's real-data files: one character per element, '1' for a
  // non-zero and '0' for a zero (whitespace between them is ignored).
  while (packed) {
    rest = rest.ltrim(" \t\r\n");
    if (rest.empty())
      break;
    char ch = rest.front();
    if (ch != '0' && ch != '1') {
      r.error(where->loc, "real-data file '" + full.str().str() + "' holds '" +
                              std::string(1, ch) + "' at element " +
                              std::to_string(mask->size()) +
                              " (expected only 0 and 1)");
      return nullptr;
    }
    mask->push_back(ch == '1');
    rest = rest.drop_front();
  }
  while (!packed) {
    rest = rest.ltrim(" \t\r\n,");
    if (rest.empty())
      break;
    size_t end = rest.find_first_of(" \t\r\n,");
    llvm::StringRef tok = rest.substr(0, end);
    rest = rest.substr(tok.size());
    double v;
    if (tok.getAsDouble(v)) {
      r.error(where->loc, "actual-data file '" + full.str().str() +
                              "' holds a non-number '" + tok.str() + "'");
      return nullptr;
    }
    mask->push_back(v != 0.0);
  }
  if (mask->size() != expected) {
    r.error(where->loc, "actual-data file '" + full.str().str() + "' has " +
                            std::to_string(mask->size()) +
                            " values but the data space has " +
                            std::to_string(expected));
    return nullptr;
  }
  return mask;
}

void readProblem(Reader &r, const YamlNode *problem, WorkloadSpec &w) {
  if (!r.expect(problem, YamlNode::Kind::Map, "'problem'"))
    return;
  r.checkKeys(problem, {"shape", "instance"}, "'problem'");
  const YamlNode *shape = r.require(problem, "shape", "'problem'");
  const YamlNode *instance = r.require(problem, "instance", "'problem'");
  if (!r.expect(shape, YamlNode::Kind::Map, "'problem.shape'") ||
      !r.expect(instance, YamlNode::Kind::Map, "'problem.instance'"))
    return;
  r.checkKeys(shape, {"name", "dimensions", "coefficients", "data_spaces"},
              "'problem.shape'");
  if (const YamlNode *n = shape->get("name"))
    if (auto s = r.string(n, "'problem.shape.name'"))
      w.name = *s;
  const YamlNode *dims = r.require(shape, "dimensions", "'problem.shape'");
  if (!r.expect(dims, YamlNode::Kind::Seq, "'dimensions'"))
    return;
  for (const YamlNode *d : dims->items)
    if (auto s = r.string(d, "a dimension name")) {
      if (w.findDim(*s) >= 0)
        r.error(d->loc, "dimension '" + *s + "' is listed twice");
      w.dimNames.push_back(*s);
    }

  std::map<std::string, int64_t> coefs;
  if (const YamlNode *cs = shape->get("coefficients")) {
    if (r.expect(cs, YamlNode::Kind::Seq, "'coefficients'"))
      for (const YamlNode *c : cs->items) {
        if (!r.expect(c, YamlNode::Kind::Map, "a coefficient"))
          continue;
        auto name = r.string(r.require(c, "name", "a coefficient"),
                             "a coefficient name");
        int64_t def = 1;
        if (const YamlNode *dn = c->get("default"))
          if (auto v = r.integer(dn, "a coefficient default", 0))
            def = *v;
        if (name)
          coefs[*name] = def;
      }
  }
  // Instance: bounds and coefficient overrides.
  w.bounds.assign(w.dimNames.size(), 0);
  std::vector<bool> seen(w.dimNames.size(), false);
  for (const YamlNode::Entry &e : instance->entries) {
    if (e.key == "densities")
      continue;
    int d = w.findDim(e.spelled);
    if (d >= 0) {
      if (auto v = r.integer(e.value, "bound of '" + e.spelled + "'", 1))
        w.bounds[d] = *v;
      seen[d] = true;
    } else if (coefs.count(e.spelled)) {
      if (auto v = r.integer(e.value, "coefficient '" + e.spelled + "'", 0))
        coefs[e.spelled] = *v;
    } else {
      r.error(e.keyLoc, "'" + e.spelled +
                            "' in 'problem.instance' is neither a dimension "
                            "nor a coefficient");
    }
  }
  for (unsigned d = 0; d < seen.size(); ++d)
    if (!seen[d])
      r.error(instance->loc, "missing key '" + w.dimNames[d] +
                                 "' in 'problem.instance' (every dimension "
                                 "needs a bound)");

  const YamlNode *spaces = r.require(shape, "data_spaces", "'problem.shape'");
  if (!r.expect(spaces, YamlNode::Kind::Seq, "'data-spaces'"))
    return;
  for (const YamlNode *s : spaces->items) {
    if (!r.expect(s, YamlNode::Kind::Map, "a data space"))
      continue;
    r.checkKeys(s, {"name", "projection", "read_write"}, "a data space");
    DataSpaceSpec ds;
    if (auto n =
            r.string(r.require(s, "name", "a data space"), "a data-space name"))
      ds.name = *n;
    if (const YamlNode *rw = s->get("read_write"))
      if (auto b = r.boolean(rw, "'read-write'"))
        ds.readWrite = *b;
    const YamlNode *proj =
        r.require(s, "projection", "data space '" + ds.name + "'");
    if (!r.expect(proj, YamlNode::Kind::Seq, "'projection'"))
      continue;
    for (const YamlNode *axis : proj->items) {
      if (!r.expect(axis, YamlNode::Kind::Seq, "a projection axis"))
        continue;
      std::vector<ProjectionTerm> terms;
      for (const YamlNode *term : axis->items) {
        if (!r.expect(term, YamlNode::Kind::Seq, "a projection term") ||
            term->items.empty() || term->items.size() > 2) {
          if (term && term->isSeq())
            r.error(term->loc, "a projection term is [dimension] or "
                               "[dimension, coefficient]");
          continue;
        }
        ProjectionTerm t;
        int dim = -1;
        int64_t coef = 1;
        for (const YamlNode *part : term->items) {
          auto name = r.string(part, "a projection term element");
          if (!name)
            continue;
          int d = w.findDim(*name);
          int64_t c;
          if (d >= 0 && dim < 0)
            dim = d;
          else if (coefs.count(*name))
            coef = coefs[*name];
          else if (!llvm::StringRef(*name).getAsInteger(10, c))
            coef = c;
          else
            r.error(part->loc, "'" + *name +
                                   "' is neither a dimension nor a "
                                   "coefficient");
        }
        if (dim < 0) {
          r.error(term->loc, "projection term names no dimension");
          continue;
        }
        t.dim = dim;
        t.coef = coef;
        terms.push_back(t);
      }
      ds.axes.push_back(terms);
    }
    if (w.findDataSpace(ds.name) >= 0)
      r.error(s->loc, "data space '" + ds.name + "' is defined twice");
    w.dataSpaces.push_back(ds);
  }

  // Densities: a number means fixed-structured, as in Sparseloop.
  w.densities.assign(w.dataSpaces.size(), DensitySpec());
  if (const YamlNode *dens = instance->get("densities")) {
    if (!r.expect(dens, YamlNode::Kind::Map, "'densities'"))
      return;
    for (const YamlNode::Entry &e : dens->entries) {
      int ds = w.findDataSpace(e.spelled);
      if (ds < 0) {
        r.error(e.keyLoc, "density for unknown data space '" + e.spelled + "'");
        continue;
      }
      DensitySpec spec;
      spec.kind = DensityKind::FixedStructured;
      const YamlNode *value = e.value;
      std::string where = "density of '" + e.spelled + "'";
      bool realData = false;
      if (value->isMap()) {
        r.checkKeys(value,
                    {"density", "distribution", "band_width", "file",
                     "data_file_path", "ratios"},
                    where);
        if (const YamlNode *dist = value->get("distribution")) {
          auto name = r.string(dist, "'distribution'");
          std::string n = name ? YamlForest::normalizeKey(*name) : "";
          if (n == "fixed_structured" || n == "fixed")
            spec.kind = DensityKind::FixedStructured;
          else if (n == "hypergeometric" || n == "uniform")
            spec.kind = DensityKind::Hypergeometric;
          else if (n == "banded")
            spec.kind = DensityKind::Banded;
          else if (n == "actual_data")
            spec.kind = DensityKind::ActualData;
          else if (n == "real_data")
            realData = true, spec.kind = DensityKind::ActualData;
          else if (n == "hss")
            spec.kind = DensityKind::HSS;
          else if (name)
            r.error(dist->loc, "unknown density distribution '" + *name +
                                   "' (expected fixed-structured, "
                                   "hypergeometric, banded, actual-data, "
                                   "real-data or hss)");
        }
        if (spec.kind == DensityKind::Banded) {
          if (auto v = r.integer(r.require(value, "band_width", where),
                                 "'band-width'", 0))
            spec.bandWidth = *v;
          w.densities[ds] = spec;
          continue;
        }
        if (spec.kind == DensityKind::ActualData) {
          // Sparseloop's spelling: 'real-data' with a 'data-file-path' of
          // 0/1 characters; ours: 'actual-data' with a 'file' of numbers.
          const char *key = realData ? "data_file_path" : "file";
          const YamlNode *f = r.require(value, key, where);
          auto path = r.string(f, realData ? "'data-file-path'" : "'file'");
          if (path)
            spec.mask = readMask(r, f, *path, w.dataSpaceSize(ds), realData);
          w.densities[ds] = spec;
          continue;
        }
        if (spec.kind == DensityKind::HSS) {
          const YamlNode *list = r.require(value, "ratios", where);
          if (!r.expect(list, YamlNode::Kind::Seq, "'ratios'"))
            continue;
          // Written outermost rank first, like C1(2:4)->C0(2:4).
          for (auto it = list->items.rbegin(); it != list->items.rend(); ++it) {
            auto text = r.string(*it, "a G:H ratio");
            unsigned g = 0, h = 0;
            llvm::StringRef gs, hs;
            if (text)
              std::tie(gs, hs) = llvm::StringRef(*text).split(':');
            if (!text || gs.trim().getAsInteger(10, g) ||
                hs.trim().getAsInteger(10, h) || h == 0 || g > h) {
              if (text)
                r.error((*it)->loc, "bad G:H ratio '" + *text +
                                        "' (expected G:H with 0 <= G <= H)");
              continue;
            }
            spec.hss.push_back({g, h});
          }
          w.densities[ds] = spec;
          continue;
        }
        value = r.require(value, "density", where);
      }
      auto d = r.number(value, where);
      if (!d)
        continue;
      if (!(*d > 0 && *d <= 1)) {
        r.error(value->loc, where + " must lie in (0, 1]");
        continue;
      }
      spec.density = *d;
      if (spec.density == 1.0 && spec.kind == DensityKind::FixedStructured)
        spec.kind = DensityKind::Dense;
      w.densities[ds] = spec;
    }
  }
  w.fillJointOperandDensity();
}

//===----------------------------------------------------------------------===//
// architecture + ERT
//===----------------------------------------------------------------------===//

struct LocalComponent {
  std::string name;
  std::string cls;
  const YamlNode *attrs = nullptr;
  uint64_t instances = 1;
  YamlLocation loc;
};

void collectLocals(Reader &r, const YamlNode *node, uint64_t multiplier,
                   std::vector<LocalComponent> &out, unsigned depth = 0) {
  if (!r.expect(node, YamlNode::Kind::Map, "an architecture node") ||
      depth > 64)
    return;
  uint64_t mult = multiplier;
  if (const YamlNode *n = node->get("name"))
    if (auto s = r.string(n, "a subtree name")) {
      auto [base, count] = splitRange(*s);
      if (!count)
        r.error(n->loc, "malformed instance range in '" + *s + "'");
      mult *= std::max<uint64_t>(count, 1);
    }
  if (const YamlNode *locals = node->get("local")) {
    if (r.expect(locals, YamlNode::Kind::Seq, "'local'"))
      for (const YamlNode *c : locals->items) {
        if (!r.expect(c, YamlNode::Kind::Map, "a component"))
          continue;
        LocalComponent lc;
        lc.loc = c->loc;
        auto name =
            r.string(r.require(c, "name", "a component"), "a component name");
        auto cls =
            r.string(r.require(c, "class", "a component"), "a component class");
        if (!name || !cls)
          continue;
        auto [base, count] = splitRange(*name);
        if (!count)
          r.error(c->get("name")->loc,
                  "malformed instance range in '" + *name + "'");
        lc.name = base;
        lc.cls = *cls;
        lc.attrs = c->get("attributes");
        lc.instances = mult * std::max<uint64_t>(count, 1);
        out.push_back(lc);
      }
  }
  if (const YamlNode *subs = node->get("subtree")) {
    if (r.expect(subs, YamlNode::Kind::Seq, "'subtree'"))
      for (const YamlNode *s : subs->items)
        collectLocals(r, s, mult, out, depth + 1);
  }
}

bool isComputeClass(const std::string &cls) {
  std::string c = llvm::StringRef(cls).lower();
  return c == "compute" || c.find("mac") != std::string::npos ||
         c.find("multiplier") != std::string::npos ||
         c.find("alu") != std::string::npos;
}

/// Timeloop's ERT action-name priorities per model action (model/
/// topology.hpp, storageOperationMappings): the first name the component's
/// ERT has gives the energy. Gated and skipped actions fall back to idle
/// and then to the full read or write.
const std::vector<std::vector<const char *>> &storageActionNames() {
  static const std::vector<std::vector<const char *>> names = {
      {"random_read", "read"},
      {"gated_read", "idle", "read"},
      {"skipped_read", "gated_read", "idle", "read"},
      {"random_fill", "write"},
      {"gated_fill", "gated_write", "idle", "write"},
      {"skipped_fill", "skipped_write", "gated_write", "idle", "write"},
      {"random_update", "random_fill", "write"},
      {"gated_update", "gated_write", "idle", "write"},
      {"skipped_update", "skipped_write", "gated_write", "idle", "write"},
      {"random_metadata_read", "metadata_read", "metadata_idle", "idle"},
      {"gated_metadata_read", "metadata_idle", "metadata_read"},
      {"skipped_metadata_read", "metadata_idle", "metadata_read"},
      {"random_metadata_fill", "metadata_write", "metadata_idle", "idle"},
      {"gated_metadata_fill", "gated_metadata_write", "metadata_idle",
       "metadata_write"},
      {"skipped_metadata_fill", "skipped_metadata_write", "metadata_idle",
       "metadata_write"},
      {"random_metadata_update", "metadata_write", "metadata_idle", "idle"},
      {"gated_metadata_update", "gated_metadata_write", "metadata_idle",
       "metadata_write"},
      {"skipped_metadata_update", "skipped_metadata_write", "metadata_idle",
       "metadata_write"},
      {"decompression_count"},
      {"compression_count"}};
  return names;
}

/// Timeloop's built-in ("PAT") energy of a multiply when the ERT has no
/// compute action: 1 pJ for a 16x16-bit multiply, scaled by both widths.
double builtInMultiplierEnergy(unsigned wordBits) {
  return double(wordBits) / 16.0 * (double(wordBits) / 16.0);
}

/// Timeloop's built-in energy of one vector access of a storage level that
/// the ERT does not describe. DRAM: 200 pJ per 16 bits of the block. SRAM:
/// linear in capacity between 1 unit at 0.5 KB and 6 units at 100 KB, per
/// 16 bits of access width, divided among the cluster; zero without a size.
double builtInStorageEnergy(const StorageLevelSpec &s) {
  if (s.isDRAM)
    return 200.0 * double(s.wordBits * s.blockSize) / 16.0;
  if (!s.size || *s.size == 0)
    return 0.0;
  uint64_t width = uint64_t(s.wordBits) * s.blockSize * s.clusterSize;
  uint64_t height = (*s.size + s.blockSize - 1) / s.blockSize;
  double kb = double(width * height) / (8 * 1024);
  double slope = (6.0 - 1.0) / (100.0 - 0.5);
  double units = slope * (kb - 0.5) + 1.0;
  return units * double(width) / 16.0 / double(s.clusterSize);
}

using EnergyTable = std::map<std::string, std::map<std::string, double>>;

void readERT(Reader &r, const YamlNode *ert, EnergyTable &table) {
  if (!r.expect(ert, YamlNode::Kind::Map, "'ERT'"))
    return;
  const YamlNode *tables = r.require(ert, "tables", "'ERT'");
  if (!r.expect(tables, YamlNode::Kind::Seq, "'ERT.tables'"))
    return;
  for (const YamlNode *t : tables->items) {
    if (!r.expect(t, YamlNode::Kind::Map, "an ERT table"))
      continue;
    auto name =
        r.string(r.require(t, "name", "an ERT table"), "an ERT table name");
    const YamlNode *actions = r.require(t, "actions", "an ERT table");
    if (!name || !r.expect(actions, YamlNode::Kind::Seq, "'actions'"))
      continue;
    // "system.SM.PE[0..255].LRF" -> "LRF": drop ranges, keep the leaf.
    std::string comp;
    for (size_t i = 0, depth = 0; i < name->size(); ++i) {
      char ch = (*name)[i];
      depth += ch == '[';
      if (!depth)
        comp += ch;
      depth -= ch == ']' && depth;
    }
    size_t dot = comp.rfind('.');
    if (dot != std::string::npos)
      comp = comp.substr(dot + 1);
    auto &entries = table[comp];
    for (const YamlNode *a : actions->items) {
      if (!r.expect(a, YamlNode::Kind::Map, "an ERT action"))
        continue;
      auto an =
          r.string(r.require(a, "name", "an ERT action"), "an ERT action name");
      auto e =
          r.number(r.require(a, "energy", "an ERT action"), "an ERT energy");
      if (!an || !e)
        continue;
      // Actions repeated with different arguments: keep the costliest.
      auto it = entries.find(*an);
      if (it == entries.end() || it->second < *e)
        entries[*an] = *e;
    }
  }
}

void readArchitecture(Reader &r, const YamlNode *arch, const EnergyTable &ert,
                      ArchitectureSpec &out,
                      std::map<std::string, std::string> &locations) {
  if (!r.expect(arch, YamlNode::Kind::Map, "'architecture'"))
    return;
  if (const YamlNode *v = arch->get("version"))
    if (auto s = r.string(v, "'version'"))
      if (*s != "0.3" && *s != "0.4")
        r.warning(v->loc, "architecture version " + *s + " read as v0.3");
  if (!arch->get("subtree") && !arch->get("local")) {
    r.error(arch->loc, "'architecture' needs a v0.3 'subtree'/'local' tree");
    return;
  }
  std::vector<LocalComponent> locals;
  collectLocals(r, arch, 1, locals);
  bool haveCompute = false;
  std::vector<StorageLevelSpec> outerFirst;
  for (const LocalComponent &c : locals) {
    const YamlNode *a = c.attrs;
    if (a && !r.expect(a, YamlNode::Kind::Map, "'attributes'"))
      continue;
    auto attr = [&](const char *k) { return a ? a->get(k) : nullptr; };
    auto intAttr = [&](std::initializer_list<const char *> keys,
                       std::optional<int64_t> &v, int64_t min = 0) {
      for (const char *k : keys)
        if (const YamlNode *n = attr(k)) {
          v = r.integer(n, "'" + std::string(k) + "' of " + c.name, min);
          return true;
        }
      return false;
    };
    std::optional<int64_t> instances, meshX, meshY, wordBits;
    intAttr({"instances"}, instances, 1);
    intAttr({"meshX"}, meshX, 1);
    intAttr({"meshY"}, meshY, 1);
    intAttr({"word_bits", "word_width", "datawidth"}, wordBits, 1);
    uint64_t inst = instances ? uint64_t(*instances) : c.instances;
    unsigned mx, my;
    if (meshX && meshY) {
      mx = *meshX;
      my = *meshY;
      if (uint64_t(mx) * my != inst)
        r.error(c.loc, c.name + ": meshX*meshY (" +
                           std::to_string(uint64_t(mx) * my) +
                           ") differs from the instance count " +
                           std::to_string(inst));
    } else if (meshX) {
      mx = *meshX;
      my = inst / mx ? inst / mx : 1;
      if (inst % mx)
        r.error(c.loc, c.name + ": meshX " + std::to_string(mx) +
                           " does not divide the instance count " +
                           std::to_string(inst));
    } else if (meshY) {
      my = *meshY;
      mx = inst / my ? inst / my : 1;
    } else {
      mx = inst;
      my = 1;
    }
    auto energies = ert.find(c.name);
    if (isComputeClass(c.cls)) {
      if (haveCompute) {
        r.error(c.loc, "a second compute level '" + c.name +
                           "' (one arithmetic level is supported)");
        continue;
      }
      haveCompute = true;
      locations[c.name] = c.loc.str();
      ComputeSpec &cs = out.compute;
      cs.name = c.name;
      cs.instances = inst;
      cs.meshX = mx;
      cs.meshY = my;
      cs.wordBits = wordBits ? *wordBits : 16;
      // Without an ERT action Timeloop keeps its built-in energies: the
      // 'energy' attribute or its multiplier model for a compute, zero for
      // gated and skipped computes.
      double builtIn = builtInMultiplierEnergy(cs.wordBits);
      if (const YamlNode *n = attr("energy"))
        if (auto v = r.number(n, "'energy' of " + c.name))
          builtIn = *v;
      if (energies == ert.end())
        r.warning(c.loc, "no ERT entry for compute level '" + c.name +
                             "': Timeloop's built-in energy (" +
                             llvm::formatv("{0}", builtIn).str() +
                             " pJ per compute) is used");
      auto pick = [&](std::initializer_list<const char *> names,
                      double fallback) {
        if (energies != ert.end())
          for (const char *n : names) {
            auto it = energies->second.find(n);
            if (it != energies->second.end())
              return it->second;
          }
        return fallback;
      };
      cs.randomEnergy = pick(
          {"mac_random", "mult_random", "mac", "mult", "compute"}, builtIn);
      cs.gatedEnergy = pick({"mac_gated", "mult_gated", "compute_gated", "mac",
                             "mult", "compute"},
                            0.0);
      cs.skippedEnergy =
          pick({"mac_skipped", "mult_skipped", "compute_skipped", "mac_gated",
                "mult_gated", "compute_gated", "mac", "mult", "compute"},
               0.0);
      continue;
    }
    StorageLevelSpec s;
    s.name = c.name;
    s.instances = inst;
    s.meshX = mx;
    s.meshY = my;
    std::string cls = llvm::StringRef(c.cls).lower();
    s.isDRAM = cls.find("dram") != std::string::npos;
    if (const YamlNode *t = attr("technology"))
      if (auto v = r.string(t, "'technology'"))
        s.isDRAM |= *v == "DRAM";
    s.wordBits = wordBits ? *wordBits : 16;
    std::optional<int64_t> block, cluster, width, depth, entries, sizeKB;
    bool blockGiven = intAttr({"block_size", "n_words"}, block, 1);
    bool clusterGiven = intAttr({"cluster_size"}, cluster, 1);
    intAttr({"width", "memory_width", "data_storage_width"}, width, 0);
    intAttr({"entries"}, entries, 0);
    intAttr({"depth", "memory_depth", "data_storage_depth"}, depth, 0);
    intAttr({"sizeKB"}, sizeKB, 0);
    s.blockSize = block ? *block : 1;
    s.clusterSize = cluster ? *cluster : 1;
    if (width && *width > 0) {
      if (*width % (s.wordBits * s.blockSize) != 0)
        r.error(c.loc, c.name + ": width " + std::to_string(*width) +
                           " is not a multiple of word bits x block size");
      else if (blockGiven && clusterGiven) {
        if (s.blockSize * s.wordBits * s.clusterSize != *width)
          r.error(c.loc, c.name + ": block_size x word bits x cluster-size "
                                  "differs from the width");
      } else if (clusterGiven) {
        s.blockSize = *width / s.clusterSize / s.wordBits;
      } else if (blockGiven) {
        s.clusterSize = *width / (s.wordBits * s.blockSize);
      } else {
        s.blockSize = *width / s.wordBits;
        s.clusterSize = 1;
      }
      if (s.blockSize == 0)
        s.blockSize = 1;
    }
    if (entries)
      s.size = *entries;
    else if (depth)
      s.size = uint64_t(*depth) * s.blockSize;
    else if (sizeKB)
      s.size = uint64_t(*sizeKB) * 1024 * 8 / s.wordBits;
    else if (!s.isDRAM)
      r.warning(c.loc, c.name + " has no depth/entries: capacity unbounded");
    std::optional<int64_t> mdWidth, mdDepth, mdBits, mdBlock;
    intAttr({"metadata_storage_width"}, mdWidth, 0);
    intAttr({"metadata_storage_depth"}, mdDepth, 0);
    intAttr({"metadata_datawidth", "metadata_word_bits"}, mdBits, 0);
    intAttr({"metadata_block_size"}, mdBlock, 1);
    s.metadataStorageWidth = mdWidth ? *mdWidth : 0;
    s.metadataStorageDepth = mdDepth ? *mdDepth : 0;
    s.defaultMetadataWordBits = mdBits ? *mdBits : 0;
    s.metadataBlockSize = mdBlock ? *mdBlock : 1;
    for (auto [key, field] : {std::pair{"read_bandwidth", &s.readBandwidth},
                              std::pair{"write_bandwidth", &s.writeBandwidth}})
      if (const YamlNode *n = attr(key))
        if (auto v = r.number(n, "'" + std::string(key) + "' of " + c.name))
          *field = *v;
    if (const YamlNode *n = attr("bandwidth"))
      if (auto v = r.number(n, "'bandwidth' of " + c.name)) {
        s.readBandwidth = *v / 2;
        s.writeBandwidth = *v / 2;
      }
    if (const YamlNode *n = attr("multiple_buffering"))
      if (auto v = r.number(n, "'multiple-buffering' of " + c.name))
        s.multipleBuffering = *v > 0 ? *v : 1.0;
    for (auto [key, field] :
         {std::pair{"compression_supported", &s.compressionSupported},
          std::pair{"decompression_supported", &s.decompressionSupported}})
      if (const YamlNode *n = attr(key))
        if (auto v = r.boolean(n, "'" + std::string(key) + "' of " + c.name))
          *field = *v;
    // Actions the ERT does not name keep Timeloop's built-in energies:
    // random reads, fills and updates cost the 'vector-access-energy'
    // attribute or its SRAM/DRAM model, everything else nothing.
    double vectorEnergy = builtInStorageEnergy(s);
    if (const YamlNode *n = attr("vector-access-energy"))
      if (auto v = r.number(n, "'vector-access-energy' of " + c.name))
        vectorEnergy = *v;
    for (StorageOp op : {StorageOp::RandomRead, StorageOp::RandomFill,
                         StorageOp::RandomUpdate})
      s.opEnergy[unsigned(op)] = vectorEnergy;
    if (energies == ert.end()) {
      r.warning(c.loc, "no ERT entry for storage level '" + c.name +
                           "': Timeloop's built-in energy (" +
                           llvm::formatv("{0}", vectorEnergy).str() +
                           " pJ per access) is used");
    } else {
      const auto &names = storageActionNames();
      for (unsigned op = 0; op < kNumStorageOps; ++op)
        for (const char *n : names[op]) {
          auto it = energies->second.find(n);
          if (it != energies->second.end()) {
            s.opEnergy[op] = it->second;
            break;
          }
        }
    }
    outerFirst.push_back(s);
    locations[c.name] = c.loc.str();
  }
  if (!haveCompute)
    r.error(arch->loc, "the architecture has no compute level");
  out.levels.assign(outerFirst.rbegin(), outerFirst.rend());
}

//===----------------------------------------------------------------------===//
// mapping
//===----------------------------------------------------------------------===//

void readMapping(Reader &r, const YamlNode *mapping, const WorkloadSpec &w,
                 const ArchitectureSpec &arch, MappingSpec &out,
                 bool keepOnly = false) {
  unsigned nl = arch.levels.size(), nds = w.dataSpaces.size();
  out.levels.assign(nl, LevelMappingSpec());
  for (auto &lm : out.levels) {
    lm.keep.assign(nds, true);
    lm.stream.assign(nds, false);
  }
  if (!r.expect(mapping, YamlNode::Kind::Seq, "'mapping'"))
    return;
  std::vector<std::vector<LoopSpec>> temporal(nl), spatialX(nl), spatialY(nl);
  struct Residual {
    unsigned level;
    int dim;
    size_t unused;
    YamlLocation loc;
    bool spatial;
  };
  std::vector<Residual> residual;
  std::vector<std::vector<YamlLocation>> factorLocs(w.dimNames.size());
  std::set<std::pair<unsigned, std::string>> seen;
  for (const YamlNode *e : mapping->items) {
    if (!r.expect(e, YamlNode::Kind::Map, "a mapping entry"))
      continue;
    r.checkKeys(e,
                {"target", "type", "factors", "permutation", "split", "keep",
                 "bypass", "stream"},
                "a mapping entry");
    auto target =
        r.string(r.require(e, "target", "a mapping entry"), "'target'");
    auto type = r.string(r.require(e, "type", "a mapping entry"), "'type'");
    if (!target || !type)
      continue;
    int l = arch.findLevel(*target);
    if (l < 0) {
      r.error(e->get("target")->loc,
              "mapping target '" + *target + "' is not a storage level");
      continue;
    }
    if (!seen.insert({unsigned(l), *type}).second) {
      r.error(e->loc,
              "second '" + *type + "' mapping entry for '" + *target + "'");
      continue;
    }
    if (*type == "datatype" || *type == "bypass") {
      // Sets `flags[ds]` to `value` for every data space the list names.
      auto names = [&](const char *key, std::vector<bool> &flags, bool value) {
        const YamlNode *list = e->get(key);
        if (!list)
          return;
        if (!r.expect(list, YamlNode::Kind::Seq, "'" + std::string(key) + "'"))
          return;
        for (const YamlNode *n : list->items)
          if (auto s = r.string(n, "a data-space name")) {
            int ds = w.findDataSpace(*s);
            if (ds < 0)
              r.error(n->loc,
                      "unknown data space '" + *s + "' in '" + key + "'");
            else
              flags[ds] = value;
          }
      };
      names("keep", out.levels[l].keep, true);
      names("bypass", out.levels[l].keep, false);
      names("stream", out.levels[l].stream, true);
      continue;
    }
    bool spatial = *type == "spatial";
    if (!spatial && *type != "temporal") {
      r.error(e->get("type")->loc, "unknown mapping type '" + *type +
                                       "' (expected temporal, spatial or "
                                       "datatype)");
      continue;
    }
    std::map<unsigned, int64_t> factors;
    if (const YamlNode *f = e->get("factors")) {
      if (auto s = r.string(f, "'factors'")) {
        llvm::SmallVector<llvm::StringRef> parts;
        llvm::StringRef(*s).split(parts, ' ', -1, false);
        for (llvm::StringRef p : parts) {
          size_t i = 0;
          if (size_t eq = p.find('='); eq != llvm::StringRef::npos)
            i = eq; // "d0=16": names may hold digits
          else
            while (i < p.size() && !llvm::isDigit(p[i]))
              ++i;
          std::string dim = p.substr(0, i).str();
          int64_t v;
          int d = w.findDim(dim);
          if (d < 0 || p.substr(i).ltrim("=").getAsInteger(10, v) || v < 0) {
            r.error(f->loc, "bad factor '" + p.str() +
                                "' (expected <dim><n> "
                                "with a problem dimension and n >= 0)");
            continue;
          }
          if (v == 0) {
            // Timeloop: 0 means "whatever is left of this dimension".
            residual.push_back(
                {unsigned(l), d, out.levels.size(), f->loc, spatial});
            v = 1;
          }
          factors[d] = v;
          factorLocs[d].push_back(f->loc);
        }
      }
    }
    std::vector<unsigned> order;
    if (const YamlNode *p = e->get("permutation")) {
      if (auto s = r.string(p, "'permutation'")) {
        // Dimension names may be longer than one letter: match greedily.
        llvm::StringRef rest(*s);
        rest = rest.trim();
        while (!rest.empty()) {
          int best = -1;
          size_t bestLen = 0;
          for (unsigned d = 0; d < w.dimNames.size(); ++d)
            if (rest.starts_with(w.dimNames[d]) &&
                w.dimNames[d].size() > bestLen) {
              best = d;
              bestLen = w.dimNames[d].size();
            }
          if (best < 0) {
            r.error(p->loc, "permutation '" + *s +
                                "' names an unknown dimension at '" +
                                rest.str() + "'");
            break;
          }
          if (std::find(order.begin(), order.end(), unsigned(best)) !=
              order.end())
            r.error(p->loc,
                    "permutation '" + *s + "' repeats " + w.dimNames[best]);
          order.push_back(best);
          rest = rest.drop_front(bestLen).ltrim();
        }
      }
    }
    // Dimensions left out of the permutation go innermost.
    std::vector<unsigned> full;
    for (unsigned d = 0; d < w.dimNames.size(); ++d)
      if (std::find(order.begin(), order.end(), d) == order.end())
        full.push_back(d);
    full.insert(full.end(), order.begin(), order.end());
    int64_t split = full.size();
    if (const YamlNode *sp = e->get("split"))
      if (auto v = r.integer(sp, "'split'", 0))
        split = *v;
    // Split counts positions in the written permutation.
    unsigned skipped = full.size() - order.size();
    for (unsigned i = 0; i < full.size(); ++i) {
      unsigned d = full[i];
      auto it = factors.find(d);
      int64_t bound = it == factors.end() ? 1 : it->second;
      LoopSpec lp{d, bound, LoopKind::Temporal};
      if (spatial) {
        int64_t pos = i < skipped ? -1 : int64_t(i - skipped);
        lp.kind = pos < split ? LoopKind::SpatialX : LoopKind::SpatialY;
        (lp.kind == LoopKind::SpatialX ? spatialX : spatialY)[l].push_back(lp);
      } else {
        temporal[l].push_back(lp);
      }
    }
  }
  // Resolve residual (0) factors now that every other factor is known.
  for (const Residual &res : residual) {
    int64_t others = 1;
    unsigned count = 0;
    for (unsigned l = 0; l < nl; ++l)
      for (auto *set : {&temporal[l], &spatialX[l], &spatialY[l]})
        for (const LoopSpec &lp : *set)
          if (lp.dim == unsigned(res.dim))
            others *= lp.bound;
    for (const Residual &o : residual)
      count += o.dim == res.dim;
    int64_t bound = w.bounds[res.dim];
    if (count > 1 || bound % others != 0) {
      r.error(res.loc, "cannot infer the 0 factor of " + w.dimNames[res.dim] +
                           ": other factors multiply to " +
                           std::to_string(others) + " of " +
                           std::to_string(bound));
      continue;
    }
    for (auto *set :
         {&temporal[res.level], &spatialX[res.level], &spatialY[res.level]})
      for (LoopSpec &lp : *set)
        if (lp.dim == unsigned(res.dim) && lp.bound == 1 &&
            lp.isSpatial() == res.spatial)
          lp.bound = bound / others;
  }
  // Every dimension's factors must multiply to its bound; name where they
  // were given so the user can find them.
  for (unsigned d = 0; d < w.dimNames.size() && !keepOnly; ++d) {
    int64_t product = 1;
    for (unsigned l = 0; l < nl; ++l)
      for (auto *set : {&temporal[l], &spatialX[l], &spatialY[l]})
        for (const LoopSpec &lp : *set)
          if (lp.dim == d)
            product *= lp.bound;
    if (product != w.bounds[d]) {
      const auto &locs = factorLocs[d];
      std::string where;
      for (unsigned i = 1; i < locs.size(); ++i)
        where += (i > 1 ? ", " : "") + std::to_string(locs[i].line) + ":" +
                 std::to_string(locs[i].column);
      r.error(locs.empty() ? mapping->loc : locs.front(),
              "factors of " + w.dimNames[d] + " multiply to " +
                  std::to_string(product) + " but the problem has " +
                  std::to_string(w.bounds[d]) +
                  (where.empty() ? std::string()
                                 : " (other factors of " + w.dimNames[d] +
                                       " at " + where + ")"));
    }
  }
  for (unsigned l = 0; l < nl; ++l) {
    auto &loops = out.levels[l].loops;
    loops = spatialX[l];
    loops.insert(loops.end(), spatialY[l].begin(), spatialY[l].end());
    loops.insert(loops.end(), temporal[l].begin(), temporal[l].end());
  }
}

//===----------------------------------------------------------------------===//
// sparse_optimizations
//===----------------------------------------------------------------------===//

unsigned adjustWordBits(Reader &r, const YamlNode *where,
                        std::optional<int64_t> specified,
                        const StorageLevelSpec &level) {
  unsigned width = level.metadataStorageWidth;
  unsigned bits =
      specified ? unsigned(*specified) : level.defaultMetadataWordBits;
  if (specified && bits != 0 && width != 0 && width % bits != 0) {
    unsigned adj = bits;
    while (adj < 2 * bits && width % adj != 0)
      ++adj;
    r.warning(where->loc, level.name + ": format word bits " +
                              std::to_string(bits) + " rounded up to " +
                              std::to_string(adj) +
                              " to avoid metadata storage fragmentation");
    bits = adj;
  }
  if (bits > width && width != 0) {
    r.error(where->loc,
            level.name + ": format word bits " + std::to_string(bits) +
                " exceed the metadata storage width " + std::to_string(width));
  }
  return bits;
}

void readSparseOpts(Reader &r, const YamlNode *sparse, const WorkloadSpec &w,
                    const ArchitectureSpec &arch, SparseOptSpec &out) {
  out.levels.assign(arch.levels.size(), LevelSafSpec());
  if (!sparse)
    return;
  if (!r.expect(sparse, YamlNode::Kind::Map, "'sparse_optimizations'"))
    return;
  const YamlNode *targets = sparse->get("targets");
  if (!targets)
    return;
  if (!r.expect(targets, YamlNode::Kind::Seq, "'targets'"))
    return;
  auto dataSpace = [&](const YamlNode *n) -> int {
    auto s = r.string(n, "a data-space name");
    if (!s)
      return -1;
    int ds = w.findDataSpace(*s);
    if (ds < 0)
      r.error(n->loc, "unknown data space '" + *s + "'");
    return ds;
  };
  for (const YamlNode *t : targets->items) {
    if (!r.expect(t, YamlNode::Kind::Map, "a sparse-optimization target"))
      continue;
    r.checkKeys(t,
                {"name", "representation_format", "action_optimization",
                 "compute_optimization"},
                "a sparse-optimization target");
    auto name = r.string(r.require(t, "name", "a sparse-optimization target"),
                         "'name'");
    if (!name)
      continue;
    int l = arch.findLevel(*name);
    bool isCompute = *name == arch.compute.name;
    if (l < 0 && !isCompute) {
      r.error(t->get("name")->loc, "sparse-optimization target '" + *name +
                                       "' is not a level of the architecture");
      continue;
    }
    if (const YamlNode *co = t->get("compute_optimization")) {
      if (r.expect(co, YamlNode::Kind::Seq, "'compute_optimization'"))
        for (const YamlNode *o : co->items) {
          auto type = r.string(r.require(o, "type", "a compute optimization"),
                               "'type'");
          if (!type)
            continue;
          if (*type == "gate_on_zero_operand" || *type == "gating")
            out.computeGateOnZero = true;
          else if (*type == "skip_on_not_aligned_operands" ||
                   *type == "skipping")
            out.computeSkipUnaligned = true;
          else
            r.error(o->get("type")->loc,
                    "unknown compute optimization '" + *type + "'");
        }
    }
    if (l < 0) {
      if (t->get("representation_format") || t->get("action_optimization"))
        r.error(t->loc, "compute level '" + *name +
                            "' takes only compute-optimization");
      continue;
    }
    LevelSafSpec &saf = out.levels[l];
    const StorageLevelSpec &level = arch.levels[l];
    if (const YamlNode *rf = t->get("representation_format")) {
      if (!r.expect(rf, YamlNode::Kind::Map, "'representation-format'"))
        continue;
      const YamlNode *spaces =
          r.require(rf, "data_spaces", "'representation-format'");
      if (!r.expect(spaces, YamlNode::Kind::Seq, "'data-spaces'"))
        continue;
      for (const YamlNode *s : spaces->items) {
        if (!r.expect(s, YamlNode::Kind::Map, "a representation"))
          continue;
        r.checkKeys(
            s, {"name", "ranks", "rank_application_order", "compression_rate"},
            "a representation");
        int ds = dataSpace(r.require(s, "name", "a representation"));
        const YamlNode *ranks = r.require(s, "ranks", "a representation");
        if (ds < 0 || !r.expect(ranks, YamlNode::Kind::Seq, "'ranks'"))
          continue;
        RepresentationSpec rep;
        if (const YamlNode *o = s->get("rank_application_order")) {
          auto v = r.string(o, "'rank-application-order'");
          std::string n = v ? YamlForest::normalizeKey(*v) : "";
          if (n == "inner_to_outer")
            rep.innerToOuter = true;
          else if (n == "outer_to_inner")
            rep.innerToOuter = false;
          else if (v)
            r.error(o->loc, "unknown rank-application-order '" + *v +
                                "' (expected inner-to-outer or "
                                "outer-to-inner)");
        }
        // The YAML lists the top rank first; the model wants it last.
        for (auto it = ranks->items.rbegin(); it != ranks->items.rend(); ++it) {
          const YamlNode *rk = *it;
          if (!r.expect(rk, YamlNode::Kind::Map, "a rank"))
            continue;
          r.checkKeys(rk,
                      {"format", "metadata_word_bits", "payload_word_bits",
                       "flattened_rankIDs", "flattened_rank_ids"},
                      "a rank");
          FormatRankSpec fr;
          auto fmt = r.string(r.require(rk, "format", "a rank"), "'format'");
          if (!fmt)
            continue;
          auto parsed = parseRankFormat(llvm::StringRef(*fmt).upper());
          if (!parsed) {
            r.error(rk->get("format")->loc,
                    "unknown rank format '" + *fmt +
                        "' (expected U, UOP, CP, B, RLE or UB)");
            continue;
          }
          fr.format = *parsed;
          std::optional<int64_t> md, pl;
          if (const YamlNode *n = rk->get("metadata_word_bits"))
            md = r.integer(n, "'metadata-word-bits'", 0);
          if (const YamlNode *n = rk->get("payload_word_bits"))
            pl = r.integer(n, "'payload-word-bits'", 0);
          // Timeloop's bitmask rank has a 1-bit mask word unless told.
          if (!md && fr.format == RankFormat::B)
            md = 1;
          // Timeloop's uncompressed-bitmask rank reads no word bits: both
          // are the level's default (metadata_datawidth).
          if (fr.format == RankFormat::UB && (md || pl)) {
            r.warning(rk->loc,
                      level.name +
                          ": a UB rank's word bits are the level's "
                          "metadata_datawidth (" +
                          std::to_string(level.defaultMetadataWordBits) +
                          "), as in Timeloop; the given ones are "
                          "ignored");
            md.reset();
            pl.reset();
          }
          fr.metadataBits = adjustWordBits(r, rk, md, level);
          fr.payloadBits = adjustWordBits(r, rk, pl, level);
          const YamlNode *flat = rk->get("flattened_rankIDs");
          if (!flat)
            flat = rk->get("flattened_rank_ids");
          if (flat &&
              r.expect(flat, YamlNode::Kind::Seq, "'flattened_rankIDs'"))
            for (const YamlNode *group : flat->items) {
              if (!r.expect(group, YamlNode::Kind::Seq, "a flattened group"))
                continue;
              for (const YamlNode *d : group->items)
                if (auto dn = r.string(d, "a dimension name")) {
                  int dim = w.findDim(*dn);
                  if (dim < 0)
                    r.error(d->loc, "unknown dimension '" + *dn + "'");
                  else
                    fr.flattenedDims.push_back(dim);
                }
            }
          rep.ranks.push_back(fr);
        }
        bool lowerUncompressed = false;
        for (const FormatRankSpec &fr : rep.ranks) {
          if (lowerUncompressed && isCompressed(fr.format)) {
            r.error(s->loc, "a compressed rank above an uncompressed one is "
                            "not supported");
            break;
          }
          lowerUncompressed |= !isCompressed(fr.format);
        }
        if (saf.formats.count(ds))
          r.error(s->loc, "second representation for '" +
                              w.dataSpaces[ds].name + "' at " + *name);
        saf.formats[ds] = rep;
      }
    }
    if (const YamlNode *ao = t->get("action_optimization")) {
      if (!r.expect(ao, YamlNode::Kind::Seq, "'action-optimization'"))
        continue;
      for (const YamlNode *o : ao->items) {
        if (!r.expect(o, YamlNode::Kind::Map, "an action optimization"))
          continue;
        r.checkKeys(
            o, {"type", "target", "condition_on", "options", "public_timeloop"},
            "an action optimization");
        auto type =
            r.string(r.require(o, "type", "an action optimization"), "'type'");
        if (!type)
          continue;
        std::string k = YamlForest::normalizeKey(*type);
        ActionOptSpec a;
        if (k == "gating")
          a.kind = ActionOptKind::Gating;
        else if (k == "skipping")
          a.kind = ActionOptKind::Skipping;
        else if (k == "skipping_spatial" || k == "spatial_skipping")
          a.kind = ActionOptKind::SpatialSkipping;
        else if (k == "position_skipping")
          a.kind = ActionOptKind::PositionSkipping;
        else {
          r.error(o->get("type")->loc,
                  "unknown action-optimization type '" + *type +
                      "' (expected gating, skipping, skipping-spatial or "
                      "position-skipping)");
          continue;
        }
        if (const YamlNode *pub = o->get("public_timeloop")) {
          auto how = r.string(pub, "'public-timeloop'");
          if (how &&
              (a.kind != ActionOptKind::PositionSkipping || *how != "skipping"))
            r.error(pub->loc, "'public-timeloop' takes 'skipping', and only "
                              "on a position-skipping entry (it says how to "
                              "write position skipping for the public "
                              "Timeloop, which lacks it)");
          else if (how)
            a.publicAsSkipping = true;
        }
        auto option = [&](const YamlNode *n) {
          ActionOptionSpec opt;
          int tgt = dataSpace(r.require(n, "target", "an action optimization"));
          const YamlNode *cond =
              r.require(n, "condition_on", "an action optimization");
          if (tgt < 0 || !r.expect(cond, YamlNode::Kind::Seq, "'condition-on'"))
            return;
          opt.target = tgt;
          for (const YamlNode *c : cond->items) {
            int ds = dataSpace(c);
            if (ds >= 0)
              opt.conditionOn.push_back(ds);
          }
          if (opt.conditionOn.empty() &&
              a.kind != ActionOptKind::PositionSkipping) {
            r.error(cond->loc, "'condition-on' must name at least one data "
                               "space");
            return;
          }
          a.options.push_back(opt);
        };
        if (const YamlNode *opts = o->get("options")) {
          if (r.expect(opts, YamlNode::Kind::Seq, "'options'"))
            for (const YamlNode *n : opts->items)
              if (r.expect(n, YamlNode::Kind::Map, "an option"))
                option(n);
        } else {
          option(o);
        }
        if (!a.options.empty())
          saf.actions.push_back(a);
      }
    }
  }
}

//===----------------------------------------------------------------------===//
// preset (the compiler's extension)
//===----------------------------------------------------------------------===//

void readPreset(Reader &r, const YamlNode *node, const WorkloadSpec &w,
                PresetInfo &out) {
  if (!node || !r.expect(node, YamlNode::Kind::Map, "'preset'"))
    return;
  r.checkKeys(node, {"name", "patterns", "swap_operands", "format_choices"},
              "'preset'");
  if (const YamlNode *n = node->get("name"))
    if (auto v = r.string(n, "'name'"))
      out.name = *v;
  if (const YamlNode *n = node->get("swap_operands"))
    if (auto v = r.boolean(n, "'swap-operands'"))
      out.swapOperands = *v;
  auto perTensor = [&](const char *key, auto check,
                       std::map<std::string, std::vector<std::string>> &dst) {
    const YamlNode *n = node->get(key);
    if (!n || !r.expect(n, YamlNode::Kind::Map, "'" + std::string(key) + "'"))
      return;
    for (const YamlNode::Entry &e : n->entries) {
      if (w.findDataSpace(e.spelled) < 0) {
        r.error(e.keyLoc, "unknown data space '" + e.spelled + "' in '" +
                              std::string(key) + "'");
        continue;
      }
      if (!r.expect(e.value, YamlNode::Kind::Seq, "a list"))
        continue;
      for (const YamlNode *item : e.value->items)
        if (auto v = r.string(item, "an entry of '" + std::string(key) + "'"))
          if (check(item, *v))
            dst[e.spelled].push_back(*v);
    }
  };
  perTensor(
      "patterns",
      [&](const YamlNode *item, const std::string &v) {
        std::string err;
        if (!parsePattern(v, err)) {
          r.error(item->loc, "bad pattern '" + v + "': " + err);
          return false;
        }
        return true;
      },
      out.patterns);
  perTensor(
      "format_choices",
      [&](const YamlNode *item, const std::string &v) {
        unsigned bits;
        if (!parseFormatChoice(v, bits)) {
          r.error(item->loc, "bad format choice '" + v +
                                 "' (expected CP, B or RLE, optionally "
                                 "with metadata bits as in CP(4))");
          return false;
        }
        return true;
      },
      out.formatChoices);
}

FrontEndResult
load(const std::vector<std::pair<std::string, std::string>> &bufs,
     const WorkloadSpec *workload = nullptr, bool withLoops = false) {
  FrontEndResult res;
  Reader r(res.diagnostics);
  YamlForest forest;
  for (const auto &[name, text] : bufs) {
    std::string err;
    if (!forest.parse(name, text, err))
      res.diagnostics.push_back({true, err});
  }
  if (!res.diagnostics.empty())
    return res;
  // Merge top-level keys across files and documents.
  std::map<std::string, const YamlNode::Entry *> top;
  for (const YamlNode *root : forest.roots()) {
    if (!root->isMap()) {
      r.error(root->loc, "a Timeloop input file must be a mapping of "
                         "sections");
      continue;
    }
    for (const YamlNode::Entry &e : root->entries) {
      auto [it, fresh] = top.insert({e.key, &e});
      if (!fresh)
        r.error(e.keyLoc, "section '" + e.spelled + "' given twice (also at " +
                              it->second->keyLoc.str() + ")");
    }
  }
  auto section = [&](const char *key) -> const YamlNode * {
    auto it = top.find(key);
    return it == top.end() ? nullptr : it->second->value;
  };
  for (const char *key : {"problem", "architecture", "mapping"})
    if (!section(key) && !(workload && std::string(key) == "problem"))
      r.error(YamlLocation{bufs.empty() ? "<input>" : bufs.front().first, 0, 0},
              "no '" + std::string(key) + "' section in the input files");
  const YamlNode *ertNode = section("ERT");
  if (!ertNode)
    r.error(YamlLocation{bufs.empty() ? "<input>" : bufs.front().first, 0, 0},
            "no 'ERT' section in the input files (give ERT.yaml)");
  if (r.failed())
    return res;

  ModelSpec &spec = res.spec;
  EnergyTable ert;
  readERT(r, ertNode, ert);
  if (workload)
    spec.workload = *workload;
  else
    readProblem(r, section("problem"), spec.workload);
  readArchitecture(r, section("architecture"), ert, spec.arch,
                   res.componentLocations);
  if (r.failed())
    return res;
  if (withLoops) {
    // A fixed dataflow needs factors; say so before the factor checks do.
    bool any = false;
    if (const YamlNode *m = section("mapping"); m && m->isSeq())
      for (const YamlNode *e : m->items)
        if (const YamlNode *t = e->get("type"); t && t->isScalar())
          any |= t->scalar == "temporal" || t->scalar == "spatial";
    if (!any) {
      r.error(top.at("mapping")->keyLoc,
              "the architecture file's mapping has no loop factors; a fixed "
              "dataflow needs temporal/spatial entries for every level");
      return res;
    }
  }
  readMapping(r, section("mapping"), spec.workload, spec.arch, spec.mapping,
              /*keepOnly=*/workload != nullptr && !withLoops);
  readSparseOpts(r, section("sparse_optimizations"), spec.workload, spec.arch,
                 spec.sparse);
  readPreset(r, section("preset"), spec.workload, res.preset);
  const YamlNode *cons = section("mapspace_constraints");
  if (!cons)
    cons = section("mapspace");
  if (cons && !r.failed()) {
    std::vector<std::string> errors;
    model::MapSpaceConstraints c;
    if (readMapspaceConstraints(cons, spec, c, errors))
      res.constraints = std::move(c);
    for (std::string &e : errors)
      res.diagnostics.push_back({true, std::move(e)});
  }
  res.success = !r.failed() && (!cons || res.constraints);
  return res;
}

} // namespace

FrontEndResult sparseaccel::sparseloop::loadTimeloopBuffers(
    const std::vector<std::pair<std::string, std::string>> &bufs) {
  return load(bufs);
}

FrontEndResult sparseaccel::sparseloop::loadArchitectureFiles(
    const std::vector<std::string> &files, const WorkloadSpec &workload,
    bool withLoops) {
  std::vector<std::pair<std::string, std::string>> bufs;
  FrontEndResult res;
  for (const std::string &f : files) {
    auto buf = llvm::MemoryBuffer::getFile(f);
    if (!buf) {
      res.diagnostics.push_back(
          {true, f + ": error: cannot read file: " + buf.getError().message()});
      return res;
    }
    bufs.push_back({f, (*buf)->getBuffer().str()});
  }
  return load(bufs, &workload, withLoops);
}

FrontEndResult sparseaccel::sparseloop::loadTimeloopFiles(
    const std::vector<std::string> &files) {
  std::vector<std::pair<std::string, std::string>> bufs;
  FrontEndResult res;
  for (const std::string &f : files) {
    auto buf = llvm::MemoryBuffer::getFile(f);
    if (!buf) {
      res.diagnostics.push_back(
          {true, f + ": error: cannot read file: " + buf.getError().message()});
      continue;
    }
    bufs.push_back({f, (*buf)->getBuffer().str()});
  }
  if (!res.diagnostics.empty())
    return res;
  return load(bufs);
}
