#!/usr/bin/env bash
# Builds everything, runs every test (lit + GoogleTest, one lit suite each),
# and ends with the line `N passed, N failed`.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build}"

"$ROOT/scripts/setup.sh" || {
  echo "setup failed"
  echo "0 passed, 1 failed"
  exit 1
}
"$ROOT/scripts/build.sh" all sparseaccel-test-depends || {
  echo "build failed"
  echo "0 passed, 1 failed"
  exit 1
}

# The oracle tests run against the real Timeloop when one is found
# (TIMELOOP_MODEL, PATH or the cache that .ci/run and scripts/oracle.sh
# fill); they are skipped, with the reason printed, otherwise.
if ORACLE="$("$ROOT/scripts/oracle.sh" --no-build 2>"$BUILD/oracle-reason.txt")"; then
  export TIMELOOP_MODEL="$ORACLE"
  echo "oracle tests: against $ORACLE"
else
  unset TIMELOOP_MODEL
  echo "oracle tests: SKIPPED ($(cat "$BUILD/oracle-reason.txt"))"
fi

RESULTS="$BUILD/test-results.json"
rm -f "$RESULTS"
/usr/lib/llvm-22/bin/lit -sv --no-gtest-sharding -o "$RESULTS" \
  "$BUILD/test" "$BUILD/test/Unit"
status=$?
/usr/bin/python3 "$ROOT/scripts/count_results.py" "$RESULTS" || status=1
exit $status
