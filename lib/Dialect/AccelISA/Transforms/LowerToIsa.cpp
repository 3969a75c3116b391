//===- LowerToIsa.cpp - Mapped linalg ops -> accelerator programs ---------===//
//
// One `accel_isa.program` per mapped matmul or NCHW convolution with
// constant weights (see Passes.td for the rules). The program follows the
// op's mapping: row tiles from the DRAM-level factors, MAC lanes from the
// spatial factors, the weight pattern the design exploits.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/AccelISA/Transforms/Passes.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/Accel/Transforms/DesignSupport.h"
#include "SparseAccel/Dialect/Accel/Transforms/LinalgEinsum.h"
#include "SparseAccel/Dialect/Accel/Transforms/ModelConversion.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Sim/HssPacking.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "mlir/IR/Verifier.h"

namespace mlir::accel_isa {
#define GEN_PASS_DEF_ACCELLOWERTOISA
#include "SparseAccel/Dialect/AccelISA/Transforms/Passes.h.inc"
} // namespace mlir::accel_isa

using namespace mlir;
using namespace mlir::accel_isa;
namespace sim = sparseaccel::sim;

namespace {

/// The constant's f32 or i8 values (exact in float), row-major, or failure.
FailureOr<std::vector<float>> constantValues(Value v) {
  auto cst = v.getDefiningOp<arith::ConstantOp>();
  if (!cst)
    return failure();
  auto type = dyn_cast<RankedTensorType>(cst.getType());
  if (!type || !type.hasStaticShape())
    return failure();
  std::vector<float> out;
  out.reserve(type.getNumElements());
  if (auto dense = dyn_cast<DenseElementsAttr>(cst.getValue())) {
    if (type.getElementType().isF32())
      for (float f : dense.getValues<float>())
        out.push_back(f);
    else if (type.getElementType().isSignlessInteger(8))
      for (int8_t i : dense.getValues<int8_t>())
        out.push_back(float(i));
    else
      return failure();
    return out;
  }
  if (auto res = dyn_cast<DenseF32ResourceElementsAttr>(cst.getValue())) {
    std::optional<ArrayRef<float>> data = res.tryGetAsArrayRef();
    if (!data || int64_t(data->size()) != type.getNumElements())
      return failure();
    out.assign(data->begin(), data->end());
    return out;
  }
  return failure();
}

/// Whether `init` is a fill with zero.
bool isZeroFill(Value init) {
  auto fill = init.getDefiningOp<linalg::FillOp>();
  if (!fill)
    return false;
  auto cst = fill.getInputs()[0].getDefiningOp<arith::ConstantOp>();
  if (!cst)
    return false;
  if (auto f = dyn_cast<FloatAttr>(cst.getValue()))
    return f.getValue().isZero();
  auto i = dyn_cast<IntegerAttr>(cst.getValue());
  return i && i.getValue().isZero();
}

/// The design's resources, as the program declares them.
struct Resources {
  uint64_t macs = 1, glbBytes = 1, glbBytesPerCycle = 0, dramBytesPerCycle = 1,
           wordBits = 8;
  std::string glbName;
};

FailureOr<Resources> resourcesOf(accel::DesignAttr design, std::string &why) {
  sparseaccel::model::ModelSpec spec;
  spec.workload.dimNames = {"d0", "d1", "d2"};
  spec.workload.bounds = {1, 1, 1};
  spec.workload.dataSpaces = {
      {"Weights", {}, false}, {"Inputs", {}, false}, {"Outputs", {}, true}};
  if (failed(accel::fromDesignAttr(design, spec, why)))
    return failure();
  const auto &levels = spec.arch.levels;
  if (levels.empty()) {
    why = "the design has no storage levels";
    return failure();
  }
  Resources r;
  r.macs = spec.arch.compute.instances;
  r.wordBits = spec.arch.compute.wordBits;
  if (r.wordBits != 8 && r.wordBits != 16 && r.wordBits != 32)
    r.wordBits = r.wordBits <= 8 ? 8 : r.wordBits <= 16 ? 16 : 32;
  // The GLB is the level below DRAM (the only level of a one-level design).
  const auto &glb = levels.size() >= 2 ? levels[levels.size() - 2] : levels[0];
  uint64_t bits = glb.size ? *glb.size * glb.wordBits : (uint64_t(1) << 34);
  r.glbBytes = std::min<uint64_t>(bits / 8 + glb.effectiveMetadataBits() / 8,
                                  UINT32_MAX);
  r.glbName = glb.name;
  if (levels.size() >= 2 && glb.readBandwidth)
    r.glbBytesPerCycle =
        uint64_t(std::max(1.0, *glb.readBandwidth * glb.wordBits / 8.0));
  const auto &dram = levels.back();
  r.dramBytesPerCycle = uint64_t(
      std::max(1.0, dram.readBandwidth.value_or(64.0) * dram.wordBits / 8.0));
  return r;
}

/// What one op becomes.
struct Plan {
  bool conv = false;
  SmallVector<int64_t> xShape, yShape;
  uint64_t m = 0, k = 0, n = 0; // Toeplitz rows, reduction, output columns
  SmallVector<int64_t, 2> kernel{1, 1}, strides{1, 1}, dilations{1, 1};
  std::vector<float> packedRows; // n rows of k, along K
  bool runtimeWeights = false;   // packed at load from an input
  bool initInput = false;        // the result starts from an input
  SmallVector<int64_t> wShape;
  Type inType, outType; // f32/f32 or i8/i32
  /// Per loop dimension of the op: 0 M (output rows), 1 N, 2 K, 3 batch.
  SmallVector<unsigned> dimClass;
  uint64_t batch = 1;
};

LogicalResult planOp(linalg::LinalgOp op, Plan &plan, std::string &why) {
  auto staticType = [](Value v) -> Type {
    auto t = dyn_cast<RankedTensorType>(v.getType());
    return t && t.hasStaticShape() ? t.getElementType() : Type();
  };
  if (!isa<linalg::MatmulOp, linalg::BatchMatmulOp, linalg::Conv2DNchwFchwOp>(
          op.getOperation())) {
    why = "only linalg.matmul, linalg.batch_matmul and "
          "linalg.conv_2d_nchw_fchw are lowered";
    return failure();
  }
  Value x = op.getDpsInputOperand(0)->get(),
        w = op.getDpsInputOperand(1)->get(),
        init = op.getDpsInitOperand(0)->get();
  Type xe = staticType(x), we = staticType(w), ye = staticType(init);
  bool floats = xe && xe.isF32() && we && we.isF32() && ye && ye.isF32();
  bool ints = xe && xe.isSignlessInteger(8) && we && we.isSignlessInteger(8) &&
              ye && ye.isSignlessInteger(32);
  if (!floats && !ints) {
    why = "the operands are not statically shaped f32 x f32 -> f32 or "
          "i8 x i8 -> i32 tensors";
    return failure();
  }
  plan.inType = xe;
  plan.outType = ye;
  if (auto mm = dyn_cast<linalg::MatmulOp>(op.getOperation()))
    if (!mm.getIndexingMaps().empty() &&
        mm.getIndexingMapsArray() !=
            mm.getDefaultIndexingMaps(op.getContext())) {
      why = "the matmul has non-default indexing maps";
      return failure();
    }
  if (auto bmm = dyn_cast<linalg::BatchMatmulOp>(op.getOperation()))
    if (!bmm.getIndexingMaps().empty() &&
        bmm.getIndexingMapsArray() !=
            bmm.getDefaultIndexingMaps(op.getContext())) {
      why = "the batch matmul has non-default indexing maps";
      return failure();
    }
  // Constant weights are packed now; others (function arguments) become
  // an input of the program, packed by the simulator when it loads.
  FailureOr<std::vector<float>> values = constantValues(w);
  plan.runtimeWeights = failed(values);
  if (plan.runtimeWeights)
    values = std::vector<float>();
  // A product that adds to an initial value (a bias) starts from it (a
  // convolution unfolds it into its Toeplitz-ordered accumulator).
  plan.initInput = !isZeroFill(init);
  auto xt = cast<RankedTensorType>(x.getType());
  auto wt = cast<RankedTensorType>(w.getType());
  auto yt = cast<RankedTensorType>(init.getType());
  plan.xShape.assign(xt.getShape().begin(), xt.getShape().end());
  plan.yShape.assign(yt.getShape().begin(), yt.getShape().end());
  plan.wShape.assign(wt.getShape().begin(), wt.getShape().end());
  if (isa<linalg::BatchMatmulOp>(op.getOperation())) {
    // Independent products; blob rows batch-major, each W[b]^T.
    plan.batch = xt.getDimSize(0);
    plan.m = xt.getDimSize(1);
    plan.k = xt.getDimSize(2);
    plan.n = wt.getDimSize(2);
    plan.dimClass = {3, 0, 1, 2}; // (b, m, n, k)
    if (plan.runtimeWeights)
      return success();
    plan.packedRows.resize(plan.batch * plan.n * plan.k);
    for (uint64_t bb = 0; bb < plan.batch; ++bb)
      for (uint64_t kk = 0; kk < plan.k; ++kk)
        for (uint64_t j = 0; j < plan.n; ++j)
          plan.packedRows[(bb * plan.n + j) * plan.k + kk] =
              (*values)[(bb * plan.k + kk) * plan.n + j];
    return success();
  }
  if (isa<linalg::MatmulOp>(op.getOperation())) {
    plan.m = xt.getDimSize(0);
    plan.k = xt.getDimSize(1);
    plan.n = wt.getDimSize(1);
    plan.dimClass = {0, 1, 2};
    if (plan.runtimeWeights)
      return success();
    // W^T: one packed row per output column.
    plan.packedRows.resize(plan.n * plan.k);
    for (uint64_t kk = 0; kk < plan.k; ++kk)
      for (uint64_t j = 0; j < plan.n; ++j)
        plan.packedRows[j * plan.k + kk] = (*values)[kk * plan.n + j];
    return success();
  }
  auto conv = cast<linalg::Conv2DNchwFchwOp>(op.getOperation());
  plan.conv = true;
  for (unsigned i = 0; i < 2; ++i) {
    plan.strides[i] = conv.getStrides().getValues<int64_t>()[i];
    plan.dilations[i] = conv.getDilations().getValues<int64_t>()[i];
    plan.kernel[i] = wt.getDimSize(2 + i);
  }
  int64_t f = wt.getDimSize(0), c = wt.getDimSize(1);
  plan.m = uint64_t(yt.getDimSize(0)) * yt.getDimSize(2) * yt.getDimSize(3);
  plan.k = uint64_t(c) * plan.kernel[0] * plan.kernel[1];
  plan.n = f;
  plan.dimClass = {0, 1, 0, 0, 2, 2, 2}; // (n, f, oh, ow, c, kh, kw)
  if (plan.m > (1u << 26) || plan.k * plan.m > (uint64_t(1) << 26)) {
    why = "the Toeplitz matrix would exceed 2^26 elements";
    return failure();
  }
  if (plan.runtimeWeights)
    return success();
  plan.packedRows.resize(plan.n * plan.k);
  for (int64_t o = 0; o < f; ++o)
    for (int64_t ch = 0; ch < c; ++ch)
      for (int64_t i = 0; i < plan.kernel[0]; ++i)
        for (int64_t j = 0; j < plan.kernel[1]; ++j)
          plan.packedRows[o * plan.k + (i * plan.kernel[1] + j) * c + ch] =
              (*values)[((o * c + ch) * plan.kernel[0] + i) * plan.kernel[1] +
                        j];
  return success();
}

DenseElementsAttr bytesAttr(MLIRContext *ctx, const std::vector<uint8_t> &b) {
  auto type =
      RankedTensorType::get({int64_t(b.size())}, IntegerType::get(ctx, 8));
  return DenseElementsAttr::get(
      type,
      ArrayRef<int8_t>(reinterpret_cast<const int8_t *>(b.data()), b.size()));
}

struct AccelLowerToIsaPass
    : public mlir::accel_isa::impl::AccelLowerToIsaBase<AccelLowerToIsaPass> {
  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    SmallVector<linalg::LinalgOp> ops;
    module.walk([&](linalg::LinalgOp op) {
      if (op->getAttr(accel::costAttrName()) &&
          op->getAttr(accel::mappingAttrName()))
        ops.push_back(op);
    });
    if (ops.empty())
      return;
    auto design =
        module->getAttrOfType<accel::DesignAttr>(accel::designAttrName());
    if (!design) {
      module.emitError() << "mapped operations but no accel.design on the "
                            "module: run --accel-map first";
      return signalPassFailure();
    }
    std::string why;
    FailureOr<Resources> res = resourcesOf(design, why);
    if (failed(res)) {
      module.emitError() << "cannot read the design's resources: " << why;
      return signalPassFailure();
    }
    SymbolTable symbols(module);
    for (linalg::LinalgOp op : ops) {
      Plan plan;
      if (failed(planOp(op, plan, why)) ||
          failed(lower(op, plan, *res, symbols, why))) {
        op->setAttr("accel_isa.host", StringAttr::get(ctx, why));
        op->emitRemark() << "stays on the host: " << why;
      }
    }
  }

