//===- TorchSyntax.cpp - Reading torch-mlir's torch dialect ---------------===//
//
// torch-mlir prints its operations in a handful of custom forms; this file
// parses those forms without knowing any operation, so that a module in
// the torch dialect becomes generic operations over opaque `!torch.*`
// types for `--sparse-import-torch` to convert.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/FrontEnds/TorchSyntax.h"

#include "mlir/IR/Builders.h"
#include "mlir/IR/DialectImplementation.h"
#include "llvm/ADT/StringExtras.h"

using namespace mlir;
using namespace sparseaccel::torch_syntax;

#include "SparseAccel/FrontEnds/TorchSyntaxDialect.cpp.inc"

void TorchSyntaxDialect::initialize() {
  // Every torch operation and type is read generically.
  allowUnknownOperations();
  allowUnknownTypes();
}

Type TorchSyntaxDialect::parseType(DialectAsmParser &parser) const {
  // The body is kept as written (`vtensor<[1,3],f32>`); the parser has
  // already delimited it, and reads on after it whatever is consumed here.
  return OpaqueType::get(StringAttr::get(getContext(), getNamespace()),
                         parser.getFullSymbolSpec());
}

namespace {
Type torchType(OpAsmParser &p, StringRef body) {
  return getTorchType(p.getContext(), body);
}

/// `torch.constant.<kind> <value>`.
ParseResult parseConstant(OpAsmParser &p, OperationState &st, StringRef kind) {
  Builder b(p.getContext());
  if (kind == "none") {
    st.addTypes(torchType(p, "none"));
  } else if (kind == "int") {
    int64_t v;
    if (p.parseInteger(v))
      return failure();
    st.addAttribute("value", b.getI64IntegerAttr(v));
    st.addTypes(torchType(p, "int"));
  } else if (kind == "float") {
    double v;
    if (p.parseFloat(v))
      return failure();
    st.addAttribute("value", b.getF64FloatAttr(v));
    st.addTypes(torchType(p, "float"));
  } else if (kind == "bool") {
    StringRef word;
    SMLoc at = p.getCurrentLocation();
    if (p.parseKeyword(&word))
      return failure();
    if (word != "true" && word != "false")
      return p.emitError(at, "expected 'true' or 'false'");
    st.addAttribute("value", b.getBoolAttr(word == "true"));
    st.addTypes(torchType(p, "bool"));
  } else if (kind == "str" || kind == "device") {
    std::string v;
    if (p.parseString(&v))
      return failure();
    st.addAttribute("value", b.getStringAttr(v));
    st.addTypes(torchType(p, kind == "str" ? "str" : "Device"));
  } else {
    return p.emitError(p.getCurrentLocation())
           << "unknown torch constant kind '" << kind << "'";
  }
  return p.parseOptionalAttrDict(st.attributes);
}

/// `torch.vtensor.literal(<elements attr>) : <type>`.
ParseResult parseLiteral(OpAsmParser &p, OperationState &st) {
  Attribute value;
  Type type;
  if (p.parseLParen() || p.parseAttribute(value) || p.parseRParen() ||
      p.parseOptionalAttrDict(st.attributes) || p.parseColonType(type))
    return failure();
  st.addAttribute("value", value);
  st.addTypes(type);
  return success();
}

ParseResult parseResultTypes(OpAsmParser &p, SmallVectorImpl<Type> &types) {
  if (succeeded(p.parseOptionalLParen())) {
    if (succeeded(p.parseOptionalRParen()))
      return success();
    if (p.parseTypeList(types) || p.parseRParen())
      return failure();
    return success();
  }
  return p.parseTypeList(types);
}

/// Every other form torch-mlir prints:
///   name %a, %b {attrs} : !t0, !t1 -> !r0, !r1       (aten, prim, ...)
///   name %a, %b : (!t0, !t1) -> !r                    (ListConstruct, ...)
///   name %a : !t0 to !r                               (derefine)
///   name %a, "message"                                (runtime.assert)
ParseResult parseGeneric(OpAsmParser &p, OperationState &st) {
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  SMLoc operandsLoc = p.getCurrentLocation();
  if (p.parseOperandList(operands))
    return failure();
  std::string message;
  if (succeeded(p.parseOptionalComma())) {
    if (p.parseString(&message))
      return failure();
    st.addAttribute("message", p.getBuilder().getStringAttr(message));
  }
  if (p.parseOptionalAttrDict(st.attributes))
    return failure();
  SmallVector<Type> operandTypes, resultTypes;
  if (succeeded(p.parseOptionalColon())) {
    if (succeeded(p.parseOptionalLParen())) {
      if (failed(p.parseOptionalRParen()))
        if (p.parseTypeList(operandTypes) || p.parseRParen())
          return failure();
      if (p.parseArrow() || parseResultTypes(p, resultTypes))
        return failure();
    } else {
      if (failed(p.parseOptionalArrow())) {
        if (p.parseTypeList(operandTypes))
          return failure();
        if (succeeded(p.parseOptionalKeyword("to"))) {
          Type t;
          if (p.parseType(t))
            return failure();
          resultTypes.push_back(t);
        } else if (succeeded(p.parseOptionalArrow())) {
          if (parseResultTypes(p, resultTypes))
            return failure();
        }
      } else if (parseResultTypes(p, resultTypes)) {
        return failure();
      }
    }
  } else if (succeeded(p.parseOptionalArrow()) ||
             succeeded(p.parseOptionalLBrace())) {
    // The parser names the operation ("custom op 'torch.prim.If'").
    return p.emitError(p.getCurrentLocation())
           << "has regions (control flow), which are not read: export a "
              "straight-line graph (torch.export or torch.fx) instead";
  }
  if (p.resolveOperands(operands, operandTypes, operandsLoc, st.operands))
    return failure();
  st.addTypes(resultTypes);
  return success();
}

/// `torch.operator "torch.aten.foo"(%a, %b) : (!t0, !t1) -> !r`: what
/// torch-mlir's FX importer prints for an operation it has no definition
/// of; the name is kept as the `name` attribute.
ParseResult parseOperator(OpAsmParser &p, OperationState &st) {
  std::string name;
  SmallVector<OpAsmParser::UnresolvedOperand> operands;
  SMLoc operandsLoc = p.getCurrentLocation();
  FunctionType type;
  if (p.parseString(&name) ||
      p.parseOperandList(operands, OpAsmParser::Delimiter::Paren) ||
      p.parseOptionalAttrDict(st.attributes) || p.parseColonType(type) ||
      p.resolveOperands(operands, type.getInputs(), operandsLoc, st.operands))
    return failure();
  st.addAttribute("name", p.getBuilder().getStringAttr(name));
  st.addTypes(type.getResults());
  return success();
}

ParseResult parseTorchOperation(OpAsmParser &p, OperationState &st) {
  StringRef name = st.name.getStringRef();
  if (name == "torch.operator")
    return parseOperator(p, st);
  if (name.consume_front("torch.constant."))
    return parseConstant(p, st, name);
  if (name == "torch.vtensor.literal" || name == "torch.tensor.literal")
    return parseLiteral(p, st);
  return parseGeneric(p, st);
}
} // namespace

