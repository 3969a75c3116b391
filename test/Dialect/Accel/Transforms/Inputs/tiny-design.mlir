module attributes {accel.design = #accel.design<name = "tiny", levels = [#accel.storage<name = "Buf", word_bits = 8, size = 4096, energy = {random_read = 1.0 : f64, random_fill = 1.0 : f64, random_update = 1.0 : f64}>, #accel.storage<name = "DRAM", word_bits = 8, dram = true, energy = {random_read = 100.0 : f64, random_fill = 100.0 : f64, random_update = 100.0 : f64}>], compute = <name = "MAC", word_bits = 8, instances = 4, mesh_x = 4, energy = {random = 1.0 : f64}>, safs = [], keep = <[#accel.level<"Buf", loops = [], keep = ["Weights", "Inputs", "Outputs"]>, #accel.level<"DRAM", loops = [], keep = ["Weights", "Inputs", "Outputs"]>]>>} {
func.func @mm(%x: tensor<8x16xf32>, %w: tensor<16x8xf32>, %o: tensor<8x8xf32>) -> tensor<8x8xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<8x16xf32>, tensor<16x8xf32>)
                     outs(%o : tensor<8x8xf32>) -> tensor<8x8xf32>
  return %r : tensor<8x8xf32>
}
}
