//===- Mapper.cpp - Mapspace search with the cost model -------------------===//
//
// A candidate is, per storage level, a temporal factor and a loop order per
// dimension plus the spatial factors. Temporal factors come from spreading
// the prime factors of what the spatial factors leave of each dimension over
// the levels. The work is cut into a fixed number of shards, each with its
// own seed, so the answer does not depend on how many threads run them.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Model/Mapper.h"

#include "MapNeighborhood.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cmath>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <unordered_set>

using namespace sparseaccel::model;

namespace {

constexpr unsigned kShards = 16;
// Local searches of the random strategy, from the best distinct samples.
constexpr unsigned kClimbs = 8;

using Candidate = MapCandidate;

/// Invalid candidates by kind of reason (the message with its numbers
/// folded to N), with one full message per kind to show the user.
struct FailureTally {
  std::map<std::string, uint64_t> counts;
  std::map<std::string, std::string> examples;
  void add(const std::string &kind, const std::string &example = "") {
    if (++counts[kind] == 1)
      examples[kind] = example.empty() ? kind : example;
  }
};

/// Appends one level's loops in canonical form: the spatial-X, then the
/// spatial-Y loops with a factor above 1 in their orders; unit spatial-Y
/// loops for the other dimensions when the level fans out; the temporal
/// loops in their order; unit temporal loops for the dimensions without
/// one. `factor` and `order` are indexed by LoopKind.
void appendCanonicalLoops(const llvm::ArrayRef<int64_t> (&factor)[3],
                          const llvm::ArrayRef<unsigned> (&order)[3],
                          std::vector<LoopSpec> &out) {
  const unsigned x = unsigned(LoopKind::SpatialX),
                 y = unsigned(LoopKind::SpatialY),
                 t = unsigned(LoopKind::Temporal);
  unsigned nd = factor[t].size();
  bool fansOut = false;
  for (unsigned k : {x, y})
    for (unsigned d : order[k])
      if (factor[k][d] > 1) {
        out.push_back({d, factor[k][d], LoopKind(k)});
        fansOut = true;
      }
  if (fansOut)
    for (unsigned d = 0; d < nd; ++d)
      if (factor[x][d] == 1 && factor[y][d] == 1)
        out.push_back({d, 1, LoopKind::SpatialY});
  for (unsigned d : order[t])
    if (factor[t][d] > 1)
      out.push_back({d, factor[t][d], LoopKind::Temporal});
  for (unsigned d = 0; d < nd; ++d)
    if (factor[t][d] == 1)
      out.push_back({d, 1, LoopKind::Temporal});
}

/// Writes `c` into `m` in canonicalMapping's form, reusing m's storage:
/// the search calls this once per candidate, and a fresh MappingSpec per
/// call was a tenth of its allocations. Spatial loops follow the level's
/// loop order too: which dimension is innermost across the fan-out decides
/// what spatial skipping compacts.
void writeMapping(const ModelSpec &tmpl, const Candidate &c, MappingSpec &m) {
  unsigned nl = tmpl.arch.levels.size();
  m.levels.resize(nl);
  for (unsigned l = 0; l < nl; ++l) {
    LevelMappingSpec &lm = m.levels[l];
    lm.keep = tmpl.mapping.levels[l].keep;
    lm.stream = tmpl.mapping.levels[l].stream;
    lm.loops.clear();
    appendCanonicalLoops({c.temporal[l], c.spatialX[l], c.spatialY[l]},
                         {c.order[l], c.order[l], c.order[l]}, lm.loops);
  }
}

MappingSpec toMapping(const ModelSpec &tmpl, const Candidate &c) {
  MappingSpec m;
  writeMapping(tmpl, c, m);
  return m;
}

std::string key(const Candidate &c) {
  // Built by hand: ostringstream made key() a visible share of the search.
  std::string out;
  out.reserve(c.temporal.size() *
              (c.temporal.empty() ? 0 : c.temporal[0].size()) * 12);
  auto num = [&](int64_t v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
  };
  for (unsigned l = 0; l < c.temporal.size(); ++l) {
    for (unsigned d : c.order[l]) {
      num(d);
      out += ':';
      num(c.temporal[l][d]);
      out += ',';
    }
    for (int64_t x : c.spatialX[l]) {
      out += 'x';
      num(x);
    }
    for (int64_t y : c.spatialY[l]) {
      out += 'y';
      num(y);
    }
    out += '|';
  }
  return out;
}

struct Best {
  bool found = false;
  double score = 0;
  std::string key;
  Candidate cand;
  EvalResult cost;

  void offer(double s, const std::string &k, const Candidate &c,
             const EvalResult &r) {
    if (!found || s < score || (s == score && k < key)) {
      found = true;
      score = s;
      key = k;
      cand = c;
      cost = r;
    }
  }
};

/// A fan-out expansion for a greedy start: along X of storage level
/// `level`, dimension `dim` takes up to `factor` times the physical mesh
/// (spatial skipping compacts it back when the data are sparse enough).
struct Expansion {
  int level = -1;
  unsigned dim = 0;
  int64_t factor = 1;
  /// Dimensions the greedy fill puts on the X and Y fan-outs first (-1:
  /// the largest remaining first). Different preferences reach full
  /// spatial tilings that single moves cannot walk between (on a 3x3 conv,
  /// C along X and K along Y beat the Q.K x S.C tiling sampling finds by
  /// 1.4x in EDP).
  int preferX = -1, preferY = -1;
};

class Search {
public:
  Search(const ModelSpec &tmpl, const MapSpaceConstraints &cons,
         const MapSearchOptions &opts)
      : tmpl_(tmpl), cons_(cons), opts_(opts) {
    static std::atomic<uint64_t> searches{0};
    generation_ = ++searches; // never 0, never reused
    nl_ = tmpl.arch.levels.size();
    nd_ = tmpl.workload.dimNames.size();
  }

