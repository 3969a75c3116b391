//===- sparse-opt.cpp - The sparse accelerator compiler driver ------------===//
//
// mlir-opt with the project's dialects and passes: parses torch-mlir's
// linalg-on-tensors output (dense_resource blobs included) and runs the
// fiber/accel pipeline on it.
//
// The input is processed inside a crash-recovery context. Bad input must only
// ever produce diagnostics; where a component of MLIR itself crashes on it
// (MLIR 22's #sparse_tensor.encoding parser does on some malformed block
// maps), sparse-opt reports a clean error and exits 1 instead of dumping a
// stack. Set SPARSE_OPT_NO_CRASH_RECOVERY=1 to get the raw crash and its
// stack trace when debugging.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/FrontEnds/ForeignDialects.h"
#include "SparseAccel/FrontEnds/LegacySyntax.h"
#include "SparseAccel/InitAll.h"
#include "SparseAccel/Support/ToolVersion.h"

#include "mlir/IR/DialectRegistry.h"
#include "mlir/Pass/PassRegistry.h"
#include "mlir/Support/FileUtilities.h"
#include "mlir/Tools/mlir-opt/MlirOptMain.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdlib>

using namespace mlir;

int main(int argc, char **argv) {
  llvm::InitLLVM init(argc, argv);
  sparseaccel::setToolVersionPrinter("sparse-opt");
  DialectRegistry registry;
  sparseaccel::registerAllDialects(registry);
  sparseaccel::registerAllPasses();
  auto [inputFilename, outputFilename] = registerAndParseCLIOptions(
      argc, argv, "Sparse accelerator compiler driver\n", registry);
  MlirOptMainConfig config = MlirOptMainConfig::createFromCLOptions();
  if (config.shouldListPasses()) {
    printRegisteredPasses();
    return EXIT_SUCCESS;
  }

  std::string errorMessage;
  std::unique_ptr<llvm::MemoryBuffer> input =
      openInputFile(inputFilename, &errorMessage);
  if (!input) {
    llvm::errs() << errorMessage << "\n";
    return EXIT_FAILURE;
  }
  std::unique_ptr<llvm::ToolOutputFile> output =
      openOutputFile(outputFilename, &errorMessage);
  if (!output) {
    llvm::errs() << errorMessage << "\n";
    return EXIT_FAILURE;
  }

  // Dialects no upstream MLIR has: say which, where, and what to run first.
  if (auto foreign = sparseaccel::findForeignOperation(input->getBuffer())) {
    llvm::errs() << input->getBufferIdentifier() << ":" << foreign->line << ":"
                 << foreign->column << ": error: '" << foreign->name
                 << "' cannot be read: " << foreign->advice << "\n";
    return EXIT_FAILURE;
  }

  // torch-mlir outputs written for older MLIRs: upgrade what the old text
  // determines, keeping every line where it was (locations stay true).
  std::string upgraded;
  std::vector<sparseaccel::SyntaxUpgrade> upgrades =
      sparseaccel::upgradeLegacySyntax(input->getBuffer(), upgraded);
  if (!upgrades.empty()) {
    llvm::errs() << input->getBufferIdentifier() << ":" << upgrades[0].line
                 << ":" << upgrades[0].column
                 << ": remark: read as MLIR 22 syntax: " << upgrades[0].change;
    if (upgrades.size() > 1)
      llvm::errs() << " (and " << upgrades.size() - 1
                   << " more operations written for MLIR before 19)";
    llvm::errs() << "\n";
    input = llvm::MemoryBuffer::getMemBufferCopy(upgraded,
                                                 input->getBufferIdentifier());
  }

  LogicalResult result = failure();
  auto process = [&]() {
    result = MlirOptMain(output->os(), std::move(input), registry, config);
  };
  if (std::getenv("SPARSE_OPT_NO_CRASH_RECOVERY")) {
    process();
  } else {
    llvm::CrashRecoveryContext::Enable();
    llvm::CrashRecoveryContext recovery;
    if (!recovery.RunSafely(process)) {
      // Whatever crashed may have left state half-built: report and leave
      // without running any destructor, and without writing partial output.
      llvm::errs() << "sparse-opt: error: a component of MLIR crashed while "
                      "processing '"
                   << inputFilename
                   << "'; the input is malformed in a way its parser does "
                      "not diagnose (rerun with "
                      "SPARSE_OPT_NO_CRASH_RECOVERY=1 for the stack trace)\n";
      llvm::errs().flush();
      if (outputFilename != "-")
        llvm::sys::fs::remove(outputFilename);
      std::_Exit(EXIT_FAILURE);
    }
  }
  if (succeeded(result))
    output->keep();
  return asMainReturnCode(result);
}