std::optional<Dialect::ParseOpHook>
TorchSyntaxDialect::getParseOperationHook(StringRef opName) const {
  return ParseOpHook(parseTorchOperation);
}

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

StringRef sparseaccel::torch_syntax::getTorchTypeBody(Type t) {
  auto opaque = dyn_cast_or_null<OpaqueType>(t);
  if (!opaque || opaque.getDialectNamespace() != "torch")
    return "";
  return opaque.getTypeData();
}

Type sparseaccel::torch_syntax::getTorchType(MLIRContext *ctx, StringRef body) {
  return OpaqueType::get(StringAttr::get(ctx, "torch"), body);
}

static Type elementTypeOf(MLIRContext *ctx, StringRef dtype) {
  Builder b(ctx);
  if (dtype == "f32")
    return b.getF32Type();
  if (dtype == "f64")
    return b.getF64Type();
  if (dtype == "f16")
    return b.getF16Type();
  if (dtype == "bf16")
    return b.getBF16Type();
  if (dtype == "i1")
    return b.getI1Type();
  unsigned width;
  // Builtin tensors in linalg are signless.
  if ((dtype.consume_front("si") || dtype.consume_front("ui")) &&
      !dtype.getAsInteger(10, width) && width > 0 && width <= 64)
    return b.getIntegerType(width);
  return {};
}

std::optional<TensorTypeInfo> sparseaccel::torch_syntax::getTensorInfo(Type t) {
  StringRef body = getTorchTypeBody(t);
  TensorTypeInfo info;
  if (body.consume_front("vtensor"))
    info.valueSemantics = true;
  else if (body.consume_front("tensor"))
    info.valueSemantics = false;
  else
    return std::nullopt;
  body = body.trim();
  if (body.empty())
    return info;
  // <[2,?,4],f32>
  if (!body.consume_front("<") || !body.consume_back(">"))
    return std::nullopt;
  body = body.trim();
  if (body.consume_front("[")) {
    auto [dims, rest] = body.split(']');
    info.hasSizes = true;
    SmallVector<StringRef> parts;
    dims.split(parts, ',', -1, /*KeepEmpty=*/false);
    for (StringRef d : parts) {
      d = d.trim();
      int64_t v;
      if (d == "?")
        info.shape.push_back(ShapedType::kDynamic);
      else if (!d.getAsInteger(10, v) && v >= 0)
        info.shape.push_back(v);
      else
        return std::nullopt;
    }
    body = rest.trim();
  } else if (!body.consume_front("*")) {
    return std::nullopt;
  }
  body = body.trim();
  if (!body.consume_front(","))
    return std::nullopt;
  info.dtype = body.trim().str();
  info.elementType = elementTypeOf(t.getContext(), info.dtype);
  return info;
}

TensorType sparseaccel::torch_syntax::convertTensorType(Type t) {
  std::optional<TensorTypeInfo> info = getTensorInfo(t);
  if (!info || !info->valueSemantics || !info->elementType)
    return {};
  if (!info->hasSizes)
    return UnrankedTensorType::get(info->elementType);
  return RankedTensorType::get(info->shape, info->elementType);
}