  /// Checks the constraints and computes what is left for temporal loops.
  bool prepare(std::string &why) {
    if (cons_.levels.size() != nl_) {
      why = "mapspace constraints need one entry per storage level";
      return false;
    }
    remaining_.assign(nd_, 0);
    for (unsigned d = 0; d < nd_; ++d) {
      int64_t used = 1;
      for (unsigned l = 0; l < nl_; ++l) {
        const LevelMapConstraint &c = cons_.levels[l];
        if (!c.spatialFree)
          used *= at(c.spatialX, d) * at(c.spatialY, d);
        else if (int64_t f = at0(c.spatialFixedX, d))
          used *= f;
        if (int64_t f = at0(c.temporalFixed, d))
          used *= f;
      }
      int64_t bound = tmpl_.workload.bounds[d];
      if (used <= 0 || bound % used != 0) {
        why = "the fixed factors of " + tmpl_.workload.dimNames[d] +
              " (product " + std::to_string(used) + ") do not divide " +
              std::to_string(bound);
        return false;
      }
      remaining_[d] = bound / used;
    }
    return true;
  }

  /// When even the smallest tiles the constraints allow (every free factor
  /// at the outermost level that may take it, fan-outs at their pinned
  /// minimum) overflow a buffer: which one, what it must hold and by how
  /// much it is short. Empty when they fit (then a failed search is a
  /// matter of the other constraints or the budget).
  std::string shortfall() const {
    Candidate c = skeleton();
    for (unsigned d = 0; d < nd_; ++d) {
      int top = -1;
      for (int l = int(nl_) - 1; l >= 0 && top < 0; --l)
        if (!at0(cons_.levels[l].temporalFixed, d))
          top = l;
      if (top >= 0)
        c.temporal[top][d] *= remaining_[d];
    }
    std::vector<int64_t> below(nd_, 1);
    for (unsigned l = 0; l < nl_; ++l) {
      for (unsigned d = 0; d < nd_; ++d)
        below[d] *= c.temporal[l][d] * c.spatialX[l][d] * c.spatialY[l][d];
      const StorageLevelSpec &ls = tmpl_.arch.levels[l];
      if (!ls.size)
        continue;
      std::string parts;
      uint64_t need = denseTileWords(l, below, &parts);
      if (need > ls.effectiveSize())
        return "no mapping fits: with every free loop as far out as it may "
               "go, level '" +
               ls.name + "' must hold " + std::to_string(need) + " words (" +
               parts + ") but holds " + std::to_string(ls.effectiveSize()) +
               ", short by " + std::to_string(need - ls.effectiveSize()) +
               " words";
    }
    return "";
  }

  /// The exhaustive strategy's share of the enumeration.
  void runExhaustiveShard(unsigned shard, uint64_t budget, Best &best,
                          uint64_t &evals, uint64_t &valid,
                          FailureTally &fails) {
    exhaustive(shard, budget, best, evals, valid, fails);
  }

  using Elite = std::vector<std::pair<double, Candidate>>;

  /// First phase of the random strategy: shard 0 starts from greedy
  /// mappings (fill every fan-out with the largest dimensions, sink
  /// temporal factors into the innermost buffers that hold their tiles; and
  /// the same with a fan-out expanded 2-8x for spatial skipping, mappings
  /// that are rare among random samples); every shard samples at random.
  /// `elite` gets the shard's best few.
  void sampleShard(unsigned shard, uint64_t budget, uint64_t greedyBudget,
                   Best &best, uint64_t &evals, uint64_t &valid,
                   FailureTally &fails, Elite &elite) {
    std::mt19937_64 rng(opts_.seed * 0x9E3779B97F4A7C15ull + shard);
    auto keepBest = [&] {
      std::sort(elite.begin(), elite.end(),
                [](auto &a, auto &b) { return a.first < b.first; });
      if (elite.size() > 4)
        elite.resize(4);
    };
    if (shard == 0) {
      std::vector<Expansion> starts = {Expansion()};
      for (const Expansion &e : expansions())
        starts.push_back(e);
      // Greedy fills that put a chosen pair of dimensions on the fan-outs
      // first.
      for (unsigned x = 0; x < nd_; ++x)
        for (unsigned y = 0; y < nd_; ++y)
          if (x != y && remaining_[x] > 1 && remaining_[y] > 1) {
            Expansion e;
            e.preferX = int(x);
            e.preferY = int(y);
            starts.push_back(e);
          }
      // The greedy starts have their own allowance (they are few), so a
      // small budget still tries every expansion.
      for (const Expansion &e : starts) {
        if (greedyBudget == 0)
          break;
        Candidate g = greedyCandidate(e);
        double s;
        if (tryCandidate(g, best, evals, valid, fails, s))
          elite.push_back({s, g});
        --greedyBudget;
      }
      keepBest();
    }
    for (uint64_t i = 0; i < budget; ++i) {
      Candidate c = randomCandidate(rng);
      double s;
      if (!tryCandidate(c, best, evals, valid, fails, s))
        continue;
      elite.push_back({s, c});
      keepBest();
    }
  }

