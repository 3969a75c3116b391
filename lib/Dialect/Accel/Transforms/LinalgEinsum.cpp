//===- LinalgEinsum.cpp - The cost-model Einsum of a linalg operation -----===//
//
// The one place where IR meets the cost model's structs: an Einsum from a
// linalg operation's indexing maps, and a model mapping/cost to and from
// accel attributes.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Dialect/Accel/Transforms/LinalgEinsum.h"

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Dialect/Fiber/Utils/ConstantData.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/IR/AffineExpr.h"
#include "mlir/IR/Builders.h"
#include "mlir/IR/Matchers.h"

#include <cmath>

using namespace mlir;
using namespace mlir::accel;
using namespace sparseaccel::model;

/// Follows casts (extension, truncation, int/float conversions).
static Value skipCasts(Value v) {
  while (Operation *def = v.getDefiningOp()) {
    if (!isa<arith::ExtFOp, arith::ExtSIOp, arith::ExtUIOp, arith::TruncFOp,
             arith::TruncIOp, arith::SIToFPOp, arith::UIToFPOp>(def))
      break;
    v = def->getOperand(0);
  }
  return v;
}

/// True when the body computes out + in0 * in1 (in any operand order).
static bool isMultiplyAccumulate(linalg::LinalgOp op) {
  Block *body = op.getBlock();
  if (!body || body->getNumArguments() != 3)
    return false;
  auto yield = dyn_cast<linalg::YieldOp>(body->getTerminator());
  if (!yield || yield.getNumOperands() != 1)
    return false;
  Operation *add = yield.getOperand(0).getDefiningOp();
  if (!add || !isa<arith::AddFOp, arith::AddIOp>(add))
    return false;
  Value acc = body->getArgument(2);
  for (int i = 0; i < 2; ++i) {
    Value a = add->getOperand(i), m = add->getOperand(1 - i);
    if (a != acc)
      continue;
    Operation *mul = m.getDefiningOp();
    if (!mul || !isa<arith::MulFOp, arith::MulIOp>(mul))
      return false;
    Value x = skipCasts(mul->getOperand(0)), y = skipCasts(mul->getOperand(1));
    return (x == body->getArgument(0) && y == body->getArgument(1)) ||
           (x == body->getArgument(1) && y == body->getArgument(0));
  }
  return false;
}

/// An affine expression as a sum of coefficient * dimension terms.
static LogicalResult linearTerms(AffineExpr e,
                                 std::vector<ProjectionTerm> &terms,
                                 int64_t scale = 1) {
  if (auto d = dyn_cast<AffineDimExpr>(e)) {
    terms.push_back({d.getPosition(), scale});
    return success();
  }
  if (isa<AffineConstantExpr>(e))
    return success(); // an offset moves the window, not its size
  auto bin = dyn_cast<AffineBinaryOpExpr>(e);
  if (!bin)
    return failure();
  if (bin.getKind() == AffineExprKind::Add)
    return success(succeeded(linearTerms(bin.getLHS(), terms, scale)) &&
                   succeeded(linearTerms(bin.getRHS(), terms, scale)));
  if (bin.getKind() == AffineExprKind::Mul) {
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getRHS()))
      return linearTerms(bin.getLHS(), terms, scale * c.getValue());
    if (auto c = dyn_cast<AffineConstantExpr>(bin.getLHS()))
      return linearTerms(bin.getRHS(), terms, scale * c.getValue());
  }
  return failure();
}

/// True when, along some axis, every aligned group of H elements (H in
/// 2, 4, 8, 16) holds the same number of non-zeros: G:H structured sparsity.
static bool isStructured(const std::vector<uint8_t> &mask,
                         ArrayRef<int64_t> shape) {
  if (shape.empty() || mask.empty())
    return false;
  int64_t total = 1;
  for (int64_t e : shape)
    total *= e;
  if (total != int64_t(mask.size()))
    return false;
  for (unsigned axis = 0; axis < shape.size(); ++axis) {
    int64_t inner = 1;
    for (unsigned a = axis + 1; a < shape.size(); ++a)
      inner *= shape[a];
    for (int64_t h : {4, 2, 8, 16}) {
      if (shape[axis] % h != 0)
        continue;
      int64_t expected = -1;
      bool ok = true;
      for (int64_t base = 0; base < total && ok; ++base) {
        int64_t coord = (base / inner) % shape[axis];
        if (coord % h != 0)
          continue;
        int64_t count = 0;
        for (int64_t j = 0; j < h; ++j)
          count += mask[base + j * inner];
        if (expected < 0)
          expected = count;
        ok = count == expected;
      }
      if (ok && expected > 0 && expected < h)
        return true;
    }
  }
  return false;
}

