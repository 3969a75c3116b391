//===- TimeloopConstraints.h - Timeloop mapspace constraints ----*- C++ -*-===//
//
// Reads the `mapspace_constraints:` (or `mapspace: {constraints: ...}`)
// section that `timeloop-mapper` takes into the constraints of the
// compiler's mapspace search: per level, temporal and spatial factors,
// permutations, keep/bypass and minimum fan-out utilisation.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPCONSTRAINTS_H
#define SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPCONSTRAINTS_H

#include "SparseAccel/Model/Mapper.h"
#include "SparseAccel/Model/Spec.h"
#include "SparseAccel/Target/Sparseloop/YamlTree.h"

#include <string>
#include <vector>

namespace sparseaccel::sparseloop {

/// Reads `section` (the value of `mapspace_constraints`, or of `mapspace`)
/// for `spec`: starts from every spatial factor free within the fan-outs,
/// then applies each constraint. `bypass`/`datatype` constraints change
/// `spec.mapping`'s keep flags. Factor 0 means the whole dimension, as in
/// Timeloop. Returns false with located messages in `errors` on anything
/// it cannot read (unknown level, dimension, tensor, type or key).
bool readMapspaceConstraints(const YamlNode *section, model::ModelSpec &spec,
                             model::MapSpaceConstraints &out,
                             std::vector<std::string> &errors);

} // namespace sparseaccel::sparseloop

#endif // SPARSEACCEL_TARGET_SPARSELOOP_TIMELOOPCONSTRAINTS_H
