// Operations that pose the same problem (shapes, densities, formats, SAFs
// on the same design) are searched once: the second gets the first's
// result, which is what its own (deterministic) search would give.
// RUN: sparse-opt %s --accel-map="arch=stc budget=300" -o %t.mlir 2> %t.stats
// RUN: FileCheck %s --input-file=%t.mlir
// RUN: FileCheck %s --check-prefix=STATS --input-file=%t.stats
// STATS: remark: accel-map: 4 operations mapped, 2 distinct problems searched (2 repeated an earlier problem and reuse its result)

// The same problem searched alone gives the same cost.
// RUN: sparse-opt %S/Inputs/one-matmul.mlir --accel-map="arch=stc budget=300" | grep -o "accel.cost = #accel.cost<[^>]*>" > %t.alone
// RUN: grep -o "accel.cost = #accel.cost<[^>]*>" %t.mlir | head -1 | diff - %t.alone

// CHECK: func.func @f
// CHECK: linalg.matmul {{.*}}accel.cost = [[COST:#accel.cost<[^>]*>]]{{.*}}accel.mapping = [[MAP:#accel.mapping<.*>]], accel.traffic
// CHECK: linalg.matmul {{.*}}accel.cost = [[COST]]{{.*}}accel.mapping = [[MAP]], accel.traffic
// A different shape is its own problem.
// CHECK: linalg.matmul {{.*}}accel.cost = #accel.cost<
// CHECK-NOT: accel.cost = [[COST]]
// The first problem again, in another function.
// CHECK: func.func @g
// CHECK: linalg.matmul {{.*}}accel.cost = [[COST]]

func.func @f(%a: tensor<64x128xf32>, %b: tensor<128x32xf32>, %c: tensor<64x128xf32>, %d: tensor<128x64xf32>) -> (tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>) {
  %z = tensor.empty() : tensor<64x32xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<64x128xf32>, tensor<128x32xf32>) outs(%z : tensor<64x32xf32>) -> tensor<64x32xf32>
  %1 = linalg.matmul ins(%c, %b : tensor<64x128xf32>, tensor<128x32xf32>) outs(%z : tensor<64x32xf32>) -> tensor<64x32xf32>
  %y = tensor.empty() : tensor<64x64xf32>
  %2 = linalg.matmul ins(%a, %d : tensor<64x128xf32>, tensor<128x64xf32>) outs(%y : tensor<64x64xf32>) -> tensor<64x64xf32>
  return %0, %1, %2 : tensor<64x32xf32>, tensor<64x32xf32>, tensor<64x64xf32>
}
func.func @g(%a: tensor<64x128xf32>, %b: tensor<128x32xf32>) -> tensor<64x32xf32> {
  %z = tensor.empty() : tensor<64x32xf32>
  %0 = linalg.matmul ins(%a, %b : tensor<64x128xf32>, tensor<128x32xf32>) outs(%z : tensor<64x32xf32>) -> tensor<64x32xf32>
  return %0 : tensor<64x32xf32>
}