FailureOr<OpEinsum> mlir::accel::extractEinsum(linalg::LinalgOp op,
                                               double activationDensity,
                                               std::string &why) {
  if (op.getNumDpsInputs() != 2 || op.getNumDpsInits() != 1) {
    why = "the cost model takes two input operands and one output";
    return failure();
  }
  if (!op.hasPureTensorSemantics()) {
    why = "only operations on tensors are mapped";
    return failure();
  }
  if (!isMultiplyAccumulate(op)) {
    why = "the body is not a multiply-accumulate";
    return failure();
  }
  SmallVector<int64_t> ranges = op.getStaticLoopRanges();
  for (int64_t r : ranges)
    if (ShapedType::isDynamic(r)) {
      why = "dynamic shapes are not supported (the model needs every loop "
            "bound)";
      return failure();
    }
  OpEinsum out;
  WorkloadSpec &w = out.workload;
  for (unsigned d = 0; d < ranges.size(); ++d) {
    w.dimNames.push_back("d" + std::to_string(d));
    w.bounds.push_back(std::max<int64_t>(ranges[d], 1));
  }
  // Roles: the constant input is the weight.
  auto isConstant = [](Value v) {
    return matchPattern(v, m_Constant()) ||
           isa_and_nonnull<arith::ConstantOp>(v.getDefiningOp());
  };
  Value in0 = op.getDpsInputOperand(0)->get(),
        in1 = op.getDpsInputOperand(1)->get();
  unsigned weightIdx = isConstant(in1) && !isConstant(in0) ? 1 : 0;
  if (!isConstant(in0) && !isConstant(in1))
    // The encoded operand, else the right-hand one, as in x @ W.
    weightIdx = fiber::getFiberEncoding(in0.getType()) &&
                        !fiber::getFiberEncoding(in1.getType())
                    ? 0
                    : 1;
  out.weightOperand = weightIdx;
  SmallVector<AffineMap> maps = op.getIndexingMapsArray();
  const char *names[3] = {"Weights", "Inputs", "Outputs"};
  unsigned operandOf[3] = {weightIdx, 1 - weightIdx, 2};
  for (unsigned role = 0; role < 3; ++role) {
    DataSpaceSpec ds;
    ds.name = names[role];
    ds.readWrite = role == 2;
    AffineMap map = maps[operandOf[role]];
    for (AffineExpr e : map.getResults()) {
      std::vector<ProjectionTerm> terms;
      if (failed(linearTerms(e, terms))) {
        why = "an indexing map is not a sum of scaled loop indices";
        return failure();
      }
      ds.axes.push_back(terms);
    }
    w.dataSpaces.push_back(ds);
  }
  {
    // A loop is a reduction when the output does not index it.
    std::vector<bool> inOutput(w.bounds.size(), false);
    for (const auto &axis : w.dataSpaces[2].axes)
      for (const ProjectionTerm &t : axis)
        inOutput[t.dim] = true;
    const auto &axes = w.dataSpaces[0].axes;
    for (unsigned a = 0; a < axes.size(); ++a) {
      bool reduction = !axes[a].empty();
      for (const ProjectionTerm &t : axes[a])
        reduction &= !inOutput[t.dim];
      if (reduction)
        out.weightReductionAxes.push_back(a);
    }
  }
  // Densities: weights measured from their constant, activations as told.
  // A transposed weight (nn.Linear) is read through the transpose.
  w.densities.assign(3, DensitySpec::dense());
  Value weight = weightIdx ? in1 : in0;
  SmallVector<int64_t> perm;
  if (auto tr = weight.getDefiningOp<linalg::TransposeOp>()) {
    weight = tr.getInput();
    perm.assign(tr.getPermutation().begin(), tr.getPermutation().end());
  }
  ElementsAttr data;
  if (auto cst = weight.getDefiningOp<arith::ConstantOp>())
    data = dyn_cast<ElementsAttr>(cst.getValue());
  if (data) {
    std::string reason;
    auto flags = fiber::getNonZeroFlags(data, &reason);
    if (succeeded(flags)) {
      uint64_t nnz = 0;
      auto mask = std::make_shared<std::vector<uint8_t>>(flags->size());
      auto srcShape = cast<ShapedType>(weight.getType()).getShape();
      for (size_t i = 0; i < flags->size(); ++i)
        nnz += (*flags)[i];
      if (perm.empty()) {
        for (size_t i = 0; i < flags->size(); ++i)
          (*mask)[i] = (*flags)[i];
      } else {
        // Element at source index s lands at the transposed position whose
        // coordinate j is s's coordinate perm[j].
        SmallVector<int64_t> dstShape, coord(srcShape.size());
        for (int64_t p : perm)
          dstShape.push_back(srcShape[p]);
        for (size_t i = 0; i < flags->size(); ++i) {
          size_t rest = i;
          for (int d = int(srcShape.size()) - 1; d >= 0; --d) {
            coord[d] = rest % srcShape[d];
            rest /= srcShape[d];
          }
          size_t dst = 0;
          for (unsigned j = 0; j < perm.size(); ++j)
            dst = dst * dstShape[j] + coord[perm[j]];
          (*mask)[dst] = (*flags)[i];
        }
      }
      out.weightDensity = flags->empty() ? 1.0 : double(nnz) / flags->size();
      out.weightMask = mask;
      SmallVector<int64_t> shape(srcShape.begin(), srcShape.end());
      if (!perm.empty()) {
        shape.clear();
        for (int64_t p : perm)
          shape.push_back(srcShape[p]);
      }
      out.weightShape.assign(shape.begin(), shape.end());
      // A pattern --fiber-infer-sparsity found (G:H or HSS) makes the
      // fixed-structured law exact; so does any single-rank G:H.
      auto inferred =
          weight.getDefiningOp()->getAttrOfType<fiber::EncodingAttr>(
              "fiber.encoding");
      bool patterned = inferred && inferred.getDensity() &&
                       inferred.getDensity().getKind() ==
                           fiber::DensityKind::FixedStructured;
      // A weight without a zero is dense, whatever its layout.
      if (nnz < flags->size()) {
        if (patterned || isStructured(*mask, shape))
          // Every aligned G:H group holds the same number of non-zeros:
          // the fixed-structured law is exact for it.
          w.densities[0] = DensitySpec::fixedStructured(out.weightDensity);
        else if (mask->size() == w.dataSpaceSize(0))
          w.densities[0] = DensitySpec::actualData(mask);
        else
          w.densities[0] = DensitySpec::fixedStructured(out.weightDensity);
      }
      if (nnz == 0)
        w.densities[0] = DensitySpec::fixedStructured(1e-9);
    }
  } else if (auto enc = fiber::getFiberEncoding(weight.getType())) {
    auto shaped = cast<ShapedType>(weight.getType());
    FailureOr<double> d = enc.getExpectedDensity(shaped.getShape());
    if (succeeded(d) && *d > 0 && *d < 1) {
      // A uniformly random encoding is a hypergeometric law; a structured
      // one is fixed-structured.
      bool uniform = enc.getDensity() &&
                     enc.getDensity().getKind() == fiber::DensityKind::Uniform;
      w.densities[0] = uniform ? DensitySpec::hypergeometric(*d)
                               : DensitySpec::fixedStructured(*d);
      out.weightDensity = *d;
    }
    // Structured ranks, bottom up; a rule with choices counts at its
    // densest (what the data may be).
    for (fiber::RankAttr rank : llvm::reverse(enc.getRanks())) {
      fiber::RuleAttr rule = rank.getRule();
      if (!rule.isStructured() || rule.getGs().empty() || rule.getHs().empty())
        continue;
      out.declaredRanks.push_back(
          {*llvm::max_element(rule.getGs()), *llvm::min_element(rule.getHs())});
    }
  }
  if (activationDensity > 0 && activationDensity < 1)
    w.densities[1] = DensitySpec::hypergeometric(activationDensity);
  // An output is non-zero when some reduction step pairs two non-zeros:
  // with independent operands, 1 - (1 - dW * dI)^K over the K reduction
  // steps. It matters to designs that compress or skip on outputs (spMspM
  // accelerators); DNN layers come out dense.
  double dW = out.weightDensity,
         dI = activationDensity > 0 && activationDensity < 1 ? activationDensity
                                                             : 1.0;
  if (dW * dI < 1.0) {
    std::vector<bool> inOutput(w.bounds.size(), false);
    for (const auto &axis : w.dataSpaces[2].axes)
      for (const ProjectionTerm &t : axis)
        inOutput[t.dim] = true;
    double k = 1;
    for (unsigned d = 0; d < w.bounds.size(); ++d)
      if (!inOutput[d])
        k *= double(w.bounds[d]);
    double z = 1.0 - std::pow(1.0 - dW * dI, k);
    if (z < 1.0 - 1e-6 && z > 0)
      w.densities[2] = DensitySpec::hypergeometric(z);
  }
  return out;
}
