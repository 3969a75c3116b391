//===- TorchElementwise.cpp - torch's pointwise and normalising ops ------===//
//
// Activations, arithmetic with numpy broadcasting, batch and layer norm and
// softmax: no MACs for the accelerator, but converted with their real
// arithmetic so that the module stays a faithful program.
//
//===----------------------------------------------------------------------===//

#include "TorchImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <cmath>

using namespace mlir;
using namespace sparseaccel;
using namespace sparseaccel::torch_import;

namespace {
bool isFloat(Value v) { return isa<FloatType>(v.getType()); }

Value cst(OpBuilder &b, Location l, Value like, double v) {
  return scalarConstant(b, l, like.getType(), v);
}

Value add(OpBuilder &b, Location l, Value x, Value y) {
  return isFloat(x) ? Value(arith::AddFOp::create(b, l, x, y))
                    : Value(arith::AddIOp::create(b, l, x, y));
}
Value sub(OpBuilder &b, Location l, Value x, Value y) {
  return isFloat(x) ? Value(arith::SubFOp::create(b, l, x, y))
                    : Value(arith::SubIOp::create(b, l, x, y));
}
Value mul(OpBuilder &b, Location l, Value x, Value y) {
  return isFloat(x) ? Value(arith::MulFOp::create(b, l, x, y))
                    : Value(arith::MulIOp::create(b, l, x, y));
}
Value div(OpBuilder &b, Location l, Value x, Value y) {
  return isFloat(x) ? Value(arith::DivFOp::create(b, l, x, y))
                    : Value(arith::DivSIOp::create(b, l, x, y));
}
Value max(OpBuilder &b, Location l, Value x, Value y) {
  return isFloat(x) ? Value(arith::MaximumFOp::create(b, l, x, y))
                    : Value(arith::MaxSIOp::create(b, l, x, y));
}
Value min(OpBuilder &b, Location l, Value x, Value y) {
  return isFloat(x) ? Value(arith::MinimumFOp::create(b, l, x, y))
                    : Value(arith::MinSIOp::create(b, l, x, y));
}
Value sigmoid(OpBuilder &b, Location l, Value x) {
  Value e = math::ExpOp::create(b, l, arith::NegFOp::create(b, l, x));
  return arith::DivFOp::create(b, l, cst(b, l, x, 1.0),
                               add(b, l, cst(b, l, x, 1.0), e));
}
Value hardsigmoid(OpBuilder &b, Location l, Value x) {
  Value r =
      min(b, l, max(b, l, add(b, l, x, cst(b, l, x, 3.0)), cst(b, l, x, 0.0)),
          cst(b, l, x, 6.0));
  return div(b, l, r, cst(b, l, x, 6.0));
}

/// One-input operations whose other operands are constants.
LogicalResult convertUnary(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  if (!x || !out)
    return c.fail("needs static shapes");
  StringRef n = StringRef(c.name);
  n.consume_front("torch.aten.");
  std::optional<double> p1 = c.getFloat(1), p2 = c.getFloat(2);
  bool none1 = c.isNone(1), none2 = c.isNone(2);
  if ((n == "hardtanh" && (!p1 || !p2)) || (n == "leaky_relu" && !p1) ||
      (n == "clamp" && ((!none1 && !p1) || (!none2 && !p2))))
    return c.fail("its bounds must be constants");
  if (n == "gelu" && c.numOperands() > 1) {
    // approximate = "none" | "tanh": only the string constant is known.
    Operation *def = c.op->getOperand(1).getDefiningOp();
    auto s = def ? def->getAttrOfType<StringAttr>("value") : StringAttr();
    if (!s || (s.getValue() != "none" && s.getValue() != "tanh"))
      return c.fail("gelu's approximation must be \"none\" or \"tanh\"");
    if (s.getValue() == "tanh")
      n = "gelu_tanh";
  }
  std::string kind = n.str();
  auto body = [&](OpBuilder &b, Location l, ValueRange a) -> Value {
    Value v = a[0];
    if (kind == "relu")
      return max(b, l, v, cst(b, l, v, 0.0));
    if (kind == "sigmoid")
      return sigmoid(b, l, v);
    if (kind == "tanh")
      return math::TanhOp::create(b, l, v);
    if (kind == "silu")
      return mul(b, l, v, sigmoid(b, l, v));
    if (kind == "hardsigmoid")
      return hardsigmoid(b, l, v);
    if (kind == "hardswish")
      return mul(b, l, v, hardsigmoid(b, l, v));
    if (kind == "hardtanh")
      return min(b, l, max(b, l, v, cst(b, l, v, *p1)), cst(b, l, v, *p2));
    if (kind == "clamp") {
      if (p1)
        v = max(b, l, v, cst(b, l, v, *p1));
      if (p2)
        v = min(b, l, v, cst(b, l, v, *p2));
      return v;
    }
    if (kind == "leaky_relu") {
      Value pos = arith::CmpFOp::create(b, l, arith::CmpFPredicate::OGT, v,
                                        cst(b, l, v, 0.0));
      return arith::SelectOp::create(b, l, pos, v,
                                     mul(b, l, v, cst(b, l, v, *p1)));
    }
    if (kind == "gelu") {
      Value e = math::ErfOp::create(
          b, l, mul(b, l, v, cst(b, l, v, 1.0 / std::sqrt(2.0))));
      return mul(b, l, mul(b, l, v, cst(b, l, v, 0.5)),
                 add(b, l, e, cst(b, l, v, 1.0)));
    }
    if (kind == "gelu_tanh") {
      Value cube = mul(b, l, mul(b, l, v, v), v);
      Value inner = mul(b, l, cst(b, l, v, std::sqrt(2.0 / M_PI)),
                        add(b, l, v, mul(b, l, cst(b, l, v, 0.044715), cube)));
      return mul(
          b, l, mul(b, l, v, cst(b, l, v, 0.5)),
          add(b, l, math::TanhOp::create(b, l, inner), cst(b, l, v, 1.0)));
    }
    if (kind == "exp")
      return math::ExpOp::create(b, l, v);
    if (kind == "log")
      return math::LogOp::create(b, l, v);
    if (kind == "sqrt")
      return math::SqrtOp::create(b, l, v);
    if (kind == "rsqrt")
      return math::RsqrtOp::create(b, l, v);
    if (kind == "erf")
      return math::ErfOp::create(b, l, v);
    if (kind == "neg")
      return arith::NegFOp::create(b, l, v);
    if (kind == "abs")
      return math::AbsFOp::create(b, l, v);
    if (kind == "reciprocal")
      return div(b, l, cst(b, l, v, 1.0), v);
    return v; // identities and dtype casts: the cast is the generic's
  };
  if (!isa<FloatType>(out.getElementType()) && kind != "relu" &&
      !StringRef(kind).starts_with("to") && kind != "clone" &&
      kind != "contiguous" && kind != "detach" && kind != "dropout")
    return c.fail("an integer " + kind + " is not converted");
  c.results.push_back(elementwise(c.b, c.loc, {x}, out, body));
  return success();
}

/// Identity operations: the value itself (a cast when the static type
/// differs).
LogicalResult convertIdentity(OpConversion &c) {
  Value x = c.operand(0);
  if (!isa<TensorType>(x.getType()))
    return c.fail("its operand is not a value tensor");
  c.results.push_back(x);
  return success();
}

/// Binary arithmetic; either side may be a scalar constant.
LogicalResult convertBinary(OpConversion &c) {
  RankedTensorType out = c.resultType();
  StringRef n = StringRef(c.name);
  n.consume_front("torch.aten.");
  std::string kind = n.split('.').first.str();
  bool reversed = kind == "rsub";
  SmallVector<Value> inputs;
  std::optional<double> scalars[2];
  for (unsigned i = 0; i < 2; ++i) {
    if (Value t = c.tensor(i))
      inputs.push_back(t);
    else if (!(scalars[i] = c.getFloat(i)))
      return c.fail("operand #" + Twine(i) +
                    " is neither a static tensor nor a constant");
  }
  std::optional<double> alpha = 1.0;
  if ((kind == "add" || kind == "sub" || kind == "rsub") && c.numOperands() > 2)
    alpha = c.getFloat(2);
  if (!out || inputs.empty() || !alpha)
    return c.fail("needs static shapes and a constant alpha");
  double al = *alpha;
  c.results.push_back(elementwise(
      c.b, c.loc, inputs, out,
      [&](OpBuilder &b, Location l, ValueRange a) -> Value {
        unsigned next = 0;
        Value x = scalars[0]
                      ? scalarConstant(b, l, out.getElementType(), *scalars[0])
                      : a[next++];
        Value y = scalars[1]
                      ? scalarConstant(b, l, out.getElementType(), *scalars[1])
                      : a[next++];
        if (reversed)
          std::swap(x, y);
        if ((kind == "add" || kind == "sub" || kind == "rsub") && al != 1.0)
          y = mul(b, l, y, cst(b, l, y, al));
        if (kind == "add")
          return add(b, l, x, y);
        if (kind == "sub" || kind == "rsub")
          return sub(b, l, x, y);
        if (kind == "mul")
          return mul(b, l, x, y);
        if (kind == "div")
          return div(b, l, x, y);
        if (kind == "maximum")
          return max(b, l, x, y);
        if (kind == "minimum")
          return min(b, l, x, y);
        return math::PowFOp::create(b, l, x, y); // pow
      }));
  return success();
}

/// aten.where.self(cond, a, b).
LogicalResult convertWhere(OpConversion &c) {
  Value cond = c.tensor(0), x = c.tensor(1), y = c.tensor(2);
  RankedTensorType out = c.resultType();
  if (!cond || !x || !y || !out)
    return c.fail("needs static tensors");
  c.results.push_back(elementwise(
      c.b, c.loc, {cond, x, y}, out,
      [](OpBuilder &b, Location l, ValueRange a) -> Value {
        Value keep =
            isFloat(a[0])
                ? Value(arith::CmpFOp::create(b, l, arith::CmpFPredicate::UNE,
                                              a[0], cst(b, l, a[0], 0.0)))
                : Value(arith::CmpIOp::create(b, l, arith::CmpIPredicate::ne,
                                              a[0], cst(b, l, a[0], 0.0)));
        return arith::SelectOp::create(b, l, keep, a[1], a[2]);
      }));
  return success();
}

/// aten.batch_norm(x, weight?, bias?, mean, var, training, momentum, eps,
/// cudnn): inference with the running statistics, per channel (dim 1).
LogicalResult convertBatchNorm(OpConversion &c) {
  Value x = c.tensor(0), mean = c.tensor(3), var = c.tensor(4);
  RankedTensorType out = c.resultType();
  std::optional<bool> training = c.getBool(5);
  std::optional<double> eps = c.getFloat(7);
  if (!x || !out || !mean || !var || !training || !eps || out.getRank() < 2)
    return c.fail("batch_norm needs static shapes, running statistics and "
                  "constant training/eps");
  if (*training)
    return c.fail("batch_norm in training mode is not converted");
  Value w = c.isNone(1) ? Value() : c.tensor(1);
  Value bias = c.isNone(2) ? Value() : c.tensor(2);
  if ((!c.isNone(1) && !w) || (!c.isNone(2) && !bias))
    return c.fail("batch_norm's weight and bias need static shapes");
  SmallVector<Value> inputs{x, mean, var};
  if (w)
    inputs.push_back(w);
  if (bias)
    inputs.push_back(bias);
  OpBuilder &b = c.b;
  AffineMap id = b.getMultiDimIdentityMap(out.getRank());
  AffineMap ch =
      AffineMap::get(out.getRank(), 0, b.getAffineDimExpr(1), b.getContext());
  SmallVector<AffineMap> maps{id};
  maps.append(inputs.size() - 1, ch);
  double e = *eps;
  bool hasW = bool(w), hasB = bool(bias);
  c.results.push_back(elementwiseWithMaps(
      b, c.loc, inputs, maps, out,
      [&](OpBuilder &nb, Location l, ValueRange a) -> Value {
        Value centred = sub(nb, l, a[0], a[1]);
        Value denom =
            math::SqrtOp::create(nb, l, add(nb, l, a[2], cst(nb, l, a[2], e)));
        Value r = div(nb, l, centred, denom);
        unsigned next = 3;
        if (hasW)
          r = mul(nb, l, r, a[next++]);
        if (hasB)
          r = add(nb, l, r, a[next++]);
        return r;
      }));
  return success();
}

/// Sums `x` over its trailing `k` dimensions: a tensor of the leading ones.
Value sumTrailing(OpBuilder &b, Location l, Value x, unsigned k) {
  auto t = cast<RankedTensorType>(x.getType());
  unsigned rank = t.getRank();
  auto outType =
      RankedTensorType::get(t.getShape().drop_back(k), t.getElementType());
  Value init = filled(b, l, outType, 0.0);
  SmallVector<AffineExpr> kept;
  for (unsigned d = 0; d + k < rank; ++d)
    kept.push_back(b.getAffineDimExpr(d));
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank),
                              AffineMap::get(rank, 0, kept, b.getContext())};
  SmallVector<utils::IteratorType> iters(rank, utils::IteratorType::parallel);
  for (unsigned d = rank - k; d < rank; ++d)
    iters[d] = utils::IteratorType::reduction;
  return linalg::GenericOp::create(
             b, l, TypeRange{outType}, ValueRange{x}, ValueRange{init}, maps,
             iters,
             [](OpBuilder &nb, Location nl, ValueRange a) {
               linalg::YieldOp::create(nb, nl, add(nb, nl, a[0], a[1]));
             })
      .getResult(0);
}

