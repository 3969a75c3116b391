// RUN: sparse-opt %s -split-input-file -verify-diagnostics

// Every verifier of the accel_isa dialect, with its message.

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  // expected-error @+1 {{needs 1 to 4 positive dimensions}}
  accel_isa.tensor @x input [4, 0] : f32
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  // expected-error @+1 {{rule 3:2 is not G:H with 0 < G <= H <= 1024}}
  accel_isa.weights @w0 [2, 8] g [3] h [2] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  // expected-error @+1 {{each metadata stream must be a 1-D i8 dense<...> of ceil(bits / 8) bytes}}
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<3xi8>], metadata_bits = array<i64: 16>}
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  // expected-error @+1 {{order must be a permutation of "MNK"}}
  accel_isa.config problem [4, 2, 8] tile [4, 2, 8] step [1, 1, 4] fanout [1, 1, 1] order "MMK" keeps "XWZ" held_below "" streamed "" lanes 4 vfmu_shift 4
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  accel_isa.config problem [4, 2, 8] tile [4, 2, 8] step [1, 1, 4] fanout [1, 1, 1] order "KNM" keeps "XWZ" held_below "" streamed "" lanes 4 vfmu_shift 4
  // expected-error @+1 {{@w1 is not a weight blob declared in the program}}
  accel_isa.matmul @y, @x, @w1
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  // expected-error @+1 {{the target cannot be input tensor @x}}
  accel_isa.zero @x
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  // expected-error @+1 {{MatMul before Config}}
  accel_isa.matmul @y, @x, @w0
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 16, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  accel_isa.config problem [4, 2, 8] tile [4, 2, 8] step [1, 1, 4] fanout [1, 1, 1] order "KNM" keeps "XWZ" held_below "" streamed "" lanes 4 vfmu_shift 4
  // expected-error @+1 {{the tiles the GLB keeps need 194 bytes but it holds 16}}
  accel_isa.matmul @y, @x, @w0
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  accel_isa.config problem [4, 2, 8] tile [4, 2, 8] step [1, 1, 4] fanout [1, 1, 1] order "KNM" keeps "XWZ" held_below "" streamed "" lanes 4 vfmu_shift 8
  // expected-error @+1 {{the VFMU shift is 8 but weight blob 0's pattern spans 4}}
  accel_isa.matmul @y, @x, @w0
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  accel_isa.config problem [4, 2, 8] tile [2, 2, 8] step [1, 1, 4] fanout [1, 1, 1] order "KNM" keeps "XWZ" held_below "" streamed "" lanes 4 vfmu_shift 4
  accel_isa.loop 3 over "M" {
    // expected-error @+1 {{3 tiles of 2 along M do not cover its 4 exactly once}}
    accel_isa.matmul @y, @x, @w0
  }
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  accel_isa.config problem [4, 2, 8] tile [4, 2, 8] step [1, 1, 4] fanout [1, 1, 1] order "KNM" keeps "XWZ" held_below "" streamed "" lanes 4 vfmu_shift 4
  // expected-error @+1 {{stores whole tensors or result tiles}}
  accel_isa.store @y partial
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
  // expected-error @+1 {{loops over "M", "N", "K" or "B"}}
  accel_isa.loop 2 over "Q" {
  }
}

// -----

func.func @f(%x: tensor<4x9xf32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{type 'tensor<4x9xf32>' does not match tensor @x of the program}}
  %y = accel_isa.launch @p(%x) : (tensor<4x9xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}
accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  accel_isa.tensor @x input [4, 8] : f32
  accel_isa.tensor @y output [4, 2] : f32
  accel_isa.weights @w0 [2, 8] g [2] h [4] {
    payload = dense<1.0> : tensor<8xf32>,
    metadata = [dense<4> : tensor<2xi8>], metadata_bits = array<i64: 16>}
}

// -----

func.func @g(%x: tensor<4x8xf32>) -> tensor<4x2xf32> {
  // expected-error @+1 {{@nope is not an accel_isa.program}}
  %y = accel_isa.launch @nope(%x) : (tensor<4x8xf32>) -> tensor<4x2xf32>
  return %y : tensor<4x2xf32>
}

// -----

// expected-error @+1 {{word_bits must be 8, 16 or 32}}
accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 12} {
}

// -----

accel_isa.program @p attributes {macs = 4, glb_bytes = 4096, glb_bytes_per_cycle = 0, dram_bytes_per_cycle = 32, word_bits = 32} {
  // expected-error @+1 {{cannot appear in an accel_isa.program}}
  %c = arith.constant 0 : i32
}
