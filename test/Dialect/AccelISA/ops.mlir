// RUN: sparse-opt %s | FileCheck %s
// RUN: sparse-opt %s | sparse-opt | FileCheck %s

// A 4 x 8 x 2 product with 2:4 weights, K in two tiles: partial sums go
// back to DRAM between them.

// CHECK-LABEL: func.func @f
// CHECK: accel_isa.launch @p(%{{.*}}) : (tensor<4x8xf32>) -> tensor<4x2xf32>
func.func @f(%x: tensor<4x8xf32>) -> tensor<4x2xf32> {
  %y = accel_isa.launch @p(%x) : (tensor<4x8xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// CHECK: accel_isa.program @p attributes {dram_bytes_per_cycle = 32 : i64, glb_bytes = 4096 : i64
// CHECK-NEXT: accel_isa.tensor @x input [4, 8] : f32
// CHECK-NEXT: accel_isa.tensor @y output [4, 2] : f32
// CHECK-NEXT: accel_isa.weights @w0 [2, 8] g [2] h [4] {
// CHECK-NEXT: accel_isa.config problem [4, 2, 8] tile [4, 2, 4] step [1, 1, 4] fanout [1, 1, 1] order "KNM" keeps "XWZ" held_below "" streamed "" lanes 4 vfmu_shift 4 skip_x_on_w
// CHECK-NEXT: accel_isa.zero @y
// CHECK-NEXT: accel_isa.loop 2 over "K" {
// CHECK-NEXT:   accel_isa.load @x operand_tile
// CHECK-NEXT:   accel_isa.load_weights @w0 tile
// CHECK-NEXT:   accel_isa.load @y partial
// CHECK-NEXT:   accel_isa.matmul @y, @x, @w0
// CHECK-NEXT:   accel_isa.store @y result_tile
// CHECK-NEXT: }
// CHECK-NEXT: accel_isa.barrier
accel_isa.program @p attributes {macs = 4, glb_bytes = 4096,
    glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0]> : tensor<8xf32>,
    metadata = [dense<[4, 4]> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  accel_isa.config problem [4, 2, 8] tile [4, 2, 4] step [1, 1, 4]
      fanout [1, 1, 1] order "KNM" keeps "XWZ" held_below "" streamed "" lanes 4
      vfmu_shift 4 skip_x_on_w
  accel_isa.zero @y
  accel_isa.loop 2 over "K" {
    accel_isa.load @x operand_tile
    accel_isa.load_weights @w0 tile
    accel_isa.load @y partial
    accel_isa.matmul @y, @x, @w0
    accel_isa.store @y result_tile
  }
  accel_isa.barrier
}
