// --accel-assign-formats tries every format the design can decode for a
// tensor with the cost model and keeps the best. The design here is DSTC
// with decoders for bitmask, 6-bit coordinates and 4-bit runs for the
// weights (measured data, ~4 % dense): the remark lists each format's best
// EDP and the choice must be the smallest of them, recorded on the op.
// (Runs and coordinates cost exactly 4 and 6 bits per non-zero; the bitmask
// one bit per position of the fibres that hold anything.)
// RUN: sed 's/^preset: {name: dstc}/preset: {name: dstc-formats, format-choices: {Weights: [B, "CP(6)", "RLE(4)"]}}/' %src_root/presets/dstc.yaml > %t.yaml
// RUN: sparse-opt %S/Inputs/very-sparse-matmul.mlir --accel-assign-formats="arch-file=%t.yaml budget=500" --accel-map="budget=500" -o %t.mapped.mlir 2> %t.remarks
// RUN: FileCheck %s --input-file=%t.remarks
// CHECK: remark: formats for 'Weights' by edp: B {{[0-9.e+]+}}, CP(6) {{[0-9.e+]+}}, RLE(4) {{[0-9.e+]+}} -> {{B|CP\(6\)|RLE\(4\)}}
// RUN: %python -c "import re,sys; t=open(sys.argv[1]).read(); ir=open(sys.argv[2]).read(); m=re.search(r'by edp: (.*) -> (\S+)', t); c={k: float(v) for k, v in (p.rsplit(' ', 1) for p in m.group(1).split(', '))}; best=min(c, key=c.get); rec=re.search(r'accel.formats = \{Weights = \"([^\"]*)\"\}', ir).group(1); print(m.group(2), best, rec); sys.exit(not (m.group(2) == best == rec))" %t.remarks %t.mapped.mlir

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
