module {
  func.func @forward(%arg0: !torch.vtensor<[2],f32>, %c: !torch.bool) -> !torch.vtensor<[2],f32> {
    %int1 = torch.constant.int 1
    %0 = torch.aten.relu %arg0 : !torch.vtensor<[2],f32> -> !torch.vtensor<[2],f32>
    %1 = torch.prim.If %c -> (!torch.vtensor<[2],f32>) {
      torch.prim.If.yield %0 : !torch.vtensor<[2],f32>
    } else {
      torch.prim.If.yield %arg0 : !torch.vtensor<[2],f32>
    }
    return %1 : !torch.vtensor<[2],f32>
  }
}