/// aten.layer_norm(x, normalized_shape, weight?, bias?, eps, cudnn).
LogicalResult convertLayerNorm(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  auto shape = c.getIntList(1);
  std::optional<double> eps = c.getFloat(4);
  if (!x || !out || !shape || !eps || !isa<FloatType>(out.getElementType()))
    return c.fail("layer_norm needs static float shapes and constant "
                  "normalized_shape/eps");
  unsigned k = shape->size(), rank = out.getRank();
  if (k == 0 || k > rank)
    return c.fail("normalized_shape does not fit the input");
  Value w = c.isNone(2) ? Value() : c.tensor(2);
  Value bias = c.isNone(3) ? Value() : c.tensor(3);
  if ((!c.isNone(2) && !w) || (!c.isNone(3) && !bias))
    return c.fail("layer_norm's weight and bias need static shapes");
  OpBuilder &b = c.b;
  Location l = c.loc;
  double count = 1;
  for (int64_t d : *shape)
    count *= double(d);
  SmallVector<AffineExpr> lead, trail;
  for (unsigned d = 0; d < rank; ++d)
    (d + k < rank ? lead : trail).push_back(b.getAffineDimExpr(d));
  AffineMap id = b.getMultiDimIdentityMap(rank);
  AffineMap leadMap = AffineMap::get(rank, 0, lead, b.getContext());
  AffineMap trailMap = AffineMap::get(rank, 0, trail, b.getContext());
  Value sum = sumTrailing(b, l, x, k);
  // x - mean, then its variance.
  Value centred = elementwiseWithMaps(
      b, l, {x, sum}, {id, leadMap}, out,
      [&](OpBuilder &nb, Location nl, ValueRange a) -> Value {
        return sub(nb, nl, a[0], div(nb, nl, a[1], cst(nb, nl, a[1], count)));
      });
  Value squares = elementwise(b, l, {centred}, out,
                              [](OpBuilder &nb, Location nl, ValueRange a) {
                                return mul(nb, nl, a[0], a[0]);
                              });
  Value sq = sumTrailing(b, l, squares, k);
  SmallVector<Value> inputs{centred, sq};
  SmallVector<AffineMap> maps{id, leadMap};
  if (w) {
    inputs.push_back(w);
    maps.push_back(trailMap);
  }
  if (bias) {
    inputs.push_back(bias);
    maps.push_back(trailMap);
  }
  double e = *eps;
  bool hasW = bool(w), hasB = bool(bias);
  c.results.push_back(elementwiseWithMaps(
      b, l, inputs, maps, out,
      [&](OpBuilder &nb, Location nl, ValueRange a) -> Value {
        Value var = div(nb, nl, a[1], cst(nb, nl, a[1], count));
        Value r = mul(nb, nl, a[0],
                      math::RsqrtOp::create(
                          nb, nl, add(nb, nl, var, cst(nb, nl, var, e))));
        unsigned next = 2;
        if (hasW)
          r = mul(nb, nl, r, a[next++]);
        if (hasB)
          r = add(nb, nl, r, a[next++]);
        return r;
      }));
  return success();
}

