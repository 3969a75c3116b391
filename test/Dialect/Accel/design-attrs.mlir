// Round trip of the architecture attributes; defaults are elided.
// RUN: sparse-opt %s | FileCheck %s
// RUN: sparse-opt %s | sparse-opt | FileCheck %s

// CHECK-LABEL: func.func @parts
// CHECK-SAME: c = #accel.compute<name = "MAC", word_bits = 8, instances = 1024, mesh_x = 16, mesh_y = 64, energy = {random = 5.600000e-01 : f64}>
// CHECK-SAME: cond = #accel.cond<"Outputs" on ["Inputs", "Weights"]>
// CHECK-SAME: f = #accel.format<tensor = "Weights", ranks = [#accel.rank<format = "UOP">, #accel.rank<format = "CP", metadata_bits = 2, flattened = ["d1", "d2"]>], inner_to_outer = true>
// CHECK-SAME: r = #accel.rank<format = "B", metadata_bits = 1>
// CHECK-SAME: s = #accel.storage<name = "SMEM", word_bits = 8, block_size = 64, size = 262144, metadata_width = 64, metadata_depth = 8192, read_bandwidth = 4.200000e+01 : f64, energy = {random_read = 2.000000e+00 : f64}>
// CHECK-SAME: saf = #accel.saf<level = "SMEM", actions = [#accel.action<"skipping", [#accel.cond<"Inputs" on ["Weights"]>]>]>
func.func @parts() attributes {
  s = #accel.storage<name = "SMEM", word_bits = 8, block_size = 64,
                     size = 262144, metadata_width = 64, metadata_depth = 8192,
                     read_bandwidth = 42.0 : f64, instances = 1,
                     energy = {random_read = 2.0 : f64}>,
  c = #accel.compute<name = "MAC", word_bits = 8, instances = 1024,
                     mesh_x = 16, mesh_y = 64, energy = {random = 0.56 : f64}>,
  r = #accel.rank<format = "B", metadata_bits = 1>,
  f = #accel.format<tensor = "Weights",
                    ranks = [#accel.rank<format = "UOP">,
                             #accel.rank<format = "CP", metadata_bits = 2,
                                         flattened = ["d1", "d2"]>],
                    inner_to_outer = true>,
  cond = #accel.cond<"Outputs" on ["Inputs", "Weights"]>,
  saf = #accel.saf<level = "SMEM",
                   actions = [#accel.action<"skipping",
                                [#accel.cond<"Inputs" on ["Weights"]>]>]>
} {
  return
}

// CHECK-LABEL: func.func @design
// CHECK-SAME: d = #accel.design<name = "tiny", levels = [#accel.storage<name = "Buf", word_bits = 8, size = 64, energy = {}>, #accel.storage<name = "DRAM", word_bits = 8, dram = true, energy = {random_read = 1.000000e+02 : f64}>], compute = <name = "MAC", word_bits = 8, instances = 4, mesh_x = 4, energy = {}>, safs = [], compute_gating = true, keep = <[#accel.level<"Buf", loops = [], keep = ["Outputs"]>, #accel.level<"DRAM", loops = [], keep = ["Weights", "Inputs", "Outputs"]>]>, patterns = {Weights = ["C1(2:{2..8})->C0(2:{2..4})"]}, swap_operands = false, format_choices = {Inputs = ["B", "RLE(4)"]}>
func.func @design() attributes {
  d = #accel.design<name = "tiny",
    levels = [#accel.storage<name = "Buf", word_bits = 8, size = 64, energy = {}>,
              #accel.storage<name = "DRAM", word_bits = 8, dram = true,
                             energy = {random_read = 100.0 : f64}>],
    compute = <name = "MAC", word_bits = 8, instances = 4, mesh_x = 4, energy = {}>,
    safs = [], compute_gating = true,
    keep = <[#accel.level<"Buf", loops = [], keep = ["Outputs"]>,
             #accel.level<"DRAM", loops = [], keep = ["Weights", "Inputs", "Outputs"]>]>,
    patterns = {Weights = ["C1(2:{2..8})->C0(2:{2..4})"]},
    swap_operands = false,
    format_choices = {Inputs = ["B", "RLE(4)"]}>
} {
  return
}
