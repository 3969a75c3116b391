"""Encodings, architectures, the cost model and the pipeline."""

import json
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

from . import _sparseaccel as _native


@dataclass(frozen=True)
class EncodingInfo:
    """Numbers of a `#fiber.encoding` on one tensor shape."""
    text: str
    num_ranks: int
    rank_names: List[str]
    rule_density: float
    density: float
    metadata_bits: float
    value_bits: float
    packed_bits: float


class Encoding:
    """A `#fiber.encoding` attribute (parsed and verified on construction)."""

    def __init__(self, text: str):
        if not isinstance(text, str):
            raise ValueError("an encoding is MLIR text, got %r" % type(text))
        # Parse once with a trivial shape to fail early on bad syntax; the
        # shape-dependent numbers come from inspect().
        self._text = text
        self._parsed = None
        try:
            _native.inspect_encoding(text, [], "f32")
        except _native.DiagnosticError as e:
            if "dimensions but the shape" not in str(e):
                raise
            self._parsed = str(e)

    def __str__(self) -> str:
        return self._text

    def __repr__(self) -> str:
        return "Encoding(%r)" % self._text

    def inspect(self, shape: Sequence[int], element_type: str = "f32") -> EncodingInfo:
        """Density, metadata and packed size for a tensor of `shape`."""
        shape = [int(s) for s in shape]
        if any(s <= 0 for s in shape):
            raise ValueError("shape %r has a non-positive extent" % (shape,))
        d = _native.inspect_encoding(self._text, shape, element_type)
        return EncodingInfo(**d)


def presets() -> List[str]:
    """Names of the architecture presets (presets/*.yaml)."""
    return list(_native.preset_names())


@dataclass
class Architecture:
    """An accelerator: a preset name or Timeloop v0.3 files (architecture,
    ERT, sparse optimisations, keep/bypass)."""
    files: List[str]
    name: str = ""

    @staticmethod
    def preset(name: str) -> "Architecture":
        path = _native.preset_path(name)
        if not path:
            raise ValueError("unknown preset %r; available: %s"
                             % (name, ", ".join(presets())))
        return Architecture([path], name)

    @staticmethod
    def from_yaml(*paths: str) -> "Architecture":
        for p in paths:
            if not os.path.exists(p):
                raise ValueError("no such file: %s" % p)
        return Architecture(list(paths),
                            os.path.splitext(os.path.basename(paths[0]))[0])


@dataclass
class LevelResult:
    name: str
    cycles: int
    energy_pJ: float
    tensors: Dict[str, dict] = field(default_factory=dict)


@dataclass
class EvalResult:
    """What `timeloop-model` reports, as Python objects."""
    cycles: int
    energy_pJ: float
    compute: dict
    levels: List[LevelResult]
    raw: dict

    @property
    def edp(self) -> float:
        """Energy-delay product in J x cycles."""
        return self.energy_pJ * 1e-12 * self.cycles

    def level(self, name: str) -> LevelResult:
        for lv in self.levels:
            if lv.name == name:
                return lv
        raise KeyError(name)

    @staticmethod
    def from_json(text: str) -> "EvalResult":
        j = json.loads(text)
        levels = [LevelResult(lv["name"], lv["cycles"], lv["energy_pJ"],
                              dict(lv.get("tensors", {})))
                  for lv in j["levels"]]
        return EvalResult(j["cycles"], j["energy_pJ"], j["compute"], levels, j)


def evaluate(*paths: str, texts: Optional[Dict[str, str]] = None) -> EvalResult:
    """Runs the cost model on Timeloop/Sparseloop v0.3 files (paths, given
    separately or concatenated) or on in-memory YAML (`texts`: name ->
    text). Raises DiagnosticError naming file, line and key on bad input."""
    if texts is not None:
        if paths:
            raise ValueError("give paths or texts, not both")
        names = list(texts.keys())
        out = _native.evaluate_texts(names, [texts[n] for n in names])
    else:
        if not paths:
            raise ValueError("evaluate() needs the Timeloop files")
        out = _native.evaluate_files([os.fspath(p) for p in paths])
    return EvalResult.from_json(out)


def run_pipeline(ir: str, arch="stc", arch_file: str = "",
                 objective: str = "edp", budget: int = 10000, seed: int = 1,
                 activation_density: float = 1.0, dataflow: str = "free",
                 name: str = "<string>",
                 return_ir: bool = False):
    """Runs --sparse-accel-pipeline on MLIR text (or a path to a .mlir file)
    and returns the per-operation report as a list of dicts (the JSON
    report's `ops`); with return_ir=True, also the mapped IR. `arch` is a
    preset name or an Architecture."""
    if isinstance(ir, os.PathLike) or (isinstance(ir, str) and
                                         ir.endswith(".mlir") and
                                         os.path.exists(ir)):
        name = os.fspath(ir)
        with open(ir) as f:
            ir = f.read()
    if not isinstance(ir, str):
        raise ValueError("run_pipeline takes MLIR text or a .mlir path")
    if isinstance(arch, Architecture):
        if len(arch.files) != 1:
            raise ValueError("the pipeline takes an architecture in one file")
        arch, arch_file = arch.name or "custom", arch.files[0]
    if not arch_file and arch not in presets():
        raise ValueError("unknown preset %r; available: %s"
                         % (arch, ", ".join(presets())))
    for key, value in (("arch", arch), ("arch_file", arch_file),
                       ("objective", objective)):
        if any(c in str(value) for c in " {}="):
            raise ValueError("bad %s %r" % (key, value))
    common = ["arch=%s" % arch, "objective=%s" % objective,
              "seed=%d" % int(seed),
              "activation-density=%g" % float(activation_density)]
    if arch_file:
        common.append("arch-file=%s" % arch_file)
    # The passes of --sparse-accel-pipeline, without its printing report
    # pass: the report comes back as data instead.
    infer = ("activation-density=%g" % float(activation_density)
             if 0 < float(activation_density) < 1 else "")
    if dataflow not in ("free", "spatial", "fixed"):
        raise ValueError("dataflow must be free, spatial or fixed, not %r"
                         % (dataflow,))
    pipeline = ("builtin.module(fiber-import-sparse-tensor{allow-partial=true},"
                "fiber-infer-sparsity{%s},accel-assign-formats{%s},"
                "accel-map{%s budget=%d dataflow=%s})"
                % (infer, " ".join(common), " ".join(common), int(budget),
                   dataflow))
    report, mapped, _ = _native.run_pipeline(ir, pipeline, name)
    ops = json.loads(report)["ops"]
    return (ops, mapped) if return_ir else ops
