//===- LegacySyntax.cpp - Read IR written by older MLIRs ------------------===//

#include "SparseAccel/FrontEnds/LegacySyntax.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <regex>

using namespace sparseaccel;

/// The static shape of a ranked tensor type's body ("1x4x?xf32, #enc"), or
/// false when a dimension is dynamic or the body is not a shape.
static bool staticShape(llvm::StringRef body,
                        llvm::SmallVectorImpl<std::string> &dims) {
  body = body.split(',').first.trim();
  llvm::SmallVector<llvm::StringRef> parts;
  body.split(parts, 'x');
  // The last part is the element type; every other part a dimension.
  if (parts.size() < 2)
    return false;
  for (llvm::StringRef d : llvm::ArrayRef(parts).drop_back()) {
    uint64_t v;
    if (d.trim().getAsInteger(10, v))
      return false;
    dims.push_back(d.trim().str());
  }
  return true;
}

std::vector<SyntaxUpgrade>
sparseaccel::upgradeLegacySyntax(llvm::StringRef text, std::string &upgraded) {
  std::vector<SyntaxUpgrade> done;
  if (!text.contains("tensor.expand_shape"))
    return done;
  // `tensor.expand_shape <operand> <reassociation> : <src> into <result>`,
  // with no output_shape between the reassociation and the colon.
  static const std::regex oldExpand(
      R"((tensor\.expand_shape\s+%[\w.$#-]+\s+\[\[[\d,\s\[\]]*\]\])(\s*:\s*tensor<[^>]*>\s+into\s+tensor<([^>]*)>))");
  std::string out;
  llvm::SmallVector<llvm::StringRef> lines;
  text.split(lines, '\n');
  for (auto [index, line] : llvm::enumerate(lines)) {
    if (index > 0)
      out += '\n';
    // The regex only sees lines that name the operation: a torch-mlir file's
    // other lines can be megabytes of inline constants, copied as they are.
    if (!line.contains("tensor.expand_shape") ||
        line.contains("output_shape")) {
      out += line;
      continue;
    }
    std::string l = line.str();
    std::smatch m;
    llvm::SmallVector<std::string> dims;
    if (!std::regex_search(l, m, oldExpand) || !staticShape(m[3].str(), dims)) {
      out += l;
      continue;
    }
    std::string shape = "[" + llvm::join(dims, ", ") + "]";
    done.push_back({unsigned(index + 1), unsigned(m.position(0) + 1),
                    "tensor.expand_shape: added output_shape " + shape});
    out += m.prefix().str() + m[1].str() + " output_shape " + shape +
           m[2].str() + m.suffix().str();
  }
  if (!done.empty())
    upgraded = std::move(out);
  return done;
}
