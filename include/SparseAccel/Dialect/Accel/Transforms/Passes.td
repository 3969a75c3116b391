//===- Passes.td - accel dialect passes --------------------*- tablegen -*-===//

#ifndef SPARSEACCEL_ACCEL_PASSES
#define SPARSEACCEL_ACCEL_PASSES

include "mlir/Pass/PassBase.td"

def AccelAssignFormats : Pass<"accel-assign-formats", "::mlir::ModuleOp"> {
  let summary = "Choose, per operation, the formats the design can decode";
  let description = [{
    For every operation `--accel-map` can take and every tensor for which
    the design lists `format_choices` (for example `Weights: [CP, B, RLE]`
    in a preset's `preset:` section), evaluates each format with the cost
    model: the tensor's compressed ranks at every level are re-encoded in
    it (a bitmask spends one bit per coordinate, coordinates and runs keep
    the design's metadata width unless the choice gives one, as in
    `CP(4)`), a mapping search of `budget` evaluations runs, and the format
    with the best objective wins. The choice is written as
    `accel.formats = {Weights = "B"}`, which `--accel-map` applies; a remark
    lists every candidate's objective. Tensors without choices keep the
    design's format.

    The design comes from the module's `accel.design` or, as for
    `--accel-map`, from `arch`/`arch-file` (and is then attached).

    ```
    sparse-opt model.mlir --accel-assign-formats="arch=stc-formats" \
                          --accel-map="arch=stc-formats"
    ```
  }];
  let options = [
    Option<"arch", "arch", "std::string", /*default=*/"\"stc\"",
           "Preset architecture (a file of presets/)">,
    Option<"archFile", "arch-file", "std::string", /*default=*/"\"\"",
           "Timeloop v0.3 architecture file (overrides arch)">,
    Option<"objective", "objective", "std::string", /*default=*/"\"edp\"",
           "edp, energy or latency">,
    Option<"budget", "budget", "uint64_t", /*default=*/"2000",
           "Mappings to evaluate per operation and candidate format">,
    Option<"seed", "seed", "uint64_t", /*default=*/"1", "Search seed">,
    Option<"threads", "threads", "unsigned", /*default=*/"0",
           "Search threads (0: all cores); never changes the result">,
    Option<"activationDensity", "activation-density", "double",
           /*default=*/"1.0",
           "Density of non-constant inputs (uniformly random zeros)">,
  ];
  let dependentDialects = ["::mlir::accel::AccelDialect"];
}

def AccelMap : Pass<"accel-map", "::mlir::ModuleOp"> {
  let summary = "Choose a mapping for every contraction with the cost model";
  let description = [{
    For every `linalg` operation that multiplies two operands and
    accumulates (matmul, batch_matmul, matvec, convolutions including
    strided, dilated and depthwise ones, and any `linalg.generic` with a
    multiply-accumulate body), derives the Einsum from its indexing maps,
    builds the cost-model problem on the chosen architecture (a preset of
    `presets/` or a Timeloop v0.3 `arch-file`), searches the mapspace and
    attaches the best mapping as `accel.mapping` and its predicted cost as
    `accel.cost`.

    The design is attached to the module as `accel.design` (an
    `#accel.design`); when the module already has one and neither `arch`
    nor `arch-file` is given, that design is used, so it can be edited in
    the IR. Formats chosen by `--accel-assign-formats` (`accel.formats`)
    are applied. When the design lists structured `patterns` for the
    weights, they run at the density of the tightest pattern they satisfy,
    or dense when they satisfy none (`accel.exploited` says which).

    `dataflow=fixed` evaluates the mapping written in the `arch-file`
    (factors over the op's loops `d0`, `d1`, ...) instead of searching, and
    `dataflow=spatial` keeps its spatial split and searches the temporal
    factors and orders: the way to compare designs whose dataflow is part
    of the design (thesis Sec. 4.9.2).

    Roles: the operand defined by a constant is the weight (its density is
    measured from the data, zero pattern included); the other input is the
    activation, with density `activation-density`; the init operand is the
    output. Operations the model cannot take are left unmapped with a
    warning saying why; the rest of the module is still mapped.

    ```
    sparse-opt model.mlir --accel-map="arch=stc objective=edp budget=4000"
    ```
  }];
  let options = [
    Option<"arch", "arch", "std::string", /*default=*/"\"stc\"",
           "Preset architecture: a file of presets/ (tc, stc, stc-flexible, "
           "dstc, s2ta, highlight, eyeriss, eyeriss-v2, scnn, extensor)">,
    Option<"archFile", "arch-file", "std::string", /*default=*/"\"\"",
           "Timeloop v0.3 architecture + ERT + sparse_optimizations + "
           "keep/bypass mapping file (overrides arch)">,
    Option<"objective", "objective", "std::string", /*default=*/"\"edp\"",
           "edp, energy or latency">,
    Option<"strategy", "strategy", "std::string", /*default=*/"\"random\"",
           "random (sampling + hill climbing) or exhaustive">,
    Option<"budget", "budget", "uint64_t", /*default=*/"10000",
           "Mappings to evaluate per operation">,
    Option<"seed", "seed", "uint64_t", /*default=*/"1", "Search seed">,
    Option<"threads", "threads", "unsigned", /*default=*/"0",
           "Search threads (0: all cores); never changes the result">,
    Option<"activationDensity", "activation-density", "double",
           /*default=*/"1.0",
           "Density of non-constant inputs (uniformly random zeros)">,
    Option<"dataflow", "dataflow", "std::string", /*default=*/"\"free\"",
           "free (search everything), spatial (keep the arch-file mapping's "
           "spatial factors, search the rest) or fixed (evaluate the "
           "arch-file mapping as given; its factors name the op's loops "
           "d0, d1, ...)">,
  ];
  let dependentDialects = ["::mlir::accel::AccelDialect"];
}

def AccelReport : Pass<"accel-report", "::mlir::ModuleOp"> {
  let summary = "Print the predicted cost of every mapped operation";
  let description = [{
    Per operation and per function: cycles, energy, energy-delay product and
    the speedup over the same design running dense data, as text, JSON or
    CSV. Unmapped contractions are listed as such. The IR is unchanged.
  }];
  let options = [
    Option<"format", "format", "std::string", /*default=*/"\"text\"",
           "text, json or csv">,
  ];
  let dependentDialects = ["::mlir::accel::AccelDialect"];
}

#endif // SPARSEACCEL_ACCEL_PASSES
