# -*- Python -*-
import os

import lit.formats
from lit.llvm import llvm_config
from lit.llvm.subst import ToolSubst

config.name = "SPARSEACCEL"
config.test_format = lit.formats.ShTest(not llvm_config.use_lit_shell)
config.suffixes = [".mlir", ".test", ".py"]
config.excludes = ["Inputs", "Unit", "lit.cfg.py", "lit.site.cfg.py", "CMakeLists.txt"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.sparseaccel_obj_root, "test")

config.substitutions.append(("%PATH%", config.environment["PATH"]))
config.substitutions.append(("%src_root", config.sparseaccel_src_root))
config.substitutions.append(("%sparseaccel_obj_root", config.sparseaccel_obj_root))
config.substitutions.append(("%examples", os.path.join(config.sparseaccel_src_root, "examples")))
config.substitutions.append(("%python", config.python_executable or "python3"))

llvm_config.with_system_environment(["HOME", "INCLUDE", "LIB", "TMP", "TEMP"])
llvm_config.use_default_substitutions()

# `not`, FileCheck and count come from Debian's LLVM 22.
llvm_config.with_environment("PATH", config.llvm_tools_dir, append_path=True)
llvm_config.with_environment("PATH", config.sparseaccel_tools_dir, append_path=True)

tool_dirs = [config.sparseaccel_tools_dir, config.llvm_tools_dir]
tools = [ToolSubst("sparse-opt", unresolved="fatal"),
         ToolSubst("sparse-model", unresolved="fatal"),
         ToolSubst("sparse-translate", unresolved="fatal")]
llvm_config.add_tool_substitutions(tools, tool_dirs)

# Sparseloop's own outputs for the cost-model validation, when present.
validation_dir = getattr(config, "sparseloop_validation_dir", "")
if validation_dir and os.path.isdir(validation_dir):
    config.available_features.add("sparseloop-validation")
    config.substitutions.append(("%validation_root", validation_dir))

# The real Timeloop (scripts/oracle.sh finds or builds it; scripts/test.sh
# exports its path): the oracle tests need it and are reported as
# unsupported without it.
timeloop_model = os.environ.get("TIMELOOP_MODEL", "")
if timeloop_model and os.access(timeloop_model, os.X_OK):
    config.available_features.add("timeloop-oracle")
    config.substitutions.append(("%timeloop_model", timeloop_model))
    config.substitutions.append(
        ("%timeloop_mapper",
         os.path.join(os.path.dirname(timeloop_model), "timeloop-mapper")))
config.substitutions.append(("%scripts", os.path.join(config.sparseaccel_src_root, "scripts")))

# Embedding (test/Embedding): install into a temporary prefix, build the
# out-of-tree consumer against it with the same toolchain, load the plugin
# into stock mlir-opt, make the .deb.
config.substitutions.append(("%cmake", config.cmake_command))
config.substitutions.append(("%cpack", config.cpack_command))
config.substitutions.append(
    ("%consumer_cmake_args",
     "-G '%s' -DCMAKE_MAKE_PROGRAM=%s -DCMAKE_C_COMPILER=%s -DCMAKE_CXX_COMPILER=%s "
     "-DCMAKE_BUILD_TYPE=Release"
     % (config.cmake_generator, config.make_program, config.c_compiler,
        config.cxx_compiler)))
mlir_opt = os.path.join(config.llvm_tools_dir, "mlir-opt")
if os.access(mlir_opt, os.X_OK):
    config.available_features.add("mlir-opt")
    config.substitutions.append(("%mlir_opt", mlir_opt))
import shutil
if shutil.which("dpkg-deb"):
    config.available_features.add("dpkg-deb")
config.substitutions.append(
    ("%mlir_tblgen", os.path.join(config.llvm_tools_dir, "mlir-tblgen")))
config.substitutions.append(
    ("%mlir_include_dir", os.path.join(os.path.dirname(config.llvm_tools_dir), "include")))
