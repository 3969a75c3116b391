//===- FiberAttrs.td - Fibertree encoding attributes -------*- tablegen -*-===//

#ifndef SPARSEACCEL_FIBER_ATTRS
#define SPARSEACCEL_FIBER_ATTRS

include "SparseAccel/Dialect/Fiber/IR/FiberDialect.td"
include "mlir/IR/AttrTypeBase.td"
include "mlir/IR/TensorEncoding.td"
include "SparseAccel/Dialect/Fiber/IR/FiberEnums.td"

class Fiber_Attr<string name, string attrMnemonic, list<Trait> traits = []>
    : AttrDef<Fiber_Dialect, name, traits> {
  let mnemonic = attrMnemonic;
}

//===----------------------------------------------------------------------===//
// RuleAttr
//===----------------------------------------------------------------------===//

def Fiber_RuleAttr : Fiber_Attr<"Rule", "rule"> {
  let summary = "The sparsity rule of one fibertree rank";
  let description = [{
    Which coordinates of a rank's fibers may be empty (thesis §5.1.2):

    * `dense`: none (the default, written by omitting the rule);
    * `unconstrained`: any of them;
    * `G:H`: in every aligned group of `H` coordinates at most `G` are
      non-empty. `H` must divide the rank's extent. `G` and `H` may be sets,
      meaning any combination is allowed: a single value `2`, a closed range
      `[2, 8]` (every integer from 2 to 8), or a list `{2, 4, 8}`. A tensor
      follows one of the allowed pairs; a single `H` must divide the rank's
      extent, and of a set at least one must.

    ```mlir
    #fiber.rule<unconstrained>
    #fiber.rule<2:4>          // NVIDIA 2:4
    #fiber.rule<[1, 4]:8>     // S2TA's G <= 4 : 8
    #fiber.rule<2:[2, 8]>     // HighLight rank 1: 2:{2 <= H <= 8}
    ```
  }];
  let parameters = (ins
    "::mlir::fiber::RuleKind":$kind,
    ArrayRefParameter<"int64_t", "allowed G values">:$gs,
    ArrayRefParameter<"int64_t", "allowed H values">:$hs
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let builders = [
    AttrBuilder<(ins "int64_t":$g, "int64_t":$h), [{
      return $_get($_ctxt, ::mlir::fiber::RuleKind::Structured,
                   ::llvm::ArrayRef<int64_t>{g}, ::llvm::ArrayRef<int64_t>{h});
    }]>,
    AttrBuilder<(ins "::mlir::fiber::RuleKind":$kind), [{
      return $_get($_ctxt, kind, ::llvm::ArrayRef<int64_t>{},
                   ::llvm::ArrayRef<int64_t>{});
    }]>
  ];
  let extraClassDeclaration = [{
    bool isDense() const { return getKind() == RuleKind::Dense; }
    bool isUnconstrained() const { return getKind() == RuleKind::Unconstrained; }
    bool isStructured() const { return getKind() == RuleKind::Structured; }
    /// A single G:H pair (not a set).
    bool isSingle() const {
      return isStructured() && getGs().size() == 1 && getHs().size() == 1;
    }
    /// Whether `g:h` is one of the allowed pairs.
    bool allows(int64_t g, int64_t h) const;
    /// The largest fraction of non-empty coordinates the rule allows:
    /// max(G) / min(H) for G:H, 1 otherwise. With `extent`, only the H that
    /// divide it (the ones a rank of that extent can realise) count.
    double getMaxDensity(int64_t extent = 0) const;
    /// Parses/prints the body shared with `#fiber.encoding`.
    static ::mlir::FailureOr<RuleAttr> parseBody(::mlir::AsmParser &parser);
    void printBody(::llvm::raw_ostream &os) const;
  }];
}

//===----------------------------------------------------------------------===//
// FormatAttr
//===----------------------------------------------------------------------===//

def Fiber_FormatAttr : Fiber_Attr<"Format", "format"> {
  let summary = "A per-rank representation format";
  let description = [{
    One of the per-rank formats of thesis §3.2.1 / Table 3.1, with optional
    bit widths:

    | format | stores | metadata | default `md` |
    |---|---|---|---|
    | `U` | every coordinate | none | - |
    | `B` | non-empty coordinates | one bit per coordinate | 1 |
    | `CP` | non-empty coordinates | a coordinate each | ceil(log2 S) |
    | `RLE` | non-empty coordinates | the run of empties before each | ceil(log2 S) |
    | `UOP` | every coordinate | S+1 offsets per fiber into the rank below (`pl`) | - |
    | `UB` | every coordinate | one bit per coordinate | 1 |

    `md` is the metadata width per unit and `pl` the width of offsets and
    child pointers; both default to values derived from the tensor's shape.

    ```mlir
    #fiber.format<CP>
    #fiber.format<CP<md = 2>>
    #fiber.format<UOP<pl = 32>>
    ```
  }];
  let parameters = (ins
    "::sparseaccel::model::RankFormat":$format,
    DefaultValuedParameter<"unsigned", "0", "metadata bits (0: derived)">:$metadataBits,
    DefaultValuedParameter<"unsigned", "0", "offset bits (0: derived)">:$payloadBits
  );
  let hasCustomAssemblyFormat = 1;
  let builders = [
    AttrBuilder<(ins "::sparseaccel::model::RankFormat":$format), [{
      return $_get($_ctxt, format, 0u, 0u);
    }]>
  ];
  let extraClassDeclaration = [{
    static ::mlir::FailureOr<FormatAttr> parseBody(::mlir::AsmParser &parser);
    void printBody(::llvm::raw_ostream &os) const;
  }];
}

//===----------------------------------------------------------------------===//
// DensityAttr
//===----------------------------------------------------------------------===//

def Fiber_DensityAttr : Fiber_Attr<"Density", "density"> {
  let summary = "A statistical density model of a tensor";
  let description = [{
    The density models of thesis §4.6.2 (Table 4.1) plus HSS (§6.4.1):

    ```mlir
    #fiber.density<uniform, 0.25>          // random non-zeros (hypergeometric)
    #fiber.density<fixed_structured, 0.5>  // evenly spread non-zeros
    #fiber.density<banded, width = 2>      // |row - col| <= 2, square 2-D
    #fiber.density<actual>                 // the tensor's own constant data
    #fiber.density<actual, 0.31>           // ... with its measured density
    #fiber.density<actual, mask = dense<[[true, false]]> : tensor<1x2xi1>>
    #fiber.density<hss, [2:4, 2:4]>        // G:H realised at each ruled rank
    ```

    The `hss` list gives, from the top ruled rank down, the ratio each ruled
    rank of the tensor's `#fiber.encoding` actually follows; each must be one
    the rank's rule allows.
  }];
  let parameters = (ins
    "::mlir::fiber::DensityKind":$kind,
    OptionalParameter<"::mlir::FloatAttr", "average density">:$density,
    DefaultValuedParameter<"int64_t", "0", "band half-width">:$bandWidth,
    ArrayRefParameter<"int64_t", "HSS G per ruled rank">:$gs,
    ArrayRefParameter<"int64_t", "HSS H per ruled rank">:$hs,
    OptionalParameter<"::mlir::ElementsAttr", "non-zero mask">:$mask
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    bool hasDensity() const { return static_cast<bool>(getDensity()); }
    double getDensityValue() const {
      return getDensity() ? getDensity().getValueAsDouble() : -1.0;
    }
    /// Product of G/H over the HSS ratios.
    double getHSSDensity() const;
  }];
}

