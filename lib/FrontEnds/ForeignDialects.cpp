//===- ForeignDialects.cpp - Inputs in dialects sparse-opt cannot read ----===//

#include "SparseAccel/FrontEnds/ForeignDialects.h"

#include "llvm/ADT/StringExtras.h"

using namespace sparseaccel;

namespace {
struct ForeignDialect {
  llvm::StringLiteral prefix;
  llvm::StringLiteral advice;
};

// What each dialect is and the command that lowers it to what sparse-opt
// reads (torch-mlir's linalg-on-tensors or TOSA output).
const ForeignDialect foreignDialects[] = {
    {"stablehlo.",
     "StableHLO is not part of upstream MLIR; lower it to linalg on tensors "
     "first with StableHLO's own tool: `stablehlo-opt "
     "--stablehlo-legalize-to-linalg in.mlir -o out.mlir` (or to TOSA with "
     "`--stablehlo-legalize-to-tosa`)"},
    {"chlo.",
     "CHLO (StableHLO's client ops) is not part of upstream MLIR; lower it "
     "with `stablehlo-opt --chlo-legalize-to-stablehlo "
     "--stablehlo-legalize-to-linalg in.mlir -o out.mlir` first"},
    {"mhlo.", "MHLO is not part of upstream MLIR; convert it to StableHLO with "
              "`mlir-hlo-opt --hlo-legalize-to-stablehlo`, then to linalg with "
              "`stablehlo-opt --stablehlo-legalize-to-linalg`"},
    {"tf.", "TensorFlow's dialect is not part of upstream MLIR; lower it "
            "with `tf-opt --tf-to-tosa-pipeline` first"},
    {"tfl.", "TensorFlow Lite's dialect is not part of upstream MLIR; lower "
             "it with `tf-opt --tfl-to-tosa-pipeline` first"},
    {"onnx.", "ONNX-MLIR's dialect is not part of upstream MLIR; lower it "
              "to TOSA with `onnx-mlir-opt --convert-onnx-to-tosa` first"},
};
} // namespace

std::optional<ForeignOperation>
sparseaccel::findForeignOperation(llvm::StringRef text) {
  unsigned lineNo = 0;
  while (!text.empty()) {
    auto [line, rest] = text.split('\n');
    text = rest;
    ++lineNo;
    // An operation starts a line, after its results: `%a, %b = name ...`
    // or `name ...`, in the custom or the generic ("name") form.
    llvm::StringRef op = line.ltrim();
    bool hasResults = op.starts_with("%");
    if (hasResults) {
      size_t eq = op.find(" = ");
      if (eq == llvm::StringRef::npos || eq > 200)
        continue;
      op = op.drop_front(eq + 3).ltrim();
    }
    unsigned column = unsigned(op.data() - line.data()) + 1;
    op.consume_front("\"");
    for (const ForeignDialect &d : foreignDialects) {
      if (!op.starts_with(d.prefix))
        continue;
      size_t end = std::min(op.find_first_of(" \"(<{:=,}"), op.size());
      // Without results, `torch.debug_module_name = ...` on a line of its
      // own is an attribute of an upstream operation, not an operation.
      llvm::StringRef after = op.drop_front(end).ltrim();
      if (!hasResults && (after.empty() || after.starts_with("=") ||
                          after.starts_with(",") || after.starts_with("}")))
        continue;
      return ForeignOperation{lineNo, column, op.take_front(end).str(),
                              d.advice.str()};
    }
  }
  return std::nullopt;
}
