//===- TranslateToAccelBinary.cpp - Mapped IR -> accelerator programs -----===//

#include "SparseAccel/Target/AccelBinary/TranslateToAccelBinary.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"
#include "SparseAccel/Dialect/AccelISA/Transforms/Passes.h"
#include "SparseAccel/Sim/Program.h"

#include "SparseAccel/Target/Support/OutputFiles.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Pass/PassManager.h"

#include "llvm/Support/Path.h"

using namespace mlir;
using namespace mlir::accel;
using namespace mlir::accel_isa;
using namespace sparseaccel;

LogicalResult mlir::accel::translateToAccelBinary(ModuleOp module,
                                                  StringRef outDir,
                                                  raw_ostream &summary) {
  // Mapped IR is lowered here; IR from --accel-lower-to-isa is taken as is.
  bool unlowered = false;
  module.walk([&](linalg::LinalgOp op) {
    unlowered |=
        op->hasAttr(accel::mappingAttrName()) && !op->hasAttr("accel_isa.host");
  });
  if (unlowered) {
    PassManager pm(module.getContext());
    pm.addPass(accel_isa::createAccelLowerToIsa());
    if (failed(pm.run(module)))
      return failure();
  }
  SmallVector<ProgramOp> programs(module.getOps<ProgramOp>());
  if (programs.empty() && !module->hasAttr(accel::designAttrName()))
    return module.emitError()
           << "the module has neither accelerator programs nor an "
              "accel.design: run --accel-map (or --sparse-accel-pipeline) "
              "first";
  std::string why;
  target::StagedDirectory out;
  if (!out.open(outDir, "INDEX", "--to-accel-binary", why))
    return module.emitError() << why;
  // Everything is built in memory first: nothing is written on failure.
  struct File {
    std::string name, bytes;
  };
  std::vector<File> files;
  std::string index = "# sparse-translate --to-accel-binary: one program per "
                      "operation the accelerator runs, in program order.\n"
                      "# Run one with: sparse-sim <name>.bin --input x.npy "
                      "[--input w.npy] [--input init.npy] --output y.npy\n"
                      "# (inputs in the order its listing <name>.lst gives)\n"
                      "# name\tsource\tpredicted_cycles\tpacked_weight_bits"
                      "\tencoding_bits\n";
  for (ProgramOp program : programs) {
    sim::Program p;
    if (failed(toSimProgram(program, p, nullptr, /*withData=*/true)))
      return failure();
    if (!sim::validate(p, why))
      return program.emitOpError() << why;
    std::vector<uint8_t> bin = sim::serialize(p);
    std::string name = program.getSymName().str();
    for (char &c : name)
      if (!isalnum((unsigned char)c) && c != '.' && c != '_' && c != '-')
        c = '_';
    files.push_back({name + ".bin", std::string(bin.begin(), bin.end())});
    files.push_back({name + ".lst", sim::listing(p)});
    uint64_t bits = 0;
    for (const sim::WeightBlob &w : p.weights)
      bits += w.packed.totalBits();
    std::string where = "unknown";
    if (auto loc = dyn_cast<FileLineColLoc>(program.getLoc()))
      where = loc.getFilename().str() + ":" + std::to_string(loc.getLine()) +
              ":" + std::to_string(loc.getColumn());
    index +=
        name + "\t" + where + "\t" +
        std::to_string(program.getPredictedCycles().value_or(0)) + "\t" +
        std::to_string(bits) + "\t" +
        (program.getEncodingBits() ? std::to_string(*program.getEncodingBits())
                                   : std::string("-")) +
        "\n";
  }
  // Every computation left in the functions runs on the host.
  std::string host = "# Operations left to the host, with the reason.\n"
                     "# op\tlocation\treason\n";
  module.walk([&](linalg::LinalgOp op) {
    std::string reason = "not a multiply-accumulate the accelerator maps";
    if (auto h = op->getAttrOfType<StringAttr>("accel_isa.host"))
      reason = h.getValue().str();
    else if (auto u = op->getAttrOfType<StringAttr>(accel::unmappedAttrName()))
      reason = "not mapped: " + u.getValue().str();
    else if (isa<linalg::FillOp>(op.getOperation()))
      return; // initialisation, folded into the programs' Zero
    std::string where = "unknown";
    if (auto loc = dyn_cast<FileLineColLoc>(op->getLoc()))
      where =
          std::to_string(loc.getLine()) + ":" + std::to_string(loc.getColumn());
    host += op->getName().getStringRef().str() + "\t" + where + "\t" + reason +
            "\n";
  });
  files.push_back({"INDEX", index});
  files.push_back({"HOST", host});

  for (const File &f : files) {
    llvm::SmallString<256> path(out.path());
    llvm::sys::path::append(path, f.name);
    if (!target::writeFile(path, f.bytes, why))
      return module.emitError() << why;
  }
  if (!out.commit(why))
    return module.emitError() << why;
  summary << "wrote " << programs.size() << " program"
          << (programs.size() == 1 ? "" : "s") << " to " << outDir << "\n";
  return success();
}
