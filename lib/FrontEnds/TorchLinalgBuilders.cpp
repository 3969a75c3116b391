//===- TorchLinalgBuilders.cpp - linalg pieces the torch converters share -===//

#include "TorchImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Utils/ReshapeOpsUtils.h"
#include "mlir/IR/DialectResourceBlobManager.h"

using namespace mlir;
using namespace sparseaccel;
using namespace sparseaccel::torch_import;

Value torch_import::scalarConstant(OpBuilder &b, Location loc, Type type,
                                   double value) {
  if (auto f = dyn_cast<FloatType>(type))
    return arith::ConstantOp::create(b, loc, b.getFloatAttr(f, value));
  return arith::ConstantOp::create(
      b, loc, b.getIntegerAttr(type, static_cast<int64_t>(value)));
}

Value torch_import::filled(OpBuilder &b, Location loc, RankedTensorType type,
                           double value) {
  Value empty =
      tensor::EmptyOp::create(b, loc, type.getShape(), type.getElementType());
  Value v = scalarConstant(b, loc, type.getElementType(), value);
  return linalg::FillOp::create(b, loc, v, empty).getResult(0);
}

Value torch_import::castScalar(OpBuilder &b, Location loc, Value v, Type to) {
  Type from = v.getType();
  if (from == to)
    return v;
  auto fi = dyn_cast<IntegerType>(from), ti = dyn_cast<IntegerType>(to);
  auto ff = dyn_cast<FloatType>(from), tf = dyn_cast<FloatType>(to);
  if (fi && tf)
    return fi.getWidth() == 1 ? Value(arith::UIToFPOp::create(b, loc, to, v))
                              : Value(arith::SIToFPOp::create(b, loc, to, v));
  if (ff && ti)
    return arith::FPToSIOp::create(b, loc, to, v);
  if (ff && tf)
    return ff.getWidth() < tf.getWidth()
               ? Value(arith::ExtFOp::create(b, loc, to, v))
               : Value(arith::TruncFOp::create(b, loc, to, v));
  if (fi && ti)
    return fi.getWidth() < ti.getWidth()
               ? Value(arith::ExtSIOp::create(b, loc, to, v))
               : Value(arith::TruncIOp::create(b, loc, to, v));
  return v;
}

Value torch_import::elementwiseWithMaps(OpBuilder &b, Location loc,
                                        ValueRange inputs,
                                        ArrayRef<AffineMap> maps,
                                        RankedTensorType out, ScalarBody body) {
  Value init =
      tensor::EmptyOp::create(b, loc, out.getShape(), out.getElementType());
  SmallVector<AffineMap> all(maps.begin(), maps.end());
  all.push_back(b.getMultiDimIdentityMap(out.getRank()));
  SmallVector<utils::IteratorType> iters(out.getRank(),
                                         utils::IteratorType::parallel);
  Type elt = out.getElementType();
  auto generic = linalg::GenericOp::create(
      b, loc, TypeRange{out}, inputs, ValueRange{init}, all, iters,
      [&](OpBuilder &nb, Location nl, ValueRange args) {
        SmallVector<Value> ins;
        for (Value a : args.drop_back())
          ins.push_back(castScalar(nb, nl, a, elt));
        Value r = castScalar(nb, nl, body(nb, nl, ins), elt);
        linalg::YieldOp::create(nb, nl, r);
      });
  return generic.getResult(0);
}

Value torch_import::elementwise(OpBuilder &b, Location loc, ValueRange inputs,
                                RankedTensorType out, ScalarBody body) {
  SmallVector<AffineMap> maps;
  int64_t rank = out.getRank();
  for (Value in : inputs) {
    auto t = cast<RankedTensorType>(in.getType());
    SmallVector<AffineExpr> exprs;
    int64_t lead = rank - t.getRank();
    for (int64_t d = 0; d < t.getRank(); ++d) {
      bool broadcast = t.getDimSize(d) == 1 && out.getDimSize(lead + d) != 1;
      exprs.push_back(broadcast ? b.getAffineConstantExpr(0)
                                : b.getAffineDimExpr(lead + d));
    }
    maps.push_back(AffineMap::get(rank, 0, exprs, b.getContext()));
  }
  return elementwiseWithMaps(b, loc, inputs, maps, out, body);
}