//===----------------------------------------------------------------------===//
// DigitAttr, RankAttr (printed compactly inside #fiber.encoding)
//===----------------------------------------------------------------------===//

def Fiber_DigitAttr : Fiber_Attr<"Digit", "digit"> {
  let summary = "One piece of a (flattened) tensor dimension";
  let description = [{
    `(linear(dims) floordiv divisor) mod modulus`, where `linear` flattens the
    listed tensor dimensions row-major and a modulus of 0 means none. A
    dimension split into pieces (`c floordiv 4`, `c mod 4`) has one digit per
    piece; the pieces must tile it. Inside `#fiber.encoding` digits are
    written in the encoding's compact syntax; on their own they have a
    verbose declarative form.
  }];
  let parameters = (ins
    ArrayRefParameter<"int64_t", "flattened tensor dimensions">:$dims,
    "int64_t":$divisor,
    "int64_t":$modulus
  );
  let assemblyFormat = [{
    `<` `dims` `=` `[` $dims `]` `,` `divisor` `=` $divisor `,`
    `modulus` `=` $modulus `>`
  }];
  let extraClassDeclaration = [{
    bool isSplit() const { return getDivisor() != 1 || getModulus() != 0; }
    /// A whole single dimension.
    bool isPlainDim() const { return getDims().size() == 1 && !isSplit(); }
  }];
}