  /// Second phase: iterated local search from `start`. Each step takes the
  /// first improving candidate of the shuffled neighbourhood (one prime
  /// factor moved between levels or onto/off a fan-out, or two loops
  /// swapped); at a local optimum a few random moves from the climb's best
  /// restart it. Candidates already seen are not evaluated again. Without
  /// a start (nothing valid was sampled) the budget samples at random.
  void climb(unsigned task, const Candidate *start, double startScore,
             uint64_t budget, Best &best, uint64_t &evals, uint64_t &valid,
             FailureTally &fails) {
    std::mt19937_64 rng(opts_.seed * 0xD1B54A32D192ED03ull + task);
    if (!start) {
      for (; budget > 0; --budget) {
        double s;
        tryCandidate(randomCandidate(rng), best, evals, valid, fails, s);
      }
      return;
    }
    Candidate cur = *start, climbBest = *start;
    double curScore = startScore, climbBestScore = startScore;
    // A climb whose best has not improved for a quarter of its allowance
    // has converged: most climbs find their best within the first tenth
    // (MobileNetV3 on stc: on average after 92 of 935 evaluations), and the
    // rest of the allowance only re-confirms the basin.
    const uint64_t patience = std::max<uint64_t>(64, budget / 4);
    uint64_t sinceBest = 0;
    std::unordered_set<std::string> seen{key(cur)};
    auto attempt = [&](const Candidate &c, double &s) {
      if (!seen.insert(key(c)).second)
        return false;
      --budget;
      ++sinceBest;
      return tryCandidate(c, best, evals, valid, fails, s);
    };
    while (budget > 0 && sinceBest < patience) {
      uint64_t before = budget;
      std::vector<Candidate> moves = neighborhood(cur, cons_);
      std::shuffle(moves.begin(), moves.end(), rng);
      bool improved = false;
      for (const Candidate &m : moves) {
        double s;
        if (budget == 0)
          break;
        if (attempt(m, s) && s < curScore) {
          cur = m;
          curScore = s;
          improved = true;
          break;
        }
      }
      if (curScore < climbBestScore) {
        climbBest = cur;
        climbBestScore = curScore;
        sinceBest = 0;
      }
      if (improved)
        continue;
      for (unsigned tries = 0; budget > 0 && tries < 64; ++tries) {
        Candidate kicked = climbBest;
        for (unsigned k = 0, n = 2 + rng() % 3; k < n; ++k)
          mutate(kicked, rng);
        double s;
        if (attempt(kicked, s)) {
          cur = kicked;
          curScore = s;
          break;
        }
      }
      if (budget == before)
        return; // everything near has been seen
    }
  }

private:
  static int64_t at(const std::vector<int64_t> &v, unsigned d) {
    return d < v.size() && v[d] > 0 ? v[d] : 1;
  }
  static int64_t at0(const std::vector<int64_t> &v, unsigned d) {
    return d < v.size() ? v[d] : 0;
  }

  Candidate skeleton() const {
    Candidate c;
    c.temporal.assign(nl_, std::vector<int64_t>(nd_, 1));
    c.order.assign(nl_, {});
    c.spatialX.assign(nl_, std::vector<int64_t>(nd_, 1));
    c.spatialY.assign(nl_, std::vector<int64_t>(nd_, 1));
    for (unsigned l = 0; l < nl_; ++l) {
      const LevelMapConstraint &lc = cons_.levels[l];
      for (unsigned d = 0; d < nd_; ++d) {
        if (int64_t f = at0(lc.temporalFixed, d))
          c.temporal[l][d] = f;
        if (!lc.spatialFree) {
          c.spatialX[l][d] = at(lc.spatialX, d);
          c.spatialY[l][d] = at(lc.spatialY, d);
        } else if (int64_t f = at0(lc.spatialFixedX, d)) {
          c.spatialX[l][d] = f;
        }
      }
      for (unsigned d = 0; d < nd_; ++d)
        c.order[l].push_back(d);
    }
    constrainOrder(c);
    return c;
  }

  /// Puts each level's constrained dimensions innermost, in their order.
  void constrainOrder(Candidate &c) const {
    for (unsigned l = 0; l < nl_; ++l) {
      const std::vector<unsigned> &pre = cons_.levels[l].permutation;
      if (pre.empty())
        continue;
      std::vector<unsigned> order(pre.begin(), pre.end());
      for (unsigned d : c.order[l])
        if (std::find(pre.begin(), pre.end(), d) == pre.end())
          order.push_back(d);
      c.order[l] = std::move(order);
    }
  }

  /// Timeloop's utilization constraint: the share of a level's physical
  /// fan-out a candidate's spatial loops occupy.
  bool utilized(const Candidate &c) const {
    for (unsigned l = 0; l < nl_; ++l) {
      const LevelMapConstraint &lc = cons_.levels[l];
      if (lc.minUtilization <= 0)
        continue;
      double used = 1;
      for (unsigned d = 0; d < nd_; ++d)
        used *= double(c.spatialX[l][d] * c.spatialY[l][d]);
      double mesh = double(lc.meshFanoutX ? lc.meshFanoutX : lc.maxFanoutX) *
                    double(lc.meshFanoutY ? lc.meshFanoutY : lc.maxFanoutY);
      if (used < lc.minUtilization * mesh - 1e-9)
        return false;
    }
    return true;
  }

  /// Free spatial factors: grow X then Y fan-outs with prime factors of the
  /// chosen dimensions while they fit.
  void randomSpatial(Candidate &c, std::vector<std::vector<int64_t>> &primes,
                     std::mt19937_64 &rng) const {
    for (unsigned l = 0; l < nl_; ++l) {
      const LevelMapConstraint &lc = cons_.levels[l];
      if (!lc.spatialFree || lc.spatialDims.empty())
        continue;
      for (int axis = 0; axis < 2; ++axis) {
        // A random share of the fan-out, so small spatial tiles are tried
        // as well as full ones.
        int64_t cap = axis == 0 ? lc.maxFanoutX : lc.maxFanoutY;
        int64_t mesh = axis == 0 ? lc.meshFanoutX : lc.meshFanoutY;
        // Half the time stay within the physical mesh: beyond it only
        // data that compacts enough is valid.
        if (mesh && mesh < cap && rng() % 2 == 0)
          cap = mesh;
        if (rng() % 4 == 0)
          cap = std::max<int64_t>(1, cap >> (1 + rng() % 3));
        int64_t used = 1;
        auto &fac = axis == 0 ? c.spatialX[l] : c.spatialY[l];
        const auto &other = axis == 0 ? c.spatialY[l] : c.spatialX[l];
        for (int64_t f : fac)
          used *= f;
        for (int tries = 0; tries < 12; ++tries) {
          unsigned d = lc.spatialDims[rng() % lc.spatialDims.size()];
          // Timeloop's spatial permutation names a dimension once per
          // level, so a dimension fans out along X or Y, not both.
          if (primes[d].empty() || other[d] > 1 || at0(lc.spatialFixedX, d))
            continue;
          size_t i = rng() % primes[d].size();
          int64_t p = primes[d][i];
          if (used * p > cap)
            continue;
          used *= p;
          fac[d] *= p;
          primes[d].erase(primes[d].begin() + i);
        }
      }
    }
  }

