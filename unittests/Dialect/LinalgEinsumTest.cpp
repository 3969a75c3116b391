//===- LinalgEinsumTest.cpp - Einsums of linalg operations ----------------===//

#include "SparseAccel/Dialect/Accel/Transforms/LinalgEinsum.h"
#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/Parser/Parser.h"

#include "gtest/gtest.h"

using namespace mlir;
using namespace sparseaccel::model;

namespace {

class EinsumTest : public ::testing::Test {
protected:
  EinsumTest() {
    context.loadDialect<func::FuncDialect, linalg::LinalgDialect,
                        arith::ArithDialect, tensor::TensorDialect,
                        fiber::FiberDialect, accel::AccelDialect>();
  }
  linalg::LinalgOp firstContraction(StringRef text) {
    module = parseSourceString<ModuleOp>(text, &context);
    EXPECT_TRUE(module);
    linalg::LinalgOp found;
    module->walk([&](linalg::LinalgOp op) {
      if (!found && op.getNumDpsInputs() == 2)
        found = op;
    });
    return found;
  }
  MLIRContext context;
  OwningOpRef<ModuleOp> module;
};

TEST_F(EinsumTest, StridedDilatedConvolution) {
  // out[n,f,oh,ow] += in[n,c,2*oh+3*kh,2*ow+3*kw] * w[f,c,kh,kw]: the
  // input's spatial axes are sums with the stride and dilation as
  // coefficients; the loops are (n, f, oh, ow, c, kh, kw).
  linalg::LinalgOp op = firstContraction(R"mlir(
    func.func @f(%i: tensor<1x4x19x19xf32>, %w: tensor<8x4x3x3xf32>,
                 %o: tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32> {
      %r = linalg.conv_2d_nchw_fchw {dilations = dense<3> : tensor<2xi64>,
                                     strides = dense<2> : tensor<2xi64>}
           ins(%i, %w : tensor<1x4x19x19xf32>, tensor<8x4x3x3xf32>)
           outs(%o : tensor<1x8x7x7xf32>) -> tensor<1x8x7x7xf32>
      return %r : tensor<1x8x7x7xf32>
    })mlir");
  ASSERT_TRUE(op);
  std::string why;
  FailureOr<accel::OpEinsum> e = accel::extractEinsum(op, 0.5, why);
  ASSERT_TRUE(succeeded(e)) << why;
  const WorkloadSpec &w = e->workload;
  EXPECT_EQ(w.bounds, (std::vector<int64_t>{1, 8, 7, 7, 4, 3, 3}));
  ASSERT_EQ(w.dataSpaces.size(), 3u);
  // No constant: the second input is the weight.
  EXPECT_EQ(w.dataSpaces[0].name, "Weights");
  EXPECT_EQ(w.dataSpaces[0].axes.size(), 4u);
  const DataSpaceSpec &in = w.dataSpaces[1];
  ASSERT_EQ(in.axes.size(), 4u);
  ASSERT_EQ(in.axes[2].size(), 2u);
  EXPECT_EQ(in.axes[2][0].dim, 2u);
  EXPECT_EQ(in.axes[2][0].coef, 2);
  EXPECT_EQ(in.axes[2][1].dim, 5u);
  EXPECT_EQ(in.axes[2][1].coef, 3);
  // The projection spans the whole input: 2*(7-1) + 3*(3-1) + 1 = 19.
  EXPECT_EQ(w.axisExtents(1)[2], 19);
  EXPECT_TRUE(w.dataSpaces[2].readWrite);
  EXPECT_EQ(w.densities[1].kind, DensityKind::Hypergeometric);
  EXPECT_DOUBLE_EQ(w.densities[1].density, 0.5);
}

TEST_F(EinsumTest, TransposedConstantWeightKeepsItsZeros) {
  // x @ transpose(W): the zero pattern of W[n][k] (2:4 along k) reaches
  // the model through the transpose as a 2:4 structure: fixed-structured.
  linalg::LinalgOp op = firstContraction(R"mlir(
    func.func @f(%x: tensor<1x4xf32>, %o: tensor<1x2xf32>) -> tensor<1x2xf32> {
      %w = arith.constant dense<[[1.0, 0.0, 2.0, 0.0], [0.0, 3.0, 0.0, 4.0]]> : tensor<2x4xf32>
      %e = tensor.empty() : tensor<4x2xf32>
      %t = linalg.transpose ins(%w : tensor<2x4xf32>) outs(%e : tensor<4x2xf32>) permutation = [1, 0]
      %r = linalg.matmul ins(%x, %t : tensor<1x4xf32>, tensor<4x2xf32>)
                         outs(%o : tensor<1x2xf32>) -> tensor<1x2xf32>
      return %r : tensor<1x2xf32>
    })mlir");
  ASSERT_TRUE(op);
  std::string why;
  FailureOr<accel::OpEinsum> e = accel::extractEinsum(op, 1.0, why);
  ASSERT_TRUE(succeeded(e)) << why;
  EXPECT_DOUBLE_EQ(e->weightDensity, 0.5);
  EXPECT_EQ(e->workload.densities[0].kind, DensityKind::FixedStructured);
  EXPECT_EQ(e->workload.densities[1].kind, DensityKind::Dense);
}

TEST_F(EinsumTest, RejectsWhatTheModelCannotTake) {
  linalg::LinalgOp op = firstContraction(R"mlir(
    func.func @f(%i: tensor<1x4x8x8xf32>, %k: tensor<2x2xf32>,
                 %o: tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32> {
      %r = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
           ins(%i, %k : tensor<1x4x8x8xf32>, tensor<2x2xf32>)
           outs(%o : tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
      return %r : tensor<1x4x4x4xf32>
    })mlir");
  ASSERT_TRUE(op);
  std::string why;
  EXPECT_TRUE(failed(accel::extractEinsum(op, 1.0, why)));
  EXPECT_EQ(why, "the body is not a multiply-accumulate");
}

} // namespace
