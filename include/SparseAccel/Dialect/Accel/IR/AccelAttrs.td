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


//===----------------------------------------------------------------------===//
// Architecture: storage levels, compute, SAFs, exploitable patterns
//===----------------------------------------------------------------------===//

def Accel_StorageAttr : Accel_Attr<"Storage", "storage"> {
  let summary = "One storage level of an accelerator";
  let description = [{
    A buffer level of the architecture tree (thesis §4.4): `instances`
    copies arranged as a `mesh_x` x `mesh_y` mesh, each holding `size`
    words of `word_bits` (0: unbounded, as DRAM) accessed `block_size`
    words at a time, plus a metadata store of `metadata_depth` x
    `metadata_width` bits. Bandwidths are words per cycle per instance
    (absent: unlimited). `energy` gives pJ per vector action, keyed by the
    cost model's action names (`random_read`, `gated_read`,
    `skipped_read`, `random_fill`, ..., `random_metadata_read`, ...,
    `decompression_count`, `compression_count`); missing actions cost 0.

    ```mlir
    #accel.storage<name = "SMEM", word_bits = 8, block_size = 64,
                   size = 262144, metadata_width = 64, metadata_depth = 8192,
                   read_bandwidth = 4.200000e+01 : f64,
                   energy = {random_read = 2.0 : f64}>
    ```
  }];
  let parameters = (ins
    "::mlir::StringAttr":$name,
    "unsigned":$word_bits,
    DefaultValuedParameter<"bool", "false">:$dram,
    DefaultValuedParameter<"unsigned", "1">:$block_size,
    DefaultValuedParameter<"unsigned", "1">:$cluster_size,
    DefaultValuedParameter<"uint64_t", "0">:$size,
    DefaultValuedParameter<"unsigned", "0">:$metadata_width,
    DefaultValuedParameter<"uint64_t", "0">:$metadata_depth,
    DefaultValuedParameter<"unsigned", "1">:$metadata_block,
    DefaultValuedParameter<"unsigned", "0">:$default_metadata_bits,
    DefaultValuedParameter<"uint64_t", "1">:$instances,
    DefaultValuedParameter<"unsigned", "1">:$mesh_x,
    DefaultValuedParameter<"unsigned", "1">:$mesh_y,
    OptionalParameter<"::mlir::FloatAttr">:$read_bandwidth,
    OptionalParameter<"::mlir::FloatAttr">:$write_bandwidth,
    OptionalParameter<"::mlir::FloatAttr">:$multiple_buffering,
    DefaultValuedParameter<"bool", "false">:$compression,
    DefaultValuedParameter<"bool", "false">:$decompression,
    "::mlir::DictionaryAttr":$energy
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Accel_ComputeAttr : Accel_Attr<"Compute", "compute"> {
  let summary = "The compute units of an accelerator";
  let description = [{
    `instances` MACs of `word_bits` arranged as `mesh_x` x `mesh_y`;
    `energy` in pJ per `random` (effectual), `gated` and `skipped` MAC.

    ```mlir
    #accel.compute<name = "MAC", word_bits = 8, instances = 1024,
                   mesh_x = 16, mesh_y = 64, energy = {random = 0.56 : f64}>
    ```
  }];
  let parameters = (ins
    "::mlir::StringAttr":$name,
    "unsigned":$word_bits,
    DefaultValuedParameter<"uint64_t", "1">:$instances,
    DefaultValuedParameter<"unsigned", "1">:$mesh_x,
    DefaultValuedParameter<"unsigned", "1">:$mesh_y,
    "::mlir::DictionaryAttr":$energy
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Accel_RankFormatAttr : Accel_Attr<"RankFormat", "rank"> {
  let summary = "The representation format of one fibertree rank";
  let description = [{
    `format` is `U`, `B`, `CP`, `UOP`, `RLE` or `UB` (thesis §3.2.1).
    `metadata_bits`/`payload_bits` 0 means the default for the fiber's
    shape; `flattened` lists the problem dimensions the rank may absorb.

    ```mlir
    #accel.rank<format = "CP", metadata_bits = 2>
    ```
  }];
  let parameters = (ins
    "::mlir::StringAttr":$format,
    DefaultValuedParameter<"unsigned", "0">:$metadata_bits,
    DefaultValuedParameter<"unsigned", "0">:$payload_bits,
    OptionalParameter<"::mlir::ArrayAttr">:$flattened
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Accel_TensorFormatAttr : Accel_Attr<"TensorFormat", "format"> {
  let summary = "How a level stores one tensor: one format per rank";
  let description = [{
    Ranks are listed outermost first, as in Sparseloop's
    `representation-format`; `inner_to_outer` is its
    `rank-application-order`.

    ```mlir
    #accel.format<tensor = "Weights",
                  ranks = [#accel.rank<format = "UOP">,
                           #accel.rank<format = "CP", metadata_bits = 2>]>
    ```
  }];
  let parameters = (ins
    "::mlir::StringAttr":$tensor,
    "::mlir::ArrayAttr":$ranks,
    DefaultValuedParameter<"bool", "false">:$inner_to_outer
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Accel_ConditionAttr : Accel_Attr<"Condition", "cond"> {
  let summary = "Leader -> follower: `target` is saved when its leaders' tiles are empty";
  let description = [{
    ```mlir
    #accel.cond<"Inputs" on ["Weights"]>
    ```
    A double-sided intersection is two conditions, each side on the other.
  }];
  let parameters = (ins "::mlir::StringAttr":$target,
                        "::mlir::ArrayAttr":$condition_on);
  let assemblyFormat = "`<` $target `on` $condition_on `>`";
  let genVerifyDecl = 1;
}

def Accel_ActionAttr : Accel_Attr<"Action", "action"> {
  let summary = "A gating or skipping SAF at a storage level";
  let description = [{
    `kind` is `gating`, `skipping`, `skipping_spatial` or
    `position_skipping`; with several `options` the model keeps the one that
    saves the most energy (Sparseloop's `options`).

    ```mlir
    #accel.action<"skipping", [#accel.cond<"Inputs" on ["Weights"]>]>
    ```

    `public_skipping` (position skipping only) says how the design is
    written for the public Timeloop, which has no position skipping: as
    skipping of the same targets on each other. Without it the Sparseloop
    export refuses the design.
  }];
  let parameters = (ins "::mlir::StringAttr":$kind, "::mlir::ArrayAttr":$options,
                        DefaultValuedParameter<"bool", "false">:$public_skipping);
  let assemblyFormat =
      "`<` $kind `,` $options (`,` `public_skipping` `=` $public_skipping^)? `>`";
  let genVerifyDecl = 1;
}

def Accel_LevelSafAttr : Accel_Attr<"LevelSaf", "saf"> {
  let summary = "The sparse acceleration features of one storage level";
  let description = [{
    ```mlir
    #accel.saf<level = "SMEM",
               formats = [#accel.format<tensor = "Weights", ranks = [...]>],
               actions = [#accel.action<"skipping", [...]>]>
    ```
  }];
  let parameters = (ins "::mlir::StringAttr":$level,
                        OptionalParameter<"::mlir::ArrayAttr">:$formats,
                        OptionalParameter<"::mlir::ArrayAttr">:$actions);
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

def Accel_DesignAttr : Accel_Attr<"Design", "design"> {
  let summary = "A whole accelerator: storage, compute, SAFs, patterns";
  let description = [{
    The IR spelling of an architecture the cost model evaluates:

    - `levels`: `#accel.storage`, innermost (closest to compute) first;
    - `compute`: the MACs;
    - `safs`: `#accel.saf` per level that has formats or gating/skipping;
      `compute_gating`/`compute_skipping` are the compute-level SAFs;
    - `keep`: a `#accel.mapping` without loops saying which tensors each
      level may hold (the keep/bypass constraints of the mapspace);
    - `patterns`: per tensor role, the structured-sparsity patterns the
      hardware exploits, e.g. `{Weights = ["2:4"]}` for STC or
      `["C1(2:{2..8})->C0(2:{2..4})"]` for HighLight. An operand that
      satisfies none runs dense; one that satisfies a pattern runs at the
      pattern's density (explicit zeros fill the groups). Without an
      entry, the tensor's sparsity is exploited as its SAFs allow.
    - `swap_operands`: whether the structured operand may be either input
      of a matrix product (transposing the product), or only the first;
    - `format_choices`: per tensor role, the formats the hardware can
      decode for its compressed ranks (`["CP", "B", "RLE"]`), among which
      `--accel-assign-formats` picks per operation.

    `--accel-map` attaches the design it used to the module as
    `accel.design`, and uses an existing `accel.design` instead of loading
    a preset, so a design can be edited in the IR.
  }];
  let parameters = (ins
    "::mlir::StringAttr":$name,
    "::mlir::ArrayAttr":$levels,
    "::mlir::accel::ComputeAttr":$compute,
    "::mlir::ArrayAttr":$safs,
    DefaultValuedParameter<"bool", "false">:$compute_gating,
    DefaultValuedParameter<"bool", "false">:$compute_skipping,
    "::mlir::accel::MappingAttr":$keep,
    OptionalParameter<"::mlir::DictionaryAttr">:$patterns,
    DefaultValuedParameter<"bool", "true">:$swap_operands,
    OptionalParameter<"::mlir::DictionaryAttr">:$format_choices
  );
  let assemblyFormat = "`<` struct(params) `>`";
  let genVerifyDecl = 1;
}

#endif // SPARSEACCEL_ACCEL_ATTRS