  /// The sparse acceleration features the design gives level `level`.
  static accel::LevelSafAttr safAt(accel::DesignAttr design, StringRef level) {
    if (design.getSafs())
      for (Attribute a : design.getSafs())
        if (auto saf = dyn_cast<accel::LevelSafAttr>(a);
            saf && saf.getLevel().getValue() == level)
          return saf;
    return {};
  }

  /// The block-CSR metadata of X (Inputs) when the design's GLB holds it
  /// compressed: 2 x the innermost compressed rank's metadata bits per
  /// block (start and end addresses; 8 bits each when unspecified).
  static std::optional<unsigned> glbCompressesX(accel::DesignAttr design,
                                                StringRef glb) {
    accel::LevelSafAttr saf = safAt(design, glb);
    if (saf && saf.getFormats())
      for (Attribute f : saf.getFormats()) {
        auto format = cast<accel::TensorFormatAttr>(f);
        if (format.getTensor().getValue() != "Inputs")
          continue;
        std::optional<unsigned> bits;
        for (Attribute r : format.getRanks()) {
          auto rank = cast<accel::RankFormatAttr>(r);
          StringRef kind = rank.getFormat().getValue();
          if (kind != "U")
            bits = rank.getMetadataBits() ? rank.getMetadataBits() : 8;
        }
        if (bits)
          return 2 * *bits;
      }
    return std::nullopt;
  }

