"""sparseaccel: the sparse-accelerator compiler from Python.

    import sparseaccel as sa
    enc = sa.Encoding("#fiber.encoding<(k, n) -> [n, k floordiv 4, k mod 4 (2:4) CP]>")
    info = enc.inspect([64, 128], "f16")        # density, metadata, packed size
    result = sa.evaluate("arch.yaml", "problem.yaml", "map.yaml", "sparse.yaml", "ERT.yaml")
    ops = sa.run_pipeline(open("model.mlir").read(), arch="highlight")

Errors (malformed encodings, bad YAML, failing passes) raise
`DiagnosticError`, a `ValueError` whose message is the MLIR/YAML
diagnostic text with locations. See docs/python.md.
"""

from ._sparseaccel import DiagnosticError
from .core import (Architecture, Encoding, EncodingInfo, EvalResult,
                   LevelResult, evaluate, presets, run_pipeline)
from .hss import (Pattern, hss_mask, parse_pattern, prune, prune_module,
                  satisfies)

__all__ = [
    "Architecture", "DiagnosticError", "Encoding", "EncodingInfo",
    "EvalResult", "LevelResult", "Pattern", "evaluate", "hss_mask",
    "parse_pattern", "presets", "prune", "prune_module", "run_pipeline",
    "satisfies",
]

from .export import export_layers, export_module  # noqa: E402

__all__ += ["export_layers", "export_module"]
