#!/usr/bin/env bash
# Quick start, command 1: installs what is missing, builds, and runs
# sparse-opt on a bundled example. A second run only rebuilds what changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build.sh" sparse-opt sparse-translate sparse-sim \
  sparseaccel-python

# Make `import sparseaccel` work for Debian's python3 without PYTHONPATH.
SITE="$(/usr/bin/python3 -c 'import site; print(site.getsitepackages()[0])')"
if mkdir -p "$SITE" 2>/dev/null && [ -w "$SITE" ]; then
  echo "$ROOT/build/python_packages" > "$SITE/sparseaccel-build.pth"
else
  echo "(to import sparseaccel: export PYTHONPATH=$ROOT/build/python_packages)"
fi

echo
echo "== sparse-opt examples/formats_gallery.mlir --fiber-report"
echo "   (one 25%-dense weight stored in every format of thesis Table 3.1)"
"$ROOT/build/bin/sparse-opt" "$ROOT/examples/formats_gallery.mlir" \
  --fiber-report -o /dev/null

echo
echo "== sparse-opt examples/small_cnn.mlir --sparse-accel-pipeline=\"arch=stc\""
echo "   (every conv/matmul mapped on a sparse tensor core by the cost model)"
"$ROOT/build/bin/sparse-opt" "$ROOT/examples/small_cnn.mlir" \
  --sparse-accel-pipeline="arch=stc activation-density=0.5" -o /dev/null \
  2> /dev/null

echo
echo "== sparse-translate --to-accel-binary, then sparse-sim on the first program"
echo "   (accelerator programs for the mapped ops, run on all-ones inputs; docs/isa.md)"
OUT="$(mktemp -d)"
"$ROOT/build/bin/sparse-opt" "$ROOT/examples/small_cnn.mlir" \
  --sparse-accel-pipeline="arch=stc activation-density=0.5" -o "$OUT/mapped.mlir" \
  > /dev/null 2>&1
"$ROOT/build/bin/sparse-translate" --to-accel-binary "$OUT/mapped.mlir" \
  -o "$OUT/programs" 2> /dev/null
FIRST="$(ls "$OUT"/programs/*.bin | head -n 1)"
echo "-- $(basename "$FIRST")"
"$ROOT/build/bin/sparse-sim" "$FIRST" --fill-inputs=1
rm -rf "$OUT"

echo
echo "== python3 -c 'import sparseaccel' (the Python package, docs/python.md)"
PYTHONPATH="$ROOT/build/python_packages" /usr/bin/python3 -c \
  "import sparseaccel as sa; print('presets:', ', '.join(sa.presets()))"
