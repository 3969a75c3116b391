//===- TorchContractions.cpp - The torch operations that carry the MACs --===//
//
// Convolutions, linear layers, matrix products and attention become the
// linalg named operations torch-mlir's own lowering produces, so that
// `--accel-map` sees the same IR from either source: `tensor.pad` +
// `linalg.conv_2d_nchw_fchw` (depthwise and grouped variants), a
// transposed weight into `linalg.matmul` for `linear`, and
// `linalg.batch_matmul` for batched products. Weights stay the constants
// they were, reshaped as data where a layout needs it.
//
//===----------------------------------------------------------------------===//

#include "TorchImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <cmath>
#include <limits>

using namespace mlir;
using namespace sparseaccel;
using namespace sparseaccel::torch_import;

namespace {
int64_t product(ArrayRef<int64_t> dims) {
  int64_t p = 1;
  for (int64_t d : dims)
    p *= d;
  return p;
}

RankedTensorType tensorOf(ArrayRef<int64_t> shape, Type elt) {
  return RankedTensorType::get(shape, elt);
}

ArrayRef<int64_t> shapeOf(Value v) {
  return cast<RankedTensorType>(v.getType()).getShape();
}

/// A list operand of `n` entries, a single entry repeated.
std::optional<SmallVector<int64_t>> spatialList(OpConversion &c, unsigned i,
                                                unsigned n) {
  auto l = c.getIntList(i);
  if (!l)
    return std::nullopt;
  if (l->size() == 1)
    l->assign(n, (*l)[0]);
  if (l->size() != n)
    return std::nullopt;
  return l;
}

Value addBias(OpBuilder &b, Location loc, Value v, Value bias, unsigned dim) {
  auto out = cast<RankedTensorType>(v.getType());
  AffineMap id = b.getMultiDimIdentityMap(out.getRank());
  AffineMap perChannel =
      AffineMap::get(out.getRank(), 0, b.getAffineDimExpr(dim), b.getContext());
  return elementwiseWithMaps(
      b, loc, {v, bias}, {id, perChannel}, out,
      [](OpBuilder &nb, Location nl, ValueRange a) -> Value {
        return arith::AddFOp::create(nb, nl, a[0], a[1]);
      });
}

/// aten.convolution, aten._convolution, aten.conv2d, aten.conv1d.
LogicalResult convertConvolution(OpConversion &c) {
  StringRef name = StringRef(c.name);
  bool shortForm = name.ends_with("conv1d") || name.ends_with("conv2d");
  Value x = c.tensor(0), w = c.tensor(1);
  RankedTensorType out = c.resultType();
  if (!x || !w || !out)
    return c.fail("convolution operands and result need static shapes");
  int64_t spatial = shapeOf(x).size() - 2;
  if (spatial != 1 && spatial != 2)
    return c.fail("only 1-D and 2-D convolutions are converted (this one "
                  "is " +
                  Twine(spatial) + "-D)");
  auto stride = spatialList(c, 3, spatial), pad = spatialList(c, 4, spatial),
       dil = spatialList(c, 5, spatial);
  std::optional<int64_t> groups = c.getInt(shortForm ? 6 : 8);
  std::optional<bool> transposed = shortForm ? false : c.getBool(6);
  if (!stride || !pad || !dil || !groups || !transposed)
    return c.fail("stride, padding, dilation, groups and transposed must be "
                  "constant (a padding string such as \"same\" is not "
                  "converted)");
  if (*transposed)
    return c.fail("transposed convolutions are not converted");
  Value bias;
  if (!c.isNone(2) && !(bias = c.tensor(2)))
    return c.fail("the bias needs a static shape");
  ArrayRef<int64_t> xs = shapeOf(x), ws = shapeOf(w);
  int64_t C = xs[1], F = ws[0], G = *groups;
  if (G < 1 || C % G || F % G || ws[1] * G != C)
    return c.fail("groups=" + Twine(G) +
                  " does not divide the channels of input and weight");
  bool depthwise = G > 1 && G == C && F == C;
  if (spatial == 1 && G != 1)
    return c.fail("grouped 1-D convolutions are not converted");

  OpBuilder &b = c.b;
  Type elt = out.getElementType();
  Attribute strides = b.getI64VectorAttr(*stride),
            dilations = b.getI64VectorAttr(*dil);
  Value xp = padded(b, c.loc, x, *pad, *pad, 0.0);
  Value result;
  if (spatial == 1) {
    Value init = filled(b, c.loc, out, 0.0);
    result = linalg::Conv1DNcwFcwOp::create(b, c.loc, TypeRange{out},
                                            ValueRange{xp, w}, init, strides,
                                            dilations)
                 .getResult(0);
  } else if (G == 1) {
    Value init = filled(b, c.loc, out, 0.0);
    result = linalg::Conv2DNchwFchwOp::create(b, c.loc, TypeRange{out},
                                              ValueRange{xp, w}, init, strides,
                                              dilations)
                 .getResult(0);
  } else if (depthwise) {
    Value w3 = reshapeTo(b, c.loc, w, {C, ws[2], ws[3]});
    Value init = filled(b, c.loc, out, 0.0);
    result = linalg::DepthwiseConv2DNchwChwOp::create(b, c.loc, TypeRange{out},
                                                      ValueRange{xp, w3}, init,
                                                      strides, dilations)
                 .getResult(0);
  } else {
    ArrayRef<int64_t> ps = shapeOf(xp), os = out.getShape();
    Value xg = reshapeTo(b, c.loc, xp, {ps[0], G, C / G, ps[2], ps[3]});
    Value wg = reshapeTo(b, c.loc, w, {G, F / G, C / G, ws[2], ws[3]});
    auto outG = tensorOf({os[0], G, F / G, os[2], os[3]}, elt);
    Value init = filled(b, c.loc, outG, 0.0);
    Value r = linalg::Conv2DNgchwGfchwOp::create(b, c.loc, TypeRange{outG},
                                                 ValueRange{xg, wg}, init,
                                                 strides, dilations)
                  .getResult(0);
    result = reshapeTo(b, c.loc, r, os);
  }
  if (bias)
    result = addBias(b, c.loc, result, bias, 1);
  c.results.push_back(result);
  return success();
}

Value matmul2d(OpBuilder &b, Location loc, Value a, Value m, Type elt) {
  auto t = tensorOf({shapeOf(a)[0], shapeOf(m)[1]}, elt);
  Value init = filled(b, loc, t, 0.0);
  return linalg::MatmulOp::create(b, loc, TypeRange{t}, ValueRange{a, m},
                                  ValueRange{init})
      .getResult(0);
}

Value batchMatmul(OpBuilder &b, Location loc, Value a, Value m, Type elt) {
  auto t = tensorOf({shapeOf(a)[0], shapeOf(a)[1], shapeOf(m)[2]}, elt);
  Value init = filled(b, loc, t, 0.0);
  return linalg::BatchMatmulOp::create(b, loc, TypeRange{t}, ValueRange{a, m},
                                       ValueRange{init})
      .getResult(0);
}

/// aten.linear(x, w[N,K], b?): x collapsed to [M,K] times the transposed
/// weight, as torch-mlir lowers it.
LogicalResult convertLinear(OpConversion &c) {
  Value x = c.tensor(0), w = c.tensor(1);
  RankedTensorType out = c.resultType();
  if (!x || !w || !out || shapeOf(w).size() != 2 || shapeOf(x).empty())
    return c.fail("linear needs a static input, a static 2-D weight and a "
                  "static result");
  Value bias;
  if (!c.isNone(2) && !(bias = c.tensor(2)))
    return c.fail("the bias needs a static shape");
  ArrayRef<int64_t> xs = shapeOf(x);
  int64_t K = xs.back(), M = product(xs.drop_back()), N = shapeOf(w)[0];
  if (shapeOf(w)[1] != K)
    return c.fail("the weight's inner size does not match the input's");
  OpBuilder &b = c.b;
  Value x2 = reshapeTo(b, c.loc, x, {M, K});
  Value wT = transposed(b, c.loc, w, {1, 0});
  Value r = matmul2d(b, c.loc, x2, wT, out.getElementType());
  if (bias)
    r = elementwise(b, c.loc, {r, bias}, cast<RankedTensorType>(r.getType()),
                    [](OpBuilder &nb, Location nl, ValueRange a) -> Value {
                      return arith::AddFOp::create(nb, nl, a[0], a[1]);
                    });
  (void)N;
  c.results.push_back(reshapeTo(b, c.loc, r, out.getShape()));
  return success();
}

/// `v` broadcast to `shape` (numpy rules), or `v` when it has that shape.
Value broadcastTo(OpBuilder &b, Location loc, Value v,
                  ArrayRef<int64_t> shape) {
  if (shapeOf(v) == shape)
    return v;
  auto t =
      tensorOf(shape, cast<RankedTensorType>(v.getType()).getElementType());
  return elementwise(b, loc, {v}, t,
                     [](OpBuilder &, Location, ValueRange a) { return a[0]; });
}

/// The product of `a` and `m` with torch.matmul's rank rules, as a value of
/// shape `out`.
FailureOr<Value> matmulND(OpConversion &c, Value a, Value m,
                          RankedTensorType out) {
  OpBuilder &b = c.b;
  Type elt = out.getElementType();
  ArrayRef<int64_t> as = shapeOf(a), ms = shapeOf(m);
  if (as.empty() || ms.empty() || (as.size() == 1 && ms.size() == 1))
    return failure();
  if (as.size() == 1)
    a = reshapeTo(b, c.loc, a, {1, as[0]});
  if (ms.size() == 1)
    m = reshapeTo(b, c.loc, m, {ms[0], 1});
  as = shapeOf(a);
  ms = shapeOf(m);
  int64_t M = as[as.size() - 2], K = as.back(), N = ms.back();
  if (ms[ms.size() - 2] != K)
    return failure();
  Value r;
  if (ms.size() == 2) {
    // Batch dimensions of `a` (if any) fold into its rows.
    Value a2 = reshapeTo(b, c.loc, a, {product(as.drop_back()), K});
    r = matmul2d(b, c.loc, a2, m, elt);
  } else {
    // Broadcast both batch shapes to the result's, then one batch matmul.
    SmallVector<int64_t> batch(
        out.getShape().drop_back(std::min<size_t>(out.getRank(), 2)));
    if (batch.empty())
      return failure();
    SmallVector<int64_t> aFull(batch), mFull(batch);
    aFull.append({M, K});
    mFull.append({K, N});
    Value ab = broadcastTo(b, c.loc, a, aFull),
          mb = broadcastTo(b, c.loc, m, mFull);
    int64_t B = product(batch);
    r = batchMatmul(b, c.loc, reshapeTo(b, c.loc, ab, {B, M, K}),
                    reshapeTo(b, c.loc, mb, {B, K, N}), elt);
  }
  return reshapeTo(b, c.loc, r, out.getShape());
}

LogicalResult convertMatmul(OpConversion &c) {
  Value a = c.tensor(0), m = c.tensor(1);
  RankedTensorType out = c.resultType();
  if (!a || !m || !out)
    return c.fail("matrix product operands and result need static shapes");
  StringRef name = StringRef(c.name);
  if (name.ends_with(".mm") &&
      (shapeOf(a).size() != 2 || shapeOf(m).size() != 2))
    return c.fail("aten.mm needs 2-D operands");
  if (name.ends_with(".bmm") &&
      (shapeOf(a).size() != 3 || shapeOf(m).size() != 3))
    return c.fail("aten.bmm needs 3-D operands");
  FailureOr<Value> r = matmulND(c, a, m, out);
  if (failed(r))
    return c.fail("operand shapes " + Twine(shapeOf(a).size()) + "-D x " +
                  Twine(shapeOf(m).size()) +
                  "-D are not a matrix product this conversion knows");
  c.results.push_back(*r);
  return success();
}

/// aten.addmm / aten.baddbmm (input, a, b, beta, alpha):
/// beta * input + alpha * (a @ b).
LogicalResult convertAddMatmul(OpConversion &c) {
  Value in = c.tensor(0), a = c.tensor(1), m = c.tensor(2);
  RankedTensorType out = c.resultType();
  std::optional<double> beta = c.numOperands() > 3 ? c.getFloat(3) : 1.0,
                        alpha = c.numOperands() > 4 ? c.getFloat(4) : 1.0;
  if (!in || !a || !m || !out || !beta || !alpha)
    return c.fail("addmm/baddbmm need static shapes and constant beta/alpha");
  FailureOr<Value> r = matmulND(c, a, m, out);
  if (failed(r))
    return c.fail("operand shapes are not a matrix product");
  double be = *beta, al = *alpha;
  c.results.push_back(elementwise(
      c.b, c.loc, {*r, in}, out,
      [&](OpBuilder &nb, Location nl, ValueRange v) -> Value {
        Type t = v[0].getType();
        Value p = v[0], q = v[1];
        if (al != 1.0)
          p = arith::MulFOp::create(nb, nl, p, scalarConstant(nb, nl, t, al));
        if (be != 1.0)
          q = arith::MulFOp::create(nb, nl, q, scalarConstant(nb, nl, t, be));
        return arith::AddFOp::create(nb, nl, p, q);
      }));
  return success();
}

/// aten.scaled_dot_product_attention(q, k, v, mask?, dropout_p, is_causal,
/// scale?): softmax(q k^T * scale + mask) v, with the leading dimensions
/// folded into one batch; dropout is an inference no-op.
LogicalResult convertAttention(OpConversion &c) {
  Value q = c.tensor(0), k = c.tensor(1), v = c.tensor(2);
  RankedTensorType out = c.resultType();
  if (!q || !k || !v || !out || shapeOf(q).size() < 3)
    return c.fail("attention operands need static shapes of rank >= 3");
  Value mask;
  if (!c.isNone(3) && !(mask = c.tensor(3)))
    return c.fail("the attention mask needs a static shape");
  std::optional<bool> causal = c.numOperands() > 5 ? c.getBool(5) : false;
  std::optional<double> scale;
  if (c.numOperands() > 6 && !c.isNone(6))
    if (!(scale = c.getFloat(6)))
      return c.fail("the attention scale must be constant");
  if (!causal)
    return c.fail("is_causal must be constant");
  ArrayRef<int64_t> qs = shapeOf(q), ks = shapeOf(k), vs = shapeOf(v);
  int64_t L = qs[qs.size() - 2], E = qs.back(), S = ks[ks.size() - 2],
          Ev = vs.back();
  int64_t B = product(qs.drop_back(2));
  if (product(ks.drop_back(2)) != B || product(vs.drop_back(2)) != B ||
      ks.back() != E || vs[vs.size() - 2] != S)
    return c.fail("query, key and value shapes do not agree");
  OpBuilder &b = c.b;
  Location loc = c.loc;
  Type elt = out.getElementType();
  double sc = scale ? *scale : 1.0 / std::sqrt(double(E));
  Value q3 = reshapeTo(b, loc, q, {B, L, E});
  Value kT = transposed(b, loc, reshapeTo(b, loc, k, {B, S, E}), {0, 2, 1});
  Value s = batchMatmul(b, loc, q3, kT, elt);
  auto sType = cast<RankedTensorType>(s.getType());
  bool isCausal = *causal;
  double negInf = -std::numeric_limits<double>::infinity();
  // Scale, then the causal mask (key after query: -inf).
  s = elementwise(b, loc, {s}, sType,
                  [&](OpBuilder &nb, Location nl, ValueRange a) -> Value {
                    Value r = arith::MulFOp::create(
                        nb, nl, a[0], scalarConstant(nb, nl, elt, sc));
                    if (!isCausal)
                      return r;
                    Value i = linalg::IndexOp::create(nb, nl, 1);
                    Value j = linalg::IndexOp::create(nb, nl, 2);
                    Value later = arith::CmpIOp::create(
                        nb, nl, arith::CmpIPredicate::ugt, j, i);
                    return arith::SelectOp::create(
                        nb, nl, later, scalarConstant(nb, nl, elt, negInf), r);
                  });
  if (mask) {
    // The mask broadcasts against [lead..., L, S]; a boolean one keeps
    // where true.
    SmallVector<int64_t> full(qs.drop_back(2));
    full.append({L, S});
    auto fullType = tensorOf(full, elt);
    bool boolean =
        cast<RankedTensorType>(mask.getType()).getElementType().isInteger(1);
    Value m = elementwise(
        b, loc, {reshapeTo(b, loc, s, full), mask}, fullType,
        [&](OpBuilder &nb, Location nl, ValueRange a) -> Value {
          if (!boolean)
            return arith::AddFOp::create(nb, nl, a[0], a[1]);
          Value keep = arith::CmpFOp::create(
              nb, nl, arith::CmpFPredicate::UNE, a[1],
              scalarConstant(nb, nl, a[1].getType(), 0.0));
          return arith::SelectOp::create(nb, nl, keep, a[0],
                                         scalarConstant(nb, nl, elt, negInf));
        });
    s = reshapeTo(b, loc, m, {B, L, S});
  }
  Value init = tensor::EmptyOp::create(b, loc, sType.getShape(), elt);
  Value p = linalg::SoftmaxOp::create(b, loc, TypeRange{sType}, s, init, 2)
                .getResult()[0];
  Value o = batchMatmul(b, loc, p, reshapeTo(b, loc, v, {B, S, Ev}), elt);
  c.results.push_back(reshapeTo(b, loc, o, out.getShape()));
  return success();
}
} // namespace

void torch_import::addContractionConverters(ConverterTable &table) {
  for (StringRef n :
       {"aten.convolution", "aten._convolution", "aten.conv2d", "aten.conv1d"})
    table[n] = convertConvolution;
  table["aten.linear"] = convertLinear;
  for (StringRef n : {"aten.mm", "aten.bmm", "aten.matmul"})
    table[n] = convertMatmul;
  table["aten.addmm"] = convertAddMatmul;
  table["aten.baddbmm"] = convertAddMatmul;
  table["aten.scaled_dot_product_attention"] = convertAttention;
}
