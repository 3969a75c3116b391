//===- SparseTensorInterop.h - fiber <-> sparse_tensor encodings *- C++ -*-===//
//
// Converts between #fiber.encoding and upstream #sparse_tensor.encoding where
// both mean the same fibertree:
//
//   sparse_tensor level               fiber rank
//   dense / batch                     U (UOP when the level below is
//   compressed) compressed, loose_compressed      CP (unconstrained)
//   compressed(nonunique)+singleton*  one flattened CP rank (COO = CP^n)
//   structured[n, m] on `d mod m`     CP with rule n:m
//   posWidth / crdWidth               pl of the parent / md of the CP rank
//
// Anything else fails with a diagnostic that names what has no equivalent:
// bitmask, RLE and UB ranks, several G:H ranks (multi-rank HSS), rule sets,
// middle digits of a split, codebooks, explicit/implicit values, slices.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_DIALECT_FIBER_UTILS_SPARSETENSORINTEROP_H
#define SPARSEACCEL_DIALECT_FIBER_UTILS_SPARSETENSORINTEROP_H

#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"

#include "mlir/Dialect/SparseTensor/IR/SparseTensor.h"

namespace mlir::fiber {

FailureOr<EncodingAttr>
importSparseTensorEncoding(sparse_tensor::SparseTensorEncodingAttr encoding,
                           RankedTensorType type,
                           function_ref<InFlightDiagnostic()> emitError);

FailureOr<sparse_tensor::SparseTensorEncodingAttr>
exportSparseTensorEncoding(EncodingAttr encoding, RankedTensorType type,
                           function_ref<InFlightDiagnostic()> emitError);

} // namespace mlir::fiber

#endif // SPARSEACCEL_DIALECT_FIBER_UTILS_SPARSETENSORINTEROP_H
