#!/usr/bin/env bash
# Builds the project and makes the Debian package:
#   scripts/package.sh            -> build/sparseaccel_<version>_amd64.deb
# Install it with `sudo apt install ./build/sparseaccel_*_amd64.deb` (apt
# pulls libmlir-22 and libllvm22); then `sparse-opt --version` works from
# PATH and `find_package(SparseAccel CONFIG)` finds it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"
"$ROOT/scripts/build.sh"
cd "$BUILD"
cpack -G DEB --config "$BUILD/CPackConfig.cmake" -B "$BUILD" >/dev/null
ls "$BUILD"/sparseaccel_*_amd64.deb