/// aten.softmax.int / aten._softmax / aten.log_softmax.int.
LogicalResult convertSoftmax(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  std::optional<int64_t> dim = c.getInt(1);
  if (!x || !out || !dim || !isa<FloatType>(out.getElementType()))
    return c.fail("softmax needs a static float tensor and a constant dim");
  int64_t d = *dim < 0 ? *dim + out.getRank() : *dim;
  if (d < 0 || d >= out.getRank())
    return c.fail("softmax dim out of range");
  if (x.getType() != out)
    x = elementwise(c.b, c.loc, {x}, out,
                    [](OpBuilder &, Location, ValueRange a) { return a[0]; });
  Value init =
      tensor::EmptyOp::create(c.b, c.loc, out.getShape(), out.getElementType());
  Value r = linalg::SoftmaxOp::create(c.b, c.loc, TypeRange{out}, x, init, d)
                .getResult()[0];
  if (StringRef(c.name).contains("log_softmax"))
    r = elementwise(c.b, c.loc, {r}, out,
                    [](OpBuilder &b, Location l, ValueRange a) -> Value {
                      return math::LogOp::create(b, l, a[0]);
                    });
  c.results.push_back(r);
  return success();
}
} // namespace

void torch_import::addElementwiseConverters(ConverterTable &table) {
  for (StringRef n :
       {"aten.relu",  "aten.gelu",       "aten.sigmoid",     "aten.tanh",
        "aten.silu",  "aten.hardswish",  "aten.hardsigmoid", "aten.hardtanh",
        "aten.clamp", "aten.leaky_relu", "aten.exp",         "aten.log",
        "aten.sqrt",  "aten.rsqrt",      "aten.erf",         "aten.neg",
        "aten.abs",   "aten.reciprocal", "aten.to.dtype",    "aten._to_copy"})
    table[n] = convertUnary;
  for (StringRef n :
       {"aten.dropout", "aten.contiguous", "aten.clone", "aten.detach",
        "aten.alias", "aten.lift_fresh_copy", "tensor_static_info_cast"})
    table[n] = convertIdentity;
  for (StringRef n : {"aten.add.Tensor", "aten.sub.Tensor", "aten.mul.Tensor",
                      "aten.div.Tensor", "aten.add.Scalar", "aten.sub.Scalar",
                      "aten.mul.Scalar", "aten.div.Scalar", "aten.rsub.Scalar",
                      "aten.pow.Tensor_Scalar", "aten.maximum", "aten.minimum"})
    table[n] = convertBinary;
  table["aten.where.self"] = convertWhere;
  table["aten.batch_norm"] = convertBatchNorm;
  table["aten.layer_norm"] = convertLayerNorm;
  for (StringRef n :
       {"aten.softmax.int", "aten._softmax", "aten.log_softmax.int"})
    table[n] = convertSoftmax;
}
