//===- FiberEnums.td - Enumerations of the fiber dialect ---*- tablegen -*-===//

#ifndef SPARSEACCEL_FIBER_ENUMS
#define SPARSEACCEL_FIBER_ENUMS

include "mlir/IR/EnumAttr.td"

def Fiber_RuleKind : I32EnumAttr<"RuleKind", "sparsity rule of a rank", [
    I32EnumAttrCase<"Dense", 0, "dense">,
    I32EnumAttrCase<"Unconstrained", 1, "unconstrained">,
    I32EnumAttrCase<"Structured", 2, "structured">
  ]> {
  let cppNamespace = "::mlir::fiber";
  let genSpecializedAttr = 0;
}

def Fiber_DensityKind : I32EnumAttr<"DensityKind", "density model", [
    I32EnumAttrCase<"FixedStructured", 0, "fixed_structured">,
    I32EnumAttrCase<"Uniform", 1, "uniform">,
    I32EnumAttrCase<"Banded", 2, "banded">,
    I32EnumAttrCase<"Actual", 3, "actual">,
    I32EnumAttrCase<"HSS", 4, "hss">
  ]> {
  let cppNamespace = "::mlir::fiber";
  let genSpecializedAttr = 0;
}

#endif // SPARSEACCEL_FIBER_ENUMS
