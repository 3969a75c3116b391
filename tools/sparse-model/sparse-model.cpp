//===- sparse-model.cpp - Evaluate one Timeloop/Sparseloop mapping --------===//
//
// Takes the same files as `timeloop-model` (problem, architecture, mapping,
// sparse optimizations, ERT; separately or concatenated) and prints cycles,
// energy and per-level, per-tensor action counts as text or JSON.
//
// Exit codes: 0 success; 1 bad input (diagnostics name file, line and key);
// 2 the mapping is invalid for the architecture (capacity, fan-out...).
// Output files are written only on success.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Model/Report.h"
#include "SparseAccel/Support/ToolVersion.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFolder.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"

#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace llvm;
using namespace sparseaccel;

static cl::OptionCategory category("sparse-model options");
static cl::list<std::string> inputs(cl::Positional, cl::OneOrMore,
                                    cl::desc("<timeloop yaml files>"),
                                    cl::cat(category));
static cl::opt<std::string> outputFile("o", cl::desc("Output file"),
                                       cl::init("-"), cl::cat(category));
enum class OutputFormat { Text, Json };
static cl::opt<OutputFormat> outputFormat(
    "format", cl::desc("Report format"), cl::init(OutputFormat::Text),
    cl::values(clEnumValN(OutputFormat::Text, "text", "human-readable"),
               clEnumValN(OutputFormat::Json, "json", "JSON for machines")),
    cl::cat(category));
static cl::opt<bool> quiet("quiet", cl::desc("Do not print warnings"),
                           cl::init(false), cl::cat(category));

// Mapspace search.
enum class SearchMode { None, Random, Exhaustive };
static cl::opt<SearchMode> searchMode(
    "search",
    cl::desc("Search for a better mapping than the one given (which then "
             "only supplies keep/bypass and, unless --free-spatial, the "
             "spatial factors)"),
    cl::init(SearchMode::None),
    cl::values(clEnumValN(SearchMode::None, "none", "evaluate the mapping"),
               clEnumValN(SearchMode::Random, "random",
                          "seeded random sampling + hill climbing"),
               clEnumValN(SearchMode::Exhaustive, "exhaustive",
                          "enumerate temporal factorisations (budgeted)")),
    cl::cat(category));
static cl::opt<uint64_t> budget("budget", cl::desc("Evaluations to spend"),
                                cl::init(20000), cl::cat(category));
static cl::opt<uint64_t> searchSeed("seed", cl::desc("Search seed"),
                                    cl::init(1), cl::cat(category));
static cl::opt<unsigned>
    searchThreads("search-threads", cl::desc("Search threads (0: all cores)"),
                  cl::init(0), cl::cat(category));
static cl::opt<bool>
    freeSpatial("free-spatial",
                cl::desc("Let the search choose spatial factors too"),
                cl::init(false), cl::cat(category));
static cl::opt<model::MapObjective> objective(
    "objective", cl::desc("Search objective"),
    cl::init(model::MapObjective::EDP),
    cl::values(clEnumValN(model::MapObjective::EDP, "edp", "energy x delay"),
               clEnumValN(model::MapObjective::Energy, "energy", "energy"),
               clEnumValN(model::MapObjective::Latency, "latency", "cycles")),
    cl::cat(category));

static cl::opt<bool> dropTrivialLoops(
    "drop-trivial-loops",
    cl::desc("Remove loops of bound 1 from the mapping before evaluating "
             "(they must not change any result; used by the tests)"),
    cl::Hidden, cl::cat(category));

static cl::opt<std::string> emitTimeloop(
    "emit-timeloop",
    cl::desc("Also write the evaluated design and mapping (the best one "
             "with --search) as public-Timeloop v0.3 files into this new "
             "directory"),
    cl::value_desc("dir"), cl::init(""), cl::cat(category));

static cl::opt<model::TimeloopVariant> timeloopVariant(
    "timeloop-variant",
    cl::desc("Which Sparseloop to reproduce where the two published ones "
             "count differently (docs/cost-model.md)"),
    cl::values(clEnumValN(model::TimeloopVariant::Sparseloop, "sparseloop",
                          "Sparseloop as published with its paper "
                          "(default)"),
               clEnumValN(model::TimeloopVariant::Public2022, "public-2022",
                          "the public Timeloop/Sparseloop of July 2022")),
    cl::init(model::TimeloopVariant::Sparseloop), cl::cat(category));

/// Writes --emit-timeloop's folder; returns false after printing why.
static bool emitFolder(const model::ModelSpec &spec,
                       const model::EvalResult &cost) {
  if (emitTimeloop.empty())
    return true;
  sparseloop::FolderRequest req;
  req.title = "sparse-model --emit-timeloop";
  req.referenceName = "sparse-model";
  req.referenceCycles = cost.cycles;
  req.referenceEnergyPJ = cost.energy;
  req.facts = {"Predicted by sparse-model: " + std::to_string(cost.cycles) +
               " cycles, " + formatv("{0}", cost.energy).str() + " pJ."};
  sparseloop::FolderResult res;
  std::string err;
  if (!sparseloop::writeTimeloopFolder(spec, emitTimeloop, req, res, err)) {
    WithColor::error(errs(), "sparse-model") << err << "\n";
    return false;
  }
  for (const std::string &a : res.approximations)
    if (!quiet)
      WithColor::warning(errs(), "sparse-model")
          << "approximated: " << a << "\n";
  return true;
}

