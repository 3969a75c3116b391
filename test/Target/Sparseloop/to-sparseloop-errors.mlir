// Bad input to --to-sparseloop: clear errors, nothing half-written.

// A module that was never mapped.
// RUN: rm -rf %t.none && not sparse-translate --to-sparseloop %s -o %t.none 2>&1 | FileCheck %s --check-prefix=NODESIGN
// NODESIGN: error: the module has no accel.design: run --accel-map (or --sparse-accel-pipeline) first
// RUN: not ls %t.none

// No translation chosen, or no output directory.
// RUN: not sparse-translate %s -o %t.x 2>&1 | FileCheck %s --check-prefix=NOTR
// NOTR: error: choose one translation (--to-sparseloop or --to-accel-binary)
// RUN: not sparse-translate --to-sparseloop %s 2>&1 | FileCheck %s --check-prefix=NOOUT
// NOOUT: error: --to-sparseloop writes a directory: give it with -o <dir>

// A design with position skipping (DSTC): each op is reported at its
// location and skipped; the output still has its INDEX.
// RUN: sparse-opt %s --accel-map="arch=dstc budget=100" -o %t.dstc.mlir 2>/dev/null
// RUN: rm -rf %t.dstc && sparse-translate --to-sparseloop %t.dstc.mlir -o %t.dstc 2>&1 | FileCheck %s --check-prefix=DSTC
// DSTC: dstc.mlir:{{[0-9]+}}:{{[0-9]+}}: warning: not emitted: LRF uses position-skipping, which only the Sparseloop authors' fork implements
// DSTC: wrote 0 operation folders to {{.*}} (1 skipped, see the warnings)
// RUN: FileCheck %s --check-prefix=EMPTY --input-file=%t.dstc/INDEX
// EMPTY: # folder

// An existing directory that is not an earlier output is never replaced;
// an earlier output is.
// RUN: sparse-opt %s --accel-map="arch=stc budget=100" -o %t.stc.mlir 2>/dev/null
// RUN: rm -rf %t.mine && mkdir -p %t.mine && touch %t.mine/precious
// RUN: not sparse-translate --to-sparseloop %t.stc.mlir -o %t.mine 2>&1 | FileCheck %s --check-prefix=MINE
// MINE: error: output '{{.*}}mine' exists and is not an earlier --to-sparseloop output; refusing to overwrite it
// RUN: ls %t.mine/precious
// RUN: rm -rf %t.again && sparse-translate --to-sparseloop %t.stc.mlir -o %t.again && sparse-translate --to-sparseloop %t.stc.mlir -o %t.again
// RUN: ls %t.again/INDEX

// An output that cannot be created fails cleanly and leaves nothing.
// RUN: rm -rf %t.file && touch %t.file
// RUN: not sparse-translate --to-sparseloop %t.stc.mlir -o %t.file/out 2>&1 | FileCheck %s --check-prefix=UNWRITABLE
// UNWRITABLE: error: cannot create '{{.*}}file/out.partial-{{[0-9]+}}'
// RUN: not ls %t.file/out

// A recorded mapping that does not fit the module's design (edited IR) is
// reported at the op and skipped.
// (The first loop over d0, whatever the mapping, gets a bound of 3, which
// does not divide d0's 32.)
// RUN: sed '0,/#accel.loop<"d0", [0-9]*,/s//#accel.loop<"d0", 3,/' %t.stc.mlir > %t.bad.mlir
// RUN: not cmp -s %t.stc.mlir %t.bad.mlir
// RUN: rm -rf %t.bad && sparse-translate --to-sparseloop %t.bad.mlir -o %t.bad 2>&1 | FileCheck %s --check-prefix=BADMAP
// BADMAP: warning: not emitted: the recorded mapping does not evaluate on the module's design

// A malformed file is a parse error with its location.
// RUN: echo 'func.func @f( {' > %t.broken.mlir
// RUN: not sparse-translate --to-sparseloop %t.broken.mlir -o %t.broken 2>&1 | FileCheck %s --check-prefix=PARSE
// PARSE: broken.mlir:1:{{[0-9]+}}: error:
// RUN: not ls %t.broken
func.func @mm(%x: tensor<32x64xf32>, %w: tensor<64x128xf32>,
              %o: tensor<32x128xf32>) -> tensor<32x128xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<32x64xf32>, tensor<64x128xf32>)
                     outs(%o : tensor<32x128xf32>) -> tensor<32x128xf32>
  return %r : tensor<32x128xf32>
}
