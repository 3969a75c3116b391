#!/usr/bin/env bash
# Installs the Debian packages the project needs, only those missing, so a
# second run does nothing. Runs apt as root (directly, or through sudo).
set -euo pipefail

PACKAGES=(
  # LLVM/MLIR 22 and the toolchain used to build against it
  llvm-22-dev llvm-22-tools libmlir-22-dev mlir-22-tools clang-22
  lld ccache ninja-build cmake
  # unit tests and benchmarks
  libgtest-dev libbenchmark-dev
  # lit, the scripts and the examples' generator
  python3
  # the Python package: bindings, HSS pruning (numpy, torch), plots
  python3-dev pybind11-dev python3-numpy python3-matplotlib python3-torch
  # real networks for the torch front end's corpus (torchvision models)
  python3-torchvision
)

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  SUDO=(sudo)
fi
LOG="$(mktemp -t sparseaccel-apt.XXXXXX.log)"
if ! { "${SUDO[@]}" apt-get update -qq &&
       DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq \
         --no-install-recommends "${missing[@]}"; } > "$LOG" 2>&1; then
  tail -n 30 "$LOG"
  echo "setup: apt failed; the full log is $LOG"
  exit 1
fi
echo "setup: done (log: $LOG)"
