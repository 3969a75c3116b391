//===- RewriteEncodings.cpp - Replace tensor encodings module-wide --------===//

#include "RewriteEncodings.h"

#include "mlir/IR/AttrTypeSubElements.h"
#include "mlir/IR/Diagnostics.h"

using namespace mlir;

LogicalResult mlir::fiber::rewriteTensorEncodings(ModuleOp module,
                                                  EncodingConverter convert,
                                                  bool allowPartial) {
  // Converted type for each tensor type seen; null when left unchanged.
  DenseMap<Type, Type> replacement;
  bool hadError = false;

  auto visit = [&](Operation *op, RankedTensorType type) {
    if (!type.getEncoding() || replacement.count(type))
      return;
    auto emitDiag = [&]() {
      return allowPartial ? op->emitWarning() : op->emitError();
    };
    FailureOr<Attribute> encoding = convert(type, emitDiag);
    if (failed(encoding)) {
      hadError |= !allowPartial;
      replacement[type] = Type();
      return;
    }
    replacement[type] =
        *encoding ? RankedTensorType::get(type.getShape(),
                                          type.getElementType(), *encoding)
                  : Type();
  };

  module.walk([&](Operation *op) {
    auto visitType = [&](Type type) {
      type.walk([&](RankedTensorType t) { visit(op, t); });
    };
    for (Type type : op->getResultTypes())
      visitType(type);
    for (Region &region : op->getRegions())
      for (Block &block : region)
        for (BlockArgument arg : block.getArguments())
          visitType(arg.getType());
    op->getAttrDictionary().walk([&](RankedTensorType t) { visit(op, t); });
  });
  if (hadError)
    return failure();

  AttrTypeReplacer replacer;
  replacer.addReplacement([&](RankedTensorType type) -> std::optional<Type> {
    auto it = replacement.find(type);
    if (it == replacement.end() || !it->second)
      return std::nullopt;
    return it->second;
  });
  replacer.recursivelyReplaceElementsIn(module, /*replaceAttrs=*/true,
                                        /*replaceLocs=*/false,
                                        /*replaceTypes=*/true);
  return success();
}
