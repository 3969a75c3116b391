//===- TorchSyntax.td - Reading torch-mlir's torch dialect -*- tablegen -*-===//
//
// torch-mlir is not a Debian package, so its `torch` dialect cannot be
// linked. This dialect takes the `torch` namespace only to *read* what
// torch-mlir prints: every operation and type is unregistered, parsed by
// the dialect's hooks into generic operations over opaque types, and
// `--sparse-import-torch` converts them to linalg on tensors.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_FRONTENDS_TORCHSYNTAX
#define SPARSEACCEL_FRONTENDS_TORCHSYNTAX

include "mlir/IR/OpBase.td"

def TorchSyntax_Dialect : Dialect {
  let name = "torch";
  let cppNamespace = "::sparseaccel::torch_syntax";
  let summary = "Reads torch-mlir's torch dialect as unregistered operations";
  let description = [{
    Parses the assembly torch-mlir prints for the `torch` dialect
    (`!torch.vtensor<[1,3,224,224],f32>`, `torch.constant.int 3`,
    `torch.vtensor.literal(dense<...> : tensor<...>)`,
    `torch.aten.convolution %x, %w, ... : !torch.vtensor<...>, ... ->
    !torch.vtensor<...>`, `torch.prim.ListConstruct ... : (...) -> ...`)
    without knowing any operation: each becomes a generic operation of
    the same name over opaque `!torch.*` types. Nothing is verified here;
    `--sparse-import-torch` converts what it understands to linalg on
    tensors and reports the rest, by location, as not mapped. Operations
    with regions (`torch.prim.If`, `torch.prim.Loop`) are refused with a
    located error.

    Because it claims the `torch` namespace, this dialect must not be
    loaded next to torch-mlir's own (`libSparseAccelPlugin.so` in a
    `torch-mlir-opt` process): use torch-mlir's lowering there instead.
  }];
  let extraClassDeclaration = [{
    ::mlir::Type parseType(::mlir::DialectAsmParser &parser) const override;
    std::optional<ParseOpHook>
    getParseOperationHook(::llvm::StringRef opName) const override;
  }];
}

#endif // SPARSEACCEL_FRONTENDS_TORCHSYNTAX
