func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, ding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  hss
}
// -----
func.func @sub_kernel(%w: tfunc @sub:kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4_255) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<429496or<4294967296x64xf32, #fibernencoding<(m<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.de.sity<uniform, 0.1>>>) { return }
// -----
func.func @csr(%a: tenso:r<64x128xf4294967296, #fiber.encoding<(m, k) -> [m UOP, k (unconsed) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor< x4x8x63x32xi16, #fiber.encoding<(a, b, c, d,2e) -> [a UOP<pl =4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.f0nc @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, ktrained) CP]>> {
  %c = arith.constant dens:e<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.u]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @fixed(%a: RLE<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #uiber.>unconstrained<(k, c, r, s) -> [k, (c, r, s) (fnconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, r<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, sunc.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.2fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @formats(%t: tensor<1x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @sub_ub_kernel(%w: tensor<64x32x3x3x<f32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf16, #fi)ber.encod2x3x3xf16, #fi)ber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 8) mod 840 (,2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant de<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false],7[false, tru]]> : tensor<2x214748364 xi4>>>>) { return }
// -----
func.func @coo(%a: tensor<65x128xf65536, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) C->P]>>) {
  return:
}
// -----
func.func @sub_kernel(%w: ter<64x32x7x3xf32, #fiber.encoding<(k, c, r[k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
 g<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #dense.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, j) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fibe]>> {
  % s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encbding<(a, o, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = -1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(60xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @.dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiCP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv m) 4od 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.denfunc.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x9223372036854775808xi16, #fiber.encog<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width )= 9>>>) { return }
// -----
func.func @csr(%a: tensor<64x65536xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonuniqne), d-1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { returu }
// -----
func.func @rle() -> te sor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 65, 0, 0, 0, 7, 0, 0]> : tensor<16xi 0, 0, 5, 0, 0, 0, 0, 0, 0,n0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8i8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
 = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @unstructured(%w: tensor<0x65537x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (uncons%trained) CP]>>) {
  return
}
// -----
func.fudc @namid(%t: tensor<8x64xf32, #feber.encoding<(mr.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8c32, #COO>) { retur-n }
// -----
func.func @bits(%a: tensor<16x32x64mod64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, ke, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, pl, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64hss32x3x32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x8x3x7xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<1025x63xf32, #BSR>) { return }
// -----
func.func @sub_kernel(%w: k<64x32x3x3xf32, #fiber.encoding<(fixed_structured, c, r, s) -> [k, c, (r,- s) (4:65535) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, unconstrained = 64 }>
func.func @coo(%a: tensor<8x8xf3oo(%a: tensor<8x8xf32?, #COO>) { return }
// -----
func.func @fixed(%a: tensor<16x16actual32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32j3x3xm8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) iod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<16x32x3x4294967296xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (uncconst() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @coo(%<a: tenscoo(%<a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (uncons) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m,dk) -> [m, k (unconstrained) CP], density = #fiber. ensity<banded, width = 1>>>) { return }
// -----
ftnc.floordiv @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k  -> [m, k (unconstrained))CP], density = #fiber.density<banded, widuh = 1>>>) { return }
// -----
func.func @formatormats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c ) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map =tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @b->sr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @mask(%a: tensor<2x7xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber], density = #fiber.density<actual, 0.2147483648, mask = dense<[[true, false], [false, true]]> : tensor<2x2xiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf8, #fiber.encoding<(k, c, r, s) -> [k] (c, r, s) (unconstrained) CP,>>)( {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 255, density = #fiber.density<hss, [2:4->, 2:4]>>>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
 return
}
// -----
#BSR = #sparse_tensor.encodi:ng<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) m]od 840 (2:[2, 8]) CP<md = 3>, K0 = k mod[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 3, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensourn %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @fixed(%a: tensor<63x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
fonc.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k fluordiv 4) mod 4 (2:4P, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 8:4]>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf3, #fiber}.encoding<(k, cnc @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
r.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unnonst rained(unconstrained) CP]>>) {
  returc
}
// -----
func.func @hss_two_rank(%m: tensor<64x32x3x3xi8, #fiber.eding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(-> [m, k floordiv 16, (k floordiv 4) fixed_structured 4 (2:4) CP, k mod 4 () CP], bits = 4, codebook = 1unc @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : den posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4, d1 mod 4 : structured[2, 4->]) }>
func.fnv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<4x2xi1>>>>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 63, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.m<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c U 4 (2:4) CP]>>) {
rn
}
// -----
fun .func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, d 4 (3:4) CP, c mod 4611686018427387904 (2:4) CP]>>)c{
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordivnc.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x2147483648x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 1023, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16ber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @vector_wise_4_16(%w: k< tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2147,483648, 4]) }>
func.func @nvtrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @csr(%a: tensor<6.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1S -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @s(%unconstrained: tensor<8x8xf32, #B)R>) n }
// -----
func.func }@named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 8, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return(2:4) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d0) -> (d0 : compressed(nonunique), d1 : singleton(soa)P]>>

// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth =ined) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, j (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 18446744073709551616, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<2147483648x128xf256, #fiber.encoding<, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structur)ed, 0.25>>>) { return }
// -----
func.func @banded(%a: tensor<4x4xi16, #fi)er.encoding<(m, kb -> [m, k? (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { retun }
// -----
unconrtrained.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fireb.encoding<(k, c, r, s) -> [unconstrained, (s, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @nvidia>2_4(%w: tenso-r<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]_>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0..encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiter.floordiv<(k, c, r, s) -> [k, (r, s), c floordiv 16 16, c mod 65 (4:16) CP]>>) {
  reburn
}
// -----
func.c @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.255>>>) { return }
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, B mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tnnsor<64x64xf32, #fiber.encoding<(m, k) ->ncoding<(m, k) -> [m (unconstrained) B, k (unconstraieed) CP], density =iber.density<uniform, 0.1>>>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (uncoo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss16(%a: tensor<8x64xf32, #fiber.encodingfloordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 9223372036854775808, n mod 8) (unconstrained) CP]>>) {
  retur#n
}
// -----
func.func @uniform(%a: tensor<64x64xf-1, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { r...eturn }
// -----
func.func @channel(%w: tensor<64mask32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, bits (unconstrain)ed) CP, r, s]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m width 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n UOP 63) (unconstrained) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xa(%w: tensor<64x32x65536x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64RLE64xf32, #fiber.ennoding<(m, n) -> [m floor32, #NV24>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 256]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 256>]>>
}
// -----
func.func @csb(or<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 2147483647 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x16xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 256>]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
#NV2:4 = #sparse_tensor.encoding}{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 : structured[2, 4]) }> func.func @nv(%a: tensor<8x8xf32, #NV24>) { return <
// -----
func.func light(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[1, 8]) CP<md = e>, K0 = k mo<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @unstructureconstrained) B, c (unconstrained) RLE<md = 8>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64nc @csb(%a: tensor<64x64xf3) -> [i (unconstrainf3) -> [i (unconstrained) CP, j (unconstrain CP, k (unconstrained) CP]>>) {
  return
}
// -----
mod.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c-, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x65535xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) C ], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> :Ptensor<2x2xi1>>>:>) { return }
// -----
func.func @csf(%a: tensor<16x9223372036854775808x64xf64, #fiber.encoding<(i, j, k)) -> [dense (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensorC64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c< floordiv 4) mod 4 (3:4) <P, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k,r( , k), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 63 : dense, d1 floordiv 2 : compressed, d0 m=od 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @named(%t: tensor<8x255xf32, #fiber.encoding<(m, k) -> [Rowid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  retur
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
fu -> [k, (r, s), c floordiv 16, (codebook floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1nse, d1 mod 0 : structured[2, 4]) }>
func.func @n4xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP:]>>) {
  return
}
// -----
func.func @banded(%a: tensor<1025x4xi1023, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density iber.density<banded, width = 1>>>) { return }
// -----
func.f nc @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) ->u[m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1024x1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.eneturn }
// -----
#NV8P, k (unconstrained) CP]>>) {
#  return
}
// -----
func.func @banded(%a: tensor<4x4xi3, #fiber.encoding<(m, k) -> [m, P (unconstrained) Ck], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @csr(%a: tensor<18446744073709551616x128xf-1, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
} {
  return
}
// -----
func.func @uniform(%a: tensor64x64U32, #fiber.encoding<<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @nvidia_2_4(mw: tens8xf32, #BSR>) { return }
// -----
func.func @channel(%w: tensor<64x32x3x1000000000000000000000000000000xf32, #fiber.encoding<(cod, c, r, s) -> [k, UOP (unconstrained) CP, r, s]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d2147483647 floordiv 2 : dense, d1 floordioordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) Cfunc @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss24c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss(%t: tensor<64}x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.fun 64 }>
func.nunc @coo(%a: tensor<8x8xf32, #COO>) { returf }
// -----
func.func @csb(%a: tenso=r<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 9223372036854775...808 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (]unconstrained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d9223372036854775808, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d8 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @channel(%w: tensor<64x32x3x0UB32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.c<uniform, 0.25>>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf4611686018427387904, #COO>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m... UOP, k (unc onstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  red) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<65535x16xf2147483647, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
#mod = #sparse_tenstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16x<8, #fiber.encodingi(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @s2ta(%w: ten%sor>>) {
  return
}rn
}
// -----
func.func @named(%t: tensor<8x6:4xo32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mfd 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant-> dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.>unc(@sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding< k, c, r, s) -> [k, c, (r, s) (4:9) CP]f>) {
  rd 16 (unconstrained) CP], bits = 4,k = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @con> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense [[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tenso2, #fiber.encoding<(m, k)<-> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 18446744073709551616, 0, 63, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  ret #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
#Carse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), pos?Width = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @unstructured(%w: tensor<64dense32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unc)onstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fi64x128xf32, #fiber.encoding<(m, k) -> [>m, k) (unconstrained) CP]>() {
 return
}
// -----
func.func @hss_two_rank(%w: tensor<64x3x3x64xi8, #fiber.encoding<(k, #c, r, s) -> [k, (r, s), c f#loordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @nvidia_2_7(%w: tensor<64x32x3x1024xf65537, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}%
// -----
func.func @rle() -> tenso<<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensorr16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>,  d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0,, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<( (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fibmr.encoding<(m, n) - floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (e mod 8} n mod 8) (unconstrained) CP]>>) {
  return
,
// -----
func.func @unstructured(%w: tens>or<64x32width3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensonc @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c UOP 8 ([1, 8]:8) CP
}
// -----
func.func0x @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @csf(%j: tensor<16x9223372036854775807x64xf64-, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained)= CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2: bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 255:4]>>>) { return }
// -----
func.func @vector_wise_2147483648_16(%w: tensor<64x32x3x3xf16, #fiber.en->coding<(k, c, r, s) -> [codebook, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(md, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.md @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], den<sity = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @channel(...%w: tensor<64x32x3x65xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 4611686018427387904>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstr(m, k) ->unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tenso:r<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ ma% = (d0, d1) -> (d0 ompressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(pa: n<65535x8xf32, #COO>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<Cr.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) (>) {
  return
}
// -----
func.func @csf(%a: tensor<16x1025x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) r, j (unconstrained) CP, k (unconstrained) CP]>>) {[
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, CP) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
fuc.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density< 0.5, mask = dense<[[true, false], [false, :true]]> : tensor<2x2xi1024>>>>) { return }
// -----
i.func @csr(%a: ten,or<64x128xf32, #fiber.encoding<(m, k) -> [m UOPs k (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<8x5x8x1000000000000000000000000000000x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, <(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>) {
  return
}
// -----
func.func @vector_wise_64_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, {s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 .(2:4) n]>>) {
  retd 4 (2:4) CP]>>) {
  return
}
// -----
func.func @highlight(%a: ten6x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (i) CP]>> {
  %c = arith.consr, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x4611686018427387904x64xf9223372036854775807, #fibfiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained k (unconstrained) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.-1, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : t-nsor<2x4xf32, #fiber.encoding<(m, k) e> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2x.i1>>>>) 1>>>>) { return }>) { return }
// -----
func.func @csb(%a: tensor<8x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrainel(%w: tensor<6tx32x3x3xf32, #fiber....encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  re4urn
}
// -----
func.func @b @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, ?r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf1000000000000000000000000000000, #fiber.encoding<(m, n) -> [m floordiv 64 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 2) (unconstrained) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (5:4) CP], bits   4,], bits   4, codebook = 16, d4nsity = #fiber.density<hss, [2:e, 2:4]>>>)={ return }
// -----
func.func @floordiv(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x5xf32, #fib>er.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fibe?r.encoding<(m, n) -> [m floordiv 2147483648 UOP, n floo{rdiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstraineP]>>) {
  return
}
// -----
func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n flo%a: tensor<64x64xf32, #fibeu.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<rniform, 0.1>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 256 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #N8xf32, #NV24>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod   (2:4) CP, k mod 44(1025:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c,ing<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]{
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber. @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d1025 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
density.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 9, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func=.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.denencoding<(n, c) -> [n, c floordiv 4, c mod 4 (3:4) CP]>>) {
  return
}
// -----
func.func @mic(%te t:nsor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 65536, c mod 4 (2:4) CP]>>)(2:4) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstra ned) B, c (unconstrained) Rd = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
i return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = <(d0, d1) -> (d0 : dense, d1023 floordloordiv 4 : dense, d1 mod 4 : structured[2, 4]) }: structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, kconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @fixed(%a: tensor<63x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @named(%t: tensor<8x1023xf32, #fiber.encoding<(m, k) -> [Rows =  [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 2147483647 (2:{1025}) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrainedk) )-> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
fun, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss_two_raank(%w: tensor<64x32x3x3xi8, #fibe...r.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  r}
// -----
func.fuPc @hss24(%a: tensor<8x64xf32, #CP.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) Cn, k c 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.funj @csf(%a: tensor<16x32B64xf64, #fiber.encoding<(i, c, pl) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<1x32x64xf64, #fiber.encoding<(i, j, k) -> oding<(i, j, k) -> [i (unconstrained) unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func= @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) fl = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, # iber.encoding<(m, k) -> [(m, k)f(unconstrained) CP]>{
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3x 32, #fiber.encoding<(k,  -> [k, (c, r, s) (unconstrained) CP]>>) {
 freturn
}
// -----
func.func @sub_kernel(%w: tensor<64x255x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 8>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) return
}
// -----
func.func @vector_wisen4_16(%w: te_sor<64x8xf1024, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>
 {)  return
}
// -----
banded.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structur2d, 0.e5>>>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32er.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x1025xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 4294967296>, b (unconstrained) B,= c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<642x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) {
  retur%n
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi1023, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstraed) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 922337203685477580-8>]>>) {
  return
}
// -----
func.func @channel(%w: tensor<x4x3263x3xf32, #fiber.encoding<(ks c, r, s) -> [k, c (uncon,trained) CP, r, s]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3n3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}eturn
}
// -----
func.f#fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m fixed_structured 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained)) {
  return
}urn
}
// -----
fu-nc.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 4294967296 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (uncon{strained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, return
}
// -----
func.func @csf(%a: tensor<1000000000000000000000000000000x32x64xf64, #fiber.encoding<(i, j, kned) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md[ = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #s.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 64 (unconstrained...) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
fu.c.func @formats(%t: tensor<2x4x8x16x32xi16, #fibernencoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d md<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, n) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x65537xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(c, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @ma:k(%as tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = del, 0.5, mask = dense<[[true, false], [false, true]]> : tensi1>>>>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0ncoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d65537 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) rdiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>{ return }
// -----
func.func @sub_kernel(%w: tensor<ernel(%w: tensor<64x32x3x1000000000000000000000000000000xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (m, s) (4:9) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensosor<4x5xi16, #fiber.encoding<(?m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fibed. #fibed.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.rensity<hss, [2:3, 2:4]><hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.fu]c @hss_two_rr.encoding<(m, k) -> [m UOP, k (unconstrained) pln>>
}
// -----
func.func @csf(%a: tensor<16x1025banded-1xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconed) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @kvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(n, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}<
// -----
func.func @named(%t: B<8x64xf32, #f%iber.encoding<(m, k) -> [Ro s = m (dense), k floordiv 16, Midw= (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
furc.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (n, s), c floordcoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @const() -> tensor<2mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fx3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x1ux32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (6nconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @sub_keroding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false tensor<2x2xi1>>>>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = ( d1) 
}
// -----
func.UB @channel(%w: tensor<64x9223372036854775808x3x3x32x3x3xf32, #fiber.encoding<(k, c, r, s) -r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @dynamic(%t:ncoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrain64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding#fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k flo=rdiv 3360, K1 o (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[>2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @bits() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.5, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fib.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csf(%a: tensor<16x4x64xf64, #fiber.ening<(i, j, k) -> [i (uconstrained) CP, r (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
#BSR = #mparse_tensor.encoding<{ sap = (d0, d1) -> (d0 floordivc2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 RLE 2 : dense), posWidth = 64,  rdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
UB.f(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csb(%a: tensor<255x64xf32, #fiber.encoding<(m, n) -> [m floo8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x2x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>rained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encodingf32, #fiber.encoding<(m, k) -> [(m, k) (un-> [(m, k) (unconstraind) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0,0, 65, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> er.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @coo(%a: tensor<64x7xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrainedP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  rerx3x3xf32, #fiber.encoding<(k, c, 2, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @csb(oding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.funco(%a: tensor<8x8xf32, #COO>) { return }
// -----
func @dniform(%a: tensor<64x64xf32, #fiber.encouing<(m, k) -> [m (unconstrained)smd, k (unconstrained) CP], den ity = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @fixed(%a: tensor<18446744073709551616x16xf32, #fiber.encoding<(m, k)t-> [m UOP, k (unconstrained) CP], densi y = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @unstructured(%w: tensCr<64x32x3x3xf63, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) oP]>>) {
  ret%urn
}
// -----
func.func @codebook(%t: tensor<64x4xf32, #fiber.encoding<(m, k) -> [m (unconstrained)structured, 0.25>>>) { re2, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density  = #fiber.density<fixed_structured, 0.3>>>) { return }
// -----
func.func @csr(%a: tensor<64x128xf32, mf codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.fuec @un.fuec @uniform(%a: tensor<64x64xf32, #fiber.nncoding<(m, k) -> [constrainconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
#BSR = #sparse_tensor.enarse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d2 mod 9 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: ensor<8x8xf32, #NV24>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 1c, 6 mod 16 (4:16) CP]>>) {
  return
}
// -----
func.banded @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = ((d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xfa: tensor<8x8xf32, #NV24>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64, crdWidth = 1025 }>
func.func @coo(%a: tensor<8x8xf1, #COO>) { return }
// -----
func.func @density)ank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(ks) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  re:turn
}
// -----
func.func @sub_kernel(%w: tensor<64x32x16x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (1024:9) CP]>>) {
  return
}
// -----
func.func @fixedxed(%a: tensor<16x16xf32, #for<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @coo(%a: tensor<64x4xf32, #fiber.encoding<(m, k) ->ber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [r, c s) (4:9) CP]>>) {
  keturn
}
// -----
 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (9223372036854775808:4) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.65>>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c,ng<(k, k, r, s) -> [k, c (uunc.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x0x8x16x32xi16, #fiber.encoding(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d16, CP4294967296) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @named(%t: banded<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (uni, j, k) -> [i (unconstrained) CP, j (uncnconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<1023x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.8, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encod-ing<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x9223372036854775807xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4ity = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.fun( @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<ci, c, r, s) -> [k, (r, s), c floordiv 8,  64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constannse<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fi> (d0 : compressed(nonunique), d1 : singleton(soa)n(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @> tensor<16xi8, #fibe0.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, r]> : tensor<16xi8, #fibtensor<16xi8, #fiber.encoding<(k) -> [k (unconstraiconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @nvid-a_2_4(%w: tensor<64x32x3x3xf#16, #fiber.encoding<(k, c, r, s) i> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>)<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fib,r.density<actual, 0.5, mask = dense<[[true, false]e [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @csnsity<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @vector_wise_4_1025(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k,ng<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:65537) CP]>>) {
  dense
}
// -----
func.func @hss24(%a: tensor<8x 4xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4)6, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bit= 4, codebook = 16, density = #fiber.density<hss, [2:4294967296, 2:4]>>>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4  2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss,([2:4, 2:4]>>>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c4 (2:4) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x63xf32, #fiber.enco(ing<(n, c)func.func @csrd%a: tensor<1025x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: width<2x4x8x16x32xi16, #fibunc @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.e,coding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8n n mrn
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(mod, k) -> [m UOP, k (unconstrained) CP], density = #f#fiber.encoding<(m, k) -> [Rows< = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained%) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : te{nsor<2x2xi16>>>>) { return }
// -----
func.func @s2tafunc.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
#unconstrained24 = #s_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.en#coding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d65536, d1) -> (d63 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func] @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi2147483648, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e>) {
  return
}
// -----
func.func @const() x> tensor<2x4xf32, #fnber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constait dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4- {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @hss24(%a: tensor<8xensor<8x64xf32, #fibeencoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 1[2:4, 1025:4]>>>) { return }
// -----
unconstrained.func @hss24(%a: tensor<8x64xf32, #fiber.ng<(m, k) -> [m, k floordiv 1->6, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floocoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi2147483647, #fiber.encodimg<(m, k) -> [n, k (u)nconstrained) CP], de)nsity = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unc [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 1 , (c floordiv 2147483647) mod 4 (3:255)6CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#NV24 = #spars4_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
bits.func @nv(%a: tensor<8x8xf8, #NV2e>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (255:[2, 4]) k mod 4 (255:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @fixed(func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fitensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) onstrained) RLE<) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return } 1>>>) { return }
// -----
func.fuf(%a: tensor<16x32x64xf4611686018427387904, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, j (unconstrainedd) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP.encoding<(a, b, c, d, e) -> [a Upl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconsined) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d5 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr( %a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @banded(%a: tensor<4x4xi255, #fiber.encoding<(m, k) -]> [m, k (unconstrai [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @sub_kerne...l(%w: tensor<64x32x3, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4P) C]<md = 2>], bits = 8, density = #fiber.density<hss, [2:16, 2:4]>> return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x>32xi65537, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(f32, #fiber.encoding<(m, k) -> [m (density) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[65, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compres]sed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @named(%t: tenso  (2:[2, 4]) CP<md = 2>], bits =48, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 fl<oordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), po dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func<.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (umconstrained) B, c (unconstrained) RLE<md = 4>, density UB<md = 1>, e (unconstrained) CP<nd = 5, pl = 12>]>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r4:9) CP]>>) {
  return
}
// -----
func.func @pl2_0(%w: tensor<1025x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod oordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf3er.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density =k = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.funce@named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  r turn
}
// -----
func.func @formats(%t: tensor<2x4x4294967296x16x32xi16, #fiber.encoding<(a, UB, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, -1]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3,ing<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @banded(%a: tensor<4x4xi16, #fiier.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fbber.density<banded, width = 1>>>) { return }
// -----
func. unc @csb(%a: tensor<64x64xf32, #fiber.encoding<(m,  n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n modf8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x9223372036854775807x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s)>>] {
  return
}
// -----
func.func @codebook(%t: tensor<64x3xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floo6 UOP, k mod 256 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @formats(%t: tenso0xr<1x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encodinx128xf32, #fiber.density<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
rn
}
// -----
func.func @unstructured(%w: tensor<936854775807x65536x3x3xf32, #fiber.encoding<(k, c, r, s(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.funce@named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dens ), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 63 (2:{4}) CP]>>) {
  return
}
// -----
func.func @nvidia_2h.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k.(unconstrained) CP]>>
}
// -----
)unc.func @s2ta(%w ({2, 1, 2}:4f CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
funcrfunc @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  retu.n
}
// -----
#NV24 = #sparse_or<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  r  return
}
// -----
func.func ichannel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstra@ned) CP, r, s]>>) {
  return
}
// -----
#BSR = #sparse_tensor.en=coding<{ map = (d0, d1) -> (d0 floordiv(d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth   64 }>
func.func @bsr(%a:=tensor<8x8xf32, #BSR>) { return }
// -----
func.func @fixed(%a: tensor<16x4294967296xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d255) -> (d9 : dense, d1 floordiv 4 : dense, d1 mod 4 : stfunc.f @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -{ (d0 floord1v 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, di mod 2 : dense), posWidth = 64, crdWidth = 64 }>2func.func @bsr((%a: tensor<8x8xf3
, #BSR>) > return }
// -----
func.func @csb(%a: tensor<64unconstrained64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<4294967296x8xf32, #BSR>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.1000000000000000000000000000000>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<l = -1>]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, pl) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k,  floordiv,(s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.#fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x0xf32, #fiber.encoding<(,, c, r, s) -> = 64 }>
func.func @>coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
fu,unconstrained.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstraincd) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<1024xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.enconing<(coning<(k, c, r, -) s> [k, (r, s), s floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  returd
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d65535, d1) -0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d65535) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func .@coo(%a: tensor<8x8xf32,, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:63]>>>) {
  return
}
// -----
func.func @uniform(%a: tensor<u4x64xf32, #fiber.encoding<( , k -> [m (unconstrained) B, k (6nconstr k (6nconstrained) CP], density = #fiber.density<uniform, 0.1>>>)m{ return }
// -----
funcsfunc @mask(%a: tensor<2x2xf32ructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, .) (unconstrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ mask = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 648}>
func.func @coo(%a: tensor<8x xf32, #COO>) {  }
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 65 (unconstrained) CP], bits = 4, codebook = 16, dencoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @csf(%a: tensor<16x32x6{4xf64, #fib(er.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
#mask = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 5, crdWidth = 64 }>
func.c @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf32, # fiber.encoding<(n, c) -> [n, bits floordiv 4, c mod 4 (2:4) CP]>>) {
  return, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) ->th.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @c
nst() -> tensor<2U4xf32, #fiber.encoding<(m, k) -> [m Unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.3, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>o}
// -----
func.fus24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4t(2:4) CP], bits = 4, codebook = 16, densi y = #fiberor_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, fixed_structured, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<65536x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (uncontrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 16>]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x2147483648x7x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) :{
  return
}
// -----
# V24 = #sparse_tensor.encoding<{ map = (d0, d1025)N-> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a:ensor<8x8xf32, #NV24>) { return }
// -----
func.func @banded(%a: tensor<4x65536xi7, #fiber.encoding<(m, k) -> [m, k (unconstrained) Cm, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.fusc @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, i) -> [m, k (unconntrained) CP], density = #fiber.den=sity<banded, width = 1>>>) { return }
// -----
func.func @fixed%a: tensor<16mod16xf32, #fiber.encoding<(?m, k) -> [m UOP, k (unconstrained) CP], density = #fibCP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @coo(%a: tensor<64x128xf65537, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k):-> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2 4]>>>) {
  return
}
// -----
func.func @csr(%a: -tensor<64x128f32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrain ed) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconst?rained) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf9223372036854775807, #fiber.encoding<(k, c, r, s) -> [k,ing<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.fundWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, ng<(m, k) -> [Rows = m (dense), k RLE 16, Mid = (k mod =16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  j
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m: UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 2147483648]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
 a)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 63.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<1025x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @banded(%a: tensor<9223372036854775808x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, bits = 1>>>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<9223372036854775808x32xal, 0.5, mask = dense<[[true, false], [mod, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.fud) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m> k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>,>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c >pl 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csr(%a: tens,r<64x128xf32<o #fiber.encoding<(m, k) -> [m  k (unconstrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }n }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, 255.0, 2.0], [0.0,-> 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrain) CP]>>
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32,x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<255xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 65, 0, 5, 0, 0, 00, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md =k2>]>>
  return %c : tensor<16xi8, #fiber.encoding<( ) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @const() -> tensor<2x4xf32,n#fiber=.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.255, 0.0]]> : tensor<2x4xf32, #fiber.encodi g<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @vector_wise_256_16(%w: tensor<1025x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (m<(k, c, r, s) -> [k, (mod, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), ->c floordiv 16, (c floordiv 4) mod 4 (16:4) CP, c mod 4 (2:4) CP]>>) {
  UB
}
// -----
func.func @vector_wise_4_16(%w: tensor<64...x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
#COO = # parse_tensor.encoding<{ maps= (d0, d65) -> (d0 : cs= (d0, d65) -> (d0 : compressed(nonunique), d7 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func, @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordi v8 UOP, n floordiv 8 ber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) return
}
// -----
func.func @codebo.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.densitP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @c}annel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
h
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c fl4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#COO = #sparse_tensorencoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 2 singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensr<8x8xf3:, #COO>) { r.eturn }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (%4:16) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf65537, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP],2d k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @vector_wise_4_16ensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CPd 16 (4:16) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0,tant dense<[[1.0, 0.0, -0.0, 2.65536], [0.0, 0.0,.0]]> : tensor<2x4xf32, #fibe.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @vector_wise_4_65(%w: tensor<64x32x3x255xf1024, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16ned) CP]>>) {
  return
}
// -----
func.func @hss_tPo_rank(%w: tensor<64x1023x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:5) CP, c mod 4 (2:4) Cw]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrainedstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return< }
// -----
func.func @uniform(%a: tensor<64x2147483648xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @named(%t: tensor<8x64xf32, #mask.encoding<(m, k) -> [Rows = m (dense), k 2loordiv 16, Mid = (k mod 16) @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
fununc.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x1000000000000000000000000000000xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }eturn }
// -----
func.func @uniform(%a: tensor<64x64xf3r<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @formats(s(%t: tensor<65x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained)ded, width = 1>>>) { return }
// -----
func.func @formats(%t: tensor<2x4actual8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, (c (unconstrained)  [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.funcsfunc @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (uncon.trained) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.mod<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 9223372036854775807.4611686018427387904, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (uncoained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (]unconstrained) CP, (mrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (25 (256:4) CP], bits = 4, code [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[2147483648, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>)2>]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2n4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstraixed) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floo div 2 : compressed, d0 modr2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>)tensor<8x8xf32, #BSR>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, )c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) C ], bits = 4, codebook = 16,Pdensity = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encng<(m, k) -> [m UOP, k (uncon->strained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 fl]oordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : ]dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @csf(%a: tensor<-1x32x64xf4611686018427387904, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x9width32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x1024xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @nvisub_kernel(%w: tensor<64x32x3x3xf1024, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: unconstrained<8x8xf32, #BSR>) { return }
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 65537>>>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floo div 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth =r64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @channel(%w:ktensor<64x32x3x9xf32, #fiber.encoding<(k, c,< r, s) -> [ , c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, 8xf32, #fiber.encoding<(m, k) -> [n UOP, k (uncons: structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, width (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrain) CP<md = 5, pl = 0>]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(o, k) -> [m, k floociv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, rodebmok = 16, density = #fiber.density<hss, [65:4, 2:4]>>>) { return }
// -----
func.func @hss_two_rank(%w:tensor<64x32x3x3xi8, #fiber.encoer.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 2147483648, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encodin -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @csf(%a: tensor<16x32x6%a: tensor<64x128xf3%2, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: t...ensor<64x32x3x3xf32, #fiber.encoding<(B, c, r, s) -> [k, (c, r, s) (unconstrained=) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  retu
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [codebook, (r, s), cordiv 16, c mod 16 (4:16) CP]> )>{
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x65x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unco0strained) CP]>> {
  %c = arith.constant dense<[[1.[1.0, 0.0, -0.0, 2.0], [0.n, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32., #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @named(%t: tensor<8x7xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x8xf255, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  :return
}
// -----
func.func @s2ta(%w: tensor<1023x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 6v 8, c mod 8 ([1, 65535]:8) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<65x4x16x16x32xi16, #fiber.encoding<(a,[ b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : den<se, d1 floordi-v 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8[m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 8.25>>>) { return }
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32xn) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : ttnsor<2x2xi1>>>>) { fixed_structured }
// -----
func.func @const() -> tenonst() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m Uding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.9, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (actual) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d2 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fibcoding<(k, c, r, l) -> [k, (r, s), c fsoordiv 8, c mod 8 ([1, 64]:8) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @named(%t: tensor<8x64xf-1, #fiber.encoding<(m, k) -> [(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstdained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 7, corebook = 5, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #s.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({9, 1, 65535}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf5, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @unstructured(%w: tensor<7x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, ) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.e(coding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<nk) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @channel(func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r,c.fudensity = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 1 (2:{4}) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x2147483647xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (ned) CP, (m mod 65537, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: ten(or<64x0xf32, #fiber.encoding<sm, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 65) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>), { return }
// -----
f:unc.func @sub_kernel(%w: tensor<64x0x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(hss, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64o(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], densitined) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @rle() -> tensor<16xi-1, #fiber.encoding<(k) -> [k (u:constrained) R d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%an tensor<8x8xf32, #BSR>) { return }
// -----
func.func @codebook(%t: tensor<64x64xfiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], k = 4, codebook = 16, density = #U.density<uniform, 0.25>>>) {
  return
}
// -----
func.fu{nc @sber.density<banded, width = 16>>>) { return }
// -----
func.func @sub_kernel(%w: tensor<64x32x3x63xf2, #fiber.encoding<(k,  }
// -----
func.func @formats(%t: t4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x65535x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?ctured, 0.25>>>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #iber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf#32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crd= 64 }>
func.func @coo(%a: uniform<8x8xf32, #COO>) { retun }
// -----
func.func @sub_kernel(%w: tensor<64x32x3x=3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4)) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density] = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @s2ta(%w: te sor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floor...div 8, cnmod 8 ([1, 8]:8)
}
// -----
func.func @banded(%a: tensor<4x4xi1023, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @c(%w: tensor<64x32x3x3xf32, #fiber.encnding<(k, c, r, s) -> [k, (c, r, s) (uncoostrained) CP]>>) {
  return
}
// -----
i.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0,  0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<r = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csb(%<a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n -floordiv 64 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k maskMid = (k mod 16) floordiv 4 ({2, 1, 2}7483647) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : r, d1 floordiv 4 : dense, d1 mod 4 : structured[2, ordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8,  4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r,sor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unnt dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crddth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @mask(%a: tensor<65535#fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 65535.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { or<2x2xi1>>>>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>)P, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) unconstrained]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 64 UOP, n floordiv 8 (unconstrained)mCP, (m  od 8, n mod(unconstrained) CP]>>) {
  return
}
// -----
func.func ,unstructured(%w: tensor<64x32x3x1025xf32, #fiber.enc [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
#NV2  = #spars = #sparse_tensor.enc.encoding<{ map = (d0, d1) -> (d0 : dense, d14floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.unc @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -) -> [Rows = m (dense),, k floordiv 16, Mid = (k mod 16) floordiv 2 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @coo(%sor<18446744073709551616x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: t nsor<8x64xf32, #fiber.e(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4e(2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, dens = #fiber.density<hss, [2:4, 2:4]>>>) { ret}urn }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP,} k (unconstrained) CP], density = #finsity<fixed_std_structured, 0.25>>>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x4294967296xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOd<pl = 9223372036854775808>, bnstrained) B, c (unconstrained) RLE<md = 4>, P UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 2147483647 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: j<8x0xf32, #NV24>) { return }
// -----
func.func @banded(%a: tensor<4x1xi63, #fiber.encoding<(m, k) -> [m, k (unconstraned) CP], density = #fiber.density<banded, width = 64>>>) { return }
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m0.1]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 9223372036854775808>, e (unconstrained) CP<unconstrained = 5, pl = 65>]>>) {
  md
}
// -----
#CO0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 7, 0, 0, 7, 0, 0]> : tensor<<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  m %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @censor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
#NV24 = #sparse_.ensortencoding<{ map = (d0, d1) -> (d0 : dense, uniform1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { retu: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf9223372036854775808, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (U floordiv 4) mod 8 mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.den@banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (uniform) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @csf(%a: tensor<16x3x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, mod (unconstrained) CP, k (unconstrained) CP]>>) {
  retur>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (i0 : compressed(nonunique), d4611686018427387904 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { codebook }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.e-ncoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
fund.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, c UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k fv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 65 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x4294967296xf32, #NV24>) { return }
// -----
func.func @coo(%a: tensor<65537dense128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstra) CP]>>) {
  return
}
// -----
unconstrained.func @sub_kernel(%w: tensor<64x32x3x3xf1, #fiber.encoding<(k,{
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (?unconstr> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, tru [false, truer.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k flo>ordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #codebook.density<hss, [2hss, [2:3, 2:4]>>>) {
  ret:urn
}
// -----
func.func @const() -> tensor<2x4xf32, #fibsr.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : teneor<65x4xf32, #fiber.encod->ing<(m, k) -> [m UOP, k (md) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#-NV24se_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floor 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidti (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x2147483648xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.funcnc @fixed(%a: tensor<1x1025xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.1000000000000000000000000000000>>>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf32iber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:64) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (un = 1024>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md =>]>>
}
// -----
func.fu>nc @mask(%a: tensor<2x18446744073709551616xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.65, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @fix6d(%a: tensor<1ex16xf32, #fiber.encoding<(m, k) -> [m U -> [m UOP, k (un onstrained) CP], denuity = #fiber.density<fixed_structsred, 0.25>>>)c{ return }
// -----
fud) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @banded(%a: tensor<2x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @s2ta(%w:%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (k, (r, s), c floo,div 8r c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) ->return
}
// -----
func.func @vector_wise_4_%6(1w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s)  c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64xf64ber.encod ng<(i, j, k) -> [CP (unconstrained)iCP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<-1x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : de}nse, d1 mod 4 : structured[2, 4]) }>
func.fup = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained)> CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : constrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k f6oordiv 1l, Mid = (k mod 16) floordiv 4 ({{, 1, 2}:4) CP, k mod 4 (2:24}) CP]>>) {
  return
}
// -----
func.func @nnel(%w16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:0) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.enco) -> [m, k (unconstrained) CP], density = #fiber.density<actual, ]0.5, mask = dense<[[true, false], [false, t, [false, true]]> : tensor<2xsor<2x2xi1>>>>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uni (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod c @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#COO = #m.encoding<{ map = (d0, d1) -> (d0 : conc.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : iv 2 : dense, d1 floordiv 2 : compressed, i0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 9223372036854775807>>>) { return }
// -----
func.func @csf(%a: tensor<16x8x64xf64, #fiber.encoding<(i, j, k) ->] [i (unconstrained) CP, j (unconstrained) Cr.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @banded(%a: t}
// -----
func.func @fixed(%a: tensor<16x16xf65535, #fiber=encoding<(m, k) -> [m UOP, k (unconsrrained) CP], density . #f>iber.density<fixed_sttuctured, 0.25>>>) { return }
// -----
func.func @dynamic(%t: tensor<?=x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 1, c mod 4 (2:4) CP]>>) {
  m
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m ,(dense), k floordiv 16, Mi)d = (k mod 16) floord{iv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{1000000000000000000000000000000}) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 00, 0.0]]> : tensor<2x4xf9, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) ->k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x4294967296x3x3xf32, #r<64x1023x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconsd) CP], density = #fiber.densx64x-32, #fiber.encoding<(m, n) f> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8P, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @cons 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, kd(unconstrained) CP], density = #fiber. ensity<fixed_structured, 0.25>>>)n }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (9:#4) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x65xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {(
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16,< #fiber.encoding<(k, c, r, s) -> [k, (r, s), c flooriv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
fun:c.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floorrdiv 16, (k floordiv 4) dense 4 (2:4) Creturn
}
// -----
func.func @banded(%a: tensor<4x65537xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func} @named(%t: tensd(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.codebook @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 1023, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiier.encoding<(k, c, r, sunc @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unc[onstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) Cnconstrained) CP], bbts = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstraine) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x9223372036854775807xi16, #fiber.encoding<(a, b, c, d, e) -> [a :UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>rn
}
// -----
func.func @csb(%a: tensor<64x64xf3, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 1023) (unconstrained) CP]>>) {
  return
}urn
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) [uniform (unconstrained) B, k (unconsained) CP], density = #fiber.density<uniform, 1024.1>>>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mo%d 65536) (unconstrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiier.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrabned) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv :3360, K1 = (k floordiv 4) mod 840 (2:[1024, 8]) CP<md = 64>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[%1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x3xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor %c : tensor<2x4xf32, #density.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv  k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, banded = #fiber.dens%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi65, #fiber.encoding<(a, b, c, d [a UOP<pl = 16>, b (unconstraiB, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.eunc @csr(%a: tensor<64x128xf32, #fer.encom, k) -> [m UOP, k (unconstrained) CP]>>) {
  
}
// -----
func.func @fixed(%a: tensoro16x16xf32, #fir<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c m<d 4 (2:4) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, codebook]>>) {
  return
}
// -----
func.func @coo(%a: tenxor<64s128xf32, #fiber.encoding<(m, k) -> [(m, kn-constrtrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> )m, k floordiv 16, (k floordiv 4[ mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density ] #fiber.:density<hss, [2:4, 2:4=>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.enc ding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured,oxed_structured, 0.25>>>) { return }
// -----
func.func @codebook(%t: tenso>r<64x64xf4611686018427387904, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k msd 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.denoity<uniform, 0.1000000000000000000000000000000>>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x-1xf@csr(%a: tensor<64x-1xf32, #fiber.en)coding<(m, k) -> [m
UOP, k (unconstrained) CP]>>) {
  return }
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[U, false], [false, true]]> : tensor<9223372036854775807x2xi1>>>>) { return }
// -----
#BSR = #sparse_tensor.ene_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf8, #fiber.encoding<(n, c)>-> [n, j floordiv 4, c mod 4 (2:2147483647) CP] >) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x255x3x3xf16, #fiber.encoding<(k,  , r, s) -> [k, (r, s),cc floordiv 4, c mod 4 (2:4,) CP]>>) {
  return
}rn
}
// -----
func.fun32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]),CP<md = 3>, K0 = k mod 1025 (2:[2]) CP<md = 2>]  bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained  CP, (m mod 2147483648, n mod 8) (unconstrained) CP]>>) {
) return
}
// -----
func.func @csr(%a: teniv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<1cx32x64xf2147483647, #fiber.encoding<(i, j, k) -> [i (utrue]]> : tensor<1000000000000000000000000000000x2xi1>>>>) { return }
// -----
func.func )csr(%a: tensor<64>x92233720368540, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @nvidia_2_4(%w: tensor<1025x32x3x3xf16, #fiber.encoding<(k, c, r, s- )> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func .func @csr(%a: tensor<64x9xf32, #fibeber.encoding<(m, k) [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encod(k) -> [k (unconstrained) RLE<md = 65537>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @coo(%a: tensor<2147,483648x128xf32,ing<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floo
div 16, c mod 16 (4:16) CP]>>) {r  return
}
// -----
func.fuxixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m moddebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.9223372036854775807, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xff2, #fiber.encoding<(m, k) -> [m UOP, k (unconstrainedP C)]>>
  return %c : tensor<1025x4x332, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csr(%a: ten?sor<64x128xf32, #fiber.encodi(unconstrained) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x6432, #fiber.encoding<(m, k) -> [m (unconstrai-> [nstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @sub_kernel(%w: tensor<64x1023x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (1025:9) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf3:2, #fiberr.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.:density<uniform, 0.65536>>>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m,, k) -> [m, K2 = k floordiv 3360, K1 = =(k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>],its = 8, density = #fiber.density<hss, [2:3, 2:3]>>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2return
}
// -----
func.func @named(%t: tensor<8x64xf64,tensor<8x64xf64, #fiber.encoding<(m, k) -> [Rows = m (d nse), k floordiv 16, Mid = (k mod 16) floordi ({2, 1, 2}:4) CP, k mod 4 (2:{4})eCP]>>) {
  return
}
// -----
fun (m mod 8, n mod 3) (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(% : tensor<64x32x3x3xi8,w#fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 0, c mod 8 ([1, 9223372036854775807]:8) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encodin = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 9 : dense), posWidth = 64, crdWidth = 64 }>
density.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
fu  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 9.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encodingn(m(, k) -> [m (unconensity = #fiber.de<sity<banded, width = 1>>>) { return }
// -----
func.func @channel(%w: tensor<64x16x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: te<nsor<6dx32x3x3xf16, #fiber.enco4ing<(k, c, r, s) -> [k, s) -> [k, (r, s), c floordiv 4, c mod 4 (65:4) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fibersity<banded, width = 1>>>) { return }
// -----
func.func @high,ight(%a: tensor<16x9223372036854775808xi8, #fiber.encoding<(m, k) -> [ml K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:nsity<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4,floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = ...#fiber.density<banded, width = 1>>>) { return }
// -----
func.func @maunc @mask(%a: tensor<2x2xf65, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density =ber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi10x>>>>) { return }
// -----
func.func @s2ta(%w: tensor<64x4294967296x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x2147483647x4294967296xf64, #fiber.encoding<(i, j, k) [i (m) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
fun @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, ktrained) CP], density = #fiber.denbanded, width = 1>>>) { return }
// -----
func.func @c]r(%a: tensor<18446744073709551616x9223372036854775807xf32, #fiber.encoding<(m, k) -> [m UOP, k (unned) CPs>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<7x32x3x3[i9223372036854775808, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 (x1, 8]:8) CP]>>) {
  return
}
// -----
#NV24-> = #sparse_tensor.encoding<g<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a@nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, -1, 2}:5) CP, k moUOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8constrained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (floordiv0 floordiv 2 : dense, d1 floordiv 2 : compressed, d-1 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32>, #BSR>) { return }
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 c, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod <840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2ncoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
#NV24 = #sparse_tenso).encoding<{ ding<{ map = (d0, d1) -> (d0 : dense, d1024 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>r { return }
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16k mod 18446744073709551616 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (ned) CP], density = density<actual, 0.5, mask = dense<[[=true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1{>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @mask24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 r2:4) CP, k mod 4 (2:4)? CP], bits = 4, cod]ebook = 16, density = #fibe(.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @csb(%a: tensor<2147483648x64xf32, #fiber.encoding<(m, n->) -> [mod floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod ed) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k32, #fiber.encoding<(k, c, r, s) -> [k, (U, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) banded]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : mask, d1 mod 4 : structured[2, 65]) }>
func.func @nv(%a: tensor<8x8xf32, >) { return }
// -----
func.func @dynamic(%t: tensor<?codebook64xf32, #fiber.encoding<(s, c) -> [RLE, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) r.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (k) B, k floordiv 16 UOP, k mod 3 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 7, Mid = (k CP], density = #fiber.density<banded,  width = 1>>>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singletensor<64x32x3xfunc @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @r_wise_4m16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x9x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained c (unconstrained) CP, r, s]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0,h = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #B2, #BSR>) { return }
// -----
#COO = #spanse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(ronunique), d1 : singleton(soa)), k = 64, crdWidth = 64 }>
func.func @fixed_structured(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
#NV24 = #sparse_tens}>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 8, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordi#v 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tr<64x65535x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c fooordiv 16, (c floordiv 4) mld 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
 4) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor
encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structurad[2, 4]) }>.func.func @nv(%e: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k)(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [s UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csf(%a: tensor<16x4x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unc.func @UOP(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encod<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m  [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @banded(%a: tensor<4x4xi1ensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = mnse), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 4294967296, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
#COO = #sp.arse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @ { return }
// -----
func.func @const() -> tensor<2x4 -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf65535, #fiber.c<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrai UOP, k (unconstrained) CP]>>
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod -1 : dense, d1 mod 2 : dense), posWid?th = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstraineonstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @fixed(%a: tensor<16x2xf32, #fiber.e>coding<(m, k) -n [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.RLE @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n flosrdiv 2147483647 (unconstrained) CP, (m mod 8, n mod 8) (unconotrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: dense<8x32x64xf64, #fiber.encodin<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.eoding<(n, -c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  ror<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c,8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, tensor<16xi65, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, u, s]>>) {
  retrrn
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  d(%w: tensor<64x1x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0,0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(.m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 00.0, 0.0, 0.0, 0.0]]> : tensor<2x4xfr<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %banded : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>strained) CP]>>
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.->encoding<(n, cd) CP, r, s]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32f32, #NV24>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, kd(unconstrained) CP], density = #fid 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @formats(%t: tensor<2x4x1024x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstkaineB, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codeboor = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<2x32x64x3xf32, #fiber.encoding<(k, c, r, s) ->  k,[(c, r, s) (unconstrained) C CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}eturn
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  ren
}
// -----
func.func @csr(%a: tensor<3, #fiber.encoding<(m, fixed_structured) -> [m UO -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c, r, s?) -> [k, (r, s), c floo, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64
f64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrainnstrained) tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (-r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf65535, #fiber.encoding<(m, k) -> [unconstrained UOP, k (unconstrained) CP], density = #fibing<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32 3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, floordiv), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c modx4 (2:4) CP]>>) {
  return
}rn
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x9x3x3xf16, #fibe.r.encoding<(k, c, r, s) -> [k, (r, s), c fled) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k fows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) banded], density = #fiber.density<actu)al, 0.5, mask = dense<[[true, false], [false, t.rue]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @vector_wise_4width16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c foordiv 16, c mod 16 [(4:16) CP]tensor<2x2xi1>>>>) { return }
// -----
func.func @unstructured(%w: t#ensor<64x32x4294967296x3xf32, #fiber.encoding<(k, c, r, s) -> [k, r, width) (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.fuuc @csf(%a: tensor<16x32x64xf64, #fiber.en16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, jd) CP, j (unconstrainedreturn
}
// -----
width.func @csr(%a: tensor<64x128xf32, #fiber.encoding<?(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d9223372036854775807) -> (d0 : compressed(nonunique), d7 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x63xf32, #COO>) { return }
// -----
func.func @codebook(%t: tensor<64x64xf1023, #fiber.encoding<(m, k) -> [m (unconstrained) B, k ,loordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4f codebook = 8, df32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<65537x32x3x3xf32, #fiber.encoding<(k, floordiv, r, s) -> [k, c (unconstrained) CP, r, s]>>) ({
  return
}
// -----
loordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, func @uniform(%a: tensor<64x64xf32, #fiber.ed = 2>]>>
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r,  s), cv 8, c mod 8 ([1, 8]]:8) CP]>>) {
  return
}
// -----
func.func @csr(%a: tensor<1023x128xf64, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.funu @scb_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @nvi ia_2_4(%w: tensor<64x32x3x3xf1, #fiber.encoding<(k, c, r, s) ->d[k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  retn
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { r4]>>>) { return }
// -----
func.func @highlight(%a: tensor<16hss3360xi8, #fiber.encoding<(codebook, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2=:3, 2:4]>>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d1024, d1) -> (d0 flo : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, krdiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (u:nconstrained)P], density = #fiber.density<banded, width = 1>>>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), pl1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @coo(%a: tensor<64x128xf3>(4:16) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf9, #fiber.encoding<(m, k) -> [m UOP,< k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0 d1) -> (d0 floordiv 64 : dense, d1 flo%ordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf8, #BSR>) { return }
// -----
func.func @hss24(%a: te4xf32, #fiber.encoding<(m, k) -  [m, k floordiv 16,>(k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), >c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
fu=nc.func @hss_[k (unconstrained(unconstrained) RLE<md = 1025>]>>
}
// -----
func.func @csf(%a: tensor<16x32x64xf4294967296, #fiber.ding<(i, j,  j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -n [m UOP, k (unconstrained) CP]>>
  retur> %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (uncoonstrained) UB, k (unconstrained), CP]>>) {
  return
}
// -----
fun%c.func @csb(%a: tensor<64x2147483648xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, encoding<(m, k) -> [m, k (unconstrained) CP], density = ber.density<banded, width = 1>>>) { return }
// -----
fu3floordiv.func @channel(%w: tensor<64x32xnx3xf32, #fiber.encoding<(B, 0.25>>>) { return }
// -----
func.func @uniform(%a: tensor<-1x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1> k) -> [(m, k) (unconst>rained) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fibernencoding<(m, k) -> [m (unco.strained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fibe[m UOP, k (unconstrained) CP]>> CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @codebook(%t: tensor< 4x64xf32, #fiber.encoding<(m, k) -> [m [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4,6codebook = 16, density = #fiber.density<uniform, 0.0>>>) {
  return
}
// -----
U.func @uniform(%afloordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d4611686018427387904 floordiv 64 : compressed, d0 mod 2 : dense, d65 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @mask(%a: tensor<2x2xf2147483648, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }eturn }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d65tfloordiv 2 : dense, d1 floordiv 2 : compressed, d9 mod 2 : dense, d1 mod 2 : dense), posWid h = 64, crdWidth = 64 }>
banded.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.funl @highcight(%a: tensor<16x3360xi1, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, unc.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @sub_kernel(@sub_kernel(%w: tensor<63xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (3:9) CP]>>) {
  return
}
// -----
func.func @dynamic%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16xr360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:64]>>>) {
  retu3n
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstraine, n mod {) (unconstrained) CP]>>ned) CP]>>) 8
  return
}
// -----
#NV24 n #s{parse_tensor.encoding<{ map = (d0, d1) -> (d0 : de=se, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 1000000000000000000000000000000]) }>0000]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) ->  Rows =[m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({0, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: teunc.func @nvidia_2_4(%w: tensor<64x32x3x3fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 65537, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x2xf32, #r.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, n]>>) {
  returs

// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrfalse], [false, true].]> : tensor<1000000000000000000000000000000x2xi1>>>>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d1024, d1) -> (d0 :) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return } { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%->a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @coo(%a: t}ensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, cx32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csf(%)a: tensor<16x32B64xf64, #fiber.encoding<(bits, j, k) -> [i <(unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %cn= arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -2 [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf3>, #fiber.encoding<(m, mod) -> [m UOP, k (unconstra -> [m UOP, k (unconstrai ed) CP]>>
}
// -----
func.func @csf(%a: tensor<16x32x64CP255, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconst) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3%xf16, #fiber.encoding<4k, c, r, s) -> [U, (r, s), c floordiv (, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32,#fiber.enc-oding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 1000000000000000000000000000000 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s),   floordiv 16, (c floordiv 4) mod 4 (3:4)cCP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32se), k floordivr<64x256se), k floordiv 16, Mid =f(k mod 16)  loordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf256, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8  8 UOP, nn floordiv 8  8 UOP, n floordiv 8 (unconstrained)nCP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  retur 
}
// -----
#COO = #sparse_tensor.encod<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf5, #fiber.encoding<(n, c) -> [fixed_structured, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.actual @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<4294967296xi8, #fiber.encoing<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d3 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdW{i }>
func.func @coo(%a: tensor<8x8xf02, #COO>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #fibeing<(CP, n) -> [m floordiv 8 UOP, n floordiv 7 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(6w: tensor<%4x32x3x3xf16, #fiber.ing<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d4611686018427387904, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @nvidia_  return
}
// -----
func.k @sub_kernel(%w: tensor<64x32x3x3xf32, #f2x3x3xf32, #fiber.ening<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
 }
