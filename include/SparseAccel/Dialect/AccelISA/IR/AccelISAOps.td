//===- AccelISAOps.td - Accelerator instruction stream ------*- tablegen -*-===//
//
// The instruction set of the HighLight-class accelerator (docs/isa.md) as
// MLIR operations: an `accel_isa.program` per operation the accelerator
// runs, holding tensor and weight declarations and the instruction stream,
// and `accel_isa.launch` where the function calls it. Dense (TC) and 2:4
// (STC) designs use the same instructions with fewer features.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_ACCELISA_OPS
#define SPARSEACCEL_ACCELISA_OPS

include "mlir/IR/OpBase.td"
include "mlir/IR/EnumAttr.td"
include "mlir/IR/SymbolInterfaces.td"
include "mlir/IR/BuiltinAttributeInterfaces.td"
include "mlir/Interfaces/SideEffectInterfaces.td"

def AccelISA_Dialect : Dialect {
  let name = "accel_isa";
  let cppNamespace = "::mlir::accel_isa";
  let summary = "Instruction streams for HighLight-class sparse accelerators";
  let description = [{
    `--accel-lower-to-isa` turns every mapped operation the accelerator can
    run into an `accel_isa.program` and replaces it by `accel_isa.launch`.
    A program declares its tensors (inputs and outputs exchanged with the
    host through DRAM, scratch matrices in the GLB), its packed weights
    (hierarchical CP: payload plus per-rank coordinates, thesis Fig. 6-5),
    and a stream of instructions that follows the operation's mapping:
    the loop nest configuration, DRAM-level loops over tiles with the DMA
    of operand, weight and partial-sum tiles placed where the mapping's
    reuse needs them, Toeplitz expansion for convolutions, matrix
    multiplication over the stored blocks of the packed operand, and
    barriers.
    `sparse-translate --to-accel-binary` writes each program in the binary
    form specified in `docs/isa.md`, which `sparse-sim` executes.

    Each instruction has a verifier for its operands; the program verifier
    runs the same whole-stream validation as the binary loader (tiling,
    shapes, VFMU shift, GLB working set) and reports at the instruction.
  }];
}

def AccelISA_TensorKind : I32EnumAttr<"TensorKind", "role of a tensor", [
  I32EnumAttrCase<"Input", 0, "input">,
  I32EnumAttrCase<"Output", 1, "output">,
  I32EnumAttrCase<"Scratch", 2, "scratch">]> {
  let cppNamespace = "::mlir::accel_isa";
}

def AccelISA_DmaMode : I32EnumAttr<"DmaMode", "what a DMA moves", [
  I32EnumAttrCase<"Whole", 0, "whole">,
  I32EnumAttrCase<"OperandTile", 1, "operand_tile">,
  I32EnumAttrCase<"ResultTile", 2, "result_tile">,
  I32EnumAttrCase<"Partial", 3, "partial">]> {
  let cppNamespace = "::mlir::accel_isa";
}

class ISA_Op<string mnemonic, list<Trait> traits = []>
    : Op<AccelISA_Dialect, mnemonic, traits>;

// An instruction lives in a program, possibly inside loops.
class ISA_Instr<string mnemonic, list<Trait> traits = []>
    : ISA_Op<mnemonic, !listconcat(traits, [
        ParentOneOf<["ProgramOp", "LoopOp"]>])>;

