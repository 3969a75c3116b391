// Every preset loads, converts to an #accel.design and maps a matmul with
// 2:4 weights; designs with weight patterns say how they run them.
// RUN: for a in tc stc stc-flexible dstc s2ta highlight eyeriss eyeriss-v2 scnn extensor; do \
// RUN:   sparse-opt %S/Inputs/matmul-2-4.mlir --fiber-infer-sparsity --accel-map="arch=$a budget=300 activation-density=0.5" \
// RUN:   | grep -o 'accel.design = #accel.design<name = "[a-z0-9-]*"\|accel.cost = #accel.cost<cycles = [1-9][0-9]*\|accel.exploited = "[^"]*"'; \
// RUN: done | FileCheck %s
// CHECK: name = "tc"
// CHECK-NEXT: accel.cost = #accel.cost<cycles =
// CHECK: name = "stc"
// CHECK-NEXT: cycles =
// CHECK-NEXT: accel.exploited = "Weights: 2:4 of 2:4 at density 0.5"
// CHECK: name = "stc-flexible"
// CHECK-NEXT: cycles =
// CHECK-NEXT: accel.exploited = "Weights: 2:4 of 2:{4,6,8} at density 0.5"
// CHECK: name = "dstc"
// CHECK-NEXT: cycles =
// CHECK: name = "s2ta"
// CHECK-NEXT: cycles =
// CHECK-NEXT: accel.exploited = "Weights: 4:8 of {1..4}:8 at density 0.5"
// CHECK: name = "highlight"
// CHECK-NEXT: cycles =
// CHECK-NEXT: accel.exploited = "Weights: 2:2->2:4 of C1(2:{2..8})->C0(2:{2..4}) at density 0.5"
// CHECK: name = "eyeriss"
// CHECK-NEXT: cycles =
// CHECK: name = "eyeriss-v2"
// CHECK-NEXT: cycles =
// CHECK: name = "scnn"
// CHECK-NEXT: cycles =
// CHECK: name = "extensor"
// CHECK-NEXT: cycles =

// Skipping on zero inputs: Eyeriss v2, SCNN and ExTensor all get faster
// when activations are sparser.
// RUN: for a in eyeriss-v2 scnn extensor; do for d in 1.0 0.25; do \
// RUN:   sparse-opt %S/Inputs/matmul-2-4.mlir --accel-map="arch=$a budget=600 activation-density=$d" \
// RUN:   | grep -o 'accel.cost = #accel.cost<cycles = [0-9]*' | grep -o '[0-9]*$'; \
// RUN: done; done > %t.cycles
// RUN: python3 -c "import sys; c=[int(x) for x in open(sys.argv[1])]; assert len(c)==6 and all(c[i+1] < c[i] for i in (0,2,4)), c" %t.cycles
