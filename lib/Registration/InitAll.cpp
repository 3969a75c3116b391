//===- InitAll.cpp - Register everything sparse-opt knows -----------------===//

#include "SparseAccel/InitAll.h"

#include "SparseAccel/Dialect/Accel/IR/AccelDialect.h"
#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Dialect/AccelISA/IR/AccelISA.h"
#include "SparseAccel/Dialect/AccelISA/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberDialect.h"
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h"
#include "SparseAccel/FrontEnds/Passes.h"
#include "SparseAccel/FrontEnds/TorchSyntax.h"
#include "SparseAccel/Pipelines/Pipelines.h"

#include "mlir/Dialect/Arith/IR/Arith.h"
#include "mlir/Dialect/Bufferization/IR/Bufferization.h"
#include "mlir/Dialect/ControlFlow/IR/ControlFlow.h"
#include "mlir/Dialect/Func/IR/FuncOps.h"
#include "mlir/Dialect/Linalg/IR/Linalg.h"
#include "mlir/Dialect/MLProgram/IR/MLProgram.h"
#include "mlir/Dialect/Math/IR/Math.h"
#include "mlir/Dialect/MemRef/IR/MemRef.h"
#include "mlir/Dialect/SCF/IR/SCF.h"
#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"
#include "mlir/Dialect/Tensor/IR/Tensor.h"
#include "mlir/Dialect/Tosa/IR/TosaOps.h"
#include "mlir/Transforms/Passes.h"

void sparseaccel::registerAllDialects(mlir::DialectRegistry &registry) {
  registry.insert<
      mlir::accel::AccelDialect, mlir::accel_isa::AccelISADialect,
      mlir::fiber::FiberDialect, mlir::arith::ArithDialect,
      mlir::bufferization::BufferizationDialect, mlir::cf::ControlFlowDialect,
      mlir::func::FuncDialect, mlir::linalg::LinalgDialect,
      mlir::ml_program::MLProgramDialect, mlir::math::MathDialect,
      mlir::memref::MemRefDialect, mlir::scf::SCFDialect,
      mlir::sparse_tensor::SparseTensorDialect, mlir::tensor::TensorDialect,
      mlir::tosa::TosaDialect, sparseaccel::torch_syntax::TorchSyntaxDialect>();
}

void sparseaccel::registerAllPasses() {
  mlir::fiber::registerFiberPasses();
  mlir::accel::registerAccelPasses();
  mlir::accel_isa::registerAccelISAPasses();
  registerFrontEndsPasses();
  registerSparseAccelPipeline();
  mlir::registerTransformsPasses();
}
