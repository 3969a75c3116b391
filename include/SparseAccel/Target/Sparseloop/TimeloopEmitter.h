//===- TimeloopEmitter.h - Model structs back to Timeloop YAML --*- C++ -*-===//

#ifndef SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPEMITTER_H
#define SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPEMITTER_H

#include "SparseAccel/Model/Spec.h"

#include "llvm/Support/raw_ostream.h"

namespace sparseaccel::sparseloop {

/// Writes `mapping` as a Timeloop v0.3 `mapping:` section: keep/bypass per
/// level, then temporal and spatial factors with permutations (innermost
/// first) and the X/Y split, in a form the front end reads back unchanged.
void emitMapping(const model::ModelSpec &spec,
                 const model::MappingSpec &mapping, llvm::raw_ostream &os);

} // namespace sparseaccel::sparseloop

#endif // SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPEMITTER_H
