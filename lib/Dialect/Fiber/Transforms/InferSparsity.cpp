//===- InferSparsity.cpp - Measure constants, attach their encoding -------===//

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/Utils/ConstantData.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Matchers.h"
#include "llvm/Support/FormatVariadic.h"

namespace mlir::fiber {
#define GEN_PASS_DEF_FIBERINFERSPARSITY
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h.inc"
} // namespace mlir::fiber

using namespace mlir;
using namespace mlir::fiber;

namespace {

/// The tightest pattern found along one axis.
struct Pattern {
  unsigned axis = 0;
  // Innermost rank first: (G0, H0) and optionally (G1, H1).
  SmallVector<std::pair<int64_t, int64_t>> ranks;
  double bound() const {
    double b = 1;
    for (auto [g, h] : ranks)
      b *= double(g) / double(h);
    return b;
  }
};

/// Visits every aligned group of `h` consecutive positions along `axis` and
/// returns the largest value of `count` over the groups.
template <typename Count>
int64_t maxOverGroups(ArrayRef<int64_t> shape, unsigned axis, int64_t h,
                      Count count) {
  int64_t inner = 1, outer = 1;
  for (unsigned a = axis + 1; a < shape.size(); ++a)
    inner *= shape[a];
  for (unsigned a = 0; a < axis; ++a)
    outer *= shape[a];
  int64_t best = 0;
  for (int64_t o = 0; o < outer; ++o)
    for (int64_t start = 0; start < shape[axis]; start += h)
      for (int64_t i = 0; i < inner; ++i)
        best =
            std::max(best, count((o * shape[axis] + start) * inner + i, inner));
  return best;
}

std::optional<Pattern> tightestPattern(ArrayRef<bool> nz,
                                       ArrayRef<int64_t> shape) {
  std::optional<Pattern> best;
  auto consider = [&](Pattern p) {
    if (p.bound() >= 1.0)
      return;
    if (!best || p.bound() < best->bound() - 1e-12 ||
        (std::abs(p.bound() - best->bound()) < 1e-12 &&
         (p.ranks.size() < best->ranks.size() ||
          (p.ranks.size() == best->ranks.size() && p.axis > best->axis))))
      best = p;
  };
  for (unsigned axis = 0; axis < shape.size(); ++axis) {
    // Hardware exploits small groups (STC-flexible up to 8, HighLight 2-8
    // per rank), so single-rank rules stop at H = 8; a longer period shows
    // up as a two-rank HSS pattern.
    for (int64_t h0 : {2, 4, 8}) {
      if (shape[axis] % h0)
        continue;
      // G0: most non-zeros in a group of h0.
      int64_t g0 =
          maxOverGroups(shape, axis, h0, [&](int64_t base, int64_t stride) {
            int64_t n = 0;
            for (int64_t j = 0; j < h0; ++j)
              n += nz[base + j * stride];
            return n;
          });
      consider({axis, {{g0, h0}}});
      if (h0 > 4)
        continue;
      for (int64_t h1 : {2, 4, 8}) {
        if (shape[axis] % (h0 * h1))
          continue;
        // G1: most non-empty h0-blocks in a group of h1 blocks.
        int64_t g1 = maxOverGroups(shape, axis, h0 * h1,
                                   [&](int64_t base, int64_t stride) {
                                     int64_t blocks = 0;
                                     for (int64_t b = 0; b < h1; ++b) {
                                       bool any = false;
                                       for (int64_t j = 0; j < h0 && !any; ++j)
                                         any = nz[base + (b * h0 + j) * stride];
                                       blocks += any;
                                     }
                                     return blocks;
                                   });
        if (g1 < h1)
          consider({axis, {{g0, h0}, {g1, h1}}});
      }
    }
  }
  return best;
}

std::string encodingText(ArrayRef<int64_t> shape,
                         const std::optional<Pattern> &p, double density) {
  SmallVector<std::string> dims;
  for (unsigned i = 0; i < shape.size(); ++i)
    dims.push_back("d" + std::to_string(i));
  std::string text = "#fiber.encoding<(" + llvm::join(dims, ", ") + ") -> [";
  SmallVector<std::string> ranks;
  if (!p) {
    for (unsigned i = 0; i + 1 < shape.size(); ++i)
      ranks.push_back(dims[i]);
    ranks.push_back(dims.back() + " (unconstrained) CP");
    text += llvm::join(ranks, ", ") + "], density = #fiber.density<uniform, " +
            llvm::formatv("{0:g}", density).str() + ">>";
    return text;
  }
  for (unsigned i = 0; i < shape.size(); ++i)
    if (i != p->axis)
      ranks.push_back(dims[i]);
  const std::string &d = dims[p->axis];
  int64_t block = 1;
  for (auto [g, h] : p->ranks)
    block *= h;
  if (block < shape[p->axis])
    ranks.push_back(d + " floordiv " + std::to_string(block));
  int64_t size = block;
  for (auto it = p->ranks.rbegin(); it != p->ranks.rend(); ++it) {
    auto [g, h] = *it;
    size /= h;
    std::string digit = size > 1
                            ? "(" + d + " floordiv " + std::to_string(size) +
                                  ") mod " + std::to_string(h)
                            : d + " mod " + std::to_string(h);
    if (size == 1 && block == shape[p->axis] && p->ranks.size() == 1)
      digit = d; // the whole dimension is one group
    ranks.push_back(digit + " (" + std::to_string(g) + ":" + std::to_string(h) +
                    ") CP");
  }
  text += llvm::join(ranks, ", ") +
          "], density = #fiber.density<fixed_structured, " +
          llvm::formatv("{0:g}", density).str() + ">>";
  return text;
}

/// max(x, 0) in a linalg.generic body.
bool isRelu(linalg::GenericOp op) {
  Block &body = op.getRegion().front();
  for (Operation &o : body)
    if (auto cmp = dyn_cast<arith::CmpFOp>(o))
      for (Value v : cmp->getOperands())
        if (matchPattern(v, m_AnyZeroFloat()))
          return true;
  for (Operation &o : body)
    if (isa<arith::MaximumFOp, arith::MaxNumFOp>(o))
      return true;
  return false;
}

struct FiberInferSparsityPass
    : public fiber::impl::FiberInferSparsityBase<FiberInferSparsityPass> {
  using FiberInferSparsityBase::FiberInferSparsityBase;

  void runOnOperation() override {
    ModuleOp module = getOperation();
    MLIRContext *ctx = &getContext();
    module.walk([&](arith::ConstantOp cst) {
      auto type = dyn_cast<RankedTensorType>(cst.getType());
      auto data = dyn_cast<ElementsAttr>(cst.getValue());
      if (!type || !data || type.getRank() < 1 || !type.hasStaticShape())
        return;
      bool usedByLinalg = llvm::any_of(cst->getUsers(), [](Operation *u) {
        return isa<linalg::LinalgOp>(u);
      });
      if (!usedByLinalg || isa<SplatElementsAttr>(data))
        return;
      std::string why;
      FailureOr<SmallVector<bool>> flags = getNonZeroFlags(data, &why);
      if (failed(flags)) {
        cst->emitWarning() << "density not inferred: " << why;
        return;
      }
      int64_t nnz = llvm::count(*flags, true);
      double density = flags->empty() ? 1.0 : double(nnz) / flags->size();
      // All zeros (a batch norm's fresh running mean, a zero bias): nothing
      // is stored, and no G:H pattern describes it.
      if (density >= 1.0 || nnz == 0)
        return;
      std::optional<Pattern> p = tightestPattern(*flags, type.getShape());
      std::string text = encodingText(type.getShape(), p, density);
      std::string parseError;
      Attribute enc;
      {
        // The parser's own message goes into the warning, located here.
        ScopedDiagnosticHandler capture(ctx, [&](Diagnostic &d) {
          parseError = d.str();
          return success();
        });
        enc = parseAttribute(text, ctx);
      }
      if (!enc) {
        cst->emitWarning() << "could not build the inferred encoding " << text
                           << ": " << parseError;
        return;
      }
      cst->setAttr("fiber.encoding", enc);
    });
    if (activationDensity > 0.0) {
      if (activationDensity > 1.0) {
        module.emitError() << "activation-density must lie in (0, 1], got "
                           << activationDensity;
        return signalPassFailure();
      }
      std::string text =
          "#fiber.density<uniform, " +
          llvm::formatv("{0:g}", double(activationDensity)).str() + ">";
      Attribute dens = parseAttribute(text, ctx);
      module.walk([&](func::FuncOp fn) {
        for (unsigned i = 0; i < fn.getNumArguments(); ++i) {
          auto t = dyn_cast<RankedTensorType>(fn.getArgument(i).getType());
          if (t && !t.getEncoding())
            fn.setArgAttr(i, "fiber.density", dens);
        }
      });
    }
    module.walk([&](linalg::GenericOp op) {
      if (isRelu(op))
        op->emitRemark() << "ReLU result: about half of it is zero at run "
                            "time; declare it with activation-density";
    });
  }
};

} // namespace
