//===- ProgramConversion.cpp - accel_isa.program -> sim::Program ----------===//
//
// The one place that knows how the ops map onto the binary instruction
// set (docs/isa.md); used by the program verifier and by
// `sparse-translate --to-accel-binary`.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"
#include "SparseAccel/Sim/Program.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/TypeSwitch.h"

using namespace mlir;
using namespace mlir::accel_isa;
namespace sim = sparseaccel::sim;

LogicalResult mlir::accel_isa::toSimProgram(ProgramOp program, sim::Program &p,
                                            SmallVectorImpl<Operation *> *ops,
                                            bool withData) {
  p = sim::Program();
  p.macs = uint32_t(program.getMacs());
  p.glbBytes = uint32_t(program.getGlbBytes());
  p.dramBytesPerCycle = uint32_t(program.getDramBytesPerCycle());
  p.glbBytesPerCycle = uint32_t(program.getGlbBytesPerCycle());
  p.wordBits = uint32_t(program.getWordBits());
  llvm::StringMap<uint32_t> tensors, weights;
  Block &body = program.getBody().front();
  for (auto t : body.getOps<TensorOp>()) {
    tensors[t.getSymName()] = uint32_t(p.tensors.size());
    sim::TensorDecl d;
    d.name = t.getSymName().str();
    d.kind = sim::TensorKind(uint8_t(t.getKind()));
    Type et = t.getElementType();
    d.dtype = et.isSignlessInteger(8)    ? sim::DType::I8
              : et.isSignlessInteger(32) ? sim::DType::I32
                                         : sim::DType::F32;
    for (int64_t s : t.getShape())
      d.shape.push_back(uint32_t(s));
    p.tensors.push_back(std::move(d));
  }
  for (auto w : body.getOps<WeightsOp>()) {
    weights[w.getSymName()] = uint32_t(p.weights.size());
    sim::WeightBlob b;
    b.packed.rows = uint32_t(w.getRows());
    b.packed.k = uint32_t(w.getK());
    b.packed.valueBits = p.wordBits;
    for (auto [g, h] : llvm::zip(w.getG(), w.getH()))
      b.packed.ranks.push_back({unsigned(g), unsigned(h)});
    if (w.getSourceAttr()) {
      // Packed by the simulator from the input when the program loads.
      b.source = int32_t(tensors.lookup(w.getSourceAttr().getValue()));
      b.layout = *w.getLayout() == "kn"     ? sim::WeightLayout::KN
                 : *w.getLayout() == "fchw" ? sim::WeightLayout::FCHW
                                            : sim::WeightLayout::BKN;
      p.weights.push_back(std::move(b));
      continue;
    }
    auto payload = cast<DenseElementsAttr>(*w.getPayload());
    if (withData)
      for (float v : payload.getValues<float>())
        b.packed.payload.push_back(v);
    else
      b.packed.payload.resize(payload.getNumElements());
    for (auto [m, bits] : llvm::zip(*w.getMetadata(), *w.getMetadataBits())) {
      auto md = cast<DenseElementsAttr>(m);
      std::vector<uint8_t> bytes;
      if (withData)
        for (int8_t v : md.getValues<int8_t>())
          bytes.push_back(uint8_t(v));
      else
        bytes.resize(md.getNumElements());
      b.packed.metadata.push_back(
          sim::BitStream::fromBytes(std::move(bytes), uint64_t(bits)));
    }
    p.weights.push_back(std::move(b));
  }
  auto tensor = [&](FlatSymbolRefAttr r) {
    return tensors.lookup(r.getValue());
  };
  auto blob = [&](FlatSymbolRefAttr r) { return weights.lookup(r.getValue()); };
  auto emit = [&](Operation *op, sim::Instruction in) {
    p.code.push_back(in);
    if (ops)
      ops->push_back(op);
  };
  using sim::Opcode;
  std::function<void(Block &)> walk = [&](Block &block) {
    for (Operation &op : block) {
      llvm::TypeSwitch<Operation *>(&op)
          .Case([&](ConfigOp c) {
            sim::LoopNest n;
            n.m = uint32_t(c.getProblem()[0]);
            n.n = uint32_t(c.getProblem()[1]);
            n.k = uint32_t(c.getProblem()[2]);
            for (unsigned d = 0; d < 3; ++d) {
              n.tile[d] = uint32_t(c.getTile()[d]);
              n.step[d] = uint32_t(c.getStep()[d]);
              n.fanout[d] = uint32_t(c.getFanout()[d]);
              n.order[d] = uint8_t(StringRef("MNK").find(c.getOrder()[d]));
            }
            n.glbKeeps = uint8_t((c.getKeeps().contains('X') ? 1 : 0) |
                                 (c.getKeeps().contains('W') ? 2 : 0) |
                                 (c.getKeeps().contains('Z') ? 4 : 0));
            n.heldBelow = uint8_t((c.getHeldBelow().contains('X') ? 1 : 0) |
                                  (c.getHeldBelow().contains('W') ? 2 : 0) |
                                  (c.getHeldBelow().contains('Z') ? 4 : 0));
            n.streamed = uint8_t((c.getStreamed().contains('X') ? 1 : 0) |
                                 (c.getStreamed().contains('W') ? 2 : 0) |
                                 (c.getStreamed().contains('Z') ? 4 : 0));
            n.skipXOnW = c.getSkipXOnW();
            n.batch = uint32_t(c.getBatch().value_or(1));
            if (c.getRefetch()) {
              n.refetch[0] = uint32_t((*c.getRefetch())[0]);
              n.refetch[1] = uint32_t((*c.getRefetch())[1]);
            }
            if (c.getXBlockCsr()) {
              n.xBlock = uint32_t(*c.getXBlockCsr());
              n.xBlockMetaBits = uint32_t(*c.getXBlockMetadataBits());
            }
            n.lanes = uint32_t(c.getLanes());
            n.vfmuShift = uint32_t(c.getVfmuShift());
            emit(c, {Opcode::Config, 0, 0, uint32_t(p.nests.size()), 0, 0});
            p.nests.push_back(n);
          })
          .Case([&](InitOp i) {
            emit(i, {Opcode::Init, 0, 0, tensor(i.getTensorAttr()),
                     tensor(i.getFromAttr()), 0});
          })
          .Case([&](ZeroOp z) {
            emit(z, {Opcode::Zero, 0, 0, tensor(z.getTensorAttr()), 0, 0});
          })
          .Case([&](LoadWeightsOp l) {
            emit(l, {Opcode::LoadWeights, uint8_t(l.getTile()), 0,
                     blob(l.getWeightsAttr()), 0, 0});
          })
          .Case([&](LoadOp l) {
            emit(l, {Opcode::Load, uint8_t(l.getMode()), 0,
                     tensor(l.getTensorAttr()), 0, 0});
          })
          .Case([&](StoreOp s) {
            emit(s, {Opcode::Store, uint8_t(s.getMode()), 0,
                     tensor(s.getTensorAttr()), 0, 0});
          })
          .Case([&](Im2ColOp i) {
            sim::ConvGeometry g;
            g.kh = uint16_t(i.getKernel()[0]);
            g.kw = uint16_t(i.getKernel()[1]);
            g.strideH = uint16_t(i.getStrides()[0]);
            g.strideW = uint16_t(i.getStrides()[1]);
            g.dilationH = uint16_t(i.getDilations()[0]);
            g.dilationW = uint16_t(i.getDilations()[1]);
            uint32_t index = 0;
            while (index < p.convs.size() &&
                   std::memcmp(&p.convs[index], &g, sizeof(g)) != 0)
              ++index;
            if (index == p.convs.size())
              p.convs.push_back(g);
            emit(i,
                 {Opcode::Im2Col, uint8_t(i.getTile()), 0,
                  tensor(i.getSourceAttr()), tensor(i.getDestAttr()), index});
          })
          .Case([&](MatMulOp m) {
            emit(m, {Opcode::MatMul, 0, 0, blob(m.getWeightsAttr()),
                     tensor(m.getLhsAttr()), tensor(m.getAccAttr())});
          })
          .Case([&](ToNCHWOp t) {
            emit(t, {Opcode::RowsToNCHW, uint8_t(t.getTile()), 0,
                     tensor(t.getSourceAttr()), tensor(t.getDestAttr()), 0});
          })
          .Case([&](LoopOp l) {
            uint8_t tag =
                l.getOver()
                    ? uint8_t(StringRef("MNK-B").find((*l.getOver())[0]))
                    : 3;
            emit(l, {Opcode::Loop, tag, 0, uint32_t(l.getCount()), 0, 0});
            walk(l.getBody().front());
            emit(l, {Opcode::EndLoop, 0, 0, 0, 0, 0});
          })
          .Case(
              [&](BarrierOp b) { emit(b, {Opcode::Barrier, 0, 0, 0, 0, 0}); });
    }
  };
  walk(body);
  emit(program, {Opcode::Halt, 0, 0, 0, 0, 0});
  return success();
}
