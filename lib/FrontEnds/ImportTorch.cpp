//===- ImportTorch.cpp - torch dialect to linalg on tensors ---------------===//
//
// Converts, function by function, the operations torch-mlir's torch dialect
// carries (read by TorchSyntax into generic operations) to linalg on
// tensors. Operations are visited in order with a map from each torch
// value to its converted value; the torch operations left without users are
// erased at the end. An operation with no converter keeps its place, with
// builtin tensor types and `accel.unmapped` saying why, and a warning at
// its location: nothing is dropped silently.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/FrontEnds/Passes.h"
#include "SparseAccel/FrontEnds/TorchSyntax.h"

#include "TorchImporter.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/DialectResourceBlobManager.h"
#include "llvm/ADT/STLExtras.h"

namespace sparseaccel {
#define GEN_PASS_DEF_SPARSEIMPORTTORCH
#include "SparseAccel/FrontEnds/Passes.h.inc"
} // namespace sparseaccel

using namespace mlir;
using namespace sparseaccel;
using namespace sparseaccel::torch_import;
using torch_syntax::convertTensorType;
using torch_syntax::getTorchTypeBody;

//===----------------------------------------------------------------------===//
// Scalars
//===----------------------------------------------------------------------===//

namespace {
bool isTorchOp(Operation *op) {
  return op->getName().getDialectNamespace() == "torch";
}
StringRef torchName(Operation *op) {
  StringRef n = op->getName().getStringRef();
  // torch-mlir's FX importer spells operations it has no definition of as
  // `torch.operator "torch.aten.foo"(...)`.
  if (n == "torch.operator")
    if (auto named = op->getAttrOfType<StringAttr>("name"))
      n = named.getValue();
  n.consume_front("torch.");
  return n;
}
} // namespace

std::optional<int64_t> torch_import::foldInt(Value v, const IRMapping &map) {
  Operation *def = v.getDefiningOp();
  if (!def || !isTorchOp(def))
    return std::nullopt;
  StringRef name = torchName(def);
  if (name == "constant.int")
    if (auto a = def->getAttrOfType<IntegerAttr>("value"))
      return a.getInt();
  if (name == "constant.bool")
    if (auto a = def->getAttrOfType<BoolAttr>("value"))
      return a.getValue() ? 1 : 0;
  if (name == "aten.size.int" && def->getNumOperands() == 2) {
    auto t = dyn_cast<RankedTensorType>(
        map.lookupOrDefault(def->getOperand(0)).getType());
    std::optional<int64_t> d = foldInt(def->getOperand(1), map);
    if (!t || !d)
      return std::nullopt;
    int64_t dim = *d < 0 ? *d + t.getRank() : *d;
    if (dim < 0 || dim >= t.getRank() || t.isDynamicDim(dim))
      return std::nullopt;
    return t.getDimSize(dim);
  }
  // Traced shape arithmetic wraps sizes in 0-d tensors and back.
  if ((name == "prim.NumToTensor.Scalar" || name == "aten.Int.Tensor") &&
      def->getNumOperands() == 1)
    return foldInt(def->getOperand(0), map);
  if (name == "aten.floor_divide" || name == "aten.div.Tensor_mode")
    name = "aten.floordiv.int";
  if (def->getNumOperands() >= 2 &&
      (name == "aten.mul.int" || name == "aten.add.int" ||
       name == "aten.sub.int" || name == "aten.floordiv.int")) {
    std::optional<int64_t> a = foldInt(def->getOperand(0), map),
                           b = foldInt(def->getOperand(1), map);
    if (!a || !b)
      return std::nullopt;
    if (name == "aten.floordiv.int" && def->getNumOperands() == 3) {
      // div.Tensor_mode: only rounding_mode = "floor" or "trunc" is exact.
      Operation *mode = def->getOperand(2).getDefiningOp();
      auto s = mode ? mode->getAttrOfType<StringAttr>("value") : StringAttr();
      if (!s || (s.getValue() != "floor" && s.getValue() != "trunc"))
        return std::nullopt;
      if (s.getValue() == "trunc")
        return *b == 0 ? std::nullopt : std::optional<int64_t>(*a / *b);
    }
    if (name == "aten.mul.int")
      return *a * *b;
    if (name == "aten.add.int")
      return *a + *b;
    if (name == "aten.sub.int")
      return *a - *b;
    if (*b == 0)
      return std::nullopt;
    return *a / *b - ((*a % *b != 0) && ((*a < 0) != (*b < 0)));
  }
  return std::nullopt;
}

