// RUN: sparse-opt %s | FileCheck %s
// RUN: sparse-opt %s | sparse-opt | FileCheck %s

// CHECK: module attributes {accel.arch = #accel.arch<"stc", "presets/stc.yaml">}
module attributes {accel.arch = #accel.arch<"stc", "presets/stc.yaml">} {
  // CHECK-LABEL: func.func @f
  // CHECK-SAME: accel.cost = #accel.cost<cycles = 65536, energy = 1.260000e+08 : f64, dense_cycles = 131072, dense_energy = 2.000000e+08 : f64, evaluated = 20>
  // CHECK-SAME: accel.mapping = #accel.mapping<[#accel.level<"LRF", loops = [#accel.loop<"d1", 128, "temporal">], keep = ["Weights"]>, #accel.level<"RF", loops = [#accel.loop<"d2", 32, "spatial_x">, #accel.loop<"d0", 16, "spatial_y">], keep = []>]>
  func.func @f() attributes {
      accel.cost = #accel.cost<cycles = 65536, energy = 1.26e8 : f64,
                               dense_cycles = 131072,
                               dense_energy = 2.0e8 : f64, evaluated = 20>,
      accel.mapping = #accel.mapping<[
        #accel.level<"LRF", loops = [#accel.loop<"d1", 128, "temporal">],
                     keep = ["Weights"]>,
        #accel.level<"RF", loops = [#accel.loop<"d2", 32, "spatial_x">,
                                    #accel.loop<"d0", 16, "spatial_y">],
                     keep = []>]>} {
    return
  }
}