  /// The expansions worth a greedy start: every dimension at every level
  /// whose X fan-out may exceed its mesh, by 2, 4 and 8.
  std::vector<Expansion> expansions() const {
    std::vector<Expansion> out;
    for (unsigned l = 0; l < nl_; ++l) {
      const LevelMapConstraint &lc = cons_.levels[l];
      if (!lc.spatialFree || !lc.meshFanoutX || lc.maxFanoutX <= lc.meshFanoutX)
        continue;
      for (unsigned d : lc.spatialDims)
        for (int64_t f = 2; lc.meshFanoutX * f <= lc.maxFanoutX; f *= 2)
          out.push_back({int(l), d, f});
    }
    return out;
  }

  Candidate greedyCandidate(const Expansion &ex = {}) const {
    Candidate c = skeleton();
    std::vector<std::vector<int64_t>> primes(nd_);
    std::vector<int64_t> left(nd_);
    for (unsigned d = 0; d < nd_; ++d) {
      primes[d] = primeFactors(remaining_[d]);
      left[d] = remaining_[d];
    }
    for (int l = int(nl_) - 1; l >= 0; --l) {
      const LevelMapConstraint &lc = cons_.levels[l];
      if (!lc.spatialFree || lc.spatialDims.empty())
        continue;
      for (int axis = 0; axis < 2; ++axis) {
        // The greedy start stays within the physical mesh, so it is valid
        // whatever the data; an expansion first gives its dimension up to
        // `factor` meshes, which leaves the others one mesh's worth of
        // what the compacted dimension occupies.
        int64_t cap = axis == 0
                          ? (lc.meshFanoutX ? lc.meshFanoutX : lc.maxFanoutX)
                          : (lc.meshFanoutY ? lc.meshFanoutY : lc.maxFanoutY),
                used = 1;
        auto &fac = axis == 0 ? c.spatialX[l] : c.spatialY[l];
        const auto &other = axis == 0 ? c.spatialY[l] : c.spatialX[l];
        for (int64_t f : fac)
          used *= f;
        // Can dimension d's largest remaining prime join this fan-out
        // (within `limit`)? takePrime moves it there.
        auto fits = [&](unsigned d, int64_t limit) {
          return !primes[d].empty() && other[d] == 1 &&
                 !at0(lc.spatialFixedX, d) && used * primes[d].back() <= limit;
        };
        auto takePrime = [&](unsigned d) {
          int64_t p = primes[d].back();
          primes[d].pop_back();
          used *= p;
          fac[d] *= p;
          left[d] /= p;
        };
        if (axis == 0 && ex.level == l) {
          while (fits(ex.dim, cap * ex.factor))
            takePrime(ex.dim);
          used = (used + ex.factor - 1) / ex.factor;
        }
        if (int prefer = axis == 0 ? ex.preferX : ex.preferY; prefer >= 0)
          while (fits(unsigned(prefer), cap))
            takePrime(unsigned(prefer));
        while (true) {
          int best = -1;
          for (unsigned d : lc.spatialDims)
            if (fits(d, cap) && (best < 0 || left[d] > left[best]))
              best = d;
          if (best < 0)
            break;
          takePrime(unsigned(best));
        }
      }
    }
    // Everything temporal starts at the top; move prime factors down to the
    // innermost level whose tiles still fit.
    for (unsigned d = 0; d < nd_; ++d)
      for (int64_t p : primes[d])
        c.temporal[nl_ - 1][d] *= p;
    for (unsigned l = 0; l + 1 < nl_; ++l)
      for (bool moved = true; moved;) {
        moved = false;
        for (unsigned d = 0; d < nd_; ++d) {
          auto ps = primeFactors(c.temporal[nl_ - 1][d]);
          if (ps.empty())
            continue;
          int64_t p = ps.front();
          c.temporal[nl_ - 1][d] /= p;
          c.temporal[l][d] *= p;
          if (valid(c)) {
            moved = true;
          } else {
            c.temporal[l][d] /= p;
            c.temporal[nl_ - 1][d] *= p;
          }
        }
      }
    return c;
  }