def AccelISA_ProgramOp : ISA_Op<"program", [
    Symbol, SymbolTable, IsolatedFromAbove, NoTerminator, SingleBlock,
    NoRegionArguments]> {
  let summary = "An accelerator program: declarations and instructions";
  let description = [{
    The resources are the design's: `macs` MACs, a GLB of `glb_bytes`
    moving `glb_bytes_per_cycle` per direction (0: unlimited), DRAM moving
    `dram_bytes_per_cycle` per direction, a datapath of `word_bits`.
    `predicted_cycles` is the cost model's prediction for the mapping the
    program follows, `encoding_bits` the packed weight size the weights'
    `#fiber.encoding` predicts (when the program packs them at the
    encoding's degree; the packed blob must take exactly that), and
    `source` names the operation it came from.
    Execution starts at the first instruction and ends after the last.

    ```mlir
    accel_isa.program @main.matmul.3_10 attributes {
        macs = 1024, glb_bytes = 262144, glb_bytes_per_cycle = 42,
        dram_bytes_per_cycle = 32, word_bits = 8} {
      accel_isa.tensor @x input [64, 128] : f32
      accel_isa.tensor @y output [64, 96] : f32
      accel_isa.weights @w0 [96, 128] g [2, 2] h [4, 4] {...}
      accel_isa.config problem [64, 96, 128] tile [16, 96, 128]
          step [16, 8, 16] fanout [16, 8, 4] order "KNM" keeps "XW"
          held_below "WZ" streamed "W" lanes 512 vfmu_shift 16
          skip_x_on_w
      accel_isa.zero @y
      accel_isa.load_weights @w0 tile
      accel_isa.loop 4 over "M" {
        accel_isa.load @x operand_tile
        accel_isa.matmul @y, @x, @w0
        accel_isa.store @y result_tile
      }
    }
    ```
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, I64Attr:$macs,
                   I64Attr:$glb_bytes, I64Attr:$glb_bytes_per_cycle,
                   I64Attr:$dram_bytes_per_cycle,
                   I64Attr:$word_bits, OptionalAttr<I64Attr>:$predicted_cycles,
                   OptionalAttr<I64Attr>:$encoding_bits,
                   OptionalAttr<StrAttr>:$source);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$sym_name attr-dict-with-keyword $body";
  let hasVerifier = 1;
  let hasRegionVerifier = 1;
}

def AccelISA_TensorOp : ISA_Op<"tensor", [Symbol, HasParent<"ProgramOp">]> {
  let summary = "A tensor of the program";
  let description = [{
    Inputs and outputs are exchanged with the host (in declaration order
    they are the operands and results of `accel_isa.launch`); scratch
    tensors live in the GLB. Shapes have 1 to 4 dimensions; elements are
    f32, i8 or i32 (a matrix product is f32 x f32 -> f32 or
    i8 x i8 -> i32).
  }];
  let arguments = (ins SymbolNameAttr:$sym_name,
                   AccelISA_TensorKind:$kind, DenseI64ArrayAttr:$shape,
                   TypeAttr:$element_type);
  let assemblyFormat = "$sym_name $kind $shape `:` $element_type attr-dict";
  let hasVerifier = 1;
}

def AccelISA_WeightsOp : ISA_Op<"weights", [Symbol, HasParent<"ProgramOp">]> {
  let summary = "A packed weight operand (hierarchical CP along K)";
  let description = [{
    `rows` x `k` values packed along K: rank r (innermost first) keeps
    `g[r]` of every `h[r]` blocks, each named by a coordinate of
    ceil(log2 h[r]) bits in `metadata[r]` (`metadata_bits[r]` bits, LSB
    first); `payload` holds g[0] values per stored rank-0 block. A dense
    operand is `g = [1], h = [1]` (no metadata). Row n of the blob is
    column n of the product's W, so the blob is N x K.

    Weights that are not compile-time constants (function arguments) come
    `from` an input tensor in a `layout` ("kn": W [K, N]; "fchw": a
    convolution's W [F, C, KH, KW], K in (kh, kw, c) order; "bkn": a batch
    matmul's W [B, K, N]) and are packed when the program is loaded; data
    that breaks the pattern is refused then.
  }];
  let arguments = (ins SymbolNameAttr:$sym_name, I64Attr:$rows, I64Attr:$k,
                   DenseI64ArrayAttr:$g, DenseI64ArrayAttr:$h,
                   OptionalAttr<ElementsAttr>:$payload,
                   OptionalAttr<TypedArrayAttrBase<ElementsAttr,
                                "metadata bit streams">>:$metadata,
                   OptionalAttr<DenseI64ArrayAttr>:$metadata_bits,
                   OptionalAttr<FlatSymbolRefAttr>:$source,
                   OptionalAttr<StrAttr>:$layout);
  let assemblyFormat = [{
    $sym_name ` ` `[` $rows `,` $k `]` `g` $g `h` $h
    (`from` $source^ `layout` $layout)? attr-dict
  }];
  let hasVerifier = 1;
}

def AccelISA_ConfigOp : ISA_Instr<"config"> {
  let summary = "The loop nest of the following matrix products";
  let description = [{
    The problem is `problem` = [M, N, K] (rows, output columns,
    reduction). DMA moves `tile`-sized pieces between DRAM and the GLB (the
    current tile of a dimension is the index of the enclosing loops tagged
    with it); within a tile, each GLB-level iteration hands the arrays a
    `step`, visiting steps in `order` (innermost first, e.g. "KNM"). The
    GLB keeps the tensors in `keeps` (X, W, Z); the others stream past it
    from DRAM. A buffer below the GLB holds those in `held_below`: they
    move when their step changes; the others move for every use, once per
    multicast group of the spatial `fanout` [M, N, K] below the GLB. Those
    in `streamed` are held below but refetched whole on every step (loops
    between their holder and the GLB move the holder's tile within a
    step).
    `skip_x_on_w`: the GLB does not read the X step of a step whose weight
    tile stores nothing. `lanes` MACs are in use (the mapping's spatial
    unrolling after structured compaction) and the VFMU advances
    `vfmu_shift` values of X per group of the weight pattern (the product
    of its `h`). With `x_block_csr [b, bits]`, X is held compressed
    block-CSR along K (thesis §6.3.4): blocks of `b` values keep their
    non-zeros and `bits` of start and end addresses. With `batch b`, the
    products are a batch of b independent ones (X [b, M, K], Z [b, M, N],
    the weight blob's rows batch-major), stepped by loops over "B". With
    `refetch [x, w]`, a streamed X or W is fetched that many times per GLB
    step (loops between its holder and the GLB that it does not depend on,
    outside those it does, cycle its tile again).
  }];
  let arguments = (ins DenseI64ArrayAttr:$problem, DenseI64ArrayAttr:$tile,
                   DenseI64ArrayAttr:$step, DenseI64ArrayAttr:$fanout,
                   StrAttr:$order, StrAttr:$keeps, StrAttr:$held_below,
                   StrAttr:$streamed,
                   I64Attr:$lanes, I64Attr:$vfmu_shift,
                   UnitAttr:$skip_x_on_w,
                   OptionalAttr<I64Attr>:$x_block_csr,
                   OptionalAttr<I64Attr>:$x_block_metadata_bits,
                   OptionalAttr<I64Attr>:$batch,
                   OptionalAttr<DenseI64ArrayAttr>:$refetch);
  let assemblyFormat = [{
    `problem` $problem `tile` $tile `step` $step `fanout` $fanout `order`
    $order `keeps` $keeps `held_below` $held_below `streamed` $streamed
    `lanes` $lanes `vfmu_shift` $vfmu_shift (`skip_x_on_w` $skip_x_on_w^)?
    (`x_block_csr` ` ` `[` $x_block_csr^ `,` $x_block_metadata_bits `]`)?
    (`batch` $batch^)? (`refetch` $refetch^)? attr-dict
  }];
  let hasVerifier = 1;
}

def AccelISA_ZeroOp : ISA_Instr<"zero"> {
  let summary = "Clear an output or scratch tensor";
  let arguments = (ins FlatSymbolRefAttr:$tensor);
  let assemblyFormat = "$tensor attr-dict";
  let hasVerifier = 1;
}

def AccelISA_InitOp : ISA_Instr<"init"> {
  let summary = "Start an output from an input (a bias the product adds to)";
  let arguments = (ins FlatSymbolRefAttr:$tensor, FlatSymbolRefAttr:$from);
  let assemblyFormat = "$tensor `from` $from attr-dict";
  let hasVerifier = 1;
}

def AccelISA_LoadWeightsOp : ISA_Instr<"load_weights"> {
  let summary = "DMA a weight blob (or its current tile) into the GLB";
  let description = [{
    All of it, or with `tile` the stored entries and metadata of the
    current (N, K) tile. The blob's header programs the arrays' G:H.
  }];
  let arguments = (ins FlatSymbolRefAttr:$weights, UnitAttr:$tile);
  let assemblyFormat = "$weights (`tile` $tile^)? attr-dict";
  let hasVerifier = 1;
}

def AccelISA_LoadOp : ISA_Instr<"load"> {
  let summary = "DMA a tensor (or the current tile of it) DRAM -> GLB";
  let description = [{
    `whole`; `operand_tile`: the current (M, K) tile of X (of an NCHW
    input, its proportional share); `result_tile`: the current (M, N) tile
    of the result; `partial`: the same, except in the first K tile (partial
    sums coming back).
  }];
  let arguments = (ins FlatSymbolRefAttr:$tensor, AccelISA_DmaMode:$mode);
  let assemblyFormat = "$tensor $mode attr-dict";
  let hasVerifier = 1;
}

def AccelISA_StoreOp : ISA_Instr<"store"> {
  let summary = "DMA a tensor (or the current tile of it) GLB -> DRAM";
  let description = [{ `whole` or `result_tile`. }];
  let arguments = (ins FlatSymbolRefAttr:$tensor, AccelISA_DmaMode:$mode);
  let assemblyFormat = "$tensor $mode attr-dict";
  let hasVerifier = 1;
}

def AccelISA_Im2ColOp : ISA_Instr<"im2col"> {
  let summary = "Toeplitz expansion of an NCHW tensor (thesis Fig. 6-4)";
  let description = [{
    Row (n, oh, ow), column (i * KW + j) * C + c of `dest` is
    `source[n, c, oh * stride[0] + i * dilation[0], ow * stride[1] + j *
    dilation[1]]`: channels innermost, so a weight pattern along C stays
    contiguous along K.
  }];
  let arguments = (ins FlatSymbolRefAttr:$dest, FlatSymbolRefAttr:$source,
                   DenseI64ArrayAttr:$kernel, DenseI64ArrayAttr:$strides,
                   DenseI64ArrayAttr:$dilations, UnitAttr:$tile);
  let assemblyFormat = [{
    $dest `,` $source `kernel` $kernel `strides` $strides `dilations`
    $dilations (`tile` $tile^)? attr-dict
  }];
  let hasVerifier = 1;
}

def AccelISA_MatMulOp : ISA_Instr<"matmul"> {
  let summary = "Z[tile] += X[tile] x W^T over the stored blocks of W";
  let arguments = (ins FlatSymbolRefAttr:$acc, FlatSymbolRefAttr:$lhs,
                   FlatSymbolRefAttr:$weights);
  let assemblyFormat = "$acc `,` $lhs `,` $weights attr-dict";
  let hasVerifier = 1;
}

def AccelISA_ToNCHWOp : ISA_Instr<"to_nchw"> {
  let summary = "Fold a [N*OH*OW, F] matrix into an NCHW output";
  let arguments = (ins FlatSymbolRefAttr:$dest, FlatSymbolRefAttr:$source,
                   UnitAttr:$tile);
  let assemblyFormat = "$dest `,` $source (`tile` $tile^)? attr-dict";
  let hasVerifier = 1;
}

def AccelISA_LoopOp : ISA_Instr<"loop", [NoTerminator, SingleBlock,
                                          NoRegionArguments]> {
  let summary = "Repeat a body, stepping the tiles of one dimension";
  let description = [{
    `over` "M", "N", "K" or "B" (the batch): the iterations step through
    that dimension's tiles (several loops over one dimension combine, outer
    ones most significant).
  }];
  let arguments = (ins I64Attr:$count, OptionalAttr<StrAttr>:$over);
  let regions = (region SizedRegion<1>:$body);
  let assemblyFormat = "$count (`over` $over^)? $body attr-dict";
  let hasVerifier = 1;
}

def AccelISA_BarrierOp : ISA_Instr<"barrier"> {
  let summary = "Wait for outstanding DMA and compute";
  let assemblyFormat = "attr-dict";
}

def AccelISA_LaunchOp : ISA_Op<"launch", [
    DeclareOpInterfaceMethods<SymbolUserOpInterface>]> {
  let summary = "Run a program on the accelerator";
  let description = [{
    Operands are the program's input tensors and results its outputs, in
    declaration order, with matching shapes.
  }];
  let arguments = (ins FlatSymbolRefAttr:$program,
                   Variadic<AnyRankedTensor>:$inputs);
  let results = (outs Variadic<AnyRankedTensor>:$outputs);
  let assemblyFormat = [{
    $program `(` $inputs `)` attr-dict `:` functional-type($inputs, $outputs)
  }];
}

#endif // SPARSEACCEL_ACCELISA_OPS
