// RUN: sparse-opt %s --split-input-file --verify-diagnostics

// A G larger than H.
// expected-error @+1 {{G:H rule allows G = 5 larger than H = 4}}
func.func @g_larger_than_h(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 (5:4) CP]>>) { return }

// -----

// A set where some G exceeds some H.
// expected-error @+1 {{G:H rule allows G = 4 larger than H = 2}}
func.func @g_set_larger_than_h_set(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 ({2, 4}:{2, 4}) CP]>>) { return }

// -----

// G of zero.
// expected-error @+1 {{G must be at least 1, got 0}}
func.func @g_zero(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 (0:4) CP]>>) { return }

// -----

// An H that does not divide the split rank's extent.
// expected-error @+1 {{rule 2:3 on rank K0 (k mod 4) needs H = 3 to divide the rank's extent 4}}
func.func @h_not_dividing_split(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 (2:3) CP]>>) { return }

// -----

// An H that does not divide an extent only the tensor's shape fixes.
// expected-error @+1 {{rule 2:3 on rank K (k) needs H = 3 to divide the rank's extent 64}}
func.func @h_not_dividing_shape(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (2:3) CP]>>) { return }

// -----

// No H of a set fits the rank.
// expected-error @+1 {{no H of rule 2:{3, 5} on rank K0 (k mod 8) divides the rank's extent 8}}
func.func @no_h_of_set_fits(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 8, k mod 8 (2:{3, 5}) CP]>>) { return }

// -----

// The ratio an hss density realises must fit the rank.
// expected-error @+1 {{the density model realises H = 3 on rank K0 (k mod 8), which does not divide the rank's extent 8}}
func.func @realised_h_not_dividing(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 8, k mod 8 (2:[2, 4]) CP], density = #fiber.density<hss, [2:3]>>>) { return }

// -----

// A rank referenced twice: two ranks hold the same piece.
// expected-error @+1 {{ranks K0 (k) and K0 (k) overlap: both hold k floordiv 1}}
func.func @rank_twice(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k, k]>>) { return }

// -----

// A dimension referenced by two different flattenings.
// expected-error @+1 {{dimension 'm' is referenced twice, by ranks M (m) and MK ((m, k))}}
func.func @dim_twice(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, (m, k)]>>) { return }

// -----

// A rank missing: dimension k is not used.
// expected-error @+1 {{dimension 'k' is missing: no rank uses it}}
func.func @rank_missing(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m]>>) { return }

// -----

// A split that misses the low digits.
// expected-error @+1 {{the ranks of k miss its lowest digits}}
func.func @missing_low_digits(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4]>>) { return }

// -----

// Split pieces that leave a gap.
// expected-error @+1 {{the pieces of k do not tile it: K0 (k mod 4) ends at k floordiv 4 but the next piece, in K1 (k floordiv 8), starts at floordiv 8}}
func.func @pieces_gap(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 8, k mod 4]>>) { return }

// -----

// An unbounded lower piece.
// expected-error @+1 {{holds every digit of k from floordiv 1 up}}
func.func @unbounded_piece(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k]>>) { return }

// -----

// Splits whose pieces cover less than the tensor.
// expected-error @+1 {{the ranks of k cover 16 coordinates but the tensor's k has 64}}
func.func @pieces_too_small(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, (k floordiv 4) mod 4, k mod 4]>>) { return }

// -----

// A split size that does not divide the tensor.
// expected-error @+1 {{k has 30 coordinates, which splitting into pieces of 4 (rank K1 (k floordiv 4)) does not divide}}
func.func @split_not_dividing(%a: tensor<8x30xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4]>>) { return }

// -----

// An unknown format.
// expected-error @+1 {{unknown rank format 'CSR'; expected one of U, B, CP, UOP, RLE, UB}}
func.func @unknown_format(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k CSR]>>) { return }

// -----

// Formats are upper case.
// expected-error @+1 {{unknown rank format 'cp'}}
func.func @lowercase_format(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k cp]>>) { return }

// -----

// A value bit width of 0.
// expected-error @+1 {{value bit width must be between 1 and 64, got 0}}
func.func @value_bits_zero(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k], bits = 0>>) { return }

// -----

// A metadata bit width of 0.
// expected-error @+1 {{bit width must be between 1 and 1024, got 0}}
func.func @metadata_bits_zero(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP<md = 0>]>>) { return }

// -----

// An encoding whose rank count does not match the tensor.
// expected-error @+1 {{encoding describes 2 dimension(s) (m, k) but the tensor has rank 3}}
func.func @rank_mismatch(%a: tensor<8x64x3xf32, #fiber.encoding<(m, k) -> [m, k]>>) { return }

// -----

// UOP points into the rank below, so it cannot be the bottom rank.
// expected-error @+1 {{UOP cannot be the bottom rank (K)}}
func.func @uop_bottom(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k UOP]>>) { return }

// -----

// U has no metadata to size.
// expected-error @+1 {{U stores no per-coordinate metadata; 'md' does not apply}}
func.func @md_on_uncompressed(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k U<md = 2>]>>) { return }

// -----

// expected-error @+1 {{unknown width 'bits'; expected 'md' (metadata bits) or 'pl' (offset bits)}}
func.func @unknown_width(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k CP<bits = 2>]>>) { return }

// -----

// expected-error @+1 {{unknown dimension 'n'; the encoding declares (m, k)}}
func.func @unknown_dim(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, n]>>) { return }

// -----

