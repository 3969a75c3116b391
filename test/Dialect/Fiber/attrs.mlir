// The fiber attributes on their own (as used in discardable attributes and
// by the accel dialect's capability descriptions).
//
// RUN: sparse-opt %s | FileCheck %s
// RUN: sparse-opt %s --emit-bytecode | sparse-opt | FileCheck %s

// CHECK-LABEL: func.func @attrs()
// CHECK-SAME: banded = #fiber.density<banded, width = 3>
// CHECK-SAME: dense = #fiber.rule<dense>
// CHECK-SAME: digit = #fiber.digit<dims = [0, 1], divisor = 4, modulus = 8>
// CHECK-SAME: format_cp = #fiber.format<CP<md = 2>>
// CHECK-SAME: format_u = #fiber.format<U>
// CHECK-SAME: format_uop = #fiber.format<UOP<pl = 32>>
// CHECK-SAME: highlight_rank1 = #fiber.rule<2:[2, 8]>
// CHECK-SAME: hss = #fiber.density<hss, [2:3, 2:4]>
// CHECK-SAME: mask = #fiber.density<actual, 0.5, mask = dense<{{\[}}[true, false], [false, true]]> : tensor<2x2xi1>>
// CHECK-SAME: measured = #fiber.density<actual, 0.31>
// CHECK-SAME: pair = #fiber.rule<{1, 2}:{4, 8}>
// CHECK-SAME: rank = #fiber.rank<"C0", digits = [<dims = [1], divisor = 1, modulus = 4>], rule = <2:4>, format = <CP>>
// CHECK-SAME: s2ta = #fiber.rule<[1, 4]:8>
// CHECK-SAME: structured = #fiber.density<fixed_structured, 0.5>
// CHECK-SAME: two_four = #fiber.rule<2:4>
// CHECK-SAME: unconstrained = #fiber.rule<unconstrained>
// CHECK-SAME: uniform = #fiber.density<uniform, 1.0>
func.func @attrs() attributes {
    dense = #fiber.rule<dense>,
    unconstrained = #fiber.rule<unconstrained>,
    two_four = #fiber.rule<2:4>,
    s2ta = #fiber.rule<[1, 4]:8>,
    highlight_rank1 = #fiber.rule<2:{2, 3, 4, 5, 6, 7, 8}>,
    pair = #fiber.rule<{2, 1}:{8, 4}>,
    format_u = #fiber.format<U>,
    format_cp = #fiber.format<CP<md = 2>>,
    format_uop = #fiber.format<UOP<pl = 32>>,
    uniform = #fiber.density<uniform, 1.0>,
    structured = #fiber.density<fixed_structured, 0.5>,
    banded = #fiber.density<banded, width = 3>,
    measured = #fiber.density<actual, 0.31>,
    mask = #fiber.density<actual, 0.5, mask = dense<[[true, false], [false, true]]> : tensor<2x2xi1>>,
    hss = #fiber.density<hss, [2:3, 2:4]>,
    digit = #fiber.digit<dims = [0, 1], divisor = 4, modulus = 8>,
    rank = #fiber.rank<"C0", digits = [<dims = [1], divisor = 1, modulus = 4>], rule = <2:4>, format = <CP>>} {
  return
}
