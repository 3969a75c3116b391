//===- sparse-sim.cpp - Execute an accelerator program on real data -------===//
//
//   sparse-sim program.bin --input x.npy --output z.npy [--format=json]
//
// Loads and validates the program (docs/isa.md), binds the .npy inputs to
// the program's input tensors in order (shapes must match), executes it,
// writes the outputs and prints the timing in the cost model's categories.
// Nothing runs, and nothing is written, unless every check passes.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Sim/Executor.h"
#include "SparseAccel/Sim/Npy.h"
#include "SparseAccel/Support/ToolVersion.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace sparseaccel::sim;

static cl::OptionCategory category("sparse-sim options");
static cl::opt<std::string> programFile(cl::Positional, cl::Required,
                                        cl::desc("<program.bin>"),
                                        cl::cat(category));
static cl::list<std::string> inputs("input", cl::desc("Input .npy, in order"),
                                    cl::cat(category));
static cl::list<std::string>
    outputs("output", cl::desc("Output .npy, in order"), cl::cat(category));
static cl::opt<std::string> outputFormat("format", cl::desc("text or json"),
                                         cl::init("text"), cl::cat(category));
static cl::opt<bool> listOnly("list", cl::desc("Print the listing and exit"),
                              cl::cat(category));
static cl::opt<std::string> fillInputs(
    "fill-inputs",
    cl::desc("Run without --input files, every input holding this value "
             "(timing on dense data)"),
    cl::init(""), cl::cat(category));

static int fail(const Twine &msg) {
  WithColor::error(errs(), "sparse-sim") << msg << "\n";
  return 1;
}

int main(int argc, char **argv) {
  sparseaccel::setToolVersionPrinter("sparse-sim");
  InitLLVM init(argc, argv);
  cl::HideUnrelatedOptions(category);
  cl::ParseCommandLineOptions(argc, argv,
                              "sparse-sim: run an accelerator program\n");
  if (outputFormat != "text" && outputFormat != "json")
    return fail("unknown format '" + outputFormat +
                "' (expected text or json)");
  auto buf = MemoryBuffer::getFile(programFile);
  if (!buf)
    return fail("cannot read '" + programFile +
                "': " + buf.getError().message());
  StringRef b = (*buf)->getBuffer();
  std::vector<uint8_t> bytes(b.begin(), b.end());
  Program program;
  std::string err;
  if (!deserialize(bytes, program, err))
    return fail(programFile + ": " + err);
  if (listOnly) {
    outs() << listing(program);
    return 0;
  }
  std::vector<unsigned> inIdx, outIdx;
  for (unsigned t = 0; t < program.tensors.size(); ++t) {
    if (program.tensors[t].kind == TensorKind::Input)
      inIdx.push_back(t);
    else if (program.tensors[t].kind == TensorKind::Output)
      outIdx.push_back(t);
  }
  float fill = 0;
  if (!fillInputs.empty()) {
    if (!inputs.empty())
      return fail("--fill-inputs replaces --input; give one or the other");
    double v = 0;
    if (StringRef(fillInputs).getAsDouble(v))
      return fail("--fill-inputs takes a number, not '" + fillInputs + "'");
    fill = float(v);
  } else if (inputs.size() != inIdx.size()) {
    return fail("the program takes " + Twine(inIdx.size()) + " inputs, " +
                Twine(inputs.size()) + " given");
  }
  if (outputs.size() > outIdx.size())
    return fail("the program has " + Twine(outIdx.size()) + " outputs, " +
                Twine(outputs.size()) + " paths given");
  std::vector<std::vector<double>> tensors(program.tensors.size());
  if (!fillInputs.empty())
    for (unsigned t : inIdx)
      tensors[t].assign(program.tensors[t].elements(), fill);
  for (unsigned i = 0; i < inputs.size(); ++i) {
    const TensorDecl &t = program.tensors[inIdx[i]];
    NpyArray a;
    if (!readNpy(inputs[i], a, err))
      return fail(err);
    std::vector<int64_t> want(t.shape.begin(), t.shape.end());
    if (a.shape != want) {
      std::string got, exp;
      for (int64_t d : a.shape)
        got += (got.empty() ? "" : "x") + std::to_string(d);
      for (int64_t d : want)
        exp += (exp.empty() ? "" : "x") + std::to_string(d);
      return fail(inputs[i] + ": shape " + (got.empty() ? "()" : got) +
                  " but input '" + t.name + "' is " + exp);
    }
    if (t.dtype != DType::F32 && a.dtype[0] != 'i')
      return fail(inputs[i] + ": dtype " + a.dtype + " but input '" + t.name +
                  "' holds integers (" + (t.dtype == DType::I8 ? "i8" : "i32") +
                  ")");
    tensors[inIdx[i]] = std::move(a.values);
  }
  SimStats s;
  if (!execute(program, tensors, s, err))
    return fail(err);
  for (unsigned i = 0; i < outputs.size(); ++i) {
    const TensorDecl &t = program.tensors[outIdx[i]];
    std::vector<int64_t> shape(t.shape.begin(), t.shape.end());
    if (!writeNpy(outputs[i], shape, tensors[outIdx[i]],
                  t.dtype == DType::F32 ? "f4" : "i4", err))
      return fail(err);
  }
  if (outputFormat == "json") {
    json::Object o{{"cycles", int64_t(s.cycles)},
                   {"compute_cycles", int64_t(s.computeCycles)},
                   {"dma_cycles", int64_t(s.dmaCycles)},
                   {"glb_cycles", int64_t(s.glbCycles)},
                   {"mac_slots", int64_t(s.macSlots)},
                   {"effectual_macs", int64_t(s.effectual)},
                   {"gated_macs", int64_t(s.gated)},
                   {"skipped_macs", int64_t(s.skipped)},
                   {"dram_read_bytes", int64_t(s.dramReadBytes)},
                   {"dram_write_bytes", int64_t(s.dramWriteBytes)},
                   {"glb_read_bytes", int64_t(s.glbReadBytes)},
                   {"glb_write_bytes", int64_t(s.glbWriteBytes)},
                   {"instructions", int64_t(s.instructions)}};
    outs() << formatv("{0:2}", json::Value(std::move(o))) << "\n";
  } else {
    outs() << "cycles            " << s.cycles << "\n"
           << "  compute         " << s.computeCycles << "\n"
           << "  dma             " << s.dmaCycles << "\n"
           << "  glb             " << s.glbCycles << "\n"
           << "MAC slots         " << s.macSlots << "\n"
           << "  effectual       " << s.effectual << "\n"
           << "  gated           " << s.gated << "\n"
           << "skipped MACs      " << s.skipped << "\n"
           << "DRAM bytes        " << s.dramReadBytes << " read, "
           << s.dramWriteBytes << " written\n"
           << "GLB bytes         " << s.glbReadBytes << " read, "
           << s.glbWriteBytes << " written\n"
           << "instructions      " << s.instructions << " executed\n";
  }
  return 0;
}