// expected-error @+1 {{dimension 'm' is declared twice}}
func.func @dim_declared_twice(%a: tensor<8x64xf32, #fiber.encoding<(m, m) -> [m]>>) { return }

// -----

// expected-error @+1 {{'mod' is reserved and cannot name a dimension}}
func.func @reserved_dim(%a: tensor<8x64xf32, #fiber.encoding<(m, mod) -> [m, mod]>>) { return }

// -----

// expected-error @+1 {{two ranks are named 'X'}}
func.func @duplicate_names(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [X = m, X = k]>>) { return }

// -----

// expected-error @+1 {{unknown rule 'half'; expected 'dense', 'unconstrained' or G:H}}
func.func @unknown_rule(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (half) CP]>>) { return }

// -----

// expected-error @+1 {{empty range [8, 2]: the lower bound comes first}}
func.func @empty_range(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 8, k mod 8 (2:[8, 2]) CP]>>) { return }

// -----

// expected-error @+1 {{(x mod 16) floordiv 3 is not a digit of x: 3 must divide 16}}
func.func @not_a_digit(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, (k mod 16) floordiv 3]>>) { return }

// -----

// expected-error @+1 {{only a flattening of whole dimensions can be split}}
func.func @split_of_pieces(%a: tensor<64x64xf32, #fiber.encoding<(m, n) -> [m floordiv 8, n floordiv 8, (m mod 8, n mod 8) floordiv 2]>>) { return }

// -----

// expected-error @+1 {{a codebook of 32 entries needs 5 index bits, but bits = 4}}
func.func @codebook_too_big(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k], bits = 4, codebook = 32>>) { return }

// -----

// expected-error @+1 {{a codebook of 512 entries does not fit 8-bit indices; set bits = 9}}
func.func @codebook_exceeds_element(%a: tensor<8x64xi8, #fiber.encoding<(m, k) -> [m, k], codebook = 512>>) { return }

// -----

// expected-error @+1 {{unknown encoding field 'layout'; expected 'bits', 'codebook' or 'density'}}
func.func @unknown_field(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k], layout = 1>>) { return }

// -----

// expected-error @+1 {{hss density lists 1 ratio(s) but the encoding has 2 rank(s) with a G:H rule}}
func.func @hss_count(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP, k mod 4 (2:4) CP], density = #fiber.density<hss, [2:4]>>>) { return }

// -----

// expected-error @+1 {{hss ratio 3:4 for rank K0 is not allowed by its rule 2:4}}
func.func @hss_ratio_not_allowed(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k floordiv 4, k mod 4 (2:4) CP], density = #fiber.density<hss, [3:4]>>>) { return }

// -----

// expected-error @+1 {{density must lie in [0, 1], got 1.5}}
func.func @density_range(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k], density = #fiber.density<uniform, 1.5>>>) { return }

// -----

// expected-error @+1 {{unknown density model 'gaussian'; expected uniform, fixed_structured, banded, actual or hss}}
func.func @density_kind(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k], density = #fiber.density<gaussian, 0.5>>>) { return }

// -----

// expected-error @+1 {{banded density needs a square matrix, got 8x64}}
func.func @banded_not_square(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<banded, width = 2>>>) { return }

// -----

// expected-error @+1 {{banded density describes 2-D matrices, but the encoding has 3 dimensions}}
func.func @banded_3d(%a: tensor<8x8x8xf32, #fiber.encoding<(a, b, c) -> [a, b, c], density = #fiber.density<banded, width = 2>>>) { return }

// -----

// expected-error @+1 {{actual-data mask of type 'tensor<2x2xi1>' does not match the tensor's shape}}
func.func @mask_shape(%a: tensor<2x4xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, mask = dense<true> : tensor<2x2xi1>>>>) { return }

// -----

// expected-error @+1 {{an actual-data mask must hold i1 values, got 'f32'}}
func.func @mask_type(%a: tensor<2x2xf32, #fiber.encoding<(m, k) -> [m, k (unconstrained) CP], density = #fiber.density<actual, mask = dense<1.0> : tensor<2x2xf32>>>>) { return }

// -----

// expected-error @+1 {{uniform density needs its average density, e.g. #fiber.density<uniform, 0.3>}}
#bad = #fiber.density<uniform>

// -----

// expected-error @+1 {{expected a #fiber.density attribute, got}}
func.func @density_wrong_attr(%a: tensor<8x64xf32, #fiber.encoding<(m, k) -> [m, k], density = 0.5>>) { return }

// -----

// Found by libFuzzer with UBSan: composing splits must not overflow.
// expected-error @+1 {{splitting by 31111111111111111 and then by 3111111 overflows 64 bits}}
func.func @split_overflow(%a: tensor<16x64xi8, #fiber.encoding<(m, k) -> [m, k floordiv 31111111111111111 floordiv 3111111, k mod 4]>>) { return }

// -----

// expected-error @+1 {{the pieces of k overflow 64 bits}}
func.func @tiling_overflow(%a: tensor<16x64xi8, #fiber.encoding<(m, k) -> [m, k floordiv 4611686018427387905, (k floordiv 4611686018427387904) mod 4, k mod 4611686018427387904]>>) { return }

// -----

// expected-error @+1 {{the tensor's (m, k) has more than 2^63 coordinates}}
func.func @extent_overflow(%a: tensor<4611686018427387904x4xi8, #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>>) { return }

// -----

// Found by libFuzzer with ASan: the parser verifies the encoding even when
// the element type failed to parse.
// expected-error @+1 {{expected non-function type}}
func.func @no_element_type(%a: tensor<64x64x, #fiber.encoding<(m, k) -> [m, k], codebook = 16>>) { return }