  /// A random candidate that is legal by construction as far as the dense
  /// tiles of uncompressed tensors go: every temporal prime factor starts
  /// at the highest level free for its dimension and moves to a level
  /// drawn among those where every tile still fits. In tight spaces (a
  /// one-word register) uniform placement is almost never legal.
  Candidate randomCandidate(std::mt19937_64 &rng) const {
    Candidate c = skeleton();
    std::vector<std::vector<int64_t>> primes(nd_);
    for (unsigned d = 0; d < nd_; ++d)
      primes[d] = primeFactors(remaining_[d]);
    randomSpatial(c, primes, rng);
    // Half of the samples place every prime uniformly over the levels free
    // for its dimension, legal or not: in roomy spaces that spreads the
    // samples more evenly than drawing among fitting levels.
    if (rng() % 2 == 0) {
      for (unsigned d = 0; d < nd_; ++d)
        for (int64_t p : primes[d]) {
          std::vector<unsigned> free;
          for (unsigned l = 0; l < nl_; ++l)
            if (!at0(cons_.levels[l].temporalFixed, d))
              free.push_back(l);
          c.temporal[free.empty() ? nl_ - 1 : free[rng() % free.size()]][d] *=
              p;
        }
      for (unsigned l = 0; l < nl_; ++l)
        std::shuffle(c.order[l].begin(), c.order[l].end(), rng);
      constrainOrder(c);
      return c;
    }
    std::vector<std::pair<unsigned, int64_t>> pool;
    std::vector<int> home(nd_, -1);
    for (unsigned d = 0; d < nd_; ++d) {
      for (int l = int(nl_) - 1; l >= 0 && home[d] < 0; --l)
        if (!at0(cons_.levels[l].temporalFixed, d))
          home[d] = l;
      for (int64_t p : primes[d]) {
        // A dimension fixed at every level has no prime left to place.
        unsigned at = home[d] >= 0 ? unsigned(home[d]) : nl_ - 1;
        c.temporal[at][d] *= p;
        if (home[d] >= 0)
          pool.push_back({d, p});
      }
    }
    // Half of the dimensions keep their whole factor at one level: formats
    // with few ranks allow a dimension's loops at one level only (fig1's
    // one-rank bitmask buffer), a region of the space that single prime
    // moves cannot reach.
    std::vector<bool> whole(nd_);
    for (unsigned d = 0; d < nd_; ++d)
      whole[d] = home[d] >= 0 && rng() % 2 == 0;
    std::vector<unsigned> fitting;
    for (unsigned d = 0; d < nd_; ++d) {
      if (!whole[d])
        continue;
      fitting.clear();
      for (unsigned l = 0; l < nl_; ++l)
        if (gather(c, d, l) && fits(c))
          fitting.push_back(l);
      if (!fitting.empty())
        gather(c, d, fitting[rng() % fitting.size()]);
      else
        gather(c, d, unsigned(home[d]));
    }
    std::shuffle(pool.begin(), pool.end(), rng);
    for (auto [d, p] : pool) {
      if (whole[d])
        continue;
      unsigned from = unsigned(home[d]);
      fitting.clear();
      for (unsigned l = 0; l < nl_; ++l) {
        if (l != from && at0(cons_.levels[l].temporalFixed, d))
          continue;
        c.temporal[from][d] /= p;
        c.temporal[l][d] *= p;
        if (l == from || fits(c))
          fitting.push_back(l);
        c.temporal[l][d] /= p;
        c.temporal[from][d] *= p;
      }
      unsigned to = fitting[rng() % fitting.size()];
      c.temporal[from][d] /= p;
      c.temporal[to][d] *= p;
    }
    for (unsigned l = 0; l < nl_; ++l)
      std::shuffle(c.order[l].begin(), c.order[l].end(), rng);
    constrainOrder(c);
    return c;
  }

  /// Moves every free temporal factor of dimension `d` to level `to`;
  /// false (and nothing moved) when `to` pins d's factor.
  bool gather(Candidate &c, unsigned d, unsigned to) const {
    if (at0(cons_.levels[to].temporalFixed, d))
      return false;
    for (unsigned l = 0; l < nl_; ++l) {
      if (l == to || at0(cons_.levels[l].temporalFixed, d))
        continue;
      c.temporal[to][d] *= c.temporal[l][d];
      c.temporal[l][d] = 1;
    }
    return true;
  }

  /// Moves one prime factor between a free spatial loop and a temporal
  /// loop of the same dimension, keeping the fan-out within its cap.
  void mutateSpatial(Candidate &c, std::mt19937_64 &rng) const {
    unsigned l = rng() % nl_;
    const LevelMapConstraint &lc = cons_.levels[l];
    if (!lc.spatialFree || lc.spatialDims.empty())
      return;
    unsigned d = lc.spatialDims[rng() % lc.spatialDims.size()];
    if (at0(lc.spatialFixedX, d))
      return;
    bool x = rng() % 2;
    auto &fac = x ? c.spatialX[l] : c.spatialY[l];
    const auto &other = x ? c.spatialY[l] : c.spatialX[l];
    int64_t cap = x ? lc.maxFanoutX : lc.maxFanoutY;
    int64_t used = 1;
    for (int64_t f : fac)
      used *= f;
    if (rng() % 2) {
      // temporal -> spatial (never onto the other axis's dimension)
      if (other[d] > 1)
        return;
      unsigned from = rng() % nl_;
      if (at0(cons_.levels[from].temporalFixed, d))
        return;
      auto primes = primeFactors(c.temporal[from][d]);
      if (primes.empty())
        return;
      int64_t p = primes[rng() % primes.size()];
      if (used * p > cap)
        return;
      c.temporal[from][d] /= p;
      fac[d] *= p;
    } else {
      auto primes = primeFactors(fac[d]);
      if (primes.empty())
        return;
      int64_t p = primes[rng() % primes.size()];
      fac[d] /= p;
      c.temporal[rng() % nl_][d] *= p;
    }
  }

  void mutate(Candidate &c, std::mt19937_64 &rng) const {
    if (rng() % 4 == 0) {
      mutateSpatial(c, rng);
      return;
    }
    // Now and then all of a dimension's temporal factor to one level (see
    // randomCandidate); mostly the small steps that refine a mapping.
    if (rng() % 16 == 0) {
      gather(c, rng() % nd_, rng() % nl_);
      return;
    }
    switch (rng() % 3) {
    case 0:
    case 1: {
      // Move one prime factor of a dimension between two levels' temporal
      // loops.
      unsigned d = rng() % nd_;
      unsigned from = rng() % nl_, to = rng() % nl_;
      if (at0(cons_.levels[from].temporalFixed, d) ||
          at0(cons_.levels[to].temporalFixed, d))
        return;
      auto primes = primeFactors(c.temporal[from][d]);
      if (primes.empty())
        return;
      int64_t p = primes[rng() % primes.size()];
      c.temporal[from][d] /= p;
      c.temporal[to][d] *= p;
      return;
    }
    default: {
      unsigned l = rng() % nl_;
      if (nd_ < 2)
        return;
      unsigned i = rng() % nd_, j = rng() % nd_;
      std::swap(c.order[l][i], c.order[l][j]);
      constrainOrder(c);
      return;
    }
    }
  }

