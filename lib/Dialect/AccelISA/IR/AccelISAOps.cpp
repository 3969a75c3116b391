//===- AccelISAOps.cpp - Verifiers of the instruction stream ops ----------===//
//
// Each instruction checks that its symbols name declarations of the right
// kind; the program then runs the binary loader's whole-stream validation
// (sim::validate) so that IR and binary accept exactly the same programs,
// reporting at the instruction that breaks a rule.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"
#include "SparseAccel/Sim/Program.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/OpImplementation.h"

using namespace mlir;
using namespace mlir::accel_isa;

#define GET_OP_CLASSES
#include "SparseAccel/Dialect/AccelISA/IR/AccelISAOps.cpp.inc"

namespace {

ProgramOp programOf(Operation *op) { return op->getParentOfType<ProgramOp>(); }

template <typename T>
FailureOr<T> lookup(Operation *op, FlatSymbolRefAttr ref, StringRef what) {
  ProgramOp program = programOf(op);
  Operation *decl =
      program ? SymbolTable::lookupSymbolIn(program, ref.getAttr()) : nullptr;
  auto typed = dyn_cast_or_null<T>(decl);
  if (!typed)
    return op->emitOpError()
           << ref << " is not " << what << " declared in the program";
  return typed;
}

LogicalResult tensorOfKind(Operation *op, FlatSymbolRefAttr ref,
                           ArrayRef<TensorKind> kinds, StringRef role) {
  FailureOr<TensorOp> t = lookup<TensorOp>(op, ref, "a tensor");
  if (failed(t))
    return failure();
  if (!llvm::is_contained(kinds, t->getKind()))
    return op->emitOpError()
           << "the " << role << " cannot be "
           << stringifyTensorKind(t->getKind()) << " tensor " << ref;
  return success();
}

LogicalResult positive(Operation *op, ArrayRef<int64_t> values, StringRef what,
                       size_t size) {
  if (values.size() != size ||
      llvm::any_of(values, [](int64_t v) { return v <= 0 || v > 65535; }))
    return op->emitOpError()
           << "needs " << size << " " << what << " between 1 and 65535";
  return success();
}

} // namespace

LogicalResult ProgramOp::verify() {
  for (auto [name, v] :
       {std::pair<StringRef, int64_t>{"macs", getMacs()},
        {"glb_bytes", int64_t(getGlbBytes())},
        {"glb_bytes_per_cycle", int64_t(getGlbBytesPerCycle()) + 1},
        {"dram_bytes_per_cycle", int64_t(getDramBytesPerCycle())}})
    if (v <= 0 || v > int64_t(UINT32_MAX))
      return emitOpError() << name << " must be between 1 and 2^32 - 1";
  if (getWordBits() != 8 && getWordBits() != 16 && getWordBits() != 32)
    return emitOpError() << "word_bits must be 8, 16 or 32";
  return success();
}

LogicalResult ProgramOp::verifyRegions() {
  for (Operation &op : getBody().front())
    if (!isa<TensorOp, WeightsOp, ConfigOp, ZeroOp, InitOp, LoadWeightsOp,
             LoadOp, StoreOp, Im2ColOp, MatMulOp, ToNCHWOp, LoopOp, BarrierOp>(
            op))
      return op.emitOpError() << "cannot appear in an accel_isa.program";
  sparseaccel::sim::Program p;
  SmallVector<Operation *> instructions;
  if (failed(toSimProgram(*this, p, &instructions, /*withData=*/false)))
    return failure();
  std::string error;
  int64_t at = -1;
  if (!sparseaccel::sim::validate(p, error, &at)) {
    Operation *where = at >= 0 && size_t(at) < instructions.size()
                           ? instructions[at]
                           : getOperation();
    // The loader's message starts with "instruction N: ".
    StringRef msg(error);
    if (at >= 0)
      msg = msg.split(": ").second;
    return where->emitOpError() << msg;
  }
  return success();
}

LogicalResult TensorOp::verify() {
  if (getShape().empty() || getShape().size() > 4 ||
      llvm::any_of(getShape(),
                   [](int64_t d) { return d <= 0 || d > int64_t(UINT32_MAX); }))
    return emitOpError() << "needs 1 to 4 positive dimensions";
  Type t = getElementType();
  if (!t.isF32() && !t.isSignlessInteger(8) && !t.isSignlessInteger(32))
    return emitOpError() << "elements must be f32, i8 or i32, not " << t;
  return success();
}

