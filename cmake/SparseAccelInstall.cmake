# Install rules, the CMake package and CPack (.deb). Included last from the
# top-level CMakeLists.txt, once every target exists.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(SPARSEACCEL_INSTALL_PRESETSDIR ${CMAKE_INSTALL_DATADIR}/sparseaccel/presets)
set(SPARSEACCEL_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/SparseAccel)

# Headers: ours, the generated .inc, and the .td files so that others can
# write ODS against the dialects.
install(DIRECTORY include/SparseAccel include/SparseAccel-c
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT headers
  FILES_MATCHING PATTERN "*.h" PATTERN "*.td" PATTERN "*.def")
install(DIRECTORY ${PROJECT_BINARY_DIR}/include/SparseAccel
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} COMPONENT headers
  FILES_MATCHING PATTERN "*.inc" PATTERN "*.h"
  PATTERN "CMakeFiles" EXCLUDE)

# Tools (add_llvm_executable installs nothing by itself). libMLIR.so is in
# LLVM's lib directory, which is not on the loader's default path: the
# installed RUNPATH names it (LLVM's macros keep only $ORIGIN/../lib).
set(SPARSEACCEL_INSTALL_RPATH "\$ORIGIN/../lib${LLVM_LIBDIR_SUFFIX};${LLVM_LIBRARY_DIR}")
set_target_properties(sparse-opt sparse-translate sparse-model sparse-sim
  PROPERTIES INSTALL_RPATH "${SPARSEACCEL_INSTALL_RPATH}")
install(TARGETS sparse-opt sparse-translate sparse-model sparse-sim
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tools)
install(DIRECTORY presets/ DESTINATION ${SPARSEACCEL_INSTALL_PRESETSDIR}
  COMPONENT tools FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT docs
  FILES_MATCHING PATTERN "*.md")

# The Python package, where Debian's python3 looks.
if(TARGET _sparseaccel)
  set(_pydir ${CMAKE_INSTALL_LIBDIR}/python3/dist-packages/sparseaccel)
  set_target_properties(_sparseaccel PROPERTIES
    INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
  install(TARGETS _sparseaccel LIBRARY DESTINATION ${_pydir} COMPONENT python)
  file(GLOB _pyfiles ${PROJECT_SOURCE_DIR}/python/sparseaccel/*.py)
  install(FILES ${_pyfiles} DESTINATION ${_pydir} COMPONENT python)
endif()

# The CMake package. add_mlir_library puts a library in the MLIRTargets
# export set, add_llvm_library in LLVMExports (the names LLVM's macros
# choose); both are installed under our own file names and namespace.
get_property(_mlir_exports GLOBAL PROPERTY MLIR_EXPORTS)
get_property(_llvm_exports GLOBAL PROPERTY LLVM_EXPORTS)
set(SPARSEACCEL_EXPORTED_TARGETS ${_mlir_exports} ${_llvm_exports})
install(EXPORT LLVMExports NAMESPACE SparseAccel::
  DESTINATION ${SPARSEACCEL_INSTALL_CMAKEDIR}
  FILE SparseAccelSupportTargets.cmake COMPONENT cmake)
install(EXPORT MLIRTargets NAMESPACE SparseAccel::
  DESTINATION ${SPARSEACCEL_INSTALL_CMAKEDIR}
  FILE SparseAccelMLIRTargets.cmake COMPONENT cmake)
configure_package_config_file(cmake/SparseAccelConfig.cmake.in
  ${PROJECT_BINARY_DIR}/cmake/SparseAccelConfig.cmake
  INSTALL_DESTINATION ${SPARSEACCEL_INSTALL_CMAKEDIR}
  PATH_VARS CMAKE_INSTALL_INCLUDEDIR CMAKE_INSTALL_BINDIR
            CMAKE_INSTALL_LIBDIR SPARSEACCEL_INSTALL_PRESETSDIR)
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/cmake/SparseAccelConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/cmake/SparseAccelConfig.cmake
              ${PROJECT_BINARY_DIR}/cmake/SparseAccelConfigVersion.cmake
  DESTINATION ${SPARSEACCEL_INSTALL_CMAKEDIR} COMPONENT cmake)

# One command makes a .deb: `cpack -G DEB` in the build directory
# (scripts/package.sh). It installs into /usr; the tools find the presets
# next to themselves, and libMLIR.so / libLLVM.so come from Debian's
# packages of LLVM 22.
set(CPACK_PACKAGE_NAME sparseaccel)
set(CPACK_PACKAGE_VENDOR "SparseAccel")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "Compiler for sparse deep-learning accelerators (fibertrees, Sparseloop cost model, MLIR 22)")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "SparseAccel developers <sparseaccel@localhost>")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_ARCHITECTURE amd64)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "libmlir-22, libllvm22, libstdc++6, libc6, python3, python3-numpy")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "mlir-22-tools, libmlir-22-dev")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Not stripped: stripping would empty the static libraries of their symbols.
set(CPACK_STRIP_FILES OFF)
include(CPack)