  /// Whether the model accepts a candidate (for the greedy start, whose
  /// steps must each stay valid; not counted against the budget).
  bool valid(const Candidate &c) const {
    ModelSpec &spec = scratch();
    writeMapping(tmpl_, c, spec.mapping);
    return mayFit(spec.mapping) && evaluate(spec).success;
  }

  /// This thread's copy of the template, whose mapping each evaluation
  /// replaces: copying the whole spec per candidate cost a third of the
  /// search's time in allocations.
  ModelSpec &scratch() const {
    thread_local std::unique_ptr<ModelSpec> spec;
    thread_local uint64_t generation = 0;
    if (!spec || generation != generation_) {
      spec = std::make_unique<ModelSpec>(tmpl_);
      generation = generation_;
    }
    return *spec;
  }

  /// A sound lower bound on the words each level needs: the dense tiles of
  /// uncompressed tensors. Skips the model for hopeless candidates.
  bool mayFit(const MappingSpec &m) const {
    std::vector<std::vector<int64_t>> factors(nl_,
                                              std::vector<int64_t>(nd_, 1));
    for (unsigned l = 0; l < nl_; ++l)
      for (const LoopSpec &lp : m.levels[l].loops)
        factors[l][lp.dim] *= lp.bound;
    return tilesFit(factors);
  }

  /// mayFit on a candidate, without building its mapping.
  bool fits(const Candidate &c) const {
    std::vector<std::vector<int64_t>> factors(nl_,
                                              std::vector<int64_t>(nd_, 1));
    for (unsigned l = 0; l < nl_; ++l)
      for (unsigned d = 0; d < nd_; ++d)
        factors[l][d] = c.temporal[l][d] * c.spatialX[l][d] * c.spatialY[l][d];
    return tilesFit(factors);
  }

  /// The words level `l` needs for the dense tiles of its uncompressed
  /// tensors, given each dimension's extent `below` and at that level;
  /// `parts` gets "Weights 12, Inputs 30" when asked.
  uint64_t denseTileWords(unsigned l, const std::vector<int64_t> &below,
                          std::string *parts = nullptr) const {
    uint64_t need = 0;
    for (unsigned ds = 0; ds < tmpl_.workload.dataSpaces.size(); ++ds) {
      if (!tmpl_.mapping.levels[l].keep[ds])
        continue;
      auto f = tmpl_.sparse.levels[l].formats.find(ds);
      if (f != tmpl_.sparse.levels[l].formats.end() && f->second.compressed())
        continue;
      uint64_t size = tmpl_.workload.dataSpaces[ds].boxSize(below);
      need += size;
      if (parts)
        *parts += (parts->empty() ? "" : ", ") +
                  tmpl_.workload.dataSpaces[ds].name + " " +
                  std::to_string(size);
    }
    return need;
  }

  /// `factors[l][d]`: the product of level l's loops over dimension d.
  bool tilesFit(const std::vector<std::vector<int64_t>> &factors) const {
    std::vector<int64_t> below(nd_, 1);
    for (unsigned l = 0; l < nl_; ++l) {
      for (unsigned d = 0; d < nd_; ++d)
        below[d] *= factors[l][d];
      const StorageLevelSpec &ls = tmpl_.arch.levels[l];
      if (!ls.size)
        continue;
      uint64_t need = denseTileWords(l, below);
      if (need > ls.effectiveSize())
        return false;
    }
    return true;
  }

  bool tryCandidate(const Candidate &c, Best &best, uint64_t &evals,
                    uint64_t &valid, FailureTally &fails, double &score) {
    ModelSpec &spec = scratch();
    writeMapping(tmpl_, c, spec.mapping);
    ++evals;
    if (!utilized(c)) {
      fails.add("a fan-out is used below the utilization constraint");
      return false;
    }
    if (!mayFit(spec.mapping)) {
      fails.add("a tile does not fit its buffer");
      return false;
    }
    EvalResult r = evaluate(spec);
    if (!r.success) {
      std::string why = r.errors.empty() ? "invalid" : r.errors.front();
      // Group messages by their level and kind, not their numbers.
      std::string kind;
      for (size_t i = 0; i < why.size(); ++i) {
        if (isdigit((unsigned char)why[i])) {
          if (kind.empty() || kind.back() != 'N')
            kind += 'N';
          continue;
        }
        kind += why[i];
      }
      fails.add(kind, why);
      return false;
    }
    ++valid;
    score = objectiveValue(r, opts_.objective);
    best.offer(score, key(c), c, r);
    return true;
  }

