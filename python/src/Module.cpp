//===- Module.cpp - The sparseaccel._sparseaccel Python module ------------===//
//
// Thin pybind11 bindings over the std-only facade of lib/Bindings. Every
// failure comes back as a Python exception carrying the diagnostics text;
// nothing C++ crosses into Python.
//
//===----------------------------------------------------------------------===//

#include "SparseAccel/Bindings/Api.h"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

namespace py = pybind11;
using namespace sparseaccel::api;

namespace {

/// Raised for every MLIR/YAML/model diagnostic; `.diagnostics` holds the
/// full text with locations.
PyObject *diagnosticError = nullptr;

[[noreturn]] void raise(const Status &s, const std::string &fallback) {
  std::string text = s.diagnostics.empty() ? fallback : s.diagnostics;
  while (!text.empty() && text.back() == '\n')
    text.pop_back();
  PyErr_SetString(diagnosticError, text.c_str());
  throw py::error_already_set();
}

} // namespace

PYBIND11_MODULE(_sparseaccel, m) {
  m.doc() = "Native part of the sparseaccel package (see docs/python.md).";
  static py::exception<std::runtime_error> exc(m, "DiagnosticError",
                                               PyExc_ValueError);
  diagnosticError = exc.ptr();

  m.def(
      "inspect_encoding",
      [](const std::string &encoding, const std::vector<int64_t> &shape,
         const std::string &elementType) {
        EncodingInfo i = inspectEncoding(encoding, shape, elementType);
        if (!i.status.ok)
          raise(i.status, "invalid encoding");
        py::dict d;
        d["text"] = i.text;
        d["num_ranks"] = i.numRanks;
        d["rank_names"] = i.rankNames;
        d["rule_density"] = i.ruleDensity;
        d["density"] = i.expectedDensity;
        d["metadata_bits"] = i.metadataBits;
        d["value_bits"] = i.valueBits;
        d["packed_bits"] = i.packedBits;
        return d;
      },
      py::arg("encoding"), py::arg("shape"), py::arg("element_type") = "f32");

  m.def(
      "evaluate_files",
      [](const std::vector<std::string> &paths) {
        EvalOutput o;
        {
          py::gil_scoped_release release;
          o = evaluateFiles(paths);
        }
        if (!o.status.ok)
          raise(o.status, "evaluation failed");
        return o.json;
      },
      py::arg("paths"));

  m.def(
      "evaluate_texts",
      [](const std::vector<std::string> &names,
         const std::vector<std::string> &texts) {
        EvalOutput o;
        {
          py::gil_scoped_release release;
          o = evaluateTexts(names, texts);
        }
        if (!o.status.ok)
          raise(o.status, "evaluation failed");
        return o.json;
      },
      py::arg("names"), py::arg("texts"));

  m.def("preset_names", &presetNames);
  m.def("preset_path", &presetPath, py::arg("name"));

  m.def(
      "run_pipeline",
      [](const std::string &ir, const std::string &pipeline,
         const std::string &bufferName) {
        PipelineOutput o;
        {
          py::gil_scoped_release release;
          o = runPipeline(ir, pipeline, bufferName);
        }
        if (!o.status.ok)
          raise(o.status, "pipeline failed");
        return py::make_tuple(o.reportJson, o.ir, o.status.diagnostics);
      },
      py::arg("ir"), py::arg("pipeline"), py::arg("buffer_name") = "<string>");
}
