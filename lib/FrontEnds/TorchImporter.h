//===- TorchImporter.h - torch operations to linalg on tensors --*- C++ -*-===//
//
// The state one conversion sees and the helpers the converters share. The
// converters are split by kind: contractions (the work the accelerator
// does), elementwise and normalisation operations, and shape-only ones.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_LIB_FRONTENDS_TORCHIMPORTER_H
#define SPARSEACCEL_LIB_FRONTENDS_TORCHIMPORTER_H

#include "mlir/IR/Builders.h"
#include "mlir/IR/BuiltinTypes.h"
#include "mlir/IR/IRMapping.h"
#include "llvm/ADT/StringMap.h"

#include <optional>
#include <string>

namespace sparseaccel::torch_import {

/// One torch operation being converted: its operands as already converted
/// (builtin tensors for `!torch.vtensor`, the torch value for scalars and
/// lists), the builder placed before it, and the reason when it fails.
class OpConversion {
public:
  OpConversion(mlir::Operation *op, llvm::StringRef name, mlir::OpBuilder &b,
               const mlir::IRMapping &map)
      : op(op), name(name.str()), b(b), loc(op->getLoc()), map(map) {}

  mlir::Operation *op;
  /// `torch.aten.relu`: the operation's name, or the one a `torch.operator`
  /// carries.
  std::string name;
  mlir::OpBuilder &b;
  mlir::Location loc;

  unsigned numOperands() const { return op->getNumOperands(); }
  /// Operand `i` as converted.
  mlir::Value operand(unsigned i) const;
  /// Any torch value as converted so far (itself when not converted).
  mlir::Value lookup(mlir::Value v) const { return map.lookupOrDefault(v); }
  /// Operand `i` as a ranked builtin tensor with static sizes, or null.
  mlir::Value tensor(unsigned i) const;
  /// The builtin type of result `i` (ranked, static), or null.
  mlir::RankedTensorType resultType(unsigned i = 0) const;

  // Scalar operands, folded from constants and from shape arithmetic.
  std::optional<int64_t> getInt(unsigned i) const;
  std::optional<double> getFloat(unsigned i) const;
  std::optional<bool> getBool(unsigned i) const;
  bool isNone(unsigned i) const;
  std::optional<llvm::SmallVector<int64_t>> getIntList(unsigned i) const;
  /// The converted tensors of a `torch.prim.ListConstruct` of tensors.
  std::optional<llvm::SmallVector<mlir::Value>> getTensorList(unsigned i) const;

  /// Records why the operation is not converted; returns failure.
  mlir::LogicalResult fail(const llvm::Twine &why) {
    reason = why.str();
    return mlir::failure();
  }
  std::string reason;
  llvm::SmallVector<mlir::Value> results;

private:
  const mlir::IRMapping &map;
};

using Converter = mlir::LogicalResult (*)(OpConversion &);
using ConverterTable = llvm::StringMap<Converter>;

void addContractionConverters(ConverterTable &table);
void addElementwiseConverters(ConverterTable &table);
void addShapeConverters(ConverterTable &table);

//===----------------------------------------------------------------------===//
// Folding scalars
//===----------------------------------------------------------------------===//

std::optional<int64_t> foldInt(mlir::Value v, const mlir::IRMapping &map);
std::optional<double> foldFloat(mlir::Value v, const mlir::IRMapping &map);

//===----------------------------------------------------------------------===//
// Building linalg
//===----------------------------------------------------------------------===//

/// A `tensor.empty` of `type` filled with `value` (of its element type).
mlir::Value filled(mlir::OpBuilder &b, mlir::Location loc,
                   mlir::RankedTensorType type, double value);
mlir::Value scalarConstant(mlir::OpBuilder &b, mlir::Location loc,
                           mlir::Type type, double value);
/// Converts a scalar between element types (int <-> float, widths).
mlir::Value castScalar(mlir::OpBuilder &b, mlir::Location loc, mlir::Value v,
                       mlir::Type to);

using ScalarBody = llvm::function_ref<mlir::Value(
    mlir::OpBuilder &, mlir::Location, mlir::ValueRange)>;
/// `out = body(inputs...)` elementwise, with numpy broadcasting of the
/// ranked inputs to `out`'s shape; block arguments arrive converted to the
/// output's element type.
mlir::Value elementwise(mlir::OpBuilder &b, mlir::Location loc,
                        mlir::ValueRange inputs, mlir::RankedTensorType out,
                        ScalarBody body);
/// Same, with the indexing map of each input given (outputs: identity).
mlir::Value elementwiseWithMaps(mlir::OpBuilder &b, mlir::Location loc,
                                mlir::ValueRange inputs,
                                llvm::ArrayRef<mlir::AffineMap> maps,
                                mlir::RankedTensorType out, ScalarBody body);
/// `value` reshaped to `shape` (collapse, expand, or both); a constant is
/// reshaped in place so its data stays visible to sparsity measurement.
mlir::Value reshapeTo(mlir::OpBuilder &b, mlir::Location loc, mlir::Value value,
                      llvm::ArrayRef<int64_t> shape);
/// `value` with its dimensions permuted (`linalg.transpose`).
mlir::Value transposed(mlir::OpBuilder &b, mlir::Location loc,
                       mlir::Value value, llvm::ArrayRef<int64_t> perm);
/// `value` padded with `pad` on its trailing dimensions.
mlir::Value padded(mlir::OpBuilder &b, mlir::Location loc, mlir::Value value,
                   llvm::ArrayRef<int64_t> low, llvm::ArrayRef<int64_t> high,
                   double pad);

} // namespace sparseaccel::torch_import

#endif // SPARSEACCEL_LIB_FRONTENDS_TORCHIMPORTER_H