def Fiber_RankAttr : Fiber_Attr<"Rank", "rank"> {
  let summary = "One rank of a fibertree encoding";
  let description = [{
    A rank's coordinate flattens one or more digits row-major: `m`,
    `c floordiv 4`, `(r, s)`, or `(m mod 8, n mod 8)` (the position inside a
    block). It carries a sparsity rule and a default representation format.
  }];
  let parameters = (ins
    "::mlir::StringAttr":$name,
    ArrayRefParameter<"::mlir::fiber::DigitAttr", "digits, major first">:$digits,
    "::mlir::fiber::RuleAttr":$rule,
    "::mlir::fiber::FormatAttr":$format
  );
  let assemblyFormat = [{
    `<` $name `,` `digits` `=` `[` $digits `]` `,` `rule` `=` $rule `,`
    `format` `=` $format `>`
  }];
  let extraClassDeclaration = [{
    /// More than one tensor coordinate folds into this rank.
    bool isFlattened() const {
      return getDigits().size() > 1 || getDigits().front().getDims().size() > 1;
    }
    bool isSplit() const {
      return ::llvm::any_of(getDigits(), [](DigitAttr d) { return d.isSplit(); });
    }
  }];
}

//===----------------------------------------------------------------------===//
// EncodingAttr
//===----------------------------------------------------------------------===//

