//===- Report.h - Text and JSON renderings of an evaluation -----*- C++ -*-===//

#ifndef SPARSEACCEL_MODEL_REPORT_H
#define SPARSEACCEL_MODEL_REPORT_H

#include "SparseAccel/Model/Evaluate.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace sparseaccel::model {

/// Human-readable report: totals, then per level and per tensor the
/// algorithmic/actual/gated/skipped reads, fills, updates and format accesses.
void printTextReport(const ModelSpec &spec, const EvalResult &result,
                     llvm::raw_ostream &os);

/// The same quantities as JSON. Format ranks are listed innermost first.
llvm::json::Value toJson(const ModelSpec &spec, const EvalResult &result);

} // namespace sparseaccel::model

#endif // SPARSEACCEL_MODEL_REPORT_H
