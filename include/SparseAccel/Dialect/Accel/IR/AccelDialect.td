//===- AccelDialect.td - Accelerator mappings and costs ----*- tablegen -*-===//

#ifndef SPARSEACCEL_ACCEL_DIALECT
#define SPARSEACCEL_ACCEL_DIALECT

include "mlir/IR/OpBase.td"

def Accel_Dialect : Dialect {
  let name = "accel";
  let cppNamespace = "::mlir::accel";
  let summary = "Sparse accelerators: architectures, mappings, predicted costs";
  let description = [{
    The `accel` dialect is the hardware side of the compiler. An operation
    mapped onto an accelerator carries `accel.mapping` (per storage level:
    temporal and spatial loops, keep/bypass per tensor, the Timeloop mapping
    of thesis §4.4) and `accel.cost` (cycles and energy predicted by the
    embedded Sparseloop-equivalent model, and the same design running dense
    data). The module records the architecture in `accel.arch`.

    Architectures, their sparse acceleration features and energy tables are
    Timeloop v0.3 files (the presets in `presets/`, or any `arch-file=`); the
    attributes here name them rather than copy them.
  }];
  let useDefaultAttributePrinterParser = 1;
  // The attributes the passes put on operations and modules, typed: each
  // gets a helper (getCostAttrHelper(), ...) and verifyOperationAttribute
  // checks every `accel.*` attribute where the IR is read.
  let discardableAttrs = (ins "::mlir::accel::CostAttr":$cost,
      "::mlir::accel::MappingAttr":$mapping, "::mlir::ArrayAttr":$traffic,
      "::mlir::StringAttr":$unmapped, "::mlir::StringAttr":$exploited,
      "::mlir::DictionaryAttr":$formats,
      "::mlir::FloatAttr":$activation_density,
      "::mlir::accel::DesignAttr":$design, "::mlir::accel::ArchAttr":$arch);
  let hasOperationAttrVerify = 1;
  let extraClassDeclaration = [{
    void registerAttributes();
  }];
}

#endif // SPARSEACCEL_ACCEL_DIALECT
