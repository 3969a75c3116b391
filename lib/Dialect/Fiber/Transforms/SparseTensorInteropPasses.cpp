//===- SparseTensorInteropPasses.cpp - Import/export sparse_tensor --------===//

#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/Utils/SparseTensorInterop.h"

#include "RewriteEncodings.h"

namespace mlir::fiber {
#define GEN_PASS_DEF_FIBERIMPORTSPARSETENSOR
#define GEN_PASS_DEF_FIBEREXPORTSPARSETENSOR
#include "SparseAccel/Dialect/Fiber/Transforms/Passes.h.inc"
} // namespace mlir::fiber

using namespace mlir;
using namespace mlir::fiber;

namespace {
struct FiberImportSparseTensorPass
    : public fiber::impl::FiberImportSparseTensorBase<
          FiberImportSparseTensorPass> {
  using Base::Base;
  void runOnOperation() override {
    auto convert = [](RankedTensorType type,
                      function_ref<InFlightDiagnostic()> emitDiag)
        -> FailureOr<Attribute> {
      auto encoding =
          dyn_cast<sparse_tensor::SparseTensorEncodingAttr>(type.getEncoding());
      if (!encoding)
        return Attribute();
      FailureOr<EncodingAttr> result =
          importSparseTensorEncoding(encoding, type, emitDiag);
      if (failed(result))
        return failure();
      return Attribute(*result);
    };
    if (failed(rewriteTensorEncodings(getOperation(), convert, allowPartial)))
      signalPassFailure();
  }
};

struct FiberExportSparseTensorPass
    : public fiber::impl::FiberExportSparseTensorBase<
          FiberExportSparseTensorPass> {
  using Base::Base;
  void runOnOperation() override {
    auto convert = [](RankedTensorType type,
                      function_ref<InFlightDiagnostic()> emitDiag)
        -> FailureOr<Attribute> {
      auto encoding = dyn_cast<EncodingAttr>(type.getEncoding());
      if (!encoding)
        return Attribute();
      FailureOr<sparse_tensor::SparseTensorEncodingAttr> result =
          exportSparseTensorEncoding(encoding, type, emitDiag);
      if (failed(result))
        return failure();
      return Attribute(*result);
    };
    if (failed(rewriteTensorEncodings(getOperation(), convert, allowPartial)))
      signalPassFailure();
  }
};
} // namespace