LogicalResult WeightsOp::verify() {
  if (getRows() <= 0 || getK() <= 0 || getRows() > int64_t(UINT32_MAX) ||
      getK() > int64_t(UINT32_MAX))
    return emitOpError() << "needs positive rows and K";
  if (getG().empty() || getG().size() != getH().size() || getG().size() > 8)
    return emitOpError() << "needs one g and h per rank (1 to 8 ranks)";
  for (auto [g, h] : llvm::zip(getG(), getH()))
    if (g <= 0 || g > h || h > 1024)
      return emitOpError() << "rule " << g << ":" << h
                           << " is not G:H with 0 < G <= H <= 1024";
  if (getSource()) {
    if (getPayload() || getMetadata() || getMetadataBits())
      return emitOpError() << "weights from an input carry no values";
    if (!getLayout() || (*getLayout() != "kn" && *getLayout() != "fchw" &&
                         *getLayout() != "bkn"))
      return emitOpError() << "layout must be \"kn\", \"fchw\" or \"bkn\"";
    FailureOr<TensorOp> t =
        lookup<TensorOp>(*this, getSourceAttr(), "a tensor");
    if (failed(t))
      return failure();
    if (t->getKind() != TensorKind::Input)
      return emitOpError() << "weights come from an input tensor";
    return success();
  }
  if (!getPayload() || !getMetadata() || !getMetadataBits())
    return emitOpError() << "needs payload, metadata and metadata_bits, or "
                            "`from` an input tensor";
  if (getMetadata()->size() != getG().size() ||
      getMetadataBits()->size() != getG().size())
    return emitOpError() << "needs one metadata stream and bit count per rank";
  auto payload = dyn_cast<DenseElementsAttr>(*getPayload());
  auto ptype = payload ? dyn_cast<RankedTensorType>(payload.getType())
                       : RankedTensorType();
  if (!ptype || ptype.getRank() != 1 || !ptype.getElementType().isF32())
    return emitOpError() << "payload must be a 1-D f32 dense<...> constant";
  for (auto [m, bits] : llvm::zip(*getMetadata(), *getMetadataBits())) {
    auto md = dyn_cast<DenseElementsAttr>(m);
    auto t = md ? dyn_cast<RankedTensorType>(md.getType()) : RankedTensorType();
    if (!t || t.getRank() != 1 || !t.getElementType().isInteger(8) ||
        bits < 0 || t.getNumElements() != (bits + 7) / 8)
      return emitOpError() << "each metadata stream must be a 1-D i8 "
                              "dense<...> of ceil(bits / 8) bytes";
  }
  return success();
}

LogicalResult ConfigOp::verify() {
  auto dims = [&](ArrayRef<int64_t> v, StringRef what) -> LogicalResult {
    if (v.size() != 3 || llvm::any_of(v, [](int64_t d) {
          return d <= 0 || d > int64_t(UINT32_MAX);
        }))
      return emitOpError() << what << " needs three positive extents [M, N, K]";
    return success();
  };
  if (failed(dims(getProblem(), "problem")) ||
      failed(dims(getTile(), "tile")) || failed(dims(getStep(), "step")) ||
      failed(dims(getFanout(), "fanout")))
    return failure();
  StringRef order = getOrder();
  if (order.size() != 3 || !order.contains('M') || !order.contains('N') ||
      !order.contains('K'))
    return emitOpError() << "order must be a permutation of \"MNK\"";
  if (getKeeps().find_first_not_of("XWZ") != StringRef::npos ||
      getHeldBelow().find_first_not_of("XWZ") != StringRef::npos ||
      getStreamed().find_first_not_of("XWZ") != StringRef::npos)
    return emitOpError() << "keeps and held_below name tensors among X, W "
                            "and Z";
  if (bool(getXBlockCsr()) != bool(getXBlockMetadataBits()) ||
      (getXBlockCsr() &&
       (*getXBlockCsr() <= 0 || *getXBlockCsr() > int64_t(UINT32_MAX) ||
        *getXBlockMetadataBits() < 0 || *getXBlockMetadataBits() > 64)))
    return emitOpError() << "x_block_csr needs a positive block size and 0 "
                            "to 64 metadata bits";
  if (getBatch() && (*getBatch() <= 0 || *getBatch() > int64_t(UINT32_MAX)))
    return emitOpError() << "batch must be positive";
  if (getRefetch() &&
      (getRefetch()->size() != 2 || llvm::any_of(*getRefetch(), [](int64_t r) {
         return r < 1 || r > 65536;
       })))
    return emitOpError() << "refetch needs two factors [x, w] from 1 to 65536";
  if (getLanes() <= 0 || getLanes() > int64_t(UINT32_MAX) ||
      getVfmuShift() <= 0 || getVfmuShift() > int64_t(UINT32_MAX))
    return emitOpError() << "lanes and VFMU shift must be positive";
  return success();
}

