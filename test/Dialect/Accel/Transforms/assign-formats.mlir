// --accel-assign-formats tries every format the design can decode for a
// tensor with the cost model and keeps the best. The design here is DSTC
// with decoders for bitmask, 6-bit coordinates and 4-bit runs for the
// weights; at ~4 % density a run (4 bits per non-zero) beats a coordinate
// (6 bits) and a bitmask (1 bit per position, ~25 per non-zero).
// RUN: sed 's/^preset: {name: dstc}/preset: {name: dstc-formats, format-choices: {Weights: [B, "CP(6)", "RLE(4)"]}}/' %src_root/presets/dstc.yaml > %t.yaml
// RUN: sparse-opt %S/Inputs/very-sparse-matmul.mlir --accel-assign-formats="arch-file=%t.yaml budget=500" --accel-map="budget=500" 2>&1 | FileCheck %s
// CHECK: remark: formats for 'Weights' by edp: B [[B:[0-9.e+]+]], CP(6) [[CP:[0-9.e+]+]], RLE(4) [[RLE:[0-9.e+]+]] -> RLE(4)
// CHECK: linalg.matmul {accel.cost = #accel.cost<{{.*}}accel.formats = {Weights = "RLE(4)"}

// --accel-map applies accel.formats: forcing a bitmask or runs changes
// the predicted cost.
// RUN: sed 's/linalg.matmul ins/linalg.matmul {accel.formats = {Weights = "B"}} ins/' %S/Inputs/very-sparse-matmul.mlir > %t.b.mlir
// RUN: sed 's/linalg.matmul ins/linalg.matmul {accel.formats = {Weights = "RLE(4)"}} ins/' %S/Inputs/very-sparse-matmul.mlir > %t.rle.mlir
// RUN: sparse-opt %t.b.mlir --accel-map="arch-file=%t.yaml budget=500" | grep -o 'accel.cost = #accel.cost<[^>]*>' > %t.b.cost
// RUN: sparse-opt %t.rle.mlir --accel-map="arch-file=%t.yaml budget=500" | grep -o 'accel.cost = #accel.cost<[^>]*>' > %t.rle.cost
// RUN: not diff %t.b.cost %t.rle.cost

// A format the design cannot decode, or a bitmask rank turned into
// coordinates without a width, is a warning and the op stays unmapped.
// RUN: sed 's/linalg.matmul ins/linalg.matmul {accel.formats = {Weights = "CSR"}} ins/' %S/Inputs/very-sparse-matmul.mlir > %t.bad.mlir
// RUN: sparse-opt %t.bad.mlir --accel-map="arch-file=%t.yaml budget=100" 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: warning: not mapped: bad format choice 'CSR' (expected CP, B or RLE, optionally with metadata bits: CP(4))
// RUN: sed 's/linalg.matmul ins/linalg.matmul {accel.formats = {Weights = "CP"}} ins/' %S/Inputs/very-sparse-matmul.mlir > %t.cp.mlir
// RUN: sparse-opt %t.cp.mlir --accel-map="arch-file=%t.yaml budget=100" 2>&1 | FileCheck %s --check-prefix=WIDTH
// WIDTH: warning: not mapped: format choice 'CP' replaces a bitmask rank: give its metadata bits, as in CP(4)

// A design without format choices leaves the IR unchanged.
// RUN: sparse-opt %S/Inputs/very-sparse-matmul.mlir --accel-assign-formats="arch=dstc budget=100" | FileCheck %s --check-prefix=NONE
// NONE-NOT: accel.formats
// NONE: accel.design
// NONE-NOT: accel.formats

// A bad format choice in the preset is an error at its YAML line.
// RUN: sed 's/^preset: {name: dstc}/preset: {name: x, format-choices: {Weights: [UOP]}}/' %src_root/presets/dstc.yaml > %t.badchoice.yaml
// RUN: not sparse-opt %S/Inputs/very-sparse-matmul.mlir --accel-assign-formats="arch-file=%t.badchoice.yaml" 2>&1 | FileCheck %s --check-prefix=YAML
// YAML: note: {{.*}}badchoice.yaml:3:{{[0-9]+}}: error: bad format choice 'UOP' (expected CP, B or RLE, optionally with metadata bits as in CP(4))
