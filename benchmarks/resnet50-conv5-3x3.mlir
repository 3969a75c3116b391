#hss = #fiber.encoding<(o, c, x0, x1) -> [o, (x0, x1), c floordiv 16, (c floordiv 4) mod 4 (2:4) CP, c mod 4 (2:4) CP]>
func.func @conv3x3(%x: tensor<1x512x9x9xf32>, %w: tensor<512x512x3x3xf32, #hss>, %o: tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>} ins(%x, %w : tensor<1x512x9x9xf32>, tensor<512x512x3x3xf32, #hss>) outs(%o : tensor<1x512x7x7xf32>) -> tensor<1x512x7x7xf32>
  return %r : tensor<1x512x7x7xf32>
}