  void exhaustive(unsigned shard, uint64_t budget, Best &best, uint64_t &evals,
                  uint64_t &valid, FailureTally &fails) {
    // Per dimension, every split of its prime factors over the levels
    // (compositions of each prime's exponent).
    std::vector<std::vector<std::vector<int64_t>>> splits(nd_);
    for (unsigned d = 0; d < nd_; ++d) {
      std::map<int64_t, unsigned> exps;
      for (int64_t p : primeFactors(remaining_[d]))
        ++exps[p];
      std::vector<std::vector<int64_t>> cur = {std::vector<int64_t>(nl_, 1)};
      for (const auto &pe : exps) {
        int64_t p = pe.first;
        unsigned e = pe.second;
        std::vector<std::vector<int64_t>> next;
        for (const auto &base : cur) {
          // Distribute e copies of p over nl_ levels.
          std::vector<unsigned> k(nl_, 0);
          std::function<void(unsigned, unsigned)> rec = [&](unsigned l,
                                                            unsigned left) {
            if (l + 1 == nl_) {
              k[l] = left;
              std::vector<int64_t> v = base;
              for (unsigned i = 0; i < nl_; ++i)
                for (unsigned j = 0; j < k[i]; ++j)
                  v[i] *= p;
              next.push_back(v);
              return;
            }
            for (unsigned x = 0; x <= left; ++x) {
              k[l] = x;
              rec(l + 1, left - x);
            }
          };
          rec(0, e);
        }
        cur.swap(next);
      }
      splits[d] = cur;
    }
    // Odometer over the dimensions' splits; this shard takes every
    // kShards-th combination. Loop orders: the dimensions with a factor
    // at a level, in each of a few canonical orders.
    std::vector<size_t> idx(nd_, 0);
    uint64_t combo = 0, done = 0;
    Candidate base = skeleton();
    // Splits whose dense tiles cannot fit are passed over without
    // counting against the budget (bounded, so that a space with nothing
    // legal still ends).
    uint64_t passedOver = 0;
    while (done < budget && passedOver < 1000 * budget) {
      if (combo % kShards == shard) {
        Candidate c = base;
        for (unsigned d = 0; d < nd_; ++d)
          for (unsigned l = 0; l < nl_; ++l)
            c.temporal[l][d] *= splits[d][idx[d]][l];
        bool ok = fits(c);
        passedOver += !ok;
        for (unsigned rot = 0; ok && rot < nd_ && done < budget; ++rot) {
          for (unsigned l = 0; l < nl_; ++l)
            for (unsigned i = 0; i < nd_; ++i)
              c.order[l][i] = (i + rot) % nd_;
          constrainOrder(c);
          double s;
          tryCandidate(c, best, evals, valid, fails, s);
          ++done;
        }
      }
      ++combo;
      unsigned d = 0;
      for (; d < nd_; ++d) {
        if (++idx[d] < splits[d].size())
          break;
        idx[d] = 0;
      }
      if (d == nd_)
        break;
    }
  }

  const ModelSpec &tmpl_;
  uint64_t generation_ = 0; // identifies this search's scratch specs
  const MapSpaceConstraints &cons_;
  const MapSearchOptions &opts_;
  unsigned nl_ = 0, nd_ = 0;
  std::vector<int64_t> remaining_;
};

} // namespace

double sparseaccel::model::objectiveValue(const EvalResult &r,
                                          MapObjective objective) {
  switch (objective) {
  case MapObjective::EDP:
    return r.energy * double(r.cycles);
  case MapObjective::Energy:
    return r.energy;
  case MapObjective::Latency:
    // Cycles first; energy breaks ties.
    return double(r.cycles) + r.energy * 1e-18;
  }
  return 0;
}

MapSpaceConstraints
sparseaccel::model::constraintsFromMapping(const ModelSpec &spec) {
  MapSpaceConstraints c;
  unsigned nd = spec.workload.dimNames.size();
  for (const LevelMappingSpec &lm : spec.mapping.levels) {
    LevelMapConstraint lc;
    lc.spatialX.assign(nd, 1);
    lc.spatialY.assign(nd, 1);
    for (const LoopSpec &lp : lm.loops) {
      if (lp.kind == LoopKind::SpatialX)
        lc.spatialX[lp.dim] *= lp.bound;
      else if (lp.kind == LoopKind::SpatialY)
        lc.spatialY[lp.dim] *= lp.bound;
    }
    c.levels.push_back(lc);
  }
  return c;
}

MapSpaceConstraints sparseaccel::model::freeConstraints(const ModelSpec &spec) {
  MapSpaceConstraints c;
  unsigned nd = spec.workload.dimNames.size();
  const auto &levels = spec.arch.levels;
  for (unsigned l = 0; l < levels.size(); ++l) {
    LevelMapConstraint lc;
    lc.spatialX.assign(nd, 1);
    lc.spatialY.assign(nd, 1);
    lc.spatialFree = true;
    for (unsigned d = 0; d < nd; ++d)
      lc.spatialDims.push_back(d);
    // Fan-out below level l: the mesh of the next level down (or compute),
    // relative to this level's own instances.
    uint64_t mx = l ? levels[l - 1].meshX : spec.arch.compute.meshX;
    uint64_t my = l ? levels[l - 1].meshY : spec.arch.compute.meshY;
    lc.maxFanoutX = std::max<uint64_t>(1, mx / std::max(1u, levels[l].meshX));
    lc.maxFanoutY = std::max<uint64_t>(1, my / std::max(1u, levels[l].meshY));
    lc.meshFanoutX = lc.maxFanoutX;
    lc.meshFanoutY = lc.maxFanoutY;
    // Spatial skipping compacts the fan-out below the level (STC runs 32
    // positions of K on 16 multipliers): offer fan-outs up to 8x the mesh;
    // the model rejects those the data do not compact enough.
    for (const ActionOptSpec &a : spec.sparse.levels[l].actions)
      if (a.kind == ActionOptKind::SpatialSkipping) {
        lc.maxFanoutX *= 8;
        break;
      }
    c.levels.push_back(lc);
  }
  return c;
}