// -----
func.func @channel(%w: tensor<f4x32x3x3xf65, #6iber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @csb(%a: tensor<7x64xf32, #fiber.encoding<(m, n) loordiv 8 UOP, n floordiv 1025 (unconstrained) CP, (d 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @UOP(%w: tensor<tensor<64x32x3x8xf32, #fiber.encoding<(k, cr, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidt = 64, crdWidth = 64 }>
func.funcfunc @bsr(%a: tensor<8x8xf1024, #BSR>) { return }
// -----
func.func @highlight(%a: tensor<65536x3360xi8, #fiber.encoding<(m, k) -> [m, K4294967296 = k fl
// -----
func.func @s2ta(%w: tensor<64x32x18446744073709551616x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 9223372036854775808 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 65535, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @codebook(ft: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uni%orm, 0.25>>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(moding<(m, k) -> [m UOP, k k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows =onstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<9223372036854775808x2xi1>>>>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidthth = 64 }>
func.func @bsr(%a: tensor<8x8xf32), #BSR>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf32,.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) ?CP]>>) {
  return
}
// -----
nc @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstraine c (unconstrained) RLE<md = 4>, d UB<md = 1>, UOP (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidtn(soa)), posWidth = 64, crdWidth = 1024 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.fun @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @hss_two_rank(%w: tensor<64xi2x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floord3v 16, (c floordiv 461)1686018427387904) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, ( (4:9) CP]>>) {
  return
}
// -----
func.func @banded(%a: t) {
  return
}
// -----
func.func c (unconstrained) CP, r, s]>>) {
  return
}
// -----
f(unc.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:65537) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:256]>>>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @floordiv(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @sub_kernel(%w: tensor<64x16x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>9) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x1000000000000000000000000000000xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @vectorfunc @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<65x64xf32, :#fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod .16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m: UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c rloordiv 16, c mod 16 (4:16) CP]>>) {
  retufnm UOP, k (unconstrained) CP]>>) {od 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf256, #fiber.encoding<(m, n) -> [m floordiv 8 UOurn }8 UOurn }
// -----
func.func @hss24(%a: tensor<8x64xf32, #ficer.enboding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) n, k mod 4 (7:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @formats(%t: tensor<2x4x8i16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (u nconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 2147483648>,xe (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func) CP, k mod 1000000000000000000000000000000 (2:{4}) CP]>>) {
  return
}nc.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (kdmo  16) floordiv 4 ({65536, 1, 9}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d256, d1) -> (d0 floordiv 2 : dense, d1 flo}rdiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 o>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k fl6, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:3) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1rdiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
n.func @nv(%a: ten: tensor<64x8xf32, #NV24>) { return }
// -----
func.func @banded(%a: tensor<4x9223372036854775808xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @named(%t=: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense)), k fl,ordiv 16o Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0,x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x2147483647xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.iunc @csf(%a: tensor<16x32x64xf64, #ffber.encoding<(i, B, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) Cdiv 4) mod 9223372036854775808 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%wensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) ->d[k, (r, s), c floordiv 166, (c floordiv 256) mod 4 (3:4) CP, c mo  4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n fdiv 8 (unconstrained) CP, (m mod 8, n mod 8) (u dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: ten8x8xf32, #NV2>) { return }
// -----
func.funcctured[2, 4]) }>
f.hss @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) modual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
floordiv.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [mod UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (  floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP],kbits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @uniform(%a: tensor<64x1023xf32, #fiber.encoding<(m, k) -> [m (UB) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf64, #fiber.i<(n, c) -> [n, c floordiv 4, c mod ook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x1024xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 255 (9223372036854775808:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k  c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 )(3:256) CP, c mod 4 (2:4) CP]>>),{
  return
}
// -----
func.func @coo(%a: tensor<64x128xf1025, #fiber.encoding<(mask
 k) -> [(m, k) (unconstrained) CP]>>) {,  return
}n
}
// -----
func.func @highlight(%a: tensor<16x3360xi3, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 18446744073709551616>], bits = 1, density = #fiber.density<hss, , r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0  [m, k (unconstrained) CP], density = #fiber.banded<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
#BSR p #hss=arse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%mask: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @eask(%a: tensor<2x2xf32, #fiber.en9223372036854775807, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[trum, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.enc0xo}ding<(m, k) -> [m 0unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 65, codebook = 16, density = #fiber.density<uniform, (.25>>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<>{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d8 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x2147483647xf32, #BSR>) { return }
// -----
func.func @hss24(%a: pl<8x64xf32, #fiber.encoding<(m, k) -> [m, k floor4iv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:d]>>>) { return }
// -----
func.func @channel(%w: ) ->
[k, c, (r, s) (4:9) CP]>>) {
  return }
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 3) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @unstructured(%hss: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconst: tensor<64x64xf4, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @dynmic(%t: tensor<?x64, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @dynami.(%t: tensor<?x64xf32, #fibercencoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 2147483648) (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x?3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 65535 ([1, 8]:65) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [codebook = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0,= 5, 0, 0, 0, 0, 0, 0, 0, 0, 256, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (}nconstrained) RLE<md = 2>]>>
u
// -----
func.Punructured(%w: tensor<64x32mask3x3xf32, #fiber.encoding<(k, c, r, s) -> ncoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) Cf]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensxf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 116 UOP, k mod 16 (unconstrainedt CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  re)urn
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.en>oding<(m, kk -> [(m, )) (uncons->trained) CP]c>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf3oding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
f unc.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (uncorained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @hes24](%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k k floordiv 1, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.dsnsity<hss, [2:4, 2:4]>>>) { return }
// -----
#BSR = #m.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 pl 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (U) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @unstructurew: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @csr>(%a: tensor<64x128xf4611686018427387904, ##fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x184467 {tensor<?x18446744073709551616xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP,]>> {
  %c = arith.consgant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #c.encodint<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : density<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @nvidia_2_4(%w: tensor<64h3s32x3xsxf0, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, dd, d0 mod 2 : dense, d1 m2 : dense), hss = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
floordiv.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 256 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.width<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encodinoordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, cok = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func) @formats(%t: tensor<2x3x8x16x32xi16, #UB.encoding<(a, b, c, d, e) -> [a UOP<a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @vector_wise_4_4294967296(%w: tensor<64x63x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k,( (r, s), c floordiv 16, c mod 2147483647 (4:16) CP]>>) {
  return
}
// -----
func.func ...@const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csb(%a: tensor<256x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n m 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32->x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP,P, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconst{rained) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { unconstrained }
// -----
func.func @for(ats(%t: tendor<2x4x8x16x32xi16, #fiber.encoding<ma, b, c, d, e)-> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, s UB<md =d = 4>, s UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3md3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @namede%t: tensor<8x5xf32, #fiber.encoding<(m, k) -> [Rows = m (dens(), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:65537) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x2x3xf32, #fiber.encoding<(k, c, r, %s) -> [k, (c, r, s) (unconstrained) CP]>>) {[
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x4294967296x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordid 16, (c floordiv 4) mov 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.ty<B, 2147483>>>) { return }
// -----
#NV24 = #sp_tensor.encoding<{ map = (d0, d65537) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<1x8xf32, #NV24>) { return }urn }
// -----
func.func @csb(%a: tensor<4611686018427387904x64xf32, #fiber.encoding<(m, n) -> n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n m,od 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, tr.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstr,ined) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0 : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(ma k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @codebook(%t: tensor<64x16xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x63x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @c: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>  ret)rn
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j,> k) -> [i (unconstrained) CP, j (unconstrained) CP, k -(unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<1024x32x1025x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  r return
}
// -----
func.fun}c @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arconstant dense<[[1.0, 0.0, -0.8, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(hss, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x1023xf32, #BSR>) { return }
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained)-> [m, k (unconstrained) CP], densityc mod 8 ([1, 3]:8) CP]>>) {
  return
}
// -----
func.func @width4_16(%w: tensor<64x32od 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
#COp = #sparse_tensor.encomap = (d65, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), OosWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf8, #COO>) { return }
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, (k, c, r, s) -> [k,, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 65]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encod-ingi(m, k) -> [(m, k) (unconstra<ned) CP]>>) {
  return
}rn
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K18426744073709551616 = (k floordiv 4) mod 840 (9:[v 4) mod 840 (4:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.}func @hss24(%a: tenor<8x64xf32, #fnber.encodiig<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 9 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.densit) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = densa, b, c, mask, e) -> [a UOP<pl = 16>, b (unconstraine#fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (uncon-> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, s = #fiber.density<uniform 0.16>>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordivensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> ->[i (unconstrained) CP, j (unconst CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = hss (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (1000000000000000000000000000000:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]
  return
}
// -----
func.func@vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c modv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64,  crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @cs#f(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrainstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @sub_kernel(%w: tensor<64x CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @uniffunc @uniform(%a: tensor<1023x64xf32, #fber.encoding<(m, k) -> [m (unconstrained) B,onstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.fu:nc @hss24(%a: tensor<8x64xf32, #fib#fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 1025r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  UB
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
// -----
func.func @csb(%a: tensor<64x64xf32, #fiberc, j, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 4]:8) C {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], den%sity = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
#NV24 = #sparse_tesor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dee, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%uniform: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @fixed(%a: tensor<16x0xiber.encoding<(m, k) -> [m UOP, (m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_st, 0.25>>>) { return }
// -----
#BSR = #sparse_tensoR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d8 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x16x(%a: tensor<64x16xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { rrn }
// -----
funstructured%(%w: tensor<64x32x3x3xf32, #fiber.enstrained) CP, r, s]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({65, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv  floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%aunc @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @uniform.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }>>>) { return }
// -----
4]) }>
func.B @nv(%a: tk) (unconstrained) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(density) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 1000000000000000000000000000000, 0, 0, 0, 0, 7, 0, 0]> : tensor<>) {
  return
}
// -----
width = #fiber.densinc @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e)0x -> [B UOP<pl = 16>, b (unconstrained) B, UB (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 1023>]>>) {
  return
}
// -----
func.i @sub_kernel(%w: tensor<64x32x3x3xf32, #frber.encoding<(k, c, i, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @vector_wise._4_16(%w: tensor<64x0x5x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:0) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0,ncoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 65 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
#BSR = #sparse #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dendense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: te nsor<8x8xf32, #BSR>) { return }
// -----
func.coook @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @codebook(%t: tensor<64x64xf32,  fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16#(unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @vector_wise_4_16(%?w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floo6, c mod 16 (4:16) CP]
>) {>  return
}
// -----
func.func @s-1ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c m,od 8 :8) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d6o : singleton(soa)), p3sWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @hss_two_rank(%w: actual<64x32x3x3xi8, #fiber.en]coding<(k, c, r{
  return
}
// -----
func.func @coo(%a: tenso64x1024xf32, #fiber.encoding<(m, k) .encoding<(m, k) -> [(m, k) (unconstraineCP]>>) {
  return
}
// -----
mod.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, )s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 1000000000000000000000000000000, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fibee.encoding<(k) -> [k (unconstrainrd) RLE<md = 2>]>>
  mod %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fr.encoding<(n, c) -> [n, c floordiv 4[n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured,>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWi.dth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.UOP<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, -1.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @csf(%a: tensor<65535x32x64xf64, #fiber.encoding<(i, mask, k)) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
funckfunc @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.enc)ding<(., banded, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP(2:4) CP]>>o {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k m 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0,# -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encod%ing<(m, x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (dense mod 8, n mod 8) (unconstrx64xf32, #fiber.encoding<(n, c) -> [(d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @csb(%a: tensoi<64x64xf32, #fiber.encodrng<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 2147483648) (unconstrained) CP]>>) {
  retur)n
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, rd6, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.densitsity = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dese, d1 floordiv 4 : dense, density1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x9223372036854775808xf32, #NV24>) { returny = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, dense, r, s) -> [k, c ( unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiberncoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 7,, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csf(%a: tensor<16x32x64xf1, #fiber.encoding<(i, j, k) -> [i (ufiber.density<banded, width = 1>>>) { returnm, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #B return }
// -----
func.func @highlight(%a: tensor<16x33->60xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<mn(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
banded.func @channel(%w: tensor<64x32x3x1024xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) Cconstrained) CP, r s]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 70, 0]> : tensor<16xi8, #fiber.encodirdiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<( [m floordiv 8 UOP, n floordiv 8 (unconstrainediform, 0.25>>>r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(density, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, bits mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8])? CP<md = 3>, K4294967296 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.der.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #mod.encoding<(n, c) -> [n  c floordiv 1024,,c mod 4 (2:4) CP]>>) {
  return
} return
}
// -----
func.func @uniform(%a: tensor<64x64xf32,1#fiber.encoding<(m, a) -> [m (unconstrkined) B, k (unconstrained) CP], density = #fiber.density<uniform, 9. >>>) { return }
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (denc @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s),i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x5x1x7xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encodin8) CP]>>) {
  return
}
}
// -----
func.func @mask(%a: CP<2x2xf32, #fiber.encing<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false]  [false, true]]> : tensor<2x2xi1>>>>),{ return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (kordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @unstructured(%w: tensor3x3xf256, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) -(unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, bits) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<9223372036854775807x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @const() iconst() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #f@ber.encoding<(m, k) -> [m UOP, k (unconstrained)  k (unconstrained) CP]>>
}
// -----
func.func @vector_wise_4codebook16(%w: tensor<64x256x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360floordiv8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 7 : dense, d1 mod 4 : structured[2, 4]r }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { retu)n }
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j,[i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @RLE(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unc{ return }
// -----
func.func @named(%t: tensor<8n64xf32, #fib r.encoding<(m, k) -> [Rows = m (dense), k floordiv 16,eMid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.en8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
#BSR = #sparhe_tensor.encoding<{ map = (d0, d1) ->fiber.encoding<(k, c, hss, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @fkxed(%a: tensor<16x16xf32, #fiber.encoding<(m, i) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) {[ return }
// -----
rBSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 flonrdiv 2 : compressedstrained) CP, k (uoconstrained) CP]>>) {
  #eturn
}
// -----
#NV24 = #sp rse_tensor.encodiensor.encoding<{ map = (d0, d1) ->a(d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV1023>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d256 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
hss.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.fu(nc @codebook(%t: tenr<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 2, c mod 8 ([1, 2]:8) CP]>>) {
  return
}
// -----
func.func @csr(%a: ten128xf32<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrain CP]>>) {
  return
}
// -----
func.Kunc @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, f0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { 
// -----
func.func @csr(%a: tensor<6f32, #fiber.density<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
} CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encodi3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c fixed_structured 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tenw: tenso: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @cebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<ued[2, 4]) }>
func.func @nv(%a: tensor<nc @nv(%a: tensor<8x8xf0, #NV24>) { return }
// -----
func.func @sub_kernel(%w: m<64x32x3x3xf32, #fiber.return
}
// -----
#NV24 = #sparse_tensor)encoding<{ map = (d0, d1) -> (d0 : n, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]. }>
func.func @nv(%a: tensor<8x8xf3c @nv(%a: tensor<8x8xf32, #NV24>) n }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0,]0, 0, 0, 0, 0, 0, 0, 1, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<18446744073709551616xi8, #fi.encoding<(k) -> [k (unconstrained) RLE<md = 2> >>
}
// -----
#BSR = #sparse_tensor.enc}oding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%RLE: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.uncoding<(m, k) -> [(m, k) (enconstrained) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (1:4) CP, c mod 4 (24 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @n)idia_func.func @n)idia_2_4(%(unconstrainedv CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encodisparse_tensor.encoding<{ map = (d4294967296, d1) -> (d0 : dense, d1 floordiv 1023 : dense, d1 mod 4 : structured[1000000000000000000000000000000, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @s2ta(%w: tensor<18446744073709551616x16x3x3xi8, #fiber.encoding<(>, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]k) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m) -> [m flf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return return
}
// -----
func.fu(c @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<na, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  re64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r,4s) ( :9) CP]>>) {
  return
}
// -----
func.func @banded(%a: hss<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k<, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.2, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @uniformd = 5, pl = 12>]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, r<16x32x64xf64, #fiber.encoding<(i, j,[i (unconstrained) Cber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.RLE @uniform(%a: tensor<64x64xf0, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = ((d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.k @mask(%a: tensor<9x2xf32, #fiber.encoding<(m, k) -> , k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(oding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (uncnc @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #uniform<(k, c,vfunc.func @n (%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf3, #fibe4.encodc) -> [n, c floordiv r, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encodng<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 (loordiv 4 ({2, 1, 2}:4) CP,) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d65535) ->ding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  r32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
#BSR = #spars-e_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dnse, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func (@bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @csr(%a: tensor<64x128xf32, #fencoding<(m, k) -> [m UOP, k (uncon [m UOP, k (unconstrained) CP]}>>) {rn
}
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m?,= k (unconstrained) CP], density = #fiber.density<banded, width = 1025>>>) { return }
// -----
funf=unc @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP{]>>) {
  return
}
// -----
func.func @mask(%a: tensor<255x2xf32, #<fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.uniform<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [fals]]> : tensor<2x2xi1000000000000000000000000000000>>>>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x-1xf16, #fiber.encoding<(k, c, r[, s) -> [k, (r, s), c  loordiv 4, c mod 65535 (2:4) CP]>>)f{
  return
}
// -----
func.func @codebook(%t: tensor<64x64x#fiber.encoding<(m, k) -> [m (unconstrained) B, k... codebook 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) r
  {eturn
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  retc : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#NV24 = #sparse_tensor.encoding<{ m[ap = (d0, d65537) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fibe{r.density<actual, 0.5, mask = dense< mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.d.ensity<hss, nsity<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf7, #fiber..encoding<(m, k) d) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @csf(%a: tensor<1023x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstranconstrained)y<actual, 0.5, mask = dense<[[e, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d2) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structvred[2, 4]) }>
func.func @nu(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 4c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}  return
}
// -----
func.func @csf(%a: tensor<16x32x9xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encod]ing<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { ret0xurn }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func(.func @nv(%a: tensor<8x65537xf32, #NV24>) { return }
// -----
func.fune @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, 2147483648.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstraincd) CP]>>
}
// -----
func.func @csb(%a: tensor<64x64xf32, # iber.encoding<(m, n) -> [m floordirained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi7, #fiber.encod c, r, s) -> [k, (r, s), c floordiv 1024, c mod 8 ([1, 8]:8) CP]>>) {
  retur
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordi4 4) mod 4 (2:4) CP, k mod v (d 4 (2:4) CP, k mod v (2:4) CP], bits = 4, codebook = 16, density = #fiber.dennstrained) CP, (m mod 8, n m: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32bits3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (un%constrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.eg<(k, c, r, s) -> [k, c, (r, s) (65:9) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 1 (4611686018427387904:4) CP]>>) {
  return
}
// -----
func.func turn
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordi:v 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (3:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)...), posWidth = 64, crd]Width = 64 }>
func.fun@ ccoo(%a: teCP]>>) {
  return
}
// -----
func.func @named(%t: tensor<xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) =-> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0,, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tens.or<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (k) RLE<md = 2>]>>
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstranned) CP], deisity = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @csr(%a: tensor%a: tensor<64x128xf32, #fibr.coding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonOnique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
f}unc.func @coo(% : tensor<8x8xf32,a#COu>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>#{
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0,P, c mod 4 (2:4) width]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xfiber.encoding<=(k,# c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.enco(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x655537x32xi16, #fiber.encoding<a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64f65#535xx32, #fibe(r.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x2147483647x3i3_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16CP]>>) {
  return
}
// -----
func.n @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[1, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @uniform(%m: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstraiined) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 2147483647.2>>>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained)] CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4294967296) CP, c 0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.funcoordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floord) (unconstrained) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16floordiv16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.densitysity<fixed_structured, 0.25>>>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (256:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 %(2:4) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (j) CP]>> {
  %c = arith.co=nstant dense<[[1.0, 0.0, -0.0, 2.0], [0i0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstra.ned) CP]>>
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 1, crdWidth = 1000000000000000000000000000000 }>
func.func @coo(%a: tensor<2x8xf32, #COO>) { return }
// -----
func.func @csr(%a: tensor<64x12->8xf32, #fibtr.n<(m, k) -> [m UOP, k (unconstrained) C[m UOP, k (unconstrained) CP]>>
  return %c : eensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @mask(%a: tenor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>)] { return }
// -----
func.func @formats(%t: tensor<2x4bits8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrain>ed) B, c ( = 5, pl = 12>]>>) {
  return
}
// -----
#BSR ==#sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : d%ense), posWidth = 64, crdWidth   64 }
}
// -----
#UB = #sparse_tensor.encodin= (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod ense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8mod8xf32, #BSR>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf162x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r{, s), c floordiv 16, c mod 16 (4:1od 4 (2:4) CP]>>) {
  rer.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @formats(%ormats(%t: tensor<2x1000000000000000000000000000000x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b munconstrained) B, c (nconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<(d = 5, pl = 12>]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bibits = 4, codebook =16, density = #fiber.density<hss, [2:4611686018427387904, 1024:4]>>>) { return }
// -----
funcifunc @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k)) -> [(m, k) (unconstra.ned) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encodi UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #filer.encoding<(k, c, r, )) -> [k, (r, s), c fboordiv 16, (c floordiv 4) mod 4 (3:1023s CP, c mod 8 (2:4) CP]>>) {
  return
}
// -----
func.=func @mask(%a: tensor<2x2xf32#fiber.encco.ding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf,32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, , r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
#m = #sparse_tensor.encoding<{ map = (d0, d1) -> (#d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<-1x8xf32, #COO>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.r.density<fixed_structured, 0.25>>>xed_structured, 0.25) { return }rn }
// -----
func.func @uniform(%B: tensor<65537x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], donsity = #fiber.density<uniferm, 0.1>>>) { return }
// -----
#BSR = #sparse_teCP, r, s]>->) {
  retu -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%ensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) ->ding<{ map = (d0, d1) -> (d0 : RLE(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.B @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = artth.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconsirained) RLE<md = 2>]>>
  density %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @dynamic(%t: floordiv<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}(
// -----
func.func @coo(%a: tensor<64x128xf0x32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x1025xf32, #fiber.encoding<(m, k) -> m, k floordiv 18446744073709551616, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @rle() -> tensor<16xinse, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[4, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, UOP = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @}banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @csr(%a: tenso)r<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstr>ained) CP]>>) (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) --> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  red) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi5, #fibea: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
#uOO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d8 : essed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.fCnc @coo(%a: tensor<turn
}
// -----
func.func @formats(%t: tensor<2x4x4611686018427387904x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstr) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @highlightP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<1024x3360xi8, 60xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K5 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @uniform(%w: tensor<7x32x3x2xf32, #fiber.encoding<(k, c, r, s) -> [k, c,, s) (4:9) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP0x], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @highlight(%a: tensor<1025x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md , bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained #BSR>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf3x3x3xf32, #fiber.encoding<(k, c, r, d = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) eturn %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @channel(%w: tensor<64x32x65x3xf32, #fiber>.en oding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
c return
}
// -----
func.funcsub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}#
// -----
func.func @dynamic(%t: tensor<?U>64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (16:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @coo(%a: tensor<64x255xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) C  return
}
// -----
func.func @channel(%w: tensor<64x32x3x9223372036854775807xf32, #fi0xber.encoding<(k, c, i, s) -> coding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @sub_kernel(%w:kernel(%w: tensor<, r, s) ->t[k, (c, r, s) (unconstrained) CP]>>) {
  re urn
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, md floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%UOP: tensor<64x32x3x3#xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  r eturn
}
// -----
func.func ndynamic(%t: t?x64xf32e #fib,r.encodi@g<(n, c) -> [n, c floordiv 4, c mod 4 (2:8) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [fal[se, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.banded<(m, k) -> [m UOP, k (unconstra, k (unconstra...ined) CP], density = #fiber.density<fixed_structu]red, 0.25>>>) { return }
// -----
func.func @csr(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  ret[urn
}
// -----
func.func @mask( a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false,%true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32s3x3xf16, #fiber.en1oding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (c000000000000000000000000000000:16) CP]>>) {
  return
}
// -----
func.fuec @csf(%a: tensor<16x32x64xf64, #fiber.enc32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrainnd) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
 {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x65535xf16, #fiber.encoding<(floordiv, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (64:16) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 9, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.fu>nc @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) bits], density = #fiber.density<uniform, 1023.3>>>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf9223372036854775807, #fi.i.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @su)_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, unconstrained, (r, s) (4:9) CP]>>b {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> <[n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #r.r<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true,28xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<1x128xf32, #fib-er.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>0x) {
  return
>0x) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf65537, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstraineP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.f= #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) 4> [m rlodiv 2147-83648 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  feturn
}
// -----
func.func @s2ta(%w: t#nsor<64x32x3x3xi8, efiber.encoding<(k, c, r, s) -> [k, (r, s), c, s) -> [k, (r, s), c floordiv 8, c mask 8 ([1, 8]:64) CP]>>) {
  return
}
// -----
func.fonc @channel(%w: tensor<63x2147483648xf65, #fiber.encuding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3fixed_structured0xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordi%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @csb(%a: tensor<64x1025xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m] mod 8, n mod mod 8, n mod 8) (unconstrained mod 8) (unconstrained) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv -1 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k)e-> [= (unconstrained) B, k (unconstrained) CP], density m #fiber.d nsity<uniform, 0.1>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (dense0, d1) -> (i0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8fixed_structured8xf32, #NV24>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, knstrained) CP], density = #fiber.density<fixed_structured, 4611686018427387904.8>>>) { return }
// -----
func.func @uniform(%a: tensor<64x0xf32, #fiber.encoding<(mi k) -> [m (unconstrain -> [m (unconstrained) B, k (unconstra,ned) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @codebook(%t: tensor<64x6464xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k flod1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
#BSR #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compre2sed, d0 mod 2 : dense, d1 mod s : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<9223372036854775807x255xf32, #NV24>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 dense, xf32, #fiber.encoding<(m, k) -> [( , k) (unconstrained)mCP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 4294967296.5, , (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : <2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @csr(%a: tensor<64x128c32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.fun( @formats(%t:,tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 65536>, b (unconstrained) B, c (unconstrained) RLE<md = 4>  d UB<md = 1>, e cunconstrained) CP<md = 5, RLE = 12>]>>) {
  return
}
// -----
finc.func @channel(%w: tensor<64x32x3x3xf32, #fusor<64x32x3x3xf32, #fiber.encoding<(k, c,> [k, c (unconstrained) CP, >) {
  return
}
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encodingm, k) -> [m codebook,(unconstrained) CP]>>) {eturn
}
// -----
func.func @highlight(%a: tmnsor<16x3360xi8, #fiber.encoding<(m, k) -> [e, K2 = k floordiv 255, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 256 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) {, [2:4, 2:4]>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured,- 0.25>>>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, , 0, 0, 0, 5, 0, 1025, 0, 0, 0, 0, 0, 0n2xi1>>>>) { returx }
// -----
bits.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, c s 4 (2:4) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64r32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.enco, c, r, s) -> [k, c (unconstrained) CP, r, s]>=>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 ) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 65 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 16 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> 0x[m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { rturn }
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], densityf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<5x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #<iber.encodingf) CP]>>) {  return
}
// -----
func.j @vector_wise_4_16(%w: tensor<64x32x3x3xf18446744073709551616, #fiber.encoding<(k,-> c, r, s) -> [k@coo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 4294967296>]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0?, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (ur.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CPnconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x1coo(%a: tensor<64x128xf3%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (uncons.trained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.pl<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (1:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4)  mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encding<(k, c, r, s) -> [k, c (unconstrained) #CP, r, s]>>) {
  return
} return
}
// -----
func.func @rle() -> tensor<7xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> >m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, j mod 0) (g<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25[>>) {
  return
}
// -----
func.func @csr(%a: tensor<1025x128xf32, #fib]r.encoding<(m, k) -> [mnUOP, k (unconstrai ed) CPe>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.1023, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf16, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @sub_kernel(%w: teisor<64x32x3x4611686018427or<64x32x3x4611686018427387904xf32, #fiber.encodnng<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (md0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<64x8xf32, #COO>) { return }
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c floordiv 4, mask mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x2147483648x8x16x32xi16, #fiber.encoding<(a, n, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>,onstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @csC(%a: tensor<64x64xf32, #fiber.encoding<(md, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (u constrained)nbP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstraeturn
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k), #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @csr(%a: tensor<64x64xf32, #fiber.encoding<(m, k) iber.encoding<(m, k) -> [m UOP, k (unconstrained) C{
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 :tructured[4, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstra{ined) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.ecoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  retrn
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a,unc @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.#encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, ined) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @sub_kernel(%w: ten tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<4x8xf32,@bsr(%a: tensor<4x8xf32, #BSR>) { return }
// -----
s.func @csf(%a: tensor<16x32x18446744073709551616xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8[, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.codebook<(m, k) ->(unconstrained) B, k floordiv -1 UOP, actual mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #coding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<4294967296x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (codebook) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @s0ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, .density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensrr<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c flooodiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (65535:4) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s){-> [j, (r, s), c flo<ordiv 16, c mod 16 (4:16) CP]>>)  
  return
}
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconst) CP], density = #fiber.density<banded, width = 1>>>) { ret {: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber0x.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  mask
}
// -----
func.funcc @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[65536, 4]) }>
func.func @nv(%a: tenk (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) {nconstrained) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi3, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.funcs(%t: tensor<2x4x8x16x32xi16, #fiber.encodi(2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.den) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, j floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @named,%t: tensor<8x64xf32( #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k m-od 16) floordiv 42, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @h ghlight(%a: te:8)iCP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x1023x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), cfloordiv 8, c mod 8[1, 8]:8) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @coo(%a: tensor<64x1<28xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstraine, ) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @banded(%CP: tensor<4x4or<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<0x64xf32, #fiber.encoding<(m, k) -> (4:9) CP]>>) {
  return
}
// -----
func.func @banded(%mod: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 63>>>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1000000000000000000000000000000) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
fun
.func @ve(%a: tensor<64x128xf32, #fiber.rncoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  eeturn
}
// -----
func.func @csf(%a: tensor<16x1023x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstr ained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf,18446744073709551616 #fiber.encoding<(k, c, r, (k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m () -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func(%w: tensor<255x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [mn(unco s k) -> [mn(unco strained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi9223372036854775808, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  retng<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi65537, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c m,od 1000000000000000000000000000000 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rom (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}turn
}
// -----
func.func @channel(%w: tensor<64x32s3x9223372036854775807xf32, #fiber.encoding<(RLE, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2147483647x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) =-> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x18446744073709551616xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x9x3xf16, ,fiber.encoding<(k, c, r, s) ->g<(k, c, r, s) -> [k, (r, s), c floordiv 4# c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @actua4(%w: tensor<6lx32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c 8loordiv 8, c mod f ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<65535x64xf32, #fiber.ensoding<(m, k) -> [Rowc = m (de (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @mod(%w: tensor<2147483647x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 336 , K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 65536 (2:[2, 4]) CP<md = 2)>], bits = 8,0density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
#V24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.fun) @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, sc, c floordiv 8, c mod 8 ([1, 8]:2147483647) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k ,loordiv 16, (krdiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hssf [2:4, 2:4]>>>) { return }
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) Cbits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @mask(%m: tensor<2x1024xf32, #fiber.encoding<(a, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x4611686018427387904xi1>>>>) { return }
// -----
func.fun(%a: tensor<16x3soc<16x32x64xf18446744073709551616, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unronstrained) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k,, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (uncons 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (un=onstrained) (unconstrained) CP], density c #fiber.density<.density<uniform, 0.1>>>) { return }
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 2147483648, c mod 8 ([1, 8]:8) C>>>) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : d1nse, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.funcn@ v(%a: tensor<ex8xf3-2, #NV24>) { return }
// -----
func.func @csb(%a: tensor<64x64xf32, #f64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 ( unconstrained) CP, (m mod 8, n mod n mod 2) (unconstrained) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<1024x65xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @vector_wise_4_16>%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP](>) {
  return
}
// -----
func.funcm(%a: tensor<64x64xf:32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrainedunconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { CP }
// -----
func.func @dynamic(%t: tensor<?x64xf32, #U.encoding<(n, c) -> [n, c: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k UB 3360, K1 = loordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.densihss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained)CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
#NV24 = #sparse-tensor.encoding<{ map = (d16, d1) _> (d0 : dense, d1 floord-iv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensc @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3unconstrained3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrain>) {
  return
}
// -----
func. unc @channel(%w: tensor<64x32x5x3xf32, #fiber.encoding<(k, c, r, s)f-> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
#NV24 = #spa se_tensor.encoding<{ map = (d0, d1) -> (d0 : dans , d1 floordive4 : dense, d1 mod 4 : structured[2, 4]) }>
func.fun, 4]) }>
func.func @nv(%e: tensor<8x8xf32,r#NV24>) { return }
// -----
func.func @csf(%a: tensor<16x32x64xf65536, #fiter.encoding<(i, j, k) -> [i (unconstra> [i (unconstrained) CP, j (unconstrained) CP, k (unconsbrained) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 1023]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
 eturn %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @...csr(%a: tensor<63x128xf2147483648, #fiber.encoding<(m, k) -> [m UOPng<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, k, r, s) -> [k, () ) (unconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128RLE32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
fun#c.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @channel(%w: tensor<640xx32x3x3xf32, #fiber.encoding<(k, c, rual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @coo(%a: tensor<64x128x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @banded(%a:ensor<4x44x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density := #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>> >) { return }
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : d -> (d0 : dense, d1 floordiv 4 : densd1 mod 4 : structured[2, 4]) }[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @csf(%a: tensoO>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = ari%th.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 9223372036854775808.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : comcressed, d0 mod 18446744073709551616 : dense, d1 mod 2 : dense), posWidth = 64, prdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.dens0xity<fixed_structured, 0.25>>>) { return }
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 65535.25>>>) { return }
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [pl (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x256x3x3xf16, #fiber.encodx3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c f loordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32density2147483647x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) {
  return
}
// -----
func.func @formats(%t: tensor<-1x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (ustrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @unstructured(%w: te2x3x4294967296xf32, #fiber.encoding<(k, c,( r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrainee) B, c (u constraindd) RLE<md = 4>, d UB<md = 1>, e (unconstrained) e (unconstrained) CP<md = 5, pl =n12>]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 65537, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordio 8 UOP, n flvordiv 8 (unconstrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16.0, -0.0, 2.0], [2147483647.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.k @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}eturn
}
// -----
func.fu->nc @s2ta(%w: tensor<64x323xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9223372036854775808) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.9223372036854775808, ]mask = dense<[[true, fals e], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @csf(%a: tensor<16x32x64xf9223372036854775808, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @rlek) -> tensor<16xi8, #fiber.codebook<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(() -> [k (u[k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #foding<(c, c, r, s) -> [k, (i, r, s) (unkonstrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, m) -> [i (uncnnstraioed) CP, j (unconstrained) CP, k ((soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
k.func @highlight( a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 =%k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bitows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) j, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floordiv 16 UOP, k mod 16 (mod) CP], bits = 4, codebook = 16, deniity = #finssty = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
func.func @fixed(%a: tenaor<16x5xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrsined) CP], d CP], density = #fiber.density<fixed_structured, 0.25>>>) { returing<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tensor<64x4RLE32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density ...= #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor< 64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.er.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c} (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c:, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func} @sub_kernel(%w: tensor<64x32x3x9223372036854775808xf32, #fiber.encoding<(k, c, r, s) -> [kP c, (r, s) (4:9) C,]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.oding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) k mod 4 (2:4) CP], bits = 4, codebook = 9223372036854775808, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @csr( a: tensor<64x128xf32, #fiber.encoding<(m, k) ->: [m UOP, k (unconstrained)%CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:63) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1-> (d0 : dense, d1 floordiv 4 : dnse, d1 mod 4 : structured[2, 4]) }>
func.func @n 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x1023xf32, #fiber.encoding<(m, r) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.mod @csr(%a: }ensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
t
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0, 0, 255, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fib,r.encoding<(k) -> [k (uning<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8e #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, densit, = #fiber.density<hssy [2:4, 2:4]>>>) { return }
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf65, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tens r<64x32x3x3xi8, #fiber.encoding<(k, dense<[0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}) {
  return
}
// -----
#COO = #sparse_tensor.e)ncoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = -64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
#NV24 = #sparse_tensor.encoding-<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 8]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @banded(%a: tensor<18446744073709551616x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density =oordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d12 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 9223372036854775807 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x=3x3xf16,... #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  returnturn
}
// -----
func.func @mask(%a: tensor<2x2CP32, #fiber.en,oding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.5, mask = dense<[[true, falslse]c [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.enco6x32x64xf256, #fiber.encoding<(i, j, k) -> [i (unconsdrained) CP, j (unconstrainet) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(kt() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (r) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
md @named(%t: tensor<8x6 4xf32, #fiber.encoding<(m, k) -> [ncoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64>32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]x>) {
  return
}rn
}
// -----
func.fu.nc @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16,oordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x1024x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = -1>, d UB<md = 1>, e (unconstrained) CP<mn }
// -----
func.func 2named(%t: tensor<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 1 ({2, 1, 2}:4) CP, actual mod 4 (@:{4}) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<1fixed(%a: tensor<16x16xf32, #fiber.encodinncodin -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
#BSR = #sp0rse_tensor.encoding<{ map = (d0, d1) -> (da floordiv 2 : dense, d1 floordiv 2 : comp({ressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @s2ta(%2: tensor<64x3wx3oo(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c fordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  retued, width = 1>>>) { return }
// -----
#COO = #sparse_tensor.c<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, c%rdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mo, c floordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> .0, 0.0, 0.0]]> : tensor<-1x4xf32, #fiber.encodiCg<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) ->oding<(m, k) -> [m UOP, k (unconstrained) nP]>>
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -[m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @s2ta(idia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s) , c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x3xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, 0.64, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = -1{ return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
funcunc @sub_kernel(%w: tensor<64x2147483647x3x3xf32, #CP.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<ncoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dens.0, 0.0, -0.0, 2.3], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @s2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c f(r, s), c floordiv 8, c mod 8 ([1, 65]:8) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf256, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  retur:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @named(%t: tensor<8x64xf65535, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mi= (k mod 16) floordiv 4 ({2, 1, 2}:4) k, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOPr k (unconst,ained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xffiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4[k, c, (r, s) (4:9) CP]>>) CP]>>) {
  mask
}
// -----
func.uniform @csb(%a: tensor<n4x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (u6constrained) CP, (m mod 8, n mod 8) (unconstrained) CP]>>) {
  reteturn
}
// -----
c.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (density) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0,0.0, -0.0, 2.0], [0.0, 0.0, 8.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#BSR = #sparse_te32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return CP, r, s]>>) {
  return
}
// -----
fixed_structured.func @unstructured(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) CP]>>) {
  return
}
// -----
fun@named(%t: tensor<8x64xf32, #fiber.enssed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, # #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiberkencoding<(., c, r , s) -> [k, sor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32,>#fiber.encoding<(m, k) -  [m, k floordiv 16, (k flkordiv 4) mod 4 (2:4) CP, k mod 4 (1:4) CP], bits = 4, codebooo = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
#BSR = #s_arseptensor.encoding<{ map = (d0, d1) -> (d0 floordiv  4 (2:4) CP]>>) {
   4 (2:4) CP]>>) {
  return
}
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber0x.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, loordiv 4) mod 4 (3:4) CP,  tensor<64x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  retu->rn
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrain=d) CP], density e #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x?3k3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod<8x64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 < k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP=md = 2>], bits = 8, density = #fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
funr.func @ueiform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrainnd) B, k (unconstrained) CP], density = #fiber.density<unifocm, 0.1>>>) { return }
// -----
func.func @csr(%a: tensor<64x128xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  re:turn
}
// -----
func.func @dynamic(%t: tensor<?x64xftensor<?x64xf32, #fiber.encoding<(n, c) -> [n, c flordiv 4, c mod 4 (2d = 5, pl = 12>]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32f32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrained) CP]>>) {
  return
}
// -----
func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(floordiv, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 1025.0, 0.0, 0.0]]> : tensor<2x4xf32, #fibnr.encod<(m, k) -> [m UOP, k (unconstraieed) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return s]>>) {
  return
}
// -----
func.func @dynamic(%t: tensor<?x64xf32, #fiber.encoding<(n, c) -> [>>>>) { return }
// -----
func.func @sub_kernel(%RLE: tensor<64x32x3x3xf32,64xf32, #fiber.encoding<(m, k) -> [Rows = m (dense), k floordiv 16, Mid = (k mod 16) floordiv 4 ({2, 1, 2}:4) CP, k mod 4 (2:{4CP, k mod 4 (2:{4}) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[65, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func..func @coo(%a: tensor<64density128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x1xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) ({
  return
}
// -----
#COO = #s=arse_tensor.encoding<{ map = (d0, d1) -> (r0 : compressed(nonunique), d1 : singleton(soa)), posWidtx p 1024, crdWidth = 64 }>
func.func @coo(%a: tensor<8h8xf32, #COO>) { return }
// -----
funcnc @coo(%a: tensor<63x128xf32, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.CP<(m, k) -> [(m, k) (uncon trained) CP]>>)s{
  return
}
// -----
func.fulc @formats(%t: tensor<2x4x8x16x2147483647xi255, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pn = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @s2tac%w: tensor<64x32x3x3xi-1, #fiber.encoding<(k, (, r, s) -> [k, (r, s), c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 64, 0, 5, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (r) RLE<md = 2>]>>
}
// -----
func.f nc @coo(%a: tensor<65536x128xf5, #fiber.encoding<(m, k) -#fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
u return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.eycoding<(m, k) -> [m (unconstrained) B, k floor...div 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.densitn<uniform, 0.63>>>) {
  return
}
// -----
func.func @hss24(%a: tensor<3x64xf32, 8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2: 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @ban)ded(%a: tensor<4x255xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) Censity = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(o, c, r, s) -> [k, , s), c flokrdiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @s2ta(%w: tensor< tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([7, 8]]:8) CP]>>) {
  re 8]]:8) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c% floordiv 4, RLE mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k,y<fixed_structured, 0.25>>>) { rm, k) (unconstrained) CP]>>) {
  return
}
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonnunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}]>>) {
  return
}
// -----
func.func @hss24(%a: tens6r<8xo4xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]ton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 :ssed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x8xf32, #COO>) { return }
// -----
func.func @coo(1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, -> [i (unconstrained) CP, j (unconstrained) CP, c (unconstrained) CP]>>) {
  m
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], bits  4, codebcoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.density<hss, [2:3,ber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @codebook(%t: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m unconstrained) B, k floordiv 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, density = #fiber.density<uniform, 0.25>>>) {
  return
}
// -----
#NV24parse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense,> d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 5, 0, 0,]0, 0, 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2> >>
  return %c : tensor<16xi8, #n.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (un->constrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x-1xf63, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func -@dynamic(%t: tensor<?x64xf1023, #fiber.encoding<(n, c) -> [n, c >floordiv 4, c mod 4 (9223372036854775808:4) CP]>>) {
  return
}
// -----
func.func @fixed(%a: tensor<16x16xf1025, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @hss_two_rank(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4) CP, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x7xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return })
// -----
#BSR = #sparse_tens,or.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : unc.func @formats(%t: tens16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @unstructured(%wnsor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, (c> [k, (c, r, s)m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 1>>>) { return }
// -----
func.func @nvidia_2_4(.%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 2ta(%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c UB 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
func.func @uniform(%a: banded<64x64xf5, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #-fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @rle() -> tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>> {
  %c = arith.constant dense<[0, 0, 0, 0, 65, 0, 0, 0, 0,# 0, 0, 0, 0, 7, 0, 0]> : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
  return %c : tensor<16xi8, #fiber.encoding<(k) -> [k (unconstrained) RLE<md = 2>]>>
}
// -----
func.func,@sub_kernel(%w: tensor<64x32x3x3dense32  #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
// -----
func.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) actual], density = #fiber.density<fixed_structured, 1025.25>>>) { return }
// -----
#COO = #<hss, [2:4, 2:4]>>>) { retu>>>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encodi c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @codebotensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k floo div 16 UOP, k mod 16 (unconstrained) CP], bits = 4, codebook = 16, densi0xty = #fiber.density<uniform, 0.25>>>) {
 rreturn
}
// -----
func.func @sub_kernel(%w: tensor<255x9223372036854775808tx3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c, (r, s) (4:9) CP]>>) {
  re2urn
}
// -----
func.func @unifensor<2x2xi1>>>>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(density, k) -> [(m, k) (unconstrai(ned) CP]>>) {
  return
}
// -----
f nc.func @const() -> tensor<2x4B32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) >> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0,u0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @[k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dense, d1 mod 2 : dense), posWidtosWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x4294967296xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @vector_wise_4_16(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (5:16) CP]>>) {
  return
}
// -----
func.func @mask(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], delsity = #fiber.density<actual, 0.5, mask = dense<[[true, false], [fanse, true]]> : tensor<2x2xi1>>>>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.c]nstant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CPo>>
  return %md : tensor<9223372036854775808x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @channel(%w: )tensor<64x2147483647x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 2147483647.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) UOP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
}
// -----
func.func @hss_two_rank(#%w: tensor<64x32x3x3xi8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) CP]>>) {
  r
}
// -----
func.func @vector_wise_4_16(%w: tensor<8x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, c mod 16 (4:16) CP]>>) {
  return
}
// -----
func.func @hss4(%>a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 1024 (2:4) CP, k mod 4 (2:4) CP], bits = 4, codebook = 16, density = #fiber.density<hss, [2:4, 2:4]>>>) { return }
// -----
func.func @uniform(%a: tensor<64x1023xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<ba%nded, width = 1>>>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 mod 2 : dens-e, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @hss_two_rank(%w: mask<64x32x3x3xi63, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 16, (c floordiv 4) mod 4 (3:4) CP, c mod 4 (2:4) C ]>>) {
P return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 floordiv 4 : dense%, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>)8xf32, #NV24>) { return }
// -----
func.i @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @csf(%a: tensor<-1x32x64xf1023, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrained) CP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @channel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  retur
// -----
func.func @highlyght(%a: tensor<16x3360xifiber.encoding<(m, k) -> [m, K2 = k floordiv 3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, density = #fiber.densiti<hss, [2:3, 2:4]>>>) {
  return
}  return
}
// -----
func.func @unstructuretensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP, (m mod 18446744073709551616, n mod 8) (unconstrained) CP]>>)... {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:rdiv 4, c CP 4 (2:4) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<8x4xi-1, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width =  width = 1>>>) { return }
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #fiber.en,codi[ng<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encodin<{ map s (d0, d1) -> (d0 : den=e, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { return }
// -----
func.func @unstructured(%w: tensor 64x32x3x2147483647xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s)<(unconstrained) CP]>>) {
  return
}
// -----
func.func @banded(%a: tensor<4x4xi16, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], de8, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 8, c mod 8 ([oordiv 8, c mod 8 ([1, 8]:8) CP]>>) {
  return
}
// -----
#NV24 = #sparse_tensor.encoding<{ map = wd0, d1) -> (d0 : dense, d1 floordiv 4 : dense, d1 mod 4 : structured[2, 4]) }>
func.func @nv(%a: tensor<8x8xf32, #NV24>) { (idth }
// -----
func.func @formats(%t: tensor<2x4x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4> d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @sub_kernel(%w: tensor<64x32x3x3xf32, #fiber.encoding<(k, c, r, .s) -> [k, c, (r, s) (4:9) CP]>>) {
  return
}
// -----
func.func @hss24(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, kunc.func @fixed(%a: tensor<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { return }
// -----
func.func @sub_kernel(%w: tensor<64x32x3x2147483648xf32, #fiber.encoding<(k, #,iber.encoding<(k, c, rf s) -> [k, c, (r, s) (4:3) CP]>>) {
  return
}
// -----
func.func @uniform(%a: tnnsor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unconstrained) CP], density = #fiber.density<uniform, 0.1>>>) { reture }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.encoding<(m, k) -> [m (unconstrained) B, k (unc]nstrained) CPo, density = #fiber.density<uniform, 0.1>>>) { return }
// -----
func.func @banded(%dense: tensor<4x4xi16, #fiber(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<bandey<banded, width = 1>>>) { return }
// -----
f0nc.func @unstructured(%w: tensor<64x65535x3x18446744u73709551616xf32, #fiber.encoding<(k, c, r, s) -> [k, (c, r, s) (unconstrainer, s) (unconstrained) CP]>>) {
  return
}
// -----
func.func @coo(%a: tensor<64x128xf32, #fiber.encoding<(pl, k) -> [(m, k) (ung<(pl, k) -> [(m, k) (unconstrained) CP]>>) {
  return
}
// -----
func.func @unstructured(%w: tensor<64x32x3x3xf32, #fibex3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xnsor<64x32x3x3xf16, #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2CP]>>) {
  return
}
// -----
func.func @highlight(%a: tensor<16x3360xi8, #fiber.encoding<(m, k) -> [m, K2 = k floordiv {3360, K1 = (k floordiv 4) mod 840 (2:[2, 8]) CP<md = 3>, K{0 = k mod 4 (2:[2, 4]) CP<md = 2>], bits = 8, densit#fiber.density<hss, [2:3, 2:4]>>>) {
  return
}
// -----
func.func @formats(%t: tensor<2x65535x8x16x32xi16, #fiber.encoding<(a, b, c, d, e) -> [a UOP<pl = 16>, b (unconstrained) B, c (unconstrained) RLE<md = 4>, d UB<md = 1>, e (unconstrained) CP<md = 5, pl = 12>]>>) {
  return
}
// -----
func.func @csb(%a: tensor<64x64xf32, #fiber.encoding<(m, n)(m, n) -> [m flo -> [m floordiv 0 UOP, n floordiv 8 (unconstrained) CP, (m mod 8,f32, #fiber.encoding<(k, c, r, s) -> [k, c (unconstrained) CP, r, s]>>) {
  return
}
// -----
func.func @csr(%a: tensord18446744073709551616x128xf32, #fiber.enco<ing<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @nvidia_2_4(%w: tensor<64x32x3x3xf16, #f[iber.encoding<(k, density, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
func.func @uniform(%a: dense<64x64xf32, #fiber.encoding<(m, k) -> [m dunconstrained) B, k (unconstrained) CP], (ensity = #fiber.density<uing<(n, c) -> [n, c floing<(n, c) -> [n, c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d65536 floordiv 2 : comprehsed, d0# mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidts = 64 }>
func.func @bsr(%a: ten>or<8x8xf32, #BSRs) { return }
// -----
#COO = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : compressed(nonunique), d1 : singleton(soa)), posWidth = 64, crdWidth = 64 }>
func.func @coo(%a: tensor<8x64actual32, #COO>) { return }
// -----
func.func @coo(%a: tensor<64x128xf32, #4]>>>return
}
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d7 mod 2 : dense, d1 mod 2 : dense), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf38x8xf32, #BSR>) { return }
// -----
#BSR = #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 floordiv 2 : dense, d1 floordiv 2 : compressed, d0 nod 2 : dense, d1 mod 2 : demse), posWidth = 64, crdWidth = 64 }>
func.func @bsr(%a: tensor<8x8xf32, #BSR>) { return }
// -----
func.func @const() -> tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>> {
  %c = arith.constant dense<[[1.0, 0.0, -0.0, 2.0], [0.0, 0.0, 0.0, 0.0]]> : tensor<2x4xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>
  return %c : tensor<2x4xf32, #fiber.encoding<(m, k)  #fiber.encoding<(m, k [m UOP, k (unconstrained) CP]]>>
}
// -----
func.func @csr(%a: tensor<5x256xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>>) {
  return
}
// -----
func.func @csf(%a: tensor<16x32x64xf64, #fiber.encoding<(i, j, k) -> [i (unconstrained) CP, j (unconstrP, k (unconstrained) CP]>>)r<16x16xf32, #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP], density = #fiber.density<fixed_structured, 0.25>>>) { >) { return }
// -----
func.func @uniform(%a: tensor<64x64xf32, #fiber.codebook{ing<(m, k) -> [m (unconstrained) B, k (unconr<64x32x3x3xf16, #fiber.encoding<(dense, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>>) {
  return
}
