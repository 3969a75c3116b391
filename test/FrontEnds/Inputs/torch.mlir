module attributes {
    torch.debug_module_name = "Net"} {
  func.func @forward(%arg0: !torch.vtensor<[1,3,8,8],f32>, %w: !torch.vtensor<[4,3,3,3],f32>) -> !torch.vtensor<[1,4,6,6],f32> {
    %none = torch.constant.none
    %0 = torch.aten.convolution %arg0, %w, %none : !torch.vtensor<[1,3,8,8],f32>, !torch.vtensor<[4,3,3,3],f32>, !torch.none -> !torch.vtensor<[1,4,6,6],f32>
    return %0 : !torch.vtensor<[1,4,6,6],f32>
  }
}
