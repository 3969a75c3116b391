#hss = #fiber.encoding<(o, c, x0, x1) -> [o, (x0, x1), c floordiv 16, (c floordiv 4) mod 4 (2:4) CP, c mod 4 (2:4) CP]>
func.func @conv1(%x: tensor<1x3x230x230xf32>, %w: tensor<64x3x7x7xf32>, %o: tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>} ins(%x, %w : tensor<1x3x230x230xf32>, tensor<64x3x7x7xf32>) outs(%o : tensor<1x64x112x112xf32>) -> tensor<1x64x112x112xf32>
  return %r : tensor<1x64x112x112xf32>
}
