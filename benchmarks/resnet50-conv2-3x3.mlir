#hss = #fiber.encoding<(o, c, x0, x1) -> [o, (x0, x1), c floordiv 16, (c floordiv 4) mod 4 (2:4) CP, c mod 4 (2:4) CP]>
func.func @conv3x3_56(%x: tensor<1x64x58x58xf32>, %w: tensor<64x64x3x3xf32, #hss>, %o: tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x64x58x58xf32>, tensor<64x64x3x3xf32, #hss>) outs(%o : tensor<1x64x56x56xf32>) -> tensor<1x64x56x56xf32>
  return %r : tensor<1x64x56x56xf32>
}
