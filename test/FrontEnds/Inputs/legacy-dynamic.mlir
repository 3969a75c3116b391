func.func @f(%a: tensor<?x256xf32>) -> tensor<?x1x256xf32> {
  %e = tensor.expand_shape %a [[0, 1], [2]] : tensor<?x256xf32> into tensor<?x1x256xf32>
  return %e : tensor<?x1x256xf32>
}