std::optional<double> torch_import::foldFloat(Value v, const IRMapping &map) {
  Operation *def = v.getDefiningOp();
  if (def && isTorchOp(def) && torchName(def) == "constant.float")
    if (auto a = def->getAttrOfType<FloatAttr>("value"))
      return a.getValueAsDouble();
  if (std::optional<int64_t> i = foldInt(v, map))
    return double(*i);
  return std::nullopt;
}

Value OpConversion::operand(unsigned i) const {
  return map.lookupOrDefault(op->getOperand(i));
}

Value OpConversion::tensor(unsigned i) const {
  if (i >= numOperands())
    return {};
  Value v = operand(i);
  auto t = dyn_cast<RankedTensorType>(v.getType());
  return t && t.hasStaticShape() ? v : Value();
}

RankedTensorType OpConversion::resultType(unsigned i) const {
  if (i >= op->getNumResults())
    return {};
  auto t = dyn_cast_or_null<RankedTensorType>(
      convertTensorType(op->getResult(i).getType()));
  return t && t.hasStaticShape() ? t : RankedTensorType();
}

std::optional<int64_t> OpConversion::getInt(unsigned i) const {
  return i < numOperands() ? foldInt(op->getOperand(i), map) : std::nullopt;
}
std::optional<double> OpConversion::getFloat(unsigned i) const {
  return i < numOperands() ? foldFloat(op->getOperand(i), map) : std::nullopt;
}
std::optional<bool> OpConversion::getBool(unsigned i) const {
  std::optional<int64_t> v = getInt(i);
  if (!v)
    return std::nullopt;
  return *v != 0;
}
bool OpConversion::isNone(unsigned i) const {
  return i >= numOperands() ||
         getTorchTypeBody(op->getOperand(i).getType()) == "none";
}

namespace {
Operation *listConstruct(Value v) {
  Operation *def = v.getDefiningOp();
  return def && isTorchOp(def) && torchName(def) == "prim.ListConstruct"
             ? def
             : nullptr;
}
} // namespace

std::optional<SmallVector<int64_t>> OpConversion::getIntList(unsigned i) const {
  if (i >= numOperands())
    return std::nullopt;
  Operation *list = listConstruct(op->getOperand(i));
  if (!list)
    return std::nullopt;
  SmallVector<int64_t> out;
  for (Value e : list->getOperands()) {
    std::optional<int64_t> v = foldInt(e, map);
    if (!v)
      return std::nullopt;
    out.push_back(*v);
  }
  return out;
}

std::optional<SmallVector<Value>>
OpConversion::getTensorList(unsigned i) const {
  if (i >= numOperands())
    return std::nullopt;
  Operation *list = listConstruct(op->getOperand(i));
  if (!list)
    return std::nullopt;
  SmallVector<Value> out;
  for (Value e : list->getOperands()) {
    Value t = map.lookupOrDefault(e);
    auto rt = dyn_cast<RankedTensorType>(t.getType());
    if (!rt || !rt.hasStaticShape())
      return std::nullopt;
    out.push_back(t);
  }
  return out;
}

//===----------------------------------------------------------------------===//
// The pass
//===----------------------------------------------------------------------===//

namespace {
/// torch-mlir's literals hold signed and unsigned integer types; linalg on
/// tensors is signless.
Attribute signlessLiteral(Attribute value, TensorType type) {
  if (auto dense = dyn_cast<DenseElementsAttr>(value)) {
    if (dense.getType() == type)
      return dense;
    if (dense.getElementType().getIntOrFloatBitWidth() ==
        type.getElementType().getIntOrFloatBitWidth())
      return dense.bitcast(type.getElementType());
    return {};
  }
  if (auto res = dyn_cast<DenseResourceElementsAttr>(value))
    return DenseResourceElementsAttr::get(cast<ShapedType>(type),
                                          res.getRawHandle());
  return {};
}

struct FunctionImporter {
  FunctionImporter(func::FuncOp fn, const ConverterTable &table)
      : fn(fn), table(table) {}
  func::FuncOp fn;
  const ConverterTable &table;
  unsigned converted = 0, notConverted = 0;

