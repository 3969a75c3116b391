//===- TorchSyntax.h - Reading torch-mlir's torch dialect -------*- C++ -*-===//
//
// The dialect that reads torch-mlir's `torch` assembly into unregistered
// operations over opaque types, and the helpers that interpret those types.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_FRONTENDS_TORCHSYNTAX_H
#define SPARSEACCEL_FRONTENDS_TORCHSYNTAX_H

#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/Dialect.h"
#include "mlir/IR/OpImplementation.h"

#include "SparseAccel/FrontEnds/TorchSyntaxDialect.h.inc"

namespace sparseaccel::torch_syntax {

/// A torch tensor type, `!torch.vtensor<[2,?,4],f32>`, `!torch.vtensor`
/// (no sizes) or the non-value `!torch.tensor<...>`.
struct TensorTypeInfo {
  bool valueSemantics = true;
  bool hasSizes = false;
  llvm::SmallVector<int64_t> shape; // ShapedType::kDynamic for `?`
  mlir::Type elementType;           // null when `unk` or unknown
  std::string dtype;                // as written
};

/// The tensor type `t` spells, if it is a torch tensor type.
std::optional<TensorTypeInfo> getTensorInfo(mlir::Type t);

/// The builtin tensor type for a torch value tensor (signless integers):
/// ranked when it has sizes, unranked otherwise; null when `t` is not a
/// torch value tensor or its dtype has no builtin counterpart.
mlir::TensorType convertTensorType(mlir::Type t);

/// The body of an opaque `!torch.<body>` type, or "" for any other type.
llvm::StringRef getTorchTypeBody(mlir::Type t);

/// `!torch.<body>`.
mlir::Type getTorchType(mlir::MLIRContext *ctx, llvm::StringRef body);

} // namespace sparseaccel::torch_syntax

#endif // SPARSEACCEL_FRONTENDS_TORCHSYNTAX_H