MapSearchResult
sparseaccel::model::searchMappings(const ModelSpec &tmpl,
                                   const MapSpaceConstraints &constraints,
                                   const MapSearchOptions &options) {
  auto start = std::chrono::steady_clock::now();
  MapSearchResult out;
  Search search(tmpl, constraints, options);
  if (!search.prepare(out.reason))
    return out;
  unsigned threads = options.threads
                         ? options.threads
                         : std::max(1u, std::thread::hardware_concurrency());
  // Runs task(i) for i < n on the threads; the work of a task never
  // depends on which thread runs it, so results do not depend on threads.
  auto parallel = [&](unsigned n, const std::function<void(unsigned)> &task) {
    std::atomic<unsigned> next{0};
    auto worker = [&] {
      for (unsigned i; (i = next++) < n;)
        task(i);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < std::min(threads, n); ++t)
      pool.emplace_back(worker);
    worker();
    for (auto &t : pool)
      t.join();
  };
  unsigned tasks = kShards;
  std::vector<Best> bests(kShards);
  std::vector<uint64_t> evals(kShards, 0), valid(kShards, 0);
  std::vector<FailureTally> fails(kShards);
  if (options.strategy == MapStrategy::Exhaustive) {
    uint64_t perShard = std::max<uint64_t>(1, options.budget / kShards);
    parallel(kShards, [&](unsigned s) {
      search.runExhaustiveShard(s, perShard, bests[s], evals[s], valid[s],
                                fails[s]);
    });
  } else {
    // A quarter of the budget samples the space; the rest climbs from the
    // best distinct samples.
    uint64_t perShard = std::max<uint64_t>(1, options.budget / 4 / kShards);
    std::vector<Search::Elite> elites(kShards);
    uint64_t greedy = std::max<uint64_t>(1, options.budget / 2);
    parallel(kShards, [&](unsigned s) {
      search.sampleShard(s, perShard, greedy, bests[s], evals[s], valid[s],
                         fails[s], elites[s]);
    });
    std::vector<std::pair<double, Candidate>> starts;
    std::set<std::string> startKeys;
    for (auto &e : elites)
      for (auto &sc : e)
        starts.push_back(sc);
    std::sort(starts.begin(), starts.end(), [](auto &a, auto &b) {
      return a.first != b.first ? a.first < b.first
                                : key(a.second) < key(b.second);
    });
    // Starts from as many spatial tilings as possible first: a climb
    // rarely leaves its sample's fan-out assignment (a 1x1 conv with 13x13
    // maps has two basins 2.4x apart in EDP, and the best samples often
    // share one), then the best of the rest.
    std::vector<std::pair<double, Candidate>> distinct;
    std::set<std::string> tilings;
    auto tiling = [](const Candidate &c) {
      std::string t;
      for (unsigned l = 0; l < c.spatialX.size(); ++l)
        for (unsigned d = 0; d < c.spatialX[l].size(); ++d)
          t += std::to_string(c.spatialX[l][d]) + "x" +
               std::to_string(c.spatialY[l][d]) + ",";
      return t;
    };
    for (auto &sc : starts)
      if (distinct.size() < kClimbs &&
          tilings.insert(tiling(sc.second)).second &&
          startKeys.insert(key(sc.second)).second)
        distinct.push_back(sc);
    for (auto &sc : starts)
      if (distinct.size() < kClimbs && startKeys.insert(key(sc.second)).second)
        distinct.push_back(sc);
    std::sort(distinct.begin(), distinct.end(), [](auto &a, auto &b) {
      return a.first != b.first ? a.first < b.first
                                : key(a.second) < key(b.second);
    });
    uint64_t used = 0;
    for (uint64_t e : evals)
      used += e;
    uint64_t left = options.budget > used ? options.budget - used : 0;
    unsigned climbs = distinct.empty() ? kShards : unsigned(distinct.size());
    uint64_t perClimb = left / climbs;
    tasks = kShards + climbs;
    bests.resize(tasks);
    evals.resize(tasks, 0);
    valid.resize(tasks, 0);
    fails.resize(tasks);
    if (perClimb > 0)
      parallel(climbs, [&](unsigned c) {
        unsigned t = kShards + c;
        const Candidate *from =
            distinct.empty() ? nullptr : &distinct[c].second;
        double score = distinct.empty() ? 0.0 : distinct[c].first;
        search.climb(c, from, score, perClimb, bests[t], evals[t], valid[t],
                     fails[t]);
      });
  }

  Best best;
  FailureTally allFails;
  for (unsigned s = 0; s < tasks; ++s) {
    if (bests[s].found)
      best.offer(bests[s].score, bests[s].key, bests[s].cand, bests[s].cost);
    out.evaluated += evals[s];
    out.valid += valid[s];
    for (auto &[k, v] : fails[s].counts) {
      allFails.counts[k] += v;
      allFails.examples.insert({k, fails[s].examples[k]});
    }
  }
  out.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
          .count();
  out.failures = allFails.counts;
  if (!best.found) {
    uint64_t most = 0;
    for (auto &[k, v] : allFails.counts)
      if (v > most) {
        most = v;
        out.reason = allFails.examples[k];
      }
    if (out.reason.empty())
      out.reason = "the mapspace is empty";
    // Say which buffer is short, and by how much, when no mapping can fit.
    if (std::string why = search.shortfall(); !why.empty())
      out.reason = why;
    return out;
  }
  out.found = true;
  out.best = toMapping(tmpl, best.cand);
  out.cost = best.cost;
  out.score = best.score;
  return out;
}

MappingSpec sparseaccel::model::canonicalMapping(const WorkloadSpec &workload,
                                                 const MappingSpec &mapping) {
  unsigned nd = workload.dimNames.size();
  MappingSpec out;
  for (const LevelMappingSpec &in : mapping.levels) {
    LevelMappingSpec lm;
    lm.keep = in.keep;
    // Merged factors per kind, in first-occurrence order.
    std::vector<int64_t> factor[3];
    std::vector<unsigned> order[3];
    for (auto &f : factor)
      f.assign(nd, 1);
    for (const LoopSpec &lp : in.loops) {
      unsigned k = unsigned(lp.kind);
      if (lp.bound <= 1 || lp.dim >= nd)
        continue;
      if (factor[k][lp.dim] == 1)
        order[k].push_back(lp.dim);
      factor[k][lp.dim] *= lp.bound;
    }
    appendCanonicalLoops({factor[0], factor[1], factor[2]},
                         {order[0], order[1], order[2]}, lm.loops);
    out.levels.push_back(lm);
  }
  return out;
}
