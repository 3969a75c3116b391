// The bundled examples parse, print back, and are what the generator makes.
//
// RUN: sparse-opt %examples/small_cnn.mlir | FileCheck %s --check-prefix=CNN
// RUN: sparse-opt %examples/small_cnn.mlir --emit-bytecode | sparse-opt | FileCheck %s --check-prefix=CNN
// RUN: sparse-opt %examples/formats_gallery.mlir --fiber-report -o /dev/null | FileCheck %s --check-prefix=GALLERY
// RUN: rm -rf %t && mkdir -p %t && %python %src_root/scripts/gen_examples.py --out %t > /dev/null
// RUN: diff %t/small_cnn.mlir %examples/small_cnn.mlir
// RUN: diff %t/formats_gallery.mlir %examples/formats_gallery.mlir

// torch-mlir's ops and the dense_resource blobs survive the round trip.
// CNN: module attributes {torch.debug_module_name = "SmallCNN"}
// CNN: func.func @forward(%arg0: tensor<1x3x32x32xf32>) -> tensor<1x10xf32>
// CNN: arith.constant dense_resource<torch_tensor_16_3_3_3_torch.float32> : tensor<16x3x3x3xf32>
// CNN: tensor.pad
// CNN: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<1> : vector<2xi64>}
// CNN: linalg.pooling_nchw_max
// CNN: linalg.conv_2d_nchw_fchw {dilations = dense<1> : vector<2xi64>, strides = dense<2> : vector<2xi64>}
// CNN: tensor.collapse_shape
// CNN: linalg.transpose
// CNN: linalg.matmul
// CNN: dialect_resources
// CNN: torch_tensor_32_16_3_3_torch.float32: "0x04000000

// Every gallery format holds the same 25%-dense weight; each size is exact.
// GALLERY-LABEL: == @dense ==
// GALLERY:  density   0.2500 (sparsity 75.0%), measured from the constant
// GALLERY:  packed    524288 bits = 524288 values + 0 metadata
// GALLERY-LABEL: == @csr ==
// GALLERY:  packed    164815 bits = 131072 values + 33743 metadata
// GALLERY-LABEL: == @coo ==
// GALLERY:  packed    188416 bits = 131072 values + 57344 metadata
// GALLERY-LABEL: == @csb ==
// GALLERY-LABEL: == @dcsr ==
// GALLERY-LABEL: == @bitmask ==
// GALLERY:  packed    147456 bits = 131072 values + 16384 metadata
// GALLERY-LABEL: == @rle ==
// GALLERY-LABEL: == @nv_2_4 ==
// GALLERY-LABEL: == @hss ==
// Values 4096 x 32 b; K1 2 of 4 blocks (2048 coords) and K0 2 of 4 (4096
// coords) at 2 bits each: 12288 metadata bits.
// GALLERY:  packed    143360 bits = 131072 values + 12288 metadata
// GALLERY-LABEL: == @hss_codebook ==
// GALLERY:  packed    29184 bits = 16384 values + 12800 metadata
// GALLERY-NOT: WARNING
