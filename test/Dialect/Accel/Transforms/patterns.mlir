// The design's patterns decide at what density the weights run.
// STC exploits 2:4: 1:4 weights run as 2:4 (zeros stored explicitly), 3:4
// weights satisfy nothing and run dense.
// RUN: sparse-opt %s --accel-map="arch=stc budget=200" | FileCheck %s --check-prefix=STC
// STC-LABEL: func.func @one_of_four
// STC: accel.exploited = "Weights: 2:4 of 2:4 at density 0.5"
// STC-LABEL: func.func @three_of_four
// STC: accel.exploited = "Weights: dense (the weights satisfy none of the design's patterns)"

// S2TA's {1..4}:8 runs the 1:4 weights (2 per 8) at their own density.
// RUN: sparse-opt %s --accel-map="arch=s2ta budget=200" | FileCheck %s --check-prefix=S2TA
// S2TA-LABEL: func.func @one_of_four
// S2TA: accel.exploited = "Weights: 2:8 of {1..4}:8 at density 0.25"

// A design that cannot swap operands cannot use structured weights on the
// right-hand side of x @ W.
// RUN: sed 's/swap-operands: true/swap-operands: false/' %src_root/presets/stc.yaml > %t.noswap.yaml
// RUN: sparse-opt %s --accel-map="arch-file=%t.noswap.yaml budget=200" | FileCheck %s --check-prefix=NOSWAP
// NOSWAP-LABEL: func.func @one_of_four
// NOSWAP: accel.exploited = "Weights: dense (the weights are the second operand and the design cannot swap operands)"

// The same on a design that lists no patterns (DSTC): no attribute, the
// SAFs exploit whatever the data holds.
// RUN: sparse-opt %s --accel-map="arch=dstc budget=200" | FileCheck %s --check-prefix=DSTC
// DSTC-NOT: accel.exploited

// A malformed pattern or an unknown tensor in the preset section is an
// error at its YAML line.
// RUN: sed 's/patterns: {Weights: \["2:4"\]}/patterns: {Weights: ["2:4:8"], Psums: ["2:4"]}/' %src_root/presets/stc.yaml > %t.bad.yaml
// RUN: not sparse-opt %s --accel-map="arch-file=%t.bad.yaml budget=10" 2>&1 | FileCheck %s --check-prefix=BAD
// BAD: error: cannot use architecture file
// BAD-DAG: note: {{.*}}bad.yaml:{{[0-9]+}}:{{[0-9]+}}: error: bad pattern '2:4:8': H of '2:4:8' must be a positive integer
// BAD-DAG: note: {{.*}}bad.yaml:{{[0-9]+}}:{{[0-9]+}}: error: unknown data space 'Psums' in 'patterns'

func.func @one_of_four(%x: tensor<4x16xf32>, %o: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %w = arith.constant dense<[[1.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0], [0.0, 3.0, 0.0, 0.0, 0.0, 7.0, 0.0, 0.0], [0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 2.0, 0.0], [0.0, 0.0, 0.0, 7.0, 0.0, 0.0, 0.0, 4.0], [5.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0], [0.0, 7.0, 0.0, 0.0, 0.0, 4.0, 0.0, 0.0], [0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 6.0, 0.0], [0.0, 0.0, 0.0, 4.0, 0.0, 0.0, 0.0, 1.0], [2.0, 0.0, 0.0, 0.0, 6.0, 0.0, 0.0, 0.0], [0.0, 4.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 6.0, 0.0, 0.0, 0.0, 3.0, 0.0], [0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 5.0], [6.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0, 0.0, 5.0, 0.0, 0.0], [0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 7.0, 0.0], [0.0, 0.0, 0.0, 5.0, 0.0, 0.0, 0.0, 2.0]]> : tensor<16x8xf32>
  %r = linalg.matmul ins(%x, %w : tensor<4x16xf32>, tensor<16x8xf32>)
                     outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

func.func @three_of_four(%x: tensor<4x16xf32>, %o: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 1.0], [2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 1.0, 2.0], [3.0, 4.0, 5.0, 6.0, 7.0, 1.0, 2.0, 3.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [5.0, 6.0, 7.0, 1.0, 2.0, 3.0, 4.0, 5.0], [6.0, 7.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [7.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 1.0, 2.0], [3.0, 4.0, 5.0, 6.0, 7.0, 1.0, 2.0, 3.0], [4.0, 5.0, 6.0, 7.0, 1.0, 2.0, 3.0, 4.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [6.0, 7.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [7.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0], [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 1.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]]> : tensor<16x8xf32>
  %r = linalg.matmul ins(%x, %w : tensor<4x16xf32>, tensor<16x8xf32>)
                     outs(%o : tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}
