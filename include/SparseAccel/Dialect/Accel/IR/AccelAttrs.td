//===- AccelAttrs.td - accel dialect attributes ------------*- tablegen -*-===//

#ifndef SPARSEACCEL_ACCEL_ATTRS
#define SPARSEACCEL_ACCEL_ATTRS

include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "SparseAccel/Dialect/Accel/IR/AccelDialect.td"

class Accel_Attr<string name, string attrMnemonic>
    : AttrDef<Accel_Dialect, name> {
  let mnemonic = attrMnemonic;
}

def Accel_LoopAttr : Accel_Attr<"Loop", "loop"> {
  let summary = "One loop of a mapping";
  let description = [{
    A factor `bound` of the problem dimension `dim`, iterated in time
    (`temporal`) or unrolled across the fan-out below the level
    (`spatial_x`, `spatial_y`).

    ```mlir
    #accel.loop<"d2", 32, "spatial_x">
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$dim, "int64_t":$bound,
                        "::mlir::StringAttr":$kind);
  let assemblyFormat = "`<` $dim `,` $bound `,` $kind `>`";
  let genVerifyDecl = 1;
}

def Accel_LevelMappingAttr : Accel_Attr<"LevelMapping", "level"> {
  let summary = "The loops of one storage level and the tensors it keeps";
  let description = [{
    Loops are listed innermost first: spatial X, spatial Y, then temporal.

    ```mlir
    #accel.level<"RF", loops = [#accel.loop<"d2", 32, "spatial_x">,
                                #accel.loop<"d2", 8, "temporal">],
                 keep = ["Outputs"]>
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$name, "::mlir::ArrayAttr":$loops,
                        "::mlir::ArrayAttr":$keep);
  let assemblyFormat =
      "`<` $name `,` `loops` `=` $loops `,` `keep` `=` $keep `>`";
  let genVerifyDecl = 1;
}

def Accel_MappingAttr : Accel_Attr<"Mapping", "mapping"> {
  let summary = "A mapping: one `#accel.level` per storage level, innermost first";
  let parameters = (ins "::mlir::ArrayAttr":$levels);
  let assemblyFormat = "`<` $levels `>`";
  let genVerifyDecl = 1;
}

def Accel_CostAttr : Accel_Attr<"Cost", "cost"> {
  let summary = "Predicted cost of an operation on its accelerator";
  let description = [{
    Cycles and energy (pJ) predicted by the cost model for the operation's
    mapping, and the same design and mapping running dense data (for the
    speedup), plus how many mappings the search evaluated.

    ```mlir
    #accel.cost<cycles = 65536, energy = 1.260330e+08 : f64,
                dense_cycles = 131072, dense_energy = 2.100000e+08 : f64,
                evaluated = 20000>
    ```
  }];
  let parameters = (ins "uint64_t":$cycles, "::mlir::FloatAttr":$energy,
                        "uint64_t":$dense_cycles,
                        "::mlir::FloatAttr":$dense_energy,
                        "uint64_t":$evaluated);
  let assemblyFormat = "`<` struct(params) `>`";
  let extraClassDeclaration = [{
    double getEnergyPJ() const { return getEnergy().getValueAsDouble(); }
    double getDenseEnergyPJ() const {
      return getDenseEnergy().getValueAsDouble();
    }
    /// Energy-delay product in J * cycles.
    double getEDP() const { return getEnergyPJ() * 1e-12 * getCycles(); }
  }];
}

def Accel_ArchAttr : Accel_Attr<"Arch", "arch"> {
  let summary = "The architecture a module is mapped onto";
  let parameters = (ins "::mlir::StringAttr":$name, "::mlir::StringAttr":$file);
  let assemblyFormat = "`<` $name `,` $file `>`";
}

#endif // SPARSEACCEL_ACCEL_ATTRS
