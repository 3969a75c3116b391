//===- sparse-translate.cpp - Lower mapped IR to simulator inputs ---------===//
//
// Like mlir-translate, but translations here write directories (one folder
// per operation), so the driver owns `-o`:
//
//   sparse-translate --to-sparseloop mapped.mlir -o out/
//
// Diagnostics carry the input's locations; the exit code is non-zero on
// any error, and nothing is left in `-o` when the translation fails.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/InitAll.h"
#include "SparseAccel/Support/ToolVersion.h"
#include "SparseAccel/Target/AccelBinary/TranslateToAccelBinary.h"
#include "SparseAccel/Target/Sparseloop/TranslateToSparseloop.h"

#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/DialectRegistry.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Support/FileUtilities.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/WithColor.h"

using namespace llvm;
using namespace mlir;

static cl::OptionCategory category("sparse-translate options");
static cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input.mlir>"),
                                      cl::init("-"), cl::cat(category));
static cl::opt<std::string> outputDir("o",
                                      cl::desc("Output directory (created; "
                                               "an earlier output is "
                                               "replaced)"),
                                      cl::value_desc("dir"), cl::init(""),
                                      cl::cat(category));
static cl::opt<bool> toAccelBinary(
    "to-accel-binary",
    cl::desc("Write an accelerator program (and listing) per mapped matmul "
             "with constant weights; sparse-sim runs them"),
    cl::cat(category));
static cl::opt<bool> toSparseloop(
    "to-sparseloop",
    cl::desc("Write Timeloop/Sparseloop v0.3 inputs (problem, arch, map, "
             "sparse_opt, ERT) per mapped operation"),
    cl::cat(category));

int main(int argc, char **argv) {
  sparseaccel::setToolVersionPrinter("sparse-translate");
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv,
                              "sparse-translate: mapped IR to simulator "
                              "inputs\n\n  sparse-translate --to-sparseloop "
                              "mapped.mlir -o out/\n");
  if (toSparseloop == toAccelBinary) {
    WithColor::error(errs(), "sparse-translate")
        << "choose one translation (--to-sparseloop or --to-accel-binary)\n";
    return 1;
  }
  const char *flag = toSparseloop ? "--to-sparseloop" : "--to-accel-binary";
  if (outputDir.empty()) {
    WithColor::error(errs(), "sparse-translate")
        << flag << " writes a directory: give it with -o <dir>\n";
    return 1;
  }
  std::string error;
  std::unique_ptr<MemoryBuffer> input = openInputFile(inputFile, &error);
  if (!input) {
    WithColor::error(errs(), "sparse-translate") << error << "\n";
    return 1;
  }
  DialectRegistry registry;
  sparseaccel::registerAllDialects(registry);
  MLIRContext context(registry);
  context.loadAllAvailableDialects();
  // Diagnostics name the operation by location; its full text is noise.
  context.printOpOnDiagnostic(false);
  SourceMgr sourceMgr;
  sourceMgr.AddNewSourceBuffer(std::move(input), SMLoc());
  SourceMgrDiagnosticHandler handler(sourceMgr, &context);
  OwningOpRef<ModuleOp> module =
      parseSourceFile<ModuleOp>(sourceMgr, ParserConfig(&context));
  if (!module)
    return 1;
  if (failed(toSparseloop
                 ? accel::translateToSparseloop(*module, outputDir, outs())
                 : accel::translateToAccelBinary(*module, outputDir, outs())))
    return 1;
  return 0;
}