LogicalResult ZeroOp::verify() {
  return tensorOfKind(*this, getTensorAttr(),
                      {TensorKind::Output, TensorKind::Scratch}, "target");
}

LogicalResult InitOp::verify() {
  if (failed(tensorOfKind(*this, getTensorAttr(),
                          {TensorKind::Output, TensorKind::Scratch},
                          "initialised tensor")))
    return failure();
  return tensorOfKind(*this, getFromAttr(), {TensorKind::Input},
                      "initial value");
}

LogicalResult LoadWeightsOp::verify() {
  return lookup<WeightsOp>(*this, getWeightsAttr(), "a weight blob");
}

LogicalResult LoadOp::verify() {
  return tensorOfKind(*this, getTensorAttr(),
                      {TensorKind::Input, TensorKind::Output}, "DMA source");
}

LogicalResult StoreOp::verify() {
  if (getMode() != DmaMode::Whole && getMode() != DmaMode::ResultTile)
    return emitOpError() << "stores whole tensors or result tiles";
  return tensorOfKind(*this, getTensorAttr(), {TensorKind::Output},
                      "DMA target");
}

LogicalResult Im2ColOp::verify() {
  if (failed(tensorOfKind(*this, getDestAttr(), {TensorKind::Scratch},
                          "Toeplitz matrix")) ||
      failed(tensorOfKind(*this, getSourceAttr(),
                          {TensorKind::Input, TensorKind::Scratch},
                          "source")) ||
      failed(positive(*this, getKernel(), "kernel sizes", 2)) ||
      failed(positive(*this, getStrides(), "strides", 2)) ||
      failed(positive(*this, getDilations(), "dilations", 2)))
    return failure();
  return success();
}

LogicalResult MatMulOp::verify() {
  if (failed(tensorOfKind(*this, getAccAttr(),
                          {TensorKind::Output, TensorKind::Scratch},
                          "accumulator")) ||
      failed(tensorOfKind(*this, getLhsAttr(),
                          {TensorKind::Input, TensorKind::Scratch}, "lhs")))
    return failure();
  return lookup<WeightsOp>(*this, getWeightsAttr(), "a weight blob");
}

LogicalResult ToNCHWOp::verify() {
  if (failed(
          tensorOfKind(*this, getDestAttr(), {TensorKind::Output}, "target")))
    return failure();
  return tensorOfKind(*this, getSourceAttr(), {TensorKind::Scratch}, "source");
}

LogicalResult LoopOp::verify() {
  if (getCount() <= 0 || getCount() > int64_t(UINT32_MAX))
    return emitOpError() << "count must be between 1 and 2^32 - 1";
  if (getOver() && *getOver() != "M" && *getOver() != "N" &&
      *getOver() != "K" && *getOver() != "B")
    return emitOpError() << "loops over \"M\", \"N\", \"K\" or \"B\"";
  return success();
}

LogicalResult LaunchOp::verifySymbolUses(SymbolTableCollection &symbolTable) {
  auto program =
      symbolTable.lookupNearestSymbolFrom<ProgramOp>(*this, getProgramAttr());
  if (!program)
    return emitOpError() << getProgramAttr() << " is not an accel_isa.program";
  SmallVector<TensorOp> ins, outs;
  for (auto t : program.getBody().front().getOps<TensorOp>()) {
    if (t.getKind() == TensorKind::Input)
      ins.push_back(t);
    else if (t.getKind() == TensorKind::Output)
      outs.push_back(t);
  }
  if (ins.size() != getInputs().size() || outs.size() != getOutputs().size())
    return emitOpError() << "program " << getProgramAttr() << " takes "
                         << ins.size() << " inputs and gives " << outs.size()
                         << " outputs";
  auto check = [&](TensorOp decl, Type type) -> LogicalResult {
    auto t = cast<RankedTensorType>(type);
    if (t.getShape() != decl.getShape() ||
        t.getElementType() != decl.getElementType())
      return emitOpError() << "type " << type << " does not match tensor @"
                           << decl.getSymName() << " of the program";
    return success();
  };
  for (auto [decl, v] : llvm::zip(ins, getInputs()))
    if (failed(check(decl, v.getType())))
      return failure();
  for (auto [decl, v] : llvm::zip(outs, getOutputs()))
    if (failed(check(decl, v.getType())))
      return failure();
  return success();
}
