// One of each kind of operation the translation must emit.
#enc24 = #fiber.encoding<(k, n) -> [n, k floordiv 4, k mod 4 (2:4) CP]>
#hss = #fiber.encoding<(k, n) -> [n, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP]>
#convenc = #fiber.encoding<(o, c, x0, x1) -> [o, (x0, x1), c floordiv 4, c mod 4 (2:4) CP]>
func.func @matmul(%x: tensor<32x64xf32>, %w: tensor<64x128xf32, #enc24>,
                  %o: tensor<32x128xf32>) -> tensor<32x128xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<32x64xf32>, tensor<64x128xf32, #enc24>)
                     outs(%o : tensor<32x128xf32>) -> tensor<32x128xf32>
  return %r : tensor<32x128xf32>
}
func.func @hss(%x: tensor<32x64xf32>, %w: tensor<64x128xf32, #hss>,
               %o: tensor<32x128xf32>) -> tensor<32x128xf32> {
  %r = linalg.matmul ins(%x, %w : tensor<32x64xf32>, tensor<64x128xf32, #hss>)
                     outs(%o : tensor<32x128xf32>) -> tensor<32x128xf32>
  return %r : tensor<32x128xf32>
}
func.func @strided_conv(%x: tensor<1x16x17x17xf32>, %w: tensor<32x16x3x3xf32, #convenc>,
                        %o: tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32> {
  %r = linalg.conv_2d_nchw_fchw {dilations = dense<1> : tensor<2xi64>, strides = dense<2> : tensor<2xi64>}
         ins(%x, %w : tensor<1x16x17x17xf32>, tensor<32x16x3x3xf32, #convenc>)
         outs(%o : tensor<1x32x8x8xf32>) -> tensor<1x32x8x8xf32>
  return %r : tensor<1x32x8x8xf32>
}
func.func @depthwise(%x: tensor<1x16x10x10xf32>, %w: tensor<16x3x3xf32>,
                     %o: tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32> {
  %r = linalg.depthwise_conv_2d_nchw_chw {dilations = dense<1> : tensor<2xi64>, strides = dense<1> : tensor<2xi64>}
         ins(%x, %w : tensor<1x16x10x10xf32>, tensor<16x3x3xf32>)
         outs(%o : tensor<1x16x8x8xf32>) -> tensor<1x16x8x8xf32>
  return %r : tensor<1x16x8x8xf32>
}
func.func @batch(%a: tensor<4x16x32xf32>, %b: tensor<4x32x16xf32>,
                 %o: tensor<4x16x16xf32>) -> tensor<4x16x16xf32> {
  %r = linalg.batch_matmul ins(%a, %b : tensor<4x16x32xf32>, tensor<4x32x16xf32>)
                           outs(%o : tensor<4x16x16xf32>) -> tensor<4x16x16xf32>
  return %r : tensor<4x16x16xf32>
}
func.func @pool(%x: tensor<1x16x8x8xf32>, %k: tensor<2x2xf32>, %o: tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32> {
  %r = linalg.pooling_nchw_max {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
         ins(%x, %k : tensor<1x16x8x8xf32>, tensor<2x2xf32>) outs(%o : tensor<1x16x4x4xf32>) -> tensor<1x16x4x4xf32>
  return %r : tensor<1x16x4x4xf32>
}
