//===- FiberDialect.td - Fibertree tensor encodings --------*- tablegen -*-===//

#ifndef SPARSEACCEL_FIBER_DIALECT
#define SPARSEACCEL_FIBER_DIALECT

include "mlir/IR/OpBase.td"

def Fiber_Dialect : Dialect {
  let name = "fiber";
  let cppNamespace = "::mlir::fiber";
  let summary = "Fibertree encodings of sparse tensors (formats, G:H, HSS)";
  let description = [{
    The `fiber` dialect describes how a sparse tensor is laid out as a
    *fibertree* (thesis §5.1): the order of its ranks, how tensor dimensions
    are split (`C -> C1, C0`) or flattened (`R, S -> RS`) into ranks, the
    sparsity rule each rank obeys (dense, unconstrained, or a set of allowed
    `G:H` ratios, several of which make hierarchical structured sparsity),
    the default per-rank representation format (U, B, CP, UOP, RLE, UB), the
    value format, and statistical density models.

    The attributes carry no hardware information: which formats and patterns
    an accelerator exploits lives in the `accel` dialect.
  }];
  let useDefaultAttributePrinterParser = 1;
  let extraClassDeclaration = [{
    /// Defined next to the generated attribute storage (FiberAttrs.cpp).
    void registerAttributes();
  }];
  let dependentDialects = [];
}

#endif // SPARSEACCEL_FIBER_DIALECT
