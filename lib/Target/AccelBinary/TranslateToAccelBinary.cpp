//===- TranslateToAccelBinary.cpp - Mapped IR -> accelerator programs -----===//

#include "SparseAccel/Target/AccelBinary/TranslateToAccelBinary.h"

#include "SparseAccel/Dialect/Accel/IR/AccelAttrs.h"
#include "SparseAccel/Dialect/Accel/Transforms/ModelConversion.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Sim/Program.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel;

namespace {

std::string opName(Operation *op) {
  std::string func = "module";
  if (auto f = op->getParentOfType<func::FuncOp>())
    func = f.getSymName().str();
  std::string where = "unknown";
  if (auto loc = dyn_cast<FileLineColLoc>(op->getLoc()))
    where =
        std::to_string(loc.getLine()) + "_" + std::to_string(loc.getColumn());
  std::string s = func + "." +
                  op->getName().getStringRef().drop_front(7).str() + "." +
                  where;
  for (char &c : s)
    if (!isalnum((unsigned char)c) && c != '.' && c != '_')
      c = '_';
  return s;
}

/// The program for one matmul, or failure with `why` (the op then stays on
/// the host).
FailureOr<sim::Program> lower(linalg::MatmulOp mm, DesignAttr design,
                              std::string &note, std::string &why) {
  auto cost = mm->getAttrOfType<CostAttr>("accel.cost");
  auto mapping = mm->getAttrOfType<MappingAttr>("accel.mapping");
  if (!cost || !mapping) {
    why = "not mapped";
    return failure();
  }
  Value x = mm.getDpsInputOperand(0)->get(),
        w = mm.getDpsInputOperand(1)->get();
  auto cst = w.getDefiningOp<arith::ConstantOp>();
  auto data = cst ? dyn_cast<DenseElementsAttr>(cst.getValue()) : nullptr;
  auto wt = dyn_cast<RankedTensorType>(w.getType());
  auto xt = dyn_cast<RankedTensorType>(x.getType());
  if (!data || !wt || !xt || !wt.getElementType().isF32() ||
      !xt.getElementType().isF32() || !wt.hasStaticShape() ||
      !xt.hasStaticShape()) {
    why = "the weights are not a static f32 dense<...> constant of a "
          "static f32 matmul (the packer takes those)";
    return failure();
  }
  uint64_t k = wt.getDimSize(0), n = wt.getDimSize(1), m = xt.getDimSize(0);
  // W^T: one packed row per output column, along K.
  std::vector<float> cols(n * k);
  {
    uint64_t i = 0;
    for (APFloat v : data.getValues<APFloat>()) {
      cols[(i % n) * k + i / n] = v.convertToFloat();
      ++i;
    }
  }
  // The pattern --fiber-infer-sparsity found on K, innermost rank first.
  sim::HssRanks ranks;
  if (auto enc = cst->getAttrOfType<fiber::EncodingAttr>("fiber.encoding"))
    for (fiber::RankAttr rank : llvm::reverse(enc.getRanks())) {
      fiber::RuleAttr rule = rank.getRule();
      if (rule.isStructured() && rule.getGs().size() == 1 &&
          rule.getHs().size() == 1)
        ranks.push_back({unsigned(rule.getGs()[0]), unsigned(rule.getHs()[0])});
    }
  sim::Program p;
  sim::PackedHss packed;
  std::string err;
  if (ranks.empty() || !sim::packHss(cols, n, k, ranks, 32, packed, err)) {
    if (!ranks.empty())
      note = "weights packed dense: their pattern is not along K (" + err + ")";
    if (!sim::packHss(cols, n, k, {{1, 1}}, 32, packed, err)) {
      why = err;
      return failure();
    }
  }
  p.weights.push_back(std::move(packed));
  // The design's resources.
  sparseaccel::model::ModelSpec spec;
  spec.workload.dimNames = {"d0", "d1", "d2"};
  spec.workload.bounds = {int64_t(m), int64_t(n), int64_t(k)};
  spec.workload.dataSpaces = {
      {"Weights", {}, false}, {"Inputs", {}, false}, {"Outputs", {}, true}};
  if (failed(fromDesignAttr(design, spec, why)))
    return failure();
  const auto &levels = spec.arch.levels;
  p.macs = uint32_t(spec.arch.compute.instances);
  const auto &glb = levels.size() >= 2 ? levels[levels.size() - 2] : levels[0];
  p.glbBytes = uint32_t(std::min<uint64_t>(
      glb.size ? *glb.size * glb.wordBits / 8 + glb.effectiveMetadataBits() / 8
               : UINT32_MAX,
      UINT32_MAX));
  const auto &dram = levels.back();
  p.dramBytesPerCycle = uint32_t(
      std::max(1.0, dram.readBandwidth.value_or(64.0) * dram.wordBits / 8.0));
  p.tensors = {{"x", false, {uint32_t(m), uint32_t(k)}},
               {"z", true, {uint32_t(m), uint32_t(n)}}};
  // Row passes: the mapping's outermost (DRAM) factor of M.
  uint64_t passes = 1;
  auto top = cast<LevelMappingAttr>(
      mapping.getLevels()[mapping.getLevels().size() - 1]);
  for (Attribute a : top.getLoops()) {
    auto loop = cast<LoopAttr>(a);
    if (loop.getDim().getValue() == "d0" &&
        loop.getKind().getValue() == "temporal")
      passes *= uint64_t(loop.getBound());
  }
  uint64_t rows = (m + passes - 1) / passes;
  if (rows > 65535) {
    rows = 65535;
    passes = (m + rows - 1) / rows;
  }
  using sim::Opcode;
  p.code.push_back({Opcode::Zero, 0, 0, 1, 0, 0});
  p.code.push_back({Opcode::LoadWeights, 0, 0, 0, 0, 0});
  if (passes > 1)
    p.code.push_back({Opcode::Loop, 0, 0, uint32_t(passes), 0, 0});
  p.code.push_back({Opcode::MatMul, 0, uint16_t(rows), 0, 0, 1});
  if (passes > 1)
    p.code.push_back({Opcode::EndLoop, 0, 0, 0, 0, 0});
  p.code.push_back({Opcode::Halt, 0, 0, 0, 0, 0});
  if (!sim::validate(p, why))
    return failure();
  return p;
}

bool writeFile(const llvm::SmallString<256> &path, StringRef bytes,
               std::string &why) {
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (!ec) {
    os << bytes;
    os.close();
    if (os.has_error())
      ec = os.error();
    os.clear_error();
  }
  if (ec)
    why = "cannot write '" + std::string(path) + "': " + ec.message();
  return !ec;
}

} // namespace

