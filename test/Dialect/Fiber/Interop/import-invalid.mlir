// RUN: sparse-opt %s --split-input-file --fiber-import-sparse-tensor --verify-diagnostics

// expected-error @+1 {{level 0 (compressed(nonunique)) is non-unique without singleton levels below}}
func.func @nonunique_alone(%a: tensor<8xf32, #sparse_tensor.encoding<{ map = (d0) -> (d0 : compressed(nonunique)) }>>) { return }

// -----

// expected-error @+1 {{explicitVal/implicitVal (tensors whose stored values are one constant) have no fiber equivalent}}
func.func @explicit_value(%a: tensor<8x8xf32, #sparse_tensor.encoding<{ map = (d0, d1) -> (d0 : dense, d1 : compressed), explicitVal = 1.0 : f32 }>>) { return }

// -----

// expected-error @+1 {{sparse tensor slices have no fiber equivalent}}
func.func @slice(%a: tensor<4x4xf32, #sparse_tensor.encoding<{ map = (d0 : #sparse_tensor<slice(1, 4, 1)>, d1 : #sparse_tensor<slice(1, 4, 2)>) -> (d0 : dense, d1 : compressed) }>>) { return }
