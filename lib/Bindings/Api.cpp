//===- Api.cpp - A plain C++ facade for the Python bindings ---------------===//

#include "SparseAccel/Bindings/Api.h"

#include "SparseAccel/Dialect/Accel/Transforms/Passes.h"
#include "SparseAccel/Dialect/Fiber/IR/FiberAttrs.h"
#include "SparseAccel/InitAll.h"
#include "SparseAccel/Model/Evaluate.h"
#include "SparseAccel/Model/Report.h"
#include "SparseAccel/Target/Sparseloop/TimeloopFrontEnd.h"

#include "mlir/AsmParser/AsmParser.h"
#include "mlir/IR/BuiltinOps.h"
#include "mlir/IR/Diagnostics.h"
#include "mlir/IR/MLIRContext.h"
#include "mlir/Parser/Parser.h"
#include "mlir/Pass/PassManager.h"
#include "mlir/Pass/PassRegistry.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

#include <mutex>

using namespace sparseaccel;
using namespace sparseaccel::api;

namespace {

/// Runs `body` so that a crash inside MLIR (some malformed upstream
/// attributes crash their own parsers) comes back as an error instead of
/// killing the Python process. After a crash the call's context may be
/// half-built: it is abandoned (leaked), never destroyed.
template <typename Result, typename Body> Result runSafely(Body body) {
  static std::once_flag enable;
  std::call_once(enable, [] { llvm::CrashRecoveryContext::Enable(); });
  Result out;
  std::unique_ptr<mlir::MLIRContext> ctx;
  llvm::CrashRecoveryContext crc;
  if (!crc.RunSafely([&] { out = body(ctx); })) {
    (void)ctx.release();
    out = Result();
    out.status.ok = false;
    out.status.diagnostics =
        "error: a component of MLIR crashed on this input; it is malformed "
        "in a way its parser does not diagnose";
  }
  return out;
}

/// One context per call: the bindings may be used from several threads.
std::unique_ptr<mlir::MLIRContext> makeContext() {
  static std::once_flag passes;
  std::call_once(passes, [] { sparseaccel::registerAllPasses(); });
  mlir::DialectRegistry registry;
  sparseaccel::registerAllDialects(registry);
  auto ctx = std::make_unique<mlir::MLIRContext>(registry);
  ctx->loadAllAvailableDialects();
  // The passes run single-threaded inside; the mapper has its own threads.
  ctx->disableMultithreading();
  // Diagnostics go to Python as text; the failing op's dump is noise there.
  ctx->printOpOnDiagnostic(false);
  return ctx;
}

/// "file:line:col" for file locations, MLIR's spelling otherwise.
void printLoc(llvm::raw_ostream &os, mlir::Location loc) {
  if (auto fl = llvm::dyn_cast<mlir::FileLineColLoc>(loc))
    os << fl.getFilename().getValue() << ":" << fl.getLine() << ":"
       << fl.getColumn();
  else
    os << loc;
}

/// Collects every diagnostic as "loc: severity: message" text.
struct Collector {
  explicit Collector(mlir::MLIRContext *ctx)
      : handler(ctx, [this](mlir::Diagnostic &d) {
          std::string s;
          llvm::raw_string_ostream os(s);
          printLoc(os, d.getLocation());
          os << ": ";
          switch (d.getSeverity()) {
          case mlir::DiagnosticSeverity::Error:
            os << "error: ";
            failed = true;
            break;
          case mlir::DiagnosticSeverity::Warning:
            os << "warning: ";
            break;
          case mlir::DiagnosticSeverity::Note:
            os << "note: ";
            break;
          case mlir::DiagnosticSeverity::Remark:
            os << "remark: ";
            break;
          }
          os << d;
          for (mlir::Diagnostic &n : d.getNotes()) {
            os << "\n";
            printLoc(os, n.getLocation());
            os << ": note: " << n;
          }
          text += s + "\n";
          return mlir::success();
        }) {}
  mlir::ScopedDiagnosticHandler handler;
  std::string text;
  bool failed = false;
};

} // namespace

static EncodingInfo inspectEncodingUnsafe(
    const std::string &encoding, const std::vector<int64_t> &shape,
    const std::string &elementType, std::unique_ptr<mlir::MLIRContext> &ctx) {
  EncodingInfo out;
  ctx = makeContext();
  Collector diags(ctx.get());
  mlir::Attribute attr = mlir::parseAttribute(encoding, ctx.get());
  auto enc = llvm::dyn_cast_or_null<mlir::fiber::EncodingAttr>(attr);
  mlir::Type type = mlir::parseType(elementType, ctx.get());
  if (!attr || !enc || !type) {
    out.status.ok = false;
    out.status.diagnostics = diags.text;
    if (attr && !enc)
      out.status.diagnostics += "error: not a #fiber.encoding: " + encoding;
    if (!type)
      out.status.diagnostics += "error: bad element type '" + elementType + "'";
    return out;
  }
  {
    std::string s;
    llvm::raw_string_ostream os(s);
    mlir::Attribute(enc).print(os);
    out.text = s;
  }
  out.numRanks = enc.getNumRanks();
  for (mlir::fiber::RankAttr r : enc.getRanks())
    out.rankNames.push_back(r.getName().str());
  out.ruleDensity = enc.getRuleDensity();
  // Shape-dependent numbers go through the verifier first, so a shape the
  // encoding cannot tile is an error, not a crash.
  if (shape.size() != enc.getNumDims()) {
    out.status.ok = false;
    out.status.diagnostics =
        "error: the encoding has " + std::to_string(enc.getNumDims()) +
        " dimensions but the shape " + std::to_string(shape.size());
    return out;
  }
  if (mlir::failed(enc.verifyEncoding(shape, type, [&] {
        return mlir::emitError(mlir::UnknownLoc::get(ctx.get()));
      }))) {
    out.status.ok = false;
    out.status.diagnostics = diags.text;
    return out;
  }
  auto d = enc.getExpectedDensity(shape);
  auto md = enc.getMetadataBits(shape, type);
  auto pb = enc.getPackedBits(shape, type);
  if (mlir::failed(d) || mlir::failed(md) || mlir::failed(pb)) {
    out.status.ok = false;
    out.status.diagnostics =
        diags.text.empty() ? "error: cannot size the encoding for this shape"
                           : diags.text;
    return out;
  }
  out.expectedDensity = *d;
  out.metadataBits = *md;
  out.packedBits = *pb;
  out.valueBits = *pb - *md;
  out.status.diagnostics = diags.text;
  return out;
}

