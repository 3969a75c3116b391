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
#include "SparseAccel/Model/Report.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

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

int main(int argc, char **argv) {
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