Value torch_import::reshapeTo(OpBuilder &b, Location loc, Value value,
                              ArrayRef<int64_t> shape) {
  auto src = cast<RankedTensorType>(value.getType());
  auto dst = RankedTensorType::get(shape, src.getElementType());
  if (src == dst)
    return value;
  // A constant is reshaped as data: its zeros stay measurable.
  if (auto cst = value.getDefiningOp<arith::ConstantOp>()) {
    if (auto dense = dyn_cast<DenseElementsAttr>(cst.getValue()))
      return arith::ConstantOp::create(b, loc, dst, dense.reshape(dst));
    if (auto res = dyn_cast<DenseResourceElementsAttr>(cst.getValue()))
      return arith::ConstantOp::create(
          b, loc, dst, DenseResourceElementsAttr::get(dst, res.getRawHandle()));
  }
  if (src.getRank() > dst.getRank()) {
    if (auto re = getReassociationIndicesForCollapse(src.getShape(), shape))
      return tensor::CollapseShapeOp::create(b, loc, dst, value, *re);
  } else if (src.getRank() < dst.getRank()) {
    if (auto re = getReassociationIndicesForCollapse(shape, src.getShape()))
      return tensor::ExpandShapeOp::create(b, loc, dst, value, *re);
  }
  // Neither one collapse nor one expansion: through one dimension.
  auto flat =
      RankedTensorType::get({src.getNumElements()}, src.getElementType());
  SmallVector<ReassociationIndices> toFlat(1), fromFlat(1);
  for (int64_t d = 0; d < src.getRank(); ++d)
    toFlat[0].push_back(d);
  for (int64_t d = 0; d < dst.getRank(); ++d)
    fromFlat[0].push_back(d);
  Value v = value;
  if (src.getRank() != 1)
    v = tensor::CollapseShapeOp::create(b, loc, flat, v, toFlat);
  if (dst.getRank() == 1)
    return v;
  return tensor::ExpandShapeOp::create(b, loc, dst, v, fromFlat);
}

Value torch_import::transposed(OpBuilder &b, Location loc, Value value,
                               ArrayRef<int64_t> perm) {
  auto src = cast<RankedTensorType>(value.getType());
  SmallVector<int64_t> shape;
  for (int64_t p : perm)
    shape.push_back(src.getDimSize(p));
  Value init = tensor::EmptyOp::create(b, loc, shape, src.getElementType());
  return linalg::TransposeOp::create(b, loc, value, init, perm).getResult()[0];
}

Value torch_import::padded(OpBuilder &b, Location loc, Value value,
                           ArrayRef<int64_t> low, ArrayRef<int64_t> high,
                           double pad) {
  auto src = cast<RankedTensorType>(value.getType());
  int64_t lead = src.getRank() - int64_t(low.size());
  SmallVector<int64_t> lo(lead, 0), hi(lead, 0), shape;
  lo.append(low.begin(), low.end());
  hi.append(high.begin(), high.end());
  if (llvm::all_of(lo, [](int64_t v) { return v == 0; }) &&
      llvm::all_of(hi, [](int64_t v) { return v == 0; }))
    return value;
  for (int64_t d = 0; d < src.getRank(); ++d)
    shape.push_back(src.getDimSize(d) + lo[d] + hi[d]);
  auto type = RankedTensorType::get(shape, src.getElementType());
  Value padValue = scalarConstant(b, loc, src.getElementType(), pad);
  SmallVector<OpFoldResult> l, h;
  for (int64_t d = 0; d < src.getRank(); ++d) {
    l.push_back(b.getIndexAttr(lo[d]));
    h.push_back(b.getIndexAttr(hi[d]));
  }
  return tensor::PadOp::create(b, loc, type, value, l, h, padValue);
}