  LogicalResult run() {
    MLIRContext *ctx = fn.getContext();
    if (fn.isExternal())
      return convertSignatureOnly();
    if (!fn.getBody().hasOneBlock())
      return fn.emitError() << "functions in the torch dialect with more than "
                               "one block are not read";
    Block &entry = fn.front();
    for (BlockArgument arg : entry.getArguments()) {
      if (getTorchTypeBody(arg.getType()).empty())
        continue;
      TensorType t = convertTensorType(arg.getType());
      if (!t)
        return fn.emitError()
               << "argument #" << arg.getArgNumber() << " of @" << fn.getName()
               << " has type " << arg.getType()
               << ", which has no builtin tensor counterpart (a value tensor "
                  "with a known dtype is needed)";
      arg.setType(t);
    }
    IRMapping map;
    OpBuilder b(ctx);
    SmallVector<Operation *> torchOps;
    for (Operation &op : llvm::make_early_inc_range(entry)) {
      if (!isTorchOp(&op)) {
        for (OpOperand &use : op.getOpOperands())
          if (Value v = map.lookupOrNull(use.get()))
            use.set(v);
        continue;
      }
      torchOps.push_back(&op);
      if (op.getNumRegions() != 0)
        return op.emitError() << "'" << op.getName()
                              << "' has regions, which are not converted";
      bool carriesTensors = llvm::any_of(op.getResultTypes(), [](Type t) {
        return torch_syntax::getTensorInfo(t).has_value();
      });
      if (!carriesTensors || isScalarPlumbing(&op))
        continue; // scalars and lists: folded where they are used
      if (failed(convert(op, b, map)))
        return failure();
    }
    Operation *ret = entry.getTerminator();
    for (OpOperand &use : ret->getOpOperands())
      if (Value v = map.lookupOrNull(use.get()))
        use.set(v);
    for (Operation *op : llvm::reverse(torchOps))
      if (op->use_empty() && !op->hasAttr(accel::unmappedAttrName()))
        op->erase();
    fn.setType(FunctionType::get(ctx, entry.getArgumentTypes(),
                                 ret->getOperandTypes()));
    return success();
  }

  /// Traced shape arithmetic (`aten.size.int` -> `prim.NumToTensor` ->
  /// `aten.div.Tensor_mode` -> `aten.Int.Tensor`) passes 0-d tensors
  /// between scalar operations: no work, folded where a size is used.
  bool isScalarPlumbing(Operation *op) {
    auto it = plumbing.find(op);
    if (it != plumbing.end())
      return it->second;
    plumbing[op] = false; // cycles cannot occur in one block; be safe
    bool result = true;
    for (Value r : op->getResults()) {
      auto info = torch_syntax::getTensorInfo(r.getType());
      if (info && !(info->hasSizes && info->shape.empty())) {
        result = false;
        break;
      }
      for (Operation *user : r.getUsers()) {
        bool userCarriesTensors =
            llvm::any_of(user->getResultTypes(), [](Type t) {
              return torch_syntax::getTensorInfo(t).has_value();
            });
        if (!isTorchOp(user) ||
            (userCarriesTensors && !isScalarPlumbing(user))) {
          result = false;
          break;
        }
      }
      if (!result)
        break;
    }
    return plumbing[op] = result;
  }
  llvm::DenseMap<Operation *, bool> plumbing;

  LogicalResult convertSignatureOnly() {
    SmallVector<Type> in, out;
    for (Type t : fn.getArgumentTypes())
      in.push_back(convertTensorType(t) ? convertTensorType(t) : t);
    for (Type t : fn.getResultTypes())
      out.push_back(convertTensorType(t) ? convertTensorType(t) : t);
    fn.setType(FunctionType::get(fn.getContext(), in, out));
    return success();
  }