/// Searches the mapspace, prints the best mapping as Timeloop YAML and its
/// cost next to the given mapping's.
static int runSearch(const sparseloop::FrontEndResult &in) {
  // Timeloop's mapspace constraints when the inputs give them; else the
  // given mapping's spatial factors (or, --free-spatial, none).
  model::MapSpaceConstraints cons =
      in.constraints ? *in.constraints
      : freeSpatial  ? model::freeConstraints(in.spec)
                     : model::constraintsFromMapping(in.spec);
  model::MapSearchOptions opts;
  opts.objective = objective;
  opts.strategy = searchMode == SearchMode::Exhaustive
                      ? model::MapStrategy::Exhaustive
                      : model::MapStrategy::Random;
  opts.seed = searchSeed;
  opts.threads = searchThreads;
  opts.budget = budget;
  model::MapSearchResult found = model::searchMappings(in.spec, cons, opts);
  if (!found.found) {
    WithColor::error(errs(), "sparse-model")
        << "no valid mapping in " << found.evaluated
        << " candidates: " << found.reason << "\n";
    return 2;
  }
  model::EvalResult given = model::evaluate(in.spec);
  {
    model::ModelSpec best = in.spec;
    best.mapping = found.best;
    if (!emitFolder(best, found.cost))
      return 1;
  }
  std::error_code ec;
  ToolOutputFile out(outputFile, ec, sys::fs::OF_Text);
  if (ec) {
    WithColor::error(errs(), "sparse-model")
        << "cannot open '" << outputFile << "': " << ec.message() << "\n";
    return 1;
  }
  raw_ostream &os = out.os();
  double givenScore =
      given.success ? model::objectiveValue(given, objective) : 0.0;
  if (outputFormat == OutputFormat::Json) {
    json::Object o;
    o["evaluated"] = int64_t(found.evaluated);
    o["valid"] = int64_t(found.valid);
    o["seconds"] = found.seconds;
    json::Object failures;
    for (const auto &[why, n] : found.failures)
      failures[why] = int64_t(n);
    o["invalid_by_reason"] = std::move(failures);
    o["best"] = model::toJson(in.spec, found.cost);
    o["score"] = found.score;
    if (given.success) {
      o["given_score"] = givenScore;
      o["ratio_to_given"] = found.score / givenScore;
    }
    std::string yaml;
    raw_string_ostream ys(yaml);
    model::ModelSpec best = in.spec;
    best.mapping = found.best;
    sparseloop::emitMapping(best, found.best, ys);
    o["mapping_yaml"] = ys.str();
    os << formatv("{0:2}", json::Value(std::move(o))) << "\n";
  } else {
    os << "# " << found.evaluated << " mappings evaluated (" << found.valid
       << " valid) in " << formatv("{0:f3}", found.seconds) << " s\n";
    // The commonest reasons candidates were invalid: what constrains the
    // space.
    std::vector<std::pair<uint64_t, std::string>> why;
    for (const auto &[reason, n] : found.failures)
      why.push_back({n, reason});
    llvm::sort(why, [](auto &a, auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < why.size() && i < 3; ++i)
      os << "# invalid: " << why[i].first << " x " << why[i].second << "\n";
    os << "# best: " << found.cost.cycles << " cycles, "
       << formatv("{0:f3}", found.cost.energy / 1e6) << " uJ, EDP "
       << formatv("{0:e3}", found.cost.energy * 1e-12 * found.cost.cycles)
       << " J*cycle\n";
    if (given.success)
      os << "# given mapping: " << given.cycles << " cycles, "
         << formatv("{0:f3}", given.energy / 1e6) << " uJ; objective ratio "
         << formatv("{0:f4}", found.score / givenScore) << "\n";
    sparseloop::emitMapping(in.spec, found.best, os);
  }
  out.keep();
  return 0;
}

int main(int argc, char **argv) {
  sparseaccel::setToolVersionPrinter("sparse-model");
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(
      argc, argv,
      "sparse-model: Sparseloop-equivalent analytical cost model\n\n"
      "  sparse-model arch.yaml problem.yaml map.yaml sparse.yaml ERT.yaml\n");

  sparseloop::FrontEndResult in = sparseloop::loadTimeloopFiles(inputs);
  for (const auto &d : in.diagnostics)
    if (d.isError || !quiet)
      errs() << d.text << "\n";
  if (!in.success)
    return 1;
  in.spec.variant = timeloopVariant;

  if (searchMode != SearchMode::None)
    return runSearch(in);
  if (dropTrivialLoops)
    for (model::LevelMappingSpec &lm : in.spec.mapping.levels)
      lm.loops.erase(std::remove_if(lm.loops.begin(), lm.loops.end(),
                                    [](const model::LoopSpec &lp) {
                                      return lp.bound == 1;
                                    }),
                     lm.loops.end());

  model::EvalResult result = model::evaluate(in.spec);
  if (!result.success) {
    // Point at the architecture component an error names, when there is one.
    for (const std::string &e : result.errors) {
      auto colon = e.find(':');
      auto loc = colon == std::string::npos
                     ? in.componentLocations.end()
                     : in.componentLocations.find(e.substr(0, colon));
      if (loc != in.componentLocations.end())
        errs() << loc->second << ": error: invalid mapping: " << e << "\n";
      else
        WithColor::error(errs(), "sparse-model")
            << "invalid mapping: " << e << "\n";
    }
    return 2;
  }
  if (!emitFolder(in.spec, result))
    return 1;

  std::error_code ec;
  ToolOutputFile out(outputFile, ec, sys::fs::OF_Text);
  if (ec) {
    WithColor::error(errs(), "sparse-model")
        << "cannot open '" << outputFile << "': " << ec.message() << "\n";
    return 1;
  }
  if (outputFormat == OutputFormat::Json)
    out.os() << formatv("{0:2}", model::toJson(in.spec, result)) << "\n";
  else
    model::printTextReport(in.spec, result, out.os());
  out.keep();
  return 0;
}
