// Valid inputs the mutation fuzzer starts from (scripts/fuzz_encodings.py).

func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}

// -----

func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}

// -----

func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}

// -----

func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}

// -----

func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}

// -----

func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}

// -----

func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}

// -----

func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}

// -----

func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}

// -----

func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}

// -----

func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}

// -----

func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}

// -----

func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}

// -----

func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}

// -----

func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}

// -----

func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}

// -----

#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }

// -----

#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }

// -----

#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }

// -----

func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}

// -----

func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}

// -----

func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }

// -----

func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }

// -----

func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }

// -----

func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }

// -----

func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