  /// Whether the design's GLB skips reads of X (Inputs) where the weights
  /// are empty.
  static bool glbSkipsXOnW(accel::DesignAttr design, StringRef glb) {
    accel::LevelSafAttr saf = safAt(design, glb);
    if (saf && saf.getActions())
      for (Attribute act : saf.getActions()) {
        auto action = cast<accel::ActionAttr>(act);
        if (action.getKind().getValue() != "skipping")
          continue;
        for (Attribute o : action.getOptions()) {
          auto cond = cast<accel::ConditionAttr>(o);
          if (cond.getTarget().getValue() == "Inputs" &&
              llvm::any_of(cond.getConditionOn(), [](Attribute on) {
                return cast<StringAttr>(on).getValue() == "Weights";
              }))
            return true;
        }
      }
    return false;
  }

  LogicalResult lower(linalg::LinalgOp op, const Plan &plan,
                      const Resources &res, SymbolTable &symbols,
                      std::string &why) {
    MLIRContext *ctx = op->getContext();
    auto module = op->getParentOfType<ModuleOp>();
    auto design =
        module->getAttrOfType<accel::DesignAttr>(accel::designAttrName());
    auto cost = op->getAttrOfType<accel::CostAttr>(accel::costAttrName());
    // The op's problem and mapping in the cost model's terms: the nest
    // follows the mapping; the lanes are the MACs it occupies.
    double activation = 1.0;
    if (auto a =
            op->getAttrOfType<FloatAttr>(accel::activationDensityAttrName()))
      activation = a.getValueAsDouble();
    FailureOr<accel::OpEinsum> einsum =
        accel::extractEinsum(op, activation, why);
    if (failed(einsum))
      return failure();
    sparseaccel::model::ModelSpec spec;
    std::string exploited;
    if (failed(
            accel::buildOpProblem(design, op, *einsum, spec, exploited, why)))
      return failure();
    FailureOr<sparseaccel::model::MappingSpec> mapping = accel::fromMappingAttr(
        op->getAttrOfType<accel::MappingAttr>(accel::mappingAttrName()), spec,
        why);
    if (failed(mapping))
      return failure();
    spec.mapping = *mapping;
    sparseaccel::model::EvalResult eval = sparseaccel::model::evaluate(spec);
    if (!eval.success) {
      why = "the recorded mapping does not evaluate: " +
            (eval.errors.empty() ? std::string() : eval.errors.front());
      return failure();
    }
    size_t levels = spec.mapping.levels.size();
    if (levels < 2) {
      why = "the design has no buffer between DRAM and the arrays";
      return failure();
    }
    // Dimension classes by the workload's names ("dN" is linalg loop N).
    std::vector<int> cls(spec.workload.dimNames.size(), -1);
    for (size_t d = 0; d < cls.size(); ++d) {
      StringRef name = spec.workload.dimNames[d];
      unsigned idx = 0;
      if (name.consume_front("d") && !name.getAsInteger(10, idx) &&
          idx < plan.dimClass.size())
        cls[d] = int(plan.dimClass[idx]);
    }
    uint64_t total[3] = {1, 1, 1}, tile[3] = {1, 1, 1}, step[3] = {1, 1, 1},
             fanout[3] = {1, 1, 1};
    std::string order;
    SmallVector<std::pair<unsigned, uint64_t>> dramLoops; // outermost first
    bool batchBelowDram = false;
    for (size_t l = 0; l < levels; ++l)
      for (const auto &loop : spec.mapping.levels[l].loops) {
        if (loop.dim >= cls.size() || cls[loop.dim] < 0) {
          why = "the mapping names a dimension the lowering does not know";
          return failure();
        }
        unsigned c = unsigned(cls[loop.dim]);
        uint64_t b = uint64_t(loop.bound);
        if (c == 3) {
          // The program runs a batch one product at a time, outermost.
          batchBelowDram |= l + 1 < levels && b > 1;
          continue;
        }
        total[c] *= b;
        if (l + 1 < levels)
          tile[c] *= b;
        if (l + 2 < levels || (l + 2 == levels && loop.isSpatial()))
          step[c] *= b;
        if (l + 1 < levels && loop.isSpatial())
          fanout[c] *= b;
        if (l + 2 == levels && !loop.isSpatial() && b > 1 &&
            order.find("MNK"[c]) == std::string::npos)
          order += "MNK"[c];
        if (l + 1 == levels && !loop.isSpatial() && b > 1)
          dramLoops.insert(dramLoops.begin(), {c, b});
      }
    for (char c : StringRef("KNM"))
      if (order.find(c) == std::string::npos)
        order += c;
    if (total[0] != plan.m || total[1] != plan.n || total[2] != plan.k) {
      why = "the mapping's factors do not multiply to the problem";
      return failure();
    }
    if (plan.batch > 1) {
      dramLoops.insert(dramLoops.begin(), {4u, plan.batch});
      if (batchBelowDram)
        op->emitRemark() << "the program runs the batch of " << plan.batch
                         << " as its outermost loop (the mapping splits it "
                            "below DRAM)";
    }
    // Pack at the exploited degree; a pattern that does not divide K or
    // that the data breaks falls back to dense, with a remark.
    sim::HssRanks ranks;
    for (auto [g, h] : einsum->exploitedRanks)
      ranks.push_back({unsigned(g), unsigned(h)});
    if (ranks.empty())
      ranks = {{1, 1}};
    sim::PackedHss packed;
    std::string err;
    if (!plan.runtimeWeights &&
        !sim::packHss(plan.packedRows, unsigned(plan.batch * plan.n),
                      unsigned(plan.k), ranks, unsigned(res.wordBits), packed,
                      err)) {
      op->emitRemark() << "weights packed dense: " << err;
      ranks = {{1, 1}};
      if (!sim::packHss(plan.packedRows, unsigned(plan.batch * plan.n),
                        unsigned(plan.k), ranks, unsigned(res.wordBits), packed,
                        err)) {
        why = err;
        return failure();
      }
    }
    if (plan.runtimeWeights) {
      uint64_t span = 1;
      for (auto [g, h] : ranks)
        span *= h;
      if (plan.k % span) {
        op->emitRemark() << "weights packed dense: K = " << plan.k
                         << " is not a multiple of the pattern's " << span;
        ranks = {{1, 1}};
      }
    }
    uint64_t period = 1;
    for (auto [g, h] : ranks)
      period *= h;
    // The encoding's prediction of the packed size, when the program packs
    // at the encoding's own degree.
    std::optional<int64_t> encodingBits;
    Value wv = op.getDpsInputOperand(1)->get();
    fiber::EncodingAttr enc = dyn_cast_or_null<fiber::EncodingAttr>(
        cast<RankedTensorType>(wv.getType()).getEncoding());
    if (auto cst = wv.getDefiningOp<arith::ConstantOp>(); cst && !enc)
      enc = cst->getAttrOfType<fiber::EncodingAttr>("fiber.encoding");
    if (enc) {
      sim::HssRanks declared;
      for (fiber::RankAttr rank : llvm::reverse(enc.getRanks())) {
        fiber::RuleAttr rule = rank.getRule();
        if (rule && rule.isStructured() && rule.getGs().size() == 1 &&
            rule.getHs().size() == 1)
          declared.push_back(
              {unsigned(rule.getGs()[0]), unsigned(rule.getHs()[0])});
      }
      if (declared == ranks)
        if (FailureOr<double> bits = enc.getPackedBits(
                cast<RankedTensorType>(wv.getType()).getShape(),
                IntegerType::get(ctx, unsigned(res.wordBits)));
            succeeded(bits))
          encodingBits = int64_t(*bits);
    }
    // DMA moves whole groups of the pattern: a K tile that splits them
    // keeps K whole at the GLB instead.
    if (tile[2] % period) {
      op->emitRemark() << "the mapping's K tiles of " << tile[2]
                       << " split the weight pattern's groups of " << period
                       << "; the program keeps K whole in the GLB";
      tile[2] = plan.k;
      llvm::erase_if(dramLoops, [](auto &l) { return l.first == 2; });
    }
    std::string keeps, heldBelow, streamed;
    uint64_t refetch[2] = {1, 1};
    for (size_t ds = 0; ds < spec.workload.dataSpaces.size(); ++ds) {
      StringRef name = spec.workload.dataSpaces[ds].name;
      char letter = name == "Inputs" ? 'X' : name == "Weights" ? 'W' : 'Z';
      auto kept = [&](size_t l) {
        const auto &keep = spec.mapping.levels[l].keep;
        return ds < keep.size() && keep[ds];
      };
      if (kept(levels - 2))
        keeps += letter;
      // The holder is the nearest level below the GLB that keeps the
      // tensor; temporal loops between it and the GLB over dimensions the
      // tensor depends on move its tile within a GLB step.
      int holder = -1;
      for (int l = int(levels) - 3; l >= 0 && holder < 0; --l)
        if (kept(size_t(l)))
          holder = l;
      if (holder < 0)
        continue;
      heldBelow += letter;
      unsigned needs[3][2] = {{0, 2}, {1, 2}, {0, 1}}; // X: M,K  W: N,K  Z: M,N
      unsigned t = letter == 'X' ? 0 : letter == 'W' ? 1 : 2;
      // Innermost first: once a loop the tensor depends on has moved its
      // tile, every loop outside it that it does not depend on cycles the
      // tile again.
      bool moved = false;
      for (size_t l = size_t(holder) + 1; l + 2 < levels; ++l)
        for (const auto &loop : spec.mapping.levels[l].loops) {
          if (loop.isSpatial() || loop.bound <= 1)
            continue;
          unsigned c = unsigned(cls[loop.dim]);
          bool depends = c == needs[t][0] || c == needs[t][1] || c == 3;
          if (depends && !moved) {
            moved = true;
            streamed += letter;
          } else if (!depends && moved && t < 2) {
            refetch[t] *= uint64_t(loop.bound);
          }
        }
    }
    uint64_t lanes =
        std::clamp<uint64_t>(eval.compute.utilizedInstances, 1, res.macs);

    // Build the program.
    OpBuilder b(ctx);
    b.setInsertionPointToEnd(module.getBody());
    Location loc = op->getLoc();
    auto program = ProgramOp::create(
        b, loc, b.getStringAttr(accel::operationLabel(op)),
        b.getI64IntegerAttr(res.macs), b.getI64IntegerAttr(res.glbBytes),
        b.getI64IntegerAttr(res.glbBytesPerCycle),
        b.getI64IntegerAttr(res.dramBytesPerCycle),
        b.getI64IntegerAttr(res.wordBits),
        b.getI64IntegerAttr(cost ? cost.getCycles() : 0),
        encodingBits ? b.getI64IntegerAttr(*encodingBits) : IntegerAttr(),
        b.getStringAttr(op->getName().getStringRef()));
    symbols.insert(program); // uniquifies the name
    Block *body = new Block();
    program.getBody().push_back(body);
    b.setInsertionPointToEnd(body);
    auto ref = [&](StringRef s) { return FlatSymbolRefAttr::get(ctx, s); };
    auto tensor = [&](StringRef name, TensorKind kind, ArrayRef<int64_t> shape,
                      Type type) {
      TensorOp::create(b, loc, b.getStringAttr(name),
                       TensorKindAttr::get(ctx, kind),
                       b.getDenseI64ArrayAttr(shape), TypeAttr::get(type));
    };
    tensor("x", TensorKind::Input, plan.xShape, plan.inType);
    if (plan.runtimeWeights)
      tensor("w", TensorKind::Input, plan.wShape, plan.inType);
    if (plan.initInput)
      tensor("init", TensorKind::Input, plan.yShape, plan.outType);
    tensor("y", TensorKind::Output, plan.yShape, plan.outType);
    if (plan.conv) {
      tensor("cols", TensorKind::Scratch, {int64_t(plan.m), int64_t(plan.k)},
             plan.inType);
      tensor("z", TensorKind::Scratch, {int64_t(plan.m), int64_t(plan.n)},
             plan.outType);
    }
    SmallVector<int64_t> gs, hs;
    for (auto [g, h] : ranks) {
      gs.push_back(g);
      hs.push_back(h);
    }
    if (plan.runtimeWeights) {
      StringRef layout = plan.conv ? "fchw" : plan.batch > 1 ? "bkn" : "kn";
      WeightsOp::create(b, loc, b.getStringAttr("w0"),
                        b.getI64IntegerAttr(plan.batch * plan.n),
                        b.getI64IntegerAttr(plan.k), b.getDenseI64ArrayAttr(gs),
                        b.getDenseI64ArrayAttr(hs), ElementsAttr(), ArrayAttr(),
                        DenseI64ArrayAttr(), ref("w"), b.getStringAttr(layout));
    } else {
      SmallVector<Attribute> md;
      SmallVector<int64_t> mdBits;
      for (const sim::BitStream &st : packed.metadata) {
        md.push_back(bytesAttr(ctx, st.bytes()));
        mdBits.push_back(int64_t(st.sizeInBits()));
      }
      auto payloadType = RankedTensorType::get({int64_t(packed.payload.size())},
                                               b.getF32Type());
      WeightsOp::create(
          b, loc, b.getStringAttr("w0"),
          b.getI64IntegerAttr(plan.batch * plan.n), b.getI64IntegerAttr(plan.k),
          b.getDenseI64ArrayAttr(gs), b.getDenseI64ArrayAttr(hs),
          DenseElementsAttr::get(payloadType, ArrayRef<float>(packed.payload)),
          b.getArrayAttr(md), b.getDenseI64ArrayAttr(mdBits),
          FlatSymbolRefAttr(), StringAttr());
    }
    // Block-CSR X in blocks of the weight pattern's rank-0 extent (the B
    // values one A block meets), when the design compresses X at the GLB.
    std::optional<unsigned> xBlockBits = glbCompressesX(design, res.glbName);
    uint64_t xBlock = ranks[0].second;
    if (xBlockBits && step[2] % xBlock)
      xBlock = 1;
    auto i64s = [&](const uint64_t v[3]) {
      return b.getDenseI64ArrayAttr(
          {int64_t(v[0]), int64_t(v[1]), int64_t(v[2])});
    };
    ConfigOp::create(
        b, loc, i64s(total), i64s(tile), i64s(step), i64s(fanout),
        b.getStringAttr(order), b.getStringAttr(keeps),
        b.getStringAttr(heldBelow), b.getStringAttr(streamed),
        b.getI64IntegerAttr(lanes), b.getI64IntegerAttr(period),
        glbSkipsXOnW(design, res.glbName) ? b.getUnitAttr() : UnitAttr(),
        xBlockBits ? b.getI64IntegerAttr(xBlock) : IntegerAttr(),
        xBlockBits ? b.getI64IntegerAttr(*xBlockBits) : IntegerAttr(),
        plan.batch > 1 ? b.getI64IntegerAttr(plan.batch) : IntegerAttr(),
        refetch[0] > 1 || refetch[1] > 1
            ? b.getDenseI64ArrayAttr(
                  {int64_t(std::min<uint64_t>(refetch[0], 65536)),
                   int64_t(std::min<uint64_t>(refetch[1], 65536))})
            : DenseI64ArrayAttr());
    StringRef acc = plan.conv ? "z" : "y", lhs = plan.conv ? "cols" : "x";
    if (plan.initInput)
      InitOp::create(b, loc, ref(acc), ref("init"));
    else
      ZeroOp::create(b, loc, ref(acc));
    // DMA sits in the body of the innermost DRAM loop over a dimension the
    // tensor depends on (before all loops when none): that is where its
    // tile changes. Partial sums travel when a K loop encloses Z's.
    auto innermost = [&](std::initializer_list<unsigned> dims) {
      int at = -1;
      for (size_t i = 0; i < dramLoops.size(); ++i)
        if (llvm::is_contained(dims, dramLoops[i].first))
          at = int(i);
      return at;
    };
    int atX = innermost({0, 2, 4}), atW = innermost({1, 2, 4}),
        atZ = innermost({0, 1, 4});
    bool partial = false;
    for (int i = 0; i < atZ; ++i)
      partial |= dramLoops[i].first == 2;
    auto emitLevel = [&](auto &self, int i) -> void {
      if (atX == i) {
        if (keeps.find('X') != std::string::npos)
          LoadOp::create(b, loc, ref("x"),
                         DmaModeAttr::get(ctx, DmaMode::OperandTile));
        if (plan.conv)
          Im2ColOp::create(b, loc, ref("cols"), ref("x"),
                           b.getDenseI64ArrayAttr(plan.kernel),
                           b.getDenseI64ArrayAttr(plan.strides),
                           b.getDenseI64ArrayAttr(plan.dilations),
                           b.getUnitAttr());
      }
      if (atW == i && keeps.find('W') != std::string::npos)
        LoadWeightsOp::create(b, loc, ref("w0"), b.getUnitAttr());
      bool zViaGlb = keeps.find('Z') != std::string::npos;
      if (atZ == i && partial && zViaGlb)
        LoadOp::create(b, loc, ref("y"),
                       DmaModeAttr::get(ctx, DmaMode::Partial));
      if (size_t(i + 1) < dramLoops.size()) {
        OpBuilder::InsertionGuard guard(b);
        auto [dim, count] = dramLoops[i + 1];
        auto loop =
            LoopOp::create(b, loc, b.getI64IntegerAttr(count),
                           b.getStringAttr(StringRef("MNK-B").substr(dim, 1)));
        b.setInsertionPointToEnd(new Block());
        loop.getBody().push_back(b.getInsertionBlock());
        self(self, i + 1);
      } else {
        MatMulOp::create(b, loc, ref(acc), ref(lhs), ref("w0"));
        if (plan.conv)
          ToNCHWOp::create(b, loc, ref("y"), ref("z"), b.getUnitAttr());
      }
      if (atZ == i && zViaGlb)
        StoreOp::create(b, loc, ref("y"),
                        DmaModeAttr::get(ctx, DmaMode::ResultTile));
    };
    emitLevel(emitLevel, -1);
    // A program the design cannot hold (its verifier runs the loader's
    // checks) leaves the op on the host, with the verifier's reason.
    std::string verifierSays;
    LogicalResult verified = success();
    {
      ScopedDiagnosticHandler capture(ctx, [&](Diagnostic &d) {
        if (verifierSays.empty())
          verifierSays = d.str();
        return success();
      });
      verified = mlir::verify(program);
    }
    if (failed(verified)) {
      why = "the program for its mapping does not fit the design: " +
            verifierSays;
      program.erase();
      return failure();
    }
    // Call it where the op was.
    b.setInsertionPoint(op);
    SmallVector<Value> operands = {op.getDpsInputOperand(0)->get()};
    if (plan.runtimeWeights)
      operands.push_back(op.getDpsInputOperand(1)->get());
    if (plan.initInput)
      operands.push_back(op.getDpsInitOperand(0)->get());
    auto launch =
        LaunchOp::create(b, loc, TypeRange{op->getResult(0).getType()},
                         ref(program.getSymName()), operands);
    op->getResult(0).replaceAllUsesWith(launch.getResult(0));
    op->erase();
    return success();
  }
};

} // namespace
