/*===- host-compiler-c.c - SparseAccel from C, through the C API ----------===*\
|*                                                                            *|
|* Registers the dialects and passes, parses a module, runs the pipeline     *|
|* and prints the report as JSON:                                            *|
|*                                                                            *|
|*   host-compiler-c model.mlir "arch=stc budget=500 report=none"            *|
|*                                                                            *|
\*===----------------------------------------------------------------------===*/

#include "SparseAccel-c/Dialects.h"
#include "SparseAccel-c/Pipeline.h"

#include "mlir-c/Diagnostics.h"
#include "mlir-c/IR.h"

#include <stdio.h>

static void printToFile(MlirStringRef text, void *userData) {
  fwrite(text.data, 1, text.length, (FILE *)userData);
}

/// Prints `<location>: <severity>: <message>` to stderr, like mlir-opt.
static MlirLogicalResult printDiagnostic(MlirDiagnostic diagnostic,
                                         void *userData) {
  (void)userData;
  static const char *const severities[] = {"error", "warning", "note",
                                           "remark"};
  mlirLocationPrint(mlirDiagnosticGetLocation(diagnostic), printToFile, stderr);
  fprintf(stderr,
          ": %s: ", severities[mlirDiagnosticGetSeverity(diagnostic) & 3]);
  mlirDiagnosticPrint(diagnostic, printToFile, stderr);
  fputc('\n', stderr);
  return mlirLogicalResultSuccess();
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: host-compiler-c model.mlir [options]\n");
    return 2;
  }
  MlirStringRef version = sparseaccelGetVersion();
  fprintf(stderr, "SparseAccel %.*s\n", (int)version.length, version.data);

  MlirDialectRegistry registry = mlirDialectRegistryCreate();
  sparseaccelRegisterAllDialects(registry);
  MlirContext context = mlirContextCreateWithRegistry(registry, false);
  mlirDialectRegistryDestroy(registry);
  mlirContextAttachDiagnosticHandler(context, printDiagnostic, NULL, NULL);
  sparseaccelRegisterAllPasses();

  int status = 1;
  // Parsed from the file, so that locations name it (the report shows them).
  MlirModule module = mlirModuleCreateParseFromFile(
      context, mlirStringRefCreateFromCString(argv[1]));
  if (!mlirModuleIsNull(module)) {
    // report=none: the report is read below, as JSON, not printed by a pass.
    const char *options =
        argc > 2 ? argv[2] : "arch=stc budget=500 report=none";
    if (mlirLogicalResultIsSuccess(sparseaccelRunPipeline(
            module, mlirStringRefCreateFromCString(options), printToFile,
            stderr)) &&
        mlirLogicalResultIsSuccess(sparseaccelPrintReport(
            module, mlirStringRefCreateFromCString("json"), printToFile,
            stdout)))
      status = 0;
    mlirModuleDestroy(module);
  }
  mlirContextDestroy(context);
  return status;
}