def Fiber_EncodingAttr : Fiber_Attr<"Encoding", "encoding",
    [DeclareAttrInterfaceMethods<VerifiableTensorEncoding>]> {
  let summary = "A fibertree encoding of a sparse tensor";
  let description = [{
    Goes in the encoding slot of a `RankedTensorType`. Lists the tensor's
    dimensions, then its ranks from the top (outermost) to the bottom:

    ```
    #fiber.encoding<(d0, d1, ...) -> [rank, rank, ...]
                    (, bits = N)? (, codebook = N)? (, density = #fiber.density<...>)?>
    rank   ::= (Name `=`)? expr rule? format?
    expr   ::= dim | expr `floordiv` int | expr `mod` int  // splitting
             | `(` expr (`,` expr)* `)`                  // flattening
    rule   ::= `(` (`dense` | `unconstrained` | set `:` set) `)`
    set    ::= int | `[` int `,` int `]` | `{` int (`,` int)* `}`
    format ::= (`U` | `B` | `CP` | `UOP` | `RLE` | `UB`) (`<` md = int, pl = int `>`)?
    ```

    Examples (thesis Tables 3.1 and 5.1):

    ```mlir
    // CSR = UOP-CP
    #fiber.encoding<(m, k) -> [m UOP, k (unconstrained) CP]>
    // 2-D COO = CP^2: one flattened rank whose coordinates are (m, k) tuples
    #fiber.encoding<(m, k) -> [(m, k) (unconstrained) CP]>
    // NVIDIA 2:4: RS -> C1 -> C0(2:4)
    #fiber.encoding<(k, c, r, s) -> [k, (r, s), c floordiv 4, c mod 4 (2:4) CP]>
    // CSB = UOP-CP-CP: block rows, block columns, position inside the block
    #fiber.encoding<(m, n) -> [m floordiv 8 UOP, n floordiv 8 (unconstrained) CP,
                               (m mod 8, n mod 8) (unconstrained) CP]>
    // Two-rank HSS with 4-bit codebook indices
    #fiber.encoding<(m, k) -> [m, k floordiv 16, (k floordiv 4) mod 4 (2:4) CP,
                               k mod 4 (2:4) CP], bits = 4, codebook = 16>
    ```

    Unnamed ranks get a name from their dimensions: `M` for `m`, `RS` for
    `(r, s)`, `C1`, `C0` for the pieces of a split `c` (0 innermost), and
    `M0N0` for `(m mod 8, n mod 8)`.

    The verifier checks the encoding on its own (each dimension flattened in
    exactly one way and split into pieces that tile it, `G <= H`, UOP never
    the bottom rank, codebook fits the index bits) and against the tensor
    (one dimension per tensor dimension, split sizes and every rule's `H`
    dividing their rank's extent).
  }];
  let parameters = (ins
    ArrayRefParameter<"::mlir::StringAttr", "tensor dimension names">:$dimNames,
    ArrayRefParameter<"::mlir::fiber::RankAttr", "ranks, top to bottom">:$ranks,
    DefaultValuedParameter<"unsigned", "0", "stored bits per value (0: element width)">:$valueBits,
    DefaultValuedParameter<"uint64_t", "0", "codebook entries (0: none)">:$codebook,
    OptionalParameter<"::mlir::fiber::DensityAttr", "density model">:$density
  );
  let hasCustomAssemblyFormat = 1;
  let genVerifyDecl = 1;
  let extraClassDeclaration = [{
    unsigned getNumDims() const { return getDimNames().size(); }
    unsigned getNumRanks() const { return getRanks().size(); }

    /// Extent (fiber shape) of every rank; -1 where it depends on a dynamic
    /// dimension.
    ::llvm::SmallVector<int64_t> getRankExtents(::llvm::ArrayRef<int64_t> shape) const;

    /// Product of max(G)/min(H) over the ruled ranks: the densest tensor the
    /// rules allow. 1 - this is the sparsity degree of thesis §5.2.1.
    double getRuleDensity() const;
    double getRuleSparsity() const { return 1.0 - getRuleDensity(); }

    /// Expected density: the density model's when there is one, otherwise
    /// the densest the rules allow.
    ::mlir::FailureOr<double> getExpectedDensity(::llvm::ArrayRef<int64_t> shape) const;

    /// Bits per stored value (indices when there is a codebook).
    unsigned getStoredValueBits(::mlir::Type elementType) const;

    /// The fibertree layout handed to the model library.
    ::mlir::FailureOr<::llvm::SmallVector<::sparseaccel::model::FiberRank>>
    getFiberRanks(::llvm::ArrayRef<int64_t> shape) const;

    /// Storage footprint under the encoding's density model, or under the
    /// densest tensor the rules allow when it has none (a capacity bound).
    ::mlir::FailureOr<::sparseaccel::model::Footprint>
    getFootprint(::llvm::ArrayRef<int64_t> shape, ::mlir::Type elementType) const;

    /// Exact footprint of concrete data (`isNonZero[i]` for the row-major
    /// element i of the tensor).
    ::mlir::FailureOr<::sparseaccel::model::Footprint>
    getFootprint(::llvm::ArrayRef<int64_t> shape, ::mlir::Type elementType,
                 ::llvm::ArrayRef<bool> isNonZero) const;

    /// The rank-ordered linear index of every non-zero (mixed radix of the
    /// rank extents, top rank most significant), sorted.
    ::mlir::FailureOr<std::vector<uint64_t>>
    getRankOrderedIndices(::llvm::ArrayRef<int64_t> shape,
                          ::llvm::ArrayRef<bool> isNonZero) const;

    /// Why concrete data does not follow the rules (e.g. three non-zeros in
    /// a 2:4 group), or nullopt when it does.
    std::optional<std::string>
    findRuleViolation(::llvm::ArrayRef<int64_t> shape,
                      ::llvm::ArrayRef<bool> isNonZero) const;

    /// Bits of metadata (everything but values) and of the packed tensor.
    ::mlir::FailureOr<double> getMetadataBits(::llvm::ArrayRef<int64_t> shape,
                                              ::mlir::Type elementType) const;
    ::mlir::FailureOr<double> getPackedBits(::llvm::ArrayRef<int64_t> shape,
                                            ::mlir::Type elementType) const;

    /// The rule of each ruled rank, top to bottom.
    ::llvm::SmallVector<RankAttr> getRuledRanks() const;
  }];
}

#endif // SPARSEACCEL_FIBER_ATTRS
