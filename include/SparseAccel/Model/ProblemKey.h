//===- ProblemKey.h - Identity of a mapping problem -------------*- C++ -*-===//
//
// Two operations of a network often pose the same problem: same loop
// bounds, projections, densities, formats and SAFs on the same design (the
// repeated blocks of a ResNet, the heads of a transformer). The search is
// deterministic in the problem and its options, so the compiler searches
// once per distinct key and reuses the result.
//
//===----------------------------------------------------------------------===//

#ifndef SPARSEACCEL_MODEL_PROBLEMKEY_H
#define SPARSEACCEL_MODEL_PROBLEMKEY_H

#include "SparseAccel/Model/Spec.h"

#include <string>

namespace sparseaccel::model {

/// A string equal for two specs exactly when the cost model cannot tell
/// them apart on the same architecture: every field of the workload but
/// its name (measured masks by content), the mapping template, the sparse
/// acceleration features and the Timeloop variant. The architecture is not
/// part of the key: compare keys only for one architecture.
std::string problemKey(const ModelSpec &spec);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_PROBLEMKEY_H
