// An unknown preset is an error naming the available ones.
// RUN: not sparse-opt %s --accel-map="arch=tpu9" 2>&1 | FileCheck %s --check-prefix=PRESET
// PRESET: error: unknown architecture preset 'tpu9' (no {{.*}}tpu9.yaml); available: {{.*}}stc

// An architecture file with errors: the diagnostics of the file, on the op.
// RUN: printf 'architecture: {version: 0.3}\nERT: {tables: []}\nmapping: []\n' > %t.arch.yaml
// RUN: not sparse-opt %s --accel-map="arch-file=%t.arch.yaml" 2>&1 | FileCheck %s --check-prefix=FILE
// FILE: error: cannot use architecture file
// FILE: note: {{.*}}arch.yaml:1:16: error: 'architecture' needs a v0.3 'subtree'/'local' tree

// Nothing fits: the op is left unmapped with the reason.
// RUN: sed 's/data_storage_depth: 4096, data_storage_width: 512/data_storage_depth: 1, data_storage_width: 8/' %src_root/presets/tc.yaml > %t.small.yaml
// RUN: sparse-opt %s --accel-map="arch-file=%t.small.yaml budget=64" 2>&1 | FileCheck %s --check-prefix=FIT
// FIT: warning: not mapped on '{{.*}}small': no valid mapping among {{[0-9]+}} candidates
// FIT: linalg.matmul ins

// An unknown objective.
// RUN: not sparse-opt %s --accel-map="objective=speed" 2>&1 | FileCheck %s --check-prefix=OBJ
// OBJ: error: unknown objective 'speed' (expected edp, energy or latency)
func.func @matmul(%x: tensor<64x128xf32>, %w: tensor<128x32xf32>,
                  %o: tensor<64x32xf32>) -> tensor<64x32xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<64x128xf32>, tensor<128x32xf32>)
                     outs(%o : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %r : tensor<64x32xf32>
}

// Dataflows: an unknown one, a fixed one on a preset without loop factors,
// and a fixed one whose factors do not fit the op.
// RUN: not sparse-opt %s --accel-map="dataflow=rigid" 2>&1 | FileCheck %s --check-prefix=DF
// DF: error: unknown dataflow 'rigid' (expected free, spatial or fixed)
// RUN: not sparse-opt %s --accel-map="arch=tc dataflow=fixed" 2>&1 | FileCheck %s --check-prefix=NOLOOPS
// NOLOOPS: error: cannot use architecture file
// NOLOOPS: note: {{.*}}tc.yaml:{{[0-9]+}}:{{[0-9]+}}: error: the architecture file's mapping has no loop factors; a fixed dataflow needs temporal/spatial entries for every level
// RUN: rm -rf %t.designs && mkdir -p %t.designs
// RUN: %python -c "import sys; sys.path.insert(0, '%src_root/examples/spmspm-study'); import study; study.design_file('ReuseABZ', 'InnermostSkip', sys.argv[1])" %t.designs
// RUN: not sparse-opt %s --accel-map="arch-file=%t.designs/ReuseABZ.InnermostSkip.yaml dataflow=fixed" 2>&1 | FileCheck %s --check-prefix=FACTORS
// FACTORS: error: cannot use architecture file
// FACTORS: note: {{.*}}: error: factors of d0 multiply to 256 but the problem has 64
