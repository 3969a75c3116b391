// Z = A x B for the spMspM study (thesis Sec. 4.9.2): B is 10 % dense with
// uniformly random non-zeros; A's density is given to the pipeline as the
// activation density.
#uniform10 = #fiber.encoding<(k, n) -> [k, n (unconstrained) CP],
                             density = #fiber.density<uniform, 0.1>>
func.func @spmspm(%a: tensor<256x256xf32>, %b: tensor<256x256xf32, #uniform10>,
                  %z: tensor<256x256xf32>) -> tensor<256x256xf32> {
  %r = linalg.matmul ins(%a, %b : tensor<256x256xf32>, tensor<256x256xf32, #uniform10>)
                     outs(%z : tensor<256x256xf32>) -> tensor<256x256xf32>
  return %r : tensor<256x256xf32>
}