static EvalOutput finishEval(const sparseloop::FrontEndResult &in) {
  EvalOutput out;
  for (const auto &d : in.diagnostics)
    out.status.diagnostics += d.text + "\n";
  if (!in.success) {
    out.status.ok = false;
    return out;
  }
  model::EvalResult r = model::evaluate(in.spec);
  if (!r.success) {
    out.status.ok = false;
    for (const std::string &e : r.errors)
      out.status.diagnostics += "error: invalid mapping: " + e + "\n";
    return out;
  }
  out.json = llvm::formatv("{0}", model::toJson(in.spec, r)).str();
  return out;
}

EvalOutput api::evaluateFiles(const std::vector<std::string> &paths) {
  return finishEval(sparseloop::loadTimeloopFiles(paths));
}

EvalOutput api::evaluateTexts(const std::vector<std::string> &names,
                              const std::vector<std::string> &texts) {
  std::vector<std::pair<std::string, std::string>> bufs;
  for (size_t i = 0; i < texts.size(); ++i)
    bufs.push_back({i < names.size() ? names[i] : "<text>", texts[i]});
  return finishEval(sparseloop::loadTimeloopBuffers(bufs));
}

std::vector<std::string> api::presetNames() {
  std::vector<std::string> names;
  std::error_code ec;
  for (llvm::sys::fs::directory_iterator it(mlir::accel::presetDirectory(), ec),
       end;
       it != end && !ec; it.increment(ec))
    if (llvm::StringRef(it->path()).ends_with(".yaml"))
      names.push_back(llvm::sys::path::stem(it->path()).str());
  std::sort(names.begin(), names.end());
  return names;
}

std::string api::presetPath(const std::string &name) {
  llvm::SmallString<256> p(mlir::accel::presetDirectory());
  llvm::sys::path::append(p, name + ".yaml");
  return llvm::sys::fs::exists(p) ? std::string(p) : std::string();
}

static PipelineOutput
runPipelineUnsafe(const std::string &irText, const std::string &pipeline,
                  const std::string &bufferName,
                  std::unique_ptr<mlir::MLIRContext> &ctx) {
  PipelineOutput out;
  ctx = makeContext();
  Collector diags(ctx.get());
  llvm::SourceMgr sm;
  sm.AddNewSourceBuffer(
      llvm::MemoryBuffer::getMemBufferCopy(irText, bufferName), llvm::SMLoc());
  mlir::OwningOpRef<mlir::ModuleOp> module =
      mlir::parseSourceFile<mlir::ModuleOp>(sm, mlir::ParserConfig(ctx.get()));
  if (!module) {
    out.status.ok = false;
    out.status.diagnostics = diags.text;
    return out;
  }
  auto pm = mlir::PassManager::on<mlir::ModuleOp>(ctx.get());
  std::string err;
  llvm::raw_string_ostream es(err);
  // The manager is anchored on the module: take the passes inside an
  // outer "builtin.module(...)".
  llvm::StringRef passes = llvm::StringRef(pipeline).trim();
  if (passes.consume_front("builtin.module(") && passes.consume_back(")"))
    passes = passes.trim();
  else
    passes = llvm::StringRef(pipeline).trim();
  if (mlir::failed(mlir::parsePassPipeline(passes, pm, es))) {
    out.status.ok = false;
    out.status.diagnostics = "error: bad pipeline '" + pipeline + "': " + err;
    return out;
  }
  if (mlir::failed(pm.run(*module))) {
    out.status.ok = false;
    out.status.diagnostics = diags.text;
    return out;
  }
  std::string report;
  llvm::raw_string_ostream rs(report);
  if (mlir::failed(mlir::accel::writeAccelReport(*module, "json", rs))) {
    out.status.ok = false;
    out.status.diagnostics = diags.text;
    return out;
  }
  out.reportJson = report;
  llvm::raw_string_ostream is(out.ir);
  module->print(is);
  out.status.diagnostics += diags.text;
  out.status.ok = !diags.failed;
  return out;
}

EncodingInfo api::inspectEncoding(const std::string &encoding,
                                  const std::vector<int64_t> &shape,
                                  const std::string &elementType) {
  return runSafely<EncodingInfo>([&](std::unique_ptr<mlir::MLIRContext> &ctx) {
    return inspectEncodingUnsafe(encoding, shape, elementType, ctx);
  });
}

PipelineOutput api::runPipeline(const std::string &irText,
                                const std::string &pipeline,
                                const std::string &bufferName) {
  return runSafely<PipelineOutput>(
      [&](std::unique_ptr<mlir::MLIRContext> &ctx) {
        return runPipelineUnsafe(irText, pipeline, bufferName, ctx);
      });
}
