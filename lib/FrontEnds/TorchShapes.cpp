//===- TorchShapes.cpp - torch's shape, pooling and gather operations ----===//
//
// Reshapes take their target from the declared result type (torch-mlir has
// inferred it), so the size lists need not fold; permutations, slices,
// concatenation and broadcasting map to tensor/linalg operations; pooling to
// linalg's pooling operations with padding and ceil mode made explicit.
//
//===----------------------------------------------------------------------===//

#include "TorchImporter.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"

#include <limits>

using namespace mlir;
using namespace sparseaccel;
using namespace sparseaccel::torch_import;

namespace {
int64_t normDim(int64_t d, int64_t rank) { return d < 0 ? d + rank : d; }

/// view, reshape, flatten, unflatten, squeeze, unsqueeze: to the result's
/// declared shape.
LogicalResult convertReshape(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  if (!x || !out)
    return c.fail("reshapes are converted between static shapes only");
  if (cast<RankedTensorType>(x.getType()).getNumElements() !=
      out.getNumElements())
    return c.fail("the declared result does not hold as many elements as "
                  "the input");
  c.results.push_back(reshapeTo(c.b, c.loc, x, out.getShape()));
  return success();
}

/// permute, transpose.int, t, numpy_T.
LogicalResult convertPermute(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  if (!x || !out)
    return c.fail("needs static shapes");
  int64_t rank = out.getRank();
  SmallVector<int64_t> perm;
  StringRef n = StringRef(c.name);
  if (n.ends_with("permute")) {
    auto dims = c.getIntList(1);
    if (!dims || int64_t(dims->size()) != rank)
      return c.fail("the permutation must be a constant list");
    for (int64_t d : *dims)
      perm.push_back(normDim(d, rank));
  } else {
    for (int64_t d = 0; d < rank; ++d)
      perm.push_back(d);
    if (n.ends_with("transpose.int")) {
      auto a = c.getInt(1), b = c.getInt(2);
      if (!a || !b)
        return c.fail("the transposed dims must be constants");
      std::swap(perm[normDim(*a, rank)], perm[normDim(*b, rank)]);
    } else {
      std::reverse(perm.begin(), perm.end());
    }
  }
  SmallVector<int64_t> sorted(perm);
  llvm::sort(sorted);
  for (int64_t d = 0; d < rank; ++d)
    if (sorted[d] != d)
      return c.fail("not a permutation");
  c.results.push_back(transposed(c.b, c.loc, x, perm));
  return success();
}

/// aten.cat(list, dim).
LogicalResult convertCat(OpConversion &c) {
  auto inputs = c.getTensorList(0);
  std::optional<int64_t> dim = c.getInt(1);
  RankedTensorType out = c.resultType();
  if (!inputs || inputs->empty() || !dim || !out)
    return c.fail("cat needs a list of static tensors and a constant dim");
  c.results.push_back(tensor::ConcatOp::create(
      c.b, c.loc, normDim(*dim, out.getRank()), *inputs));
  return success();
}

/// aten.slice.Tensor(x, dim, start?, end?, step): sizes from the result.
LogicalResult convertSlice(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  std::optional<int64_t> dim = c.getInt(1), step = c.getInt(4);
  std::optional<int64_t> start = c.isNone(2) ? 0 : c.getInt(2);
  if (!x || !out || !dim || !step || !start || *step < 1)
    return c.fail("slice needs static shapes and constant dim/start/step");
  auto in = cast<RankedTensorType>(x.getType());
  int64_t d = normDim(*dim, in.getRank()), size = in.getDimSize(d);
  int64_t s = *start < 0 ? *start + size : *start;
  s = std::clamp<int64_t>(s, 0, size);
  SmallVector<OpFoldResult> offsets, sizes, strides;
  for (int64_t i = 0; i < in.getRank(); ++i) {
    offsets.push_back(c.b.getIndexAttr(i == d ? s : 0));
    sizes.push_back(c.b.getIndexAttr(out.getDimSize(i)));
    strides.push_back(c.b.getIndexAttr(i == d ? *step : 1));
  }
  c.results.push_back(tensor::ExtractSliceOp::create(c.b, c.loc, out, x,
                                                     offsets, sizes, strides));
  return success();
}

/// aten.select.int(x, dim, index): a rank-reducing slice.
LogicalResult convertSelect(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  std::optional<int64_t> dim = c.getInt(1), index = c.getInt(2);
  if (!x || !out || !dim || !index)
    return c.fail("select needs static shapes and constant dim/index");
  auto in = cast<RankedTensorType>(x.getType());
  int64_t d = normDim(*dim, in.getRank());
  int64_t i = *index < 0 ? *index + in.getDimSize(d) : *index;
  SmallVector<OpFoldResult> offsets, sizes, strides;
  for (int64_t k = 0; k < in.getRank(); ++k) {
    offsets.push_back(c.b.getIndexAttr(k == d ? i : 0));
    sizes.push_back(c.b.getIndexAttr(k == d ? 1 : in.getDimSize(k)));
    strides.push_back(c.b.getIndexAttr(1));
  }
  c.results.push_back(tensor::ExtractSliceOp::create(c.b, c.loc, out, x,
                                                     offsets, sizes, strides));
  return success();
}

/// prim.ListUnpack of aten.chunk / aten.split.Tensor /
/// aten.split_with_sizes / aten.unbind.int: one slice per result, along the
/// split dimension, sized by the declared result types.
LogicalResult convertListUnpack(OpConversion &c) {
  Operation *split = c.op->getOperand(0).getDefiningOp();
  StringRef kind = split ? split->getName().getStringRef() : "";
  bool unbind = kind == "torch.aten.unbind.int";
  unsigned dimOperand = unbind ? 1 : 2;
  if (!split || !(unbind || kind == "torch.aten.chunk" ||
                  kind == "torch.aten.split.Tensor" ||
                  kind == "torch.aten.split_with_sizes"))
    return c.fail("unpacks a list that is not made by chunk, split or "
                  "unbind");
  Value x = c.lookup(split->getOperand(0));
  auto in = dyn_cast<RankedTensorType>(x.getType());
  std::optional<int64_t> dim = split->getNumOperands() > dimOperand
                                   ? foldInt(split->getOperand(dimOperand), {})
                                   : std::optional<int64_t>(0);
  if (!in || !in.hasStaticShape() || !dim)
    return c.fail("the split needs a static input and a constant dim");
  int64_t d = normDim(*dim, in.getRank()), offset = 0;
  for (unsigned r = 0; r < c.op->getNumResults(); ++r) {
    RankedTensorType out = c.resultType(r);
    if (!out)
      return c.fail("the unpacked tensors need static shapes");
    int64_t size = unbind ? 1 : out.getDimSize(d);
    SmallVector<OpFoldResult> offsets, sizes, strides;
    for (int64_t k = 0; k < in.getRank(); ++k) {
      offsets.push_back(c.b.getIndexAttr(k == d ? offset : 0));
      sizes.push_back(c.b.getIndexAttr(k == d ? size : in.getDimSize(k)));
      strides.push_back(c.b.getIndexAttr(1));
    }
    c.results.push_back(tensor::ExtractSliceOp::create(
        c.b, c.loc, out, x, offsets, sizes, strides));
    offset += size;
  }
  if (offset > in.getDimSize(d))
    return c.fail("the unpacked tensors are larger than the split input");
  return success();
}

/// expand, broadcast_to, expand_as: broadcast to the declared result.
LogicalResult convertBroadcast(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  if (!x || !out)
    return c.fail("needs static shapes");
  c.results.push_back(
      elementwise(c.b, c.loc, {x}, out,
                  [](OpBuilder &, Location, ValueRange a) { return a[0]; }));
  return success();
}

/// Pooling over NCHW with the window `k`, stride `s`, padding `p`, dilation
/// `d`; the high padding is what the declared output needs (ceil mode).
Value pool(OpConversion &c, Value x, RankedTensorType out, ArrayRef<int64_t> k,
           ArrayRef<int64_t> s, ArrayRef<int64_t> p, ArrayRef<int64_t> d,
           bool isMax) {
  OpBuilder &b = c.b;
  auto in = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> high;
  for (unsigned i = 0; i < 2; ++i) {
    int64_t need = (out.getDimSize(2 + i) - 1) * s[i] + (k[i] - 1) * d[i] + 1;
    high.push_back(std::max<int64_t>(need - in.getDimSize(2 + i) - p[i], 0));
  }
  double lowest = -std::numeric_limits<double>::infinity();
  Value xp = padded(b, c.loc, x, p, high, isMax ? lowest : 0.0);
  Value window = tensor::EmptyOp::create(b, c.loc, k, out.getElementType());
  Value init = filled(b, c.loc, out, isMax ? lowest : 0.0);
  Attribute strides = b.getI64VectorAttr(s), dilations = b.getI64VectorAttr(d);
  if (isMax)
    return linalg::PoolingNchwMaxOp::create(b, c.loc, TypeRange{out},
                                            ValueRange{xp, window}, init,
                                            strides, dilations)
        .getResult(0);
  return linalg::PoolingNchwSumOp::create(b, c.loc, TypeRange{out},
                                          ValueRange{xp, window}, init, strides,
                                          dilations)
      .getResult(0);
}

Value divideBy(OpConversion &c, Value v, double n) {
  auto t = cast<RankedTensorType>(v.getType());
  return elementwise(c.b, c.loc, {v}, t,
                     [n](OpBuilder &b, Location l, ValueRange a) -> Value {
                       return arith::DivFOp::create(
                           b, l, a[0], scalarConstant(b, l, a[0].getType(), n));
                     });
}

std::optional<SmallVector<int64_t>> pair(OpConversion &c, unsigned i,
                                         int64_t dflt) {
  if (c.isNone(i))
    return SmallVector<int64_t>{dflt, dflt};
  auto l = c.getIntList(i);
  if (!l)
    return std::nullopt;
  if (l->empty())
    l->assign(2, dflt);
  if (l->size() == 1)
    l->push_back((*l)[0]);
  if (l->size() != 2)
    return std::nullopt;
  return l;
}

/// aten.max_pool2d(x, kernel, stride, padding, dilation, ceil_mode) and
/// aten.avg_pool2d(x, kernel, stride, padding, ceil_mode,
/// count_include_pad, divisor_override).
LogicalResult convertPool2d(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  bool isMax = StringRef(c.name).contains("max_pool");
  auto k = pair(c, 1, 1);
  std::optional<SmallVector<int64_t>> s = pair(c, 2, 0), p = pair(c, 3, 0);
  auto d = isMax ? pair(c, 4, 1) : std::optional<SmallVector<int64_t>>({1, 1});
  if (!x || !out || out.getRank() != 4 || !k || !s || !p || !d ||
      !isa<FloatType>(out.getElementType()))
    return c.fail("2-D pooling needs static NCHW float tensors and constant "
                  "window parameters");
  // An empty stride means the window.
  if ((*s)[0] == 0)
    s = k;
  double divisor = double((*k)[0] * (*k)[1]);
  if (!isMax) {
    std::optional<bool> includePad = c.getBool(5);
    if (!includePad)
      return c.fail("count_include_pad must be constant");
    if (!c.isNone(6)) {
      std::optional<int64_t> over = c.getInt(6);
      if (!over || *over == 0)
        return c.fail("divisor_override must be a constant");
      divisor = double(*over);
    } else if (!*includePad && ((*p)[0] || (*p)[1])) {
      return c.fail("average pooling that excludes its padding from the "
                    "count is not converted");
    }
  }
  Value r = pool(c, x, out, *k, *s, *p, *d, isMax);
  c.results.push_back(isMax ? r : divideBy(c, r, divisor));
  return success();
}

/// aten.adaptive_avg_pool2d(x, output_size) when the input divides evenly.
LogicalResult convertAdaptiveAvgPool(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  if (!x || !out || out.getRank() != 4)
    return c.fail("needs static NCHW tensors");
  auto in = cast<RankedTensorType>(x.getType());
  SmallVector<int64_t> k, s;
  for (unsigned i = 2; i < 4; ++i) {
    if (in.getDimSize(i) % out.getDimSize(i))
      return c.fail("adaptive pooling whose output does not divide the input "
                    "is not converted");
    k.push_back(in.getDimSize(i) / out.getDimSize(i));
  }
  Value r = pool(c, x, out, k, k, {0, 0}, {1, 1}, /*isMax=*/false);
  c.results.push_back(divideBy(c, r, double(k[0] * k[1])));
  return success();
}

/// aten.mean.dim / aten.sum.dim_IntList (x, dims?, keepdim, dtype) and
/// aten.mean / aten.sum (x, dtype).
LogicalResult convertReduce(OpConversion &c) {
  Value x = c.tensor(0);
  RankedTensorType out = c.resultType();
  if (!x || !out || !isa<FloatType>(out.getElementType()))
    return c.fail("reductions need static float tensors");
  auto in = cast<RankedTensorType>(x.getType());
  int64_t rank = in.getRank();
  StringRef n = StringRef(c.name);
  bool mean = n.contains("mean");
  SmallVector<bool> reduced(rank, true);
  if (n.contains(".dim") && !c.isNone(1)) {
    auto dims = c.getIntList(1);
    if (!dims)
      return c.fail("the reduced dims must be a constant list");
    if (!dims->empty()) {
      reduced.assign(rank, false);
      for (int64_t d : *dims)
        reduced[normDim(d, rank)] = true;
    }
  }
  OpBuilder &b = c.b;
  SmallVector<int64_t> kept;
  SmallVector<AffineExpr> exprs;
  SmallVector<utils::IteratorType> iters;
  double count = 1;
  for (int64_t d = 0; d < rank; ++d) {
    iters.push_back(reduced[d] ? utils::IteratorType::reduction
                               : utils::IteratorType::parallel);
    if (reduced[d]) {
      count *= double(in.getDimSize(d));
    } else {
      kept.push_back(in.getDimSize(d));
      exprs.push_back(b.getAffineDimExpr(d));
    }
  }
  auto keptType = RankedTensorType::get(kept, out.getElementType());
  if (keptType.getNumElements() != out.getNumElements())
    return c.fail("the declared result does not match the reduction");
  Value init = filled(b, c.loc, keptType, 0.0);
  SmallVector<AffineMap> maps{b.getMultiDimIdentityMap(rank),
                              AffineMap::get(rank, 0, exprs, b.getContext())};
  Value r = linalg::GenericOp::create(
                b, c.loc, TypeRange{keptType}, ValueRange{x}, ValueRange{init},
                maps, iters,
                [&](OpBuilder &nb, Location nl, ValueRange a) {
                  Value v = castScalar(nb, nl, a[0], a[1].getType());
                  Value sum = arith::AddFOp::create(nb, nl, v, a[1]);
                  linalg::YieldOp::create(nb, nl, sum);
                })
                .getResult(0);
  if (mean)
    r = divideBy(c, r, count);
  c.results.push_back(reshapeTo(b, c.loc, r, out.getShape()));
  return success();
}

/// aten.embedding(weight, indices, ...): a gather as a linalg.generic that
/// reads the table with tensor.extract.
LogicalResult convertEmbedding(OpConversion &c) {
  Value table = c.tensor(0), indices = c.tensor(1);
  RankedTensorType out = c.resultType();
  if (!table || !indices || !out ||
      cast<RankedTensorType>(table.getType()).getRank() != 2)
    return c.fail("embedding needs a static 2-D table and static indices");
  auto idx = cast<RankedTensorType>(indices.getType());
  if (!isa<IntegerType>(idx.getElementType()))
    return c.fail("embedding indices must be integers");
  OpBuilder &b = c.b;
  int64_t rank = out.getRank();
  SmallVector<AffineExpr> lead;
  for (int64_t d = 0; d + 1 < rank; ++d)
    lead.push_back(b.getAffineDimExpr(d));
  SmallVector<AffineMap> maps{AffineMap::get(rank, 0, lead, b.getContext()),
                              b.getMultiDimIdentityMap(rank)};
  Value init =
      tensor::EmptyOp::create(b, c.loc, out.getShape(), out.getElementType());
  SmallVector<utils::IteratorType> iters(rank, utils::IteratorType::parallel);
  c.results.push_back(
      linalg::GenericOp::create(
          b, c.loc, TypeRange{out}, ValueRange{indices}, ValueRange{init}, maps,
          iters,
          [&](OpBuilder &nb, Location nl, ValueRange a) {
            Value row =
                arith::IndexCastOp::create(nb, nl, nb.getIndexType(), a[0]);
            Value col = linalg::IndexOp::create(nb, nl, rank - 1);
            Value v =
                tensor::ExtractOp::create(nb, nl, table, ValueRange{row, col});
            linalg::YieldOp::create(nb, nl, v);
          })
          .getResult(0));
  return success();
}
} // namespace

void torch_import::addShapeConverters(ConverterTable &table) {
  for (StringRef n : {"aten.view", "aten.reshape", "aten._unsafe_view",
                      "aten.flatten.using_ints", "aten.unflatten.int",
                      "aten.unsqueeze", "aten.squeeze", "aten.squeeze.dim"})
    table[n] = convertReshape;
  for (StringRef n :
       {"aten.permute", "aten.transpose.int", "aten.t", "aten.numpy_T"})
    table[n] = convertPermute;
  table["aten.cat"] = convertCat;
  table["aten.slice.Tensor"] = convertSlice;
  table["aten.select.int"] = convertSelect;
  for (StringRef n : {"aten.expand", "aten.broadcast_to", "aten.expand_as"})
    table[n] = convertBroadcast;
  table["aten.max_pool2d"] = convertPool2d;
  table["aten.avg_pool2d"] = convertPool2d;
  table["aten.adaptive_avg_pool2d"] = convertAdaptiveAvgPool;
  for (StringRef n :
       {"aten.mean.dim", "aten.sum.dim_IntList", "aten.mean", "aten.sum"})
    table[n] = convertReduce;
  table["aten.embedding"] = convertEmbedding;
  table["prim.ListUnpack"] = convertListUnpack;
}