LogicalResult mlir::accel::translateToAccelBinary(ModuleOp module,
                                                  StringRef outDir,
                                                  raw_ostream &summary) {
  auto design = module->getAttrOfType<DesignAttr>("accel.design");
  if (!design)
    return module.emitError()
           << "the module has no accel.design: run --accel-map (or "
              "--sparse-accel-pipeline) first";
  if (llvm::sys::fs::exists(outDir)) {
    llvm::SmallString<256> index(outDir);
    llvm::sys::path::append(index, "INDEX");
    if (!llvm::sys::fs::exists(index))
      return module.emitError()
             << "output '" << outDir
             << "' exists and is not an earlier --to-accel-binary output; "
                "refusing to overwrite it";
  }
  llvm::SmallString<256> tmp(outDir);
  tmp += ".partial-" + std::to_string(llvm::sys::Process::getProcessId());
  llvm::sys::fs::remove_directories(tmp);
  if (std::error_code ec = llvm::sys::fs::create_directories(tmp))
    return module.emitError()
           << "cannot create '" << tmp << "': " << ec.message();
  std::string index = "# sparse-translate --to-accel-binary: one program per "
                      "operation the accelerator runs.\n# Run one with: "
                      "sparse-sim <name>.bin --input x.npy --output z.npy\n"
                      "# name\tpredicted_cycles\tpacked_weight_bits\n";
  std::string host = "# Operations left to the host, with the reason.\n";
  unsigned written = 0;
  bool failedHard = false;
  module.walk([&](linalg::LinalgOp op) {
    if (failedHard || !op->getAttr("accel.cost"))
      return;
    std::string name = opName(op), why, note;
    auto mm = dyn_cast<linalg::MatmulOp>(op.getOperation());
    FailureOr<sim::Program> p =
        mm ? lower(mm, design, note, why)
           : FailureOr<sim::Program>(
                 (why = "only linalg.matmul is lowered so far", failure()));
    if (failed(p)) {
      op->emitRemark() << "stays on the host: " << why;
      host += name + "\t" + why + "\n";
      return;
    }
    if (!note.empty())
      op->emitRemark() << note;
    std::vector<uint8_t> bin = sim::serialize(*p);
    llvm::SmallString<256> bp(tmp), lp(tmp);
    llvm::sys::path::append(bp, name + ".bin");
    llvm::sys::path::append(lp, name + ".lst");
    if (!writeFile(
            bp,
            StringRef(reinterpret_cast<const char *>(bin.data()), bin.size()),
            why) ||
        !writeFile(lp, sim::listing(*p), why)) {
      op->emitError() << why;
      failedHard = true;
      return;
    }
    index +=
        name + "\t" +
        std::to_string(op->getAttrOfType<CostAttr>("accel.cost").getCycles()) +
        "\t" + std::to_string(p->weights[0].totalBits()) + "\n";
    ++written;
  });
  llvm::SmallString<256> ip(tmp), hp(tmp);
  llvm::sys::path::append(ip, "INDEX");
  llvm::sys::path::append(hp, "HOST");
  std::string why;
  if (failedHard || !writeFile(ip, index, why) || !writeFile(hp, host, why)) {
    llvm::sys::fs::remove_directories(tmp);
    if (!why.empty())
      module.emitError() << why;
    return failure();
  }
  if (llvm::sys::fs::exists(outDir))
    llvm::sys::fs::remove_directories(outDir);
  if (std::error_code ec = llvm::sys::fs::rename(tmp, outDir)) {
    llvm::sys::fs::remove_directories(tmp);
    return module.emitError() << "cannot move the output into '" << outDir
                              << "': " << ec.message();
  }
  summary << "wrote " << written << " program" << (written == 1 ? "" : "s")
          << " to " << outDir << "\n";
  return success();
}
