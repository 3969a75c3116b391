#!/usr/bin/env bash
# Prints the path of a working `timeloop-model` (the public Timeloop/
# Sparseloop the oracle tests compare against), building it once if needed.
#
#   scripts/oracle.sh [--no-build]
#
# Looks, in order, at $TIMELOOP_MODEL, a `timeloop-model` on PATH, and the
# cache $TIMELOOP_ORACLE_CACHE (default $HOME/.cache/timeloop-oracle). If none
# runs and --no-build is not given, it builds the oracle into the cache with
# the build script of the shared oracle folder ($TIMELOOP_ORACLE_SRC, or
# ../shared/oracle next to this checkout, or /work/shared/oracle): 15-35 min
# once, then cached. Timeloop's source never enters this repository.
# `timeloop-mapper` is expected next to `timeloop-model`.
# Exit status 0 with the path on stdout; 1 with the reason on stderr.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="${TIMELOOP_ORACLE_CACHE:-${HOME:-/root}/.cache/timeloop-oracle}"
BUILD=1
[ "${1:-}" = "--no-build" ] && BUILD=0

# A candidate counts only if it evaluates a tiny dense matmul and writes its
# statistics (so a broken build, a missing shared library or a wrapper that
# points nowhere are all refused).
works() {
  [ -n "$1" ] && [ -x "$1" ] || return 1
  local dir
  dir="$(mktemp -d -t timeloop-oracle-check.XXXXXX)" || return 1
  cat > "$dir/case.yaml" <<'YAML'
problem:
  shape:
    name: check
    dimensions: [M, N, K]
    data-spaces:
      - {name: A, projection: [[[M]], [[K]]]}
      - {name: B, projection: [[[K]], [[N]]]}
      - {name: Z, projection: [[[M]], [[N]]], read-write: true}
  instance: {M: 2, N: 2, K: 2}
architecture:
  version: 0.3
  subtree:
    - name: system
      local:
        - {name: DRAM, class: DRAM, attributes: {datawidth: 8, width: 8, block_size: 1}}
        - {name: MAC, class: compute, attributes: {datawidth: 8}}
mapping:
  - {target: DRAM, type: temporal, factors: M=2 N=2 K=2, permutation: MNK}
ERT:
  version: 0.3
  tables:
    - name: system.DRAM
      actions: [{name: read, energy: 1}, {name: write, energy: 1}]
    - name: system.MAC
      actions: [{name: mac_random, energy: 1}]
YAML
  (cd "$dir" && "$1" case.yaml > log 2>&1)
  local ok=1
  grep -q "^Cycles: 8$" "$dir/timeloop-model.stats.txt" 2>/dev/null && ok=0
  rm -rf "$dir"
  return $ok
}

if [ -n "${TIMELOOP_MODEL:-}" ]; then
  if works "$TIMELOOP_MODEL"; then
    echo "$TIMELOOP_MODEL"
    exit 0
  fi
  echo "oracle: TIMELOOP_MODEL=$TIMELOOP_MODEL does not run" >&2
  exit 1
fi
if p="$(command -v timeloop-model 2>/dev/null)" && works "$p"; then
  echo "$p"
  exit 0
fi
if works "$CACHE/timeloop-model"; then
  echo "$CACHE/timeloop-model"
  exit 0
fi
if [ "$BUILD" -eq 0 ]; then
  echo "oracle: no timeloop-model (not in TIMELOOP_MODEL, on PATH or in $CACHE); run scripts/oracle.sh to build it" >&2
  exit 1
fi
SRC=""
for d in "${TIMELOOP_ORACLE_SRC:-}" "$ROOT/../shared/oracle" /work/shared/oracle; do
  if [ -n "$d" ] && [ -x "$d/build.sh" ] && [ -e "$d/timeloop-0424956.tar.xz" ]; then
    SRC="$d"
    break
  fi
done
if [ -z "$SRC" ]; then
  echo "oracle: no timeloop-model and no oracle source to build it from (set TIMELOOP_ORACLE_SRC to the folder holding build.sh)" >&2
  exit 1
fi
LOG="$(mktemp -t timeloop-oracle-build.XXXXXX.log)"
echo "oracle: building the public Timeloop into $CACHE (once; 15-35 min; log: $LOG)" >&2
if ! "$SRC/build.sh" "$CACHE" > "$LOG" 2>&1; then
  tail -n 20 "$LOG" >&2
  echo "oracle: the build failed; the full log is $LOG" >&2
  exit 1
fi
if works "$CACHE/timeloop-model"; then
  echo "$CACHE/timeloop-model"
  exit 0
fi
echo "oracle: built, but $CACHE/timeloop-model does not run" >&2
exit 1
