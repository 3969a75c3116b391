// --accel-map attaches the design it used as an #accel.design; mapping
// the result again without naming an architecture uses that design and
// reproduces the cost exactly (the design attribute round-trips the
// preset through the IR).
// RUN: sparse-opt %s --accel-map="arch=stc budget=300" -o %t.mapped.mlir
// RUN: FileCheck %s --check-prefix=FIRST --input-file=%t.mapped.mlir
// RUN: sparse-opt %t.mapped.mlir --accel-map="budget=300" -o %t.again.mlir
// RUN: FileCheck %s --check-prefix=FIRST --input-file=%t.again.mlir
// RUN: grep -o 'accel.cost = #accel.cost<[^>]*>' %t.mapped.mlir > %t.cost1
// RUN: grep -o 'accel.cost = #accel.cost<[^>]*>' %t.again.mlir > %t.cost2
// RUN: diff %t.cost1 %t.cost2
// FIRST: accel.design = #accel.design<name = "stc"
// FIRST: accel.cost = #accel.cost<cycles = {{[1-9][0-9]*}}

// A design written in the IR is used as is: its levels name the mapping.
// RUN: sparse-opt %S/Inputs/tiny-design.mlir --accel-map="budget=200" | FileCheck %s --check-prefix=TINY
// TINY: accel.cost = #accel.cost<cycles = 256,
// TINY-SAME: accel.mapping = #accel.mapping<[#accel.level<"Buf", loops = [{{.*}}], keep = ["Weights", "Inputs", "Outputs"]>, #accel.level<"DRAM",

// A design naming a tensor the operation lacks is an error on the op.
// RUN: sed 's/"Inputs", "Outputs"\]>, #accel.level<"DRAM"/"Inputs", "Psums"]>, #accel.level<"DRAM"/' %S/Inputs/tiny-design.mlir > %t.bad.mlir
// RUN: sparse-opt %t.bad.mlir --accel-map="budget=200" 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: warning: not mapped: the design names tensor 'Psums', which the operation lacks
func.func @mm(%x: tensor<64x128xf32>, %w: tensor<128x32xf32>,
              %o: tensor<64x32xf32>) -> tensor<64x32xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<64x128xf32>, tensor<128x32xf32>)
                     outs(%o : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}
