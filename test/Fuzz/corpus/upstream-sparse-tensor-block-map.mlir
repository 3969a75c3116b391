// MLIR 22 segfaults in sparse_tensor::inverseBlockSparsity on this block map
// (d1 floordiv 2 without d1 mod 2); stock mlir-opt crashes the same way.
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d0 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