  LogicalResult convert(Operation &op, OpBuilder &b, IRMapping &map) {
    b.setInsertionPoint(&op);
    Operation *before = op.getPrevNode();
    OpConversion c(&op, ("torch." + torchName(&op)).str(), b, map);
    LogicalResult ok = failure();
    if (torchName(&op) == "vtensor.literal") {
      ok = convertLiteral(c);
    } else {
      auto it = table.find(torchName(&op));
      ok = it == table.end()
               ? c.fail("torch-to-linalg has no conversion for 'torch." +
                        torchName(&op) + "'")
               : it->second(c);
    }
    if (succeeded(ok) && c.results.size() != op.getNumResults())
      ok = c.fail("internal: the conversion made " + Twine(c.results.size()) +
                  " results for " + Twine(op.getNumResults()));
    if (succeeded(ok)) {
      for (auto [i, v] : llvm::enumerate(c.results)) {
        Type want = convertTensorType(op.getResult(i).getType());
        if (want && v.getType() != want) {
          if (!tensor::CastOp::areCastCompatible(v.getType(), want))
            return op.emitError()
                   << "internal: converting '" << op.getName() << "' gave "
                   << v.getType() << " where " << want << " is declared";
          v = tensor::CastOp::create(b, c.loc, want, v);
        }
        map.map(op.getResult(i), v);
      }
      ++converted;
      return success();
    }
    // Undo what the converter built before it gave up.
    while (op.getPrevNode() != before)
      op.getPrevNode()->erase();
    for (OpOperand &use : op.getOpOperands())
      if (Value v = map.lookupOrNull(use.get()))
        use.set(v);
    for (OpResult r : op.getResults())
      if (TensorType t = convertTensorType(r.getType()))
        r.setType(t);
    op.setAttr(accel::unmappedAttrName(), b.getStringAttr(c.reason));
    op.emitWarning() << "not converted from torch: " << c.reason;
    ++notConverted;
    return success();
  }

  /// `torch.vtensor.literal` -> `arith.constant`, data kept as is (a
  /// `dense_resource` stays a resource), so weight sparsity is measured.
  static LogicalResult convertLiteral(OpConversion &c) {
    auto type = dyn_cast_or_null<RankedTensorType>(
        convertTensorType(c.op->getResult(0).getType()));
    auto value = c.op->getAttr("value");
    if (!type || !value)
      return c.fail("a literal without a static tensor type or a value");
    Attribute data = signlessLiteral(value, type);
    if (!data)
      return c.fail("a literal whose data is neither dense nor "
                    "dense_resource of the declared element type");
    c.results.push_back(
        arith::ConstantOp::create(c.b, c.loc, type, cast<TypedAttr>(data)));
    return success();
  }
};

struct SparseImportTorchPass
    : public sparseaccel::impl::SparseImportTorchBase<SparseImportTorchPass> {
  void getDependentDialects(DialectRegistry &registry) const override {
    registry
        .insert<arith::ArithDialect, linalg::LinalgDialect, math::MathDialect,
                tensor::TensorDialect, accel::AccelDialect>();
  }

  void runOnOperation() override {
    ModuleOp module = getOperation();
    bool hasTorch = false;
    module.walk([&](func::FuncOp fn) {
      hasTorch |= llvm::any_of(fn.getArgumentTypes(), [](Type t) {
        return !getTorchTypeBody(t).empty();
      });
    });
    module.walk([&](Operation *op) {
      hasTorch |= isTorchOp(op);
      return hasTorch ? WalkResult::interrupt() : WalkResult::advance();
    });
    if (!hasTorch)
      return;
    ConverterTable table;
    addContractionConverters(table);
    addElementwiseConverters(table);
    addShapeConverters(table);
    unsigned converted = 0, notConverted = 0;
    for (auto fn : llvm::make_early_inc_range(module.getOps<func::FuncOp>())) {
      FunctionImporter importer(fn, table);
      if (failed(importer.run()))
        return signalPassFailure();
      converted += importer.converted;
      notConverted += importer.notConverted;
    }
    module.emitRemark() << "sparse-import-torch: " << converted
                        << " torch operations converted to linalg, "
                        << notConverted << " kept as not mapped";
  }
};
} // namespace
